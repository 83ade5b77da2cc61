// Vocabulary once written in TypeScript and now the rubric's (issue 11): an organisation's rubric that
// changes the list changes what is read, and no one else's. The wording is invented.
import { describe, expect, it } from 'vitest';
import { statementWords } from '../../services/analyser/src/statements.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { beforePurpose } from '../../services/analyser/src/advice/index.ts';
import { isColumnHeaderLine } from '../../services/analyser/src/sections/combined-lines.ts';
import { leadingArea } from '../../services/analyser/src/sections/areas.ts';
import { holdsProvision, readPlan } from '../../services/analyser/src/plan-checks.ts';
import { loadRubric, type Rubric } from '../../services/analyser/src/rubric.ts';
import { planWith } from '../advice/helpers.ts';
import { buildDoc, type Part } from './build-doc.ts';
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

describe("a plan's next statement that says who delivers it (lists.adviceDeliveryVerbs, adviceDeliveredThings)", () => {
  const advice: Part[] = [{ h: 'Exercise programme' }, { table: [
    ['Exercise', 'Repetitions', 'How often', 'Supervised by'],
    ['Step-ups on a low bench', '3 sets of 10', 'Every school day', 'A teaching assistant trained by the physiotherapist'],
  ] }];
  const plan = planWith([
    'Every school day, Ravi will do step-ups on a low bench, 3 sets of 10.',
    'A teaching assistant trained by his physiotherapist will coach this after lunch.',
  ]);
  const verdicts = (r: Rubric) => analyse(buildDoc(plan, 'plan.txt'), { rubric: r, advice: [buildDoc(advice, 'advice.txt')] }).advice!.map((a) => a.verdict);
  it('names the deliverer with a verb the rubric lists, for the organisation that lists it only', () => {
    expect(verdicts(loadRubric())).toEqual(['diluted']);
    expect(verdicts(orgRubric('vocabulary:\n  lists:\n    addAdviceDeliveryVerbs: [coach]\n', 'coach'))).toEqual(['carried']);
  });
});

describe('words before a purpose clause (lists.adviceNoPurposeAfter, adviceNotSubjectWords)', () => {
  it('a word the rubric lists before "to" opens no purpose, for the organisation that lists it only', () => {
    const text = 'Weekly visits from the outreach team to train staff in signing.';
    expect(beforePurpose(text, loadRubric())).toBe('Weekly visits from the outreach team');
    expect(beforePurpose(text, orgRubric('vocabulary:\n  lists:\n    addAdviceNoPurposeAfter: [team]\n', 'team'))).toBe(text);
  });
  it('a word the rubric lists keeps the words before "to" from being an action\'s subject', () => {
    const text = 'The school nurse to train all staff in giving the inhaler.';
    expect(beforePurpose(text, loadRubric())).toBe(text);
    expect(beforePurpose(text, orgRubric('vocabulary:\n  lists:\n    addAdviceNotSubjectWords: [nurse]\n', 'nurse'))).toBe('The school nurse');
  });
});

describe("a combined table's column header on a line of its own (lists.columnLineQualifiers, columnLineNames)", () => {
  const own = orgRubric('vocabulary:\n  lists:\n    addColumnLineNames: [barriers]\n    addColumnLineQualifiers: [agreed]\n', 'barriers');
  it.each([['Barriers'], ['Agreed provision:'], ['Health barriers']])('"%s" is a header line for the organisation that lists its words only', (line) => {
    expect(isColumnHeaderLine(line)).toBe(false);
    expect(isColumnHeaderLine(line, own)).toBe(true);
  });
  it.each([['Need'], ['Social care provision'], ['What will be provided:']])('"%s" is one for both', (line) => {
    expect(isColumnHeaderLine(line)).toBe(true);
    expect(isColumnHeaderLine(line, own)).toBe(true);
  });
});

