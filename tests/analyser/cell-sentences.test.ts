// A combined table's provision cell is one statement a paragraph; a PDF cell whose paragraph ended at a
// full line comes as one paragraph of two provisions. Sentences that begin provisions of their own are
// statements of their own; one that adds to the provision before ("… will also …") stays with it.
// Invented children.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc } from './build-doc.ts';

const plan = (cell: string) =>
  buildDoc([
    { h: 'Sections B, F and E' },
    {
      table: [
        ['B – Special educational needs', 'F – Special educational provision', 'E – Outcomes'],
        ['Ravi reads at about the level of a 6-year-old.', cell, 'By July 2027, Ravi will read 50 common words by sight.'],
      ],
    },
    { h: 'Section I – Placement' },
    'Hollybank Primary School (mainstream).',
  ]);

describe('a provision cell read as one paragraph', () => {
  it('splits where a sentence begins a provision of its own, keeping every word and the row', () => {
    const cell = 'Phonics taught 1:1 by a teaching assistant trained in the programme, for 15 minutes every school day. Spelling taught in a group of 4 pupils by his class teacher, using the Word Wasp programme, for 20 minutes three times a week. Reading books matched to his level as needed.';
    const r = analyse(plan(cell));
    const f = r.provisions.filter((p) => p.section === 'F');
    expect(f.map((p) => p.text)).toEqual([
      'Phonics taught 1:1 by a teaching assistant trained in the programme, for 15 minutes every school day.',
      'Spelling taught in a group of 4 pupils by his class teacher, using the Word Wasp programme, for 20 minutes three times a week.',
      'Reading books matched to his level as needed.',
    ]);
    expect(new Set(f.map((p) => p.row)).size).toBe(1);
    expect(f[2].specific).toBe(false);
    expect(f[0].specific).toBe(true);
  });

  it('keeps a sentence that adds to the one before, or points back to it, with it', () => {
    const cell = 'A qualified teacher of the deaf will visit once each half term for 1 hour to advise his teachers. The teacher of the deaf will also check his hearing aids at each visit.';
    const r = analyse(plan(cell));
    expect(r.provisions.filter((p) => p.section === 'F').map((p) => p.text)).toEqual([cell]);
    const back = 'Precision teaching of number facts, 1:1, with a teaching assistant, 3 x 10 minutes a week. These sessions will be recorded in his home-school book.';
    expect(analyse(plan(back)).provisions.filter((p) => p.section === 'F')).toHaveLength(1);
  });
});
