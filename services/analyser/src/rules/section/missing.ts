// A section A-K the plan does not set out (reg 12(1)).
import type { Rule } from '../api.ts';
import { SECTION_KEYS, type SectionKey } from '../../report-schema.ts';

const TITLES: Record<SectionKey, string> = {
  A: 'Views, interests and aspirations',
  B: 'Special educational needs',
  C: 'Health needs',
  D: 'Social care needs',
  E: 'Outcomes',
  F: 'Special educational provision',
  G: 'Health provision',
  H1: 'Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
  H2: 'Other social care provision',
  I: 'Placement',
  J: 'Personal budget',
  K: 'Advice and information',
};

export const rule: Rule = {
  meta: { id: 'section.missing', family: 'section', sections: [], wholePlanOnly: true, data: ['section', 'title'] },
  create(context) {
    for (const k of SECTION_KEYS) {
      if (!context.sections.has(k)) context.report({ start: 0, end: 0, section: null, data: { section: k, title: TITLES[k] } });
    }
  },
};
