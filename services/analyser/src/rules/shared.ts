// Small helpers several rules share.
import { rewriteProvision } from '../provision.ts';
import { rewriteOutcome } from '../outcomes.ts';
import type { PlanFacts } from '../suggest.ts';
import type { Rubric } from '../rubric.ts';
import type { JudgedOutcome, JudgedProvision } from './api.ts';
import { sectionText } from '../plan-checks.ts';
import { compileRubric, type CompiledRubric } from '../vocabulary.ts';
import type { FoundSection } from '../sections.ts';

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
  const areas = areasDescribed(b, context).filter((a) => a.provision.test(p.statement.text));
  return areas.length === 1 ? areas[0].area : null;
}

// Read once per Section B and rubric: every statement without an area of its own asks, and reading
// B afresh each time made a plan's analysis grow with its statements times its Section B.
const described = new WeakMap<FoundSection, WeakMap<Rubric, CompiledRubric['areasOfNeed']>>();

/** The areas of need (rubric areasOfNeed) whose need words Section B uses. */
function areasDescribed(b: FoundSection, context: AreaContext): CompiledRubric['areasOfNeed'] {
  let byRubric = described.get(b);
  if (!byRubric) described.set(b, (byRubric = new WeakMap()));
  let areas = byRubric.get(context.rubric);
  if (!areas) {
    const bText = sectionText(context.doc, b, context.rubric);
    areas = compileRubric(context.rubric).areasOfNeed.filter((a) => a.need.test(bText));
    byRubric.set(context.rubric, areas);
  }
  return areas;
}

// Each rule that reports a provision statement (vague term, once per term; missing what, who, how
// often, how long, extent) suggests its wording: worked out once per judged statement and analysis
// (its rubric, sections and document), not once per finding, since rewriting judges the rewrite again.
const wordings = new WeakMap<JudgedProvision, { rubric: Rubric; sections: AreaContext['sections']; doc: AreaContext['doc']; wording: string }>();

/** A provision statement's wording made specific, for the rubric's suggestion ({wording}). */
export function provisionWording(p: JudgedProvision, context: AreaContext): string {
  const known = wordings.get(p);
  if (known && known.rubric === context.rubric && known.sections === context.sections && known.doc === context.doc) return known.wording;
  const wording = rewriteProvision(p.statement.text, p.judgement, context.rubric, areaOf(p, context));
  wordings.set(p, { rubric: context.rubric, sections: context.sections, doc: context.doc, wording });
  return wording;
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
