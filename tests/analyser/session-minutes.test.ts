// A session's length in minutes, however it is written.
import { describe, expect, it } from 'vitest';
import { lengthsIn, minutesPerWeek, periodsIn, ratePhrase, readLength, sessionMinutes, timesPerWeek } from '../../services/analyser/src/quantities.ts';

describe('sessionMinutes', () => {
  const cases: [string, number][] = [
    ['one and a half hours of swimming each Friday', 90],
    ['a 1.5 hour session each week', 90],
    ['half an hour of reading daily', 30],
    ['three-quarters of an hour with the therapist', 45],
    ['a 20-minute check-in each morning', 20],
    ['two hours every Saturday', 120],
  ];
  it.each(cases)('%s = %d minutes', (text, minutes) => {
    expect(sessionMinutes(text)).toBe(minutes);
  });
});

// One length reader (quantities.ts lengthsIn) for the judges, advice and the comparison.
describe('lengthsIn and readLength', () => {
  it('reads "and a half" whole, a bare "half" before a unit, and no length inside a longer word', () => {
    expect(sessionMinutes('three and a half hours at the farm project on Wednesdays')).toBe(210);
    expect(sessionMinutes('a half-hour phonics group with Mr Okafor')).toBe(30);
    // "a min" in "a minimum" is no length.
    expect(sessionMinutes('a minimum of 25 minutes of handwriting practice')).toBe(25);
  });

  it('lists every length in order, with where each stands', () => {
    const text = 'Swimming for an hour and a half on Mondays, then 20 minutes of stretches';
    expect(lengthsIn(text).map((l) => l.minutes)).toEqual([90, 20]);
    const [first] = lengthsIn(text);
    expect(text.slice(first.index, first.index + first.length)).toBe('an hour and a half');
  });

  it('takes a session given only by its clock times', () => {
    expect(readLength('a place at the drama club from 4.30pm to 6pm on Thursdays')?.minutes).toBe(90);
    expect(sessionMinutes('a teaching assistant in the lunch hall every day')).toBeNull();
  });
});

// One rate reader (quantities.ts periodsIn) for the judges, advice and the comparison.
describe('periodsIn and the rates read from it', () => {
  it('reads a weekday, a part of the day and every so many weeks as a period', () => {
    expect(timesPerWeek('swimming with a support worker every Sunday')).toBe(1);
    expect(timesPerWeek('a movement break each afternoon')).toBe(5);
    expect(minutesPerWeek('a 40-minute visit from the outreach teacher every 4 weeks')).toBe(10);
  });

  it('lists every period in order and quotes a rate with the count before it', () => {
    const text = 'Two 30-minute sessions a week in term time, and a home visit every half term';
    expect(periodsIn(text).map((p) => p.words)).toEqual(['a week', 'every half term']);
    expect(ratePhrase('music therapy three times a fortnight with Ms Adebayo')).toBe('three times a fortnight');
    expect(ratePhrase('a check of the hearing aids fortnightly')).toBe('fortnightly');
  });
});
