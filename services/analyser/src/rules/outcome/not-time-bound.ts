// An outcome that does not say by when. Services and aspirations have their own rules.
import type { Rule } from '../api.ts';
import { childFacts, outcomeWording } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'outcome.not-time-bound', order: 110, family: 'outcome', sections: ['E'], data: ['wording'] },
  create(context) {
    for (const o of context.outcomes) {
      const j = o.judgement;
      if (j.isProvision || j.aspiration || j.timeBound) continue;
      context.report({ start: o.statement.start, end: o.statement.end, section: 'E', data: { wording: outcomeWording(o, context.rubric, childFacts(context)) } });
    }
  },
};
