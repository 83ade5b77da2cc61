// Crypto-shredding: every document's plan text, report, file name and notes are stored sealed
// (AES-256-GCM) with a key of the document's own, kept in one row of document_keys. Deleting the
// document deletes that row; shred() then rewrites the key table and moves the write-ahead log on,
// so no file of the database still holds the key and what was sealed with it is unreadable.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Db, Queryable } from './db.ts';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * What a sealed value is: the AAD binds it to its document (or comparison) and its use, so values
 * cannot be swapped. A comparison's result is sealed with the comparison's own key (comparison_keys).
 */
export type SealPurpose = 'name' | 'bytes' | 'structured' | 'report' | 'note' | 'comparison' | 'advice';

export const newDocumentKey = (): Buffer => randomBytes(32);

export function seal(key: Uint8Array, documentId: string, purpose: SealPurpose, plain: Uint8Array | string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(`${documentId}:${purpose}`));
  const body = Buffer.concat([c.update(typeof plain === 'string' ? Buffer.from(plain, 'utf8') : plain), c.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, c.getAuthTag(), body]);
}

export function open(key: Uint8Array, documentId: string, purpose: SealPurpose, sealed: Uint8Array): Buffer {
  const b = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (b[0] !== VERSION || b.byteLength < 1 + IV_BYTES + TAG_BYTES) throw new Error(`sealed ${purpose} of ${documentId}: unknown format`);
  const d = createDecipheriv('aes-256-gcm', key, b.subarray(1, 1 + IV_BYTES));
  d.setAAD(Buffer.from(`${documentId}:${purpose}`));
  d.setAuthTag(b.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES));
  return Buffer.concat([d.update(b.subarray(1 + IV_BYTES + TAG_BYTES)), d.final()]);
}

const CHUNK = 1024 * 1024;
const yieldLoop = () => new Promise<void>((r) => setImmediate(r));

/**
 * seal() for large values (uploaded bytes): a megabyte at a time with the event loop free between,
 * into one buffer allocated once, so a 20 MiB upload never holds the loop for more than a moment.
 */
export async function sealLarge(key: Uint8Array, documentId: string, purpose: SealPurpose, plain: Uint8Array): Promise<Buffer> {
  const iv = randomBytes(IV_BYTES);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(Buffer.from(`${documentId}:${purpose}`));
  const head = 1 + IV_BYTES + TAG_BYTES;
  const out = Buffer.allocUnsafe(head + plain.byteLength);
  out[0] = VERSION;
  iv.copy(out, 1);
  let o = head;
  for (let i = 0; i < plain.byteLength; i += CHUNK) {
    o += c.update(plain.subarray(i, i + CHUNK)).copy(out, o);
    if (i + CHUNK < plain.byteLength) await yieldLoop();
  }
  o += c.final().copy(out, o);
  c.getAuthTag().copy(out, 1 + IV_BYTES);
  return out.subarray(0, o);
}

/** open() for large values, a megabyte at a time (see sealLarge). */
export async function openLarge(key: Uint8Array, documentId: string, purpose: SealPurpose, sealed: Uint8Array): Promise<Buffer> {
  const b = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const head = 1 + IV_BYTES + TAG_BYTES;
  if (b[0] !== VERSION || b.byteLength < head) throw new Error(`sealed ${purpose} of ${documentId}: unknown format`);
  const d = createDecipheriv('aes-256-gcm', key, b.subarray(1, 1 + IV_BYTES));
  d.setAAD(Buffer.from(`${documentId}:${purpose}`));
  d.setAuthTag(b.subarray(1 + IV_BYTES, head));
  const out = Buffer.allocUnsafe(b.byteLength - head);
  let o = 0;
  for (let i = head; i < b.byteLength; i += CHUNK) {
    o += d.update(b.subarray(i, i + CHUNK)).copy(out, o);
    if (i + CHUNK < b.byteLength) await yieldLoop();
  }
  o += d.final().copy(out, o);
  return out.subarray(0, o);
}

export const openText = (key: Uint8Array, documentId: string, purpose: SealPurpose, sealed: Uint8Array): string => open(key, documentId, purpose, sealed).toString('utf8');

/** A sealed value's text, or null when either is missing (the document was deleted meanwhile). */
export function openTextOrNull(key: Uint8Array | null | undefined, documentId: string, purpose: SealPurpose, sealed: Uint8Array | null | undefined): string | null {
  return key && sealed ? openText(key, documentId, purpose, sealed) : null;
}

