// Judges one outcome (rubric-reference.md §4-§5): the child's own achievement, measurable,
// time-bound, SMART, preparing for adulthood; and outcomes that are really provision or aspirations.
//
// Measurable, as §4 reads it: an observable, checkable result. Either a measure (a count, level,
// accuracy, "4 out of 5", "every day", "no more than one prompt") or a named action the child will
// do ("travel by bus to college", "get changed for PE", "talk to an adult about her worries").
// Not measurable: an inner state or a direction of travel ("be happy", "understand", "improve",
// "develop", "make progress", "access the curriculum", "more confident"), and a service.
import { testFromStart } from './fast-patterns.ts';
import { isTimeBound, withoutTimes, type Words } from './quantities.ts';
import type { Rubric } from './rubric.ts';
import { outcomeBlanks, type PlanFacts } from './suggest.ts';
import { perVocabulary, vocabularyOf } from './vocabulary.ts';

export interface OutcomeJudgement {
  measurable: boolean;
  timeBound: boolean;
  ownAchievement: boolean;
  smart: boolean;
  preparingForAdulthood: boolean;
  isProvision: boolean;
  aspiration: boolean;
}

// ---------------------------------------------------------------- time (beyond quantities.ts)

// The rubric's words for an outcome's time, measure, services, wishes and vague wording (`vocabulary:` in rubrics/default.yaml), as patterns once.
interface OutcomeWords {
  /** "By the end of my first year at college", "by next year", "in 12 months' time"; a "By when" cell holding only a time. */
  moreTimeAll: RegExp;
  /** A checkable measure anywhere in the outcome (dates already blanked). */
  measure: RegExp;
  /** Doing it alone: itself a checkable standard ("on his own", "without adult help"). */
  independent: RegExp;
  /** A service, not a result; a wish, not an outcome. */
  service: RegExp;
  aspiration: RegExp;
  /** Words that only say "in some direction"; a predicate that is a state or a direction of travel. */
  vagueAnywhere: RegExp;
  vagueHead: RegExp;
  /** Leading words that do not change what the child will do ("be able to", "continue to"). */
  predicateLead: RegExp;
  /** A generic verb done alone or in some manner names no task ("work independently"). */
  generic: RegExp;
  /** "himself" right after a verb that takes the child as its object ("keep himself safe", "calm herself"). */
  bareReflexive: RegExp;
  /** What the child will do: after "will" or "is able to"; every item under a lead-in ending "will:". */
  predicateAfter: RegExp;
  leadInEnd: RegExp;
  /** "have visited", "have chosen": a perfect tense is the action itself. */
  perfect: RegExp;
}

const outcomeWords = perVocabulary((v): OutcomeWords => {
  const pred = v.source.outcomePredicate;
  // A "By when" cell: alone between tabs, or (a row flattened to one line in DOCX or PDF) after the
  // outcome's full stop at the end of the line; a time in brackets may follow it ("End of Year 10 (July 2026)").
  const cell = String.raw`${v.timeCells}(?:\s*\(${v.timeCells}\))?`;
  const moreTime = String.raw`(?<![\w])${v.outcomeTimes}|(?<=^|\t|[.!]\s{1,8})\s*${cell}\s*(?=\t|$)`;
  const w: OutcomeWords = {
    moreTimeAll: new RegExp(moreTime, 'gi'),
    measure: new RegExp(String.raw`(?<![\w])${v.measures}`, 'i'),
    independent: new RegExp(String.raw`(?<![\w])${v.independently}(?![\w])`, 'i'),
    service: new RegExp(String.raw`(?<![\w])${v.services}`, 'i'),
    aspiration: new RegExp(String.raw`(?<![\w])${v.aspirations}(?![\w])`, 'i'),
    vagueAnywhere: new RegExp(String.raw`(?<![\w])${v.vagueOutcomeWords}(?![\w])`, 'i'),
    vagueHead: new RegExp(String.raw`^${v.vagueOutcomeHeads}(?![\w])`, 'i'),
    predicateLead: new RegExp(String.raw`^${v.any(v.source.outcomeLeads)}\s+`, 'i'),
    generic: new RegExp(String.raw`^${v.any(v.source.genericActions)}(?:\s+${v.any(v.source.genericManners)})*\s*[.;]?$`, 'i'),
    bareReflexive: new RegExp(String.raw`(?<=${v.any(v.source.reflexiveVerbs)} )(?:him|her|them|my)sel(?:f|ves)(?=[\s.,;]|$)`, 'gi'),
    predicateAfter: new RegExp(String.raw`(?<![\w])${v.any(pred.after)}\s+(.+)$`, 'i'),
    leadInEnd: new RegExp(String.raw`\b${v.any(pred.leadInEnds)}\s*[:\-–]?\s*$`, 'i'),
    perfect: new RegExp(String.raw`^ha(?:ve|s) (?=(?:\w+ )?\w+${v.any(pred.participleEndings)}\b)(?!${v.any(pred.notParticiples)}\b)`, 'i'),
  };
  return w;
});

