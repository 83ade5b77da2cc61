// One count reader (quantities.ts countsIn): a rate in its period for the judges and advice, and the
// count of a course for the comparison, from one grammar.
import { describe, expect, it } from 'vitest';
import { countsIn, findAmount, minutesPerWeek, sessionMinutes, timesPerWeek } from '../../services/analyser/src/quantities.ts';

describe('countsIn', () => {
  const cases: [string, number, number | null][] = [
    // A counted thing with a period word between is a course run once a period.
    ['eight fortnightly music sessions with Ms Adeyemi', 1, 8],
    ['drama club three times each week', 3, 3],
    // A count word wins over a counted thing for the rate: the course is the first count written.
    ['12 hydrotherapy sessions, once a week, at the leisure centre', 1, 12],
    ['3 riding lessons every week at Hollybrook stables', 3, 3],
    ['respite at Fernhill: two nights a month', 2, 2],
    ['five movement breaks a day, led by his key worker', 5, 5],
    // The length's number is no count.
    ['2 x 45 minutes of guided reading', 2, 2],
    ['forty minutes of sensory circuits', 1, null],
  ];
  it.each(cases)('%s: %d a period, course %s', (text, perPeriod, course) => {
    const c = countsIn(text);
    expect(c.perPeriod).toBe(perPeriod);
    expect(c.course?.n ?? null).toBe(course);
  });

  it('says where the course count stands', () => {
    const text = 'Swimming: 10 sessions at Westgate pool';
    const c = countsIn(text).course!;
    expect(text.slice(c.index, c.index + c.length)).toBe('10 sessions');
  });

  it('feeds the rate readers', () => {
    // Six weekly sessions of 30 minutes are 30 minutes a week, not 180.
    expect(minutesPerWeek('six weekly 30-minute sessions of lego therapy')).toBe(30);
    expect(timesPerWeek('a short break of three nights a term at Fernhill')).toBeCloseTo(3 / 13);
  });
});

// findAmount's yes/no test of a length asks the one length reader first.
describe('findAmount and the length reader', () => {
  it('reads a length written straight after a count mark', () => {
    expect(sessionMinutes('4x15 mins of fine-motor games')).toBe(15);
    expect(findAmount('4x15 mins of fine-motor games').length).toBe(true);
  });
  it('still finds the lengths lengthsIn does not read', () => {
    expect(findAmount('a full-day visit to the farm college').length).toBe(true);
    expect(findAmount('3 nights at Fernhill').length).toBe(true);
    expect(findAmount('help with reading').length).toBe(false);
  });
});

// findAmount's yes/no test of a count asks the one count reader.
describe('findAmount and the count reader', () => {
  it.each([
    ['three episodes of respite care at Fernhill', true],
    ['lego therapy x 2 with the ELSA', true],
    ['a 40-minute check-in with his mentor', false],
  ])('%s: count %s', (text, count) => {
    expect(findAmount(text).count).toBe(count);
  });
});
