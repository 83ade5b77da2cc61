// What the web pages read and write beyond the API's store: notes on findings.
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/db.ts';
import { documentKey, openTextOrNull, seal } from '../db/seal.ts';
import { audit } from '../store.ts';

export const NOTE_MAX_CHARS = 2000;

export interface NoteRow {
  id: string;
  finding_index: number;
  body: string;
  author_name: string | null;
  created_at: Date;
}

/** Adds a note, sealed with its document's key, and audits it (ids only: the note's text never reaches the audit log). */
export async function addNote(db: Db, n: { documentId: string; orgId: string | null; findingIndex: number; authorId: string; body: string; actor: string }): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    const key = await documentKey(tx, n.documentId);
    if (!key) throw new Error('no such document');
    await tx.query('INSERT INTO finding_notes (id, document_id, finding_index, author_id, sealed) VALUES ($1, $2, $3, $4, $5)', [id, n.documentId, n.findingIndex, n.authorId, seal(key, n.documentId, 'note', n.body)]);
    await audit(tx, n.actor, n.orgId, 'note_added', n.documentId);
  });
  return id;
}

export async function notesFor(q: Queryable, documentId: string): Promise<NoteRow[]> {
  const r = await q.query<Omit<NoteRow, 'body'> & { sealed: Uint8Array | null; key: Uint8Array | null }>(
    `SELECT n.id, n.finding_index, n.sealed, k.key, u.name AS author_name, n.created_at
       FROM finding_notes n LEFT JOIN users u ON u.id = n.author_id LEFT JOIN document_keys k ON k.document_id = n.document_id
      WHERE n.document_id = $1 ORDER BY n.created_at, n.id`,
    [documentId],
  );
  return r.rows.map(({ sealed, key, ...row }) => ({ ...row, body: openTextOrNull(key, documentId, 'note', sealed) ?? '' }));
}
