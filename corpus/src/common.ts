// Helpers shared by the plan descriptions.
import type { GoldChecks } from '../gold-schema.ts';
import { type Block, table, para } from './dsl.ts';

/** A two-column details table as most templates open with. */
export const details = (...rows: [string, string][]): Block => table(undefined, ...rows.map(([k, v]) => [k, v]));

export const title = (t: string): Block => para(t, true);

/** A plan's checks: every problem absent unless the plan says otherwise (layout plans' gold). */
export const goldChecks = (checks?: Partial<GoldChecks>): GoldChecks => ({
  healthNeedsWithoutProvision: false, socialCareNeedsWithoutProvision: false, preparingForAdulthoodMissing: false,
  therapyOnlyInHealth: false, placementInDraft: false, placementMissing: false, statementWording: false,
  ...checks,
});
