import { rule } from '../../../services/analyser/src/rules/plan/other-child-name.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

const amara = ['Amara has a SaLT report. Amara is keen. Amara will be reviewed.'];
ruleTester(rule, {
  valid: [
    { name: 'only the child named', plan: plan({ extra: amara }) },
    { name: 'an adult named is not another child', plan: plan({ extra: [...amara, 'Sarah (Mum) will help at home. Sarah is keen.'] }) },
  ],
  invalid: [
    { name: 'another name as a subject once', plan: plan({ f: [{ li: 'A phonics programme, 3 x 20 minutes a week, with a teaching assistant.' }, { li: 'Jayden will have a movement break in every lesson.' }], extra: amara }), errors: [{ quote: 'Jayden', section: 'F', messageIncludes: 'this plan is about Amara' }] },
  ],
});
