// More general causes of wrong advice verdicts (found by the fourth held-out set), each on wording
// written for this test: a recommendation split over two sentences, a condition that changes the
// amount later, items sharing a kind word, table headers and pointer sentences, sizes of training
// and visits, programme names that open with a subject, and the rubric's own periods.
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { programmeRelation } from '../../services/analyser/src/advice/programmes.ts';
import { itemsLeftOut, splitCondition, timesPerWeek } from '../../services/analyser/src/advice/verdict.ts';
import type { Rubric } from '../../services/analyser/src/rubric.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { adviceVerdicts, planWith as planAt, rubric } from './helpers.ts';

const planWith = (f: string[], g: string[] = []): Part[] => planAt(f, g, 'Marsh Lane Primary School.');
// Verdicts as this file's cases state them (without the matched section).
const verdicts = (plan: Part[], advice: Part[]) => adviceVerdicts(plan, advice).map(({ text, verdict, detail }) => ({ text, verdict, detail }));

describe('a recommendation split over two sentences', () => {
  it('joins a sentence that goes on with the one before', () => {
    const doc = buildDoc([{ h: 'Recommendations' }, 'Jay should have a reading session with an adult every morning. This should last 20 minutes and take place before registration. It would be helpful for Jay to have a reading buddy.']);
    expect(extractRecommendations(doc).map((r) => r.text)).toEqual([
      'Jay should have a reading session with an adult every morning. This should last 20 minutes and take place before registration.',
      'It would be helpful for Jay to have a reading buddy.',
    ]);
  });

  it('keeps a condition that changes the amount with its recommendation', () => {
    const doc = buildDoc([{ h: 'Therapy plan' }, 'Kai needs weekly 40-minute 1:1 sessions with a specialist maths teacher. If he has not caught up by Easter, sessions should increase to twice weekly.']);
    const recs = extractRecommendations(doc);
    expect(recs).toHaveLength(1);
    expect(recs[0].text).toContain('If he has not caught up by Easter');
    for (const r of recs) expect(doc.text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('a condition that changes the amount later', () => {
  it('is split off, so the amount is read without it', () => {
    const { main, condition } = splitCondition('Weekly 40-minute sessions with the therapist; if progress is slow after six weeks, increase to twice weekly.');
    expect(main).toBe('Weekly 40-minute sessions with the therapist');
    expect(condition).toBe('if progress is slow after six weeks, increase to twice weekly');
    expect(splitCondition('A laptop for written work if he wants one.').condition).toBeNull();
  });

  it('makes the plan weaker when the plan keeps the amount and drops the condition', () => {
    const advice: Part[] = [{ h: 'Recommendations' }, 'Kai needs weekly 40-minute 1:1 sessions with a specialist maths teacher; if he has not caught up by Easter, increase to twice weekly.'];
    const dropped = verdicts(planWith(['Weekly 40-minute 1:1 sessions with a specialist maths teacher.']), advice);
    expect(dropped.map((v) => v.verdict)).toEqual(['diluted']);
    expect(dropped[0].detail).toContain('condition');
    const kept = verdicts(planWith(['Weekly 40-minute 1:1 sessions with a specialist maths teacher, increased to twice weekly if he has not caught up by Easter.']), advice);
    expect(kept.map((v) => v.verdict)).toEqual(['carried']);
  });
});

describe('items sharing a kind word', () => {
  it('finds the item the plan leaves out by its own words, not the shared one', () => {
    expect(itemsLeftOut('Weekly Numicon and Plus 1 sessions, 20 minutes each', 'Weekly 20-minute Numicon sessions with a teaching assistant.').join()).toMatch(/Plus 1/);
    expect(itemsLeftOut('Weekly Numicon and Plus 1 sessions, 20 minutes each', 'Weekly 20-minute Numicon and Plus 1 sessions.')).toEqual([]);
  });

  it('still finds an item named only by general words', () => {
    expect(itemsLeftOut('A memory book and four extra visits to the new class', 'A memory book with photographs, made by the class teacher.').join()).toMatch(/visits/);
  });
});

describe('what is not a recommendation', () => {
  it('skips a header row of longer column names, a number column, a pointer sentence and a signature line', () => {
    const doc = buildDoc([
      { h: 'What I recommend' },
      'My recommendations are numbered in the table below.',
      { table: [['Ref', 'What should happen', 'How often and for how long', 'Delivered by'], ['1', 'Pre-teaching of maths vocabulary', 'Twice a week for 10 minutes', 'Teaching assistant']] },
      'Senior Specialist Teacher (Sensory Support)',
    ]);
    expect(extractRecommendations(doc).map((r) => r.text)).toEqual(['Pre-teaching of maths vocabulary\tTwice a week for 10 minutes\tTeaching assistant']);
  });

  it('reads a professional\'s own commitment, a wish and a tentative benefit as recommendations', () => {
    const doc = buildDoc([{ h: 'Management plan' }, 'Sam was seen on 3 May. I will visit school twice a term to update his programme. I would like his vision to be checked by the orthoptist every 6 months. Sam might benefit from a buddy at playtime.']);
    expect(extractRecommendations(doc).map((r) => r.text)).toEqual([
      'I will visit school twice a term to update his programme.',
      'I would like his vision to be checked by the orthoptist every 6 months.',
      'Sam might benefit from a buddy at playtime.',
    ]);
  });
});

describe('how much, for training, visits and services', () => {
  it.each([
    'Staff in his class should attend a one-day course on attachment before the start of the spring term.',
    'The SENCo should arrange three extra visits to the new school in the summer term.',
    'Her parents should continue to attend the family group at the clinic, which meets monthly.',
  ])('"%s" is specific enough to check', (text) => {
    const got = verdicts(planWith(['A visual timetable on his desk.']), [{ h: 'Recommendations' }, { li: text }]);
    expect(got.map((v) => v.verdict)).not.toContain('adviceVague');
  });

  it('keeps ankle-foot orthoses in Section G as health provision, not moved', () => {
    const got = verdicts(planWith(['A visual timetable on his desk.'], ['Leo will wear his ankle-foot orthoses all day.']), [{ h: 'Recommendations' }, { li: 'Leo should wear his ankle-foot orthoses all day in school.' }]);
    expect(got.map((v) => v.verdict)).toEqual(['carried']);
  });
});

describe('programme names that open with a subject', () => {
  it.each([
    ['Weekly Speech Link sessions.', 'Weekly Language Link sessions.', 'different'],
    ['Maths Recovery three times a week.', 'Reading Recovery three times a week.', 'different'],
    ['The Numicon Intervention Programme, 3 x 20 minutes a week.', 'Numicon for 20 minutes three times a week.', 'same'],
  ] as const)('"%s" and "%s" are the %s programme', (a, b, want) => {
    expect(programmeRelation(a, b)).toBe(want);
  });
});

describe('the rubric it is given', () => {
  it('reads periods from the rubric\'s vocabulary, not the default', () => {
    // The default counts a term as 13 school weeks (a year of 39); a rubric may count it otherwise.
    expect(timesPerWeek('once a term', rubric)).toBeCloseTo(1 / 13, 5);
    const shortTerms: Rubric = {
      ...rubric,
      vocabulary: { ...rubric.vocabulary, periodWeeks: rubric.vocabulary.periodWeeks.map((e) => (e.patterns.includes('terms?') ? { ...e, weeks: 12 } : e)) },
    };
    expect(timesPerWeek('once a term', shortTerms)).toBeCloseTo(1 / 12, 5);
    // And words for a period only that rubric has: a rate's period, and its weeks.
    const v = rubric.vocabulary;
    const withCycles: Rubric = {
      ...rubric,
      vocabulary: { ...v, comparisonWords: { ...v.comparisonWords, periodNouns: [...v.comparisonWords.periodNouns, 'cycles?'] }, periodWeeks: [...v.periodWeeks, { weeks: 3, patterns: ['cycles?'] }] },
    };
    expect(timesPerWeek('twice a cycle', rubric)).toBeNull();
    expect(timesPerWeek('twice a cycle', withCycles)).toBeCloseTo(2 / 3, 5);
  });
});

describe('upkeep, equipment kept by staff, phrasal nouns', () => {
  it('finds upkeep the advice asks for that the plan leaves out', () => {
    const advice: Part[] = [{ h: 'Recommendations' }, { li: 'A hearing loop in the hall for assemblies, tested weekly by the site manager.' }];
    const dropped = verdicts(planWith(['A hearing loop in the hall for assemblies.']), advice);
    expect(dropped.map((v) => v.verdict)).toEqual(['diluted']);
    expect(dropped[0].detail).toContain('tested weekly');
    expect(verdicts(planWith(['A hearing loop in the hall for assemblies, tested weekly by the site manager.']), advice).map((v) => v.verdict)).toEqual(['carried']);
  });

  it('does not ask the plan to name the teacher who keeps equipment going', () => {
    const got = verdicts(planWith(['A now-and-next board on his desk in every lesson.']), [{ h: 'Recommendations' }, { table: [['What', 'Where and when', 'Who'], ['Now-and-next board', 'On his desk, in every lesson', 'Class teacher']] }]);
    expect(got.map((v) => v.verdict)).toEqual(['carried']);
  });

  it('reads "check-in" and "check-out" as different things', () => {
    expect(itemsLeftOut('A sign-in and sign-out with the office each day', 'A sign-in with the office each day.').join()).toMatch(/sign-out/);
    expect(itemsLeftOut('A sign-in and sign-out with the office each day', 'A sign-in and sign-out with the office each day.')).toEqual([]);
  });
});

describe('the thing a recommendation opens with', () => {
  it('matches a short plan statement that names it, though the advice says much more about where and how', () => {
    const got = verdicts(planWith(['A symbol board where appropriate.', 'A writing slope for written work.']), [
      { h: 'Strategies' },
      { li: 'Use a symbol board (pictures of key vocabulary, with speech and gesture) alongside spoken language at snack time, at home time, on trips and in assemblies, so that he can follow what is said.' },
    ]);
    expect(got.map((v) => v.verdict)).toEqual(['diluted']);
  });

  it('does not match on the kind of thing alone', () => {
    const got = verdicts(planWith(['A small group for phonics, three times a week for 20 minutes.']), [{ h: 'Recommendations' }, { li: 'A lunchtime group for board games and turn-taking, twice a week for 30 minutes.' }]);
    expect(got.map((v) => v.verdict)).toEqual(['missing']);
  });
});

describe('strategies tied to an occasion', () => {
  it.each([
    'Staff should pre-teach the key words with him before he is asked to read aloud.',
    'Adults should wait and give Sol time to answer before repeating the question.',
    'A calm corner he can use when upset should be open to him at break and lunch.',
  ])('"%s" is specific enough to check', (text) => {
    const got = verdicts(planWith(['A writing slope for written work.']), [{ h: 'Recommendations' }, { li: text }]);
    expect(got.map((v) => v.verdict)).not.toContain('adviceVague');
  });

  it('still reads a hedge the advice itself makes as vague', () => {
    const got = verdicts(planWith(['A writing slope for written work.']), [{ h: 'Recommendations' }, { li: 'A calm corner should be used if staff are available.' }]);
    expect(got.map((v) => v.verdict)).toEqual(['adviceVague']);
  });
});
