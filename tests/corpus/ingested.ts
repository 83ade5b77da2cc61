// Each corpus file ingested once per test run where it can be, and once per machine while the ingest
// code stays the same. The shared project keeps its modules from one test file to the next
// (vitest.config.ts), so the files that read the whole corpus (the format criteria in
// corpus-reports.ts, the invariants, the accuracy floors) reuse the documents another of them made
// instead of parsing every PDF and DOCX again: ingest is most of their CPU (PDF and DOCX about 19 of
// the 24 s that ingesting and analysing the corpus takes). A document made in one of the project's
// threads is also posted to the others (a BroadcastChannel spans the worker threads of one process),
// so a file that starts later in the other thread finds it too.
// Each document is also written (v8.serialize, the structured clone the channel uses) to a directory
// named by a hash of everything ingest's result depends on: ingest's own source, the locked package
// versions (pdf.js, mammoth, fflate) and node's version (tests/global-setup.ts: INGEST_CACHE_DIR). A
// later run with the same code reads it back instead of parsing again; any change to ingest names
// another directory, so a stale document is never read. The tests of ingest itself (tests/ingest/)
// call ingest or parseDocument directly and never come here.
// Documents are shared, not copied, within a thread: analyse never changes its document
// (invariants.test.ts checks it), and none of these files does.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { BroadcastChannel } from 'node:worker_threads';
import type { StructuredDocument } from '../../services/ingest/src/document.ts';
import { ingest } from '../../services/ingest/src/index.ts';

const docs = new Map<string, Promise<StructuredDocument>>();

const channel = new BroadcastChannel('ehcp-check-tests-ingested');
channel.unref(); // never what keeps a thread alive
channel.onmessage = (e) => {
  const { key, doc } = (e as { data: { key: string; doc: StructuredDocument } }).data;
  if (!docs.has(key)) docs.set(key, Promise.resolve(doc));
};

const CACHE_DIR = process.env.INGEST_CACHE_DIR;

function fromDisk(file: string): StructuredDocument | undefined {
  try {
    return deserialize(readFileSync(file)) as StructuredDocument;
  } catch {
    return undefined; // not there yet (or cut short: it is written aside and renamed, so never half)
  }
}

function toDisk(file: string, doc: StructuredDocument): void {
  try {
    mkdirSync(CACHE_DIR!, { recursive: true });
    const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(part, serialize(doc));
    renameSync(part, file);
  } catch {
    // A cache, nothing more: a full or read-only temp directory only costs the next run its time.
  }
}

/** ingest(), remembered by file name and contents (a file that fails fails the same way again, and is not written). */
export function ingestOnce(bytes: Uint8Array, opts: { name: string }): Promise<StructuredDocument> {
  // Hashed before ingest sees the bytes (a parse worker may be handed them).
  const hash = createHash('sha256').update(opts.name).update('\0').update(bytes).digest('hex');
  const key = `${opts.name}\0${hash}`;
  let doc = docs.get(key);
  if (!doc) {
    const file = CACHE_DIR ? join(CACHE_DIR, `${hash}.v8`) : undefined;
    const stored = file ? fromDisk(file) : undefined;
    docs.set(key, (doc = stored ? Promise.resolve(stored) : ingest(bytes, { name: opts.name })));
    if (!stored) {
      doc.then((d) => {
        channel.postMessage({ key, doc: d });
        if (file) toDisk(file, d);
      }, () => {});
    }
  }
  // Always after a turn of the event loop: a document already made comes back without one, and the
  // callers analyse one document after another, so an unbroken stretch of them past a minute on a
  // busy machine would time out vitest's own messages to this worker.
  return doc.then((d) => new Promise<StructuredDocument>((resolve) => setImmediate(() => resolve(d))));
}
