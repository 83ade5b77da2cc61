import { rule } from '../../../services/analyser/src/rules/plan/statement-wording.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

ruleTester(rule, {
  valid: [
    { name: 'an EHC plan', plan: plan() },
    { name: 'a history line about a statement', plan: plan({ extra: ['Amara had a statement of special educational needs until 2016.'] }) },
  ],
  invalid: [
    { name: 'statement parts', plan: plan({ extra: ['Part 2: Special educational needs', 'Part 3: Special educational provision'] }), errors: [{ quote: '\nPart 2: Special educational needs', section: null }] },
    { name: 'the statement describing itself', plan: plan({ extra: ['This statement sets out the provision Amara needs.'] }), errors: [{ quote: 'This statement sets out', section: null }] },
  ],
});
