// Types of bench/hostile-pdfs.mjs for the tests that read the same files (tests/api/event-loop.test.ts).
export function denseOperators(pages?: number, opsPerPage?: number): Uint8Array;
export function denseText(pages?: number, runsPerPage?: number): Uint8Array;
export function hugeFont(pages?: number, opsPerGlyph?: number): Uint8Array;
