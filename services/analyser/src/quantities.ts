// Amounts, periods and dates as plans write them, numbers as digits or words
// ("3 x 30 minutes a week", "twice weekly", "three sessions per half term", "45 minutes fortnightly").
// Regexes rather than a parser: the phrases are few, fixed and easier to read this way. Their words
// (numbers, months, days, occasions, periods, units, frequencies, time phrases) are the rubric's
// (`vocabulary:` in rubrics/default.yaml); the phrases' shape is here.

import type { Rubric } from './rubric.ts';
import { testFromStart } from './fast-patterns.ts';
import { perVocabulary, vocabularyOf } from './vocabulary.ts';

/** What the amount and time judges read of a rubric: its vocabulary (`vocabulary:` in rubrics/default.yaml). */
export type Words = Pick<Rubric, 'vocabulary'>;

/** The phrase patterns built from one vocabulary's words, once. */
interface Patterns {
  course: RegExp;
  period: RegExp;
  count: RegExp;
  length: RegExp;
  oneOff: RegExp;
  yearly: RegExp;
  /** A time bound anywhere (global: isTimeBound tests it from the start). */
  timeBoundAll: RegExp;
  /** A session's length (every one, in order) and a whole number of hours and a half ("2 and a half hours"), read before it. */
  lengthAll: RegExp;
  andAHalfAll: RegExp;
  hoursAndMinutesAll: RegExp;
  /**
   * Every count, in order: a mark after a number ("3 x"), "times" after one, a count in one word
   * ("twice"), or a number up to two words before one of the things counted (comparisonWords.countNouns:
   * "6 visits", "four 1-hour sessions"); groups m, t, o, c hold the number, g the words between.
   */
  countAll: RegExp;
  /** A period's lead just after a counted thing, which then recurs in it ("4 sessions a week"; comparisonWords.periodLeads). */
  periodLead: RegExp;
  /** A count noun that holds others, at a count's end ("two blocks"): before "of", no rate. */
  container: RegExp | null;
  extent: RegExp;
  placeExtent: RegExp;
  where: RegExp;
  /**
   * Every period of a rate, in order (the rubric's comparisonWords: periodLeads, periodQualifiers,
   * periodNouns, everyPeriods, periodAdverbs, weekdayLeads): "a week", "per half term", "/wk", "every
   * 3 weeks", "every other Tuesday", "fortnightly", "on Mondays and Thursdays"; the words perWeek
   * values in groups 1 to 4.
   */
  periodAll: RegExp;
  /** A count just before a period ("twice", "3 times"): quoted with it. */
  countBefore: RegExp;
  /** Each period of the rubric's table, anchored, and how many school weeks one of it is (vocabulary.periodWeeks). */
  periodWeeks: [RegExp, number][];
  /** A weekday, a list of them read by counting, "other" and a weekday; "every" a number of weeks or months. */
  weekday: RegExp;
  weekdays: RegExp;
  otherWeekday: RegExp;
  everyNumber: RegExp;
  /** A session given by its clock times ("from 4pm to 6pm", "1.30pm to 3.00pm", "9-10.30am"). */
  clockRange: RegExp;
  /** Each fraction of an hour, anchored, and its worth. */
  hourFractions: [RegExp, number][];
  /** The group grammar, in order: each pattern, the size it reads (null: none the comparison reads), and whether it gives a size. */
  groups: [RegExp, ((m: RegExpExecArray, rubric?: Words) => number) | null, boolean][];
}

