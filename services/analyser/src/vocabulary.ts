// The rubric's vocabularies compiled to regular expressions, once per rubric object. Apart from
// rubric.ts so that the judges, which read the vocabulary, never import the rubric loader (and so
// the rule registry) back: no module imports itself in a circle.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { Rubric, VagueTermSpec } from './rubric.ts';
import { fastPatterns, escapeRegExp } from './fast-patterns.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_RUBRIC_FILE = resolve(HERE, '../../../rubrics/default.yaml');

/** How a quantifier at src[i] repeats: without limit (also a large bound), a little, or not at all. */
function quantifier(src: string, i: number): 'unbounded' | 'bounded' | null {
  const c = src[i];
  if (c === '*' || c === '+') return 'unbounded';
  if (c === '?') return 'bounded';
  const m = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i)) : null;
  if (!m) return null;
  return (m[2] && !m[3]) || Number(m[3] ?? m[1]) > 10 ? 'unbounded' : 'bounded';
}

/**
 * True when a repeated group itself repeats without limit ("(a+)+", "(?:\w*\s)*"): such a pattern can
 * take exponential time on some text, and a rubric's patterns run on every plan of the service.
 * A heuristic (it does not see overlapping alternatives such as "(a|a)*"), but it catches the usual cause.
 */
export function nestedRepetition(src: string): boolean {
  const outer: boolean[] = [];
  let repeats = false; // the current group's content repeats without limit
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') for (i++; i < src.length && src[i] !== ']'; i++) i += src[i] === '\\' ? 1 : 0;
    else if (c === '(') {
      outer.push(repeats);
      repeats = false;
    } else if (c === ')') {
      const inner: boolean = repeats;
      const q = quantifier(src, i + 1);
      if (inner && q === 'unbounded') return true;
      repeats = (outer.pop() ?? false) || inner || q === 'unbounded';
    } else if (src[i - 1] !== '(' && quantifier(src, i) === 'unbounded') repeats = true;
  }
  return false;
}

/** Why a pattern cannot be used, or null. */
function patternProblem(src: string): string | null {
  try {
    new RegExp(src, 'i');
  } catch (e) {
    return `not a valid regular expression: ${(e as Error).message}`;
  }
  if (nestedRepetition(src)) return 'a repeated group inside the pattern repeats without limit (like "(a+)+"), which can take very long on some text: write it without the nested repetition';
  return null;
}

