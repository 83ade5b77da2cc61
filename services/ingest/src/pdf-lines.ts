// PDF text items to positioned lines: group items by baseline, order by x, split a line into
// segments where a gap is wider than a word space (table cells, columns), and drop running
// headers and footers.

/** One run of text as pdf.js reports it, in page space with y growing downwards. */
export interface Item {
  str: string;
  x: number;
  y: number; // baseline
  w: number;
  size: number;
  font: string;
}

export interface Segment {
  x0: number;
  x1: number;
  text: string;
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
  /** A list marker found at the start (as written, or "•" for a glyph without Unicode). */
  marker: string | null;
}

export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: Line[];
}

export const MARKER_RE = /^([•▪◦●‣·○■□➢►✓✔\-–*]|\d{1,3}[.)]|[a-z][.)]|\((?:[a-z]|[ivx]{1,5}|\d{1,3})\))$/;
const MARKER_PREFIX_RE = /^([•▪◦●‣·○■□➢►✓✔*–]|\d{1,3}[.)]|[a-z][.)]|\((?:[a-z]|[ivx]{1,5}|\d{1,3})\))\s+(?=\S)/;

/** Groups a page's items into lines. */
export function buildLines(page: number, items: Item[]): Line[] {
  const sorted = items.filter((i) => i.str.length > 0 || i.w > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - it.y) <= Math.max(1.5, 0.4 * Math.min(g[0].size, it.size))) g.push(it);
    else groups.push([it]);
  }
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    const line = makeLine(page, g);
    if (line) lines.push(line);
  }
  return lines;
}

function makeLine(page: number, items: Item[]): Line | null {
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
    if (cur && gap <= 0.8 * size) {
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
  // A marker drawn apart from its text ("1." then a gap) belongs to the item, not to a table cell.
  if (marker === null && kept.length >= 2 && MARKER_RE.test(kept[0].text)) {
    marker = kept[0].text;
    kept.shift();
  } else if (marker === null) {
    const m = MARKER_PREFIX_RE.exec(kept[0].text);
    if (m) {
      marker = m[1];
      kept[0].text = kept[0].text.slice(m[0].length);
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
  };
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

const PAGE_NUMBER_RE = /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$/i;

const runningKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Drops running headers and footers: lines in the top or bottom band of the page that repeat on
 * most pages once digits are normalised (names and dates of birth, "OFFICIAL - SENSITIVE",
 * "Page 3 of 9"), and bare page numbers in those bands.
 */
export function dropRunningLines(pages: PageLines[]): void {
  const band = (p: PageLines, l: Line) => l.y < p.height * 0.1 || l.y > p.height * 0.9;
  const counts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const l of p.lines) if (band(p, l)) seen.add(runningKey(l.text));
    for (const k of seen) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.5));
  for (const p of pages) {
    p.lines = p.lines.filter((l) => {
      if (!band(p, l)) return true;
      if (PAGE_NUMBER_RE.test(l.text.trim())) return false;
      if (l.segments.every((s) => PAGE_NUMBER_RE.test(s.text.trim()))) return false;
      return (counts.get(runningKey(l.text)) ?? 0) < needed;
    });
  }
}