const patterns = perVocabulary((v): Patterns => {
  const NUM = v.number;
  // A length: "30 minutes", "30-minute", "an hour", "1.5 hours", "half an hour", "45 mins", "3x15 mins",
  // a time span "9am to 3pm", or days and nights as units of a short break ("2 nights per month").
  const UNIT = v.list('lengthUnits');
  const CLOCK = String.raw`\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)|\d{1,2}[.:]\d{2}`;
  const CLOCK_TO = v.list('clockTo');
  const MARK = v.list('countMarks');
  const TIMES = v.list('timesWords');
  const ONCE = v.list('countAdverbs');
  const WEEKDAY = `${v.list('weekdays')}s?`;
  // The occasions a course is counted in ("4 extra visits of 1 hour", "six 45-minute sessions").
  const COURSE = v.list('courseNouns');
  const w = v.source.comparisonWords;
  const timeBound = String.raw`(?<![\w])${v.timeBound}`;
  const edge = (src: string) => new RegExp(String.raw`(?<![\w])${src}(?![\w])`, 'i');
  // One-off work on an occasion that comes round each year ("annually", "each September"): it recurs.
  // (the rubric's lists.yearlyOccasions)
  const yearly = v.list('yearlyOccasions');
  // Every other one ("on alternate Wednesdays", "alternate weeks"): the weekday or week after one of
  // comparisonWords.alternateLeads, read as "other Wednesday", "other week" (every two weeks).
  const alternate = w.alternateLeads.length ? String.raw`|(?:${v.any(w.alternateLeads)}) (${WEEKDAY}|weeks?)(?![\w])` : '';
  const made: Patterns = {
    // A period: "a week", "per week", "each half term", "weekly", "fortnightly", "daily", "/wk", "every Saturday".
    period: new RegExp(String.raw`(?<![\w])${v.frequencies}|\/\s*(?:wk|week|day|term|month|yr|year)(?![\w])`, 'i'),
    // A count countsIn does not read: a mark before its number ("x 3").
    count: new RegExp(String.raw`(?<![\w])${MARK}\s*${NUM}(?![\w])`, 'i'),
    // What else says how long, beside a length lengthsIn reads: school hours, "hour-long", "full-day",
    // "2h", clock times without am or pm, days and nights as units of a short break ("2 nights per month").
    // A morning or afternoon is a length only when whole ("3 whole afternoons") or one a week ("one
    // afternoon a week", a half-day block, as "1 day a week" is a day's): "in tutor time 3 mornings a
    // week" says how often, not for how long.
    length: new RegExp(
      String.raw`(?:(?<![\w])|(?<=\dx)|(?<=\dX))(?:${NUM} ${v.list('hoursKinds')} hours(?![\w])|hour[- ]long|full[- ]day|half[- ]day|\d+(?:\.\d+)?\s*(?:h|m)(?![\w])|(?:${CLOCK})\s*${CLOCK_TO}\s*(?:${CLOCK})|between (?:${CLOCK}) and (?:${CLOCK})|(?<![\w.:])(?:from |between )\d{1,2}\s*(?:${CLOCK_TO}|and)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)(?![\w])|${NUM}[- ](?:(?:whole |full |half |overnight )?(?:days?|nights?|overnight stays?|stays)|(?:whole |full )(?:mornings?|afternoons?|evenings?))(?:[- ]a[- ]week)?(?![\w])|(?:one|an?|1|a single) (?:morning|afternoon|evening)(?= (?:a|per|each|every) week(?![\w])))`,
      'i',
    ),
    // One-off work: "by December 2026", "within the first half term", "once", "annually", "each September".
    oneOff: new RegExp(String.raw`(?<![\w])(?:by (?:the end of )?(?:${v.monthName}|the autumn|the spring|the summer|half[- ]?term|term|\d{1,2}(?:st|nd|rd|th)? \w+|\d{4})|(?:before|by) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? )?${v.monthName}(?: \d{4})?|within (?:the first )?(?:\d+|one|two|three|four|six) (?:weeks|months|half[- ]?terms?|terms?)|within the first (?:half[- ]?)?term|once|one-off|a single|before (?:transition|transfer|the start)|(?:before|by) (?:his|her|their|the child's|the young person's) (?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:teenth|tieth|th)) birthday|${yearly})`, 'i'),
    yearly: new RegExp(String.raw`(?<![\w])(?:${yearly})`, 'i'),
    // A set number of occasions with each one's length: "4 extra visits of 1 hour", "six 45-minute sessions".
    course: new RegExp(String.raw`(?<![\w])${NUM}\s+(?:[\w-]+\s+)?${COURSE}\s+(?:of|lasting)\s+(?:(?:up to|at least|around|about)\s+)?(?:${NUM}|an?|half an?)\s*(?:-\s*)?${UNIT}(?![\w])|(?<![\w])${NUM}\s+(?:${NUM}|one|half)[- ]?${UNIT}[- ](?:[\w-]+\s+)?${COURSE}(?![\w])`, 'i'),
    timeBoundAll: new RegExp(timeBound, 'gi'),
    // A number, a fraction of an hour (vocabulary.hourFractions: "a quarter of an hour", "half-hour") or
    // "a"/"an" before a unit, each a whole word: the "a" ending "extra" in "10 extra minutes" is no
    // length, nor "a min" in "a minimum".
    lengthAll: new RegExp(String.raw`(?:(?<![\w.])|(?<=\d[x×]))(${NUM}|${v.any(v.source.hourFractions.flatMap((f) => f.patterns))}|an?)\s*(?:-\s*)?(${UNIT})(?![\w])`, 'gi'),
    andAHalfAll: new RegExp(String.raw`(?<![\w.])(${NUM}|an?)\s+${v.any(v.source.comparisonWords.andAHalfHours)}(?![\w])`, 'gi'),
    // Hours and minutes said together ("1 hour 40 minutes", "2 hours and 15 mins"): one length.
    hoursAndMinutesAll: new RegExp(String.raw`(?<![\w.])(${NUM}|an?)\s*(${UNIT}),?\s+(?:and\s+)?(${NUM})\s*(${UNIT})(?![\w])`, 'gi'),
    countAll: new RegExp(String.raw`(?<![\w])(?:(?<m>${NUM})\s*${MARK}(?=\s|\d|$)|(?<t>${NUM})\s+${TIMES}|(?<o>${ONCE})(?![\w])|(?<c>${NUM})\s+(?<g>(?:[\w-]+\s+){0,2})${v.any(w.countNouns)}(?![\w]))`, 'gi'),
    periodLead: new RegExp(String.raw`^\s*(?:${v.any(w.periodLeads)})\s`, 'i'),
    container: w.containerNouns.length ? new RegExp(String.raw`(?<![\w])(?:${v.any(w.containerNouns)})$`, 'i') : null,
    // Continuous support and adjustments: the extent is the amount. Everywhere or all the time is
    // enough even for sessions; a place or a time of day is enough for support and adjustments.
    extent: new RegExp(String.raw`(?<![\w])${v.extents}`, 'i'),
    placeExtent: new RegExp(String.raw`(?<![\w])${v.placeExtents}`, 'i'),
    // Where or when equipment or an adjustment applies: "on his desk", "at registration", "for handwriting".
    where: new RegExp(String.raw`(?<![\w])${v.wheres}`, 'i'),
    // A period is not followed by a number: "a Year 10 mentor" names a year group.
    periodAll: new RegExp(String.raw`(?<![\w])(?:${v.any(w.periodLeads)}\s*((?:${v.any(w.periodQualifiers)} )?${v.any(w.periodNouns)})(?![\w])(?!\s*\d)|every (${v.any(w.everyPeriods)}|${NUM} (?:weeks|months))|(${v.any(w.periodAdverbs)})(?![\w])|${v.any(w.weekdayLeads)} (${WEEKDAY}(?:(?:,\s*|,?\s+and\s+)${WEEKDAY})*)(?![\w])${alternate})`, 'gi'),
    countBefore: new RegExp(String.raw`(?<![\w])(?:${ONCE}|${NUM} (?:${MARK}|${TIMES})) $`, 'i'),
    hourFractions: v.source.hourFractions.map((f): [RegExp, number] => [new RegExp(`^${v.any(f.patterns)}$`, 'i'), f.value]),
    // Each reads a size from its own capture (a ratio, a count, a count plus the child) or has one.
    groups: [
      [edge(v.any(w.oneToOne)), () => 1, true],
      [/(?<![\w])1\s*:\s*([2-9]|1\d)(?![\w])/i, (m) => Number(m[1]), true],
      [new RegExp(String.raw`(?<![\w])${v.any(w.groupLeads)}\s+(?:${v.any(w.groupLimits)} )?(${NUM})(?![\w])`, 'i'), (m, rubric) => toNumber(m[1], rubric) ?? 4, true],
      [new RegExp(String.raw`(?<![\w])${v.any(w.groupLimits)}\s+(${NUM})\s+(?:other\s+)?${v.any(w.groupNouns)}`, 'i'), (m, rubric) => toNumber(m[1], rubric) ?? 4, true],
      [new RegExp(String.raw`(?<![\w])(?:with|and)\s+(${NUM})\s+(?:other\s+)?${v.any(w.groupNouns)}`, 'i'), (m, rubric) => (toNumber(m[1], rubric) ?? 1) + 1, true],
      ...w.groupWords.map((g): Patterns['groups'][number] => [edge(v.any(g.patterns)), g.size === undefined ? null : () => g.size!, g.stated]),
    ],
    periodWeeks: v.source.periodWeeks.map((p): [RegExp, number] => [new RegExp(`^${v.any(p.patterns)}$`, 'i'), p.weeks]),
    weekday: new RegExp(`^${WEEKDAY}$`),
    weekdays: new RegExp(WEEKDAY, 'g'),
    otherWeekday: new RegExp(`^other ${WEEKDAY}`),
    everyNumber: new RegExp(String.raw`^(${NUM}) (weeks|months)$`, 'i'),
    // The second time carries am or pm; "from" or "between" may lead, "and" may join ("between 1 and 3pm").
    clockRange: new RegExp(String.raw`(?<![\w.:])(?:from |between )?(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)?\s*(?:${CLOCK_TO}|and)\s*(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)(?![\w])`, 'i'),
  };
  return made;
});

