// Never a false all-clear: F, G, H1 or H2 has text of its own, but no provision statement could be read from it.
import type { Rule } from '../api.ts';
import { sectionsWithoutStatements } from '../../plan-checks.ts';

export const rule: Rule = {
  meta: { id: 'provision.not-written-as-provision', order: 260, family: 'provision', sections: ['F', 'G', 'H1', 'H2'] },
  create(context) {
    const found = sectionsWithoutStatements(context.doc, context.sections, context.provisions.map((p) => p.statement), context.outcomes.map((o) => o.statement), context.rubric);
    for (const f of found) if (f.section !== 'E') context.report(f);
  },
};
