// Compares two versions of one plan (a draft and its final; a plan before and after an annual
// review): aligns their statements by meaning, then classes each provision and outcome and
// Section I (contract, "Comparing two versions"). Synchronous and pure, like analyse().
import type { StructuredDocument } from '../../../ingest/src/document.ts';
import { analyseWithFacts, type AnalyseOptions } from '../index.ts';
import type { DeadlineEntry, Report, SectionKey } from '../report-schema.ts';
import { loadRubric, type Rubric } from '../rubric.ts';
import { representations } from '../deadlines.ts';
import { classifyProvision, detailOf, sectionGroup, whyOf, withoutAmendmentNotes } from './classify.ts';
import { readAmount } from './amounts.ts';
import { fill } from '../findings.ts';
import { cosine, foldCompounds, normalise, sameForms, tfidfVectors, tokens, type Vector } from './similarity.ts';
import type { Change, Comparison } from './schema.ts';
import { isTimeBound, toNumber, type Words } from '../quantities.ts';
import { placementNamed } from '../plan-checks.ts';
import { perVocabulary, vocabularyOf } from '../vocabulary.ts';
import { escapeRegExp } from '../fast-patterns.ts';

export { Comparison, Change, CHANGE_KINDS, CUT_KINDS, FailedComparison } from './schema.ts';

/** One version: its report and the normalised text the report's offsets point into. */
/** A version's provisions as the comparison's items, each with the analyser's reading of its cells where it has one, notes joined. */
function provisionItems(v: Version, rubric?: Words): Item[] {
  return withNotes(v.report.provisions.map((p) => ({ text: p.text, start: p.start, end: p.end, section: p.section, vagueTerms: p.vagueTerms, specific: p.specific, area: p.area, read: v.reads?.get(`${p.start}:${p.end}`) })), rubric);
}

export interface Version {
  report: Report;
  text: string;
  /**
   * A provision as the analyser read it, by "start:end", where that differs only within its table
   * cells from its words: a bare number under a column of amounts ("1" under "Sessions per week")
   * read as that many of the column's unit. Its amount is compared on this; its words are quoted.
   */
  reads?: ReadonlyMap<string, string>;
}

interface Item {
  text: string;
  start: number;
  end: number;
  section: SectionKey;
  vagueTerms?: readonly string[];
  specific?: boolean;
  /** The area of need it meets (a table's area heading or a row's need cell), if read. */
  area?: string | null;
  /** Minutes a week of a statement split into parts, their sum (classify.ts's Side). */
  weekly?: number;
  /** The statement as the analyser read it, its table's bare numbers with their column's unit (classify.ts's Side). */
  read?: string;
}

// Similarity a pair needs to be read as one statement in two versions. Same-section pairs get a
// small bonus: a statement is more likely reworded in place than moved, but a move still aligns.
const MATCH_AT = 0.3;
const SAME_SECTION_BONUS = 0.08;

/**
 * One-to-one alignment: identical wording first, then the most similar pairs greedily. Robust to
 * reordering (order plays no part) and to a statement moving between sections.
 */
export function align(olds: Item[], news: Item[], group: (k: SectionKey) => string = (k) => k, rubric?: Words, vectors: Vector[] = tfidfVectors([...olds, ...news].map((x) => x.text), rubric)): [number, number][] {
  const pairs: [number, number][] = [];
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const norm = (s: string) => normalise(s);
  // Identical wording, the same section first.
  for (const sameSection of [true, false]) {
    for (let i = 0; i < olds.length; i++) {
      if (usedOld.has(i)) continue;
      for (let j = 0; j < news.length; j++) {
        if (usedNew.has(j)) continue;
        if (sameSection !== (group(olds[i].section) === group(news[j].section))) continue;
        if (norm(olds[i].text) === norm(news[j].text)) {
          pairs.push([i, j]);
          usedOld.add(i);
          usedNew.add(j);
          break;
        }
      }
    }
  }
  const scored: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < olds.length; i++) {
    if (usedOld.has(i)) continue;
    for (let j = 0; j < news.length; j++) {
      if (usedNew.has(j)) continue;
      const sim = cosine(vectors[i], vectors[olds.length + j]);
      const s = sim + (group(olds[i].section) === group(news[j].section) ? SAME_SECTION_BONUS : 0);
      if (s >= MATCH_AT) scored.push({ i, j, s });
    }
  }
  scored.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  for (const { i, j } of scored) {
    if (usedOld.has(i) || usedNew.has(j)) continue;
    pairs.push([i, j]);
    usedOld.add(i);
    usedNew.add(j);
  }
  return pairs;
}

function side(it: Item): Change['before'] {
  return { text: it.text, start: it.start, end: it.end, section: it.section };
}

/** Whether a report keeps H1 and H2 as two sections (not one "H" read as both). */
function splitsH(r: Report): boolean {
  const h1 = r.sections.find((s) => s.key === 'H1');
  const h2 = r.sections.find((s) => s.key === 'H2');
  return !!h1 && !!h2 && h1.start !== h2.start;
}

// A reference to a note ("see note 1") and a note's own label ("Note 1:"), from comparisonWords.notes.
const notePatterns = perVocabulary((v) => {
  const n = v.source.comparisonWords.notes;
  return n.refer.length && n.lead.length
    ? { refer: new RegExp(String.raw`(?<![\w])(?:${v.any(n.refer)})\s+(\w{1,3})(?![\w])`, 'i'), lead: new RegExp(String.raw`^\s*(?:${v.any(n.lead)})\s+(\w{1,3})\s*[:.)\-–—]`, 'i') }
    : null;
});

// An item's own label pointed to ("in F2.1", "under H1.2"): grammar of numbered items.
const ITEM_POINTER = /\s+(?:(?:in|at|under|for|of)\s+)?(?:item\s+)?(?:H[12]|[A-K])\d{0,2}(?:\.\d{1,2})+(?![\w.])/g;

/**
 * A statement that sends its reader to a note in its section ("(amount: see note 1 at the end of this
 * section)" … "Note 1: …"): the note is part of it, so its amount still is, and the note is no statement
 * of its own.
 */
