// A plain-text export's banner heading ("=== SECTION I: PLACEMENT ===") read into Section I's first
// line (a Markdown reading joins the lines) is the heading, not the placement's words. Invented wording.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { compareDocuments } from '../../services/analyser/src/compare/index.ts';

const plan = (top: string) => `${top}
=== SECTION E: OUTCOMES ===
Outcome: By July 2028, Ivo will read a bus timetable on his own.

=== SECTION F: SPECIAL EDUCATIONAL PROVISION ===
Provision: A reading programme with a teaching assistant, 3 x 20 minutes a week.

=== SECTION I: PLACEMENT ===
Setting name: Fernhill Academy
Setting type: Mainstream 11-16 academy

=== SECTION J: PERSONAL BUDGET ===
Personal budget requested: No
`;

describe('Section I under a banner heading', () => {
  it('is the same placement whether or not the banner ran into its first line', async () => {
    const doc = async (t: string, name: string) => parseDocument(new TextEncoder().encode(t), name);
    // "# …" makes the first a Markdown reading, whose lines run together.
    const a = await doc(plan('# Education, Health and Care Plan export'), 'old.txt');
    const b = await doc(plan('Education, Health and Care Plan export'), 'new.txt');
    const i = compareDocuments(a, b).changes.find((c) => c.section === 'I');
    expect(i?.before?.text).not.toMatch(/===|SECTION I/);
    expect(i?.kind).toBe('unchanged');
  });
});
