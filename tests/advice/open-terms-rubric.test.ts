// Which of a recommendation's vague terms leave its amount open, and which changes are named without
// saying how, are the rubric's lists (adviceBoundedTerms, adviceOpenTerms, adviceLeaveTerms,
// adaptedActivityWords), not names written in advice/verdict.ts.
import { describe, expect, it } from 'vitest';
import { judgeRecommendation } from '../../services/analyser/src/advice/verdict.ts';
import { loadRubric, type Rubric } from '../../services/analyser/src/rubric.ts';
import { orgRubric } from '../analyser/org-rubric.ts';

const because = (text: string, rubric: Rubric) => judgeRecommendation({ text, start: 0, end: text.length, context: '', title: '' }, rubric).vagueBecause;

describe("a recommendation's open words by the rubric's lists", () => {
  const standard = loadRubric();

  it('an open term is open only while the rubric lists it', () => {
    const seating = 'Maisie should have suitable seating, 30 minutes a week.';
    expect(because(seating, standard)).toMatch(/"suitable" leaves the amount open/);
    expect(because(seating, orgRubric('vocabulary:\n  lists:\n    adviceOpenTerms: [none]\n'))).toBeNull();
  });

  it('a range bounds the amount while the rubric lists it as bounded', () => {
    const range = 'Maisie should have speech and language therapy from a speech and language therapist, 2-3 sessions a week.';
    expect(because(range, standard)).not.toMatch(/leaves the amount open/);
    expect(because(range, orgRubric('vocabulary:\n  lists:\n    adviceBoundedTerms: [none]\n'))).toMatch(/"2-3 sessions" leaves the amount open/);
  });

  it("a lesson called changed is undescribed by the rubric's adaptedActivityWords", () => {
    expect(because('Maisie should have a flexible approach to homework.', standard)).toMatch(/"flexible approach to homework" does not say how/);
    const org = orgRubric('vocabulary:\n  lists:\n    adaptedActivityWords: [adapted]\n');
    expect(because('Maisie should have a flexible approach to homework.', org)).toBeNull();
    expect(because('Maisie should have adapted PE.', org)).toMatch(/"adapted PE" does not say how/);
  });
});
