// /v1/comparisons: what changed between two versions of one plan (contract, "Comparing two versions").
//
// Synchronous, not queued: both files are read in the ingest worker pool (each with its heap and
// time limit, as in the queue's workers) and compared at once, so the answer is the comparison
// itself. Nothing but the result is stored: no bytes and no extracted text, so there is no job to
// retry or clean up. The result quotes the plan and names both files, so it is sealed with the
// comparison's own key (comparison_keys, db/seal.ts); deleting the row deletes the key, which is then
// shredded. Access follows the documents':
// a signed-in caller's comparison belongs to the organisation; an anonymous one is reached only with
// the capability key returned once (stored hashed) and expires after RETENTION_DAYS.
import { randomUUID } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { ingest } from '../../../ingest/src/index.ts';
import { isCheckError } from '../../../ingest/src/errors.ts';
import { compareInWorker } from '../../../ingest/src/run-worker.ts';
import { Comparison } from '../../../analyser/src/compare/schema.ts';
import { renderComparisonCsv, renderComparisonHtml } from '../../../analyser/src/compare/format.ts';
import { newSecret, secretMatches, sha256Hex } from '../accounts.ts';
import { actorOf, principalOf, type Principal } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { anonymousUploadLimit } from '../upload-limit.ts';
import { rubricFor } from '../org-rubric.ts';
import type { Db, Queryable } from '../db/db.ts';
import { newDocumentKey, openText, seal, shred } from '../db/seal.ts';
import { ApiError, sendError } from '../errors.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface ComparisonRow {
  id: string;
  org_id: string | null;
  created_by: string | null;
  capability_hash: string | null;
  expires_at: Date | null;
  sealed: Uint8Array | null;
  key: Uint8Array | null;
}

export function comparisonLinks(ctx: AppContext, id: string, key?: string): { self: string } {
  return { self: `${ctx.config.publicBaseUrl ?? ''}/v1/comparisons/${id}${key ? `?key=${encodeURIComponent(key)}` : ''}` };
}

const safeName = (n: string | undefined) => (n ?? '').replace(/^.*[\\/]/, '').slice(0, 255) || 'upload';

/** Reads and compares two uploaded versions, and stores the result for the caller. */
export async function createComparison(ctx: AppContext, p: Principal, oldFile: { name: string; bytes: Uint8Array }, newFile: { name: string; bytes: Uint8Array }): Promise<{ id: string; key?: string; comparison: Comparison }> {
  const read = async (f: { name: string; bytes: Uint8Array }, which: string) => {
    try {
      return await ingest(f.bytes, { name: f.name, maxBytes: ctx.config.maxUploadBytes, timeoutMs: ctx.config.ingestTimeoutMs });
    } catch (e) {
      if (isCheckError(e)) throw new ApiError(e.code, `The ${which} version: ${e.message}`);
      throw e;
    }
  };
  const oldDoc = await read(oldFile, 'old');
  const newDoc = await read(newFile, 'new');
  // A signed-in organisation's comparisons read both versions with its own rubric, as its documents are.
  const rubric = await rubricFor(ctx.db, p.kind === 'user' ? p.orgId : null, ctx.logger);
  // In a pooled worker, as a document's analysis is: two long plans take seconds of CPU.
  const comparison = await compareInWorker(oldDoc, newDoc, rubric.custom ? { sha256: rubric.sha256, source: rubric.source } : null, ctx.config.ingestTimeoutMs);
  const key = p.kind === 'anonymous' ? newSecret() : undefined;
  const id = randomUUID();
  if ((await ctx.db.query('DELETE FROM comparisons WHERE expires_at IS NOT NULL AND expires_at < now()')).rowCount > 0) await shred(ctx.db);
  const sealKey = newDocumentKey();
  await ctx.db.transaction(async (tx) => {
    await tx.query('INSERT INTO comparisons (id, org_id, created_by, capability_hash, expires_at, sealed) VALUES ($1, $2, $3, $4, $5, $6)', [
      id,
      p.kind === 'user' ? p.orgId : null,
      p.kind === 'user' ? p.userId : null,
      key ? sha256Hex(key) : null,
      key ? new Date(Date.now() + ctx.config.retentionDays * 86_400_000) : null,
      seal(sealKey, id, 'comparison', JSON.stringify(comparison)),
    ]);
    await tx.query('INSERT INTO comparison_keys (comparison_id, key) VALUES ($1, $2)', [id, sealKey]);
  });
  ctx.logger.info({ comparison: id, actor: actorOf(p), changes: comparison.changes.length }, 'comparison created');
  return { id, key, comparison };
}

