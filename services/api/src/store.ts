// The documents repository: every read and write of a document, its bytes, its results and its history.
// State transitions are conditional and result writes are keyed by document id, so a job that runs
// twice (a worker died mid-job and the job was restarted) cannot write two reports or go back in state.
// A document's name, bytes, structured text and report are stored sealed with its own key (db/seal.ts):
// every read here opens them, every write seals them, and deletion destroys the key.
import { randomUUID } from 'node:crypto';
import type { StructuredDocument } from '../../ingest/src/document.ts';
import type { ErrorCode } from '../../ingest/src/errors.ts';
import type { Report } from '../../analyser/src/report-schema.ts';
import type { Db, Queryable } from './db/db.ts';
import { documentKey, newDocumentKey, openLarge, openTextOrNull, seal, sealLarge, shred } from './db/seal.ts';
import { readResult, readUpload, removeResults, removeUpload, resultsDirOf, RESULT_FILE_OVER, writeResult, writeUpload, type ResultPurpose } from './db/uploads.ts';

export const DOCUMENT_STATES = ['queued', 'extracting', 'analysing', 'done', 'failed'] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];
export type AuditAction = 'created' | 'read' | 'exported' | 'deleted' | 'note_added';
/** Every action the one audit log (migration 008) records: a document's, a spot-check's, the organisation's rubric's. */
export const AUDIT_ACTIONS = ['created', 'read', 'exported', 'deleted', 'note_added', 'spot_check_created', 'spot_check_read', 'spot_check_exported', 'spot_check_deleted', 'rubric_set', 'rubric_deleted'] as const;
export type AnyAuditAction = (typeof AUDIT_ACTIONS)[number];

export interface DocumentRow {
  id: string;
  org_id: string | null;
  created_by: string | null;
  capability_hash: string | null;
  state: DocumentState;
  error_code: ErrorCode | null;
  error_message: string | null;
  size_bytes: number;
  created_at: Date;
  updated_at: Date;
  expires_at: Date | null;
}

export interface NewDocument {
  name: string;
  bytes: Uint8Array;
  orgId: string | null;
  userId: string | null;
  capabilityHash: string | null;
  expiresAt: Date | null;
  /** For the audit log: "user:<id>" or "anonymous capability". */
  actor: string;
  /** Advice reports given with the plan, already read (the plan is judged against them). */
  advice?: StructuredDocument[];
}

