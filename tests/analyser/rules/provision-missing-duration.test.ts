import { rule } from '../../../services/analyser/src/rules/provision/missing-duration.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: [
    'A structured phonics programme delivered by a teaching assistant, 3 x 20 minutes a week.',
    'Speech and language therapy from a speech and language therapist.',
  ],
  invalid: [
    { text: 'Weekly sessions of speech and language therapy from a speech and language therapist.', errors: [{ quote: 'Weekly sessions of speech and language therapy from a speech and language therapist.', section: 'F' }] },
    { text: 'Physiotherapy from a physiotherapist twice a week.', section: 'G', errors: [{ quote: 'Physiotherapy from a physiotherapist twice a week.', section: 'G' }] },
  ],
});
