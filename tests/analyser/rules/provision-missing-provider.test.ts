import { rule } from '../../../services/analyser/src/rules/provision/missing-provider.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: [
    'A structured phonics programme delivered by a teaching assistant, 3 x 20 minutes a week.',
    // Equipment needs no one to deliver it.
    'Amara will use a writing slope for all written work.',
    'Occupational therapy from an HCPC-registered occupational therapist, 40 minutes weekly.',
  ],
  invalid: [
    { text: 'A structured phonics programme, 3 x 20 minutes a week.', errors: [{ quote: 'A structured phonics programme, 3 x 20 minutes a week.', section: 'F' }] },
    { text: 'The school will deliver a phonics programme for 3 x 20 minutes a week.', errors: [{ quote: 'The school', section: 'F', messageIncludes: '("The school" is not a role)' }] },
  ],
});
