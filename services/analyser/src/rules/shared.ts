// Small helpers several rules share.
import { rewriteProvision } from '../provision.ts';
import { rewriteOutcome } from '../outcomes.ts';
import type { PlanFacts } from '../suggest.ts';
import type { Rubric } from '../rubric.ts';
import type { JudgedOutcome, JudgedProvision } from './api.ts';
import { sectionText } from '../plan-checks.ts';
import { compileRubric } from '../vocabulary.ts';

/** The child's year, age and the plan date, from the plan reading, for suggestions fitted to the child. */
export function childFacts(context: { plan: { reading: { yearGroup: number | null; derivedYear: number | null; age: number | null; planDate: Date | null } } }): PlanFacts {
  const r = context.plan.reading;
  return { yearGroup: r.yearGroup ?? r.derivedYear, age: r.age, planDate: r.planDate };
}

type AreaContext = Pick<RuleContext, 'rubric' | 'sections' | 'doc'>;

/**
 * The area of need a provision statement meets: the plan's own (a table's or a sub-heading's), else
 * the one area Section B describes whose provision words the statement uses (rubric areasOfNeed).
 */
export function areaOf(p: JudgedProvision, context: AreaContext): string | null {
  if (p.statement.area) return p.statement.area;
  const b = context.sections.get('B');
  if (!b) return null;
  const bText = sectionText(context.doc, b);
  const areas = compileRubric(context.rubric).areasOfNeed.filter((a) => a.need.test(bText) && a.provision.test(p.statement.text));
  return areas.length === 1 ? areas[0].area : null;
}

/** A provision statement's wording made specific, for the rubric's suggestion ({wording}). */
export function provisionWording(p: JudgedProvision, context: AreaContext): string {
  return rewriteProvision(p.statement.text, p.judgement, context.rubric, areaOf(p, context));
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
