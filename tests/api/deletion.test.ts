// Deletion leaves no bytes (crypto-shredding, README: Data protection). A plan carrying a unique
// marker, under a unique file name, is uploaded, checked, read and deleted; then no file of the
// embedded database's directory (or of PostgreSQL's data directory, WAL included) holds the marker,
// the name, or the document's key. Before deletion the key IS found: the scan can see what it looks for.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { purgeExpired, type App } from '../../services/api/src/app.ts';
import { createOrg } from '../../services/api/src/accounts.ts';
import { shred } from '../../services/api/src/db/seal.ts';
import { scanDir } from './scan-dir.ts';
import { form, samplePlan, settle, testConfig, userToken, useService } from './helpers.ts';

type Json = Record<string, any>;

function uniquePlan() {
  const marker = `Zyxquorth${randomBytes(6).toString('hex')}`;
  const name = `plan-of-${randomBytes(5).toString('hex')}-Quillon.md`;
  const text = samplePlan(7).replace('Pip likes trains', `Pip likes trains and ${marker}`).replace(/Pip has asthma\./, `Pip has asthma. ${marker} again.`);
  return { marker, name, text };
}

const keyOf = async (app: App, id: string) => {
  const r = await app.db.query<{ key: Uint8Array }>('SELECT key FROM document_keys WHERE document_id = $1', [id]);
  return Buffer.from(r.rows[0].key);
};

describe('deletion on the embedded database leaves no bytes in DATA_DIR', () => {
  const svc = useService('disk');

  it('stores the plan sealed, reads it back, and after DELETE no file holds its text, name or key', async () => {
    const { app, base, dataDir } = svc;
    const org = await createOrg(app.db, 'Shredshire County Council', 'la');
    const token = await userToken(app.db, org, 'Sam Shred', 'admin');
    const auth = { authorization: `Bearer ${token}` };
    const plan = uniquePlan();
    const up = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(plan.text, plan.name), headers: auth });
    expect(up.status).toBe(202);
    const { id, links } = (await up.json()) as Json;
    expect((await settle(base, links.self, auth)).state).toBe('done');

    // Decrypted on read: the listing's name, the report's name and the text export.
    const list = (await (await fetch(`${base}/v1/documents`, { headers: auth })).json()) as Json;
    expect(list.documents.find((d: Json) => d.id === id).name).toBe(plan.name);
    const withText = (await (await fetch(`${base}${links.report}?include=text`, { headers: auth })).json()) as Json;
    expect(withText.document.name).toBe(plan.name);
    expect(withText.text).toContain(plan.marker);

    const key = await keyOf(app, id);
    const needles = { marker: Buffer.from(plan.marker), name: Buffer.from(plan.name), key };
    await app.db.query('CHECKPOINT');
    const before = scanDir(dataDir, needles);
    // The key is on disk while the plan exists (the scan can find it); the text and name never are.
    expect(Object.values(before).flat()).toContain('key');
    expect(Object.values(before).flat()).not.toContain('marker');
    expect(Object.values(before).flat()).not.toContain('name');

    const del = await fetch(`${base}/v1/documents/${id}`, { method: 'DELETE', headers: auth });
    expect(del.status).toBe(204);
    await app.db.query('CHECKPOINT');
    expect(scanDir(dataDir, needles)).toEqual({});
    expect((await fetch(`${base}/v1/documents/${id}`, { headers: auth })).status).toBe(404);
  }, 120_000);

  it('the retention sweep deletes the same way', async () => {
    const { app, base, dataDir } = svc;
    const plan = uniquePlan();
    const up = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(plan.text, plan.name) });
    const { id, links } = (await up.json()) as Json;
    expect((await settle(base, links.self)).state).toBe('done');
    const key = await keyOf(app, id);
    await app.db.query("UPDATE documents SET expires_at = now() - interval '1 minute' WHERE id = $1", [id]);
    expect(await purgeExpired(app.ctx)).toBe(1);
    await app.db.query('CHECKPOINT');
    expect(scanDir(dataDir, { marker: Buffer.from(plan.marker), name: Buffer.from(plan.name), key })).toEqual({});
  }, 120_000);
});

