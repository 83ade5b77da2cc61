// Storage of spot-checks (migrations/003_spot_checks.sql): the same SQL on PGlite and PostgreSQL.
import type { Report } from '../../../analyser/src/report-schema.ts';
import type { Db, Queryable } from '../db/db.ts';
import { openTextOrNull } from '../db/seal.ts';
import { openResult, type DocumentState } from '../store.ts';
import type { SampledPlan } from './aggregate.ts';

export interface SpotCheckRow {
  id: string;
  org_id: string;
  created_by: string | null;
  seed: string;
  seed_generated: boolean;
  requested_sample_size: number;
  sample_size: number;
  population: number;
  created_at: Date;
}

export type SpotCheckAction = 'created' | 'read' | 'exported' | 'deleted';

export async function insertSpotCheck(
  q: Queryable,
  s: { id: string; orgId: string; userId: string; seed: string; seedGenerated: boolean; requestedSampleSize: number; sampleSize: number; population: number },
): Promise<void> {
  await q.query(
    `INSERT INTO spot_checks (id, org_id, created_by, seed, seed_generated, requested_sample_size, sample_size, population)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [s.id, s.orgId, s.userId, s.seed, s.seedGenerated, s.requestedSampleSize, s.sampleSize, s.population],
  );
}

/** The plan's name is not kept here: the document keeps it, sealed (migrations/004). */
export async function addSpotCheckDocument(q: Queryable, spotCheckId: string, documentId: string, position: number): Promise<void> {
  await q.query('INSERT INTO spot_check_documents (spot_check_id, document_id, position) VALUES ($1, $2, $3)', [spotCheckId, documentId, position]);
}

/** The spot-check if it belongs to the organisation (anything else looks like absence). */
export async function getSpotCheck(q: Queryable, orgId: string, id: string): Promise<SpotCheckRow | null> {
  const r = await q.query<SpotCheckRow>('SELECT * FROM spot_checks WHERE id = $1 AND org_id = $2', [id, orgId]);
  return r.rows[0] ?? null;
}

export interface ListedSpotCheck extends SpotCheckRow {
  done: number;
  failed: number;
  total: number;
}

/** The organisation's spot-checks, newest first, with their progress. */
export async function listSpotChecks(q: Queryable, orgId: string, limit: number): Promise<ListedSpotCheck[]> {
  const r = await q.query<ListedSpotCheck>(
    `SELECT s.*,
            COUNT(d.id)::int AS total,
            COUNT(d.id) FILTER (WHERE d.state = 'done')::int AS done,
            COUNT(d.id) FILTER (WHERE d.state = 'failed')::int AS failed
       FROM spot_checks s
       LEFT JOIN spot_check_documents sd ON sd.spot_check_id = s.id
       LEFT JOIN documents d ON d.id = sd.document_id
      WHERE s.org_id = $1
      GROUP BY s.id
      ORDER BY s.created_at DESC, s.id DESC
      LIMIT $2`,
    [orgId, limit],
  );
  return r.rows;
}

/** How many of a spot-check's plans are done and failed, or null when the organisation has no such spot-check. */
export async function spotCheckProgress(q: Queryable, orgId: string, id: string): Promise<{ done: number; failed: number; total: number } | null> {
  const r = await q.query<{ done: number; failed: number; total: number }>(
    `SELECT COUNT(d.id)::int AS total,
            COUNT(d.id) FILTER (WHERE d.state = 'done')::int AS done,
            COUNT(d.id) FILTER (WHERE d.state = 'failed')::int AS failed
       FROM spot_checks s
       LEFT JOIN spot_check_documents sd ON sd.spot_check_id = s.id
       LEFT JOIN documents d ON d.id = sd.document_id
      WHERE s.id = $1 AND s.org_id = $2
      GROUP BY s.id`,
    [id, orgId],
  );
  return r.rows[0] ?? null;
}

/** The sampled plans still present, in draw order, with their state and (when done) report. */
export async function sampledPlans(db: Db, spotCheckId: string): Promise<SampledPlan[]> {
  const r = await db.query<{
    document_id: string;
    name: string | null;
    name_sealed: Uint8Array | null;
    key: Uint8Array | null;
    position: number;
    state: DocumentState;
    error_code: string | null;
    error_message: string | null;
    sealed: Uint8Array | null;
  }>(
    `SELECT sd.document_id, sd.name, d.name_sealed, k.key, sd.position, d.state, d.error_code, d.error_message, r.sealed
       FROM spot_check_documents sd
       JOIN documents d ON d.id = sd.document_id
       LEFT JOIN document_keys k ON k.document_id = sd.document_id
       LEFT JOIN reports r ON r.document_id = sd.document_id
      WHERE sd.spot_check_id = $1
      ORDER BY sd.position`,
    [spotCheckId],
  );
  const plans: SampledPlan[] = [];
  for (const x of r.rows) {
    const report = x.state === 'done' ? await openResult(db, x.document_id, 'report', x.key, x.sealed) : null;
    plans.push({
      documentId: x.document_id,
      name: openTextOrNull(x.key, x.document_id, 'name', x.name_sealed) ?? x.name ?? 'plan',
      position: x.position,
      state: x.state,
      error: x.state === 'failed' ? { code: x.error_code ?? 'internal_error', message: x.error_message ?? '' } : null,
      report: report === null ? null : (JSON.parse(report) as Report),
    });
  }
  return plans;
}

export async function spotCheckDocumentIds(q: Queryable, spotCheckId: string): Promise<string[]> {
  return (await q.query<{ document_id: string }>('SELECT document_id FROM spot_check_documents WHERE spot_check_id = $1 ORDER BY position', [spotCheckId])).rows.map((r) => r.document_id);
}

export async function deleteSpotCheckRow(q: Queryable, id: string): Promise<boolean> {
  return (await q.query('DELETE FROM spot_checks WHERE id = $1 RETURNING id', [id])).rows.length > 0;
}

export async function spotCheckAudit(q: Queryable, actor: string, orgId: string, action: SpotCheckAction, spotCheckId: string): Promise<void> {
  // The one audit log (migration 008), which GET /v1/audit serves.
  await q.query('INSERT INTO audit_log (actor, org_id, action, spot_check_id) VALUES ($1, $2, $3, $4)', [actor, orgId, `spot_check_${action}`, spotCheckId]);
}

export async function spotCheckAuditFor(q: Queryable, spotCheckId: string): Promise<{ actor: string; action: SpotCheckAction; at: Date }[]> {
  return (await q.query<{ actor: string; action: SpotCheckAction; at: Date }>('SELECT actor, substr(action, 12) AS action, at FROM audit_log WHERE spot_check_id = $1 ORDER BY id', [spotCheckId])).rows;
}
