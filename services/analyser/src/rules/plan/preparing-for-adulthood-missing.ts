// Year 9 or above (or 14 or over) and no outcome prepares for adulthood (§5).
// The check itself is a plan fact (plan-checks.ts), because report.checks shows it whatever the rule's level.
import type { Rule } from '../api.ts';
import { reportCheck } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'plan.preparing-for-adulthood-missing', order: 140, family: 'plan', sections: ['E'], wholePlanOnly: true, check: 'preparingForAdulthoodMissing' },
  create: reportCheck('preparingForAdulthoodMissing'),
};
