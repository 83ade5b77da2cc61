// A PDF's table copied as text with its header cells run together on one line: the header cut into
// cells by the rubric's column words, and each line after it cut where a cell may open, the pieces
// joined into cells and placed in columns by the same fit as by-kind.ts, term columns included.
import type { Block, TableCell } from '../../../../ingest/src/document.ts';
import { CONTINUATION, CONTINUED_TAIL } from '../../../../ingest/src/furniture.ts';
import { findAmount } from '../../quantities.ts';
import type { Rubric } from '../../rubric.ts';
import { ENDS_OPEN, weekdayColumn, type StatementWords } from '../../statements.ts';
import { execFromStart, testFromStart } from '../../fast-patterns.ts';
import { matchHeading } from '../headings.ts';
import type { Titles } from '../titles.ts';
import { leadingArea } from '../areas.ts';
import { columnRole } from '../columns.ts';
import { cutHeaderCells, wordsOf } from '../header-cells.ts';
import { MAX_COLUMNS, MIN_COLUMNS, isCellLine, placedRows, type Line, type ReadRows } from './cells.ts';
import { LONE_ROW_COST, TWO_FIELDS, bestBefore, compiledFor, fieldKind, fit, lineKind, type ColumnKind, type LineKind } from './fit.ts';

/** A header whose cells run together on one line: the cells, where the run starts in the line, and where it ends. */
export interface HeaderRun {
  cells: TableCell[];
  kinds: ColumnKind[];
  from: number;
  to: number;
}

