import { rule } from '../../../services/analyser/src/rules/plan/need-without-provision.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

const anxious = 'Amara becomes anxious in busy places and finds it hard to regulate her emotions.';
ruleTester(rule, {
  valid: [
    { name: 'a reading need met by phonics', plan: plan() },
    { name: 'an emotional need met by ELSA', plan: plan({ b: [anxious], f: [{ li: 'ELSA sessions with a trained ELSA, 30 minutes weekly.' }] }) },
    { name: '"no needs" is not a need', plan: plan({ b: ['Amara has difficulties with reading.', 'There are no concerns about her hearing or vision.'] }) },
  ],
  invalid: [
    { name: 'an emotional need with only phonics in F', plan: plan({ b: [anxious] }), errors: [{ quote: anxious, section: 'B', messageIncludes: 'social, emotional and mental health' }] },
  ],
});
