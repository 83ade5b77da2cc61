// /v1/spot-checks: an adviser's reproducible random sample of plans, analysed and added up.
// Advisers and admins only; a spot-check is visible to its organisation only (else 404).
// The web pages (web/spot-check-pages.ts) are mounted by the web router (web/index.ts), which
// gives them its session cookie and error pages.
import { Router, type Request, type RequestHandler } from 'express';
import multer from 'multer';
import * as S from '../api-schemas.ts';
import { principalOf, requireRole } from '../auth.ts';
import type { UserPrincipal } from '../accounts.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { QueueUnavailableError } from '../queue/queue.ts';
import { cleanFileName } from '../../../ingest/src/file-name.ts';
import { auditSpotCheck, createSpotCheck, deleteSpotCheck, loadSpotCheck, spotCheckJson, spotCheckPath } from '../spot-check/service.ts';
import { planRowsCsv } from '../spot-check/csv.ts';
import { getSpotCheck, listSpotChecks } from '../spot-check/repo.ts';

/** Most files in one request; more plans than this go in a zip. */
export const MAX_SPOT_CHECK_FILES = 200;

export const notFoundSpotCheck = () => new ApiError('not_found', 'No such spot-check.');


/**
 * Reads the multipart body of a spot-check: the files into memory (each under the upload limit, the
 * whole request under a multiple of it) and the fields. Errors become the contract's codes.
 */
export function spotCheckUpload(ctx: AppContext): RequestHandler {
  const maxRequest = ctx.config.maxUploadBytes * 10;
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: ctx.config.maxUploadBytes, files: MAX_SPOT_CHECK_FILES, fields: 10, parts: MAX_SPOT_CHECK_FILES + 10, fieldSize: 4096 },
    defParamCharset: 'utf8',
  }).array('file', MAX_SPOT_CHECK_FILES);
  return (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxRequest) return next(new ApiError('file_too_large', `The upload is larger than the limit of ${maxRequest} bytes: put the plans in a zip, or draw from fewer.`));
    upload(req, res, (err?: unknown) => {
      if (!err) return next();
      if (err instanceof multer.MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE') return next(new ApiError('file_too_large', `A file is larger than the limit of ${ctx.config.maxUploadBytes} bytes.`));
        if (err.code === 'LIMIT_FILE_COUNT') return next(new ApiError('invalid_request', `Too many files: at most ${MAX_SPOT_CHECK_FILES}; put more in one zip.`));
        return next(new ApiError('invalid_request', 'Bad upload: send the plans in "file" fields, with "sampleSize" and optionally "seed".'));
      }
      next(new ApiError('invalid_request', 'The multipart/form-data body could not be read.'));
    });
  };
}

/** The uploaded files as plans, and the validated fields. */
export function readSpotCheckRequest(req: Request): { files: { name: string; bytes: Uint8Array }[]; sampleSize: number; seed?: string } {
  const fields = S.SpotCheckFields.parse(req.body ?? {});
  const files = ((req.files as Express.Multer.File[] | undefined) ?? []).map((f) => ({ name: cleanFileName(f.originalname), bytes: new Uint8Array(f.buffer.buffer, f.buffer.byteOffset, f.buffer.byteLength) }));
  if (files.length === 0) throw new ApiError('invalid_request', 'Send the plans as multipart/form-data in "file" fields (several files, or one zip).');
  return { files, sampleSize: fields.sampleSize, seed: fields.seed };
}

function parseId(raw: string): string {
  const r = S.SpotCheckId.safeParse(raw);
  if (!r.success) throw notFoundSpotCheck();
  return r.data;
}

const userOf = (req: Request) => principalOf(req) as UserPrincipal;

export function spotChecksApiRouter(ctx: AppContext): Router {
  const r = Router();
  const advisers = requireRole('adviser', 'admin');

  r.post('/v1/spot-checks', advisers, (_req, _res, next) => next(ctx.queue.available() ? undefined : new QueueUnavailableError()), spotCheckUpload(ctx), async (req, res) => {
    const input = readSpotCheckRequest(req);
    req.files = undefined; // createSpotCheck keeps only the sample; let the rest go
    const out = await createSpotCheck(ctx, userOf(req), input);
    res.status(202).json({ ...out, links: { self: spotCheckPath(ctx, out.id) } });
  });

  r.get('/v1/spot-checks', advisers, async (req, res) => {
    const q = S.SpotCheckListQuery.parse(req.query);
    const p = userOf(req);
    const rows = await listSpotChecks(ctx.db, p.orgId, q.limit);
    res.json({
      spotChecks: rows.map((s) => ({
        id: s.id,
        seed: s.seed,
        sampleSize: s.sample_size,
        population: s.population,
        createdAt: new Date(s.created_at).toISOString(),
        progress: { total: s.total, done: s.done, failed: s.failed, pending: s.total - s.done - s.failed },
        links: { self: spotCheckPath(ctx, s.id) },
      })),
    });
  });

  r.get('/v1/spot-checks/:id', advisers, async (req, res) => {
    const p = userOf(req);
    const view = await loadSpotCheck(ctx, p.orgId, parseId(String(req.params.id)));
    if (!view) throw notFoundSpotCheck();
    const format = typeof req.query.format === 'string' ? req.query.format : undefined;
    if (format !== undefined && format !== 'csv' && format !== 'json') throw new ApiError('invalid_request', 'format must be csv or json.');
    const csv = format === 'csv' || (format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');
    if (csv) {
      await auditSpotCheck(ctx, p, 'exported', view.row.id);
      return res
        .type('text/csv; charset=utf-8; header=present')
        .set('Content-Disposition', `attachment; filename="spot-check-${view.row.id}.csv"`)
        .set('Cache-Control', 'no-store')
        .send(planRowsCsv(view.rows, view.sectionKeys));
    }
    await auditSpotCheck(ctx, p, 'read', view.row.id);
    res.set('Cache-Control', 'no-store').json(spotCheckJson(ctx, view));
  });

  r.delete('/v1/spot-checks/:id', advisers, async (req, res) => {
    const p = userOf(req);
    const row = await getSpotCheck(ctx.db, p.orgId, parseId(String(req.params.id)));
    if (!row) throw notFoundSpotCheck();
    if (p.role !== 'admin' && row.created_by !== p.userId) throw new ApiError('forbidden', 'Only the adviser who made this spot-check or an admin can delete it.');
    await deleteSpotCheck(ctx, p, row.id);
    res.status(204).end();
  });

  return r;
}

/** What app.ts mounts. */
export const spotChecksRouter = spotChecksApiRouter;
