// Positioned PDF lines to blocks: tables (cells from segment positions, rows from vertical gaps,
// rows continued across a page break merged), headings (larger font, or a section label standing
// alone), list items (by marker, with wrapped lines), paragraphs (wrapped lines joined when the
// next line's first word would not have fitted on the previous line).
import type { CellInput, DocumentBuilder, Fragment } from './builder.ts';
import { markdownBreak } from './markdown-marks.ts';
import type { HRule, PageGraphics, VRule } from './pdf-graphics.ts';
import { MARKER_RE, dotBefore, median, splitMarker, type Line, type PageLines } from './pdf-lines.ts';
import { SECTION_HEADING, isOrderedMarker } from './parse-text.ts';

/** A line's piece in one table cell, kept so that a cell's own paragraphs and lists can be told apart. */
interface CellSeg { text: string; x0: number; x1: number; y: number; size: number; page: number; endsWithSpace?: boolean }
type PdfCell = CellInput & { segs: CellSeg[] };

type Unit =
  | { kind: 'heading'; size: number; bold: boolean; frags: Fragment[] }
  | { kind: 'paragraph'; frags: Fragment[] }
  | { kind: 'listItem'; frags: Fragment[]; marker: string; x0: number; depth?: number }
  | { kind: 'table'; rows: CellInput[][] };

// A hyphen at a line end is usually a word broken in two; these halves say it is a real compound.
const COMPOUND_FIRST = new Set(['half', 'self', 'touch', 'eye', 'hand', 'fine', 'gross', 'first', 'second', 'third', 'last', 'next', 'well', 'non', 'co', 'one', 'two', 'three', 'four', 'five', 'six', 'full', 'part', 'long', 'short', 'high', 'low', 'small', 'multi', 'cross', 'step', 'year', 'term', 'day', 'week', 'face', 'ex', 'anti', 'semi', 'mid', 'pre', 'post', 'sub', 'follow', 'check', 'drop', 'turn', 'peer', 'play', 'word', 'time', 'evidence', 'school', 'home', 'age', 'child', 'person', 'problem', 'solution', 'needs', 'on', 'off', 'up', 'in', 'out', 'all']);
const COMPOUND_SECOND = new Set(['termly', 'weekly', 'daily', 'monthly', 'yearly', 'based', 'led', 'related', 'specific', 'taking', 'time', 'term', 'to', 'one', 'up', 'on', 'off', 'in', 'out', 'year', 'old', 'esteem', 'regulation', 'care', 'centred', 'focused', 'aware', 'awareness', 'friendly']);

const BREAK_HYPHEN = /([A-Za-z0-9])([\u00AD\u2010\u2011-]+)$/;

/** Appends a line's text to a block's fragments, joining a word hyphenated across the line end. */
export function appendLine(frags: Fragment[], text: string, page: number | null): void {
  const last = frags[frags.length - 1];
  if (last) {
    const m = BREAK_HYPHEN.exec(last.text);
    if (m && /^[a-z]/.test(text)) {
      const softOnly = /[\u00AD\u2010\u2011]/.test(m[2]);
      const word = /([A-Za-z0-9]+)[\u00AD\u2010\u2011-]+$/.exec(last.text)?.[1] ?? '';
      const before = word.toLowerCase();
      const after = (/^[a-z]+/.exec(text)?.[0] ?? '').toLowerCase();
      // Numbers and acronyms are not broken with a hyphen ("20-minute", "HCPC-registered").
      const fixed = /\d/.test(word) || (word.length >= 2 && word === word.toUpperCase());
      // A hyphen after a word already joined by one is another link of the compound ("text-to-" / "speech").
      const chained = /[A-Za-z0-9]-[A-Za-z0-9]+[\u00AD\u2010\u2011-]+$/.test(last.text) && m[2] === '-';
      const keep = !softOnly && (fixed || chained || COMPOUND_FIRST.has(before) || COMPOUND_SECOND.has(after));
      last.text = last.text.slice(0, last.text.length - m[2].length) + (keep ? '-' : '') + text;
      return;
    }
    // A hard hyphen before a capital or a digit is part of the word ("Baptiste-Warren", "Key Stage-3").
    if (/[A-Za-z]-$/.test(last.text) && /^[A-Z0-9]/.test(text)) {
      last.text += text;
      return;
    }
  }
  frags.push({ text, page });
}

const isTableLine = (l: Line) => l.segments.length >= 2;

/** Rules of the page a line is on (none for PDFs read without graphics). */
type RulesOf = (page: number) => PageGraphics;

