// Who is calling: a user with an API token (Bearer), or anyone (anonymous), who may hold a
// capability key (?key=…) for one document. Failures to reach a document all look like 404.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { secretMatches, userForToken, type Role, type UserPrincipal } from './accounts.ts';
import type { Db } from './db/db.ts';
import { ApiError, notFound } from './errors.ts';
import { getDocument, type DocumentRow } from './store.ts';

export type Principal = UserPrincipal | { kind: 'anonymous' };

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
  }
}

export const ANONYMOUS_ACTOR = 'anonymous capability';

export function actorOf(p: Principal): string {
  return p.kind === 'user' ? `user:${p.userId}` : ANONYMOUS_ACTOR;
}

export function principalOf(req: Request): Principal {
  return req.principal ?? { kind: 'anonymous' };
}

/** Resolves the bearer token if any. A malformed, unknown, expired or revoked token is 401. */
export function authenticate(db: Db): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const h = req.headers.authorization;
    if (!h) {
      req.principal = { kind: 'anonymous' };
      return next();
    }
    const m = /^Bearer\s+([A-Za-z0-9_-]{16,200})$/.exec(h);
    const user = m ? await userForToken(db, m[1]) : null;
    if (!user) return next(new ApiError('unauthorised', 'The API token is missing, invalid, expired or revoked.'));
    req.principal = user;
    next();
  };
}

export function requireUser(): RequestHandler {
  return (req, _res, next) => {
    if (principalOf(req).kind !== 'user') return next(new ApiError('unauthorised', 'This needs an API token (Authorization: Bearer TOKEN).'));
    next();
  };
}

export function requireRole(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    const p = principalOf(req);
    if (p.kind !== 'user') return next(new ApiError('unauthorised', 'This needs an API token (Authorization: Bearer TOKEN).'));
    if (!roles.includes(p.role)) return next(new ApiError('forbidden', `This needs the role ${roles.join(' or ')}.`));
    next();
  };
}

export type Access = { via: 'org'; doc: DocumentRow } | { via: 'capability'; doc: DocumentRow };

/**
 * The document if the caller may reach it: a user of its organisation, or the holder of its live
 * capability key. Otherwise 404 (never 403: whether a document exists is itself private), or 401
 * when the caller brought no credentials at all.
 */
export async function accessDocument(db: Db, req: Request, id: string, key: string | undefined): Promise<Access> {
  const p = principalOf(req);
  if (p.kind === 'anonymous' && !key) throw new ApiError('unauthorised', 'This needs an API token or the document key from its links.');
  const doc = await getDocument(db, id);
  if (!doc) throw notFound();
  if (p.kind === 'user' && doc.org_id === p.orgId) return { via: 'org', doc };
  if (key && doc.capability_hash && secretMatches(key, doc.capability_hash) && (!doc.expires_at || doc.expires_at > new Date())) return { via: 'capability', doc };
  throw notFound();
}
