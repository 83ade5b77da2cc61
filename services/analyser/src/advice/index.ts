// A plan against its advice (contract: "A plan against its advice"). Each recommendation in the
// advice reports (and in the advice appended to the plan as Section K) is matched to the plan's
// provision and given a verdict; diluted, missing and moved ones, and advice too vague to check,
// become findings on the plan (rules advice.*, messages in the rubric).
import type { StructuredDocument } from '../../../ingest/src/document.ts';
import type { AdviceEntry, Provision, SectionKey } from '../report-schema.ts';
import { sectionInBrackets, type Rubric } from '../rubric.ts';
import type { RuleContext } from '../rules/api.ts';
import { childName } from '../rules/plan/other-child-name.ts';
import { compileRubric, perVocabulary } from '../vocabulary.ts';
import { extractRecommendations, type Recommendation } from './extract.ts';
import { bag, cosine, headTokens, kindStems, organisationNames, PROVIDER_TOKENS, synonymTokens, tokens, Vectoriser } from './similarity.ts';
import { maskReviewClauses } from '../provision.ts';
import { programmeRelation } from './programmes.ts';
import { fill } from '../findings.ts';
import { escapeRegExp } from '../fast-patterns.ts';
import { compare, differentProvision, isEducational, judgeRecommendation, plannedMinutes, staffTrainingPattern } from './verdict.ts';

export { extractRecommendations, type Recommendation } from './extract.ts';

export const ADVICE_RULES = {
  diluted: 'advice.diluted',
  missing: 'advice.missing',
  moved: 'advice.moved',
  adviceVague: 'advice.vague',
} as const;

/**
 * Added, times the share, when most of what a plan statement says (its words that say what, weighted as in
 * the match) is in the recommendation: a short or vague statement ("access to a laptop for writing") that
 * the longer advice contains is its answer, diluted, though a cosine over the advice's many words is low.
 */
export const CONTAINED_BONUS = 0.1;
/** The least share of a statement's words that say what, by weight, for CONTAINED_BONUS. */
export const CONTAINED_SHARE = 0.5;

/** Least similarity for a provision to count as the plan's answer to a recommendation. */
export const MATCH_THRESHOLD = 0.25;
/** Added when both name the same discipline (speech and language, OT, physiotherapy, EP). */
export const DISCIPLINE_BONUS = 0.1;
/**
 * Added when both name the same programme ("Talkabout"). A different programme counts for a little
 * less, but can still be the plan's answer (then the verdict says which programme the plan names).
 */
export const PROGRAMME_BONUS = 0.2;
export const DIFFERENT_PROGRAMME = 0.8;
/** Added when the statement has every word of the thing the recommendation opens with ("visual supports"). */
export const HEAD_BONUS = 0.1;
/**
 * Staff training advised and a statement that trains staff (or the reverse): added when both are
 * training, the score multiplied by TRAINING_MISMATCH when only one is, since training for a thing
 * is not the thing.
 */
