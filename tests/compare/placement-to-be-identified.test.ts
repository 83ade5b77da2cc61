// A Section I that says a kind of setting is still "to be identified" names no placement: that side
// of a change is null, as "to be confirmed" is. Invented wording.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { compareDocuments } from '../../services/analyser/src/compare/index.ts';
import { placementNamed } from '../../services/analyser/src/plan-checks.ts';

const plan = (i: string) => `Education, Health and Care Plan

Section E: Outcomes
• By July 2028, Ruby will write three sentences on her own.

Section F: Special educational provision
• A writing frame for every extended writing task.

Section I: Placement
${i}
`;

describe('a Section I that leaves the setting to be identified', () => {
  it('names no placement', async () => {
    expect(placementNamed('A special school for pupils with autism, to be identified.')).toBe(false);
    expect(placementNamed('A residential college to be identified by the local authority.')).toBe(false);
    expect(placementNamed('Larchmont Primary School (mainstream primary school).')).toBe(true);
    const doc = async (t: string) => parseDocument(new TextEncoder().encode(t), 'plan.txt');
    const c = compareDocuments(await doc(plan('Larchmont Primary School (mainstream primary school).')), await doc(plan('An independent special school, to be identified.')));
    expect(c.changes.find((ch) => ch.section === 'I')).toMatchObject({ kind: 'changed', after: null });
  });
});
