// A period is not followed by a number: "a Year 8 buddy" names a year group, so the amount a
// comparison reads is the one the statement gives, as the judges read it (quantities.ts: rate).
import { describe, expect, it } from 'vitest';
import { readAmount } from '../../services/analyser/src/compare/amounts.ts';

describe('a year group is no period', () => {
  it.each([
    ['Spelling practice with a Year 8 buddy for 20 minutes, three mornings a week.', 60],
    ['Number games led by a Year 5 teacher, 25 minutes each week.', 25],
  ])('"%s" is %d minutes a week', (text, weekly) => {
    expect(readAmount(text).weekly).toBe(weekly);
  });
});
