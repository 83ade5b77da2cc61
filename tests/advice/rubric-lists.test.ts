// Reading advice takes its words from the rubric it is given (issue 11): an organisation that adds a
// way of saying "given elsewhere", or a column name, changes what is read as a recommendation for it
// alone; one that counts a term as 12 weeks changes how often "once a term" is, for it alone.
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { amountStated, timesPerWeek } from '../../services/analyser/src/advice/verdict.ts';
import { judgeProvision } from '../../services/analyser/src/provision.ts';
import { minutesPerWeek, perWeek, weeksOf } from '../../services/analyser/src/quantities.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { orgRubric } from '../analyser/org-rubric.ts';
import { rubric as standard } from './helpers.ts';

const texts = (parts: Part[], r = standard) => extractRecommendations(buildDoc(parts), undefined, r).map((x) => x.text);

describe("advice extraction's words", () => {
  const dale = orgRubric('vocabulary:\n  lists:\n    adviceElsewhere: [separately, under separate cover, in a letter of its own]\n', 'dale');
  const parts: Part[] = [{ h: 'Recommendations' }, 'The home programme of daily sensory circuits goes to the family in a letter of its own.', { li: 'A movement break of five minutes between each written task.' }];

  it('reads advice given elsewhere in the words of the rubric it is given', () => {
    expect(texts(parts, dale)).toEqual(['A movement break of five minutes between each written task.']);
    expect(texts(parts)).toContain('The home programme of daily sensory circuits goes to the family in a letter of its own.');
  });
});

describe("advice's occasions and continuations are the rubric's lists", () => {
  const wold = orgRubric("vocabulary:\n  lists:\n    addAdviceContinuations: ['ideally each block']\n    addAdviceOccasionCues: [at handover]\n", 'wold');

  it('a continuation it adds joins the sentence to the recommendation before it, for it alone', () => {
    const parts: Part[] = [{ h: 'Recommendations' }, 'Kai should have a phonics group with a teaching assistant three times a week. Ideally each block should run for six weeks.'];
    expect(texts(parts)).toHaveLength(2);
    expect(texts(parts, wold)).toEqual(['Kai should have a phonics group with a teaching assistant three times a week. Ideally each block should run for six weeks.']);
  });

  it('an occasion it adds sizes a strategy used on it, for it alone', () => {
    const text = 'Staff should give Kai extra thinking time at handover.';
    expect(amountStated(text, judgeProvision(text, standard), standard)).toBe(false);
    expect(amountStated(text, judgeProvision(text, wold), wold)).toBe(true);
    // The default's own occasions, a child's name with its capital among them.
    const whenever = 'Staff should give Kai extra thinking time when Kai arrives.';
    expect(amountStated(whenever, judgeProvision(whenever, standard), standard)).toBe(true);
  });
});

describe('the weeks of a period: one table for the judges, advice and the comparison', () => {
  it('counts a year of 39 weeks, a term of 13 and a half term of 6.5 by default', () => {
    expect(weeksOf('term')).toBe(13);
    expect(weeksOf('Half-termly')).toBe(6.5);
    expect(weeksOf('academic year')).toBe(39);
    expect(perWeek('term')).toBeCloseTo(1 / 13, 10);
    expect(perWeek('4 months')).toBeCloseTo(3 / 39, 10);
    expect(perWeek('3 weeks')).toBeCloseTo(1 / 3, 10);
    expect(perWeek('tuesdays and fridays')).toBe(2);
  });

  it("takes an organisation's own term", () => {
    const shortTerms = orgRubric(
      "vocabulary:\n  periodWeeks:\n    - { weeks: 0.2, patterns: ['days?', daily] }\n    - { weeks: 1, patterns: ['weeks?', weekly] }\n    - { weeks: 12, patterns: ['terms?', termly] }\n",
      'holme',
    );
    expect(timesPerWeek('one visit a term', shortTerms)).toBeCloseTo(1 / 12, 10);
    expect(timesPerWeek('one visit a term', standard)).toBeCloseTo(1 / 13, 10);
  });
});

describe('minutes a week and times a week read one rate', () => {
  it.each([
    ['Lego club for 40 minutes every 2 weeks', 20, 0.5],
    ['A 20-minute check-in each half term with the SENCo', 20 / 6.5, 1 / 6.5],
    ['Gardening group for 1 hour on a weekend morning', null, null],
  ] as const)('"%s": %s minutes, %s times a week', (text, minutes, times) => {
    const m = minutesPerWeek(text);
    if (minutes === null) expect(m).toBeNull();
    else expect(m).toBeCloseTo(minutes, 1);
    const t = timesPerWeek(text);
    if (times === null) expect(t).toBeNull();
    else expect(t).toBeCloseTo(times, 5);
  });
});