export async function documentKey(q: Queryable, documentId: string): Promise<Buffer | null> {
  const r = await q.query<{ key: Uint8Array }>('SELECT key FROM document_keys WHERE document_id = $1', [documentId]);
  const k = r.rows[0]?.key;
  return k ? Buffer.from(k.buffer, k.byteOffset, k.byteLength) : null;
}

/** Tables whose deleted rows held keys (always) or plaintext (only before sealLegacyRows ran). */
const KEY_TABLES = ['document_keys', 'comparison_keys'];

interface ShredState {
  running: Promise<void> | null;
  next: Promise<void> | null;
  /** The WAL steps were refused (no privilege), as last seen. */
  walRefused: boolean;
  warned: boolean;
}
const states = new WeakMap<Db, ShredState>();

/**
 * Makes deleted keys unrecoverable from the database's files: VACUUM FULL rewrites the key table
 * into a new file with only the live keys (plain VACUUM leaves a dead row's bytes in the page's
 * free space), a WAL switch and a CHECKPOINT let the segments that logged the key go (the embedded
 * database runs with wal_recycle=off, so they are removed rather than renamed and kept).
 * Calls that arrive while one runs share the next run. On PostgreSQL the WAL steps need superuser
 * or pg_checkpoint; without them the key table is still rewritten and a warning says so once.
 */
export function shred(db: Db, tables: string[] = KEY_TABLES, log?: (msg: string) => void): Promise<void> {
  let s = states.get(db);
  if (!s) states.set(db, (s = { running: null, next: null, walRefused: false, warned: false }));
  const st = s;
  if (st.next) return st.next;
  const run = async () => {
    for (const t of tables) await db.query(`VACUUM FULL ${t}`);
    if (db.inMemory) return;
    try {
      await db.query('SELECT pg_switch_wal()');
      await db.query('CHECKPOINT');
      await db.query('CHECKPOINT');
      st.walRefused = false;
    } catch (e) {
      if (db.kind === 'pglite') throw e;
      st.walRefused = true;
      if (!st.warned) log?.(`deletion: cannot switch WAL / CHECKPOINT (${(e as Error).message}); deleted keys stay in PostgreSQL's WAL until its next checkpoint`);
      st.warned = true;
    }
  };
  const after = st.running ?? Promise.resolve();
  const mine: Promise<void> = after
    .catch(() => {})
    .then(() => {
      st.next = null;
      st.running = mine;
      return run();
    })
    .finally(() => {
      if (st.running === mine) st.running = null;
    });
  st.next = mine;
  return mine;
}

/**
 * With wal_recycle on (PostgreSQL's default), a checkpoint renames an old WAL segment for reuse
 * instead of removing it, and its old contents, a deleted key among them, stay in pg_wal until
 * PostgreSQL writes over that segment, which on a quiet server can take days. Writing over them on
 * every deletion was tried: it costs 16 MB of WAL per recycled segment, and as PostgreSQL keeps
 * more segments the more WAL it sees, the cost grew with every deletion. So the service says so
 * (/readyz, and a line at start: app.ts) and the operator turns it off (README: Data protection). The embedded
 * database always runs with it off (db.ts).
 */
export const WAL_RECYCLE_WARNING =
  "PostgreSQL's wal_recycle is on: a deleted document's key can stay in a recycled WAL segment until PostgreSQL writes over it; set wal_recycle = off (README: Data protection)";

async function walRecycle(db: Db): Promise<boolean> {
  if (db.kind !== 'postgres') return false;
  const r = await db.query<{ wal_recycle: string }>('SHOW wal_recycle');
  return r.rows[0]?.wal_recycle === 'on';
}

/** What keeps deletion from leaving nothing readable on this database, for /readyz (empty: nothing). */
export async function deletionWarnings(db: Db): Promise<string[]> {
  if (db.kind !== 'postgres') return [];
  const out: string[] = [];
  if (await walRecycle(db)) out.push(WAL_RECYCLE_WARNING);
  if (states.get(db)?.walRefused) out.push("the service's database role may not switch WAL or CHECKPOINT: a deleted key stays in PostgreSQL's WAL until its next checkpoint (README: Data protection)");
  return out;
}