/** The comparison if the caller may reach it; 404 otherwise (401 with no credentials at all). */
export async function accessComparison(q: Queryable, p: Principal, id: string, key: string | undefined): Promise<ComparisonRow> {
  if (p.kind === 'anonymous' && !key) throw new ApiError('unauthorised', 'This needs an API token or the comparison key from its links.');
  const notFound = () => new ApiError('not_found', 'No such comparison.');
  if (!z.uuid().safeParse(id).success) throw notFound();
  const r = await q.query<ComparisonRow>(
    'SELECT c.id, c.org_id, c.created_by, c.capability_hash, c.expires_at, c.sealed, k.key FROM comparisons c LEFT JOIN comparison_keys k ON k.comparison_id = c.id WHERE c.id = $1',
    [id],
  );
  const row = r.rows[0];
  if (!row) throw notFound();
  if (p.kind === 'user' && row.org_id === p.orgId) return row;
  if (key && row.capability_hash && secretMatches(key, row.capability_hash) && (!row.expires_at || new Date(row.expires_at) > new Date())) return row;
  throw notFound();
}

/** The stored comparison, opened with its key (the only way a result is read back). */
export function resultOf(row: ComparisonRow): Comparison {
  if (!row.sealed || !row.key) throw new ApiError('not_found', 'No such comparison.');
  return Comparison.parse(JSON.parse(openText(row.key, row.id, 'comparison', row.sealed)));
}

/** Deletes a comparison (its key goes with it, by cascade) and shreds the key: see db/seal.ts. */
export async function deleteComparison(db: Db, id: string): Promise<void> {
  if ((await db.query('DELETE FROM comparisons WHERE id = $1', [id])).rowCount > 0) await shred(db);
}

const KeyQuery = z.object({ key: z.string().max(200).optional(), format: z.enum(['json', 'html', 'csv', 'docx']).optional() });

export function comparisonsRouter(ctx: AppContext): Router {
  const r = Router();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: ctx.config.maxUploadBytes, files: 2, fields: 10, parts: 20 }, defParamCharset: 'utf8' });
  const anonymousUploads = anonymousUploadLimit(ctx, (_req, res) => sendError(res, 'rate_limited', 'Too many uploads from this address: try again later.'));
  const readFiles: RequestHandler = (req, res, next) =>
    upload.fields([{ name: 'old', maxCount: 1 }, { name: 'new', maxCount: 1 }])(req, res, (err?: unknown) => {
      if (!err || err instanceof multer.MulterError) return next(err);
      next(new ApiError('invalid_request', 'The multipart/form-data body could not be read.'));
    });

  r.post('/v1/comparisons', anonymousUploads, readFiles, async (req, res) => {
    const files = (req.files ?? {}) as Record<string, Express.Multer.File[] | undefined>;
    const [oldFile, newFile] = [files.old?.[0], files.new?.[0]];
    if (!oldFile || !newFile) throw new ApiError('invalid_request', 'Send the two versions as multipart/form-data in the fields "old" and "new".');
    const p = principalOf(req);
    const out = await createComparison(ctx, p, { name: safeName(oldFile.originalname), bytes: new Uint8Array(oldFile.buffer) }, { name: safeName(newFile.originalname), bytes: new Uint8Array(newFile.buffer) });
    res.status(201).json({ id: out.id, links: comparisonLinks(ctx, out.id, out.key), ...out.comparison });
  });

  r.get('/v1/comparisons/:id', async (req, res) => {
    const q = KeyQuery.parse(req.query);
    const row = await accessComparison(ctx.db, principalOf(req), String(req.params.id), q.key);
    const c = resultOf(row);
    const want = q.format ?? (req.accepts(['application/json', 'text/html', 'text/csv', DOCX_TYPE]) || 'application/json');
    // The page and the DOCX are labelled in the words of the organisation's rubric, as its comparison was worded.
    const words = async () => ({ rubric: (await rubricFor(ctx.db, row.org_id, ctx.logger)).rubric });
    if (want === 'html' || want === 'text/html') return res.type('text/html').send(renderComparisonHtml(c, await words()));
    if (want === 'csv' || want === 'text/csv') return res.type('text/csv').attachment('comparison.csv').send(renderComparisonCsv(c));
    if (want === 'docx' || want === DOCX_TYPE) return res.type(DOCX_TYPE).attachment('comparison.docx').send(Buffer.from(await (await import('../../../analyser/src/compare/docx.ts')).renderComparisonDocx(c, await words()))); // docx loads on the first download, not with the service
    res.json(c);
  });

  r.delete('/v1/comparisons/:id', async (req, res) => {
    const q = KeyQuery.parse(req.query);
    const p = principalOf(req);
    const row = await accessComparison(ctx.db, p, String(req.params.id), q.key);
    if (row.org_id && p.kind === 'user' && p.role !== 'admin' && row.created_by !== p.userId) throw new ApiError('forbidden', 'Only its creator or an admin of the organisation can delete this comparison.');
    await deleteComparison(ctx.db, row.id);
    res.status(204).end();
  });

  return r;
}

