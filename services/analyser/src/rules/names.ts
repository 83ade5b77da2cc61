// Plain names of rules for tables and charts (spot-check pages, CSV, docs/rules.md), from the
// rubric's `name:`, where the full message (written for one finding, with placeholders) would not fit.
import { loadRubric, type Rubric } from '../rubric.ts';

/** The rubric's plain name for a rule, or the id itself for a rule without one. */
export function ruleName(ruleId: string, rubric: Rubric = loadRubric()): string {
  return rubric.rules[ruleId]?.name ?? ruleId;
}
