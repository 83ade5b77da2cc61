// General causes of wrong advice verdicts found by the fourteenth held-out set (h66-h70), each on
// wording written for this test: a table flattened to one cell a line, a pipe table under a sentence
// that recommends it, recommendations drawn inside a box, reviews at a stated point, a clinician's own
// follow-up in clinic, and a tentative referral.
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { ingest } from '../../services/ingest/src/index.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';

const fromText = async (lines: string[]) => {
  const doc = await ingest(Buffer.from(lines.join('\n')), { name: 'advice.txt' });
  return extractRecommendations(doc, undefined, rubric);
};

describe('a table flattened to one cell a line', () => {
  it('joins each row\'s cells, the column count read from the header\'s lines', async () => {
    const recs = await fromText([
      'Physiotherapy Service: summary for school', '',
      'Advice for school', '',
      'What', 'Frequency', 'Who', '',
      'Stretches for his calves and hamstrings on a mat', 'Ten minutes every morning', 'Trained teaching assistant', '',
      'A perching stool at the science bench', 'All practical lessons', 'Science department', '',
      'Closing comments', 'Please get in touch if his walking changes. I am happy to talk to his teachers.', '',
    ]);
    expect(recs.map((r) => r.text)).toEqual([
      'Stretches for his calves and hamstrings on a mat\tTen minutes every morning\tTrained teaching assistant',
      'A perching stool at the science bench\tAll practical lessons\tScience department',
    ]);
  });

  it('reads the column count from a lead-in that says what follows each item, with no header', async () => {
    const recs = await fromText([
      'Occupational therapy discharge note', '',
      'Recommendations', '',
      'Below, every item is followed by when it happens, how long and who runs it.', '',
      'Handwriting practice with a slanted board', 'Tuesdays and Thursdays', '15 minutes', 'Class teaching assistant', '',
      'Scissor skills with spring-loaded scissors', 'During art', 'Each lesson', 'Art teacher', '',
    ]);
    expect(recs.map((r) => r.text)).toEqual([
      'Handwriting practice with a slanted board\tTuesdays and Thursdays\t15 minutes\tClass teaching assistant',
      'Scissor skills with spring-loaded scissors\tDuring art\tEach lesson\tArt teacher',
    ]);
  });
});

describe('a pipe table under a sentence that recommends it', () => {
  it('gives each row as a recommendation, with the sentence\'s frequency as its context', async () => {
    const recs = await fromText([
      'Occupational therapy advice', '',
      'Regulation plan',
      'Bella settles best with a fixed routine. The plan below should be kept to on every school day.', '',
      'When | What | Who',
      '09:00 | Ten minutes of trampette jumping in the hall | Teaching assistant',
      '13:10 | Five minutes with a weighted blanket in the reading corner | Teaching assistant',
      '',
    ]);
    expect(recs.map((r) => r.text.replace(/\s*\t\s*/g, ' | '))).toEqual([
      '09:00 | Ten minutes of trampette jumping in the hall | Teaching assistant',
      '13:10 | Five minutes with a weighted blanket in the reading corner | Teaching assistant',
    ]);
    for (const r of recs) expect(r.context).toMatch(/every school day/);
  });
});

describe('recommendations inside a drawn box', () => {
  it('reads the lines inside box-drawing borders as a list, the borders left out', async () => {
    const recs = await fromText([
      'Teacher of the deaf report', '',
      'Summary',
      '┌──────────────────────────────────────────────┐',
      '│ RECOMMENDED PROVISION FOR SCHOOL              │',
      '├──────────────────────────────────────────────┤',
      '│ 1. A radio aid worn in every lesson and checked by her teaching assistant each morning before registration begins. │',
      '│ 2. Subtitles on all video clips shown in class. │',
      '└──────────────────────────────────────────────┘',
      '',
    ]);
    expect(recs.map((r) => r.text)).toEqual([
      'A radio aid worn in every lesson and checked by her teaching assistant each morning before registration begins.',
      'Subtitles on all video clips shown in class.',
    ]);
  });

  it('reads an ASCII box the same way, wrapped lines joined', async () => {
    const recs = await fromText([
      'Advisory teacher report', '',
      'Suggested provision',
      '+------------------------------------------+',
      '| a) A quiet workstation facing the wall   |',
      '|    for independent tasks.                |',
      '| b) A visual checklist for packing her    |',
      '|    bag at home time.                     |',
      '+------------------------------------------+',
      '',
    ]);
    expect(recs.map((r) => r.text)).toEqual([
      'A quiet workstation facing the wall for independent tasks.',
      'A visual checklist for packing her bag at home time.',
    ]);
  });
});

