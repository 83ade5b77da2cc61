// General causes of wrong advice extraction found by the twenty-fourth held-out set (h116-h120),
// each on wording written for this test (no sentence from a held-out set).
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';

const fromParts = (parts: Part[]) => extractRecommendations(buildDoc(parts, 'advice.txt'), undefined, rubric).map((r) => r.text);

describe('a table whose header names a column "Advice" ("No. | Advice | Priority | Timescale")', () => {
  it('reads each row as a recommendation, under a heading that does not say it recommends', () => {
    const texts = fromParts([
      { h: 'Our advice and its order' },
      'The table lists what we advise, most urgent first. Urgent items should start after half term.',
      { table: [
        ['No.', 'Advice', 'Priority', 'Timescale'],
        ['1', 'A now-and-next board on Lila\'s desk, used by her assistant at every change of lesson', 'Urgent', 'From March'],
        ['2', 'Get to know what Lila enjoys', 'Later', 'Ongoing'],
      ] },
    ]);
    expect(texts).toEqual([
      'A now-and-next board on Lila\'s desk, used by her assistant at every change of lesson\tUrgent\tFrom March',
      'Get to know what Lila enjoys\tLater\tOngoing',
    ]);
  });
  it('does not read a table of results with no advice column', () => {
    const texts = fromParts([
      { h: 'Scores' },
      { table: [['Test', 'Score', 'Range'], ['Word reading', '74', 'Low'], ['Spelling', '70', 'Low']] },
    ]);
    expect(texts).toEqual([]);
  });
});

describe('a two-column specification under a "Specification" heading', () => {
  it('reads each row (label | what to provide) as a recommendation', () => {
    const texts = fromParts([
      { h: 'Access specification' },
      { table: [
        ['Worksheets', 'Enlarged to Verdana 20 point on buff paper, never photocopied up to A3'],
        ['Homework', 'Sent home on a memory stick as well as on paper'],
      ] },
    ]);
    expect(texts).toEqual([
      'Worksheets\tEnlarged to Verdana 20 point on buff paper, never photocopied up to A3',
      'Homework\tSent home on a memory stick as well as on paper',
    ]);
  });
});

describe('a labelled line of a letter ("Diagnosis: …") is a field, not a heading', () => {
  it('does not make the lettered plan below it background', () => {
    const texts = fromParts([
      'Diagnosis: Separation anxiety',
      'Medication: None',
      'Plan:',
      { li: 'I would suggest that school gives Nia a named adult to meet her at the gate each morning.', marker: 'a)' },
      { li: 'I would suggest a weekly 30-minute session with the school counsellor.', marker: 'b)' },
    ]);
    expect(texts).toEqual([
      'I would suggest that school gives Nia a named adult to meet her at the gate each morning.',
      'I would suggest a weekly 30-minute session with the school counsellor.',
    ]);
  });
});

describe('a checklist of tick boxes ("[ ] …")', () => {
  const cases: [string, string | null][] = [
    ['[ ] On the climbing frame, no higher than the second rung.', 'On the climbing frame, no higher than the second rung.'],
    ['[x] Two adults trained to use the inhaler spacer.', 'Two adults trained to use the inhaler spacer.'],
    ['☐ A fan on his desk in the summer term.', 'A fan on his desk in the summer term.'],
    // Filling in the form itself.
    ['Please tick each box once it is done and send the sheet back.', null],
  ];
  for (const [line, found] of cases) {
    it(`${found ? 'reads' : 'skips'}: ${line}`, () => {
      const texts = fromParts([{ h: 'What school needs to have ready' }, line]);
      expect(texts).toEqual(found ? [found] : []);
    });
  }
});

describe('an inline enumeration inside one sentence ("… these: (1) …; (2) …; and (3) …")', () => {
  it('gives each item as a recommendation, without its number, the lead-in or the joining "and"', () => {
    const texts = fromParts([
      { h: 'Recommendations' },
      'What I advise is this: (1) Omar should have a spelling programme for 10 minutes a day with his assistant; (2) his teacher should give him a word mat in every writing lesson; and (3) homework should be cut to two pieces a week.',
    ]);
    expect(texts).toEqual([
      'Omar should have a spelling programme for 10 minutes a day with his assistant',
      'his teacher should give him a word mat in every writing lesson',
      'homework should be cut to two pieces a week',
    ]);
  });
  it('leaves a single bracketed number inside a sentence alone', () => {
    const texts = fromParts([{ h: 'Recommendations' }, 'I would also suggest (4) a weekly 20-minute reading session with a volunteer.']);
    expect(texts).toEqual(['I would also suggest (4) a weekly 20-minute reading session with a volunteer.']);
  });
});

