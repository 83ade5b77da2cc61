// General causes of wrong advice extraction and verdicts found by the twenty-third held-out set
// (h111-h115), each on wording written for this test (no sentence from a held-out set).
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';

const fromParts = (parts: Part[]) => extractRecommendations(buildDoc(parts, 'advice.txt'), undefined, rubric).map((r) => r.text);

describe('steps put to the staff ("Staff to …") under a heading that does not say it recommends', () => {
  const cases: [string, boolean][] = [
    ['Staff to walk beside Noor on the stairs between lessons.', true],
    ['Staff to be patient with Noor on bad days.', true],
    ['All staff to read the care plan before the first week of term.', true],
    // Said of what staff did, not what they are to do.
    ['Staff had to carry him on the stairs last year.', false],
  ];
  for (const [line, found] of cases) {
    it(`${found ? 'finds' : 'skips'}: ${line}`, () => {
      const texts = fromParts([{ h: 'When she is unwell' }, { li: line }]);
      expect(texts.length).toBe(found ? 1 : 0);
    });
  }
});

describe('a recommendation made again ("As previously recommended in my report of …")', () => {
  it('is a recommendation of this report; history told in the past is not', () => {
    const texts = fromParts([
      { h: 'Recommendations' },
      'As previously recommended in my report of June 2024, Ben should have a writing slope on his desk in every lesson.',
      'I previously recommended a wobble cushion, which school bought.',
    ]);
    expect(texts).toEqual(['As previously recommended in my report of June 2024, Ben should have a writing slope on his desk in every lesson.']);
  });
});

describe('an equipment list and a pacing plan, under headings that do not say they recommend', () => {
  it('reads each row of an "Item | … | Supplied by" table as provision', () => {
    const texts = fromParts([
      { h: 'Equipment' },
      { table: [
        ['Item', 'Room', 'Supplied by'],
        ['Tilting chair with a harness', 'Classroom', 'Wheelchair Service'],
        ['Standing frame', 'Hall', 'School'],
      ] },
    ]);
    expect(texts).toEqual(['Tilting chair with a harness\tClassroom\tWheelchair Service', 'Standing frame\tHall\tSchool']);
  });
  it('reads each row of an "Activity | Starting amount | Build up by" table as provision', () => {
    const texts = fromParts([
      { h: 'Building up' },
      { table: [
        ['Activity', 'Starting amount', 'Build up by'],
        ['Walking at break instead of sitting', '5 minutes each break', '2 minutes a week'],
      ] },
    ]);
    expect(texts).toEqual(['Walking at break instead of sitting\t5 minutes each break\t2 minutes a week']);
  });
  it('does not read a table of results as provision', () => {
    const texts = fromParts([
      { h: 'Assessment results' },
      { table: [
        ['Activity', 'Amount', 'Comment'],
        ['Hopping', '3 hops', 'Lost balance'],
      ] },
    ]);
    expect(texts).toEqual([]);
  });
});

describe('a range is an amount: a plan amount inside it is carried, the same range in words or digits adds no hedge', () => {
  const cases: [string, string, string][] = [
    // advice, plan statement, verdict
    ['Milo should have a social skills group 2-3 times a week, 20-30 minutes each time, with a teaching assistant.',
      'Milo will have a social skills group with a teaching assistant, twice a week for 25 minutes.', 'carried'],
    ['Milo should have a social skills group 2-3 times a week, 20-30 minutes each time, with a teaching assistant.',
      'Milo will have a social skills group with a teaching assistant, once a week for 25 minutes.', 'diluted'],
    ['A specialist teacher should visit school three to four times a term, for 30-45 minutes, to model phonics teaching for his teaching assistant.',
      'A specialist teacher will visit school 3-4 times a term, for 30 to 45 minutes, to model phonics teaching for his teaching assistant.', 'carried'],
  ];
  for (const [advice, plan, verdict] of cases) {
    it(`${verdict}: ${plan.slice(0, 70)}`, () => {
      const got = adviceVerdicts(planWith([plan]), [{ h: 'Recommendations' }, advice]);
      expect(got.map((g) => g.verdict)).toEqual([verdict]);
    });
  }
});

describe("a sensory teacher's visits in G", () => {
  it('are educational provision, though they check the hearing aids: moved', () => {
    const got = adviceVerdicts(planWith(['Zac will have his radio aid in every lesson.'], ['A Teacher of the Deaf will visit school twice a term for an hour to check his hearing aids and advise his teachers.']), [
      { h: 'Audiology recommendations' },
      'A Teacher of the Deaf should visit school twice a term for an hour to check his hearing aids and advise his teachers.',
    ]);
    expect(got.map((g) => g.verdict)).toEqual(['moved']);
  });
});

describe('leave the plan gives a child after a coded label, for advice that asks staff to let the child', () => {
  it('reads "F-SEMH-2 Lena will … and may …" as the leave "Staff to let Lena …" asks for', () => {
    const got = adviceVerdicts(['Name: Lena Okafor', ...planWith(['F-SEMH-2 Lena will go to the library at lunchtime, with a pass, and may take a friend with her.'])], [
      { h: 'On a hard day' },
      { li: 'Staff to let Lena go to the library at lunchtime, with a pass and a friend.' },
    ]);
    expect(got.map((g) => g.verdict)).toEqual(['carried']);
  });
});

describe('an occasion named at the start of the plan statement ("Every transfer …", "Every journey …")', () => {
  it('says when the equipment is used, as "for every transfer" does in the advice', () => {
    const got = adviceVerdicts(planWith(['Every journey between the classroom and the hall will be made by two adults with the wheelchair.']), [
      { h: 'Moving around school' },
      { li: 'Staff to use two adults for every journey between the classroom and the hall, using the wheelchair.' },
    ]);
    expect(got.map((g) => g.verdict)).toEqual(['carried']);
  });
});

describe('a phased plan: a sentence with its amount over a schedule table headed by the step ("Phase | …")', () => {
  it('is one recommendation, the sentence; the rows are its amount', () => {
    const texts = fromParts([
      { h: 'Going back to school' },
      'Amira should return to lessons gradually over four weeks, as set out in the table below, starting with 3 afternoons a week.',
      { table: [
        ['Phase', 'In lessons', 'In the hub'],
        ['1', 'Three afternoons', 'Mornings'],
        ['2', 'Every afternoon', 'Mornings'],
      ] },
    ]);
    expect(texts).toEqual(['Amira should return to lessons gradually over four weeks, as set out in the table below, starting with 3 afternoons a week.']);
  });
  it('still reads the rows of a table a lead-in only points at ("The timetable below should be followed")', () => {
    const texts = fromParts([
      { h: 'Daily routine' },
      'The timetable below should be followed every school day.',
      { table: [
        ['Time', 'What', 'Who'],
        ['8.50am', 'Check in with her key adult for 10 minutes', 'Key adult'],
        ['12.30pm', 'Lunch club in the library', 'Lunchtime supervisor'],
      ] },
    ]);
    expect(texts.length).toBe(2);
  });
});
