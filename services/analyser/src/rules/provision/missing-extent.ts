// Equipment, adjustments and continuous support that do not say when or where they apply.
import type { Rule } from '../api.ts';
import { provisionWording } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'provision.missing-extent', order: 30, family: 'provision', sections: ['F', 'G', 'H1', 'H2'], data: ['wording'] },
  create(context) {
    for (const p of context.provisions) {
      const j = p.judgement;
      if (j.quantified || (j.kind !== 'equipment' && j.kind !== 'continuous')) continue;
      context.report({ start: p.statement.start, end: p.statement.end, section: p.section, data: { wording: provisionWording(p, context) } });
    }
  },
};
