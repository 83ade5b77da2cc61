// General causes of verdicts at the margin of held-out sets 17, 20 and 23: one concept put two ways
// in the advice and the plan (rubric vocabulary.matchSynonyms timeout), each on wording written for this test.
import { describe, expect, it } from 'vitest';
import { tokens } from '../../services/analyser/src/advice/similarity.ts';
import { adviceVerdicts, rubric } from './helpers.ts';
import type { Part } from '../analyser/build-doc.ts';

// (No child's name: the plan has no Section A to say it is one.)
// A plan whose Section F statements are paragraphs of their own, one a line.
const planOf = (f: string[]): Part[] => [{ h: 'Section F: Special educational provision' }, ...f, { h: 'Section G: Health provision' }, 'None.', { h: 'Section I: Placement' }, 'Brook Street Primary School.'];

describe('leaving a lesson, however the determiner is put, is the time-out concept', () => {
  const cases: [string, boolean][] = [
    ['She may leave any lesson when she feels overwhelmed.', true],
    ['He can leave each lesson five minutes early.', true],
    ['Leave their classroom with a pass.', true],
    ['She will leave lessons early to avoid the crowds.', true],
    ['She will leave school at 3pm.', false],
  ];
  for (const [line, folded] of cases) {
    it(`${folded ? 'folds' : 'does not fold'}: ${line}`, () => {
      expect(tokens(line, new Set(), rubric).includes('timeout')).toBe(folded);
    });
  }
});

describe('a vague plan statement naming the same concept in other words dilutes the advice', () => {
  const cases: [string, string, string][] = [
    [
      'She should be able to leave any lesson without giving a reason, using a pass, and go to the library where a mentor meets her.',
      'She will have a time out pass.',
      'A writing slope will be provided for written work.',
    ],
    [
      'Jay should be allowed to leave the classroom without asking, using a card, and sit in the library for up to ten minutes.',
      'Jay will have an exit card.',
      'A laptop will be provided for extended writing.',
    ],
  ];
  for (const [rec, vague, other] of cases) {
    it(`matches the vague statement, not missing: ${rec.slice(0, 50)}…`, () => {
      const [v] = adviceVerdicts(planOf([other, vague, 'Staff will check his understanding of instructions.']), [{ h: 'Recommendations' }, rec]);
      expect(v.verdict).not.toBe('missing');
      expect(v.matched).toBe(vague);
    });
  }
});
