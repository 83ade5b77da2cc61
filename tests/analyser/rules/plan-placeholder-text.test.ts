import { rule } from '../../../services/analyser/src/rules/plan/placeholder-text.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

ruleTester(rule, {
  valid: [
    { name: 'a plan with no placeholders', plan: plan() },
    { name: 'square brackets that are not a placeholder', plan: plan({ extra: ['Amara uses a reader pen [see Section F].'] }) },
  ],
  invalid: [
    { name: 'an [insert …] in F', plan: plan({ f: [{ li: 'Amara will be taught [insert programme] by a teaching assistant.' }] }), errors: [{ quote: '[insert programme]', section: 'F' }] },
    { name: 'XXX and {{date}} before the sections', plan: plan({ header: ['Name: XXX', 'Date of plan: {{date}}'] }), errors: [{ quote: 'XXX', section: null }, { quote: '{{date}}', section: null }] },
  ],
  // Statement checks (--section) run this rule too: a placeholder is wrong anywhere.
});
