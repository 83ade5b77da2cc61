import { rule } from '../../../services/analyser/src/rules/plan/placement-missing.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

ruleTester(rule, {
  valid: [
    { name: 'a final plan naming a school', plan: plan({ status: 'final' }) },
    { name: 'a final plan naming a type only', plan: plan({ status: 'final', i: 'A special school for children with complex needs.' }) },
    { name: 'a draft with Section I blank', plan: plan({ status: 'draft', i: 'To be confirmed.' }) },
  ],
  invalid: [
    { name: 'a final plan with I to be confirmed', plan: plan({ status: 'final', i: 'To be confirmed.' }), errors: [{ quote: 'Section I: Placement', section: 'I' }] },
    { name: 'a final plan with no Section I', plan: plan({ status: 'final', without: ['I'] }), errors: [{ quote: '', section: null }] },
  ],
});