function withNotes(items: Item[], rubric?: Words): Item[] {
  const p = notePatterns(rubric);
  if (!p) return items;
  const folded = new Set<number>();
  const out = items.map((it, k) => {
    const ref = p.refer.exec(it.text);
    if (!ref) return it;
    const n = items.findIndex((x, m) => m !== k && x.section === it.section && !folded.has(m) && p.lead.exec(x.text)?.[1].toLowerCase() === ref[1].toLowerCase());
    if (n < 0) return it;
    folded.add(n);
    // The note's words after its label, without its pointer back to the item ("… in F2.1 is 10 sessions"):
    // the item's number is no amount.
    const note = items[n].text.slice(p.lead.exec(items[n].text)![0].length).replace(ITEM_POINTER, '').trim();
    return { ...it, text: `${it.text.trim()} ${note}`, read: it.read === undefined ? undefined : `${it.read.trim()} ${note}` };
  });
  return out.filter((_, k) => !folded.has(k));
}

function provisionChanges(a: Version, b: Version, rubric?: Rubric): Change[] {
  const olds = provisionItems(a, rubric);
  const news = provisionItems(b, rubric);
  const splitH = splitsH(a.report) && splitsH(b.report);
  const group = (k: SectionKey) => sectionGroup(k, splitH);
  const words = statementWords(olds, news, rubric);
  const pairs = align(olds, news, group, rubric, words.vectors);
  const { splits, merges, crossSplits } = splitsAndMerges(olds, news, pairs, words, group, rubric);
  rewrittenInPlace(olds, news, pairs, splits, merges, words, group, rubric, new Set([...crossSplits.values()].flat()));
  const changes: (Change & { order: number })[] = [];
  const matchedOld = new Set([...pairs.map(([i]) => i), ...[...merges.values()].flat()]);
  const matchedNew = new Set([...pairs.map(([, j]) => j), ...[...splits.values()].flat(), ...[...crossSplits.values()].flat()]);
  for (const [i, j] of pairs) {
    const extraNew = splits.get(i) ?? [];
    const extraOld = merges.get(j) ?? [];
    const cross = crossSplits.get(i) ?? [];
    // A statement split in two (or two merged into one) is classed on all its parts together, so a
    // part carrying only some of the old amounts, roles or conditions is no cut or gain.
    const before = extraOld.length ? joined(olds[i], [i, ...extraOld].map((k) => olds[k]), news[j], rubric) : olds[i];
    let after = extraNew.length || cross.length ? joined(news[j], [j, ...extraNew, ...cross].map((k) => news[k]), olds[i], rubric) : news[j];
    // Parts that each give a week's amount and add up to the whole's: the week's total is theirs together.
    if (extraNew.length && !cross.length) {
      const whole = readAmount(before.text, rubric).weekly;
      const parts = [j, ...extraNew].map((k) => readAmount(news[k].text, rubric).weekly);
      const sum = parts.every((w) => w) ? parts.reduce((n: number, w) => n + w!, 0) : null;
      if (whole && sum && Math.abs(sum - whole) <= NEAR_WEEKS * whole) after = { ...after, weekly: sum };
    }
    const c = classifyProvision(before, after, { splitH, rubric });
    // A part put in another section is the old statement's, moved there, with whatever the whole's change is.
    for (const x of cross) {
      const m = classifyProvision(before, { ...after, section: news[x].section }, { splitH, rubric });
      changes.push({ section: news[x].section, kind: m.kind, before: side(olds[i]), after: side(news[x]), detail: m.detail, about: 'provision', why: m.why, order: news[x].start });
    }
    // Each part with the piece it carries: a part that holds none of the words the change names is
    // the same (a split's kept part), when another part holds them.
    const carriers = partsCarrying(c, extraNew.length ? [j, ...extraNew].map((k) => news[k].text) : [i, ...extraOld].map((k) => olds[k].text), extraNew.length ? olds[i].text : news[j].text);
    const kept = { kind: 'unchanged' as const, detail: detailOf(rubric).reworded, why: '' };
    [j, ...extraNew].forEach((k, kn) => [i, ...extraOld].forEach((m, mn) => {
      const own = !carriers || carriers.has(extraNew.length ? kn : mn) ? c : kept;
      changes.push({ section: news[k].section, kind: own.kind, before: side(olds[m]), after: side(news[k]), detail: own.detail, about: 'provision', why: own.why, order: news[k].start });
    }));
  }
  olds.forEach((o, i) => {
    if (matchedOld.has(i)) return;
    changes.push({ section: o.section, kind: 'removed', before: side(o), after: null, detail: fill(detailOf(rubric).removed, { section: o.section }), about: 'provision', why: o.section === 'F' ? whyOf(rubric).removedF : whyOf(rubric).removedOther, order: nearestNewOffset(o, pairs, olds, news) });
  });
  news.forEach((n, j) => {
    if (matchedNew.has(j)) return;
    changes.push({ section: n.section, kind: 'added', before: null, after: side(n), detail: fill(detailOf(rubric).added, { section: n.section }), about: 'provision', why: whyOf(rubric).added, order: n.start });
  });
  return sortByOrder(changes);
}

/**
 * Which parts of a split (or a merge) carry its change: those holding a phrase the change's detail
 * quotes that the other version's statement lacks ("the class teacher" now writes the targets). Null
 * when the change is no cut or gain, there is one part, or the quoted words are in every part or none
 * (a thing taken out, an amount spread over the parts): then every part is reported with the change.
 */
function partsCarrying(c: { kind: string; detail: string }, parts: string[], other: string): Set<number> | null {
  if (parts.length < 2 || c.kind === 'unchanged' || c.kind === 'moved') return null;
  const n = (t: string) => normalise(t).replace(/\s+/g, ' ');
  const fresh = [...c.detail.matchAll(/"([^"]+)"/g)].map((m) => n(m[1])).filter((q) => q && !n(other).includes(q));
  const holding = new Set(parts.flatMap((p, k) => (fresh.some((q) => n(p).includes(q)) ? [k] : [])));
  return holding.size && holding.size < parts.length ? holding : null;
}

const tokenSet = (text: string, rubric?: Words) => new Set(tokens(text, rubric));

/** What the alignment steps read of every statement of both versions (the old ones first), worked out once per comparison. */
interface StatementWords {
  vectors: Vector[];
  toks: Set<string>[];
  /** In how many statements each word stands. */
  df: Map<string, number>;
}

export function statementWords(olds: Item[], news: Item[], rubric?: Words): StatementWords {
  const texts = [...olds, ...news].map((x) => x.text);
  const toks = foldCompounds(texts).map((t) => tokenSet(t, rubric));
  const df = new Map<string, number>();
  for (const ts of toks) for (const w of ts) df.set(w, (df.get(w) ?? 0) + 1);
  return { vectors: tfidfVectors(texts, rubric), toks, df };
}

