// A combined table copied out of a PDF as running text (the national template's B-F-E, C-G-E and
// D-H1-H2-E tables): the header cells run together on one line ("B – Special Educational Needs
// F – Special Educational Provision E – Outcomes"), then each row is one paragraph, wrapped at the
// page width, holding the need sentences, then the provision sentences, then the outcome sentences,
// with no cell boundaries. Each sentence goes to the column its kind names (the flat-table reader's
// line roles), never to a column before the last one used: a need after provision or an outcome
// starts the next row; an ambiguous sentence cannot jump back.
import type { Block, StructuredDocument } from '../../../ingest/src/document.ts';
import { splitSentences, type Words } from '../quantities.ts';
import { statementWords } from '../statements.ts';
import { isGuidance } from '../template-text.ts';
import { COMBINED_LETTERS, COMBINED_TITLE, NEED_SECTIONS, PROVISION_LABELS, leadingArea } from './areas.ts';
import { columnSection } from './columns.ts';
import { isNilCell, lineRole, type LineRole } from './flat-table.ts';
import { cutHeaderCells } from './header-cells.ts';
import { matchHeading } from './headings.ts';
import { titleKey, type Titles } from './titles.ts';
import type { SectionLabel, Unit } from './types.ts';
import { textUnit } from './units.ts';

type TextBlock = Exclude<Block, { kind: 'table' }>;

export interface RunningTable {
  /** The columns' sections, in order ("B", "F", "E"). */
  labels: SectionLabel[];
  title: string;
  start: number;
  page: number | null;
  /** The rows' cells (and text after the table in its last block), each with its column's section. */
  units: { label: SectionLabel; unit: Unit }[];
}

// A column's letter in a header run together: "F – ", "E - ", or H1/H2 standing bare ("H1 H2 E – Outcomes").
const MARKER = /(^|\s)(?:(H[12]|[B-H])\s*[–—‒―−-]\s+|(H[12])(?=\s|$))/g;
// How far a header may run: the statutory titles of G and D are long.
const HEADER_MAX = 500;

const kindOf = (l: SectionLabel): LineRole => (NEED_SECTIONS.has(l) ? 'need' : l === 'E' ? 'outcome' : 'provision');
const RANK: Record<LineRole, number> = { need: 0, provision: 1, outcome: 2 };

/**
 * A combined table's header cells run together at the start of `text`: their sections and where the
 * header ends, or null. `lineEnds` are the offsets where the text's lines (blocks) end: a header
 * printed one cell a line is the flat-table reader's, so one line must hold two columns' letters.
 */
export function runningHeader(titles: Titles, text: string, lineEnds: number[] = []): { labels: SectionLabel[]; end: number } | null {
  const t = text.slice(0, HEADER_MAX + 100);
  const marks: { at: number; label: SectionLabel; after: number }[] = [];
  for (const m of t.matchAll(MARKER)) {
    const at = m.index! + m[1].length;
    if (at > HEADER_MAX) break;
    marks.push({ at, label: (m[2] ?? m[3]) as SectionLabel, after: m.index! + m[0].length });
  }
  if (marks.length < 2 || marks[0].at !== 0 || kindOf(marks[0].label) !== 'need') return null;
  // The columns' letters, in a combined table's order (needs, provision, outcomes), each once, up to E.
  const cols = [marks[0]];
  for (const m of marks.slice(1)) {
    const prev = cols[cols.length - 1];
    if (!PROVISION_LABELS.has(m.label) && m.label !== 'E') break;
    if (cols.some((c) => c.label === m.label) || RANK[kindOf(m.label)] < RANK[kindOf(prev.label)]) break;
    cols.push(m);
    if (m.label === 'E') break;
  }
  // Each cell before the next letter is that column's header ("B – Special Educational Needs").
  const named = cutHeaderCells(t, cols.map((c) => c.at), 0, 1, cols.length - 1, (cell, k) => (columnSection(titles, cell) === cols[k].label ? cols[k].label : null));
  if (named.cells.length < cols.length - 1) return null;
  if (cols.length < 2 || !cols.some((c) => PROVISION_LABELS.has(c.label))) return null;
  const last = cols[cols.length - 1];
  const title = /^H[12]$/.test(last.label) && last.after === last.at + 2 ? null : titleKey(titles, t.slice(last.after));
  if (!title && !/^H[12]$/.test(last.label)) return null;
  const end = title ? last.after + title.length : last.at + 2;
  // Two columns' letters on one line: not a header printed one cell a line.
  const lineOf = (at: number) => lineEnds.findIndex((e) => at < e);
  if (lineEnds.length && !cols.some((c, i) => i > 0 && lineOf(c.at) === lineOf(cols[i - 1].at))) return null;
  return { labels: cols.map((c) => c.label), end };
}