// Words a cell does not end on: a line or cell ending in one goes on (statements.ts ENDS_OPEN).
const OPEN_END = ENDS_OPEN;
// A word that may open a cell: a capital, a digit, a dash standing for nothing, a sign before a number, a tick.
const CELL_OPENER = /^(?:\p{Lu}|\d|[—–-]$|[£%(]|[✓✔☑]$)/u;
const DASH_CELL = /^[—–-]$/;
// "1:6", "1 : 1": an adults-to-pupils ratio alone in a cell (grammar).
const RATIO_CELL = /^\d{1,2}\s?:\s?\d{1,2}$/;
// A day's cell in a week's grid that is only marks: a tick, or clock times and spans ("9.10–9.20",
// "10.00, 12.00 and 14.00", "1:15pm - 1:45pm"), grammar.
const CLOCK = String.raw`\d{1,2}[.:]\d{2}(?:\s?[ap]\.?m\.?)?`;
const DAY_MARK_CELL = new RegExp(String.raw`^(?:[✓✔☑]|${CLOCK}(?:\s?[–-]\s?${CLOCK})?(?:(?:\s*,\s*|,?\s+and\s+)${CLOCK}(?:\s?[–-]\s?${CLOCK})?)*)$`, 'i');

/**
 * A header's cells run together at the end of a line ("Provision Delivered by Autumn term 2026 Spring
 * term 2027 Summer term 2027"), perhaps after a sentence and before an area of need's name (text
 * ingest joins a long line to the next): each cell a capitalised field label or term, the longest
 * first; three or more, one the provision's and one of who, how often, how long or a term.
 */
export function headerRun(b: Line, words: StatementWords, rubric: Rubric | undefined): HeaderRun | null {
  const text = b.text;
  if (text.length > 600) return null;
  const tokens = wordsOf(text);
  const openings = tokens.map((x) => x.at);
  const kindOfHeader = (raw: string, first: boolean): ColumnKind | null => {
    const t = raw.replace(/\s+/g, ' ');
    if (!/^\p{Lu}/u.test(t)) return null;
    if (first && columnRole(t, rubric) === 'label' && t.split(/\s+/).length <= 3) return 'label';
    if (words.whatLabel.test(t)) return 'what';
    if (words.termColumn.test(t)) return 'term';
    // A weekday, whole or cut short ("Mon", "Thurs"): that day's column in a week's grid.
    if (!first && weekdayColumn(t, words.weekdays)) return 'day';
    // A label naming two fields together ("Staff and expertise", "Who / where") is the first one's column.
    const parts = t.split(TWO_FIELDS);
    const head = words.fieldLabel.test(t) ? t : parts.length === 2 && parts.every((x) => x && words.fieldLabel.test(x)) ? parts[0] : null;
    if (!head) return null;
    return fieldKind(head, words) ?? 'other';
  };
  for (let s = 0; s < tokens.length; s++) {
    // The run opens the line or follows a sentence's end.
    if (s > 0 && !/[.!?:]["”’')\]]?$/.test(tokens[s - 1].t)) continue;
    // Each cell is the longest run of up to six words that names a column.
    const run = cutHeaderCells(text, openings, s, 6, MAX_COLUMNS, (t, at) => kindOfHeader(t, at === 0));
    const cells: TableCell[] = run.cells.map((c) => ({ text: text.slice(c.start, c.end).replace(/\s+/g, ' '), start: b.start + c.start, end: b.start + c.end, page: b.page }));
    const kinds = run.cells.map((c) => c.kind);
    const k = run.next;
    if (cells.length < MIN_COLUMNS || !kinds.includes('what') || !kinds.some((x) => x === 'who' || x === 'often' || x === 'long' || x === 'term' || x === 'day')) continue;
    // What follows on the line (text ingest joins a long line to the next) opens a cell: a row or an area's name.
    if (k < tokens.length && !CELL_OPENER.test(tokens[k].t)) continue;
    return { cells, kinds, from: tokens[s].at, to: k < tokens.length ? tokens[k].at : text.length };
  }
  return null;
}

// A header's cell wrapped onto its own line is a few words without a sentence's end.
const SHORT_HEADER_LINE = /^[^.!?;:\d]{1,30}$/;
const MAX_HEADER_LINES = 12;

/**
 * A header wrapped over lines from block `i`: the fewest short lines that read together as a whole
 * header run (headerRun), as one line whose text keeps the lines' offsets (the gaps as newlines).
 */
export function wrappedHeader(blocks: Block[], i: number, words: StatementWords, rubric: Rubric | undefined): { line: Line; run: HeaderRun; last: number } | null {
  const first = blocks[i] as Line;
  if (!SHORT_HEADER_LINE.test(first.text.trim()) || first.start + first.text.length !== first.end) return null;
  let text = first.text;
  // The most lines that still read as a whole header (a row's first line may be short too).
  let best: { line: Line; run: HeaderRun; last: number } | null = null;
  for (let k = i + 1; k < blocks.length && k - i < MAX_HEADER_LINES; k++) {
    const b = blocks[k];
    const prev = blocks[k - 1] as Line;
    if (!isCellLine(b) || (b.blankBefore ?? 0) > 0 || !SHORT_HEADER_LINE.test(b.text.trim()) || b.start + b.text.length !== b.end || b.start <= prev.end) break;
    text += '\n'.repeat(b.start - prev.end) + b.text;
    const line: Line = { ...first, text, end: b.end } as Line;
    const run = headerRun(line, words, rubric);
    if (run && run.from === 0 && run.to >= text.trimEnd().length) best = { line, run, last: k };
  }
  return best;
}

/** The header's words, to know it again where it is repeated (on each page of a table). */
const headerKey = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();

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
  // A day's cell: a tick, clock times, or a few words of how often or how long ("All day", "Once a
  // term"), not a sentence ("A sloped desk in every lesson.").
  if (col === 'day') {
    if (dash) return 0.5;
    if (DAY_MARK_CELL.test(t.trim())) return 2;
    if (t.trim().split(/\s+/).length <= 4 && !/[.!?]$/.test(t.trim()) && !k.who && (k.often || k.long || vague(t))) return 1.5;
    return k.who ? -2 : k.sentence ? -1 : -0.5;
  }
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
export function readRowsByPieces(titles: Titles, blocks: Block[], i: number, run: HeaderRun, words: StatementWords, rubric: Rubric | undefined): ReadRows {
  const compiled = compiledFor(rubric);
  const kinds = run.kinds;
  const what = kinds.indexOf('what');
  const n = kinds.length;
  const first = blocks[i] as Line;
  const key = headerKey(run.cells.map((c) => c.text).join(' '));
  // The lines: the rest of the header's line, then each line up to a heading, a blank line or a list.
  const lines: { text: string; start: number; page: number | null; block: number }[] = [];
  const after = first.text.slice(run.to);
  if (after.trim()) lines.push({ text: after, start: first.start + run.to, page: first.page, block: i });
  let j = i + 1;
  for (; j < blocks.length && lines.length < 200; j++) {
    const b = blocks[j];
    // "Continued on next page" ends this part of a table split by hand; the next part has its header again.
    if (!isCellLine(b) || (b.blankBefore ?? 0) > 0 || matchHeading(titles, b.text, false, false) || CONTINUATION.test(b.text.trim())) break;
    // The header repeated where the table goes on over a page: not a row.
    const again = repeatedHeader(blocks, j, key);
    if (again > 0) {
      j += again - 1;
      continue;
    }
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
    const tokens = wordsOf(l.text);
    if (!tokens.length) return;
    const prevLine = li > 0 ? lines[li - 1].text.trim() : '';
    // A line goes on from the one before: a small letter opens it, or the line before ends open.
    // A bracket opening the line glosses the phrase before it ("School counsellor" / "(BACP registered)").
    const goesOn = li > 0 && (/^[\p{Ll}(]/u.test(tokens[0].t) || OPEN_END.test(prevLine) || prevLine.split('(').length > prevLine.split(')').length);
    // Where a cell may open: a capital, a digit or a dash after a word that does not leave its phrase open.
    const opens = tokens.map((x, k) => k === 0 || (CELL_OPENER.test(x.t) && !OPEN_END.test(tokens[k - 1].t) && !/-$/.test(tokens[k - 1].t)));
    // An area of need's name between two openings (a row merged across the table, run into the lines around it by a text reader) is a piece of its own.
    const areaAt = new Map<number, number>();
    for (let k = 0; k < tokens.length; k++) {
      if (!opens[k]) continue;
      for (let e = k + 1; e <= Math.min(tokens.length, k + 6); e++) {
        if (e < tokens.length && !opens[e]) continue;
        const t = l.text.slice(tokens[k].at, tokens[e - 1].end);
        if (leadingArea(t, rubric) === t) {
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
  // A column of a unit ("Sessions per week", "Minutes per session"): a number alone is that many of it.
  const unit = run.cells.map((c) => words.amountColumn.test(c.text.trim()));
  const amountFit = (t: string, c: number): number | null => {
    const bare = words.bareAmount.test(t.trim());
    const ratio = RATIO_CELL.test(t.trim());
    if (unit[c]) return bare ? 2 : ratio ? -2 : t.split(/\s+/).length <= 3 && vague(t) ? 1.5 : null;
    if (kinds[c] === 'other') return ratio ? 1.5 : bare ? -1 : null;
    return (bare || ratio) && unit.some(Boolean) ? -2 : null;
  };
  const starts = kinds.map((k, c) => k === 'label' || c === what);
  // A week's grid copied as text keeps a row's filled day cells in order but not under their days: each
  // goes to the first day's column left (a hair's cost for each later one), so the count of days holds.
  const dayOrder = kinds.map((k, c) => (k === 'day' ? 0.001 * kinds.slice(0, c).filter((x) => x === 'day').length : 0));
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
        const own = c === AREA ? 0 : (amountFit(span.text, c) ?? pieceFit(span.text, span.k, kinds[c], vague, span.roleIn, span.rate)) - dayOrder[c];
        // A row of the provision alone with another row straight after it is more likely one provision wrapped over lines.
        const { best, arg } = bestBefore(s > 0 ? score[s - 1] : null, c, AREA, c === AREA || starts[c], c === what && kinds.length >= 3 ? LONE_ROW_COST : 0);
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
  // A last row of the provision's cell alone, on lines of its own, is the text after the table (a title
  // over what follows), not a row: a row gives its provision with at least one of its fields.
  while (cells.length > 1) {
    const x = cells[cells.length - 1];
    const before = cells[cells.length - 2];
    if (x.c !== what || (before.c !== AREA && before.c < x.c) || !pieces[x.s].lineStart || !pieces[x.s - 1]?.lineEnd) break;
    cells.pop();
  }
  const rows = placedRows(cells.map((x) => ({ cell: { text: spanText(pieces, x.s, x.e), start: pieces[x.s].start, end: pieces[x.e].end, page: pieces[x.s].page }, col: x.c })), n);
  if (!rows) return null;
  return { rows, next: lines[pieces[cells[cells.length - 1].e].line].block + 1 };
}

/** How many lines from block `j` repeat the header whose words are `key` (0 if they do not). */
function repeatedHeader(blocks: Block[], j: number, key: string): number {
  let t = '';
  for (let k = j; k < blocks.length && k - j < MAX_HEADER_LINES; k++) {
    const b = blocks[k];
    if (!isCellLine(b)) return 0;
    t = t ? `${t} ${b.text}` : b.text;
    const got = headerKey(t);
    if (got === key) return k - j + 1;
    if (!key.startsWith(got)) return 0;
  }
  return 0;
}

/** The earlier of two matches. */
const firstOf = (x: RegExpExecArray | null, y: RegExpExecArray | null): RegExpExecArray | null => (!x ? y : !y ? x : x.index <= y.index ? x : y);