/**
 * Parts of one statement read as one text, in the order the other version says them (each part
 * placed where the words it alone shares with the other version stand there), so the amounts of
 * the two versions line up ("daily for 20 minutes …, reviewed in a 1-hour visit each half term").
 */
function joined(first: Item, parts: Item[], other: Item, rubric?: Words): Item {
  const otherToks = tokens(other.text, rubric);
  const sets = parts.map((p) => tokenSet(p.text, rubric));
  const place = (k: number) => {
    const own = [...sets[k]].filter((w) => otherToks.includes(w) && sets.every((s, m) => m === k || !s.has(w)));
    const at = own.map((w) => otherToks.indexOf(w)).sort((x, y) => x - y);
    return at.length ? at[Math.floor(at.length / 2)] : Number.MAX_SAFE_INTEGER;
  };
  const order = parts.map((p, k) => ({ p, at: place(k), k })).sort((x, y) => x.at - y.at || x.k - y.k).map((x) => x.p);
  return { ...first, text: order.map((p) => p.text.trim()).join(' '), vagueTerms: [...new Set(parts.flatMap((p) => p.vagueTerms ?? []))], specific: undefined, read: undefined };
}

// A statement split in two: the unaligned part's words come mostly from the old statement (SPLIT_FROM
// of them) and bring at least SPLIT_GAIN of its words the aligned part lacks, one of them a word few
// statements use (RARE_IN: not only "learning support assistant", which half the plan says). A merge
// is the same, the other way round.
// A word few statements use ("laptop", "check-in"): in at most this many statements of the two versions together.
const RARE_IN = 4;
const SPLIT_FROM = 0.6;
const SPLIT_GAIN = 2;
// A part that carries only the amount: at least this share of its words from the whole.
const AMOUNT_SPLIT_FROM = 0.5;

/** The split and merged statements among those align() left out: old index -> extra new parts; new index -> extra old parts. */
export function splitsAndMerges(olds: Item[], news: Item[], pairs: [number, number][], words: StatementWords, group: (k: SectionKey) => string = (k) => k, rubric?: Words): { splits: Map<number, number[]>; merges: Map<number, number[]>; crossSplits: Map<number, number[]> } {
  const splits = new Map<number, number[]>();
  const merges = new Map<number, number[]>();
  const matchedOld = new Set(pairs.map(([i]) => i));
  const matchedNew = new Set(pairs.map(([, j]) => j));
  const oldToks = words.toks.slice(0, olds.length);
  const newToks = words.toks.slice(olds.length);
  const { df } = words;
  const rare = (w: string) => (df.get(w) ?? 0) <= RARE_IN;
  // Whether a statement says how much (a length, a count or a period), read once each.
  const amountIn = new Map<string, boolean>();
  const hasAmount = (text: string) => {
    if (!amountIn.has(text)) amountIn.set(text, readAmount(text, rubric).words !== null);
    return amountIn.get(text)!;
  };
  // One side's statement `whole`, already aligned with `parts` on the other; does `extra` carry more of it?
  // Its amount counts as words it brings: a part that says only "each session will last 1 hour, two a
  // week" has few words of its own (an amount's words are common words), but it carries the amount
  // the whole gave and the aligned part lost.
  const gain = (extra: Set<string>, whole: Set<string>, parts: Set<string>[], amount: { extra: string; whole: string; parts: string[] }) => {
    if (extra.size === 0) return 0;
    const shared = [...extra].filter((w) => whole.has(w));
    const brought = shared.filter((w) => !parts.some((p) => p.has(w)));
    if (shared.length / extra.size >= SPLIT_FROM && brought.length >= SPLIT_GAIN && brought.some(rare)) return brought.length;
    // A short part every word of which is the whole's, naming the same thing (a rare word both hold)
    // and bringing what the aligned part left out ("A radio aid in all lessons." beside "The teaching
    // assistant will check the radio aid every morning."): a part of it, however few its words.
    if (extra.size >= SPLIT_GAIN && shared.length === extra.size && brought.length && shared.some(rare)) return 1;
    const carriesAmount = hasAmount(amount.extra) && hasAmount(amount.whole) && !amount.parts.some(hasAmount);
    // Its own words still mostly the whole's: a new statement with an amount of its own that shares a
    // rare word or two with a statement whose amount went ("careers adviser qualified to Level 6" beside
    // "a qualified teacher … will visit as required") is a statement of its own.
    return carriesAmount && shared.length >= SPLIT_GAIN && shared.some(rare) && shared.length / extra.size >= AMOUNT_SPLIT_FROM ? SPLIT_GAIN : 0;
  };
  // Each statement left over on one side joins the aligned pair whose other side ("whole") it carries
  // more of: a split (one old, several new) or a merge (several old, one new), one rule both ways.
  // `pairsAs` are the pairs as [whole, part]; a part already taken by the other way is left alone.
  const attach = (extras: Item[], extraToks: Set<string>[], matched: Set<number>, wholes: Item[], wholeToks: Set<string>[], pairsAs: [number, number][], into: Map<number, number[]>, taken: Map<number, number[]>) => {
    extras.forEach((_, x) => {
      if (matched.has(x)) return;
      let best: { w: number; g: number } | null = null;
      for (const [w, p] of pairsAs) {
        if (group(wholes[w].section) !== group(extras[x].section) || group(extras[p].section) !== group(extras[x].section) || taken.has(p)) continue;
        const parts = [p, ...(into.get(w) ?? [])];
        const g = gain(extraToks[x], wholeToks[w], parts.map((k) => extraToks[k]), { extra: extras[x].text, whole: wholes[w].text, parts: parts.map((k) => extras[k].text) });
        if (g && (!best || g > best.g)) best = { w, g };
      }
      if (best) into.set(best.w, [...(into.get(best.w) ?? []), x]);
    });
  };
  attach(news, newToks, matchedNew, olds, oldToks, pairs, splits, merges);
  attach(olds, oldToks, matchedOld, news, newToks, pairs.map(([i, j]): [number, number] => [j, i]), merges, splits);
  // One provision split into parts by day, the week's total kept ("5 x 10 minutes a week" become "3 x 10
  // minutes a week (Monday, Wednesday and Friday)" and "on Tuesdays and Thursdays, 10 minutes each
  // day"): a new statement in the same section, its words mostly the old statement's and naming its
  // thing (a rare word), whose week and the aligned part's add up to the old statement's week, which
  // the aligned part alone falls short of.
  const weeklyOf = (text: string) => readAmount(text, rubric).weekly;
  news.forEach((x, xn) => {
    if (matchedNew.has(xn) || [...splits.values()].some((ps) => ps.includes(xn))) return;
    const extra = newToks[xn];
    const rest = extra.size ? weeklyOf(x.text) : null;
    if (!rest) return;
    for (const [i, j] of pairs) {
      if (group(olds[i].section) !== group(x.section) || group(news[j].section) !== group(x.section) || merges.has(j)) continue;
      const shared = [...extra].filter((w) => oldToks[i].has(w));
      if (shared.length < SPLIT_GAIN || !shared.some(rare) || shared.length / extra.size < AMOUNT_SPLIT_FROM) continue;
      const whole = weeklyOf(olds[i].text);
      const parts = [j, ...(splits.get(i) ?? [])].map((k) => weeklyOf(news[k].text));
      if (!whole || parts.some((w) => !w)) continue;
      const part = parts.reduce((n: number, w) => n + w!, 0);
      if (part >= whole * (1 - NEAR_WEEKS) || Math.abs(part + rest - whole) > NEAR_WEEKS * whole) continue;
      splits.set(i, [...(splits.get(i) ?? []), xn]);
      return;
    }
  });
  // A run split across two sections ("the first 5 weeks" left in F, "5 more weeks" put in H1): a new
  // statement in another section, its words mostly the old statement's and naming its thing (a rare
  // word), whose weeks and the aligned part's add up to the old statement's, which the aligned part
  // alone falls short of. It is the old statement's rest, moved, not a new provision.
  const crossSplits = new Map<number, number[]>();
  const weeksIn = (text: string) => readAmount(text, rubric).spans.reduce((n, s) => n + s.weeks, 0);
  const taken = new Set([...splits.values()].flat());
  news.forEach((x, xn) => {
    if (matchedNew.has(xn) || taken.has(xn)) return;
    const extra = newToks[xn];
    if (!extra.size) return;
    for (const [i, j] of pairs) {
      if (group(olds[i].section) !== group(news[j].section) || group(x.section) === group(olds[i].section)) continue;
      const shared = [...extra].filter((w) => oldToks[i].has(w));
      if (shared.length < SPLIT_GAIN || !shared.some(rare) || shared.length / extra.size < AMOUNT_SPLIT_FROM) continue;
      const whole = weeksIn(olds[i].text);
      if (!whole) continue;
      const part = weeksIn([news[j], ...(splits.get(i) ?? []).map((k) => news[k])].map((n) => n.text).join(' '));
      const rest = weeksIn(x.text);
      if (!rest || part >= whole * (1 - NEAR_WEEKS) || Math.abs(part + rest - whole) > NEAR_WEEKS * whole) continue;
      crossSplits.set(i, [...(crossSplits.get(i) ?? []), xn]);
      taken.add(xn);
      return;
    }
  });
  return { splits, merges, crossSplits };
}

