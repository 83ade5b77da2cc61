// A table of three or more columns exported one cell per line (LibreOffice's text export, Word's
// plain-text save, a PDF copy): its header cells are a run of short lines that each name a column in
// the rubric's words ("Provision", "Frequency", "Staffing", "Responsible"), then each row's cells follow
// as lines. In text an empty cell is a blank line, so lines are counted into rows; where nothing marks
// an empty cell (the same text in a Word file or a PDF, with no blank lines), each line is placed by
// what it says against the columns' labels: a role under "Delivered by", a frequency under "How often",
// a length under "How long", the provision itself under "Provision" (readRowsByKind). Read back into a
// table, each row is one statement with its cells, as the same table in DOCX or PDF is.
import type { Block, TableBlock, TableCell, TableRow } from '../../../ingest/src/document.ts';
import { findAmount } from '../quantities.ts';
import type { Rubric } from '../rubric.ts';
import { compileLists, compileRubric, defaultRubricLists, type CompiledLists } from '../vocabulary.ts';
import { statementWords, type StatementWords } from '../statements.ts';
import { execFromStart, testFromStart } from '../fast-patterns.ts';
import { matchHeading } from './headings.ts';
import type { Titles } from './titles.ts';
import { leadingArea } from './areas.ts';
import { columnRole, headerSection, namesColumn } from './columns.ts';

type Line = Exclude<Block, { kind: 'table' }>;

const MIN_COLUMNS = 3;
const MAX_COLUMNS = 8;

