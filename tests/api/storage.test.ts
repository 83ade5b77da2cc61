// The same storage suite on the embedded database (PGlite) and on PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createToken, createUser, revokeToken, userForToken } from '../../services/api/src/accounts.ts';
import { openDb, type Db } from '../../services/api/src/db/db.ts';
import { migrate, MIGRATIONS_DIR } from '../../services/api/src/db/migrate.ts';
import * as store from '../../services/api/src/store.ts';
import type { StructuredDocument } from '../../services/ingest/src/document.ts';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { dropIsolated, testConfig, type Backend } from './helpers.ts';

const MIGRATIONS = fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort();

const structured: StructuredDocument = {
  name: 'plan.txt',
  mediaType: 'text/plain',
  sha256: 'a'.repeat(64),
  pages: null,
  text: 'Section F\nRegular support.',
  blocks: [],
  pageStarts: [],
};

const report: Report = Report.parse({
  schemaVersion: 1,
  document: { name: 'plan.txt', mediaType: 'text/plain', sha256: 'a'.repeat(64), pages: null, characters: 26 },
  sections: [],
  missingSections: [],
  provisions: [],
  outcomes: [],
  plan: { status: 'unknown', yearGroup: null },
  checks: { healthNeedsWithoutProvision: false, socialCareNeedsWithoutProvision: false, preparingForAdulthoodMissing: false, therapyOnlyInHealth: false, placementInDraft: false, placementMissing: false, statementWording: false },
  findings: [],
  score: { overall: 50, band: 'needs work' },
  rubric: { id: 'default', version: 'test', sha256: 'b'.repeat(64) },
});

