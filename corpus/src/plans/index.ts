import type { PlanSpec } from '../dsl.ts';
import { PLANS_A } from './plans-a.ts';
import { PLANS_B } from './plans-b.ts';
import { PLANS_C } from './plans-c.ts';
import { PLANS_D } from './plans-d.ts';
import { PLANS_E } from './plans-e.ts';
import { PLANS_F } from './plans-f.ts';
import { PLANS_G } from './plans-g.ts';
import { PLANS_H } from './plans-h.ts';

/** The main corpus: what `npm run accuracy` reports by default. */
export const ALL_PLANS: PlanSpec[] = [...PLANS_A, ...PLANS_B, ...PLANS_C, ...PLANS_D, ...PLANS_E];
/** Held-out plans: built with the rest, scored only by `npm run accuracy -- --holdout`; never tune rules on them. */
export const HOLDOUT_PLANS: PlanSpec[] = [...PLANS_F, ...PLANS_G, ...PLANS_H];

// Layout plans (p43+) are not PlanSpecs: built by corpus/build-layouts.ts, listed here for the held-out set.
export { NATIONAL_PLANS, NATIONAL_HOLDOUT } from './national.ts';
export { FLATTENED_PLANS, FLATTENED_HOLDOUT } from './flattened.ts';
export { GARBLED_PLANS } from './garbled.ts';
// The sixth held-out set (p86-p90): flattened text, Word documents by script, the national template.
export { FLATTENED_HOLDOUT_6, DOCFORM_HOLDOUT, NATIONAL_HOLDOUT_6 } from './set6.ts';
