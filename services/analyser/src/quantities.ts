// Amounts, periods and dates as plans write them, numbers as digits or words
// ("3 x 30 minutes a week", "twice weekly", "three sessions per half term", "45 minutes fortnightly").
// Regexes rather than a parser: the phrases are few, fixed and easier to read this way.

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, once: 1, single: 1, two: 2, twice: 2, three: 3, thrice: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, eighteen: 18,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, ninety: 90, half: 0.5,
};
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

// Digits or words, "twenty-five" and the common "fourty" misspelling included.
export const NUM = String.raw`(?:\d+(?:\.\d+)?|(?:twenty|thirty|fou?rty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|sixty|ninety)`;

export function toNumber(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  const compound = /^(\w+)[- ](\w+)$/.exec(w);
  if (compound && WORD_NUMBERS[compound[1]] !== undefined && UNITS[compound[2]] !== undefined) return WORD_NUMBERS[compound[1]] + UNITS[compound[2]];
  return WORD_NUMBERS[w] ?? null;
}

const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const MONTH_NAME = String.raw`(?:january|february|march|april|june|july|august|september|october|november|december)`;
// Occasions a provision can recur on: "before each new topic", "at every transition", "after every seizure".
const OCCASION = String.raw`(?:lesson|session|day|morning|afternoon|evening|night|week|weekend|term|half[- ]?term|topic|unit|module|transition|change|move|visit|trip|outing|assembly|meal|break|breaktime|lunch(?:time)?|playtime|exam(?:ination)?|test|assessment|activity|task|journey|seizure|episode|incident|toilet visit|appointment|meeting|review|period|class|school day|placement day|shift)s?`;

// A period: "a week", "per week", "each half term", "weekly", "fortnightly", "daily", "/wk", "every Saturday".
const PERIOD_NOUN = String.raw`(?:school |college |working |calendar )?(?:day|weekday(?: (?:morning|afternoon|evening))?|weeknight|week|wk|fortnight|month|half[- ]?term|term|year|academic year|session|lesson|morning|afternoon|evening|night|weekend)`;
export const PERIOD = String.raw`(?:(?:a|an|per|each|every|every other|a school|per school|/)[\s-]*${PERIOD_NOUN}(?![\w])|(?:per|each|every|every other) (?:${WEEKDAY}|${MONTH_NAME})(?![\w])|(?:daily|nightly|weekly|fortnightly|monthly|half[- ]?termly|termly|annually|annual|yearly|bi-?weekly|twice-weekly|wkly|p\.?\s?w\.?|pw|p\/w)(?![\w])|every (?:other )?(?:${NUM} )?(?:days|weeks|months|terms|half[- ]terms|years|hours|minutes|mins)|every hour|(?:in|during) the (?:week|day|fortnight|term|half[- ]term) (?:before|after|leading up to)|(?:every|each) (?:other )?${WEEKDAY}s?(?: (?:morning|afternoon|evening|lunchtime))?|on ${WEEKDAY}s|(?:before|after|prior to|ahead of|at the (?:start|end|beginning) of|during|at|in|on|with|of) (?:each|every|any) (?:(?!(?:in|on|at|of|the|to|for)\b)[\w-]+ ){0,3}?${OCCASION}(?![\w])|for (?:each|every|any) (?!(?:[\w-]+ ){0,3}?(?:tasks?|activit(?:y|ies)|tests?|exams?|examinations?|assessments?)(?![\w]))(?:(?!(?:in|on|at|of|the|to|for)\b)[\w-]+ ){0,3}?${OCCASION}(?![\w])|(?<=hours? )(?:of|in|across) (?:the|each|every|a) (?:school |college |working )?week(?![\w])|(?:each|every|per|a) (?:school |academic )?year|(?:in|during|across|for|at) all (?:of (?:his|her|their|the) )?(?:[\w-]+ ){0,2}?(?:lessons|sessions|classes|assemblies|breaks|breaktimes|lunchtimes|playtimes)(?![\w])|(?<=^|\t)all (?:of (?:his|her|their|the) )?(?:[\w-]+ ){0,2}?(?:lessons|sessions|classes|assemblies|breaks|lunchtimes|playtimes)(?![\w])|(?:each|every) (?:(?!(?:in|on|at|of|the|to|for|and)\b)[\w-]+ ){1,2}?(?:lesson|session|class)s?(?![\w])|(?:each|every) (?:other )?(?:school )?(?:break(?:time)?|lunch(?:time)?|playtime|morning|afternoon|evening|night|assembly|registration|lesson change|change of (?:lesson|activity|room|classroom)|transition)s?(?![\w])|(?:in|during|over|across|throughout) (?:the |each |every )?(?:autumn|spring|summer)(?: (?:half[- ]?)?term| terms?)?(?: of year \d+)?(?: \d{4})?|(?:each|every|per) (?:autumn|spring|summer)(?: (?:half[- ]?)?term)?|(?:in|during|over|throughout) (?:year|yr) \d{1,2}\b|(?:in|during|over) (?:the )?(?:first|second|next|final|last) (?:${NUM} )?(?:half[- ]?terms?|terms?|weeks|months|year)|for (?:the )?(?:first )?${NUM} (?:weeks|months|terms|half[- ]?terms)|(?:over|across|within) (?:a |an |one |each |the )?(?:${NUM} )?(?:weeks?|months?|terms?|half[- ]?terms?|(?:academic )?years?))`;
const PERIOD_RE = new RegExp(String.raw`(?<![\w])${PERIOD}|\/\s*(?:wk|week|day|term|month|yr|year)(?![\w])`, 'i');

