// A weekly timetable's line or row opens with its day ("Tuesday<TAB>1.00pm – 2.30pm<TAB>…"): the day is
// how often (every week), the clock times how long. A date that names its weekday is no frequency.
// Invented lines.
import { describe, expect, it } from 'vitest';
import { judgeProvision } from '../../services/analyser/src/provision.ts';
import { loadRubric } from '../../services/analyser/src/rubric.ts';

const rubric = loadRubric();

describe('timetable lines', () => {
  const weekly: string[] = [
    'Tuesday\t1.00pm – 2.30pm\tSwimming with a 1:1 teaching assistant in the local pool',
    // DOCX and PDF give the tabs as spaces.
    'Friday 10am – 11.30am Forest school in a group of no more than 6, led by the forest school leader',
    'Thursdays\t9am – 12pm\tCollege link course with a learning support assistant',
  ];
  it.each(weekly)('%s: weekly, with a length', (line) => {
    const j = judgeProvision(line, rubric, '');
    expect(j.elements.frequency).toBe(true);
    expect(j.elements.duration).toBe(true);
    expect(j.specific).toBe(true);
  });

  it('a day with no time: how often, but not how long', () => {
    const j = judgeProvision('Wednesday\t\tWork experience day: support from a job coach as needed', rubric, '');
    expect(j.elements.frequency).toBe(true);
    expect(j.elements.duration).toBe(false);
    expect(j.specific).toBe(false);
  });

  it('a date is not a day of every week', () => {
    const j = judgeProvision('Monday 2 March 2027: a transition visit to the new school with his key worker', rubric, '');
    expect(j.elements.frequency).toBe(false);
  });
});