// Weeks that add up: within this share of the whole.
const NEAR_WEEKS = 0.02;


/**
 * A statement rewritten in place ("Access to a laptop where appropriate." become "A laptop with a
 * spell checker … in every lesson"): too few words in common to align on meaning, but the only
 * statements left between the same aligned neighbours, in the same section, sharing a word few
 * statements use. Paired greedily by similarity within each gap. Adds to `pairs`.
 */
export function rewrittenInPlace(olds: Item[], news: Item[], pairs: [number, number][], splits: Map<number, number[]>, merges: Map<number, number[]>, words: StatementWords, group: (k: SectionKey) => string = (k) => k, rubric?: Words, alsoUsedNew: Set<number> = new Set()): void {
  const usedOld = new Set([...pairs.map(([i]) => i), ...[...merges.values()].flat()]);
  const usedNew = new Set([...pairs.map(([, j]) => j), ...[...splits.values()].flat(), ...alsoUsedNew]);
  const { toks, df, vectors } = words;
  // Each aligned old statement's place in the new version, its own section only (a move says nothing of the gap it left).
  const anchors: { i: number; lo: number; hi: number }[] = [];
  for (const [i, j] of pairs) {
    if (group(olds[i].section) !== group(news[j].section)) continue;
    const js = [j, ...(splits.get(i) ?? [])];
    anchors.push({ i, lo: Math.min(...js), hi: Math.max(...js) });
  }
  for (const [j, is] of merges) for (const i of is) anchors.push({ i, lo: j, hi: j });
  anchors.sort((x, y) => x.i - y.i);
  const candidates: { i: number; j: number; s: number }[] = [];
  const gapOf = new Map<number, { lo: number; hi: number }>();
  olds.forEach((o, i) => {
    if (usedOld.has(i)) return;
    const prev = anchors.filter((x) => x.i < i && group(olds[x.i].section) === group(o.section)).pop();
    const next = anchors.find((x) => x.i > i && group(olds[x.i].section) === group(o.section));
    const lo = prev ? prev.hi : -1;
    const hi = next ? next.lo : news.length;
    gapOf.set(i, { lo, hi });
    for (let j = lo + 1; j < hi; j++) {
      if (usedNew.has(j) || group(news[j].section) !== group(o.section)) continue;
      const rare = [...toks[i]].some((w) => toks[olds.length + j].has(w) && (df.get(w) ?? 0) <= RARE_IN);
      if (rare) candidates.push({ i, j, s: cosine(vectors[i], vectors[olds.length + j]) });
    }
  });
  candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) {
    if (usedOld.has(i) || usedNew.has(j)) continue;
    pairs.push([i, j]);
    usedOld.add(i);
    usedNew.add(j);
  }
  // A line that offers only a chance of something (the rubric's comparisonWords.offerOnly vague terms:
  // "Opportunities to join clubs.") replaced in its place by a definite one that shares no word with
  // it ("A weekly place at the drama group …"): the one statement left on each side of the gap, in the
  // same section, the new one with no vague term of its own, and not under another area of need.
  const offerOnly = vocabularyOf(rubric).source.comparisonWords.offerOnly ?? [];
  if (!offerOnly.length) return;
  const areaKey = (a?: string | null) => (a ? a.toLowerCase().replace(/[^a-z]+/g, ' ').trim() : '');
  const gaps = new Map<string, number[]>();
  for (const [i, { lo, hi }] of gapOf) {
    if (usedOld.has(i)) continue;
    const key = `${group(olds[i].section)}:${lo}:${hi}`;
    gaps.set(key, [...(gaps.get(key) ?? []), i]);
  }
  for (const is of gaps.values()) {
    if (is.length !== 1) continue;
    const i = is[0];
    const o = olds[i];
    if (o.specific !== false || !(o.vagueTerms ?? []).some((t) => offerOnly.includes(t))) continue;
    const { lo, hi } = gapOf.get(i)!;
    const js: number[] = [];
    for (let j = lo + 1; j < hi; j++) if (!usedNew.has(j) && group(news[j].section) === group(o.section)) js.push(j);
    const fits = js.filter((k) => !(news[k].vagueTerms ?? []).length && !!areaKey(o.area) && areaKey(o.area) === areaKey(news[k].area));
    // Several such lines in the gap: the one that shares most of its words (a common word will do:
    // "clubs" / "drama club"), when one shares more than the rest; the others are new.
    const sims = fits.map((k) => cosine(vectors[i], vectors[olds.length + k]));
    const best = Math.max(0, ...sims);
    const j = fits.length === 1 && js.length === 1 ? fits[0] : best > 0 && sims.filter((x) => x === best).length === 1 ? fits[sims.indexOf(best)] : undefined;
    if (j === undefined) continue;
    pairs.push([i, j]);
    usedOld.add(i);
    usedNew.add(j);
  }
}

