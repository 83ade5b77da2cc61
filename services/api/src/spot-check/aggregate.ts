// What a spot-check adds up to, from the reports of the sampled plans that are done: per rule, in
// how many plans it fired; per section, the spread of scores; the bands; and one row per plan.
import type { Report, SectionKey } from '../../../analyser/src/report-schema.ts';
import { SECTION_KEYS } from '../../../analyser/src/report-schema.ts';
import type { DocumentState } from '../store.ts';
import { ruleName } from './rule-names.ts';

export interface SampledPlan {
  documentId: string;
  name: string;
  /** 0-based place in the draw. */
  position: number;
  state: DocumentState;
  error: { code: string; message: string } | null;
  report: Report | null;
}

export interface Stats {
  count: number;
  mean: number | null;
  min: number | null;
  max: number | null;
}

export interface RuleCount {
  ruleId: string;
  name: string;
  /** Plans (done) in which the rule fired at least once. */
  plans: number;
  /** Findings of the rule over those plans. */
  findings: number;
}

export interface SectionStats extends Stats {
  key: SectionKey;
  /** Each done plan's score for the section, in draw order (null where it was not scored). */
  scores: (number | null)[];
}

export interface Aggregate {
  progress: { total: number; done: number; failed: number; pending: number };
  overall: Stats;
  rules: RuleCount[];
  sections: SectionStats[];
  bands: { band: string; plans: number }[];
}

export interface PlanRow {
  documentId: string;
  name: string;
  position: number;
  state: DocumentState;
  errorCode: string | null;
  score: number | null;
  band: string | null;
  sections: Partial<Record<SectionKey, number | null>>;
  errors: number | null;
  warnings: number | null;
  nonSpecificProvisions: number | null;
  nonSmartOutcomes: number | null;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function stats(values: number[]): Stats {
  if (values.length === 0) return { count: 0, mean: null, min: null, max: null };
  const sum = values.reduce((a, b) => a + b, 0);
  return { count: values.length, mean: round1(sum / values.length), min: Math.min(...values), max: Math.max(...values) };
}

const isPending = (s: DocumentState) => s !== 'done' && s !== 'failed';

export interface AggregateOptions {
  /** Every rule the rubric can fire: listed with 0 when no plan fired it. */
  ruleIds?: readonly string[];
  /** Band names, best first: listed with 0 when no plan fell in them. */
  bandOrder?: readonly string[];
  /** Each rule's level and weight in the rubric: the rules are listed by legal weight, requirements first. */
  ruleWeights?: Readonly<Record<string, { severity: 'error' | 'warning' | 'info'; weight: number }>>;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export function aggregate(plans: SampledPlan[], opts: AggregateOptions = {}): Aggregate {
  const ordered = [...plans].sort((a, b) => a.position - b.position);
  const done = ordered.filter((p) => p.state === 'done' && p.report) as (SampledPlan & { report: Report })[];

  const rules = new Map<string, RuleCount>();
  for (const id of opts.ruleIds ?? []) rules.set(id, { ruleId: id, name: ruleName(id), plans: 0, findings: 0 });
  for (const p of done) {
    const seen = new Set<string>();
    for (const f of p.report.findings) {
      let r = rules.get(f.ruleId);
      if (!r) rules.set(f.ruleId, (r = { ruleId: f.ruleId, name: ruleName(f.ruleId), plans: 0, findings: 0 }));
      r.findings += 1;
      if (!seen.has(f.ruleId)) {
        seen.add(f.ruleId);
        r.plans += 1;
      }
    }
  }

  const sections: SectionStats[] = [];
  for (const key of SECTION_KEYS) {
    const scores = done.map((p) => p.report.sections.find((s) => s.key === key && s.score !== null)?.score ?? null);
    const values = scores.filter((s): s is number => s !== null);
    if (values.length > 0) sections.push({ key, ...stats(values), scores });
  }

  const bandCounts = new Map<string, number>((opts.bandOrder ?? []).map((b) => [b, 0]));
  for (const p of done) bandCounts.set(p.report.score.band, (bandCounts.get(p.report.score.band) ?? 0) + 1);

  return {
    progress: {
      total: ordered.length,
      done: done.length,
      failed: ordered.filter((p) => p.state === 'failed').length,
      pending: ordered.filter((p) => isPending(p.state)).length,
    },
    overall: stats(done.map((p) => p.report.score.overall)),
    // What the law requires (errors) before good practice (warnings) and recommendations (info), the
    // heavier rule first within each; then how many plans it was found in.
    rules: [...rules.values()].sort((a, b) => {
      const wa = opts.ruleWeights?.[a.ruleId];
      const wb = opts.ruleWeights?.[b.ruleId];
      const rank = (w: typeof wa) => (w ? SEVERITY_RANK[w.severity] : 3);
      return rank(wa) - rank(wb) || (wb?.weight ?? 0) - (wa?.weight ?? 0) || b.plans - a.plans || b.findings - a.findings || (a.ruleId < b.ruleId ? -1 : 1);
    }),
    sections,
    bands: [...bandCounts].map(([band, n]) => ({ band, plans: n })),
  };
}

/** The per-plan table, in draw order; the numbers are null until a plan is done. */
export function planRows(plans: SampledPlan[], sectionKeys: readonly SectionKey[]): PlanRow[] {
  return [...plans]
    .sort((a, b) => a.position - b.position)
    .map((p) => {
      const r = p.state === 'done' ? p.report : null;
      const count = (sev: string) => (r ? r.findings.filter((f) => f.severity === sev).length : null);
      return {
        documentId: p.documentId,
        name: p.name,
        position: p.position,
        state: p.state,
        errorCode: p.state === 'failed' ? (p.error?.code ?? 'internal_error') : null,
        score: r ? r.score.overall : null,
        band: r ? r.score.band : null,
        sections: Object.fromEntries(sectionKeys.map((k) => [k, r ? (r.sections.find((s) => s.key === k)?.score ?? null) : null])),
        errors: count('error'),
        warnings: count('warning'),
        nonSpecificProvisions: r ? r.provisions.filter((x) => !x.specific).length : null,
        nonSmartOutcomes: r ? r.outcomes.filter((x) => !x.smart).length : null,
      };
    });
}

/** Lowest score first (the plans most in need of attention); plans without a score last, in draw order. */
export function rankPlans(rows: PlanRow[]): PlanRow[] {
  return [...rows].sort((a, b) => (a.score ?? 1000) - (b.score ?? 1000) || a.position - b.position);
}
