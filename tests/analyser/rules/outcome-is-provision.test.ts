import { rule } from '../../../services/analyser/src/rules/outcome/is-provision.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: ['By the end of Year 6, Amara will read 100 common words.', 'By July 2027, Sam will travel independently by bus to college.'],
  invalid: [
    { text: 'Ella will receive speech and language therapy.', errors: [{ quote: 'Ella will receive speech and language therapy.', section: 'E' }] },
    { text: 'Staff will support Sam to manage his anxiety.', errors: [{ quote: 'Staff will support Sam to manage his anxiety.', section: 'E' }] },
  ],
});
