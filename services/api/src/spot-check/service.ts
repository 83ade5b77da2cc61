// Spot-checks, shared by the JSON API and the web pages: create (draw, store only the sample,
// queue each plan), read (plans and aggregate), delete (every sampled document with it).
import { randomUUID } from 'node:crypto';
import type { Rubric } from '../../../analyser/src/index.ts';
import { ruleIds } from '../../../analyser/src/rubric.ts';
import { SECTION_KEYS, type SectionKey } from '../../../analyser/src/report-schema.ts';
import { shred } from '../db/seal.ts';
import { ApiError } from '../errors.ts';
import type { UserPrincipal } from '../accounts.ts';
import type { AppContext } from '../context.ts';
import { actorOf } from '../auth.ts';
import { defaultRubric, ruleLevel, rubricFor } from '../org-rubric.ts';
import { linksFor, removeDocument, submitDocument, type Links } from '../routes/documents.ts';
import { aggregate, planRows, type Aggregate, type PlanRow, type SampledPlan } from './aggregate.ts';
import { addSpotCheckDocument, deleteSpotCheckRow, getSpotCheck, insertSpotCheck, sampledPlans, spotCheckAudit, spotCheckDocumentIds, type SpotCheckAction, type SpotCheckRow } from './repo.ts';
import { drawSample, newSeed, type HashedPlan, type Plan } from './sample.ts';
import { collectHashedPlansOffThread, DEFAULT_UNPACK_LIMITS } from './unpack.ts';

/** Band names best first, as the rubric orders them. */
export function bandOrder(rubric: Rubric = defaultRubric().rubric): string[] {
  return [...rubric.bands].sort((a, b) => b.min - a.min).map((b) => b.name);
}

/** The sections the rubric scores, in plan order: the per-section columns of the table. */
export function scoredSections(rubric: Rubric = defaultRubric().rubric): SectionKey[] {
  const weights = rubric.scoring.sectionWeights;
  return SECTION_KEYS.filter((k) => k in weights);
}

/** The rules the rubric checks (listed in the aggregate even when no plan fired them). */
const checkedRules = (rubric: Rubric) => ruleIds().filter((id) => id in rubric.rules && ruleLevel(rubric.rules[id]) !== 'off');

/** Each checked rule's level and weight: the dashboard lists the rules by legal weight. */
function ruleWeights(rubric: Rubric): Record<string, { severity: 'error' | 'warning' | 'info'; weight: number }> {
  const out: Record<string, { severity: 'error' | 'warning' | 'info'; weight: number }> = {};
  for (const id of checkedRules(rubric)) {
    const level = ruleLevel(rubric.rules[id]);
    if (level === 'error' || level === 'warning' || level === 'info') out[id] = { severity: level, weight: (rubric.rules[id] as { weight?: number }).weight ?? 0 };
  }
  return out;
}

export const spotCheckPath = (ctx: AppContext, id: string) => `${ctx.config.publicBaseUrl ?? ''}/v1/spot-checks/${id}`;

export interface CreatedSpotCheck {
  id: string;
  seed: string;
  sampleSize: number;
  requestedSampleSize: number;
  population: number;
}

/**
 * Draws the sample and submits only the sampled plans to the normal pipeline, as documents of the
 * adviser's organisation; the rest of the population is dropped here and never stored (input.files
 * is emptied).
 */
