// Floors under the accuracy report: a change to a rule that costs real accuracy on the corpus
// fails here. The floors sit well below today's figures (see `npm run accuracy`) and well above
// the naive baselines, so they catch regressions without pinning the rules to the corpus.
import { describe, expect, it } from 'vitest';
import { loadOutcomeLines, loadPlans, loadProvisionLines } from '../../corpus/src/corpus-files.ts';
import { evaluatePlans, evaluateStatements, loadServices } from '../../corpus/src/evaluate.ts';
import { prf, rate } from '../../corpus/src/metrics.ts';

const CHECKS = ['healthNeedsWithoutProvision', 'socialCareNeedsWithoutProvision', 'preparingForAdulthoodMissing', 'therapyOnlyInHealth', 'placementInDraft', 'placementMissing', 'statementWording'];

describe('accuracy floor', () => {
  it('judges the single statements well, far above the naive baselines', async () => {
    const { analyse } = await loadServices();
    const sb = evaluateStatements(analyse, loadProvisionLines(), loadOutcomeLines());
    const f1 = (family: string) => prf(sb.c(family)).f1 ?? 0;
    const base = (family: string) => prf(sb.b(family)).f1 ?? 0;
    expect(f1('provision.weak')).toBeGreaterThanOrEqual(0.9);
    expect(f1('provision.weak')).toBeGreaterThan(base('provision.weak') + 0.2);
    expect(f1('outcome.nonSmart')).toBeGreaterThanOrEqual(0.9);
    expect(f1('outcome.nonSmart')).toBeGreaterThan(base('outcome.nonSmart') + 0.1);
    expect(f1('outcome.notMeasurable')).toBeGreaterThanOrEqual(0.85);
    expect(f1('outcome.pfa')).toBeGreaterThanOrEqual(0.85);
    expect(rate(sb.t('provision.detected'))).toBeGreaterThanOrEqual(0.95);
    expect(rate(sb.t('outcome.detected'))).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the text plans end to end: sections, statements, weak provision, every plan check', async () => {
    const services = await loadServices();
    // Floors apply to the LA forms (p01-p38); the national template and flattened layouts have none yet.
    const sb = await evaluatePlans(services, loadPlans({ layouts: ['la-form'] }), ['txt']);
    expect(sb.errors).toEqual([]);
    expect(rate(sb.t('provision.detected'))).toBeGreaterThanOrEqual(0.95);
    expect(rate(sb.t('outcome.detected'))).toBeGreaterThanOrEqual(0.95);
    expect(prf(sb.c('sections.present.txt')).f1 ?? 0).toBeGreaterThanOrEqual(0.98);
    expect(prf(sb.c('provision.weak.e2e')).f1 ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(prf(sb.c('provision.weak.e2e')).f1 ?? 0).toBeGreaterThan((prf(sb.b('provision.weak.e2e')).f1 ?? 0) + 0.2);
    for (const k of CHECKS) expect(prf(sb.c(`check.${k}`)).accuracy, k).toBeGreaterThanOrEqual(0.9);
    expect(rate(sb.t('plan.status'))).toBeGreaterThanOrEqual(0.9);
    expect(rate(sb.t('plan.yearGroup'))).toBeGreaterThanOrEqual(0.9);
  });
});