export async function createDocument(db: Db, d: NewDocument): Promise<string> {
  const id = randomUUID();
  const key = newDocumentKey();
  const sealedBytes = await sealLarge(key, id, 'bytes', d.bytes);
  if (db.uploadDir) await writeUpload(db.uploadDir, id, sealedBytes);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO documents (id, org_id, created_by, capability_hash, state, size_bytes, expires_at, name_sealed)
       VALUES ($1, $2, $3, $4, 'queued', $5, $6, $7)`,
      [id, d.orgId, d.userId, d.capabilityHash, d.bytes.byteLength, d.expiresAt, seal(key, id, 'name', d.name)],
    );
    await tx.query('INSERT INTO document_keys (document_id, key) VALUES ($1, $2)', [id, key]);
    // Empty when the bytes are in a file (db/uploads.ts): a sealed value is never empty.
    await tx.query('INSERT INTO document_bytes (document_id, bytes) VALUES ($1, $2)', [id, db.uploadDir ? Buffer.alloc(0) : sealedBytes]);
    // Position i is the i-th advice file: the advice and its sources are listed in upload order.
    for (const [i, a] of (d.advice ?? []).entries()) await tx.query('INSERT INTO document_advice (document_id, position, sealed) VALUES ($1, $2, $3)', [id, i, seal(key, id, 'advice', JSON.stringify(a))]);
    await tx.query("INSERT INTO document_states (document_id, state) VALUES ($1, 'queued')", [id]);
    await audit(tx, d.actor, d.orgId, 'created', id);
  }).catch(async (e) => {
    await removeUpload(db, id);
    throw e;
  });
  return id;
}

export async function getDocument(q: Queryable, id: string): Promise<DocumentRow | null> {
  const r = await q.query<DocumentRow>('SELECT * FROM documents WHERE id = $1', [id]);
  return r.rows[0] ?? null;
}

/** Moves a document to `to` only from one of `from`, recording it in the same statement (atomic even
 * outside a transaction, so a worker killed mid-way leaves both or neither). False when nothing moved. */
export async function transition(q: Queryable, id: string, from: DocumentState[], to: DocumentState): Promise<boolean> {
  const r = await q.query(
    `WITH moved AS (
       UPDATE documents SET state = $2, updated_at = now()
        WHERE id = $1 AND state = ANY($3::text[]) AND state <> $2 RETURNING id)
     INSERT INTO document_states (document_id, state) SELECT id, $2 FROM moved RETURNING document_id`,
    [id, to, from],
  );
  return r.rows.length > 0;
}

/** The document's file name as uploaded (cleaned), or null when the document is gone. */
export async function getDocumentName(q: Queryable, id: string): Promise<string | null> {
  const r = await q.query<{ name_sealed: Uint8Array | null; key: Uint8Array | null }>(
    'SELECT d.name_sealed, k.key FROM documents d LEFT JOIN document_keys k ON k.document_id = d.id WHERE d.id = $1',
    [id],
  );
  const row = r.rows[0];
  return row ? openTextOrNull(row.key, id, 'name', row.name_sealed) : null;
}

export async function getUpload(db: Db, id: string): Promise<{ name: string; bytes: Uint8Array } | null> {
  const r = await db.query<{ bytes: Uint8Array; name_sealed: Uint8Array | null; key: Uint8Array }>(
    `SELECT b.bytes, d.name_sealed, k.key FROM document_bytes b
       JOIN documents d ON d.id = b.document_id JOIN document_keys k ON k.document_id = b.document_id
      WHERE b.document_id = $1`,
    [id],
  );
  const row = r.rows[0];
  if (!row) return null;
  const sealed = row.bytes.byteLength === 0 && db.uploadDir ? await readUpload(db.uploadDir, id) : row.bytes;
  if (!sealed) return null;
  const bytes = await openLarge(row.key, id, 'bytes', sealed);
  return { name: openTextOrNull(row.key, id, 'name', row.name_sealed) ?? 'upload', bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** Reads one sealed column of a document-keyed table (or its file: db/uploads.ts), opened. */
async function readSealed(db: Db, table: 'structured_documents' | 'reports', id: string, purpose: ResultPurpose): Promise<string | null> {
  const r = await db.query<{ sealed: Uint8Array | null; key: Uint8Array | null }>(
    `SELECT t.sealed, k.key FROM ${table} t LEFT JOIN document_keys k ON k.document_id = t.document_id WHERE t.document_id = $1`,
    [id],
  );
  const row = r.rows[0];
  return row ? openResult(db, id, purpose, row.key, row.sealed) : null;
}

/** A result's sealed value from its row, or from its file when the row's is empty (a sealed value never is). */
export async function openResult(db: Db, id: string, purpose: ResultPurpose, key: Uint8Array | null, sealed: Uint8Array | null): Promise<string | null> {
  if (!key || !sealed) return null;
  if (sealed.byteLength > 0) return openTextOrNull(key, id, purpose, sealed);
  const dir = resultsDirOf(db);
  const file = dir ? await readResult(dir, id, purpose) : null;
  if (!file) throw new Error(`the ${purpose} of ${id} is missing`);
  return (await openLarge(key, id, purpose, file)).toString('utf8');
}

/**
 * Seals a result; on the embedded database on disk a large one is written to its file, and the row
 * gets an empty value, before the row is inserted.
 */
async function sealResult(db: Db, key: Uint8Array, id: string, purpose: ResultPurpose, plain: Uint8Array): Promise<Buffer> {
  if (plain.byteLength <= RESULT_FILE_OVER) return seal(key, id, purpose, plain);
  // A megabyte at a time (sealLarge): a large report sealed at once holds the loop for tens of ms.
  const sealed = await sealLarge(key, id, purpose, plain);
  const dir = resultsDirOf(db);
  if (!dir) return sealed;
  await writeResult(dir, id, purpose, sealed);
  return Buffer.alloc(0);
}

/** Stores the extraction, drops the uploaded bytes (no longer needed) and moves on to analysing. */
export async function saveStructured(db: Db, id: string, doc: StructuredDocument): Promise<void> {
  const key = await documentKey(db, id);
  if (!key) return; // deleted while it was being extracted
  const sealed = await sealResult(db, key, id, 'structured', Buffer.from(JSON.stringify(doc), 'utf8'));
  const kept = await db.transaction(async (tx) => {
    if (!(await documentKey(tx, id))) return false; // deleted meanwhile
    await tx.query('INSERT INTO structured_documents (document_id, sealed) VALUES ($1, $2) ON CONFLICT (document_id) DO NOTHING', [id, sealed]);
    await tx.query('DELETE FROM document_bytes WHERE document_id = $1', [id]);
    await transition(tx, id, ['queued', 'extracting'], 'analysing');
    return true;
  });
  if (!kept) await removeResults(db, id);
  await removeUpload(db, id);
}

/** The advice reports uploaded with a document, in upload order; null when none were. */
export async function getAdvice(q: Queryable, id: string): Promise<StructuredDocument[] | null> {
  const r = await q.query<{ sealed: Uint8Array; key: Uint8Array | null }>(
    'SELECT a.sealed, k.key FROM document_advice a LEFT JOIN document_keys k ON k.document_id = a.document_id WHERE a.document_id = $1 ORDER BY a.position',
    [id],
  );
  if (r.rows.length === 0) return null;
  return r.rows.flatMap((row) => {
    const text = openTextOrNull(row.key, id, 'advice', row.sealed);
    return text === null ? [] : [JSON.parse(text) as StructuredDocument];
  });
}

export async function getStructured(db: Db, id: string): Promise<StructuredDocument | null> {
  const text = await readSealed(db, 'structured_documents', id, 'structured');
  return text === null ? null : (JSON.parse(text) as StructuredDocument);
}

/** Stores the report once (a second write is ignored) and marks the document done. */
export async function saveReport(db: Db, id: string, report: Report): Promise<void> {
  const { text: _text, ...withoutText } = report;
  await saveReportJson(db, id, { json: Buffer.from(JSON.stringify(withoutText), 'utf8'), band: report.score.band, overall: report.score.overall });
}

/**
 * saveReport for a report already serialised (the analysis worker answers its JSON bytes, without
 * the plan's text): the bytes are sealed and stored as they are, never parsed here.
 */
export async function saveReportJson(db: Db, id: string, report: { json: Uint8Array; band: string; overall: number }): Promise<void> {
  const key = await documentKey(db, id);
  if (!key) return; // deleted while it was being analysed
  const sealed = await sealResult(db, key, id, 'report', report.json);
  const kept = await db.transaction(async (tx) => {
    const exists = await tx.query('SELECT 1 FROM documents WHERE id = $1 FOR UPDATE', [id]);
    if (exists.rows.length === 0 || !(await documentKey(tx, id))) return false; // deleted meanwhile
    await tx.query('INSERT INTO reports (document_id, sealed, band, score) VALUES ($1, $2, $3, $4) ON CONFLICT (document_id) DO NOTHING', [id, sealed, report.band, report.overall]);
    await transition(tx, id, ['queued', 'extracting', 'analysing'], 'done');
    return true;
  });
  if (!kept) await removeResults(db, id, ['report']);
}

export async function getReport(db: Db, id: string): Promise<Report | null> {
  const text = await readSealed(db, 'reports', id, 'report');
  return text === null ? null : (JSON.parse(text) as Report);
}

/** Marks a document failed (unless it already finished) and drops its bytes. */
export async function failDocument(db: Db, id: string, code: ErrorCode, message: string): Promise<boolean> {
  const moved = await db.transaction(async (tx) => {
    const moved = await transition(tx, id, ['queued', 'extracting', 'analysing'], 'failed');
    if (moved) {
      await tx.query('UPDATE documents SET error_code = $2, error_message = $3 WHERE id = $1', [id, code, message]);
      await tx.query('DELETE FROM document_bytes WHERE document_id = $1', [id]);
    }
    return moved;
  });
  if (moved) await removeUpload(db, id);
  return moved;
}

export async function stateHistory(q: Queryable, id: string): Promise<{ state: DocumentState; at: Date }[]> {
  return (await q.query<{ state: DocumentState; at: Date }>('SELECT state, at FROM document_states WHERE document_id = $1 ORDER BY id', [id])).rows;
}

export interface ListedDocument {
  id: string;
  state: DocumentState;
  name: string | null;
  created_at: Date;
  /** From the report, once there is one. */
  band: string | null;
  score: number | null;
  /** Caseworkers' notes on its findings. */
  notes: number;
}

/** An organisation's documents, newest first, by keyset (cursor = the last row's created_at and id). */
export async function listDocuments(q: Queryable, orgId: string, limit: number, after?: { at: string; id: string }): Promise<ListedDocument[]> {
  const params: unknown[] = [orgId, limit];
  let cond = '';
  if (after) {
    params.push(after.at, after.id);
    cond = 'AND (d.created_at, d.id) < ($3::timestamptz, $4)';
  }
  const r = await q.query<Omit<ListedDocument, 'name'> & { name_sealed: Uint8Array | null; key: Uint8Array | null; score: string | number | null; notes: string | number }>(
    `SELECT d.id, d.state, d.created_at, d.name_sealed, k.key, r.band, r.score,
            (SELECT count(*) FROM finding_notes n WHERE n.document_id = d.id) AS notes
       FROM documents d
       LEFT JOIN document_keys k ON k.document_id = d.id
       LEFT JOIN reports r ON r.document_id = d.id
      WHERE d.org_id = $1 ${cond}
      ORDER BY d.created_at DESC, d.id DESC
      LIMIT $2`,
    params,
  );
  return r.rows.map(({ name_sealed, key, ...row }) => ({
    ...row,
    name: openTextOrNull(key, row.id, 'name', name_sealed),
    score: row.score === null ? null : Number(row.score),
    notes: Number(row.notes),
  }));
}

/**
 * Deletes a document and everything derived from it in one transaction (the audit row remains),
 * then shreds its key: see db/seal.ts. Pass shredNow false to delete several and shred once.
 */
export async function deleteDocument(db: Db, id: string, actor: string, shredNow = true): Promise<boolean> {
  const deleted = await db.transaction(async (tx) => {
    const r = await tx.query<{ org_id: string | null }>('DELETE FROM documents WHERE id = $1 RETURNING org_id', [id]);
    if (r.rows.length === 0) return false;
    await audit(tx, actor, r.rows[0].org_id, 'deleted', id);
    return true;
  });
  await removeUpload(db, id);
  await removeResults(db, id);
  if (deleted && shredNow) await shred(db);
  return deleted;
}

/** Anonymous uploads past their retention date. */
export async function expiredDocumentIds(q: Queryable, now = new Date()): Promise<string[]> {
  return (await q.query<{ id: string }>('SELECT id FROM documents WHERE expires_at IS NOT NULL AND expires_at <= $1', [now])).rows.map((r) => r.id);
}

export async function audit(q: Queryable, actor: string, orgId: string | null, action: AuditAction, documentId: string): Promise<void> {
  await q.query('INSERT INTO audit_log (actor, org_id, action, document_id) VALUES ($1, $2, $3, $4)', [actor, orgId, action, documentId]);
}

export interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  action: AnyAuditAction;
  document_id: string | null;
  spot_check_id: string | null;
  rubric_id: string | null;
  rubric_version: string | null;
  rubric_sha256: string | null;
}

/** The organisation's audit log, newest first: with `documentId`, that document's events only. */
export async function auditForOrg(q: Queryable, orgId: string, limit: number, documentId?: string): Promise<AuditRow[]> {
  // By time: rows moved in from the old rubric and spot-check tables (008) took later ids.
  const r = await q.query<AuditRow>(
    `SELECT id::text AS id, at, actor, action, document_id, spot_check_id, rubric_id, rubric_version, rubric_sha256 FROM audit_log
      WHERE org_id = $1 AND ($3::text IS NULL OR document_id = $3) ORDER BY at DESC, id DESC LIMIT $2`,
    [orgId, limit, documentId ?? null],
  );
  return r.rows;
}

// ---------- an organisation's rubric (migration 005) ----------

export interface OrgRubricRow {
  org_id: string;
  rubric_id: string;
  version: string;
  sha256: string;
  /** The YAML text as it was sent. */
  source: string;
  set_by: string | null;
  set_at: Date;
}

export interface RubricAuditRow {
  id: string;
  at: Date;
  actor: string;
  action: 'set' | 'deleted';
  rubric_id: string;
  version: string;
  sha256: string;
}

/** The organisation's own rubric, or null when it uses the default. */
export async function getOrgRubric(q: Queryable, orgId: string): Promise<OrgRubricRow | null> {
  const r = await q.query<OrgRubricRow>('SELECT * FROM organisation_rubrics WHERE org_id = $1', [orgId]);
  return r.rows[0] ?? null;
}

/** Sets (or replaces) the organisation's rubric and audits it, in one transaction. */
export async function setOrgRubric(db: Db, r: { orgId: string; rubricId: string; version: string; sha256: string; source: string; userId: string | null; actor: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO organisation_rubrics (org_id, rubric_id, version, sha256, source, set_by, set_at) VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (org_id) DO UPDATE SET rubric_id = $2, version = $3, sha256 = $4, source = $5, set_by = $6, set_at = now()`,
      [r.orgId, r.rubricId, r.version, r.sha256, r.source, r.userId],
    );
    await auditRubric(tx, r.actor, r.orgId, 'set', r);
  });
}

