// The golden thread (combined tables): a row whose outcome has no provision to achieve it.
import type { Rule } from '../api.ts';
import { threadBreaks } from '../../plan-checks.ts';

export const rule: Rule = {
  meta: { id: 'thread.outcome-without-provision', order: 290, family: 'thread', sections: ['E'], wholePlanOnly: true },
  create(context) {
    for (const b of threadBreaks(context.sections, context.provisions.map((p) => p.statement), context.outcomes.map((o) => o.statement), context.rubric).outcomes) context.report(b);
  },
};
