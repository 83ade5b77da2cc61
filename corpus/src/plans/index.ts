import type { PlanSpec } from '../dsl.ts';
import { PLANS_A } from './plans-a.ts';
import { PLANS_B } from './plans-b.ts';
import { PLANS_C } from './plans-c.ts';
import { PLANS_D } from './plans-d.ts';
import { PLANS_E } from './plans-e.ts';

export const ALL_PLANS: PlanSpec[] = [...PLANS_A, ...PLANS_B, ...PLANS_C, ...PLANS_D, ...PLANS_E];
