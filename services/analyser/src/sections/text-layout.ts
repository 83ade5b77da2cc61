// Layout read again from plain-text paragraphs: pipe tables and headings run into the block before them.
import type { Block, TableCell, TableRow } from '../../../ingest/src/document.ts';
import { matchHeading } from './headings.ts';
import { LETTER, SENTENCE_END, normaliseLetter, sameSection, titleKey } from './titles.ts';

/** A line of a text table written with pipes ("Needs | Outcomes | Provision"), as cells; null otherwise. */
function pipeCells(b: Block): TableCell[] | null {
  if ((b.kind !== 'paragraph' && b.kind !== 'heading') || !/\s\|\s/.test(b.text)) return null;
  const cells: TableCell[] = [];
  const re = /[^|]+|(?<=\|)(?=\||$)/g;
  for (let m = re.exec(b.text); m; m = re.exec(b.text)) {
    if (m[0] === '' && re.lastIndex === m.index) re.lastIndex++;
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    cells.push({ text, start: b.start + m.index + lead, end: b.start + m.index + lead + text.length, page: b.page });
  }
  // "| a | b |": the outer pipes frame the row.
  if (b.text.trimStart().startsWith('|') && cells[0]?.text === '') cells.shift();
  if (b.text.trimEnd().endsWith('|') && cells[cells.length - 1]?.text === '') cells.pop();
  return cells.filter((c) => c.text).length >= 2 ? cells : null;
}

/**
 * Plain text cannot carry a table's structure except by pipes; ingest keeps those lines as
 * paragraphs. A run of two or more such lines (with one-cell lines between them, such as an
 * area of need spanning the table) is read as a table.
 */
export function withPipeTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    if (!pipeCells(blocks[i])) {
      out.push(blocks[i++]);
      continue;
    }
    const rows: TableRow[] = [];
    let j = i;
    let piped = 0;
    while (j < blocks.length) {
      const b = blocks[j];
      const cells = pipeCells(b);
      if (cells) {
        if (!cells.every((c) => /^:?-{2,}:?$|^$/.test(c.text))) rows.push({ start: b.start, end: b.end, page: b.page, cells });
        piped++;
        j++;
        continue;
      }
      const next = blocks[j + 1];
      const spanning = (b.kind === 'paragraph' || b.kind === 'heading') && b.text.length <= 60 && !SENTENCE_END.test(b.text) && !matchHeading(b.text, true, true);
      if (!spanning || !next || !pipeCells(next)) break;
      rows.push({ start: b.start, end: b.end, page: b.page, cells: [{ text: b.text, start: b.start, end: b.end, page: b.page }] });
      j++;
    }
    if (piped >= 2 && rows.length) out.push({ kind: 'table', rows, start: rows[0].start, end: rows[rows.length - 1].end, page: blocks[i].page });
    else out.push(...blocks.slice(i, j));
    i = j;
  }
  return out;
}

/**
 * PDF text can run a heading into the block before it ("… ADHD. Section C — Health needs", "PART I –
 * PLACEMENT PART J – PERSONAL BUDGET" when I is empty). A section word and letter followed by that
 * section's own title, after a sentence's end (or inside a heading), starts a block of its own.
 */
export function splitRunOnHeadings(blocks: Block[]): Block[] {
  const inner = new RegExp(String.raw`(?<=\S\s{1,3})(?:Section|SECTION|Part|PART)\s+(${LETTER})(?![\w/])\s*(?:[:.\-–—‒―−|]+\s*)?`, 'g');
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') {
      out.push(b);
      continue;
    }
    const cuts: number[] = [];
    for (const m of b.text.matchAll(inner)) {
      const before = b.text.slice(0, m.index).trimEnd();
      const known = titleKey(b.text.slice(m.index + m[0].length));
      if (!known || !sameSection(normaliseLetter(m[1]), known.label)) continue;
      if (/[.!?]["')\]]?$/.test(before) || (b.kind === 'heading' && !/\b(?:see|in|under|to|of|and|or)$/i.test(before))) cuts.push(m.index);
    }
    if (cuts.length === 0) {
      out.push(b);
      continue;
    }
    let from = 0;
    for (const at of [...cuts, b.text.length]) {
      const text = b.text.slice(from, at).trimEnd();
      if (text) out.push({ ...b, kind: from === 0 ? b.kind : 'heading', level: b.kind === 'heading' ? b.level : 2, text, start: b.start + from, end: b.start + from + text.length } as Block);
      from = at;
    }
  }
  return out;
}
