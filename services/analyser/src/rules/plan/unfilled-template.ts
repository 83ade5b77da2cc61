// A form not yet filled in (the national template as published, an LA form with every field empty):
// one notice that says how many fields are empty; nothing else is judged.
import type { Rule } from '../api.ts';

export const rule: Rule = {
  meta: { id: 'plan.unfilled-template', order: 310, family: 'plan', sections: [], wholePlanOnly: true, data: ['empty', 'total'] },
  create(context) {
    const u = context.plan.unfilled;
    if (u) context.report({ start: 0, end: 0, section: null, data: { empty: String(u.empty), total: String(u.total) } });
  },
};
