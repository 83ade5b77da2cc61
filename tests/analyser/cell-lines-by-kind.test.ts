// A provision table exported one cell a line whose empty cells leave no line (the same export saved as
// Word paragraphs or printed to PDF: no blank lines at all). Rows are read back by what each line says
// against the header's labels: a role under "Staff", a frequency under "When", a length under
// "Session length", the provision under "Provision". Invented child and lines.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { makeDocx, wP } from '../ingest/helpers/make-files.ts';

const docxOf = (lines: string[]) =>
  parseDocument(
    makeDocx(
      [
        wP('Section E: Outcomes', 'Heading1'),
        wP('By July 2027, Tobias will write a paragraph of five sentences with capital letters and full stops.'),
        wP('Section F: Special educational provision', 'Heading1'),
        ...lines.map((l) => wP(l)),
        wP('Section I: Placement', 'Heading1'),
        wP('Ashgrove Junior School (mainstream).'),
      ].join(''),
    ),
    'plan.docx',
  );

const cellsOf = async (lines: string[]) => {
  const doc = await docxOf(lines);
  const f = findSections(doc).find((s) => s.key === 'F')!;
  return { doc, rows: f.units.filter((u) => u.kind === 'row').map((u) => u.cells!.map((c) => c.text)), units: f.units };
};

describe('a one-cell-a-line provision table with no blank lines', () => {
  it('places each line by what it says, so a row missing its length or its staff cell is still one row', async () => {
    const { doc, rows } = await cellsOf([
      'Provision',
      'Staff',
      'When',
      'Session length',
      'Phonics programme (Floppy Phonics) in a group of 3',
      'Teaching assistant trained in the programme',
      '4 times a week',
      '25 minutes',
      'Occupational therapy review',
      'Occupational therapist',
      'Each term',
      'Spelling practice',
      'Class teacher',
      'When time allows',
      'Visual timetable on his desk',
      'All lessons',
      'Paired reading',
      'Reading volunteer',
      'Twice a week',
      '15 minutes',
    ]);
    expect(rows).toEqual([
      ['Phonics programme (Floppy Phonics) in a group of 3', 'Teaching assistant trained in the programme', '4 times a week', '25 minutes'],
      ['Occupational therapy review', 'Occupational therapist', 'Each term'],
      ['Spelling practice', 'Class teacher', 'When time allows'],
      ['Visual timetable on his desk', 'All lessons'],
      ['Paired reading', 'Reading volunteer', 'Twice a week', '15 minutes'],
    ]);
    const report = analyse(doc);
    expect(report.provisions.map((p) => p.text.split(/[\t\n]/)[0])).toEqual(['Phonics programme (Floppy Phonics) in a group of 3', 'Occupational therapy review', 'Spelling practice', 'Visual timetable on his desk', 'Paired reading']);
    const [phonics, review] = report.provisions;
    expect([phonics.elements.provider, phonics.elements.frequency, phonics.elements.duration, phonics.specific]).toEqual([true, true, true, true]);
    // The review has its therapist and its term, and no length: not specific, for that reason alone.
    expect([review.elements.provider, review.elements.frequency, review.elements.duration]).toEqual([true, true, false]);
  });

  it('ends the table where its lines stop fitting, and leaves a header without who, when or how long alone', async () => {
    const { rows, units } = await cellsOf([
      'Provision',
      'Staff',
      'How often',
      'Lego-based therapy group of 4',
      'Learning mentor',
      'Weekly for 40 minutes',
      'Social stories written by the class teacher before each change of routine.',
      'These arrangements will be reviewed with his parents every term.',
    ]);
    // The row filled from its lines; the sentences after it fit no field and stay paragraphs.
    expect(rows).toEqual([['Lego-based therapy group of 4', 'Learning mentor', 'Weekly for 40 minutes']]);
    expect(units.filter((u) => u.kind !== 'row').map((u) => u.text.slice(0, 14))).toEqual(['Social stories', 'These arrangem']);
    // Columns that name no field of a provision: nothing to place lines by, so no table.
    const plain = await cellsOf(['Provision', 'Resources', 'Group', 'Sensory circuit', 'Trampette and cushions', 'Small group']);
    expect(plain.rows).toEqual([]);
  });

  it('reads a text copy with no blank lines whose header asks questions ("What is to be provided", "Who will deliver it")', async () => {
    // A plain-text export: one cell a line, no blank lines, column labels written as a template's
    // questions, one with a bracketed gloss and one naming two fields; an empty cell keeps its prompt.
    const text = [
      'Section E: Outcomes',
      'By July 2027, Tobias will write a paragraph of five sentences with capital letters and full stops.',
      'Section F: Special educational provision',
      'What is to be provided',
      'Who will deliver it (role and training)',
      'How often and for how long',
      'Handwriting programme (Speed Up!) in a pair',
      'Teaching assistant trained in the programme',
      'Twice a week, 20 minutes',
      'Word processor for extended writing',
      'Click or tap here to enter text.',
      'All lessons',
      'Section I: Placement',
      'Ashgrove Junior School (mainstream).',
      '',
    ].join('\n');
    const doc = await parseDocument(Buffer.from(text, 'utf8'), 'plan.txt');
    const f = findSections(doc).find((s) => s.key === 'F')!;
    const rows = f.units.filter((u) => u.kind === 'row').map((u) => u.cells!.map((c) => c.text));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(['Handwriting programme (Speed Up!) in a pair', 'Teaching assistant trained in the programme', 'Twice a week, 20 minutes']);
    expect(rows[1][0]).toBe('Word processor for extended writing');
    // The prompt left in the empty cell is no value of the row; its frequency is.
    expect(rows[1]).toContain('All lessons');
    // The header's and the cells' lines are no statements of their own: one provision a row.
    const report = analyse(doc);
    expect(report.provisions.map((p) => p.text.split(/[\t\n]/)[0])).toEqual(['Handwriting programme (Speed Up!) in a pair', 'Word processor for extended writing']);
  });
});