// A count of occasions: "3 x", "3x15", "three times", "twice", "4 sessions", "6 one-hour sessions".
const COUNT_RE = new RegExp(String.raw`(?<![\w])(?:${NUM}\s*(?:x|×)(?=\s|\d|$)|(?<![\w])(?:x|×)\s*${NUM}(?![\w])|${NUM}\s+times|twice|once|thrice|${NUM}\s+(?:[\w-]+\s+)?(?:sessions|visits|lessons|blocks|appointments|episodes|slots|meetings|nights|stays|days|mornings|afternoons|evenings))`, 'i');

// A length: "30 minutes", "30-minute", "an hour", "1.5 hours", "half an hour", "45 mins", "3x15 mins",
// a time span "9am to 3pm", or days and nights as units of a short break ("2 nights per month").
const UNIT = String.raw`(?:minutes?|mins?|hours?|hrs?|hr)`;
const CLOCK = String.raw`\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)|\d{1,2}[.:]\d{2}`;
const LENGTH_RE = new RegExp(
  String.raw`(?:(?<![\w])|(?<=\dx)|(?<=\dX))(?:(?:${NUM}|a|an|half an?|one and a half|an hour and a half)\s*(?:-\s*)?${UNIT}(?![\w])|${NUM} (?:school|college|contact|teaching|taught|timetabled|guided learning|support) hours(?![\w])|hour[- ]long|full[- ]day|half[- ]day|\d+(?:\.\d+)?\s*(?:h|m)(?![\w])|(?:${CLOCK})\s*(?:-|–|to|until|till)\s*(?:${CLOCK})|between (?:${CLOCK}) and (?:${CLOCK})|${NUM}[- ](?:whole |full |half |overnight )?(?:days?|nights?|overnight stays?|stays|mornings?|afternoons?|evenings?)(?:[- ]a[- ]week)?(?![\w]))`,
  'i',
);

