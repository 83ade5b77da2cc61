// Plain text: blank lines separate blocks; bullet lines are list items; runs of tab-separated lines,
// a label and its value on one tab line, and runs of pipe lines are tables; a short line standing alone that looks like a heading is a heading.
import { isTranslation } from './translations.ts';
import { type CellInput, DocumentBuilder, plain } from './builder.ts';
import { framedRow, openCellRow, splitPipes } from './pipe-rows.ts';
import { asWritten } from './pdf-lines.ts';
// A line that ends a sentence (perhaps inside a quote or bracket) is prose, not a label or a heading.
import { SENTENCE_END } from './document.ts';
import { FURNITURE_WORD, PAGE_OF } from './furniture.ts';

// Arrows ("→ ", "➔ ", "⇒ ") open an item as a bullet does. Also Word's "o" sub-bullet (before a capital or digit) and private-use Symbol bullets (U+F0B7).
const BULLET = /^(\s*)([•▪◦●‣·○■□➢►→➔➜➝⇒▶*\-–\uE000-\uF8FF]|o(?=[ \t]+["'(]?[A-Z0-9])|\d{1,3}[.)]|[a-z][.)]|[ivx]{1,5}[.)]|\((?:[a-z]|[ivx]{1,5}|\d{1,3})\))[ \t]+(\S.*)$/;

/** "Section F: …", "SECTION F", "Part F –", "F. The help I will get", "F – …" */
export const SECTION_HEADING = /^(sections?|part)\s+([A-K]|H[12])\b|^([A-K]|H[12])\s*([.:–—-])\s+\S/i;

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

// A line that is only an amount of time ("45 minutes", "1 hour", "3 x weekly"): a table's cell exported
// a cell to a line, recurring with its number changing as page furniture does. Grammar of units, not vocabulary.
const AMOUNT_LINE = /^(?:# ?(?:x|×) ?)?#(?:\.#)? ?(?:x|×)? ?(?:min(?:ute)?s?|h(?:ou)?rs?|sessions?|days?|weeks?|times?|weekly|daily|termly)\b(?: (?:a|per|each|every) \w+)?\.?$/;

// The same amount after a total it breaks down ("1.25 (5 x 15 minutes)", hours a week then its sessions),
// or after a form's label of a word or three ("Duration 30 minutes", a record's field a line, once a record).
const LABELLED = /^[a-z]+(?: [a-z]+){0,2}:? (?=#)/;
const isAmountLine = (k: string) => AMOUNT_LINE.test(k) || AMOUNT_LINE.test(/^#(?:\.#)? ?\(([^()]+)\)$/.exec(k)?.[1] ?? '') || (LABELLED.test(k) && AMOUNT_LINE.test(k.replace(LABELLED, '')));

// A line that is only a figure written as money or with decimals or thousands ("6,240", "£1,100", "0.75"): a
// table's cell (a cost, hours), never a page number. Grammar of numbers, not vocabulary.
const FIGURE_LINE = /^[£$€]?\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)$|^[£$€]\s?\d+$/;

/**
 * Page furniture left in text copied from a printed plan: "Page 3 of 9" lines, and short lines
 * that recur far apart with only numbers changing (name and date of birth, "OFFICIAL - SENSITIVE").
 * A paragraph the furniture interrupted is joined again.
 */
export function dropTextFurniture(lines: string[]): string[] {
  return dropTextFurnitureMarked(lines).lines;
}

/**
 * The same, with the blank lines it leaves in the furniture's place (`breaks`, indices into `lines`):
 * they part what stood on either side of it, and are no blank line of the text's own, so a table
 * exported a cell to a line (an empty cell a blank line) keeps its cells when a page ends inside a row.
 */
export function dropTextFurnitureMarked(lines: string[]): { lines: string[]; breaks: Set<number> } {
  const key = (l: string) => l.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const at = new Map<string, number[]>();
  // A recurring line with no number or marking word ("Brackley Council – EHC Plan – Ellis Vant") is
  // furniture only where it stands beside every page footer.
  const plain = new Set<string>();
  lines.forEach((l, i) => {
    const t = l.trim();
    if (!t || t.length > 120 || BULLET.test(l) || FIGURE_LINE.test(t)) return;
    if (!FURNITURE_WORD.test(t) || isAmountLine(key(l))) plain.add(key(l));
    at.set(key(l), [...(at.get(key(l)) ?? []), i]);
  });
  const furniture = new Set<number>();
  lines.forEach((l, i) => {
    if (l.trim().length <= 80 && PAGE_OF.test(l)) furniture.add(i);
  });
  // Beside a "Page N of M" line (or at the text's very start or end), with at most one other line
  // between: a header or footer, however short the pages.
  const pageLines = new Set(furniture);
  const filled = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  const besidePage = (i: number) => {
    const k = filled.indexOf(i);
    return k <= 1 || k >= filled.length - 2 || [-2, -1, 1, 2].some((d) => pageLines.has(filled[k + d]));
  };
  for (const [k, idx] of at) {
    const gaps = idx.slice(1).map((v, k) => v - idx[k]).sort((a, z) => a - z);
    const beside = pageLines.size >= 2 && idx.every(besidePage);
    // A two-page text's running header recurs only twice, each time beside a page's start or footer.
    const twoPages = idx.length === 2 && beside && pageLines.size === 2;
    if (twoPages || (idx.length >= 3 && (plain.has(k) ? beside && idx.length <= pageLines.size + 1 : gaps[gaps.length >> 1] >= 15 || beside))) for (const i of idx) furniture.add(i);
  }
  const breaks = new Set<number>();
  if (furniture.size === 0) return { lines, breaks };
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
    else if (out.length && out[out.length - 1].trim() !== '') {
      breaks.add(out.length);
      out.push('');
    }
    i = j - 1;
  }
  return { lines: out, breaks };
}

export function parsePlainText(text: string, builder: DocumentBuilder): void {
  const { lines, breaks } = dropTextFurnitureMarked(text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n'));
  // Hard-wrapped text: lines never exceed ~100 characters, so a long line followed by more text is a wrap.
  const longest = lines.reduce((m, l) => Math.max(m, l.trimEnd().length), 0);
  const hardWrapped = longest > 0 && longest <= 100;
  const wrapWidth = Math.floor(longest * 0.7);

  let i = 0;
  let blank = 0;
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      // Where page furniture stood: a break, not a blank line of the text's.
      if (!breaks.has(i)) blank++;
      i++;
      continue;
    }
    builder.blankLines(blank);
    blank = 0;
    const table = pipeTableAt(lines, i);
    if (table) {
      builder.table(table.rows.map((r) => r.map((c) => ({ fragments: plain(c) }))));
      i = table.end;
      continue;
    }
    let end = i;
    // A line of tabs alone after tab lines is a pasted table's row left blank, not a blank line.
    let tabbed = false;
    while (end < lines.length && (lines[end].trim() !== '' || (tabbed && lines[end].includes('\t'))) && !pipeTableAt(lines, end)) {
      if (lines[end].trim() !== '' && lines[end].includes('\t')) tabbed = true;
      end++;
    }
    // A line standing alone between blank lines may be a heading; one beside a table is not.
    const alone = (i === 0 || lines[i - 1].trim() === '') && (end === lines.length || lines[end].trim() === '');
    emitGroup(lines.slice(i, end), builder, hardWrapped, wrapWidth, alone && (i > 0 || end < lines.length), longest);
    i = end;
  }
}

/** A line of a table written with pipes ("Needs | Outcomes | Provision", "| a | b |"), as its cells; null for other lines. */
export function pipeCells(line: string): string[] | null {
  return BULLET.test(line) ? null : splitPipes(line);
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
  const framed = framedRow(lines[from]);
  while (j < lines.length) {
    const cells = pipeCells(lines[j]) ?? openCellRow(lines[j], framed);
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
    const spanning = t.length <= 60 && !SENTENCE_END.test(t) && !SECTION_HEADING.test(t) && !BULLET.test(lines[j]) && next < lines.length && !!pipeCells(lines[next]);
    if (!spanning) break;
    rows.push([t]);
    j = next;
  }
  return piped >= 2 && rows.length ? { rows, end } : null;
}

/** A tab line's cells: every tab ends a cell, so empty cells are kept and the columns line up. */
function tabCells(line: string): string[] {
  return line.replace(/[ \r\n\f\v]+$/, '').split('\t').map((c) => c.trim());
}

/** "Name\tMia Brook": a short label, a tab, and its value. */
// A cell that ends a sentence, perhaps before a bracketed reference ("Homework club. (→ E2.2)"): no label (punctuation).
const ENDS_SENTENCE = /[.!?](?:\s*\([^()\n]{1,20}\))?$/;

function labelValue(cells: string[]): boolean {
  return cells.length === 2 && cells.every((c) => c) && cells[0].length <= 40 && !ENDS_SENTENCE.test(cells[0]);
}

function labelValueLine(line: string): boolean {
  return line.includes('\t') && labelValue(tabCells(line));
}

// A line that names a section ("Section G", "G – Health care provision", "(F)", "Part 3").
const isSectionLabel = (t: string) => SECTION_HEADING.test(t) || LABEL_WORD.test(t) || LABEL_LETTER.test(t);
// "•\tA teaching assistant…": Word's bullet and its tab, not a table's cells.
const bulletLine = (line: string) => {
  const m = BULLET.exec(line);
  return !!m && !m[3].includes('\t');
};
const tabCount = (line: string) => (bulletLine(line) ? 0 : line.replace(/[ \r\n\f\v]+$/, '').split('\t').length - 1);

/**
 * A table copied from Word and pasted as text: a row's cells are separated by tabs, and a cell's
 * own paragraphs break the line, so a row may take several lines ("need\tprovision", "more
 * provision", "\toutcome"). Every row holds the same number of tabs: the rows are the runs of lines
 * whose tabs add up to that number. A line starting with a tab after a row still open goes on in
 * that row (a header wrapped after its second cell, "\t E – Outcomes"); a line without a tab goes on
 * in the open row's last cell. The table ends at the group's end (a blank line), or between rows at
 * a line that is not followed by a row (a section's label, a paragraph after the table). A row that
 * cannot be completed (too few cells) keeps its cells where its tabs put them.
 * Returns the rows and the index after the table, or null where the lines are not a table.
 */
export function tabTableAt(group: string[], from: number): { rows: CellInput[][]; end: number } | null {
  const n = group.length;
  const tabLed = (k: number) => k < n && /^\t/.test(group[k]) && tabCount(group[k]) > 0;
  const hasTabs = (k: number) => k < n && tabCount(group[k]) > 0;
  // A table opens at a line of two or more cells, or at a line without a tab that a tab-led line
  // continues (a first cell of two paragraphs: "C – Health care needs", "\tG – Health care provision").
  const first = group[from];
  const opens = hasTabs(from) ? tabCells(first).filter((c) => c).length >= 2 || (tabLed(from + 1) && !/^\t/.test(first)) : !bulletLine(first) && tabLed(from + 1);
  if (!opens) return null;

  // How far the table may reach: on over tab lines and over lines without a tab that lead to one.
  let last = from;
  // Lines after the last tab line that go on in its last cell (`tail` on), and whether the lines from
  // k to the group's end all open with the bullet typed at the start of that cell ("• ").
  let tail = n;
  const typedOn = (k: number) => {
    const marker = (t: string) => BULLET.exec(t)?.[2];
    const cell = tabCells(group[last]).filter((c) => c).pop() ?? '';
    const typed = marker(cell);
    return !!typed && !/^[\d\w(]/.test(typed) && group.slice(k).every((l) => bulletLine(l) && marker(l) === typed);
  };
  // Lines from k to the group's end (at most three) that are each a sentence, after a tab line whose
  // last cell is filled beside another filled cell: that cell's further paragraphs.
  const sentencesOn = (k: number) => {
    const cells = tabCells(group[last]);
    // Not after a lone "Name\tSam Brook" line: a table of at least two tab lines, the last no label and its value.
    const tabLines = group.slice(from, last + 1).filter((l) => tabCount(l) > 0).length;
    if (n - k > 3 || tabLines < 2 || labelValueLine(group[last]) || cells.filter((c) => c).length < 2 || !cells[cells.length - 1]) return false;
    return group.slice(k).every((l) => !bulletLine(l) && !isSectionLabel(l.trim()) && SENTENCE_END.test(l.trim()));
  };
  for (let k = from; k < n; k++) {
    if (hasTabs(k)) {
      last = k;
      continue;
    }
    let m = k;
    while (m < n && !hasTabs(m)) m++;
    if (m === n && k > from && typedOn(k)) {
      // The last cell's later paragraphs, each behind the bullet typed in it ("• …"), at the group's end.
      tail = k;
      last = n - 1;
      break;
    }
    if (m === n && k > from && sentencesOn(k)) {
      // The last cell's later paragraphs at the group's end, each a sentence ("By July, I will …" then
      // "I will be more independent."): Word breaks the line at each paragraph of the row's last cell.
      tail = k;
      last = n - 1;
      break;
    }
    if (m === n || (isSectionLabel(group[k].trim()) && !tabLed(k + 1) && k > from)) break;
    k = m - 1;
  }
  // Tabs a row holds: the most on one line, or on a header wrapped over lines that each name a section.
  let tabs = 0;
  for (let k = from; k <= last; k++) tabs = Math.max(tabs, tabCount(group[k]));
  {
    let wrapped = tabCount(group[from]);
    for (let k = from + 1; k <= last && tabLed(k) && isSectionLabel(tabCells(group[k]).filter((c) => c)[0] ?? ''); k++) wrapped += tabCount(group[k]);
    tabs = Math.max(tabs, wrapped);
  }
  // The fewest tabs a row can hold so that the lines fall into whole rows.
  const fits = (t: number) => {
    let sum = 0;
    for (let k = from; k <= last; k++) {
      sum += tabCount(group[k]);
      if (sum > t) return false;
      if (sum === t) sum = 0;
    }
    return true;
  };
  for (let t = tabs; t <= tabs + 2; t++) {
    if (fits(t)) {
      tabs = t;
      break;
    }
  }

  const rows: string[][][] = [];
  let row: string[][] | null = null;
  let used = 0;
  let k = from;
  let closedAt = -1;
  const close = () => {
    if (row) {
      while (row.length <= tabs) row.push([]);
      rows.push(row);
      closedAt = k;
    }
    row = null;
    used = 0;
  };
  // A line that is a whole row of empty cells ("\t\t"): a row left blank.
  const emptyRow = (j: number) => j <= last && tabCount(group[j]) === tabs && tabCells(group[j]).every((c) => !c);
  for (; k <= last; k++) {
    const line = group[k];
    const t = tabCount(line);
    const cells = t > 0 ? tabCells(line) : [line.trim()];
    if (row && used + t > tabs) close();
    if (!row && t === 0 && rows.length && closedAt === k - 1) {
      // A sentence without a tab straight after a row ends, with more of the table after it (a whole
      // row, or a row left blank), is a further paragraph of that row's last cell: Word breaks the
      // line at each paragraph of the last cell too ("By July, I will catch the bus.", "I will be
      // more independent with money.").
      const s = line.trim();
      if (!isSectionLabel(s) && (k >= tail || ((s.length > 60 || SENTENCE_END.test(s)) && (emptyRow(k + 1) || (hasTabs(k + 1) && k + 1 <= last && !tabLed(k + 1)))))) {
        const prev = rows[rows.length - 1];
        prev[prev.length - 1].push(s);
        closedAt = k;
        continue;
      }
    }
    if (!row) {
      row = [[]];
      if (t === 0 && !tabLed(k + 1)) {
        // Between rows, a line without a tab is the first cell of a row a tab-led line goes on with;
        // a short title before more rows is a row of its own, spanning the table ("Cognition and learning").
        const s = line.trim();
        if (!hasTabs(k + 1) || k + 1 > last || s.length > 60 || /[.!?:;]["')\]]?$/.test(s) || isSectionLabel(s)) {
          row = null;
          break;
        }
        row[0].push(s);
        close();
        continue;
      }
    }
    const r: string[][] = row;
    // The line's first piece goes on in the open cell; each tab opens the next.
    cells.forEach((c, i) => {
      if (i > 0) r.push([]);
      if (c) r[r.length - 1].push(c);
    });
    used += t;
    if (used === tabs && !(t === 0 && tabs === 0)) close();
  }
  close();
  const filled = rows.filter((r) => r.some((c) => c.length));
  const cellCount = (r: string[][]) => r.filter((c) => c.length).length;
  const ok = filled.length >= 2 || (filled.length === 1 && (labelValue(filled[0].map((c) => c.join(' '))) || cellCount(filled[0]) >= 3));
  if (!ok || k === from) return null;
  return { rows: rows.map((r) => r.map((c) => ({ fragments: c.map((p) => ({ text: p, page: null })), paragraphs: c.length >= 2 }))), end: k };
}

// A section's label opening a line: "Section F", "Part 3", "F.", "(B)", "H1 –".
const PART_NO = String.raw`(?:[A-K]|H[12]|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)`;
const LABEL_WORD = new RegExp(String.raw`^(?:section|part)\s+${PART_NO}(?![\w.])`, 'i');
// A whole heading on a line: a part's label, a separator, then its title ("Part 2 – My story").
const HEADING_LINE = new RegExp(String.raw`^(?:section|part)\s+${PART_NO}\s*[:.\-–—]\s+\S`, 'i');
const LABEL_LETTER = /^(?:\([A-K]\)|(?:[A-K]|H[12])\s*[.:–—-])\s+\S/;

/** In hard-wrapped text, a line that opens with a section's label after a sentence's end starts a new paragraph, though the line before it was long. */
function startsLabelledLine(line: string, prev: string, wrapWidth: number): boolean {
  const t = line.trim();
  // A short line that is a whole labelled heading starts a paragraph whatever ended the line before.
  if (HEADING_LINE.test(t) && t.length < wrapWidth) return true;
  return /[.!?:;]["')\]]?$/.test(prev) && (LABEL_WORD.test(t) || LABEL_LETTER.test(t));
}

/**
 * In hard-wrapped text, "7.5 Provision: …" after a paragraph that opened "7.4 …", or "F2 …" after a
 * paragraph that holds item "F1" (a heading may run in before it), starts the next numbered item,
 * though the line before it ran to the wrap width.
 */
function nextNumberedItem(line: string, para: string[]): boolean {
  const a = /^\s*(\d{1,2})\.(\d{1,2})\s+\S/.exec(para[0] ?? '');
  const b = /^\s*(\d{1,2})\.(\d{1,2})\s+\S/.exec(line);
  if (a && b && a[1] === b[1] && Number(b[2]) === Number(a[2]) + 1) return true;
  const item = /^\s*([A-Z]{1,3})(\d{1,2})\s+\S/.exec(line);
  if (!item || item[2] === '1') return false;
  const before = new RegExp(String.raw`(?:^|\s)${item[1]}${Number(item[2]) - 1}\s+\S`);
  return para.some((l) => before.test(l));
}

/**
 * In hard-wrapped text, a line that ends a sentence and had room left for the next line's first word
 * was not wrapped: the writer broke it there ("… maths." then "Provision", a label of its own).
 */
function brokenByWriter(prev: string, line: string, longest: number): boolean {
  const p = prev.trimEnd();
  const first = /^\s*(\S+)/.exec(line)?.[1] ?? '';
  return /[.!?]["')\]’”]?$/.test(p) && first.length > 0 && p.length + 1 + first.length <= longest;
}

function emitGroup(group: string[], b: DocumentBuilder, hardWrapped: boolean, wrapWidth: number, mayBeHeading: boolean, longest = Infinity): void {
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
    const table = tabTableAt(group, j);
    if (table) {
      flushPara();
      flushItem();
      b.table(table.rows);
      j = table.end;
      continue;
    }
    const m = BULLET.exec(line);
    if (m) {
      flushPara();
      flushItem();
      item = { text: [m[3]], marker: asWritten(m[2]), indent: m[1].replace(/\t/g, '    ').length, lastLen: line.trimEnd().length };
    } else if (item && (/^\s+\S/.test(line) || (hardWrapped && item.lastLen >= wrapWidth && !brokenByWriter(item.text[item.text.length - 1], line, longest)))) {
      item.text.push(line.trim());
      item.lastLen = line.trimEnd().length;
    } else {
      flushItem();
      const prev = para[para.length - 1];
      // A translation of the paragraph before is a paragraph of its own (the builder leaves it out).
      if (prev !== undefined && (!(hardWrapped && prev.length >= wrapWidth) || startsLabelledLine(line, prev, wrapWidth) || nextNumberedItem(line, para) || isTranslation(line.trim()))) flushPara();
      para.push(line.trim());
    }
    j++;
  }
  flushPara();
  flushItem();
}
