// Judges one provision statement (rubric-reference.md §2): its six elements, the vague wording that
// governs it, and whether it is specific: what AND how much AND who AND no discretion.
import type { Elements } from './report-schema.ts';
import type { Rubric, VagueTermSpec } from './rubric.ts';
import { compileRubric, perVocabulary } from './vocabulary.ts';
import { findAmount, groupIn, type Amount, type Words } from './quantities.ts';
import { completeProvision } from './suggest.ts';
import { execFromStart, matchesOf, testFromStart } from './fast-patterns.ts';

export type ProvisionKind = 'sessions' | 'continuous' | 'equipment' | 'oneOff';

export interface VagueHit {
  term: string;
  /** The words as the plan writes them ("as and when required"). */
  text: string;
  spec: VagueTermSpec;
  /** Offsets relative to the statement text. */
  start: number;
  end: number;
}

export interface ProvisionJudgement {
  elements: Elements;
  kind: ProvisionKind;
  amount: Amount;
  quantified: boolean;
  providerNeeded: boolean;
  /** "the school", "an adult": looks like a provider but is not a role (relative offsets). */
  nonRole: { start: number; end: number; text: string } | null;
  /** An aim standing in for the what ("support with literacy"), relative offsets. */
  aim: { start: number; end: number; text: string } | null;
  vague: VagueHit[];
  specific: boolean;
}

// The rubric's words for the clauses that are not the provision (vocabulary.reviewWords, purpose,
// residueStopWords), in the clause grammar below once per vocabulary.
interface ClauseWords {
  /** A decision put off and the rest of its clause ("to be considered in Year 10"): its time is not the provision's. */
  deferred: RegExp;
  /** Reviewing or monitoring the provision is not the provision: its "termly" and "by the SENCo" neither quantify nor hedge it ("reviewed half-termly by the SENCo"). */
  review: RegExp;
  /** A purpose clause ("to update the strategies below", "so that he can …") says why, not what: its vague nouns do not stand in for the what. */
  purpose: RegExp;
  /** Words left once a review clause is taken out that say nothing about what is provided. */
  residueStop: RegExp;
  /** Someone named as the judge of whether or how ("as advised by the OT", "if the SALT feels it is appropriate"). */
  authority: RegExp;
  /** A place at a club or scheme; a club or scheme run by a named service; a stay at a named place. */
  setting: RegExp;
  placeAtSetting: RegExp;
  runByService: RegExp;
  stay: RegExp;
  stayPlace: RegExp;
  /** Just before "such as": the trigger it gives examples of. Just before "up to": leave to do something. */
  triggerBefore: RegExp;
  allowanceBefore: RegExp;
  /** The vague terms, by name, that give examples, limit an allowance, or place equipment (provisionCues). */
  exampleTerms: ReadonlySet<string>;
  allowanceTerms: ReadonlySet<string>;
  placedEquipmentTerms: ReadonlySet<string>;
  /** A thing someone prepares; a check, service or visit of a thing; a fixed point of each occasion. */
  madeBy: RegExp;
  keptWith: RegExp;
  checkOfThing: RegExp;
  routinePoint: RegExp;
  /** "Will be seen by the paediatrician": being seen is not something provided. */
  seenOnly: RegExp;
  /** A person named as a place ("seated near the teacher"), blanked before roles are read. */
  position: RegExp;
  /** A length after "every" ("every 45 minutes"): an interval, how often, not a session's length (grammar with the rubric's numbers and units). */
  interval: RegExp;
  /** Just before a role, words that make them the one trained or advised ("training for the TA"). */
  recipientBefore: RegExp;
  /** A place named by the role who works there ("at the GP surgery"), blanked before roles are read. */
  rolePlace: RegExp;
  /** A word before a vague noun that is not its topic ("of support", "some input"). */
  notTopic: RegExp;
  /** A word after it that makes it part of a name ("learning support team"). */
  notHeadBefore: RegExp;
  /** Just before it, a topic that is provision in itself ("speech and language therapy input"). */
  providedTopic: RegExp;
  /** What an adult is trained in, to the next comma or full stop: their expertise, not the what. */
  expertise: RegExp;
}