describe('deletion on PostgreSQL', () => {
  const svc = useService('scaled');

  /** The bytes of every table (and TOAST table) of the test's schema, read by the superuser. */
  async function tableFiles(): Promise<Map<string, Buffer>> {
    const { admin, config } = svc;
    const rels = await admin.query<{ relname: string; path: string }>(
      `SELECT c.relname, pg_relation_filepath(c.oid) AS path FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ($1, 'pg_toast') AND c.relkind IN ('r', 't', 'i') AND pg_relation_filepath(c.oid) IS NOT NULL
          AND (n.nspname = $1 OR c.oid IN (SELECT reltoastrelid FROM pg_class t JOIN pg_namespace tn ON tn.oid = t.relnamespace WHERE tn.nspname = $1))`,
      [config.databaseSchema],
    );
    const out = new Map<string, Buffer>();
    for (const r of rels.rows) {
      const f = await admin.query<{ b: Buffer }>('SELECT pg_read_binary_file($1, 0, 100000000, true) AS b', [r.path]);
      if (f.rows[0].b) out.set(r.relname, f.rows[0].b);
    }
    return out;
  }

  it('keeps only sealed text and names in its tables, and no deleted key in the key table', async () => {
    const { app, base, admin, config } = svc;
    const org = await createOrg(app.db, 'Pgshire County Council', 'la');
    const token = await userToken(app.db, org, 'Pat Pg', 'admin');
    const auth = { authorization: `Bearer ${token}` };
    const plan = uniquePlan();
    const { id, links } = (await (await fetch(`${base}/v1/documents`, { method: 'POST', body: form(plan.text, plan.name), headers: auth })).json()) as Json;
    expect((await settle(base, links.self, auth)).state).toBe('done');
    const key = await keyOf(app, id);
    // ANALYZE (autovacuum's, in production) samples column values into pg_statistic, where they would
    // outlive the row: migration 011 keeps the key columns out. A few more keys make a sample worth taking.
    for (let i = 0; i < 5; i++) {
      await app.db.query("INSERT INTO documents (id, capability_hash, state, size_bytes) VALUES ($1, 'x', 'failed', 0)", [`filler-${i}`]);
      await app.db.query('INSERT INTO document_keys (document_id, key) VALUES ($1, $2)', [`filler-${i}`, randomBytes(32)]);
    }
    await admin.query(`ANALYZE ${config.databaseSchema}.document_keys`);
    const stats = await admin.query<{ attname: string }>("SELECT attname FROM pg_stats WHERE schemaname = $1 AND tablename = 'document_keys' ORDER BY attname", [config.databaseSchema]);
    expect(stats.rows.map((r) => r.attname)).toEqual(['document_id']);
    await admin.query('CHECKPOINT');
    const before = await tableFiles();
    expect(before.get('document_keys')?.includes(key)).toBe(true);
    for (const [rel, bytes] of before) {
      expect(bytes.includes(Buffer.from(plan.marker)), rel).toBe(false);
      expect(bytes.includes(Buffer.from(plan.name)), rel).toBe(false);
    }
    expect((await fetch(`${base}/v1/documents/${id}`, { method: 'DELETE', headers: auth })).status).toBe(204);
    await admin.query('CHECKPOINT');
    // VACUUM FULL keeps a deleted row that an older snapshot may still see: the suite's other files share
    // this server, and one of their open transactions can hold such a snapshot for a moment. The next
    // shred (another deletion, the retention sweep) then removes it; wait for that, bounded.
    for (let i = 0; i < 40 && (await tableFiles()).get('document_keys')?.includes(key); i++) {
      await new Promise((r) => setTimeout(r, 250));
      await shred(app.db);
    }
    for (const [rel, bytes] of await tableFiles()) expect(bytes.includes(key), rel).toBe(false);

    // Every file of the server's data directory, pg_wal included (this machine's server; read as
    // root): the plan's text and name were never there in plaintext, and the key is in no table,
    // index, catalog (pg_statistic) or live WAL segment. With wal_recycle on (PostgreSQL's default,
    // and this server's) a checkpoint renames old segments for reuse, so the key may remain in one
    // not yet written over: a segment named after the current one. Hence the setting the README
    // asks for, which /readyz reports.
    const dataDirectory = (await admin.query<{ data_directory: string }>('SHOW data_directory')).rows[0].data_directory;
    const recycling = (await admin.query<{ wal_recycle: string }>('SHOW wal_recycle')).rows[0].wal_recycle === 'on';
    const current = (await admin.query<{ f: string }>('SELECT pg_walfile_name(pg_current_wal_insert_lsn()) AS f')).rows[0].f;
    const found = scanDir(dataDirectory, { marker: Buffer.from(plan.marker), name: Buffer.from(plan.name), key });
    const left = Object.entries(found).filter(([file, what]) => !(recycling && what.join() === 'key' && /^pg_wal\/[0-9A-F]{24}$/.test(file) && file.slice(7) >= current));
    expect(left).toEqual([]);
    const ready = (await (await fetch(`${base}/readyz`)).json()) as Json;
    expect(ready.status).toBe('ready');
    expect(ready.warnings ?? []).toEqual(recycling ? [expect.stringMatching(/^PostgreSQL's wal_recycle is on: a deleted document's key can stay in a recycled WAL segment/)] : []);
    const probe = randomBytes(16).toString('hex');
    await admin.query(`CREATE TABLE ${config.databaseSchema}.probe AS SELECT '${probe}'::text AS t`);
    await admin.query('CHECKPOINT');
    expect(Object.keys(scanDir(dataDirectory, { probe: Buffer.from(probe) })).length).toBeGreaterThan(0);
  }, 60_000);
});

