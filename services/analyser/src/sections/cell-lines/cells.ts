// A table read back from lines: its lines, cells and rows, and the rows that cells placed in columns make.
import type { Block, TableCell, TableRow } from '../../../../ingest/src/document.ts';

/** A line of text: a paragraph or a heading (plain text reads a short cell as one), any block but a table. */
export type Line = Exclude<Block, { kind: 'table' }>;

export const MIN_COLUMNS = 3;
export const MAX_COLUMNS = 8;

/** The rows a reader found, and the block after them. */
export type ReadRows = { rows: TableRow[]; next: number } | null;

// "F2 Additional support": a numbered part of a section and its short title (grammar), after a blank line: the table before it has ended.
export const PART_TITLE = /^(?:H[12]|[A-K])\.?\d{1,2}[.:)]?\s+\p{Lu}[^.!?:;\d]{0,40}$/u;
export const isCellLine = (b: Block): b is Line => b.kind === 'paragraph' || b.kind === 'heading';
export const cellOf = (b: Line): TableCell => ({ text: b.text, start: b.start, end: b.end, page: b.page });
export const emptyAt = (at: number, page: number | null): TableCell => ({ text: '', start: at, end: at, page });
export const rowOf = (cells: TableCell[]): TableRow => {
  const filled = cells.filter((c) => c.text);
  return { cells, start: filled[0].start, end: filled[filled.length - 1].end, page: filled[0].page };
};

/**
 * Cells placed in columns, in order, as rows: a new row where the column does not move on; a cell in
 * column `n` (an area of need's name, a row merged across the table) a row of its own, its other cells
 * empty. An empty cell stands where the filled cell before it ends (before the first, where that
 * starts). Null unless a row has two filled cells.
 */
export function placedRows(placed: { cell: TableCell; col: number }[], n: number): TableRow[] | null {
  const AREA = n;
  const rows: TableRow[] = [];
  let cells: (TableCell | null)[] | null = null;
  const close = () => {
    if (!cells) return;
    const first = cells.find((x): x is TableCell => x !== null)!;
    let at = first.start;
    rows.push(rowOf(cells.map((x) => (x ? ((at = x.end), x) : emptyAt(at, first.page)))));
    cells = null;
  };
  placed.forEach(({ cell, col }, i) => {
    if (col === AREA) {
      close();
      const row = [cell];
      while (row.length < n) row.push(emptyAt(cell.end, cell.page));
      rows.push(rowOf(row));
      return;
    }
    if (!cells || placed[i - 1].col === AREA || col <= placed[i - 1].col) {
      close();
      cells = new Array(n).fill(null);
    }
    cells![col] = cell;
  });
  close();
  return rows.some((r) => r.cells.filter((x) => x.text).length >= 2) ? rows : null;
}
