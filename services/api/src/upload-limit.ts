// The limit on anonymous uploads (RATE_LIMIT_UPLOADS per RATE_LIMIT_WINDOW_MS and client), one
// definition and one count for every route that takes a file (the documents and comparisons API, the
// upload and compare pages): a client gets the limit once across them all, not once per route.
// Signed-in callers are not limited.
import type { Request, RequestHandler } from 'express';
import { rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import { principalOf } from './auth.ts';
import type { AppContext } from './context.ts';

// One limiter (and so one store) per service; each route answers a refusal in its own way.
const limiters = new WeakMap<AppContext, RateLimitRequestHandler>();
const onLimitOf = new WeakMap<Request, RequestHandler>();

export function anonymousUploadLimit(ctx: AppContext, onLimit: RequestHandler): RequestHandler {
  let limiter = limiters.get(ctx);
  if (!limiter) {
    limiter = rateLimit({
      windowMs: ctx.config.rateLimitWindowMs,
      limit: ctx.config.rateLimitUploads,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      skip: (req) => principalOf(req).kind === 'user' || ctx.config.rateLimitUploads === 0,
      handler: (req, res, next) => onLimitOf.get(req)!(req, res, next),
    });
    limiters.set(ctx, limiter);
  }
  const shared = limiter;
  return (req, res, next) => {
    onLimitOf.set(req, onLimit);
    return shared(req, res, next);
  };
}
