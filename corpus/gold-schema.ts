// Gold labels for the synthetic corpus, written from shared/rubric-reference.md alone.
// Its shapes that are the report's own (section keys, the six elements, the plan checks) are the
// report schema's, so that gold and report cannot drift apart.
import { z } from 'zod';
import { CHECK_KEYS, Checks, ELEMENT_KEYS, Elements, SECTION_KEYS, type CheckKey, type ElementKey } from '../services/analyser/src/report-schema.ts';

export { CHECK_KEYS, ELEMENT_KEYS, type ElementKey };
export const GOLD_SECTION_KEYS = SECTION_KEYS;
export const GoldSectionKey = z.enum(GOLD_SECTION_KEYS);
export type GoldSectionKey = z.infer<typeof GoldSectionKey>;

/** "H" is a plan's single social care section: it stands for H1 and H2 together (reference §1). */
export const GoldProvisionSection = z.enum(['F', 'G', 'H1', 'H2', 'H']);
export type GoldProvisionSection = z.infer<typeof GoldProvisionSection>;

export const GoldElements = Elements;
export type GoldElements = Elements;

export const GoldProvision = z.object({
  /** Verbatim text (a contiguous piece of the plan, whitespace aside) that locates the statement. */
  quote: z.string().min(8),
  section: GoldProvisionSection,
  specific: z.boolean(),
  elements: GoldElements,
  /** Terms that govern the provision and make it vague; empty for a specific statement. */
  vagueTerms: z.array(z.string()),
  /** Combined tables (national template): the gold row id shared by the cells of one row; absent where not labelled. */
  row: z.number().int().optional(),
  /** The area of need the row or heading names (B-F-E heading, or the need cell of a C-G-E / D-H1-H2-E row). */
  area: z.string().optional(),
});
export type GoldProvision = z.infer<typeof GoldProvision>;

export const GoldOutcome = z
  .object({
    quote: z.string().min(8),
    measurable: z.boolean(),
    timeBound: z.boolean(),
    smart: z.boolean(),
    preparingForAdulthood: z.boolean(),
    row: z.number().int().optional(),
    area: z.string().optional(),
  })
  .refine((o) => !o.smart || (o.measurable && o.timeBound), { message: 'a SMART outcome must be measurable and time-bound' });
export type GoldOutcome = z.infer<typeof GoldOutcome>;

export type GoldCheckKey = CheckKey;
export const GoldChecks = Checks;
export type GoldChecks = Checks;

/** Layout families `npm run accuracy` reports apart: each LA's own form (p01-p42), the national template, flattened text. */
export const LAYOUTS = ['la-form', 'national', 'flattened'] as const;
export const Layout = z.enum(LAYOUTS);
export type Layout = z.infer<typeof Layout>;
/** How far the form is filled in: a blank or half-filled form is a test input of its own. */
export const FormState = z.enum(['filled', 'half-filled', 'blank']);
export const GOLD_FORMATS = ['txt', 'docx', 'pdf'] as const;
/** Findings about the document as a whole (contract: section null) or its template text, scored by presence. */
export const DOCUMENT_RULES = ['plan.unfilled-template', 'document.unreadable-text', 'plan.placeholder-text'] as const;
export const ExpectedFinding = z.object({
  ruleId: z.enum(DOCUMENT_RULES),
  /** document.unreadable-text: the 1-based pages whose text layer is garbled (PDF only). */
  pages: z.array(z.number().int().positive()).optional(),
});
export type ExpectedFinding = z.infer<typeof ExpectedFinding>;

export const PlanGold = z
  .object({
    id: z.string().regex(/^p\d{2,3}$/),
    /** What the plan is built to exercise (template, traps, hard cases). */
    description: z.string(),
    // 'docx': the docx library (flattened plans built where LibreOffice is not installed).
    producers: z.object({ docx: z.enum(['soffice', 'docx']), pdf: z.enum(['chromium', 'soffice']) }),
    layout: Layout,
    form: FormState,
    /** The formats this plan exists in (a garbled PDF has no DOCX or text of its own). */
    formats: z.array(z.enum(GOLD_FORMATS)).min(1),
    /** The whole-document and template findings the report must carry (and, by omission, must not). */
    expectedFindings: z.array(ExpectedFinding),
    /** A document that cannot be analysed at all fails with this error code (contract). */
    expectedError: z.enum(['unreadable_text']).nullable(),
    /** An upper bound on the report's findings (a blank form must not flood the reader). */
    maxFindings: z.number().int().positive().nullable(),
    /** Sections present (a single "H" is listed as both H1 and H2). */
    sections: z.array(GoldSectionKey),
    missingSections: z.array(GoldSectionKey),
    singleH: z.boolean(),
    provisions: z.array(GoldProvision),
    outcomes: z.array(GoldOutcome),
    plan: z.object({
      status: z.enum(['draft', 'final', 'unknown']),
      yearGroup: z.number().int().min(-2).max(14).nullable(),
    }),
    checks: GoldChecks,
  })
  .refine((g) => g.sections.every((k) => !g.missingSections.includes(k)), { message: 'a section cannot be both present and missing' })
  .refine((g) => GOLD_SECTION_KEYS.every((k) => g.sections.includes(k) || g.missingSections.includes(k)), {
    message: 'every section A-K must be either present or missing',
  });
export type PlanGold = z.infer<typeof PlanGold>;

export const ProvisionLine = z.object({
  text: z.string().min(5),
  section: GoldProvisionSection,
  specific: z.boolean(),
  elements: GoldElements,
  vagueTerms: z.array(z.string()),
  why: z.string().min(5),
});
export type ProvisionLine = z.infer<typeof ProvisionLine>;

export const OutcomeLine = z
  .object({
    text: z.string().min(5),
    measurable: z.boolean(),
    timeBound: z.boolean(),
    smart: z.boolean(),
    preparingForAdulthood: z.boolean(),
    why: z.string().min(5),
  })
  .refine((o) => !o.smart || (o.measurable && o.timeBound), { message: 'a SMART outcome must be measurable and time-bound' });
export type OutcomeLine = z.infer<typeof OutcomeLine>;
