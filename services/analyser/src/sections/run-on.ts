// Headings run into the block before them: a section's label and its own title in mid-paragraph.
import type { Block } from '../../../ingest/src/document.ts';
import { leadingLabel, numberedRunOn } from './headings.ts';
import { LETTER, LETTER_JOIN, SENTENCE_END, SENTENCE_STOP, normaliseLetter, sameSection, titleKey, type Titles } from './titles.ts';

/**
 * PDF text can run a heading into the block before it ("… ADHD. Section C — Health needs", "PART I –
 * PLACEMENT PART J – PERSONAL BUDGET" when I is empty). A section word and letter followed by that
 * section's own title, after a sentence's end (or inside a heading), starts a block of its own.
 */
export function splitRunOnHeadings(titles: Titles, blocks: Block[]): Block[] {
  const inner = new RegExp(String.raw`(?<=\S\s{1,3})(?:Section|SECTION|Part|PART)\s+(${LETTER})(?![\w/])\s*(?:[:.\-–—‒―−|]+\s*)?`, 'g');
  // After a sentence's end: "… in 2025. Part 3 Health needs …", "… not requested. K. Advice: parents; …".
  const numbered = new RegExp(String.raw`(?<=${SENTENCE_STOP}\s{1,3})(?:Section|SECTION|Part|PART)\s+\d{1,2}(?![\d.])`, 'g');
  const bare = new RegExp(String.raw`(?<=${SENTENCE_STOP}\s{1,3})[(\[]?(?:[A-K]|H[12])[.):]\s`, 'g');
  // A combined heading run on at a block's end: "… one day. Sections B and F – Needs and provision".
  const combined = new RegExp(String.raw`(?<=${SENTENCE_STOP}\s{1,3})(?:Sections|SECTIONS)\s+${LETTER}${LETTER_JOIN}`, 'g');
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') {
      out.push(b);
      continue;
    }
    const cuts: number[] = [];
    for (const m of b.text.matchAll(inner)) {
      const before = b.text.slice(0, m.index).trimEnd();
      const known = titleKey(titles, b.text.slice(m.index + m[0].length));
      if (!known || !sameSection(normaliseLetter(m[1]), known.label)) continue;
      if (SENTENCE_END.test(before) || (b.kind === 'heading' && !/\b(?:see|in|under|to|of|and|or)$/i.test(before))) cuts.push(m.index);
    }
    for (const m of b.text.matchAll(numbered)) if (numberedRunOn(titles, b.text.slice(m.index))) cuts.push(m.index);
    for (const m of b.text.matchAll(bare)) {
      const h = leadingLabel(titles, b.text.slice(m.index), false, false);
      if (h && !h.weak && /:$/.test(h.title)) cuts.push(m.index);
    }
    for (const m of b.text.matchAll(combined)) {
      const h = leadingLabel(titles, b.text.slice(m.index), false, false);
      if (h && h.labels.length >= 2 && m.index + h.length >= b.text.trimEnd().length) cuts.push(m.index);
    }
    cuts.sort((x, y) => x - y);
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
