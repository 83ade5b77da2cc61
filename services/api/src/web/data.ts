// What the web pages read and write beyond the API's store: notes on findings, and an organisation's
// documents with their score band for the list page.
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/db.ts';
import { audit, type DocumentState } from '../store.ts';

export const NOTE_MAX_CHARS = 2000;

export interface NoteRow {
  id: string;
  finding_index: number;
  body: string;
  author_name: string | null;
  created_at: Date;
}

/** Adds a note and audits it (ids only: the note's text never reaches the audit log). */
export async function addNote(db: Db, n: { documentId: string; orgId: string | null; findingIndex: number; authorId: string; body: string; actor: string }): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO finding_notes (id, document_id, finding_index, author_id, body) VALUES ($1, $2, $3, $4, $5)', [id, n.documentId, n.findingIndex, n.authorId, n.body]);
    await audit(tx, n.actor, n.orgId, 'note_added', n.documentId);
  });
  return id;
}

export async function notesFor(q: Queryable, documentId: string): Promise<NoteRow[]> {
  const r = await q.query<NoteRow>(
    `SELECT n.id, n.finding_index, n.body, u.name AS author_name, n.created_at
       FROM finding_notes n LEFT JOIN users u ON u.id = n.author_id
      WHERE n.document_id = $1 ORDER BY n.created_at, n.id`,
    [documentId],
  );
  return r.rows;
}

export interface ListedWithBand {
  id: string;
  state: DocumentState;
  name: string | null;
  created_at: Date;
  band: string | null;
  score: number | null;
  notes: number;
}

/** An organisation's documents, newest first, `limit` at a time before a (created_at, id) cursor. */
export async function listForOrg(q: Queryable, orgId: string, limit: number, before?: { at: string; id: string }): Promise<ListedWithBand[]> {
  const params: unknown[] = [orgId, limit];
  let cond = '';
  if (before) {
    params.push(before.at, before.id);
    cond = 'AND (d.created_at, d.id) < ($3::timestamptz, $4)';
  }
  const r = await q.query<ListedWithBand & { score: string | number | null; notes: string | number }>(
    `SELECT d.id, d.state, d.created_at, COALESCE(b.name, s.body->>'name', r.body->'document'->>'name') AS name,
            r.body->'score'->>'band' AS band, (r.body->'score'->>'overall')::float8 AS score,
            (SELECT count(*) FROM finding_notes n WHERE n.document_id = d.id) AS notes
       FROM documents d
       LEFT JOIN document_bytes b ON b.document_id = d.id
       LEFT JOIN structured_documents s ON s.document_id = d.id
       LEFT JOIN reports r ON r.document_id = d.id
      WHERE d.org_id = $1 ${cond}
      ORDER BY d.created_at DESC, d.id DESC
      LIMIT $2`,
    params,
  );
  return r.rows.map((row) => ({ ...row, score: row.score === null ? null : Number(row.score), notes: Number(row.notes) }));
}
