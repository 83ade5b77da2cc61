// Helpers shared by the plan descriptions.
import { type Block, table, para } from './dsl.ts';

/** A two-column details table as most templates open with. */
export const details = (...rows: [string, string][]): Block => table(undefined, ...rows.map(([k, v]) => [k, v]));

export const title = (t: string): Block => para(t, true);
