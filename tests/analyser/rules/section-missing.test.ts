import { rule } from '../../../services/analyser/src/rules/section/missing.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

ruleTester(rule, {
  valid: [
    { name: 'all sections', plan: plan() },
    // One section checked alone (--section) is not a plan missing the others.
    { text: 'A structured phonics programme delivered by a teaching assistant, 3 x 20 minutes a week.', section: 'F' },
  ],
  invalid: [
    { name: 'no J and no K', plan: plan({ without: ['J', 'K'] }), errors: [{ quote: '', section: null, messageIncludes: 'no Section J (Personal budget)' }, { quote: '', section: null, messageIncludes: 'no Section K' }] },
  ],
});