// Where a table's running text stops: the next area's or section's heading, a "Strengths" line.
const ENDS_TEXT = new RegExp(String.raw`${COMBINED_LETTERS}|^sections?\s+[A-K][12]?\b|^strengths\b`, 'i');

function endsTable(titles: Titles, b: TextBlock, rubric?: Words): boolean {
  const t = b.text.trim();
  return COMBINED_TITLE.test(t) || leadingArea(t, rubric) !== null || ENDS_TEXT.test(t) || !!matchHeading(titles, t, b.kind === 'heading', false);
}

/**
 * The combined tables in `blocks` whose header and rows are running text: the block each opens at,
 * with its cells, and the blocks it takes in (the walk reads neither again).
 */
export function runningTables(titles: Titles, blocks: Block[], doc: StructuredDocument, child: () => Set<string>, rubric?: Words): { heads: Map<Block, RunningTable>; rest: Set<Block> } {
  const heads = new Map<Block, RunningTable>();
  const rest = new Set<Block>();
  let rowId = 0;
  let prevEnd = 0;
  // The first block no table has taken.
  let firstFree = 0;
  for (let i = 0; i < blocks.length; i++) {
    const found = headerAt(titles, blocks, i, doc);
    if (!found) continue;
    const { head, joined, j } = found;
    const first = blocks[i];
    const headEnd = first.start + head.end;
    // The header's own blocks, then the rows' blocks up to the next heading.
    let k = i;
    while (k + 1 <= j && blocks[k + 1].start <= headEnd) k++;
    let last = k;
    while (last + 1 < blocks.length) {
      const b = blocks[last + 1];
      if (b.kind === 'table' || endsTable(titles, b, rubric) || headerAt(titles, blocks, last + 1, doc)) break;
      last++;
    }
    const bodyEnd = blocks[last].end;
    const body = doc.text.slice(headEnd, bodyEnd).replace(/\n/g, ' ');
    const table: RunningTable = { labels: head.labels, title: joined.slice(0, head.end), start: first.start, page: first.page, units: [] };
    const pageOf = (at: number) => blocks.reduce<number | null>((p, b) => (b.start <= at ? b.page : p), first.page);
    const textAt = (s: number, e: number) => doc.text.slice(s, e).replace(/\n/g, ' ');
    const unit = (s: number, e: number, extra: Partial<Unit>): Unit => ({ kind: 'paragraph', start: headEnd + s, end: headEnd + e, page: pageOf(headEnd + s), text: body.slice(s, e), subheading: false, ...extra });
    // The form's text around a table (its area's heading and guidance, "Strengths …"): the need column's, never a row.
    const formText = (s: number, e: number) => {
      const t = textAt(s, e);
      const strengths = /\bstrengths\b/i.exec(t);
      const parts = strengths && strengths.index > 0 ? [[0, strengths.index], [strengths.index, t.length]] : [[0, t.length]];
      for (const [a, b] of parts) {
        const piece = t.slice(a, b).trim();
        if (!piece) continue;
        const from = s + t.indexOf(piece, a);
        table.units.push({ label: head.labels[0], unit: textUnit({ start: from, end: from + piece.length, page: pageOf(from), text: piece }, 'paragraph', 'paragraph', rubric) });
      }
    };
    // The area's heading printed before the header, in blocks of its own ("… (B-F-E) Cognition and
    // learning Support for … Strengths …", a line each where the copy kept the page's lines).
    const textOf = (b: Block) => (b.kind === 'table' ? null : b.text.trim());
    let pre = i;
    while (pre > firstFree && i - pre < 12 && textOf(blocks[pre - 1]) !== null && !COMBINED_TITLE.test(textOf(blocks[pre - 1])!) && !matchHeading(titles, textOf(blocks[pre - 1])!, blocks[pre - 1].kind === 'heading', false)) pre--;
    const opener = pre > firstFree ? textOf(blocks[pre - 1]) : null;
    const preamble = opener !== null && COMBINED_TITLE.test(opener) ? pre - 1 : i;
    if (preamble < i) formText(blocks[preamble].start, blocks[i - 1].end);
    const area = areaBefore(doc.text.slice(Math.max(prevEnd, first.start - 1500), first.start), rubric);
    // Reading the rows: the column the last sentence went to, the row, the row's need.
    let col = -1;
    let row = 0;
    let need: string | null = null;
    let cell: { col: number; start: number; end: number } | null = null;
    const flush = () => {
      if (!cell) return;
      const label = head.labels[cell.col];
      const u = unit(cell.start, cell.end, { row, area: area ?? need });
      // A provision or outcome sentence is a cell's paragraph (as a table's cell paragraphs are read); a need stays prose.
      table.units.push({ label, unit: kindOf(label) === 'need' ? u : { ...u, kind: 'row', cells: [{ start: u.start, end: u.end, page: u.page, text: u.text }] } });
      cell = null;
    };
    const words = statementWords(rubric);
    const place = (c: number, s: number, e: number) => {
      const sentence = body.slice(s, e);
      // A need's sentences are one cell; a provision's or outcome's next sentence is its own, unless it
      // goes on from the one before ("This will be reviewed each term.").
      const goesOn = !!cell && cell.col === c && (kindOf(head.labels[c]) === 'need' || (words.continues.test(sentence) && !words.dummyIt.test(sentence)));
      if (goesOn) cell!.end = e;
      else {
        flush();
        cell = { col: c, start: s, end: e };
      }
      col = c;
    };
    const newRow = () => {
      flush();
      row = ++rowId;
      need = null;
      col = -1;
    };
    let tail = body.length;
    for (const s of splitSentences(body)) {
      const sentence = body.slice(s.start, s.end);
      // The next area's heading or a "Strengths" line run on after the last row: the table ends.
      if (ENDS_TEXT.test(sentence)) {
        tail = s.start;
        break;
      }
      if (isGuidance(sentence)) continue;
      // "N/A N/A": each an empty cell, in the columns after the last.
      const nils = sentence.split(/\s+/);
      if (nils.every((w) => isNilCell(w))) {
        let at = s.start;
        for (const w of nils) {
          const from = body.indexOf(w, at);
          at = from + w.length;
          if (row === 0 || col + 1 >= head.labels.length) newRow();
          flush();
          place(col + 1, from, at);
          flush();
        }
        continue;
      }
      const role = lineRole(sentence, child(), rubric);
      const cols = head.labels.map((l, c) => (kindOf(l) === role ? c : -1)).filter((c) => c >= 0);
      let c = cols.find((x) => x >= col);
      // A need after the row's provision or outcomes starts the next row; another kind never goes back.
      if (row === 0 || (role === 'need' && col >= 0 && kindOf(head.labels[col]) !== 'need')) {
        newRow();
        c = cols[0];
      }
      if (c === undefined) c = Math.max(col, 0);
      if (role === 'need' && need === null) need = sentence.slice(0, 120);
      place(c, s.start, s.end);
    }
    flush();
    // What follows the table in its last block (the next area's heading, its strengths) is not a row.
    // A header with no running text after it (a real table follows, or nothing) is not this layout.
    if (!table.units.some((u) => u.unit.row !== undefined)) continue;
    if (tail < body.length) formText(headEnd + tail, bodyEnd);
    heads.set(first, table);
    for (let b = preamble; b <= last; b++) if (b !== i) rest.add(blocks[b]);
    // The next table's area may be named in this one's last block.
    prevEnd = headEnd + tail;
    firstFree = last + 1;
    i = last;
  }
  return { heads, rest };
}

