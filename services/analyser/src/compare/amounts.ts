// What a provision statement gives, read for comparison: how much (per week where it can be worked
// out), in what group, by whom, and on what conditions. Two versions of one statement are compared
// on these, not on their words, so rewording ("3 x 30 minutes a week" / "30 minutes three times
// weekly") is not a change and a cut is.
import { countedIn, countsIn, groupIn, lengthsIn, minutesOf, periodsIn, readLength, toNumber, weeksOf, type Words } from '../quantities.ts';
import { perVocabulary, vocabularyOf } from '../vocabulary.ts';
import { maskReviewClauses } from '../provision.ts';

// ---------------------------------------------------------------- how much

// Lengths are read by quantities.ts (lengthsIn, readLength: the judges' and advice's reader, clock
// times included); a period, once found, is valued there too (perWeek: the rubric's
// vocabulary.periodWeeks, the same table the judges read).

/** The amount grammar's patterns, built from one vocabulary's words (comparisonWords) once. */
interface AmountPatterns {
  twiceADay: RegExp;
  /** How long it runs in all ("for the first 4 weeks", "over 36 weeks"): the number and the period noun. */
  spans: RegExp | null;
  /** A further run ("5 more weeks", "for a further 4 weeks"): the number and the period noun. */
  moreSpans: RegExp | null;
  /** An interval ("every 30 minutes", "once every hour"): its number (none: one) and unit. */
  interval: RegExp | null;
  /** The terms it runs in, by name ("in the spring and summer terms"): the names. */
  termSpans: RegExp | null;
  termName: RegExp | null;
}

const amountPatterns = perVocabulary((v): AmountPatterns => {
  const w = v.source.comparisonWords;
  const edge = (src: string) => new RegExp(String.raw`(?<![\w])${src}(?![\w])`, 'i');
  return {
    twiceADay: edge(v.any(w.twiceADay)),
    spans: w.spanLeads.length ? new RegExp(String.raw`(?<![\w])${v.any(w.spanLeads)}\s+(${v.number})\s+(${v.any(w.periodNouns)})(?![\w])`, 'gi') : null,
    moreSpans: w.spanMore.length
      ? new RegExp(String.raw`(?<![\w])(?:(?:${v.any(w.spanLeads)}\s+)?(?:an?|another)\s+${v.any(w.spanMore)}\s+(${v.number})|(${v.number})\s+${v.any(w.spanMore)})\s+(${v.any(w.periodNouns)})(?![\w])`, 'gi')
      : null,
    interval: w.intervalLeads.length ? new RegExp(String.raw`(?<![\w])${v.any(w.intervalLeads)}\s+(?:(${v.number}|half an?|an?)\s*-?\s*)?(${v.list('lengthUnits')})(?![\w])`, 'i') : null,
    // A lead, "the", then term names joined by commas or "and" (grammar), then "term" or "terms".
    termSpans: w.termNames.length && w.termSpanLeads.length
      ? new RegExp(String.raw`(?<![\w])${v.any(w.termSpanLeads)}\s+(?:the\s+)?((?:${v.any(w.termNames)})(?:(?:,\s*|,?\s+and\s+)(?:${v.any(w.termNames)}))*)\s+terms?(?![\w])`, 'gi')
      : null,
    termName: w.termNames.length ? new RegExp(String.raw`(?<![\w])${v.any(w.termNames)}(?![\w])`, 'gi') : null,
  };
});

// Words before a review clause that leave it the statement's own provision: a subject at most ("An
// occupational therapist will review…"), no clause of its own.
const REVIEW_OPENS_WITHIN = 6;
// A subject of any length whose relative pronoun leads the review clause ("A case coordinator from the
// family support team who will review the package …"): the review is what that person gives. Grammar.
const RELATIVE_BEFORE = /\b(?:who|that|which)\s*$/i;

/**
 * The statement with its review and monitoring clauses left out ("…, reviewed termly by the SENCo":
 * that "termly" is not the amount), unless the statement is itself a review or a check (it opens with
 * one: "Review of her seating by a physiotherapist every half term"), whose how often and by whom are
 * the provision.
 */
function withoutReviews(text: string, rubric?: Words): string {
  const masked = maskReviewClauses(text, rubric);
  let at = 0;
  while (at < text.length && masked[at] === text[at]) at++;
  if (at >= text.length) return masked;
  const before = text.slice(0, at);
  const opens = !/[,;:()\t]/.test(before) && (before.split(/\s+/).filter(Boolean).length <= REVIEW_OPENS_WITHIN || RELATIVE_BEFORE.test(before));
  return opens ? text : masked;
}

