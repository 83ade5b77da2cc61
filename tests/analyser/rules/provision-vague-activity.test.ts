import { rule } from '../../../services/analyser/src/rules/provision/vague-activity.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: [
    'A structured phonics programme delivered by a teaching assistant, 3 x 20 minutes a week.',
    'Amara will use a writing slope for all written work.',
    // Support with its ratio or hours is the what.
    'Support with literacy from a teaching assistant, 3 x 30 minutes a week.',
    // Help with a named care task is the task.
    'A support worker will help Priya get washed and dressed each morning, 45 minutes a day.',
    // "Help" or "Support" inside a service's name (rubric vocabulary.lists.serviceNames) is the name, not vague help.
    'An Early Help family worker plays board games with Sam and his sister at home for 1 hour every fortnight.',
    // "Support" naming a place ("the learning support base") is where, not vague support.
    'A key adult goes with Sam to a 10-minute settling session in the learning support base at 8.30am every school day.',
    'The Family Support worker from the council runs a parenting course with Sam’s parents, 2 hours a week for 8 weeks.',
  ],
  invalid: [
    { text: 'Literacy support from a teaching assistant.', errors: [{ quote: 'support', section: 'F' }] },
    { text: 'Support with literacy as needed.', errors: [{ quote: 'Support with literacy as needed', section: 'F' }] },
    { text: 'Interventions to develop his social skills.', errors: [{ quote: 'Interventions to develop his social skills', section: 'F' }] },
    { text: 'Access to the school nurse.', section: 'G', errors: [{ quote: 'Access to the school nurse', section: 'G' }] },
    // Help opening the statement, or after a word that is not a name, is still vague.
    { text: 'Help at lunchtime.', errors: [{ quote: 'Help', section: 'F' }] },
    { text: 'Adult help to join in play.', errors: [{ quote: 'help to join in play', section: 'F' }] },
    // Written in lower case it is help, not the service.
    { text: 'Early help for the family at home.', errors: [{ quote: 'help for the family at home', section: 'F' }] },
  ],
});
