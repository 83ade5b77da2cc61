// An aspiration ("wants to be a vet") written as an outcome.
import type { Rule } from '../api.ts';

export const rule: Rule = {
  meta: { id: 'outcome.aspiration', order: 90, family: 'outcome', sections: ['E'] },
  create(context) {
    for (const o of context.outcomes) {
      if (!o.judgement.isProvision && o.judgement.aspiration) context.report({ start: o.statement.start, end: o.statement.end, section: 'E' });
    }
  },
};
