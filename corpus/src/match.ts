// Matches gold statements to the statements an analyser reported, by normalised-text overlap,
// so that whitespace, table-cell separators, list markers and slightly different splitting do not matter.

export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d]/g, "'")
    .replace(/[^a-z0-9£%]+/g, ' ')
    .trim();
}

export function tokens(s: string): string[] {
  const n = normalise(s);
  return n ? n.split(' ') : [];
}

function bag(ts: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of ts) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [t, c] of a) n += Math.min(c, b.get(t) ?? 0);
  return n;
}

export interface Overlap { recall: number; precision: number }

/** recall: share of the gold tokens found in the predicted text; precision: share of predicted tokens in gold. */
export function tokenOverlap(gold: string, predicted: string): Overlap {
  const g = tokens(gold);
  const p = tokens(predicted);
  if (g.length === 0 || p.length === 0) return { recall: 0, precision: 0 };
  const o = overlap(bag(g), bag(p));
  return { recall: o / g.length, precision: o / p.length };
}

export const MIN_GOLD_COVERAGE = 0.6;
/** A predicted statement may hold the gold quote plus its table row, but not a whole section. */
export const MIN_PREDICTED_PRECISION = 0.2;

/**
 * A table row reported whole, whose first cell is the gold quote ("Counselling | To be agreed |
 * School counsellor | E4"): the same statement however short the quote is beside its row's other
 * cells, so the precision floor does not apply. Only from the start: a quote found inside another
 * statement is not this.
 */
export function leadsRow(gold: string, predicted: string): boolean {
  const g = normalise(gold);
  return g.length > 0 && normalise(predicted).startsWith(`${g} `);
}

export interface Match {
  gold: number;
  /** One predicted statement, or several when the analyser split the gold statement into parts. */
  predicted: number[];
}

/**
 * One-to-one matching by best overlap first; then each gold statement still unmatched may be
 * covered by several unused predicted statements that lie mostly inside it (a split).
 */
export function matchStatements(gold: string[], predicted: string[]): Match[] {
  const pairs: { g: number; p: number; score: number }[] = [];
  gold.forEach((gt, g) => {
    predicted.forEach((pt, p) => {
      const o = tokenOverlap(gt, pt);
      if (o.recall >= MIN_GOLD_COVERAGE && (o.precision >= MIN_PREDICTED_PRECISION || leadsRow(gt, pt))) {
        pairs.push({ g, p, score: (2 * o.recall * o.precision) / (o.recall + o.precision) });
      }
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Match[] = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    out.push({ gold: g, predicted: [p] });
  }
  gold.forEach((gt, g) => {
    if (usedG.has(g)) return;
    const parts = predicted
      .map((pt, p) => ({ p, o: tokenOverlap(gt, pt) }))
      .filter(({ p, o }) => !usedP.has(p) && o.precision >= 0.7 && o.recall > 0);
    if (parts.length < 2) return;
    const joined = parts.map(({ p }) => predicted[p]).join(' ');
    if (tokenOverlap(gt, joined).recall >= MIN_GOLD_COVERAGE) {
      for (const { p } of parts) usedP.add(p);
      usedG.add(g);
      out.push({ gold: g, predicted: parts.map(({ p }) => p) });
    }
  });
  return out.sort((a, b) => a.gold - b.gold);
}

/** Whether a predicted vague term and a gold one name the same thing ("monitor" ~ "monitoring"). */
export function sameTerm(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (!x || !y) return false;
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const stem = (s: string) => s.replace(/(ing|ed|s|ly)$/, '');
  return stem(x) === stem(y);
}
