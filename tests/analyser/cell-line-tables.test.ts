// A provision table of three or more columns that arrives as plain text one cell per line (a LibreOffice
// text export; Word's plain-text save puts a blank line after each cell): the header lines name the
// columns in the rubric's words, and each row's cells follow, an empty cell a blank line. Each row is
// one statement judged with its cells. Invented children.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { analyse } from '../../services/analyser/src/index.ts';

const text = (lines: string[], eol = '\n') => parseDocument(new Uint8Array(Buffer.from(lines.join(eol), 'utf8')), 'plan.txt');

const HEAD = ['Section E – Outcomes', 'By July 2027, Nia will read a page of a class novel aloud with no more than 3 errors.', 'Section F – Special educational provision'];
const TAIL = ['', 'Section I – Placement', 'Fernhill Primary School (mainstream).'];

describe('a provision table exported one cell per line', () => {
  it('each row of a three-column table is one provision with its frequency and staff cells; an empty cell is a blank line', async () => {
    const doc = await text([
      ...HEAD,
      'What',
      'How often',
      'Delivered by',
      'Precision teaching of high-frequency words',
      '3 x 10 minutes a week',
      'Teaching assistant trained in precision teaching',
      'Coloured overlay for reading',
      '',
      'Class teacher',
      'Paired reading with an older pupil',
      'Twice a week for 15 minutes',
      'Reading mentor',
      ...TAIL,
    ]);
    const f = findSections(doc).find((s) => s.key === 'F')!;
    const rows = f.units.filter((u) => u.kind === 'row');
    expect(rows.map((u) => u.cells!.map((c) => c.text))).toEqual([
      ['Precision teaching of high-frequency words', '3 x 10 minutes a week', 'Teaching assistant trained in precision teaching'],
      ['Coloured overlay for reading', 'Class teacher'],
      ['Paired reading with an older pupil', 'Twice a week for 15 minutes', 'Reading mentor'],
    ]);
    expect(rows[1].headers).toEqual(['What', 'Delivered by']);
    const report = analyse(doc);
    expect(report.provisions).toHaveLength(3);
    const first = report.provisions[0];
    expect([first.elements.frequency, first.elements.duration, first.elements.provider]).toEqual([true, true, true]);
  });

  it('Word\'s plain-text save: a blank line after each cell, two for an empty one', async () => {
    const doc = await text([
      ...HEAD,
      '',
      'Support',
      '',
      'Frequency',
      '',
      'Staffing',
      '',
      'Responsible',
      '',
      'Lego-based social skills group',
      '',
      'Weekly, 40 minutes',
      '',
      'Teaching assistant',
      '',
      'SENCo',
      '',
      'Quiet workstation',
      '',
      '',
      '',
      '',
      '',
      'Class teacher',
      ...TAIL,
    ]);
    const rows = findSections(doc).find((s) => s.key === 'F')!.units.filter((u) => u.kind === 'row');
    expect(rows.map((u) => u.cells!.map((c) => c.text))).toEqual([['Lego-based social skills group', 'Weekly, 40 minutes', 'Teaching assistant', 'SENCo'], ['Quiet workstation', 'Class teacher']]);
  });

  it('a five-column table with a column for the outcome each row serves, rows merged across it for the areas of need, and rows ending in empty cells', async () => {
    const doc = await text([
      ...HEAD,
      'Support',
      'How often',
      'Length',
      'Staffing',
      'Linked outcome',
      'Cognition and learning',
      'Toe by Toe reading programme',
      '4 x weekly',
      '20 minutes',
      'Teaching assistant',
      'E1',
      'Reading pen for all tests',
      'All tests',
      '',
      '',
      'E1',
      'Word mat on her desk',
      '',
      '',
      'Class teacher',
      '',
      'Social, emotional and mental health',
      'Lunchtime club in the library',
      'Every lunchtime',
      '',
      'Midday supervisor',
      'E2',
      ...TAIL,
    ]);
    const rows = findSections(doc).find((s) => s.key === 'F')!.units.filter((u) => u.kind === 'row' && u.cells!.length > 1);
    expect(rows.map((u) => u.cells!.map((c) => c.text))).toEqual([
      ['Toe by Toe reading programme', '4 x weekly', '20 minutes', 'Teaching assistant', 'E1'],
      ['Reading pen for all tests', 'All tests', 'E1'],
      ['Word mat on her desk', 'Class teacher'],
      ['Lunchtime club in the library', 'Every lunchtime', 'Midday supervisor', 'E2'],
    ]);
    const report = analyse(doc);
    expect(report.provisions.map((p) => p.text.split('\n')[0])).toEqual(['Toe by Toe reading programme', 'Reading pen for all tests', 'Word mat on her desk', 'Lunchtime club in the library']);
    // The outcome column is a cross-reference, not part of the provision; the merged rows name each row's area.
    expect(report.provisions.some((p) => /\bE[12]\b/.test(p.text))).toBe(false);
    expect(report.provisions[0].elements).toMatchObject({ frequency: true, duration: true, provider: true });
    expect(report.provisions[3].area).toMatch(/Social, emotional/);
  });

  it('is not fooled by short lines: column names with prose after them, or too few of them, stay lines', async () => {
    const prose = await text([...HEAD, 'Provision', 'Frequency', 'Staffing', '', 'Nia will have a reading lesson with a teaching assistant every morning for 20 minutes.', 'Her teacher will check her reading log each Friday.', ...TAIL]);
    expect(findSections(prose).find((s) => s.key === 'F')!.units.some((u) => u.kind === 'row')).toBe(false);
    const two = await text([...HEAD, 'Provision', 'Staffing', 'Daily handwriting practice', 'Teaching assistant', ...TAIL]);
    expect(findSections(two).find((s) => s.key === 'F')!.units.some((u) => u.kind === 'row')).toBe(false);
    // A header with no "what" column ("Who", "When", "Where") is not a provision table.
    const fields = await text([...HEAD, 'Who', 'When', 'Where', 'Mrs Patel', 'Mondays', 'Library', ...TAIL]);
    expect(findSections(fields).find((s) => s.key === 'F')!.units.some((u) => u.kind === 'row')).toBe(false);
  });
});

