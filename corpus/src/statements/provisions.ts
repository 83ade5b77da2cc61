export const PROVISION_LINES: unknown[] = [];
