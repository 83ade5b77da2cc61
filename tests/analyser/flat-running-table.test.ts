// The national template's combined tables as text copied out of a PDF: the column header on one line
// ("B – Special Educational Needs F – Special Educational Provision E – Outcomes"), then each row as
// running text, wrapped at the page width, its need, provision and outcome sentences one after another
// with no cell boundaries. Read as a paragraph per row (PDF), a paragraph per wrapped line (the copy
// opened in Word) and hard-wrapped plain text. Invented child and wording.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { buildDoc } from './build-doc.ts';
import { wrap as wrapLine } from '../../corpus/src/flattened.ts';
import { childNames, lineRole } from '../../services/analyser/src/sections/flat-table.ts';

const BFE_HEAD = 'B – Special Educational Needs F – Special Educational Provision E – Outcomes';
const AREA_1 = 'Special Educational Needs and Provision (B-F-E) Cognition and learning Support for learning difficulties may be required when children and young people learn at a slower pace than their peers, even with appropriate differentiation. Strengths Tobias loves building with bricks.';
const B1 = 'Tobias reads about 20 common words and finds it hard to blend sounds in new words. He forgets instructions with more than two steps.';
const F1 = 'A phonics catch-up programme delivered by a trained teaching assistant, 3 sessions of 20 minutes a week, in a group of 3.';
const F2 = 'Instructions broken into single steps by his class teacher in every lesson.';
const F3 = 'Reading practice at home when possible.';
const E1 = 'By the end of Year 2, Tobias will read 60 common words without help.';
const E2 = 'Tobias will enjoy books more.';
const AREA_2 = 'Special Educational Needs and Provision (B-F-E) Social, emotional and mental health difficulties Children and young people may experience a wide range of social, emotional and mental health difficulties which manifest themselves in many ways. Strengths Tobias is kind to younger pupils.';
const B2 = 'Tobias hides under the table when the classroom is noisy and does not yet ask an adult for help.';
const F4 = 'A quiet tent in the classroom that he can use at any time.';
const F5 = 'A 15-minute check-in with his learning mentor every morning before registration.';
const E3 = 'By July 2027, Tobias will use his help card to ask an adult for a break on 4 days out of 5.';
const C_TITLE = 'Sections C (The child or young person’s health care needs which relate to their SEN) and G (Health Care Provision relating to those needs) Strengths Tobias swims well.';
const CGE_HEAD = 'C - Health care needs which relates to their special educational needs G – Health Care Provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs E – Outcomes';
const C1 = 'Tobias has glue ear and wears a hearing aid in his left ear.';
const G1 = 'A check of his hearing aid by the teacher of the deaf once each half term.';
const G2 = 'Audiology appointments as needed.';
const C2 = 'He has eczema on both hands, which itches in hot weather.';
const G3 = 'Cream applied by a named first aider at lunchtime every day.';
const D_TITLE = 'Sections D (Social care needs which relate to the SEN) and H1 and H2 (Social care provision) Strengths Tobias has a big family nearby.';
const DHE_HEAD = "D – Social care needs which relate to the child or young person's special educational needs or to a disability. H1 H2 E – Outcomes";
const D1 = 'Tobias does not have any social care needs at present.';

const ROWS: string[][] = [
  ['A1 Summary of the child or young person’s history Tobias was born in Hollin Vale and lives with his mother and grandmother.'],
  [AREA_1],
  [BFE_HEAD],
  [B1, F1, F2, F3, E1, E2],
  [AREA_2],
  [BFE_HEAD],
  [B2, F4, F5, E3],
  [C_TITLE],
  [CGE_HEAD],
  [C1, G1, G2],
  [C2, G3],
  [D_TITLE],
  [DHE_HEAD],
  [D1, 'N/A N/A'],
  ['I - Placement Name Brackenfield Infant School Type Mainstream infant school'],
];

const wrap = (text: string, width: number) => wrapLine(text, width).split('\n');

const paragraphs = ROWS.map((r) => r.join(' '));

const layouts: [string, () => Promise<ReturnType<typeof buildDoc>>][] = [
  ['a paragraph per row', async () => buildDoc(paragraphs)],
  ['a paragraph per wrapped line', async () => buildDoc(paragraphs.flatMap((p) => wrap(p, 95)))],
  ['hard-wrapped plain text', async () => parseDocument(new Uint8Array(Buffer.from(paragraphs.flatMap((p) => wrap(p, 95)).join('\n'), 'utf8')), 'plan.txt')],
];

describe.each(layouts)('a national-template combined table flattened into running text (%s)', (_name, make) => {
  it('sends each sentence to the need, provision or outcome column, in order', async () => {
    const r = analyse(await make());
    const prov = r.provisions.map((p) => [p.section, p.text.replace(/\s+/g, ' ').trim()]);
    expect(prov).toEqual([['F', F1], ['F', F2], ['F', F3], ['F', F4], ['F', F5], ['G', G1], ['G', G2], ['G', G3]]);
    expect(r.outcomes.map((o) => o.text.replace(/\s+/g, ' ').trim())).toEqual([E1, E2, E3]);
  });

  it('keeps each row’s provision and outcomes together under the area heading before it', async () => {
    const r = analyse(await make());
    const rowOf = (t: string) => [...r.provisions, ...r.outcomes].find((s) => s.text.replace(/\s+/g, ' ').trim() === t)?.row;
    expect(rowOf(F1)).toBeTruthy();
    expect(rowOf(F3)).toBe(rowOf(F1));
    expect(rowOf(E2)).toBe(rowOf(F1));
    expect(rowOf(F4)).not.toBe(rowOf(F1));
    expect(rowOf(E3)).toBe(rowOf(F4));
    expect(rowOf(G3)).not.toBe(rowOf(G1));
    expect(r.provisions.find((p) => p.text.startsWith('A phonics'))?.area).toBe('Cognition and learning');
    expect(r.provisions.find((p) => p.text.startsWith('A quiet tent'))?.area).toMatch(/^Social, emotional and mental health/);
  });

  it('finds every column’s section, the empty social care cells included, and reads no guidance as content', async () => {
    const doc = await make();
    const found = new Map(findSections(doc).map((s) => [s.key, s]));
    for (const key of ['B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2'] as const) expect(found.has(key), key).toBe(true);
    const content = [...found.values()].flatMap((s) => s.units.filter((u) => !u.template).map((u) => u.text));
    expect(content.some((t) => /children and young people (?:may|learn)/i.test(t) && !/Tobias/.test(t))).toBe(false);
    expect(found.get('B')!.units.some((u) => !u.template && u.text.includes('finds it hard to blend'))).toBe(true);
    expect(found.get('C')!.units.some((u) => u.text.includes('glue ear'))).toBe(true);
    const r = analyse(doc);
    expect(r.checks.healthNeedsWithoutProvision).toBe(false);
  });
});

describe('a child named with letters outside A-Z', () => {
  it('is still the subject of the need and outcome sentences', () => {
    const text = 'By May 2027, Zoë will count to 20. Zoë will join in a circle game. Zoë rarely stays at the sand tray for more than a minute.';
    const child = childNames(text);
    expect(child.has('Zoë')).toBe(true);
    expect(lineRole('Zoë rarely stays at the sand tray for more than a minute.', child)).toBe('need');
    expect(lineRole('Zoë will be able to wait for her turn.', child)).toBe('outcome');
  });
});
