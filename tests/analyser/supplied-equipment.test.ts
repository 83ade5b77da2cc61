// Equipment for home supplied by a service by a date (H1's usual content): a statement, even where the
// only provision word is "supplied" or "issued" and the aids are daily-living ones for sight loss.
// Invented children.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc } from './build-doc.ts';

describe('aids supplied for home', () => {
  it('a letter heading, its title on the next line, and a numbered line of equipment "issued by" a team is one specific provision', () => {
    const doc = buildDoc([
      { h: 'G' }, 'Health provision', '7.1 Orthoptic review with the orthoptist every 6 months.',
      { h: 'H1' }, 'Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
      '8.1 A talking clock and bump-on dots for the cooker, issued by the sight loss team by 1 May 2026.',
      { h: 'H2' }, 'Other social care provision', 'None.',
    ]);
    const h1 = analyse(doc).provisions.filter((p) => p.section === 'H1');
    expect(h1.map((p) => p.text)).toEqual(['8.1 A talking clock and bump-on dots for the cooker, issued by the sight loss team by 1 May 2026.']);
    expect(h1[0].specific).toBe(true);
  });

  it('"supplied by" alone makes a line of equipment provision', () => {
    const r = analyse(buildDoc(['A liquid level indicator and a hand magnifier, supplied by the low vision clinic by 30 June 2026.']), { section: 'H1' });
    expect(r.provisions).toHaveLength(1);
    expect(r.provisions[0].elements.activity).toBe(true);
  });
});
