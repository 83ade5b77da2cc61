// A provider named by role without the training or expertise they should have (recommended only).
import type { Rule } from '../api.ts';

export const rule: Rule = {
  meta: { id: 'provision.missing-qualification', family: 'provision', sections: ['F', 'G', 'H1', 'H2'] },
  create(context) {
    for (const p of context.provisions) {
      const j = p.judgement;
      if (j.providerNeeded && j.elements.provider && !j.elements.qualification) context.report({ start: p.statement.start, end: p.statement.end, section: p.section });
    }
  },
};
