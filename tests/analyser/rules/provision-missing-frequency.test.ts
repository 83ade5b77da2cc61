import { rule } from '../../../services/analyser/src/rules/provision/missing-frequency.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: [
    'A structured phonics programme delivered by a teaching assistant, 3 x 20 minutes a week.',
    'Forty-five minutes of counselling every fortnight from a BACP-accredited counsellor.',
    // A frequency without a length is missing-duration's.
    'Weekly sessions of speech and language therapy from a speech and language therapist.',
  ],
  invalid: [
    { text: 'Speech and language therapy from a speech and language therapist.', errors: [{ quote: 'Speech and language therapy from a speech and language therapist.', section: 'F', messageIncludes: 'no frequency and length' }] },
    { text: '30 minutes of precision teaching with a teaching assistant.', errors: [{ quote: '30 minutes of precision teaching with a teaching assistant.', section: 'F', messageIncludes: 'not over what period' }] },
  ],
});
