// The PostgreSQL connection dropped under the service (every session of its pool terminated):
// requests caught in the drop get a clear error, nothing is half-stored, and the next ones work.
import { describe, expect, it } from 'vitest';
import { form, samplePlan, settle, useService } from './helpers.ts';

type Json = Record<string, any>;

describe('PostgreSQL connections dropped', () => {
  const svc = useService('scaled');

  const dropAll = async () =>
    (await svc.admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [`ehcp-check:${svc.config.databaseSchema}`])).rows.length;

  it('answers a clear error or succeeds, keeps no half-stored upload, and works again', async () => {
    const { app, base } = svc;
    const first = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(samplePlan(1), 'before.md') });
    expect(first.status).toBe(202);
    expect((await settle(base, ((await first.json()) as Json).links.self)).state).toBe('done');

    expect(await dropAll()).toBeGreaterThan(0);
    const accepted: string[] = [];
    const links: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(samplePlan(2 + i), `during-${i}.md`) });
      const body = (await r.json()) as Json;
      if (r.status === 202) {
        accepted.push(body.id);
        links.push(body.links.self);
      }
      else expect([r.status, body.error.code, body.error.message]).toEqual([500, 'internal_error', 'Something went wrong.']);
    }
    // The pool replaces dropped sessions: the service answers and takes uploads again.
    const after = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(samplePlan(9), 'after.md') });
    expect(after.status).toBe(202);
    const afterBody = (await after.json()) as Json;
    accepted.push(afterBody.id);
    expect((await settle(base, afterBody.links.self)).state).toBe('done');
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    // Nothing half-stored: every document row has its key and was accepted; no row without an answer.
    const rows = await app.db.query<{ id: string; key: boolean }>('SELECT d.id, k.key IS NOT NULL AS key FROM documents d LEFT JOIN document_keys k ON k.document_id = d.id');
    expect(rows.rows.every((r) => r.key)).toBe(true);
    expect(rows.rows.length).toBe(1 + accepted.length);
    for (const self of links) expect((await settle(base, self)).state).toBe('done');
  }, 120_000);
});
