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
  ],
  invalid: [
    { text: 'Literacy support from a teaching assistant.', errors: [{ quote: 'support', section: 'F' }] },
    { text: 'Support with literacy as needed.', errors: [{ quote: 'Support with literacy as needed', section: 'F' }] },
    { text: 'Interventions to develop his social skills.', errors: [{ quote: 'Interventions to develop his social skills', section: 'F' }] },
    { text: 'Access to the school nurse.', section: 'G', errors: [{ quote: 'Access to the school nurse', section: 'G' }] },
  ],
});
