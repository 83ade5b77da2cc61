// General causes of wrong advice verdicts found by the thirteenth held-out set (h61-h65), each on
// wording written for this test: advice summarised as "Label: value" lines under a heading such as
// "Summary of advice", a school form's question heading put the other way round ("What does … need?"),
// requests and offers worded as "I would ask that …" and "may find a … helpful", a clinic letter's list
// of diagnoses, a statement of what is not needed, and numbered prose that reasons its way to a
// recommendation.
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { rubric } from './helpers.ts';

const extracted = (parts: Part[]) => extractRecommendations(buildDoc(parts, 'advice.txt'), undefined, rubric).map((r) => r.text.trim());

describe('"Label: value" lines under a summary of advice', () => {
  const report: Part[] = [
    'Hearing Support Team advice for Cassius Ellery-Nwankwo.',
    'Date: 2 March 2026',
    { h: 'Audiological information' },
    'Cassius has a moderate bilateral loss and wears two hearing aids.',
    { h: 'Key advice' },
    'Teacher of the deaf: two visits each half term, of 45 minutes, to check his equipment and advise staff.',
    'Acoustics: soft-close pads on the classroom doors and a rug under the carpet area.',
    'Listening: he might find a quiet corner helpful for reading.',
    'Signed: Perpetua Lindgren (Teacher of the Deaf)',
  ];

  it('are each a recommendation, the label kept as the thing named', () => {
    expect(extracted(report)).toEqual([
      'Teacher of the deaf: two visits each half term, of 45 minutes, to check his equipment and advise staff.',
      'Acoustics: soft-close pads on the classroom doors and a rug under the carpet area.',
      'Listening: he might find a quiet corner helpful for reading.',
    ]);
  });

  it('for "Advice summary" and "Summary of advice" too, but not for a front sheet before them', () => {
    for (const h of ['Advice summary', 'Summary of advice']) {
      const recs = extracted(['Name: Cassius Ellery-Nwankwo', 'School: Lowfield Primary School', { h }, 'Acoustics: soft-close pads on the classroom doors and a rug under the carpet area.']);
      expect(recs, h).toEqual(['Acoustics: soft-close pads on the classroom doors and a rug under the carpet area.']);
    }
  });

  it('a label whose value is only names is not one', () => {
    const recs = extracted([{ h: 'Summary of advice' }, 'Contributors: Hal Brightwater (Audiologist) and Ines Oduya (Teacher of the Deaf)', 'Date of report: 4 March 2026']);
    expect(recs).toEqual([]);
  });
});

describe('a school form\'s question heading', () => {
  it('"What does … need …?" introduces the recommendations; what is in place and what worked do not', () => {
    const recs = extracted([
      'Larkspur Primary School: school advice for Oona Fitzwilliam-Adu.',
      'What is in place at the moment?',
      { li: 'Phonics with the class each morning', marker: '*' },
      'What does Oona need over the next year? (please give amounts where you can)',
      { li: 'Twenty minutes of 1:1 reading with a trained adult four days a week.', marker: '*' },
      { li: 'A visual prompt card for tidy-up time.', marker: '*' },
    ]);
    expect(recs).toEqual(['Twenty minutes of 1:1 reading with a trained adult four days a week.', 'A visual prompt card for tidy-up time.']);
  });
});

describe('requests and offers in a letter', () => {
  it('"I would ask that …" and "may find a … helpful" recommend', () => {
    const recs = extracted([
      'Dear Mr Oyelowo,',
      'I would ask that the school keeps a record of each seizure on the form enclosed and sends it to the clinic each month.',
      'Pippa may find a wobble board helpful during story time.',
      'Yours sincerely,',
    ]);
    expect(recs).toEqual([
      'I would ask that the school keeps a record of each seizure on the form enclosed and sends it to the clinic each month.',
      'Pippa may find a wobble board helpful during story time.',
    ]);
  });

  it('what is not needed is not a recommendation, unless one follows', () => {
    const recs = extracted([
      'Her inhaler is kept at home, so no staff need to be trained to give it.',
      'Lorcan does not need a hoist, but he should have a second adult for every transfer.',
    ]);
    expect(recs).toEqual(['Lorcan does not need a hoist, but he should have a second adult for every transfer.']);
  });
});

describe('a clinic letter', () => {
  it('lists diagnoses under "Diagnoses:", and its plan under "Plan:"', () => {
    const recs = extracted([
      'Community Child Health clinic letter',
      'Diagnoses:',
      { li: 'Developmental coordination disorder', marker: '1.' },
      { li: 'Constipation, improving', marker: '2.' },
      'Plan:',
      { li: 'Occupational therapy assessment of handwriting within 8 weeks.', marker: '1)' },
      { li: 'Review in this clinic in 4 months.', marker: '2)' },
    ]);
    expect(recs).toEqual(['Occupational therapy assessment of handwriting within 8 weeks.', 'Review in this clinic in 4 months.']);
  });
});

describe('numbered prose that reasons its way to a recommendation', () => {
  it('keeps the recommendation, not the finding it starts from', () => {
    const recs = extracted([
      { h: '5. Conclusions and recommendations' },
      '5.1 The spelling support Fenella has had so far has not been enough. I recommend daily 15-minute spelling sessions with a teaching assistant, using a multisensory approach. It is essential that the same assistant leads these sessions throughout the term.',
      '5.2 Copying from the board is very slow for her. Fenella should be given a printed copy of anything she needs to copy.',
      '5.3 A 10-minute check-in with her tutor every Monday morning.',
    ]);
    expect(recs).toEqual([
      'I recommend daily 15-minute spelling sessions with a teaching assistant, using a multisensory approach. It is essential that the same assistant leads these sessions throughout the term.',
      'Fenella should be given a printed copy of anything she needs to copy.',
      'A 10-minute check-in with her tutor every Monday morning.',
    ]);
  });
});
