// A plan that shows no date of issue (good practice, not law).
import type { Rule } from '../api.ts';
import { hasPlanDate } from '../../plan-checks.ts';

export const rule: Rule = {
  meta: { id: 'plan.missing-date', order: 210, family: 'plan', sections: [], wholePlanOnly: true },
  create(context) {
    if (!hasPlanDate(context.doc, context.rubric)) context.report({ start: 0, end: 0, section: null });
  },
};
