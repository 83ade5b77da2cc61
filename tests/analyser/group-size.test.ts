// A group's size is read once (quantities.ts: groupIn), for the judges (does a statement give one: the
// groupSize element) and for the comparison (how big). Invented statements.
import { describe, expect, it } from 'vitest';
import { groupIn } from '../../services/analyser/src/quantities.ts';
import { judgeProvision } from '../../services/analyser/src/provision.ts';
import { readGroup } from '../../services/analyser/src/compare/amounts.ts';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { orgRubric } from './org-rubric.ts';
import { synonymTokens, tokens } from '../../services/analyser/src/advice/similarity.ts';

const standard = loadRubric();

describe('groupIn: one reader for the judges and the comparison', () => {
  it.each([
    ['Phonics with a teaching assistant 1:1, 20 minutes daily.', 1, true],
    ['A social skills group of up to 6 pupils, weekly.', 6, true],
    ['Lego therapy with 3 other pupils each Tuesday.', 4, true],
    ['Maths in pairs, three times a week.', 2, true],
    ['Whole-class input on vocabulary.', 30, true],
    // Named, no size given: the comparison reads one, the judges do not count it.
    ['Reading in a small group with the class teacher.', 5, false],
    ['Nurture group every afternoon.', 8, false],
    // A size the comparison does not read.
    ['Support from two adults (2:1) at break and lunch.', null, true],
    ['A lunchtime club for eight children, daily.', null, true],
  ] as const)('%s', (text, size, stated) => {
    const g = groupIn(text);
    expect(g?.size ?? null).toBe(size);
    expect(g?.stated).toBe(stated);
    expect(judgeProvision(text, standard).elements.groupSize).toBe(stated);
    expect(readGroup(text)?.size ?? null).toBe(size);
  });

  it('names no group where there is none', () => {
    expect(groupIn('Speech and language therapy, 30 minutes weekly.')).toBeNull();
  });

  it("an organisation's group words change the judges' reading and the comparison's alike", () => {
    const trio = orgRubric("vocabulary:\n  comparisonWords:\n    addGroupWords:\n      - { size: 3, patterns: ['in (?:a )?trios?'] }\n", 'trio');
    const text = 'Spelling practice in trios, three times a week.';
    expect(judgeProvision(text, standard).elements.groupSize).toBe(false);
    expect(judgeProvision(text, trio).elements.groupSize).toBe(true);
    expect(readGroup(text)).toBeNull();
    expect(readGroup(text, trio)?.size).toBe(3);
  });

  it("an organisation's rubric written before the two tables were one still reads its group-size patterns (addGroupSizes)", () => {
    const older = orgRubric("vocabulary:\n  addGroupSizes:\n    - 'in (?:a )?trios?'\n", 'older');
    const text = 'Spelling practice in trios, three times a week.';
    expect(judgeProvision(text, older).elements.groupSize).toBe(true);
    expect(judgeProvision('Speech and language therapy, 30 minutes weekly.', older).elements.groupSize).toBe(false);
  });

  it("one-to-one and a small group are written once (lists.individualWork, smallGroup): an organisation's word reaches the group reader and advice matching alike", () => {
    const tete = orgRubric("vocabulary:\n  lists:\n    addIndividualWork: ['t[eê]te-[aà]-t[eê]te']\n    addSmallGroup: ['little group']\n", 'tete');
    const text = 'Reading practice tete-a-tete with a teaching assistant, daily.';
    expect(groupIn(text)).toBeNull();
    expect(groupIn(text, tete)?.size).toBe(1);
    expect(tokens(text, new Set(), tete)).toContain('onetoone');
    expect(tokens(text)).not.toContain('onetoone');
    expect(synonymTokens(tete).has('group')).toBe(true);
    expect(groupIn('Phonics in little groups twice a week.', tete)).toMatchObject({ size: 5, stated: false });
    expect(tokens('Phonics in a little group twice a week.', new Set(), tete)).toContain('group');
  });
});