export const TRAINING_BONUS = 0.1;
export const TRAINING_MISMATCH = 0.5;
const trainingPattern = staffTrainingPattern;
// Training named only as a purpose ("a termly review, to update the programme and train staff") does
// not make the statement training: read the words before a purpose clause (grammar, not vocabulary).
// "To" after a noun it belongs to ("access to Lego therapy training", "a referral to …") opens no purpose.
// The words before "to" that make it no purpose are the rubric's lists.adviceNoPurposeAfter.
// "<Who> to <do>" ("The school nurse to train all staff …", an action's form): the "to" after a
// short subject with no verb of its own opens the action, not a purpose; a purpose after it still ends it.
// What shows the words before "to" are no such subject (a verb, a modal, a question word) is lists.adviceNotSubjectWords.
const purposeWords = perVocabulary((v) => ({
  PURPOSE_TAIL: new RegExp(String.raw`(?<!\b${v.list('adviceNoPurposeAfter')})\s(?:to|so that|in order to)\s(?!be\b)[^]*$`, 'i'),
  NOT_A_SUBJECT: new RegExp(String.raw`\b${v.list('adviceNotSubjectWords')}\b`, 'i'),
}));
const ACTION_SUBJECT = /^\s*(?:(?:the|a|an|his|her|their|all)\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s+to\s+(?=[a-z])/i;
/** A statement's words before a purpose clause ("to train staff" after a plan's visit is why, not what); exported for the tests. */
export const beforePurpose = (text: string, rubric: Rubric) => {
  const { PURPOSE_TAIL, NOT_A_SUBJECT } = purposeWords(rubric);
  const action = ACTION_SUBJECT.exec(text);
  if (action && !NOT_A_SUBJECT.test(action[0].replace(/\s+to\s+$/, ''))) return action[0] + text.slice(action[0].length).replace(PURPOSE_TAIL, '');
  return text.replace(PURPOSE_TAIL, '');
};
// The kinds of therapy a statement names (rubric list therapyKinds), by their place in the list.
const therapyKinds = perVocabulary((v) => (v.source.lists.therapyKinds ?? []).map((e) => new RegExp(String.raw`(?<![\w])${v.any([e])}(?![\w])`, 'i')));
function kindsIn(text: string, kinds: RegExp[]): Set<number> {
  return new Set(kinds.flatMap((re, i) => (re.test(text) ? [i] : [])));
}
/** Both name a kind of therapy and share none: a different provision, however alike their words. */
export function differentTherapy(a: string, b: string, rubric?: Rubric): boolean {
  const kinds = therapyKinds(rubric);
  const ka = kindsIn(a, kinds);
  const kb = kindsIn(b, kinds);
  return ka.size > 0 && kb.size > 0 && ![...ka].some((k) => kb.has(k));
}
// The times of the school day a statement names (rubric list timesOfDay), by their place in the list.
const timesOfDay = perVocabulary((v) => (v.source.lists.timesOfDay ?? []).map((e) => new RegExp(String.raw`(?<![\w])${v.any([e])}(?![\w])`, 'i')));
/** Both name a time of the school day and share none: likely another routine, so the match counts for less. */
export function differentTimeOfDay(a: string, b: string, rubric?: Rubric): boolean {
  const times = timesOfDay(rubric);
  const ta = kindsIn(a, times);
  const tb = kindsIn(b, times);
  return ta.size > 0 && tb.size > 0 && ![...ta].some((k) => tb.has(k));
}
export const TIME_MISMATCH = 0.5;
/**
 * Added when both give the same minutes a week ("three 30-minute sessions each week", "three times a
 * week for 30 minutes"): the same amount in other words is some sign of the same provision.
 */
export const AMOUNT_BONUS = 0.1;
/**
 * A statement that provides only a review ("His ADHD and medication will be reviewed by CAMHS every
 * three months") answers advice for a review, a check or an appointment; for anything else (a group,
 * sessions) its score counts for this much, whatever words they share.
 */
export const REVIEW_ONLY = 0.5;
const staffGroup = perVocabulary((v) => new RegExp(String.raw`(?<![\w])${v.list('trainees')}(?![\w])`, 'i'));
// A clinician's own follow-up in their clinic (rubric list ownFollowUp).
const ownFollowUp = perVocabulary((v) => new RegExp(String.raw`(?<![\w])${v.list('ownFollowUp')}(?![\w])`, 'i'));
const asksReview = perVocabulary((v) => new RegExp(String.raw`(?<![\w])${v.list('reviewAdvice')}(?![\w])`, 'i'));
const asksAssessment = perVocabulary((v) => new RegExp(String.raw`(?<![\w])${v.list('assessmentAdvice')}(?![\w])`, 'i'));
/** How much better a match outside F must be to be preferred to one in F. */
export const CLEARLY_BETTER = 0.15;

export interface AdviceSource {
  /** The name the report shows as `source`. */
  name: string;
  doc: StructuredDocument;
  /** Only this part of `doc` is advice (Section K inside the plan). */
  range?: { start: number; end: number };
}

const DISCIPLINES = ['slt', 'ot', 'physio', 'ep', 'specteach'];
/** Tokens that name only who provides, or a kind of help no one could point to ("support", "input"). */
const WHO_ONLY = new Set([...DISCIPLINES, 'ta', 'elsa', 'jobcoach', 'teacher', 'therapist', 'specialist', 'support', 'input', 'visit', 'involv', 'advic', 'help', 'servic', 'team', 'direct']);

/** Tokens that say only that help is offered ("will be offered support from …"). */
const OFFERED = new Set(['offer']);

/** Tokens that say how a thing is delivered, not what it is. */
const HOW_ONLY = new Set(['onetoone', 'group']);
// A qualification and its level ("a careers adviser (Level 6 qualified)", "a Level 7 qualification"):
// who delivers, not what, when deciding whether two statements name one activity.
const QUALIFICATION_TOKENS = new Set(['level', 'qualif', 'qualifi']);

// A word right after a number ("a 15 cm step", "3 sets of 10") says how much, not what (grammar).
const amountWord = perVocabulary((v) => new RegExp(String.raw`(?<![\w.])(?:${v.number})\s+([A-Za-z]+)`, 'gi'));
function amountTokens(text: string, ignore: ReadonlySet<string>, rubric: Rubric): Set<string> {
  return new Set([...text.matchAll(amountWord(rubric))].flatMap((m) => tokens(m[1], ignore, rubric)));
}

interface Scored { p: Provision; score: number }

function best(list: Scored[]): Scored | null {
  return list.reduce<Scored | null>((b, x) => (!b || x.score > b.score ? x : b), null);
}

function quoteOf(text: string, max = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/**
 * The plan's statements written as two or more sentences of one paragraph, each run as one statement:
 * provisions of one section, not table cells, with nothing but spaces between them in the plan's text.
 */
function wholeStatements(provisions: Provision[], planText: string): Provision[] {
  if (!planText) return [];
  const out: Provision[] = [];
  let run: Provision[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const first = run[0];
      const last = run[run.length - 1];
      out.push({ ...first, text: planText.slice(first.start, last.end), end: last.end, specific: run.every((p) => p.specific), vagueTerms: run.flatMap((p) => p.vagueTerms) });
    }
    run = [];
  };
  for (const p of provisions) {
    const prev = run[run.length - 1];
    const joins = prev && prev.section === p.section && prev.row === null && p.row === null && p.start >= prev.end && /^[ \t]*$/.test(planText.slice(prev.end, p.start));
    if (!joins) flush();
    run.push(p);
  }
  flush();
  return out;
}

// A clause after a semicolon with its own subject and verb ("…; staff will be made aware of …; Nia will
// have a toilet card …"): grammar, a subject of a few words, then a modal.
const OWN_CLAUSE_AFTER = /;\s+(?=(?:(?:the|his|her|their|a|an|all|every|each|any|new)\s+)?(?:[\w'’-]+\s+){0,3}?(?:will|should|must|may|can|is to|are to)\s)/g;

/**
 * The clauses of a statement the plan writes as one paragraph of several, split by semicolons, each with
 * its own subject and verb ("Three times a week, Nia will have …; staff will be made aware …; Nia will
 * have a toilet card …"): each is read as a statement as well as the whole.
 */
function clauseStatements(provisions: Provision[]): Provision[] {
  const out: Provision[] = [];
  for (const p of provisions) {
    if (p.row !== null) continue;
    const cuts = [...p.text.matchAll(OWN_CLAUSE_AFTER)].map((m) => m.index!);
    if (!cuts.length) continue;
    let from = 0;
    for (const at of [...cuts, p.text.length]) {
      const raw = p.text.slice(from, at);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text.split(/\s+/).length >= 4) out.push({ ...p, text, start: p.start + from + lead, end: p.start + from + lead + text.length });
      from = at + 1;
    }
  }
  return out;
}

/** Every recommendation in `sources` with its verdict against the plan's provisions. */
export function adviceVerdicts(planProvisions: Provision[], sources: AdviceSource[], rubric: Rubric, names: readonly string[] = [], planText = ''): { entry: AdviceEntry; source: AdviceSource; rec: Recommendation }[] {
  const recs = sources.flatMap((source) => extractRecommendations(source.doc, source.range, rubric).map((rec) => ({ source, rec })));
  // A statement the plan writes in two or more sentences of one paragraph ("F1 … four days a week …. On
  // Fridays she will …") is read as one statement as well as sentence by sentence: advice for the whole
  // is matched to the whole. Only the plan's own statements are counted and weigh words.
  const statements = planProvisions.length;
  const provisions = [...planProvisions, ...wholeStatements(planProvisions, planText), ...clauseStatements(planProvisions)];
  // The child's name is in many statements and says nothing about which provision is which.
  const ignore = new Set(names.map((n) => n.toLowerCase()));
  // A review clause ("progress reviewed half-termly by the SENCo") is not what the statement
  // provides, so it does not decide the match, unless it is all the statement says.
  const reviewOnly = provisions.map(() => false);
  const provBags = provisions.map((p, k) => {
    const masked = maskReviewClauses(p.text);
    const own = bag(masked, ignore, rubric);
    reviewOnly[k] = own.toks.length < 3 && masked !== p.text;
    return own.toks.length >= 3 ? own : bag(p.text, ignore, rubric);
  });
  const recBags = recs.map(({ rec }) => {
    const b = bag(rec.text, ignore, rubric);
    // The lead-in or heading only adds the area: its first few words.
    return { toks: [...b.toks, ...tokens(rec.context, ignore, rubric).slice(0, 6)], setting: b.setting, named: b.named };
  });
  const vec = new Vectoriser([...provBags.slice(0, statements).map((b) => b.toks), ...recBags.map((b) => b.toks)]);
  const provVecs = provBags.map((b) => vec.vector(b.toks, b.setting, b.named));
  const provSets = provBags.map((b) => new Set(b.toks));
  const heads = recs.map(({ rec }) => headTokens(rec.text, ignore, rubric));
  // A statement that names an organisation and only who it is or that it helps ("Ruby will be offered
  // support from the Mental Health Support Team"): its words besides the name.
  const provNames = provisions.map((p) => organisationNames(p.text, rubric));
  const provBesidesName = provisions.map((p, k) => {
    const inName = new Set(provNames[k].flatMap((n) => tokens(n, ignore, rubric)));
    return provBags[k].toks.filter((t) => !inName.has(t));
  });
  // A table row's other cells open with a thing too ("Target | Strategy": the strategy cell names it).
  const cellHeads = recs.map(({ rec }) => rec.text.split('\t').map((c) => headTokens(c, ignore, rubric)));
  const training = trainingPattern(rubric);
  const provTraining = provisions.map((p) => training.test(beforePurpose(p.text, rubric)));
  const provMinutes = provisions.map((p) => plannedMinutes(p.text, rubric));
  const provAmounts = provisions.map((p) => amountTokens(p.text, ignore, rubric));
  // A statement that trains staff names the staff as a group (rubric list trainees: "staff", "teachers"),
  // not one trained person who delivers something else ("a teaching assistant who has completed … training").
  const trainsStaff = provisions.map((p, k) => provTraining[k] && staffGroup(rubric).test(p.text));
  const trainers = trainsStaff.slice(0, statements).filter(Boolean).length;
  const reviewers = reviewOnly.slice(0, statements).filter(Boolean).length;
  // How many statements name each of the rubric's synonym concepts.
  const concepts = synonymTokens(rubric);
  const conceptCount = new Map<string, number>();
  for (const set of provSets.slice(0, statements)) for (const t of set) if (concepts.has(t)) conceptCount.set(t, (conceptCount.get(t) ?? 0) + 1);
  const kinds = kindStems(rubric);
  // A statement's vague words ("appropriate", "as needed") say nothing of what it provides.
  const provVague = provisions.map((p) => new Set(p.vagueTerms.flatMap((t) => tokens(t, ignore, rubric))));
  return recs.map(({ source, rec }, i) => {
    const rv = vec.vector(recBags[i].toks, recBags[i].setting, recBags[i].named);
    const a = judgeRecommendation(rec, rubric);
    const disciplines = DISCIPLINES.filter((d) => rv.has(d));
    const recTraining = training.test(beforePurpose(rec.text, rubric));
    const recAmounts = amountTokens(rec.text, ignore, rubric);
    const byMatch = provisions.map((p, k) => {
      const head = heads[i];
      const named = head.length > 0 && head.every((t) => provSets[k].has(t));
      const sameDiscipline = disciplines.some((d) => provVecs[k].has(d));
      // A statement that names only who provides ("Support from the hearing support team each term")
      // is the plan's answer to advice for that professional's work, however few words they share.
      // So does support from an assistant ("teaching assistant support in some lessons") for advice
      // asking for an assistant's support.
      const sameAssistant = rv.has('ta') && provVecs[k].has('ta') && /\bsupport\b/i.test(rec.text) && /\bsupport\b/i.test(p.text);
      // So does one naming only the organisation the advice names, and that it helps or is offered.
      const sameName = provNames[k].length > 0 && provNames[k].some((n) => rec.text.toLowerCase().replace(/\s+/g, ' ').includes(n));
      const whoOnly = ((sameDiscipline || sameAssistant) && provBags[k].toks.every((t) => WHO_ONLY.has(t))) || (sameName && provBesidesName[k].every((t) => WHO_ONLY.has(t) || OFFERED.has(t)));
      // The thing the recommendation opens with is one of the rubric's synonym concepts ("touch
      // typing", "a radio aid"), and only this statement names it: the plan's answer, however few other
      // words they share. Who delivers, one-to-one or a group is how, not what.
      const onlyNamer = cellHeads[i].flat().some((t) => concepts.has(t) && !WHO_ONLY.has(t) && !HOW_ONLY.has(t) && provSets[k].has(t) && conceptCount.get(t) === 1);
      // Staff training advised and this the plan's only statement that trains staff: the plan's answer
      // to it, however the two name the training's subject ("DLD", "her language needs").
      const onlyTrainer = recTraining && trainsStaff[k] && trainers === 1;
      // A review, a check or an assessment advised, and this the plan's only statement that provides
      // only a review ("His progress will be monitored"): the plan's answer, however vaguely put.
      // Not when the advice names a discipline the statement does not (an OT assessment, a paediatrician's review).
      const onlyReviewer = reviewOnly[k] && reviewers === 1 && asksReview(rubric).test(rec.text) && (disciplines.length === 0 || sameDiscipline);
      // Words shared only in who delivers, how and how much ("trained by the physiotherapist", "3 sets",
      // "a 35 cm bench") do not make two activities one: when the recommendation opens with a thing
      // (step-ups) and the statement shares no word that says what, its words do not match it.
      const says = (t: string) => !WHO_ONLY.has(t) && !PROVIDER_TOKENS.has(t) && !HOW_ONLY.has(t) && !QUALIFICATION_TOKENS.has(t) && !(recAmounts.has(t) && provAmounts[k].has(t));
      const otherActivity = head.some(says) && ![...rv.keys()].some((t) => says(t) && provVecs[k].has(t));
      // The share of the statement's words that say what (by weight) the recommendation has too; a kind
      // word ("approaches", "programme") names no particular thing and a vague one ("appropriate") nothing,
      // so neither is counted.
      let own = 0;
      let shared = 0;
      for (const [t, w] of provVecs[k]) {
        if (!says(t) || kinds.has(t) || provVague[k].has(t)) continue;
        own += w * w;
        if (rv.has(t)) shared += w * w;
      }
      const contained = own > 0 && shared / own >= CONTAINED_SHARE ? shared / own : 0;
      const sameAmount = a.minutes !== null && provMinutes[k] !== null && Math.abs(a.minutes - provMinutes[k]!) < 0.5 && cosine(rv, provVecs[k]) > 0;
      const programme = programmeRelation(rec.text, p.text, ignore, rubric);
      if (differentTherapy(rec.text, p.text, rubric)) return { p, score: 0, rescue: 0 };
      const forReview = reviewOnly[k] && !asksReview(rubric).test(rec.text) ? REVIEW_ONLY : 1;
      const finish = (extra: number) => {
        const s = Math.max(otherActivity ? 0 : cosine(rv, provVecs[k]) + (sameDiscipline ? DISCIPLINE_BONUS : 0) + (named ? HEAD_BONUS : 0) + (sameAmount ? AMOUNT_BONUS : 0) + extra, whoOnly || onlyNamer || onlyTrainer || onlyReviewer ? MATCH_THRESHOLD : 0);
        const byProgramme = programme === 'same' ? s + PROGRAMME_BONUS : programme === 'different' ? s * DIFFERENT_PROGRAMME : s;
        const score = recTraining === provTraining[k] ? byProgramme + (recTraining ? TRAINING_BONUS : 0) : byProgramme * TRAINING_MISMATCH;
        return (differentTimeOfDay(rec.text, p.text, rubric) ? score * TIME_MISMATCH : score) * forReview;
      };
      return { p, score: finish(0), rescue: contained ? finish(contained * CONTAINED_BONUS) : finish(0) };
    });
    // When no statement answers it by the match's own measure, a statement the recommendation contains
    // most of (CONTAINED_BONUS) may: it rescues a recommendation from missing, and reorders no match.
    const scored = byMatch.some((x) => x.score >= MATCH_THRESHOLD) ? byMatch : byMatch.map((x) => ({ ...x, score: x.rescue }));
    const inF = best(scored.filter((s) => s.p.section === 'F'));
    const elsewhere = best(scored.filter((s) => s.p.section !== 'F'));
    // Section F answers the recommendation unless a statement elsewhere answers it clearly better
    // (direct therapy in G, beside a programme an assistant delivers in F).
    const matchOther = elsewhere && elsewhere.score >= MATCH_THRESHOLD ? elsewhere : null;
    // Health or social care advice belongs in G or H1/H2 as much as in F: the better statement answers it.
    // Advice from a health or social care source (its title says which: a nurse's, a social care
    // assessment) is health or social care unless it says it teaches or trains.
    // A table row's reason cell gives its aim ("pressure relief"), which says where it belongs.
    const educational = isEducational(`${rec.text} ${rec.context}${rec.reason ? ` ${rec.reason}` : ''}`, rubric, rec.title);
    const margin = educational ? CLEARLY_BETTER : 0;
    const matchF = inF && inF.score >= MATCH_THRESHOLD && !(matchOther && matchOther.score > inF.score + margin) ? inF : null;
    const nearest = matchF ?? matchOther;
    // An assessment advised, and a statement that assesses, reviews or checks nothing (visits to advise
    // staff, sessions): another provision, whoever delivers both.
    const otherThanAssessment = (p: Provision) => asksAssessment(rubric).test(a.main) && !asksReview(rubric).test(p.text);
    const match = nearest && !differentProvision(rec, a, nearest.p, rubric) && !otherThanAssessment(nearest.p) ? nearest : null;
    const provision = match ? { text: match.p.text, start: match.p.start, end: match.p.end, section: match.p.section } : null;
    const base = { source: source.name, text: rec.text, start: rec.start, end: rec.end };
    let verdict: AdviceEntry['verdict'];
    const said = rubric.advice.detail;
    let detail: string;
    if (a.vagueBecause) {
      verdict = 'adviceVague';
      detail = fill(said.vague, { because: a.vagueBecause });
    } else if (!match) {
      verdict = 'missing';
      detail = said.missing;
    } else if (!matchF && educational) {
      verdict = 'moved';
      detail = fill(said.moved, { section: sectionInBrackets(match.p.section, rubric) });
    } else {
      const c = compare(rec, a, match.p, rubric, ignore, planProvisions);
      verdict = c.carried ? 'carried' : 'diluted';
      detail = c.carried
        ? fill(said.carried, { section: sectionInBrackets(match.p.section, rubric) })
        : fill(said.diluted, { reasons: c.reasons.join('; ') });
    }
    return { entry: { ...base, verdict, provision, detail }, source, rec };
  }).filter(({ entry, rec }) => !(entry.verdict === 'missing' && ownFollowUp(rubric).test(rec.text)));
}

/** A recommendation's verdict, as the advice rules read it. */
export interface AdviceVerdict {
  entry: AdviceEntry;
  /** True when the recommendation is in the plan's own Section K, not in a separate report. */
  inPlan: boolean;
}

/**
 * Every recommendation of the advice given with a plan, and of the plan's own Section K, with its
 * verdict against the plan's provision. The advice.* rules turn them into findings.
 */
export function adviceFacts(planDoc: StructuredDocument, provisions: Provision[], k: { start: number; end: number } | undefined, adviceDocs: StructuredDocument[], rubric: Rubric): AdviceVerdict[] {
  const sources: AdviceSource[] = adviceDocs.map((doc) => ({ name: doc.name, doc }));
  if (k && k.end > k.start) sources.push({ name: `${planDoc.name} (Section K)`, doc: planDoc, range: { start: k.start, end: k.end } });
  const name = childName(planDoc, compileRubric(rubric).notNames, rubric);
  // The name the child goes by, in brackets after the full one ("Name: Tobiah (Toby) Grant"; grammar):
  // the statements use it, and it names no programme.
  const known = name ? new RegExp(String.raw`\b${escapeRegExp(name)}\s*\((?:known as\s+)?([A-Z][a-z'’-]+)\)`).exec(planDoc.text.slice(0, 4000))?.[1] : undefined;
  return adviceVerdicts(provisions, sources, rubric, name ? [name, ...(known ? [known] : [])] : [], planDoc.text).map(({ entry, source }) => ({ entry, inPlan: source.doc === planDoc }));
}

/**
 * Reports each recommendation with this verdict: at the plan's provision that answers it, in
 * Section K when the advice is the plan's own, else (missing from the plan) at the start of F.
 */
export function reportAdvice(context: RuleContext, verdict: AdviceEntry['verdict']): void {
  const f = context.sections.get('F');
  for (const { entry, inPlan } of context.advice) {
    if (entry.verdict !== verdict) continue;
    const data = { source: entry.source, recommendation: quoteOf(entry.text), detail: entry.detail ?? '' };
    if (entry.provision && verdict !== 'adviceVague') {
      context.report({ section: entry.provision.section as SectionKey, start: entry.provision.start, end: entry.provision.end, data });
    } else if (inPlan) {
      context.report({ section: 'K', start: entry.start, end: entry.end, data });
    } else {
      const at = verdict === 'missing' && f ? f.start : 0;
      context.report({ section: verdict === 'missing' && f ? 'F' : null, start: at, end: at, data });
    }
  }
}
