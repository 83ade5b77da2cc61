// A table of three or more columns exported one cell per line (LibreOffice's text export, Word's
// plain-text save): its header cells are a run of short lines that each name a column in the rubric's
// words ("Provision", "Frequency", "Staffing", "Responsible"), then each row's cells follow as lines,
// an empty cell as a blank line. Read back into a table, each row is one statement with its cells, as
// the same table in DOCX or PDF is.
import type { Block, TableBlock, TableCell, TableRow } from '../../../ingest/src/document.ts';
import type { Words } from '../quantities.ts';
import { statementWords } from '../statements.ts';
import { matchHeading } from './headings.ts';
import type { Titles } from './titles.ts';
import { leadingArea } from './areas.ts';
import { columnRole, namesColumn } from './columns.ts';

type Line = Exclude<Block, { kind: 'table' }>;

const MIN_COLUMNS = 3;
const MAX_COLUMNS = 8;

/** The blocks with each such run of lines made a table; every other block as it was. */
export function cellLineTables(titles: Titles, blocks: Block[], rubric?: Words): Block[] {
  const words = statementWords(rubric);
  // Plain text reads a short line as a heading, so a cell may come as one. A column may name two of
  // a provision's fields together ("How often and how long", "Who / where").
  const isField = (t: string) => t.split(/\s+(?:and|&)\s+|\s*[\/,]\s*/i).every((part) => !!part && words.fieldLabel.test(part));
  // Beside them, a first column labelling each row ("Section", "Area") and, after the first, a column
  // linking each row to its outcomes ("Outcomes", "Linked outcome"), as the same table in DOCX has
  // (columns.ts): a cross-reference, not a field.
  const isHeaderCell = (b: Block | undefined, at: number): b is Line => {
    if (!b || !isCellLine(b) || b.text.trim().length > 30) return false;
    const t = b.text.trim();
    return isField(t) || (at === 0 && columnRole(t) === 'label') || (columnRole(t) === 'outcome' && (namesColumn(t) || (at > 0 && t.split(/\s+/).length <= 3)));
  };
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i];
    if (!isHeaderCell(first, 0)) {
      out.push(first);
      continue;
    }
    // The header: consecutive column names, one a "what" column, with the same spacing between them.
    const heads: Line[] = [first];
    while (heads.length < MAX_COLUMNS && isHeaderCell(blocks[i + heads.length], heads.length)) heads.push(blocks[i + heads.length] as Line);
    const sep = heads.length > 1 ? Math.min(...heads.slice(1).map((h) => h.blankBefore ?? 0)) : 0;
    const even = heads.slice(1).every((h) => h.blankBefore !== undefined && h.blankBefore === sep);
    const labelled = columnRole(first.text.trim()) === 'label';
    const table = heads.length >= MIN_COLUMNS && even && heads.some((h) => words.whatLabel.test(h.text.trim())) ? readRows(titles, blocks, i + heads.length, heads.length, sep, labelled) : null;
    if (!table) {
      out.push(first);
      continue;
    }
    const headerRow = rowOf(heads.map(cellOf));
    out.push({ kind: 'table', rows: [headerRow, ...table.rows], start: headerRow.start, end: table.rows[table.rows.length - 1].end, page: first.page } satisfies TableBlock);
    i = table.next - 1;
  }
  return out;
}

// "G", "H1", "H1 and H2": a label column's cell naming its row's section (a letter is grammar, not words).
const ROW_LETTERS = /^(?:H\s?[12]|[A-K])(?:\s*(?:,|and|&|\/)\s*(?:H\s?[12]|[A-K]))*$/;
const isCellLine = (b: Block): b is Line => b.kind === 'paragraph' || b.kind === 'heading';
const cellOf = (b: Line): TableCell => ({ text: b.text, start: b.start, end: b.end, page: b.page });
const emptyAt = (at: number, page: number | null): TableCell => ({ text: '', start: at, end: at, page });
const rowOf = (cells: TableCell[]): TableRow => {
  const filled = cells.filter((c) => c.text);
  return { cells, start: filled[0].start, end: filled[filled.length - 1].end, page: filled[0].page };
};

/**
 * The rows after a header of `n` cells: lines taken `n` at a time, each blank line beyond the usual
 * spacing `sep` an empty cell. A row starts with a filled cell; a blank line there, a heading, a list
 * item or a table ends the table. Null unless at least one whole row follows.
 */
function readRows(titles: Titles, blocks: Block[], from: number, n: number, sep: number, labelled: boolean): { rows: TableRow[]; next: number } | null {
  const rows: TableRow[] = [];
  let cells: TableCell[] = [];
  let rowStart = from;
  let j = from;
  for (; j < blocks.length; j++) {
    const b = blocks[j];
    // A label column's cell may be a section's bare letter ("G", "H1"): the row's section, not a heading.
    if (!isCellLine(b)) break;
    const rowLetter = labelled && cells.length === 0 && ROW_LETTERS.test(b.text.trim());
    if (b.blankBefore === undefined || (!rowLetter && matchHeading(titles, b.text, false, false))) break;
    // Each empty cell is one more blank line than the spacing between cells, and then that spacing.
    const extra = b.blankBefore - sep;
    let empties = extra / (sep + 1);
    if (extra < 0 || !Number.isInteger(empties) || (cells.length === 0 && empties > 0) || cells.length + empties > n) break;
    // The blank lines fill the row's last cells exactly: they were its empty closing cells, and this line starts the next row.
    if (cells.length > 0 && cells.length + empties === n) {
      while (cells.length < n) cells.push(emptyAt(cells[cells.length - 1].end, b.page));
      rows.push(rowOf(cells));
      cells = [];
      empties = 0;
    }
    if (cells.length === 0) rowStart = j;
    // A row merged across the table to name an area of need ("Cognition and learning") is one line: its
    // cell, then empty cells where it spans (as DOCX gives a merged cell), when a row starts right after it.
    const next = blocks[j + 1];
    if (cells.length === 0 && leadingArea(b.text) && next && isCellLine(next) && next.blankBefore === sep && !leadingArea(next.text)) {
      const row = [cellOf(b)];
      while (row.length < n) row.push(emptyAt(b.end, b.page));
      rows.push(rowOf(row));
      continue;
    }
    for (let k = 0; k < empties; k++) cells.push(emptyAt(b.start, b.page));
    cells.push(cellOf(b));
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
