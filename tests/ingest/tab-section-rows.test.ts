// A plan exported with tabs ("Section D⇥Social care needs"), each section's table below its heading
// row after a blank line: every heading row starts its own section, so a short two-cell heading row
// does not carry the later sections' wider tables into one table, nor their headings into its cells.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../services/ingest/src/document.ts';
import { parseDocument } from '../../services/ingest/src/parse.ts';
import { textPdf } from './helpers/make-files.ts';

const row = (y: number, cells: string[], xs = [60, 150, 240, 330]): Array<[number, number, number, string]> => cells.map((t, k) => [xs[k], y, 10, t]);

describe('sections typed with tabs in a PDF', () => {
  it('ends a table at the next section heading row and keeps each section heading', async () => {
    const pdf = textPdf([
      ...row(770, ['Section C', 'Health needs'], [60, 130]),
      ...row(758, ['Priya has eczema on both hands, which is sore in cold weather, and she uses an emollient'], [60]),
      ...row(746, ['cream before lunch and after every outdoor lesson.'], [60]),
      ...row(734, ['Section D', 'Social care needs'], [60, 130]),
      ...row(722, ['No needs known.'], [60]),
      ...row(698, ['Section F', 'Special educational provision'], [60, 130]),
      ...row(686, ['Support', 'How often', 'Who', 'Lead']),
      ...row(674, ['Handwriting group', 'Twice weekly', 'Assistant', 'SENCo']),
      ...row(662, ['Typing lessons', 'Daily', 'Class teacher', 'Head of IT']),
      ...row(638, ['Section H', 'Social care provision'], [60, 130]),
      ...row(626, ['Not required.'], [60]),
    ]);
    const doc = await parseDocument(pdf, 'plan.pdf');
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b as Extract<Block, { kind: 'heading' }>).text);
    expect(headings).toEqual(expect.arrayContaining(['Section D', 'Section H']));
    const paras = doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as Extract<Block, { kind: 'paragraph' }>).text);
    expect(paras).toEqual(expect.arrayContaining(['No needs known.', 'Not required.']));
    const tables = doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    const provision = tables.find((t) => t.rows.some((r) => r.cells[0]?.text.includes('Handwriting group')));
    expect(provision).toBeDefined();
    expect(Math.max(...provision!.rows.map((r) => r.cells.length))).toBe(4);
    expect(provision!.rows.some((r) => r.cells.some((c) => /Section [DH]/.test(c.text)))).toBe(false);
  });
});