export async function createSpotCheck(ctx: AppContext, p: UserPrincipal, input: { files: Plan[]; sampleSize: number; seed?: string }): Promise<CreatedSpotCheck> {
  // Unpacked and hashed in a worker: the uploads' buffers move there (the caller's copies go too).
  const files = input.files.splice(0);
  let population: HashedPlan[] | null = await collectHashedPlansOffThread(files, { ...DEFAULT_UNPACK_LIMITS, maxPlanBytes: ctx.config.maxUploadBytes }, ctx.config.ingestTimeoutMs);
  const count = population.length;
  if (count === 0) throw new ApiError('invalid_request', 'No plans found: send the plans in "file" fields, or one zip holding them.');
  const seed = input.seed ?? newSeed();
  const sample = drawSample(population, input.sampleSize, seed);
  population = null; // data minimisation: only `sample` survives this function

  const id = randomUUID();
  const actor = actorOf(p);
  await insertSpotCheck(ctx.db, { id, orgId: p.orgId, userId: p.userId, seed, seedGenerated: input.seed === undefined, requestedSampleSize: input.sampleSize, sampleSize: sample.length, population: count });
  const created: string[] = [];
  try {
    for (const [i, plan] of sample.entries()) {
      const doc = await submitDocument(ctx, p, { name: plan.name, bytes: plan.bytes });
      created.push(doc.id);
      await addSpotCheckDocument(ctx.db, id, doc.id, i);
    }
    await spotCheckAudit(ctx.db, actor, p.orgId, 'created', id);
  } catch (e) {
    // Leave nothing half-made behind.
    for (const docId of created) await removeDocument(ctx, docId, actor, false).catch(() => {});
    await deleteSpotCheckRow(ctx.db, id).catch(() => {});
    await shred(ctx.db).catch(() => {});
    throw e;
  }
  ctx.logger.info({ spotCheckId: id, population: count, sampleSize: sample.length }, 'spot-check created');
  return { id, seed, sampleSize: sample.length, requestedSampleSize: input.sampleSize, population: count };
}

export interface SpotCheckPlanView {
  documentId: string;
  name: string;
  position: number;
  state: SampledPlan['state'];
  error?: { code: string; message: string };
  score: number | null;
  band: string | null;
  links: Links;
}

export interface SpotCheckView {
  row: SpotCheckRow;
  plans: SampledPlan[];
  rows: PlanRow[];
  aggregate: Aggregate;
  sectionKeys: SectionKey[];
}

/** The spot-check with its plans and aggregate, or null when the organisation has no such spot-check. */
export async function loadSpotCheck(ctx: AppContext, orgId: string, id: string): Promise<SpotCheckView | null> {
  const row = await getSpotCheck(ctx.db, orgId, id);
  if (!row) return null;
  const plans = await sampledPlans(ctx.db, id);
  // The organisation's rubric (its plans were analysed with it): its bands, sections and rules.
  const { rubric } = await rubricFor(ctx.db, orgId, ctx.logger);
  const sectionKeys = scoredSections(rubric);
  return { row, plans, rows: planRows(plans, sectionKeys), aggregate: aggregate(plans, { ruleIds: checkedRules(rubric), bandOrder: bandOrder(rubric), ruleWeights: ruleWeights(rubric) }), sectionKeys };
}

/** The JSON answer of GET /v1/spot-checks/{id}. */
export function spotCheckJson(ctx: AppContext, v: SpotCheckView) {
  const self = spotCheckPath(ctx, v.row.id);
  return {
    id: v.row.id,
    seed: v.row.seed,
    seedGenerated: v.row.seed_generated,
    sampleSize: v.row.sample_size,
    requestedSampleSize: v.row.requested_sample_size,
    population: v.row.population,
    createdAt: new Date(v.row.created_at).toISOString(),
    plans: v.rows.map(
      (r): SpotCheckPlanView => ({
        documentId: r.documentId,
        name: r.name,
        position: r.position + 1,
        state: r.state,
        ...(r.state === 'failed' ? { error: v.plans.find((p) => p.documentId === r.documentId)?.error ?? { code: 'internal_error', message: '' } } : {}),
        score: r.score,
        band: r.band,
        links: linksFor(ctx, r.documentId),
      }),
    ),
    aggregate: v.aggregate,
    links: { self, csv: `${self}?format=csv` },
  };
}

export async function auditSpotCheck(ctx: AppContext, p: UserPrincipal, action: SpotCheckAction, id: string): Promise<void> {
  await spotCheckAudit(ctx.db, actorOf(p), p.orgId, action, id);
}

/** Deletes every sampled document (as a document deletion, audited each) and then the spot-check. */
export async function deleteSpotCheck(ctx: AppContext, p: UserPrincipal, id: string): Promise<void> {
  const actor = actorOf(p);
  for (const docId of await spotCheckDocumentIds(ctx.db, id)) await removeDocument(ctx, docId, actor, false);
  await deleteSpotCheckRow(ctx.db, id);
  await shred(ctx.db);
  await spotCheckAudit(ctx.db, actor, p.orgId, 'deleted', id);
}
