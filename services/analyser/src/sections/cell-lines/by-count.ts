// A table of outcomes with no provision column ("Where I am now | Where I want to be | Steps I will take")
// exported one cell a line with no blank line anywhere: every cell is filled, so the lines after the
// header fall into rows by counting, as many to a row as the header has cells.
import { SENTENCE_END, type Block, type TableBlock } from '../../../../ingest/src/document.ts';
import type { Rubric } from '../../rubric.ts';
import type { StatementWords } from '../../statements.ts';
import { matchHeading } from '../headings.ts';
import type { Titles } from '../titles.ts';
import { columnRole, headerSection, namesColumn } from '../columns.ts';
import { MAX_COLUMNS, MIN_COLUMNS, cellOf, isCellLine, rowOf, type Line } from './cells.ts';

// A header cell is a few words that do not end a sentence or a label (grammar).
const HEADER_CELL = /^[^.!?;:]{1,40}$/;

/** A line with no blank line before it (text marks none; a Word file's or PDF's paragraph carries no count). */
const unspaced = (b: Block) => isCellLine(b) && (b.blankBefore ?? 0) === 0;

/**
 * From block `i`: a header of three or more short lines that each name a column (the rubric's column
 * words), one an outcome's and none the provision's ("Provision", "What": the other readers' tables),
 * and after it, up to a blank line or a heading, lines that count out whole rows, two or more, each
 * row's outcome cell a sentence. The table and the block after it; null otherwise.
 */
export function countedOutcomeTable(titles: Titles, blocks: Block[], i: number, words: StatementWords, rubric: Rubric | undefined): { table: TableBlock; next: number } | null {
  const heads: Line[] = [];
  for (let j = i; j < blocks.length && heads.length < MAX_COLUMNS; j++) {
    const b = blocks[j];
    if (!isCellLine(b) || (heads.length > 0 && !unspaced(b))) break;
    const t = b.text.trim();
    if (!HEADER_CELL.test(t) || !namesColumn(t, rubric) || matchHeading(titles, t, false, false)) break;
    heads.push(b);
  }
  const n = heads.length;
  if (n < MIN_COLUMNS) return null;
  const texts = heads.map((h) => h.text.trim());
  const outcome = texts.findIndex((t) => columnRole(t, rubric) === 'outcome');
  // A column of the provision, of one of its fields or naming a section by letter is another reader's table.
  if (outcome < 0 || texts.some((t) => words.whatLabel.test(t) || words.fieldLabel.test(t) || headerSection(t, rubric))) return null;
  const body: Line[] = [];
  for (let j = i + n; j < blocks.length && unspaced(blocks[j]); j++) {
    const b = blocks[j] as Line;
    if (matchHeading(titles, b.text, false, false)) break;
    body.push(b);
  }
  if (body.length < 2 * n || body.length % n !== 0) return null;
  const rows = [rowOf(heads.map(cellOf))];
  for (let r = 0; r < body.length; r += n) {
    const cells = body.slice(r, r + n);
    if (!SENTENCE_END.test(cells[outcome].text.trim())) return null;
    rows.push(rowOf(cells.map(cellOf)));
  }
  return { table: { kind: 'table', rows, start: rows[0].start, end: rows[rows.length - 1].end, page: heads[0].page }, next: i + n + body.length };
}
