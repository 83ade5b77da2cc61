// Gold labels of one plan that must agree with each other, whatever the plan (main or held-out set).
import { expect } from 'vitest';
import type { CorpusPlan } from '../../corpus/src/corpus-files.ts';

const THERAPY = /speech and language therap|occupational therap|physiotherap/i;

export function expectChecksConsistent({ id, gold: g }: Pick<CorpusPlan, 'id' | 'gold'>): void {
  if (g.checks.preparingForAdulthoodMissing) expect(g.outcomes.some((o) => o.preparingForAdulthood), id).toBe(false);
  if (g.checks.placementInDraft) expect(g.plan.status, id).toBe('draft');
  if (g.checks.placementMissing) expect(g.plan.status, id).toBe('final');
  if (g.checks.socialCareNeedsWithoutProvision) expect(g.provisions.some((s) => s.section.startsWith('H')), id).toBe(false);
  if (g.checks.healthNeedsWithoutProvision) expect(g.provisions.some((s) => s.section === 'G'), id).toBe(false);
  if (g.checks.therapyOnlyInHealth) {
    expect(g.provisions.some((s) => s.section === 'F' && THERAPY.test(s.quote)), id).toBe(false);
    expect(g.provisions.some((s) => s.section !== 'F' && THERAPY.test(s.quote)), id).toBe(true);
  }
}
