// Positioned PDF lines to blocks: tables (cells from segment positions, rows from vertical gaps,
// rows continued across a page break merged), headings (larger font, or a section label standing
// alone), list items (by marker, with wrapped lines), paragraphs (wrapped lines joined when the
// next line's first word would not have fitted on the previous line).
import type { CellInput, DocumentBuilder, Fragment } from './builder.ts';
import { MARKER_RE, median, type Line, type PageLines } from './pdf-lines.ts';
import { SECTION_HEADING, isOrderedMarker } from './parse-text.ts';

type Unit =
  | { kind: 'heading'; size: number; frags: Fragment[] }
  | { kind: 'paragraph'; frags: Fragment[] }
  | { kind: 'listItem'; frags: Fragment[]; marker: string; x0: number; depth?: number }
  | { kind: 'table'; rows: CellInput[][] };

// A hyphen at a line end is usually a word broken in two; these halves say it is a real compound.
const COMPOUND_FIRST = new Set(['half', 'self', 'touch', 'eye', 'hand', 'fine', 'gross', 'first', 'second', 'third', 'last', 'next', 'well', 'non', 'co', 'one', 'two', 'three', 'four', 'five', 'six', 'full', 'part', 'long', 'short', 'high', 'low', 'small', 'multi', 'cross', 'step', 'year', 'term', 'day', 'week', 'face', 'ex', 'anti', 'semi', 'mid', 'pre', 'post', 'sub', 'follow', 'check', 'drop', 'turn', 'peer', 'play', 'word', 'time', 'evidence', 'school', 'home', 'age', 'child', 'person', 'problem', 'solution', 'needs', 'on', 'off', 'up', 'in', 'out', 'all']);
const COMPOUND_SECOND = new Set(['termly', 'weekly', 'daily', 'monthly', 'yearly', 'based', 'led', 'related', 'specific', 'taking', 'time', 'term', 'to', 'one', 'up', 'on', 'off', 'in', 'out', 'year', 'old', 'esteem', 'regulation', 'care', 'centred', 'focused', 'aware', 'awareness', 'friendly']);

const BREAK_HYPHEN = /([A-Za-z])([\u00AD\u2010\u2011-]+)$/;

/** Appends a line's text to a block's fragments, joining a word hyphenated across the line end. */
export function appendLine(frags: Fragment[], text: string, page: number | null): void {
  const last = frags[frags.length - 1];
  if (last) {
    const m = BREAK_HYPHEN.exec(last.text);
    if (m && /^[a-z]/.test(text)) {
      const softOnly = /[\u00AD\u2010\u2011]/.test(m[2]);
      const before = (/([A-Za-z]+)[\u00AD\u2010\u2011-]+$/.exec(last.text)?.[1] ?? '').toLowerCase();
      const after = (/^[a-z]+/.exec(text)?.[0] ?? '').toLowerCase();
      const keep = !softOnly && (COMPOUND_FIRST.has(before) || COMPOUND_SECOND.has(after));
      last.text = last.text.slice(0, last.text.length - m[2].length) + (keep ? '-' : '') + text;
      return;
    }
  }
  frags.push({ text, page });
}

const isTableLine = (l: Line) => l.segments.length >= 2;

