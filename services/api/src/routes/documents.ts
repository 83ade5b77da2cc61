// /v1/documents and /v1/audit: upload, status, report, list, delete.
import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import { newSecret, sha256Hex } from '../accounts.ts';
import * as S from '../api-schemas.ts';
import { accessDocument, actorOf, principalOf, requireRole, requireUser, type Principal } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { anonymousUploadLimit } from '../upload-limit.ts';
import { MAX_ADVICE_FILES, PLAN_AND_ADVICE_FIELDS, planAndAdvice, readAdviceFiles } from '../advice-upload.ts';
import type { StructuredDocument } from '../../../ingest/src/document.ts';
import { QueueUnavailableError } from '../queue/queue.ts';
import { cleanFileName } from '../../../ingest/src/file-name.ts';
import { ApiError, notFound, sendError } from '../errors.ts';
import { audit, auditForOrg, createDocument, deleteDocument, getReport, getStructured, listDocuments, type DocumentRow } from '../store.ts';

export interface Links {
  self: string;
  report: string;
}

export function linksFor(ctx: AppContext, id: string, key?: string): Links {
  const base = `${ctx.config.publicBaseUrl ?? ''}/v1/documents/${id}`;
  const q = key ? `?key=${encodeURIComponent(key)}` : '';
  return { self: base + q, report: `${base}/report${q}` };
}

/**
 * Stores an upload and queues it. Anonymous callers get a capability key (returned once, stored
 * hashed) and an expiry date; users' uploads belong to their organisation. Building block for the
 * web pages and spot-checks too.
 */
export async function submitDocument(ctx: AppContext, p: Principal, file: { name: string; bytes: Uint8Array; advice?: StructuredDocument[] }): Promise<{ id: string; key?: string; links: Links }> {
  // Nothing is stored unless the queue can take the job: a plan nobody will check, whose link the
  // uploader never receives, could never be deleted by them.
  if (!ctx.queue.available()) throw new QueueUnavailableError();
  const key = p.kind === 'anonymous' ? newSecret() : undefined;
  const id = await createDocument(ctx.db, {
    name: cleanFileName(file.name), // routes clean at their boundary; this keeps every caller safe (idempotent)
    bytes: file.bytes,
    orgId: p.kind === 'user' ? p.orgId : null,
    userId: p.kind === 'user' ? p.userId : null,
    capabilityHash: key ? sha256Hex(key) : null,
    expiresAt: key ? new Date(Date.now() + ctx.config.retentionDays * 86_400_000) : null,
    actor: actorOf(p),
    advice: file.advice,
  });
  try {
    await ctx.queue.enqueue(id);
  } catch (e) {
    await deleteDocument(ctx.db, id, 'queue unavailable');
    throw e instanceof QueueUnavailableError ? e : new QueueUnavailableError((e as Error).message);
  }
  return { id, key, links: linksFor(ctx, id, key) };
}

/**
 * Deletes a document everywhere: database rows in one transaction, its key shredded, then its queued
 * job. shredNow false leaves the shredding to the caller (one shred() after deleting several).
 */
export async function removeDocument(ctx: AppContext, id: string, actor: string, shredNow = true): Promise<boolean> {
  const deleted = await deleteDocument(ctx.db, id, actor, shredNow);
  await ctx.queue.remove(id);
  return deleted;
}


function parseId(raw: string): string {
  const r = S.DocumentId.safeParse(raw);
  if (!r.success) throw notFound();
  return r.data;
}

/** A page cursor for listDocuments: the last row's created_at and id (the API and the pages share it). */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

/** The cursor's position, or undefined when it is not one encodeCursor made. */
export function readCursor(c: string): { at: string; id: string } | undefined {
  try {
    const [at, id] = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !S.DocumentId.safeParse(id).success) return undefined;
    return { at, id };
  } catch {
    return undefined;
  }
}

function decodeCursor(c: string): { at: string; id: string } {
  const at = readCursor(c);
  if (!at) throw new ApiError('invalid_request', 'Bad cursor: use nextCursor from the previous page.');
  return at;
}

function statusBody(ctx: AppContext, doc: DocumentRow, key?: string) {
  return {
    id: doc.id,
    state: doc.state,
    ...(doc.state === 'failed' ? { error: { code: doc.error_code ?? 'internal_error', message: doc.error_message ?? '' } } : {}),
    links: linksFor(ctx, doc.id, key),
  };
}

