// The rubric: rubric-reference.md as data (rubrics/default.yaml), validated at load time.
// A local authority passes its own file; `extends: default` inherits everything it does not set.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { z } from 'zod';
import { RULE_ID, SECTION_KEYS, Severity, type SectionKey } from './report-schema.ts';
import { ruleIds } from './rules/registry.ts';
import { DEFAULT_RUBRIC_FILE, defaultRubricSource, defaultRubricYaml, regexSource, VocabularySchema, withConditionPatterns } from './vocabulary.ts';

export { COMPILED_DEFAULT_RUBRIC, COMPILED_DEFAULT_RUBRIC_TEXT, DEFAULT_RUBRIC_FILE, nestedRepetition } from './vocabulary.ts';

const ELEMENT = z.enum(['activity', 'provider', 'qualification', 'frequency', 'duration', 'groupSize']);

const VagueTerm = z.object({
  term: z.string().min(1),
  pattern: regexSource.optional(),
  undermines: ELEMENT,
  hedge: z.boolean(),
  caseSensitive: z.boolean().optional(),
  wordBoundaryEnd: z.boolean().optional(),
  /** Vague only when it is the provision itself ("monitor"), not an add-on to a quantified statement. */
  onlyAsProvision: z.boolean().optional(),
  /**
   * Vague also as the head of the what, after the topic it is about ("reading support", "orthotics
   * input"), where the statement is not specific anyway: the topic does not make it concrete.
   */
  asHead: z.boolean().optional(),
  /** A trigger the child acts on ("when he feels anxious"): no hedge where the statement already says when (a period, or everywhere). */
  unlessWhenGiven: z.boolean().optional(),
});

/** A rule's level: `off` skips it; the others are the severity of its findings. */
export const Level = z.enum(['off', 'info', 'warning', 'error']);
export type Level = z.infer<typeof Level>;
const LEVELS: readonly string[] = Level.options;

// `provision.vague-term: off` is shorthand for `{ level: off }`.
const shorthand = (v: unknown) => (typeof v === 'string' ? { level: v } : v);

const Rule = z.preprocess(
  shorthand,
  z
    .object({
      /** off | info | warning | error. `severity` is its older name, still read. */
      level: Level.optional(),
      severity: Severity.optional(),
      weight: z.number().min(0).optional(),
      /** A few plain words for tables and charts (spot-check pages, CSV, docs/rules.md). */
      name: z.string().min(1).optional(),
      message: z.string().min(1).optional(),
      /** Other wordings a rule picks by id (`context.report({ messageId })`), with the same {placeholders}. */
      messages: z.record(z.string(), z.string().min(1)).optional(),
      suggestion: z.string().optional(),
      reference: z.string().min(1).optional(),
      /** Where to read the law or guidance the reference cites. */
      url: z.string().url().optional(),
      /** The problem in plain words to the family (plan checks), and what their letter asks for (any rule). */
      plain: z.string().min(1).optional(),
      ask: z.string().min(1).optional(),
      /** What a statement lacks when this rule reports it, for the report's one annotation per statement. */
      lacks: z.object({ element: z.string().min(1).optional(), words: z.string().min(1) }).optional(),
    })
    .superRefine((r, ctx) => {
      const level = r.level ?? r.severity;
      if (!level) ctx.addIssue({ code: 'custom', path: ['level'], message: 'a rule needs a level: off, info, warning or error' });
      // A rule that is off reports nothing, so it needs no words.
      if (level === 'off') return;
      for (const k of ['weight', 'message', 'suggestion', 'reference'] as const) {
        if (r[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: `required unless the rule is off` });
      }
    })
    .transform(({ level, severity, weight, message, suggestion, reference, ...rest }) => {
      const lv = (level ?? severity)!;
      return { ...rest, level: lv, severity: lv === 'off' ? (severity ?? 'info') : lv, weight: weight ?? 0, message: message ?? '', suggestion: suggestion ?? '', reference: reference ?? '' };
    }),
);

/** The things the reports count, each with its singular and plural wording (rubric `labels.counts`). */
export const COUNTED = ['point', 'thing', 'smallerPoint', 'page', 'file', 'problem', 'finding', 'error', 'warning', 'is', 'needs'] as const;

