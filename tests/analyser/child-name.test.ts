// The child's first name, for the letter and the other-child check: read from the front sheet's name
// field wherever the field's value stands. Invented children.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { childName } from '../../services/analyser/src/rules/plan/other-child-name.ts';
import { compileRubric } from '../../services/analyser/src/vocabulary.ts';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { orgRubric } from './org-rubric.ts';

const nameIn = async (lines: string[]) => {
  const doc = await parseDocument(new TextEncoder().encode(lines.join('\n') + '\n'), 'plan.txt');
  return childName(doc, compileRubric(await loadRubric()).notNames);
};

describe("the child's name from the front sheet", () => {
  it.each([
    [['Personal details', "Child's name: Orla Fennimore", 'Date of birth: 02/03/2015'], 'Orla'],
    [['Personal details', 'Name:', 'Teodor Vance-Ashby', 'Date of Birth:', '11/09/2012'], 'Teodor'],
    [['Personal details', 'Name:\t', 'Wren Okonkwo', 'Sex:', 'Female'], 'Wren'],
    [['# Education, Health and Care Plan – Idris Penhaligon-Rae', '', 'I am 19 and I like trains.'], 'Idris'],
    [['EHC plan for Maisie Colfax', '', 'About me'], 'Maisie'],
  ])('%j gives %s', async (lines, name) => {
    expect(await nameIn(lines)).toBe(name);
  });

  it('does not take a title with no name in it', async () => {
    expect(await nameIn(['Education, Health and Care Plan – Final Version', 'Date of plan: 1 May 2026'])).toBeNull();
  });

  it('does not take the next field\'s label for the name when the field is empty', async () => {
    expect(await nameIn(['Personal details', 'Name:', 'Date of Birth:', '11/09/2012', 'Address:', 'Flat 2'])).toBeNull();
  });

  it("does not take a school's name on the line after its label", async () => {
    expect(await nameIn(['School name:', 'Oakfield Primary', 'Phase:', 'Primary'])).toBeNull();
  });
});

describe("the child's name by the rubric's words", () => {
  const withRubric = async (lines: string[], rubric: Awaited<ReturnType<typeof loadRubric>>) => {
    const doc = await parseDocument(new TextEncoder().encode(lines.join('\n') + '\n'), 'plan.txt');
    return childName(doc, compileRubric(rubric).notNames, rubric);
  };

  it("a name field is not the child's when the rubric names its owner as someone else", async () => {
    const lines = ['Personal details', 'Sponsor name: Priya Shah', 'Date of birth: 02/03/2015'];
    expect(await withRubric(lines, loadRubric())).toBe('Priya');
    expect(await withRubric(lines, orgRubric('vocabulary:\n  lists:\n    addOtherNameOwners: [sponsor]\n'))).toBeNull();
  });

  it("a name is the child's as the subject of the rubric's verbs", async () => {
    const lines = ['About me', 'Ava adores trains.', 'Ava adores buses.', 'Ava adores maps.'];
    expect(await withRubric(lines, loadRubric())).toBeNull();
    expect(await withRubric(lines, orgRubric('vocabulary:\n  lists:\n    addChildSubjectVerbs: [adores]\n'))).toBe('Ava');
  });
});
