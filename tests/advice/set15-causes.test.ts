// General causes of wrong advice verdicts found by the fifteenth held-out set (h71-h75), each on
// wording written for this test: requests passed on through the parents in the second person.
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { judgeRecommendation } from '../../services/analyser/src/advice/verdict.ts';
import { ingest } from '../../services/ingest/src/index.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';

const fromText = async (lines: string[]) => {
  const doc = await ingest(Buffer.from(lines.join('\n')), { name: 'advice.txt' });
  return extractRecommendations(doc, undefined, rubric);
};

describe('requests passed on through the parents, in the second person', () => {
  const letter = [
    'Community Paediatric Service', '',
    'Dear Ms Okafor,', '',
    'You asked me what you could ask the nursery to do for Femi. Here are my thoughts.', '',
    'You might ask whether Femi can have a visual timetable of the morning on the wall by his peg, changed each day.', '',
    'When it comes to assemblies, please ask that he sits at the end of a row near the door.', '',
    'You may wish to ask that his key worker spends 15 minutes with him on turn-taking games three times a week.', '',
    'It would also help if the setting told you by Thursday of any trips planned for the next week.', '',
    'I would suggest you ask for a named adult to meet him at the gate every morning.', '',
    'I think Femi would do better with more patience from the adults around him.', '',
    'Yours sincerely,',
  ];

  it('reads each request as a recommendation, and not the sentence that introduces them', async () => {
    const texts = (await fromText(letter)).map((r) => r.text);
    expect(texts).toEqual([
      'You might ask whether Femi can have a visual timetable of the morning on the wall by his peg, changed each day.',
      'When it comes to assemblies, please ask that he sits at the end of a row near the door.',
      'You may wish to ask that his key worker spends 15 minutes with him on turn-taking games three times a week.',
      'It would also help if the setting told you by Thursday of any trips planned for the next week.',
      'I would suggest you ask for a named adult to meet him at the gate every morning.',
      'I think Femi would do better with more patience from the adults around him.',
    ]);
  });

  it('does not read asking through the parents as a hedge', async () => {
    const recs = await fromText(letter);
    const why = (start: string) => judgeRecommendation(recs.find((r) => r.text.startsWith(start))!, rubric).vagueBecause;
    expect(why('You may wish to ask that his key worker')).toBeNull();
    expect(why('You might ask whether Femi')).toBeNull();
    expect(why('I would suggest you ask for a named adult')).toBeNull();
  });
});

describe('lettered topic lines with detail sub-bullets', () => {
  const report = [
    'Physiotherapy report', '',
    'Recommendations', '',
    '(a) Balance and stamina',
    '    - Amira should do her standing frame routine for 20 minutes each morning with a trained assistant.',
    '    - She should have a rest break halfway through each PE lesson.', '',
    '(b) A lunchtime walking club led by the learning mentor:',
    '    - three times a week, 15 minutes each time;',
    '    - up to four pupils in the club;',
    '    - the route takes in the ramp and the steps by the hall.', '',
    '(c) Getting about school',
    '    - A lift pass for moving between floors.', '',
  ];

  it('reads a bare topic line as a heading, and detail bullets as part of the line they qualify', async () => {
    const texts = (await fromText(report)).map((r) => r.text);
    expect(texts).toEqual([
      'Amira should do her standing frame routine for 20 minutes each morning with a trained assistant.',
      'She should have a rest break halfway through each PE lesson.',
      'A lunchtime walking club led by the learning mentor three times a week, 15 minutes each time; up to four pupils in the club; the route takes in the ramp and the steps by the hall.',
      'A lift pass for moving between floors.',
    ]);
  });

  it('keeps lower-case bullets that each name a thing to do as recommendations of their own', async () => {
    const texts = (await fromText([
      'Advice for school', '',
      'Recommendations', '',
      '1. In every lesson staff should:',
      '    - use a visual timer for tasks, three times a lesson;',
      '    - give a five-minute warning before each change.', '',
    ])).map((r) => r.text);
    expect(texts).toEqual(['use a visual timer for tasks, three times a lesson;', 'give a five-minute warning before each change.']);
  });
});