/** Named wordings, each required and non-empty: an organisation rewrites one and inherits the rest. */
function words<K extends string>(keys: readonly K[]) {
  return z.object(Object.fromEntries(keys.map((k) => [k, z.string().min(1)])) as Record<K, z.ZodString>).strict();
}

export const RubricSchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  bands: z
    .array(z.object({ name: z.string().min(1), min: z.number().min(0).max(100) }))
    .min(1)
    .refine((b) => b.some((x) => x.min === 0), 'one band must have min 0 so every score has a band'),
  scoring: z.object({
    sectionWeights: z.record(z.string(), z.number().min(0)),
    partialCap: z.number().min(0).max(1),
    emptyProvisionScore: z.number().min(0).max(100),
  }),
  // How the report shows itself, where a number is the organisation's choice.
  display: z.object({ parentPointsShown: z.number().int().min(1) }).strict(),
  vagueTerms: z.array(VagueTerm),
  roles: z.array(regexSource).min(1),
  nonRoles: z.array(regexSource),
  qualifications: z.array(regexSource),
  activities: z.object({
    sessions: z.array(regexSource),
    continuous: z.array(regexSource),
    equipment: z.array(regexSource),
    adjustments: z.array(regexSource),
    oneOff: z.array(regexSource),
  }),
  aims: z.array(regexSource),
  /** Areas of need: words describing a need in B, and words showing provision for it in F. */
  areasOfNeed: z.array(z.object({ area: z.string().min(1), need: z.array(regexSource).min(1), provision: z.array(regexSource).min(1) })),
  /** Therapies compared between the advice in K and the provision in F. */
  therapies: z.array(z.object({ name: z.string().min(1), pattern: regexSource, caseSensitive: z.boolean().optional(), inProvision: regexSource })),
  /** The words the outcome, amount and plan judges read (vocabulary.ts). */
  vocabulary: VocabularySchema,
  /** Capitalised words that are not a child's first name. */
  notNames: z.array(z.string().min(1)),
  /** Legal references cited outside a rule: the statutory deadlines (deadlines.ts) and the letter's own grounds (format/letter.ts, html.ts). */
  references: z.object({
    draftRepresentations: z.string().min(1),
    amendmentRepresentations: z.string().min(1),
    finalPlan: z.string().min(1),
    reviewDecision: z.string().min(1),
    amendedFinal: z.string().min(1),
    phaseTransfer: z.string().min(1),
    specificProvision: z.string().min(1),
    provisionPoint: z.string().min(1),
    outcomePoint: z.string().min(1),
  }),
  /** The letter's own framing and the web report's note on a draft (format/letter.ts, html.ts). */
  letter: z
    .object({
      ...words(['title', 'opening', 'openingDraft', 'dated', 'draftInTime', 'draftRunsUntil', 'specific', 'specificUnnamed', 'noPoints', 'provisionAsk', 'outcomeAsk', 'closing', 'draftNote',
        'heading', 'pageTitle', 'pageIntro', 'pageFooter', 'docxDescription', 'recipient', 'childUnnamed', 'sender', 'senderAddress', 'date', 'authority', 'authorityAddress', 'dear', 'concern', 'asking', 'law', 'lawSee', 'lawList', 'signOff',
        'wholePlan', 'inSection', 'missingSections', 'missingSectionsAsk', 'foundInPlaces', 'firstThree', 'doesNotSay', 'discretion', 'notSpecific', 'notMeasurable', 'notTimeBound', 'notSmart',
        'changeTo', 'bracketsFilled', 'please']).shape,
      /** Each group of points, in the letter's order. */
      groups: words(['missing', 'plan', 'provision', 'outcome', 'other']),
      /** How a rule's suggestion template opens a rewrite, for a provision and an outcome (plain text, matched as written). */
      rewriteLeads: words(['provision', 'outcome']),
      /** A suggestion that opens with one of these is already a request. */
      requestLeads: z.array(z.string().min(1)),
      /** The family's words made the parent's own, in order: a whole-word pattern and what it becomes ($1 its first group). */
      firstPerson: z.array(z.object({ pattern: regexSource, as: z.string(), caseSensitive: z.boolean().optional() }).strict()),
    })
    .strict(),
  /** The reports' own labels (format/): each severity's badge and meaning, each element's name. */
  labels: z
    .object({
      severity: z.object({ short: words(['error', 'warning', 'info']), long: words(['error', 'warning', 'info']) }).strict(),
      elements: words(['activity', 'provider', 'qualification', 'frequency', 'duration', 'groupSize']),
      ...words(['section', 'wholePlan', 'and', 'or', 'inPlaces', 'scoreSentence', 'keyPoints', 'year']).shape,
      statutes: z.array(regexSource),
      /** How many of a thing: `one` for 1, `many` otherwise ({n} the number). */
      counts: z.object(Object.fromEntries(COUNTED.map((k) => [k, words(['one', 'many'])])) as Record<(typeof COUNTED)[number], ReturnType<typeof words<'one' | 'many'>>>).strict(),
      html: words(['pageTitle', 'pageLine', 'noPages', 'batchTitle', 'filesChecked', 'fileUnread', 'fileScore', 'notChecked', 'skip', 'footer', 'footerChecklist', 'point', 'askInstead', 'law', 'foundIn', 'andMore', 'backToPoint', 'whyFull', 'whyAsk', 'why', 'forPoint', 'goodToKnow', 'morePoints', 'foldedNote', 'nothingToRaise', 'frontPage', 'betweenSections', 'setOutTogether', 'specificTag', 'smartTag', 'sectionScore', 'toCheck', 'explainedAbove', 'nothingToCheck', 'planWordsHighlighted', 'planWords', 'otherPoints', 'noText', 'summary', 'outOf', 'found', 'specificCount', 'smartCount', 'nothingToPutRight', 'getLetter', 'guide', 'keyPointsIntro', 'keyPointOne', 'notScored', 'sectionsCaption', 'columnSection', 'columnTitle', 'columnScore', 'columnRating', 'noSections', 'aboveWhole', 'wholePlan', 'allThere', 'sectionsFound', 'planStatus', 'doesWell', 'specificHeading', 'showSpecific', 'specificSays', 'noSpecific', 'smartHeading', 'showSmart', 'smartSays', 'smartAdult', 'noSmart', 'bySection', 'bySectionIntro']),
      text: words(['atPlan', 'law', 'alsoAt', 'morePlaces', 'above', 'noProblems', 'sections', 'none', 'sectionScores', 'provision', 'outcomes', 'checks', 'checksNone', 'checksPresent', 'plan', 'score', 'rubric', 'unread', 'allClear', 'pointsFrom', 'total', 'someUnread']),
    })
    .strict(),
  /** The statutory deadlines' words: what each runs from and what it means (deadlines.ts). */
  deadlines: z.object({
    fromWhat: words(['draftRepresentations', 'amendmentRepresentations', 'finalPlan', 'reviewDecision', 'amendedFinal', 'phaseTransferDated', 'phaseTransfer', 'draftDate']),
    explanation: words(['draftRepresentations', 'amendmentRepresentations', 'countedFrom', 'finalPlan', 'reviewDecision', 'amendedFinal', 'phaseTransfer', 'phaseTransferPost16', 'transferBeforePlan']),
  }),
  /** A comparison's words: why each kind of change matters, with its law, and what a move between sections says (compare/). */
  comparison: z.object({ why: z.object({ weakened: z.string().min(1), reduced: z.string().min(1), strengthened: z.string().min(1), added: z.string().min(1), removedF: z.string().min(1), removedOther: z.string().min(1), outcomeRemoved: z.string().min(1), outcomeChanged: z.string().min(1), outcomeAdded: z.string().min(1), placement: z.string().min(1), movedOutOfF: z.string().min(1), movedIntoF: z.string().min(1), movedElsewhere: z.string().min(1) }), moved: words(['outOfF', 'intoF', 'elsewhere']), detail: words(['noChange', 'reworded', 'removed', 'added', 'outcomeRemoved', 'outcomeAdded', 'outcomeReworded', 'outcomeRewordedHow', 'placementNamed', 'placementUnnamed', 'placementChanged']),
    /** How a change within a statement is worded ({was}, {now}, {items}), and amounts in words ({n}). */
    change: words(['became', 'weekly', 'replacedBy', 'noAmount', 'amountStated', 'lengthDropped', 'perDropped', 'lengthStated', 'perStated', 'noLongerGroup', 'takenOutOne', 'takenOutMany', 'and', 'trainingDropped', 'trainingAdded', 'noOneNamed', 'nobody', 'trainingRemoved', 'trainingStated', 'willBecame', 'added', 'handedOver', 'qualificationDropped', 'staffDropped', 'orInstead', 'alternativeAdded', 'endsWhen', 'spanAdded', 'programmeUnnamed', 'dueByStated']),
    amounts: words(['hour', 'hours', 'minutes']),
    /** The comparison's own labels: listing, side-by-side page and DOCX (compare/format.ts, docx.ts). */
    labels: z.object({
      kinds: words(['removed', 'reduced', 'weakened', 'moved', 'added', 'strengthened', 'unchanged', 'changed']),
      about: words(['provision', 'outcome', 'placement']),
      ...words(['nothing', 'section', 'comparing', 'deadlines', 'before', 'after', 'whyItMatters', 'unchangedOne', 'unchangedMany', 'notInOld', 'notInNew', 'changesIn', 'columnChange', 'columnOld', 'columnNew', 'columnWhat', 'datesThatMatter', 'note', 'noStatements', 'heading', 'versions', 'footer', 'title', 'skip', 'docxWhat', 'docxWhy', 'docxDescription', 'docxGuide', 'docxNoChanges', 'docxChange']).shape,
    }).strict(),
  }),
  /** A plan against its advice: each verdict's detail, why a recommendation is vague, why a statement is weaker than advised (advice/). */
  advice: z.object({
    detail: words(['vague', 'missing', 'moved', 'carried', 'diluted']),
    vagueBecause: words(['noActivity', 'amountOpen', 'tentative', 'unmeasured', 'undescribed', 'noAmount']),
    reasons: words(['otherProgramme', 'programmeExample', 'addsHedge', 'noAmount', 'lessTime', 'noLength', 'unsized', 'noDeadline', 'noTrainees', 'lessOften', 'shorterSessions', 'noFrequency', 'noWhere', 'shorterCourse', 'lessQualified', 'leavesOut', 'leavesOutUpkeep', 'leavesOutCondition', 'narrowerExtent', 'group', 'indirect']),
    providers: words(['therapist', 'specialistTeacher', 'teacher', 'trainedAssistant', 'assistant', 'noOne']),
  }),
  /** Each section's short name, as reports, letters, comparisons and advice verdicts name it; H is H1 and H2 together. */
  sectionNames: z.object({ ...Object.fromEntries(SECTION_KEYS.map((k) => [k, z.string().min(1)])) as Record<SectionKey, z.ZodString>, H: z.string().min(1) }).strict(),
  /** The statutory title of each section A-K. */
  sectionTitles: z.object(Object.fromEntries(SECTION_KEYS.map((k) => [k, z.string().min(1)])) as Record<SectionKey, z.ZodString>),
  /** The report's one annotation per statement: what it names and what it lacks, in these words. */
  annotation: z.object({
    elements: z.record(z.string(), z.string().min(1)),
    saysBut: z.string().min(1),
    saysNothing: z.string().min(1),
    vague: z.string().min(1),
  }).optional(),
  rules: z.record(z.string().regex(RULE_ID, 'rule ids look like "provision.vague-term"'), Rule),
})
  .superRefine((r, ctx) => {
    r.vocabulary.conditions.forEach((c, i) => {
      if (c.vagueTerm && !r.vagueTerms.some((t) => t.term === c.vagueTerm)) ctx.addIssue({ code: 'custom', path: ['vocabulary', 'conditions', i, 'vagueTerm'], message: `"${c.vagueTerm}" is no term under vagueTerms` });
    });
  })
  // A condition that names a vague term reads that term's pattern: one list of hedges, not two.
  .transform((r) => ({ ...r, vocabulary: withConditionPatterns(r.vocabulary, r.vagueTerms) }));
