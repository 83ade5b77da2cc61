// Vocabulary once written in TypeScript and now the rubric's (issue 11): an organisation's rubric that
// changes the list changes what is read, and no one else's. The wording is invented.
import { describe, expect, it } from 'vitest';
import { statementWords } from '../../services/analyser/src/statements.ts';
import { orgRubric } from './org-rubric.ts';

describe('words that say there is nothing (lists.noneStated)', () => {
  const tarn = orgRubric('vocabulary:\n  lists:\n    addNoneStated: [withdrawn, lapsed]\n', 'tarn');
  it.each([
    ['H2: None at this time.', true],
    ['Not needed while she is at college.', true],
    ['N/A – see Section F', true],
    ['Withdrawn at the March review.', false],
    ['G - Lapsed when the family moved.', false],
    ['Nothing here opens with a none word.', false],
  ])('a cell opening "%s" says none by default: %s', (cell, none) => {
    expect(statementWords().saysNone.test(cell)).toBe(none);
  });
  it("an organisation's own words say none in a cell and make a line empty, for it only", () => {
    for (const cell of ['Withdrawn at the March review.', 'G - Lapsed when the family moved.']) {
      expect(statementWords(tarn).saysNone.test(cell)).toBe(true);
    }
    expect(statementWords().empty.test('Withdrawn')).toBe(false);
    expect(statementWords(tarn).empty.test('Withdrawn')).toBe(true);
    expect(statementWords(tarn).empty.test('None')).toBe(true);
  });
});
