// The API's request and response shapes: used to validate requests and to write /openapi.json.
import { z } from 'zod';
import { ERROR_CODES } from '../../ingest/src/errors.ts';
import { AUDIT_ACTIONS, DOCUMENT_STATES } from './store.ts';

export const DocumentId = z.uuid();
// Any string: a malformed key is just a wrong key, which answers 404 like every other miss.
export const CapabilityKey = z.string().max(200).describe('The capability key from an anonymous upload\'s links');

export const DocumentParams = z.object({ id: z.string() });
export const KeyQuery = z.object({ key: CapabilityKey.optional() });
export const ReportQuery = z.object({
  key: CapabilityKey.optional(),
  include: z.enum(['text']).optional().describe('include=text adds the normalised extracted text the offsets point into'),
});
export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional().describe('nextCursor from the previous page'),
});
export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  documentId: DocumentId.optional(),
});

export const ErrorInfo = z.object({ code: z.enum(ERROR_CODES), message: z.string() });
export const State = z.enum(DOCUMENT_STATES);

export const Links = z.object({
  self: z.string().describe('Status (GET) and deletion (DELETE) of the document'),
  report: z.string().describe('The report, as JSON or as an annotated web page'),
});

export const Accepted = z.object({ id: z.string(), state: z.literal('queued'), links: Links });
export const DocumentStatus = z.object({ id: z.string(), state: State, error: ErrorInfo.optional(), links: Links });
export const DocumentListItem = z.object({ id: z.string(), state: State, name: z.string().nullable(), createdAt: z.string(), links: Links });
export const DocumentList = z.object({ documents: z.array(DocumentListItem), nextCursor: z.string().nullable() });
export const AuditEvent = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string().describe('"user:<id>" or "anonymous capability"'),
  action: z.enum(AUDIT_ACTIONS).describe("A document's (created, read, exported, deleted, note_added), a spot-check's (spot_check_*) or the organisation's rubric's (rubric_set, rubric_deleted)"),
  documentId: z.string().optional().describe("The document, for a document's events"),
  spotCheckId: z.string().optional().describe("The spot-check, for a spot-check's events"),
  rubric: z.object({ id: z.string(), version: z.string(), sha256: z.string() }).optional().describe('The rubric set or removed, for rubric_set and rubric_deleted'),
});
export const AuditList = z.object({ events: z.array(AuditEvent) });
export const Health = z.object({ status: z.string() });
export const Ready = z.object({ status: z.enum(['ready', 'unavailable']), checks: z.object({ storage: z.boolean(), queue: z.boolean() }), warnings: z.array(z.string()).optional().describe('what keeps deletion from leaving nothing readable (PostgreSQL settings); absent when nothing does') });

// Spot-checks (routes/spot-checks.ts): an adviser's reproducible random sample of plans.
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
export const SpotCheckId = z.uuid();
export const SpotCheckSeed = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9 ._:-]+$/, 'letters, digits, spaces and . _ : - only')
  .describe('Any short text; the same plans with the same seed always draw the same sample');
/** The form fields beside the files (multipart values are strings). */
export const SpotCheckFields = z.object({
  sampleSize: z.preprocess(
    blankToUndefined,
    z.string({ error: 'sampleSize is required' }).trim().regex(/^\d{1,6}$/, 'a whole number of at least 1').transform(Number).pipe(z.number().int().min(1, 'at least 1')),
  ),
  seed: z.preprocess(blankToUndefined, SpotCheckSeed.optional()),
});
/** The multipart body as documented in /openapi.json. */
export const SpotCheckUpload = z.object({
  file: z.array(z.string()).min(1).describe('The plans (PDF, DOCX, plain text or Markdown), one per "file" field; or one zip holding them'),
  sampleSize: z.number().int().min(1).describe('How many plans to draw; the whole set when it holds fewer'),
  seed: SpotCheckSeed.optional().describe('Optional; generated and returned when absent'),
});
export const SpotCheckListQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(50) });
export const SpotCheckLinks = z.object({ self: z.string(), csv: z.string().describe('The per-plan table as CSV (or GET self with Accept: text/csv)') });
export const SpotCheckAccepted = z.object({
  id: z.string(),
  seed: z.string(),
  sampleSize: z.number().int().describe('Plans drawn: the smaller of the requested size and the population'),
  requestedSampleSize: z.number().int(),
  population: z.number().int().describe('Plans submitted (files, or entries of the zip); only the sample is kept'),
  links: z.object({ self: z.string() }),
});
const Stats = z.object({ count: z.number().int(), mean: z.number().nullable(), min: z.number().nullable(), max: z.number().nullable() });
export const SpotCheckPlan = z.object({
  documentId: z.string(),
  name: z.string(),
  position: z.number().int().describe('1-based place in the draw'),
  state: State,
  error: ErrorInfo.optional(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  links: Links,
});
export const SpotCheckAggregate = z.object({
  progress: z.object({ total: z.number().int(), done: z.number().int(), failed: z.number().int(), pending: z.number().int() }),
  overall: Stats.describe('Overall scores of the plans that are done'),
  rules: z.array(z.object({ ruleId: z.string(), name: z.string(), plans: z.number().int().describe('Done plans in which the rule fired'), findings: z.number().int() })),
  sections: z.array(Stats.extend({ key: z.string(), scores: z.array(z.number().nullable()).describe('Per done plan, in draw order') })),
  bands: z.array(z.object({ band: z.string(), plans: z.number().int() })),
});
export const SpotCheck = z.object({
  id: z.string(),
  seed: z.string(),
  seedGenerated: z.boolean(),
  sampleSize: z.number().int(),
  requestedSampleSize: z.number().int(),
  population: z.number().int(),
  createdAt: z.string(),
  plans: z.array(SpotCheckPlan),
  aggregate: SpotCheckAggregate,
  links: SpotCheckLinks,
});
export const SpotCheckListItem = z.object({
  id: z.string(),
  seed: z.string(),
  sampleSize: z.number().int(),
  population: z.number().int(),
  createdAt: z.string(),
  progress: z.object({ total: z.number().int(), done: z.number().int(), failed: z.number().int(), pending: z.number().int() }),
  links: z.object({ self: z.string() }),
});
export const SpotCheckList = z.object({ spotChecks: z.array(SpotCheckListItem) });

// An organisation's rubric (routes/rubric.ts).
export const RubricProblem = z.object({
  path: z.string().describe('Where in the rubric, as written: dotted keys and list positions ("rules.provision.vague-term.severity", "addVagueTerms.0.pattern"); empty for the whole text'),
  message: z.string(),
  line: z.number().int().optional().describe('1-based line of the YAML text, when the place is in it'),
});
export const InvalidRubric = z.object({
  error: z.object({ code: z.literal('invalid_rubric'), message: z.string(), details: z.array(RubricProblem) }),
});
export const RubricSet = z.object({ id: z.string(), version: z.string(), sha256: z.string().describe('sha256 of the YAML text; reports analysed with it record the same') });
export const EffectiveRubric = z.object({
  id: z.string(),
  version: z.string(),
  sha256: z.string().describe('sha256 of the rubric\'s YAML text (GET with Accept: application/yaml answers that text)'),
  custom: z.boolean().describe('true: the organisation\'s own rubric; false: the default'),
  setAt: z.string().nullable(),
  setBy: z.string().nullable().describe('"user:<id>" of who set it; null for the default'),
  rubric: z.record(z.string(), z.unknown()).describe('The rubric as the analyser uses it: the default with the organisation\'s changes applied'),
});