export interface Amount {
  /** Minutes each time (or each period for a weekly total). */
  length: number | null;
  /** Occasions per period. */
  count: number | null;
  /** The period's per-week factor (daily 5, weekly 1, fortnightly 0.5...). */
  per: number | null;
  /** The words that say how much, as written ("45 minutes weekly"). */
  words: string | null;
  /** Minutes per week, where length and period are both known. */
  weekly: number | null;
  /** Every length and every period in the statement, in order: a statement can give two amounts ("one stay a month, and 2 hours every Thursday"). */
  lengths: number[];
  periods: { per: number; words: string }[];
  /** How many in all, when a marked rate gives how often ("once a month, for 4 sessions": 4), else null. */
  course: number | null;
  /** How long it runs, in weeks, each span in order ("for the first 4 weeks" 4, "over 2 terms" 26), with its words. */
  spans: { weeks: number; words: string }[];
  /**
   * The terms it runs in, named ("in the spring and summer terms": 26 weeks), all such phrases
   * together, with their words; null when it names none. Compared only with the other version's terms
   * named: a run of weeks within them ("in blocks of 6 weeks in the summer term") is a span of its own.
   */
  terms: { weeks: number; words: string } | null;
  /** How often by the time between ("every 30 minutes": 30), with its words; its length is no session's. */
  interval: { minutes: number; words: string } | null;
  /** Each amount named (a length, a count of things: "20 minutes", "4 days"), outside brackets, by its value, with its words. */
  items: { key: string; kind: string; words: string }[];
}