describe("a section's heading repeated under it (lists.titleEchoOwners, titleEchoSubjects, titleEchoKinds, titleEchoOpenings)", () => {
  const own = orgRubric("vocabulary:\n  lists:\n    addTitleEchoSubjects: [wellbeing]\n    addTitleEchoKinds: [arrangements]\n    addTitleEchoOpenings: ['short breaks? provision']\n", 'echo');
  it.each([['Wellbeing support'], ['Care arrangements.'], ['Short break provision under the Children Act.']])('"%s" holds no provision for the organisation that lists its words only', (line) => {
    expect(holdsProvision([line])).toBe(true);
    expect(holdsProvision([line], own)).toBe(false);
  });
  it.each([['Health needs'], ["The young person's social care provision (CSDPA 1970)"]])('"%s" holds none for both', (line) => {
    expect(holdsProvision([line])).toBe(false);
    expect(holdsProvision([line], own)).toBe(false);
  });
});

describe('the broad areas of need heading a part of the plan (lists.broadAreas)', () => {
  const own = orgRubric("vocabulary:\n  lists:\n    addBroadAreas: ['independence and self[- ]care']\n", 'areas');
  it.each([['Independence and self-care'], ['Area of need: Independence and self care'], ['F2 Independence and self-care']])('"%s" heads an area for the organisation that lists it only', (line) => {
    expect(leadingArea(line)).toBeNull();
    expect(leadingArea(line, own)?.toLowerCase()).toMatch(/^independence and self[- ]care$/);
  });
  it.each([['Cognition and learning'], ['Area of need: SEMH']])('"%s" heads one for both', (line) => {
    expect(leadingArea(line)).not.toBeNull();
    expect(leadingArea(line, own)).toBe(leadingArea(line));
  });
  it("an organisation's area heads the provision under it, in a table or as a line, and is no provision itself", () => {
    const travel = orgRubric("vocabulary:\n  lists:\n    addBroadAreas: ['travel and life skills']\n", 'travel');
    const line = 'Noor will practise crossing the road with a teaching assistant for 15 minutes each week.';
    const f = [{ table: [['Travel and life skills'], [line]] }, 'Travel and life skills', line];
    for (const part of [[f[0]], f.slice(1)] as Part[][]) {
      const doc = buildDoc([{ h: 'Section F: Special educational provision' }, ...part, { h: 'Section I: Placement' }, 'Elm Park Primary School']);
      const got = (r?: Rubric) => analyse(doc, { rubric: r }).provisions.map((p) => [p.text, p.area ?? null]);
      expect(got()).toContainEqual([line, null]);
      expect(got(travel)).toEqual([[line, 'Travel and life skills']]);
    }
  });
});

describe("the year group's words (lists.yearGroupLabels, yearSchoolFields, yearPupilNouns, yearNotCurrent)", () => {
  const own = orgRubric(
    "vocabulary:\n  lists:\n    addYearGroupLabels: [cohort]\n    addYearSchoolFields: [college placement]\n    addYearPupilNouns: [scholar]\n    yearNotCurrent: [next]\n",
    'years',
  );
  const year = (lines: string[], r: Rubric = loadRubric()) => readPlan(buildDoc(['Name: Ilse Varga', ...lines, { h: 'Section F: Special educational provision' }, 'None.']), r).yearGroup;
  it.each([
    ['Cohort: 8', 8],
    ['College placement | Brook Vale Academy, Year 12', 12],
    ['Ilse, a Year 6 scholar, joined Brook Vale in May.', 6],
  ] as const)('"%s" shows the year for the organisation that lists its word only', (line, y) => {
    expect(year([line])).toBeNull();
    expect(year([line], own)).toBe(y);
  });
  it('a word it leaves out of yearNotCurrent no longer hides the year after it', () => {
    const line = 'DOB: 30/06/2014 Previous year: Year 5 School: Brook Vale';
    expect(year([line])).toBeNull();
    expect(year([line], own)).toBe(5);
  });
});