export type Rubric = z.infer<typeof RubricSchema>;
export type RubricRule = z.infer<typeof Rule>;
export type VagueTermSpec = z.infer<typeof VagueTerm>;
export type ElementName = z.infer<typeof ELEMENT>;

/** Rule ids the analyser emits (the registry's); a rubric must define each (extends: default provides them). */
export { ruleIds };

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A rubric input error at a place in the rubric (a dotted path, as the user wrote it). */
class RubricInputError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

/** Deep-merges objects; arrays and scalars in `over` replace. `addX: [...]` appends to list `x`. */
function merge(base: unknown, over: unknown, at = ''): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const add = /^add([A-Z]\w*)$/.exec(k);
    if (add) {
      const target = add[1][0].toLowerCase() + add[1].slice(1);
      const current = out[target];
      if (!Array.isArray(current) || !Array.isArray(v)) throw new RubricInputError(at + k, `rubric: "${k}" must be a list that adds to the list "${target}"`);
      out[target] = [...current, ...v];
      continue;
    }
    out[k] = merge(base[k], v, `${at}${k}.`);
  }
  return out;
}

/**
 * Keys an organisation's rubric may still carry from an earlier format, read as their new place so a
 * stored rubric keeps working: `vocabulary.groupSizes` / `addGroupSizes` (group-size patterns, now one
 * table with the comparison's) add to `vocabulary.comparisonWords.groupWords`.
 */
