// API errors: one JSON shape, { error: { code, message } }, with the contract's stable codes.
import type { ErrorRequestHandler, Response } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { ERROR_CODES, isCheckError, type ErrorCode } from '../../ingest/src/errors.ts';
import { QueueUnavailableError } from './queue/queue.ts';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  empty_file: 422,
  unsupported_media_type: 415,
  file_too_large: 413,
  encrypted_pdf: 422,
  encrypted_document: 422,
  no_text_layer: 422,
  unreadable_text: 422,
  corrupt_file: 422,
  invalid_request: 400,
  unauthorised: 401,
  forbidden: 403,
  not_found: 404,
  not_ready: 409,
  rate_limited: 429,
  queue_unavailable: 503,
  storage_full: 507,
  invalid_rubric: 422,
  internal_error: 500,
};

export const ErrorBody = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});

/** An error the API answers with its code's status. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = () => new ApiError('not_found', 'No such document.');

export function sendError(res: Response, code: ErrorCode, message: string): void {
  res.status(HTTP_STATUS[code]).type('application/json').json({ error: { code, message } });
}

export const QUEUE_UNAVAILABLE_MESSAGE = 'The service cannot take new plans right now (its queue is unavailable); nothing was kept. Try again in a minute.';

/** 503 with a Retry-After: the queue is down, nothing was kept. */
export function queueUnavailable(res: Response): void {
  res.set('Retry-After', '30');
  sendError(res, 'queue_unavailable', QUEUE_UNAVAILABLE_MESSAGE);
}

export const STORAGE_FULL_MESSAGE = 'The service has no room to store the file right now; nothing was kept. Try again later.';

/**
 * The disk (DATA_DIR, or PostgreSQL's) is full: ENOSPC or EDQUOT from a file write, SQLSTATE 53100
 * (disk_full) from PostgreSQL or PGlite; also when wrapped as another error's cause.
 */
export function isStorageFull(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === 'ENOSPC' || code === 'EDQUOT' || code === '53100') return true;
    if (/No space left on device/.test((e as { message?: string }).message ?? '')) return true;
  }
  return false;
}

/** 507 with a Retry-After: nothing was kept. */
export function storageFull(res: Response): void {
  res.set('Retry-After', '60');
  sendError(res, 'storage_full', STORAGE_FULL_MESSAGE);
}

/** Turns whatever a route threw into the error shape; only unexpected errors are logged, at error level. */
export function errorHandler(maxUploadBytes: number): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (res.headersSent) return;
    if (err instanceof ApiError || isCheckError(err)) return sendError(res, err.code, err.message);
    if (err instanceof QueueUnavailableError) return queueUnavailable(res);
    if (isStorageFull(err)) {
      req.log?.warn('storage full: upload refused');
      return storageFull(res);
    }
    if (err instanceof multer.MulterError) {
      if (err.code === 'LIMIT_FILE_SIZE') return sendError(res, 'file_too_large', `The file is larger than the limit of ${maxUploadBytes} bytes.`);
      return sendError(res, 'invalid_request', `Bad upload: ${err.message}. Send one file in the multipart field "file".`);
    }
    if (err instanceof z.ZodError) {
      const issue = err.issues[0];
      return sendError(res, 'invalid_request', `Bad request: ${issue.path.join('.') || 'input'}: ${issue.message}`);
    }
    const status = (err as { status?: number; statusCode?: number }).status ?? (err as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // body-parser and busboy errors (malformed multipart, bad JSON): the client's fault.
      return sendError(res, status === 413 ? 'file_too_large' : 'invalid_request', 'The request could not be read.');
    }
    req.log?.error({ err }, 'unhandled error');
    sendError(res, 'internal_error', 'Something went wrong.');
  };
}
