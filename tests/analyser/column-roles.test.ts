// A table's column vocabulary is the rubric's (vocabulary.columnRoles): an organisation's rubric that
// adds a word reads a header the default does not know. Invented child.
import { describe, expect, it } from 'vitest';
import { columnRole, endsWithNeedWord, headerSectionByTitle, headerWords, isHeaderRow, namesColumn, namesColumns } from '../../services/analyser/src/sections/columns.ts';
import { fieldRole } from '../../services/analyser/src/sections/records.ts';
import { findSections, titlesOf } from '../../services/analyser/src/sections.ts';
import { provisionStatements } from '../../services/analyser/src/statements.ts';
import { loadRubric, parseRubric } from '../../services/analyser/src/rubric.ts';
import { buildDoc } from './build-doc.ts';
import { orgRubric } from './org-rubric.ts';

const strand = () => orgRubric('vocabulary:\n  columnRoles:\n    addLabel: [strand]\n    addHeaderWords: [strand]\n', 'strand');

describe("the rubric's column roles", () => {
  it('reads the default roles from the default rubric, with or without it given', () => {
    for (const rubric of [undefined, loadRubric()]) {
      expect(columnRole('Area of need', rubric)).toBe('label');
      expect(columnRole('By when?', rubric)).toBe('time');
      expect(columnRole('Outcomes', rubric)).toBe('outcome');
      expect(columnRole('Needs', rubric)).toBe('need');
      expect(columnRole('Support needed', rubric)).toBe('provision');
      expect(columnRole('Strand', rubric)).toBe('other');
    }
  });

  it('an organisation that adds a label column word reads that header as a label column', () => {
    const rubric = strand();
    expect(columnRole('Strand', rubric)).toBe('label');
    expect(columnRole('Strands', rubric)).toBe('label');
    expect(columnRole('Area of need', rubric)).toBe('label');
    expect(headerWords(rubric).test('Strand')).toBe(true);
    expect(headerWords().test('Strand')).toBe(false);
    const row = { cells: ['Strand', 'Detail'].map((text, i) => ({ text, start: i * 10, end: i * 10 + text.length })), page: null };
    expect(isHeaderRow(titlesOf(rubric), row as never, rubric)).toBe(true);
    expect(isHeaderRow(titlesOf(), row as never)).toBe(false);
  });

  it("a provision table's label column is left out of its provision under the rubric that names it", () => {
    const doc = () =>
      buildDoc([
        { h: 'Section F – Special educational provision' },
        { table: [['Strand', 'Provision', 'Staffing'], ['Cognition and learning', 'Precision teaching of high-frequency words, 3 x 10 minutes a week', 'Teaching assistant']] },
        { h: 'Section G – Health provision' },
        'None.',
      ]);
    const texts = (rubric?: ReturnType<typeof strand>) => {
      const f = findSections(doc(), undefined, rubric).find((s) => s.key === 'F')!;
      return provisionStatements(f, { rubric: rubric ?? loadRubric() }).map((s) => s.text);
    };
    expect(texts().some((t) => t.includes('Cognition and learning'))).toBe(true);
    expect(texts(strand()).some((t) => t.includes('Cognition and learning'))).toBe(false);
    expect(texts(strand()).some((t) => t.includes('Precision teaching'))).toBe(true);
  });

  it("a form's need label ends with the rubric's need word (columnRoles.needLabelEnds)", () => {
    expect(fieldRole('Need')).toBe('need');
    expect(fieldRole('Special educational needs:')).toBe('need');
    expect(fieldRole('Learning difficulties')).toBe('need');
    expect(fieldRole('Need Tomas finds')).toBe(null);
    expect(endsWithNeedWord('Barriers')).toBe(false);
    const barriers = orgRubric('vocabulary:\n  columnRoles:\n    addNeedLabelEnds: [barriers]\n', 'barriers');
    expect(endsWithNeedWord('Barriers', barriers)).toBe(true);
    expect(fieldRole('Barriers to learning', barriers)).toBe(null);
    expect(fieldRole('Learning barriers', barriers)).toBe('need');
  });

  it("a rubric written before needLabelEnds still loads, and reads the default's need labels", () => {
    const old = structuredClone(loadRubric()) as unknown as { vocabulary: { columnRoles: Record<string, unknown> } };
    delete old.vocabulary.columnRoles.needLabelEnds;
    const rubric = parseRubric(old);
    expect(rubric.vocabulary.columnRoles.needLabelEnds).toEqual(loadRubric().vocabulary.columnRoles.needLabelEnds);
    expect(fieldRole('Special educational needs', rubric)).toBe('need');
  });

  it("a cell names its column by the rubric's headerWords and headerOpenings; a data row's words and F's opening are the rubric's too", () => {
    const row = (...texts: string[]) => ({ cells: texts.map((text, i) => ({ text, start: i * 40, end: i * 40 + text.length })), page: null }) as never;
    expect(namesColumn('Delivered by')).toBe(true);
    expect(namesColumn('Notes')).toBe(true);
    expect(namesColumn('Strand')).toBe(false);
    expect(namesColumns(row('Provision', 'Who', 'How often'))).toBe(true);
    expect(namesColumns(row('Provision', 'Teaching assistant', 'Every lesson'))).toBe(false);
    expect(headerSectionByTitle(titlesOf(), 'Provision to be made')).toBe('F');
    const own = orgRubric("vocabulary:\n  columnRoles:\n    addHeaderOpenings: [strand]\n    addProvisionOpenings: [arrangements]\n", 'own');
    expect(namesColumn('Strand', own)).toBe(true);
    expect(headerSectionByTitle(titlesOf(own), 'Arrangements', own)).toBe('F');
    expect(headerSectionByTitle(titlesOf(), 'Arrangements')).toBe(null);
  });
});