/** The blocks with each such run of lines made a table; every other block as it was. */
export function cellLineTables(titles: Titles, blocks: Block[], rubric?: Rubric): Block[] {
  const words = statementWords(rubric);
  // Plain text reads a short line as a heading, so a cell may come as one. A column may name two of
  // a provision's fields together ("How often and how long", "Who / where").
  // A bracketed gloss after a label ("Staffing (role and expertise)") says more about the same field.
  const unglossed = (t: string) => t.replace(/\s*\([^()]{1,40}\)\s*$/, '');
  const isField = (t: string) =>
    unglossed(t)
      .split(/\s+(?:and|&)\s+|\s*[\/,]\s*/i)
      .every((part) => !!part && words.fieldLabel.test(part));
  // Beside them, a first column labelling each row ("Section", "Area") and, after the first, a column
  // linking each row to its outcomes ("Outcomes", "Linked outcome"), as the same table in DOCX has
  // (columns.ts): a cross-reference, not a field.
  const isHeaderCell = (b: Block | undefined, at: number): b is Line => {
    if (!b || !isCellLine(b) || unglossed(b.text.trim()).length > 30) return false;
    const t = b.text.trim();
    return isField(t) || (at === 0 && columnRole(t, rubric) === 'label') || (columnRole(t, rubric) === 'outcome' && (namesColumn(t, rubric) || (at > 0 && t.split(/\s+/).length <= 3))) || isLetteredWhat(t, at);
  };
  // A column naming its section by letter ("Provision to achieve it (Section F)") holds the provision
  // itself; the section's own heading just above a table ("Section G – Health provision") opens no header.
  const isLetteredWhat = (t: string, at: number) => namesColumn(t, rubric) && !isField(t) && ['F', 'G', 'H1', 'H2', 'H'].includes(headerSection(t) ?? '') && !(at === 0 && matchHeading(titles, t, false, false));
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
    const labelled = columnRole(first.text.trim(), rubric) === 'label';
    // No blank line anywhere in the header (a Word file's or a PDF's paragraphs): nothing marks an empty cell.
    const unmarked = heads.every((h) => h.blankBefore === undefined);
    const whole = heads.length >= MIN_COLUMNS && heads.some((h, k) => words.whatLabel.test(h.text.trim()) || isLetteredWhat(h.text.trim(), k));
    const table = !whole ? null : even ? readRows(titles, blocks, i + heads.length, heads, sep, labelled, words, rubric) : unmarked ? readRowsByKind(titles, blocks, i + heads.length, heads, words, rubric) : null;
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
function readRows(titles: Titles, blocks: Block[], from: number, heads: Line[], sep: number, labelled: boolean, words: StatementWords, rubric: Rubric | undefined): { rows: TableRow[]; next: number } | null {
  const n = heads.length;
  const kinds = columnKinds(heads, words, rubric);
  const what = kinds.indexOf('what');
  // The rubric's patterns; a reader given none (a test) reads the default's lists (vocabulary.ts, not the rubric loader, which imports the rules).
  const compiled = rubric ? compileRubric(rubric) : compileLists(defaultRubricLists());
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
      for (let c = 1; c < n; c++) {
        const b = blocks[j + k - 1 + c];
        if (!b || !isCellLine(b) || b.blankBefore !== sep) break;
        score += fit(kindOf(b), kinds[c]);
      }
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
    if (b.blankBefore === undefined || (!rowLetter && matchHeading(titles, b.text, false, false))) break;
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
    if (cells.length === 0 && empties > 0 && (empties !== what || leadingArea(b.text) || rows.length === 0)) break;
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
    const span = cells.length === 0 && !leadingArea(b.text) ? firstCellLines(j) : 1;
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

/** What a column of a provision table holds, by its label. */
type ColumnKind = 'label' | 'what' | 'who' | 'often' | 'long' | 'other';

/** What each column of such a table holds, by its label (a column naming section F by letter holds the provision). */
function columnKinds(heads: Line[], words: StatementWords, rubric: Rubric | undefined): ColumnKind[] {
  return heads.map((h, k) => {
    const t = h.text.trim();
    if (k === 0 && columnRole(t, rubric) === 'label') return 'label';
    if (words.whatLabel.test(t)) return 'what';
    // A label naming two fields ("How often and for how long") is the first one's column.
    for (const part of [t, t.split(/\s+(?:and|&)\s+|\s*\/\s*/i)[0]]) {
      if (words.whoColumn.test(part)) return 'who';
      if (words.oftenColumn.test(part)) return 'often';
      if (words.longColumn.test(part)) return 'long';
    }
    if (['F', 'G', 'H1', 'H2', 'H'].includes(headerSection(t) ?? '') && columnRole(t, rubric) === 'provision') return 'what';
    return 'other';
  });
}

/** What a line of such a table says: a role, a frequency, a length (any of them, or none: the provision, or something else). */
interface LineKind {
  who: boolean;
  often: boolean;
  long: boolean;
  /** A few words only: a cell's value rather than a statement. */
  short: boolean;
  /** Many words: a statement, not a field's value. */
  sentence: boolean;
  /** An area of need alone ("Cognition and learning"): a row merged across the table. */
  area: boolean;
}

function lineKind(text: string, words: StatementWords, rubric: Rubric | undefined, c: CompiledLists): LineKind {
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
  return { who, often, long: a.length, short: n <= 6, sentence: n > 8, area: !!leadingArea(t) };
}

// What starting a row costs: a line that is only a provision starts one at no gain, so a line that fits a field stays in its row.
const ROW_COST = 1.01;

/** How well a line fits a column of a kind: its own field scores, another field's costs; a sentence is no field's value. */
function fit(k: LineKind, col: ColumnKind): number {
  const field = k.who || k.often || k.long;
  if (k.sentence && col !== 'what' && col !== 'other') return -1;
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

/**
 * The rows after a header whose lines carry no blank lines (a Word file or PDF of a one-cell-a-line
 * table): an empty cell leaves no line, so each line is placed in the column whose label fits what it
 * says (fit), in order along a row, and a row starts again at the provision's column. The best
 * placement of the whole run is chosen, and the table ends after the line where it fits best (prose
 * after it stays prose). Null unless a row has two filled cells; only where the header has a column
 * of the provision and one of who, how often or how long.
 */
function readRowsByKind(titles: Titles, blocks: Block[], from: number, heads: Line[], words: StatementWords, rubric: Rubric | undefined): { rows: TableRow[]; next: number } | null {
  // The rubric's patterns; a reader given none (a test) reads the default's lists (vocabulary.ts, not the rubric loader, which imports the rules).
  const compiled = rubric ? compileRubric(rubric) : compileLists(defaultRubricLists());
  const kinds = columnKinds(heads, words, rubric);
  const what = kinds.indexOf('what');
  if (what < 0 || !kinds.some((k) => k === 'who' || k === 'often' || k === 'long')) return null;
  // A row starts at its label or its provision.
  const starts = kinds.map((k, c) => k === 'label' || c === what);
  const lines: Line[] = [];
  for (let j = from; j < blocks.length; j++) {
    const b = blocks[j];
    if (!isCellLine(b) || b.blankBefore !== undefined || matchHeading(titles, b.text, false, false)) break;
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
      const startsRow = c === AREA || starts[c];
      let best = i === 0 && startsRow ? (c === AREA ? 0 : -ROW_COST) : -Infinity;
      let arg = -1;
      for (let p = 0; i > 0 && p <= n; p++) {
        const prev = score[i - 1][p];
        if (prev === -Infinity) continue;
        // The same row goes on to a later column; a new row starts at its label or provision (an area's row stands alone).
        const same = p !== AREA && c !== AREA && c > p;
        const cand = same ? prev : startsRow ? prev - (c === AREA ? 0 : ROW_COST) : -Infinity;
        if (cand > best || (cand === best && same)) {
          best = cand;
          arg = p;
        }
      }
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
  const rows: TableRow[] = [];
  let cells: (TableCell | null)[] | null = null;
  const close = () => {
    if (!cells) return;
    // An empty cell stands where the filled cell before it ends (before the first, where that starts).
    const first = cells.find((x): x is TableCell => x !== null)!;
    let at = first.start;
    rows.push(rowOf(cells.map((x) => (x ? ((at = x.end), x) : emptyAt(at, first.page)))));
    cells = null;
  };
  for (let i = 0; i <= last; i++) {
    const c = cols[i];
    if (c === AREA) {
      close();
      const row = [cellOf(lines[i])];
      while (row.length < n) row.push(emptyAt(lines[i].end, lines[i].page));
      rows.push(rowOf(row));
      continue;
    }
    if (!cells || cols[i - 1] === AREA || c <= cols[i - 1]) {
      close();
      cells = new Array(n).fill(null);
    }
    cells![c] = cellOf(lines[i]);
  }
  close();
  if (!rows.some((r) => r.cells.filter((x) => x.text).length >= 2)) return null;
  return { rows, next: from + last + 1 };
}
