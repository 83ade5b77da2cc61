// A section A-K the plan does not set out (reg 12(1)).
import type { Rule } from '../api.ts';
import { SECTION_KEYS } from '../../report-schema.ts';

export const rule: Rule = {
  meta: { id: 'section.missing', order: 250, family: 'section', sections: [], wholePlanOnly: true, data: ['section', 'title'] },
  create(context) {
    for (const k of SECTION_KEYS) {
      if (!context.sections.has(k)) context.report({ start: 0, end: 0, section: null, data: { section: k, title: context.rubric.sectionTitles[k] } });
    }
  },
};
