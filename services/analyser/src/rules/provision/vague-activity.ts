// Provision that names an aim ("support with literacy") instead of what will be done.
import type { Rule } from '../api.ts';
import { provisionWording } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'provision.vague-activity', order: 20, family: 'provision', sections: ['F', 'G', 'H1', 'H2'], data: ['wording'] },
  create(context) {
    for (const p of context.provisions) {
      const j = p.judgement;
      if (j.elements.activity) continue;
      // The words standing in for the what are quoted; else the whole statement.
      const stand = j.aim ?? j.vague.find((v) => !v.spec.hedge && v.spec.undermines === 'activity') ?? null;
      const at = stand ? context.locate(p.statement, stand) : p.statement;
      context.report({ start: at.start, end: at.end, section: p.section, data: { wording: provisionWording(p, context) } });
    }
  },
};
