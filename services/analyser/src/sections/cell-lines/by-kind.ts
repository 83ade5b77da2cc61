// A table exported one cell a line with nothing marking an empty cell (a Word file's or a PDF's copy):
// each line placed in the column whose label fits what it says.
import type { Block } from '../../../../ingest/src/document.ts';
import { CONTINUATION } from '../../../../ingest/src/furniture.ts';
import type { Rubric } from '../../rubric.ts';
import type { StatementWords } from '../../statements.ts';
import { matchHeading } from '../headings.ts';
import type { Titles } from '../titles.ts';
import { PART_TITLE, cellOf, isCellLine, placedRows, type Line, type ReadRows } from './cells.ts';
import { bestBefore, columnKinds, compiledFor, fit, lineKind } from './fit.ts';

/**
 * The rows after a header whose lines carry no blank lines (a Word file or PDF of a one-cell-a-line
 * table): an empty cell leaves no line, so each line is placed in the column whose label fits what it
 * says (fit), in order along a row, and a row starts again at the provision's column. The best
 * placement of the whole run is chosen, and the table ends after the line where it fits best (prose
 * after it stays prose). Null unless a row has two filled cells; only where the header has a column
 * of the provision and one of who, how often or how long.
 */
export function readRowsByKind(titles: Titles, blocks: Block[], from: number, heads: Line[], words: StatementWords, rubric: Rubric | undefined): ReadRows {
  const compiled = compiledFor(rubric);
  const kinds = columnKinds(heads, words, rubric);
  const what = kinds.indexOf('what');
  if (what < 0 || !kinds.some((k) => k === 'who' || k === 'often' || k === 'long')) return null;
  // A row starts at its label or its provision.
  const starts = kinds.map((k, c) => k === 'label' || c === what);
  const lines: Line[] = [];
  for (let j = from; j < blocks.length; j++) {
    const b = blocks[j];
    if (!isCellLine(b) || b.blankBefore !== undefined || matchHeading(titles, b.text, false, false) || CONTINUATION.test(b.text.trim()) || PART_TITLE.test(b.text.trim())) break;
    lines.push(b);
  }
  if (lines.length < 2) return null;
  const n = heads.length;
  const AREA = n; // a row merged across the table naming an area of need
  const line = lines.map((b) => lineKind(b.text, words, rubric, compiled));
  // score[i][c]: the best placement of lines 0..i with line i in column c (or AREA); back[i][c], the column of line i-1 then.
  const score: number[][] = [];
  const back: number[][] = [];
  for (let i = 0; i < lines.length; i++) {
    score.push(new Array(n + 1).fill(-Infinity));
    back.push(new Array(n + 1).fill(-1));
    for (let c = 0; c <= n; c++) {
      if (c === AREA && !line[i].area) continue;
      const own = c === AREA ? 0 : fit(line[i], kinds[c]);
      const { best, arg } = bestBefore(i > 0 ? score[i - 1] : null, c, AREA, c === AREA || starts[c]);
      if (best === -Infinity) continue;
      score[i][c] = best + own;
      back[i][c] = arg;
    }
  }
  // The table ends after the line where the placement scores best (the later one on a tie).
  let last = -1;
  let lastCol = -1;
  let top = 0;
  for (let i = 0; i < lines.length; i++) {
    for (let c = 0; c < n; c++) {
      if (score[i][c] > -Infinity && score[i][c] >= top) {
        top = score[i][c];
        last = i;
        lastCol = c;
      }
    }
  }
  if (last < 1) return null;
  const cols: number[] = new Array(last + 1);
  for (let i = last, c = lastCol; i >= 0; c = back[i][c], i--) cols[i] = c;
  // Lines to rows: a new row where the column does not move on.
  const rows = placedRows(lines.slice(0, last + 1).map((b, i) => ({ cell: cellOf(b), col: cols[i] })), n);
  if (!rows) return null;
  return { rows, next: from + last + 1 };
}