// A character of the same clause and sentence: no comma, semicolon or bracket, no full stop that ends a sentence.
const IN_SENTENCE = String.raw`(?:[^,;().]|\.(?!\s|$))`;

const clauseWords = perVocabulary((v): ClauseWords => {
  const src = v.source;
  const cue = src.provisionCues;
  const w: ClauseWords = {
    // The clause runs from an optional subject and auxiliary ("which will be", "progress is") to the next comma, bracket or full stop.
    // A clause that has named its agent ("reviewed by the psychologist by March") ends where another
    // passive with its own agent is joined on ("and followed by all staff"): that one is the statement's own.
    review: new RegExp(String.raw`(?:\b(?:which|that|and|progress|this|it|they|these)\s+)?(?:(?:will|is|are|to|should|must)\s+(?:also\s+)?(?:be\s+)?)?(?:(?:regularly|closely|carefully|formally)\s+)?\b${v.any(src.reviewWords)}\b(?:${IN_SENTENCE}*?\sby\s${IN_SENTENCE}*?(?=\s+and\s+(?:is\s+|are\s+)?[a-z]+ed\s+by\s)|[^,;()]*?(?=[,;)]|\.(?:\s|$)|$))`, 'gi'),
    // "so that", "in order to", or "to" + a purpose verb not after a word that takes "to" ("needs to", "access to").
    purpose: new RegExp(String.raw`(?:,\s*|\s)(?:so that|so as to|in order (?:to|that)|(?<!\b${v.any(src.purpose.notAfter)}\s)to (?=${v.any(src.purpose.verbs)}\b))[^.;\t]*`, 'gi'),
    residueStop: new RegExp(String.raw`\b${v.any(src.residueStopWords)}\b`, 'gi'),
    authority: new RegExp(String.raw`\b(?:as ${v.any(cue.authorityAs)}|(?:if|when|where|unless) (?=(?:the |a |an |his |her |their |my )?(?:[\w-]+ ){0,3}${v.any(cue.authorityVerbs)}\b))[^,.;:()\t]{0,60}`, 'gi'),
    setting: new RegExp(String.raw`\b${v.any(cue.settings)}s?\b`, 'i'),
    placeAtSetting: new RegExp(String.raw`\ba (?:funded |weekly |regular )?place (?:at|in|on) (?:the |a |an )?(?:[\w'’-]+ ){0,4}?${v.any(cue.settings)}\b`, 'i'),
    // A named service ("the Disabled Children's Team"), not "the school's SEN team": capitals count.
    runByService: new RegExp(String.raw`\b(?:run|provided|organised|delivered) by (?:the |a |an )?(?:(?:[A-Z][\w'’-]*|with|and|for|of) ){0,5}${v.any(cue.services)}\b`),
    stay: new RegExp(String.raw`\b${v.any(cue.stays)}\b`, 'i'),
    stayPlace: new RegExp(String.raw`\bat (?:[A-Z][\w'’-]+ ){0,3}${v.any(cue.stayPlaces)}\b`),
    exampleTerms: new Set(cue.exampleTerms),
    allowanceTerms: new Set(cue.allowanceTerms),
    placedEquipmentTerms: new Set(cue.placedEquipmentTerms),
    triggerBefore: new RegExp(String.raw`\b${v.any(cue.triggers)}\b[^.;:]{0,20}[,(]?\s*$`, 'i'),
    allowanceBefore: new RegExp(String.raw`\b${v.any(cue.allowances)}\b(?: (?:him|her|them|me|[A-Z][a-z]+))?(?: to)? \w+[^,.;:]*$` + (cue.timeAway.length ? String.raw`|\b(?:he|she|they|him|her|them|[A-Z][a-z]+) (?:to|can|may|will|should|could) ${v.any(cue.timeAway)}\b[^,.;:]*$` : ''), 'i'),
    madeBy: new RegExp(String.raw`\b${v.any(cue.madeBy)}(?: \w+){0,3} by\b`, 'i'),
    deferred: cue.deferred.length ? new RegExp(String.raw`\b(?:to|will|may|could|should|might|is to|are to|can) (?:then |later |also )?be ${v.any(cue.deferred)}\b[^,;()]*?(?=[,;)]|\.(?:\s|$)|$)`, 'gi') : /$^/g,
    keptWith: new RegExp(String.raw`\b${v.any(cue.keptWith)}`, 'i'),
    checkOfThing: new RegExp(String.raw`\b(?:will|to|shall|must)\s+(?:(?:also|then|regularly)\s+)?${v.any(cue.upkeep.verbs)}\b|\b${v.any(cue.upkeep.done)}(?: [\w-]+){0,3} by\b`, 'i'),
    routinePoint: new RegExp(String.raw`\b${v.any(cue.routinePoints.at)} (?:each|every) (?:[\w-]+ )?${v.any(cue.routinePoints.occasions)}\b`, 'i'),
    seenOnly: new RegExp(String.raw`\b(?:be|being|is|are) ${v.any(cue.beingSeen)} (?:by|in|at)\b`, 'i'),
    recipientBefore: new RegExp(String.raw`\b${v.any(cue.recipientBefore.length ? cue.recipientBefore : ['(?!)'])}\s+(?:(?:the|a|an|all|his|her|their|my|two|three|named|relevant)\s+)?(?:(?!(?:from|by|with|at|in|on)\b)[\w'’-]+\s+){0,2}$`, 'i'),
    interval: new RegExp(String.raw`\bevery\s+(?:other\s+)?(?:${v.number}\s*(?:-\s*)?)?${v.list('lengthUnits')}(?![\w])`, 'gi'),
    rolePlace: new RegExp(String.raw`\b${v.any(cue.rolePlaces.length ? cue.rolePlaces : ['(?!)'])}(?![\w])`, 'gi'),
    position: new RegExp(String.raw`\b${v.any(cue.positions)}\s+(?:to\s+)?(?:the|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?`, 'gi'),
    notTopic: new RegExp(String.raw`^${v.any(cue.notTopic)}$`, 'i'),
    notHeadBefore: new RegExp(String.raw`^${v.any(cue.notHeadBefore)}$`, 'i'),
    expertise: new RegExp(String.raw`\b${v.any(cue.expertiseIn.length ? cue.expertiseIn : ['(?!)'])}\b[^,.;:()\t\n]*`, 'gi'),
    providedTopic: new RegExp(String.raw`\b${v.any(cue.providedTopics.length ? cue.providedTopics : ['(?!)'])}\s+$`, 'i'),
  };
  return w;
});

