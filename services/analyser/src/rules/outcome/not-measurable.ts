// An outcome with no observable, checkable result. Services and aspirations have their own rules.
import type { Rule } from '../api.ts';
import { childFacts, outcomeWording } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'outcome.not-measurable', order: 100, family: 'outcome', sections: ['E'], data: ['wording'] },
  create(context) {
    for (const o of context.outcomes) {
      const j = o.judgement;
      if (j.isProvision || j.aspiration || j.measurable) continue;
      context.report({ start: o.statement.start, end: o.statement.end, section: 'E', data: { wording: outcomeWording(o, context.rubric, childFacts(context)) } });
    }
  },
};
