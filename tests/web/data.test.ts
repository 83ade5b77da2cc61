// Migration 002_web on PGlite and on PostgreSQL: sessions follow their token, notes go with their
// document, and adding a note is audited without its text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createToken, createUser, revokeToken } from '../../services/api/src/accounts.ts';
import { openDb, type Db } from '../../services/api/src/db/db.ts';
import { migrate } from '../../services/api/src/db/migrate.ts';
import * as store from '../../services/api/src/store.ts';
import { addNote, notesFor } from '../../services/api/src/web/data.ts';
import { closeSession, openSession } from '../../services/api/src/web/session.ts';
import { sha256Hex } from '../../services/api/src/accounts.ts';
import { dropIsolated, testConfig, type Backend } from '../api/helpers.ts';

describe.each<Backend>(['embedded', 'scaled'])('web tables on %s', (backend) => {
  const config = testConfig(backend);
  let db: Db;
  let orgId = '';
  let userId = '';

  beforeAll(async () => {
    db = await openDb(config);
    expect(await migrate(db)).toContain('002_web.sql');
    orgId = await createOrg(db, 'North SENDIASS', 'iass');
    userId = await createUser(db, orgId, 'Alice', 'caseworker');
  });
  afterAll(async () => {
    await db?.close();
    await dropIsolated(config);
  });

  it('opens a session only for a live token, stores only its hash, and ends it with the token', async () => {
    const t = await createToken(db, userId);
    expect(await openSession(db, 'ehcp_nottherealtokenatall')).toBeNull();
    const secret = await openSession(db, t.token);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = (await db.query<{ id_hash: string; expires_at: Date }>('SELECT id_hash, expires_at FROM web_sessions WHERE user_id = $1', [userId])).rows;
    expect(rows.map((r) => r.id_hash)).toEqual([sha256Hex(secret!)]);
    const hours = (new Date(rows[0].expires_at).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    await revokeToken(db, t.id);
    expect(await openSession(db, t.token)).toBeNull();
    await closeSession(db, sha256Hex(secret!));
    expect((await db.query('SELECT 1 FROM web_sessions WHERE user_id = $1', [userId])).rows).toHaveLength(0);
  });

  it('deletes a document\'s notes with it and audits notes by id only', async () => {
    const doc = await store.createDocument(db, { name: 'plan.txt', bytes: new TextEncoder().encode('x'), orgId, userId, capabilityHash: null, expiresAt: null, actor: `user:${userId}` });
    await addNote(db, { documentId: doc, orgId, findingIndex: 2, authorId: userId, body: 'Private words about Jasper', actor: `user:${userId}` });
    await addNote(db, { documentId: doc, orgId, findingIndex: 0, authorId: userId, body: 'Second', actor: `user:${userId}` });
    const notes = await notesFor(db, doc);
    expect(notes.map((n) => [n.finding_index, n.body, n.author_name])).toEqual([[2, 'Private words about Jasper', 'Alice'], [0, 'Second', 'Alice']]);
    const audit = await store.auditForOrg(db, orgId, 10, doc);
    expect(audit.map((a) => a.action)).toEqual(['note_added', 'note_added', 'created']);
    expect(JSON.stringify((await db.query('SELECT * FROM audit_log')).rows)).not.toContain('Jasper');
    await expect(db.query('INSERT INTO finding_notes (id, document_id, finding_index, body) VALUES ($1, $2, -1, $3)', ['n1', doc, 'x'])).rejects.toThrow();
    expect(await store.deleteDocument(db, doc, `user:${userId}`)).toBe(true);
    expect(await notesFor(db, doc)).toEqual([]);
    expect((await db.query('SELECT 1 FROM finding_notes WHERE document_id = $1', [doc])).rows).toHaveLength(0);
  });
});
