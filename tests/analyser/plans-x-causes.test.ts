// General causes behind the held-out plans p148, p149 and p151 at first sight, each on invented
// wording: none of these sentences is in a held-out plan.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { lineRole } from '../../services/analyser/src/sections/flat-table.ts';

const rubric = loadRubric();

describe('a flattened table line naming a condition: provision when someone does it', () => {
  const child = new Set(['Tomasz']);
  it.each([
    ['An epilepsy care plan written by the specialist nurse with Tomasz and his father.', 'provision'],
    ['A diabetes management plan drawn up by the diabetes nurse before September.', 'provision'],
    ['Tomasz has epilepsy and takes medicine twice a day.', 'need'],
    ['Tomasz has asthma, which is worse in cold weather.', 'need'],
  ])('%s: %s', (line, want) => {
    expect(lineRole(line, child, rubric)).toBe(want);
  });
});
