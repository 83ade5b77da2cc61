// A recommendation that is itself not quantified: its author should be asked to say what, how much and by whom.
import type { Rule } from '../api.ts';
import { reportAdvice } from '../../advice/index.ts';

export const rule: Rule = {
  meta: { id: 'advice.vague', order: 360, family: 'advice', sections: ['F', 'G', 'H1', 'H2', 'K'], wholePlanOnly: true, data: ['source', 'recommendation', 'detail'] },
  create(context) {
    reportAdvice(context, 'adviceVague');
  },
};
