// Speech and language therapy, OT or physiotherapy only in G or H, none in F (§8).
// The check itself is a plan fact (plan-checks.ts), because report.checks shows it whatever the rule's level.
import type { Rule } from '../api.ts';
import { reportCheck } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'plan.therapy-only-in-health', order: 150, family: 'plan', sections: ['F', 'G', 'H1', 'H2'], wholePlanOnly: true, check: 'therapyOnlyInHealth' },
  create: reportCheck('therapyOnlyInHealth'),
};
