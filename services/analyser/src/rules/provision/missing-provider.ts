// Provision that does not say who delivers it, by role ("the school", "an adult" are not roles).
import type { Rule } from '../api.ts';
import { provisionWording } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'provision.missing-provider', order: 60, family: 'provision', sections: ['F', 'G', 'H1', 'H2'], data: ['nonRole', 'wording'], messages: ['notARole'] },
  create(context) {
    for (const p of context.provisions) {
      const j = p.judgement;
      if (!j.providerNeeded || j.elements.provider) continue;
      const at = j.nonRole ? context.locate(p.statement, j.nonRole) : p.statement;
      // Words that look like a provider but are not a role ("the school") are named in the message.
      context.report({ messageId: j.nonRole ? 'notARole' : undefined, start: at.start, end: at.end, section: p.section, data: { wording: provisionWording(p, context), nonRole: j.nonRole?.text ?? '' } });
    }
  },
};
