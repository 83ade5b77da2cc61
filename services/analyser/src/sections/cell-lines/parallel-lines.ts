// An individual education plan's table exported one cell paragraph a line (LibreOffice's text export of
// an "Objective | Strategy | Responsible | Frequency | Review" table whose cells hold parallel paragraphs):
// read back row by row from its objectives, each cell keeping its lines as paragraphs, as Word's does.
import type { Block, TableBlock, TableCell, TableRow } from '../../../../ingest/src/document.ts';
import type { Rubric } from '../../rubric.ts';
import { matchHeading } from '../headings.ts';
import type { Titles } from '../titles.ts';
import { columnRole, objectiveColumn } from '../columns.ts';
import { MAX_COLUMNS, cellOf, emptyAt, isCellLine, rowOf, type Line } from './cells.ts';

// An objective as an individual education plan words it: a sentence of what the child will do (grammar).
const WILL_SENTENCE = /\bwill\b.*[.!]["'’”)]?$/;

/**
 * An individual education plan's table exported one cell paragraph a line: its header's cells on lines
 * of their own ("Objective", "Strategy", "Responsible", "Frequency", "Review": one objective column,
 * two or more provision columns, perhaps a review column last), then each row: its objective (a
 * sentence of what the child will do), the strategies, the people and the times in parallel (a
 * blank line for a paragraph left empty) and its review. The lines between an objective and its
 * review cut into as many equal runs as there are parallel columns; each cell keeps its lines as
 * paragraphs, as Word's does. Null unless every row cuts evenly.
 */
export function parallelLineTable(titles: Titles, blocks: Block[], i: number, rubric?: Rubric): { table: TableBlock; next: number } | null {
  const head: Line[] = [];
  for (let j = i; j < blocks.length && head.length < MAX_COLUMNS; j++) {
    const b = blocks[j];
    if (!isCellLine(b) || b.text.trim().length > 30 || (head.length > 0 && (b.blankBefore ?? 0) > 0)) break;
    head.push(b);
  }
  if (head.length < 4 || !objectiveColumn(head[0].text, rubric)) return null;
  let cols = head.length;
  // The header ends at its last column: a provision column, or a review column after them.
  while (cols > 3 && columnRole(head[cols - 1].text, rubric) !== 'provision' && columnRole(head[cols - 1].text, rubric) !== 'review') cols--;
  const review = columnRole(head[cols - 1].text, rubric) === 'review';
  const parallel = head.slice(1, review ? cols - 1 : cols);
  if (parallel.length < 2 || !parallel.every((h) => columnRole(h.text, rubric) === 'provision')) return null;
  const rows: TableRow[] = [];
  let j = i + cols;
  while (j < blocks.length) {
    const objective = blocks[j];
    if (!isCellLine(objective) || !WILL_SENTENCE.test(objective.text.trim()) || matchHeading(titles, objective.text, objective.kind === 'heading', false)) break;
    // The row's other lines, up to the next objective or the end of the table; a blank line is an empty paragraph.
    const units: (Line | null)[] = [];
    let k = j + 1;
    for (; k < blocks.length; k++) {
      const b = blocks[k];
      if (!isCellLine(b) || WILL_SENTENCE.test(b.text.trim()) || matchHeading(titles, b.text, b.kind === 'heading', false) || (b.blankBefore ?? 0) > 1) break;
      for (let n = 0; n < (b.blankBefore ?? 0) && units.length > 0; n++) units.push(null);
      units.push(b);
    }
    // A review cell left empty, or taken away as furniture where rows repeat it word for word: the
    // parallel runs then fill the row (the two counts cannot both divide evenly).
    const reviewed = review && (units.length - 1) % parallel.length === 0;
    const body = reviewed ? units.slice(0, -1) : units;
    if (units.length === 0 || body.length === 0 || body.length % parallel.length !== 0) return null;
    const per = body.length / parallel.length;
    const cellOfLines = (lines: (Line | null)[], at: number): TableCell => {
      const filled = lines.filter((l): l is Line => l !== null);
      if (filled.length === 0) return emptyAt(at, objective.page);
      const cell: TableCell = { text: filled.map((l) => l.text).join(' '), start: filled[0].start, end: filled[filled.length - 1].end, page: filled[0].page };
      return filled.length >= 2 ? { ...cell, paragraphs: filled.map((l) => ({ start: l.start, end: l.end })) } : cell;
    };
    const cells = [cellOf(objective), ...parallel.map((_, c) => cellOfLines(body.slice(c * per, (c + 1) * per), objective.end))];
    if (review) cells.push(reviewed && units[units.length - 1] ? cellOf(units[units.length - 1]!) : emptyAt(cells[cells.length - 1].end, objective.page));
    rows.push(rowOf(cells));
    j = k;
  }
  if (rows.length === 0) return null;
  const header = rowOf(head.slice(0, cols).map(cellOf));
  return { table: { kind: 'table', rows: [header, ...rows], start: header.start, end: rows[rows.length - 1].end, page: head[0].page }, next: j };
}

