// The formatters on a report the real analyser produced (not a hand-made one).
import { describe, expect, it } from 'vitest';
import { ingest } from '../../services/ingest/src/index.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { numberFindings, renderReportHtml } from '../../services/analyser/src/format/html.ts';
import { renderLetter } from '../../services/analyser/src/format/letter.ts';
import { renderTextReport } from '../../services/analyser/src/format/text.ts';
import { reportPoints } from '../../services/analyser/src/format/points.ts';
import { WEAK_PLAN } from '../cli/plans.ts';
import { expectSelfContainedPage } from './html-checks.ts';

export async function analysedWeakPlan(): Promise<Report> {
  const doc = await ingest(new TextEncoder().encode(WEAK_PLAN), { name: 'weak.txt' });
  return Report.parse(analyse(doc, { includeText: true }));
}

describe('formatters on an analysed plan', () => {
  it('the page explains every finding and highlights every located one', async () => {
    const report = await analysedWeakPlan();
    expect(report.findings.length).toBeGreaterThan(5);
    const html = renderReportHtml(report);
    expectSelfContainedPage(html);
    for (const { n, located } of numberFindings(report)) {
      expect(html).toContain(`id="r1-f${n}"`);
      expect(html.includes(`id="r1-m${n}"`)).toBe(located);
    }
  });

  it('the letter quotes every provision that is not specific and every outcome that is not SMART', async () => {
    const report = await analysedWeakPlan();
    const letter = renderLetter(report);
    const weak = report.provisions.filter((p) => !p.specific);
    expect(weak.length).toBeGreaterThanOrEqual(3);
    for (const p of weak) expect(letter.text).toContain(`Section ${p.section}: "${p.text}"`);
    for (const o of report.outcomes.filter((x) => !x.smart)) expect(letter.text).toContain(`"${o.text}"`);
  });

  it('the listing gives every point, and with findings: true every finding', async () => {
    const report = await analysedWeakPlan();
    const text = renderTextReport(report);
    for (const p of reportPoints(report)) expect(text).toContain(`${p.message}  ${p.ruleIds.join(', ')}`);
    const every = renderTextReport(report, { findings: true });
    for (const f of report.findings) expect(every).toContain(`${f.message}  ${f.ruleId}`);
  });
});
