// A provision table copied out of a PDF as text with no layout (pdftotext -raw, or a copy and paste):
// the header's cells run together on one line ("Provision Staff Autumn term Spring term Summer term"),
// then each row's cells in reading order, a wrapped cell's next lines before the next cell, a short row's
// cells all on one line, an empty cell leaving nothing. Rows are read back piece by piece: a line that
// goes on from the one before (a small letter, a line ending in "of" or "a") joins its cell; a capital
// may open the next cell; each cell is placed where what it says fits the header's column. Invented
// child, school and wording.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc } from './build-doc.ts';

const textDoc = (lines: string[]) =>
  parseDocument(
    new TextEncoder().encode(
      [
        'Section E: Outcomes',
        'By July 2027, Maren will read a 300-word passage aloud with 95% accuracy.',
        'Section F: Special educational provision',
        ...lines,
        'Section I: Placement',
        'Fellbridge Academy (mainstream academy).',
        '',
      ].join('\n'),
    ),
    'plan.txt',
  );

const rowsOf = async (lines: string[]) => {
  const doc = await textDoc(lines);
  const f = findSections(doc).find((s) => s.key === 'F')!;
  return { doc, units: f.units, rows: f.units.filter((u) => u.kind === 'row').map((u) => u.cells!.map((c) => c.text)) };
};

describe('a provision table whose header runs on one line (PDF copied as text)', () => {
  it('rebuilds term columns: wrapped cells, a short row on one line, dashes and an empty cell', async () => {
    const { doc, rows } = await rowsOf([
      'Provision Staff Autumn term Spring term Summer term',
      'Communication and interaction',
      'Narrative therapy on retelling stories in',
      'order, using picture cues',
      'Speech and language',
      'therapist',
      '5 x 40 minutes, 1:1 3 x 40 minutes, 1:1 2 x 40 minutes,',
      '1:1',
      'Lunchtime talk club Midday supervisor Twice a week Twice a week Twice a week',
      'Sensory and/or physical',
      'Movement breaks between',
      'lessons',
      'Teaching assistant 4 x 5 minutes a',
      'day',
      '4 x 5 minutes a',
      'day',
      'When she is restless',
      'Pencil grip and a sloping board for all written work Every lesson Every lesson Every lesson',
      'Fine motor group of 4 Occupational therapist — 6 weekly sessions of',
      '30 minutes',
      '—',
    ]);
    expect(rows).toEqual([
      ['Communication and interaction'],
      ['Narrative therapy on retelling stories in order, using picture cues', 'Speech and language therapist', '5 x 40 minutes, 1:1', '3 x 40 minutes, 1:1', '2 x 40 minutes, 1:1'],
      ['Lunchtime talk club', 'Midday supervisor', 'Twice a week', 'Twice a week', 'Twice a week'],
      ['Sensory and/or physical'],
      ['Movement breaks between lessons', 'Teaching assistant', '4 x 5 minutes a day', '4 x 5 minutes a day', 'When she is restless'],
      // No staff cell: nothing is left where it stood, so the amounts follow the provision.
      ['Pencil grip and a sloping board for all written work', '', 'Every lesson', 'Every lesson', 'Every lesson'],
      ['Fine motor group of 4', 'Occupational therapist', '—', '6 weekly sessions of 30 minutes', '—'],
    ].map((r) => r.filter((c, i) => c || i === 0)));
    const report = analyse(doc);
    // One statement a row, its provision first (the row's text as it stands in the plan, lines and all).
    const firsts = ['Narrative therapy on retelling stories in order, using picture cues', 'Lunchtime talk club', 'Movement breaks between lessons', 'Pencil grip and a sloping board for all written work', 'Fine motor group of 4'];
    expect(report.provisions).toHaveLength(firsts.length);
    report.provisions.forEach((p, k) => expect(p.text.replace(/\s+/g, ' ').startsWith(firsts[k])).toBe(true));
    const [narrative, club] = report.provisions;
    expect([narrative.elements.provider, narrative.elements.frequency, narrative.elements.duration]).toEqual([true, true, true]);
    // A weekly club with no length: not specific, as in the same table in Word.
    expect([club.elements.provider, club.elements.frequency, club.elements.duration]).toEqual([true, true, false]);
  });

  it('reads a header after a sentence on the same line, a role after "by", and ends at the next heading', async () => {
    const { rows, units } = await rowsOf([
      'The table below sets out the provision for this year. Provision Who will deliver it How often Duration',
      'Precision teaching of spellings from the',
      'Year 3 word list',
      'Class teacher Daily 10 minutes',
      'Paired reading with an older pupil Supervised by a teaching assistant Three times a week 15 minutes',
    ]);
    expect(rows).toEqual([
      ['Precision teaching of spellings from the Year 3 word list', 'Class teacher', 'Daily', '10 minutes'],
      ['Paired reading with an older pupil', 'Supervised by a teaching assistant', 'Three times a week', '15 minutes'],
    ]);
    // The sentence before the header stays a paragraph of the section.
    expect(units.some((u) => u.kind !== 'row' && u.text === 'The table below sets out the provision for this year.')).toBe(true);
  });

  it('leaves prose that opens with field words alone', async () => {
    const { rows } = await rowsOf([
      'Provision delivered by staff will be reviewed every term with her parents.',
      'Maren will have a reading session with her class teacher for 20 minutes every day.',
      'Sessions with the school counsellor as needed.',
    ]);
    expect(rows).toEqual([]);
  });

  it('reads the header though hard-wrapped text ran it into the lines around it', async () => {
    // Lines near 100 characters make the text read as hard-wrapped, and a long line is joined to the next.
    const { rows } = await rowsOf([
      'The hours below are given for each term of the school year; a dash means the provision does not run.',
      'Provision Delivered by Autumn term 2027 Spring term 2028 Summer term 2028 Cognition and learning',
      'Phonics in a group of 3 Teaching assistant 4 x 20 minutes a week 4 x 20 minutes a week As needed',
      'Maths catch-up using Numicon Maths teacher 2 x 30 minutes a week — —',
    ]);
    expect(rows).toEqual([
      ['Cognition and learning'],
      ['Phonics in a group of 3', 'Teaching assistant', '4 x 20 minutes a week', '4 x 20 minutes a week', 'As needed'],
      ['Maths catch-up using Numicon', 'Maths teacher', '2 x 30 minutes a week', '—', '—'],
    ]);
  });
});