describe('columns that name two fields, link outcomes or label each row’s section', () => {
  it('"How often and how long" is a column and "Outcomes" links the row: each row one provision', async () => {
    const doc = await text([
      ...HEAD,
      'Provision',
      'Delivered by',
      'How often and how long',
      'Outcomes',
      'Phonics catch-up programme',
      'Teaching assistant trained in the programme',
      '20 minutes every school day',
      'E1',
      'Movement breaks',
      'Class teacher',
      'As required',
      'E1, E2',
      ...TAIL,
    ]);
    const r = await analyse(doc);
    expect(r.provisions.map((p) => [p.section, p.text.split('\n')[0], p.specific])).toEqual([
      ['F', 'Phonics catch-up programme', true],
      ['F', 'Movement breaks', false],
    ]);
  });

  it('under "Sections G, H1 and H2", a first column "Section" sends each row to the section its letter names', async () => {
    const doc = await text([
      'Section D – Social care needs',
      'Nia’s mother is disabled and Nia helps to care for her.',
      ...HEAD,
      'Provision',
      'Delivered by',
      'How often and how long',
      'Phonics catch-up programme',
      'Teaching assistant',
      '20 minutes every school day',
      'Sections G, H1 and H2 – Health and social care provision',
      'Section',
      'Provision',
      'Delivered by',
      'How often',
      'G',
      'Asthma plan review',
      'School nurse',
      'Once a year',
      'H1',
      'A place at an after-school club for disabled children',
      'Club staff',
      'Every Tuesday, 3.30pm to 5.30pm',
      'H2',
      'A young carers group',
      'Young carers worker',
      'Every other Saturday morning',
      ...TAIL,
    ]);
    const r = await analyse(doc);
    expect(r.provisions.map((p) => [p.section, p.text.split('\n')[0]])).toEqual([
      ['F', 'Phonics catch-up programme'],
      ['G', 'Asthma plan review'],
      ['H1', 'A place at an after-school club for disabled children'],
      ['H2', 'A young carers group'],
    ]);
    expect(r.checks.socialCareNeedsWithoutProvision).toBe(false);
  });
});

