// A table typed with tabs and printed to PDF: a tab that would pass the right margin goes on at the
// next line's first default tab stop, so a row's last cell can sit alone on the line below, under no
// column; and a full line followed by a line of as many cells as the table has is two rows, not one
// row wrapping. Invented child.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/parse.ts';
import { textPdf } from './helpers/make-files.ts';

type L = [number, number, number, string];
const LEFT = 57;
const STOP = 35.4;
const at = (k: number) => LEFT + k * STOP;
const COLS = [at(0), at(4), at(8), at(11)];
const row = (y: number, cells: string[]): L[] => cells.map((t, k) => [COLS[k], y, 10, t] as L).filter(([, , , t]) => t);

describe('rows typed with tabs in a PDF', () => {
  it('puts a last cell wrapped to the first tab stop in its row, and keeps a full row after a full line', async () => {
    const longCell = 'Nurse and school office';
    const lines: L[] = [
      ...row(760, ['Provision', 'Frequency', 'Staffing', 'Lead']),
      ...row(748, ['Spelling programme', '3 x 20 minutes weekly', 'Teaching assistant', 'SENCo']),
      ...row(736, ['Touch typing', 'Daily', 'Teaching assistant trained', '']),
      [at(1), 724, 10, 'Head of IT'],
      ...row(712, ['Inhaler check, 10 minutes', 'Every half term', 'School nurse', longCell]),
      ...row(700, ['Rest breaks in PE', 'Every PE lesson', 'PE teacher', 'Head of PE']),
      ...row(688, ['Spare inhaler in the office', 'All school trips', 'Trip leader', 'Office']),
    ];
    const d = await parseDocument(textPdf(lines), 'tabs.pdf');
    const table = d.blocks.find((b) => b.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('no table');
    const rows = table.rows.map((r) => r.cells.map((c) => c.text));
    expect(rows).toContainEqual(['Touch typing', 'Daily', 'Teaching assistant trained', 'Head of IT']);
    expect(rows).toContainEqual(['Rest breaks in PE', 'Every PE lesson', 'PE teacher', 'Head of PE']);
    expect(rows.some((r) => r[0] === 'Head of IT')).toBe(false);
  });
});
