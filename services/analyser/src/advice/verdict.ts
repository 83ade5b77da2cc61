// One recommendation against the plan: is it carried as specifically as advised, diluted, missing,
// moved out of Section F, or too vague to check (the advice itself unquantified)?
import type { AdviceEntry, Provision } from '../report-schema.ts';
import type { Rubric } from '../rubric.ts';
import { judgeProvision, maskReviewClauses, type ProvisionJudgement } from '../provision.ts';
import { findAmount, minutesPerWeek, perWeek, ratePhrase, sessionMinutes, timesPerWeek, toNumber } from '../quantities.ts';
import { perVocabulary } from '../vocabulary.ts';
import type { Recommendation } from './extract.ts';
import { tokens } from './similarity.ts';
import { fill } from '../findings.ts';
import { programmeNames, programmeRelation } from './programmes.ts';
import { escapeRegExp } from '../fast-patterns.ts';

export type Verdict = AdviceEntry['verdict'];

export interface Judged {
  verdict: Verdict;
  provision: Provision | null;
  detail: string;
}

// Who delivers, from least to most qualified. A therapist or psychologist outranks a specialist
// teacher, who outranks a teacher, who outranks a trained assistant, who outranks an assistant.
/** Who delivers, as the rubric's `advice.providers` names them. */
export type Provider = keyof Rubric['advice']['providers'];
// The ranks' words are the rubric's lists providerTherapists … providerAssistants, and who designs or
// reviews rather than delivers its notDeliveringLeads, notDeliveringRoles, programmeOwners and
// programmeParts, put in their grammar once per vocabulary. Therapists are matched as written ("OT", "EP").
const providerWords = perVocabulary((v) => ({
  ranks: [
    [new RegExp(String.raw`\b${v.list('providerTherapists')}\b`), 4, 'therapist'],
    [new RegExp(String.raw`\b${v.list('providerSpecialistTeachers')}\b`, 'i'), 3, 'specialistTeacher'],
    [new RegExp(String.raw`\b${v.list('providerTeachers')}\b`, 'i'), 2, 'teacher'],
    [new RegExp(String.raw`\b${v.list('providerTrainedAssistants')}\b`, 'i'), 1.5, 'trainedAssistant'],
    [new RegExp(String.raw`\b${v.list('providerAssistants')}\b`, 'i'), 1, 'assistant'],
  ] as [RegExp, number, Provider][],
  // Someone named as designing, training, overseeing or reviewing is not the person who delivers.
  // "The SENCo with the physiotherapist": the first named leads and the second helps (collaboratingLeads,
  // collaboratingHelpers).
  collaborator: new RegExp(String.raw`(\b${v.list('collaboratingLeads')}\s+)(?:together\s+)?with\s+(?:the |a |an |his |her |their )?(?:[\w-]+ ){0,2}?${v.list('collaboratingHelpers')}\b`, 'gi'),
  // "An assistant who has completed Lego therapy training" is trained too (trainingDone).
  trainingDone: new RegExp(String.raw`\b(?:assistants?|TAs?|LSAs?) who (?:has|have) ${v.list('trainingDone')} [^.;\t]{0,40}\btraining\b`),
  // Who writes a thing made once (thingAuthors: "written by", "drawn up by") provides it.
  author: new RegExp(String.raw`\b${v.list('thingAuthors')} by\b`, 'gi'),
  notDeliverer: new RegExp(String.raw`\b${v.list('notDeliveringLeads')}\s+(?:the |a |an |his |her |their )?(?:[\w&-]+ ){0,4}?${v.list('notDeliveringRoles')}\b|\b${v.list('programmeOwners')}(?:'s|s')?[- ](?:devised |designed |set |written )?(?:[\w-]+ ){0,2}?${v.list('programmeParts')}\b`, 'gi'),
}));


