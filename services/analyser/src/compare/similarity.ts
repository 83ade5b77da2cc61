// Similarity of statements on their words: TF-IDF over the statements of both versions, cosine of
// the vectors. Words are stemmed (Porter, from `natural`) and common abbreviations spelt out, so
// "SaLT sessions" and "sessions with a speech and language therapist" share their words. Numbers
// are left out: a statement whose amount changed is still the same statement.
// Only the stemmer, imported as advice/similarity.ts does (its type in advice/natural-stemmer.d.ts):
// loading all of `natural` costs seconds.
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';

const EXPANSIONS: [RegExp, string][] = [
  [/\b(?:salt|slt|saltt)s?\b/gi, 'speech language therapist'],
  [/\bots?\b/g, 'occupational therapist'],
  [/\bOTs?\b/g, 'occupational therapist'],
  [/\b(?:tas?|lsas?|TAs?|LSAs?)\b/g, 'teaching assistant'],
  [/\bhltas?\b/gi, 'teaching assistant'],
  [/\beps?\b/g, 'educational psychologist'],
  [/\bEPs?\b/g, 'educational psychologist'],
  [/\bqtods?\b/gi, 'teacher deaf'],
  [/\bqtvis?\b/gi, 'teacher visually impaired'],
  [/\bsenc?d?cos?\b/gi, 'senco'],
  [/\b1\s*:\s*1\b|\bone[- ]to[- ]one\b|\b1-1\b/gi, 'individual'],
  [/\bphysio\b/gi, 'physiotherapy'],
];

// Words that every provision uses: they say nothing about which statement this is.
const STOP = new Set(
  `a an the and or of to in on at for by with from as is are be been being will shall must may can could would should this that these those it its his her their he she they him them my me i we our you your
  which who whom what when where how than then so such also each every per all any some no not into onto over under up down out about after before during within across through
  have has had do does did was were weekly daily fortnightly termly monthly week weeks day days term terms minute minutes min mins hour hours hr hrs session sessions time times x
  once twice one two three four five six seven eight nine ten twenty thirty forty fifty sixty half year years month months fortnight provide provided provision deliver delivered receive receives given give including
  child young person pupil student`.split(/\s+/),
);

export function tokens(text: string): string[] {
  let t = text;
  for (const [re, rep] of EXPANSIONS) t = t.replace(re, ` ${rep} `);
  return t
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => porter.stem(w));
}

export type Vector = Map<string, number>;

/** TF-IDF vectors for a set of texts, the IDF taken over the whole set (both versions together). */
export function tfidfVectors(texts: string[]): Vector[] {
  const toks = texts.map(tokens);
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
