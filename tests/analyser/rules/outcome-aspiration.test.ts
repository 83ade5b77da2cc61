import { rule } from '../../../services/analyser/src/rules/outcome/aspiration.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: ['By the end of Year 6, Amara will read 100 common words.', 'Ella will receive speech and language therapy.'],
  invalid: [
    { text: 'Jamal wants to be a vet when he grows up.', errors: [{ quote: 'Jamal wants to be a vet when he grows up.', section: 'E' }] },
    { text: 'Priya would like to live in her own flat.', errors: [{ quote: 'Priya would like to live in her own flat.', section: 'E' }] },
  ],
});
