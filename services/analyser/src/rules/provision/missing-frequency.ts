// Sessions with no amount, or an amount with no period ("30 minutes of therapy").
import type { Rule } from '../api.ts';
import { provisionRewrite } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'provision.missing-frequency', family: 'provision', sections: ['F', 'G', 'H1', 'H2'], data: ['missing', 'rewrite'] },
  create(context) {
    for (const p of context.provisions) {
      const j = p.judgement;
      if (j.quantified || j.kind === 'equipment' || j.kind === 'continuous') continue;
      if (j.amount.period && !j.amount.length) continue; // missing-duration
      const missing = j.amount.lengthWithoutPeriod ? 'it gives an amount but not over what period (a week, a term)' : 'it gives no frequency and length, such as "3 x 30 minutes a week"';
      context.report({ start: p.statement.start, end: p.statement.end, section: p.section, data: { rewrite: provisionRewrite(p, context.rubric), missing } });
    }
  },
};
