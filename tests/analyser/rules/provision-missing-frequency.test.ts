import { rule } from '../../../services/analyser/src/rules/provision/missing-frequency.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: [
    'A structured phonics programme delivered by a teaching assistant, 3 x 20 minutes a week.',
    'Forty-five minutes of counselling every fortnight from a BACP-accredited counsellor.',
    // A frequency without a length is missing-duration's.
    'Weekly sessions of speech and language therapy from a speech and language therapist.',
    // Done once, by a date: a birthday is a date.
    'A needs assessment by an adult social care practitioner, completed before his 17th birthday.',
    // Work a named person does once by a date, however it is named, is a one-off.
    "Priya will have the stair rails in the sports hall checked by the school's premises officer by 31 October 2027.",
    'A communication passport, drawn up with the speech and language therapist by 15 January 2027.',
  ],
  invalid: [
    { text: 'Speech and language therapy from a speech and language therapist.', errors: [{ quote: 'Speech and language therapy from a speech and language therapist.', section: 'F', messageIncludes: 'no frequency and length' }] },
    { text: 'A needs assessment by an adult social care practitioner, when he is older.', errors: [{ quote: 'A needs assessment by an adult social care practitioner, when he is older.', section: 'F', messageIncludes: 'no frequency' }] },
    { text: '30 minutes of precision teaching with a teaching assistant.', errors: [{ quote: '30 minutes of precision teaching with a teaching assistant.', section: 'F', messageIncludes: 'not over what period' }] },
  ],
});
