// Scores (0-100) per section and overall, and their bands, from the rubric.
//  - F, G, H1, H2: the mean over statements of 1 for a specific statement, else
//    max(0, partialCap - sum of its findings' weights); no statements in F scores emptyProvisionScore.
//  - E: the mean over outcomes of 1 for SMART, else partialCap x (parts met of own/measurable/time-bound) / 3
//    minus its findings' weights.
//  - Other sections: null (nothing to judge statement by statement).
//  - Overall: the sectionWeights-weighted mean of the scored sections, minus the weights of
//    plan-level findings (missing sections, checks, placeholders…), clamped to 0-100.
import type { Finding, SectionKey } from './report-schema.ts';
import type { Rubric } from './rubric.ts';

export function band(rubric: Rubric, score: number): string {
  const sorted = [...rubric.bands].sort((a, b) => b.min - a.min);
  return (sorted.find((b) => score >= b.min) ?? sorted[sorted.length - 1]).name;
}

export interface Judged {
  start: number;
  end: number;
  good: boolean;
  /** Parts met out of the parts judged, for partial credit. */
  partial: number;
}

export function statementScore(rubric: Rubric, items: Judged[], findings: Finding[]): number | null {
  if (items.length === 0) return null;
  const cap = rubric.scoring.partialCap;
  // Findings sorted by start, so each statement's findings are found by binary search (linear overall).
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const firstAt = (pos: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let total = 0;
  for (const it of items) {
    if (it.good) {
      total += 1;
      continue;
    }
    let penalty = 0;
    for (let i = firstAt(it.start); i < sorted.length && sorted[i].start < it.end; i++) {
      if (sorted[i].end <= it.end) penalty += rubric.rules[sorted[i].ruleId]?.weight ?? 0;
    }
    total += Math.max(0, Math.min(cap * it.partial, cap - penalty));
  }
  return Math.round((100 * total) / items.length);
}

export function overallScore(rubric: Rubric, sectionScores: Map<SectionKey, number | null>, planFindings: Finding[]): number {
  let sum = 0;
  let weights = 0;
  for (const [key, score] of sectionScores) {
    const w = rubric.scoring.sectionWeights[key] ?? 0;
    if (score === null || w === 0) continue;
    sum += w * score;
    weights += w;
  }
  const base = weights > 0 ? sum / weights : 100;
  const penalty = planFindings.reduce((s, f) => s + (rubric.rules[f.ruleId]?.weight ?? 0), 0);
  return Math.max(0, Math.min(100, Math.round(base - penalty)));
}