export function maskReviewClauses(text: string, rubric?: Words): string {
  const REVIEW_CLAUSE = clauseWords(rubric).review;
  let out = text;
  REVIEW_CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REVIEW_CLAUSE.exec(text))) {
    out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
  }
  return out;
}

// Names: a possessive anywhere ("Sanjay's"), or a capitalised word after the first (layout, not words).
const NAMES = /\b[A-Z][a-z]+['’]s\b|(?<=\w[^\w\n]{1,4})\b[A-Z][a-z]+\b/g;

// A purpose clause counts only after the provision has been named.
const PURPOSE_MIN_OFFSET = 15;

// The rubric's words (compileRubric): help with a named care task is the task ("help me get up, wash
// and dress"), neither an aim nor a vague "help"; an organisation named as the source ("by the speech
// and language therapy service") is not the what. Group sizes ("1:1", "a group of up to 6") are read by quantities.ts (groupIn).

function maskPurpose(text: string, rubric?: Words): string {
  const PURPOSE = clauseWords(rubric).purpose;
  PURPOSE.lastIndex = 0;
  const out = text.replace(PURPOSE, (m, offset: number) => (offset >= PURPOSE_MIN_OFFSET ? ' '.repeat(m.length) : m));
  PURPOSE.lastIndex = 0;
  return out;
}

// A check, service or visit of a thing ("will check and adjust his chair every 6 months") is
// delivered over time like a session, not an adjustment: it needs a length as well as a frequency
// (clauseWords: checkOfThing, routinePoint).

/** A role in the text that is not only someone trained or advised ("training for the teaching assistant"). */
function someRole(text: string, roleRe: RegExp, recipientBefore: RegExp): boolean {
  for (const m of matchesOf(roleRe, text)) if (!recipientBefore.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  return false;
}

/** A role named as the one who does the work: after "by", "with" or "from", or before "will" + a verb other than "be". */
function doerNamed(text: string, roleRe: RegExp): boolean {
  for (const m of matchesOf(roleRe, text)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/\b(?:by|with|from)\b(?: [\w'’-]+){0,6}\s*$/i.test(before) || /^\s+will (?!be\b)\w/i.test(after)) return true;
  }
  return false;
}

function firstMatch(re: RegExp, text: string): { start: number; end: number; text: string } | null {
  const m = execFromStart(re, text);
  return m ? { start: m.index, end: m.index + m[0].length, text: m[0] } : null;
}

const test = testFromStart;

function blank(text: string, re: RegExp): string {
  re.lastIndex = 0;
  const out = text.replace(re, (m) => ' '.repeat(m.length));
  re.lastIndex = 0;
  return out;
}

/**
 * `context`: a lead-in the statement hangs from ("Delivered by a speech and language therapist:"),
 * whose elements count for it. Its wording is not judged here.
 */
export function judgeProvision(text: string, rubric: Rubric, context = ''): ProvisionJudgement {
  const c = compileRubric(rubric);
  const cues = clauseWords(rubric);
  const RESIDUE_STOP = cues.residueStop;
  // A review or monitoring clause is set aside, unless it is all the statement says
  // ("Annual review by the paediatrician", "The school will monitor his progress").
  // The amount of each text read (most statements have no review clause, no lead-in and nothing
  // deferred, so the same text is read for the residue and for the amount): read once each.
  const amounts = new Map<string, Amount>();
  const amountOf = (t: string): Amount => {
    let a = amounts.get(t);
    if (!a) amounts.set(t, (a = findAmount(t, rubric)));
    return a;
  };
  let masked = maskReviewClauses(text, rubric);
  const residueAmount = amountOf(masked);
  const reviewIsProvision =
    masked !== text &&
    (!/[a-z]{4,}/i.test(masked.replace(NAMES, ' ').replace(RESIDUE_STOP, ' ').replace(/[^\w\s]/g, ' ')) ||
      // "Care plan reviewed every 12 months in a 1-hour appointment": the amounts belong to the review.
      (!residueAmount.period && !residueAmount.length && !residueAmount.extent && !residueAmount.count && amountOf(text).period) ||
      // "Review of his hearing by the audiologist every 4 months, in a 1-hour appointment": a review the
      // statement opens with is its subject, and its period is the provision's.
      (!residueAmount.period && amountOf(text).period && /^\W*(?:an? |the )?(?:(?:annual|termly|regular|specialist|medical|clinical|[\w-]+ )?review|reviewed)\b/i.test(text)));
  if (reviewIsProvision) masked = text;
  const full = context ? `${masked}\n${maskReviewClauses(context, rubric)}` : masked;
  const purposeMasked = maskPurpose(masked, rubric);

  // Role titles ("learning support assistant", "family support worker") and named organisations
  // hold words that would otherwise read as vague ("support") or as the what ("therapy").
  // So do services named with such a word ("an Early Help family worker").
  const withoutRoles = blank(blank(blank(full, c.role), c.organisation), c.serviceName);
  const careHelp = test(c.careHelp, masked);
  // Vague words in an adult's expertise ("trained in supporting …") are not read for the what either.
  const maskedWithoutRoles = blank(blank(blank(blank(purposeMasked, cues.expertise), c.careHelp), c.role), c.serviceName);

  // What: a concrete thing, once aims ("support with reading") are blanked so their topic word does not count.
  // "Access to the school nurse": access to a person (the role blanked) names no what either.
  const aim = firstMatch(c.aim, maskedWithoutRoles) ?? firstMatch(/\bac+ess to (?:the |a |an |his |her |their )?(?:[\w-]+ )?\s{3,}(?=[,.;]|$|as |if |when |for |in |at )/gi, blank(masked, c.role));
  const concreteText = blank(withoutRoles, c.aim);
  const concretePurposeMasked = blank(blank(blank(blank(blank(blank(context ? `${purposeMasked}\n${maskPurpose(maskReviewClauses(context, rubric), rubric)}` : purposeMasked, cues.expertise), c.careHelp), c.role), c.organisation), c.serviceName), c.aim);
  // Sessions are read with role names left in: "SALT input" is therapy.
  const thingsText = blank(blank(full, c.organisation), c.aim);
  const sessions = careHelp || test(c.activity.sessions, thingsText);
  // A thing someone prepares ("a countdown prepared by the class teacher") is a resource.
  // An arrangement that is a person ("a reader", "a scribe") stays an adjustment with its role left in.
  const equipment = test(c.activity.equipment, concreteText) || test(c.activity.adjustments, blank(thingsText, c.careHelp)) || cues.madeBy.test(masked);
  const oneOffThing = test(c.activity.oneOff, concreteText);
  const groupSize = groupIn(full, rubric)?.stated ?? false;
  // A copy: the judgement's amount is its own, not shared with another reading of the same text.
  const amount = { ...amountOf(blank(full, cues.deferred)) };
  // "Taken to the toilet every 45 minutes": a length after "every" is how often, not how long each time.
  if (amount.length && test(cues.interval, full) && !amountOf(blank(blank(full, cues.deferred), cues.interval)).length) {
    amount.length = false;
    amount.lengthWithoutPeriod = false;
  }
  // "Seated near the teacher": a person named as a place is not the provider.
  const role = someRole(blank(blank(full, cues.authority), cues.rolePlace).replace(cues.position, (m) => ' '.repeat(m.length)), c.role, cues.recipientBefore);
  // A ratio and a person with nothing else named ("1:1 teaching assistant for 30 hours a week") is support.
  // Support counted in lessons ("in maths and science, 6 lessons a week") is sized by the lesson.
  const lessonsCounted = amount.count && amount.period && /\blessons? (?:a|per|each|every) /i.test(full);
  const continuous = (test(c.activity.continuous, full) || (groupSize && !sessions && !equipment)) && (groupSize || (amount.length && amount.period) || lessonsCounted) && role;
  // Anything named counts as the what, unless its only "what" is a vague word ("support", "input").
  const vagueWhat = c.vague.some(({ spec, re }) => !spec.hedge && spec.undermines === 'activity' && !spec.onlyAsProvision && test(re, concretePurposeMasked)) || !!aim;
  const monitorOnly = reviewIsProvision ? /\b(?:monitor|oversight|overs(?:ee|ees|een)\b)/i.test(text) : /^\W*(?:[\w' ]{0,40}\b)?(?:will )?(?:continue to )?monitor/i.test(masked.trim()) || /\b(?:will|to) (?:continue to )?(?:monitor|keep an eye on|check (?:his|her|their) understanding)\b/i.test(text);
  const leftover = concretePurposeMasked.replace(NAMES, ' ').replace(RESIDUE_STOP, ' ').replace(/[^\w\s]/g, ' ');
  // "Will be seen by the paediatrician" names no what: being seen is not something provided.
  const seenOnly = cues.seenOnly.test(masked);
  const activity = sessions || equipment || oneOffThing || continuous || (!vagueWhat && !monitorOnly && !seenOnly && /[a-z]{4,}/i.test(leftover));

  // Something delivered over time (a count or a length) is sessions; then support by an adult;
  // then equipment and adjustments, which a subject word ("for all maths work") does not make sessions.
  // A check at a fixed point of each occasion ("at the start of every session") is bounded by it, like an adjustment.
  const checkOfThing = cues.checkOfThing.test(masked);
  // A thing the child keeps with them, with no one named to deliver anything, is equipment whatever it is.
  const kept = !role && cues.keptWith.test(masked);
  const equipmentKind = (equipment || kept) && (!checkOfThing || cues.routinePoint.test(masked));
  // A review or test that is the statement's subject ("Medication review by the paediatrician every 6
  // months") is delivered over time like a session: it needs a frequency and a length (rubric reference),
  // even where its topic is a thing ("hearing aid", "medication").
  const reviewSubject = amount.period && /^\W*(?:an? |the |his |her |their )?(?:[\w-]+ ){0,3}(?:review|test|assessment)s?\b/i.test(text);
  let kind: ProvisionKind;
  if (reviewSubject && !amount.count) kind = 'sessions';
  // An adjustment keeps its kind when its own description holds a length ("released 5 minutes early").
  else if (equipmentKind && (!sessions || kept) && !amount.count) kind = 'equipment';
  else if (amount.count || amount.length) kind = continuous && !amount.count ? 'continuous' : 'sessions';
  else if (continuous) kind = 'continuous';
  else if (equipmentKind) kind = 'equipment';
  // One-off work on a yearly occasion ("trains 3 staff each September") is counted by its occasions, not timed.
  else if (oneOffThing && !sessions && amount.oneOff && !amount.length) kind = 'oneOff';
  else if (sessions || amount.period) kind = 'sessions';
  else if (oneOffThing) kind = 'oneOff';
  // Work a named person does once by a date ("the paths checked by the site officer by 30 November",
  // "a health action plan written with the nurse by 31 January"): a one-off, however the work is named.
  // The person must do the work ("by", "with", "from" them, or they "will" do it): "a mentor allocated
  // by September" names the mentor as what is provided, and the mentoring is not sized.
  else if (amount.oneOff && !amount.yearly && !amount.count && !amount.length && role && doerNamed(full, c.role)) kind = 'oneOff';
  // A thing with a place and no one delivering it ("a footstool under his desk in the classroom")
  // reads as equipment even when the rubric does not list it.
  else if (amount.where && !role && !test(c.activity.continuous, full)) kind = 'equipment';
  else kind = 'sessions';

  let quantified: boolean;
  switch (kind) {
    case 'sessions':
      quantified = (amount.length && amount.period) || amount.fullExtent || (oneOffThing && amount.oneOff && !amount.period) || amount.course;
      break;
    case 'continuous':
      quantified = amount.extent || (amount.length && amount.period);
      break;
    case 'equipment':
      quantified = amount.extent || amount.period || amount.oneOff || amount.where;
      break;
    case 'oneOff':
      quantified = amount.oneOff || (amount.length && amount.period);
      break;
  }

  const provider = role;
  const nonRole = provider ? null : firstMatch(c.nonRole, masked);
  // Expertise counts wherever it is named, a reviewing therapist's included.
  const qualification = test(c.qualification, context ? `${text}\n${context}` : text);
  // A stay at a named place (short breaks at Elm Lodge) is delivered by the place, not a person.
  // So is a place at a club or scheme, and a club or scheme run by a named service ("run by the Disabled Children's Team").
  const stayAtPlace =
    (cues.stay.test(full) && cues.stayPlace.test(full)) ||
    cues.placeAtSetting.test(full) ||
    (cues.setting.test(full) && cues.runByService.test(full));
  const providerNeeded = (kind !== 'equipment' || checkOfThing) && !stayAtPlace;

  const elements: Elements = {
    activity,
    provider,
    qualification,
    // How often it recurs ("weekly", "each half term", "in every lesson"); a where or an extent is not a frequency.
    // A set number of occasions of a set length ("4 visits of 1 hour") says how often in all. One-off
    // work says how often only on an occasion each year; done once by a date, it does not recur.
    frequency: amount.period || (kind === 'oneOff' && amount.yearly) || amount.course,
    duration: amount.length,
    groupSize,
  };

  // Vague wording: a hedge counts wherever it governs; a vague word counts only when the element
  // it stands in for is otherwise missing.
  const missing: Record<string, boolean> = {
    activity: !activity,
    provider: providerNeeded && !provider,
    qualification: false,
    // "Regular" with no stated recurrence stays vague even when an extent covers the amount.
    frequency: !quantified || (kind === 'sessions' && !amount.period && !amount.course),
    duration: !quantified,
    groupSize: false,
  };
  const hits: VagueHit[] = [];
  for (const { spec, re } of c.vague) {
    // Hedges are read in the whole statement; vague nouns not inside a role title ("support worker").
    // A hedge in a review clause counts when the statement's own amount is missing ("to be reviewed when appropriate").
    const where = spec.hedge ? (quantified ? masked : text) : maskedWithoutRoles;
    for (const m of matchesOf(re, where)) {
      let counts = spec.onlyAsProvision ? !activity || monitorOnly : spec.hedge || missing[spec.undermines];
      // Examples of a trigger ("before any change to routine, such as a trip") leave the provision fixed.
      if (counts && cues.exampleTerms.has(spec.term) && cues.triggerBefore.test(text.slice(Math.max(0, m.index - 40), m.index))) counts = false;
      // "Allowing him to leave for up to 10 minutes" limits what the child may take, not what is provided.
      // A trigger the child acts on ("when she feels anxious") where the statement already says when ("in every lesson").
      if (counts && spec.unlessWhenGiven && (amount.period || amount.fullExtent)) counts = false;
      if (counts && cues.allowanceTerms.has(spec.term) && cues.allowanceBefore.test(text.slice(Math.max(0, m.index - 60), m.index))) counts = false;
      // "Access to a laptop in every lesson": equipment placed where it applies is provided, not left to judgement.
      if (counts && cues.placedEquipmentTerms.has(spec.term) && kind === 'equipment' && quantified && test(c.activity.equipment, text.slice(m.index + m[0].length, m.index + m[0].length + 30))) counts = false;
      if (counts) hits.push({ term: spec.term, text: surface(text.slice(m.index, m.index + m[0].length)), spec, start: m.index, end: m.index + m[0].length });
    }
  }
  // Unqualified "regular", "ongoing", "periodic" leave how often to judgement, like a hedge.
  const hedged = hits.some((v) => v.spec.hedge || v.spec.undermines === 'frequency');
  const specific = activity && quantified && (!providerNeeded || provider) && !hedged;
  // "Reading support as appropriate", "Orthotics input if required": in a statement that is not
  // specific, the vague noun after its topic is what it provides, though the topic reads as a what.
  // Not where it is counted ("3 hours a week of teaching assistant support": the amount is of it) nor in a name ("learning support team").
  if (!specific && !amount.length && !amount.period && !amount.count) {
    for (const { spec, re } of c.vague) {
      if (!spec.asHead || hits.some((h) => h.spec === spec)) continue;
      for (const m of matchesOf(re, maskedWithoutRoles)) {
        const before = /([A-Za-z][\w-]*)\s+$/.exec(maskedWithoutRoles.slice(Math.max(0, m.index - 40), m.index))?.[1] ?? '';
        const after = /^\s+([A-Za-z][\w-]*)/.exec(maskedWithoutRoles.slice(m.index + m[0].length))?.[1] ?? '';
        // "Visual supports" are things: only the mass noun is the vague what.
        if (before && !/s$/i.test(m[0]) && !cues.notTopic.test(before) && !cues.notHeadBefore.test(after)) {
          hits.push({ term: spec.term, text: surface(text.slice(m.index, m.index + m[0].length)), spec, start: m.index, end: m.index + m[0].length });
          // The vague noun is the what, so the statement names no activity of its own ("Spelling support as
          // needed"), unless its topic is provision in itself ("speech and language therapy input").
          if (!cues.providedTopic.test(maskedWithoutRoles.slice(Math.max(0, m.index - 40), m.index))) elements.activity = false;
        }
      }
    }
  }
  const vague = dropOverlaps(hits);
  return { elements, kind, amount, quantified, providerNeeded, nonRole, aim: activity ? null : aim, vague, specific };
}

/** The words as written, with a capital that only starts the sentence taken off ("Regular" -> "regular"). */
function surface(words: string): string {
  const t = words.trim();
  return /^[A-Z][a-z]/.test(t) ? t[0].toLowerCase() + t.slice(1) : t;
}

/** Keeps the longest of overlapping hits ("access to support" is one hedge, not two terms). */
function dropOverlaps(hits: VagueHit[]): VagueHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: VagueHit[] = [];
  for (const h of sorted) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) {
      if (h.end - h.start > prev.end - prev.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}

// ---------------------------------------------------------------- suggestions

// The rewrite's replacement for a hedge taken out, by the hedge's words (a suggestion template: it
// would sit beside each vague term in the rubric; left here until vagueTerms take a `replaceWith`).
const REPLACEMENTS: [RegExp, string][] = [
  [/^up to$/i, 'at least'],
  [/^(?:may|could|might|should)$/i, 'will'],
  [/offer$/i, 'provide'],
  [/benefit from$/i, 'will have'],
  [/consider|consideration/i, 'will provide'],
  [/be offered$/i, 'be provided'],
  [/^(?:has|have|be given|be offered|continue to have) access to/i, 'have'],
  [/access to$/i, ''],
  [/^access to/i, ''],
];

/** The statement as specific wording would put it: hedges taken out, placeholders for what is missing. */
export function rewriteProvision(text: string, j: ProvisionJudgement, rubric?: Rubric, area: string | null = null): string {
  // Hedges go here; the blanks for what is missing come from suggest.ts.
  let removed = '';
  let out = '';
  let last = 0;
  for (const v of j.vague) {
    if (!v.spec.hedge && v.spec.undermines !== 'frequency') continue; // "support" stays; the placeholder names the what
    out += text.slice(last, v.start);
    const word = text.slice(v.start, v.end);
    removed += ` ${word}`;
    // A range keeps its upper amount as the sample: the family's own figure goes there.
    if (v.term === 'range') out += `[one amount, not a range, e.g. ${word.replace(/^(?:between\s+)?[\d.]+\s*(?:-|–|to|and)\s*|^(?:one|two|three|four|five|six)(?:-|–| to | or )/i, '')}]`;
    else {
      const rep = REPLACEMENTS.find(([re]) => re.test(word));
      out += rep ? rep[1] : '';
    }
    last = v.end;
  }
  out += text.slice(last);
  out = out
    // A table row's cells (joined by tabs) read as one sentence in the suggestion.
    .replace(/[ ]*\t[\t ]*/g, ', ')
    .replace(/(?<!\s)\s+([,.;:])/g, '$1')
    .replace(/,\s*([.;]|$)/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .replace(/[.;:]$/, '');
  out = out.charAt(0).toUpperCase() + out.slice(1);
  // A hedge taken out may have held the amount or the person ("when a trainer is available"):
  // what the rewrite still names is judged again.
  if (rubric && removed) {
    const again = judgeProvision(out, rubric);
    const providerLost = j.elements.provider && !again.elements.provider && test(compileRubric(rubric).role, removed);
    j = { ...j, kind: again.kind, amount: again.amount, quantified: again.quantified, elements: { ...j.elements, provider: j.elements.provider && !providerLost } };
  }
  return completeProvision(out, j, area, rubric);
}
