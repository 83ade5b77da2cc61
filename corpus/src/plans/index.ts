import type { PlanSpec } from '../dsl.ts';
import { PLANS_A } from './plans-a.ts';

export const ALL_PLANS: PlanSpec[] = [...PLANS_A];