/** Where a removed statement would sit in the new version: just after the new place of the statement before it. */
function nearestNewOffset(o: Item, pairs: [number, number][], olds: Item[], news: Item[]): number {
  let best = -1;
  let at = -0.5;
  for (const [i, j] of pairs) if (olds[i].start < o.start && olds[i].start > best) {
    best = olds[i].start;
    at = news[j].end + 0.5;
  }
  return at;
}

function sortByOrder(changes: (Change & { order: number })[]): Change[] {
  return changes.sort((x, y) => x.order - y.order).map(({ order: _o, ...c }) => c);
}

/**
 * Outcomes rewritten in place: the one outcome left unmatched between two matched neighbours in
 * the old version, and the one in the same place in the new, are one outcome reworded ("Zara will
 * understand jokes" rewritten as a SMART outcome about idioms shares few words but keeps its place).
 */
export interface OutcomePlace {
  /** The area of need the outcome sits under (the golden thread), if read. */
  area?: string | null;
  /** The outcome's own item number ("5.5"), if it has one. */
  num?: string | null;
}

// At an end of the list, the one outcome dropped and the one appended are one outcome rewritten when
// they share this much of their words (cosine of their TF-IDF vectors; "Sam will have friends." and
// "Sam will eat lunch with a friend twice a week": the same aim made measurable), less than two
// statements need to align anywhere (MATCH_AT): the place says the rest.
const END_MATCH_AT = 0.15;

/** `similar`: how alike the i-th old and the j-th new outcome are in their words (0 to 1), if known. */
export function pairInPlace(olds: number, news: number, pairs: [number, number][], placeOld: OutcomePlace[] = [], placeNew: OutcomePlace[] = [], similar?: (i: number, j: number) => number): [number, number][] {
  const key = (a?: string | null) => (a ? a.toLowerCase().replace(/[^a-z]+/g, ' ').trim() : null);
  // Outcomes under two different areas of need are two outcomes, wherever they stand.
  const otherArea = (i: number, j: number) => { const a = key(placeOld[i]?.area); const b = key(placeNew[j]?.area); return !!a && !!b && a !== b; };
  // The same item number ("5.5") or area at the end of the list: the outcome kept its place.
  const samePlace = (i: number, j: number) => (!!placeOld[i]?.num && placeOld[i]?.num === placeNew[j]?.num) || (!!key(placeOld[i]?.area) && key(placeOld[i]?.area) === key(placeNew[j]?.area));
  const byOld = new Map(pairs.map(([i, j]) => [i, j]));
  const usedNew = new Set(pairs.map(([, j]) => j));
  const slots = new Map<string, { olds: number[]; news: number[]; end?: boolean }>();
  const matchedOld = [...byOld.keys()].sort((x, y) => x - y);
  const slotOf = (i: number) => {
    const prev = matchedOld.filter((m) => m < i).pop();
    const next = matchedOld.find((m) => m > i);
    return { lo: prev === undefined ? -1 : byOld.get(prev)!, hi: next === undefined ? news : byOld.get(next)! };
  };
  for (let i = 0; i < olds; i++) {
    if (byOld.has(i)) continue;
    const { lo, hi } = slotOf(i);
    // Only a gap with a matched neighbour on each side: at either end of the list, an outcome
    // dropped and another appended are two changes, not one rewritten (unless both keep its number).
    const end = lo < 0 || hi >= news;
    const slot = `${lo}:${hi}`;
    if (!slots.has(slot)) slots.set(slot, { olds: [], news: [] });
    slots.get(slot)!.olds.push(i);
    if (end) slots.get(slot)!.end = true;
  }
  for (const [slotKey, slot] of slots) {
    const [lo, hi] = slotKey.split(':').map(Number);
    if (hi < lo) continue;
    for (let j = Math.max(lo + 1, 0); j < Math.min(hi, news); j++) if (!usedNew.has(j)) slot.news.push(j);
    if (slot.end) {
      // At an end: each old outcome with the one new outcome that keeps its number or area.
      for (const i of slot.olds) {
        const same = slot.news.filter((j) => samePlace(i, j));
        if (same.length === 1 && !pairs.some(([, j]) => j === same[0])) pairs.push([i, same[0]]);
      }
      // The one dropped and the one appended at the same end, on the same aim (their words say so).
      const [i, j] = [slot.olds[0], slot.news[0]];
      if (similar && slot.olds.length === 1 && slot.news.length === 1 && !otherArea(i, j) && !pairs.some(([x, y]) => x === i || y === j) && similar(i, j) >= END_MATCH_AT) pairs.push([i, j]);
      continue;
    }
    if (slot.olds.length === 1 && slot.news.length === 1 && !otherArea(slot.olds[0], slot.news[0])) pairs.push([slot.olds[0], slot.news[0]]);
    else if (slot.olds.length && slot.news.length) {
      // Several in the gap, one of them keeping its item number ("Outcome 4", another dropped with the
      // numbers after it left as they were): the one old and the one new with that number. Only where
      // the outcome after the gap kept its number too: renumbered, the numbers say nothing.
      const nextOld = [...byOld].find(([, j]) => j === hi)?.[0];
      const numbersKept = nextOld !== undefined && !!placeOld[nextOld]?.num && placeOld[nextOld]?.num === placeNew[hi]?.num;
      if (numbersKept) for (const i of slot.olds) {
        const n = placeOld[i]?.num;
        if (!n || slot.olds.filter((k) => placeOld[k]?.num === n).length !== 1) continue;
        const same = slot.news.filter((j) => placeNew[j]?.num === n);
        if (same.length === 1 && !otherArea(i, same[0]) && !pairs.some(([, j]) => j === same[0])) pairs.push([i, same[0]]);
      }
      // Several in the gap, each under its area of need (an area dropped whole beside an outcome
      // rewritten): the one old and the one new under the same area, when it is the only such pair.
      for (const i of slot.olds) {
        if (pairs.some(([k]) => k === i)) continue;
        const a = key(placeOld[i]?.area);
        if (!a) continue;
        const sameOld = slot.olds.filter((k) => key(placeOld[k]?.area) === a);
        const sameNew = slot.news.filter((j) => key(placeNew[j]?.area) === a);
        if (sameOld.length === 1 && sameNew.length === 1 && slot.olds.every((k) => !!key(placeOld[k]?.area)) && slot.news.every((j) => !!key(placeNew[j]?.area)) && !pairs.some(([, j]) => j === sameNew[0])) pairs.push([i, sameNew[0]]);
      }
    }
  }
  return pairs;
}