/** Digits or number words ("twenty-five", and the common "fourty"), as the default rubric writes them. */
export const NUM = vocabularyOf().number;

export function toNumber(word: string, rubric?: Words): number | null {
  const { values, units } = vocabularyOf(rubric).numbers;
  const w = word.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const compound = /^(\w+)[- ](\w+)$/.exec(w);
  if (compound && values[compound[1]] !== undefined && units.has(compound[2]) && values[compound[2]] !== undefined) return values[compound[1]] + values[compound[2]];
  return values[w] ?? null;
}

export interface Amount {
  period: boolean;
  count: boolean;
  length: boolean;
  extent: boolean;
  /** An extent everywhere or all the time ("throughout the day", "in every lesson"), not only a place. */
  fullExtent: boolean;
  /** Where or when an adjustment or piece of equipment applies. */
  where: boolean;
  oneOff: boolean;
  /** One-off work on an occasion each year ("each September", "annually"); a date alone ("by 30 May") is not one. */
  yearly: boolean;
  /** A set number of occasions and each one's length ("4 visits of 1 hour", "six 45-minute sessions"): a course whose whole amount is fixed. */
  course: boolean;
  /** "15 hours" with no period: an amount that allows any rate. */
  lengthWithoutPeriod: boolean;
}

export function findAmount(text: string, rubric?: Words): Amount {
  const p = patterns(rubric);
  // How often: a rate (periodsIn, the one rate reader), or another way of saying it (vocabulary.frequencies).
  const period = periodsIn(text, rubric).length > 0 || p.period.test(text);
  // The first length is read once: it says whether there is a length, and it is blanked before the counts are read.
  const len = readLength(text, rubric);
  const count = firstCount(text, len, rubric) !== null || p.count.test(text);
  const length = len !== null || p.length.test(text);
  const fullExtent = p.extent.test(text);
  const extent = fullExtent || p.placeExtent.test(text);
  const where = p.where.test(text);
  const oneOff = p.oneOff.test(text);
  const yearly = oneOff && p.yearly.test(text);
  const course = !period && p.course.test(text);
  return { period, count, length, extent, fullExtent, where, oneOff, yearly, course, lengthWithoutPeriod: length && !period };
}

