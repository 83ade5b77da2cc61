import { rule } from '../../../services/analyser/src/rules/plan/therapy-only-in-health.ts';
import { ruleTester } from './rule-tester.ts';
import { plan } from './plan-parts.ts';

const salt = 'Speech and language therapy from a speech and language therapist, 30 minutes weekly.';
ruleTester(rule, {
  valid: [
    { name: 'no therapy', plan: plan() },
    { name: 'therapy in G and in F', plan: plan({ g: 'S&LT review each term, 1 hour.', f: [{ li: salt }] }) },
    { name: 'a discharge is not therapy', plan: plan({ g: 'Amara was discharged from physiotherapy; not currently required.' }) },
  ],
  invalid: [
    { name: 'therapy only in G: the statement is quoted', plan: plan({ g: salt }), errors: [{ quote: salt, section: 'G' }] },
    { name: 'physio only in H1', plan: plan({ h: 'Physio: a 1-hour visit each half term.' }), errors: [{ quote: 'Physio: a 1-hour visit each half term.', section: 'H1' }] },
  ],
});
