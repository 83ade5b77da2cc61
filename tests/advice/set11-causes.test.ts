// General causes of wrong advice verdicts found by the eleventh held-out set (h51-h55), each on
// wording written for this test: a table of recommendations flattened to lines, its header a line of
// column names and each row opening with its area of need; items labelled as provision ("Provision
// recommended: …"); area sub-headings straight under "Recommendations"; advice that offers a thing
// ("access to", "would benefit from") without saying how much or when; signing and a short regular
// meeting with the child put in other words.
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';

const extracted = (parts: Part[]) => extractRecommendations(buildDoc(parts, 'advice.txt'), undefined, rubric).map((r) => r.text.trim());

describe('a table of recommendations flattened to lines', () => {
  const report: Part[] = [
    'Hearing support advice for Leontyne Abara-Vance.',
    { h: 'Summary of advice' },
    'Need area Recommendation How often Delivered by',
    'Cognition and learning Reading practice with an adult trained in phonics Four times a week, 15 minutes, teaching assistant',
    'Social, emotional and mental health A quiet space at lunchtime Every day, learning mentor',
    'Listening A radio aid checked at the start of the day Daily, class teacher',
    'Femi Castellanos-Ward',
    'Specialist Teacher for Hearing Impairment',
  ];

  it('reads the header line as column names and each row as a recommendation, without its area of need', () => {
    const recs = extracted(report);
    expect(recs).toContain('Reading practice with an adult trained in phonics Four times a week, 15 minutes, teaching assistant');
    expect(recs).toContain('A quiet space at lunchtime Every day, learning mentor');
    expect(recs.some((r) => r.startsWith('Listening A radio aid'))).toBe(true);
    expect(recs.some((r) => /Need area|Castellanos|Specialist Teacher/.test(r))).toBe(false);
  });
});

describe('items labelled as provision', () => {
  it('are recommendations without their label, even with no verb or amount; a title after a label is not', () => {
    const recs = extracted([
      'Joint Care Plan: Physiotherapy and Occupational Therapy',
      { h: 'What Oskar needs' },
      'Provision recommended: a height-adjustable table in the art room and the science laboratory.',
      'Recommendation 2: laminated word mats on his desk.',
    ]);
    expect(recs).toEqual(['a height-adjustable table in the art room and the science laboratory.', 'laminated word mats on his desk.']);
  });
});

describe('area sub-headings straight under a recommendations heading', () => {
  it('keep the recommendations heading: a noun phrase or a "needs" sentence with an amount under them is a recommendation', () => {
    const recs = extracted([
      { h: 'Recommendations' },
      { h: 'Literacy' },
      'Mia needs paired reading with an older pupil three times a week.',
      { h: 'Wellbeing' },
      'A calm corner she can use at lunchtime every day.',
      'Dr Aurelia Penhallow-Osei',
      'Educational Psychologist',
    ]);
    expect(recs).toEqual(['Mia needs paired reading with an older pupil three times a week.', 'A calm corner she can use at lunchtime every day.']);
  });
});

describe('a thing offered without saying how much or when', () => {
  const plan = planWith(['A writing slope will be available.', 'Noise-reducing headphones in assemblies.', 'Leo will have a quiet room at every break time.', 'A visual timetable will be on his desk in every lesson.']);
  const verdicts = adviceVerdicts(plan, [
    { h: 'Recommendations' },
    'Leo would benefit from access to a writing slope.',
    'Leo would benefit from noise-reducing headphones in assemblies.',
    'Leo should have access to a quiet room at every break time.',
    'Leo would benefit from a visual timetable on his desk in every lesson.',
  ]);
  const verdict = (start: string) => verdicts.find((v) => v.text.startsWith(start))?.verdict;

  it('is advice to ask its author about', () => {
    expect(verdict('Leo would benefit from access to a writing slope')).toBe('adviceVague');
    expect(verdict('Leo would benefit from noise-reducing headphones')).toBe('adviceVague');
  });

  it('is checked against the plan when it says when, or applies in every lesson', () => {
    expect(verdict('Leo should have access to a quiet room')).toBe('carried');
    expect(verdict('Leo would benefit from a visual timetable')).toBe('carried');
  });
});

describe('the same provision in other words', () => {
  it('matches signing named by its system to signing, and a meeting with the child to a check-in', () => {
    const plan = planWith(['Adults will use some signing with Priya.', 'Her head of year will check in with her now and then.']);
    const verdicts = adviceVerdicts(plan, [
      { h: 'Recommendations' },
      'All adults should use Signalong signs with Priya throughout every day.',
      'Her head of year should meet with her for ten minutes every week to plan the week ahead.',
    ]);
    expect(verdicts.map((v) => v.verdict)).toEqual(['diluted', 'diluted']);
  });

  it('leaves training in a signing system to be matched by the system, not to signing', () => {
    const plan = planWith(['Adults will use Makaton signs throughout the day.']);
    const verdicts = adviceVerdicts(plan, [{ h: 'Recommendations' }, 'The teaching assistant should complete six hours of Makaton beginners training this term.']);
    expect(verdicts.map((v) => v.verdict)).toEqual(['missing']);
  });
});