// What the child is to be able to do or know ("…, so that she can meet her tutors", "…, so he knows
// what each lesson will cover"): the people named there are whom the child meets, not who delivers
// (grammar: "so that" and the child as its subject, with a modal or a verb of knowing or feeling).
const CHILD_PURPOSE = /,?\s+so (?:that )?(?:he|she|they|[A-Z][\w'’-]+) (?:can|could|will|is able to|are able to|may|knows?|understands?|feels?)\b[^.;\t]*/g;

export function providerRank(text: string, rubric?: Rubric): { rank: number; who: Provider | null } {
  const { ranks, notDeliverer, collaborator, trainingDone } = providerWords(rubric);
  const delivering = maskReviewClauses(text).replace(CHILD_PURPOSE, ' ').replace(collaborator, '$1').replace(notDeliverer, ' ');
  // "A teaching assistant trained by the OT": the trainer is not the deliverer, but the training counts.
  const trained = /\b(?:assistants?|TAs?|LSAs?)\b[^.;\t]{0,20}\btrained\b|\btrained\b[^.;\t]{0,25}\b(?:assistants?|TAs?|LSAs?)\b/.test(text) || trainingDone.test(text);
  for (const [re, rank, who] of ranks) {
    if (!re.test(delivering)) continue;
    return rank === 1 && trained ? { rank: 1.5, who: 'trainedAssistant' } : { rank, who };
  }
  return { rank: 0, who: null };
}

// The verdicts' words (the rubric's lists frequencyEnoughWords, tentativeWords, undescribedChanges,
// sessionWords, aimWords, directWords, indirectWords, oneToOneWords, adviceGroupWords, planConditions,
// openHedgeTerms), put in their grammar once per vocabulary.
const verdictWords = perVocabulary((v) => ({
  ONE_TO_ONE: new RegExp(String.raw`\b${v.list('oneToOneWords')}\b`, 'i'),
  GROUP: new RegExp(String.raw`\b${v.list('adviceGroupWords')}\b`, 'i'),
  DIRECT: new RegExp(String.raw`\b${v.list('directWords')}\b`, 'i'),
  INDIRECT: new RegExp(v.list('indirectWords'), 'i'),
  // Things whose amount is their frequency (a review, a visit, training), or whose existence is the
  // amount (a plan, an assessment, a referral): a professional who names one and how often has quantified it.
  FREQUENCY_ENOUGH: new RegExp(String.raw`\b${v.list('frequencyEnoughWords')}\b`, 'i'),
  // A tentative recommendation ("may benefit from", "could consider") does not say the provision is needed;
  // a trial ("should be tried", "a trial of") is advice to find out, not provision to make.
  TENTATIVE: new RegExp(v.list('tentativeWords'), 'i'),
  // A change named but not described ("homework to be differentiated"): it says something changes, not how.
  UNDESCRIBED_CHANGE: new RegExp(String.raw`\b${v.list('undescribedChanges')}\s*(?:[.;]|$)`, 'i'),
  // Staff only to know a thing ("should be aware of her condition"): nothing is done.
  AWARENESS_ONLY: new RegExp(String.raw`\b${v.list('awarenessOnly')}\b`, 'i'),
  LEAVE: new RegExp(String.raw`\b${v.list('adviceLeaveWords')}\b`, 'i'),
  SESSION_WORDS: new RegExp(String.raw`\b${v.list('sessionWords')}\b`, 'i'),
  // An aim or a person's time, which a rule or a time of day does not size.
  AIM: new RegExp(String.raw`\b${v.list('aimWords')}\b`, 'i'),
  PLAN_CONDITION: new RegExp(String.raw`\b${v.list('planConditions')}\b`, 'i'),
  // Why it is recommended ("to reduce reverberation"), to the end: not an amount. So is an infinitive
  // clause after a comma ("a meeting at half term, to agree how support should be reduced"; grammar).
  PURPOSE: new RegExp(String.raw`(?:\b(?:to|so as to|in order to|so that (?:he|she|they|it) can)\s+(?:help\s+)?${v.list('purposeVerbs')}\b|,\s+(?:so as |in order )?to\s+(?!be\b)[a-z]+\b).*$`, 'i'),
  // Upkeep after a comma, "and" or "to be" ("…, tested weekly by the site manager"), to the clause's end.
  UPKEEP: new RegExp(String.raw`(?:,\s*|\s(?:and|to be)\s+)(${v.list('upkeepStems')})(?:ed|es|s)?\b[^,;.\t]*`, 'i'),
  GENERIC_WORDS: new RegExp(String.raw`^${v.list('genericThingWords')}$`),
  OPEN_HEDGE: new RegExp(String.raw`^${v.list('openHedgeTerms')}$`),
  // Vague terms by name: a range bounds the advice's amount, "appropriate" leaves it open, "may" gives leave.
  BOUNDED_TERM: new RegExp(String.raw`^${v.list('adviceBoundedTerms')}$`),
  OPEN_TERM: new RegExp(String.raw`^${v.list('adviceOpenTerms')}$`),
  // "up to" and a count of content ("up to 5 new words"; the rubric's adviceCappedContent): grammar around the list.
  CAPPED_CONTENT: new RegExp(String.raw`^\s*(?:\d+|${v.number})\s+${v.list('adviceCappedContent')}\b`, 'i'),
  LEAVE_TERM: new RegExp(String.raw`^${v.list('adviceLeaveTerms')}$`),
}));


/** Which hedges or vague words in a judgement leave the amount or the provider open. */
function openWords(j: ProvisionJudgement, rubric: Rubric): string[] {
  const { OPEN_HEDGE } = verdictWords(rubric);
  return [...new Set(j.vague.filter((v) => (v.spec.hedge && v.spec.undermines !== 'activity') || v.spec.undermines === 'frequency' || (v.spec.hedge && OPEN_HEDGE.test(v.term))).map((v) => v.text))];
}

// Vague words in a recommendation that leave its amount open (a professional's "should" and
// "would benefit from" are how advice is phrased, not a hedge on the amount).
// With an occasion given (a care plan's "Situation" cell), when is said: a word leaving how often open is not.
function adviceOpenWords(j: ProvisionJudgement, text: string, rubric: Rubric, occasion = false): string[] {
  const { BOUNDED_TERM, OPEN_TERM, CAPPED_CONTENT } = verdictWords(rubric);
  // "Up to" capping how much content a session covers ("up to 5 new words each week") leaves no amount open.
  const cappedContent = (v: { term: string; end: number }) => v.term === 'up to' && CAPPED_CONTENT.test(text.slice(v.end));
  // A hit that runs across a modal ("when anxious should be available") joins two clauses: the
  // condition and the main verb of the recommendation, not a hedge.
  // A range ("2-3 sessions a week", "15-20 minutes") is an amount bounded both ways: the professional
  // has quantified it, so the plan is held to it (a plan's own range is still reported by the
  // provision rules, which read ranges as discretion).
  // An open word inside brackets ("(a footrest if needed)") is on an extra the brackets add, not on
  // what the recommendation provides.
  const bracketed = (v: { start: number; end: number }) => text.lastIndexOf('(', v.start) > text.lastIndexOf(')', v.start) && text.indexOf(')', v.end) >= 0;
  // (The modals a hit may run across are grammar.)
  return [...new Set(j.vague.filter((v) => !BOUNDED_TERM.test(v.term) && !bracketed(v) && !cappedContent(v) && !/\w\s+(?:should|must|will|would|needs? to)\s+\w/i.test(v.text) && ((v.spec.undermines === 'frequency' && !occasion) || (v.spec.hedge && v.spec.undermines === 'provider') || OPEN_TERM.test(v.term))).map((v) => v.text))];
}

function fmtLength(m: number): string {
  if (m >= 60 && m % 60 === 0) return `${m / 60} hour${m === 60 ? '' : 's'}`;
  return m > 60 ? `${Math.floor(m / 60)} hour${m >= 120 ? 's' : ''} ${Math.round(m % 60)} minutes` : `${Math.round(m)} minutes`;
}

function fmtMinutes(m: number): string {
  return `${fmtLength(m)} a week`;
}

// When a one-off happens ("this term", "in the summer term of Year 6", "before she starts Year 7"; rubric list adviceOneOffTimes).
const oneOffTime = perVocabulary((v) => new RegExp(String.raw`\b${v.list('adviceOneOffTimes')}\b`, 'i'));
// A one-off's time from now ("Review in my clinic in 6 months", "a hearing test within 6 weeks"; rubric
// list adviceWithinTimes), and a plan's own deadline ("no later than", "by the end of"; planDeadlineWords).
const within = perVocabulary((v) => new RegExp(String.raw`\b${v.list('adviceWithinTimes')}\b`, 'i'));
const planDeadline = perVocabulary((v) => new RegExp(String.raw`\b${v.list('planDeadlineWords')}`, 'i'));
// A stated point a review is held at ("at the end of each block of therapy", "after two terms"; rubric list reviewPoints).
const reviewPoint = perVocabulary((v) => new RegExp(String.raw`(?<![\w])${v.list('reviewPoints')}(?![\w])`, 'i'));
// Staff training, however it is put (rubric list staffTraining): what it is is training.
export const staffTrainingPattern = perVocabulary((v) => new RegExp(String.raw`(?<![\w])${v.list('staffTraining')}(?![\w])`, 'i'));
// A thing made or done once, or sized by the occasion it serves (rubric list concreteThings).
const concreteThing = perVocabulary((v) => new RegExp(String.raw`(?<![\w])${v.list('concreteThings')}(?![\w])`, 'i'));
// How many adults are to be trained (rubric list trainees): "at least two members of staff", "all staff".
const trainees = perVocabulary((v) => new RegExp(String.raw`(?<![\w])(?:(?:at least|a minimum of) )?(?:${v.number}|all|every) (?:(?:named|key|designated|the) )?${v.list('trainees')}(?![\w])`, 'i'));
// How many staff are to be trained, by number ("two members of college staff"; rubric list trainees).
const traineeCount = perVocabulary((v) => new RegExp(String.raw`(?<![\w])(?:(?:at least|a minimum of) )?${v.number} (?:[\w-]+ ){0,3}?${v.list('trainees')}(?![\w])`, 'i'));


// How often a statement happens is read where minutes a week are (quantities.ts: timesPerWeek).
export { timesPerWeek } from '../quantities.ts';



// An amount with no size: "reduce homework", "extra time", "an appropriate level" (unless a number sizes it).
// "More than a paragraph", "fewer than 3" are a threshold, which sizes.
// Times outside lessons or the whole day, and places that keep to lessons (rubric lists outOfLessonTimes, lessonOnlyPlaces).
const lessonExtent = perVocabulary((v) => ({
  outside: new RegExp(String.raw`(?<![\w])${v.list('outOfLessonTimes')}(?![\w])`, 'i'),
  lessons: new RegExp(String.raw`(?<![\w])${v.list('lessonOnlyPlaces')}(?![\w])`, 'i'),
}));
// Any number, in figures or words (grammar around the rubric's number words).
const numbered = perVocabulary((v) => new RegExp(String.raw`\d|\b${v.number}\b`, 'i'));
// So many visits, sessions or meetings, counted ("at least 4 extra visits", "six sessions"): grammar.
const countedVisits = perVocabulary((v) => new RegExp(String.raw`\b(?:at least )?(?:\d{1,2}|${v.number}) (?:[\w-]+ ){0,2}?(?:visits|sessions|meetings)\b`, 'i'));

const unsized = perVocabulary((v) => new RegExp(String.raw`\b${v.list('unsizedWords')}\b(?! than (?:a|an|one|two|three|four|five|half|\d))`, 'i'));

// A lesson or a part of the day called changed and nothing more ("adapted PE.", "a modified timetable"):
// the change is named, not described. The changes and the lessons are the rubric's lists (adaptedActivityWords, schoolActivities).
// "a flexible approach to homework" names a change in the same way.
const adaptedActivity = perVocabulary((v) => new RegExp(String.raw`(?<![\w-])${v.list('adaptedActivityWords')}\s+(?:(?:approach(?:es)?|arrangements?) (?:to|for)\s+)?(?:[\w-]+\s+)?${v.list('schoolActivities')}\s*(?:[.;]|$)`, 'i'));

// Why it is recommended ("to reduce reverberation", the rubric's purposeVerbs; "…, because it is the
// surprise that upsets her", grammar) is not an amount.
const withoutPurpose = (text: string, rubric?: Rubric) => text.replace(/,?\s+because\b[^.;\t]*/gi, ' ').replace(verdictWords(rubric).PURPOSE, '');


// The occasion a strategy is used on: "whenever", "each time", "before she is asked to speak", "when
// he arrives", "time to finish what she is saying"; waiting for the child is sized by the child
// ("time to finish speaking"). The rubric's adviceOccasionCues, read with their capitals (a child's name is one).
const occasionCue = perVocabulary((v) => new RegExp(String.raw`\b${v.list('adviceOccasionCues')}\b`));
/** The text without its occasions' clauses ("when she seems to hear less well than usual"; to the clause's end, grammar). */
const withoutOccasion = (text: string, rubric?: Rubric) => text.replace(new RegExp(String.raw`(?:${occasionCue(rubric).source})[^,;.\t(]*`, 'g'), ' ');
// A state the child is in ("when he is upset"): the rubric's adviceNeedStates.
const needState = perVocabulary((v) => new RegExp(String.raw`\b${v.list('adviceNeedStates')}\b`));

// A rule or a condition that fixes how a thing is done, with no amount to give ("drink only from a
// lidded bottle", "in a room with no more than six other children", "marked only for taught words").
const fixingRule = perVocabulary((v) => new RegExp(String.raw`\b${v.list('fixingRules')}`, 'i'));
// A time of day or an occasion a routine keeps ("at 10:30", "at lunchtime", "before every PE lesson").
// A clock time is grammar; the occasions are the rubric's routineTimes.
const timeOfDay = perVocabulary((v) => new RegExp(String.raw`\b(?:at \d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b|${v.list('routineTimes')})`, 'i'));

/** Whether the plan names every time of day the advice names (the rubric's routineTimes), and there is one. */
function atSameTimes(advice: string, plan: string, rubric?: Rubric): boolean {
  const all = (t: string) => [...t.matchAll(new RegExp(timeOfDay(rubric).source, 'gi'))].map((m) => m[0].toLowerCase().replace(/[\s-]+/g, ' ').trim());
  const advised = all(advice);
  const planned = new Set(all(plan));
  return advised.length > 0 && advised.every((t) => planned.has(t));
}

// The rubric's adviceOccasions (the edges of an activity) and oneOffDeadlines (a date a one-off is done by).
const occasions = perVocabulary((v) => new RegExp(String.raw`\b${v.list('adviceOccasions')}\b`, 'i'));
const deadline = perVocabulary((v) => new RegExp(String.raw`\b${v.list('oneOffDeadlines')}`, 'i'));

// A course of a set number of sessions or weeks ("a six-session course", "a block of 8 sessions", "an
// ending of at least six sessions"): the total is the amount, though it gives no rate (grammar: a number
// and the words around it; the things a count sizes are the rubric's courseWords).
// So is a count of sessions at a rate given as an adverb ("eight fortnightly sessions", "6 weekly sessions").
const course = perVocabulary((v) => new RegExp(String.raw`(?<![\w])(${v.number})[- ](?:sessions?|weeks?)[- ]${v.list('courseWords')}(?![\w])|(?<![\w])${v.list('courseWords')} of (?:(?:at least|a minimum of) )?(${v.number}) (?:[\w-]+ )?(?:sessions|weeks)(?![\w])|(?<![\w])(${v.number}) ${v.any(v.source.comparisonWords.periodAdverbs)} (?:[\w-]+ )?sessions(?![\w])`, 'i'));

/** The number of sessions or weeks in a course the statement sets, or null. */
export function courseLength(text: string, rubric?: Rubric): number | null {
  const m = course(rubric).exec(text);
  return m ? toNumber(m[1] ?? m[2] ?? m[3], rubric) : null;
}

// A length of time (grammar: its units).
const TIME_UNIT = /\b(?:minutes?|mins?|hours?|hrs?)\b/i;

// A range of lengths or of counts ("20-30 minutes", "2-3 times a week", "two to three sessions") commits
// to its lower end: advice is carried by any amount within it, and a plan's range gives no more than its
// lower end (grammar: numbers, in digits or words, and units).
const RANGE = perVocabulary((v) => new RegExp(String.raw`(?<![\w.])(${v.number})\s*(?:-|–|to|or)\s*(?:${v.number})(\s*-?\s*(?:minutes?|mins?|hours?|hrs?|times|sessions?|x)(?![a-z]))`, 'gi'));
const lowerBound = (text: string, rubric?: Rubric) => text.replace(RANGE(rubric), '$1$2');
/** A range written in digits or words the same way ("2-3 times", "two to three times"). */
const sameRange = (text: string, rubric?: Rubric) => text.toLowerCase().replace(RANGE(rubric), (m, lo: string, unit: string) => {
  const hi = m.slice(lo.length, m.length - unit.length).replace(/^\s*(?:-|–|to|or)\s*/i, '');
  return `${toNumber(lo, rubric) ?? lo}-${toNumber(hi, rubric) ?? hi} ${unit.replace(/[\s-]/g, '')}`;
}).replace(/\s+/g, ' ').trim();

// A session on a weekday ("6 hours each Saturday", "30 minutes on Mondays"): the weekdays are the rubric's.
const onWeekday = perVocabulary((v) => new RegExp(String.raw`\b(?:each|every|on) (${v.list('weekdays')})s?\b`, 'i'));

/** Minutes a week, with a session on a weekday read as once a week (quantities.ts: perWeek). */
function weeklyMinutes(text: string, rubric?: Rubric): number | null {
  const minutes = minutesPerWeek(text, rubric);
  if (minutes !== null) return minutes;
  const day = onWeekday(rubric).exec(text);
  const each = day ? sessionMinutes(text, rubric) : null;
  const times = day ? perWeek(day[1], rubric) : null;
  return each !== null && times !== null ? each * times : null;
}

/** A plan statement's minutes a week, read as the comparison reads them. */
export const plannedMinutes = (text: string, rubric?: Rubric): number | null => weeklyMinutes(lowerBound(maskReviewClauses(text), rubric), rubric);

// A session word that names an organisation ("Therapy Service", "Programme Team"; the rubric's sessionWords and organisations).
const serviceNamed = perVocabulary((v) => new RegExp(String.raw`\b${v.list('sessionWords')}\s+${v.list('organisations')}s?\b`, 'gi'));
// Something done in a named lesson in place of what the others do there ("During her PE lessons …
// should follow her stretching programme … instead of team games"): it takes that lesson's time, every
// time (grammar around the rubric's schoolActivities).
const inPlaceOfLesson = perVocabulary((v) => ({
  lesson: new RegExp(String.raw`\b(?:during|in) (?:(?:his|her|their|all|every|each|the) )?${v.list('schoolActivities')} (?:lessons?|sessions?)\b`, 'i'),
  instead: /\b(?:instead of|in place of|rather than)\b/i,
}));
const takesLesson = (text: string, rubric?: Rubric) => !!rubric && inPlaceOfLesson(rubric).lesson.test(text) && inPlaceOfLesson(rubric).instead.test(text);

/** Whether a statement says how much, read the same way for the advice and for the plan. */
export function amountStated(text: string, j: ProvisionJudgement, rubric?: Rubric): boolean {
  const { SESSION_WORDS, AIM, FREQUENCY_ENOUGH } = verdictWords(rubric);
  const own = findAmount(text, rubric);
  // A strategy used on an occasion ("whenever she is stuck for a word") is fixed by the occasion.
  const occasion = occasionCue(rubric).test(text) || (!!rubric && occasions(rubric).test(text));
  // A thing or an adjustment placed where it applies ("a height-adjustable desk in every classroom").
  // An adjustment sized by a length ("leave lessons 5 minutes early") needs no frequency.
  // What a purpose clause says about the child ("so she knows what each session will cover") is why, not
  // what is provided: a session it mentions does not make the provision a session.
  const what = text.replace(CHILD_PURPOSE, ' ');
  // A one-off, not a session, done by a date ("fitted by the end of the spring term") is sized by it.
  const placedThing = (own.where || own.extent || own.length || (!!rubric && deadline(rubric).test(text))) && !SESSION_WORDS.test(what);
  // Something done several times a day is a routine within lessons, fixed by how often, not a timetabled session.
  const routine = j.amount.count && j.amount.period && (timesPerWeek(maskReviewClauses(text), rubric) ?? 0) > 5;
  // An adjustment or a routine (not a session) fixed by a rule or by when it happens needs no amount:
  // the standard asks of adjustments when or where, not how often.
  // A service named by a session word ("the Children's Speech and Language Therapy Service") is who
  // provides, not a session.
  // A label opening a plan's line ("Support: …") names the field, not an aim.
  const ruled = (fixingRule(rubric).test(text) || timeOfDay(rubric).test(text) || own.period) && !SESSION_WORDS.test(what.replace(/\bteaching assistants?\b/gi, 'assistant').replace(serviceNamed(rubric), ' ')) && !AIM.test(text.replace(/^\s*[A-Z][a-z]+\s*:\s+/, ''));
  // A one-off of a given length at a given time ("one 30-minute session in the spring term") is sized by both.
  const timedOneOff = own.length && !!rubric && oneOffTime(rubric).test(text);
  // A total of sessions spread at a rate ("6 sessions of therapy, one each half term") is sized by both.
  // The count is a total, not a rate ("3 sessions a week") nor the end of a range ("2-3 sessions").
  const spreadCourse = own.period && /(?<![-–]\s?)\b\d{1,3}\s+(?:[\w-]+\s+){0,2}?sessions\b(?!\s+(?:a|an|per|each|every|in\s+(?:a|each|every))\b)/i.test(text);
  // Lessons taught under a rule ("taught English and maths in a group of no more than 8"): every such lesson, so ruled.
  const taughtRuled = /\btaught\s+(?:[\w-]+(?:,\s*|\s+and\s+|\s+)){1,5}?(?:in|with)\b/i.test(text) && fixingRule(rubric).test(text);
  return j.quantified || timedOneOff || spreadCourse || taughtRuled || courseLength(text, rubric) !== null || occasion || placedThing || takesLesson(text, rubric) || routine || ruled || (j.amount.count && j.amount.length) || j.kind === 'equipment' || (FREQUENCY_ENOUGH.test(text) && (own.period || own.oneOff || own.count || own.length || oneOffTime(rubric).test(text) || within(rubric).test(text) || reviewPoint(rubric).test(text))) || (/\btrain(?:ed|ing)\b|\bcourse\b/i.test(text) && trainees(rubric).test(text)) || concreteThing(rubric).test(text);
}

// Offered without a size (rubric list unsizedOffers: "access to", "would benefit from"): the words,
// when the recommendation gives no amount, occasion, time of day, course or extent over every lesson.
const offers = perVocabulary((v) => new RegExp(String.raw`(?<![\w])${v.list('unsizedOffers')}(?![\w])`, 'i'));
function offeredUnsized(text: string, rubric: Rubric): string | null {
  const m = offers(rubric).exec(text);
  if (!m) return null;
  const own = findAmount(text, rubric);
  const sized = own.period || own.count || own.length || own.fullExtent || own.oneOff || occasionCue(rubric).test(text) || timeOfDay(rubric).test(text) || fixingRule(rubric).test(text) || courseLength(text, rubric) !== null;
  return sized ? null : m[0];
}

export interface AdviceJudgement {
  rec: ProvisionJudgement;
  vagueBecause: string | null;
  minutes: number | null;
  provider: { rank: number; who: Provider | null };
  /** The recommendation without its condition, and the condition ("if progress is slow, …"). */
  main: string;
  condition: string | null;
}

// A condition that changes the amount later ("; if she manages this, increase each session to 45
// minutes", ". If progress is slow, the next block should be twice weekly"): part of the advice, but
// not the amount to start with. A plan that keeps the amount and drops the condition gives less.
// The changes are the rubric's (lists.adviceLaterChanges after "if" or "unless", adviceLaterIncreases
// after a new sentence's "should", "where" or "once"); the conjunctions and stops are grammar.
const laterCondition = perVocabulary((v) => new RegExp(String.raw`(?:[;.,]\s*|\s+)(?:if|unless)\s+(?=[^.;]*?\b${v.list('adviceLaterChanges')})[^]*$|[;.]\s+(?:should|where|once)\s+(?=[^.;]*?\b${v.list('adviceLaterIncreases')})[^]*$`, 'i'));

/** The recommendation without a condition that changes its amount later, and that condition. */
export function splitCondition(text: string, rubric?: Rubric): { main: string; condition: string | null } {
  const m = laterCondition(rubric).exec(text);
  if (!m || m.index < 12) return { main: text, condition: null };
  return { main: text.slice(0, m.index), condition: m[0].replace(/^[;.,\s]+/, '').replace(/[.;\s]+$/, '') };
}

// A request passed on through the parents ("You might ask whether …", "please ask that …"): the
// channel, not a hedge, so the request is judged without it (the rubric's adviceRequestLeads).
const requestLead = perVocabulary((v) => new RegExp(String.raw`\b${v.list('adviceRequestLeads')}\s*`, 'gi'));
/** The recommendation without the words that pass it on through the parents. */
export const withoutRequestLead = (text: string, rubric?: Rubric) => (rubric ? text.replace(requestLead(rubric), '') : text);

export function judgeRecommendation(advised: Recommendation, rubric: Rubric): AdviceJudgement {
  const { FREQUENCY_ENOUGH, TENTATIVE, UNDESCRIBED_CHANGE, AWARENESS_ONLY } = verdictWords(rubric);
  // Its Who / When lines say who delivers it and when, as a table row's cells do.
  const r = { ...advised, text: withoutRequestLead(advised.details ? `${advised.text}\n${advised.details}` : advised.text, rubric) };
  const rec = judgeProvision(r.text, rubric, r.context);
  const split = splitCondition(r.text, rubric);
  const condition = split.condition;
  // The reason after "because" ("…, because she may need treatment within 72 hours") is why, not how
  // much: the amounts compared are read without it (grammar).
  const main = split.main.replace(/,?\s+because\b[^.;\t]*/gi, '');
  // So is advice used on an occasion it names ("a rest of up to 1 hour after a seizure"): when is said.
  const open = adviceOpenWords(rec, r.text, rubric, !!advised.occasion || occasionCue(rubric).test(main));
  // A care plan's row whose situation says when its action is taken ("Red: emergency") is sized by it.
  const enough = amountStated(main, rec, rubric) || !!advised.occasion;
  const because = rubric.advice.vagueBecause;
  let vagueBecause: string | null = null;
  // A visit, a review or being seen in a clinic is provision in advice, though the plan judge reads it as no "what".
  // An intervention or programme named in capitals ("Cognitive Behavioural Intervention for Worry
  // (CBIW)") is the what, though its name holds a vague word.
  const namedWhat = programmeNames(r.text, new Set(), rubric).some((n) => /\b(?:interventions?|programmes?|approach|therapy)\b/.test(n));
  if (!rec.elements.activity && !namedWhat && !concreteThing(rubric).test(r.text) && !FREQUENCY_ENOUGH.test(r.text) && !staffTrainingPattern(rubric).test(r.text)) vagueBecause = because.noActivity;
  // Staff only to be aware, no briefing or training given: nothing provided.
  else if (AWARENESS_ONLY.test(main) && !staffTrainingPattern(rubric).test(r.text)) vagueBecause = because.noActivity;
  else if (open.length) vagueBecause = fill(because.amountOpen, { words: open[0] });
  // A hedge in the reason ("…, because she may need treatment within 72 hours") is on why, not on what is asked.
  else if (TENTATIVE.test(withoutPurpose(r.text, rubric))) vagueBecause = fill(because.tentative, { words: TENTATIVE.exec(withoutPurpose(r.text, rubric))![0] });
  // A comparison inside the occasion ("when she seems to hear less well than usual") says when, not how much.
  else if (unsized(rubric).test(withoutOccasion(withoutPurpose(r.text, rubric), rubric)) && !numbered(rubric).test(r.text)) vagueBecause = fill(because.unmeasured, { words: unsized(rubric).exec(withoutOccasion(withoutPurpose(r.text, rubric), rubric))![0] });
  else if (UNDESCRIBED_CHANGE.test(r.text)) vagueBecause = fill(because.undescribed, { words: UNDESCRIBED_CHANGE.exec(r.text)![0].replace(/[.;\s]+$/, '') });
  else if (adaptedActivity(rubric).test(r.text)) vagueBecause = fill(because.undescribed, { words: adaptedActivity(rubric).exec(r.text)![0].replace(/[.;\s]+$/, '') });
  // Offered, not sized ("access to a magnifier"): a thing or a place alone does not say how much.
  else if (offeredUnsized(main, rubric)) vagueBecause = fill(because.amountOpen, { words: offeredUnsized(main, rubric)! });
  else if (!enough) vagueBecause = because.noAmount;
  const masked = maskReviewClauses(main);
  const least = lowerBound(masked, rubric);
  return { rec, vagueBecause, minutes: weeklyMinutes(least, rubric) ?? minutesPerWeek(`${least} ${lowerBound(r.context, rubric)}`, rubric), provider: providerRank(`${r.text}\n${r.context}`, rubric), main, condition };
}

/**
 * "Theo may use a laptop", where the advice asks that he be able to: "may" with the child as its
 * subject gives the leave asked for, it leaves the school no choice (grammar: a subject pronoun or the
 * child's name before it). "He may need …" is still tentative (the rubric's tentativeWords).
 */
function givesLeave(advice: string, text: string, v: { term: string; start: number }, names: ReadonlySet<string>, rubric: Rubric): boolean {
  if (!verdictWords(rubric).LEAVE_TERM.test(v.term) || !verdictWords(rubric).LEAVE.test(advice)) return false;
  let subject = /(?:^|[\s,;])([A-Za-z'’-]+)\s+$/.exec(text.slice(0, v.start))?.[1].toLowerCase();
  // "He will have a locker and may go to it at any time": a verb joined by "and" shares its clause's
  // subject, the clause's first word after any item label ("1)", "F2", "3.1"; grammar).
  if (subject === 'and') {
    const clause = text.slice(0, v.start).split(/[.;:]\s+/).pop() ?? '';
    // A coded label ("F-PH-1", "SEMH-2") is a label too.
    subject = /^\s*(?:\(?(?:[A-Z]{1,2}\d*|\d{1,3}|[A-Z]{1,5}(?:-[A-Z]{1,5})*-\d{1,3})(?:\.\d{1,3})*[.)]?\s+)?([A-Za-z'’-]+)\s/.exec(clause)?.[1].toLowerCase();
  }
  if (!subject || !(['he', 'she', 'they'].includes(subject) || names.has(subject))) return false;
  return verdictWords(rubric).TENTATIVE.exec(text.slice(v.start))?.index !== 0;
}

/** Compares a quantified recommendation with the provision it was matched to. */
export function compare(r: Recommendation, a: AdviceJudgement, p: Provision, rubric: Rubric, names: ReadonlySet<string> = new Set(), others: readonly Provision[] = []): { carried: boolean; reasons: string[] } {
  const { PLAN_CONDITION, ONE_TO_ONE, GROUP, DIRECT, INDIRECT } = verdictWords(rubric);
  const pj = judgeProvision(p.text, rubric);
  const reasons: string[] = [];
  const words = rubric.advice.reasons;
  // Whether a reason names a qualified person is read from what it quotes, not from the rubric's wording.
  let namesQualified = false;
  const providers = rubric.advice.providers;
  // `qualified`: the reason is about a qualified therapist or psychologist (the only provider named so).
  const say = (key: keyof Rubric['advice']['reasons'], data: Record<string, string> = {}, qualified = false) => {
    if (qualified || (key !== 'lessQualified' && Object.values(data).some((v) => v.includes('qualified')))) namesQualified = true;
    reasons.push(fill(words[key], data));
  };
  // What a thing holds, listed in brackets after it ("her emergency bag (spare tube, suction unit,
  // catheters …)"): the thing's contents; a plan naming the thing names them, so neither the
  // programmes nor the items compared are read in them (grammar: three or more items in brackets).
  const withoutContents = (t: string) => t.replace(LISTED_CONTENTS, ' ');
  if (programmeRelation(withoutContents(r.text), p.text, names, rubric) === 'different') {
    const title = (s: string) => s.replace(/\b\w/g, (c) => c.toUpperCase());
    say('otherProgramme', { advised: programmeNames(withoutContents(r.text), names, rubric).map((n) => `"${title(n)}"`).join(' and '), planned: programmeNames(p.text, names, rubric).map((n) => `"${title(n)}"`).join(' and ') });
  }
  // A programme the advice names that the plan gives only as an example ("an intervention such as
  // Word Aware", "Toe by Toe or similar"): the plan does not commit to it.
  for (const n of programmeNames(a.main, names, rubric)) {
    const q = escapeRegExp(n);
    if (new RegExp(String.raw`\b(?:such as|e\.g\.?|for example|for instance|like)\s+(?:the\s+)?${q}\b|\b${q}\s+(?:\w+\s+)?or (?:an?\s+)?(?:similar|equivalent)\b`, 'i').test(p.text)) {
      say('programmeExample', { programme: n.replace(/\b\w/g, (c) => c.toUpperCase()) });
      break;
    }
  }
  // Open wording the advice has too (the same range, carried word for word) is not added by the plan.
  // The same range in words or digits ("two to three times" for "2-3 times") is the same wording.
  const advised = new Set(a.rec.vague.map((v) => sameRange(v.text, rubric)));
  // Advice used on an occasion ("when he is upset") is needed then: a plan's word leaving how often to
  // need ("as needed") says the same when the plan names the occasion too.
  const onOccasion = (t: string) => occasionCue(rubric).test(t) || needState(rubric).test(t);
  const needsLed = onOccasion(a.main) && onOccasion(p.text);
  // A plan's offer where the advice asks that the thing be offered too ("staff are advised to offer him
  // a choice", "staff will offer him a choice"): the advice left the taking to the child as well. Grammar:
  // the hedge's words past its modals ("will offer" -> "offer") begin words of the advice.
  const askedSo = (h: string) => {
    const words = h.toLowerCase().split(/\s+/).filter((w) => !/^(?:will|may|can|could|be|to)$/.test(w)).map((w) => w.replace(/(?:ed|s)$/, ''));
    return words.length > 0 && words.every((w) => w.length >= 4 && w !== 'access' && new RegExp(String.raw`\b${escapeRegExp(w)}`, 'i').test(a.main));
  };
  // A statement of several sentences (a plan's prose paragraph): a hedge in a sentence that shares no
  // word with the advice is on another provision ("… check-in with his key adult. A calm box … Kian may
  // use it"). Sentences end at a full stop before a capital (grammar).
  const adviceWords = new Set(tokens(a.main, names, rubric));
  const offTopic = (v: { start: number }) => {
    const from = Math.max(p.text.lastIndexOf('. ', v.start), -1);
    const next = p.text.slice(v.start).search(/\.\s+[A-Z]/);
    if (from < 0 && next < 0) return false;
    const sentence = p.text.slice(from + 1, next < 0 ? undefined : v.start + next);
    return !tokens(sentence, names, rubric).some((t) => adviceWords.has(t));
  };
  const hedges = openWords({ ...pj, vague: pj.vague.filter((v) => !givesLeave(a.main, p.text, v, names, rubric) && !(needsLed && v.spec.undermines === 'frequency') && !offTopic(v)) }, rubric).filter((h) => !advised.has(sameRange(h, rubric)) && !askedSo(h));
  if (hedges.length) say('addsHedge', { words: hedges[0] });
  // A care plan's row sized by its situation ("Red: emergency") is answered by a statement that names the
  // situation ("In an emergency, staff will …"): a word of the situation's own cell in the statement.
  const situation = r.occasion ? tokens(r.occasion.split(';')[0], names, rubric) : [];
  const inSituation = situation.length > 0 && tokens(p.text, names, rubric).some((t) => situation.includes(t));
  if (!amountStated(p.text, pj, rubric) && a.rec.kind !== 'equipment' && !inSituation) say('noAmount');
  // Equipment needs no amount, but the standard asks when or where it is used: advice that says so
  // ("for all written work") against a plan that does not ("will be available") gives less.
  // "At all times" is what providing a thing already means; it says nothing a plan could leave out.
  const advisedWhere = findAmount(a.main.replace(/\bat all times\b|\ball the time\b/gi, ' '), rubric);
  const plannedWhere = findAmount(p.text, rubric);
  // A plan that says on what occasion it is used ("When she shows …, she can go to …") says when.
  if (a.rec.kind === 'equipment' && (advisedWhere.where || advisedWhere.extent) && !(plannedWhere.where || plannedWhere.extent || plannedWhere.period || occasionCue(rubric).test(p.text)) && !reasons.length) say('noWhere');
  const planMinutes = plannedMinutes(p.text, rubric);
  const number = numbered(rubric);
  // The statement without its own label ("G2 …", "3. …"): the label's digits are no amount (grammar).
  const planBody = p.text.replace(/^\s*(?:[A-K]\d{1,2}(?:\.\d{1,2})*|\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(?=[A-Z])/, '');
  if (a.minutes !== null && planMinutes !== null && planMinutes + 0.5 < a.minutes) say('lessTime', { advised: fmtMinutes(a.minutes), planned: fmtMinutes(planMinutes) });
  // The advice gives each session a length; the plan keeps how often but not how long.
  // Unless another statement gives the length (the recommendation given in two statements).
  else if (a.minutes !== null && planMinutes === null && a.rec.amount.length && !pj.amount.length && !pj.amount.extent && !reasons.length) {
    if (!lengthElsewhere(a.main, p, others, rubric)) say('noLength');
  }
  else if (a.minutes === null || planMinutes === null) {
    // Without lengths, compare how often: "once each term" advised, "once a year" in the plan.
    const advised = timesPerWeek(maskReviewClauses(a.main), rubric) ?? timesPerWeek(a.main, rubric);
    const planned = timesPerWeek(maskReviewClauses(p.text), rubric) ?? timesPerWeek(p.text, rubric);
    // Without a rate either side can be worked out ("6 hours on match days"), each session's length still compares.
    const advisedLength = sessionMinutes(maskReviewClauses(a.main), rubric);
    const plannedLength = sessionMinutes(maskReviewClauses(p.text), rubric);
    if (advised !== null && planned !== null && planned < advised * 0.99) say('lessOften');
    else if (a.minutes === null && planMinutes === null && advisedLength !== null && plannedLength !== null && plannedLength + 0.5 < advisedLength) say('shorterSessions', { advised: fmtLength(advisedLength), planned: fmtLength(plannedLength) });
    // A frequency the advice gives (to the provision or to a check on it) that the plan drops.
    // A plan that gives it all day, every lesson ("all through the school day") gives it every day.
    // So does a plan that names every time of day a daily routine is advised at ("one mid-morning and one
    // mid-afternoon", planned "mid-morning and mid-afternoon"): each day at those times.
    else if (advised !== null && planned === null && !pj.amount.period && !pj.elements.frequency && !(advised >= 5 && plannedWhere.fullExtent) && !(advised >= 5 && atSameTimes(a.main, p.text, rubric)) && !reasons.length) say('noFrequency', { frequency: ratePhrase(maskReviewClauses(a.main), rubric) ?? 'as advised' });
    // A length the advice gives with no rate (a rest "for up to 20 minutes", a one-off "of 1 hour"), or each
    // time's length ("5 minutes three times each morning"), and a plan that gives no number at all
    // ("for short periods each day"): how long is lost.
    else if (advisedLength !== null && plannedLength === null && !number.test(planBody) && !reasons.length
      && ((advised === null && !pj.amount.length && !pj.amount.extent) || (TIME_UNIT.test(a.main) && !TIME_UNIT.test(p.text)))) say('noLength');
  }
  // A word that needs a size, sized in the advice ("25% extra time") and not in the plan ("extra time").
  const sizedWord = unsized(rubric).exec(a.main);
  if (sizedWord && number.test(a.main) && !number.test(p.text) && new RegExp(String.raw`\b${sizedWord[0]}\b`, 'i').test(p.text) && !reasons.length) {
    say('unsized', { words: sizedWord[0], amount: (/\d+(?:\.\d+)?\s*(?:%|per ?cent)/i.exec(a.main) ?? number.exec(a.main)!)[0] });
  }
  // A one-off advised by a time ("within 8 weeks", "before she starts Year 7") that the plan does not give.
  // A deadline is a time from now or a "before"; "this term" or "each term" says when or how often.
  const when = within(rubric).exec(a.main) ?? oneOffTime(rubric).exec(a.main);
  if (when && /^(?:in|within|after|before)\b/i.test(when[0]) && !within(rubric).test(p.text) && !oneOffTime(rubric).test(p.text) && !planDeadline(rubric).test(p.text)) say('noDeadline', { when: when[0] });
  // Training advised for a number of staff ("two members of staff trained in …"), and none given in the plan.
  const trainedCount = staffTrainingPattern(rubric).test(a.main) ? traineeCount(rubric).exec(a.main) : null;
  if (trainedCount && !traineeCount(rubric).test(p.text) && !reasons.length) say('noTrainees', { count: trainedCount[0] });
  // A number of visits or sessions advised ("at least 4 extra visits"), and a plan that gives no number
  // at all but a year or a year group: how many is lost.
  const counted = countedVisits(rubric).exec(a.main);
  if (counted && !numbered(rubric).test(planBody.replace(/\b(?:19|20)\d{2}\b|\b(?:school )?years? \d{1,2}\b/gi, ' ')) && !reasons.length) say('noFrequency', { frequency: counted[0] });
  // A course advised of so many sessions or weeks, and a shorter one in the plan.
  const advisedCourse = courseLength(a.main, rubric);
  const plannedCourse = courseLength(p.text, rubric);
  if (advisedCourse !== null && plannedCourse !== null && plannedCourse < advisedCourse) say('shorterCourse', { advised: String(advisedCourse), planned: String(plannedCourse) });
  // A thing made once (a plan, an assessment) is delivered by whoever writes it ("written by the SENCo").
  const made = concreteThing(rubric).test(a.main);
  const planProvider = plannedProvider(made ? p.text.replace(providerWords(rubric).author, 'by') : p.text, p, others, rubric);
  // Equipment or a classroom routine that a teacher or an assistant keeps going is provided, not
  // delivered: a plan that does not name them has not given it to someone less qualified.
  // So is a way of working that the plan gives to every adult ("every adult in her class will sign"):
  // the class teacher and assistants the advice names are among them.
  // An adjustment the plan states as made, in no vague or unsized words ("films will always have
  // captions", not "appropriate seating"), needs no one named either.
  const keptByStaff = a.provider.rank <= 2 && planProvider.rank === 0 && (a.rec.kind === 'equipment' || (pj.kind === 'equipment' && !pj.vague.length && !unsized(rubric).test(p.text)) || trainees(rubric).test(p.text));
  if (a.provider.rank > 0 && planProvider.rank < a.provider.rank && !keptByStaff) say('lessQualified', { advised: providers[a.provider.who!], planned: planProvider.who ? providers[planProvider.who] : providers.noOne }, a.provider.rank >= 4);
  // A thing the plan provides in another statement of its own is not left out.
  const otherTokens = others.filter((o) => o !== p).map((o) => new Set(tokens(o.text, undefined, rubric)));
  const left = itemsLeftOut(withoutContents(a.main), p.text, rubric).filter((x) => !otherTokens.some((t) => tokens(x, undefined, rubric).every((w) => t.has(w))));
  if (left.length) say('leavesOut', { items: left.map((x) => `"${x}"`).join(' and ') });
  // Upkeep the advice asks for ("checked daily by a trained assistant", "charged each morning") that the plan leaves out.
  const upkeep = verdictWords(rubric).UPKEEP.exec(a.main);
  if (upkeep && !new RegExp(`\\b${upkeep[1]}`, 'i').test(p.text)) say('leavesOutUpkeep', { upkeep: upkeep[0].replace(/^[,\s]*(?:and\s+)?/, '').trim() });
  if (a.condition && !PLAN_CONDITION.test(p.text)) say('leavesOutCondition', { condition: a.condition });
  // Advice for times outside lessons or the whole day ("including at play and lunch") against a plan
  // that keeps it to lessons ("available to her in lessons") gives it for less of the day.
  const extent = lessonExtent(rubric);
  const outside = extent.outside.exec(a.main);
  const inLessons = extent.lessons.exec(p.text);
  if (outside && inLessons && !extent.outside.test(p.text)) say('narrowerExtent', { advised: outside[0], planned: inLessons[0] });
  const full = `${r.text} ${r.context}`;
  if (ONE_TO_ONE.test(r.text) && !ONE_TO_ONE.test(p.text) && GROUP.test(p.text)) say('group');
  if (DIRECT.test(full) && !INDIRECT.test(r.text) && INDIRECT.test(p.text) && !namesQualified) say('indirect');
  return { carried: reasons.length === 0, reasons };
}

const LISTED_CONTENTS = /\s*\((?:[^()]*,){2,}[^()]*\)/g;

// A statement that only says who does what the statement before it provides ("A teaching assistant
// trained by the physiotherapist will supervise this before lunch"): a subject and a modal (grammar),
// then a verb of delivering and what it points back at, the rubric's lists.adviceDeliveryVerbs and adviceDeliveredThings.
const deliversIt = perVocabulary((v) => new RegExp(String.raw`^(?:(?:an?|the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,7}?(?:will|should|must|is to|are to)\s+${v.list('adviceDeliveryVerbs')}\s+${v.list('adviceDeliveredThings')}\b`, 'i'));
// "The same teaching assistant": whoever the plan named for the thing before it (grammar).
const SAME_PERSON = /\bthe same (?:[\w-]+ ){0,2}?(?:assistants?|TAs?|LSAs?|adults?|teachers?|tutors?|therapists?|person|member of staff)\b/i;

/**
 * Who the plan names to deliver a statement, read with its neighbours: the statement straight after it
 * when that only says who delivers it ("… will supervise this"), and for "the same assistant" the one
 * the plan named last before it.
 */
const trainedWork = perVocabulary((v) => new RegExp(String.raw`\b${v.list('trainedAssistantWork')}\b`, 'i'));

function plannedProvider(text: string, p: Provision, others: readonly Provision[], rubric: Rubric): { rank: number; who: Provider | null } {
  let found = providerRank(text, rubric);
  // Work named after a programme only its trained assistants deliver ("six ELSA sessions"; the rubric's
  // trainedAssistantWork) names its deliverer where the plan names no one else ("… delivered by a teaching assistant").
  if (found.rank === 0 && trainedWork(rubric).test(text)) found = { rank: 1.5, who: 'trainedAssistant' };
  const DELIVERS_IT = deliversIt(rubric);
  const same = others.filter((o) => o !== p && o.section === p.section);
  const next = same.filter((o) => o.start >= p.end && o.start - p.end <= 2)[0];
  if (next && DELIVERS_IT.test(next.text)) {
    const theirs = providerRank(next.text, rubric);
    if (theirs.rank > found.rank) found = theirs;
  }
  if (SAME_PERSON.test(text) || (next && DELIVERS_IT.test(next.text) && SAME_PERSON.test(next.text))) {
    const before = same.filter((o) => o.end <= p.start).sort((x, y) => y.start - x.start).slice(0, 3).map((o) => providerRank(o.text, rubric)).find((r) => r.rank > 0);
    if (before && Math.floor(before.rank) === Math.floor(found.rank) && before.rank > found.rank) found = before;
  }
  return found;
}

/**
 * A recommendation the plan gives in two statements ("meets him at the gate every morning" and "the first
 * 20 minutes of every school day with the same assistant in the calm room"): another statement of the
 * same section gives each session the length advised, and words of the advice the matched one lacks.
 */
function lengthElsewhere(advice: string, p: Provision, others: readonly Provision[], rubric: Rubric): boolean {
  const advised = sessionMinutes(maskReviewClauses(advice), rubric);
  if (advised === null) return false;
  const mine = new Set(tokens(p.text, undefined, rubric));
  const rest = tokens(advice, undefined, rubric).filter((t) => !mine.has(t));
  return others.some((o) => {
    if (o === p || o.section !== p.section || sessionMinutes(maskReviewClauses(o.text), rubric) !== advised) return false;
    const theirs = new Set(tokens(o.text, undefined, rubric));
    return new Set(rest.filter((t) => theirs.has(t))).size >= 2;
  });
}

/**
 * Things the advice lists together ("a lift pass and a locker", "25% extra time and a scribe") that
 * the plan's statement does not mention at all. Only the opening noun phrase is split, before any
 * verb or preposition, so "practise reading and writing with an adult" is one thing.
 */
const GENERIC_TOKENS = new Set(['group', 'session', 'programm', 'program', 'intervent', 'therapi', 'lesson', 'club', 'work', 'time', 'activ', 'input', 'teach', 'train', 'visit', 'extra', 'addit']);

const secondThing = perVocabulary((v) => new RegExp(String.raw`,?\s+and\s+(?=(?:an?|the|\d+%?|${v.number})\s)|,\s+and\s+(?=${v.list('adviceImperatives')}\s)`, 'i'));
const secondDoing = perVocabulary((v) => new RegExp(String.raw`^${v.list('adviceImperatives')}\s+(?:(?:him|her|them|[A-Z][\w'’-]+)\s+)?`, 'i'));

export function itemsLeftOut(advice: string, plan: string, rubric?: Rubric): string[] {
  // A phrasal noun is one word ("check-in" is not "check-out", "drop-off" not "pick-up").
  const phrasal = (s: string) => s.replace(/\b([a-z]+)-(in|out|up|off|on|down|over)\b/gi, '$1$2');
  // With the words a concept was written in ("now and next board" is a visual support and still "now").
  const planTokens = new Set([...tokens(plan, undefined, rubric), ...tokens(phrasal(plan), undefined, rubric), ...tokens(plan, undefined, rubric, true)]);
  // Words the plan has as written, before folding ("speech" inside "speech and language therapy").
  const planWords = new Set(phrasal(plan).toLowerCase().split(/[^a-z0-9%]+/));
  // A kind of provision two items share ("Colourful Semantics and Attention Autism groups") says
  // nothing about which: an item is in the plan only if a word of its own is.
  const absent = (item: string) => {
    const part = phrasal(item);
    const all = tokens(part, undefined, rubric);
    const own = all.filter((x) => !GENERIC_TOKENS.has(x));
    // An item named only by such words ("25% extra time", "three extra visits") is those words.
    const t = own.length ? own : all;
    const words = part.toLowerCase().split(/[^a-z0-9%]+/).filter((w) => !own.length || !verdictWords(rubric).GENERIC_WORDS.test(w));
    return t.length > 0 && !t.some((x) => planTokens.has(x)) && !words.some((w) => w.length > 3 && planWords.has(w));
  };
  // A table row: the cell that names what the plan's statement provides (not the target beside it).
  const cells = advice.split('\t');
  const shared = (c: string) => tokens(c, undefined, rubric).filter((x) => planTokens.has(x)).length;
  const what = cells.reduce((b, c) => (shared(c) > shared(b) ? c : b), cells[0]);
  // A second thing named after the first one's where and when ("a wobble cushion during carpet time
  // and a movement break of 2 minutes every 30 minutes"): its own opening words.
  // Or a second thing to do, after a comma ("seat him near the front, and give him a checklist"): what
  // it gives, without its verb and the child (the rubric's adviceImperatives).
  const later = what.split(secondThing(rubric)).slice(1).map((x) => x.replace(secondDoing(rubric), '').split(/\s(?:for|in|during|at|of|on|to|from|by|with|every|each)\b|[,;.:(]/i)[0].trim()).filter(Boolean);
  const laterLeft = later.filter(absent);
  const head = what
    .replace(/^(?:[\w'’-]+ ){0,2}?(?:should|needs?|must|requires?|would benefit from|will need)\s+(?:(?:be given|have|receive|get|use)\s+)?/i, '')
    .split(/\s(?:for|in|during|at|across|throughout|when|whenever|before|after|on|to|from|by|with|of|so|which|that|delivered|led|used|available|provided|planned|set|should|must|will)\b|[,;.:\t(]/i)[0];
  // Two words describing one thing ("a listening and attention group", "a social and emotional
  // programme"): the first, a lone describing word (grammar: its ending) before a second part with no
  // article of its own, is no item of its own but a word of the thing the second names.
  const parts = head.split(/\s+and\s+/i).map((x) => x.trim()).filter(Boolean)
    .reduce<string[]>((acc, x, i, all) => {
      const prev = acc[acc.length - 1];
      const describing = (y: string) => /^(?:(?:an?|the|his|her|their)\s+)?[a-z-]+(?:ing|al|ic|ive|ory)$/i.test(y);
      // So is a lone word with its article ("a movement and sensory break routine") before a second part of
      // two or more words that has none: both name kinds of the one thing the second part ends in.
      const loneWord = (y: string) => /^(?:an?|the|his|her|their)\s+[a-z-]+$/i.test(y);
      if (i > 0 && (describing(all[i - 1]) || (loneWord(all[i - 1]) && x.split(/\s+/).length >= 2)) && !/^(?:an?|the|his|her|their|one|two|\d)\b/i.test(x)) acc[acc.length - 1] = `${prev} and ${x}`;
      else acc.push(x);
      return acc;
    }, []);
  // An example the advice gives of the thing ("a listening group (for example Attention Autism)")
  // that the plan provides: the plan names the thing by its example, so none of its words is left out.
  const example = /\((?:for example|for instance|e\.g\.?|such as)\s+([^)]+)\)/i.exec(what);
  const exampleOwn = example ? tokens(example[1], undefined, rubric).filter((x) => !GENERIC_TOKENS.has(x)) : [];
  const byExample = exampleOwn.length > 0 && exampleOwn.filter((x) => planTokens.has(x)).length * 2 >= exampleOwn.length;
  const headLeft = parts.length < 2 || byExample ? [] : parts.filter(absent);
  // The times or places listed where it is used ("in whole-class teaching, assemblies and PE"): a plan
  // that names some of them and not the others gives it in fewer (grammar: a list after in, during or at).
  const places = /\b(?:in|during|at)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:,\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)*,?\s+(?:and|or)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?=[.;,\t]|$)/i.exec(what);
  const listed = places ? places[1].split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/i).map((x) => x.trim()).filter(Boolean) : [];
  const placesLeft = listed.filter(absent);
  return [...new Set([...headLeft, ...laterLeft, ...(placesLeft.length < listed.length ? placesLeft : [])])];
}

// Where advice belongs (rubric lists educates, healthCare, socialCare): care that educates or trains
// is special educational provision wherever it is delivered (CFA s21(5); CoP 9.73-9.74).
const placeWords = perVocabulary((v) => {
  const re = (name: string) => new RegExp(String.raw`(?<![\w])${v.list(name)}(?![\w])`, 'i');
  const kinds = re('therapyKinds').source;
  return {
    educates: re('educates'),
    health: re('healthCare'),
    socialCare: re('socialCare'),
    therapy: new RegExp(String.raw`${kinds}|\btherap(?:y|ies|ists?)\b`, 'i'),
    // A therapy's or a therapist's name: who delivers, not what for (grammar around the rubric's therapy kinds).
    discipline: new RegExp(String.raw`${kinds}|(?:\b[\w-]+ (?:and|&) )?\b[\w-]+ therapists?\b`, 'gi'),
  };
});

/**
 * Advice whose title names health or social care (a nurse's advice, a social care assessment), not
 * teaching or a therapy: a therapist's advice often educates though a hospital writes it (CoP 9.74).
 */
export function careSource(title: string, rubric?: Rubric): boolean {
  const w = placeWords(rubric);
  return !w.educates.test(title) && !w.therapy.test(title) && (w.health.test(title) || w.socialCare.test(title));
}

/**
 * Whether advice educates or trains, so belongs in F: it says so, or it is neither health nor social
 * care. Who delivers it does not decide: "speech and language" in a therapist's title is not the
 * aim, so a feeding programme with a speech and language therapist is health care. Advice from a
 * health or social care source (its `title` says which: a nurse's, a social care assessment) is
 * health or social care unless it says it teaches or trains.
 */
export function isEducational(text: string, rubric?: Rubric, title = ''): boolean {
  const w = placeWords(rubric);
  // What the advice replaces ("… instead of using her wheelchair", "rather than go home") is not what it provides (grammar, to the clause's end).
  const aim = text.replace(w.discipline, ' ').replace(/\b(?:instead of|rather than)\b[^.;,\t]*/gi, ' ');
  if (w.educates.test(aim)) return true;
  if (w.health.test(aim) || w.socialCare.test(aim)) return false;
  // No aim but the therapy itself ("Speech and language therapy: a block of 6 weekly sessions"): a
  // therapy that educates does so whoever advises it, a paediatrician's letter included.
  const therapies = (text.match(w.discipline) ?? []).filter((d) => !/\btherapists?\b/i.test(d));
  if (therapies.some((d) => w.educates.test(d))) return true;
  // A therapy that is health care by its kind ("hydrotherapy"), whoever advises it.
  if (therapies.length && therapies.every((d) => w.health.test(d))) return false;
  return !careSource(title, rubric);
}

/**
 * Direct therapy advised, and the plan's nearest statement is work someone else delivers (a programme
 * a teaching assistant carries out): that statement is a different provision, not a diluted one;
 * unless it gives at least the time advised, when it is the same amount delivered by someone less
 * qualified than advised, which is diluted (the lead's ruling on h66).
 */
export function differentProvision(r: Recommendation, a: AdviceJudgement, p: Provision, rubric?: Rubric): boolean {
  const { DIRECT, INDIRECT } = verdictWords(rubric);
  const planned = providerRank(p.text, rubric).rank;
  const minutes = plannedMinutes(p.text, rubric);
  const asMuch = a.minutes !== null && minutes !== null && minutes + 0.5 >= a.minutes;
  return a.provider.rank >= 4 && DIRECT.test(r.text) && !INDIRECT.test(r.text) && planned > 0 && planned < 4 && !asMuch;
}