describe("the author's own next step, done once", () => {
  const cases: [string, boolean][] = [
    ['I will run the allergy training for staff in school on 4 February 2027.', false],
    ['We will check the fit of the splints in May and will apply for a new chair in June 2027.', false],
    ['I will see Leon again at his next annual review.', false],
    ['I will update this checklist in September.', false],
    ['I will write again after the clinic.', false],
    // A regular one is provision the plan may carry.
    ['I will visit school every half term to review the programme.', true],
  ];
  for (const [line, found] of cases) {
    it(`${found ? 'reads' : 'skips'}: ${line}`, () => {
      const texts = fromParts([{ h: 'Recommendations' }, line]);
      expect(texts.length).toBe(found ? 1 : 0);
    });
  }
});

describe('a short line over a paragraph ("Staff and training") and an instruction after a condition', () => {
  it('does not read the short line as a recommendation', () => {
    const texts = fromParts([
      { h: 'Recommendations' },
      'Staff and training',
      'It is essential that two teaching assistants have a day of training in the signing system by Easter.',
    ]);
    expect(texts).toEqual(['It is essential that two teaching assistants have a day of training in the signing system by Easter.']);
  });
  it('reads "If …, <imperative>" as a recommendation, not the fact before it', () => {
    const texts = fromParts([
      { h: 'Recommendations' },
      'Daydreaming',
      'Short lapses are easy to miss. If Ruby stops writing mid-sentence, remind her where she was; do not tell her off.',
    ]);
    expect(texts).toEqual(['If Ruby stops writing mid-sentence, remind her where she was; do not tell her off.']);
  });
});

describe('advice sized by an occasion, a spread course, a rule on lessons or a group held at its own times is not vague', () => {
  const cases: [string, string][] = [
    ['After a hypo day, a 15-minute catch-up with her assistant the next morning.', 'After a hypo day, Keira will have a 15-minute catch-up with her assistant the next morning.'],
    ['If Keira seems to drift off, repeat the question and point to the board.', 'If Keira seems to drift off, adults will repeat the question and point to the board.'],
    ['The SLT should give Keira 4 sessions of direct therapy, one each term, in school.', 'Keira will have 4 sessions of direct therapy from the SLT, one each term, in school.'],
    ['Keira should go to the young carers club once a fortnight on Wednesday evenings.', 'Keira will go to the young carers club once a fortnight on Wednesday evenings.'],
    ['Keira should be taught maths and science in a group of no more than 6 pupils.', 'Keira will be taught maths and science in a group of no more than 6 pupils.'],
  ];
  for (const [advice, plan] of cases) {
    it(`judges the advice itself specific: ${advice}`, () => {
      const [v] = adviceVerdicts(planWith([plan]), [{ h: 'Recommendations' }, advice]);
      expect(v.verdict).not.toBe('adviceVague');
    });
  }
  it('still finds a strategy with no occasion, amount or rule vague', () => {
    const [v] = adviceVerdicts(planWith(['Keira will have a reading group.']), [{ h: 'Recommendations' }, 'Staff should be mindful of Keira\'s anxiety.']);
    expect(v.verdict).toBe('adviceVague');
  });
});

describe('advice used on an occasion, and a plan that names the occasion too', () => {
  it('is carried where the plan adds "as needed" to the same occasion', () => {
    const [v] = adviceVerdicts(
      planWith(['A calm corner: when she is anxious Lottie can go to the library corner, which will always be where she goes. (Frequency: as needed)']),
      [{ h: 'Recommendations' }, 'Lottie needs access to a quiet corner when she is anxious, and it should always be the same corner (the library corner).'],
    );
    expect(v.verdict).toBe('carried');
  });
  it('is carried where the plan says on what occasion the space is used', () => {
    const [v] = adviceVerdicts(
      planWith(['When Lottie shows her red card, or starts to rock, she can go to the den in the nurture room.']),
      [{ h: 'Recommendations' }, 'Lottie needs access to a small, dim space (the nurture room den) whenever she shows her red card; staff should not ask her why.'],
    );
    expect(v.verdict).toBe('carried');
  });
  it('is still diluted where the plan gives the space "as needed" with no occasion', () => {
    const [v] = adviceVerdicts(
      planWith(['Lottie can use a quiet space as needed.']),
      [{ h: 'Recommendations' }, 'Lottie needs access to a quiet corner when she is anxious, and it should always be the same corner (the library corner).'],
    );
    expect(v.verdict).toBe('diluted');
  });
});

