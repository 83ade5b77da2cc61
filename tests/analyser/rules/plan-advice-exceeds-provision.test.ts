import { rule } from '../../../services/analyser/src/rules/plan/advice-exceeds-provision.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

const advice = 'The speech and language therapist recommends 2 x 30 minutes per week of speech and language therapy.';
ruleTester(rule, {
  valid: [
    { name: 'no advice with an amount', plan: plan() },
    { name: 'F provides what the advice recommends', plan: plan({ k: [{ li: advice }], f: [{ li: 'Speech and language therapy from a SaLT, 2 x 30 minutes per week.' }] }) },
  ],
  invalid: [
    { name: 'F provides less', plan: plan({ k: [{ li: advice }], f: [{ li: 'Speech and language therapy from a SaLT, 30 minutes per week.' }] }), errors: [{ quote: advice, section: 'K', messageIncludes: 'recommends about 1 hour a week of speech and language therapy, but Section F provides about 30 minutes a week' }] },
    { name: 'F provides none', plan: plan({ k: [{ li: advice }] }), errors: [{ quote: advice, section: 'K', messageIncludes: 'Section F provides none' }] },
  ],
});
