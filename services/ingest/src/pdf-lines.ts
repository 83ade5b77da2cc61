// PDF text items to positioned lines: group items by baseline, order by x, split a line into
// segments where a gap is wider than a word space (table cells, columns), and drop running
// headers and footers.
import type { Dot, PageGraphics, TextRun } from './pdf-graphics.ts';
import { PAGE_NUMBER_LINE } from './furniture.ts';

/** One run of text as pdf.js reports it, in page space with y growing downwards. */
export interface Item {
  str: string;
  x: number;
  y: number; // baseline
  w: number;
  size: number;
  font: string;
  bold?: boolean;
}

export interface Segment {
  x0: number;
  x1: number;
  text: string;
  /**
   * The drawn text ends in a space (a line that wraps), or does not; unknown unless the page's
   * producer draws the spaces lines wrap at.
   */
  endsWithSpace?: boolean;
}

export interface Line {
  page: number;
  y: number;
  x0: number;
  x1: number;
  size: number;
  segments: Segment[];
  /** Text of the whole line (segments joined by a space). */
  text: string;
  /** A list marker found at the start (as written, or "•" for a glyph without Unicode or a drawn dot). */
  marker: string | null;
  /** Where the text after the marker starts (x0 when there is no marker). */
  textX0: number;
  /** Nearly all of the line's characters are in a bold font. */
  bold: boolean;
}

export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: Line[];
  graphics?: PageGraphics;
}

