// Kinds of wrong advice verdicts found by held-out set 6, each on wording written for this test:
// decimal-numbered reports, precise rules with no amount, advice tables with a When column, health
// advice kept in Section G, and sentences about the report itself.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { ingest } from '../../services/ingest/src/index.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { adviceVerdicts as verdicts, planWith, rubric } from './helpers.ts';

describe('a report with decimal-numbered items', () => {
  it('reads each numbered item under a numbered recommendations heading, not the findings', async () => {
    const doc = await ingest(Buffer.from([
      'Physiotherapy report', '',
      '2. Findings',
      '2.1 Ola was referred by her GP in January.',
      '2.2 Her balance is poor on uneven ground', '',
      '3. Recommendations',
      '3.1 Provide a perching stool for practical lessons',
      '3.2 Ola should do her stretching routine for 10 minutes every morning with a teaching assistant',
      '3.2.1 The routine should be checked by the physiotherapist each half term',
      '3.3 Ola tires by the end of the day', '',
    ].join('\n')), { name: 'physio.txt' });
    const recs = extractRecommendations(doc, undefined, rubric);
    expect(recs.map((r) => r.text)).toEqual([
      'Provide a perching stool for practical lessons',
      'Ola should do her stretching routine for 10 minutes every morning with a teaching assistant',
      'The routine should be checked by the physiotherapist each half term',
    ]);
    for (const r of recs) expect(doc.text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('precise advice with no minutes or sessions', () => {
  it.each([
    'Kit should only eat food brought from home.',
    'Written answers should never be copied from the board; give him a printed copy.',
    'He should do tests in a room with no more than four other pupils.',
    'A drink of water at morning break and at lunchtime.',
  ])('"%s" is specific advice', (text) => {
    const got = verdicts(planWith(['A writing slope for written work.']), [{ h: 'Recommendations' }, { li: text }]);
    expect(got.map((v) => v.verdict)).not.toContain('adviceVague');
  });

  it('still reads an aim or a session with no amount as vague', () => {
    const got = verdicts(planWith(['A writing slope for written work.']), [{ h: 'Recommendations' }, { li: 'Kit should have help with organisation.' }, { li: 'Kit should have phonics sessions with a teacher only.' }]);
    expect(got.map((v) => v.verdict)).toEqual(['adviceVague', 'adviceVague']);
  });
});

describe('an advice table with Who and When columns', () => {
  it('reads a row\'s amount from its When column and matches the row to the plan', () => {
    const advice: Part[] = [{ h: 'Dietetic report' }, { table: [['Recommendation', 'Who', 'When'], ['A piece of fruit and a cup of milk', 'Class teaching assistant', 'Every school day at 2pm']] }];
    const kept = verdicts(planWith(['A writing slope for written work.'], ['A piece of fruit and a cup of milk every school day at 2pm, given by the class teaching assistant.']), advice);
    expect(kept.map((v) => [v.verdict, v.section])).toEqual([['carried', 'G']]);
    const none = verdicts(planWith(['A writing slope for written work.']), advice);
    expect(none.map((v) => v.verdict)).toEqual(['missing']);
  });
});

describe('health advice kept in Section G', () => {
  it('is judged against Section G, not moved, though a teacher gives it before a lesson', () => {
    const advice: Part[] = [{ h: 'Recommendations' }, { li: 'Ben should take his inhaler before every PE lesson, supervised by the class teacher.' }];
    const got = verdicts(planWith(['Movement breaks of 5 minutes every hour.'], ['Ben takes his inhaler before every PE lesson, supervised by the class teacher.']), advice);
    expect(got.map((v) => [v.verdict, v.section])).toEqual([['carried', 'G']]);
  });

  it('judges social care advice against H2, not moved', () => {
    const plan: Part[] = [
      { h: 'Section F: Special educational provision' }, { li: 'A writing slope for written work.' },
      { h: 'Section H2: Other social care provision' }, { li: 'Short breaks at Oak House, an overnight stay once a month, arranged by the social worker.' },
      { h: 'Section I: Placement' }, 'Brook Street Primary School.',
    ];
    const report = analyse(buildDoc(plan, 'plan.txt'), { rubric, advice: [buildDoc([{ h: 'Recommendations' }, { li: 'Short breaks at Oak House, an overnight stay twice a month, arranged by the social worker.' }], 'sw.txt')] });
    expect(report.advice!.map((a) => [a.verdict, a.provision?.section])).toEqual([['diluted', 'H2']]);
  });

  it('still moves educational advice that the plan puts only in Section G', () => {
    const advice: Part[] = [{ h: 'Recommendations' }, { li: 'Weekly 30-minute language sessions with a speech and language therapist.' }];
    const got = verdicts(planWith(['A writing slope for written work.'], ['Weekly 30-minute language sessions with a speech and language therapist.']), advice);
    expect(got.map((v) => v.verdict)).toEqual(['moved']);
  });
});

describe('sentences about the report', () => {
  it('skips an update note, an opening visit sentence and a signature ending in a full stop', () => {
    const doc = buildDoc([{ h: 'Recommendations' }, 'This advice has been updated since the annual review.', 'I saw Priya in class on 2 February.', 'Priya should sit near the front in all lessons.', 'Dr R Obi, Consultant Community Paediatrician.']);
    expect(extractRecommendations(doc, undefined, rubric).map((r) => r.text)).toEqual(['Priya should sit near the front in all lessons.']);
  });

  it('skips a signature that names a role in lower case, but not a recommendation naming a teacher', () => {
    const doc = buildDoc([{ h: 'Recommendations' }, 'Tom Reid, HCPC registered speech and language therapist', { li: 'Mrs Khan, the class teacher, should read with Priya for 10 minutes each day.' }, { li: 'Signed: Dr L Moss (clinical psychologist), 3 March 2026' }]);
    expect(extractRecommendations(doc, undefined, rubric).map((r) => r.text)).toEqual(['Mrs Khan, the class teacher, should read with Priya for 10 minutes each day.']);
  });
});
