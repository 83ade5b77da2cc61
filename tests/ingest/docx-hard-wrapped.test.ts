// Text hard-wrapped at about 70 columns and pasted into Word (an e-mail, a plain-text export): a
// paragraph for every line. A line whose next line's first word would have fitted on it was ended by
// the writer (a heading, a short last line, an item); any other line was cut by the wrap and joins the
// next, also a section's label whose title wraps. Invented text.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../services/ingest/src/document.ts';
import { parseDocument } from '../../services/ingest/src/parse.ts';
import { makeDocx, wP } from './helpers/make-files.ts';

// Wraps a paragraph at `width` columns, as a mail program does.
function wrapAt(text: string, width = 70): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const SEEN = 'Rosa will have a 1:1 session with a teaching assistant trained in Lego therapy for 30 minutes every Wednesday afternoon. The sessions will take place in the nurture room and will follow the programme written by the educational psychologist.';
const NEEDS = 'Rosa finds busy rooms overwhelming and covers her ears at assemblies; she often needs a quiet space after lunchtime to calm down before lessons.';

const lines = [
  'Section B - Special educational needs',
  ...wrapAt(NEEDS),
  'Section F - Special educational provision',
  'Social, emotional and mental health',
  ...wrapAt(SEEN),
  'Ear defenders will be kept in her tray for every assembly.',
  'Section H1 - Social care provision under section 2 of the Chronically',
  'Sick and Disabled Persons Act 1970',
  'None.',
  ...wrapAt('Sections I, J and K follow the same headings as the national template and are unchanged from the draft sent in January, apart from the school named.'),
];

describe('a hard-wrapped text pasted into Word', () => {
  it('joins the lines a wrap cut, and keeps the lines the writer ended', async () => {
    const doc = await parseDocument(makeDocx(lines.map((l) => wP(l)).join('')), 'plan.docx');
    const texts = doc.blocks.map((b) => (b as Exclude<Block, { kind: 'table' }>).text);
    expect(texts).toContain(SEEN);
    expect(texts).toContain(NEEDS);
    expect(texts).toContain('Ear defenders will be kept in her tray for every assembly.');
    expect(texts).toContain('Social, emotional and mental health');
    expect(texts).toContain('Section H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970');
    expect(texts).toContain('None.');
  });

  it('leaves a document of ordinary long paragraphs alone', async () => {
    const doc = await parseDocument(makeDocx([SEEN, NEEDS, 'Short line one.', 'Short line two.'].map((l) => wP(l)).join('')), 'plan.docx');
    expect(doc.blocks).toHaveLength(4);
  });
});
