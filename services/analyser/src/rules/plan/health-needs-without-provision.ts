// Section C describes health needs and Section G sets out no health provision (§8).
// The check itself is a plan fact (plan-checks.ts), because report.checks shows it whatever the rule's level.
import type { Rule } from '../api.ts';
import { reportCheck } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'plan.health-needs-without-provision', order: 120, family: 'plan', sections: ['C', 'G'], wholePlanOnly: true, check: 'healthNeedsWithoutProvision' },
  create: reportCheck('healthNeedsWithoutProvision'),
};