// An outcome's own item number ("5.5 ", "3) "), also after its label (the rubric's statements.outcomeLabels:
// "Outcome 4: ", "Target 2 –"): layout that says where it stands.
const outcomeNumber = perVocabulary((v) => {
  const l = v.source.statements.outcomeLabels;
  return new RegExp(String.raw`^\s*(?:(?:${v.any(l.terms)}\s+)?${v.any(l.words)}\s+)?(\d{1,2}\.\d{1,2}|\d{1,2})(?:[.)]?\s|\s*[:–-]\s)`, 'i');
});

function outcomeChanges(a: Version, b: Version, rubric?: Rubric): Change[] {
  const olds: Item[] = a.report.outcomes.map((o) => ({ text: o.text, start: o.start, end: o.end, section: 'E' }));
  const news: Item[] = b.report.outcomes.map((o) => ({ text: o.text, start: o.start, end: o.end, section: 'E' }));
  // Where each outcome stands: its area of need and its own item number ("5.5 By July …", layout).
  const numRe = outcomeNumber(rubric);
  const place = (o: Report['outcomes'][number]): OutcomePlace => ({ area: o.area ?? null, num: numRe.exec(o.text)?.[1] ?? null });
  const vectors = tfidfVectors([...olds, ...news].map((x) => x.text), rubric);
  const similar = (i: number, j: number) => cosine(vectors[i], vectors[olds.length + j]);
  const pairs = pairInPlace(olds.length, news.length, align(olds, news, undefined, rubric, vectors), a.report.outcomes.map(place), b.report.outcomes.map(place), similar);
  const changes: (Change & { order: number })[] = [];
  const childName = a.report.plan.childName ?? b.report.plan.childName ?? null;
  for (const [i, j] of pairs) {
    const oa = a.report.outcomes[i];
    const ob = b.report.outcomes[j];
    // A table row's other cells ("How we will know") beside the same outcome written as prose, its
    // evidence in the sentence: the row is read whole. Two rows, or two sentences, are read as they are.
    const restA = rowRest(a.text, oa.end);
    const restB = rowRest(b.text, ob.end);
    // Only there is a word or two of rewording let pass (the row's cells joined into a sentence need
    // "as shown by", "when"): between two sentences, or two rows, the words must be the same.
    const prose = !restA !== !restB;
    // A note of amendment ("(amended at review: wording only)") is not the outcome's words.
    const [ta, tb] = speakerAside(withoutAmendmentNotes(olds[i].text, rubric), withoutAmendmentNotes(news[j].text, rubric), childName, rubric);
    const same = normalise(ta) === normalise(tb) || sameMeaning(ta, tb, rubric) || (prose && sameTime(oa, ob, rubric) && rewordedOnly(ta + restA, tb + restB, rubric));
    const notes: string[] = [];
    if (oa.measurable && !ob.measurable) notes.push('it is no longer measurable');
    if (!oa.measurable && ob.measurable) notes.push('it is now measurable');
    if (oa.timeBound && !ob.timeBound) notes.push('it no longer says by when');
    if (!oa.timeBound && ob.timeBound) notes.push('it now says by when');
    const dateA = timePhrase(oa.text, rubric);
    const dateB = timePhrase(ob.text, rubric);
    if (dateA && dateB && normalise(dateA) !== normalise(dateB)) notes.push(`"${dateA}" became "${dateB}"`);
    changes.push({
      section: 'E',
      kind: same ? 'unchanged' : 'changed',
      before: side(olds[i]),
      after: side(news[j]),
      detail: same ? detailOf(rubric).noChange : notes.length ? fill(detailOf(rubric).outcomeRewordedHow, { notes: notes.join('; ') }) : detailOf(rubric).outcomeReworded,
      about: 'outcome',
      why: same ? '' : whyOf(rubric).outcomeChanged,
      order: news[j].start,
    });
  }
  const mo = new Set(pairs.map(([i]) => i));
  const mn = new Set(pairs.map(([, j]) => j));
  olds.forEach((o, i) => {
    if (!mo.has(i)) changes.push({ section: 'E', kind: 'removed', before: side(o), after: null, detail: detailOf(rubric).outcomeRemoved, about: 'outcome', why: whyOf(rubric).outcomeRemoved, order: nearestNewOffset(o, pairs, olds, news) });
  });
  news.forEach((n, j) => {
    if (!mn.has(j)) changes.push({ section: 'E', kind: 'added', before: null, after: side(n), detail: detailOf(rubric).outcomeAdded, about: 'outcome', why: whyOf(rubric).outcomeAdded, order: n.start });
  });
  return sortByOrder(changes);
}

// The child speaking of themself (comparisonWords.firstPerson), matched as written.
const firstPerson = perVocabulary((v) => {
  const { firstPerson: w, firstPersonVerbs: verbs } = v.source.comparisonWords;
  return w.length ? { me: new RegExp(String.raw`(?<![\w'’])(?:${w.join('|')})(?![\w'’])`), verbs: verbs.length ? new RegExp(String.raw`(?<![\w'’])${v.any(verbs)}(?![\w'’])`, 'gi') : null } : null;
});

