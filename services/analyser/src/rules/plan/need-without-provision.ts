// An area of need described in Section B with nothing in Section F that could meet it.
import type { Rule } from '../api.ts';
import { contentUnits, hasContent, sectionText } from '../../plan-checks.ts';
import { compileRubric } from '../../vocabulary.ts';

export const rule: Rule = {
  meta: { id: 'plan.need-without-provision', order: 190, family: 'plan', sections: ['B', 'F'], wholePlanOnly: true, data: ['area'] },
  create(context) {
    const b = context.sections.get('B');
    const f = context.sections.get('F');
    if (!b || !f) return;
    const fText = sectionText(context.doc, f, context.rubric);
    if (!hasContent(fText, context.rubric)) return;
    for (const { area, need, provision } of compileRubric(context.rubric).areasOfNeed) {
      const unit = contentUnits(b, context.rubric).find((u) => need.test(context.doc.text.slice(u.start, u.end)) && !/\bno\b[^.]{0,30}\b(?:needs?|concerns?|difficult)/i.test(context.doc.text.slice(u.start, u.end)));
      if (!unit || provision.test(fText)) continue;
      context.report({ start: unit.start, end: unit.end, section: 'B', data: { area } });
    }
  },
};
