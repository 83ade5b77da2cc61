// A table exported one cell a line with a blank line for an empty cell (text): lines counted into rows.
import type { Block, TableCell, TableRow } from '../../../../ingest/src/document.ts';
import type { Rubric } from '../../rubric.ts';
import type { StatementWords } from '../../statements.ts';
import { matchHeading } from '../headings.ts';
import type { Titles } from '../titles.ts';
import { leadingArea } from '../areas.ts';
import { PART_TITLE, cellOf, emptyAt, isCellLine, rowOf, type Line, type ReadRows } from './cells.ts';
import { columnKinds, compiledFor, fit, lineKind } from './fit.ts';

// "G", "H1", "H1 and H2": a label column's cell naming its row's section (a letter is grammar, not words).
const ROW_LETTERS = /^(?:H\s?[12]|[A-K])(?:\s*(?:,|and|&|\/)\s*(?:H\s?[12]|[A-K]))*$/;

/**
 * The rows after a header of `n` cells: lines taken `n` at a time, each blank line beyond the usual
 * spacing `sep` an empty cell. A row starts with a filled cell; a blank line there, a heading, a list
 * item or a table ends the table. Null unless at least one whole row follows.
 */
export function readRowsByBlankLines(titles: Titles, blocks: Block[], from: number, heads: Line[], sep: number, labelled: boolean, words: StatementWords, rubric: Rubric | undefined): ReadRows {
  const n = heads.length;
  const kinds = columnKinds(heads, words, rubric);
  const what = kinds.indexOf('what');
  const compiled = compiledFor(rubric);
  const kindOf = (b: Line) => lineKind(b.text, words, rubric, compiled);
  // A first cell (an outcome or a need beside the provision) of several paragraphs is several lines:
  // as many more lines as make the rest of the row fit its columns best (a role under "Who", a
  // frequency under "How often"), none where one line already fits.
  const firstCellLines = (j: number): number => {
    if (what <= 0) return 1;
    let best = 1;
    let top = -Infinity;
    for (let k = 1; k <= 3; k++) {
      if (k > 1 && (!blocks[j + k - 1] || !isCellLine(blocks[j + k - 1]) || (blocks[j + k - 1] as Line).blankBefore !== sep)) break;
      let score = 0;
      let c = 1;
      for (; c < n; c++) {
        const b = blocks[j + k - 1 + c];
        if (!b || !isCellLine(b) || b.blankBefore !== sep) break;
        score += fit(kindOf(b), kinds[c]);
      }
      // A row cut short by a blank line closes with empty cells: that line's blank lines must stand for
      // them all (a blank line for one empty cell cannot close a row that lacks two).
      const after = blocks[j + k - 1 + c];
      if (k > 1 && c < n && after && isCellLine(after) && after.blankBefore !== undefined && (after.blankBefore - sep) / (sep + 1) < n - c) continue;
      if (score > top) {
        top = score;
        best = k;
      }
    }
    return best;
  };
  const rows: TableRow[] = [];
  let cells: TableCell[] = [];
  let rowStart = from;
  let j = from;
  for (; j < blocks.length; j++) {
    const b = blocks[j];
    // A label column's cell may be a section's bare letter ("G", "H1"): the row's section, not a heading.
    if (!isCellLine(b)) break;
    const rowLetter = labelled && cells.length === 0 && ROW_LETTERS.test(b.text.trim());
    if (b.blankBefore === undefined || (!rowLetter && (matchHeading(titles, b.text, false, false) || (cells.length === 0 && b.blankBefore > sep && PART_TITLE.test(b.text.trim()))))) break;
    // Each empty cell is one more blank line than the spacing between cells, and then that spacing.
    const extra = b.blankBefore - sep;
    let empties = extra / (sep + 1);
    if (extra < 0 || !Number.isInteger(empties)) break;
    // The blank lines fill the row's last cells: they were its empty closing cells, and this line starts the next row.
    if (cells.length > 0 && cells.length + empties >= n) {
      empties -= n - cells.length;
      while (cells.length < n) cells.push(emptyAt(cells[cells.length - 1].end, b.page));
      rows.push(rowOf(cells));
      cells = [];
    }
    // A row may open with empty cells only up to the provision's column, and with the provision: the
    // cells before it left empty under a cell merged down from the row above (an outcome beside the
    // provisions that serve it). A blank line before anything else ends the table.
    if (cells.length === 0 && empties > 0 && (empties !== what || leadingArea(b.text, rubric) || rows.length === 0)) break;
    if (cells.length === 0) rowStart = j;
    // A row merged across the table to name an area of need ("Cognition and learning") is one line: its
    // cell, then empty cells where it spans (as DOCX gives a merged cell), when a row starts right after it.
    const next = blocks[j + 1];
    if (cells.length === 0 && leadingArea(b.text, rubric) && next && isCellLine(next) && next.blankBefore === sep && !leadingArea(next.text, rubric)) {
      const row = [cellOf(b)];
      while (row.length < n) row.push(emptyAt(b.end, b.page));
      rows.push(rowOf(row));
      continue;
    }
    for (let k = 0; k < empties; k++) cells.push(emptyAt(b.start, b.page));
    const span = cells.length === 0 && !leadingArea(b.text, rubric) ? firstCellLines(j) : 1;
    if (span > 1) {
      const parts = blocks.slice(j, j + span) as Line[];
      cells.push({ text: parts.map((x) => x.text).join('\n'), start: b.start, end: parts[span - 1].end, page: b.page, paragraphs: parts.map((x) => ({ start: x.start, end: x.end })) });
      j += span - 1;
    } else cells.push(cellOf(b));
    if (cells.length === n) {
      rows.push(rowOf(cells));
      cells = [];
    }
  }
  // A last row whose closing cells are empty: the blank lines after it stand for them.
  if (cells.length > 0) {
    const after = blocks[j];
    const trailing = after && after.kind !== 'table' && after.blankBefore !== undefined ? Math.floor((after.blankBefore - sep) / (sep + 1)) : 0;
    // A row cut short is no row: its lines stay lines.
    if (cells.length + trailing < n) return rows.length > 0 ? { rows, next: rowStart } : null;
    const at = cells[cells.length - 1].end;
    while (cells.length < n) cells.push(emptyAt(at, cells[0].page));
    rows.push(rowOf(cells));
  }
  return rows.length > 0 ? { rows, next: j } : null;
}
