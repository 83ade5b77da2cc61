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

/** The suggestion for a provision statement: its wording made specific. */
export function provisionRewrite(p: JudgedProvision, rubric?: Rubric): string {
  return `Specific wording would say: "${rewriteProvision(p.statement.text, p.judgement, rubric)}"`;
}

/** The suggestion for an outcome: its wording made SMART, its time frame from the child's year. */
export function outcomeRewrite(o: JudgedOutcome, facts: PlanFacts = {}): string {
  return `A SMART outcome would say: "${rewriteOutcome(o.statement.text, o.judgement, facts)}"`;
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