describe('a line broken where its phrase is left open', () => {
  const provisions = (parts: Parameters<typeof buildDoc>[0]) =>
    analyse(buildDoc([{ h: 'Section F: Special educational provision' }, ...parts, { h: 'Section I: Placement' }, 'Fellbridge Academy'])).provisions.map((p) => p.text.replace(/\s+/g, ' '));

  it('joins the next line to an item ending in "for", "of" or "the", whatever opens that line', () => {
    expect(
      provisions([
        { li: 'Movement breaks planned by the occupational therapist and led by a teaching assistant for', marker: '–' },
        '5 minutes every lesson.',
        { li: 'Pre-teaching of topic words by the class teacher at the start of', marker: '–' },
        'each new unit, 15 minutes.',
        { li: 'A weekly check of his hearing aids carried out by the', marker: '–' },
        'Sensory Support Service teacher of the deaf.',
      ]),
    ).toEqual([
      'Movement breaks planned by the occupational therapist and led by a teaching assistant for 5 minutes every lesson.',
      'Pre-teaching of topic words by the class teacher at the start of each new unit, 15 minutes.',
      'A weekly check of his hearing aids carried out by the Sensory Support Service teacher of the deaf.',
    ]);
  });

  it('keeps apart a line that ends its phrase and the next provision', () => {
    expect(
      provisions([
        { li: 'Speech and language therapy from a speech and language therapist, weekly', marker: '–' },
        '30 minutes of reading practice with a teaching assistant every day.',
      ]),
    ).toHaveLength(2);
  });
});
