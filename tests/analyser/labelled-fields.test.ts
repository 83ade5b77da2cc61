// Provision written as labelled fields on one line ("Provision: … How often: … Delivered by: …"), as
// flattened LA forms write it. Invented children.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc } from './build-doc.ts';

const inF = (lines: string[]) => analyse(buildDoc(['Section F: Special educational provision', ...lines]));

describe('labelled provision fields', () => {
  it('a "Delivered by:" label closing a line keeps its value on the next line', () => {
    const r = inF(['P2 Provision: Chess club at lunchtime. How often: every Thursday. Delivered by:', 'a volunteer from the county chess association.', 'P3 Provision: A writing slope for all written work. How often: in all lessons. Delivered by:', 'P4 Provision: Touch-typing lessons, 20 minutes a week. Delivered by: a teaching assistant.']);
    expect(r.provisions.map((p) => p.text.replace(/\s+/g, ' '))).toEqual([
      'P2 Provision: Chess club at lunchtime. How often: every Thursday. Delivered by: a volunteer from the county chess association.',
      'P3 Provision: A writing slope for all written work. How often: in all lessons. Delivered by:',
      'P4 Provision: Touch-typing lessons, 20 minutes a week. Delivered by: a teaching assistant.',
    ]);
    expect(r.provisions[0].elements.provider).toBe(true);
  });

  it('when a decision put off is taken is not how often the provision happens', () => {
    const r = inF(['Provision: Forest school sessions to be discussed in Year 4.', 'Provision: Swimming lessons with a swimming teacher in Year 5.', 'Horse riding will be explored at the start of each term.']);
    expect(r.provisions.map((p) => p.elements.frequency)).toEqual([false, true, false]);
  });

  it('"work experience" is something provided, not a need the child experiences', () => {
    const r = inF(['Coaching to get ready for work experience.', 'Rhys experiences panic before tests.', 'A reader in all tests, from a teaching assistant.']);
    expect(r.provisions.map((p) => p.text)).toEqual(['Coaching to get ready for work experience.', 'A reader in all tests, from a teaching assistant.']);
  });
});
