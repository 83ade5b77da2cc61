// The accuracy report's scoring of the layout gold (row/area links, whole-document findings,
// unreadable pages, the findings limit, the expected error), checked with stand-in analysers:
// one that reports exactly what gold says scores 1, and each kind of mistake costs what it should.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../services/analyser/src/report-schema.ts';
import type { PlanGold } from '../../corpus/gold-schema.ts';
import { type CorpusPlan, loadPlans } from '../../corpus/src/corpus-files.ts';
import { type Services, Scoreboard, evaluatePlans, paragraphDocument, sameArea } from '../../corpus/src/evaluate.ts';
import { rate, prf } from '../../corpus/src/metrics.ts';

const plans = loadPlans();
const plan = (id: string) => plans.find((p) => p.id === id)!;

type Tweak = { rows?: (row: number | undefined) => unknown; area?: (a: string | undefined) => unknown; findings?: Report['findings'] };

function finding(ruleId: string, page: number | null): Report['findings'][number] {
  return { ruleId, severity: 'warning', section: null, start: 0, end: 0, page, quote: '', message: 'm', suggestion: '', reference: '' };
}

/** The report gold describes, with row/area/findings changed by `t`. */
function goldReport(g: PlanGold, t: Tweak = {}): Report {
  const row = t.rows ?? ((r) => r);
  const area = t.area ?? ((a) => a);
  return {
    schemaVersion: 1,
    document: { name: 'plan.txt', mediaType: 'text/plain', sha256: '0'.repeat(64), pages: null, characters: 0 },
    sections: g.sections.map((key) => ({ key, title: key, start: 0, end: 0, page: null, score: null, band: null })),
    missingSections: g.missingSections,
    provisions: g.provisions.map((p) => ({ section: p.section === 'H' ? 'H1' : p.section, text: p.quote, start: 0, end: 0, page: null, specific: p.specific, elements: p.elements, vagueTerms: p.vagueTerms, row: row(p.row), area: area(p.area) })),
    outcomes: g.outcomes.map((o) => ({ text: o.quote, start: 0, end: 0, page: null, smart: o.smart, measurable: o.measurable, timeBound: o.timeBound, preparingForAdulthood: o.preparingForAdulthood, row: row(o.row), area: area(o.area) })),
    plan: g.plan,
    checks: g.checks,
    findings: t.findings ?? g.expectedFindings.flatMap((f) => (f.pages ? f.pages.map((p) => finding(f.ruleId, p)) : [finding(f.ruleId, null)])),
    score: { overall: 50, band: 'x' },
    rubric: { id: 'default', version: '1' },
  } as Report;
}

const stub = (p: CorpusPlan, report: Report | null, error?: string): Services => ({
  ingest: async () => {
    if (error) throw Object.assign(new Error('stand-in failure'), { code: error });
    return paragraphDocument('stand-in');
  },
  analyse: () => report ?? goldReport(p.gold),
});

async function score(p: CorpusPlan, report: Report | null, error?: string): Promise<Scoreboard> {
  return evaluatePlans(stub(p, report, error), [p], [p.gold.formats[0]]);
}

describe('layout scoring', () => {
  it('gives a report that says what gold says 1.00 on statements, links, areas and findings', async () => {
    for (const id of ['p44', 'p50', 'p51']) {
      const sb = await score(plan(id), null);
      expect(rate(sb.t('provision.detected')), id).toBe(1);
      expect(rate(sb.t('outcome.detected')), id).toBe(1);
      if (plan(id).gold.layout === 'national') {
        expect(rate(sb.t('link.row')), id).toBe(1);
        expect(rate(sb.t('link.area')), id).toBe(1);
      }
      for (const r of ['plan.unfilled-template', 'document.unreadable-text', 'plan.placeholder-text']) expect(prf(sb.c(`finding.${r}`)).accuracy, `${id} ${r}`).toBe(1);
    }
  });

  it('counts a missing or wrong row link and a wrong area as wrong', async () => {
    const p = plan('p44');
    expect(rate((await score(p, goldReport(p.gold, { rows: () => null }))).t('link.row'))).toBe(0);
    // Every statement in one row: only statements alone in their gold row could be right, and none are.
    expect(rate((await score(p, goldReport(p.gold, { rows: () => 1 }))).t('link.row'))).toBe(0);
    // Row ids renumbered consistently are still right: only the grouping matters.
    expect(rate((await score(p, goldReport(p.gold, { rows: (r) => (r === undefined ? null : 100 + r) }))).t('link.row'))).toBe(1);
    expect(rate((await score(p, goldReport(p.gold, { area: () => 'Sensory and/or physical needs' }))).t('link.area'))).toBeLessThan(0.5);
    expect(sameArea('Social, emotional and mental health difficulties', 'Social, emotional and mental health')).toBe(true);
    expect(sameArea('Communication and interaction', 'Cognition and learning')).toBe(false);
  });

  it('scores whole-document findings by presence and unreadable pages as an exact set', async () => {
    const blank = plan('p49');
    expect(prf((await score(blank, goldReport(blank.gold, { findings: [] }))).c('finding.plan.unfilled-template')).accuracy).toBe(0);
    const flood = Array.from({ length: 16 }, () => finding('plan.unfilled-template', null));
    expect(rate((await score(blank, goldReport(blank.gold, { findings: flood }))).t('findings.withinLimit'))).toBe(0);
    expect(rate((await score(blank, null)).t('findings.withinLimit'))).toBe(1);
    const garbled = plan('p55');
    expect(rate((await score(garbled, null)).t('finding.unreadable-pages'))).toBe(1);
    expect(rate((await score(garbled, goldReport(garbled.gold, { findings: [finding('document.unreadable-text', 5)] }))).t('finding.unreadable-pages'))).toBe(0);
  });

  it('expects the unreadable_text error for a PDF with no readable page, and nothing else', async () => {
    const p = plan('p56');
    expect(rate((await score(p, null, 'unreadable_text')).t('document.error'))).toBe(1);
    expect(rate((await score(p, null, 'corrupt_file')).t('document.error'))).toBe(0);
    const analysed = await score(p, null);
    expect(rate(analysed.t('document.error'))).toBe(0);
    expect(analysed.t('provision.detected').total).toBe(0);
  });
});
