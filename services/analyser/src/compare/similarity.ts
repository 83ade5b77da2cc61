// Similarity of statements on their words: TF-IDF over the statements of both versions, cosine of
// the vectors. Words are stemmed (Porter, from `natural`) and common abbreviations spelt out (the rubric's), so
// "SaLT sessions" and "sessions with a speech and language therapist" share their words. Numbers
// are left out: a statement whose amount changed is still the same statement.
// Only the stemmer, imported as advice/similarity.ts does (its type in advice/natural-stemmer.d.ts):
// loading all of `natural` costs seconds.
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Words } from '../quantities.ts';
import { perVocabulary } from '../vocabulary.ts';

// The words (abbreviations spelt out, common words left out) are the rubric's
// `vocabulary.comparisonWords`, compiled once per vocabulary; an organisation's rubric reads its own.
const comparisonWords = perVocabulary((v) => ({
  spellOut: v.source.comparisonWords.spellOut.map((e) => ({ re: new RegExp(`(?<![\\w])${v.any(e.patterns)}(?![\\w])`, e.caseSensitive ? 'g' : 'gi'), to: ` ${e.to} ` })),
  common: new Set(v.source.comparisonWords.commonWords),
  // One wording of two that say the same ("at least 3" / "3 or more"), each pattern on its own so its named groups stay its own.
  sameForms: (v.source.comparisonWords.sameForms ?? []).flatMap((e) => e.patterns.map((p) => ({ re: new RegExp(`(?<![\\w])${v.any([p])}(?![\\w])`, 'gi'), to: e.to }))),
}));

/** A statement with each of the rubric's equivalent forms (`comparisonWords.sameForms`) said one way: read before any similarity. */
export function sameForms(text: string, rubric?: Words): string {
  let t = text;
  for (const { re, to } of comparisonWords(rubric).sameForms) t = t.replace(re, to);
  return t;
}

/**
 * Compounds written apart, hyphenated or as one word ("book-band", "book band", "bookband"): where one
 * text of the set has the word as one, the others' two-part forms are joined, so they share that word.
 * Parts are letters only; a pair is joined only when its one-word form stands in the set.
 */
export function foldCompounds(texts: string[]): string[] {
  const whole = new Set(texts.flatMap((t) => t.toLowerCase().match(/[a-z]{5,}/g) ?? []));
  return texts.map((t) => t.replace(/(?<![A-Za-z-])([A-Za-z]{2,})(?:-| (?!-))(?=([A-Za-z]{2,})(?![A-Za-z]))/g, (m, x: string, y: string) => (whole.has(`${x}${y}`.toLowerCase()) ? x : m)));
}

export function tokens(text: string, rubric?: Words): string[] {
  const { spellOut, common } = comparisonWords(rubric);
  let t = sameForms(text, rubric);
  for (const { re, to } of spellOut) t = t.replace(re, to);
  return t
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !common.has(w))
    .map((w) => porter.stem(w));
}

export type Vector = Map<string, number>;

/** TF-IDF vectors for a set of texts, the IDF taken over the whole set (both versions together). */
export function tfidfVectors(texts: string[], rubric?: Words): Vector[] {
  const toks = foldCompounds(texts).map((t) => tokens(t, rubric));
  const df = new Map<string, number>();
  for (const ts of toks) for (const w of new Set(ts)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = texts.length;
  return toks.map((ts) => {
    const tf = new Map<string, number>();
    for (const w of ts) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v: Vector = new Map();
    for (const [w, f] of tf) v.set(w, (1 + Math.log(f)) * Math.log(1 + n / (df.get(w) ?? 1)));
    return v;
  });
}

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    const y = b.get(w);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Text compared for "the same words": case, spacing, punctuation and table-cell breaks aside. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\w%:'-]+/g, ' ')
    .trim();
}
