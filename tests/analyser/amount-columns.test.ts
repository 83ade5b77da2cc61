// A costed provision table: columns of amounts ("Hours per week", "Weeks"), a staff ratio, a cost
// column and a Total row. A bare number under "Hours per week" is that many hours a week (frequency
// and length); the ratio is the group size; the cost is no element and no part of the statement; the
// Total row provides nothing. The same table exported one cell a line reads the same. Invented child.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { provisionStatements } from '../../services/analyser/src/statements.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { ingest } from '../../services/ingest/src/index.ts';
import { buildDoc } from './build-doc.ts';

const header = ['Support', 'Staffing', 'Staff ratio', 'Hours a week', 'Weeks per year', 'Cost (£)'];
const rows = [
  ['Precision teaching of high-frequency words', 'Teaching assistant', '1:1', '2.5', '38', '1,520'],
  ['Small group maths using Numicon', 'Higher level teaching assistant', '1:5', 'At least 1 (3 x 20 minutes)', '38', '410'],
  ['Playground buddy scheme', 'Midday supervisor', '1:2', 'Variable', '38', '300'],
  ['Fine motor resources', '', '', '', '', '120'],
  ['Total', '', '', '', '', '2,350'],
];

const doc = () =>
  buildDoc([
    { h: 'Section E – Outcomes' },
    'By July 2028, Tomasz will read 150 high-frequency words.',
    { h: 'Section F – Special educational provision' },
    { table: [header, ...rows] },
    { h: 'Section G – Health provision' },
    'None.',
  ]);

describe('a costed table of provision', () => {
  it('reads hours a week as frequency and length, the ratio as group size; a number with a limit keeps its hedge', () => {
    const f = analyse(doc()).provisions.filter((p) => p.section === 'F');
    const pt = f.find((p) => p.text.startsWith('Precision teaching'))!;
    expect(pt.elements).toMatchObject({ activity: true, provider: true, frequency: true, duration: true, groupSize: true });
    expect(pt.specific).toBe(true);
    const maths = f.find((p) => p.text.startsWith('Small group maths'))!;
    expect(maths.elements).toMatchObject({ frequency: true, duration: true, groupSize: true });
    const buddy = f.find((p) => p.text.startsWith('Playground buddy'))!;
    expect(buddy.specific).toBe(false);
    expect(buddy.vagueTerms).toContain('variable');
  });

  it('leaves the cost out of each statement and the Total row out of the provision', () => {
    const f = analyse(doc()).provisions.filter((p) => p.section === 'F');
    expect(f.some((p) => /^Total\b/.test(p.text))).toBe(false);
    expect(f.some((p) => /1,520|2,350/.test(p.text))).toBe(false);
    expect(f.find((p) => p.text.startsWith('Fine motor'))!.text).toBe('Fine motor resources');
    expect(f).toHaveLength(4);
  });

  it('reads the same table exported one cell a line (empty cells blank lines)', async () => {
    const lines = ['Section F – Special educational provision', ...header, ...rows.flat(), '', 'Section G – Health provision', 'None.'];
    // A line longer than any hard wrap, as a real export has: the text is not read as wrapped.
    const text = `Section E – Outcomes\nBy July 2028, Tomasz will read 150 high-frequency words from the Year 2 list aloud to his teacher, with no more than five errors.\n${lines.join('\n')}\n`;
    const d = await ingest(new TextEncoder().encode(text), { name: 'plan.txt' });
    const f = findSections(d).find((s) => s.key === 'F')!;
    const st = provisionStatements(f);
    expect(st.map((s) => s.text.split(/[\t\n]/)[0])).toEqual(['Precision teaching of high-frequency words', 'Small group maths using Numicon', 'Playground buddy scheme', 'Fine motor resources']);
    const r = analyse(d).provisions.find((p) => p.text.startsWith('Precision teaching'))!;
    expect(r.elements).toMatchObject({ frequency: true, duration: true, groupSize: true });
  });

  it('a cell of its own saying "Variable" is vague; the word in a sentence is not', () => {
    const one = (s: string) => analyse(buildDoc([s]), { section: 'F' }).provisions[0];
    expect(one('Speech therapy from a speech and language therapist. How often: variable').vagueTerms).toContain('variable');
    expect(one('A teaching assistant will give 20 minutes of reading practice each day, as his attention is variable in the afternoons.').vagueTerms).not.toContain('variable');
  });
});

describe('a provision map with a column per term', () => {
  const termDoc = () =>
    buildDoc([
      { h: 'Section E – Outcomes' },
      'By July 2027, Priya will write a paragraph of five sentences with capital letters and full stops.',
      { h: 'Section F – Special educational provision' },
      {
        table: [
          ['Provision', 'Delivered by', 'Autumn 2026', 'Spring 2027', 'Summer 2027'],
          ['Occupational therapy on pencil control, 1:1', 'HCPC-registered occupational therapist', '5 x 40 minutes', '3 x 40 minutes', '—'],
          ['A scribe in every written assessment', 'Exams access officer', 'All written assessments', 'All written assessments', 'All written assessments'],
          ['Small-group spelling', 'Teaching assistant', '2 x 30 minutes a week', '2 x 30 minutes a week', 'As needed'],
        ],
      },
      { h: 'Section G – Health provision' },
      'None.',
    ]);

  it("reads a cell's amount as that term's: a count under a term's column has a period, a dash is a term it does not run in", () => {
    const f = analyse(termDoc()).provisions.filter((p) => p.section === 'F');
    const ot = f.find((p) => p.text.startsWith('Occupational therapy'))!;
    expect(ot.elements).toMatchObject({ frequency: true, duration: true, groupSize: true });
    expect(ot.specific).toBe(true);
    expect(f.find((p) => p.text.startsWith('A scribe'))!.elements.frequency).toBe(true);
    // A hedge in any term's cell still governs the row.
    const spelling = f.find((p) => p.text.startsWith('Small-group spelling'))!;
    expect(spelling.specific).toBe(false);
    expect(spelling.vagueTerms).toContain('as needed');
  });
});
