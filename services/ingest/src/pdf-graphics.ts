// Vector graphics that carry structure: table rules (borders drawn as thin filled rectangles or
// stroked lines) and list bullets drawn as small shapes rather than glyphs (Chromium draws the
// discs of <ul> as paths, so they never reach the text layer). Read from pdf.js's operator list.

/** A horizontal rule at y from x0 to x1, or a vertical one at x from y0 to y1 (page space, y down). */
export interface HRule { y: number; x0: number; x1: number }
export interface VRule { x: number; y0: number; y1: number }
/** A small filled or stroked shape: a bullet candidate. */
export interface Dot { x0: number; y0: number; x1: number; y1: number; filled: boolean }

/**
 * Where text drawn from one text position starts (page space, y down), and whether its last glyph
 * (over the runs that follow on with no move) is a space: LibreOffice draws the space a line
 * wrapped at, so a line of a paragraph that goes on ends in one, and a paragraph's last line does not.
 */
export interface TextRun { x: number; y: number; endsWithSpace: boolean }

export interface PageGraphics {
  hRules: HRule[];
  vRules: VRule[];
  dots: Dot[];
  runs?: TextRun[];
}

type M = [number, number, number, number, number, number];
const mul = (m: M, n: M): M => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: M, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

interface Ops {
  save: number; restore: number; transform: number; constructPath: number;
  paintFormXObjectBegin: number; paintFormXObjectEnd: number;
  stroke: number; closeStroke: number; fill: number; eoFill: number; fillStroke: number; eoFillStroke: number; closeFillStroke: number; closeEOFillStroke: number;
  beginText?: number; setTextMatrix?: number; moveText?: number; setLeadingMoveText?: number; setLeading?: number; nextLine?: number;
  showText?: number; showSpacedText?: number; nextLineShowText?: number; nextLineSetSpacingShowText?: number;
}

/** The last drawn glyph of a show operation's glyph list is a space (kerning numbers skipped). */
function lastGlyphIsSpace(glyphs: unknown): boolean | null {
  if (!Array.isArray(glyphs)) return null;
  for (let k = glyphs.length - 1; k >= 0; k--) {
    const g = glyphs[k] as { unicode?: string; isSpace?: boolean } | number | null;
    if (g === null || typeof g === 'number') continue;
    return g.isSpace === true || g.unicode === ' ';
  }
  return null;
}

// pdf.js path data codes (DrawOPS).
const MOVE = 0, LINE = 1, CURVE = 2, QUAD = 3, CLOSE = 4;

/**
 * Rules and dots of one page from its operator list. `view` maps user space to page space
 * (the viewport transform at scale 1).
 */
