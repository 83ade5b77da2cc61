// The golden thread (combined tables): a row whose need has no provision beside it.
import type { Rule } from '../api.ts';
import { threadBreaks } from '../../plan-checks.ts';

export const rule: Rule = {
  meta: { id: 'thread.need-without-provision', order: 280, family: 'thread', sections: ['B', 'C', 'D'], wholePlanOnly: true },
  create(context) {
    for (const b of threadBreaks(context.sections, context.provisions.map((p) => p.statement), context.outcomes.map((o) => o.statement), context.rubric).needs) context.report(b);
  },
};
