// A recommendation in the advice that nothing in the plan's provision answers.
import type { Rule } from '../api.ts';
import { reportAdvice } from '../../advice/index.ts';

export const rule: Rule = {
  meta: { id: 'advice.missing', order: 340, family: 'advice', sections: ['F', 'G', 'H1', 'H2', 'K'], wholePlanOnly: true, data: ['source', 'recommendation', 'detail'] },
  create(context) {
    reportAdvice(context, 'missing');
  },
};
