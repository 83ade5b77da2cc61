// Vague wording that leaves provision unenforceable: hedges ("as required") wherever they govern,
// vague words ("regular", "support") where the element they stand in for is otherwise missing.
import type { Rule } from '../api.ts';
import { provisionWording } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'provision.vague-term', order: 10, family: 'provision', sections: ['F', 'G', 'H1', 'H2'], data: ['term', 'wording'] },
  create(context) {
    for (const p of context.provisions) {
      const j = p.judgement;
      for (const v of j.vague) {
        // "support" standing in for the what is reported once, as a vague activity.
        if (!v.spec.hedge && v.spec.undermines === 'activity' && !j.elements.activity) continue;
        const at = context.locate(p.statement, v);
        context.report({ ...at, section: p.section, data: { term: v.text, wording: provisionWording(p, context) } });
      }
    }
  },
};
