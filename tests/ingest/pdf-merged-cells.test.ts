// A ruled table in a PDF whose need and outcome cells are merged down over two provision rows: the
// rule between the rows crosses the provision column only, so the outcome's lines that run on below
// it are still the outcome's cell, not a cell of the second row. Invented child.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/parse.ts';
import { gridPdf, wrapHelvetica } from './helpers/make-files.ts';

type L = [number, number, number, string];
const lines = (text: string, x: number, top: number, width: number): L[] => wrapHelvetica(text, 10, width).map((t, k) => [x, top - 12 * k, 10, t]);

const NEED = 'Kofi loses his place when copying and tires after ten minutes of writing.';
const P1 = 'A sloping board for every written task.';
const P2 = 'Touch-typing lessons with a teaching assistant, 3 x 15 minutes a week.';
const OUT = 'By the end of the spring term 2027, Kofi will type a half-page account of a science experiment on his own in 20 minutes, with no more than 3 errors.';

describe('a PDF table with cells merged down over two rows', () => {
  it('keeps a merged cell’s text together in the row it starts in', async () => {
    const text: L[] = [[55, 706, 10, 'Need'], [205, 706, 10, 'Provision'], [405, 706, 10, 'Outcome'], ...lines(NEED, 55, 688, 140), ...lines(P1, 205, 688, 190), ...lines(OUT, 405, 688, 150), ...lines(P2, 205, 640, 190)];
    // The outcome runs on below the rule between the provision rows.
    expect(text.filter(([x, y]) => x === 405 && y < 652).length).toBeGreaterThan(0);
    const pdf = gridPdf(text, [50, 200, 400, 560], [[720, 50, 560], [700, 50, 560], [652, 200, 400], [600, 50, 560]]);
    const d = await parseDocument(pdf, 'merged.pdf');
    const table = d.blocks.find((b) => b.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('no table');
    const rows = table.rows.map((r) => r.cells.map((c) => c.text));
    expect(rows).toContainEqual([NEED, P1, OUT]);
    expect(rows).toContainEqual(['', P2, '']);
    // The second row's need and outcome cells are covered by the first row's, merged down.
    const second = table.rows.find((r) => r.cells[1].text === P2)!;
    expect(second.cells.map((c) => !!c.mergedAbove)).toEqual([true, false, true]);
  });
});
