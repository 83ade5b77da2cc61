// An "outcome" that describes a service the child will receive, not a result for the child.
import type { Rule } from '../api.ts';

export const rule: Rule = {
  meta: { id: 'outcome.is-provision', order: 80, family: 'outcome', sections: ['E'] },
  create(context) {
    for (const o of context.outcomes) {
      if (o.judgement.isProvision) context.report({ start: o.statement.start, end: o.statement.end, section: 'E' });
    }
  },
};
