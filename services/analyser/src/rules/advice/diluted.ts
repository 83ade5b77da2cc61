// A recommendation in the advice that the plan carries less specifically or in a smaller amount than advised.
import type { Rule } from '../api.ts';
import { reportAdvice } from '../../advice/index.ts';

export const rule: Rule = {
  meta: { id: 'advice.diluted', order: 330, family: 'advice', sections: ['F', 'G', 'H1', 'H2', 'K'], wholePlanOnly: true, data: ['source', 'recommendation', 'detail'] },
  create(context) {
    reportAdvice(context, 'diluted');
  },
};
