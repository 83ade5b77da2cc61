// How well a line of a one-cell-a-line table fits a column: what each column holds by its label, what a
// line says (a role, a frequency, a length), and the score of a placement, shared by the readers that
// place lines (by-kind.ts) and pieces of lines (by-pieces.ts) in columns.
import { findAmount } from '../../quantities.ts';
import type { Rubric } from '../../rubric.ts';
import { compileLists, compileRubric, defaultRubricLists, type CompiledLists } from '../../vocabulary.ts';
import type { StatementWords } from '../../statements.ts';
import { execFromStart, testFromStart } from '../../fast-patterns.ts';
import { leadingArea } from '../areas.ts';
import { columnRole, crossReferenceColumn, headerSection } from '../columns.ts';
import type { Line } from './cells.ts';

/** The rubric's patterns; a reader given none (a test) reads the default's lists (vocabulary.ts, not the rubric loader, which imports the rules). */
export const compiledFor = (rubric: Rubric | undefined): CompiledLists => (rubric ? compileRubric(rubric) : compileLists(defaultRubricLists()));

/** What a column of a provision table holds, by its label ('day': a weekday's column in a week's grid). */
export type ColumnKind = 'label' | 'what' | 'who' | 'often' | 'long' | 'term' | 'day' | 'ref' | 'other';

// A label naming two fields together: "How often and how long", "Staff & expertise", "Who / where".
export const TWO_FIELDS = /\s+(?:and|&)\s+|\s*\/\s*/i;

/** The field a column's label names by the rubric's column words: who, how often or how long. */
export function fieldKind(label: string, words: StatementWords): 'who' | 'often' | 'long' | null {
  if (words.whoColumn.test(label)) return 'who';
  if (words.oftenColumn.test(label)) return 'often';
  if (words.longColumn.test(label)) return 'long';
  return null;
}

/** What each column of such a table holds, by its label (a column naming section F by letter holds the provision). */
export function columnKinds(heads: Line[], words: StatementWords, rubric: Rubric | undefined): ColumnKind[] {
  return heads.map((h, k) => {
    const t = h.text.trim();
    if (k === 0 && columnRole(t, rubric) === 'label') return 'label';
    // Pointers to another section's items ("Need (B ref)"): their cells read "B4, B6".
    if (k > 0 && crossReferenceColumn(t, rubric)) return 'ref';
    if (words.whatLabel.test(t)) return 'what';
    // A label naming two fields ("How often and for how long") is the first one's column.
    for (const part of [t, t.split(TWO_FIELDS)[0]]) {
      const field = fieldKind(part, words);
      if (field) return field;
    }
    if (['F', 'G', 'H1', 'H2', 'H'].includes(headerSection(t) ?? '') && columnRole(t, rubric) === 'provision') return 'what';
    return 'other';
  });
}

/** What a line of such a table says: a role, a frequency, a length (any of them, or none: the provision, or something else). */
export interface LineKind {
  who: boolean;
  often: boolean;
  long: boolean;
  /** A few words only: a cell's value rather than a statement. */
  short: boolean;
  /** Many words: a statement, not a field's value. */
  sentence: boolean;
  /** An area of need alone ("Cognition and learning"): a row merged across the table. */
  area: boolean;
  /** Only references to items ("B4, B6", "E3") or a dash: a cross-reference cell. */
  ref: boolean;
}

// "B4, B6", "E3", "F2.1", "—": item references or a dash (grammar, not words).
const ITEM_REFS = /^(?:[-–—]|(?:H\s?[12]\.|[A-K])\d{1,2}(?:\.\d{1,2})?[a-z]?(?:\s*(?:,|and|&|\/)\s*(?:H\s?[12]\.|[A-K])\d{1,2}(?:\.\d{1,2})?[a-z]?)*)$/;

export function lineKind(text: string, words: StatementWords, rubric: Rubric | undefined, c: CompiledLists): LineKind {
  const t = text.trim();
  const n = t.split(/\s+/).length;
  // Who gives the provision: the first of the rubric's roles and the words that look like one ("the school", "staff").
  const at = [execFromStart(c.role, t), execFromStart(c.nonRole, t)].filter((m) => m !== null).map((m) => m.index);
  // The role opens the line, perhaps after two words ("All staff who teach her", "Higher level teaching assistant").
  const who = at.length > 0 && t.slice(0, Math.min(...at)).trim().split(/\s+/).filter(Boolean).length <= 2;
  const a = findAmount(t, rubric);
  // How often, left open: the vague terms that undermine a frequency ("Where possible", "Regularly"); not
  // a case-sensitive one (a template's placeholder), which says nothing of how often.
  const vagueFrequency = () => c.vague.some(({ spec, re }) => spec.undermines === 'frequency' && !spec.caseSensitive && testFromStart(re, t));
  const often = a.period || a.extent || a.where || words.cellFrequency.test(t) || (n <= 6 && vagueFrequency());
  return { who, often, long: a.length, short: n <= 6, sentence: n > 8, area: !!leadingArea(t, rubric), ref: ITEM_REFS.test(t) };
}

// What starting a row costs: a line that is only a provision starts one at no gain, so a line that fits a field stays in its row.
const ROW_COST = 1.01;
// What a row of the provision alone costs, read piece by piece, where another row starts straight after it.
export const LONE_ROW_COST = 2;

/**
 * The best score of the placement so far with a cell now in column `c` (AREA: a row merged across the
 * table), and the column the one before was in: the same row goes on to a later column; a new row
 * starts at its label or provision (an area's row stands alone). `before` is null at the first cell.
 */
export function bestBefore(before: number[] | null, c: number, AREA: number, startsRow: boolean, loneRowCost = 0): { best: number; arg: number } {
  let best = !before && startsRow ? (c === AREA ? 0 : -ROW_COST) : -Infinity;
  let arg = -1;
  for (let p = 0; before && p < before.length; p++) {
    const prev = before[p];
    if (prev === -Infinity) continue;
    const same = p !== AREA && c !== AREA && c > p;
    // `loneRowCost`: what a row costs that held only this column's cell, a new one starting at it again.
    const cand = same ? prev : startsRow ? prev - (c === AREA ? 0 : ROW_COST) - (p === c ? loneRowCost : 0) : -Infinity;
    if (cand > best || (cand === best && same)) {
      best = cand;
      arg = p;
    }
  }
  return { best, arg };
}

/** How well a line fits a column of a kind: its own field scores, another field's costs; a sentence is no field's value. */
export function fit(k: LineKind, col: ColumnKind): number {
  const field = k.who || k.often || k.long;
  if (k.sentence && col !== 'what' && col !== 'other') return -1;
  // A reference fits a column of references (or a row's own label, "F3"), and nothing else.
  if (col === 'ref') return k.ref ? 2 : -2;
  if (k.ref && col !== 'label' && col !== 'other') return -2;
  switch (col) {
    case 'what':
      return k.short && field ? -2 : 1;
    case 'who':
      return k.who ? 2 : field ? -2 : -0.5;
    case 'often':
      return k.often ? 2 : k.who ? -2 : k.long ? -1 : -0.5;
    case 'long':
      return k.long && !k.who ? 2 : k.who ? -2 : k.often ? -1 : -0.5;
    default:
      return 0;
  }
}
