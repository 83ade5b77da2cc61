import { rule } from '../../../services/analyser/src/rules/outcome/not-time-bound.ts';
import { ruleTester } from './rule-tester.ts';

ruleTester(rule, {
  valid: ['By the end of Year 6, Amara will read 100 common words.', 'Sam will improve his confidence by July 2027.', 'Ella will receive speech and language therapy.'],
  invalid: [
    { text: 'Amara will read 100 common words.', errors: [{ quote: 'Amara will read 100 common words.', section: 'E' }] },
    { text: 'Sam will ask an adult for help in 4 out of 5 lessons.', errors: [{ quote: 'Sam will ask an adult for help in 4 out of 5 lessons.', section: 'E' }] },
  ],
});