export const regexSource = z.string().min(1).superRefine((src, ctx) => {
  const problem = patternProblem(src);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

// ---------------------------------------------------------------- the judges' words

const LIST_NAME = /^[a-z][A-Za-z]*$/;
/** `{name}` in a pattern stands for any entry of the list `name` (a quantifier like {2,3} is digits). */
const REF = /\{([a-z][A-Za-z]*)\}/g;
const word = z.string().regex(/^[a-z]+$/, 'a word in lower case');

/** Keys whose values are plain words, not patterns: a condition's name, a practitioner's title and registration, what "&" reads as. */
const PLAIN_WORDS = new Set(['months', 'term', 'vagueTerm', 'who', 'registration', 'to', 'as', 'ampersand', 'owner', 'me']);

/** The lists the judges name themselves (a vocabulary validated alone must give them; a rubric's loader fills those it leaves out from the default's: rubric.ts withDefaultVocabulary). */
const JUDGES_LISTS = [
  'lengthUnits', 'yearlyOccasions', 'hoursKinds', 'courseNouns', 'countMarks', 'timesWords', 'countAdverbs', 'clockTo', 'careTasks', 'organisations', 'staffTraining', 'schoolActivities', 'healthCare', 'educates', 'socialCare', 'therapyKinds', 'concreteThings', 'trainees',
  // Reading advice (advice/extract.ts, advice/verdict.ts).
  'recommendHeadings', 'adviceAloneHeadings', 'backgroundHeadings', 'adviceCues', 'adviceBackground', 'adviceActions',
  'advicePointers', 'adviceAboutRecommendations', 'adviceElsewhere', 'adviceQuestionWords', 'adviceTellsVerbs', 'adviceDescribesVerbs', 'adviceNeedVerbs', 'adviceImperatives', 'adviceShould',
  'adviceConditionOpenings', 'adviceAmountChanges', 'appendixWords', 'adviceColumnWords', 'signatureLeads', 'signatureTitles', 'signatureRoles', 'signatureWords', 'adviceRecommends',
  'adviceNeedWords', 'adviceOwnOffers', 'adviceFundingNotes', 'adviceItemOpenings', 'adviceOneAmounts', 'adviceAfterThat', 'adviceEvidenceColumns', 'adviceStandingColumns', 'adviceWhatColumns',
  'adviceWhoColumns', 'adviceAmountColumns', 'adviceScheduleColumns', 'adviceRejected', 'adviceDetailLabels', 'frequencyEnoughWords', 'tentativeWords', 'undescribedChanges', 'adaptedActivityWords', 'adviceBoundedTerms', 'adviceOpenTerms',
  'adviceLeaveTerms', 'awarenessOnly', 'adviceLeaveWords', 'sessionWords', 'aimWords', 'directWords', 'indirectWords', 'oneToOneWords', 'adviceGroupWords', 'planConditions', 'purposeVerbs',
  'upkeepStems', 'genericThingWords', 'adviceOccasionColumns',
  'providerTherapists', 'providerSpecialistTeachers', 'providerTeachers', 'providerTrainedAssistants', 'providerAssistants',
  'notDeliveringLeads', 'notDeliveringRoles', 'programmeOwners', 'programmeParts', 'unsizedWords', 'unsizedOffers', 'fixingRules', 'routineTimes', 'adviceOccasions', 'courseWords', 'oneOffDeadlines', 'collaboratingLeads', 'collaboratingHelpers', 'trainingDone', 'thingAuthors',
  'adviceOneOffTimes', 'adviceOccasionCues', 'adviceNeedStates', 'adviceCappedContent', 'trainedAssistantWork', 'adviceContinuations', 'adviceLaterChanges', 'adviceLaterIncreases', 'adviceLeadModals', 'adviceLeadVerbs', 'adviceLeadArticles', 'adviceKindStems', 'programmeNotNames', 'programmeSubjectLeads', 'programmeGenericTails', 'personTitles', 'programmeInstitutions', 'programmeNouns', 'nameFieldOwners', 'otherNameOwners', 'childSubjectVerbs', 'adultAfterName', 'adultBeforeName',
  'outOfLessonTimes', 'lessonOnlyPlaces', 'reviewAdvice', 'assessmentAdvice', 'nameEnds', 'ongoingInvolvement',
  'noneStated', 'adviceDeliveryVerbs', 'adviceDeliveredThings', 'adviceNoPurposeAfter', 'adviceNotSubjectWords',
  'broadAreas', 'columnLineQualifiers', 'columnLineNames', 'yearGroupLabels', 'yearSchoolFields', 'yearPupilNouns', 'yearNotCurrent', 'titleEchoOwners', 'titleEchoSubjects', 'titleEchoKinds', 'titleEchoOpenings',
];

/** The sections a title names, in the order they are tried: H1 and H2 before H, whose wording starts theirs. */
export const SECTION_TITLE_KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'H', 'I', 'J', 'K'] as const;
export type SectionTitleKey = (typeof SECTION_TITLE_KEYS)[number];
/** A section's title words; `ownSubjects` false for H1 and H2, which go by H's subjects. */
const sectionTitle = (ownSubjects: boolean) =>
  z.object({
    lead: z.array(regexSource).optional(),
    titles: z.array(regexSource).min(1),
    subjects: ownSubjects ? z.array(regexSource).min(1) : z.array(regexSource).optional(),
  });

/** `(?:a|b|…)` of patterns, each with its {lists} filled in; a group that never matches for none. */
function alternatives(entries: readonly string[], lists: Record<string, string[]>, builtIn: Record<string, string[]>): string {
  return entries.length ? `(?:${entries.map((e) => expandRefs(e, lists, builtIn)).join('|')})` : '(?!)';
}

/**
 * The words the outcome, amount, provision and plan judges read (rubric key `vocabulary`). Each entry is a word
 * or a short pattern, matched case-insensitively; `{name}` in an entry stands for any entry of
 * `lists.name` or of a list built from the months and numbers (builtInLists).
 */
export const VocabularySchema = z
  .object({
    /** Named lists, used inside other entries as {name}. */
    lists: z.record(z.string().regex(LIST_NAME, 'a list name is letters only, starting lower case'), z.array(regexSource).min(1)),
    months: z.array(z.object({ name: word, short: z.array(word).optional(), alsoAWord: z.boolean().optional() })).length(12),
    /** What number words are worth; "twenty-five" is a `tens` word and a `units` word. */
    numbers: z.object({
      values: z.record(z.string().regex(/^[a-z]+$/), z.number().min(0)),
      tens: z.array(regexSource).min(1),
      units: z.array(word).min(1),
      /** The words an amount may be counted in ("three sessions"), besides digits and tens. */
      amounts: z.array(regexSource).min(1),
    }),
    /** Fractions of an hour as a length's number, each with its worth ("three-quarters of an hour" 0.75): the first whose pattern is the whole number gives its worth (quantities.ts: minutesOf, for the judges and the comparison alike). */
    hourFractions: z.array(z.object({ value: z.number().positive(), patterns: z.array(regexSource).min(1) })).min(1),
    /** How many school weeks one of each period is (a day 0.2, a term 13, a year 39), each entry a whole period: the one table by which the judges, advice and the comparison value a rate (quantities.ts: weeksOf, perWeek). */
    periodWeeks: z.array(z.object({ weeks: z.number().positive(), patterns: z.array(regexSource).min(1) })).min(1),
    /** A period or frequency in provision: "a week", "fortnightly", "before each new topic". */
    frequencies: z.array(regexSource).min(1),
    /** Phrases that say by when (outcomes and dates in provision): "by the end of Year 6", "within six weeks". */
    timeBound: z.array(regexSource).min(1),
    /** More of them, read only in outcomes ("in 12 months' time"). */
    outcomeTimes: z.array(regexSource),
    /** A cell of an outcome's "By when" column that holds the time alone ("July 2026"). */
    timeCells: z.array(regexSource),
    /** Checkable measures in an outcome: "4 out of 5", "accurately", "every day". */
    measures: z.array(regexSource).min(1),
    /** Doing it alone, itself a checkable standard: "independently", "without adult help". */
    independently: z.array(regexSource).min(1),
    /** A service, not a result ("will receive speech therapy"); a wish, not an outcome ("wants to be a vet"). */
    services: z.array(regexSource).min(1),
    aspirations: z.array(regexSource).min(1),
    /** Words that say only "in some direction" ("more", "better"), and predicates that are a state or a direction ("improve", "be happy"). */
    vagueOutcomeWords: z.array(regexSource).min(1),
    vagueOutcomeHeads: z.array(regexSource).min(1),
    /** The extent of support: everywhere or all the time; a place or a time of day; where equipment or an adjustment applies. */
    extents: z.array(regexSource).min(1),
    placeExtents: z.array(regexSource).min(1),
    wheres: z.array(regexSource).min(1),
    /** Group size in provision: "1:1", "a group of up to 6". */
    /** The four preparing-for-adulthood areas (SEND Code of Practice 8.9 onwards). */
    preparingForAdulthood: z.object({
      work: z.array(regexSource).min(1),
      independentLiving: z.array(regexSource).min(1),
      community: z.array(regexSource).min(1),
      health: z.array(regexSource).min(1),
    }),
    /** Draft or final (§6): status words, status labels, a draft's notices, the final's and the draft's date labels. */
    planStatus: z.object({
      draft: z.array(regexSource).min(1),
      final: z.array(regexSource).min(1),
      fieldFinal: z.array(regexSource),
      labels: z.array(regexSource).min(1),
      lineLabels: z.array(regexSource),
      draftNotices: z.array(regexSource),
      finalDateLabels: z.array(regexSource),
      draftDateLabels: z.array(regexSource),
      /** Words after a status word that make it a label waiting for its date ("Final plan issued"); those that make a draft's date history ("Draft sent 3 Feb"); those before "as final" ("issued as final"). */
      dateVerbs: z.array(regexSource).min(1),
      historyVerbs: z.array(regexSource),
      asVerbs: z.array(regexSource).min(1),
    }),
    /** What the plan calls itself ("EHC plan"). */
    planNames: z.array(regexSource).min(1),
    /** An old statement of SEN speaking of itself; words that make a line history; part titles only an EHC plan has. */
    statementWording: z.object({ selfReferences: z.array(regexSource).min(1), history: z.array(regexSource), ehcpPartTitles: z.array(regexSource) }),
    /**
     * The titles each section goes by (sections/titles.ts): per section, words a title may open with, the
     * wordings it may start with (tried in order), and what a short label under the section's letter names;
     * H1 and H2 go by H's subjects. `named`: a title that names the child, read in place of `owner` or `me`.
     */
    sectionTitles: z.object({
      named: z.object({ owner: z.string().min(1), me: z.string().min(1), aboutLeads: z.array(regexSource).min(1), notNames: z.array(regexSource).min(1) }),
      A: sectionTitle(true), B: sectionTitle(true), C: sectionTitle(true), D: sectionTitle(true), E: sectionTitle(true), F: sectionTitle(true), G: sectionTitle(true),
      H1: sectionTitle(false), H2: sectionTitle(false), H: sectionTitle(true), I: sectionTitle(true), J: sectionTitle(true), K: sectionTitle(true),
    }),
    /** Section I: a named institution's last word (matched with its capitals), a type, a type as a whole entry, a placement left open, a hedge after a type. */
    placement: z.object({ names: z.array(regexSource).min(1), types: z.array(regexSource).min(1), shortTypes: z.array(regexSource), blank: z.array(regexSource), hedges: z.array(regexSource).default([]) }),
    /**
     * A table's column headers (sections/columns.ts): what a column holds. `label` and `time` are matched
     * against the whole header (a label perhaps plural, a time perhaps with "?"); `outcome`, `need` (unless
     * one of `notNeed`) and `provision` anywhere in it, as written (`\b` where a whole word is meant);
     * `headerWords` are whole words that make a short row of cells read as a header row.
     */
    columnRoles: z.object({
      label: z.array(regexSource).min(1),
      time: z.array(regexSource).min(1),
      /** A column of when the row is reviewed: no cell of it is provision or an outcome's date. None when a rubric gives none. */
      review: z.array(regexSource).default([]),
      /** An individual education plan's objective column, inside F (sections/walk.ts). None when a rubric gives none. */
      objective: z.array(regexSource).default([]),
      outcome: z.array(regexSource).min(1),
      need: z.array(regexSource).min(1),
      notNeed: z.array(regexSource),
      /** A form's label of a need (sections/records.ts) ends with one of these; none when a rubric gives none. */
      needLabelEnds: z.array(regexSource).default([]),
      provision: z.array(regexSource).min(1),
      headerWords: z.array(regexSource).min(1),
      /** More words a cell naming its column opens with; a data row's words; a header's opening that names F. None when a rubric gives none. */
      headerOpenings: z.array(regexSource).default([]),
      dataWords: z.array(regexSource).default([]),
      provisionOpenings: z.array(regexSource).default([]),
      /**
       * A row's label cell naming the kind of provision the row is ("Education", "Health", "Social care"), in a
       * table under a heading that named several sections: the row is that section's (F, G, or the open H). None
       * when a rubric gives none.
       */
      rowSections: z
        .object({ F: z.array(regexSource).default([]), G: z.array(regexSource).default([]), H: z.array(regexSource).default([]) })
        .default({ F: [], G: [], H: [] }),
    }),
    /**
     * A combined table flattened to lines (sections/flat-table.ts): a need's words, a condition by name
     * anywhere and at a line's opening, what the child will need and the words after it that make it a result;
     * what makes a line provision.
     */
    lineRoles: z
      .object({
        needs: z.array(regexSource),
        conditions: z.array(regexSource),
        openingConditions: z.array(regexSource),
        willNeed: z.array(regexSource),
        lessAfter: z.array(regexSource),
        /** What will be done: a number's units, provision's words, a provider and its verbs after "will" or "to"; who delivers. */
        amountUnits: z.array(regexSource),
        provision: z.array(regexSource),
        providers: z.array(regexSource),
        providerVerbs: z.array(regexSource),
        deliveredBy: z.array(regexSource),
        /** Drawn up by someone (a care plan "written by the school nurse"): with `deliveredBy`, done by someone, so provision whatever condition the line names. */
        drawnUpBy: z.array(regexSource).default([]),
        /** A provider as a line's subject after the child's possessive; being given help. */
        providerSubjects: z.array(regexSource),
        receives: z.array(regexSource),
      })
      .default({ needs: [], conditions: [], openingConditions: [], willNeed: [], lessAfter: [], amountUnits: [], provision: [], providers: [], providerVerbs: [], deliveredBy: [], drawnUpBy: [], providerSubjects: [], receives: [] }),
    /** Words that describe a health need (C) or a social care need (D), that say there is none, or that it is past. */
    needSignals: z.object({
      health: z.array(regexSource).min(1),
      socialCare: z.array(regexSource).min(1),
      /** A sentence that says there is no need; words of the past only; verbs that say something still is. */
      none: z.array(regexSource),
      pastOnly: z.array(regexSource),
      present: z.array(regexSource),
      /** A therapy the health or care sections name as ended or not needed ("discharged"): it is not provision there. */
      therapyEnded: z.array(regexSource),
    }),
    /** A wish, not a result: a preparing-for-adulthood outcome outside E with one of these is not counted. */
    wishes: z.array(regexSource),
    /** Labels before the plan's own date ("Date of issue:"). */
    planDateLabels: z.array(regexSource).min(1),
    /** Labels of a date of birth ("Date of birth:", "DOB", "born"): the child's age is read after one; a date on a line with one is not the plan's. */
    birthDateLabels: z.array(regexSource).min(1),
    /** A line that states nothing ("N/A", "None identified"); an entry in G or H that holds no provision ("See Section F"). */
    nothingStated: z.array(regexSource),
    noProvision: z.array(regexSource),
    /** The words that start a review or monitoring clause in provision. */
    reviewWords: z.array(regexSource).min(1),
    /** A purpose clause: the verbs after "to" that start one; words after which "to" is not a purpose. */
    purpose: z.object({ verbs: z.array(regexSource).min(1), notAfter: z.array(regexSource) }),
    /** Words that say nothing about what is provided, once a review clause is taken out. */
    residueStopWords: z.array(regexSource).min(1),
    /** Provision: who judges whether (not who delivers), a trigger's examples, leave to do something, a place at a club, a stay at a named place, a named service. */
    provisionCues: z.object({
      /** Words before a vague noun that are not its topic ("of support", "some input"): see VagueTerm.asHead. */
      notTopic: z.array(regexSource).default([]),
      /** Topics before such a noun that are provision in themselves ("therapy input"): the statement keeps its what. */
      providedTopics: z.array(regexSource).default([]),
      /** Words after such a noun that make it part of a name ("learning support team"). */
      notHeadBefore: z.array(regexSource).default([]),
      authorityAs: z.array(regexSource),
      authorityVerbs: z.array(regexSource),
      triggers: z.array(regexSource),
      allowances: z.array(regexSource),
      timeAway: z.array(regexSource).default([]),
      settings: z.array(regexSource),
      stays: z.array(regexSource),
      stayPlaces: z.array(regexSource),
      services: z.array(regexSource),
      /** A thing prepared by someone is a resource ("a visual timetable made by the TA"): the verbs. */
      madeBy: z.array(regexSource).min(1),
      /** A decision put off ("to be considered in Year 10"): its verbs; when it is decided is no frequency of the provision. */
      deferred: z.array(regexSource).default([]),
      /** A thing the child keeps with them ("with her in every lesson"): equipment when no person is named. */
      keptWith: z.array(regexSource).min(1),
      /** An adult's expertise ("trained in supporting children with SEND"): the words before its subject. */
      expertiseIn: z.array(regexSource).default([]),
      /** A thing the child will use for all of a kind of work ("for all extended writing"): an arrangement. */
      usedForAll: z.array(regexSource).default([]),
      /** Vague terms (by name) that leave an adult's amount open ("as needed"): a "will" line with one is provision, not a result. */
      amountLeftOpen: z.array(z.string()).default([]),
      /** Vague terms (by name) that give a trigger's examples ("such as"), limit an allowance ("up to"), or place equipment where it applies ("access to"): not vague there. */
      exampleTerms: z.array(z.string()).default([]),
      allowanceTerms: z.array(z.string()).default([]),
      placedEquipmentTerms: z.array(z.string()).default([]),
      /** A check, service or visit of a thing: the verbs after "will", and as done ("serviced by"). */
      upkeep: z.object({ verbs: z.array(regexSource).min(1), done: z.array(regexSource).min(1) }),
      /** A fixed point of each occasion ("at the start of every session"): where, and the occasions. */
      routinePoints: z.object({ at: z.array(regexSource).min(1), occasions: z.array(regexSource).min(1) }),
      /** Being seen by someone ("will be seen by the paediatrician") is not something provided. */
      beingSeen: z.array(regexSource).min(1),
      /** A person named as a place ("seated near the teacher"): the words of place. */
      positions: z.array(regexSource).min(1),
      /** Words before someone who receives the provision ("training for the teaching assistant"): not who delivers it. */
      recipientBefore: z.array(regexSource).default([]),
      /** A place named by the role who works there ("the GP surgery"): not who delivers. */
      rolePlaces: z.array(regexSource).default([]),
    }),
    /** Outcomes: words before the predicate that do not change it; generic verbs and the manners that leave them generic; verbs whose "himself" is their object. */
    outcomeLeads: z.array(regexSource),
    /** Outcomes: the words after which what the child will do follows ("will", "is able to"); a lead-in's last words that make its items the child's actions ("By July, Amara will:"); a perfect tense is the action itself ("have visited"): a participle's endings, and words after "have" that are none. */
    outcomePredicate: z.object({
      after: z.array(regexSource).min(1),
      leadInEnds: z.array(regexSource).min(1),
      participleEndings: z.array(regexSource).min(1),
      notParticiples: z.array(regexSource),
    }),
    genericActions: z.array(regexSource),
    genericManners: z.array(regexSource),
    reflexiveVerbs: z.array(regexSource),
    /** Comparing versions: who delivers, by level (3 specialist, 2 teacher, 1 assistant); words standing where a role should; training named; words before someone who only trains or reviews. */
    providerLevels: z.object({
      specialist: z.object({ qualifiers: z.array(regexSource), roles: z.array(regexSource).min(1) }),
      teacher: z.object({ qualifiers: z.array(regexSource), roles: z.array(regexSource).min(1) }),
      assistant: z.object({ roles: z.array(regexSource).min(1) }),
      notRoles: z.array(regexSource),
      trained: z.array(regexSource),
      /** A qualification named for whoever delivers ("with a Level 2 certificate", "qualified"): a provider qualified become one only "trained" is a cut. */
      qualifications: z.array(regexSource).default([]),
      /** A role in training ("a trainee counsellor"): one of these up to two words before a role is read as an assistant. */
      trainees: z.array(regexSource).default([]),
      notDelivering: z.array(regexSource),
      /** A role's things ("the therapist's programme"): named just after the role, the role wrote it and does not deliver it. */
      ownedThings: z.array(regexSource),
    }),
    /**
     * Matching advice to provision: words for one thing, folded to one token before the words are
     * compared ("SaLT", "speech and language therapist" -> slt; "preferential seating", "a seat near
     * the front" -> seatfront), so wording does not decide the match.
     */
    matchSynonyms: z.array(z.object({ token: z.string().regex(/^[a-z]+$/, 'a token is lower-case letters'), patterns: z.array(regexSource).min(1), caseSensitive: z.boolean().optional() })),
    /** Suggestions (suggest.ts): a practitioner a statement names and the registration its blank asks for; a meeting, review or liaison (its words, the words that may lead a bare "review", the kinds of review); monitoring or oversight. */
    practitioners: z.array(z.object({ pattern: regexSource, caseSensitive: z.boolean().optional(), who: z.string().min(1), registration: z.string().min(1) })),
    meetings: z.object({ words: z.array(regexSource).min(1), reviewLeads: z.array(regexSource).min(1), reviewKinds: z.array(regexSource).min(1) }),
    monitoring: z.array(regexSource).min(1),
    /**
     * Comparing versions (compare/similarity.ts): statements are compared on their stemmed words, with
     * abbreviations first spelt out, in order ("SaLT" -> "speech language therapist"; a case-sensitive
     * entry only as written), and the words every provision uses left out.
     */
    comparisonWords: z.object({
      spellOut: z.array(z.object({ patterns: z.array(regexSource).min(1), to: z.string().regex(/^[a-z]+(?: [a-z]+)*$/, 'words in lower case'), caseSensitive: z.boolean().optional() })),
      commonWords: z.array(word),
      /**
       * Two wordings of one thing ("at least 3" / "3 or more", "from home to school and back" / "between
       * home and school"), each pattern's match rewritten as `to` (its named groups as `$<name>`) before
       * statements are compared on their words: the same outcome said either way keeps its words.
       */
      sameForms: z.array(z.object({ patterns: z.array(regexSource).min(1), to: z.string().min(1) })).default([]),
      /** Vague terms (by their `term`) of a line that offers only a chance of something: such a line replaced in its place by a definite one is that line made definite (compare/index.ts rewrittenInPlace). */
      offerOnly: z.array(z.string().min(1)).default([]),
      /** An outcome reworded keeps its meaning only with the same counts, periods and negation: each of these words read as its `as`, the first entry that matches at a place winning. */
      outcomeMeaning: z.array(z.object({ as: word, patterns: z.array(regexSource).min(1) })).min(1),
      /** The things a count counts ("6 visits", "four 1-hour sessions"): a number up to two words before one is how many. */
      countNouns: z.array(regexSource).min(1),
      /** Count nouns that hold others ("two blocks of 3 weekly sessions"): before "of", no rate. */
      containerNouns: z.array(regexSource).default([]),
      /** The words after a number that add a half to it in hours ("2 and a half hours", "an hour and a half"). */
      andAHalfHours: z.array(regexSource).min(1),
      /** The periods a rate is given per after "a", "per", "each", "every" or "/" ("per half term"), each optionally after a qualifier ("school day"). */
      periodNouns: z.array(regexSource).min(1),
      periodQualifiers: z.array(regexSource),
      /** What leads a period ("a", "per", "/") and a weekday or a list of weekdays ("on Mondays and Thursdays"). */
      periodLeads: z.array(regexSource).min(1),
      weekdayLeads: z.array(regexSource).min(1),
      /** What follows "every" as a period ("every other week", "every 3 weeks"); a number of weeks or months is read as well. */
      everyPeriods: z.array(regexSource),
      /** A period as one word ("weekly", "p/w"). */
      periodAdverbs: z.array(regexSource),
      /** Twice a day said by its two parts ("each morning and afternoon"). */
      twiceADay: z.array(regexSource),
      /** What leads how long a provision runs in all, before a number and a period noun ("for the first 4 weeks", "over 36 weeks"). */
      spanLeads: z.array(regexSource).default([]),
      /** Words between a number and its period noun that make it a further run ("5 more weeks", "for a further 4 weeks"): a span too. */
      spanMore: z.array(regexSource).default([]),
      /** What leads an interval ("every 30 minutes", "once every hour"): a length after one is how often, not how long. */
      intervalLeads: z.array(regexSource).default([]),
      /** The first words of a note of amendment in brackets ("(amended at review: previously …)"): the note is about the plan, not part of the statement. */
      amendmentNotes: z.array(regexSource).default([]),
      /** The first word of a note in brackets that gives the old wording ("(previously Tuesdays and Thursdays)"). */
      amendmentWas: z.array(regexSource).default([]),
      /** A second way offered instead ("or"), where the old wording joined the same words with one of `together` ("and"), or before a lesser role named beside the old one: weakened. */
      alternatives: z.array(regexSource).default([]),
      together: z.array(regexSource).default([]),
      /** A statement that sends its reader to a note ("see note 1") and the note in its section ("Note 1: …"): the note is part of the statement. */
      notes: z.object({ refer: z.array(regexSource), lead: z.array(regexSource) }).default({ refer: [], lead: [] }),
      /** Words up to three before "or" that make it cover both ("any timetable or room change"): no choice. */
      inclusive: z.array(regexSource).default([]),
      /** An end put on a provision by an event ("This provision will end when …"): its leads; `ownEnd`, an event that is the provision's own end ("when I have finished the course"). */
      endsWhen: z.object({ leads: z.array(regexSource), ownEnd: z.array(regexSource) }).default({ leads: [], ownEnd: [] }),
      /** Words that leave what is delivered to someone's choice ("an appropriate programme", "a suitable intervention chosen by the school"): a named programme become such wording is weakened. */
      leftToChoice: z.array(regexSource).default([]),
      /** What leads a date a provision is to be done by ("by 31 March 2027", "no later than June 2027"): a date newly given is a strengthening. */
      dueBy: z.array(regexSource).default([]),
      /** A group's size (quantities.ts: groupIn, for the judges and the comparison): the words that lead its number ("groups of 4"), that limit it ("up to 6"), and who the others in it are ("with 3 other pupils" is a group of 4). */
      groupLeads: z.array(regexSource).min(1),
      groupLimits: z.array(regexSource).min(1),
      groupNouns: z.array(regexSource).min(1),
      /**
       * One-to-one, tried before any number; then the groups said in other words ("in pairs" 2, "whole class" 30), in order:
       * without a size, one the comparison does not read ("2:1"); `stated: false`, a group that gives no size ("a small group"), which the judges do not count.
       */
      oneToOne: z.array(regexSource).min(1),
      groupWords: z.array(z.object({ size: z.number().int().positive().optional(), stated: z.boolean().default(true), patterns: z.array(regexSource).min(1) })),
      /** A provision that promises ("will", "must"): a modal condition in its place is "will" become "may". */
      promises: z.array(regexSource).min(1),
      /** An outcome's date as a change names it ("by the end of Year 6"): a lead word, "the", an edge ("end of"), up to 30 characters, an end. */
      outcomeDate: z.object({ leads: z.array(regexSource).min(1), edges: z.array(regexSource), ends: z.array(regexSource).min(1) }),
      /** A form's field labels in Section I ("Name", "Type of setting"), each the whole of a cell or a line's start before ":", a tab or "|": not the placement's words. */
      placementLabels: z.array(regexSource),
      /** The child speaking of themself ("I", "my"), matched as written (case kept): an outcome in the first person and the same outcome with the child's name are one outcome. */
      firstPerson: z.array(regexSource).default([]),
      /** Verb forms only the first person takes ("am"): left out of a first-person outcome compared with one naming the child. */
      firstPersonVerbs: z.array(regexSource).default([]),
      /** What leads a weekday or a week every other one of which it comes ("on alternate Wednesdays", "alternate weeks"): every two weeks, as "every other Wednesday". */
      alternateLeads: z.array(regexSource).default([]),
      /** The terms of a school year by name ("autumn", "spring", "summer"): "in the spring and summer terms" runs for two terms, a span, so one term named where two were is less. */
      termNames: z.array(regexSource).default([]),
      /** What leads the terms named as a span ("in", "during", "throughout"). */
      termSpanLeads: z.array(regexSource).default([]),
    }),
    /** What splits sections into provision statements and outcomes, and joins sentences into one (statements.ts); each list's comment in the rubric says how it is read. */
    statements: z.object({
      empty: z.array(regexSource).min(1),
      boilerplate: z.array(regexSource),
      needs: z.array(regexSource),
      promise: z.array(regexSource).min(1),
      strong: z.array(regexSource).min(1),
      funding: z.object({ starts: z.array(regexSource), anywhere: z.array(regexSource), unlessNames: z.array(regexSource) }),
      outcomeLabels: z.object({ terms: z.array(regexSource), words: z.array(regexSource) }),
      /** A letter pasted into a section: lines that open as a letter's own words, and the closings after which its signer's lines follow. */
      correspondence: z.object({ lines: z.array(regexSource), closings: z.array(regexSource) }).default({ lines: [], closings: [] }),
      provisionWords: z.array(regexSource).min(1),
      items: z.array(regexSource),
      continues: z.object({ leads: z.array(regexSource), fields: z.array(regexSource) }),
      amountOrWho: z.array(regexSource),
      ownActivity: z.array(regexSource),
      dummyIt: z.object({ opens: z.array(regexSource), adverbs: z.array(regexSource), predicates: z.array(regexSource) }),
      newItem: z.array(regexSource),
      refersBack: z.object({ words: z.array(regexSource), demonstratives: z.array(regexSource), notBefore: z.array(regexSource) }),
      amountOnly: z.object({
        subjects: z.array(regexSource),
        verbs: z.array(regexSource),
        restates: z.array(regexSource),
        limits: z.array(regexSource),
        counts: z.array(regexSource),
        lengths: z.array(regexSource),
        units: z.array(regexSource).min(1),
        lengthJoins: z.array(regexSource),
        ofCounts: z.array(regexSource),
        ofUnits: z.array(regexSource),
        every: z.array(regexSource),
        periods: z.array(regexSource),
      }),
      areaHeading: z.object({
        numbered: z.array(regexSource),
        leads: z.array(regexSource),
        areas: z.array(regexSource),
        topics: z.array(regexSource),
        joinedTopics: z.array(regexSource),
        joiners: z.array(regexSource),
        needs: z.array(regexSource),
        /** The word "&" is read as before the areas are matched. */
        ampersand: z.string().min(1),
      }),
      genericHeading: z.object({ qualifiers: z.array(regexSource), categories: z.array(regexSource), joiners: z.array(regexSource), joinedQualifiers: z.array(regexSource) }),
      fieldLabels: z.object({ what: z.array(regexSource).min(1), other: z.array(regexSource) }),
      /** A costed table's columns of amounts ("Hours per week"): a bare number under one is that many of its unit. */
      amountColumns: z.array(regexSource).default([]),
      /** A provision map's column per term ("Autumn term 2026"): a cell under one is its amount in that term. */
      termColumns: z.array(regexSource).default([]),
      /** A costed table's column of money: not part of a provision's statement. */
      costColumns: z.array(regexSource).default([]),
      /** A costed table's "Total" row: no provision. */
      totalRows: z.array(regexSource).default([]),
      /** Which of a provision's fields a column's label names: who gives it, how often, how long (a table read back by what each line is). */
      fieldColumns: z.object({ who: z.array(regexSource), often: z.array(regexSource), long: z.array(regexSource) }).default({ who: [], often: [], long: [] }),
      /** The splitter's cues (statement-cues.ts): a labelled provision, a sentence that names its own provider. */
      cues: z.object({
        labels: z.array(regexSource).min(1),
        whatLabels: z.array(regexSource),
        subjectVerbs: z.array(regexSource).min(1),
        adverbs: z.array(regexSource),
        continuingVerbs: z.array(regexSource),
        pronouns: z.array(regexSource),
        indefinite: z.array(regexSource),
        groups: z.array(regexSource),
        namedArticles: z.array(regexSource),
        namedNouns: z.array(regexSource),
        staff: z.array(regexSource),
        possessives: z.array(regexSource).default([]),
        children: z.array(regexSource).default([]),
        receives: z.array(regexSource).default([]),
      }),
      cellFrequencies: z.array(regexSource),
      headingCells: z.array(regexSource),
      itemJoiners: z.array(regexSource),
      receiveLeadIn: z.object({ purposes: z.array(regexSource), verbs: z.array(regexSource) }).default({ purposes: [], verbs: [] }),
      outcomes: z.object({ cues: z.array(regexSource).min(1), boilerplate: z.array(regexSource) }),
    }),
    /** Comparing versions: the conditions provision is given on ("may", "subject to review"), each a stable name and its patterns. */
    conditions: z.array(
      z
        .object({
          term: z.string().min(1),
          patterns: z.array(regexSource).min(1).optional(),
          /** The vague term (rubric `vagueTerms`) whose pattern, case and word boundary this condition is: one list, not a copy. It wins over `patterns` (a loaded rubric carries both, so it loads again the same). */
          vagueTerm: z.string().min(1).optional(),
          caseSensitive: z.boolean().optional(),
          wordBoundaryEnd: z.boolean().optional(),
          modal: z.boolean().optional(),
        })
        .refine((c) => !!c.patterns || !!c.vagueTerm, { message: 'a condition gives its own patterns or the vagueTerm whose pattern it reads' }),
    ),
  })
  .superRefine((v, ctx) => {
    let builtIn: Record<string, string[]> = {};
    try {
      builtIn = builtInLists(v);
    } catch (e) {
      ctx.addIssue({ code: 'custom', path: ['numbers'], message: (e as Error).message });
    }
    for (const name of JUDGES_LISTS) if (!v.lists[name]) ctx.addIssue({ code: 'custom', path: ['lists', name], message: `the judges read the list "${name}": give it (or use "extends: default")` });
    const known = new Set([...Object.keys(v.lists), ...Object.keys(builtIn)]);
    const check = (src: string, path: (string | number)[]) => {
      for (const [, name] of src.matchAll(REF)) if (!known.has(name)) ctx.addIssue({ code: 'custom', path, message: `{${name}} names no list under vocabulary.lists` });
      let expanded: string;
      try {
        expanded = expandRefs(src, v.lists, builtIn);
      } catch (e) {
        ctx.addIssue({ code: 'custom', path, message: (e as Error).message });
        return;
      }
      if (expanded !== src) {
        const problem = patternProblem(expanded);
        if (problem) ctx.addIssue({ code: 'custom', path, message: `with its lists filled in, ${problem}` });
      }
    };
    const walk = (x: unknown, path: (string | number)[]) => {
      if (typeof x === 'string') check(x, path);
      else if (Array.isArray(x)) x.forEach((y, i) => walk(y, [...path, i]));
      else if (x && typeof x === 'object') for (const [k, y] of Object.entries(x)) if (!PLAIN_WORDS.has(k)) walk(y, [...path, k]);
    };
    const { months: _months, numbers, ...patterns } = v;
    walk({ ...patterns, numbers: { tens: numbers.tens, amounts: numbers.amounts } }, []);
  });
export type Vocabulary = z.infer<typeof VocabularySchema>;

/** The lists built from the months and numbers, usable as {month}, {monthName}, {plainMonthName} and {number}. */
function builtInLists(v: Pick<Vocabulary, 'months' | 'numbers' | 'lists'>): Record<string, string[]> {
  const months = {
    month: [...v.months.map((m) => m.name), ...v.months.flatMap((m) => m.short ?? [])],
    monthName: v.months.map((m) => m.name),
    plainMonthName: v.months.filter((m) => !m.alsoAWord).map((m) => m.name),
  };
  const any = (entries: readonly string[]) => alternatives(entries, v.lists, months);
  const n = v.numbers;
  return { ...months, number: [String.raw`\d+(?:\.\d+)?|${any(n.tens)}(?:[- ]${any(n.units)})?|${any(n.amounts)}`] };
}

/** A pattern with each {name} replaced by a group of that list's entries (themselves expanded). */
function expandRefs(src: string, lists: Record<string, string[]>, builtIn: Record<string, string[]>, seen: string[] = []): string {
  return src.replace(REF, (whole, name: string) => {
    const list = lists[name] ?? builtIn[name];
    if (!list) return whole;
    if (seen.includes(name)) throw new Error(`the list {${name}} uses itself (${[...seen, name].join(' → ')})`);
    return `(?:${list.map((e) => expandRefs(e, lists, builtIn, [...seen, name])).join('|')})`;
  });
}

/** The vocabulary with its lists filled in: alternations ready to put in a pattern, and what numbers are worth. */
export interface CompiledVocabulary {
  /** `(?:a|b|…)` of a list's entries, or of any list of patterns given. */
  any(entries: readonly string[]): string;
  list(name: string): string;
  /** Month names and short forms; the twelve names; those not also ordinary words; three-letter stems for dates. */
  month: string;
  monthName: string;
  plainMonthName: string;
  monthStems: string[];
  /** Digits or number words ("twenty-five"), and what each word is worth. */
  number: string;
  numbers: { values: Readonly<Record<string, number>>; units: ReadonlySet<string> };
  frequencies: string;
  timeBound: string;
  outcomeTimes: string;
  timeCells: string;
  measures: string;
  independently: string;
  services: string;
  aspirations: string;
  vagueOutcomeWords: string;
  vagueOutcomeHeads: string;
  extents: string;
  placeExtents: string;
  wheres: string;
  preparingForAdulthood: RegExp[];
  /** Advice matching's synonyms: each pattern (global) and the token it folds to. */
  matchSynonyms: { re: RegExp; token: string }[];
  /** A comparison's conditions ("may", "subject to review"), each its stable name and pattern. */
  conditions: { term: string; re: RegExp; modal: boolean }[];
  /** The lists as the rubric gives them, for a judge that puts them in its own grammar with `any`. */
  source: Vocabulary;
}

const vocabularyCache = new WeakMap<Vocabulary, CompiledVocabulary>();

export function compileVocabulary(v: Vocabulary): CompiledVocabulary {
  const hit = vocabularyCache.get(v);
  if (hit) return hit;
  const builtIn = builtInLists(v);
  const any = (entries: readonly string[]) => alternatives(entries, v.lists, builtIn);
  const compiled: CompiledVocabulary = {
    any,
    list: (name) => any(v.lists[name] ?? builtIn[name] ?? []),
    month: any(builtIn.month),
    monthName: any(builtIn.monthName),
    plainMonthName: any(builtIn.plainMonthName),
    monthStems: v.months.map((m) => m.name.slice(0, 3)),
    number: any(builtIn.number),
    numbers: { values: v.numbers.values, units: new Set(v.numbers.units) },
    frequencies: any(v.frequencies),
    timeBound: any(v.timeBound),
    outcomeTimes: any(v.outcomeTimes),
    timeCells: any(v.timeCells),
    measures: any(v.measures),
    independently: any(v.independently),
    services: any(v.services),
    aspirations: any(v.aspirations),
    vagueOutcomeWords: any(v.vagueOutcomeWords),
    vagueOutcomeHeads: any(v.vagueOutcomeHeads),
    extents: any(v.extents),
    placeExtents: any(v.placeExtents),
    wheres: any(v.wheres),
    preparingForAdulthood: fastPatterns(Object.values(v.preparingForAdulthood).map((area) => new RegExp(`(?<![\\w])${any(area)}(?![\\w])`, 'i'))),
    matchSynonyms: v.matchSynonyms.map((m) => ({ token: m.token, re: new RegExp(`(?<![\\w])${any(m.patterns)}(?![\\w])`, m.caseSensitive ? 'g' : 'gi') })),
    conditions: v.conditions.map((c) => ({ term: c.term, modal: !!c.modal, re: new RegExp(`(?<![\\w])${any(c.patterns ?? [])}${c.wordBoundaryEnd === false ? '' : '(?![\\w])'}`, c.caseSensitive ? '' : 'i') })),
    source: v,
  };
  vocabularyCache.set(v, compiled);
  return compiled;
}

let defaultVocabularyCache: Vocabulary | undefined;

/**
 * The words of the rubric given, compiled; without one, the default rubric's. Only helpers called
 * outside a judge (a date in a deadline, an amount in a comparison) go without: every judge is given
 * the rubric it reads.
 */
export function vocabularyOf(rubric?: Pick<Rubric, 'vocabulary'>): CompiledVocabulary {
  if (rubric) return compileVocabulary(rubric.vocabulary);
  defaultVocabularyCache ??= defaultVocabulary();
  return compileVocabulary(defaultVocabularyCache);
}

/**
 * A judge's own expressions built from a vocabulary once, and kept while that vocabulary lives (an
 * organisation's rubric gets its own; the default's are shared).
 */
/** `build` of an object (a rubric or one of its parts), made once per object and kept while the object lives. */
export function perObject<K extends object, T>(build: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return (key) => {
    let made = cache.get(key);
    if (made === undefined) cache.set(key, (made = build(key)));
    return made;
  };
}

export function perVocabulary<T>(build: (v: CompiledVocabulary) => T): (rubric?: Pick<Rubric, 'vocabulary'>) => T {
  const cache = new WeakMap<CompiledVocabulary, T>();
  return (rubric) => {
    const v = vocabularyOf(rubric);
    let made = cache.get(v);
    if (made === undefined) {
      made = fastPatterns(build(v)); // fast-patterns.ts: the same matches, cheaper to compile
      cache.set(v, made);
    }
    return made;
  };
}

/**
 * The default rubric as `npm run build` validated it (scripts/build.mjs writes it beside the compiled
 * module), used while rubrics/default.yaml still has the text it was built from: a command line then
 * neither loads the YAML parser nor validates 45 kB of rubric (about 0.2 s of its start). The build
 * keeps a copy of that text beside it (COMPILED_DEFAULT_RUBRIC_TEXT), compared byte for byte: cheaper
 * than decoding and hashing the 230 kB YAML at every start (its sha256 is in the compiled copy).
 */
// A source checkout has none beside this module: the tests name the build's (tests/global-setup.ts
// builds dist/ from these very sources first), so that each test process and parse worker is spared
// the YAML and its validation too (about a second of CPU each on a busy machine). Still read only
// while rubrics/default.yaml is the text it was made from.
const COMPILED_DIR = process.env.EHCP_COMPILED_RUBRIC_DIR ? pathToFileURL(`${process.env.EHCP_COMPILED_RUBRIC_DIR}/`) : new URL('./', import.meta.url);
export const COMPILED_DEFAULT_RUBRIC = new URL('default-rubric.json', COMPILED_DIR);
export const COMPILED_DEFAULT_RUBRIC_TEXT = new URL('default-rubric.yaml', COMPILED_DIR);

/** rubrics/default.yaml's sha256, and its compiled copy when that was built from the same text, else the text. */
type DefaultRubricSource = { sha256: string } & ({ compiled: Rubric; text?: undefined } | { compiled?: undefined; text: string });
let defaultSource: DefaultRubricSource | undefined;

/**
 * The default rubric's source, read once for the rubric loader (rubric.ts) and the default vocabulary
 * alike, so that both hold the same objects (and the vocabulary is compiled once).
 */
export function defaultRubricSource(): DefaultRubricSource {
  if (defaultSource) return defaultSource;
  let bytes: Buffer;
  try {
    bytes = readFileSync(DEFAULT_RUBRIC_FILE);
  } catch (e) {
    throw new Error(`Cannot read rubric ${DEFAULT_RUBRIC_FILE}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    if (bytes.equals(readFileSync(COMPILED_DEFAULT_RUBRIC_TEXT))) {
      const c = JSON.parse(readFileSync(COMPILED_DEFAULT_RUBRIC, 'utf8')) as { sha256: string; rubric: Rubric };
      return (defaultSource = { sha256: c.sha256, compiled: c.rubric });
    }
  } catch {
    // none (a source checkout) or unreadable: parse the YAML
  }
  const text = bytes.toString('utf8');
  return (defaultSource = { sha256: createHash('sha256').update(text, 'utf8').digest('hex'), text });
}

/**
 * The default rubric's words from its compiled copy (defaultRubricSource), else from the YAML.
 * quantities.ts asks at load, so parsing the YAML here cost every command line about 0.3 s of its start.
 */
function defaultVocabulary(): Vocabulary {
  const source = defaultRubricSource();
  if (source.compiled) return source.compiled.vocabulary;
  const raw = defaultRubricYaml() as { vocabulary?: unknown; vagueTerms?: VagueTermSpec[] };
  return withConditionPatterns(VocabularySchema.parse(raw.vocabulary), raw.vagueTerms ?? []);
}

let defaultYaml: unknown;

/**
 * rubrics/default.yaml as parsed YAML (not yet validated), parsed once per process or thread: the
 * default words and lists here and the rubric loader (rubric.ts) all start from it. Without a compiled
 * copy (a source checkout: tests, development) each of them parsed the 270 kB text itself, up to
 * three times per process and per parse worker, about 0.4 s of CPU each. Each call gets its own copy.
 */
export function defaultRubricYaml(): unknown {
  if (defaultYaml === undefined) {
    const text = defaultRubricSource().text ?? readFileSync(DEFAULT_RUBRIC_FILE, 'utf8');
    const yaml = createRequire(import.meta.url)('yaml') as typeof import('yaml'); // loaded only here and in rubric.ts
    defaultYaml = yaml.parse(text);
  }
  return structuredClone(defaultYaml);
}

/**
 * The default rubric's lists outside its vocabulary (roles, the words that look like a role and are
 * not, vague terms), for a reader that was given a vocabulary alone (sections/cell-lines.ts).
 */
export function defaultRubricLists(): Pick<Rubric, 'roles' | 'nonRoles' | 'vagueTerms'> {
  if (defaultLists) return defaultLists;
  const source = defaultRubricSource();
  if (source.compiled) return (defaultLists = source.compiled);
  const raw = defaultRubricYaml() as Pick<Rubric, 'roles' | 'nonRoles' | 'vagueTerms'>;
  return (defaultLists = { roles: raw.roles, nonRoles: raw.nonRoles, vagueTerms: raw.vagueTerms });
}
let defaultLists: Pick<Rubric, 'roles' | 'nonRoles' | 'vagueTerms'> | undefined;

/** A vague term's pattern, or its term matched as written. */
const vagueTermSource = (spec: VagueTermSpec) => spec.pattern ?? escapeRegExp(spec.term);

/**
 * The vocabulary with each condition that names a vague term given that term's pattern, case and word
 * boundary (a comparison reads the same words the provision judge does). A name that is no vague
 * term is left without patterns, which matches nothing; the rubric's schema refuses it first.
 */
export function withConditionPatterns(v: Vocabulary, vagueTerms: readonly VagueTermSpec[]): Vocabulary {
  if (!v.conditions.some((c) => c.vagueTerm)) return v;
  const conditions = v.conditions.map((c) => {
    const spec = c.vagueTerm ? vagueTerms.find((t) => t.term === c.vagueTerm) : undefined;
    if (!spec) return c;
    return { ...c, patterns: [vagueTermSource(spec)], caseSensitive: c.caseSensitive ?? spec.caseSensitive, wordBoundaryEnd: c.wordBoundaryEnd ?? spec.wordBoundaryEnd };
  });
  return { ...v, conditions };
}

/** The rubric's vocabularies as regular expressions, compiled once per rubric object. */
export interface CompiledRubric {
  vague: { spec: VagueTermSpec; re: RegExp }[];
  role: RegExp;
  nonRole: RegExp;
  qualification: RegExp;
  activity: Record<keyof Rubric['activities'], RegExp>;
  aim: RegExp;
  areasOfNeed: { area: string; need: RegExp; provision: RegExp }[];
  therapies: { name: string; re: RegExp }[];
  /** Any therapy as a provision statement names it. */
  therapy: RegExp;
  notNames: ReadonlySet<string>;
  /** Help with a named care task; an organisation named as the provider. */
  careHelp: RegExp;
  organisation: RegExp;
  /** A service's name that holds a vague word ("Early Help"), as written. */
  serviceName: RegExp;
}

const compiledCache = new WeakMap<Rubric, CompiledRubric>();

function alternation(sources: string[], flags = 'gi'): RegExp {
  // Never-matching pattern for an empty list keeps callers simple.
  if (sources.length === 0) return new RegExp('(?!x)x', flags);
  return new RegExp(`(?<![\\w-])(?:${sources.map((s) => `(?:${s})`).join('|')})(?![\\w])`, flags);
}

/** A list of short patterns as one case-insensitive whole-word pattern. */
function words(sources: string[]): RegExp {
  return new RegExp(`\\b(?:${sources.join('|')})\\b`, 'i');
}

/** The patterns of the roles, the words that look like a role and are not, and the vague terms. */
export type CompiledLists = Pick<CompiledRubric, 'vague' | 'role' | 'nonRole'>;
const listsCache = new WeakMap<Pick<Rubric, 'roles' | 'nonRoles' | 'vagueTerms'>, CompiledLists>();

/**
 * compileRubric's patterns of those lists, built here once for it and for a reader of sections given
 * those lists alone (sections/cell-lines.ts with defaultRubricLists): one way to compile a role or a vague term.
 */
export function compileLists(r: Pick<Rubric, 'roles' | 'nonRoles' | 'vagueTerms'>): CompiledLists {
  const hit = listsCache.get(r);
  if (hit) return hit;
  const vague = r.vagueTerms.map((spec) => {
    const src = vagueTermSource(spec);
    const end = spec.wordBoundaryEnd === false ? '' : '(?![\\w])';
    return { spec, re: new RegExp(`(?<![\\w])(?:${src})${end}`, spec.caseSensitive ? 'g' : 'gi') };
  });
  const made = { vague, role: alternation(r.roles), nonRole: alternation(r.nonRoles) };
  listsCache.set(r, made);
  return made;
}

export function compileRubric(rubric: Rubric): CompiledRubric {
  const hit = compiledCache.get(rubric);
  if (hit) return hit;
  const { vague, role, nonRole } = compileLists(rubric);
  const a = rubric.activities;
  const v = compileVocabulary(rubric.vocabulary);
  const compiled: CompiledRubric = {
    vague,
    role,
    nonRole,
    qualification: alternation(rubric.qualifications),
    activity: {
      sessions: alternation(a.sessions),
      continuous: alternation(a.continuous),
      equipment: alternation(a.equipment),
      adjustments: alternation(a.adjustments),
      oneOff: alternation(a.oneOff),
    },
    aim: alternation(rubric.aims),
    // Whole words, as the areas' lists are written: "autis" is a word of its own, not a prefix.
    areasOfNeed: rubric.areasOfNeed.map((a) => ({ area: a.area, need: words(a.need), provision: words(a.provision) })),
    therapies: rubric.therapies.map((t) => ({ name: t.name, re: new RegExp(`\\b(?:${t.pattern})\\b`, t.caseSensitive ? '' : 'i') })),
    therapy: words(rubric.therapies.map((t) => t.inProvision)),
    notNames: new Set(rubric.notNames),
    // Help with a named care task is the task ("help me get up, wash and dress"): neither an aim nor a vague "help".
    careHelp: new RegExp(String.raw`\b(?:help|support|assist)(?:s|ed|ing|ance)?(?: [\w'’-]+){0,4}? ${v.list('careTasks')}(?![\w])`, 'gi'),
    organisation: new RegExp(String.raw`\b(?:by|from|with|of|via|through)\s+(?:the |a |an |his |her |their )?(?:[\w&'’-]+ ){1,5}${v.list('organisations')}s?\b`, 'gi'),
    // A name is capitalised: "early help for the family" is not the service.
    serviceName: new RegExp(String.raw`(?<![\w])${v.list('serviceNames')}(?![\w])`, 'g'),
  };
  compiledCache.set(rubric, fastPatterns(compiled));
  return compiled;
}
