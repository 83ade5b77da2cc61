// A draft plan that names a school or type of school in Section I (§6).
// The check itself is a plan fact (plan-checks.ts), because report.checks shows it whatever the rule's level.
import type { Rule } from '../api.ts';
import { reportCheck } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'plan.placement-in-draft', order: 160, family: 'plan', sections: ['I'], wholePlanOnly: true, check: 'placementInDraft' },
  create: reportCheck('placementInDraft'),
};
