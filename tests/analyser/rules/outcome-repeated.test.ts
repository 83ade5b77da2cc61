import { rule } from '../../../services/analyser/src/rules/outcome/repeated.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

const same = 'Amara will be happy and make progress.';
ruleTester(rule, {
  valid: [
    { name: 'two different outcomes', plan: plan({ e: [{ li: same }, { li: 'By the end of Year 6, Amara will read 100 common words.' }] }) },
    // Too short to be one outcome copied.
    { name: 'short repeated lines', plan: plan({ e: [{ li: 'To read.' }, { li: 'To read.' }] }) },
  ],
  invalid: [
    { name: 'the same outcome twice: the copy is reported', plan: plan({ e: [{ li: same }, { li: same }] }), errors: [{ quote: same, section: 'E', messageIncludes: 'written 2 times' }] },
    { name: 'three times, case and punctuation aside', plan: plan({ e: [{ li: same }, { li: 'amara will be happy, and make progress' }, { li: same }] }), errors: [{ quote: 'amara will be happy, and make progress', section: 'E' }, { quote: same, section: 'E' }] },
  ],
});
