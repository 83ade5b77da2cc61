// The limit on anonymous uploads (RATE_LIMIT_UPLOADS per RATE_LIMIT_WINDOW_MS and client), one
// definition for every route that takes a file; signed-in callers are not limited.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { principalOf } from './auth.ts';
import type { AppContext } from './context.ts';

export function anonymousUploadLimit(ctx: AppContext, onLimit: RequestHandler): RequestHandler {
  return rateLimit({
    windowMs: ctx.config.rateLimitWindowMs,
    limit: ctx.config.rateLimitUploads,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => principalOf(req).kind === 'user' || ctx.config.rateLimitUploads === 0,
    handler: onLimit,
  });
}