/** How much a statement gives. Review and monitoring clauses are left out: their "termly" is not the amount. */
export function readAmount(text: string, rubric?: Words): Amount {
  const a = amountPatterns(rubric);
  let t = withoutReviews(text, rubric).replace(/\t/g, ' ');
  // An interval's length says how often, not how long ("5 minutes every 30 minutes"): read, then blanked.
  let interval: Amount['interval'] = null;
  const iv = a.interval ? a.interval.exec(t) : null;
  if (iv) {
    const minutes = minutesOf(iv[1] ?? 'one', iv[2], rubric);
    if (minutes > 0) {
      interval = { minutes, words: iv[0].trim() };
      t = t.slice(0, iv.index) + ' '.repeat(iv[0].length) + t.slice(iv.index + iv[0].length);
    }
  }
  // The first length, else the times it runs between.
  const first = readLength(t, rubric);
  let length = first ? first.minutes : null;
  const lengthAt = first ? { start: first.index, end: first.index + first.length } : null;
  // The first count, a course's in all ("6 weekly sessions": six), read away from the length by quantities.ts.
  const counts = countsIn(t, rubric);
  // A rate marked ("once a month", "twice a week") and a course counted apart from it ("for 4 sessions of
  // 30 minutes"): the mark is how often, whichever is written first, and the other how many in all, so
  // the clauses in another order read alike.
  const markedApart = !!counts.marked && !!counts.counted && counts.marked.index !== counts.counted.index;
  const c = markedApart ? counts.marked : counts.course;
  const course = markedApart ? counts.counted!.n : null;
  let count = c ? c.n : null;
  // A total then how it is split ("90 minutes a week, as two 45-minute sessions", "60 minutes in
  // three sessions of 20 minutes"): the count's own length times the count is the first length, so
  // that first length is the period's total, not each session's.
  if (c && count !== null && length !== null && lengthAt) {
    const each = lengthsIn(t.slice(c.index, c.index + c.length + 24), rubric)[0]?.minutes ?? null;
    if (each !== null && count > 1 && Math.abs(each * count - length) < 0.5) length = each;
  }
  const all = periodsIn(t, rubric);
  const p = all[0];
  let per = p ? p.perWeek : null;
  // "45 minutes a day, 5 days a week": a count of days with its own period is how many days in it, in
  // place of a day's share of a school week.
  if (c && count !== null && p && p.perWeek !== null && p.index < c.index) {
    const counted = t.slice(c.index, c.index + c.length).trim().split(/\s+/).pop() ?? '';
    const own = all.find((x) => x.index >= c.index + c.length && /^[\s,]*$/.test(t.slice(c.index + c.length, x.index)));
    const day = weeksOf(counted, rubric) ?? weeksOf(counted.replace(/s$/i, ''), rubric);
    if (own && own.perWeek !== null && day !== null && p.perWeek === 1 / day && own.perWeek < p.perWeek) per = own.perWeek;
  }
  // "Each morning and afternoon": twice a day.
  const twice = count === null ? a.twiceADay.exec(t) : null;
  if (twice) {
    count = 2;
    per = 5;
  }
  // The words, from the first to the last of length, count and period (for the plain-English detail).
  const spans = [lengthAt, c ? { start: c.index, end: c.index + c.length } : null, p ? { start: p.index, end: p.index + p.length } : null, twice ? { start: twice.index, end: twice.index + twice[0].length } : null].filter((s): s is { start: number; end: number } => !!s);
  let words: string | null = null;
  if (spans.length) {
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    words = end - start <= 80 ? t.slice(start, end).trim() : spans.map((s) => t.slice(s.start, s.end).trim()).join(' … ');
  }
  const weekly = length !== null && per !== null ? Math.round(length * (count ?? 1) * per * 10) / 10 : null;
  // Every length, "an hour and a half" read whole (not its "an hour"); with none, the clock times'.
  const lengths = lengthsIn(t, rubric).map((l) => l.minutes);
  if (!lengths.length && length !== null) lengths.push(length);
  const periods = all.filter((x) => x.perWeek !== null).map((x) => ({ per: x.perWeek!, words: x.words }));
  const runs: (Amount['spans'][number] & { at: number })[] = [];
  if (a.spans) for (const m of t.matchAll(a.spans)) {
    const n = toNumber(m[1], rubric);
    const weeks = weeksOf(m[2].replace(/s$/i, ''), rubric) ?? weeksOf(m[2], rubric);
    if (n !== null && weeks !== null) runs.push({ weeks: n * weeks, words: m[0].trim(), at: m.index });
  }
  if (a.moreSpans) for (const m of t.matchAll(a.moreSpans)) {
    if (runs.some((r) => r.at <= m.index && m.index < r.at + r.words.length)) continue;
    const n = toNumber(m[1] ?? m[2], rubric);
    const weeks = weeksOf(m[3].replace(/s$/i, ''), rubric) ?? weeksOf(m[3], rubric);
    if (n !== null && weeks !== null) runs.push({ weeks: n * weeks, words: m[0].trim(), at: m.index });
  }
  runs.sort((x, y) => x.at - y.at);
  // The terms it runs in, by name ("1 day a week in the spring and summer terms"): a term's weeks each.
  const term = weeksOf('term', rubric);
  let terms = null as Amount['terms'];
  if (a.termSpans && a.termName && term !== null) for (const m of t.matchAll(a.termSpans)) {
    const named = m[1].match(a.termName)?.length ?? 0;
    if (named) terms = { weeks: (terms?.weeks ?? 0) + named * term, words: terms ? `${terms.words} … ${m[0].trim()}` : m[0].trim() };
  }
  // Each amount named, outside brackets (a bracket restates: "(20 minutes each school day)").
  const depth = (at: number) => (t.slice(0, at).match(/\(/g)?.length ?? 0) - (t.slice(0, at).match(/\)/g)?.length ?? 0);
  const items = [
    ...lengthsIn(t, rubric).map((l) => ({ at: l.index, kind: 'length', key: `${l.minutes} min`, words: t.slice(l.index, l.index + l.length) })),
    ...countedIn(t, rubric).map((k) => {
      const noun = (k.words.trim().split(/\s+/).pop() ?? '').toLowerCase().replace(/s$/, '');
      return { at: k.index, kind: noun, key: `${k.n} ${noun}`, words: k.words.trim() };
    }),
  ]
    .filter((x) => depth(x.at) <= 0)
    .sort((x, y) => x.at - y.at)
    .map(({ key, kind, words: w }) => ({ key, kind, words: w }));
  return { length, count, per, words, weekly, lengths, periods, course, spans: runs.map(({ weeks, words: w }) => ({ weeks, words: w })), terms, interval, items };
}

// ---------------------------------------------------------------- group size

export interface Group {
  /** Children in the group: 1 for 1:1; a large number for a whole class. */
  size: number;
  words: string;
  /** The size is given (a number, "1:1", "a whole class"), not only guessed from a word ("a small group", "a group"). */
  stated: boolean;
}

