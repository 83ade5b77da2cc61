// Small helpers several rules share.
import { rewriteProvision } from '../provision.ts';
import { rewriteOutcome } from '../outcomes.ts';
import type { PlanFacts } from '../suggest.ts';
import type { Rubric } from '../rubric.ts';
import type { JudgedOutcome, JudgedProvision } from './api.ts';

/** The child's year, age and the plan date, from the plan reading, for suggestions fitted to the child. */
export function childFacts(context: { plan: { reading: { yearGroup: number | null; derivedYear: number | null; age: number | null; planDate: Date | null } } }): PlanFacts {
  const r = context.plan.reading;
  return { yearGroup: r.yearGroup ?? r.derivedYear, age: r.age, planDate: r.planDate };
}

/** A provision statement's wording made specific, for the rubric's suggestion ({wording}). */
export function provisionWording(p: JudgedProvision, rubric: Rubric): string {
  return rewriteProvision(p.statement.text, p.judgement, rubric, p.statement.area ?? null);
}

/** An outcome's wording made SMART, its time frame from the child's year, for the rubric's suggestion ({wording}). */
export function outcomeWording(o: JudgedOutcome, rubric: Rubric, facts: PlanFacts = {}): string {
  return rewriteOutcome(o.statement.text, o.judgement, rubric, facts);
}
import type { Checks } from '../report-schema.ts';
import type { RuleContext } from './api.ts';

/** A rule that reports one of the plan checks (report.checks) where the check placed it. */
export function reportCheck(key: keyof Checks): (context: RuleContext) => void {
  return (context) => {
    const at = context.plan.checkAt[key];
    if (context.plan.checks[key] && at) context.report({ start: at.start, end: at.end, section: at.section });
  };
}
