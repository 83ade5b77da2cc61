// A session's length in minutes, however it is written.
import { describe, expect, it } from 'vitest';
import { sessionMinutes } from '../../services/analyser/src/quantities.ts';

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
