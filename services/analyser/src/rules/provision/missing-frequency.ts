// Sessions with no amount, or an amount with no period ("30 minutes of therapy").
import type { Rule } from '../api.ts';
import { provisionWording } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'provision.missing-frequency', order: 50, family: 'provision', sections: ['F', 'G', 'H1', 'H2'], data: ['wording'], messages: ['noPeriod'] },
  create(context) {
    for (const p of context.provisions) {
      const j = p.judgement;
      if (j.quantified || j.kind === 'equipment' || j.kind === 'continuous') continue;
      if (j.amount.period && !j.amount.length) continue; // missing-duration
      // An amount with no period ("30 minutes of therapy") has its own wording.
      const messageId = j.amount.lengthWithoutPeriod ? 'noPeriod' : undefined;
      context.report({ messageId, start: p.statement.start, end: p.statement.end, section: p.section, data: { wording: provisionWording(p, context) } });
    }
  },
};
