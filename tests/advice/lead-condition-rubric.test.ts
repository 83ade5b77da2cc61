// A recommendation's later change of amount and the words it opens with are the rubric's lists
// (adviceLaterChanges, adviceLaterIncreases; adviceLeadModals, adviceLeadVerbs, adviceLeadArticles,
// adviceKindStems), not words written in advice/verdict.ts and advice/similarity.ts.
import { describe, expect, it } from 'vitest';
import { splitCondition } from '../../services/analyser/src/advice/verdict.ts';
import { headTokens } from '../../services/analyser/src/advice/similarity.ts';
import { orgRubric } from '../analyser/org-rubric.ts';

describe("a recommendation's condition and head by the rubric's lists", () => {
  const org = orgRubric('vocabulary:\n  lists:\n    adviceLaterChanges: [halve]\n    adviceLaterIncreases: [double]\n    addAdviceLeadVerbs: [be offered]\n    addAdviceKindStems: [breakfast]\n');

  it("splits off a later change of amount by the rubric's words", () => {
    const increase = 'Maisie should have 30 minutes of therapy a week; if she manages this, increase each session to 45 minutes.';
    expect(splitCondition(increase).condition).toBe('if she manages this, increase each session to 45 minutes');
    expect(splitCondition(increase, org).condition).toBeNull();
    const halve = 'Maisie should have 30 minutes a week; if progress is good, halve it.';
    expect(splitCondition(halve).condition).toBeNull();
    expect(splitCondition(halve, org)).toEqual({ main: 'Maisie should have 30 minutes a week', condition: 'if progress is good, halve it' });
    const double = 'Maisie should have 30 minutes a week. Once settled, double it.';
    expect(splitCondition(double).condition).toBeNull();
    expect(splitCondition(double, org).condition).toBe('Once settled, double it');
  });

  it("reads the thing a recommendation names after the rubric's lead verbs, without its kind words", () => {
    const offered = 'Maisie should be offered a sensory circuit every morning.';
    expect(headTokens(offered)).toContain('offer');
    expect(headTokens(offered, new Set(), org)).not.toContain('offer');
    const breakfast = 'Maisie should have a nurture breakfast club.';
    expect(headTokens(breakfast).some((t) => t.startsWith('breakfast'))).toBe(true);
    expect(headTokens(breakfast, new Set(), org).some((t) => t.startsWith('breakfast'))).toBe(false);
  });
});