/** A count found in text: how many, where it stands. */
export interface Count {
  n: number;
  index: number;
  length: number;
}

/** The two facts a statement's counts give, read by one grammar (countsIn). */
export interface Counts {
  /**
   * How many times in its period ("twice a week" 2, "4 sessions a term" 4), 1 when none is said. A
   * mark, "times" or a count word wins over a counted thing, and a counted thing is a rate only just
   * before its period's lead or with no word between ("6 sessions"): "6 weekly sessions" is once a
   * week, a course of six, and a count of sessions beside an explicit "once a week" is the course.
   */
  perPeriod: number;
  /** The first count written, away from the first length ("3 x 30 minutes": the 3, not the 30; "6 weekly sessions": 6), or null: what a course counts in all, which the comparison compares. */
  course: Count | null;
  /** The first count a mark gives ("once", "twice", "x 3", "3 times"), or null: the rate, wherever it stands. */
  marked: Count | null;
  /** The first count of a counted thing ("6 sessions"), or null. */
  counted: Count | null;
}

/**
 * Every count a statement gives, read once: its rate in a period (the judges' minutesPerWeek, advice's
 * timesPerWeek) and its first count (the comparison's). The first length is blanked first, so its
 * number is no count.
 */
export function countsIn(text: string, rubric?: Words): Counts {
  const p = patterns(rubric);
  const t = withoutLength(text, readLength(text, rubric));
  let course: Count | null = null;
  let marked: Count | null = null;
  let counted: number | null = null;
  let firstCounted: Count | null = null;
  for (const { count, marked: isMarked, rest } of countsOf(t, rubric)) {
    // "two blocks of 3 weekly sessions": the blocks are how the sessions are grouped, not how often
    // nor how many sessions.
    if (!isMarked && p.container?.test(t.slice(count.index, count.index + count.length)) && /^\s+of\s/i.test(t.slice(count.index + count.length))) continue;
    course ??= count;
    if (isMarked) marked ??= count;
    else firstCounted ??= count;
    if (!isMarked && counted === null && (p.periodLead.test(t.slice(count.index + count.length)) || !rest.trim())) counted = count.n;
  }
  return { perPeriod: marked?.n ?? counted ?? 1, course, marked, counted: firstCounted };
}