// Continuous support and adjustments: the extent is the amount.
// Extent that covers the provision everywhere or all the time (enough even for sessions).
const EXTENT_RE = /(?<![\w])(?:throughout (?:the |each |every |his |her |their )?(?:school |college )?(?:day|week|curriculum|lessons?|sessions?)|(?:across|during|in|for|at) (?:all|every|each) (?:of (?:his|her|their|the) )?(?:[\w-]+ ){0,2}?(?:lessons?|subjects?|classes|sessions|unstructured times?|break(?:time)?s?|lunch(?:time)?s?|times|written work|(?:written )?tasks?|work|activities|tests?|exams?|examinations|assessments|transitions|school day|parts? of the (?:school )?day|worksheets?)|at all times|full[- ]time|all day|every day|whole (?:school |of the )?(?:day|week)|(?:whole|full|entire)(?: of (?:the|his|her|their|my))? (?:school |college |teaching |working )?(?:day|week|curriculum|timetable)|(?:across|throughout) the (?:whole |full |entire )?(?:school |college )?(?:curriculum|timetable)|all (?:of )?(?:my|his|her|their) (?:\d+(?:\.\d+)? )?(?:school |college |timetabled |taught )?(?:hours|lessons|time)|(?:the )?(?:full|whole) school (?:day|week)|(?:for|in|during) (?:all )?(?:tests|exams|examinations|assessments|written work|reading tasks|writing tasks)|(?:\d+(?:\.\d+)?|thirty-two and a half|twenty-seven and a half) hours (?:per|a|each) week)/i;
// Extent that names a place or a time of day (enough for support and adjustments, not for sessions).
const PLACE_EXTENT_RE = /(?<![\w])(?:(?:at|during|in) (?:break|lunch|play)(?:time)?s?(?: and (?:break|lunch|play)(?:time)?s?)?|unstructured times|(?:in|during) (?:maths|english|science|PE|literacy|numeracy|class|lessons|assemblies|(?:the )?classroom)|(?:in|during) (?:(?!the\b|a\b|an\b)[\w-]+ ){1,2}?(?:lessons|classes)(?![\w])|whenever (?:he|she|they|[A-Z][a-z]+) (?:is|are|has|have|needs?|requests?|asks?|writes?|reads?|works?)|(?:when|while) (?:writing|reading|working|moving|eating|travelling|recording)|on (?:school )?trips|for all (?:written|recording|reading))/i;

// Where or when equipment or an adjustment applies: "on his desk", "at registration", "for handwriting".
const WHERE_RE = /(?<![\w])(?:(?:all|every|each|any) (?:(?!the\b|of\b)[\w-]+ ){0,3}?(?:lessons?|homework|work|tasks?|exams?|examinations|tests?|assessments|activities|subjects?|classes|classrooms?|rooms?|sessions|trips|visits|worksheets?|texts?|handouts?|materials|writing|reading|recording)(?![\w])|at all times|whenever|when(?:ever)? (?:he|she|they|I) (?:is|are|am)|(?:for|in|during|at|on|across|throughout) (?:all|every|each|any|both)\b|during\b|in (?:the )?(?:hall|dining (?:room|hall)|playground|classroom|class|school|college|lessons?|assemblies|exams?|examinations|tests?|library|corridors?|toilets?|canteen|base|workshop|kitchen|home)\b|at (?:home|school|college|registration|lunch(?:time)?|break(?:time)?|playtime|the (?:start|end|beginning) of)\b|on (?:the )?(?:ground|first) floor|on (?:his|her|their|the) (?:desk|table|carpet|wall|workstation|tray)|at (?:his|her|their|the) (?:desk|table|workstation|place)|in (?:his|her|their) (?:bag|tray|pocket|classroom|base)|kept (?:at|in|on)|(?:to|and) (?:take )?home|before (?:each|every|any|a|the)\b|after (?:each|every|any|a|the)\b|on the (?:morning|day) of|for (?:handwriting|writing|reading|recording|maths|spelling|homework|tests?|exams?)\b)/i;

// One-off work: "by December 2026", "within the first half term", "once", "annually".
const ONE_OFF_RE = /(?<![\w])(?:by (?:the end of )?(?:january|february|march|april|may|june|july|august|september|october|november|december|the autumn|the spring|the summer|half[- ]?term|term|\d{1,2}(?:st|nd|rd|th)? \w+|\d{4})|(?:before|by) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{4})?|within (?:the first )?(?:\d+|one|two|three|four|six) (?:weeks|months|half[- ]?terms?|terms?)|within the first (?:half[- ]?)?term|once|one-off|a single|before (?:transition|transfer|the start)|at the start of (?:each|every|the) (?:term|year|academic year)|annually|each year|every year|(?:per|each|a) (?:academic )?year)/i;

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
  /** "15 hours" with no period: an amount that allows any rate. */
  lengthWithoutPeriod: boolean;
}

export function findAmount(text: string): Amount {
  const period = PERIOD_RE.test(text);
  const count = COUNT_RE.test(text);
  const length = LENGTH_RE.test(text);
  const fullExtent = EXTENT_RE.test(text);
  const extent = fullExtent || PLACE_EXTENT_RE.test(text);
  const where = WHERE_RE.test(text);
  const oneOff = ONE_OFF_RE.test(text);
  return { period, count, length, extent, fullExtent, where, oneOff, lengthWithoutPeriod: length && !period };
}

