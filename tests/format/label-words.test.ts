// The reports' own labels are the rubric's (`labels`): an organisation's own wording reaches its web
// page and terminal listing, the default's everyone else's, and an unknown label is refused.
import { describe, expect, it } from 'vitest';
import { renderReportHtml, renderReportsHtml } from '../../services/analyser/src/format/html.ts';
import { renderText, renderTextReport } from '../../services/analyser/src/format/text.ts';
import { counted, listWords, sectionLabel } from '../../services/analyser/src/format/labels.ts';
import { loadRubric, parseRubricYaml } from '../../services/analyser/src/rubric.ts';
import { cleanReport, sampleReport } from './fixtures/sample-reports.ts';
import { orgRubric } from '../analyser/org-rubric.ts';

const standard = loadRubric();
const esk = orgRubric([
  'labels:',
  '  severity: { short: { error: Esk must } }',
  '  wholePlan: Esk whole plan',
  '  and: "& also"',
  '  counts: { point: { one: "{n} Esk item", many: "{n} Esk items" } }',
  '  html: { summary: Esk summary, planWords: "The Esk plan\'s words", guide: "Esk <guide>" }',
  '  text: { noProblems: Esk all clear, sections: "Esk sections {found} / {missing}", allClear: "Esk: {files} fine" }',
].join('\n') + '\n');

describe("the reports' own labels", () => {
  const report = sampleReport({ includeText: true });

  it("are the organisation's own on its web page, escaped as text, and the default's for everyone else", () => {
    const own = renderReportHtml(report, { rubric: esk });
    const def = renderReportHtml(report, { rubric: standard });
    expect(own).toContain('>Esk summary</h2>');
    expect(own).toContain('Esk must</span>');
    expect(own).toContain('<p class="note">Esk &lt;guide&gt;</p>');
    expect(own).toContain("The Esk plan's words");
    expect(own).not.toContain('>Summary</h2>');
    expect(def).toContain('>Summary</h2>');
    expect(def).toContain(': Must fix</span>');
    expect(def).not.toContain('Esk');
    // Labels they leave alone are the default's.
    expect(own).toContain('What the plan does well');
  });

  it("are the organisation's own in its terminal listing", () => {
    const own = renderTextReport(report, { rubric: esk });
    expect(own).toMatch(/Esk sections [A-K ]+ \/ /);
    expect(renderTextReport(report, { rubric: standard })).toMatch(/Sections: found [A-K ]+; missing /);
    expect(renderText([cleanReport()], { rubric: esk })).toContain('Esk: 1 file fine');
    expect(renderText([cleanReport()], { rubric: standard })).toContain('✔ No problems found in 1 file');
  });

  it('count and list in the organisation\'s words', () => {
    expect(counted(1, 'point', esk)).toBe('1 Esk item');
    expect(counted(3, 'point', esk)).toBe('3 Esk items');
    expect(counted(3, 'point', standard)).toBe('3 points');
    expect(listWords(['D', 'H1', 'H2'], esk)).toBe('D, H1 & also H2');
    expect(listWords(['D', 'H1', 'H2'], standard)).toBe('D, H1 and H2');
    expect(sectionLabel(null, esk)).toBe('Esk whole plan');
    expect(renderReportsHtml([report, cleanReport()], { rubric: esk })).toContain('Esk summary');
  });

  it('refuses a label it does not know, at its path', () => {
    const r = parseRubricYaml("extends: default\nid: x\nversion: '1'\nlabels:\n  html:\n    sumary: Typo\n");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain('labels.html');
  });
});