/**
 * One outcome in the first person ("I will put on my coat") and the other with the child's name ("Eli
 * will put on his coat"): who is speaking is not the target, so the name is left out of both (the
 * pronouns are common words). Both as they are otherwise.
 */
function speakerAside(a: string, b: string, name: string | null, rubric?: Words): [string, string] {
  const words = firstPerson(rubric);
  if (!words || !name || words.me.test(a) === words.me.test(b)) return [a, b];
  const named = new RegExp(String.raw`(?<![\w'’-])${escapeRegExp(name)}(?:['’]s)?(?![\w'’-])`, 'gi');
  const aside = (t: string) => {
    const out = t.replace(named, ' ');
    return words.verbs && words.me.test(t) ? out.replace(words.verbs, ' ') : out;
  };
  return [aside(a), aside(b)];
}

/** The same words once spelt alike ("mins"/"minutes", "SaLT"), in any order, with the same numbers and dates. */
function sameMeaning(a: string, b: string, rubric?: Words): boolean {
  return meaningDiff(a, b, rubric).same;
}

// An outcome reworded, not changed: at most this many of its words (and this share of the words of
// both) in one wording only, with the same numbers, dates, counts, periods and negation.
const REWORDED_WORDS = 2;
const REWORDED_SHARE = 0.2;

/**
 * A table row's outcome written as a sentence with the same target, time and evidence ("… using a
 * standard keyboard, as shown by a timed typing check each half term" for a row whose last cell was
 * "A timed typing check each half term"): the same numbers, dates, counts, periods and negation, and
 * all but a word or two the same.
 */
function rewordedOnly(a: string, b: string, rubric?: Words): boolean {
  const d = meaningDiff(a, b, rubric);
  if (d.same) return true;
  if (!d.sameNumbers || !d.sameWords) return false;
  // An adverb and its adjective are one word here ("correctly" / "correct": the stemmer keeps them apart).
  const [sa, sb] = [new Set(d.tokensA), new Set(d.tokensB)];
  const fold = (w: string, other: Set<string>) => (w.endsWith('li') && other.has(w.slice(0, -2)) ? w.slice(0, -2) : w);
  const [ta, tb] = [new Set([...sa].map((w) => fold(w, sb))), new Set([...sb].map((w) => fold(w, sa)))];
  const union = new Set([...ta, ...tb]);
  const differ = [...union].filter((w) => !ta.has(w) || !tb.has(w)).length;
  return union.size > 0 && differ <= REWORDED_WORDS && differ / union.size <= REWORDED_SHARE;
}

function meaningDiff(a: string, b: string, rubric?: Words): { same: boolean; sameNumbers: boolean; sameWords: boolean; tokensA: string[]; tokensB: string[] } {
  // Compounds joined alike ("book-band" / "bookband") and equivalent forms said one way ("at least 3" / "3 or more").
  [a, b] = foldCompounds([a, b]).map((t) => sameForms(t, rubric));
  const key = (t: string) => [...tokens(t, rubric)].sort().join(' ');
  // Words the similarity leaves out that still change an outcome's meaning: counts, periods, negation
  // (the rubric's comparisonWords.outcomeMeaning, each read as its fold).
  const { re, as } = meaningWords(rubric);
  const words = (t: string) =>
    [...t.matchAll(re)]
      .map((m) => as[Number(Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)![0].slice(1))])
      .sort()
      .join(' ');
  // Numbers in digits, and in words past the counts above ("twenty", "forty-five"), by their value.
  const nums = (t: string) => {
    const u = t.replace(/\b1:1\b/g, ' ');
    const words = [...u.matchAll(numberWord(rubric))].map((m) => m[0]).filter((w) => !/\d/.test(w)).map((w) => String(toNumber(w, rubric)));
    return [...(u.match(/\d+(?:\.\d+)?/g) ?? []), ...words].sort().join(' ');
  };
  const sameNumbers = nums(a) === nums(b);
  const sameWords = words(a) === words(b);
  return { same: key(a) === key(b) && sameNumbers && sameWords, sameNumbers, sameWords, tokensA: tokens(a, rubric), tokensB: tokens(b, rubric) };
}

// The rubric's numbers (vocabulary.numbers) as whole words.
const numberWord = perVocabulary((v) => new RegExp(`(?<![\\w])${v.number}(?![\\w])`, 'gi'));

// One expression over the outcome-meaning words, each entry its own named group (g0, g1…) so an
// entry's own groups do not shift which one matched; the first entry that matches at a place wins.
const meaningWords = perVocabulary((v) => {
  const entries = v.source.comparisonWords.outcomeMeaning;
  return { re: new RegExp(`(?<![\\w])(?:${entries.map((e, i) => `(?<g${i}>${v.any(e.patterns)})`).join('|')})(?![\\w])`, 'gi'), as: entries.map((e) => e.as) };
});

// An outcome's date as the rubric words it (comparisonWords.outcomeDate), put in its grammar once per vocabulary.
const outcomeDate = perVocabulary((v) => {
  const d = v.source.comparisonWords.outcomeDate;
  return new RegExp(String.raw`(?<![\w])${v.any(d.leads)} (?:the )?(?:${v.any(d.edges)} )?[\w ]{2,30}?${v.any(d.ends)}(?![\w])`, 'i');
});

/** The rest of a table row after an outcome's cells (its line's other cells, from a tab), or '' when the outcome is not followed by one. */
function rowRest(text: string, end: number): string {
  const m = /^\t[^\n]*/.exec(text.slice(end, end + 2000));
  return m ? m[0] : '';
}

/** Both outcomes say by when, or neither does (which date, their numbers say). */
function sameTime(a: Report['outcomes'][number], b: Report['outcomes'][number], rubric?: Rubric): boolean {
  return a.timeBound === b.timeBound || (!!timePhrase(a.text, rubric) && !!timePhrase(b.text, rubric));
}

function timePhrase(text: string, rubric?: Rubric): string | null {
  if (!isTimeBound(text, rubric)) return null;
  const m = outcomeDate(rubric).exec(text);
  return m ? m[0] : null;
}

