// Small helpers several rules share.
import { rewriteProvision } from '../provision.ts';
import { rewriteOutcome } from '../outcomes.ts';
import type { JudgedOutcome, JudgedProvision } from './api.ts';

/** The suggestion for a provision statement: its wording made specific. */
export function provisionRewrite(p: JudgedProvision): string {
  return `Specific wording would say: "${rewriteProvision(p.statement.text, p.judgement)}"`;
}

/** The suggestion for an outcome: its wording made SMART. */
export function outcomeRewrite(o: JudgedOutcome): string {
  return `A SMART outcome would say: "${rewriteOutcome(o.statement.text, o.judgement)}"`;
}

import type { Checks } from '../report-schema.ts';
import type { RuleContext } from './api.ts';

/** A rule that reports one of the plan checks (report.checks) where the check placed it. */
export function reportCheck(key: keyof Checks): (context: RuleContext) => void {
  return (context) => {
    const at = context.plan.checkAt[key];
    if (context.plan.checks[key] && at) context.report({ start: at.start, end: at.end, section: at.section });
  };
}
