// The admin commands, run either by `npm run admin` on the database directly or, while the service
// holds the embedded database, by the service on the CLI's behalf (POST /admin/v1/command, from
// this machine only, with the secret the service wrote to DATA_DIR/admin.json). Each answers a
// table or a line for people and the same data as JSON.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createOrg, createToken, createUser, findOrg, findUser, ORG_KINDS, revokeToken, ROLES, type OrgKind, type Role } from './accounts.ts';
import type { Db } from './db/db.ts';
import type { JobQueue } from './queue/queue.ts';

export const ADMIN_COMMANDS = ['create-org', 'create-user', 'create-token', 'revoke-token', 'list-orgs', 'list-users', 'purge-expired', 'migrate'] as const;

/** A mistake in the command (shown as one line, exit 2). */
export class AdminError extends Error {
  override name = 'AdminError';
}

export interface AdminAnswer {
  /** For people: a line, or a table's rows (the first is the header). */
  text: string | string[][];
  json: unknown;
}

export type AdminValues = Partial<Record<'name' | 'kind' | 'org' | 'role' | 'user' | 'days' | 'token', string>>;

export async function runAdminCommand(deps: { db: Db; queue?: JobQueue; purge?: () => Promise<number> }, command: string, v: AdminValues): Promise<AdminAnswer> {
  const { db } = deps;
  switch (command) {
    case 'migrate':
      return { text: 'migrations applied', json: { ok: true } };
    case 'create-org': {
      if (!v.name) throw new AdminError('create-org needs --name');
      if (!ORG_KINDS.includes(v.kind as OrgKind)) throw new AdminError('create-org needs --kind la or --kind iass');
      const id = await createOrg(db, v.name, v.kind as OrgKind);
      return { text: id, json: { id, name: v.name, kind: v.kind } };
    }
    case 'create-user': {
      if (!v.org || !v.name) throw new AdminError('create-user needs --org and --name');
      if (!ROLES.includes(v.role as Role)) throw new AdminError(`create-user needs --role, one of ${ROLES.join(', ')}`);
      const org = await findOrg(db, v.org);
      if (!org) throw new AdminError(`No organisation "${v.org}" (see list-orgs).`);
      const id = await createUser(db, org.id, v.name, v.role as Role);
      return { text: id, json: { id, orgId: org.id, name: v.name, role: v.role } };
    }
    case 'create-token': {
      if (!v.user) throw new AdminError('create-token needs --user');
      const user = await findUser(db, v.user);
      if (!user) throw new AdminError(`No user "${v.user}" (see list-users).`);
      const days = v.days ? Number(v.days) : null;
      if (days !== null && !(days > 0)) throw new AdminError('--days must be a positive number');
      const expiresAt = days ? new Date(Date.now() + days * 86_400_000) : null;
      const { id, token } = await createToken(db, user.id, expiresAt);
      return { text: token, json: { id, token, userId: user.id, expiresAt: expiresAt?.toISOString() ?? null } };
    }
    case 'revoke-token': {
      if (!v.token) throw new AdminError('revoke-token needs --token');
      if (!(await revokeToken(db, v.token))) throw new AdminError('No such live token.');
      return { text: 'revoked', json: { revoked: true } };
    }
    case 'list-orgs': {
      const r = await db.query<{ id: string; name: string; kind: string; users: number; documents: number; created_at: Date }>(
        `SELECT o.id, o.name, o.kind, o.created_at,
                (SELECT count(*)::int FROM users u WHERE u.org_id = o.id) AS users,
                (SELECT count(*)::int FROM documents d WHERE d.org_id = o.id) AS documents
           FROM organisations o ORDER BY o.name, o.id`,
      );
      const anon = Number(((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE org_id IS NULL')).rows[0]).n);
      return {
        text: [['ORGANISATION', 'KIND', 'USERS', 'DOCUMENTS', 'ID'], ...r.rows.map((o) => [o.name, o.kind, String(o.users), String(o.documents), o.id]), ['(anonymous uploads)', '', '', String(anon), '']],
        json: { organisations: r.rows.map((o) => ({ id: o.id, name: o.name, kind: o.kind, users: o.users, documents: o.documents, createdAt: new Date(o.created_at).toISOString() })), anonymousDocuments: anon },
      };
    }
    case 'list-users': {
      const org = v.org ? await findOrg(db, v.org) : null;
      if (v.org && !org) throw new AdminError(`No organisation "${v.org}" (see list-orgs).`);
      const r = await db.query<{ id: string; name: string; role: string; org: string; documents: number; tokens: number }>(
        `SELECT u.id, u.name, u.role, o.name AS org,
                (SELECT count(*)::int FROM documents d WHERE d.created_by = u.id) AS documents,
                (SELECT count(*)::int FROM api_tokens t WHERE t.user_id = u.id AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())) AS tokens
           FROM users u JOIN organisations o ON o.id = u.org_id
          WHERE ($1::text IS NULL OR u.org_id = $1) ORDER BY o.name, u.name, u.id`,
        [org?.id ?? null],
      );
      return {
        text: [['USER', 'ROLE', 'ORGANISATION', 'DOCUMENTS', 'LIVE TOKENS', 'ID'], ...r.rows.map((u) => [u.name, u.role, u.org, String(u.documents), String(u.tokens), u.id])],
        json: { users: r.rows },
      };
    }
    case 'purge-expired': {
      if (!deps.purge) throw new AdminError('purge-expired is not available here.');
      const n = await deps.purge();
      return { text: `${n} expired documents deleted`, json: { deleted: n } };
    }
    default:
      throw new AdminError(`Unknown command "${command}".`);
  }
}

/** A table as aligned columns. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n');
}

// ---------- the service's side: commands on the CLI's behalf while it holds the embedded database ----------

export const adminFile = (dataDir: string) => path.join(dataDir, 'admin.json');
const SECRET = randomBytes(32).toString('base64url');

/** Whether a request came from this machine with this process's admin secret (admin-router.ts). */
export function isAdminCaller(remoteAddress: string | undefined, secret: string): boolean {
  const isLoopback = remoteAddress === '127.0.0.1' || remoteAddress === '::1' || remoteAddress === '::ffff:127.0.0.1';
  const given = Buffer.from(secret);
  return isLoopback && given.length === SECRET.length && timingSafeEqual(given, Buffer.from(SECRET));
}

/** Tells `npm run admin` where to find the service (embedded database only; removed on stop). */
export function writeAdminFile(dataDir: string, port: number): () => void {
  const file = adminFile(dataDir);
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, port, secret: SECRET }), { mode: 0o600 });
  return () => fs.rmSync(file, { force: true });
}
