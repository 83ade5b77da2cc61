// Organisations, users and API tokens. Tokens and capability keys are stored only as sha256 hashes.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Queryable } from './db/db.ts';

export const ROLES = ['adviser', 'caseworker', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const ORG_KINDS = ['la', 'iass'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export function sha256Hex(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** 256 random bits, URL-safe: used for API tokens and for anonymous capability keys. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(sha256Hex(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function createOrg(q: Queryable, name: string, kind: OrgKind): Promise<string> {
  const id = randomUUID();
  await q.query('INSERT INTO organisations (id, name, kind) VALUES ($1, $2, $3)', [id, name, kind]);
  return id;
}

/** Finds an organisation by id or exact name. */
export async function findOrg(q: Queryable, idOrName: string): Promise<{ id: string; name: string; kind: OrgKind } | null> {
  const r = await q.query<{ id: string; name: string; kind: OrgKind }>('SELECT id, name, kind FROM organisations WHERE id = $1 OR name = $1 ORDER BY created_at LIMIT 2', [idOrName]);
  if (r.rows.length > 1) throw new Error(`More than one organisation is called "${idOrName}": use its id.`);
  return r.rows[0] ?? null;
}

export async function createUser(q: Queryable, orgId: string, name: string, role: Role): Promise<string> {
  const id = randomUUID();
  await q.query('INSERT INTO users (id, org_id, name, role) VALUES ($1, $2, $3, $4)', [id, orgId, name, role]);
  return id;
}

export async function findUser(q: Queryable, idOrName: string): Promise<{ id: string; org_id: string; name: string; role: Role } | null> {
  const r = await q.query<{ id: string; org_id: string; name: string; role: Role }>('SELECT id, org_id, name, role FROM users WHERE id = $1 OR name = $1 ORDER BY created_at LIMIT 2', [idOrName]);
  if (r.rows.length > 1) throw new Error(`More than one user is called "${idOrName}": use their id.`);
  return r.rows[0] ?? null;
}

/** Creates a token and returns it: the only time it exists in clear. */
export async function createToken(q: Queryable, userId: string, expiresAt: Date | null = null): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const token = newSecret('ehcp_');
  await q.query('INSERT INTO api_tokens (id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, $4)', [id, userId, sha256Hex(token), expiresAt]);
  return { id, token };
}

/** Revokes by token id or by the token itself. */
export async function revokeToken(q: Queryable, idOrToken: string): Promise<boolean> {
  const r = await q.query('UPDATE api_tokens SET revoked_at = now() WHERE (id = $1 OR token_hash = $2) AND revoked_at IS NULL RETURNING id', [idOrToken, sha256Hex(idOrToken)]);
  return r.rows.length > 0;
}

export interface UserPrincipal {
  kind: 'user';
  userId: string;
  orgId: string;
  role: Role;
}

/** The user a bearer token belongs to, if the token is live. */
export async function userForToken(q: Queryable, token: string): Promise<UserPrincipal | null> {
  const r = await q.query<{ user_id: string; org_id: string; role: Role }>(
    `SELECT u.id AS user_id, u.org_id, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
    [sha256Hex(token)],
  );
  const row = r.rows[0];
  return row ? { kind: 'user', userId: row.user_id, orgId: row.org_id, role: row.role } : null;
}
