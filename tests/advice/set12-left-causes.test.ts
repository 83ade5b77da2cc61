// General causes left by the twelfth held-out set (h56-h60), each on wording written for this test:
// the "Who" cells of a recommendations table flattened to one cell a line are not recommendations;
// advice for times outside lessons ("at break and lunch", "throughout the school day") is not carried
// by a plan that keeps it to lessons.
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';

const extracted = (parts: Part[]) => extractRecommendations(buildDoc(parts, 'advice.txt'), undefined, rubric).map((r) => r.text.trim());

describe('a table flattened to one cell a line', () => {
  const table = (who: string[]) => [
    'Sensory Support Service advice for Kasimir Oyelaran-Bright.',
    { h: 'Recommendations' },
    'Need',
    'Recommendation',
    'Who',
    'Listening',
    'A 10-minute check of the radio aid with an adult every morning',
    who[0],
    'Vocabulary',
    'Pre-teaching of topic words in a 15-minute session three times a week',
    who[1],
  ];

  it.each([
    ['Teaching assistants trained by the teacher of the deaf', 'All teaching staff'],
    ['Staff trained in deaf awareness', 'Support staff'],
    ['The class teacher', 'Learning support assistant'],
  ])('keeps the recommendations, the cells naming who not recommendations of their own (%s; %s)', (a, b) => {
    // Since set 14 the header's lines give the column count and each row's cells are joined into one
    // recommendation (set14-causes.test.ts): the who cell goes with its row, never alone.
    expect(extracted(table([a, b]))).toEqual([
      `Listening\tA 10-minute check of the radio aid with an adult every morning\t${a}`,
      `Vocabulary\tPre-teaching of topic words in a 15-minute session three times a week\t${b}`,
    ]);
  });

  it('but a line offering an adult, or saying what the adults do, is read with its row', () => {
    const recs = extracted(table(['A trained teaching assistant for all practical lessons', 'Staff to repeat peers’ answers in class discussion']));
    expect(recs.some((r) => r.includes('A trained teaching assistant for all practical lessons'))).toBe(true);
    expect(recs.some((r) => r.includes('Staff to repeat peers’ answers in class discussion'))).toBe(true);
  });
});

describe('advice for times outside lessons against a plan that keeps to lessons', () => {
  const advice = (rec: string) => ['Qualified Teacher of Visual Impairment advice for Callum Attenborough-Nwosu.', { h: 'Recommendations' }, { li: rec }];

  it.each([
    ['Callum should have his hand-held magnifier with him throughout the school day, including at break and in the dining hall.', 'Callum will have a hand-held magnifier in class.'],
    ['Callum should wear his tinted glasses at all times, including at playtime and on school trips.', 'Callum will wear his tinted glasses during lessons.'],
  ])('is diluted (%s)', (rec, plan) => {
    const [v] = adviceVerdicts(planWith([plan]), advice(rec));
    expect(v.verdict).toBe('diluted');
    expect(v.detail).toMatch(/the plan only (?:in class|during lessons)/);
  });

  it('but a plan that names those times too carries it', () => {
    const [v] = adviceVerdicts(
      planWith(['Callum will have a hand-held magnifier in class, at break and in the dining hall.']),
      advice('Callum should have his hand-held magnifier with him throughout the school day, including at break and in the dining hall.'),
    );
    expect(v.verdict).toBe('carried');
  });
});