/** The comparison routes in the OpenAPI document (called by openapi.ts with its helpers). */
export function registerComparisonPaths(
  r: import('@asteasolutions/zod-to-openapi').OpenAPIRegistry,
  h: { security: Record<string, string[]>[]; err: (description: string) => object; fresh: <T extends z.ZodType>(s: T) => T },
): void {
  const comparison = r.register('Comparison', h.fresh(Comparison));
  const created = h.fresh(Comparison).extend({ id: z.uuid(), links: z.object({ self: z.string() }) });
  const idParam = z.object({ id: z.uuid() });
  const query = z.object({ key: z.string().optional().describe('The capability key of an anonymous comparison'), format: z.enum(['json', 'html', 'csv', 'docx']).optional() });
  r.registerPath({
    method: 'post',
    path: '/v1/comparisons',
    summary: 'Compare two versions of one plan (a draft and its final; before and after an annual review)',
    description: 'Read and compared at once (not queued); only the result is kept. Anonymous callers get a link with a capability key, shown once; their comparisons are deleted after the retention period. Signed-in comparisons belong to the organisation.',
    security: h.security,
    request: { body: { required: true, content: { 'multipart/form-data': { schema: z.object({ old: z.string().describe('The older version (binary)'), new: z.string().describe('The newer version (binary)') }) } } } },
    responses: { 201: { description: 'The comparison', content: { 'application/json': { schema: created } } }, 400: h.err('A field missing (invalid_request)'), 413: h.err('Over the size limit'), 415: h.err('A version is not PDF, DOCX, text or Markdown'), 422: h.err('A version could not be read'), 429: h.err('Too many anonymous uploads') } as never,
  });
  r.registerPath({
    method: 'get',
    path: '/v1/comparisons/{id}',
    summary: 'The comparison as JSON, the side-by-side page (text/html), CSV (text/csv) or the DOCX working document',
    security: h.security,
    request: { params: idParam, query },
    responses: { 200: { description: 'The comparison', content: { 'application/json': { schema: comparison }, 'text/html': { schema: z.string() }, 'text/csv': { schema: z.string() }, [DOCX_TYPE]: { schema: z.string() } } }, 401: h.err('No credentials'), 404: h.err('No such comparison, or not yours') } as never,
  });
  r.registerPath({
    method: 'delete',
    path: '/v1/comparisons/{id}',
    summary: 'Delete the comparison',
    security: h.security,
    request: { params: idParam, query },
    responses: { 204: { description: 'Deleted' }, 401: h.err('No credentials'), 403: h.err('Not its creator nor an admin'), 404: h.err('No such comparison') } as never,
  });
}
