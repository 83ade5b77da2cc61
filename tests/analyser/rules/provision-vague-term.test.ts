import { rule } from '../../../services/analyser/src/rules/provision/vague-term.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: [
    'A structured phonics programme delivered by a teaching assistant, 3 x 20 minutes a week.',
    // "support" in a fully quantified statement; "up to" a group size; "May" the month.
    '1:1 support from a teaching assistant trained in Makaton for 27.5 hours per week, across all lessons and unstructured times.',
    'Small group language group (up to 4 pupils) with a teaching assistant, twice weekly for 30 minutes.',
    'From May 2026, a teaching assistant will deliver Talk Boost for 3 x 20 minutes a week.',
    // A review's "termly" and "by the SENCo" are not a hedge.
    'Amara will receive 3 x 30 minute sessions of a structured phonics programme per week from a teaching assistant. Progress will be reviewed half-termly by the SENCo.',
    // The child's leave ("for up to 5 minutes") is not a hedge; nor is "access to" equipment with its extent.
    'A pass allowing Kofi to go to the sensory room for up to 5 minutes, in every lesson.',
    'Access to a reader pen in all lessons.',
    // "Some" with the amount stated, or "some of" a whole, leaves nothing unsaid.
    'Some visual support in class from a teaching assistant, 3 x 20 minutes a week.',
    'A teaching assistant reads some of the questions aloud in all tests.',
    // Help to use a named device of one's own is the task, not a vague "help".
    'Help to use his talking calendar app from his key worker for 10 minutes every morning.',
  ],
  invalid: [
    { text: 'Speech and language therapy from a speech and language therapist as required.', errors: [{ quote: 'as required', section: 'F', messageIncludes: '"as required"' }] },
    { text: 'Regular sessions of Lego therapy with a trained teaching assistant.', errors: [{ quote: 'Regular', section: 'F', messageIncludes: '"regular"' }] },
    { text: 'Up to 3 sessions a week of 30 minutes of precision teaching with a TA.', errors: [{ quote: 'Up to', section: 'F' }] },
    { text: 'A teaching assistant may provide 20 minutes of phonics daily.', errors: [{ quote: 'may', section: 'F' }] },
    { text: 'Access to a reader pen when needed.', errors: [{ quote: 'Access to', section: 'F' }, { quote: 'when needed', section: 'F' }] },
    { text: 'Access to a counsellor in every lesson.', errors: [{ quote: 'Access to', section: 'F' }] },
    { text: 'Occupational therapy from an OT, 30 minutes weekly, where possible.', section: 'G', errors: [{ quote: 'where possible', section: 'G' }] },
    { text: 'Some visual support in class.', errors: [{ quote: 'Some', section: 'F', messageIncludes: '"some"' }] },
    { text: 'A teaching assistant will run some phonics sessions.', errors: [{ quote: 'some', section: 'F' }] },
  ],
});
