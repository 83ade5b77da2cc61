// Uploaded bytes on the embedded database live in files under DATA_DIR/uploads, sealed like
// everything else (db/seal.ts): PGlite runs in this thread, and writing or reading a large bytea
// through it blocks the event loop for seconds (an 8.8 MB upload: 9-26 s), while file I/O does not.
// The document_bytes row stays (it says the bytes are still wanted) with an empty bytes column.
// A file is removed when its row is (extraction done, failure, deletion); removeOrphanUploads
// clears what a crash left between the two.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db.ts';

const fileOf = (dir: string, id: string) => path.join(dir, `${id}.sealed`);

export async function writeUpload(dir: string, id: string, sealed: Uint8Array): Promise<void> {
  await fs.promises.mkdir(dir, { recursive: true });
  const fh = await fs.promises.open(fileOf(dir, id), 'wx', 0o600);
  try {
    await fh.writeFile(sealed);
    await fh.datasync();
  } catch (e) {
    // A disk that filled up mid-write leaves no partial file behind.
    await fh.close().catch(() => {});
    await fs.promises.rm(fileOf(dir, id), { force: true });
    throw e;
  }
  await fh.close();
}

export async function readUpload(dir: string, id: string): Promise<Buffer | null> {
  try {
    return await fs.promises.readFile(fileOf(dir, id));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

export async function removeUpload(db: Db, id: string): Promise<void> {
  if (db.uploadDir) await fs.promises.rm(fileOf(db.uploadDir, id), { force: true });
}

/** Removes upload files whose document no longer wants its bytes. */
export async function removeOrphanUploads(db: Db): Promise<number> {
  if (!db.uploadDir || !fs.existsSync(db.uploadDir)) return 0;
  const wanted = new Set((await db.query<{ document_id: string }>('SELECT document_id FROM document_bytes')).rows.map((r) => r.document_id));
  let n = 0;
  for (const f of await fs.promises.readdir(db.uploadDir)) {
    const id = f.replace(/\.sealed$/, '');
    if (wanted.has(id)) continue;
    await fs.promises.rm(path.join(db.uploadDir, f), { force: true });
    n++;
  }
  return n;
}

// ---------- Large results (structured text, report) on the embedded database ----------
// The same reason as for uploads: a 2 MB plan's report is about 23 MB, which PGlite took 22 s to
// store and 8 s to read on the event loop. Above RESULT_FILE_OVER bytes, the sealed value is a file
// under DATA_DIR/results and its row holds an empty value; the file goes when its document does.

export type ResultPurpose = 'structured' | 'report';
/** Sealed values up to this size stay in their row (a typical plan's report is well under). */
export const RESULT_FILE_OVER = 64 * 1024;

export const resultsDirOf = (db: Pick<Db, 'uploadDir'>): string | undefined => (db.uploadDir ? path.join(db.uploadDir, '..', 'results') : undefined);
const resultFile = (dir: string, id: string, purpose: ResultPurpose) => path.join(dir, `${id}.${purpose}.sealed`);

/** Writes a sealed result whole or not at all (a temporary file renamed into place). */
export async function writeResult(dir: string, id: string, purpose: ResultPurpose, sealed: Uint8Array): Promise<void> {
  await fs.promises.mkdir(dir, { recursive: true });
  const target = resultFile(dir, id, purpose);
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    const fh = await fs.promises.open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(sealed);
      await fh.datasync();
    } finally {
      await fh.close();
    }
    await fs.promises.rename(tmp, target);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true });
    throw e;
  }
}

export async function readResult(dir: string, id: string, purpose: ResultPurpose): Promise<Buffer | null> {
  try {
    return await fs.promises.readFile(resultFile(dir, id, purpose));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

export async function removeResults(db: Pick<Db, 'uploadDir'>, id: string, purposes: ResultPurpose[] = ['structured', 'report']): Promise<void> {
  const dir = resultsDirOf(db);
  if (dir) for (const p of purposes) await fs.promises.rm(resultFile(dir, id, p), { force: true });
}

/** Removes result files whose document is gone (a crash between a deletion and its files). */
export async function removeOrphanResults(db: Db): Promise<number> {
  const dir = resultsDirOf(db);
  if (!dir || !fs.existsSync(dir)) return 0;
  const live = new Set((await db.query<{ id: string }>('SELECT id FROM documents')).rows.map((r) => r.id));
  let n = 0;
  for (const f of await fs.promises.readdir(dir)) {
    if (live.has(f.split('.')[0]) && !f.endsWith('.tmp')) continue;
    await fs.promises.rm(path.join(dir, f), { force: true });
    n++;
  }
  return n;
}
