import { rule } from '../../../services/analyser/src/rules/plan/missing-date.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

ruleTester(rule, {
  valid: [
    { name: 'a dated plan', plan: plan() },
    { name: 'issued with a year', plan: plan({ header: ['Name: Amara Okafor', 'Plan issued: March 2026'] }) },
  ],
  invalid: [{ name: 'no date anywhere', plan: plan({ header: ['Name: Amara Okafor'] }), errors: [{ quote: '', section: null }] }],
});
