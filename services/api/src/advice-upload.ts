// Advice reports uploaded with a plan (the multipart field "advice", repeatable): each is read at
// once, in the ingest worker pool with the plan's limits, so a bad file is refused with the same
// codes as a bad plan, naming which advice file (by its place, never its name) was wrong.
import type { RequestHandler } from 'express';
import type { StructuredDocument } from '../../ingest/src/document.ts';
import { cleanFileName } from '../../ingest/src/file-name.ts';
import { isCheckError } from '../../ingest/src/errors.ts';
import { ingest } from '../../ingest/src/index.ts';
import type { AppContext } from './context.ts';
import { ApiError } from './errors.ts';

/** At most this many advice reports with one plan. */
export const MAX_ADVICE_FILES = 8;

/** Multer fields for a plan and its advice: one "file", up to MAX_ADVICE_FILES "advice". */
export const PLAN_AND_ADVICE_FIELDS = [{ name: 'file', maxCount: 1 }, { name: 'advice', maxCount: MAX_ADVICE_FILES }];

/** The plan and the advice files of a request read by `upload.fields(PLAN_AND_ADVICE_FIELDS)`. */
export function planAndAdvice(req: Parameters<RequestHandler>[0]): { plan?: Express.Multer.File; advice: Express.Multer.File[] } {
  const files = (req.files ?? {}) as Record<string, Express.Multer.File[] | undefined>;
  return { plan: files.file?.[0], advice: files.advice ?? [] };
}

export async function readAdviceFiles(ctx: AppContext, files: readonly Express.Multer.File[]): Promise<StructuredDocument[]> {
  const out: StructuredDocument[] = [];
  for (const [i, f] of files.entries()) {
    try {
      out.push(await ingest(new Uint8Array(f.buffer), { name: cleanFileName(f.originalname), maxBytes: ctx.config.maxUploadBytes, timeoutMs: ctx.config.ingestTimeoutMs }));
    } catch (e) {
      if (isCheckError(e)) throw new ApiError(e.code, `Advice file ${i + 1} of ${files.length}: ${e.message}`);
      throw e;
    }
  }
  return out;
}

