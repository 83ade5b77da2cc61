// General causes of wrong advice verdicts found by the eighteenth held-out set (h86-h90), each on
// wording written for this test (no sentence from a held-out set).
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { splitJoined } from '../../services/analyser/src/advice/extract.ts';
import { judgeRecommendation } from '../../services/analyser/src/advice/verdict.ts';
import { ingest } from '../../services/ingest/src/index.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc } from '../analyser/build-doc.ts';

const fromText = async (lines: string[]) => {
  const doc = await ingest(Buffer.from(lines.join('\n')), { name: 'advice.txt' });
  return extractRecommendations(doc, undefined, rubric).map((r) => r.text);
};
const parts = (text: string) => splitJoined(text, rubric).map((p) => text.slice(p.start, p.end));

describe('one sentence stays one recommendation', () => {
  it('does not read a word that only begins like an opening ("at", "after") as a new thing', () => {
    const s = 'Ruby should have speech and language therapy for 30 minutes twice a week in term time, in the quiet room and after lunch each day, for a further 20 sessions.';
    expect(parts(s)).toEqual([s]);
  });

  it('does not cut two clock times joined by "and"', () => {
    const s = 'Her teacher should note at 9:30am and 1pm each day whether Ruby has eaten her snack, in the class diary.';
    expect(parts(s)).toEqual([s]);
  });

  it('keeps two clauses as one when the second says they share the same thing', () => {
    const s = 'For six weeks his mother should note each evening what Sam ate, and the teaching assistant should write at lunch each day how much he ate, in the same food diary.';
    expect(parts(s)).toEqual([s]);
  });

  it('still cuts two clauses that each provide their own thing', () => {
    const s = 'Sam should have a 20-minute reading session three times a week, and the class teacher should receive 3 hours of training on dyslexia.';
    expect(parts(s)).toHaveLength(2);
  });
});

describe('lines that are items though written without bullets', () => {
  it('reads lines straight after a lead-in that recommends and ends in a colon as its items', async () => {
    const texts = await fromText([
      'Outreach teacher advice', '',
      'Ollie has been out of school since May.', '',
      'We advise the following return plan:',
      'Stage A, the first three weeks: Ollie comes in two afternoons a week from 1pm to 3pm, with his key worker.',
      'Stage B, weeks four to eight: Ollie comes in every afternoon, with one full day a week in the last two weeks.', '',
      'Ollie enjoys drawing.',
    ]);
    expect(texts).toEqual([
      'Stage A, the first three weeks: Ollie comes in two afternoons a week from 1pm to 3pm, with his key worker.',
      'Stage B, weeks four to eight: Ollie comes in every afternoon, with one full day a week in the last two weeks.',
    ]);
  });

  it('reads each line opening with a code under a recommendations heading as an item', async () => {
    const texts = await fromText([
      'Seating assessment', '',
      'Recommendations',
      '[S-1] A tilting chair with a pelvic strap, in every classroom.',
      '[S-2] A foot block under his desk, for all seated work.',
    ]);
    expect(texts).toEqual(['[S-1] A tilting chair with a pelvic strap, in every classroom.', '[S-2] A foot block under his desk, for all seated work.']);
  });
});

describe('lines that are not recommendations', () => {
  it('reads a numbered topic line over lettered items as their heading, with or without a number in it', async () => {
    const texts = await fromText([
      'Advice from the outreach service', '',
      'Recommendations',
      '1. Settling in the morning',
      '(a) Leah should be met at the classroom door by her teaching assistant every morning.',
      '2. Starting Year 5',
      '(a) Leah should visit her Year 5 classroom twice in July with her teaching assistant.',
    ]);
    expect(texts).toEqual([
      'Leah should be met at the classroom door by her teaching assistant every morning.',
      'Leah should visit her Year 5 classroom twice in July with her teaching assistant.',
    ]);
  });

  it('reads a heading naming what the author advises as a heading', async () => {
    const texts = await fromText([
      'Hearing support service', '',
      'Leon wears two hearing aids.', '',
      'What I advise',
      '- Leon should sit at the front in every lesson.',
    ]);
    expect(texts).toEqual(['Leon should sit at the front in every lesson.']);
  });

  it('does not read a sentence pointing at the recommendations as one', async () => {
    const texts = await fromText([
      'Dear colleague,', '',
      'Our recommendations for school are these. Leon should have a 20-minute phonics session every day with his teaching assistant.', '',
      'Recommendations',
      'This table sets out what we advise for the plan.',
      '| Recommendation | Who |',
      '| A radio aid in every lesson. | Class teacher |',
    ]);
    expect(texts).toEqual(['Leon should have a 20-minute phonics session every day with his teaching assistant.', 'A radio aid in every lesson.\tClass teacher']);
  });

  it('does not read a front sheet opening with the client line as recommendations', async () => {
    const texts = await fromText([
      'Wheelchair service',
      'Seating Assessment: Recommendations Report', '',
      'Client: Ada Mensah          Age: 12 years',
      'Assessment: at home, 3 March 2026, with Ada and her father',
      'Assessor: Clinical Scientist', '',
      'Recommendations',
      '- A tray fitted to her wheelchair, for use in every lesson.',
    ]);
    expect(texts).toEqual(['A tray fitted to her wheelchair, for use in every lesson.']);
  });

  it("does not read a request to contact the author, the author's letter to come, or a note of who pays as one", async () => {
    const texts = await fromText([
      'Sensory service report', '',
      'Recommendations',
      '- A weighted lap pad for all seated work.',
      '- Ten minutes of movement breaks every morning with his assistant.', '',
      'The lap pad will be lent by the service for the rest of the year. Please contact me if it is damaged.',
      'We will send a copy of this report to his GP after the meeting.',
      'The school fund will pay for the second item this term, but it should still be written into the plan.',
    ]);
    expect(texts).toEqual(['A weighted lap pad for all seated work.', 'Ten minutes of movement breaks every morning with his assistant.']);
  });
});

