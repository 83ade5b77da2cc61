// Never a false all-clear: Section E has text of its own, but none of it is written as outcomes.
import type { Rule } from '../api.ts';
import { sectionsWithoutStatements } from '../../plan-checks.ts';

export const rule: Rule = {
  meta: { id: 'outcome.not-written-as-outcomes', order: 270, family: 'outcome', sections: ['E'] },
  create(context) {
    const found = sectionsWithoutStatements(context.doc, context.sections, context.provisions.map((p) => p.statement), context.outcomes.map((o) => o.statement), context.rubric);
    for (const f of found) if (f.section === 'E') context.report(f);
  },
};
