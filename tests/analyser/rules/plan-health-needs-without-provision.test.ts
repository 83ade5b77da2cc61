import { rule } from '../../../services/analyser/src/rules/plan/health-needs-without-provision.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

ruleTester(rule, {
  valid: [
    { name: 'no health needs', plan: plan() },
    // A running header's date-of-birth field (the rubric's birthDateLabels) is furniture, not a need.
    { name: 'only a date-of-birth field in C', plan: plan({ c: 'Amara Jones | Birth date: 14/03/2016 | known to the hearing service' }) },
    { name: 'health needs with health provision', plan: plan({ c: 'Amara has epilepsy and needs rescue medication.', g: 'A school nurse will train staff to give rescue medication, once a year for 2 hours.' }) },
  ],
  invalid: [
    { name: 'health needs, G says none: reported on G', plan: plan({ c: 'Amara has epilepsy and needs rescue medication.' }), errors: [{ quote: 'Section G: Health provision', section: 'G' }] },
    { name: 'health needs, no G at all: reported on C', plan: plan({ c: 'Amara has epilepsy and needs rescue medication.', without: ['G'] }), errors: [{ quote: 'Section C: Health needs', section: 'C' }] },
  ],
});
