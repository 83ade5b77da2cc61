import { rule } from '../../../services/analyser/src/rules/provision/missing-duration.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: [
    'A structured phonics programme delivered by a teaching assistant, 3 x 20 minutes a week.',
    'Speech and language therapy from a speech and language therapist.',
    // One-off work on a yearly occasion is counted by its occasions, not timed.
    'The diabetes specialist nurse trains 3 named staff in hypo care each September.',
    // Support in every session of a kind is its whole extent.
    'A communication support worker with BSL Level 3 in every taught session.',
    // Work a named person does once by a date is a one-off: no length to give.
    "Priya will have the stair rails in the sports hall checked by the school's premises officer by 31 October 2027.",
  ],
  invalid: [
    { text: 'Weekly sessions of speech and language therapy from a speech and language therapist.', errors: [{ quote: 'Weekly sessions of speech and language therapy from a speech and language therapist.', section: 'F' }] },
    { text: 'Physiotherapy from a physiotherapist twice a week.', section: 'G', errors: [{ quote: 'Physiotherapy from a physiotherapist twice a week.', section: 'G' }] },
    // A session named only by its month each year is still a session to time.
    { text: 'Music therapy from a music therapist each September.', errors: [{ quote: 'Music therapy from a music therapist each September.', section: 'F' }] },
  ],
});
