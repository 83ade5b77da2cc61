// Advice in Section K recommends more therapy a week than Section F provides.
import type { Rule } from '../api.ts';
import { minutesPerWeek } from '../../quantities.ts';
import { contentUnits } from '../../plan-checks.ts';
import { compileRubric } from '../../vocabulary.ts';

function fmt(minutes: number): string {
  return minutes >= 60 && minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? '' : 's'}` : `${Math.round(minutes)} minutes`;
}

export const rule: Rule = {
  meta: { id: 'plan.advice-exceeds-provision', order: 200, family: 'plan', sections: ['F', 'K'], wholePlanOnly: true, data: ['therapy', 'advised', 'provided'], messages: ['noneInF'] },
  create(context) {
    const k = context.sections.get('K');
    if (!k) return;
    for (const u of contentUnits(k, context.rubric)) {
      const text = context.doc.text.slice(u.start, u.end);
      if (!/\b(?:recommend\w*|advis\w*|should receive|requires?|will need|needs)\b/i.test(text)) continue;
      for (const t of compileRubric(context.rubric).therapies) {
        if (!t.re.test(text)) continue;
        const advised = minutesPerWeek(text);
        if (advised === null) continue;
        const inF = context.provisions.map((p) => p.statement).filter((p) => p.section === 'F' && t.re.test(p.text));
        const provided = inF.reduce((sum, p) => sum + (minutesPerWeek(p.text) ?? 0), 0);
        if (provided >= advised) continue;
        context.report({
          messageId: inF.length ? undefined : 'noneInF',
          start: u.start,
          end: u.end,
          section: 'K',
          data: { therapy: t.name, advised: fmt(advised), provided: fmt(provided) },
        });
      }
    }
  },
};