/** Minutes a week a statement provides, where it can be worked out ("3 x 30 minutes a week" = 90). */
/**
 * How many times in its period a statement happens: "twice", "3 x", "3 times", else "6 sessions".
 * A count of sessions beside an explicit "once a week" is the length of a course, not the rate.
 */
export function timesInPeriod(text: string): number {
  const times = new RegExp(String.raw`(${NUM})\s*(?:x|×|times)|(twice|once|thrice)`, 'i').exec(text);
  const cnt = times ?? new RegExp(String.raw`(${NUM})\s*sessions`, 'i').exec(text);
  return cnt ? toNumber(cnt[1] ?? cnt[2]) ?? 1 : 1;
}

export function minutesPerWeek(text: string): number | null {
  const len = new RegExp(String.raw`(${NUM}|half an?|an|a)\s*(?:-\s*)?(minutes?|mins?|hours?|hrs?)`, 'i').exec(text);
  if (!len) return null;
  let minutes = (len[1].toLowerCase().startsWith('half') ? 0.5 : toNumber(len[1].replace(/^an?$/i, 'one')) ?? 0) * (/^h/i.test(len[2]) ? 60 : 1);
  const n = timesInPeriod(text);
  const per = /(?:a|per|each|every|\/)\s*(day|week|fortnight|month|half[- ]?term|term|year)|(daily|weekly|fortnightly|monthly|half[- ]?termly|termly|annually)/i.exec(text);
  if (!per) return null;
  const unit = (per[1] ?? per[2]).toLowerCase().replace(/[- ]/, '');
  const perWeek: Record<string, number> = { day: 5, daily: 5, week: 1, weekly: 1, fortnight: 0.5, fortnightly: 0.5, month: 0.25, monthly: 0.25, halfterm: 1 / 6, halftermly: 1 / 6, term: 1 / 12, termly: 1 / 12, year: 1 / 39, annually: 1 / 39 };
  minutes *= n * (perWeek[unit] ?? 1);
  return Math.round(minutes * 10) / 10;
}

// ---------------------------------------------------------------- time bounds (outcomes)

const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
export const TIME_BOUND_RE = new RegExp(
  String.raw`(?<![\w])(?:(?:by|before|at|until|for) (?:the )?(?:end|start|beginning|close) of (?:the )?(?:year|key stage|ks|reception|nursery|foundation stage|eyfs|primary|secondary|school|college|his|her|their|this|the|next|autumn|spring|summer|academic|term|half[- ]term|course|placement|programme|\w+ (?:term|year))|by (?:${MONTH}|(?:the )?(?:autumn|spring|summer) (?:term|half[- ]term)|(?:christmas|easter|summer|half[- ]term)(?: \d{4})?|\d{1,2}(?:st|nd|rd|th)? ${MONTH}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}|(?:the )?(?:time|age)|age|his|her|their|the (?:next|first|second|\d+(?:st|nd|rd|th)?) (?:annual )?review|(?:the )?next (?:annual )?review|(?:the )?annual review|year \d+|key stage \d|ks\d|transition|transfer)|within (?:the next )?(?:${NUM}|a|one|the next|the first) ?(?:\w+ )?(?:weeks?|months?|years?|terms?|half[- ]?terms?)|(?:in|over) the next (?:${NUM} )?(?:weeks?|months?|years?|terms?|half[- ]?terms?|academic year)|(?:before|when) (?:he|she|they|[A-Z][a-z]+) (?:leaves?|moves?|transfers?|starts?) |in (?:${MONTH}) \d{4}|(?:by|in|during) (?:the )?(?:academic year|summer|autumn|spring) (?:\d{4}|term)|(?:by|at) (?:the )?age (?:of )?\d+|by (?:the )?end of (?:year|y) ?\d+|(?:at|by) (?:his|her|their|the) (?:next )?annual review|(?:19|20)\d\d[-/](?:19|20)?\d\d)`,
  'i',
);

export function isTimeBound(text: string): boolean {
  return TIME_BOUND_RE.test(text);
}

/** Text with its time expressions blanked, so a year in a date does not read as a measure. */
export function withoutTimes(text: string): string {
  return text.replace(new RegExp(TIME_BOUND_RE.source, 'gi'), (m) => ' '.repeat(m.length)).replace(/\b(?:19|20)\d\d\b/g, '    ');
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
