// A plan still written as an old statement of SEN (§7).
// The check itself is a plan fact (plan-checks.ts), because report.checks shows it whatever the rule's level.
import type { Rule } from '../api.ts';
import { reportCheck } from '../shared.ts';

export const rule: Rule = {
  meta: { id: 'plan.statement-wording', order: 180, family: 'plan', sections: [], wholePlanOnly: true, check: 'statementWording' },
  create: reportCheck('statementWording'),
};
