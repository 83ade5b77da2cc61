// B, E and F repeated under each area of need (a common LA layout): every area's body is read.
import { describe, expect, it } from 'vitest';
import { findSections } from '../../services/analyser/src/sections.ts';
import { buildDoc, type Part } from './build-doc.ts';

const bodies = (parts: Part[]) => Object.fromEntries(findSections(buildDoc(parts)).map((s) => [s.key, s.units.filter((u) => !u.subheading).map((u) => u.text)]));

describe('sections repeated under each area of need', () => {
  const area = (name: string, need: string, outcome: string, provision: string): Part[] => [
    { h: name },
    { h: 'Section B – Special educational needs' },
    need,
    { h: 'Section E – Outcomes' },
    outcome,
    { h: 'Section F – Special educational provision' },
    provision,
  ];
  const plan = (withCombinedHeading: boolean): Part[] => [
    { h: 'Section A: Views, interests and aspirations' },
    'Mia likes swimming and drawing.',
    ...(withCombinedHeading ? [{ h: 'Sections B, E and F: Needs, outcomes and provision' }] : []),
    ...area('Cognition and learning', 'Mia reads two years below her age.', 'By July 2027 Mia will read 40 words a minute.', 'Mia will have 20 minutes of phonics each day with a trained teaching assistant.'),
    ...area('Sensory and physical', 'Mia has low muscle tone.', 'By July 2027 Mia will climb the stairs unaided.', 'A physiotherapy programme practised three times a week by a trained assistant.'),
    ...area('Social, emotional and mental health', 'Mia is anxious at transitions.', 'By July 2027 Mia will enter class calmly on 4 days out of 5.', 'A key adult will meet Mia at the gate each morning.'),
    { h: 'Section G: Health provision' },
    'Annual review by the community paediatrician.',
  ];

  for (const combined of [true, false]) {
    it(`keeps all three areas' needs, outcomes and provision${combined ? ' after a combined heading' : ''}`, () => {
      const b = bodies(plan(combined));
      expect(b.B).toEqual(['Mia reads two years below her age.', 'Mia has low muscle tone.', 'Mia is anxious at transitions.']);
      expect(b.E).toHaveLength(3);
      expect(b.F).toEqual([
        'Mia will have 20 minutes of phonics each day with a trained teaching assistant.',
        'A physiotherapy programme practised three times a week by a trained assistant.',
        'A key adult will meet Mia at the gate each morning.',
      ]);
    });
  }

  it('a run of bare contents entries still owns nothing of the plan', () => {
    const b = bodies([
      { h: 'Contents' },
      'Section A', 'Section B', 'Section E', 'Section F',
      'This plan was written with Mia and her parents.',
      { h: 'Section A: Views' }, 'Mia likes swimming.',
      { h: 'Section B: Needs' }, 'Mia reads two years below her age.',
      { h: 'Section E: Outcomes' }, 'By July 2027 Mia will read 40 words a minute.',
      { h: 'Section F: Provision' }, 'Daily phonics for 20 minutes with a trained teaching assistant.',
    ]);
    expect(b.F).toEqual(['Daily phonics for 20 minutes with a trained teaching assistant.']);
    expect(b.A).toEqual(['Mia likes swimming.']);
  });
});
