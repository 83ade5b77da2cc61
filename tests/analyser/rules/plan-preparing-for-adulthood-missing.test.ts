import { rule } from '../../../services/analyser/src/rules/plan/preparing-for-adulthood-missing.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

ruleTester(rule, {
  valid: [
    { name: 'a Year 4 plan', plan: plan({ header: ['Name: Amara Okafor', 'NC Year: 4'] }) },
    { name: 'Year 10 with a PfA outcome', plan: plan({ header: ['NC Year: 10'], e: [{ li: 'By the end of Year 11, Amara will travel independently by bus to college.' }] }) },
  ],
  invalid: [
    { name: 'Year 10, no PfA outcome', plan: plan({ header: ['Name: Amara Okafor', 'NC Year: 10', 'Date of plan: 12 March 2026'] }), errors: [{ quote: 'Section E: Outcomes', section: 'E' }] },
    { name: 'aged 14 by date of birth', plan: plan({ header: ['Name: Amara Okafor', 'Date of birth: 3 May 2011', 'Date of plan: 12 March 2026'] }), errors: [{ quote: 'Section E: Outcomes', section: 'E' }] },
  ],
});
