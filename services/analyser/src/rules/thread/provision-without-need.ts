// The golden thread (combined tables): provision in a row with no need beside it.
import type { Rule } from '../api.ts';
import { threadBreaks } from '../../plan-checks.ts';

export const rule: Rule = {
  meta: { id: 'thread.provision-without-need', order: 300, family: 'thread', sections: ['F', 'G', 'H1', 'H2'], wholePlanOnly: true },
  create(context) {
    for (const b of threadBreaks(context.sections, context.provisions.map((p) => p.statement), context.outcomes.map((o) => o.statement), context.rubric).provisions) context.report(b);
  },
};
