// The words that split a section into statements are the rubric's (vocabulary.statements): an
// organisation's own words change its statements and no one else's. The sentences are invented.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { loadRubric, parseRubricYaml, type Rubric } from '../../services/analyser/src/rubric.ts';
import { buildDoc, type Part } from './build-doc.ts';
import { orgRubric } from './org-rubric.ts';
import { isFieldLine, isLabelledProvision, startsOwnProvision } from '../../services/analyser/src/statement-cues.ts';

const esk = orgRubric(
  [
    'vocabulary:',
    '  statements:',
    '    addNeeds: [is anxious]',
    "    addBoilerplate: ['the panel (?:agreed|decided)']",
    '    areaHeading: { addTopics: [swimming] }',
    '    addEmpty: [to follow]',
    '    cues: { addLabels: [offer], addNamedNouns: [Hub] }',
  ].join('\n'),
);

const report = (f: Part[], rubric?: Rubric) => analyse(buildDoc([{ h: 'Section F: Special educational provision' }, ...f, { h: 'Section I: Placement' }, 'Elm Park Primary School']), { rubric });
const texts = (f: Part[], rubric?: Rubric) => report(f, rubric).provisions.map((p) => p.text);

describe("an organisation's words for splitting statements", () => {
  it.each([
    ['a need it names is not provision', 'Nour is anxious at changes of routine and needs support.'],
    ['boilerplate it names is not provision', 'The panel agreed the support set out here for Nour.'],
  ])('%s for the organisation only', (_what, line) => {
    expect(texts([line])).toEqual([line]);
    expect(texts([line], esk)).toEqual([]);
  });

  it('an item it says is empty holds nothing, for the organisation only', () => {
    expect(texts([{ li: 'To follow' }])).toEqual(['To follow']);
    expect(texts([{ li: 'To follow' }], esk)).toEqual([]);
  });

  it('an area it names heads the provision under it, for the organisation only', () => {
    const lesson = 'Nour will have a swimming lesson with a qualified instructor, 30 minutes once a week.';
    const f: Part[] = [{ li: 'Swimming', marker: '1.' }, lesson];
    expect(report(f, esk).provisions.map((p) => [p.text, p.area])).toEqual([[lesson, 'Swimming']]);
    expect(texts(f)).toEqual(['Swimming', lesson]);
  });

  it("reads a labelled line and a named team in the organisation's words only", () => {
    expect(isLabelledProvision('Offer: a calm box in class', esk)).toBe(true);
    expect(isLabelledProvision('Offer: a calm box in class', loadRubric())).toBe(false);
    expect(isFieldLine('Who: a teaching assistant', esk)).toBe(true);
    expect(isFieldLine('Who: a teaching assistant. Offer: a calm box', esk)).toBe(false);
    const visit = 'The Autism Outreach Hub will visit school once a term to advise staff.';
    expect(startsOwnProvision(visit, esk)).toBe(true);
    expect(startsOwnProvision(visit, loadRubric())).toBe(false);
  });

  it('leaves the default rubric as it was', () => {
    expect(loadRubric().vocabulary.statements.needs).not.toContain('is anxious');
  });

  it('refuses a pattern that could run without end, at its path', () => {
    const r = parseRubricYaml("extends: default\nid: x\nversion: '1'\nvocabulary:\n  statements:\n    addItems: ['(?:a+)+']\n");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].path).toBe('vocabulary.statements.addItems.0');
  });
});
