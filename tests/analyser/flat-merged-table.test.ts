// A word processor's text export of combined tables with merged cells: each cell on a line, an empty
// or merged-over cell a blank line. The first column labels the rows ("Area of need", "Section"), the
// header cells name their sections last ("Needs (Section B)", "Provision (G / H1 / H2)"), and a row
// label may name the sections of its row's cells ("Social care – D and H"). Invented child.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { lineRole } from '../../services/analyser/src/sections/flat-table.ts';

const NEED = 'Amira has a stammer that is worse when she is rushed, and she avoids answering in class.';
const F1 = 'Fluency work with a speech and language therapist, 6 sessions of 45 minutes each half term.';
const F2 = 'A card on her desk she can turn over to ask for more time.';
const OUT = 'By July 2027, Amira will answer a question in front of her class in 3 out of 5 lessons.';
const F3 = 'Extra time when needed.';
const C = 'Amira has migraines about twice a month and must lie down when one starts.';
const G = 'G: A migraine plan written by the school nurse with her parents each September in a 40-minute meeting.';
const D = 'Amira’s father is her only carer and works until 7pm.';
const H2 = 'H2: A childminder place from 3.15pm to 7pm on school days, funded by children’s social care.';

const LINES = [
  'Sections B, F and E – Needs, provision and outcomes',
  'Area of need', 'Needs (Section B)', 'Provision (Section F)', 'Outcomes (Section E)',
  'Communication and interaction', NEED, F1, OUT, '', '', F2, '', '', '', F3, '',
  'Sections C, D, G and H – Health and social care',
  'Section', 'Needs (C / D)', 'Provision (G / H1 / H2)', 'Outcomes (E)',
  'Health – C and G', C, G, '',
  'Social care – D and H', D, 'H1: None.', '', '', '', H2, '',
  'Section I – Placement', 'Larchfield Primary School (mainstream).',
];

describe('a flattened combined table with a label column and merged cells', () => {
  it('puts every cell in its column and each multi-section column’s cell in its section', async () => {
    const doc = await parseDocument(new Uint8Array(Buffer.from(LINES.join('\n'), 'utf8')), 'plan.txt');
    const found = Object.fromEntries(findSections(doc).map((s) => [s.key, s.units.filter((u) => !u.template).map((u) => u.text.trim())]));
    expect(found.B).toEqual([NEED]);
    expect(found.F).toEqual([F1, F2, F3]);
    expect(found.E).toEqual([OUT]);
    expect(found.C).toEqual([C]);
    expect(found.G).toEqual([G]);
    expect(found.D).toEqual([D]);
    expect(found.H1).toEqual(['H1: None.']);
    expect(found.H2).toEqual([H2]);
  });

  it('reads a thing kept with the child, and a hedged offer to the child, as provision, not need', () => {
    const child = new Set(['Amira']);
    expect(lineRole('Her tinted glasses and a reading ruler with her in every lesson.', child)).toBe('provision');
    expect(lineRole('Amira may have a movement break on the playground.', child)).toBe('provision');
    expect(lineRole('Amira has a movement break most afternoons at home.', child)).toBe('need');
  });

  it('reads a line with an amount per period and no child as its subject as provision, though it names a difficulty', () => {
    expect(lineRole('Handwriting practice with an occupational therapist experienced in motor difficulties, 2 x 20 minutes a week.')).toBe('provision');
    expect(lineRole('He finds it difficult to sit still for more than 5 minutes a day.')).toBe('need');
  });
});
