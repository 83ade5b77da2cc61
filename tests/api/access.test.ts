// Who can reach what, on PostgreSQL and Redis: tokens, organisations, roles and capability keys;
// and deletion leaving nothing behind in the database or in BullMQ.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createApp, purgeExpired, type App } from '../../services/api/src/app.ts';
import { createOrg, createToken, createUser, revokeToken } from '../../services/api/src/accounts.ts';
import { dropIsolated, form, seedAccounts, listen, REDIS_URL, redisKeys, samplePlan, settle, testConfig, waitFor } from './helpers.ts';

type Json = Record<string, any>;

describe('access and deletion on PostgreSQL and Redis', () => {
  const config = testConfig('scaled');
  let svc: App;
  let base: string;
  let stop: () => Promise<void>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    svc = await createApp(config);
    ({ base, stop } = await listen(svc.app));
    const seeded = await seedAccounts(svc.db, { caseworker: ['la', 'caseworker'], colleague: ['la', 'caseworker'], admin: ['la', 'admin'], otherOrg: ['iass', 'adviser'] });
    Object.assign(tokens, seeded.tokens);
  });
  afterAll(async () => {
    await stop?.();
    await svc?.close();
    await dropIsolated(config);
  });

  const as = (who?: string): Record<string, string> => (who ? { authorization: `Bearer ${tokens[who] ?? who}` } : {});
  const call = async (method: string, path: string, who?: string, body?: FormData) => {
    const r = await fetch(base + path, { method, headers: as(who), body });
    const text = await r.text();
    return { status: r.status, body: (text ? JSON.parse(text) : null) as Json };
  };
  const uploadAs = async (who?: string, plan = samplePlan(1)) => (await call('POST', '/v1/documents', who, form(plan, 'plan.md'))).body;

  it('signed-in uploads answer plain links and are listed for the organisation only', async () => {
    const mine = await uploadAs('caseworker');
    expect(mine.links).toEqual({ self: `/v1/documents/${mine.id}`, report: `/v1/documents/${mine.id}/report` });
    await settle(base, mine.links.self, as('caseworker'));
    const list = await call('GET', '/v1/documents?limit=100', 'colleague');
    expect(list.status).toBe(200);
    expect(list.body.documents.map((d: Json) => d.id)).toContain(mine.id);
    expect(list.body.documents.find((d: Json) => d.id === mine.id).name).toBe('plan.md');
    const other = await call('GET', '/v1/documents?limit=100', 'otherOrg');
    expect(other.body.documents.map((d: Json) => d.id)).not.toContain(mine.id);
    expect((await call('GET', mine.links.report, 'colleague')).status).toBe(200);
  });

  it('pages the list with a cursor', async () => {
    for (let i = 0; i < 3; i++) await uploadAs('admin');
    const first = await call('GET', '/v1/documents?limit=2', 'admin');
    expect(first.body.documents).toHaveLength(2);
    expect(first.body.nextCursor).toBeTruthy();
    const second = await call('GET', `/v1/documents?limit=2&cursor=${first.body.nextCursor}`, 'admin');
    const ids = [...first.body.documents, ...second.body.documents].map((d: Json) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await call('GET', '/v1/documents?cursor=nonsense', 'admin')).body.error.code).toBe('invalid_request');
    expect((await call('GET', '/v1/documents?limit=0', 'admin')).body.error.code).toBe('invalid_request');
  });

  it('every route: no token is 401, a bad token is 401, another organisation is 404', async () => {
    const doc = await uploadAs('caseworker');
    const routes: [string, string][] = [
      ['GET', `/v1/documents/${doc.id}`],
      ['GET', `/v1/documents/${doc.id}/report`],
      ['DELETE', `/v1/documents/${doc.id}`],
    ];
    for (const [method, path] of routes) {
      const none = await call(method, path);
      expect([method, path, none.status, none.body.error.code]).toEqual([method, path, 401, 'unauthorised']);
      const bad = await call(method, path, 'ehcp_not-a-real-token-at-all-xxxxxxxx');
      expect([method, path, bad.status, bad.body.error.code]).toEqual([method, path, 401, 'unauthorised']);
      const other = await call(method, path, 'otherOrg');
      expect([method, path, other.status, other.body.error.code]).toEqual([method, path, 404, 'not_found']);
      const missing = await call(method, path.replace(doc.id, '00000000-0000-4000-8000-000000000000'), 'caseworker');
      expect([method, path, missing.status]).toEqual([method, path, 404]);
    }
    for (const [method, path] of [['GET', '/v1/documents'], ['GET', '/v1/audit']]) {
      expect((await call(method, path)).status).toBe(401);
      expect((await call(method, path, 'garbage token')).status).toBe(401);
    }
    expect((await call('POST', '/v1/documents', 'ehcp_not-a-real-token-at-all-xxxxxxxx', form('x', 'a.txt'))).status).toBe(401);
    // The other organisation's token did not delete it.
    expect((await call('GET', `/v1/documents/${doc.id}`, 'caseworker')).status).toBe(200);
  });

  it('a revoked token is 401', async () => {
    const org = await createOrg(svc.db, 'Revokeham Council', 'la');
    const { id, token } = await createToken(svc.db, await createUser(svc.db, org, 'Rex', 'caseworker'));
    expect((await call('GET', '/v1/documents', token)).status).toBe(200);
    await revokeToken(svc.db, id);
    expect((await call('GET', '/v1/documents', token)).status).toBe(401);
  });

  it('roles: only the uploader or an admin deletes; only an admin reads the audit log', async () => {
    const doc = await uploadAs('caseworker');
    const byColleague = await call('DELETE', `/v1/documents/${doc.id}`, 'colleague');
    expect([byColleague.status, byColleague.body.error.code]).toEqual([403, 'forbidden']);
    const auditByCaseworker = await call('GET', '/v1/audit', 'caseworker');
    expect([auditByCaseworker.status, auditByCaseworker.body.error.code]).toEqual([403, 'forbidden']);
    expect((await call('DELETE', `/v1/documents/${doc.id}`, 'admin')).status).toBe(204);
    const audit = await call('GET', `/v1/audit?documentId=${doc.id}`, 'admin');
    expect(audit.status).toBe(200);
    expect(audit.body.events.map((e: Json) => e.action)).toEqual(['deleted', 'created']);
    expect(Object.keys(audit.body.events[0]).sort()).toEqual(['action', 'actor', 'at', 'documentId', 'id']);
  });

  it('a capability reaches its one document; a wrong, borrowed or expired key is 404', async () => {
    const a = await uploadAs();
    const b = await uploadAs();
    const keyA = new URL(a.links.self, base).searchParams.get('key')!;
    const keyB = new URL(b.links.self, base).searchParams.get('key')!;
    expect(keyA).not.toBe(keyB);
    await settle(base, a.links.self);
    expect((await call('GET', a.links.report)).status).toBe(200);
    for (const path of [`/v1/documents/${a.id}`, `/v1/documents/${a.id}/report`]) {
      for (const key of [keyB, `${keyA.slice(0, -2)}xx`, 'short']) {
        const r = await call('GET', `${path}?key=${key}`);
        expect([path, r.status]).toEqual([path, 404]);
      }
      // A signed-in user of some organisation cannot reach an anonymous document without its key.
      expect((await call('GET', path, 'caseworker')).status).toBe(404);
    }
    expect((await call('DELETE', `/v1/documents/${a.id}?key=${keyB}`)).status).toBe(404);
    await svc.db.query("UPDATE documents SET expires_at = now() - interval '1 second' WHERE id = $1", [a.id]);
    expect((await call('GET', a.links.self)).status).toBe(404);
    expect((await call('GET', a.links.report)).status).toBe(404);
    expect((await call('DELETE', a.links.self)).status).toBe(404);
    // The sweep then deletes it for good.
    expect(await purgeExpired(svc.ctx)).toBeGreaterThanOrEqual(1);
    expect((await svc.db.query('SELECT 1 FROM documents WHERE id = $1', [a.id])).rows).toHaveLength(0);
    expect((await call('GET', b.links.self)).status).toBe(200);
  });

  /** Every trace of a document id in the database tables (except the audit log) and in BullMQ. */
  async function traces(id: string, prefix = config.queuePrefix): Promise<string[]> {
    const found: string[] = [];
    for (const [table, col] of [['documents', 'id'], ['document_bytes', 'document_id'], ['structured_documents', 'document_id'], ['reports', 'document_id'], ['document_states', 'document_id']]) {
      if ((await svc.db.query(`SELECT 1 FROM ${table} WHERE ${col} = $1`, [id])).rows.length) found.push(`table ${table}`);
    }
    const r = new Redis(REDIS_URL);
    try {
      for (const key of await redisKeys(prefix)) {
        if (key.includes(id)) found.push(`key ${key}`);
        if (key.endsWith(':events')) continue; // the event stream: ids and state names only, trimmed by BullMQ
        const type = await r.type(key);
        const values =
          type === 'list' ? await r.lrange(key, 0, -1)
          : type === 'zset' ? await r.zrange(key, '0', '-1')
          : type === 'set' ? await r.smembers(key)
          : type === 'hash' ? Object.entries(await r.hgetall(key)).flat()
          : type === 'string' ? [String(await r.get(key))]
          : [];
        if (values.some((v) => v.includes(id))) found.push(`${type} ${key}`);
      }
    } finally {
      r.disconnect();
    }
    return found;
  }

  it('deleting a finished document leaves nothing behind in the tables or the queue', async () => {
    const doc = await uploadAs('caseworker');
    await settle(base, doc.links.self, as('caseworker'));
    await call('GET', doc.links.report, 'caseworker');
    expect((await traces(doc.id)).length).toBeGreaterThan(0); // the finished job is kept for a while
    expect((await call('DELETE', doc.links.self, 'caseworker')).status).toBe(204);
    expect(await traces(doc.id)).toEqual([]);
    for (const link of [doc.links.self, doc.links.report]) expect((await call('GET', link, 'caseworker')).status).toBe(404);
    const audit = await svc.db.query<{ action: string; actor: string }>('SELECT action, actor FROM audit_log WHERE document_id = $1 ORDER BY id', [doc.id]);
    expect(audit.rows.map((x) => x.action)).toEqual(['created', 'read', 'deleted']);
  });

  it('deleting a document still waiting in the queue removes its job too', async () => {
    // Its own queue prefix: the main app's workers must not pick the job up.
    const idleConfig = { ...config, workers: false, queuePrefix: `${config.queuePrefix}_idle` };
    const idle = await createApp(idleConfig);
    const { base: idleBase, stop: stopIdle } = await listen(idle.app);
    try {
      const r = await fetch(`${idleBase}/v1/documents`, { method: 'POST', body: form(samplePlan(5), 'waiting.md') });
      const doc = (await r.json()) as Json;
      expect((await traces(doc.id, idleConfig.queuePrefix)).filter((t) => t.startsWith('list ')).join()).toContain(':wait');
      expect((await fetch(idleBase + doc.links.self, { method: 'DELETE' })).status).toBe(204);
      expect(await traces(doc.id, idleConfig.queuePrefix)).toEqual([]);
    } finally {
      await stopIdle();
      await idle.close();
      await dropIsolated({ ...idleConfig, databaseUrl: undefined });
    }
  });

  it('deleting a document while its job runs leaves nothing once the job ends', async () => {
    const doc = await uploadAs('caseworker', samplePlan(6));
    await call('DELETE', doc.links.self, 'caseworker');
    await waitFor(async () => (await traces(doc.id)).length === 0, 10_000);
    expect(await traces(doc.id)).toEqual([]);
  });
});
