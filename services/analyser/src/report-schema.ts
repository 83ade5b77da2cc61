// The report: the public contract (shared/contract.md, schemaVersion 1).
// Fields may be added; none may be renamed, dropped or change meaning without a new schemaVersion.
import { z } from 'zod';
import { ERROR_CODES } from '../../ingest/src/errors.ts';

export const SECTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K'] as const;
export const SectionKey = z.enum(SECTION_KEYS);
export type SectionKey = z.infer<typeof SectionKey>;

export const PROVISION_SECTIONS = ['F', 'G', 'H1', 'H2'] as const satisfies readonly SectionKey[];

const offset = z.number().int().nonnegative();
const page = z.number().int().positive().nullable();

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A sha256 in hex, as a report records a document's and a rubric's. */
const SHA256 = /^[0-9a-f]{64}$/;
/** A rule's id: its family and name ("provision.vague-term"); the rubric's `rules:` keys are these too. */
export const RULE_ID = /^[a-z]+(\.[a-z0-9-]+)+$/;

export const ReportDocument = z.object({
  name: z.string(),
  mediaType: z.string(),
  sha256: z.string().regex(SHA256),
  pages: z.number().int().nonnegative().nullable(),
  characters: z.number().int().nonnegative(),
});

export const ReportSection = z.object({
  key: SectionKey,
  title: z.string(),
  start: offset,
  end: offset,
  page,
  score: z.number().min(0).max(100).nullable().describe('0-100 from the rubric; null for a section the rubric does not score'),
  band: z.string().nullable(),
});

/** A provision statement's six elements (rubric-reference §2), in the order reports, gold and labels list them. */
export const ELEMENT_KEYS = ['activity', 'provider', 'qualification', 'frequency', 'duration', 'groupSize'] as const;
export type ElementKey = (typeof ELEMENT_KEYS)[number];
export const Elements = z.object(Object.fromEntries(ELEMENT_KEYS.map((k) => [k, z.boolean()])) as Record<ElementKey, z.ZodBoolean>);
export type Elements = z.infer<typeof Elements>;

export const Provision = z.object({
  section: z.enum(PROVISION_SECTIONS),
  text: z.string(),
  start: offset,
  end: offset,
  page,
  specific: z.boolean(),
  elements: Elements,
  vagueTerms: z.array(z.string()),
  /** Combined tables: an id shared by the need, provision and outcome cells of one row; else null. */
  row: z.number().int().nullable().default(null),
  /** The area of need the statement meets (the table's area heading or the row's need cell); else null. */
  area: z.string().nullable().default(null),
});
export type Provision = z.infer<typeof Provision>;

export const Outcome = z.object({
  text: z.string(),
  start: offset,
  end: offset,
  page,
  smart: z.boolean(),
  measurable: z.boolean(),
  timeBound: z.boolean(),
  preparingForAdulthood: z.boolean(),
  row: z.number().int().nullable().default(null),
  area: z.string().nullable().default(null),
});
export type Outcome = z.infer<typeof Outcome>;

export const PlanInfo = z.object({
  status: z.enum(['draft', 'final', 'unknown']),
  yearGroup: z.number().int().min(-2).max(14).nullable().describe('National curriculum year; 0 is Reception, negative for nursery'),
  childName: z.string().nullable().optional().describe("The child's or young person's first name as the plan gives it, for the letter; null when the plan does not show it"),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional().describe("The plan's own date (of issue, of the draft or final), ISO 8601; null when the plan shows none"),
});

export const CHECK_KEYS = [
  'healthNeedsWithoutProvision',
  'socialCareNeedsWithoutProvision',
  'preparingForAdulthoodMissing',
  'therapyOnlyInHealth',
  'placementInDraft',
  'placementMissing',
  'statementWording',
] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];
export const Checks = z.object(Object.fromEntries(CHECK_KEYS.map((k) => [k, z.boolean()])) as Record<CheckKey, z.ZodBoolean>);
export type Checks = z.infer<typeof Checks>;

export const Finding = z.object({
  ruleId: z.string().regex(RULE_ID),
  severity: Severity,
  section: SectionKey.nullable(),
  start: offset,
  end: offset,
  page,
  quote: z.string(),
  message: z.string().min(1),
  suggestion: z.string(),
  reference: z.string(),
});
export type Finding = z.infer<typeof Finding>;

// A plan against its advice (contract: "A plan against its advice"): one entry per recommendation.
export const ADVICE_VERDICTS = ['carried', 'diluted', 'missing', 'moved', 'adviceVague'] as const;
export const AdviceEntry = z.object({
  source: z.string().describe('the advice report\'s file name'),
  text: z.string(),
  start: offset.describe('into the advice report\'s own text'),
  end: offset,
  verdict: z.enum(ADVICE_VERDICTS),
  provision: z.object({ text: z.string(), start: offset, end: offset, section: z.enum(PROVISION_SECTIONS) }).nullable(),
  detail: z.string().optional().describe('plain English: what was advised and what the plan says'),
});
export type AdviceEntry = z.infer<typeof AdviceEntry>;

// Statutory dates computed from dates in the plan (services/analyser/src/deadlines.ts).
export const DeadlineEntry = z.object({
  kind: z.enum(['draftRepresentations', 'amendmentRepresentations', 'finalPlan', 'reviewDecision', 'amendedFinal', 'phaseTransfer']),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  fromWhat: z.string(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  explanation: z.string(),
  reference: z.string(),
  start: offset.optional(),
  end: offset.optional(),
});
export type DeadlineEntry = z.infer<typeof DeadlineEntry>;

export const Report = z.object({
  schemaVersion: z.literal(1),
  document: ReportDocument,
  text: z.string().optional(),
  sections: z.array(ReportSection),
  missingSections: z.array(SectionKey),
  provisions: z.array(Provision),
  outcomes: z.array(Outcome),
  plan: PlanInfo,
  checks: Checks,
  findings: z.array(Finding),
  score: z.object({ overall: z.number().min(0).max(100), band: z.string() }),
  rubric: z.object({ id: z.string(), version: z.string(), sha256: z.string().regex(SHA256).describe('sha256 of the rubric\'s source text') }),
  advice: z.array(AdviceEntry).optional(),
  deadlines: z.array(DeadlineEntry).optional(),
});
export type Report = z.infer<typeof Report>;

/** A file that could not be read keeps its place in a batch with this shape. */
export const FailedReport = z.object({
  document: z.object({ name: z.string() }),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});
export type FailedReport = z.infer<typeof FailedReport>;
