// Gold labels for the synthetic corpus, written from shared/rubric-reference.md alone.
import { z } from 'zod';

export const GOLD_SECTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K'] as const;
export const GoldSectionKey = z.enum(GOLD_SECTION_KEYS);
export type GoldSectionKey = z.infer<typeof GoldSectionKey>;

/** "H" is a plan's single social care section: it stands for H1 and H2 together (reference §1). */
export const GoldProvisionSection = z.enum(['F', 'G', 'H1', 'H2', 'H']);
export type GoldProvisionSection = z.infer<typeof GoldProvisionSection>;

export const ELEMENT_KEYS = ['activity', 'provider', 'qualification', 'frequency', 'duration', 'groupSize'] as const;
export type ElementKey = (typeof ELEMENT_KEYS)[number];
export const GoldElements = z.object({
  activity: z.boolean(),
  provider: z.boolean(),
  qualification: z.boolean(),
  frequency: z.boolean(),
  duration: z.boolean(),
  groupSize: z.boolean(),
});
export type GoldElements = z.infer<typeof GoldElements>;

export const GoldProvision = z.object({
  /** Verbatim text (a contiguous piece of the plan, whitespace aside) that locates the statement. */
  quote: z.string().min(8),
  section: GoldProvisionSection,
  specific: z.boolean(),
  elements: GoldElements,
  /** Terms that govern the provision and make it vague; empty for a specific statement. */
  vagueTerms: z.array(z.string()),
});
export type GoldProvision = z.infer<typeof GoldProvision>;

export const GoldOutcome = z
  .object({
    quote: z.string().min(8),
    measurable: z.boolean(),
    timeBound: z.boolean(),
    smart: z.boolean(),
    preparingForAdulthood: z.boolean(),
  })
  .refine((o) => !o.smart || (o.measurable && o.timeBound), { message: 'a SMART outcome must be measurable and time-bound' });
export type GoldOutcome = z.infer<typeof GoldOutcome>;

export const CHECK_KEYS = [
  'healthNeedsWithoutProvision',
  'socialCareNeedsWithoutProvision',
  'preparingForAdulthoodMissing',
  'therapyOnlyInHealth',
  'placementInDraft',
  'placementMissing',
  'statementWording',
] as const;
export type GoldCheckKey = (typeof CHECK_KEYS)[number];
export const GoldChecks = z.object({
  healthNeedsWithoutProvision: z.boolean(),
  socialCareNeedsWithoutProvision: z.boolean(),
  preparingForAdulthoodMissing: z.boolean(),
  therapyOnlyInHealth: z.boolean(),
  placementInDraft: z.boolean(),
  placementMissing: z.boolean(),
  statementWording: z.boolean(),
});
export type GoldChecks = z.infer<typeof GoldChecks>;

export const PlanGold = z
  .object({
    id: z.string().regex(/^p\d{2}$/),
    /** What the plan is built to exercise (template, traps, hard cases). */
    description: z.string(),
    producers: z.object({ docx: z.literal('soffice'), pdf: z.enum(['chromium', 'soffice']) }),
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