function timeBoundText(text: string, rubric?: Words): boolean {
  // "when he leaves school" says when, loosely, not by when; "by the time" and "before" do.
  const t = text.replace(/(?<!by the time |before )\bwhen (?:he|she|they|I|[A-Z][a-z]+) (?:leaves?|moves?|transfers?|starts?)\b/g, (m) => ' '.repeat(m.length));
  return isTimeBound(t, rubric) || testFromStart(outcomeWords(rubric).moreTimeAll, t);
}

function withoutAllTimes(text: string, rubric?: Words): string {
  const blank = (m: string) => ' '.repeat(m.length);
  // "Outcome 2:", "E1", "1.": a label, not a measure.
  text = text.replace(/^\s*(?:(?:outcome|target|goal|aim|step|E)\s*\d+[a-z]?|\d{1,2}(?:\.\d)?)\s*[:.)\-–]?\s+/i, blank);
  // A time phrase's number can be left behind ("by the end of Year| 9"): it is not a measure.
  return withoutTimes(text, rubric).replace(outcomeWords(rubric).moreTimeAll, blank).replace(/(?<=\s{3})\d{1,2}(?:st|nd|rd|th)?(?![\w%])/g, blank);
}

// ---------------------------------------------------------------- measures

/**
 * What the child will do: the words after "will", after a leading "To"/"[Name] to", or the whole
 * item under a lead-in that ends "will:" ("By July, Amara will:" then "• dress herself for PE").
 * Null when the outcome has no such verb phrase.
 */
