// A comparison of two versions of one plan: the contract's "Comparing two versions" (schemaVersion 1).
// Fields may be added; none may be renamed, dropped or change meaning without a new schemaVersion.
import { z } from 'zod';
import { ERROR_CODES } from '../../../ingest/src/errors.ts';
import { DeadlineEntry, ReportDocument, SectionKey } from '../report-schema.ts';

export const CHANGE_KINDS = ['removed', 'reduced', 'weakened', 'moved', 'added', 'strengthened', 'unchanged', 'changed'] as const;
export const ChangeKind = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** Kinds that take provision away from the child: a family should look at each. */
export const CUT_KINDS: readonly ChangeKind[] = ['removed', 'reduced', 'weakened', 'moved'];

const offset = z.number().int().nonnegative();

export const ChangeSide = z.object({
  text: z.string(),
  start: offset.describe("Character offset into that version's normalised text"),
  end: offset,
  section: SectionKey,
});
export type ChangeSide = z.infer<typeof ChangeSide>;

export const Change = z.object({
  section: SectionKey.describe('The section in the new version (the old one for removed)'),
  kind: ChangeKind.describe('Provision: removed | reduced | weakened | moved | added | strengthened | unchanged. Outcomes and Section I: removed | added | changed | unchanged'),
  before: ChangeSide.nullable().describe('null for added'),
  after: ChangeSide.nullable().describe('null for removed'),
  detail: z.string().describe('What changed, in plain English ("45 minutes weekly became 30 minutes weekly")'),
  // Added fields (the contract allows additions).
  about: z.enum(['provision', 'outcome', 'placement']).describe('What the statement is: provision (F, G, H1, H2), an outcome (E) or the placement (I)'),
  why: z.string().describe('Why it matters, with the law where it applies; empty for unchanged'),
});
export type Change = z.infer<typeof Change>;

export const ComparedDocument = z.object({ document: ReportDocument });

export const Comparison = z.object({
  schemaVersion: z.literal(1),
  old: ComparedDocument,
  new: ComparedDocument,
  changes: z.array(Change),
  // Added (the contract allows additions): offsets are into the new version's text.
  deadlines: z.array(DeadlineEntry).optional().describe("Statutory dates that run from the new version (representations on a draft or proposed amendments: 15 days beginning with the day it was served), each with its reference"),
});
export type Comparison = z.infer<typeof Comparison>;

/** A comparison that could not be made: the version that could not be read carries the error. */
export const FailedComparison = z.object({
  schemaVersion: z.literal(1),
  old: z.object({ document: z.object({ name: z.string() }).passthrough(), error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).optional() }),
  new: z.object({ document: z.object({ name: z.string() }).passthrough(), error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).optional() }),
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});
export type FailedComparison = z.infer<typeof FailedComparison>;
