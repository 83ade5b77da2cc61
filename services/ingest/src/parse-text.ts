// Plain text: blank lines separate blocks; bullet lines are list items; runs of tab-separated lines,
// a label and its value on one tab line, and runs of pipe lines are tables; a short line standing alone that looks like a heading is a heading.
import { DocumentBuilder, plain } from './builder.ts';

// Also Word's "o" sub-bullet (before a capital or digit) and private-use Symbol bullets (U+F0B7).
const BULLET = /^(\s*)([•▪◦●‣·○■□➢►*\-–\uE000-\uF8FF]|o(?=[ \t]+["'(]?[A-Z0-9])|\d{1,3}[.)]|[a-z][.)]|[ivx]{1,5}[.)]|\((?:[a-z]|[ivx]{1,5}|\d{1,3})\))[ \t]+(\S.*)$/;

/** "Section F: …", "SECTION F", "Part F –", "F. The help I will get", "F – …" */
export const SECTION_HEADING = /^(section|part)\s+([A-K]|H[12])\b|^([A-K]|H[12])\s*([.:–—-])\s+\S/i;

export function isOrderedMarker(m: string): boolean {
  return /^(\d+|[a-z]|[ivx]+)[.)]$|^\(.*\)$/i.test(m);
}

/** Conservative: short, no final full stop, standing alone, and either a section label, ALL CAPS, or a short title. */
export function looksLikeHeadingLine(line: string): { level: number } | null {
  const t = line.trim();
  if (t.length === 0 || /[.;,]$/.test(t)) return null;
  if (SECTION_HEADING.test(t) && t.length <= 140) return { level: 2 };
  if (t.length > 90) return null;
  const words = t.split(/\s+/).length;
  if (words > 12) return null;
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 3 && letters === letters.toUpperCase()) return { level: 2 };
  if (words <= 8 && /^[A-Z]/.test(t) && !/[:?!]$/.test(t) && !t.includes(':') && !/\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/.test(t)) return { level: 3 };
  return null;
}

const PAGE_OF = /\bpage\s+\d{1,4}\s*(?:of|\/)\s*\d{1,4}\b/i;
const FURNITURE_WORD = /\d|official|sensitive|confidential|restricted|protect/i;

/**
 * Page furniture left in text copied from a printed plan: "Page 3 of 9" lines, and short lines
 * that recur far apart with only numbers changing (name and date of birth, "OFFICIAL - SENSITIVE").
 * A paragraph the furniture interrupted is joined again.
 */
export function dropTextFurniture(lines: string[]): string[] {
  const key = (l: string) => l.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const at = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const t = l.trim();
    if (t && t.length <= 120 && FURNITURE_WORD.test(t) && !BULLET.test(l)) at.set(key(l), [...(at.get(key(l)) ?? []), i]);
  });
  const furniture = new Set<number>();
  for (const idx of at.values()) {
    const gaps = idx.slice(1).map((v, k) => v - idx[k]).sort((a, z) => a - z);
    if (idx.length >= 3 && gaps[gaps.length >> 1] >= 15) for (const i of idx) furniture.add(i);
  }
  lines.forEach((l, i) => {
    if (l.trim().length <= 80 && PAGE_OF.test(l)) furniture.add(i);
  });
  if (furniture.size === 0) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!furniture.has(i)) {
      out.push(lines[i]);
      continue;
    }
    // Skip the furniture and the blank lines around it when the text on either side is one sentence.
    let j = i;
    while (j < lines.length && (furniture.has(j) || lines[j].trim() === '')) j++;
    let k = out.length;
    while (k > 0 && out[k - 1].trim() === '') k--;
    const before = k > 0 ? out[k - 1].trim() : '';
    const after = j < lines.length ? lines[j].trim() : '';
    if (before && after && !/[.!?:;]$/.test(before) && /^[a-z]/.test(after)) out.length = k;
    else if (out.length && out[out.length - 1].trim() !== '') out.push('');
    i = j - 1;
  }
  return out;
}

export function parsePlainText(text: string, builder: DocumentBuilder): void {
  const lines = dropTextFurniture(text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n'));
  // Hard-wrapped text: lines never exceed ~100 characters, so a long line followed by more text is a wrap.
  const longest = lines.reduce((m, l) => Math.max(m, l.trimEnd().length), 0);
  const hardWrapped = longest > 0 && longest <= 100;
  const wrapWidth = Math.floor(longest * 0.7);

  let i = 0;
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    const table = pipeTableAt(lines, i);
    if (table) {
      builder.table(table.rows.map((r) => r.map((c) => ({ fragments: plain(c) }))));
      i = table.end;
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end].trim() !== '' && !pipeTableAt(lines, end)) end++;
    // A line standing alone between blank lines may be a heading; one beside a table is not.
    const alone = (i === 0 || lines[i - 1].trim() === '') && (end === lines.length || lines[end].trim() === '');
    emitGroup(lines.slice(i, end), builder, hardWrapped, wrapWidth, alone && (i > 0 || end < lines.length));
    i = end;
  }
}

/** A line of a table written with pipes ("Needs | Outcomes | Provision", "| a | b |"), as its cells; null for other lines. */
export function pipeCells(line: string): string[] | null {
  if (!/\s\|\s/.test(line) || BULLET.test(line)) return null;
  const cells = line.trim().split('|').map((c) => c.trim());
  // "| a | b |": the outer pipes frame the row.
  if (line.trimStart().startsWith('|') && cells[0] === '') cells.shift();
  if (line.trimEnd().endsWith('|') && cells[cells.length - 1] === '') cells.pop();
  return cells.filter((c) => c).length >= 2 ? cells : null;
}

