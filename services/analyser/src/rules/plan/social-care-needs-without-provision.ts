// Section D describes social care needs and H1/H2 set out no social care provision (§8).
// The check itself is a plan fact (plan-checks.ts), because report.checks shows it whatever the rule's level.
import type { Rule } from '../api.ts';
import { reportCheck } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'plan.social-care-needs-without-provision', order: 130, family: 'plan', sections: ['D', 'H1', 'H2'], wholePlanOnly: true, check: 'socialCareNeedsWithoutProvision' },
  create: reportCheck('socialCareNeedsWithoutProvision'),
};
