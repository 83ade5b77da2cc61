import { describe, expect, it } from 'vitest';
import { leadsRow, matchStatements } from '../../corpus/src/match.ts';

describe('matching gold statements to reported ones', () => {
  it('matches a short gold quote to the table row it opens, however many cells follow', () => {
    const gold = ['Counselling', 'Weekly 30-minute sessions with the school counsellor'];
    const predicted = ['Counselling\tTo be agreed\t\tSchool counsellor\tE4 summer term review', 'Weekly 30-minute sessions with the school counsellor'];
    expect(matchStatements(gold, predicted)).toEqual([
      { gold: 0, predicted: [0] },
      { gold: 1, predicted: [1] },
    ]);
  });

  it('does not match a short quote found inside a longer statement rather than opening it', () => {
    expect(leadsRow('Counselling', 'Weekly counselling with the school counsellor for the whole of Year 9')).toBe(false);
    expect(matchStatements(['Counselling'], ['Weekly counselling with the school counsellor for the whole of Year 9 and Year 10'])).toEqual([]);
  });

  it('needs a whole word: a quote that is the start of the first word is not the cell', () => {
    expect(leadsRow('Counsel', 'Counselling To be agreed')).toBe(false);
    expect(leadsRow('Counselling', 'Counselling To be agreed')).toBe(true);
  });
});
