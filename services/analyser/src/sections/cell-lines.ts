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
import { CONTINUATION, ENDS_OPEN, statementWords, type StatementWords } from '../statements.ts';
import { execFromStart, testFromStart } from '../fast-patterns.ts';
import { matchHeading } from './headings.ts';
import type { Titles } from './titles.ts';
import { leadingArea } from './areas.ts';
import { columnRole, crossReferenceColumn, headerSection, namesColumn, objectiveColumn } from './columns.ts';

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
    return isField(t) || (at === 0 && columnRole(t, rubric) === 'label') || (at > 0 && crossReferenceColumn(t, rubric)) || (columnRole(t, rubric) === 'outcome' && (namesColumn(t, rubric) || (at > 0 && t.split(/\s+/).length <= 3))) || isLetteredWhat(t, at);
  };
  // A column naming its section by letter ("Provision to achieve it (Section F)") holds the provision
  // itself; the section's own heading just above a table ("Section G – Health provision") opens no header.
  const isLetteredWhat = (t: string, at: number) => namesColumn(t, rubric) && !isField(t) && ['F', 'G', 'H1', 'H2', 'H'].includes(headerSection(t) ?? '') && !(at === 0 && matchHeading(titles, t, false, false));
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i];
    // An individual education plan's table whose cells hold parallel paragraphs, a line each.
    const iep = parallelLineTable(titles, blocks, i, rubric);
    if (iep) {
      out.push(iep.table);
      i = iep.next - 1;
      continue;
    }
    // The header's cells run together on one line (a PDF's table copied out as text): rows read piece by piece.
    const run = isCellLine(first) ? headerRun(first, words, rubric) : null;
    const ran = run ? readRowsByPieces(titles, blocks, i, run, words, rubric) : null;
    if (run && ran) {
      if (run.from > 0) {
        const line = first as Line;
        const text = line.text.slice(0, run.from).trimEnd();
        out.push({ ...line, text, end: line.start + text.length });
      }
      const headerRow = rowOf(run.cells);
      out.push({ kind: 'table', rows: [headerRow, ...ran.rows], start: headerRow.start, end: ran.rows[ran.rows.length - 1].end, page: first.page } satisfies TableBlock);
      i = ran.next - 1;
      continue;
    }
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
function parallelLineTable(titles: Titles, blocks: Block[], i: number, rubric?: Rubric): { table: TableBlock; next: number } | null {
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
type ColumnKind = 'label' | 'what' | 'who' | 'often' | 'long' | 'term' | 'ref' | 'other';

/** What each column of such a table holds, by its label (a column naming section F by letter holds the provision). */
function columnKinds(heads: Line[], words: StatementWords, rubric: Rubric | undefined): ColumnKind[] {
  return heads.map((h, k) => {
    const t = h.text.trim();
    if (k === 0 && columnRole(t, rubric) === 'label') return 'label';
    // Pointers to another section's items ("Need (B ref)"): their cells read "B4, B6".
    if (k > 0 && crossReferenceColumn(t, rubric)) return 'ref';
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
  /** Only references to items ("B4, B6", "E3") or a dash: a cross-reference cell. */
  ref: boolean;
}

// "B4, B6", "E3", "F2.1", "—": item references or a dash (grammar, not words).
const ITEM_REFS = /^(?:[-–—]|(?:H\s?[12]\.|[A-K])\d{1,2}(?:\.\d{1,2})?[a-z]?(?:\s*(?:,|and|&|\/)\s*(?:H\s?[12]\.|[A-K])\d{1,2}(?:\.\d{1,2})?[a-z]?)*)$/;

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
  return { who, often, long: a.length, short: n <= 6, sentence: n > 8, area: !!leadingArea(t), ref: ITEM_REFS.test(t) };
}

// What starting a row costs: a line that is only a provision starts one at no gain, so a line that fits a field stays in its row.
const ROW_COST = 1.01;

/**
 * The best score of the placement so far with a cell now in column `c` (AREA: a row merged across the
 * table), and the column the one before was in: the same row goes on to a later column; a new row
 * starts at its label or provision (an area's row stands alone). `before` is null at the first cell.
 */
function bestBefore(before: number[] | null, c: number, AREA: number, startsRow: boolean): { best: number; arg: number } {
  let best = !before && startsRow ? (c === AREA ? 0 : -ROW_COST) : -Infinity;
  let arg = -1;
  for (let p = 0; before && p < before.length; p++) {
    const prev = before[p];
    if (prev === -Infinity) continue;
    const same = p !== AREA && c !== AREA && c > p;
    const cand = same ? prev : startsRow ? prev - (c === AREA ? 0 : ROW_COST) : -Infinity;
    if (cand > best || (cand === best && same)) {
      best = cand;
      arg = p;
    }
  }
  return { best, arg };
}

/** How well a line fits a column of a kind: its own field scores, another field's costs; a sentence is no field's value. */
function fit(k: LineKind, col: ColumnKind): number {
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
    if (!isCellLine(b) || b.blankBefore !== undefined || matchHeading(titles, b.text, false, false) || CONTINUATION.test(b.text.trim())) break;
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

/** A header whose cells run together on one line: the cells, where the run starts in the line, and where it ends. */
interface HeaderRun {
  cells: TableCell[];
  kinds: ColumnKind[];
  from: number;
  to: number;
}

// Words a cell does not end on: a line or cell ending in one goes on (statements.ts ENDS_OPEN).
const OPEN_END = ENDS_OPEN;
// "… 45 minutes Continued on next page": a hand-split table's marker at the end of a joined line (layout).
const CONTINUED_TAIL = /\s+\(?continued\s+(?:on|over)\s+(?:the\s+)?(?:next|following)\s+page\)?\.?\s*$|\s+\(?continued\s+overleaf\)?\.?\s*$/i;
// A word that may open a cell: a capital, a digit, a dash standing for nothing, a sign before a number.
const CELL_OPENER = /^(?:\p{Lu}|\d|[—–-]$|[£%(])/u;
const DASH_CELL = /^[—–-]$/;

/**
 * A header's cells run together at the end of a line ("Provision Delivered by Autumn term 2026 Spring
 * term 2027 Summer term 2027"), perhaps after a sentence and before an area of need's name (text
 * ingest joins a long line to the next): each cell a capitalised field label or term, the longest
 * first; three or more, one the provision's and one of who, how often, how long or a term.
 */
function headerRun(b: Line, words: StatementWords, rubric: Rubric | undefined): HeaderRun | null {
  const text = b.text;
  if (text.length > 600) return null;
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, t: m[0] }));
  const kindOfHeader = (t: string, first: boolean): ColumnKind | null => {
    if (!/^\p{Lu}/u.test(t)) return null;
    if (first && columnRole(t, rubric) === 'label' && t.split(/\s+/).length <= 3) return 'label';
    if (words.whatLabel.test(t)) return 'what';
    if (words.termColumn.test(t)) return 'term';
    // A label naming two fields together ("Staff and expertise", "Who / where") is the first one's column.
    const parts = t.split(/\s+(?:and|&)\s+|\s*\/\s*/i);
    const head = words.fieldLabel.test(t) ? t : parts.length === 2 && parts.every((x) => x && words.fieldLabel.test(x)) ? parts[0] : null;
    if (!head) return null;
    if (words.whoColumn.test(head)) return 'who';
    if (words.oftenColumn.test(head)) return 'often';
    if (words.longColumn.test(head)) return 'long';
    return 'other';
  };
  for (let s = 0; s < tokens.length; s++) {
    // The run opens the line or follows a sentence's end.
    if (s > 0 && !/[.!?:]["”’')\]]?$/.test(tokens[s - 1].t)) continue;
    const cells: TableCell[] = [];
    const kinds: ColumnKind[] = [];
    let k = s;
    while (k < tokens.length && cells.length < MAX_COLUMNS) {
      let found = 0;
      let kind: ColumnKind | null = null;
      for (let len = Math.min(6, tokens.length - k); len >= 1 && !found; len--) {
        const t = text.slice(tokens[k].at, tokens[k + len - 1].end);
        kind = kindOfHeader(t, cells.length === 0);
        if (kind) found = len;
      }
      if (!found || !kind) break;
      const at = tokens[k].at;
      const end = tokens[k + found - 1].end;
      cells.push({ text: text.slice(at, end), start: b.start + at, end: b.start + end, page: b.page });
      kinds.push(kind);
      k += found;
    }
    if (cells.length < MIN_COLUMNS || !kinds.includes('what') || !kinds.some((x) => x === 'who' || x === 'often' || x === 'long' || x === 'term')) continue;
    // What follows on the line (text ingest joins a long line to the next) opens a cell: a row or an area's name.
    if (k < tokens.length && !CELL_OPENER.test(tokens[k].t)) continue;
    return { cells, kinds, from: tokens[s].at, to: k < tokens.length ? tokens[k].at : text.length };
  }
  return null;
}

/** A piece of a line that may be a cell or part of one. */
interface Piece {
  text: string;
  start: number;
  end: number;
  page: number | null;
  line: number;
  /** Opens its line. */
  lineStart: boolean;
  /** Closes its line. */
  lineEnd: boolean;
  /** The whole line is an area of need's name. */
  area: boolean;
  /** What starting a cell here costs (a line that goes on from the one before, a cut after a comma). */
  newCost: number;
  /** What going on from the piece before costs (a new line after one that ended). */
  joinCost: number;
}

/** A cell's text and kind over pieces s..e: the pieces' lines joined by spaces, as their offsets stand. */
function spanText(pieces: Piece[], s: number, e: number): string {
  let t = pieces[s].text;
  for (let k = s + 1; k <= e; k++) t += ' '.repeat(Math.max(1, Math.min(3, pieces[k].start - pieces[k - 1].end))) + pieces[k].text;
  return t;
}

/** How well a cell fits a column of a kind, for a table read piece by piece: fit(), with a term's amount and a cell of nothing. */
function pieceFit(t: string, k: LineKind, col: ColumnKind, vague: (t: string) => boolean, roleIn: () => RegExpExecArray | null, rate: () => boolean): number {
  const dash = DASH_CELL.test(t.trim());
  if (col === 'term') {
    if (dash) return 1.5;
    if (k.often || k.long || (k.short && vague(t))) return 2;
    return k.who ? -2 : k.sentence ? -1 : -0.5;
  }
  if (dash) return col === 'what' ? -2 : col === 'label' ? -2 : 0.5;
  // A short provision saying where or for what ("A laptop for written work") is still the provision; a rate, a length or a role alone is not.
  // A row's provision is a phrase rather than a stray word: where rows run together on a line, the longer reading of it wins a tie.
  const phrase = col === 'what' ? 0.03 * Math.min(12, t.split(/\s+/).length) : 0;
  if (col === 'what' && k.short && !k.who && !k.long && !(k.often && rate())) return 1 + phrase;
  if (col === 'what') return fit(k, col) + phrase;
  // A role a few words in or after "by" ("Supervised by a teaching assistant", "Set up by the IT technician"),
  // perhaps with its training after it ("Specialist teacher with a Level 5 certificate in dyslexia"), is the cell's who.
  if (col === 'who' && !k.often && !k.long) {
    const role = roleIn();
    const before = role ? t.slice(0, role.index).trim() : '';
    if (role && (before.split(/\s+/).filter(Boolean).length <= 3 || /\bby\b/i.test(before)) && t.split(/\s+/).length <= 14) return 2;
  }
  return fit(k, col);
}

/**
 * The rows after a header run together on one line: each line after it (and what the header's line
 * holds after it) is cut into pieces where a word may open a cell, and the pieces are joined into
 * cells and placed in columns by the best score over the whole run: a cell's fit to its column, a line
 * that goes on from the one before (a small letter, the line before ending in "of", "a", a hyphen)
 * joined to it, a row starting at its provision. The table ends after the line where the placement
 * scores best. Null unless a row has two filled cells.
 */
function readRowsByPieces(titles: Titles, blocks: Block[], i: number, run: HeaderRun, words: StatementWords, rubric: Rubric | undefined): { rows: TableRow[]; next: number } | null {
  // The rubric's patterns; a reader given none (a test) reads the default's lists (vocabulary.ts, not the rubric loader, which imports the rules).
  const compiled = rubric ? compileRubric(rubric) : compileLists(defaultRubricLists());
  const kinds = run.kinds;
  const what = kinds.indexOf('what');
  const n = kinds.length;
  const first = blocks[i] as Line;
  // The lines: the rest of the header's line, then each line up to a heading, a blank line or a list.
  const lines: { text: string; start: number; page: number | null; block: number }[] = [];
  const after = first.text.slice(run.to);
  if (after.trim()) lines.push({ text: after, start: first.start + run.to, page: first.page, block: i });
  let j = i + 1;
  for (; j < blocks.length && lines.length < 200; j++) {
    const b = blocks[j];
    // "Continued on next page" ends this part of a table split by hand; the next part has its header again.
    if (!isCellLine(b) || (b.blankBefore ?? 0) > 0 || matchHeading(titles, b.text, false, false) || CONTINUATION.test(b.text.trim())) break;
    // The marker run onto a row's last line by a text reader that joined the lines.
    const tail = CONTINUED_TAIL.exec(b.text);
    if (tail && tail.index > 0) {
      lines.push({ text: b.text.slice(0, tail.index), start: b.start, page: b.page, block: j });
      j++;
      break;
    }
    lines.push({ text: b.text, start: b.start, page: b.page, block: j });
  }
  if (!lines.length) return null;
  const pieces: Piece[] = [];
  lines.forEach((l, li) => {
    const tokens = [...l.text.matchAll(/\S+/g)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, t: m[0] }));
    if (!tokens.length) return;
    const prevLine = li > 0 ? lines[li - 1].text.trim() : '';
    // A line goes on from the one before: a small letter opens it, or the line before ends open.
    const goesOn = li > 0 && (/^\p{Ll}/u.test(tokens[0].t) || OPEN_END.test(prevLine) || prevLine.split('(').length > prevLine.split(')').length);
    // Where a cell may open: a capital, a digit or a dash after a word that does not leave its phrase open.
    const opens = tokens.map((x, k) => k === 0 || (CELL_OPENER.test(x.t) && !OPEN_END.test(tokens[k - 1].t) && !/-$/.test(tokens[k - 1].t)));
    // An area of need's name between two openings (a row merged across the table, run into the lines around it by a text reader) is a piece of its own.
    const areaAt = new Map<number, number>();
    for (let k = 0; k < tokens.length; k++) {
      if (!opens[k]) continue;
      for (let e = k + 1; e <= Math.min(tokens.length, k + 6); e++) {
        if (e < tokens.length && !opens[e]) continue;
        const t = l.text.slice(tokens[k].at, tokens[e - 1].end);
        if (leadingArea(t) === t) {
          areaAt.set(k, e);
          break;
        }
      }
    }
    const cuts: { from: number; to: number; area: boolean }[] = [];
    for (let k = 0; k < tokens.length; ) {
      const areaEnd = areaAt.get(k);
      let to = areaEnd ?? k + 1;
      if (areaEnd === undefined) while (to < tokens.length && !opens[to] && !areaAt.has(to)) to++;
      cuts.push({ from: k, to, area: areaEnd !== undefined });
      k = to;
    }
    cuts.forEach(({ from, to, area }, ci) => {
      const startsLine = from === 0;
      const prevToken = startsLine ? '' : tokens[from - 1].t;
      const afterArea = ci > 0 ? cuts[ci - 1].area : li > 0 && pieces.length > 0 && pieces[pieces.length - 1].area;
      pieces.push({
        text: l.text.slice(tokens[from].at, tokens[to - 1].end),
        start: l.start + tokens[from].at,
        end: l.start + tokens[to - 1].end,
        page: l.page,
        line: li,
        lineStart: startsLine,
        lineEnd: to === tokens.length,
        area,
        newCost: area ? 0 : startsLine ? (goesOn ? -3 : 0) : /,$/.test(prevToken) ? -0.5 : 0,
        // An area's name is a row of its own: nothing joins it, and it joins nothing.
        joinCost: area || afterArea ? -Infinity : startsLine && li > 0 && !goesOn ? -1.5 : 0,
      });
    });
  });
  const m = pieces.length;
  if (m < 2) return null;
  const AREA = n;
  const starts = kinds.map((k, c) => k === 'label' || c === what);
  // Any of the rubric's vague terms (a cell saying "Regularly", "To be agreed"); not a case-sensitive one (a template's placeholder).
  const vague = (t: string) => compiled.vague.some(({ spec, re }) => !spec.caseSensitive && testFromStart(re, t));
  // A cell of more pieces than this is not read as one (a wrapped cell holds a few lines).
  const MAX_SPAN = 12;
  const MAX_LINES = 6;
  // Each span's text and kind, read once.
  const spanOf = (s: number, e: number) => {
    const text = spanText(pieces, s, e);
    const k = lineKind(text, words, rubric, compiled);
    let r: boolean | undefined;
    let who: RegExpExecArray | null | undefined;
    const rate = () => (r ??= findAmount(text, rubric).period || words.cellFrequency.test(text));
    // The first of the rubric's roles, or of the words that look like one.
    const roleIn = () => (who === undefined ? (who = firstOf(execFromStart(compiled.role, text), execFromStart(compiled.nonRole, text))) : who);
    return { text, k, rate, roleIn };
  };
  // score[e][c]: the best placement of pieces 0..e with a cell ending at e in column c; from[e][c], its start and the column before.
  const score: number[][] = [];
  const back: { s: number; p: number }[][] = [];
  for (let e = 0; e < m; e++) {
    score.push(new Array(n + 1).fill(-Infinity));
    back.push(new Array(n + 1).fill({ s: -1, p: -1 }));
    let join = 0;
    for (let s = e; s >= 0 && e - s < MAX_SPAN; s--) {
      if (s < e) join += pieces[s + 1].joinCost;
      // Nothing joins an area's name, nor a cell over many ended lines or lines.
      if (join < -3 || pieces[e].line - pieces[s].line > MAX_LINES) break;
      const open = s > 0 ? pieces[s].newCost : 0;
      const span = spanOf(s, e);
      for (let c = 0; c <= n; c++) {
        if ((c === AREA) !== (s === e && pieces[s].area)) continue;
        const own = c === AREA ? 0 : pieceFit(span.text, span.k, kinds[c], vague, span.roleIn, span.rate);
        const { best, arg } = bestBefore(s > 0 ? score[s - 1] : null, c, AREA, c === AREA || starts[c]);
        if (best === -Infinity) continue;
        // A row opens a line of its own unless a text reader ran lines together: one opening mid-line costs more.
        const midRow = s > 0 && c !== AREA && best !== -Infinity && arg >= 0 && !(arg !== AREA && c > arg) && !pieces[s].lineStart ? -0.5 : 0;
        const total = best + own + join + open + midRow;
        if (total > score[e][c]) {
          score[e][c] = total;
          back[e][c] = { s, p: arg };
        }
      }
    }
  }
  // The table ends after the line where the placement scores best (the later one on a tie).
  let last = -1;
  let lastCol = -1;
  let top = 0;
  for (let e = 0; e < m; e++) {
    if (!pieces[e].lineEnd) continue;
    for (let c = 0; c <= n; c++) {
      if (score[e][c] > -Infinity && score[e][c] >= top) {
        top = score[e][c];
        last = e;
        lastCol = c;
      }
    }
  }
  if (last < 1) return null;
  const cells: { s: number; e: number; c: number }[] = [];
  for (let e = last, c = lastCol; e >= 0; ) {
    const { s, p } = back[e][c];
    cells.unshift({ s, e, c });
    e = s - 1;
    c = p;
  }
  const rows: TableRow[] = [];
  let row: (TableCell | null)[] | null = null;
  const close = () => {
    if (!row) return;
    const filled = row.find((x): x is TableCell => x !== null)!;
    let at = filled.start;
    rows.push(rowOf(row.map((x) => (x ? ((at = x.end), x) : emptyAt(at, filled.page)))));
    row = null;
  };
  cells.forEach((x, k) => {
    const cell: TableCell = { text: spanText(pieces, x.s, x.e), start: pieces[x.s].start, end: pieces[x.e].end, page: pieces[x.s].page };
    if (x.c === AREA) {
      close();
      const r = [cell];
      while (r.length < n) r.push(emptyAt(cell.end, cell.page));
      rows.push(rowOf(r));
      return;
    }
    if (!row || cells[k - 1].c === AREA || x.c <= cells[k - 1].c) {
      close();
      row = new Array(n).fill(null);
    }
    row![x.c] = cell;
  });
  close();
  if (!rows.some((r) => r.cells.filter((x) => x.text).length >= 2)) return null;
  return { rows, next: lines[pieces[last].line].block + 1 };
}

/** The earlier of two matches. */
const firstOf = (x: RegExpExecArray | null, y: RegExpExecArray | null): RegExpExecArray | null => (!x ? y : !y ? x : x.index <= y.index ? x : y);