/** The text with its first length (readLength's) blanked, so its number is no count. */
function withoutLength(text: string, len: Length | null): string {
  return len ? text.slice(0, len.index) + ' '.repeat(len.length) + text.slice(len.index + len.length) : text;
}

/** Each count in a text, in order: its number, whether a mark gave it ("x 3", "3 times"), and the words after a counted number. */
function* countsOf(text: string, rubric?: Words): Generator<{ count: Count; marked: boolean; rest: string }> {
  for (const m of text.matchAll(patterns(rubric).countAll)) {
    const g = m.groups!;
    const n = toNumber(g.m ?? g.t ?? g.o ?? g.c, rubric);
    if (n !== null) yield { count: { n, index: m.index, length: m[0].length }, marked: g.c === undefined, rest: g.g ?? '' };
  }
}

/** Every count of a counted thing ("10 days", "4 sessions"), with every length blanked first so its number is no count: the comparison's amounts listed. */
export function countedIn(text: string, rubric?: Words): (Count & { words: string })[] {
  let t = text;
  for (const l of lengthsIn(text, rubric)) t = t.slice(0, l.index) + ' '.repeat(l.length) + t.slice(l.index + l.length);
  const out: (Count & { words: string })[] = [];
  for (const { count, marked } of countsOf(t, rubric)) if (!marked) out.push({ ...count, words: t.slice(count.index, count.index + count.length) });
  return out;
}

