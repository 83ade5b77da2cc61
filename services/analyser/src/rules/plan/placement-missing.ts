// A final plan that names no school or type of school in Section I (§6).
// The check itself is a plan fact (plan-checks.ts), because report.checks shows it whatever the rule's level.
import type { Rule } from '../api.ts';
import { reportCheck } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'plan.placement-missing', order: 170, family: 'plan', sections: ['I'], wholePlanOnly: true, check: 'placementMissing' },
  create: reportCheck('placementMissing'),
};