describe('a need put as a quantity of care, and an "up to" bounded by its occasion', () => {
  it('finds "… needs plenty of praise" under a heading of what the child needs, as vague advice', () => {
    const [v] = adviceVerdicts(planWith(['Idris will have a reading group three times a week.']), [{ h: 'What Idris needs from school' }, 'Idris needs plenty of praise.']);
    expect(v?.verdict).toBe('adviceVague');
  });
  it('does not find "up to" open in a rest after an event of the condition', () => {
    const [v] = adviceVerdicts(
      planWith([], ['After a hypo Idris will rest in the office with an adult for up to 30 minutes.']),
      [{ h: 'Recommendations' }, 'A rest of up to 30 minutes in the office after a hypo, with an adult.'],
    );
    expect(v.verdict).not.toBe('adviceVague');
  });
  it('still finds an unnamed adult for a state of the child vague', () => {
    const [v] = adviceVerdicts(planWith(['Idris will have a reading group three times a week.']), [{ h: 'Recommendations' }, 'Idris would benefit from a trusted adult he can go to when he feels overwhelmed.']);
    expect(v.verdict).toBe('adviceVague');
  });
});

describe('a check-in with an adult of the school, and a counted number of visits', () => {
  it('finds a weekly check-in with a form tutor, advised in a health letter, moved when the plan has it only in H2', () => {
    const report = adviceVerdicts(
      [
        { h: 'Section F: Special educational provision' },
        { li: 'Zara will have a laptop in every lesson.' },
        { h: 'Section G: Health provision' },
        'None.',
        { h: 'Section H2: Other social care provision' },
        { li: 'Zara will have a weekly 15-minute check-in with her form tutor on Friday afternoons, to look back over the week.' },
        { h: 'Section I: Placement' },
        'Brook Street Academy.',
      ],
      ['Riverside Child and Adolescent Mental Health Service', { h: 'Plan' }, 'Zara should have a weekly 15-minute check-in with her form tutor on Friday afternoons, to look back over the week.'],
    );
    expect(report[0].verdict).toBe('moved');
  });
  it('finds "at least 3 extra visits" diluted where the plan gives no number but a year group and a year', () => {
    const [v] = adviceVerdicts(
      planWith(['Zara will be supported with her move to Year 7 at Hill Academy in the summer term 2027.']),
      [{ h: 'Recommendations' }, 'Zara should be supported with her move to Hill Academy, with at least 3 extra visits in the summer term 2027 with her key adult.'],
    );
    expect(v.verdict).toBe('diluted');
  });
});

describe('a key adult named as who delivers', () => {
  it('answers advice for a teaching assistant who is the key adult', () => {
    const [v] = adviceVerdicts(
      planWith(['Word reading practice, 1:1 with her key adult, daily for 10 minutes.']),
      [{ h: 'Recommendations' }, { table: [['Action', 'Who'], ['Word reading practice, 10 minutes every day, with her key adult', 'Key adult (Mr Bell, TA)']] }],
    );
    expect(v.verdict).toBe('carried');
  });
});

describe('a sentence about the activities of a routine just recommended', () => {
  it('goes on with that recommendation, not one of its own', () => {
    const texts = fromParts([
      { h: 'Movement plan' },
      'I would suggest that Tomas follows the movement plan below each morning, with his assistant, at the times shown. The activities can be changed for others on the card, but the times should not change.',
    ]);
    expect(texts).toEqual(['I would suggest that Tomas follows the movement plan below each morning, with his assistant, at the times shown. The activities can be changed for others on the card, but the times should not change.']);
  });
});

describe('a specification of materials by print size', () => {
  it('is not vague: the print size is the amount', () => {
    const [v] = adviceVerdicts(
      planWith(['Maps will be redrawn simply, with thick outlines and labels in N18.']),
      [{ h: 'Access specification' }, { table: [['Maps', 'Redrawn simply, with thick outlines and labels in N18']] }],
    );
    expect(v.verdict).not.toBe('adviceVague');
  });
});

describe('print made larger without a size in the plan', () => {
  it('finds "access to enlarged print" diluted against a stated print size', () => {
    const [v] = adviceVerdicts(
      planWith(['Ana will have access to enlarged print in all lessons.']),
      [{ h: 'Access specification' }, { table: [['Print', 'All printed work enlarged to Verdana 20 point bold, on buff paper']] }],
    );
    expect(v.verdict).toBe('diluted');
  });
});
