// A provision table split by hand across a page: a typed "Continued on next page" row at the foot of
// the first part, the section's heading again with "(continued)", the header row again and the area
// row with "(continued)". The markers provide nothing and the rows after the break stay in F. In text
// copied from the PDF with no layout (pdftotext -raw), a header cell naming two fields ("Staff and
// expertise") is one column's label. Invented child, school and wording.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc } from './build-doc.ts';
import { dropTextFurniture } from '../../services/ingest/src/parse-text.ts';

const HEADER = ['Provision', 'Staff and expertise', 'How often', 'How long'];
const PART1 = [
  ['Paired reading with a Year 10 reading buddy', 'Teaching assistant', 'Twice a week', '20 minutes'],
  ['Study skills sessions on note-taking', 'Learning mentor', 'Weekly', '45 minutes'],
];
const PART2 = [
  ['A coloured overlay for all reading', 'Class teacher', 'All lessons', '—'],
  ['Homework club', 'Teaching assistant', 'As needed', '—'],
];

describe('a provision table split by hand across a page', () => {
  it('in a Word file: the markers and the repeated header are no provision; every row stays in F', () => {
    const doc = buildDoc([
      { h: 'Section E – Outcomes' },
      'By July 2027, Ilse will take notes from a 10-minute talk with the three main points.',
      { h: 'Section F – Special educational provision' },
      { table: [HEADER, ['Cognition and learning'], ...PART1, ['Continued on next page']] },
      { h: 'Section F – Special educational provision (continued)' },
      { table: [HEADER, ['Cognition and learning (continued)'], ...PART2] },
      { h: 'Section G – Health provision' },
      'None.',
    ]);
    const f = analyse(doc).provisions.filter((p) => p.section === 'F');
    expect(f.map((p) => p.text.split(/[\t\n]/)[0])).toEqual([...PART1, ...PART2].map((r) => r[0]));
  });

  it('as text copied from the PDF: the header runs on one line, rows read back in their columns', async () => {
    const lines = [
      'Section F – Special educational provision',
      'Provision Staff and expertise How often How long',
      'Cognition and learning',
      'Paired reading with a Year 10',
      'reading buddy',
      'Teaching assistant Twice a week 20 minutes',
      'Study skills sessions on note-taking Learning mentor Weekly 45 minutes',
      'Continued on next page',
      'Section F – Special educational provision (continued)',
      'Provision Staff and expertise How often How long',
      'Cognition and learning (continued)',
      'A coloured overlay for all reading Class teacher All lessons —',
      'Homework club Teaching assistant As needed',
      'Section I – Placement',
      'Oakhurst School Sixth Form.',
    ];
    const doc = await parseDocument(new Uint8Array(Buffer.from(lines.join('\n'))), 'plan.txt');
    const rows = findSections(doc).find((s) => s.key === 'F')!.units.filter((u) => u.kind === 'row').map((u) => u.cells!.map((c) => c.text));
    expect(rows).toContainEqual(['Paired reading with a Year 10 reading buddy', 'Teaching assistant', 'Twice a week', '20 minutes']);
    expect(rows).toContainEqual(['Study skills sessions on note-taking', 'Learning mentor', 'Weekly', '45 minutes']);
    const f = analyse(doc).provisions.filter((p) => p.section === 'F');
    expect(f.some((p) => /continued/i.test(p.text))).toBe(false);
    expect(f.find((p) => p.text.startsWith('Study skills'))!.elements).toMatchObject({ provider: true, frequency: true, duration: true });
  });

  it('a two-page text\'s running header, at its start and after the first page\'s footer, is furniture', () => {
    const body = (n: number) => Array.from({ length: 12 }, (_, k) => `Paragraph ${n}.${k} of the plan, written out in full.`);
    const lines = ['Westmere Borough Council – EHC Plan', ...body(1), 'Ilse Brandt – Page 1 of 2', 'Westmere Borough Council – EHC Plan', ...body(2), 'Ilse Brandt – Page 2 of 2'];
    const kept = dropTextFurniture(lines);
    expect(kept).not.toContain('Westmere Borough Council – EHC Plan');
    expect(kept).toContain('Paragraph 2.0 of the plan, written out in full.');
    // Twice in the body, far from any footer: the plan's own words.
    const twice = ['Westmere Borough Council – EHC Plan', ...body(1), 'Speech and language therapy', ...body(3), 'Ilse Brandt – Page 1 of 2', ...body(2), 'Speech and language therapy', ...body(4), 'Ilse Brandt – Page 2 of 2'];
    expect(dropTextFurniture(twice).filter((l) => l === 'Speech and language therapy')).toHaveLength(2);
  });
});
