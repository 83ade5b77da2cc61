// The same outcome written more than once (a copy-and-paste plan): every copy after the first.
import type { Rule } from '../api.ts';
import type { Statement } from '../../statements.ts';

export const rule: Rule = {
  meta: { id: 'outcome.repeated', order: 240, family: 'outcome', sections: ['E'], data: ['count'] },
  create(context) {
    const groups = new Map<string, Statement[]>();
    for (const { statement: o } of context.outcomes) {
      const key = o.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
      if (key.length < 15) continue;
      groups.set(key, [...(groups.get(key) ?? []), o]);
    }
    for (const g of groups.values()) {
      if (g.length < 2) continue;
      for (const o of g.slice(1)) context.report({ start: o.start, end: o.end, section: 'E', data: { count: String(g.length) } });
    }
  },
};
