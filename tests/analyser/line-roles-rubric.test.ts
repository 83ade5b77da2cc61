// A flattened combined table's lines are read with the rubric given (vocabulary.lineRoles): an
// organisation's need words, conditions and "will need" words decide which column a line came from.
import { describe, expect, it } from 'vitest';
import { lineRole } from '../../services/analyser/src/sections/flat-table.ts';
import { orgRubric } from './org-rubric.ts';

const child = new Set(['Zara']);

describe("a flattened table's line roles read the rubric's lineRoles", () => {
  it('a need word or a condition an organisation adds makes its line a need', () => {
    const r = orgRubric('vocabulary:\n  lineRoles:\n    addNeeds: [tires easily]\n    addConditions: [hypermobility]\n');
    expect(lineRole('Tires easily on long walks.', child)).toBe('provision');
    expect(lineRole('Tires easily on long walks.', child, r)).toBe('need');
    expect(lineRole('Hypermobility in both knees.', child)).toBe('provision');
    expect(lineRole('Hypermobility in both knees.', child, r)).toBe('need');
  });

  it('a condition at the opening is a need only by the words the rubric gives', () => {
    const r = orgRubric('vocabulary:\n  lineRoles:\n    openingConditions: []\n');
    expect(lineRole('Autism spectrum disorder.', child)).toBe('need');
    expect(lineRole('Autism spectrum disorder.', child, r)).toBe('provision');
  });

  it('what the child will need is a need, unless the rubric says the words after it make a result', () => {
    const r = orgRubric('vocabulary:\n  lineRoles:\n    lessAfter: []\n');
    expect(lineRole('Zara will need fewer prompts by July.', child)).toBe('outcome');
    expect(lineRole('Zara will need fewer prompts by July.', child, r)).toBe('need');
  });

  it("being given help, who delivers and a provider as the subject are the rubric's words too", () => {
    const r = orgRubric('vocabulary:\n  lineRoles:\n    addReceives: [borrows]\n    addDeliveredBy: [overseen by]\n    addProviderSubjects: [grandma]\n');
    const mia = new Set(['Mia']);
    expect(lineRole('Mia borrows a laptop from the library.', mia)).toBe('need');
    expect(lineRole('Mia borrows a laptop from the library.', mia, r)).toBe('provision');
    expect(lineRole('Reading difficulties, overseen by the SENCo.', mia)).toBe('need');
    expect(lineRole('Reading difficulties, overseen by the SENCo.', mia, r)).toBe('provision');
    expect(lineRole("Mia's grandma will walk her to the bus.", mia)).toBe('outcome');
    expect(lineRole("Mia's grandma will walk her to the bus.", mia, r)).toBe('provision');
  });
});