/** countsIn's course alone (its first count), given the text's first length: stops at the first count it reads. */
function firstCount(text: string, len: Length | null, rubric?: Words): Count | null {
  for (const { count } of countsOf(withoutLength(text, len), rubric)) return count;
  return null;
}

/**
 * Minutes in a length's number and unit ("three-quarters of an", "hour" = 45): a fraction of an hour
 * is worth its rubric value (vocabulary.hourFractions), "a" or "an" one, else the number. The judges'
 * session length and the comparison's lengths (compare/amounts.ts) both count minutes here.
 */
export function minutesOf(amount: string, unit: string, rubric?: Words): number {
  const n = amount.toLowerCase();
  const fraction = patterns(rubric).hourFractions.find(([re]) => re.test(n));
  return (fraction ? fraction[1] : toNumber(n.replace(/^an?$/, 'one'), rubric) ?? 0) * (/^h/i.test(unit) ? 60 : 1);
}

/** A length found in text: its minutes and where it stands. */
export interface Length {
  minutes: number;
  index: number;
  length: number;
}

/**
 * Every length a text gives, in order ("30 minutes", "a quarter of an hour", "half-hour", "2 and a
 * half hours" read whole, not as its "a half hours"). The one length reader: the judges' session
 * length, advice's and the comparison's lengths all read here.
 */
export function lengthsIn(text: string, rubric?: Words): Length[] {
  const { halves, rest } = andAHalfLengths(text, rubric);
  const out = [...halves];
  for (const m of rest.matchAll(patterns(rubric).lengthAll)) out.push({ minutes: minutesOf(m[1], m[2], rubric), index: m.index, length: m[0].length });
  return out.sort((x, y) => x.index - y.index);
}

/** The "2 and a half hours" lengths, read whole, and the text with them blanked for the other lengths. */
function andAHalfLengths(text: string, rubric?: Words): { halves: Length[]; rest: string } {
  const halves: Length[] = [];
  let rest = text;
  for (const h of text.matchAll(patterns(rubric).andAHalfAll)) {
    halves.push({ minutes: ((toNumber(h[1].replace(/^an?$/i, 'one'), rubric) ?? 0) + 0.5) * 60, index: h.index, length: h[0].length });
    rest = rest.slice(0, h.index) + ' '.repeat(h[0].length) + rest.slice(h.index + h[0].length);
  }
  // "1 hour 40 minutes": an hours unit then a minutes unit (minutesOf tells them by their first letter), read whole.
  for (const h of rest.matchAll(patterns(rubric).hoursAndMinutesAll)) {
    if (!/^h/i.test(h[2]) || /^h/i.test(h[4])) continue;
    const mins = minutesOf(h[3], h[4], rubric);
    if (mins <= 0 || mins >= 60) continue;
    halves.push({ minutes: minutesOf(h[1], h[2], rubric) + mins, index: h.index, length: h[0].length });
    rest = rest.slice(0, h.index) + ' '.repeat(h[0].length) + rest.slice(h.index + h[0].length);
  }
  halves.sort((x, y) => x.index - y.index);
  return { halves, rest };
}

/** The length of one session: the first length written, else the clock times it runs between ("10am to 3pm"). */
export function readLength(text: string, rubric?: Words): Length | null {
  // lengthsIn(text)[0] without reading (and valuing) every length after the first.
  const { halves, rest } = andAHalfLengths(text, rubric);
  let first: Length | null = halves[0] ?? null;
  for (const m of rest.matchAll(patterns(rubric).lengthAll)) {
    // The earlier of the two; at the same place, the "and a half" length (lengthsIn's stable sort).
    if (!first || m.index < first.index) first = { minutes: minutesOf(m[1], m[2], rubric), index: m.index, length: m[0].length };
    break;
  }
  return first ?? clockRange(text, rubric);
}