describe('an outcome-led table exported one cell per line, its outcome cell merged down over its provisions', () => {
  it('a row opening with a blank line is the next provision beside the same outcome; an outcome of two paragraphs is one cell', async () => {
    // Lines of any length, as a word processor exports them (not hard-wrapped text).
    const doc = await text([
      'Section B – Special educational needs',
      'Tobi is 4 and has a language disorder: he uses two-word phrases, and he finds it hard to join in with other children at play.',
      'Sections E and F – Outcomes and provision',
      'Communication and interaction',
      'Outcome (Section E)',
      'Provision to reach it (Section F)',
      'Who',
      'How often and how long',
      'By July 2027, Tobi will ask a friend to play using a 4-word sentence.',
      'Tobi will take part in group talk.',
      'Talk Boost group, no more than 6 children',
      'Teaching assistant trained in Talk Boost',
      '3 times a week, 30 minutes',
      '',
      'Sentence starters on a card on his table',
      '',
      '',
      '',
      'Adults modelling short sentences at snack time',
      'Nursery nurse',
      'Every day',
      'By March 2027, Tobi will answer a "who" question about a story.',
      'Shared reading with "who" questions',
      'Class teacher',
      'Every morning, 10 minutes',
      '',
      'Section G – Health provision',
      'None.',
    ]);
    const sections = findSections(doc);
    const f = sections.find((s) => s.key === 'F')!;
    const rows = f.units.filter((u) => u.kind === 'row');
    expect(rows.map((u) => u.cells![0].text)).toEqual([
      'Talk Boost group, no more than 6 children',
      'Sentence starters on a card on his table',
      'Adults modelling short sentences at snack time',
      'Shared reading with "who" questions',
    ]);
    expect(rows[0].cells!.map((c) => c.text)).toEqual(['Talk Boost group, no more than 6 children', 'Teaching assistant trained in Talk Boost', '3 times a week, 30 minutes']);
    const report = analyse(doc);
    expect(report.outcomes.map((o) => o.text)).toEqual([
      'By July 2027, Tobi will ask a friend to play using a 4-word sentence.',
      'Tobi will take part in group talk.',
      'By March 2027, Tobi will answer a "who" question about a story.',
    ]);
    expect(report.provisions.filter((p) => p.section === 'F')).toHaveLength(4);
  });
});

describe("a section's own heading just above its table, exported one cell per line with no blank lines", () => {
  it('is no column of the table: each row is read whole, none run into the next', async () => {
    const doc = await text([
      ...HEAD,
      'Phonics catch-up programme, 1:1, 3 x 20 minutes a week, with a teaching assistant trained in the programme.',
      'Section G – Health provision',
      'Provision',
      'Frequency',
      'Staffing',
      'Responsible',
      'Physiotherapy assessment of balance, with a written programme for school',
      'One visit of 90 minutes in the autumn term 2026',
      'NHS children’s physiotherapist',
      'Wexbury Community NHS Trust',
      'Eye test',
      'Once a year',
      'Orthoptist',
      'GP',
      'Asthma plan review with the school nurse',
      '2 meetings of 30 minutes each year',
      'School nurse',
      'Wexbury Community NHS Trust',
      ...TAIL,
    ]);
    const g = findSections(doc).find((s) => s.key === 'G')!;
    const rows = g.units.filter((u) => u.kind === 'row');
    expect(rows.map((u) => u.cells!.map((c) => c.text))).toEqual([
      ['Physiotherapy assessment of balance, with a written programme for school', 'One visit of 90 minutes in the autumn term 2026', 'NHS children’s physiotherapist', 'Wexbury Community NHS Trust'],
      ['Eye test', 'Once a year', 'Orthoptist', 'GP'],
      ['Asthma plan review with the school nurse', '2 meetings of 30 minutes each year', 'School nurse', 'Wexbury Community NHS Trust'],
    ]);
  });
});
