// An LA form that lists each provision as its name on one line, then its fields on lines of their
// own ("What:", "Who:", "When:"): the name is part of that provision, not a provision of its own.
// Invented child.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { provisionStatements } from '../../services/analyser/src/statements.ts';

const LINES = [
  'Section F: Special educational provision',
  'Physical development',
  '1. Fine motor group',
  'What: threading, playdough and scissor activities planned by the occupational therapist',
  'Who: a teaching assistant',
  'When: 4 x 15 minutes a week',
  '2. Pencil grip',
  'What: a triangular pencil grip for all mark-making',
  'When: every drawing and writing activity',
  '3. Social stories',
  'Social stories written by the class teacher before each change to the routine.',
  'Section G: Health provision',
  'None.',
];

describe('a provision named on the line before its labelled fields', () => {
  it('joins the name to its fields and leaves a sentence after a name alone', async () => {
    const doc = await parseDocument(new Uint8Array(Buffer.from(LINES.join('\n'), 'utf8')), 'plan.txt');
    const f = findSections(doc).find((s) => s.key === 'F')!;
    const texts = provisionStatements(f).map((s) => s.text.replace(/\s+/g, ' '));
    expect(texts).toContainEqual(expect.stringMatching(/^Fine motor group What: threading.*When: 4 x 15 minutes a week$/));
    expect(texts).toContainEqual(expect.stringMatching(/^Pencil grip What: a triangular.*When: every drawing/));
    expect(texts.some((t) => /^(?:Fine motor group|Pencil grip)$/.test(t))).toBe(false);
    // A name followed by a sentence, not by fields, is not joined to it.
    expect(texts).toContainEqual('Social stories written by the class teacher before each change to the routine.');
  });
});

describe('a hedged offer to the child on a line of its own', () => {
  it('is provision (a hedge of what is given), while a difficulty the child may have is not', async () => {
    const lines = ['Section F: Special educational provision', 'Ravi may have time in the library at lunchtime.', 'Ravi may have difficulty with loud rooms.', 'Section G: Health provision', 'None.'];
    const doc = await parseDocument(new Uint8Array(Buffer.from(lines.join('\n'), 'utf8')), 'plan.txt');
    const texts = provisionStatements(findSections(doc).find((s) => s.key === 'F')!).map((s) => s.text);
    expect(texts).toContain('Ravi may have time in the library at lunchtime.');
    expect(texts).not.toContain('Ravi may have difficulty with loud rooms.');
  });
});
