// A page set in newspaper columns (a leaflet-style form: the text runs down the left half, then
// down the right half) is read column by column. Grouping its items by baseline would join the
// two columns' lines side by side, as a table's cells, and mix two paragraphs line by line.
//
// The page is laid out again as one column: the right column's items move under the left
// column's last line (and to its left margin), the page growing by as much; anything below the
// columns (a footer) moves down with them. Vector shapes and text runs in the right column move
// with its text. A page with vertical rules (a ruled table) or with text across the gutter
// between the columns' top and bottom is left as it is.
import type { PageGraphics } from './pdf-graphics.ts';
import type { Item } from './pdf-lines.ts';

export interface ColumnPage { items: Item[]; graphics: PageGraphics; height: number }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, z) => a - z);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

/** Baselines of a set of items (items within half a size of each other share one). */
function lines(items: Item[]): Array<{ y: number; x0: number; x1: number; chars: number }> {
  const sorted = [...items].sort((a, z) => a.y - z.y || a.x - z.x);
  const out: Array<{ y: number; x0: number; x1: number; chars: number }> = [];
  for (const it of sorted) {
    const l = out[out.length - 1];
    if (l && Math.abs(l.y - it.y) <= Math.max(1.5, 0.4 * it.size)) {
      l.x0 = Math.min(l.x0, it.x);
      l.x1 = Math.max(l.x1, it.x + it.w);
      l.chars += it.str.length;
    } else out.push({ y: it.y, x0: it.x, x1: it.x + it.w, chars: it.str.length });
  }
  return out;
}

export function newspaperColumns(items: Item[], graphics: PageGraphics, height: number): ColumnPage {
  const same: ColumnPage = { items, graphics, height };
  if (graphics.vRules.length) return same;
  const text = items.filter((i) => i.str.trim() !== '' && i.w > 0);
  if (text.length < 12) return same;
  const left = Math.min(...text.map((i) => i.x));
  const right = Math.max(...text.map((i) => i.x + i.w));
  const width = right - left;
  if (width <= 0) return same;
  // The widest run of x in the middle of the text that no item crosses, leaving aside the top and
  // bottom tenth of the text (a title or a footer may run across the whole page).
  const yTop = Math.min(...text.map((i) => i.y));
  const yBottom = Math.max(...text.map((i) => i.y));
  const body = text.filter((i) => i.y > yTop + 0.1 * (yBottom - yTop) && i.y < yBottom - 0.1 * (yBottom - yTop));
  const lo = Math.floor(left + 0.3 * width);
  const hi = Math.ceil(left + 0.7 * width);
  let best: [number, number] | null = null;
  let run: number | null = null;
  for (let x = lo; x <= hi + 1; x++) {
    const crossing = x <= hi ? body.filter((i) => i.x < x - 0.5 && i.x + i.w > x + 0.5).length : Infinity;
    if (crossing === 0) {
      if (run === null) run = x;
    } else if (run !== null) {
      if (!best || x - run > best[1] - best[0]) best = [run, x - 1];
      run = null;
    }
  }
  if (!best || best[1] - best[0] < 8) return same;
  const [g0, g1] = best;
  const leftItems = text.filter((i) => i.x + i.w <= g0 + 0.5);
  const rightItems = text.filter((i) => i.x >= g1 - 0.5);
  const across = text.filter((i) => !leftItems.includes(i) && !rightItems.includes(i));
  const leftLines = lines(leftItems);
  const rightLines = lines(rightItems);
  if (leftLines.length < 6 || rightLines.length < 6) return same;
  const top = Math.min(...[...leftItems, ...rightItems].map((i) => i.y));
  const bottom = Math.max(...[...leftItems, ...rightItems].map((i) => i.y));
  // Text across the gutter between the columns' top and bottom: not two columns of running text.
  if (across.some((i) => i.y >= top && i.y <= bottom)) return same;
  // Two columns of about the same width, the left one's text filling it up to the gutter (wrapped
  // prose), as a table's label column does not.
  const leftWidth = g0 - left;
  const rightX0 = Math.min(...rightItems.map((i) => i.x));
  const rightWidth = right - rightX0;
  if (leftWidth / rightWidth < 0.6 || leftWidth / rightWidth > 1.67) return same;
  const full = (ls: typeof leftLines, x0: number, w: number) => ls.filter((l) => l.chars >= 12 && l.x1 >= x0 + 0.8 * w).length;
  if (full(leftLines, left, leftWidth) < 0.4 * leftLines.length || full(rightLines, rightX0, rightWidth) < 0.3 * rightLines.length) return same;
  // Reading order is the left column, then the right: the right column goes under the left.
  const size = median(text.map((i) => i.size)) || 10;
  const leftBottom = Math.max(...leftItems.map((i) => i.y));
  const rightTop = Math.min(...rightItems.map((i) => i.y));
  const dx = left - rightX0;
  const dy = leftBottom - rightTop + 2.5 * size;
  const grow = Math.max(0, Math.max(...rightItems.map((i) => i.y)) + dy - bottom);
  const inRight = (x: number) => x >= g1 - 0.5;
  const moved = items.map((i) => {
    if (inRight(i.x) && i.y >= top - size && i.y <= bottom + 0.5) return { ...i, x: i.x + dx, y: i.y + dy };
    if (i.y > bottom + 0.5) return { ...i, y: i.y + grow };
    return i;
  });
  const movePoint = (x: number, y: number): [number, number] => {
    if (inRight(x) && y >= top - 2 * size && y <= bottom + 0.5) return [x + dx, y + dy];
    if (y > bottom + 0.5) return [x, y + grow];
    return [x, y];
  };
  const g: PageGraphics = {
    hRules: graphics.hRules.map((r) => {
      const [x0, y] = movePoint(r.x0, r.y);
      return { y, x0, x1: r.x1 + (x0 - r.x0) };
    }),
    vRules: [],
    dots: graphics.dots.map((d) => {
      const [x0, y0] = movePoint(d.x0, d.y0);
      return { ...d, x0, y0, x1: d.x1 + (x0 - d.x0), y1: d.y1 + (y0 - d.y0) };
    }),
    runs: graphics.runs?.map((r) => {
      const [x, y] = movePoint(r.x, r.y);
      return { ...r, x, y };
    }),
  };
  return { items: moved, graphics: g, height: height + grow };
}
