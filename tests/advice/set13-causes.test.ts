// General causes of wrong advice verdicts found by the thirteenth held-out set (h61-h65), each on
// wording written for this test: advice summarised as "Label: value" lines under a heading such as
// "Summary of advice", a school form's question heading put the other way round ("What does … need?"),
// requests and offers worded as "I would ask that …" and "may find a … helpful", a clinic letter's list
// of diagnoses, a statement of what is not needed, and numbered prose that reasons its way to a
// recommendation.
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { judgeProvision } from '../../services/analyser/src/provision.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';

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

describe('verdicts on advice set 13\'s kinds of wording', () => {
  const one = (plan: string[], rec: string, g: string[] = [], title = 'Occupational therapy advice') => {
    const [v] = adviceVerdicts(planWith(plan, g), [title, { h: 'Recommendations' }, { li: rec }]);
    return v;
  };

  it('"will need X, and Y should …" is two recommendations', () => {
    const recs = extracted([{ h: 'Recommendations' }, 'Bethan will need a scribe for all written tests, and her homework should be set on coloured paper.']);
    expect(recs).toEqual(['Bethan will need a scribe for all written tests', 'her homework should be set on coloured paper.']);
  });

  it('a referral already made answers advice for one', () => {
    const v = one(['A pencil grip for written work.'], 'A referral to the continence service for advice on toileting.', ['Isla has been referred to the continence service.'], 'School nursing advice');
    expect([v.verdict, v.section]).toEqual(['carried', 'G']);
  });

  it('a review "in 4 months" says when, so is not vague', () => {
    const v = one(['A pencil grip for written work.'], 'Review in the neurology clinic in 4 months.', ['Isla will be reviewed in the neurology clinic in 4 months.'], 'Paediatric neurology clinic letter');
    expect(v.verdict).toBe('carried');
  });

  it('Portage teaches, so Portage visits in H2 are moved, whoever advises them', () => {
    const plan: Part[] = [
      { h: 'Section F: Special educational provision' }, { li: 'A key person at every session.' },
      { h: 'Section H2: Other social care provision' }, { li: 'A Portage home visitor will come to the family home once a fortnight.' },
      { h: 'Section I: Placement' }, 'Meadow Lane Nursery.',
    ];
    const report = analyse(buildDoc(plan, 'plan.txt'), { rubric, advice: [buildDoc(['Community paediatric clinic letter', 'Plan:', { li: 'Portage home visits once a fortnight.', marker: '1)' }], 'paed.txt')] });
    expect(report.advice!.map((a) => [a.verdict, a.provision?.section])).toEqual([['moved', 'H2']]);
  });

  it('an assistant following the therapist\'s named programme is who the advice asks for', () => {
    const v = one(['Tomasz will do 15 minutes of scissor skills practice with his teaching assistant each day, following the occupational therapist\'s programme.'], 'His teaching assistant to follow the OT scissor skills programme for 15 minutes each day.');
    expect(v.verdict).toBe('carried');
  });

  it('a session given to the staff is training, sized by its length and term', () => {
    const v = one(['Staff will be given training on attention strategies by the occupational therapist.'], 'A one-hour session for all staff on attention strategies, given by the OT in the summer term.');
    expect(v.verdict).toBe('diluted');
  });

  it('"may find a … helpful" is tentative, so vague', () => {
    const v = one(['A pencil grip for written work.'], 'Tomasz may find a weighted lap pad helpful now and then.');
    expect(v.verdict).toBe('adviceVague');
  });

  it('"practice" and "practised" name the same thing', () => {
    const v = one(['A pencil grip for written work.'], 'Skipping practice with a rope, 10 minutes four times a week, to build up the strength in his legs.', ['Skipping will be practised from time to time.'], 'Physiotherapy advice');
    expect([v.verdict, v.section]).toEqual(['diluted', 'G']);
  });

  it('a rule the plan keeps in its own future tense ("will not … without first …") is carried', () => {
    const v = one(['Dmitri will not be asked to answer questions in front of the class without first being told the question privately.'], 'Dmitri should not be asked to answer questions in front of the class unless he has been told the question privately beforehand.', [], 'Educational psychology advice');
    expect(v.verdict).toBe('carried');
  });
});

