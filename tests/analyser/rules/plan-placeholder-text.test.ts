import { rule } from '../../../services/analyser/src/rules/plan/placeholder-text.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

ruleTester(rule, {
  valid: [
    { name: 'a plan with no placeholders', plan: plan() },
    { name: 'square brackets that are not a placeholder', plan: plan({ extra: ['Amara uses a reader pen [see Section F].'] }) },
    // An empty labelled field in flattened text is a missing detail, not a template placeholder.
    { name: 'an empty "Who:" field inline and on a line of its own', plan: plan({ f: ['6.5 Provision: a quiet space when she is upset Who: How often: as needed', 'Provision: Lego therapy in a group of 3', 'Who:', 'How often: 2 x 30 minutes a week'], header: ['Name: Amara Okafor   Date of birth: 02/02/2016   NHS number:   UPN:', 'Date of plan: 12 March 2026'] }) },
  ],
  invalid: [
    { name: 'an [insert …] in F', plan: plan({ f: [{ li: 'Amara will be taught [insert programme] by a teaching assistant.' }] }), errors: [{ quote: '[insert programme]', section: 'F' }] },
    { name: 'XXX and {{date}} before the sections', plan: plan({ header: ['Name: XXX', 'Date of plan: {{date}}'] }), errors: [{ quote: 'XXX', section: null }, { quote: '{{date}}', section: null }] },
  ],
  // Statement checks (--section) run this rule too: a placeholder is wrong anywhere.
});