describe("a form's field lines and lead-ins about a table or list", () => {
  it('does not read the fields of a care plan as recommendations', async () => {
    const texts = (await fromText([
      'Community Nursing Team', 'Asthma care plan for school', '',
      'Name: Jonah Whitlock', 'Date: 4 March 2026', 'Prepared by: Children\'s Community Nurse', '',
      'Inhaler: salbutamol, two puffs before exercise.', 'Allergies: house dust mite, grass pollen.', '',
      'Arrangements in school',
      '- His reliever inhaler to be kept in his classroom and taken to every PE lesson.',
      '- Two members of staff trained in using a spacer, renewed every year.',
    ])).map((r) => r.text);
    expect(texts).toEqual([
      'His reliever inhaler to be kept in his classroom and taken to every PE lesson.',
      'Two members of staff trained in using a spacer, renewed every year.',
    ]);
  });

  it('does not read a sentence that introduces a list or says what a column is as a recommendation', async () => {
    const texts = (await fromText([
      'Occupational therapy advice', '',
      'Goals and approaches',
      'The approach next to every goal is how her teachers should work towards it.', '',
      'Goal | Approach',
      'Maya will button her coat | A buttoning board for five minutes every day with an assistant',
      'Maya will cut along a line | Spring-loaded scissors in every art lesson', '',
      'Provision',
      'To reach these goals Maya should have the following.',
      '- A weekly 30-minute fine motor group led by a teaching assistant.',
    ])).map((r) => r.text);
    expect(texts.some((t) => /next to every goal|the following/.test(t))).toBe(false);
    expect(texts).toContain('A weekly 30-minute fine motor group led by a teaching assistant.');
  });
});

describe("a limit on the child's time away", () => {
  const judged = async (line: string) => {
    const [rec] = await fromText(['Advice for school', '', 'Recommendations', '', `- ${line}`]);
    return judgeRecommendation(rec, rubric).vagueBecause;
  };

  it('reads "up to" on a rest or leave from a lesson as a limit, not as an open amount', async () => {
    expect(await judged('A break pass that lets Omar leave the classroom for up to 5 minutes, at most three times a day.')).toBeNull();
    expect(await judged('After an asthma attack, Omar to rest in the office for up to 20 minutes with an adult before going back to class.')).toBeNull();
  });

  it('still reads "up to" on the amount of provision as open', async () => {
    expect(await judged('Up to 40 minutes a week of mentoring with the learning mentor.')).not.toBeNull();
  });

  it('matches time out of lessons however it is worded', () => {
    const out = adviceVerdicts(planWith(['Omar can take time out from class when he asks for it.', 'A reading group three times a week.']), [
      { h: 'Recommendations' },
      { li: 'An exit pass so that Omar can go to the library for up to 5 minutes, no more than twice in a morning.' },
    ]);
    expect(out[0].verdict).toBe('diluted');
  });
});

describe('a passive instruction to tell the parents', () => {
  it('reads "parents told the same day" as what to do, and "parents told me" as background', async () => {
    const texts = (await fromText([
      'Diabetes nurse advice', '',
      'Care plan for school',
      '- Each hypo written in the blood glucose diary and parents told by text at home time.',
      '- His parents told me he often skips breakfast before PE.',
    ])).map((r) => r.text);
    expect(texts).toEqual(['Each hypo written in the blood glucose diary and parents told by text at home time.']);
  });
});

describe("an educational psychologist's work asked for in a health service's letter", () => {
  it('is educational provision, so in G it is moved', () => {
    const out = adviceVerdicts(planWith(['A reading group three times a week.'], ["The school's educational psychologist will observe Leon in class and advise his teachers each term."]), [
      'Community Mental Health Service',
      { h: 'Recommendations' },
      { li: 'Leon should be observed in class by an educational psychologist, who advises his teachers, once a term.' },
    ]);
    expect(out[0].verdict).toBe('moved');
  });
});