/** The group a statement gives and its size, or null when it does not say: quantities.ts's groupIn, review clauses left out. */
export function readGroup(text: string, rubric?: Words): Group | null {
  const g = groupIn(withoutReviews(text, rubric), rubric);
  return g && g.size !== null ? { size: g.size, words: g.words!, stated: g.stated } : null;
}

/**
 * Two groups offered as a choice ("1:1 or in a pair", "in a small group or individually"): the sizes
 * on each side of an "or" (the conjunction is grammar; the groups are groupIn's), and the words from
 * the "or" on. Null when no "or" stands between two groups.
 */
export function readGroupChoice(text: string, rubric?: Words): { sizes: [number, number]; words: string } | null {
  const t = withoutReviews(text, rubric);
  for (const m of t.matchAll(/\s+or\s+/gi)) {
    const left = t.slice(Math.max(0, m.index - 30), m.index);
    const rightEnd = t.slice(m.index + m[0].length).search(/[,;.]|$/);
    const right = t.slice(m.index + m[0].length, m.index + m[0].length + Math.min(rightEnd, 40));
    // The group must end the words before the "or" and open the words after it.
    const a = groupIn(left, rubric);
    const b = groupIn(right, rubric);
    if (!a || !b || a.size === null || b.size === null || !a.words || !b.words) continue;
    if (!left.trimEnd().toLowerCase().endsWith(a.words.toLowerCase()) || right.toLowerCase().indexOf(b.words.toLowerCase()) > 10) continue;
    return { sizes: [a.size, b.size], words: `or ${right.trim()}` };
  }
  return null;
}

// ---------------------------------------------------------------- provider

export interface Role {
  /** 3 a specialist or registered professional, 2 a teacher, 1 an assistant or mentor. */
  level: number;
  /** The words as written ("a speech and language therapist"). */
  words: string;
}

export interface Provider {
  /** Everyone named as delivering it (not those who only train, advise or review). */
  roles: Role[];
  /** Words that stand where a role should ("staff", "the school"), when no role is named. */
  nonRole: string | null;
  /** Named training or expertise ("trained in ELKLAN", "Level 3"). */
  trained: boolean;
  /** A qualification named ("with a Makaton Level 2 certificate", "qualified"): more than training alone. */
  qualified: boolean;
  /** Those named as writing, setting, training, reviewing or advising on it, or consulted, when someone else delivers it. */
  others: Role[];
}

// The rubric's words for who delivers (vocabulary.providerLevels), in the grammar below once per vocabulary.
interface ProviderWords {
  /** Each level's role, with an article before it ("a speech and language therapist"). */
  levels: [number, RegExp][];
  nonRole: RegExp;
  /** Someone named as the source of a programme, its trainer or its reviewer is not the person who delivers it. */
  notDeliverer: RegExp;
  trained: RegExp;
  qualified: RegExp | null;
  /** A thing of the role's just after it ("the therapist's programme", "the OT advice"): the role is its author, not who delivers. */
  owned: RegExp;
}

const providerWords = perVocabulary((v): ProviderWords => {
  const p = v.source.providerLevels;
  const level = (src: string) => new RegExp(String.raw`(?<![\w-])(?:(?:an?|the|his|her|their|my) )?(?:${src})(?![\w])`, 'gi');
  const w: ProviderWords = {
    levels: [
      // A role in training ("a trainee school counsellor") first, so the role inside it is that one person.
      ...(p.trainees.length ? [[1, level(String.raw`${v.any(p.trainees)} (?:[\w-]+ ){0,2}?(?:${v.any(p.specialist.roles)}|${v.any(p.teacher.roles)})`)] as [number, RegExp]] : []),
      [3, level(String.raw`(?:${v.any(p.specialist.qualifiers)} )*${v.any(p.specialist.roles)}`)],
      [2, level(String.raw`(?:${v.any(p.teacher.qualifiers)} )?${v.any(p.teacher.roles)}`)],
      [1, level(v.any(p.assistant.roles))],
    ],
    nonRole: new RegExp(String.raw`(?<![\w])${v.any(p.notRoles)}(?![\w])`, 'i'),
    notDeliverer: new RegExp(String.raw`${v.any(p.notDelivering)}(?: \w+){0,2} (?:by|from|with) (?:the |a |an |his |her |their )?(?:[\w-]+ ){0,3}$`, 'i'),
    trained: new RegExp(String.raw`(?<![\w])${v.any(p.trained)}(?![\w])`, 'i'),
    qualified: p.qualifications.length ? new RegExp(String.raw`(?<![\w])${v.any(p.qualifications)}(?![\w])`, 'i') : null,
    owned: new RegExp(String.raw`^\s*(?:'s|’s)? ?${v.any(p.ownedThings)}\b`, 'i'),
  };
  return w;
});