describe('a form whose front sheet follows a title with a colon', () => {
  it('reads every labelled line from the first front-sheet field on as the form', async () => {
    const texts = await fromText([
      'Hearing Assessment: Recommendations Report', '',
      'Patient: Ada Mensah',
      'Assessment: in clinic, 4 May 2026, with Ada and her mother',
      'Audiologist: Clinical Scientist', '',
      'Recommendations',
      '- A radio aid in every lesson.',
    ]);
    expect(texts).toEqual(['A radio aid in every lesson.']);
  });
});

describe('how much a recommendation gives', () => {
  it('reads a count of sessions an ending or a run is to last as its amount', () => {
    for (const s of ['When the group stops, there should be a planned ending of at least four sessions, agreed with her mother.', 'A block of a minimum of 8 sessions of music therapy, with a registered music therapist.']) {
      expect(judgeRecommendation({ text: s, start: 0, end: s.length, context: '', title: '' }, rubric).vagueBecause, s).toBeNull();
    }
  });
});

describe('one recommendation the plan gives in two statements', () => {
  it('is carried when the other statement gives the length the matched one leaves out', () => {
    const verdicts = adviceVerdicts(
      planWith([
        'A named teaching assistant will meet Idris at the school bus every morning.',
        'Idris will spend the first 20 minutes of every school day with the same teaching assistant in the calm room, looking at his visual timetable.',
        'Idris will have a 20-minute handwriting session with a teaching assistant three times a week.',
      ]),
      [{ h: 'Recommendations' }, { li: 'A named teaching assistant should meet Idris at the school bus every morning and spend the first 20 minutes of the day with him in the calm room.' }],
    );
    expect(verdicts.map((v) => v.verdict)).toEqual(['carried']);
  });

  it('is still diluted when no other statement gives the length', () => {
    const verdicts = adviceVerdicts(
      planWith(['A named teaching assistant will meet Idris at the school bus every morning.', 'Idris will have a 20-minute handwriting session with a teaching assistant three times a week.']),
      [{ h: 'Recommendations' }, { li: 'A named teaching assistant should meet Idris at the school bus every morning and spend the first 20 minutes of the day with him in the calm room.' }],
    );
    expect(verdicts.map((v) => v.verdict)).toEqual(['diluted']);
  });
});

describe('where advice in an attachment to Section K comes from', () => {
  it("reads a bare attachment line's next lines as the advice's title, so a family support plan's group is social care", () => {
    const plan = [
      { h: 'Section F: Special educational provision' },
      { li: 'Ivy will have a 30-minute reading session with a teaching assistant three times a week.' },
      { h: 'Section G: Health provision' }, 'None.',
      { h: 'Section H2: Other social care provision' },
      { li: 'Ivy will go to the Saturday youth club for young people with long-term conditions at the Riverside Centre, every week for two hours.' },
      { h: 'Section I: Placement' }, 'Brook Street Primary School.',
      { h: 'Section K: Advice and information' },
      'K1 Educational advice, Brook Street Primary School, May 2026',
      'K2 Views of Ivy and her father, May 2026',
      'K3 Family plan, Riverside Family Support Service, May 2026 (attached)', '',
      'ATTACHMENT 4',
      'RIVERSIDE FAMILY SUPPORT SERVICE - FAMILY PLAN',
      'Agreed actions',
      'Ivy to go to the Saturday youth club for young people with long-term conditions at the Riverside Centre, every week for two hours.',
    ];
    const report = analyse(buildDoc(plan, 'plan.txt'), { rubric, advice: [] });
    expect(report.advice?.map((a) => [a.verdict, a.provision?.section])).toEqual([['carried', 'H2']]);
  });
});