describe.each<Backend>(['embedded', 'scaled'])('storage on %s', (backend) => {
  const config = testConfig(backend);
  let db: Db;

  beforeAll(async () => {
    db = await openDb(config);
    expect(MIGRATIONS[0]).toBe('001_init.sql');
    expect(await migrate(db)).toEqual(MIGRATIONS);
  });
  afterAll(async () => {
    await db?.close();
    await dropIsolated(config);
  });

  const newDoc = (over: Partial<store.NewDocument> = {}) =>
    store.createDocument(db, { name: 'plan.txt', bytes: new TextEncoder().encode('hello'), orgId: null, userId: null, capabilityHash: 'f'.repeat(64), expiresAt: null, actor: 'anonymous capability', ...over });

  it('applies migrations once and records them', async () => {
    expect(db.kind).toBe(backend === 'embedded' ? 'pglite' : 'postgres');
    expect(await migrate(db)).toEqual([]);
    const r = await db.query<{ name: string }>('SELECT name FROM schema_migrations');
    expect(r.rows.map((x) => x.name).sort()).toEqual(MIGRATIONS);
  });

  it('moves the rubric and spot-check events written before migration 008 into the one audit log, keeping them', async () => {
    const cfg = testConfig(backend);
    const old = await openDb(cfg);
    const before = fs.mkdtempSync(path.join(os.tmpdir(), 'ehcp-migrations-'));
    try {
      for (const f of MIGRATIONS.filter((m) => m < '008')) fs.copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(before, f));
      await migrate(old, before);
      await old.query("INSERT INTO audit_log (at, actor, org_id, action, document_id) VALUES ('2026-01-01T10:00Z', 'user:u1', 'org1', 'created', 'doc1')");
      await old.query("INSERT INTO rubric_audit (at, actor, org_id, action, rubric_id, version, sha256) VALUES ('2026-01-01T09:00Z', 'user:u2', 'org1', 'set', 'northshire', '3', $1), ('2026-01-01T11:00Z', 'user:u2', 'org1', 'deleted', 'northshire', '3', $1)", ['c'.repeat(64)]);
      await old.query("INSERT INTO spot_check_audit (at, actor, org_id, action, spot_check_id) VALUES ('2026-01-01T12:00Z', 'user:u3', 'org1', 'exported', 'sc1'), ('2026-01-01T08:00Z', 'user:u3', 'org2', 'created', 'sc2')");
      expect(await migrate(old)).toEqual(MIGRATIONS.filter((m) => m >= '008'));
      const rows = await store.auditForOrg(old, 'org1', 10);
      expect(rows.map((r) => [r.action, r.actor, r.at.toISOString()])).toEqual([
        ['spot_check_exported', 'user:u3', '2026-01-01T12:00:00.000Z'],
        ['rubric_deleted', 'user:u2', '2026-01-01T11:00:00.000Z'],
        ['created', 'user:u1', '2026-01-01T10:00:00.000Z'],
        ['rubric_set', 'user:u2', '2026-01-01T09:00:00.000Z'],
      ]);
      expect(rows[0]).toMatchObject({ spot_check_id: 'sc1', document_id: null, rubric_id: null });
      expect(rows[3]).toMatchObject({ rubric_id: 'northshire', rubric_version: '3', rubric_sha256: 'c'.repeat(64), document_id: null });
      expect((await store.auditForOrg(old, 'org2', 10)).map((r) => r.spot_check_id)).toEqual(['sc2']);
      const tables = await old.query<{ n: string }>("SELECT table_name AS n FROM information_schema.tables WHERE table_name IN ('rubric_audit', 'spot_check_audit') AND table_schema = current_schema()");
      expect(tables.rows).toEqual([]);
      // The wider CHECK still holds each row to one subject.
      await expect(old.query("INSERT INTO audit_log (actor, org_id, action, document_id) VALUES ('user:u1', 'org1', 'rubric_set', 'doc1')")).rejects.toThrow(/check/i);
      await expect(old.query("INSERT INTO audit_log (actor, org_id, action) VALUES ('user:u1', 'org1', 'created')")).rejects.toThrow(/check/i);
    } finally {
      fs.rmSync(before, { recursive: true, force: true });
      await old.close();
      await dropIsolated(cfg);
    }
  });

  it('rolls a transaction back when it throws', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO organisations (id, name, kind) VALUES ('rollback-org', 'X', 'la')");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await db.query("SELECT 1 FROM organisations WHERE id = 'rollback-org'")).rows).toHaveLength(0);
  });

  it('stores the upload bytes exactly and drops them once extracted', async () => {
    const bytes = Uint8Array.from([0, 1, 2, 255, 254, 10]);
    const id = await newDoc({ bytes });
    const up = await store.getUpload(db, id);
    expect(up?.name).toBe('plan.txt');
    expect([...up!.bytes]).toEqual([...bytes]);
    expect(await store.transition(db, id, ['queued'], 'extracting')).toBe(true);
    await store.saveStructured(db, id, structured);
    expect(await store.getUpload(db, id)).toBeNull();
    expect((await store.getStructured(db, id))?.text).toBe(structured.text);
    expect((await store.getDocument(db, id))?.state).toBe('analysing');
  });

  it('moves states only forward and writes one report even when the job runs twice', async () => {
    const id = await newDoc();
    await store.transition(db, id, ['queued'], 'extracting');
    await store.saveStructured(db, id, structured);
    await store.saveStructured(db, id, { ...structured, text: 'second run' });
    await store.saveReport(db, id, report);
    await store.saveReport(db, id, { ...report, score: { overall: 1, band: 'poor' } });
    expect(await store.transition(db, id, ['queued', 'extracting'], 'extracting')).toBe(false);
    expect(await store.failDocument(db, id, 'corrupt_file', 'late failure')).toBe(false);
    const doc = await store.getDocument(db, id);
    expect(doc?.state).toBe('done');
    expect((await store.getStructured(db, id))?.text).toBe(structured.text);
    expect((await store.getReport(db, id))?.score.overall).toBe(50);
    expect((await db.query('SELECT 1 FROM reports WHERE document_id = $1', [id])).rows).toHaveLength(1);
    expect((await store.stateHistory(db, id)).map((s) => s.state)).toEqual(['queued', 'extracting', 'analysing', 'done']);
  });

  it('records a failure with its code and drops the bytes', async () => {
    const id = await newDoc();
    expect(await store.failDocument(db, id, 'no_text_layer', 'scanned')).toBe(true);
    const doc = await store.getDocument(db, id);
    expect([doc?.state, doc?.error_code, doc?.error_message]).toEqual(['failed', 'no_text_layer', 'scanned']);
    expect(await store.getUpload(db, id)).toBeNull();
  });

  it('deletes a document and everything derived from it, keeping an ids-only audit row', async () => {
    const id = await newDoc();
    await store.saveStructured(db, id, structured);
    await store.saveReport(db, id, report);
    expect(await store.deleteDocument(db, id, 'user:someone')).toBe(true);
    for (const table of ['documents', 'document_keys', 'document_bytes', 'structured_documents', 'reports', 'document_states']) {
      const col = table === 'documents' ? 'id' : 'document_id';
      expect((await db.query(`SELECT 1 FROM ${table} WHERE ${col} = $1`, [id])).rows, table).toHaveLength(0);
    }
    const audit = await db.query<{ action: string; actor: string }>('SELECT action, actor FROM audit_log WHERE document_id = $1 ORDER BY id', [id]);
    expect(audit.rows.map((a) => a.action)).toEqual(['created', 'deleted']);
    expect(await store.deleteDocument(db, id, 'user:someone')).toBe(false);
  });

  it('lists an organisation\'s documents newest first, by pages', async () => {
    const org = await createOrg(db, 'Listshire County Council', 'la');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await newDoc({ orgId: org, capabilityHash: null, name: `p${i}.txt` }));
    await newDoc(); // anonymous: not listed
    const first = await store.listDocuments(db, org, 3);
    expect(first).toHaveLength(3);
    const last = first[2];
    const second = await store.listDocuments(db, org, 3, { at: last.created_at.toISOString(), id: last.id });
    const all = [...first, ...second].map((d) => d.id);
    expect(new Set(all)).toEqual(new Set(ids));
    expect(all).toHaveLength(5);
  });

  it('lists each document at its stored time, so a page cursor points at the row itself', async () => {
    // A JavaScript Date keeps milliseconds; a stored time finer than that made the row a page ended on
    // compare as later than its own cursor, and a document made in the same millisecond was skipped.
    const org = await createOrg(db, 'Cursorham Borough Council', 'la');
    for (let i = 0; i < 3; i++) await newDoc({ orgId: org, capabilityHash: null, name: `c${i}.txt` });
    for (const d of await store.listDocuments(db, org, 3)) {
      const same = await db.query<{ same: boolean }>('SELECT created_at = $1::timestamptz AS same FROM documents WHERE id = $2', [d.created_at.toISOString(), d.id]);
      expect(same.rows[0].same, d.id).toBe(true);
    }
  });

  it('finds only expired anonymous uploads', async () => {
    const past = await newDoc({ expiresAt: new Date(Date.now() - 1000) });
    const future = await newDoc({ expiresAt: new Date(Date.now() + 86_400_000) });
    const expired = await store.expiredDocumentIds(db);
    expect(expired).toContain(past);
    expect(expired).not.toContain(future);
  });

  it('keeps tokens hashed and honours expiry and revocation', async () => {
    const org = await createOrg(db, 'Tokenham SENDIASS', 'iass');
    const user = await createUser(db, org, 'Ada Adviser', 'adviser');
    const { id, token } = await createToken(db, user);
    const stored = await db.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens WHERE id = $1', [id]);
    expect(stored.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0].token_hash).not.toContain(token);
    expect(await userForToken(db, token)).toEqual({ kind: 'user', userId: user, orgId: org, role: 'adviser' });
    expect(await revokeToken(db, id)).toBe(true);
    expect(await userForToken(db, token)).toBeNull();
    const expired = await createToken(db, user, new Date(Date.now() - 1000));
    expect(await userForToken(db, expired.token)).toBeNull();
  });
});