// Word's second-level bullet is a Courier "o"; Symbol-font bullets often come through as a
// private-use character (U+F0B7), which is reported as "•".
export const MARKER_RE = /^([•▪◦●‣·○■□➢►→➔➜➝⇒▶✓✔\-–*o\uE000-\uF8FF]|\d{1,3}[.)]|[a-z][.)]|[ivx]{1,5}[.)]|\((?:[a-z]|[ivx]{1,5}|\d{1,3})\))$/;
const MARKER_PREFIX_RE = /^([•▪◦●‣·○■□➢►→➔➜➝⇒▶✓✔*–\uE000-\uF8FF]|[o-](?=\s+["'(]?[A-Z0-9])|\d{1,3}[.)]|[a-z][.)]|[ivx]{1,5}[.)]|\((?:[a-z]|[ivx]{1,5}|\d{1,3})\))\s+(?=\S)/;
export const asWritten = (m: string) => (/^[\uE000-\uF8FF]$/.test(m) ? '•' : m);

/** Groups a page's items into lines; a small shape just before a line's start is its bullet. */
export function buildLines(page: number, items: Item[], graphics?: PageGraphics): Line[] {
  const dots = graphics?.dots ?? [];
  const vRules = graphics?.vRules ?? [];
  const wallsAt = (y: number, size: number) => vRules.filter((r) => r.y0 <= y - 0.5 * size && r.y1 >= y - 0.1 * size).map((r) => r.x);
  const sorted = items.filter((i) => i.str.length > 0 || i.w > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - it.y) <= Math.max(1.5, 0.4 * Math.min(g[0].size, it.size))) g.push(it);
    else groups.push([it]);
  }
  const made: Array<{ g: Item[]; line: Line | null; walls: number[] }> = [];
  for (let g of groups) {
    const walls = vRules.length ? wallsAt(g[0].y, g[0].size) : [];
    // A text run across a cell border (tight table columns) is two cells' text: split it at the border.
    if (walls.length) g = g.flatMap((it) => splitAtWalls(it, walls));
    g.sort((a, b) => a.x - b.x);
    made.push({ g, line: makeLine(page, g, walls), walls });
  }
  // Cells of a borderless table can touch (no padding): a text run that starts exactly where a
  // column starts on a line just above or below starts a cell of its own.
  for (let i = 0; i < made.length; i++) {
    const { g, line } = made[i];
    if (!line) continue;
    const cols: number[] = [];
    for (let k = Math.max(0, i - 2); k <= Math.min(made.length - 1, i + 2); k++) {
      const other = made[k].line;
      if (k === i || !other || Math.abs(other.y - line.y) > 4 * line.size) continue;
      for (const seg of other.segments.slice(1)) cols.push(seg.x0);
    }
    if (!cols.length) continue;
    const starts = new Set(line.segments.map((seg) => Math.round(seg.x0 * 10)));
    const breaks = new Set(g.filter((it, n) => n > 0 && it.str.trim() !== '' && !starts.has(Math.round(it.x * 10)) && it.x > line.x0 + 1 && cols.some((x) => Math.abs(x - it.x) <= 1.5)));
    if (breaks.size) made[i].line = makeLine(page, g, made[i].walls, breaks);
  }
  splitAtTabStops(page, made);
  const lines = made.flatMap((m) => (m.line ? [m.line] : []));
  if (dots.length) for (const l of lines) if (l.marker === null && dotBefore(l, dots)) l.marker = '•';
  return lines;
}

/**
 * Text typed with tabs jumps to default tab stops, evenly spaced from the left margin; a tab that
 * lands just past the text before it leaves no visible gap ("Careers adviser|TBC"), but the text
 * after it is a run of its own that starts on a stop. Where a page's cell starts fall on such a
 * lattice, a run that starts on a stop, in a tab-split line or the line just above one, starts a cell.
 */
function splitAtTabStops(page: number, made: Array<{ g: Item[]; line: Line | null; walls: number[] }>): void {
  const lines = made.flatMap((m) => (m.line && !m.walls.length ? [m.line] : []));
  const left = median(lines.map((l) => l.x0));
  const atLeft = (l: Line) => Math.abs(l.x0 - left) <= 1;
  const offsets = lines.filter((l) => atLeft(l) && l.segments.length >= 2).flatMap((l) => l.segments.slice(1).map((s) => s.x0 - left));
  if (offsets.length < 4) return;
  const onStop = (d: number, step: number) => Math.round(d / step) >= 1 && Math.abs(d - Math.round(d / step) * step) <= 0.75;
  // The widest step that nearly every cell start sits on, over at least three different stops.
  let step = 0;
  // Candidates from the distinct cell starts (a few dozen are plenty to find it).
  for (const d of [...new Set(offsets)].slice(0, 48)) {
    for (let k = 1; k <= 16; k++) {
      const t = d / k;
      if (t < 18 || t <= step) continue;
      const fit = offsets.filter((x) => onStop(x, t));
      if (fit.length >= 0.8 * offsets.length && new Set(fit.map((x) => Math.round(x / t))).size >= 3) step = t;
    }
  }
  if (!step) return;
  // Fitted to all the starts on it, not to the one it came from.
  const on = offsets.filter((x) => onStop(x, step));
  step = on.reduce((a, x) => a + x * Math.round(x / step), 0) / on.reduce((a, x) => a + Math.round(x / step) ** 2, 0);
  const tabbed = (m: { line: Line | null } | undefined) => !!m?.line && atLeft(m.line) && m.line.segments.length >= 2;
  for (let i = 0; i < made.length; i++) {
    const { g, line, walls } = made[i];
    if (!line || walls.length || !atLeft(line) || !(tabbed(made[i]) || tabbed(made[i + 1]))) continue;
    const starts = new Set(line.segments.map((s) => Math.round(s.x0 * 10)));
    const breaks = new Set(g.filter((it, n) => n > 0 && it.str.trim() !== '' && !starts.has(Math.round(it.x * 10)) && onStop(it.x - left, step) && g.slice(0, n).some((b) => b.str.trim() !== '' && b.x + b.w <= it.x + 0.5)));
    if (breaks.size) made[i].line = makeLine(page, g, walls, breaks);
  }
}

/**
 * Where the document's producer draws the space a line wrapped at (several runs end in one), each
 * segment learns whether its text ends in a space: from the last run that starts within it.
 */
export function markWrapSpaces(pages: PageLines[]): void {
  if (pages.reduce((n, p) => n + (p.graphics?.runs ?? []).filter((r) => r.endsWithSpace).length, 0) < 3) return;
  const found: Array<[Segment, TextRun[]]> = [];
  for (const p of pages) for (const l of p.lines) {
    const onLine = (p.graphics?.runs ?? []).filter((r) => Math.abs(r.y - l.y) <= 1);
    for (const seg of l.segments) found.push([seg, onLine.filter((r) => r.x >= seg.x0 - 1.5 && r.x < seg.x1 - 0.5)]);
  }
  // Only a producer that draws each line's text from one position (LibreOffice) says anything by
  // a run's last glyph; one that places words or glyph clusters apart (Chromium) does not.
  const long = found.filter(([seg]) => seg.text.length >= 20);
  if (!long.length || long.filter(([, rs]) => rs.length === 1).length < 0.8 * long.length) return;
  for (const [seg, rs] of found) {
    const last = rs.reduce<TextRun | null>((a, r) => (!a || r.x > a.x ? r : a), null);
    if (last) seg.endsWithSpace = last.endsWithSpace;
  }
}

/** A marker typed at the start of a text ("• ", "1. ", "o "), and the text after it. */
export function splitMarker(text: string): { marker: string; rest: string } | null {
  const m = MARKER_PREFIX_RE.exec(text);
  return m ? { marker: asWritten(m[1]), rest: text.slice(m[0].length) } : null;
}

/** A small shape drawn just before text starting at x0 on baseline y: a bullet. */
export function dotBefore(l: Pick<Line, 'x0' | 'y' | 'size'>, dots: Dot[]): boolean {
  return dots.some((d) => {
    const w = d.x1 - d.x0;
    const h = d.y1 - d.y0;
    if (w > 0.7 * l.size || h > 0.7 * l.size) return false;
    const cy = (d.y0 + d.y1) / 2;
    return d.x1 <= l.x0 + 0.5 && d.x1 >= l.x0 - 2.5 * l.size && cy <= l.y && cy >= l.y - 0.9 * l.size;
  });
}

/** Splits an item at the spaces nearest the vertical rules that cross it (positions in proportion to characters). */
function splitAtWalls(it: Item, walls: number[]): Item[] {
  const inside = walls.filter((x) => x > it.x + 1 && x < it.x + it.w - 1).sort((a, z) => a - z);
  if (!inside.length || !it.str.includes(' ')) return [it];
  const perChar = it.w / Math.max(1, it.str.length);
  const out: Item[] = [];
  let from = 0;
  for (const x of inside) {
    const at = (x - it.x) / perChar;
    let best = -1;
    for (let k = from + 1; k < it.str.length; k++) if (it.str[k] === ' ' && (best < 0 || Math.abs(k - at) < Math.abs(best - at))) best = k;
    if (best < 0 || Math.abs(best - at) > 3) continue;
    out.push({ ...it, str: it.str.slice(from, best), x: it.x + from * perChar, w: (best - from) * perChar });
    from = best + 1;
  }
  out.push({ ...it, str: it.str.slice(from), x: it.x + from * perChar, w: (it.str.length - from) * perChar });
  return out;
}

function makeLine(page: number, items: Item[], walls: number[] = [], breaks?: Set<Item>): Line | null {
  const size = median(items.filter((i) => i.str.trim()).map((i) => i.size)) || items[0].size;
  const segments: Segment[] = [];
  let marker: string | null = null;
  let cur: Segment | null = null;
  let prevEnd = -Infinity;
  let pendingSpace = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    const str = /^[\uE000-\uF8FF]+$/.test(it.str) ? '' : it.str;
    if (str.trim() === '') {
      // A glyph with width but no text at the very start, then text: a bullet drawn from a symbol font.
      if (cur === null && it.w > 0 && str === '' && marker === null && items.slice(k + 1).some((n) => n.str.trim())) marker = '•';
      // pdf.js fills gaps with wide " " items: they must not bridge table cells.
      if (cur !== null) pendingSpace = true;
      continue;
    }
    const gap = it.x - prevEnd;
    const wall = walls.some((x) => x >= prevEnd - 1 && x <= it.x + 1);
    if (cur && gap <= 0.8 * size && !wall && !breaks?.has(it)) {
      const needsSpace = (pendingSpace || gap > 0.12 * size) && !/\s$/.test(cur.text) && !/^\s/.test(str);
      cur.text += (needsSpace ? ' ' : '') + str;
      cur.x1 = Math.max(cur.x1, it.x + it.w);
    } else {
      cur = { x0: it.x, x1: it.x + it.w, text: str };
      segments.push(cur);
    }
    pendingSpace = false;
    prevEnd = Math.max(prevEnd, it.x + it.w);
  }
  for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
  const kept = segments.filter((s) => s.text !== '');
  if (kept.length === 0) return null;
  let chars = 0;
  let boldChars = 0;
  for (const it of items) {
    const n = it.str.replace(/\s/g, '').length;
    chars += n;
    if (it.bold) boldChars += n;
  }
  let textX0 = kept[0].x0;
  // A marker drawn apart from its text ("1." then a gap) belongs to the item, not to a table cell.
  if (marker === null && kept.length >= 2 && MARKER_RE.test(kept[0].text)) {
    marker = asWritten(kept[0].text);
    kept.shift();
    textX0 = kept[0].x0;
  } else if (marker === null) {
    const m = MARKER_PREFIX_RE.exec(kept[0].text);
    if (m) {
      marker = asWritten(m[1]);
      const seg = kept[0];
      // The text starts at the next item when the marker is an item of its own, or in proportion
      // to characters within the item that holds both.
      const k = items.findIndex((it) => it.str.trim() !== '' && it.x >= seg.x0 - 0.5);
      const first = items[k];
      if (first && first.str.trim() === m[1]) textX0 = items.slice(k + 1).find((it) => it.str.trim() !== '')?.x ?? seg.x0;
      else if (first) textX0 = first.x + (first.w * m[0].length) / Math.max(1, first.str.trimStart().length);
      seg.text = seg.text.slice(m[0].length);
    }
  }
  return {
    page,
    y: items[0].y,
    x0: kept[0].x0,
    x1: Math.max(...kept.map((s) => s.x1)),
    size,
    segments: kept,
    text: kept.map((s) => s.text).join(' '),
    marker,
    textX0,
    bold: chars > 0 && boldChars >= 0.9 * chars,
  };
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

const runningKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Drops running headers and footers: lines in the top or bottom band of the page that repeat on
 * most pages once digits are normalised (names and dates of birth, "OFFICIAL - SENSITIVE",
 * "Page 3 of 9"), and bare page numbers in those bands.
 */
export function dropRunningLines(pages: PageLines[]): void {
  // A table header row repeated at the top of each page is not a running header: its cell
  // borders run on into the body of the page.
  const inBodyTable = (p: PageLines, l: Line) =>
    (p.graphics?.vRules ?? []).some((r) => r.y0 <= l.y && r.y1 >= l.y - 0.5 * l.size && r.x <= l.x0 + 0.5 && (l.y < p.height * 0.1 ? r.y1 > p.height * 0.1 + 5 : r.y0 < p.height * 0.9 - 5));
  const band = (p: PageLines, l: Line) => (l.y < p.height * 0.1 || l.y > p.height * 0.9) && !inBodyTable(p, l);
  const counts = new Map<string, number>();
  // A line said again and again in the body of the pages too ("How often", "Provision (Section F)" in
  // a record print) is the document's own text where a page break puts it in a band.
  const inBody = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const l of p.lines) if (band(p, l)) seen.add(runningKey(l.text));
    else inBody.set(runningKey(l.text), (inBody.get(runningKey(l.text)) ?? 0) + 1);
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const p of pages) {
    p.lines = p.lines.filter((l, i) => {
      if (!band(p, l)) return true;
      // A number straight after a field label ("Year group:" / "5") is the field's value, wrapped.
      if (/^\d{1,2}$/.test(l.text.trim()) && /:\s*$/.test(p.lines[i - 1]?.text ?? '')) return true;
      if (PAGE_NUMBER_LINE.test(l.text.trim())) return false;
      if (l.segments.every((s) => PAGE_NUMBER_LINE.test(s.text.trim()))) return false;
      return (counts.get(runningKey(l.text)) ?? 0) < needed || (inBody.get(runningKey(l.text)) ?? 0) >= 2;
    });
  }
}
