// Contents lists: heading-like lines that are a contents page's entries, not the sections themselves.
import type { SectionLabel } from './types.ts';

export const PAGE_CELL = /^(?:p(?:age|g)?\.?\s*)?\d{1,3}$/i;
export const PAGE_TAIL = /(\s*(?:\.{2,}|…+|·{2,}|_{2,})\s*|\s+)(?:page\s+)?\d{1,3}$/i;

export interface HeadingEvent { start: number; labels: SectionLabel[]; pageRef: boolean; leaders: boolean; weak?: boolean }

/**
 * Starts of the headings that are a contents list's entries, not the sections: an entry with a
 * page number (a page column, dot leaders, or a trailing number where the section recurs later),
 * or one of three or more headings in a row with nothing between them whose sections recur later.
 */
export function contentsEntries(events: (HeadingEvent | null)[]): Set<number> {
  const out = new Set<number>();
  const heads = events.map((e, i) => ({ e, i })).filter((x): x is { e: HeadingEvent; i: number } => x.e !== null);
  // Only a full heading later on shows that an entry was a contents line (not "Part B – report" in K).
  const kAt = heads.findIndex((h) => h.e.labels.includes('K') && !h.e.pageRef);
  const counts = (h: { e: HeadingEvent }, j: number, k: number) => !(h.e.pageRef && h.e.leaders) && !(h.e.weak && ((kAt >= 0 && j > kAt) || !heads[k].e.weak));
  const recurs = (k: number) => heads.some((h, j) => j > k && counts(h, j, k) && h.e.labels.some((l) => heads[k].e.labels.includes(l)));
  heads.forEach((h, k) => {
    if (h.e.pageRef && (h.e.leaders || recurs(k))) out.add(h.e.start);
  });
  for (let k = 0; k < heads.length; ) {
    let m = k;
    while (m + 1 < heads.length && heads[m + 1].i === heads[m].i + 1) m++;
    if (m - k + 1 >= 3) for (let x = k; x <= m; x++) if (recurs(x)) out.add(heads[x].e.start);
    k = m + 1;
  }
  return out;
}
