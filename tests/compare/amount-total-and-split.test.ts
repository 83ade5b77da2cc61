// An amount given as a period's total and then how it is split into sessions ("75 minutes a week, as
// three 25-minute sessions") is the total, not the total per session: the same amount said as
// "three times weekly for 25 minutes" is no change, and a smaller total is still a cut. Invented wording.
import { describe, expect, it } from 'vitest';
import { classifyProvision } from '../../services/analyser/src/compare/classify.ts';
import { readAmount } from '../../services/analyser/src/compare/amounts.ts';

const F = (before: string, after: string) => classifyProvision({ text: before, section: 'F' }, { text: after, section: 'F' }, { splitH: true }).kind;

describe('a weekly total with its sessions', () => {
  it('reads the total once', () => {
    expect(readAmount('Spelling practice with a higher level teaching assistant, 75 minutes a week, as three 25-minute sessions.').weekly).toBe(75);
    expect(readAmount('Gross motor circuits, 40 minutes each week in two sessions of 20 minutes, with a teaching assistant.').weekly).toBe(40);
    // A count with no length of its own keeps the length as each session's.
    expect(readAmount('Gross motor circuits, 20 minutes, two sessions a week, with a teaching assistant.').weekly).toBe(40);
  });
  it('is the same amount said as a count and a length, and a cut when the total falls', () => {
    expect(F('Spelling practice with a higher level teaching assistant three times weekly for 25 minutes.', 'Spelling practice with a higher level teaching assistant, 75 minutes a week, as three 25-minute sessions.')).toBe('unchanged');
    expect(F('Gross motor circuits with a teaching assistant twice a week for 20 minutes.', 'Gross motor circuits with a teaching assistant, 40 minutes each week in two sessions of 20 minutes.')).toBe('unchanged');
    expect(F('Spelling practice with a higher level teaching assistant three times weekly for 25 minutes.', 'Spelling practice with a higher level teaching assistant, 50 minutes a week, as two 25-minute sessions.')).toBe('reduced');
  });
});