describe('more of advice set 13\'s kinds', () => {
  it('work accepted "in forms other than" writing is a specific arrangement: missing when the plan lacks it', () => {
    const [v] = adviceVerdicts(planWith(['A pencil grip for written work.']), ['Educational psychology advice', { h: 'Recommendations' }, { li: 'Her science write-ups should be accepted in formats other than prose, such as labelled diagrams.' }]);
    expect(v.verdict).toBe('missing');
  });

  it('speech and language therapy in G is moved though a paediatrician advises it with no other aim', () => {
    const plan = planWith(['A pencil grip for written work.'], ['Jude will have 8 weekly sessions of speech and language therapy at the health centre.']);
    const report = analyse(buildDoc(plan, 'plan.txt'), { rubric, advice: [buildDoc(['Community paediatric clinic letter', 'Plan:', { li: 'Speech and language therapy: a course of 8 weekly sessions at the health centre.', marker: '1)' }], 'paed.txt')] });
    expect(report.advice!.map((a) => [a.verdict, a.provision?.section])).toEqual([['moved', 'G']]);
  });
});

describe('assistant support counted in lessons', () => {
  it('is sized by the lessons, so not vague, and a plan giving it "in some lessons" dilutes it', () => {
    const [v] = adviceVerdicts(planWith(['A pencil grip for written work.', 'Nadia will have learning support assistant help in some lessons.']), ['School advice', { h: 'What does Nadia need next year?' }, { li: 'Learning support assistant help in maths and French lessons (4 lessons a week).' }]);
    expect([v.verdict, v.section]).toEqual(['diluted', 'F']);
  });

  it('the plan judge reads it as support with an amount', () => {
    const j = judgeProvision('A teaching assistant will support Nadia in 4 maths lessons a week.', rubric);
    expect(j.elements.activity).toBe(true);
  });
});

describe('the same amount in other words', () => {
  it('helps a paraphrase with a weaker provider find its statement: diluted, not missing', () => {
    const plan = planWith(['A numeracy catch-up group with a teaching assistant, twice a week for 40 minutes.', 'A pencil grip for written work.']);
    const advice: Part[] = ['Educational psychology advice', { h: 'Recommendations' }, { li: 'She should be taught 1:1 by a specialist maths teacher using a numeracy programme, in two 40-minute sessions each week.' }];
    const [v] = adviceVerdicts(plan, advice);
    expect([v.verdict, v.section]).toEqual(['diluted', 'F']);
  });

  it('but does not make an unrelated statement with that amount the answer', () => {
    const plan = planWith(['A swimming lesson at the leisure centre, twice a week for 40 minutes.', 'A pencil grip for written work.']);
    const advice: Part[] = ['Educational psychology advice', { h: 'Recommendations' }, { li: 'She should be taught 1:1 by a specialist maths teacher using a numeracy programme, in two 40-minute sessions each week.' }];
    const [v] = adviceVerdicts(plan, advice);
    expect(v.verdict).toBe('missing');
  });
});

describe('a statement that provides only a review', () => {
  const plan = planWith(['A pencil grip for written work.'], ["Mateo's epilepsy will be reviewed by the neurology team every six months."]);
  const letter = (rec: string): Part[] => ['Paediatric neurology clinic letter', 'Dear Dr Haldane,', rec, 'Yours sincerely,'];

  it('does not answer advice for a group about the same condition', () => {
    const [v] = adviceVerdicts(plan, letter('I would recommend that Mateo joins our "Living with epilepsy" group: four weekly sessions after school from March.'));
    expect(v.verdict).toBe('missing');
  });

  it('still answers advice for the review', () => {
    const [v] = adviceVerdicts(plan, letter('We will review his epilepsy in the neurology clinic every six months.'));
    expect([v.verdict, v.section]).toEqual(['carried', 'G']);
  });
});
