// A provider named by role without the training or expertise they should have (recommended only).
import type { Rule } from '../api.ts';
import { areaWords } from '../../suggest.ts';
import { areaOf } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'provision.missing-qualification', order: 70, family: 'provision', sections: ['F', 'G', 'H1', 'H2'], data: ['area'] },
  create(context) {
    for (const p of context.provisions) {
      const j = p.judgement;
      if (j.providerNeeded && j.elements.provider && !j.elements.qualification) {
        // The area of need the plan puts it under; never a specialism or programme the plan does not name.
        const area = areaWords(areaOf(p, context)).replace(/^ for /, '') || 'this need';
        context.report({ start: p.statement.start, end: p.statement.end, section: p.section, data: { area } });
      }
    }
  },
};