/** The length of one session in minutes ("45-minute", "6 hours each Saturday" = 360), or null. */
export function sessionMinutes(text: string, rubric?: Words): number | null {
  return readLength(text, rubric)?.minutes ?? null;
}

/** Minutes a week a statement provides, where it can be worked out ("3 x 30 minutes a week" = 90): a session's length, its count and its first period. */
export function minutesPerWeek(text: string, rubric?: Words): number | null {
  const minutes = sessionMinutes(text, rubric);
  if (minutes === null) return null;
  const per = periodsIn(text, rubric)[0];
  if (!per) return null;
  return Math.round(minutes * countsIn(text, rubric).perPeriod * (per.perWeek ?? 1) * 10) / 10;
}

/** How many times a week a statement happens ("once each term" = 1/13), where it says: the same rate as minutesPerWeek reads. */
export function timesPerWeek(text: string, rubric?: Words): number | null {
  const per = periodsIn(text, rubric)[0]?.perWeek ?? null;
  return per === null ? null : countsIn(text, rubric).perPeriod * per;
}

/** The words of a statement's rate, with any count before it ("twice a week"), or null. */
export function ratePhrase(text: string, rubric?: Words): string | null {
  const per = periodsIn(text, rubric)[0];
  if (!per) return null;
  const count = patterns(rubric).countBefore.exec(text.slice(0, per.index));
  return count ? text.slice(count.index, per.index + per.length) : per.words;
}

/** A period found in text: how many times a week one of it is (null where the rubric does not value it), where it stands, its words. */
export interface Period {
  perWeek: number | null;
  index: number;
  length: number;
  words: string;
}

/** Every period a text gives, in order: the one rate reader of the judges, advice and the comparison. */
export function periodsIn(text: string, rubric?: Words): Period[] {
  return [...text.matchAll(patterns(rubric).periodAll)].map((m) => ({ perWeek: perWeek(m[1] ?? m[2] ?? m[3] ?? m[4] ?? `other ${m[5].replace(/s$/i, '')}`, rubric), index: m.index, length: m[0].length, words: m[0].trim() }));
}

// ---------------------------------------------------------------- periods and clock times

/**
 * How many school weeks one of a period is ("term" 13, "fortnightly" 2, "half-term" 6.5): the first
 * entry of the rubric's vocabulary.periodWeeks that is the whole of the words, or null. The one table
 * by which the judges (minutesPerWeek), advice (timesPerWeek) and the comparison (perWeek) value a rate.
 */
export function weeksOf(period: string, rubric?: Words): number | null {
  const p = period.trim();
  for (const [re, weeks] of patterns(rubric).periodWeeks) if (re.test(p)) return weeks;
  return null;
}

/**
 * How many times a week one "per <period>" is, for the words after a lead or "every" as the
 * comparison reads them: a weekday once a week, a list of weekdays once on each, "other Tuesday"
 * every two weeks, "3 weeks" or "6 months" by their number, else 1 / weeksOf.
 */
export function perWeek(period: string, rubric?: Words): number | null {
  const a = patterns(rubric);
  const p = period.toLowerCase().trim().replace(/\s+/g, ' ');
  if (a.otherWeekday.test(p)) return 0.5;
  // A list of weekdays ("Mondays and Thursdays"): once on each.
  const days = p.match(a.weekdays);
  if (days && days.length > 1) return days.length;
  if (a.weekday.test(p)) return 1;
  const every = a.everyNumber.exec(p);
  if (every) {
    const n = toNumber(every[1], rubric);
    // Every few months is a share of the school year ("every 6 months" is twice a year, "every 4
    // months" once a term), as the rubric counts a year; a single month is the rubric's month.
    const year = every[2] === 'months' && n && n > 1 && 12 % n === 0 ? perWeek('year', rubric) : null;
    if (year) return (12 / n!) * year;
    const weeks = n ? weeksOf(every[2], rubric) : null;
    if (n && weeks) return 1 / weeks / n;
  }
  const weeks = weeksOf(p, rubric);
  return weeks !== null ? 1 / weeks : null;
}

