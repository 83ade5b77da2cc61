// Where a finding sits in the text, for formats that point at lines or draw highlights.
import type { Finding, Report } from '../report-schema.ts';

/** True when the finding points at a stretch of the plan (whole-plan findings have an empty span). */
export function hasSpan(report: Pick<Report, 'text' | 'document'>, f: Pick<Finding, 'start' | 'end'>): boolean {
  const length = report.text?.length ?? report.document.characters;
  return f.end > f.start && f.end <= length;
}

/** Offsets at which each line of `text` starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the last start that is <= offset (binary search); -1 when before the first. */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0 || starts[0] > offset) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A line-number finder for one text. With pageStarts, lines count from the top of the span's
 * page (what a reader holding the PDF needs); without, from the top of the document.
 */
export function lineLocator(text: string, pageStarts: readonly number[] = []): (offset: number) => number {
  const at = positionLocator(text, pageStarts);
  return (offset) => at(offset).line;
}

/** Line and column (both 1-based, as editors count) of an offset; lines as lineLocator counts them. */
export function positionLocator(text: string, pageStarts: readonly number[] = []): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(text);
  return (offset) => {
    const line = lastAtOrBefore(starts, offset);
    const column = offset - starts[Math.max(0, line)] + 1;
    const page = lastAtOrBefore(pageStarts, offset);
    if (page < 0) return { line: line + 1, column };
    const firstLineOfPage = lastAtOrBefore(starts, pageStarts[page]);
    return { line: line - firstLineOfPage + 1, column };
  };
}
