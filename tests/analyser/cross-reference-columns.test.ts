// A provision table with columns of pointers to other sections' items ("Need (B ref)", "Target (E ref)",
// cells such as "B2, B3"): those columns cross-reference B and E and hold none of their content, so the
// table is F's own, not a combined B/E/F table; each row is one provision judged with its staff and
// hours cells, and a closing "Total … time" row is no provision. The same table exported as text one
// cell a line (an empty cell a blank line, an hours figure with its sessions in brackets) reads the
// same. Invented child and lines.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { crossReferenceColumn, headerSection } from '../../services/analyser/src/sections/columns.ts';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { dropTextFurniture } from '../../services/ingest/src/parse-text.ts';
import { buildDoc } from './build-doc.ts';

const header = ['Ref', 'Provision', 'Need (B ref)', 'Target (E ref)', 'Staff', 'Hours per week'];
const rows = [
  ['F1', 'Toe by Toe reading programme, 1:1', 'B1', 'E1', 'Teaching assistant trained in Toe by Toe', '1.5 (3 x 30 minutes)'],
  ['F2', 'Precision teaching of times tables', 'B2, B3', 'E2', 'Teaching assistant', '0.75 (3 x 15 minutes)'],
  ['F3', 'Reading practice', 'B1', 'E1', 'Teaching assistant', 'Flexible'],
  ['F4', 'A writing slope for all written work', 'B4', '—', '', ''],
  ['F5', 'Lego therapy group of 3 pupils', 'B5', 'E3', 'Teaching assistant', '0.5 (2 x 15 minutes)'],
];
const totals = ['Total teaching assistant time', '', '', '', '', '2.75'];

describe('columns that point at another section\'s items', () => {
  it('a letter with a reference word names no section', () => {
    expect(crossReferenceColumn('Need (B ref)')).toBe(true);
    expect(crossReferenceColumn('Linked outcomes (Section E reference)')).toBe(true);
    expect(crossReferenceColumn('Outcomes (E)')).toBe(false);
    expect(headerSection('Target (E ref)')).toBeNull();
    expect(headerSection('Outcomes (E)')).toBe('E');
    expect(headerSection('Provision to meet it (Section F)')).toBe('F');
  });

  it('a table in F with such columns is F\'s own: each row one provision, the total row none', () => {
    const doc = buildDoc([
      { h: 'Section B – Special educational needs' },
      'B1 Ada reads at a Year 2 level.',
      { h: 'Section E – Outcomes' },
      'E1 By July 2027, Ada will read a Year 4 book aloud with 95% accuracy.',
      { h: 'Section F – Special educational provision' },
      { table: [header, ...rows, totals] },
      { h: 'Section G – Health provision' },
      'None.',
    ]);
    const sections = Object.fromEntries(findSections(doc).map((s) => [s.key, s.units.map((u) => u.text)]));
    expect(sections.B).toEqual(['B1 Ada reads at a Year 2 level.']);
    expect(sections.E).toEqual(['E1 By July 2027, Ada will read a Year 4 book aloud with 95% accuracy.']);
    const f = analyse(doc).provisions.filter((p) => p.section === 'F');
    expect(f.map((p) => p.text.split(/[\t\n]/)[0])).toEqual(rows.map((r) => r[1]));
    expect(f[0].elements).toMatchObject({ provider: true, qualification: true, frequency: true, duration: true });
    expect(f[1].elements).toMatchObject({ provider: true, frequency: true, duration: true });
    // "Flexible" as the whole hours cell leaves how much to the school, as "Variable" does.
    expect(f[2].specific).toBe(false);
    expect(f[2].vagueTerms.map((t) => t.toLowerCase())).toContain('flexible');
  });

  it('a place "if there is space" waits on room being found', () => {
    const doc = buildDoc([{ h: 'Section F – Special educational provision' }, 'A place at the lunchtime Lego club, run by a teaching assistant, daily for 30 minutes if there is space.', { h: 'Section G – Health provision' }, 'None.']);
    const [p] = analyse(doc).provisions.filter((x) => x.section === 'F');
    expect(p.specific).toBe(false);
    expect(p.vagueTerms.join(' ').toLowerCase()).toContain('if there is space');
    const flexibleSeat = buildDoc([{ h: 'Section F – Special educational provision' }, 'Flexible seating at the front of every lesson, arranged by the class teacher.', { h: 'Section G – Health provision' }, 'None.']);
    expect(analyse(flexibleSeat).provisions[0].vagueTerms.map((t) => t.toLowerCase())).not.toContain('flexible');
  });

  it('the same table exported one cell a line reads the same rows', async () => {
    const lines = [
      'Section E – Outcomes',
      'E1 By July 2027, Ada will read a Year 4 book aloud with 95% accuracy.',
      'Section F – Special educational provision',
      ...header,
      ...rows.flat(),
      ...totals,
      'Section I – Placement',
      'Hollins Lane Primary School.',
    ];
    const doc = await parseDocument(new Uint8Array(Buffer.from(lines.join('\n'))), 'plan.txt');
    const f = findSections(doc).find((s) => s.key === 'F')!;
    const table = f.units.filter((u) => u.kind === 'row').map((u) => u.cells!.map((c) => c.text));
    expect(table.slice(0, rows.length)).toEqual(rows.map((r) => r.filter((c) => c)));
    const provisions = analyse(doc).provisions.filter((p) => p.section === 'F');
    expect(provisions.map((p) => p.text.split(/[\t\n]/)[0])).toEqual(rows.map((r) => r[1]));
    expect(provisions[0].elements).toMatchObject({ frequency: true, duration: true });
  });

  it('an hours figure with its sessions in brackets, recurring far apart, is a cell and not page furniture', () => {
    const filler = (n: number) => Array.from({ length: 16 }, (_, k) => `Line ${n}-${k} of a long table row.`);
    const lines = [...filler(1), '1.25 (5 x 15 minutes)', ...filler(2), '0.5 (2 x 15 minutes)', ...filler(3), '0.75 (1 x 45 minutes)', ...filler(4)];
    expect(dropTextFurniture(lines)).toContain('0.5 (2 x 15 minutes)');
    // A recurring marked line far apart is still furniture.
    const marked = [...filler(1), 'OFFICIAL 1', ...filler(2), 'OFFICIAL 2', ...filler(3), 'OFFICIAL 3', ...filler(4)];
    expect(dropTextFurniture(marked)).not.toContain('OFFICIAL 2');
  });
});
