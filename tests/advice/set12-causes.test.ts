// General causes of wrong advice verdicts found by the twelfth held-out set (h56-h60), each on wording
// written for this test: verbless recommendations listed under a heading that introduces them by what
// works for the child ("What works best for …") or by the plan section they are written for ("Advice
// for Part F", "Section F advice").
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';

const extracted = (parts: Part[]) => extractRecommendations(buildDoc(parts, 'advice.txt'), undefined, rubric).map((r) => r.text.trim());

describe('a list under "What works for …"', () => {
  it('is a list of recommendations, even where the items have no verb or cue', () => {
    const recs = extracted([
      'Early Years Outreach Team report for Zainab Quellington-Asare.',
      { h: 'About Zainab' },
      'Zainab is a lively girl who likes sand play and songs.',
      'What works best for Zainab',
      { li: 'A familiar adult to sit beside her at every group time.' },
      { li: 'Songs with actions to mark the end of each activity.' },
      { li: 'A 10-minute 1:1 turn-taking game with her key person every morning.' },
    ]);
    expect(recs).toEqual(['A familiar adult to sit beside her at every group time.', 'Songs with actions to mark the end of each activity.', 'A 10-minute 1:1 turn-taking game with her key person every morning.']);
  });

  it('but what works less well is not', () => {
    const recs = extracted([{ h: 'What works less well for Zainab' }, { li: 'Long carpet sessions with the whole class.' }, { li: 'Loud music in the hall.' }]);
    expect(recs).toEqual([]);
  });
});

describe('advice headed by the plan section it is written for', () => {
  const report = (heading: string): Part[] => [
    'Occupational Therapy Service report for Bartholomew Ezeani-Hollis.',
    { h: 'Assessment findings' },
    'Bartholomew scored below the 5th percentile on the Movement ABC.',
    { h: heading },
    'A pencil grip and a sloped board for all handwriting tasks.',
    'Handwriting practice with a teaching assistant, 15 minutes four times a week.',
  ];

  it('holds recommendations, sentences with no verb of their own included', () => {
    for (const heading of ['Section F advice', 'Advice for Part F', 'Proposed wording for Section F']) {
      expect(extracted(report(heading)), heading).toEqual(['A pencil grip and a sloped board for all handwriting tasks.', 'Handwriting practice with a teaching assistant, 15 minutes four times a week.']);
    }
  });

  it('and each is then checked against the plan', () => {
    const plan = planWith(['Bartholomew will use a pencil grip and a sloped board for all handwriting tasks.', 'Some handwriting practice when time allows.']);
    const verdicts = adviceVerdicts(plan, report('Section F advice'));
    expect(verdicts.map((v) => v.verdict)).toEqual(['carried', 'diluted']);
  });
});

describe('"must" in a sentence of prose', () => {
  it('makes it a recommendation, as "should" does, outside a recommendations heading too', () => {
    const recs = extracted([
      { h: 'Discussion' },
      'Everyone who helps Farida onto the toilet must be shown the hoist routine by the moving and handling adviser each September.',
      'Her walker must be kept by the classroom door at every break time.',
      'She must have been very tired that afternoon.',
    ]);
    expect(recs).toEqual(['Everyone who helps Farida onto the toilet must be shown the hoist routine by the moving and handling adviser each September.', 'Her walker must be kept by the classroom door at every break time.']);
  });
});

describe('a session named only in what the child is to know', () => {
  const plan = planWith(['His form tutor will go through his timetable with him every Monday morning.', 'His tutor will run a revision session every Monday.']);
  const verdicts = adviceVerdicts(plan, [
    { h: 'Recommendations' },
    'His form tutor should go through his timetable with him every Monday morning, so that Ahmed knows which sessions are on that week.',
    'His tutor should run a revision session every Monday, so he knows what the test will cover.',
  ]);
  const verdict = (start: string) => verdicts.find((v) => v.text.startsWith(start))?.verdict;

  it('does not make the provision a session: a weekly routine is sized by its day', () => {
    expect(verdict('His form tutor should go through his timetable')).toBe('carried');
  });

  it('but a session the provision itself is still needs its length', () => {
    expect(verdict('His tutor should run a revision session')).toBe('adviceVague');
  });
});
