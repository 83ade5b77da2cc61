// Template placeholder text left in the plan ("[insert name]", "XXX", "{{ date }}", "Click or tap here
// to enter text."): one finding per field, however many placeholders the field holds.
import type { Rule } from '../api.ts';
import { placeholderFields } from '../../plan-checks.ts';

export const rule: Rule = {
  meta: { id: 'plan.placeholder-text', order: 220, family: 'plan', sections: [] },
  create(context) {
    for (const f of placeholderFields(context.doc)) context.report({ start: f.start, end: f.end, section: context.sectionAt(f.start) });
  },
};
