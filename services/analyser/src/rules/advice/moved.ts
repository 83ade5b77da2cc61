// A recommendation that educates or trains, carried only in health or social care provision (G, H1, H2), not in F.
import type { Rule } from '../api.ts';
import { reportAdvice } from '../../advice/index.ts';

export const rule: Rule = {
  meta: { id: 'advice.moved', order: 350, family: 'advice', sections: ['F', 'G', 'H1', 'H2', 'K'], wholePlanOnly: true, data: ['source', 'recommendation', 'detail'] },
  create(context) {
    reportAdvice(context, 'moved');
  },
};
