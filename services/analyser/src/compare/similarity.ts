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
}));

export function tokens(text: string, rubric?: Words): string[] {
  const { spellOut, common } = comparisonWords(rubric);
  let t = text;
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
  const toks = texts.map((t) => tokens(t, rubric));
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
