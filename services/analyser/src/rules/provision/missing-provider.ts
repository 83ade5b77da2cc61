// Provision that does not say who delivers it, by role ("the school", "an adult" are not roles).
import type { Rule } from '../api.ts';
import { provisionRewrite } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'provision.missing-provider', family: 'provision', sections: ['F', 'G', 'H1', 'H2'], data: ['nonRole', 'rewrite'] },
  create(context) {
    for (const p of context.provisions) {
      const j = p.judgement;
      if (!j.providerNeeded || j.elements.provider) continue;
      const at = j.nonRole ? context.locate(p.statement, j.nonRole) : p.statement;
      context.report({ start: at.start, end: at.end, section: p.section, data: { rewrite: provisionRewrite(p, context.rubric), nonRole: j.nonRole ? ` ("${j.nonRole.text}" is not a role)` : '' } });
    }
  },
};