describe('a review by a professional at a stated point', () => {
  it.each([
    'The physiotherapist to check his walking programme at the close of every block of sessions and change his targets.',
    'The educational psychologist should meet his teachers after three terms to look again at his progress.',
    'The teacher of the deaf will review her listening targets once a term with her parents.',
  ])('is quantified enough, not advice vague (%s)', (rec) => {
    const [v] = adviceVerdicts(planWith(['Jude will be taught in a small group for literacy.']), [{ h: 'Recommendations' }, { li: rec }]);
    expect(v.verdict).not.toBe('adviceVague');
  });

  it('but a review with no point stated still is', () => {
    const [v] = adviceVerdicts(planWith(['Jude will be taught in a small group for literacy.']), [{ h: 'Recommendations' }, { li: 'The physiotherapist should review his walking programme.' }]);
    expect(v.verdict).toBe('adviceVague');
  });
});

describe('a clinician\'s own follow-up, and a referral only worth considering', () => {
  const letter = (closing: string) => [
    'Community Paediatric Clinic letter about Tobiah Ferreira-Quist.',
    'Tobiah should have a water bottle on his desk in every lesson.',
    closing,
    'Yours sincerely',
  ];

  it('"I will continue to see him in my clinic …" is not a recommendation the plan left out', () => {
    const verdicts = adviceVerdicts(planWith(['A water bottle will be kept on his desk in all lessons.']), letter('We will continue to review Tobiah at the epilepsy outpatient clinic twice a year.'));
    expect(verdicts.map((v) => v.text)).not.toContainEqual(expect.stringMatching(/outpatient clinic/));
  });

  it('but it is carried when the plan records it', () => {
    const verdicts = adviceVerdicts(
      planWith(['A water bottle will be kept on his desk in all lessons.'], ['Tobiah will be reviewed at the epilepsy outpatient clinic twice a year by the paediatric team.']),
      letter('We will continue to review Tobiah at the epilepsy outpatient clinic twice a year.'),
    );
    expect(verdicts.find((v) => /outpatient clinic/.test(v.text))?.verdict).toBe('carried');
  });

  it('"it might be worth exploring a referral to … if …" is a recommendation, and vague', () => {
    const verdicts = adviceVerdicts(planWith(['A water bottle will be kept on his desk in all lessons.']), letter('It might be worth exploring a referral to the continence service if the daytime wetting carries on.'));
    expect(verdicts.find((v) => /continence service/.test(v.text))?.verdict).toBe('adviceVague');
  });
});

describe('the plan saying the same thing in other words', () => {
  const plan = (f: string[], g: string[] = []) => planWith([...f, 'Ravi will use a writing slope for all written work.'], g);

  it('"sign key phrases in Makaton" answers "Makaton signs"', () => {
    const [v] = adviceVerdicts(plan(['Adults will sign key phrases in Makaton as they talk to him, all day.']), [{ h: 'Recommendations' }, { li: 'Makaton signs alongside speech from every adult, throughout the day.' }]);
    expect(v.verdict).not.toBe('missing');
  });

  it('portions and helpings are about his diet, and lunch is lunchtime; "in writing" is not teaching', () => {
    const [v] = adviceVerdicts(
      plan([], ['Midday supervisors will know about Ravi\'s dietary needs.']),
      ['Community dietetics letter.', { h: 'Recommendations' }, { li: 'At lunch Ravi should have a child-sized portion and no second helpings, and the kitchen should have this in writing.' }],
    );
    expect(v.verdict).toBe('diluted');
    expect(v.section).toBe('G');
  });

  it('a concept named in other words still shares its words ("new topic words" and "the words for new topics")', () => {
    const [v] = adviceVerdicts(plan(['Ravi will be helped to learn the words for new topics.']), [{ h: 'Recommendations' }, { li: 'New topic words pre-taught with pictures before each unit, 10 minutes twice a week.' }]);
    expect(v.verdict).toBe('diluted');
  });
});