export function pageGraphics(fnArray: number[], argsArray: unknown[][], OPS: Ops, view: M): PageGraphics {
  const out: PageGraphics = { hRules: [], vRules: [], dots: [], runs: [] };
  let ctm: M = view;
  // Text line matrix (the text matrix at the start of a line) and leading, for where runs start.
  let tlm: M = [1, 0, 0, 1, 0, 0];
  let leading = 0;
  let atLineStart = false;
  const moveLine = (tx: number, ty: number) => (atLineStart = true, tlm = [tlm[0], tlm[1], tlm[2], tlm[3], tx * tlm[0] + ty * tlm[2] + tlm[4], tx * tlm[1] + ty * tlm[3] + tlm[5]]);
  const shows = new Set([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText].filter((n): n is number => n !== undefined));
  const stack: M[] = [];
  const fills = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

  const addBox = (x0: number, y0: number, x1: number, y1: number, filled: boolean) => {
    const w = x1 - x0;
    const h = y1 - y0;
    if (w >= 8 && h <= 2.5) out.hRules.push({ y: (y0 + y1) / 2, x0, x1 });
    else if (h >= 6 && w <= 2.5) out.vRules.push({ x: (x0 + x1) / 2, y0, y1 });
    else if (w >= 1.5 && h >= 1.5 && w <= 9 && h <= 9 && w / h < 2 && h / w < 2) out.dots.push({ x0, y0, x1, y1, filled });
    else if (!filled && w > 9 && h > 6) {
      // A stroked box: a cell or table border.
      out.hRules.push({ y: y0, x0, x1 }, { y: y1, x0, x1 });
      out.vRules.push({ x: x0, y0, y1 }, { x: x1, y0, y1 });
    }
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === OPS.beginText) {
      tlm = [1, 0, 0, 1, 0, 0];
      atLineStart = true;
    } else if (fn === OPS.setTextMatrix && args) {
      tlm = Array.from(args.length === 6 ? (args as number[]) : (args[0] as ArrayLike<number>)) as M;
      atLineStart = true;
    }
    else if (fn === OPS.moveText && args) moveLine(Number(args[0]), Number(args[1]));
    else if (fn === OPS.setLeadingMoveText && args) {
      leading = -Number(args[1]);
      moveLine(Number(args[0]), Number(args[1]));
    } else if (fn === OPS.setLeading && args) leading = Number(args[0]);
    else if (fn === OPS.nextLine) moveLine(0, -leading);
    else if (shows.has(fn)) {
      if (fn === OPS.nextLineShowText || fn === OPS.nextLineSetSpacingShowText) moveLine(0, -leading);
      const glyphs = fn === OPS.nextLineSetSpacingShowText ? args?.[2] : args?.[0];
      const space = lastGlyphIsSpace(glyphs);
      if (space !== null && atLineStart) {
        const [x, y] = apply(mul(ctm, tlm), 0, 0);
        out.runs!.push({ x, y, endsWithSpace: space });
      } else if (space !== null && out.runs!.length) {
        // A run with no move before it goes on where the last one's glyphs end: it ends that text.
        out.runs![out.runs!.length - 1].endsWithSpace = space;
      }
      atLineStart = false;
    } else if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm; else if (fn === OPS.transform) ctm = mul(ctm, args as M);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0] as M | null;
      if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = mul(ctm, Array.from(m as ArrayLike<number>) as M);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath) {
      const op = args?.[0] as number;
      const filled = fills.has(op);
      const stroked = strokes.has(op);
      if (!filled && !stroked) continue;
      const data = (args?.[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      walkPath(data, ctm, (pts, closed) => {
        let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        for (const [x, y] of pts) {
          x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
        }
        if (!Number.isFinite(x0)) return;
        if (filled && (closed || pts.length > 2)) addBox(x0, y0, x1, y1, true);
        else if (stroked) {
          // Each straight, axis-aligned piece of a stroked path is a rule; a closed small path is a dot.
          if (x1 - x0 <= 9 && y1 - y0 <= 9 && closed) {
            addBox(x0, y0, x1, y1, false);
            return;
          }
          if (closed && x1 - x0 > 9 && y1 - y0 > 6 && pts.length <= 6) {
            addBox(x0, y0, x1, y1, false);
            return;
          }
          for (let k = 1; k < pts.length; k++) {
            const [ax, ay] = pts[k - 1];
            const [bx, by] = pts[k];
            if (Math.abs(ay - by) <= 0.5 && Math.abs(ax - bx) >= 8) out.hRules.push({ y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) });
            else if (Math.abs(ax - bx) <= 0.5 && Math.abs(ay - by) >= 6) out.vRules.push({ x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
          }
        }
      });
    }
  }
  return out;
}

/** Calls `each` with the page-space points of every subpath (curves by their control points). */
function walkPath(data: ArrayLike<number>, ctm: M, each: (pts: Array<[number, number]>, closed: boolean) => void): void {
  let pts: Array<[number, number]> = [];
  let closed = false;
  const flush = () => {
    if (pts.length > 1) each(pts, closed);
    pts = [];
    closed = false;
  };
  for (let i = 0; i < data.length; ) {
    const code = data[i++];
    if (code === MOVE) {
      flush();
      pts.push(apply(ctm, data[i], data[i + 1]));
      i += 2;
    } else if (code === LINE) {
      pts.push(apply(ctm, data[i], data[i + 1]));
      i += 2;
    } else if (code === CURVE) {
      for (let k = 0; k < 3; k++) pts.push(apply(ctm, data[i + 2 * k], data[i + 2 * k + 1]));
      i += 6;
    } else if (code === QUAD) {
      for (let k = 0; k < 2; k++) pts.push(apply(ctm, data[i + 2 * k], data[i + 2 * k + 1]));
      i += 4;
    } else if (code === CLOSE) {
      if (pts.length) pts.push(pts[0]);
      closed = true;
    } else break; // unknown code: stop rather than misread the rest
  }
  flush();
}