export function layoutPages(pages: PageLines[], b: DocumentBuilder): void {
  const lines = pages.flatMap((p) => p.lines);
  if (lines.length === 0) return;
  // A block may continue across a page break only into the first line of the next page.
  const firstLines = new Set(pages.flatMap((p) => (p.lines.length ? [p.lines[0]] : [])));
  const bodySize = weightedMode(lines.map((l) => [Math.round(l.size * 2) / 2, l.text.length]));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const d = lines[i].y - lines[i - 1].y;
    if (lines[i].page === lines[i - 1].page && d > 0 && d < 3 * bodySize && Math.abs(lines[i].size - bodySize) < 0.6) gaps.push(d);
  }
  const pitch = median(gaps) || bodySize * 1.2;
  const rightEdge = new Map<number, number>();
  for (const p of pages) {
    const xs = p.lines.filter((l) => !isTableLine(l)).map((l) => l.x1).sort((a, z) => a - z);
    rightEdge.set(p.page, xs.length ? xs[Math.floor(xs.length * 0.95)] ?? xs[xs.length - 1] : p.width);
  }
  const isHeadingSize = (l: Line) => l.size >= bodySize * 1.12 && l.text.length <= 200;

  /** The next line continues this block's text: close below, not indented further, and the previous line was full. */
  const continues = (prev: Line, next: Line, baseX: number): boolean => {
    if (next.marker !== null || isTableLine(next) || isHeadingSize(next) !== isHeadingSize(prev)) return false;
    if (Math.abs(next.size - prev.size) > 0.6) return false;
    if (next.page === prev.page) {
      const d = next.y - prev.y;
      if (d <= 0 || d > pitch * Math.max(1, prev.size / bodySize) * 1.3) return false;
    } else if (next.page !== prev.page + 1 || !firstLines.has(next)) return false;
    if (next.x0 > baseX + 1.5 * next.size || next.x0 < baseX - 1.5 * next.size) return false;
    if (BREAK_HYPHEN.test(prev.text)) return true;
    const firstWord = /^\S+/.exec(next.text)?.[0] ?? '';
    const charWidth = (next.x1 - next.x0) / Math.max(1, next.text.length);
    return prev.x1 + (firstWord.length + 1) * charWidth >= (rightEdge.get(prev.page) ?? prev.x1) - 0.5 * prev.size;
  };

  const units: Unit[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isTableLine(line) && !isHeadingSize(line)) {
      const end = tableEnd(lines, i, firstLines, bodySize);
      units.push({ kind: 'table', rows: buildTableRows(lines.slice(i, end), pitch) });
      i = end;
      continue;
    }
    const frags: Fragment[] = [];
    appendLine(frags, line.text, line.page);
    let j = i + 1;
    let prev = line;
    while (j < lines.length && continues(prev, lines[j], line.x0)) {
      appendLine(frags, lines[j].text, lines[j].page);
      prev = lines[j];
      j++;
    }
    if (line.marker !== null) units.push({ kind: 'listItem', frags, marker: line.marker, x0: line.x0 });
    else if (isHeadingSize(line)) units.push({ kind: 'heading', size: line.size, frags });
    else if (j === i + 1 && standsAlone(line, lines[j], pitch) && looksLikeSectionLabel(line.text)) units.push({ kind: 'heading', size: bodySize, frags });
    else units.push({ kind: 'paragraph', frags });
    i = j;
  }
  emit(units, b, bodySize);
}

function looksLikeSectionLabel(text: string): boolean {
  const t = text.trim();
  return SECTION_HEADING.test(t) && t.length <= 120 && !/[.;,]$/.test(t);
}

function standsAlone(line: Line, next: Line | undefined, pitch: number): boolean {
  return !next || next.page !== line.page || next.y - line.y > pitch * 1.3 || next.marker !== null || next.segments.length > 1;
}

