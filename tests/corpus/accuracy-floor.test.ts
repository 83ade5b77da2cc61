// An honest floor: the analyser must beat naive baselines on the single-statement sets and on the
// text plans. It fails if the analyser regresses badly; it is not a target to tune to.
import { describe, expect, it } from 'vitest';
import { loadOutcomeLines, loadPlans, loadProvisionLines } from '../../corpus/src/corpus-files.ts';
import { evaluatePlans, evaluateStatements, loadServices } from '../../corpus/src/evaluate.ts';
import { prf, rate } from '../../corpus/src/metrics.ts';

describe('accuracy floor', () => {
  it('weak-provision and non-SMART F1 on the statement sets are at least the naive baselines', async () => {
    const { analyse } = await loadServices();
    const sb = evaluateStatements(analyse, loadProvisionLines(), loadOutcomeLines());
    const weak = prf(sb.c('provision.weak')).f1 ?? 0;
    const weakBase = prf(sb.b('provision.weak')).f1 ?? 0;
    expect(weak).toBeGreaterThanOrEqual(weakBase);
    const nonSmart = prf(sb.c('outcome.nonSmart')).f1 ?? 0;
    const nonSmartBase = prf(sb.b('outcome.nonSmart')).f1 ?? 0;
    expect(nonSmart).toBeGreaterThanOrEqual(nonSmartBase);
    expect(rate(sb.t('provision.detected'))).toBeGreaterThanOrEqual(0.6);
    expect(rate(sb.t('outcome.detected'))).toBeGreaterThanOrEqual(0.6);
  });

  it('finds most statements and sections in the text plans, and beats the vague-word baseline end to end', async () => {
    const services = await loadServices();
    const sb = await evaluatePlans(services, loadPlans(), ['txt']);
    expect(sb.errors).toEqual([]);
    expect(rate(sb.t('provision.detected'))).toBeGreaterThanOrEqual(0.75);
    expect(rate(sb.t('outcome.detected'))).toBeGreaterThanOrEqual(0.75);
    expect(prf(sb.c('sections.present.txt')).f1 ?? 0).toBeGreaterThanOrEqual(0.9);
    expect(prf(sb.c('provision.weak.e2e')).f1 ?? 0).toBeGreaterThanOrEqual(prf(sb.b('provision.weak.e2e')).f1 ?? 0);
  });
});