function renamedKeys(over: Record<string, unknown>): Record<string, unknown> {
  const v = over.vocabulary;
  if (!isPlainObject(v) || (v.groupSizes === undefined && v.addGroupSizes === undefined)) return over;
  const { groupSizes, addGroupSizes, ...vocabulary } = v;
  const patterns = [groupSizes, addGroupSizes].flatMap((l, i) => {
    if (l === undefined) return [];
    if (!Array.isArray(l)) throw new RubricInputError(`vocabulary.${i ? 'addGroupSizes' : 'groupSizes'}`, 'rubric: a list of group-size patterns is expected');
    return l;
  });
  const cw = isPlainObject(vocabulary.comparisonWords) ? vocabulary.comparisonWords : {};
  const added = Array.isArray(cw.addGroupWords) ? cw.addGroupWords : [];
  const comparisonWords = { ...cw, addGroupWords: [...added, ...(patterns.length ? [{ patterns }] : [])] };
  return { ...over, vocabulary: { ...vocabulary, comparisonWords } };
}

/** Merges a rubric over its base; a rule given only its level keeps the base's words. */
function mergeRubric(base: Record<string, unknown>, given: Record<string, unknown>): unknown {
  const over = renamedKeys(given);
  const out = merge(base, over) as Record<string, unknown>;
  if (isPlainObject(base.rules) && isPlainObject(over.rules)) {
    const rules: Record<string, unknown> = { ...(out.rules as Record<string, unknown>) };
    for (const [id, v] of Object.entries(over.rules)) {
      if (typeof v === 'string' && LEVELS.includes(v) && isPlainObject(base.rules[id])) {
        const { severity: _old, ...words } = base.rules[id] as Record<string, unknown>;
        rules[id] = { ...words, level: v };
      } else if (isPlainObject(v) && (v.level !== undefined || v.severity !== undefined) && isPlainObject(base.rules[id])) {
        // A level set here wins over either name of it in the base.
        const { severity: _s, level: _l, ...words } = base.rules[id] as Record<string, unknown>;
        rules[id] = merge(words, v);
      }
    }
    out.rules = rules;
  }
  return out;
}

