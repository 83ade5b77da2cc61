// The comparison scorer's reading of Section I's placeholders: set 5's ruling (a placeholder that
// names no setting is a null side) and the later blind writers' quoting of it are both right answers.
import { describe, expect, it } from 'vitest';
import { score } from '../../corpus/accuracy-compare.ts';
import type { Change } from '../../services/analyser/src/compare/schema.ts';
import type { GoldChange } from '../../corpus/pairs/src/pairs.ts';

const side = (text: string) => ({ text, start: 0, end: text.length });
const change = (before: string | null, after: string | null): Change =>
  ({ section: 'I', kind: 'changed', about: 'placement', before: before === null ? null : side(before), after: after === null ? null : side(after), detail: '' }) as unknown as Change;
const gold = (before: string | null, after: string | null): GoldChange => ({ kind: 'changed', about: 'placement', section: 'I', before, after }) as GoldChange;
const changedTally = (g: GoldChange, c: Change) => score('x', true, [g], [c]).tallies.changed;

describe('scoring a Section I change from a placeholder', () => {
  it.each([
    ['a quoted placeholder, reported null', gold('To be named in the final plan.', 'Oakfield School'), change(null, 'Oakfield School')],
    ['a null side, reported as the placeholder', gold(null, 'Oakfield School'), change('To be confirmed following consultation.', 'Oakfield School')],
    ['the placeholder quoted on both sides', gold('To be named in the final plan.', 'Oakfield School'), change('To be named in the final plan.', 'Oakfield School')],
  ])('%s is found', (_, g, c) => {
    expect(changedTally(g, c)).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('a named school is not a placeholder: reporting it as null is a miss', () => {
    expect(changedTally(gold('Elm Park Primary School', 'Oakfield School'), change(null, 'Oakfield School'))).toMatchObject({ tp: 0, fn: 1 });
  });
});