describe('documents stored before sealing (migrations 001-003)', () => {
  it('are sealed at start: plaintext emptied, still readable, listed with their name', async () => {
    const { openDb } = await import('../../services/api/src/db/db.ts');
    const { migrate, MIGRATIONS_DIR } = await import('../../services/api/src/db/migrate.ts');
    const store = await import('../../services/api/src/store.ts');
    const old = fs.mkdtempSync(path.join(os.tmpdir(), 'ehcp-old-migrations-'));
    for (const f of ['001_init.sql', '002_web.sql', '003_spot_checks.sql']) fs.copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(old, f));
    const db = await openDb(testConfig('embedded'));
    try {
      await migrate(db, old);
      const org = await createOrg(db, 'Oldshire County Council', 'la');
      await db.query(`INSERT INTO documents (id, org_id, state, size_bytes) VALUES ('d-bytes', $1, 'queued', 5), ('d-done', $1, 'done', 5)`, [org]);
      await db.query(`INSERT INTO document_bytes (document_id, name, bytes) VALUES ('d-bytes', 'queued-plan.txt', $1)`, [Buffer.from('hello')]);
      await db.query(`INSERT INTO structured_documents (document_id, body) VALUES ('d-done', $1::json)`, [JSON.stringify({ name: 'done-plan.txt', text: 'old plaintext' })]);
      await db.query(`INSERT INTO reports (document_id, body) VALUES ('d-done', $1::json)`, [JSON.stringify({ document: { name: 'done-plan.txt' }, score: { overall: 61, band: 'adequate' }, findings: [] })]);
      await db.query(`INSERT INTO finding_notes (id, document_id, finding_index, body) VALUES ('n1', 'd-done', 0, 'old note')`);

      await migrate(db);
      expect((await db.query('SELECT 1 FROM document_keys')).rows).toHaveLength(2);
      const plain = await db.query(
        `SELECT (SELECT count(*) FROM document_bytes WHERE name IS NOT NULL) + (SELECT count(*) FROM structured_documents WHERE body IS NOT NULL)
              + (SELECT count(*) FROM reports WHERE body IS NOT NULL) + (SELECT count(*) FROM finding_notes WHERE body IS NOT NULL) AS n`,
      );
      expect(Number((plain.rows[0] as Json).n)).toBe(0);
      expect(new TextDecoder().decode((await store.getUpload(db, 'd-bytes'))!.bytes)).toBe('hello');
      expect((await store.getStructured(db, 'd-done'))!.text).toBe('old plaintext');
      expect((await store.getReport(db, 'd-done'))!.score).toEqual({ overall: 61, band: 'adequate' });
      const listed = await store.listDocuments(db, org, 10);
      expect(Object.fromEntries(listed.map((d) => [d.id, [d.name, d.band, d.score]]))).toEqual({ 'd-bytes': ['queued-plan.txt', null, null], 'd-done': ['done-plan.txt', 'adequate', 61] });
      const { notesFor } = await import('../../services/api/src/web/data.ts');
      expect((await notesFor(db, 'd-done')).map((n) => n.body)).toEqual(['old note']);
      expect(await migrate(db)).toEqual([]); // nothing left to do
    } finally {
      await db.close();
      fs.rmSync(old, { recursive: true, force: true });
    }
  }, 60_000);
});
