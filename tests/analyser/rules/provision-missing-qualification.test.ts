import { rule } from '../../../services/analyser/src/rules/provision/missing-qualification.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: [
    'Twice weekly 20-minute sessions of Talk Boost with a teaching assistant trained in ELKLAN.',
    'Occupational therapy from an HCPC-registered occupational therapist, 40 minutes weekly.',
    // No provider at all is missing-provider's concern; equipment needs none.
    'A structured phonics programme, 3 x 20 minutes a week.',
    'Amara will use a writing slope for all written work.',
  ],
  invalid: [
    { text: 'A structured phonics programme delivered by a teaching assistant, 3 x 20 minutes a week.', errors: [{ quote: 'A structured phonics programme delivered by a teaching assistant, 3 x 20 minutes a week.', section: 'F' }] },
  ],
});