export function layoutPages(pages: PageLines[], b: DocumentBuilder): void {
  const lines = pages.flatMap((p) => p.lines);
  if (lines.length === 0) return;
  const graphics = new Map(pages.map((p) => [p.page, p.graphics ?? { hRules: [], vRules: [], dots: [] }]));
  const rulesOf: RulesOf = (page) => graphics.get(page) ?? { hRules: [], vRules: [], dots: [] };
  // A block may continue across a page break only into the first line of the next page.
  const firstLines = new Set(pages.flatMap((p) => (p.lines.length ? [p.lines[0]] : [])));
  const bodySize = weightedMode(lines.map((l) => [Math.round(l.size * 2) / 2, l.text.length]));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const d = lines[i].y - lines[i - 1].y;
    if (lines[i].page === lines[i - 1].page && d >= 0.9 * bodySize && d < 3 * bodySize && Math.abs(lines[i].size - bodySize) < 0.6) gaps.push(d);
  }
  // The line pitch of wrapped text: a low quantile, as gaps between blocks and table rows are larger and may be more common.
  gaps.sort((a, z) => a - z);
  const pitch = gaps[Math.floor(gaps.length * 0.2)] || bodySize * 1.2;
  const rightEdge = new Map<number, number>();
  const quantile = (xs: number[]) => xs[Math.floor(xs.length * 0.95)] ?? xs[xs.length - 1];
  // A page of short lines (labels and values each on a line) has few full lines to show its edge:
  // it is no nearer than the edge of the pages of its width taken together.
  const byWidth = new Map<number, number[]>();
  for (const p of pages) byWidth.set(Math.round(p.width), [...(byWidth.get(Math.round(p.width)) ?? []), ...p.lines.filter((l) => !isTableLine(l)).map((l) => l.x1)]);
  for (const p of pages) {
    const xs = p.lines.filter((l) => !isTableLine(l)).map((l) => l.x1).sort((a, z) => a - z);
    const all = (byWidth.get(Math.round(p.width)) ?? []).sort((a, z) => a - z);
    rightEdge.set(p.page, xs.length ? Math.max(quantile(xs), quantile(all)) : p.width);
  }
  const isHeadingSize = (l: Line) => l.size >= bodySize * 1.12 && l.text.length <= 200;
  // Headings are often body-size bold rather than larger: a bold line that is not a list item.
  const isHeadingStyle = (l: Line) => isHeadingSize(l) || (l.bold && l.marker === null && l.text.length <= 150 && l.size >= bodySize * 0.95);
  // Text run past the page's right edge (a table set wider than the page) is cut off there: the
  // table's right border is drawn at the edge, so the line ends at the edge for its walls.
  const widthOf = new Map(pages.map((p) => [p.page, p.width]));
  const enclosed = (l: Line) => enclosedByRules(l, rulesOf(l.page), widthOf.get(l.page));
  // A line between three or more vertical rules is in a ruled table of two or more columns.
  const inGrid = (l: Line) => enclosed(l) && wallsAcross(l, rulesOf(l.page)) >= 3;

  /** The next line continues this block's text: close below, aligned with it, and the previous line was full. */
  const continues = (prev: Line, next: Line, baseX: number, firstLine: boolean, hanging: boolean): boolean => {
    if (next.marker !== null || isTableLine(next) || isHeadingStyle(next) !== isHeadingStyle(prev)) return false;
    if (Math.abs(next.size - prev.size) > 0.6) return false;
    if (next.page === prev.page) {
      const d = next.y - prev.y;
      if (d <= 0 || d > pitch * Math.max(1, prev.size / bodySize) * 1.3) return false;
      if (ruleBetween(prev, next, rulesOf(prev.page))) return false;
    } else if (next.page !== prev.page + 1 || !firstLines.has(next)) return false;
    // Wrapped lines start where the first did; a first line may be indented (first-line indent).
    const below = firstLine ? 4 : 1.5;
    if (next.x0 > baseX + 1.5 * next.size || next.x0 < baseX - below * next.size) return false;
    if (BREAK_HYPHEN.test(prev.text)) return true;
    // A section label after a sentence's end starts the section, however full the line before
    // (plans laid out with no space between paragraphs).
    if (/[.!?]["'’”)]?$/.test(prev.text) && (looksLikeSectionLabel(next.text) || CAPS_LABEL.test(next.text.trim()))) return false;
    if (LABELLED_ITEM.test(next.text.trim())) return false;
    if (markdownBreak(prev.text, next.text)) return false;
    // Under a list item's text (a hanging indent) an unmarked line is the item's own wrapped text.
    if (hanging && Math.abs(next.x0 - baseX) <= 0.5 * next.size) return true;
    return wrapsAt(prev, next, edgeOf(prev.page));
  };
  const edgeOf = (page: number) => rightEdge.get(page) ?? Infinity;

  const units: Unit[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if ((isTableLine(line) && !isHeadingSize(line)) || inGrid(line)) {
      const end = tableEnd(lines, i, firstLines, bodySize, pitch, enclosed, rulesOf, edgeOf);
      units.push(...sectionRows(buildTableRows(lines.slice(i, end), pitch, bodySize, rulesOf, edgeOf), pitch, bodySize, rulesOf));
      i = end;
      continue;
    }
    const frags: Fragment[] = [];
    appendLine(frags, line.text, line.page);
    let j = i + 1;
    let prev = line;
    const baseX = line.marker !== null ? line.textX0 : line.x0;
    while (j < lines.length && continues(prev, lines[j], baseX, j === i + 1, line.marker !== null)) {
      appendLine(frags, lines[j].text, lines[j].page);
      prev = lines[j];
      j++;
    }
    const text = frags.map((f) => f.text).join(' ');
    // A numbered line set as a heading ("1. Section A: Views…" in bold or larger) is a heading, number kept.
    const numberedHeading = line.marker !== null && isOrderedMarker(line.marker) && j - i <= 2 && (isHeadingSize(line) || line.bold) && boldHeadingText(text);
    if (numberedHeading) units.push({ kind: 'heading', size: line.size, bold: line.bold, frags: [{ text: `${line.marker} ${frags[0].text}`, page: frags[0].page }, ...frags.slice(1)] });
    else if (line.marker !== null) units.push({ kind: 'listItem', frags, marker: line.marker, x0: line.textX0 });
    else if (isHeadingSize(line)) units.push({ kind: 'heading', size: line.size, bold: line.bold, frags });
    else if (line.bold && isHeadingStyle(line) && j - i <= 3 && boldHeadingText(text) && standsAlone(prev, lines[j], pitch)) units.push({ kind: 'heading', size: line.size, bold: true, frags });
    else if (j === i + 1 && standsAlone(line, lines[j], pitch) && looksLikeSectionLabel(line.text)) units.push({ kind: 'heading', size: bodySize, bold: line.bold, frags });
    else units.push({ kind: 'paragraph', frags });
    i = j;
  }
  emit(units, b);
}

/** The next line's first word would not have fitted at the end of this one: the text wrapped (widths are estimates, so an em of slack). */
function wrapsAt(prev: Line, next: Line, edge: number): boolean {
  const firstWord = /^\S+/.exec(next.text)?.[0] ?? '';
  const charWidth = (next.x1 - next.x0) / Math.max(1, next.text.length);
  return prev.x1 + (firstWord.length + 1) * charWidth >= (Number.isFinite(edge) ? edge : prev.x1) - prev.size;
}

/**
 * A line of a row laid out with tab stops rather than a grid: it wraps back to the left margin, so
 * it is the text the line above was writing when that line was full (its last cell), not a new row.
 */
function wrappedTabLine(prev: Line, l: Line, left: number, pitch: number, bodySize: number, edge: number): boolean {
  return l.page === prev.page && l.marker === null && !looksLikeSectionLabel(l.text) && Math.abs(l.x0 - left) <= 3 && l.y - prev.y <= 1.3 * pitch * Math.max(1, l.size / bodySize) && wrapsAt(prev, l, edge);
}

/** A horizontal rule lies between two lines' text (below the first's baseline, above the second's glyphs). */
function ruleBetween(prev: Line, next: Line, g: PageGraphics): boolean {
  const x0 = Math.min(prev.x0, next.x0);
  const x1 = Math.max(prev.x1, next.x1);
  const top = next.y - 0.75 * next.size;
  return g.hRules.some((r) => r.y > prev.y && r.y < top && r.x1 > x0 && r.x0 < x1 && isBorder(r, g, x1 - x0));
}

/**
 * A horizontal rule that is a border, not an underline: it meets a vertical rule at an end (a
 * cell's edge) or is at least as wide as most of the text it separates.
 */
function isBorder(r: HRule, g: PageGraphics, textWidth: number): boolean {
  if (r.x1 - r.x0 >= 0.6 * textWidth) return true;
  return g.vRules.some((v) => (Math.abs(v.x - r.x0) <= 2 || Math.abs(v.x - r.x1) <= 2) && v.y0 <= r.y + 2 && v.y1 >= r.y - 2);
}

/** The distinct vertical rules that cross the line's band, left to right. */
function wallXs(l: Line, g: PageGraphics): number[] {
  const xs = g.vRules.filter((r) => r.y0 <= l.y - 0.5 * l.size && r.y1 >= l.y - 0.1 * l.size).map((r) => r.x).sort((a, z) => a - z);
  const out: number[] = [];
  for (const x of xs) if (!out.length || x - out[out.length - 1] > 3) out.push(x);
  return out;
}

const wallsAcross = (l: Line, g: PageGraphics) => wallXs(l, g).length;

/** The table's left border runs without a break from one line down to the next (same page). */
function borderConnects(prev: Line, next: Line, g: PageGraphics): boolean {
  const x0 = Math.min(prev.x0, next.x0);
  const left = g.vRules.filter((r) => r.x <= x0 + 0.5 && r.y0 <= prev.y && r.y1 >= prev.y - 0.5 * prev.size);
  if (!left.length) return false;
  const edge = Math.max(...left.map((r) => r.x));
  const spans = g.vRules.filter((r) => Math.abs(r.x - edge) <= 2).sort((a, z) => a.y0 - z.y0);
  let reach = prev.y - 0.5 * prev.size;
  const target = next.y - 0.5 * next.size;
  for (const r of spans) {
    if (r.y0 > reach + 2) break;
    reach = Math.max(reach, r.y1);
    if (reach >= target) return true;
  }
  return reach >= target;
}

/** Vertical rules on both sides of the line: it is in a ruled table. */
function enclosedByRules(l: Line, g: PageGraphics, pageWidth = Infinity): boolean {
  const yTop = l.y - 0.7 * l.size;
  const spans = (r: VRule) => r.y0 <= yTop + 1 && r.y1 >= l.y - 1;
  const x1 = Math.min(l.x1, pageWidth);
  return g.vRules.some((r) => r.x <= l.x0 + 0.5 && spans(r)) && g.vRules.some((r) => r.x >= x1 - 1 && spans(r));
}

/** Bold alone makes a heading only of a short title: a bold sentence or a bold provision line stays text. */
export function boldHeadingText(text: string): boolean {
  const t = text.trim();
  if (t.length > 150 || /[.;,:]$/.test(t)) return false;
  return SECTION_HEADING.test(t) || t.split(/\s+/).length <= 12;
}

// "PART 10 – PERSONAL BUDGET", "Part 8A: Social care provision", "Section 4 – …": a numbered part's heading.
const NUMBERED_PART = /^(?:part|section)\s+(?:\d{1,2}[AB]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\s*[–—:.-]\s*\S.{0,110}$/i;
// A form's numbered item opening with its label ("F2 What: …", "7.5 Provision: …"): a new item, never
// the wrapped end of the item above, however full that item's last line.
const LABELLED_ITEM = /^(?:[A-Z]{1,2}\d{1,2}|\d{1,2}\.\d{1,2})\s+(?:what|provision)\s*:/i;

// A form's field label in capitals, closed by its colon ("PERSONAL BUDGET:"): no sentence wraps onto
// such a line, so after a sentence's end it opens a block of its own, however full the line above.
const CAPS_LABEL = /^[A-Z][A-Z0-9 &/'’()-]{2,60}:$/;

function looksLikeSectionLabel(text: string): boolean {
  const t = text.trim();
  return (SECTION_HEADING.test(t) || NUMBERED_PART.test(t)) && t.length <= 120 && !/[.;,]$/.test(t);
}

function standsAlone(line: Line, next: Line | undefined, pitch: number): boolean {
  return !next || next.page !== line.page || next.y - line.y > pitch * 1.3 || next.marker !== null || next.segments.length > 1;
}

/** Where the table starting at `start` ends: the first line that does not fit its columns (or, in a ruled table, leaves its rules). */
function tableEnd(lines: Line[], start: number, firstLines: Set<Line>, bodySize: number, pitch: number, enclosed: (l: Line) => boolean, rulesOf: (page: number) => PageGraphics, edgeOf: (page: number) => number): number {
  const first = lines[start];
  const left = first.x0;
  // Rows typed with tabs: each starts at the table's left edge, split at its own tab stops (so its
  // cells need not line up with the first line's), and wraps back to that edge when full.
  const wrapped = (above: Line, l: Line) => wrappedTabLine(above, l, left, pitch, bodySize, edgeOf(above.page));
  const tabRow = (k: number, above: Line): boolean => {
    const l = lines[k];
    if (l.marker !== null) return false;
    // Wrapped under one of the row's later cells (a hanging indent).
    if (l.page === above.page && l.y - above.y <= 1.3 * pitch * Math.max(1, l.size / bodySize) && above.segments.slice(1).some((s) => Math.abs(s.x0 - l.x0) <= 3)) return true;
    if (Math.abs(l.x0 - left) > 3) return false;
    if (l.segments.length >= 2 || wrapped(above, l)) return true;
    // A row whose tabs come only after its wrap ("… all examinations Exams" / "officer   All examinations").
    const next = lines[k + 1];
    return next !== undefined && next.segments.length >= 2 && wrapped(l, next);
  };
  const ruled = enclosed(first);
  const cols = first.segments.map((s) => s.x0);
  const tol = 3;
  const colOf = (x: number) => {
    let c = -1;
    for (let k = 0; k < cols.length; k++) if (cols[k] <= x + tol) c = k;
    return c;
  };
  let prev = first;
  const known = ruled ? wallXs(first, rulesOf(first.page)) : [];
  let j = start + 1;
  for (; j < lines.length; j++) {
    const l = lines[j];
    if (l.page !== prev.page && (l.page !== prev.page + 1 || !firstLines.has(l))) break;
    if (ruled) {
      // Inside the table's borders every line belongs to it, whatever its columns or size; a break
      // in the left border is the end of this table (another may follow just below).
      if (!enclosed(l) || (l.page === prev.page && !borderConnects(prev, l, rulesOf(l.page)))) break;
      // A table drawn right below another shares its border but not its columns.
      const walls = wallXs(l, rulesOf(l.page));
      if (known.length >= 3 && walls.length >= 3 && walls.some((x) => !known.some((k) => Math.abs(k - x) <= 2))) break;
      known.push(...walls);
      prev = l;
      continue;
    }
    if (l.size >= bodySize * 1.12) break;
    if (l.page === prev.page && l.y - prev.y > 3.5 * Math.max(l.size, prev.size)) break;
    // A section's heading on a line of its own ends a table typed with tabs ("Name: …⇥Type: …" then
    // "PART 10 – PERSONAL BUDGET"): it is not column 0's text.
    if (l.segments.length === 1 && l.marker === null && looksLikeSectionLabel(l.text)) break;
    // So does a section's heading row typed with a tab ("Section E⇥Outcomes") after a blank line: it
    // starts the next section. The columns are the first row's and the last takes any tab, so a
    // two-cell heading row would otherwise carry every later section's table into one wide table.
    if (l.segments.length >= 2 && l.marker === null && Math.abs(l.x0 - left) <= 3 && l.page === prev.page && l.y - prev.y > 1.5 * pitch && looksLikeSectionLabel(l.segments[0].text)) break;
    const fits = l.segments.every((s) => {
      const c = colOf(s.x0);
      if (c < 0) return false;
      return c === cols.length - 1 || s.x1 <= cols[c + 1] + tol;
    });
    // A marker line inside a cell is a bullet in that cell; but a list item at the table's left edge ends it.
    if (l.marker !== null && l.segments.length === 1 && colOf(l.x0) <= 0 && !isTableLine(prev)) break;
    const crossesCol1 = l.segments.length === 1 && l.marker === null && colOf(l.x0) === 0 && cols.length > 1 && l.x1 > cols[1] + tol;
    if ((!fits || crossesCol1) && !tabRow(j, prev)) break;
    prev = l;
  }
  return j;
}

/**
 * A section laid out as a form row ("Section F – Provision" | its content) becomes a heading and
 * the content's own paragraphs and list items; other rows stay a table. Rows with an empty first
 * cell that follow such a row are more of its content.
 */
function sectionRows(rows: PdfCell[][], pitch: number, bodySize: number, rulesOf: (page: number) => PageGraphics): Unit[] {
  const text = (c: PdfCell | undefined) => (c ? c.fragments.map((f) => f.text).join(' ').replace(/\s+/g, ' ').trim() : '');
  const units: Unit[] = [];
  let table: CellInput[][] = [];
  let content: CellSeg[] | null = null;
  const flush = () => {
    if (content) units.push(...cellBlocks(content, pitch, bodySize, rulesOf));
    content = null;
  };
  for (const row of rows) {
    const label = text(row[0]);
    const filled = row.filter((c) => text(c) !== '').length;
    if (row.length === 2 && label && isFormLabel(label)) {
      flush();
      if (table.length) units.push({ kind: 'table', rows: table });
      table = [];
      units.push({ kind: 'heading', size: bodySize, bold: true, frags: row[0].fragments });
      content = [...row[1].segs];
      continue;
    }
    if (content && row.length === 2 && !label && filled === 1) {
      content.push(...row[1].segs);
      continue;
    }
    // Text under the form row's heading at the left margin ("Section D⇥Social care needs", then
    // "None identified."): one cell alone, no table of its own.
    if (content && row.length === 2 && label && filled === 1) {
      flush();
      content = [...row[0].segs];
      continue;
    }
    flush();
    table.push(row);
  }
  flush();
  if (table.length) units.push({ kind: 'table', rows: table });
  return units;
}

const isFormLabel = (t: string) => SECTION_HEADING.test(t) && t.length <= 120 && !/[.;,]$/.test(t);

/** A cell's lines as paragraphs and list items: a marker, a wider gap or a short line ends a block. */
function cellBlocks(segs: CellSeg[], pitch: number, bodySize: number, rulesOf: (page: number) => PageGraphics, edge?: number): Unit[] {
  const units: Unit[] = [];
  // Where a line is full: the cell's right edge where its borders say, else its longest line.
  const right = Math.max(edge ?? -Infinity, ...segs.map((s) => s.x1));
  let cur: { frags: Fragment[]; marker: string | null; x0: number } | null = null;
  let prev: CellSeg | null = null;
  const push = () => {
    if (!cur) return;
    units.push(cur.marker !== null ? { kind: 'listItem', frags: cur.frags, marker: cur.marker, x0: cur.x0 } : { kind: 'paragraph', frags: cur.frags });
    cur = null;
  };
  let alone: string | null = null;
  for (const s of segs) {
    // A marker drawn apart from its text is a piece of its own: it marks the next piece.
    if (MARKER_RE.test(s.text)) {
      alone = s.text;
      continue;
    }
    let marker: string | null = alone;
    alone = null;
    let body = s.text;
    const typed = marker === null ? splitMarker(s.text) : null;
    if (typed) ({ marker, rest: body } = typed);
    else if (marker === null && dotBefore(s, rulesOf(s.page).dots)) marker = '•';
    let startsBlock = cur === null || marker !== null;
    if (!startsBlock && prev) {
      const gap = s.page === prev.page ? s.y - prev.y : 0;
      const firstWord = /^\S+/.exec(body)?.[0] ?? '';
      const charWidth = (s.x1 - s.x0) / Math.max(1, s.text.length);
      // The next word would not have fitted. Widths are estimates, so allow an em; but where a
      // sentence ends at the line's end, the next starts with a capital and the cell's border is
      // known, only half an em (a paragraph's last line that stops just short of the border).
      const sentenceBreak = edge !== undefined && /[.!?:;]["'’”)]?$/.test(prev.text) && /^["'‘“(]?[A-Z0-9£]/.test(body);
      const full = prev.x1 + (firstWord.length + 1) * charWidth >= right - (sentenceBreak ? 0.5 : 1) * s.size;
      // Where wrapped lines end in a drawn space, a line that stops short of the edge (room for
      // that space) without one is its paragraph's last line, however long the next word is; a
      // line can also wrap with no space after a slash or a dash ("and/", "pre-").
      const ended = prev.endsWithSpace === false && s.page === prev.page && prev.x1 + 0.3 * prev.size < right && !BREAK_HYPHEN.test(prev.text) && !/[/\u2010-\u2014-]$/.test(prev.text);
      startsBlock = gap > 1.3 * pitch * Math.max(1, s.size / bodySize) || ended || (!full && !BREAK_HYPHEN.test(prev.text));
    }
    if (startsBlock) {
      push();
      cur = { frags: [], marker, x0: s.x0 };
    }
    appendLine(cur!.frags, body, s.page);
    prev = s;
  }
  push();
  return units;
}

/** Column boundaries from the vertical rules crossing the table's lines (empty when it has none). */
function ruledColumns(lines: Line[], rulesOf: (page: number) => PageGraphics): number[] {
  const xs: number[] = [];
  for (const page of new Set(lines.map((l) => l.page))) {
    const on = lines.filter((l) => l.page === page);
    const top = Math.min(...on.map((l) => l.y - l.size));
    const bottom = Math.max(...on.map((l) => l.y));
    for (const r of rulesOf(page).vRules) if (r.y1 > top && r.y0 < bottom) xs.push(r.x);
  }
  xs.sort((a, z) => a - z);
  const bounds: number[] = [];
  for (const x of xs) if (!bounds.length || x - bounds[bounds.length - 1] > 3) bounds.push(x);
  return bounds.length >= 3 ? bounds : [];
}

function buildTableRows(lines: Line[], pitch: number, bodySize: number, rulesOf: (page: number) => PageGraphics, marginOf: (page: number) => number): PdfCell[][] {
  const bounds = ruledColumns(lines, rulesOf);
  let cols: number[];
  if (bounds.length) cols = bounds.slice(0, -1);
  else {
    // Column starts: segment starts that recur (wrapped cell text starts where its first line did).
    const starts = lines.flatMap((l) => l.segments.map((s) => s.x0)).sort((a, z) => a - z);
    const clusters: { x: number; n: number }[] = [];
    for (const x of starts) {
      const c = clusters[clusters.length - 1];
      if (c && x - c.x <= 4) c.n++;
      else clusters.push({ x, n: 1 });
    }
    const firstStarts = new Set(lines[0].segments.map((s) => s.x0));
    cols = clusters.filter((c) => c.n >= 2 || [...firstStarts].some((x) => Math.abs(x - c.x) <= 4)).map((c) => c.x);
  }
  const colOf = (x: number) => {
    let c = 0;
    for (let k = 0; k < cols.length; k++) if (cols[k] <= x + 4) c = k;
    return c;
  };
  // Where column 0's text must reach for its next word to have wrapped.
  const col0End = cols.length > 1 ? cols[1] - (bounds.length ? 0.8 : 1.5) * bodySize : Infinity;
  const linePitch = (l: Line) => pitch * Math.max(1, l.size / bodySize);
  // A ruled table says where its rows end; otherwise rows are told by spacing and by column 0.
  // A ruled table (here one row of it) whose first line has nothing in column 0 but a later line
  // does: the label cell is centred vertically beside its neighbour's lines, so it is that row's
  // label too; the rules, not the spacing, say where the row ends.
  const labelBelowTop = bounds.length > 1 && lines.every((l) => l.page === lines[0].page)
    && !lines[0].segments.some((s) => s.x0 < bounds[1]) && lines.some((l) => l.segments.some((s) => s.x0 < bounds[1]));
  const ruleRows = labelBelowTop || lines.some((l, k) => k > 0 && l.page === lines[k - 1].page && ruleBetween(lines[k - 1], l, rulesOf(l.page)));
  // In a ruled table a line's row is the band between horizontal rules its text sits in, so cells
  // whose lines are centred vertically (baselines that interleave) still share a row.
  const tx0 = Math.min(...lines.map((l) => l.x0));
  const tx1 = Math.max(...lines.map((l) => l.x1));
  const bands = new Map<Line, number>();
  const bandOf = (l: Line) => {
    let band = bands.get(l);
    if (band === undefined) {
      band = -Infinity;
      const g = rulesOf(l.page);
      for (const r of g.hRules) if (r.x1 > tx0 && r.x0 < tx1 && r.y < l.y - 0.35 * l.size && r.y > band && isBorder(r, g, tx1 - tx0)) band = r.y;
      bands.set(l, band);
    }
    return band;
  };
  const col0 = (l: Line) => l.segments.find((s) => colOf(s.x0) === 0);
  const startsRow = (prev: Line, l: Line): boolean => {
    if (ruleRows) return bandOf(l) > bandOf(prev) + 1.5;
    if (l.y - prev.y > 1.3 * linePitch(l)) return true;
    const here = col0(l);
    if (!here || cols.length < 2) return false;
    const before = col0(prev);
    if (!before) return true;
    // A label ends with its colon ("Date of Birth:"): the next line's first cell is the next label.
    if (/:$/.test(before.text.trim())) return true;
    // So is a cell that holds only a section's name ("Section D"): the line below is that section's text.
    if (isFormLabel(before.text.trim()) && before.text.trim().split(/\s+/).length <= 2) return true;
    const firstWord = /^\S+/.exec(here.text)?.[0] ?? '';
    const charWidth = (here.x1 - here.x0) / Math.max(1, here.text.length);
    return before.x1 + (firstWord.length + 1) * charWidth < col0End;
  };

  type RowAcc = { frags: Fragment[][]; segs: CellSeg[][]; page: number; firstOnPage: boolean; band?: number };
  // A cell merged down over rows (a need or an outcome beside two provision cells) has no border
  // across its column where the rows below it start: its text running on past that band is its own.
  const mid = (c: number) => (bounds.length > c + 1 ? (bounds[c] + bounds[c + 1]) / 2 : cols[c] + 4);
  const borderOver = (r: RowAcc, c: number) => r.band === undefined || !Number.isFinite(r.band) || rulesOf(r.page).hRules.some((h) => Math.abs(h.y - r.band!) <= 1.5 && h.x0 <= mid(c) && h.x1 >= mid(c));
  const rowFor = (c: number): RowAcc => {
    let k = rows.length - 1;
    if (!ruleRows || !bounds.length) return rows[k];
    while (k > 0 && rows[k].page === rows[k - 1].page && !rows[k].firstOnPage && !borderOver(rows[k], c)) k--;
    return rows[k];
  };
  const rows: RowAcc[] = [];
  const seg = (l: Line, s: Line['segments'][number]): CellSeg => {
    // The piece keeps its line's marker in any column, so that a cell's list can be read back.
    const lead = s === l.segments[0] && l.marker !== null;
    return { text: lead ? `${l.marker} ${s.text}` : s.text, x0: s.x0, x1: s.x1, y: l.y, size: l.size, page: l.page, endsWithSpace: s.endsWithSpace };
  };
  // Cells that do not line up (a start between the column starts, or text running over the next
  // one) are tab stops, not a grid: each row's pieces are its cells in order.
  const ragged = !bounds.length && lines.some((l) => l.segments.some((s) => {
    const c = colOf(s.x0);
    return Math.abs(cols[c] - s.x0) > 4 || (c + 1 < cols.length && s.x1 > cols[c + 1] + 4);
  }));
  if (ragged) rows.push(...tabRows(lines, pitch, bodySize, marginOf, seg));
  let prev: Line | null = null;
  for (const l of ragged ? [] : lines) {
    const pageBreak = prev !== null && l.page !== prev.page;
    const newRow = prev === null || pageBreak || startsRow(prev, l);
    if (newRow) rows.push({ frags: cols.map(() => []), segs: cols.map(() => []), page: l.page, firstOnPage: pageBreak, band: ruleRows ? bandOf(l) : undefined });
    for (const s of l.segments) {
      const c = colOf(s.x0);
      const row = rowFor(c);
      const text = c === 0 && l.marker !== null && s === l.segments[0] ? `${l.marker} ${s.text}` : s.text;
      appendLine(row.frags[c], text, l.page);
      row.segs[c].push(seg(l, s));
    }
    prev = l;
  }
  const cellText = (r: RowAcc) => r.frags.map((f) => f.map((x) => x.text).join(' ').replace(/\s+/g, ' ').trim());
  const header = rows.length ? cellText(rows[0]).join('\t') : '';
  const out: RowAcc[] = [];
  let afterBreak = false;
  for (const r of rows) {
    afterBreak ||= r.firstOnPage;
    if (afterBreak && out.length > 0) {
      // A header row repeated at the top of the next page is not a new row.
      if (cellText(r).join('\t') === header) continue;
      afterBreak = false;
      const texts = cellText(r);
      const firstNonEmpty = texts.find((t) => t !== '') ?? '';
      if (texts[0] === '' || /^[a-z(,;:&]/.test(firstNonEmpty)) {
        const into = out[out.length - 1];
        r.frags.forEach((f, c) => {
          for (const x of f) appendLine(into.frags[c], x.text, x.page);
          into.segs[c].push(...r.segs[c]);
        });
        continue;
      }
    }
    out.push(r);
  }
  // A ruled cell's text can reach its right border less the padding it has on the left.
  const edgeOf = (c: number, segs: CellSeg[]) => (bounds.length > c + 1 && segs.length ? bounds[c + 1] - Math.max(0, Math.min(...segs.map((s) => s.x0)) - bounds[c]) : undefined);
  // An empty cell with no rule over it is covered by the cell above, merged down (DOCX's rowspan).
  const coveredAbove = (r: RowAcc, k: number, c: number) => k > 0 && !!ruleRows && bounds.length > 0 && r.frags[c].length === 0 && out[k - 1].page === r.page && !borderOver(r, c);
  return out.map((r, k) => r.frags.map((fragments, c) => ({ ...cellInput(fragments, r.segs[c], pitch, bodySize, rulesOf, edgeOf(c, r.segs[c])), ...(coveredAbove(r, k, c) ? { mergedAbove: true } : {}) })));
}

/**
 * Rows typed with tabs: a line at the table's left edge starts a row unless the line above was
 * full (then it is that line's last cell wrapped back to the margin); a line that starts under one
 * of the row's cells (a hanging indent, an empty first cell) goes on in that cell. A line's pieces
 * after its first fill the next cells in order.
 */
function tabRows(lines: Line[], pitch: number, bodySize: number, edgeOf: (page: number) => number, seg: (l: Line, s: Line['segments'][number]) => CellSeg) {
  const left = Math.min(...lines.map((l) => l.x0));
  const rows: Array<{ frags: Fragment[][]; segs: CellSeg[][]; starts: number[]; page: number; firstOnPage: boolean }> = [];
  let prev: Line | null = null;
  let lastCell = 0;
  for (const l of lines) {
    const row = rows[rows.length - 1];
    let c = -1;
    // The table's width so far: its header's or widest row's cells.
    const wide = rows.reduce((n, r) => Math.max(n, r.frags.length), 0);
    if (row && prev && l.page === prev.page) {
      // A line of as many cells as the table has, wrapped on from the row above, would run past its last column: it is a row.
      if (wrappedTabLine(prev, l, left, pitch, bodySize, edgeOf(prev.page)) && !(l.segments.length >= 2 && lastCell + l.segments.length > wide)) c = lastCell;
      else if (Math.abs(l.x0 - left) > 3 && l.marker === null && l.y - prev.y <= 1.3 * pitch * Math.max(1, l.size / bodySize)) {
        for (let k = row.starts.length - 1; k > 0 && c < 0; k--) if (Math.abs(row.starts[k] - l.x0) <= 3) c = k;
        // A tab that would have passed the right margin goes on at the next line's first tab stop: a lone
        // piece there, under no cell of the row, is the row's next cell while the row is short of cells.
        if (c < 0 && l.segments.length === 1 && row.frags.length < wide && l.x0 < (row.starts[1] ?? Infinity) - 3) c = row.frags.length;
      }
    }
    if (c < 0) {
      rows.push({ frags: [], segs: [], starts: [], page: l.page, firstOnPage: prev !== null && l.page !== prev.page });
      c = 0;
    }
    const into = rows[rows.length - 1];
    l.segments.forEach((s, n) => {
      const k = c + n;
      while (into.frags.length <= k) {
        into.frags.push([]);
        into.segs.push([]);
        into.starts.push(s.x0);
      }
      const piece = seg(l, s);
      appendLine(into.frags[k], piece.text, l.page);
      into.segs[k].push(piece);
      lastCell = k;
    });
    prev = l;
  }
  // Every row as wide as the widest, so that cells stay under their header.
  const width = Math.max(...rows.map((r) => r.frags.length));
  for (const r of rows) while (r.frags.length < width) {
    r.frags.push([]);
    r.segs.push([]);
  }
  return rows;
}

/**
 * A cell of several paragraphs or list items keeps each one's span, as a DOCX cell does: one
 * fragment per block, markers left out. A cell of one block keeps its text as read.
 */
function cellInput(fragments: Fragment[], segs: CellSeg[], pitch: number, bodySize: number, rulesOf: RulesOf, edge: number | undefined): PdfCell {
  const blocks = segs.length >= 2 ? cellBlocks(segs, pitch, bodySize, rulesOf, edge) : [];
  if (blocks.length < 2) return { fragments, segs };
  const paras = blocks.flatMap((u) => (u.kind === 'paragraph' || u.kind === 'listItem' ? [{ text: u.frags.map((f) => f.text).join(' '), page: u.frags[0]?.page ?? null }] : []));
  return { fragments: paras, segs, paragraphs: true };
}

function weightedMode(pairs: Array<[number, number]>): number {
  const w = new Map<number, number>();
  for (const [v, n] of pairs) w.set(v, (w.get(v) ?? 0) + n);
  let best = 0;
  let bestW = -1;
  for (const [v, n] of w) if (n > bestW) [best, bestW] = [v, n];
  return best;
}

function emit(units: Unit[], b: DocumentBuilder): void {
  // Heading levels by style: larger first, and at one size bold before regular.
  const key = (u: { size: number; bold: boolean }) => Math.round(u.size * 2) / 2 + (u.bold ? 0.25 : 0);
  const styles = [...new Set(units.flatMap((u) => (u.kind === 'heading' ? [key(u)] : [])))].sort((a, z) => z - a);
  const levelOf = (u: { size: number; bold: boolean }) => Math.min(6, styles.indexOf(key(u)) + 1);
  const indents: number[] = [];
  for (const u of units) {
    if (u.kind !== 'listItem') {
      indents.length = 0;
      if (u.kind === 'heading') b.heading(u.frags, levelOf(u));
      else if (u.kind === 'paragraph') b.paragraph(u.frags);
      else b.table(u.rows);
      continue;
    }
    while (indents.length && indents[indents.length - 1] > u.x0 + 3) indents.pop();
    if (!indents.length || indents[indents.length - 1] < u.x0 - 3) indents.push(u.x0);
    const marker = MARKER_RE.test(u.marker) ? u.marker : '•';
    b.listItem(u.frags, marker, isOrderedMarker(marker), indents.length - 1);
  }
}