/** Returns the organisation to the default rubric (audited); false when it had none of its own. */
export async function deleteOrgRubric(db: Db, orgId: string, actor: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const r = await tx.query<OrgRubricRow>('DELETE FROM organisation_rubrics WHERE org_id = $1 RETURNING rubric_id, version, sha256', [orgId]);
    const gone = r.rows[0];
    if (!gone) return false;
    await auditRubric(tx, actor, orgId, 'deleted', { rubricId: gone.rubric_id, version: gone.version, sha256: gone.sha256 });
    return true;
  });
}

function auditRubric(q: Queryable, actor: string, orgId: string, action: 'set' | 'deleted', r: { rubricId: string; version: string; sha256: string }): Promise<unknown> {
  return q.query('INSERT INTO audit_log (actor, org_id, action, rubric_id, rubric_version, rubric_sha256) VALUES ($1, $2, $3, $4, $5, $6)', [actor, orgId, `rubric_${action}`, r.rubricId, r.version, r.sha256]);
}

/** The organisation's rubric changes alone, newest first. */
export async function rubricAuditForOrg(q: Queryable, orgId: string, limit = 50): Promise<RubricAuditRow[]> {
  return (
    await q.query<RubricAuditRow>(
      "SELECT id::text AS id, at, actor, substr(action, 8) AS action, rubric_id, rubric_version AS version, rubric_sha256 AS sha256 FROM audit_log WHERE org_id = $1 AND action IN ('rubric_set', 'rubric_deleted') ORDER BY at DESC, id DESC LIMIT $2",
      [orgId, limit],
    )
  ).rows;
}
