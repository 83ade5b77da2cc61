// The rule API, in the style of ESLint: a rule module exports `meta` and `create(context)`; `create`
// reads the facts the judges established and reports findings, with spans, through the context.
// Messages, suggestions and legal references are not written here: they come from the rubric entry
// with the rule's id (rubrics/default.yaml), so a local authority can reword them.
import type { StructuredDocument } from '../../../ingest/src/document.ts';
import type { Checks, SectionKey } from '../report-schema.ts';
import type { Rubric } from '../rubric.ts';
import type { FoundSection } from '../sections.ts';
import type { Statement } from '../statements.ts';
import type { ProvisionJudgement } from '../provision.ts';
import type { OutcomeJudgement } from '../outcomes.ts';
import type { PlanReading } from '../plan-checks.ts';
import type { AdviceVerdict } from '../advice/index.ts';

/** Families group rules in reports, docs and accuracy figures: the id's first part. */
export type RuleFamily = 'section' | 'provision' | 'outcome' | 'plan' | 'thread' | 'document' | 'advice';

export interface RuleMeta {
  /** Stable id, "family.name"; the rubric entry with this id holds the rule's words and level. */
  id: string;
  /** Where the rule runs among the others, lowest first: the order its findings are listed in
   *  when they share a span with another rule's. Unique; leave gaps (10, 20…) to insert between. */
  order: number;
  family: RuleFamily;
  /** The sections the rule reads or reports in; empty for the plan as a whole. */
  sections: readonly SectionKey[];
  /** Only for a whole plan (not for one section checked alone, `--section`). */
  wholePlanOnly?: boolean;
  /** Template variables the rule passes to its message and suggestion ({term}, {rewrite}…). */
  data?: readonly string[];
  /** The plan check (report.checks) the rule reports, for pages that explain checks. */
  check?: keyof Checks;
  /** Ids of the other wordings the rule picks from its rubric entry's `messages`. */
  messages?: readonly string[];
}

export interface Span {
  start: number;
  end: number;
}

/** One provision statement of F, G, H1 or H2 with its judgement. */
export interface JudgedProvision {
  section: SectionKey;
  statement: Statement;
  judgement: ProvisionJudgement;
}

/** One outcome of Section E with its judgement. */
export interface JudgedOutcome {
  statement: Statement;
  judgement: OutcomeJudgement;
}

/** Where a true plan check (report.checks) is reported. */
export interface CheckSpan extends Span {
  section: SectionKey | null;
}

export interface PlanFacts {
  reading: PlanReading;
  checks: Checks;
  /** The place to report each true check. */
  checkAt: Partial<Record<keyof Checks, CheckSpan>>;
  /** A form not yet filled in: how many of its fields are empty (null for a plan). */
  unfilled?: { empty: number; total: number } | null;
}

export interface Descriptor {
  /** A message other than the rubric's (rare: the rubric is the source of words). */
  message?: string;
  /** Names one of the rubric entry's `messages`; without it the entry's `message`. */
  messageId?: string;
  start: number;
  end: number;
  section: SectionKey | null;
  /** Values for the {placeholders} of the message and suggestion. */
  data?: Record<string, string>;
}

export interface RuleContext {
  readonly id: string;
  readonly doc: StructuredDocument;
  readonly rubric: Rubric;
  /** The sections found, in document order, and by key. */
  readonly found: readonly FoundSection[];
  readonly sections: ReadonlyMap<SectionKey, FoundSection>;
  /** False when one section is checked alone (`--section`): plan-wide rules stay silent. */
  readonly wholePlan: boolean;
  readonly provisions: readonly JudgedProvision[];
  readonly outcomes: readonly JudgedOutcome[];
  readonly plan: PlanFacts;
  /** Each recommendation of the advice given with the plan (`--advice`) and its verdict; empty without advice. */
  readonly advice: readonly AdviceVerdict[];
  sectionAt(offset: number): SectionKey | null;
  /** Where a phrase found in a statement's judged text sits in the document. */
  locate(statement: Statement, rel: Span): Span;
  report(d: Descriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): void;
}
