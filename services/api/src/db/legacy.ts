// Seals what was stored in plaintext before migrations/004 (one document at a time, each in its
// own transaction, safe to run from several processes at once), then shreds the old plaintext.
import type { Db, Queryable } from './db.ts';
import { newDocumentKey, seal, shred } from './seal.ts';

const PLAINTEXT_TABLES = ['document_bytes', 'structured_documents', 'reports', 'finding_notes', 'spot_check_documents', 'documents'];

/** Returns how many documents it sealed. */
export async function sealLegacyRows(db: Db): Promise<number> {
  const r = await db.query<{ id: string }>('SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_keys k WHERE k.document_id = d.id)');
  let n = 0;
  for (const { id } of r.rows) if (await db.transaction((tx) => sealOne(tx, id))) n++;
  if (n > 0) await shred(db, PLAINTEXT_TABLES);
  await sealLegacyComparisons(db);
  return n;
}

/** Comparisons stored before migrations/007 with their result in plaintext: sealed, result emptied. */
async function sealLegacyComparisons(db: Db): Promise<number> {
  const r = await db.query<{ id: string }>('SELECT c.id FROM comparisons c WHERE c.result IS NOT NULL AND NOT EXISTS (SELECT 1 FROM comparison_keys k WHERE k.comparison_id = c.id)');
  let n = 0;
  for (const { id } of r.rows) {
    const done = await db.transaction(async (tx) => {
      const row = (await tx.query<{ result: string | null }>('SELECT result::text AS result FROM comparisons WHERE id = $1 FOR UPDATE', [id])).rows[0];
      if (!row?.result || (await tx.query('SELECT 1 FROM comparison_keys WHERE comparison_id = $1', [id])).rows.length > 0) return false;
      const key = newDocumentKey();
      await tx.query('UPDATE comparisons SET sealed = $2, result = NULL WHERE id = $1', [id, seal(key, id, 'comparison', row.result)]);
      await tx.query('INSERT INTO comparison_keys (comparison_id, key) VALUES ($1, $2)', [id, key]);
      return true;
    });
    if (done) n++;
  }
  if (n > 0) await shred(db, ['comparisons']);
  return n;
}

async function sealOne(tx: Queryable, id: string): Promise<boolean> {
  const locked = await tx.query('SELECT 1 FROM documents WHERE id = $1 FOR UPDATE', [id]);
  if (locked.rows.length === 0) return false;
  if ((await tx.query('SELECT 1 FROM document_keys WHERE document_id = $1', [id])).rows.length > 0) return false;
  const key = newDocumentKey();
  const one = async <T>(sql: string) => (await tx.query<T>(sql, [id])).rows[0];

  const bytes = await one<{ name: string | null; bytes: Uint8Array }>('SELECT name, bytes FROM document_bytes WHERE document_id = $1');
  const structured = await one<{ body: string | null }>('SELECT body::text AS body FROM structured_documents WHERE document_id = $1');
  const report = await one<{ body: string | null }>('SELECT body::text AS body FROM reports WHERE document_id = $1');
  const listed = await one<{ name: string | null }>('SELECT name FROM spot_check_documents WHERE document_id = $1 AND name IS NOT NULL');
  const nameOf = (json: string | null | undefined, pick: (o: Record<string, any>) => unknown) => {
    const v = json ? pick(JSON.parse(json) as Record<string, any>) : undefined;
    return typeof v === 'string' ? v : undefined;
  };
  const name = bytes?.name ?? nameOf(structured?.body, (o) => o.name) ?? nameOf(report?.body, (o) => o.document?.name) ?? listed?.name ?? null;

  if (bytes) await tx.query('UPDATE document_bytes SET bytes = $2, name = NULL WHERE document_id = $1', [id, seal(key, id, 'bytes', bytes.bytes)]);
  if (structured?.body) await tx.query('UPDATE structured_documents SET sealed = $2, body = NULL WHERE document_id = $1', [id, seal(key, id, 'structured', structured.body)]);
  if (report?.body) await tx.query('UPDATE reports SET sealed = $2, body = NULL WHERE document_id = $1', [id, seal(key, id, 'report', report.body)]);
  const notes = await tx.query<{ id: string; body: string }>('SELECT id, body FROM finding_notes WHERE document_id = $1 AND body IS NOT NULL', [id]);
  for (const note of notes.rows) await tx.query('UPDATE finding_notes SET sealed = $2, body = NULL WHERE id = $1', [note.id, seal(key, id, 'note', note.body)]);
  await tx.query('UPDATE spot_check_documents SET name = NULL WHERE document_id = $1', [id]);
  await tx.query('UPDATE documents SET name_sealed = $2 WHERE id = $1', [id, name === null ? null : seal(key, id, 'name', name)]);
  await tx.query('INSERT INTO document_keys (document_id, key) VALUES ($1, $2)', [id, key]);
  return true;
}