describe('staff training against the plan\'s only statement that trains staff', () => {
  it('is answered by it, however the two name what the training is about', () => {
    const verdicts = adviceVerdicts(
      planWith(['Teachers will be made aware of his stammer.', 'Ravi will have a writing slope for all written work.']),
      [{ h: 'Recommendations' }, { li: 'A 90-minute twilight training session on dysfluency from the speech and language therapist for all the staff who work with him, in the autumn term.' }],
    );
    expect(verdicts[0].verdict).toBe('diluted');
  });

  it('but not by a statement about one trained person who delivers something else', () => {
    const verdicts = adviceVerdicts(
      planWith(['A weekly 30-minute social skills group run by a teaching assistant who has completed Socially Speaking training.']),
      [{ h: 'Recommendations' }, { li: 'All staff who teach Ravi should attend a half-day course on dysfluency this term.' }],
    );
    expect(verdicts[0].verdict).toBe('missing');
  });
});

describe('a way of working the plan gives to every adult, all through the day', () => {
  it('carries advice naming the class teacher and assistants, every school day', () => {
    const [v] = adviceVerdicts(
      planWith(['Every adult in his class will give him instructions one step at a time, all through the school day.']),
      [{ h: 'Recommendations' }, { li: 'Instructions given one step at a time by the class teacher and teaching assistants, every school day.' }],
    );
    expect(v.verdict).toBe('carried');
  });

  it('but not when the plan names no one and no time', () => {
    const [v] = adviceVerdicts(
      planWith(['Instructions will be given one step at a time.']),
      [{ h: 'Recommendations' }, { li: 'Instructions given one step at a time by the class teacher and teaching assistants, every school day.' }],
    );
    expect(v.verdict).toBe('diluted');
  });
});

describe('equipment for a part of the class\'s day', () => {
  it('is carried by a plan that names that part of the day first ("For circle time …")', () => {
    const [v] = adviceVerdicts(
      planWith(['For circle time and group work Ravi will sit on a foam wedge cushion.']),
      [{ h: 'Recommendations' }, { li: 'A foam wedge cushion on his chair all day, for circle time and group work.' }],
    );
    expect(v.verdict).toBe('carried');
  });
});

describe('travel training put in H2', () => {
  it('is moved: it teaches the child, so it is educational provision (the rubric\'s educates rule)', () => {
    const verdicts = adviceVerdicts(
      [
        { h: 'Section F: Special educational provision' },
        { li: 'A weekly 30-minute social skills group with a teaching assistant.' },
        { h: 'Section H2: Other social care provision' },
        { li: 'Independent travel training from the county travel training service, three sessions a week for four weeks.' },
        { h: 'Section I: Placement' },
        'Oakfield College.',
      ],
      ['Social care assessment.', { h: 'Services recommended' }, { li: 'Independent travel training from the county travel training service, three sessions a week for four weeks.' }],
    );
    expect(verdicts[0].verdict).toBe('moved');
  });
});

describe('a social worker\'s analysis before the services recommended', () => {
  it('describes needs; its "needs regular breaks" is not a recommendation', async () => {
    const recs = await fromText([
      'Child and Family Assessment', '',
      '4. Analysis',
      'Priya is a child in need because of her disability. Her father needs regular breaks from caring at weekends, and she needs friendships outside school.', '',
      '5. Services recommended',
      '5.1 A short-break club for disabled children every Saturday in term time, 10am to 2pm, with 1:1 support.', '',
    ]);
    expect(recs.map((r) => r.text)).toEqual(['A short-break club for disabled children every Saturday in term time, 10am to 2pm, with 1:1 support.']);
  });
});

describe('an assessment advised against the plan\'s only review', () => {
  it('is answered, and diluted, by "her progress will be monitored closely"', () => {
    const [v] = adviceVerdicts(
      planWith(['Hattie will have a writing slope for all written work.', 'Hattie\'s progress will be monitored closely.']),
      [{ h: 'Recommendations' }, { li: 'Her number skills should be assessed on a standardised maths test every half term by the class teacher.' }],
    );
    expect(v.verdict).toBe('diluted');
  });
});

describe('a visual support named by its kind', () => {
  it('"a first-then board" is answered, and diluted, by "visual supports where appropriate"', () => {
    const [v] = adviceVerdicts(
      planWith(['Owen will have a writing slope for all written work.', 'Visual supports will be used where appropriate.']),
      [{ h: 'Recommendations' }, { li: 'A first-then board on his table in every lesson.' }],
    );
    expect(v.verdict).toBe('diluted');
  });

  it('and a plan naming the board in full carries it, leaving nothing out', () => {
    const [v] = adviceVerdicts(
      planWith(['A first and then board and a visual timetable will be on his table in every lesson, kept by his teaching assistant.']),
      [{ h: 'Recommendations' }, { li: 'Adults should use a first and then board in every lesson.' }],
    );
    expect(v.detail).not.toMatch(/leaves out/);
  });
});
