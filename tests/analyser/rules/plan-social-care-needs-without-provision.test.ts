import { rule } from '../../../services/analyser/src/rules/plan/social-care-needs-without-provision.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

ruleTester(rule, {
  valid: [
    { name: 'no social care needs', plan: plan() },
    { name: 'needs met in H1', plan: plan({ d: 'Amara needs help with personal care at home.', h: 'A personal assistant will help Amara wash and dress, 1 hour each morning.' }) },
  ],
  invalid: [
    { name: 'needs in D, H1 and H2 say none', plan: plan({ d: 'Amara needs help with personal care at home.' }), errors: [{ quote: 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', section: 'H1' }] },
  ],
});
