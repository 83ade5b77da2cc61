// A provision whose amount is moved into a note at the end of its section ("(amount: see note 2 …)" …
// "Note 2: …") keeps its amount: the note is part of the statement. A pointer in brackets to "this
// section" does not make the statement boilerplate. Invented wording.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { compareDocuments } from '../../services/analyser/src/compare/index.ts';

const plan = (f: string) => `Education, Health and Care Plan

Section E: Outcomes
E1 By July 2028, Noor will cook a simple meal with one prompt.

Section F: Special educational provision
F1.1 Swimming lessons with a qualified swimming instructor, 1:1, 30 minutes a week.
${f}
F1.3 A visual recipe book for every cooking lesson.

Section G: Health provision
G1 An annual review of her epilepsy care plan by the school nurse.
`;

const planWithNote = plan('F1.2 Kitchen safety sessions with the food technology technician, in the school training kitchen (amount: see note 2 at the end of this section).').replace(
  'F1.3 A visual recipe book for every cooking lesson.',
  'F1.3 A visual recipe book for every cooking lesson.\nNote 2: the kitchen safety sessions in F1.2 are 8 sessions of 1 hour in the spring term.',
);

describe('an amount moved into a note', () => {
  it('is the same provision, not reduced, weakened or added', async () => {
    const doc = async (t: string) => parseDocument(new TextEncoder().encode(t), 'plan.txt');
    const a = await doc(plan('F1.2 Kitchen safety sessions with the food technology technician: 8 sessions of 1 hour in the spring term, in the school training kitchen.'));
    const b = await doc(planWithNote);
    const changes = compareDocuments(a, b).changes.filter((c) => c.about === 'provision');
    const f2 = changes.find((c) => /Kitchen safety/.test(c.before?.text ?? ''));
    expect(f2?.kind).toBe('unchanged');
    expect(f2?.after?.text).toMatch(/see note 2/);
    expect(changes.filter((c) => c.kind !== 'unchanged')).toEqual([]);
  });
});
