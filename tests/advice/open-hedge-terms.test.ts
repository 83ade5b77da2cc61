// The plan's hedges that leave advised provision open are the rubric's list (vocabulary.lists.openHedgeTerms):
// an organisation that takes one out is not told the plan added it; every other organisation still is.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { orgRubric } from '../analyser/org-rubric.ts';
import { planWith, rubric as standard } from './helpers.ts';

const verdicts = (plan: Part[], advice: Part[], r = standard) =>
  analyse(buildDoc(plan, 'plan.txt'), { rubric: r, advice: [buildDoc(advice, 'advice.txt')] }).advice!.map((a) => ({ verdict: a.verdict, detail: a.detail ?? '' }));

describe('hedges a plan adds to advised provision', () => {
  const advice: Part[] = [{ h: 'Recommendations' }, { li: 'Ruby needs 1:1 phonics teaching with a specialist teacher for 30 minutes every day.' }];
  const plan = planWith(['Ruby will be offered 1:1 phonics teaching with a specialist teacher for 30 minutes every day.']);

  it('are named from the rubric list it is given', () => {
    const [dflt] = verdicts(plan, advice);
    expect(dflt.verdict).toBe('diluted');
    expect(dflt.detail).toContain('"will be offered"');
    const wharfe = orgRubric("vocabulary:\n  lists:\n    openHedgeTerms: [could, might]\n", 'wharfe');
    const [own] = verdicts(plan, advice, wharfe);
    expect(own.detail).not.toContain('the plan adds "will be offered"');
  });
});
