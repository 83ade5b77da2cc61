export const OUTCOME_LINES: unknown[] = [];