/** Where the table starting at `start` ends: the first line that does not fit its columns. */
function tableEnd(lines: Line[], start: number, firstLines: Set<Line>, bodySize: number): number {
  const first = lines[start];
  const cols = first.segments.map((s) => s.x0);
  const tol = 3;
  const colOf = (x: number) => {
    let c = -1;
    for (let k = 0; k < cols.length; k++) if (cols[k] <= x + tol) c = k;
    return c;
  };
  let prev = first;
  let j = start + 1;
  for (; j < lines.length; j++) {
    const l = lines[j];
    if (l.size >= bodySize * 1.12) break;
    if (l.page === prev.page) {
      if (l.y - prev.y > 3.5 * Math.max(l.size, prev.size)) break;
    } else if (l.page !== prev.page + 1 || !firstLines.has(l)) break;
    const fits = l.segments.every((s) => {
      const c = colOf(s.x0);
      if (c < 0) return false;
      return c === cols.length - 1 || s.x1 <= cols[c + 1] + tol;
    });
    // A marker line inside a cell is a bullet in that cell; but a list item at the table's left edge ends it.
    if (!fits || (l.marker !== null && l.segments.length === 1 && colOf(l.x0) <= 0 && !isTableLine(prev))) break;
    if (l.segments.length === 1 && l.marker === null && colOf(l.x0) === 0 && cols.length > 1 && l.x1 > cols[1] + tol) break;
    prev = l;
  }
  return j;
}

function buildTableRows(lines: Line[], pitch: number): CellInput[][] {
  // Column starts: segment starts that recur (wrapped cell text starts where its first line did).
  const starts = lines.flatMap((l) => l.segments.map((s) => s.x0)).sort((a, z) => a - z);
  const clusters: { x: number; n: number }[] = [];
  for (const x of starts) {
    const c = clusters[clusters.length - 1];
    if (c && x - c.x <= 4) c.n++;
    else clusters.push({ x, n: 1 });
  }
  const firstStarts = new Set(lines[0].segments.map((s) => s.x0));
  const cols = clusters.filter((c) => c.n >= 2 || [...firstStarts].some((x) => Math.abs(x - c.x) <= 4)).map((c) => c.x);
  const colOf = (x: number) => {
    let c = 0;
    for (let k = 0; k < cols.length; k++) if (cols[k] <= x + 4) c = k;
    return c;
  };
  const tablePitch = median(lines.slice(1).map((l, k) => (l.page === lines[k].page ? l.y - lines[k].y : 0)).filter((d) => d > 0)) || pitch;
  const rowPitch = Math.min(tablePitch, pitch * 1.2);

  type RowAcc = { frags: Fragment[][]; page: number; firstOnPage: boolean };
  const rows: RowAcc[] = [];
  let prev: Line | null = null;
  for (const l of lines) {
    const pageBreak = prev !== null && l.page !== prev.page;
    const newRow = prev === null || pageBreak || l.y - prev.y > rowPitch * 1.3;
    if (newRow) rows.push({ frags: cols.map(() => []), page: l.page, firstOnPage: pageBreak });
    const row = rows[rows.length - 1];
    for (const s of l.segments) {
      const c = colOf(s.x0);
      const text = c === 0 && l.marker !== null && s === l.segments[0] ? `${l.marker} ${s.text}` : s.text;
      appendLine(row.frags[c], text, l.page);
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
        });
        continue;
      }
    }
    out.push(r);
  }
  return out.map((r) => r.frags.map((fragments) => ({ fragments })));
}

function weightedMode(pairs: Array<[number, number]>): number {
  const w = new Map<number, number>();
  for (const [v, n] of pairs) w.set(v, (w.get(v) ?? 0) + n);
  let best = 0;
  let bestW = -1;
  for (const [v, n] of w) if (n > bestW) [best, bestW] = [v, n];
  return best;
}

function emit(units: Unit[], b: DocumentBuilder, bodySize: number): void {
  // Heading levels by font size, largest first; body-size section labels come last.
  const sizes = [...new Set(units.flatMap((u) => (u.kind === 'heading' ? [Math.round(u.size * 2) / 2] : [])))].sort((a, z) => z - a);
  const levelOf = (size: number) => Math.min(6, sizes.indexOf(Math.round(size * 2) / 2) + 1);
  const indents: number[] = [];
  for (const u of units) {
    if (u.kind !== 'listItem') {
      indents.length = 0;
      if (u.kind === 'heading') b.heading(u.frags, u.size === bodySize && sizes.length > 1 ? Math.min(6, sizes.length) : levelOf(u.size));
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
