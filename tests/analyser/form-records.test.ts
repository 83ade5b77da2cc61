// A form in two columns, "label | value", under a heading that names several sections: each area a
// run of rows "Need", "Outcome" / "By when", "Provision" / "Who" / "How often". A provision is quoted by
// its value and judged with its Who and How often; an outcome with its By when; a need is B's. As a
// Word table, and as the text a PDF reader gives (the label and the value's first line on one line).
// Invented children.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { buildDoc } from './build-doc.ts';

const AREA_ROWS = [
  ['Need', 'Nia finds it hard to follow spoken instructions and to start written tasks.'],
  ['Outcome', 'Nia will start a written task within 2 minutes in 4 out of 5 lessons.'],
  ['By when', 'End of Year 4 (July 2027)'],
  ['Outcome', 'Nia will be more organised.'],
  ['By when', 'Ongoing'],
  ['Provision', 'Colourful Semantics sentence building'],
  ['Who', 'Teaching assistant trained in Colourful Semantics'],
  ['How often', '3 x 20 minutes a week'],
  ['Provision', 'Movement breaks'],
  ['Who', ''],
  ['How often', 'When possible'],
];

const tablePlan = () =>
  buildDoc([
    { h: 'Section A – About Nia' },
    'Nia is 8 and loves gymnastics.',
    { h: 'Sections B, E and F – Needs, outcomes and provision' },
    { h: 'Cognition and learning', level: 3 },
    { table: AREA_ROWS },
    { h: 'Section G – Health provision' },
    { table: [['Provision', 'Orthoptist review of her eye tracking'], ['Who', 'NHS orthoptist'], ['How often', 'Every 6 months']] },
    { h: 'Section I – Placement' },
    'Fernhill Primary School (mainstream).',
  ]);

// The same form as a PDF reader writes it out: label and value on one line, a long value going on in
// the next line, and two fields run together where the reader joined their lines.
const TEXT_PLAN = [
  'Section A – About Nia',
  'Nia is 8 and loves gymnastics.',
  '',
  'Sections B, E and F – Needs, outcomes and provision',
  'Cognition and learning',
  'Need Nia finds it hard to follow spoken instructions and to start written tasks.',
  'Outcome Nia will start a written task within 2 minutes in 4 out of 5 lessons.',
  'By when End of Year 4 (July 2027)',
  'Outcome Nia will be more organised. By when Ongoing',
  'Provision Colourful Semantics sentence building, using the coloured cards in',
  'every session',
  'Who Teaching assistant trained in Colourful Semantics',
  'How often 3 x 20 minutes a week',
  'Provision Movement breaks',
  'Who',
  'How often When possible',
  '',
  'Section G – Health provision',
  'Provision Orthoptist review of her eye tracking',
  'Who NHS orthoptist',
  'How often Every 6 months',
  '',
  'Section I – Placement',
  'Fernhill Primary School (mainstream).',
].join('\n');

describe('a "label | value" form read as records', () => {
  it('as a table: provisions to F and G, outcomes to E, each judged with its own fields', () => {
    const r = analyse(tablePlan());
    const f = r.provisions.filter((p) => p.section === 'F');
    expect(f.map((p) => p.text)).toEqual(['Colourful Semantics sentence building', 'Movement breaks']);
    expect(f[0].specific).toBe(true);
    expect(f[0].elements).toMatchObject({ provider: true, qualification: true, frequency: true, duration: true });
    expect(f[1].specific).toBe(false);
    expect(f[1].elements.provider).toBe(false);
    const g = r.provisions.filter((p) => p.section === 'G');
    expect(g.map((p) => p.text)).toEqual(['Orthoptist review of her eye tracking']);
    expect(g[0].elements).toMatchObject({ provider: true, frequency: true });
    // Labels and needs are not statements.
    expect(r.provisions.some((p) => /^(?:Who|How often|Need|By when)\b/.test(p.text) || /instructions/.test(p.text))).toBe(false);
    expect(r.outcomes.map((o) => o.text)).toEqual(['Nia will start a written task within 2 minutes in 4 out of 5 lessons.', 'Nia will be more organised.']);
    expect(r.outcomes[0].timeBound).toBe(true);
    expect(r.outcomes[1].timeBound).toBe(false);
    // One area's need, outcomes and provision share its thread.
    expect(new Set([...f.map((p) => p.row), ...r.outcomes.map((o) => o.row)]).size).toBe(1);
    expect(f[0].area).toBe('Cognition and learning');
  });

  it('as text, label and value on one line: the same records, a wrapped value whole, run-together fields apart', async () => {
    const r = analyse(await parseDocument(new Uint8Array(Buffer.from(TEXT_PLAN, 'utf8')), 'plan.txt'));
    const f = r.provisions.filter((p) => p.section === 'F');
    expect(f.map((p) => p.text.replace(/\s+/g, ' '))).toEqual(['Colourful Semantics sentence building, using the coloured cards in every session', 'Movement breaks']);
    expect(f[0].specific).toBe(true);
    expect(f[1].specific).toBe(false);
    expect(r.provisions.filter((p) => p.section === 'G').map((p) => p.text)).toEqual(['Orthoptist review of her eye tracking']);
    expect(r.outcomes.map((o) => o.text)).toEqual(['Nia will start a written task within 2 minutes in 4 out of 5 lessons.', 'Nia will be more organised.']);
    expect(r.outcomes.map((o) => o.timeBound)).toEqual([true, false]);
  });

  it('prose whose lines open with a label word is not a form', async () => {
    const plan = [
      'Section A – About Nia',
      // A line longer than any wrap: the text is not hard-wrapped, so each line is its own.
      'Nia is 8. She loves gymnastics, her two cats and the trampoline park, and she wants to be a vet when she grows up.',
      'Section F – Provision',
      'Support from a teaching assistant in every lesson, 27.5 hours a week.',
      'When Nia arrives, a teaching assistant will meet her at the gate every morning.',
      'Time out card on her desk in every lesson.',
    ].join('\n');
    const r = analyse(await parseDocument(new Uint8Array(Buffer.from(plan, 'utf8')), 'plan.txt'));
    expect(r.provisions.map((p) => p.text)).toEqual([
      'Support from a teaching assistant in every lesson, 27.5 hours a week.',
      'When Nia arrives, a teaching assistant will meet her at the gate every morning.',
      'Time out card on her desk in every lesson.',
    ]);
  });
});