/** A header run together from block `i` on (it may wrap over a few lines), with the text it was read in and its last block. */
function headerAt(titles: Titles, blocks: Block[], i: number, doc: StructuredDocument): { head: NonNullable<ReturnType<typeof runningHeader>>; joined: string; j: number } | null {
  const b = blocks[i];
  if (b.kind === 'table' || b.kind === 'listItem' || !/^\W{0,3}[BCD]\s*[–—‒―−-]/.test(b.text.trim())) return null;
  let j = i;
  while (j + 1 < blocks.length && j - i < 4 && blocks[j + 1].kind !== 'table' && blocks[j + 1].start - b.start <= HEADER_MAX) j++;
  // Blocks are one "\n" apart in the text: a space in their place keeps every offset.
  const joined = doc.text.slice(b.start, blocks[j].end).replace(/\n/g, ' ');
  const head = runningHeader(titles, joined, blocks.slice(i, j + 1).map((x) => x.end - b.start));
  return head ? { head, joined, j } : null;
}

/** The area of need whose heading ("… (B-F-E) Cognition and learning <guidance> Strengths …") comes last in `text`. */
function areaBefore(text: string, rubric?: Words): string | null {
  const t = text.replace(/\n/g, ' ');
  let from = -1;
  for (const m of t.matchAll(new RegExp(COMBINED_LETTERS, 'g'))) from = m.index! + m[0].length;
  if (from < 0) return null;
  const rest = t.slice(from);
  const strengths = /\bstrengths\b/i.exec(rest);
  return leadingArea(strengths ? rest.slice(0, strengths.index) : rest, rubric);
}