const PIPE_RULE = /^:?-{2,}:?$|^$/;

/**
 * Plain text carries a table's grid only by pipes: two or more pipe lines, with blank lines or short
 * one-cell lines between them (an area of need spanning the table), are one table. A line that
 * labels a section ends it. Returns the rows and the line after the table, or null.
 */
function pipeTableAt(lines: string[], from: number): { rows: string[][]; end: number } | null {
  if (!pipeCells(lines[from])) return null;
  const rows: string[][] = [];
  let piped = 0;
  let j = from;
  let end = from;
  const nextFilled = (k: number) => {
    while (k < lines.length && lines[k].trim() === '') k++;
    return k;
  };
  while (j < lines.length) {
    const cells = pipeCells(lines[j]);
    if (cells) {
      if (!cells.every((c) => PIPE_RULE.test(c))) rows.push(cells);
      piped++;
      end = ++j;
      continue;
    }
    if (lines[j].trim() === '') {
      j = nextFilled(j);
      continue;
    }
    const t = lines[j].trim();
    const next = nextFilled(j + 1);
    const spanning = t.length <= 60 && !/[.!?]["')\]]?$/.test(t) && !SECTION_HEADING.test(t) && !BULLET.test(lines[j]) && next < lines.length && !!pipeCells(lines[next]);
    if (!spanning) break;
    rows.push([t]);
    j = next;
  }
  return piped >= 2 && rows.length ? { rows, end } : null;
}

function splitCells(line: string): string[] {
  return line.trim().split(/\t+/).map((c) => c.trim());
}

/** "Name\tMia Brook": a short label, a tab, and its value. */
function labelValueLine(line: string): boolean {
  const cells = line.includes('\t') ? splitCells(line) : [];
  return cells.length === 2 && cells.every((c) => c) && cells[0].length <= 40 && !/[.!?]$/.test(cells[0]);
}

// A section's label opening a line: "Section F", "Part 3", "F.", "(B)", "H1 –".
const LABEL_WORD = /^(?:section|part)\s+(?:[A-K]|H[12]|\d{1,2})(?![\w.])/i;
const LABEL_LETTER = /^(?:\([A-K]\)|(?:[A-K]|H[12])\s*[.:–—-])\s+\S/;

/** In hard-wrapped text, a line that opens with a section's label after a sentence's end starts a new paragraph, though the line before it was long. */
function startsLabelledLine(line: string, prev: string): boolean {
  const t = line.trim();
  return /[.!?:;]["')\]]?$/.test(prev) && (LABEL_WORD.test(t) || LABEL_LETTER.test(t));
}

function emitGroup(group: string[], b: DocumentBuilder, hardWrapped: boolean, wrapWidth: number, mayBeHeading: boolean): void {
  if (group.length === 1 && mayBeHeading && !BULLET.test(group[0]) && !labelValueLine(group[0])) {
    const h = looksLikeHeadingLine(group[0]);
    if (h) {
      b.heading(plain(group[0]), h.level);
      return;
    }
  }
  let para: string[] = [];
  let item: { text: string[]; marker: string; indent: number; lastLen: number } | null = null;
  const indents: number[] = [];
  const flushPara = () => {
    if (para.length) b.paragraph(plain(para.join(' ')));
    para = [];
  };
  const flushItem = () => {
    if (item) {
      while (indents.length && indents[indents.length - 1] > item.indent) indents.pop();
      if (!indents.length || indents[indents.length - 1] < item.indent) indents.push(item.indent);
      b.listItem(plain(item.text.join(' ')), item.marker, isOrderedMarker(item.marker), indents.length - 1);
    }
    item = null;
  };
  let j = 0;
  while (j < group.length) {
    const line = group[j];
    // A run of two or more lines with tabs is a table, and so is one line of a label and its value
    // ("Name\tMia Brook", a one-row table pasted from Word); other single tab lines are text.
    if (line.includes('\t') && splitCells(line).filter((c) => c).length >= 2) {
      let k = j;
      while (k < group.length && group[k].includes('\t')) k++;
      if (k - j >= 2 || labelValueLine(line)) {
        flushPara();
        flushItem();
        b.table(group.slice(j, k).map((l) => splitCells(l).map((c) => ({ fragments: plain(c) }))));
        j = k;
        continue;
      }
    }
    const m = BULLET.exec(line);
    if (m) {
      flushPara();
      flushItem();
      item = { text: [m[3]], marker: /^[\uE000-\uF8FF]$/.test(m[2]) ? '•' : m[2], indent: m[1].replace(/\t/g, '    ').length, lastLen: line.trimEnd().length };
    } else if (item && (/^\s+\S/.test(line) || (hardWrapped && item.lastLen >= wrapWidth))) {
      item.text.push(line.trim());
      item.lastLen = line.trimEnd().length;
    } else {
      flushItem();
      const prev = para[para.length - 1];
      if (prev !== undefined && (!(hardWrapped && prev.length >= wrapWidth) || startsLabelledLine(line, prev))) flushPara();
      para.push(line.trim());
    }
    j++;
  }
  flushPara();
  flushItem();
}
