// The report's points on plans the real analyser checked: one voice per statement, at most two
// annotations on a statement, a rule found in many places said once, the key points chosen by
// severity and legal force; and the wording comes from the rubric.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../services/ingest/src/index.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { loadRubric, parseRubric } from '../../services/analyser/src/rubric.ts';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { keyPoints, reportPoints } from '../../services/analyser/src/format/points.ts';
import { letterPoints } from '../../services/analyser/src/format/letter.ts';
import { WEAK_PLAN } from '../cli/plans.ts';

async function analysed(file: string): Promise<Report> {
  const doc = await ingest(new Uint8Array(fs.readFileSync(file)), { name: file.split('/').pop()! });
  return Report.parse(analyse(doc, { includeText: true }));
}

const analysedWeakPlan = async () => Report.parse(analyse(await ingest(new TextEncoder().encode(WEAK_PLAN), { name: 'weak.txt' }), { includeText: true }));

function statementAnnotations(report: Report): number[] {
  const points = reportPoints(report);
  return [...report.provisions, ...report.outcomes].map((s) => points.filter((p) => p.quote === s.text && p.findings.every((f) => f.start >= s.start && f.start < s.end)).length);
}

describe('the points of a report', () => {
  it('speak for every finding once, and give a statement one voice: what it names and what it lacks', async () => {
    const report = await analysedWeakPlan();
    const points = reportPoints(report);
    expect(points.flatMap((p) => p.findings)).toHaveLength(report.findings.length);
    expect(new Set(points.flatMap((p) => p.findings)).size).toBe(report.findings.length);
    expect(points.length).toBeLessThan(report.findings.length);
    expect(Math.max(...statementAnnotations(report))).toBeLessThanOrEqual(2);
    const several = points.filter((p) => p.findings.length > 1 && p.findings.every((f) => f.ruleId.startsWith('provision.')));
    expect(several.length).toBeGreaterThan(0);
    for (const p of several) {
      expect(p.message).toMatch(/^(?:It says [a-z ,]+, but not |It does not say |Wording such as “)/);
      expect(p.message).not.toMatch(/\{\w+\}/);
    }
    // Numbered 1..n with no gaps, and no point said twice.
    expect(points.map((p) => p.n)).toEqual(points.map((_, i) => i + 1));
    const said = points.map((p) => `${p.quote}|${p.message}`);
    expect(new Set(said).size).toBe(said.length);
  });

  it('says a rule found in many places once (a half-filled form)', async () => {
    const report = await analysed('corpus/plans/p50/plan.txt');
    const placeholders = report.findings.filter((f) => f.ruleId === 'plan.placeholder-text');
    expect(placeholders.length).toBeGreaterThan(20);
    const points = reportPoints(report);
    expect(points.filter((p) => p.ruleIds.includes('plan.placeholder-text'))).toHaveLength(1);
    expect(points.length).toBeLessThan(15);
    // The letter raises it once too, saying how often it was found.
    const raised = letterPoints(report).filter((p) => p.why.some((w) => /placeholder/i.test(w)));
    expect(raised).toHaveLength(1);
    expect(raised[0].why.join(' ')).toContain(`found in ${placeholders.length} places`);
  });

  it('puts first the most serious points, those resting on the law before those on guidance alone', async () => {
    const report = await analysed('corpus/plans/p45/plan.txt');
    const points = reportPoints(report);
    const key = keyPoints(points);
    expect(key.length).toBeGreaterThanOrEqual(3);
    expect(key.length).toBeLessThanOrEqual(5);
    const rank = (p: (typeof points)[number]) => [p.severity === 'error' ? 0 : p.severity === 'warning' ? 1 : 2, p.legal ? 0 : 1, -p.weight];
    const before = (a: number[], b: number[]) => { const i = a.findIndex((x, k) => x !== b[k]); return i >= 0 && a[i] < b[i]; };
    // No point left out outranks one chosen.
    for (const left of points.filter((x) => !key.includes(x))) for (const kept of key) expect(before(rank(left), rank(kept)), `point ${left.n} over ${kept.n}`).toBe(false);
    expect(key.some((p) => p.legal)).toBe(true);
    expect(Math.max(...statementAnnotations(report))).toBeLessThanOrEqual(2);
  });

  it('takes its words from the rubric', async () => {
    const report = await analysedWeakPlan();
    const base = loadRubric();
    const rubric = parseRubric({ ...base, annotation: { ...base.annotation!, saysBut: 'NAMES {named}; LACKS {lacks}.', saysNothing: 'LACKS {lacks}.' } }, 'test');
    const points = reportPoints(structuredClone(report), rubric);
    expect(points.some((p) => /^(?:NAMES [a-z ,]+; )?LACKS /.test(p.message))).toBe(true);
  });
});
