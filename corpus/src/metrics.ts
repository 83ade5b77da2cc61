// Confusion counts and precision / recall / F1.

export interface Counts { tp: number; fp: number; fn: number; tn: number }
export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function add(c: Counts, gold: boolean, predicted: boolean): void {
  if (gold && predicted) c.tp++;
  else if (!gold && predicted) c.fp++;
  else if (gold && !predicted) c.fn++;
  else c.tn++;
}

export function merge(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn };
}

export interface Prf { n: number; precision: number | null; recall: number | null; f1: number | null; accuracy: number | null }

export function prf(c: Counts): Prf {
  const n = c.tp + c.fp + c.fn + c.tn;
  const precision = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
  // With no positives at all in gold and none predicted, F1 is undefined rather than 0.
  const f1 = precision === null || recall === null ? (c.tp + c.fp + c.fn === 0 ? null : 0) : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { n, precision, recall, f1, accuracy: n === 0 ? null : (c.tp + c.tn) / n };
}

/** A tally of right and wrong for multi-class fields (status, year group). */
export interface Tally { right: number; total: number }
export const emptyTally = (): Tally => ({ right: 0, total: 0 });
export const rate = (t: Tally): number | null => (t.total === 0 ? null : t.right / t.total);
