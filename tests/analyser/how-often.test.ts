// How often a statement happens is read once for a rate (quantities.ts: periodsIn): the judges'
// frequency (findAmount's period) asks it first, then the other ways of saying how often
// (vocabulary.frequencies). Invented statements.
import { describe, expect, it } from 'vitest';
import { findAmount, periodsIn } from '../../services/analyser/src/quantities.ts';
import { orgRubric } from './org-rubric.ts';

describe("the judges' frequency reads the one rate reader", () => {
  it.each([
    ['Handwriting practice fortnightly with a teaching assistant.', true],
    ['A check-in with the SENCo every other Tuesday.', true],
    ['Social skills group on Mondays and Thursdays.', true],
    ['A worry diary with her key adult on Sunday evenings.', true],
    ['Medication given nightly by her parents.', true],
    ['A movement break before each new topic.', true],
    ['Access to a quiet room when needed.', false],
  ] as const)('%s', (text, period) => {
    expect(findAmount(text).period).toBe(period);
  });

  it("an organisation's rate adverb is a frequency for the judges as for the comparison", () => {
    const quarterly = orgRubric('vocabulary:\n  comparisonWords:\n    addPeriodAdverbs: [quarterly]\n', 'quarter');
    const text = 'A review of his hearing aids quarterly by the audiologist.';
    expect(findAmount(text).period).toBe(false);
    expect(periodsIn(text)).toHaveLength(0);
    expect(findAmount(text, quarterly).period).toBe(true);
    expect(periodsIn(text, quarterly)).toHaveLength(1);
  });
});