/** The first session given by its clock times in text, and its minutes, or null when none is a range of a day's times. */
export function clockRange(text: string, rubric?: Words): { minutes: number; index: number; length: number } | null {
  const m = patterns(rubric).clockRange.exec(text);
  if (!m) return null;
  const at = (h: string, min: string | undefined, half: string) => (Number(h) % 12) * 60 + Number(min ?? 0) + (half.toLowerCase() === 'pm' ? 720 : 0);
  const endHalf = m[6];
  const end = at(m[4], m[5], endHalf);
  let start = at(m[1], m[2], m[3] ?? endHalf);
  // "11 to 1pm": the first time is the morning's.
  if (!m[3] && start > end) start = at(m[1], m[2], 'am');
  const minutes = end - start;
  return minutes > 0 && minutes <= 12 * 60 ? { minutes, index: m.index, length: m[0].length } : null;
}

// ---------------------------------------------------------------- group size

/** The group a statement gives: the first size the group grammar reads (null: none), its words, and whether any of its words give a size. */
export interface Group {
  /** Children in the group: 1 for 1:1; a large number for a whole class. */
  size: number | null;
  words: string | null;
  /** A size is given ("1:1", "a group of up to 6", "2:1"), not only a group named ("a small group"): the judges' groupSize element. */
  stated: boolean;
}

/**
 * The group a statement gives, or null when it names none (the rubric's comparisonWords: oneToOne,
 * groupLeads, groupLimits, groupNouns, groupWords). The one group reader: the judges' groupSize
 * element (`stated`) and the comparison's group size (`size`) both read here.
 */
export function groupIn(text: string, rubric?: Words): Group | null {
  let found = false;
  let size: number | null = null;
  let words: string | null = null;
  let stated = false;
  for (const [re, read, states] of patterns(rubric).groups) {
    // Nothing left to learn from this pattern: the size is read (or it reads none), and it states nothing new.
    if ((size !== null || !read) && (stated || !states)) continue;
    const m = re.exec(text);
    if (!m) continue;
    found = true;
    if (size === null && read) [size, words] = [read(m, rubric), m[0].trim()];
    stated ||= states;
  }
  return found ? { size, words, stated } : null;
}

// ---------------------------------------------------------------- time bounds (outcomes)

export function isTimeBound(text: string, rubric?: Words): boolean {
  return testFromStart(patterns(rubric).timeBoundAll, text);
}

/** Text with its time expressions blanked, so a year in a date does not read as a measure. */
export function withoutTimes(text: string, rubric?: Words): string {
  return text.replace(patterns(rubric).timeBoundAll, (m) => ' '.repeat(m.length)).replace(/\b(?:19|20)\d\d\b/g, '    ');
}

// ---------------------------------------------------------------- sentences

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|approx|incl|Dr|Mr|Mrs|Ms|Miss|St|no|No|vs|min|mins|hr|hrs|wk|wks|p\.w|cf|Prof|Rev|ca|esp|dept|Cllr|inc|Inc|Ltd|reg|Reg|Co)|\b[A-Z])\.$/;

/** Sentence spans inside `text` (offsets relative to it), skipping abbreviations and decimals. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  // A lower-case "o" opens a bullet in text typed with "o" markers.
  const re = /(?<![.!?])[.!?]+["')\]]?(?=\s+(?:["'(\[]?[A-Z0-9•\-–]|o\s+[A-Z]))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(start, end - 12), end);
    if (ABBREVIATIONS.test(before)) continue;
    pushTrimmed(text, start, end, out);
    start = end;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: { start: number; end: number }[]) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
