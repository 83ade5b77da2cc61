import { rule } from '../../../services/analyser/src/rules/plan/placement-in-draft.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

ruleTester(rule, {
  valid: [
    { name: 'a draft with Section I blank', plan: plan({ status: 'draft', i: 'To be named in the final plan following consultation.' }) },
    { name: 'a final plan naming a school', plan: plan({ status: 'final' }) },
  ],
  invalid: [{ name: 'a draft naming a school', plan: plan({ status: 'draft' }), errors: [{ quote: 'Section I: Placement', section: 'I' }] }],
});
