// Amounts, periods and dates as plans write them, numbers as digits or words
// ("3 x 30 minutes a week", "twice weekly", "three sessions per half term", "45 minutes fortnightly").
// Regexes rather than a parser: the phrases are few, fixed and easier to read this way. Their words
// (numbers, months, days, occasions, periods, units, frequencies, time phrases) are the rubric's
// (`vocabulary:` in rubrics/default.yaml); the phrases' shape is here.

import type { Rubric } from './rubric.ts';
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
  timeBound: RegExp;
  timeBoundAll: RegExp;
  perLength: RegExp;
  perTimes: RegExp;
  perSessions: RegExp;
  extent: RegExp;
  placeExtent: RegExp;
  where: RegExp;
  /** "a week", "per term", "fortnightly": the period of a rate, and how many weeks each period is. */
  per: RegExp;
  periodWeeks: { re: RegExp; weeks: number }[];
  /** Each fraction of an hour, anchored, and its worth. */
  hourFractions: [RegExp, number][];
}

const patterns = perVocabulary((v): Patterns => {
  const NUM = v.number;
  // A length: "30 minutes", "30-minute", "an hour", "1.5 hours", "half an hour", "45 mins", "3x15 mins",
  // a time span "9am to 3pm", or days and nights as units of a short break ("2 nights per month").
  const UNIT = v.list('lengthUnits');
  const CLOCK = String.raw`\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)|\d{1,2}[.:]\d{2}`;
  const timeBound = String.raw`(?<![\w])${v.timeBound}`;
  const made: Patterns = {
    // A period: "a week", "per week", "each half term", "weekly", "fortnightly", "daily", "/wk", "every Saturday".
    period: new RegExp(String.raw`(?<![\w])${v.frequencies}|\/\s*(?:wk|week|day|term|month|yr|year)(?![\w])`, 'i'),
    // A count of occasions: "3 x", "3x15", "three times", "twice", "4 sessions", "6 one-hour sessions".
    count: new RegExp(String.raw`(?<![\w])(?:${NUM}\s*(?:x|×)(?=\s|\d|$)|(?<![\w])(?:x|×)\s*${NUM}(?![\w])|${NUM}\s+times|twice|once|thrice|${NUM}\s+(?:[\w-]+\s+)?(?:sessions|visits|lessons|blocks|appointments|episodes|slots|meetings|nights|stays|days|mornings|afternoons|evenings))`, 'i'),
    length: new RegExp(
      String.raw`(?:(?<![\w])|(?<=\dx)|(?<=\dX))(?:(?:${NUM}|a|an|(?:a |one )?quarter of an?|three[- ]quarters of an?|half(?: an?)?|one and a half|an hour and a half)\s*(?:-\s*)?${UNIT}(?![\w])|${NUM} (?:school|college|contact|teaching|taught|timetabled|guided learning|support) hours(?![\w])|hour[- ]long|full[- ]day|half[- ]day|\d+(?:\.\d+)?\s*(?:h|m)(?![\w])|(?:${CLOCK})\s*(?:-|–|to|until|till)\s*(?:${CLOCK})|between (?:${CLOCK}) and (?:${CLOCK})|${NUM}[- ](?:whole |full |half |overnight )?(?:days?|nights?|overnight stays?|stays|mornings?|afternoons?|evenings?)(?:[- ]a[- ]week)?(?![\w]))`,
      'i',
    ),
    // One-off work: "by December 2026", "within the first half term", "once", "annually", "each September".
    oneOff: new RegExp(String.raw`(?<![\w])(?:by (?:the end of )?(?:${v.monthName}|the autumn|the spring|the summer|half[- ]?term|term|\d{1,2}(?:st|nd|rd|th)? \w+|\d{4})|(?:before|by) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? )?${v.monthName}(?: \d{4})?|within (?:the first )?(?:\d+|one|two|three|four|six) (?:weeks|months|half[- ]?terms?|terms?)|within the first (?:half[- ]?)?term|once|one-off|a single|before (?:transition|transfer|the start)|(?:before|by) (?:his|her|their|the child's|the young person's) (?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:teenth|tieth|th)) birthday|at the start of (?:each|every|the) (?:term|year|academic year)|annually|each year|every year|(?:each|every) (?:${v.monthName})(?! \d)|(?:per|each|a) (?:academic )?year(?!\s*\d))`, 'i'),
    // A set number of occasions with each one's length: "4 extra visits of 1 hour", "six 45-minute sessions".
    course: new RegExp(String.raw`(?<![\w])${NUM}\s+(?:[\w-]+\s+)?(?:sessions|visits|lessons|appointments|meetings)\s+(?:of|lasting)\s+(?:(?:up to|at least|around|about)\s+)?(?:${NUM}|an?|half an?)\s*(?:-\s*)?${UNIT}(?![\w])|(?<![\w])${NUM}\s+(?:${NUM}|one|half)[- ]?${UNIT}[- ](?:[\w-]+\s+)?(?:sessions|visits|lessons|appointments|meetings)(?![\w])`, 'i'),
    timeBound: new RegExp(timeBound, 'i'),
    timeBoundAll: new RegExp(timeBound, 'gi'),
    // Fractions of an hour are grammar: "a quarter of an hour", "three-quarters of an hour", "half-hour".
    // A number starts a word: the "a" ending "extra" in "10 extra minutes" is no length.
    perLength: new RegExp(String.raw`(?<![\w])(one and a half|(?:a |one )?quarter of an?|three[- ]quarters of an?|half(?: an?)?|${NUM}|an|a)\s*(?:-\s*)?(minutes?|mins?|hours?|hrs?)`, 'i'),
    perTimes: new RegExp(String.raw`(${NUM})\s*(?:x|×|times)|(twice|once|thrice)`, 'i'),
    // "4 sessions", and the days or parts of a day a session recurs on ("four mornings a week", "5 days a week").
    // "two PE lessons each week", "three half-hour individual lessons a week": up to two words between.
    perSessions: new RegExp(String.raw`(?<![\w])(${NUM})(?:\s*|\s+(?:[\w-]+\s+){1,2}?)(?:sessions|lessons|visits|(?:school )?(?:days|mornings|afternoons|evenings|lunchtimes))(?=\s+(?:a|per|each|every)\s)|(${NUM})\s*sessions`, 'i'),
    // Continuous support and adjustments: the extent is the amount. Everywhere or all the time is
    // enough even for sessions; a place or a time of day is enough for support and adjustments.
    extent: new RegExp(String.raw`(?<![\w])${v.extents}`, 'i'),
    placeExtent: new RegExp(String.raw`(?<![\w])${v.placeExtents}`, 'i'),
    // Where or when equipment or an adjustment applies: "on his desk", "at registration", "for handwriting".
    where: new RegExp(String.raw`(?<![\w])${v.wheres}`, 'i'),
    // "a Year 10 mentor" names a year group, not a period (a period is not followed by a number).
    per: new RegExp(String.raw`(?:(?<![\w])(?:a|per|each|every)|\/)\s*(?:school |college |working )?(${v.any(v.periodWeeks.map((e) => e.period))})(?!\s*\d)|(${v.any(v.periodWeeks.map((e) => e.adverb))})`, 'i'),
    hourFractions: v.source.hourFractions.map((f): [RegExp, number] => [new RegExp(`^${v.any(f.patterns)}$`, 'i'), f.value]),
    periodWeeks: v.periodWeeks.map((e) => ({ re: new RegExp(String.raw`^(?:${v.any([e.period])}|${v.any([e.adverb])})$`, 'i'), weeks: e.weeks })),
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
  /** A set number of occasions and each one's length ("4 visits of 1 hour", "six 45-minute sessions"): a course whose whole amount is fixed. */
  course: boolean;
  /** "15 hours" with no period: an amount that allows any rate. */
  lengthWithoutPeriod: boolean;
}

export function findAmount(text: string, rubric?: Words): Amount {
  const p = patterns(rubric);
  const period = p.period.test(text);
  const count = p.count.test(text);
  const length = p.length.test(text);
  const fullExtent = p.extent.test(text);
  const extent = fullExtent || p.placeExtent.test(text);
  const where = p.where.test(text);
  const oneOff = p.oneOff.test(text);
  const course = !period && p.course.test(text);
  return { period, count, length, extent, fullExtent, where, oneOff, course, lengthWithoutPeriod: length && !period };
}

/** Minutes a week a statement provides, where it can be worked out ("3 x 30 minutes a week" = 90). */
/**
 * How many times in its period a statement happens: "twice", "3 x", "3 times", else "6 sessions".
 * A count of sessions beside an explicit "once a week" is the length of a course, not the rate.
 */
export function timesInPeriod(text: string, rubric?: Words): number {
  const p = patterns(rubric);
  const times = p.perTimes.exec(text);
  if (times) return toNumber(times[1] ?? times[2], rubric) ?? 1;
  const sessions = p.perSessions.exec(text);
  return sessions ? toNumber(sessions[1] ?? sessions[2], rubric) ?? 1 : 1;
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

/** The length of one session in minutes ("45-minute", "6 hours each Saturday" = 360), or null. */
export function sessionMinutes(text: string, rubric?: Words): number | null {
  const len = patterns(rubric).perLength.exec(text);
  return len ? minutesOf(len[1], len[2], rubric) : null;
}

export function minutesPerWeek(text: string, rubric?: Words): number | null {
  const p = patterns(rubric);
  let minutes = sessionMinutes(text, rubric);
  if (minutes === null) return null;
  const n = timesInPeriod(text, rubric);
  const per = p.per.exec(text);
  if (!per) return null;
  // The first period whose words match, as the alternation tried them.
  const word = per[1] ?? per[2];
  const entry = p.periodWeeks.find((e) => e.re.test(word));
  minutes *= n * (entry ? 1 / entry.weeks : 1);
  return Math.round(minutes * 10) / 10;
}

// ---------------------------------------------------------------- time bounds (outcomes)

export function isTimeBound(text: string, rubric?: Words): boolean {
  return patterns(rubric).timeBound.test(text);
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
