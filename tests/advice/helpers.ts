// The plan and advice a table of advice cases is checked against: recommendations as list items in F
// (and G), a placement so the plan is whole, and the advice verdicts the analyser gives.
import { analyse, loadRubric } from '../../services/analyser/src/index.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';

export const rubric = loadRubric();

export const planWith = (f: string[], g: string[] = [], school = 'Brook Street Primary School.'): Part[] => [
  { h: 'Section F: Special educational provision' },
  ...f.map((li) => ({ li })),
  { h: 'Section G: Health provision' },
  ...(g.length ? g.map((li) => ({ li })) : ['None.']),
  { h: 'Section I: Placement' },
  school,
];

/** Each recommendation's verdict, its detail and the section of the plan statement it was matched to. */
export function adviceVerdicts(plan: Part[], advice: Part[]) {
  const report = analyse(buildDoc(plan, 'plan.txt'), { rubric, advice: [buildDoc(advice, 'advice.txt')] });
  return report.advice!.map((a) => ({ text: a.text, verdict: a.verdict, detail: a.detail ?? '', section: a.provision?.section, matched: a.provision?.text }));
}