// A preposition of place just before "the school" or "staff": grammar, not a role word.
const PLACE_BEFORE = /(?:^|\s)(?:at|in|into|around|across|outside|within|inside|to|about|of)\s+$/i;

/** Who delivers the statement's provision, as far as words alone can tell. */
export function readProvider(text: string, rubric?: Words): Provider {
  const { levels, nonRole: NON_ROLE, notDeliverer: NOT_DELIVERER, trained: TRAINED, qualified: QUALIFIED, owned: OWNED } = providerWords(rubric);
  const t = withoutReviews(text, rubric).replace(/\t/g, ' ');
  const roles: (Role & { start: number; end: number })[] = [];
  const setAside: (Role & { start: number; end: number })[] = [];
  for (const [level, g] of levels) {
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = g.exec(t))) {
      const start = m.index;
      const end = m.index + m[0].length;
      // A lower level's match inside a higher one ("assistant" in "teaching assistant") is the same person.
      if (roles.some((r) => start < r.end && end > r.start)) continue;
      // "Trained by the therapist", "a programme written by the OT": not who delivers it.
      if (NOT_DELIVERER.test(t.slice(Math.max(0, start - 60), start)) || OWNED.test(t.slice(end, end + 14))) {
        if (!setAside.some((r) => start < r.end && end > r.start)) setAside.push({ level, words: m[0].trim(), start, end });
        continue;
      }
      roles.push({ level, words: m[0].trim(), start, end });
    }
  }
  const non = NON_ROLE.exec(t);
  // Words that stand where a role should, as the ones who deliver ("from school staff, following a
  // programme set by the therapist"), not a place ("at the school": a preposition of place before them).
  const nonDelivers = !!non && !PLACE_BEFORE.test(t.slice(Math.max(0, non.index - 12), non.index));
  // "Breaks supervised by a teaching assistant": with no one else named, whoever supervises is there;
  // but not when "staff" or "the school" are named as delivering it to the programme the therapist sets.
  const others = roles.length || nonDelivers ? setAside : [];
  if (!roles.length && !nonDelivers) roles.push(...setAside);
  const trained = TRAINED.test(t);
  const plain = (rs: typeof roles) => rs.sort((a, b) => a.start - b.start).map(({ level, words }) => ({ level, words }));
  return { roles: plain(roles), nonRole: non ? non[0].trim() : null, trained, qualified: !!QUALIFIED && QUALIFIED.test(t), others: plain(others) };
}

/** A role's words without its article, for comparing ("a teaching assistant" = "the teaching assistant"). */
export function roleKey(r: Role): string {
  return r.words.toLowerCase().replace(/^(?:an?|the|his|her|their|my) /, '').replace(/s$/, '');
}

// ---------------------------------------------------------------- conditions

export interface Hedge {
  /** A stable name for the hedge ("may", "subject to review"). */
  term: string;
  words: string;
  /** It stands where "will" would ("may", "could"). */
  modal?: boolean;
}

// Wording that leaves whether, how much or how often to someone's judgement (rubric-reference §2),
// plus the conditions reviews add ("subject to review", "initially"): the rubric's `vocabulary.conditions`.

/** The conditions in a statement, each once, as the rubric given names them. Review clauses are read too: "subject to review" lives there. */
export function readHedges(text: string, rubric?: Words): Hedge[] {
  const out: Hedge[] = [];
  const t = text.replace(/\t/g, ' ');
  for (const { term, re, modal } of vocabularyOf(rubric).conditions) {
    const m = re.exec(t);
    if (m) out.push({ term, words: m[0].trim(), ...(modal ? { modal } : {}) });
  }
  return out;
}

const promiseWords = perVocabulary((v) => new RegExp(`(?<![\\w])${v.any(v.source.comparisonWords.promises)}(?![\\w])`, 'i'));

/** "will", "must", "shall" (the rubric's comparisonWords.promises): a statement that promises. */
export function promises(text: string, rubric?: Words): boolean {
  return promiseWords(rubric).test(text);
}