function predicate(body: string, context: string, rubric?: Words): string | null {
  const t = body.replace(/\s+/g, ' ').trim();
  const words = outcomeWords(rubric);
  // A leading "To" or "[Name] to" is grammar: a capitalised name or a pronoun, then "to".
  const m = words.predicateAfter.exec(t) ?? /^(?:[Tt]o|(?:[A-Z][\w'’-]+|I|[Hh]e|[Ss]he|[Tt]hey) to)\s+(.+)$/.exec(t);
  const leadIn = words.leadInEnd.test(context.trim()) || /^[a-z]/.test(t);
  if (!m && !leadIn) return null;
  let p = (m ? m[1] : t).trim();
  for (let i = 0; i < 4; i++) {
    const before = p;
    p = p.replace(words.predicateLead, '').replace(words.perfect, '');
    if (p === before) break;
  }
  return p;
}

function isMeasurable(body: string, context: string, isProvision: boolean, rubric?: Words): boolean {
  const { measure: MEASURE, independent: INDEPENDENT, aspiration: ASPIRATION, vagueHead: VAGUE_HEAD, vagueAnywhere: VAGUE_ANYWHERE, generic: GENERIC, bareReflexive: BARE_REFLEXIVE } = outcomeWords(rubric);
  if (isProvision) return false;
  const pred = predicate(body, context, rubric);
  // A wish ("would like to live in his own flat") with no "will" is an aspiration, not a result.
  if (ASPIRATION.test(body) && !/(?<![\w])(?:will|shall)\s/i.test(body)) return false;
  // "Work independently" names no task: doing a generic verb alone is no checkable result.
  const generic = pred !== null && GENERIC.test(pred);
  // "Settle into Year 7": a school year named is not a measure; "a Year 5 level text" is.
  const counted = body.replace(/(?<![\w])(?:year|yr|y|key stage|ks)\s?\d{1,2}(?![\w])(?!\s*(?:level|standard|expectations?|text|book|spellings?|words?|list|curriculum))/gi, (m) => m.replace(/\d/g, ' '));
  const measured = MEASURE.test(counted) || (INDEPENDENT.test(body) && !generic);
  // A reflexive object ("keep himself safe") is not "by himself": under a state or a direction
  // ("understand how to keep himself safe") only a stated measure or an explicit "on his own" counts.
  const measuredUnderVague = MEASURE.test(counted) || (INDEPENDENT.test(body.replace(BARE_REFLEXIVE, (m) => ' '.repeat(m.length))) && !generic);
  // A state or a direction ("be happy", "improve"), or comparatives with nothing to compare:
  // only a stated measure makes it checkable.
  // Quoted words are what the child says or signs ("more", "finished"), not the outcome's wording.
  const unquoted = body.replace(/["“‘][^"”’\n]{1,30}["”’]/g, (m) => `"${'x'.repeat(m.length - 2)}"`);
  if ((pred && VAGUE_HEAD.test(pred)) || VAGUE_ANYWHERE.test(unquoted)) return measuredUnderVague;
  if (measured) return true;
  // A named action with no measure: "get changed for PE", "go to a youth club". Aspirations
  // ("wants to be a vet") and headings have no such verb phrase.
  return pred !== null && pred.split(/\s+/).length >= 2 && !generic;
}

// ---------------------------------------------------------------- preparing for adulthood (§5)

// The four areas, at any age, are the rubric's (vocabulary.preparingForAdulthood).

export function judgeOutcome(text: string, context = '', rubric?: Words): OutcomeJudgement {
  const full = context ? `${context} ${text}` : text;
  const words = outcomeWords(rubric);
  const isProvision = words.service.test(text);
  // A service is not a result: a date on it does not make it a time-bound outcome.
  const timeBound = !isProvision && timeBoundText(full, rubric);
  const body = withoutAllTimes(text, rubric);
  const measurable = isMeasurable(body, context, isProvision, rubric);
  const ownAchievement = !isProvision;
  const aspiration = words.aspiration.test(text) && !(measurable && timeBound);
  const preparingForAdulthood = vocabularyOf(rubric).preparingForAdulthood.some((re) => re.test(text));
  return {
    measurable,
    timeBound,
    ownAchievement,
    smart: ownAchievement && measurable && timeBound,
    preparingForAdulthood,
    isProvision,
    aspiration,
  };
}

/** The outcome as SMART wording would put it, keeping what it already says. */
export function rewriteOutcome(text: string, j: OutcomeJudgement, _rubric?: Rubric, facts: PlanFacts = {}): string {
  // A table row's other cells ("By when | End of Key Stage 4") follow the outcome in brackets.
  const [first, ...cells] = text.split('\t').map((c) => c.trim().replace(/[.;:]$/, '')).filter(Boolean);
  let out = cells.length ? `${first ?? ''} (${cells.join(', ')})` : (first ?? '');
  const { when, measure } = outcomeBlanks(j, facts);
  if (when) out = `${when}, ${out}`;
  if (measure) out = `${out} ${measure}`;
  return `${out.charAt(0).toUpperCase()}${out.slice(1)}.`;
}
