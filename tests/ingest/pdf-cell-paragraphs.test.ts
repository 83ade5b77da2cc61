// A table cell of several paragraphs with no space between them, in a LibreOffice PDF: a long
// provision line whose last line ends a sentence, then a short vague one-liner whose first word
// would not have fitted on that line (so line widths alone read it as wrapped text). LibreOffice
// draws the space each wrapped line ends in, and not after a paragraph's last line: that tells them
// apart. Fixture: a 3-column ruled table (Arial 12, no paragraph spacing) made as DOCX and
// converted by `soffice --convert-to pdf` (cell texts below).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StructuredDocument, TableCell } from '../../services/ingest/src/document.ts';
import { parseDocument } from '../../services/ingest/src/parse.ts';
import { pageGraphics } from '../../services/ingest/src/pdf-graphics.ts';

const FILE = join(import.meta.dirname, '../fixtures/ingest/cell-paragraphs-libreoffice.pdf');
let doc: StructuredDocument;
beforeAll(async () => {
  doc = await parseDocument(new Uint8Array(readFileSync(FILE)), 'cell-paragraphs-libreoffice.pdf');
});

const paras = (c: TableCell) => (c.paragraphs ?? [{ start: c.start, end: c.end }]).map((p) => c.text.slice(p.start - c.start, p.end - c.start));
function provisionCells(): string[][] {
  const t = doc.blocks.find((b) => b.kind === 'table');
  if (!t || t.kind !== 'table') throw new Error('no table read');
  return t.rows.slice(1).map((r) => paras(r.cells[1]));
}

describe('paragraphs of a LibreOffice PDF table cell', () => {
  it('splits a cell after a sentence-ending line that stops short of the edge, though the next word is long', () => {
    expect(provisionCells()[0]).toEqual([
      'A named key adult will meet Alex at the school gate every morning for 10 minutes to go through his visual timetable for the day, and will check in with him again for 5 minutes after lunch before the afternoon lessons begin.',
      'Emotional support when required.',
    ]);
  });

  it('keeps three paragraphs of one cell apart, and wrapped lines (one full to the edge, one broken after a hyphenated word) joined', () => {
    expect(provisionCells()[1]).toEqual([
      'A sloping writing board and pencil grips, provided by school and used in every written lesson.',
      'Access to a laptop as appropriate.',
      'Occupational therapy advice to staff once a term, 1 hour, from an HCPC-registered occupational therapist.',
    ]);
    expect(provisionCells()[2]).toEqual(['A teaching assistant trained in Lego therapy will run a 30-minute group session twice a week.', 'Regular check-ins.']);
  });

  it('keeps the need and outcome cells whole', () => {
    const t = doc.blocks.find((b) => b.kind === 'table');
    if (!t || t.kind !== 'table') throw new Error('no table read');
    expect(t.rows.map((r) => r.cells.length)).toEqual([3, 3, 3, 3]);
    expect(t.rows[1].cells[0].text).toBe('Alex becomes anxious at transitions between lessons and sometimes refuses to enter the classroom.');
    expect(t.rows[2].cells[2].text).toBe('By July 2026, Alex will write 3 sentences legibly in 10 minutes.');
  });
});

describe('text runs from the operator list', () => {
  const OPS = { save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27, beginText: 31, setTextMatrix: 42, moveText: 40, setLeadingMoveText: 41, setLeading: 36, nextLine: 43, showText: 44, showSpacedText: 45, nextLineShowText: 46, nextLineSetSpacingShowText: 47 };
  const view: [number, number, number, number, number, number] = [1, 0, 0, -1, 0, 800];
  const g = (s: string) => [...s].map((c) => ({ unicode: c, isSpace: c === ' ' }));

  it('records where each line of text starts and whether its last drawn glyph (after kerning, over runs with no move) is a space', () => {
    const out = pageGraphics(
      [OPS.beginText, OPS.moveText, OPS.showSpacedText, OPS.beginText, OPS.moveText, OPS.showText, OPS.showText, OPS.moveText, OPS.showText, OPS.beginText, OPS.setTextMatrix, OPS.showText],
      [[], [50, 700], [[...g('wraps here '), -120]], [], [50, 686], [g('last line')], [g('. ')], [0, -14], [g('end.')], [], [1, 0, 0, 1, 300, 500], [g('cell')]],
      OPS,
      view,
    );
    expect(out.runs).toEqual([
      { x: 50, y: 100, endsWithSpace: true },
      // "last line" then ". " with no move: one run, ending in a space.
      { x: 50, y: 114, endsWithSpace: true },
      { x: 50, y: 128, endsWithSpace: false },
      { x: 300, y: 300, endsWithSpace: false },
    ]);
  });
});
