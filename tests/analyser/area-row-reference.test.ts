// A provision table's row spanning it that names an area of need with its section's reference
// ("F2 Social, emotional and mental health") is a sub-heading, not a provision. Invented rows.
import { describe, expect, it } from 'vitest';
import { leadingArea } from '../../services/analyser/src/sections/areas.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc } from './build-doc.ts';

describe('an area row numbered with its section letter', () => {
  it('reads the area behind its reference, and only a reference', () => {
    expect(leadingArea('F2 Social, emotional and mental health')).toBe('Social, emotional and mental health');
    expect(leadingArea('B1 Communication and interaction')).toBe('Communication and interaction');
    expect(leadingArea('F2 Social skills group every Monday with a teaching assistant')).toBeNull();
  });

  it('is no statement in a provision table', () => {
    const r = analyse(
      buildDoc([
        { h: 'Section F – Special educational provision' },
        {
          table: [
            ['Ref', 'Provision', 'Staffing', 'Frequency and duration'],
            ['F2 Social, emotional and mental health'],
            ['F2.1', 'Lego therapy group of no more than 3 pupils', 'Teaching assistant trained in Lego therapy', '1 x 45 minutes a week'],
          ],
        },
        { h: 'Section I – Placement' },
        'Oakfield Primary School (mainstream).',
      ]),
    );
    expect(r.provisions.map((p) => p.text)).toHaveLength(1);
    expect(r.provisions[0].text).toContain('Lego therapy group');
  });
});