/** Section I's body: its text without the heading line. */
function placementBody(v: Version): Item | null {
  const s = v.report.sections.find((x) => x.key === 'I');
  if (!s) return null;
  let start = s.start;
  const raw = v.text.slice(s.start, s.end);
  const firstBreak = raw.indexOf('\n');
  if (raw.startsWith(s.title) || (firstBreak > 0 && firstBreak < 160)) start = s.start + (raw.startsWith(s.title) ? s.title.length : firstBreak);
  // What is left of a heading split across cells or lines ("I", "Placement", "Name and type of school:"):
  // the form's own labels, layout rather than vocabulary, so kept here.
  // A plain-text banner's marks around it ("=== SECTION I: PLACEMENT ===") too.
  const lead = /^[\s:.\-–—|=#*]*(?:(?:section|part)\s+)?(?:I\b)?[\s:.\-–—|]*(?:placement|(?:the )?name and type of (?:the )?(?:school|setting|institution|placement)(?: or other institution)?|school or other institution)?[\s:.\-–—|=#*]*/i.exec(v.text.slice(start, s.end));
  if (lead) start += lead[0].length;
  let end = s.end;
  // The next heading's number ("11.") left at the end by a numbered template.
  const tail = /\n\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-K]\d?[.)]?)\s*$/.exec(v.text.slice(start, end));
  if (tail) end = start + tail.index;
  while (end > start && /\s/.test(v.text[end - 1])) end--;
  if (end <= start) return null;
  return { text: v.text.slice(start, end), start, end, section: 'I' };
}

function placementChanges(a: Version, b: Version, rubric?: Rubric): Change[] {
  const pa = placementBody(a);
  const pb = placementBody(b);
  if (!pa && !pb) return [];
  // A Section I that names no school, institution or type (a draft's "To be named in the final
  // plan", "Not named in the draft plan") has no placement: that side is null, as an empty one is.
  const blankA = !pa || !placementNamed(pa.text, rubric);
  const blankB = !pb || !placementNamed(pb.text, rubric);
  // The same school said another way ("X School, a special school" / "X School (special school)"):
  // the same words, numbers and dates, as an outcome reworded.
  // A form's field labels ("Name", "Type") are left out: the same placement moved into labelled cells is no change.
  const same = normalise(pa?.text ?? '') === normalise(pb?.text ?? '') || (blankA && blankB) || (!!pa && !!pb && sameMeaning(unlabelled(pa.text, rubric), unlabelled(pb.text, rubric), rubric));
  let detail: string;
  const said = detailOf(rubric);
  if (same) detail = said.noChange;
  else if (blankA && !blankB) detail = fill(said.placementNamed, { placement: oneLine(pb!.text) });
  else if (!blankA && blankB) detail = fill(said.placementUnnamed, { placement: oneLine(pa!.text) });
  else detail = fill(said.placementChanged, { before: oneLine(pa!.text), after: oneLine(pb!.text) });
  const before = pa && (same || !blankA) ? side(pa) : null;
  const after = pb && (same || !blankB) ? side(pb) : null;
  return [{ section: 'I', kind: same ? 'unchanged' : 'changed', before, after, detail, about: 'placement', why: same ? '' : whyOf(rubric).placement }];
}

// Section I's field labels (comparisonWords.placementLabels), each the whole of a cell or a line's start before ":", a tab or "|".
const placementLabel = perVocabulary((v) => new RegExp(String.raw`(^|\n)[ \t]*${v.any(v.source.comparisonWords.placementLabels)}[ \t]*(?:[:|\t]|(?=\n))`, 'gi'));

function unlabelled(text: string, rubric?: Rubric): string {
  return text.replace(placementLabel(rubric), '$1');
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 200 ? `${t.slice(0, 197)}…` : t;
}

const SECTION_ORDER: SectionKey[] = ['E', 'F', 'G', 'H1', 'H2', 'I'];

/** Compares two analysed versions; `rubric`, the one they were analysed with, gives the words the comparison reads. */
export function compareVersions(a: Version, b: Version, opts: Pick<AnalyseOptions, 'rubric'> = {}): Comparison {
  const changes = [...outcomeChanges(a, b, opts.rubric), ...provisionChanges(a, b, opts.rubric), ...placementChanges(a, b, opts.rubric)];
  // Grouped by section in plan order, each section's changes in the new version's order.
  const rank = (c: Change) => SECTION_ORDER.indexOf(c.section);
  const ordered = changes.map((c, i) => ({ c, i })).sort((x, y) => rank(x.c) - rank(y.c) || x.i - y.i).map((x) => x.c);
  const deadlines = versionDeadlines(b.report, opts.rubric);
  return { schemaVersion: 1, old: { document: a.report.document }, new: { document: b.report.document }, changes: ordered, ...(deadlines.length ? { deadlines } : {}) };
}

/**
 * The statutory dates that run from the new version: those its own dates give (representations on
 * a draft or on proposed amendments, the amended final plan, the review decision, the final plan),
 * and, for a draft that does not say when it was sent, the 15 days counted from the date it bears.
 */
export function versionDeadlines(r: Report, rubric?: Rubric): DeadlineEntry[] {
  const out = [...(r.deadlines ?? [])];
  if (r.plan.status === 'draft' && r.plan.date && !out.some((d) => d.kind === 'draftRepresentations')) {
    out.push(representations('draftRepresentations', new Date(`${r.plan.date}T00:00:00Z`), (rubric ?? loadRubric()).deadlines.fromWhat.draftDate, rubric));
  }
  return out.sort((x, y) => x.due.localeCompare(y.due));
}

/** Analyses and compares two structured documents. */
export function compareDocuments(oldDoc: StructuredDocument, newDoc: StructuredDocument, opts: Pick<AnalyseOptions, 'rubric'> = {}): Comparison {
  return compareVersions(version(oldDoc, opts), version(newDoc, opts), opts);
}

/** One document analysed, with its provisions as the analyser read them where that is only their cells' amounts said whole. */
function version(doc: StructuredDocument, opts: Pick<AnalyseOptions, 'rubric'>): Version {
  const { report, facts } = analyseWithFacts(doc, { rubric: opts.rubric });
  const reads = new Map<string, string>();
  for (const { statement: st } of facts.provisions) {
    const words = doc.text.slice(st.start, st.end);
    if (st.text !== words && cellsReadWhole(words, st.text)) reads.set(`${st.start}:${st.end}`, st.text);
  }
  return { report, text: doc.text, reads };
}

// A table cell that is only a number (grammar): what a column of amounts gives its unit to.
const BARE_NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;

/** The same cells, each the same but for a bare number read with words after it ("1" read "1 Sessions per week"). */
function cellsReadWhole(words: string, read: string): boolean {
  const [a, b] = [words.split('\t'), read.split('\t')];
  if (a.length !== b.length) return false;
  return a.every((x, i) => x.trim() === b[i].trim() || (BARE_NUMBER.test(x) && b[i].trim().startsWith(x.trim())));
}
