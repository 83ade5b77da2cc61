// Browser sessions for users, and CSRF tokens for the web forms.
//
// A user signs in by pasting an API token; we keep a sha256 of a fresh session secret (web_sessions)
// and give the browser the secret in an HttpOnly, SameSite=Strict cookie (Secure over https). The
// session is tied to the token: revoking the token ends it. The cookie only counts on web pages:
// /v1/ stays Bearer-only, so the API needs no CSRF defence.
//
// CSRF tokens are HMACs keyed with the credential the browser holds (the session secret, or a
// document's capability key) over a purpose string: unguessable without that credential, and
// nothing to store. Every state-changing form carries one, and POSTs that come cross-site are refused.
import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { newSecret, sha256Hex, type Role, type UserPrincipal } from '../accounts.ts';
import type { Queryable } from '../db/db.ts';

export const SESSION_COOKIE = 'ehcp_session';
export const SESSION_HOURS = 8;

export interface WebSession {
  principal: UserPrincipal;
  userName: string;
  /** The CSRF token for this session's forms. */
  csrf: string;
  /** sha256 of the session secret (the row's key). */
  idHash: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    webSession?: WebSession | null;
  }
}

export function hmac(key: string, purpose: string): string {
  return createHmac('sha256', key).update(purpose).digest('base64url');
}

export function sameToken(a: unknown, b: string): boolean {
  if (typeof a !== 'string') return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The CSRF token of a session's forms. */
export const sessionCsrf = (secret: string) => hmac(secret, 'csrf:session');
/** The CSRF token of forms that act on one document through its capability key. */
export const capabilityCsrf = (key: string, documentId: string) => hmac(key, `csrf:document:${documentId}`);

function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** A live token's user and token id (sign-in). */
async function tokenOwner(q: Queryable, token: string): Promise<{ tokenId: string; principal: UserPrincipal } | null> {
  const r = await q.query<{ token_id: string; user_id: string; org_id: string; role: Role }>(
    `SELECT t.id AS token_id, u.id AS user_id, u.org_id, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
    [sha256Hex(token)],
  );
  const row = r.rows[0];
  return row ? { tokenId: row.token_id, principal: { kind: 'user', userId: row.user_id, orgId: row.org_id, role: row.role } } : null;
}

/** Checks an API token and opens a session for its user. Returns the session secret (for the cookie) or null. */
export async function openSession(q: Queryable, token: string, hours = SESSION_HOURS): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(token)) return null;
  const owner = await tokenOwner(q, token);
  if (!owner) return null;
  await q.query('DELETE FROM web_sessions WHERE expires_at <= now()');
  const secret = newSecret();
  await q.query(
    "INSERT INTO web_sessions (id_hash, user_id, token_id, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4::int))",
    [sha256Hex(secret), owner.principal.userId, owner.tokenId, hours],
  );
  return secret;
}

export async function closeSession(q: Queryable, idHash: string): Promise<void> {
  await q.query('DELETE FROM web_sessions WHERE id_hash = $1', [idHash]);
}

async function findSession(q: Queryable, secret: string): Promise<WebSession | null> {
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(secret)) return null;
  const idHash = sha256Hex(secret);
  const r = await q.query<{ user_id: string; org_id: string; role: Role; name: string }>(
    `SELECT u.id AS user_id, u.org_id, u.role, u.name
       FROM web_sessions s JOIN users u ON u.id = s.user_id JOIN api_tokens t ON t.id = s.token_id
      WHERE s.id_hash = $1 AND s.expires_at > now() AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
    [idHash],
  );
  const row = r.rows[0];
  if (!row) return null;
  return { principal: { kind: 'user', userId: row.user_id, orgId: row.org_id, role: row.role }, userName: row.name, csrf: sessionCsrf(secret), idHash };
}

export function setSessionCookie(req: Request, res: Response, secret: string, hours = SESSION_HOURS): void {
  res.cookie(SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', maxAge: hours * 3_600_000 });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
}

/**
 * Resolves the session cookie into req.principal (and req.webSession) on web pages. A request that
 * brought a Bearer token keeps it; /v1/ is never cookie-authenticated. Safe to mount twice.
 */
export function sessionMiddleware(db: Queryable): RequestHandler {
  return async (req, _res, next) => {
    if (req.webSession !== undefined) return next();
    req.webSession = null;
    if (req.path.startsWith('/v1/') || req.headers.authorization || req.principal?.kind === 'user') return next();
    const secret = readCookie(req, SESSION_COOKIE);
    if (!secret) return next();
    try {
      const s = await findSession(db, secret);
      if (s) {
        req.webSession = s;
        req.principal = s.principal;
      }
      next();
    } catch (e) {
      next(e);
    }
  };
}

/** The signed-in user's session, if any. */
export const webSessionOf = (req: Request): WebSession | null => req.webSession ?? null;

/** The hidden input carrying the session's CSRF token (empty when signed out). */
export function csrfField(req: Request): string {
  const s = webSessionOf(req);
  return s ? `<input type="hidden" name="csrf" value="${s.csrf}">` : '';
}

/** Parses a small urlencoded form body (no files). */
export const formBody: RequestHandler = express.urlencoded({ extended: false, limit: '32kb', parameterLimit: 20 });

export class CsrfError extends Error {
  constructor() {
    super('The form could not be checked.');
    this.name = 'CsrfError';
  }
}

/**
 * Whether a browser says this request came from another site (Fetch Metadata, or Origin when that is
 * absent). Our pages send no referrer, so older browsers send "Origin: null" for their own forms:
 * that says nothing, and the form token still has to match.
 */
export function isCrossSite(req: Request): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'cross-site' || site === 'same-site';
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin === 'null') return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/** For session forms: the body's csrf must match the signed-in session's. Use after formBody. */
export function requireCsrf(): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const s = webSessionOf(req);
    const given = (req.body as Record<string, unknown> | undefined)?.csrf;
    if (isCrossSite(req) || !s || !sameToken(given, s.csrf)) return next(new CsrfError());
    next();
  };
}
