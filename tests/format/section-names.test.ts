// Every output names a section by the rubric's short name (one source): an organisation's own name
// reaches its report, letter, comparison and advice verdicts, the default's everyone else's.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { compareDocuments } from '../../services/analyser/src/compare/index.ts';
import { renderTextReport } from '../../services/analyser/src/format/text.ts';
import { renderReportHtml } from '../../services/analyser/src/format/html.ts';
import { sectionLabel } from '../../services/analyser/src/format/labels.ts';
import { loadRubric, type Rubric } from '../../services/analyser/src/rubric.ts';
import { buildDoc } from '../analyser/build-doc.ts';
import { orgRubric } from '../analyser/org-rubric.ts';

const standard = loadRubric();
const esk = orgRubric('sectionNames:\n  F: Education provision (Esk)\n  G: NHS provision (Esk)\n');
const vague = 'Maisie will have regular support as required.';
const plan = buildDoc(['Status: Final', { h: 'Section F: Special educational provision' }, { li: vague }], 'plan.txt');

describe("a section's name", () => {
  it("is the organisation's own where it renames it, and the default's for everyone else", () => {
    expect(sectionLabel('F', esk)).toBe('Section F: Education provision (Esk)');
    expect(sectionLabel('F', standard)).toBe('Section F: Special educational provision');
    expect(sectionLabel('H1', esk)).toBe(sectionLabel('H1', standard));
    const ownText = renderTextReport(analyse(plan, { rubric: esk }), { rubric: esk });
    const defText = renderTextReport(analyse(plan, { rubric: standard }), { rubric: standard });
    expect(ownText).toContain('Section F: Education provision (Esk)');
    expect(ownText).not.toContain('Section F: Special educational provision');
    expect(defText).toContain('Section F: Special educational provision');
    expect(renderReportHtml(analyse(plan, { rubric: esk }), { rubric: esk })).toContain('Section F: Education provision (Esk)');
  });

  it("names the sections a provision moved between in the organisation's words", () => {
    const therapy = 'Speech and language therapy from a speech and language therapist, 30 minutes every week.';
    const version = (inF: boolean, name: string) => buildDoc(['Status: Final', { h: 'Section F: Special educational provision' }, { li: inF ? therapy : 'A writing slope on his desk in every lesson.' }, { h: 'Section G: Health provision' }, inF ? 'None.' : { li: therapy }], name);
    const moved = (rubric: Rubric) => compareDocuments(version(true, 'old.txt'), version(false, 'new.txt'), { rubric }).changes.find((c) => c.kind === 'moved')!.detail;
    expect(moved(esk)).toMatch(/^Moved from Section F \(education provision \(Esk\)\) to Section G \(NHS provision \(Esk\)\)/);
    expect(moved(standard)).toMatch(/^Moved from Section F \(special educational provision\) to Section G \(health provision\)/);
  });
});
