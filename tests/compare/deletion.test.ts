// A stored comparison quotes the plan and names both files, so it is sealed with its own key and
// deleting it leaves no bytes (README: Data protection). Two versions carrying a unique marker, under
// unique file names, are compared on the embedded database with a real DATA_DIR; the API answers the
// comparison; after DELETE (and after the retention sweep) no file of DATA_DIR holds the marker, the
// names or the comparison's key. Before deletion the key IS found: the scan can see what it looks for.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { purgeExpired } from '../../services/api/src/app.ts';
import { Comparison } from '../../services/analyser/src/compare/schema.ts';
import { samplePlan, testConfig, useService } from '../api/helpers.ts';
import { scanDir } from '../api/scan-dir.ts';

type Json = Record<string, any>;

function uniquePair() {
  const marker = `Vorquellian${randomBytes(6).toString('hex')}`;
  const tag = randomBytes(5).toString('hex');
  const names = [`draft-${tag}-Ombrecht.md`, `final-${tag}-Ombrecht.md`];
  // The marker sits in a provision of both versions (quoted as unchanged) and in one that changes.
  const old = samplePlan(3).replace('asthma care plan every term.', `asthma care plan every term at the ${marker} clinic.`);
  const changed = old.replace('three times a week.', `once a week at ${marker} House.`);
  expect(old).toContain(marker);
  expect(changed).not.toBe(old);
  return { marker, names, old, new: changed };
}

function pair(p: ReturnType<typeof uniquePair>): FormData {
  const f = new FormData();
  f.append('old', new Blob([p.old]), p.names[0]);
  f.append('new', new Blob([p.new]), p.names[1]);
  return f;
}

describe('deleting a comparison on the embedded database leaves no bytes in DATA_DIR', () => {
  const svc = useService('disk');

  const create = async (p: ReturnType<typeof uniquePair>) => {
    const { app, base } = svc;
    const r = await fetch(`${base}/v1/comparisons`, { method: 'POST', body: pair(p) });
    expect(r.status).toBe(201);
    const body = (await r.json()) as Json;
    const k = (await app.db.query<{ key: Uint8Array }>('SELECT key FROM comparison_keys WHERE comparison_id = $1', [body.id])).rows[0];
    expect(k).toBeDefined();
    return { id: body.id as string, self: body.links.self as string, key: Buffer.from(k.key) };
  };

  it('stores the result sealed, answers it as JSON, and after DELETE no file holds its text, names or key', async () => {
    const { app, base, dataDir } = svc;
    const p = uniquePair();
    const { id, self, key } = await create(p);

    // Read back through its key: the JSON quotes the marker and names both files.
    const got = await fetch(base + self, { headers: { accept: 'application/json' } });
    expect(got.status).toBe(200);
    const text = await got.text();
    const c = Comparison.parse(JSON.parse(text));
    expect(c.old.document.name).toBe(p.names[0]);
    expect(c.new.document.name).toBe(p.names[1]);
    expect(text).toContain(p.marker);
    const row = (await app.db.query<{ result: unknown }>('SELECT result FROM comparisons WHERE id = $1', [id])).rows[0];
    expect(row.result).toBeNull();

    const needles = { marker: Buffer.from(p.marker), oldName: Buffer.from(p.names[0]), newName: Buffer.from(p.names[1]), key };
    await app.db.query('CHECKPOINT');
    const before = Object.values(scanDir(dataDir, needles)).flat();
    // The key is on disk while the comparison exists; the quoted text and the names never are.
    expect(before).toContain('key');
    expect(before).not.toContain('marker');
    expect(before).not.toContain('oldName');
    expect(before).not.toContain('newName');

    const del = await fetch(base + self, { method: 'DELETE' });
    expect(del.status).toBe(204);
    await app.db.query('CHECKPOINT');
    expect(scanDir(dataDir, needles)).toEqual({});
    expect((await fetch(base + self)).status).toBe(404);
    expect((await app.db.query('SELECT 1 FROM comparison_keys WHERE comparison_id = $1', [id])).rows).toEqual([]);
  }, 120_000);

  it('the retention sweep deletes and shreds the same way', async () => {
    const { app, base, dataDir } = svc;
    const p = uniquePair();
    const { id, key } = await create(p);
    await app.db.query("UPDATE comparisons SET expires_at = now() - interval '1 minute' WHERE id = $1", [id]);
    await app.db.query('CHECKPOINT');
    expect(Object.values(scanDir(dataDir, { key })).flat()).toContain('key');
    expect(await purgeExpired(app.ctx)).toBe(1);
    await app.db.query('CHECKPOINT');
    expect(scanDir(dataDir, { marker: Buffer.from(p.marker), oldName: Buffer.from(p.names[0]), newName: Buffer.from(p.names[1]), key })).toEqual({});
  }, 120_000);
});

describe('comparisons stored before sealing (migrations 001-006)', () => {
  it('are sealed at start: the plaintext result emptied, still readable through their key', async () => {
    const { openDb } = await import('../../services/api/src/db/db.ts');
    const { migrate, MIGRATIONS_DIR } = await import('../../services/api/src/db/migrate.ts');
    const { accessComparison, resultOf } = await import('../../services/api/src/routes/comparisons.ts');
    const { ingest } = await import('../../services/ingest/src/index.ts');
    const { compareDocuments } = await import('../../services/analyser/src/compare/index.ts');
    const p = uniquePair();
    const enc = (t: string) => new TextEncoder().encode(t);
    const comparison = compareDocuments(await ingest(enc(p.old), { name: p.names[0] }), await ingest(enc(p.new), { name: p.names[1] }));
    expect(JSON.stringify(comparison)).toContain(p.marker);

    const old = fs.mkdtempSync(path.join(os.tmpdir(), 'ehcp-old-comparisons-'));
    for (const f of fs.readdirSync(MIGRATIONS_DIR).filter((f) => f < '007')) fs.copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(old, f));
    const db = await openDb(testConfig('embedded'));
    try {
      await migrate(db, old);
      const { createOrg } = await import('../../services/api/src/accounts.ts');
      const org = await createOrg(db, 'Oldshire County Council', 'la');
      const id = '3f0c1f9e-0000-4000-8000-000000000007';
      await db.query('INSERT INTO comparisons (id, org_id, result) VALUES ($1, $2, $3::json)', [id, org, JSON.stringify(comparison)]);

      await migrate(db);
      const row = (await db.query<{ result: unknown; sealed: Uint8Array | null }>('SELECT result, sealed FROM comparisons WHERE id = $1', [id])).rows[0];
      expect(row.result).toBeNull();
      expect(Buffer.from(row.sealed!).includes(Buffer.from(p.marker))).toBe(false);
      expect((await db.query('SELECT 1 FROM comparison_keys WHERE comparison_id = $1', [id])).rows).toHaveLength(1);
      const reached = await accessComparison(db, { kind: 'user', orgId: org, userId: 'u', role: 'admin' } as never, id, undefined);
      expect(resultOf(reached)).toEqual(comparison);
      expect(await migrate(db)).toEqual([]); // nothing left to do
    } finally {
      await db.close();
      fs.rmSync(old, { recursive: true, force: true });
    }
  }, 60_000);
});