function formatIssues(error: z.ZodError, file: string): string {
  const lines = error.issues.slice(0, 8).map((i) => `  at ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
  return `Invalid rubric ${file}:\n${lines.join('\n')}`;
}

const cache = new Map<string, Rubric>();

/** sha256 of the source text each loaded rubric came from (reports record it). */
const sourceSha = new WeakMap<Rubric, string>();
const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The sha256 the report records: of the text the rubric was loaded from (the file given, not the
 * default it extends), or, for a rubric built in code, of its JSON.
 */
export function rubricSha256(rubric: Rubric): string {
  let sha = sourceSha.get(rubric);
  if (!sha) sourceSha.set(rubric, (sha = sha256Hex(JSON.stringify(rubric))));
  return sha;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`Cannot read rubric ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

// YAML is parsed only when no compiled copy of the rubric answers (yaml's Node entry is CommonJS).
let yamlModule: typeof import('yaml') | undefined;
const yaml = () => (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

function readRaw(file: string, seen: Set<string>, text = readText(file)): unknown {
  let raw: unknown;
  try {
    // The default's text is the one defaultRubricSource() read: parsed once per process (vocabulary.ts).
    raw = file === DEFAULT_RUBRIC_FILE ? defaultRubricYaml() : yaml().parse(text);
  } catch (e) {
    throw new Error(`Invalid rubric ${file}: not valid YAML (${(e as Error).message.split('\n')[0]})`);
  }
  if (!isPlainObject(raw)) throw new Error(`Invalid rubric ${file}: the file must be a YAML mapping`);
  const ext = raw.extends;
  if (ext === undefined) return raw;
  if (typeof ext !== 'string') throw new Error(`Invalid rubric ${file}:\n  at extends: must be "default" or a file path`);
  const baseFile = ext === 'default' ? DEFAULT_RUBRIC_FILE : resolve(dirname(file), ext);
  if (seen.has(baseFile)) throw new Error(`Invalid rubric ${file}:\n  at extends: circular extends`);
  seen.add(baseFile);
  const base = readRaw(baseFile, seen);
  const { extends: _drop, ...rest } = raw;
  return mergeRubric(base as Record<string, unknown>, rest);
}

/**
 * A rubric written without `extends` takes the default's vocabulary for each key it does not write, at
 * any depth (`vocabulary.lineRoles`, `vocabulary.lists.needWords`): a vocabulary key added in a later
 * version then reads the default's words, not none, so no judge is silently emptied. A list it writes
 * replaces the default's (and `addX:` adds to it), as under `extends: default`; keys outside the
 * vocabulary (rules, labels, the letter's words) it still gives itself. A rubric that extends the
 * default has every key already, and is unchanged.
 */
function withDefaultVocabulary(raw: unknown): unknown {
  if (!isPlainObject(raw) || (raw.vocabulary !== undefined && !isPlainObject(raw.vocabulary))) return raw;
  const base = { vocabulary: structuredClone(loadRubric().vocabulary) };
  const { vocabulary } = mergeRubric(base, { vocabulary: raw.vocabulary ?? {} }) as { vocabulary: unknown };
  return { ...raw, vocabulary };
}

/** Validates a rubric (the default's own text is validated as written: it is what the others fall back to). */
function validate(raw: unknown, file: string): Rubric {
  const res = RubricSchema.safeParse(raw);
  if (!res.success) throw new Error(formatIssues(res.error, file));
  const missing = ruleIds().filter((id) => !(id in res.data.rules));
  if (missing.length) throw new Error(`Invalid rubric ${file}:\n  at rules: missing rule${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (use "extends: default" to inherit them)`);
  return res.data;
}

/** Validates a rubric given as an object; a vocabulary key it does not write is the default's (withDefaultVocabulary). */
export function parseRubric(raw: unknown, file = '(rubric)'): Rubric {
  return validate(withDefaultVocabulary(raw), file);
}

export function loadRubric(file?: string): Rubric {
  const path = resolve(file ?? DEFAULT_RUBRIC_FILE);
  // Only the default is cached: a local authority's file may change between runs of a service.
  const hit = path === DEFAULT_RUBRIC_FILE ? cache.get(path) : undefined;
  if (hit) return hit;
  const source = path === DEFAULT_RUBRIC_FILE ? defaultRubricSource() : undefined;
  let rubric = source?.compiled;
  let sha = source?.sha256;
  if (!rubric) {
    const text = source?.text ?? readText(path);
    sha ??= sha256Hex(text);
    const raw = readRaw(path, new Set([path]), text);
    rubric = path === DEFAULT_RUBRIC_FILE ? validate(raw, 'rubrics/default.yaml') : parseRubric(raw, file ?? path);
  }
  sourceSha.set(rubric, sha!);
  if (path === DEFAULT_RUBRIC_FILE) cache.set(path, rubric);
  return rubric;
}

/** A section's short name from the rubric (the default's when none is given): "Special educational provision". */
export function sectionName(key: SectionKey | 'H', rubric?: Pick<Rubric, 'sectionNames'>): string {
  return (rubric ?? loadRubric()).sectionNames[key];
}

/** A section named with its short name in brackets: "Section G (health provision)". */
export function sectionInBrackets(key: string, rubric?: Partial<Pick<Rubric, 'sectionNames'>>): string {
  const names = (rubric?.sectionNames ?? loadRubric().sectionNames) as Record<string, string>;
  const name = names[key];
  // An acronym that opens the name ("NHS provision") keeps its capitals.
  return name ? `Section ${key} (${/^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name})` : `Section ${key}`;
}

/** One thing wrong with a rubric: where (a dotted path as written, '' for the whole text), why, and its line when known. */
export interface RubricProblem {
  path: string;
  message: string;
  line?: number;
}

export type RubricParse = { ok: true; rubric: Rubric; sha256: string } | { ok: false; errors: RubricProblem[] };

const MAX_PROBLEMS = 20;

/**
 * Parses and validates a rubric sent as YAML text (the service's PUT /v1/rubric), with every problem
 * located by its path and line. It may extend only the default: a path would read the server's files.
 */
export function parseRubricYaml(text: string): RubricParse {
  const lines = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  // In the order of the text, so a reader can work down the file.
  const fail = (errors: RubricProblem[]): RubricParse => ({ ok: false, errors: errors.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity)).slice(0, MAX_PROBLEMS) });
  if (doc.errors.length) return fail(doc.errors.map((e) => ({ path: '', message: `not valid YAML: ${e.message.split('\n')[0]}`, line: e.linePos?.[0].line })));
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return fail([{ path: '', message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` }]);
  }
  if (!isPlainObject(raw)) return fail([{ path: '', message: 'the rubric must be a YAML mapping of keys to values, like rubrics/default.yaml', line: 1 }]);
  const lineOf = (path: readonly PropertyKey[]) => locate(doc, lines, raw as Record<string, unknown>, path);
  const { extends: ext, ...rest } = raw;
  if (ext !== undefined && ext !== 'default') return fail([{ path: 'extends', message: 'a rubric can extend only "default" here', line: lineOf(['extends']) }]);
  let merged: unknown;
  try {
    merged = ext === 'default' ? mergeRubric(defaultRaw() as Record<string, unknown>, rest) : withDefaultVocabulary(raw);
  } catch (e) {
    if (e instanceof RubricInputError) return fail([{ path: e.path, message: e.message.replace(/^rubric: /, ''), line: lineOf(e.path.split('.')) }]);
    throw e;
  }
  const res = RubricSchema.safeParse(merged);
  if (!res.success) {
    return fail(res.error.issues.map((i) => {
      const path = userPath(raw as Record<string, unknown>, i.path);
      return { path: path.join('.'), message: i.message, line: lineOf(i.path) };
    }));
  }
  const missing = ruleIds().filter((id) => !(id in res.data.rules));
  if (missing.length) return fail([{ path: 'rules', message: `missing rule${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (use "extends: default" to inherit them)`, line: lineOf(['rules']) }]);
  const sha256 = sha256Hex(text);
  sourceSha.set(res.data, sha256);
  return { ok: true, rubric: res.data, sha256 };
}

let defaultRawCache: unknown;
function defaultRaw(): unknown {
  defaultRawCache ??= readRaw(DEFAULT_RUBRIC_FILE, new Set([DEFAULT_RUBRIC_FILE]));
  return structuredClone(defaultRawCache);
}

/**
 * A path in the merged rubric as the user wrote it: an item appended by `addVagueTerms` is at
 * vagueTerms[n] after the merge, but at addVagueTerms[n - base length] in the text; the same for
 * an `add*` key deeper down (`vocabulary: { preparingForAdulthood: { addWork: [...] } }`).
 */
function userPath(raw: Record<string, unknown>, path: readonly PropertyKey[]): PropertyKey[] {
  let own: unknown = raw;
  for (let i = 0; i + 1 < path.length; i++) {
    const [key, index] = [path[i], path[i + 1]];
    if (typeof key !== 'string' || !isPlainObject(own)) break;
    if (typeof index === 'number') {
      const addKey = `add${key[0].toUpperCase()}${key.slice(1)}`;
      if (!Array.isArray(own[addKey])) break;
      const list = Array.isArray(own[key]) ? own[key] : path.slice(0, i + 1).reduce<unknown>((o, k) => (isPlainObject(o) ? o[k as string] : undefined), defaultRaw());
      const length = Array.isArray(list) ? list.length : 0;
      return index >= length ? [...path.slice(0, i), addKey, index - length, ...path.slice(i + 2)] : [...path];
    }
    own = own[key];
  }
  return [...path];
}

/** The 1-based line of the deepest node of `path` that the text has (the path as merged). */
function locate(doc: Document, lines: LineCounter, raw: Record<string, unknown>, path: readonly PropertyKey[]): number | undefined {
  const p = userPath(raw, path).map((k) => (typeof k === 'symbol' ? String(k) : k));
  for (let n = p.length; n > 0; n--) {
    const node = doc.getIn(p.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

export { compileRubric, type CompiledRubric } from './vocabulary.ts';