export function documentsRouter(ctx: AppContext): Router {
  const r = Router();
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: ctx.config.maxUploadBytes, files: 1 + MAX_ADVICE_FILES, fields: 10, parts: 20 + MAX_ADVICE_FILES },
    defParamCharset: 'utf8',
  });
  const anonymousUploads = anonymousUploadLimit(ctx, (_req, res) => sendError(res, 'rate_limited', 'Too many uploads from this address: try again later.'));

  // Any failure to read the multipart body is the client's (busboy reports a truncated form plainly).
  const readFile: RequestHandler = (req, res, next) =>
    upload.fields(PLAN_AND_ADVICE_FIELDS)(req, res, (err?: unknown) => {
      if (!err || err instanceof multer.MulterError) return next(err);
      next(new ApiError('invalid_request', 'The multipart/form-data body could not be read.'));
    });

  // Refused before the body is read when the queue is down (submitDocument checks again after).
  const queueUp: RequestHandler = (_req, _res, next) => next(ctx.queue.available() ? undefined : new QueueUnavailableError());

  r.post('/v1/documents', anonymousUploads, queueUp, readFile, async (req, res) => {
    const { plan, advice } = planAndAdvice(req);
    if (!plan) throw new ApiError('invalid_request', 'Send the plan as multipart/form-data in the field "file" (and any advice reports in "advice").');
    const p = principalOf(req);
    const adviceDocs = advice.length ? await readAdviceFiles(ctx, advice) : undefined;
    const out = await submitDocument(ctx, p, { name: cleanFileName(plan.originalname), bytes: plan.buffer, advice: adviceDocs });
    res.status(202).json({ id: out.id, state: 'queued', links: out.links });
  });

  r.get('/v1/documents', requireUser(), async (req, res) => {
    const q = S.ListQuery.parse(req.query);
    const p = principalOf(req) as Extract<Principal, { kind: 'user' }>;
    const rows = await listDocuments(ctx.db, p.orgId, q.limit + 1, q.cursor ? decodeCursor(q.cursor) : undefined);
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    res.json({
      documents: page.map((d) => ({ id: d.id, state: d.state, name: d.name, createdAt: d.created_at.toISOString(), links: linksFor(ctx, d.id) })),
      nextCursor: rows.length > q.limit && last ? encodeCursor(last.created_at, last.id) : null,
    });
  });

  r.get('/v1/documents/:id', async (req, res) => {
    const q = S.KeyQuery.parse(req.query);
    const { doc, via } = await accessDocument(ctx.db, req, parseId(String(req.params.id)), q.key);
    res.json(statusBody(ctx, doc, via === 'capability' ? q.key : undefined));
  });

  r.get('/v1/documents/:id/report', async (req, res) => {
    const q = S.ReportQuery.parse(req.query);
    const { doc } = await accessDocument(ctx.db, req, parseId(String(req.params.id)), q.key);
    if (doc.state === 'failed') {
      const code = doc.error_code ?? 'internal_error';
      // No report will come: answer the document's own failure, with 409 like an unfinished one.
      return res.status(409).json({ error: { code, message: doc.error_message ?? 'The document could not be checked.' } });
    }
    const report = doc.state === 'done' ? await getReport(ctx.db, doc.id) : null;
    if (!report) throw new ApiError('not_ready', `The report is not ready yet (state: ${doc.state}).`);
    const actor = actorOf(principalOf(req));
    const html = req.accepts(['application/json', 'text/html']) === 'text/html';
    if (html) {
      await audit(ctx.db, actor, doc.org_id, 'read', doc.id);
      const structured = await getStructured(ctx.db, doc.id);
      return res.type('text/html').send(await ctx.renderReportHtml({ ...report, ...(structured ? { text: structured.text } : {}) }));
    }
    if (q.include === 'text') {
      const structured = await getStructured(ctx.db, doc.id);
      await audit(ctx.db, actor, doc.org_id, 'exported', doc.id);
      const { schemaVersion, document, ...rest } = report;
      return res.json({ schemaVersion, document, text: structured?.text ?? '', ...rest });
    }
    await audit(ctx.db, actor, doc.org_id, 'read', doc.id);
    res.json(report);
  });

  r.delete('/v1/documents/:id', async (req, res) => {
    const q = S.KeyQuery.parse(req.query);
    const { doc, via } = await accessDocument(ctx.db, req, parseId(String(req.params.id)), q.key);
    const p = principalOf(req);
    if (via === 'org' && p.kind === 'user' && p.role !== 'admin' && doc.created_by !== p.userId) {
      throw new ApiError('forbidden', 'Only the uploader or an admin of the organisation can delete this document.');
    }
    await removeDocument(ctx, doc.id, actorOf(p));
    res.status(204).end();
  });

  r.get('/v1/audit', requireRole('admin'), async (req, res) => {
    const q = S.AuditQuery.parse(req.query);
    const p = principalOf(req) as Extract<Principal, { kind: 'user' }>;
    const rows = await auditForOrg(ctx.db, p.orgId, q.limit, q.documentId);
    res.json({
      events: rows.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        actor: e.actor,
        action: e.action,
        ...(e.document_id !== null ? { documentId: e.document_id } : {}),
        ...(e.spot_check_id !== null ? { spotCheckId: e.spot_check_id } : {}),
        ...(e.rubric_id !== null ? { rubric: { id: e.rubric_id, version: e.rubric_version, sha256: e.rubric_sha256 } } : {}),
      })),
    });
  });

  return r;
}
