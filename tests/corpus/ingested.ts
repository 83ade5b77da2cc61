// Each corpus file ingested once per test run where it can be. The shared project keeps its modules
// from one test file to the next (vitest.config.ts), so the files that read the whole corpus (the
// format criteria in corpus-reports.ts, the invariants, the accuracy floors) reuse the documents
// another of them made instead of parsing every PDF and DOCX again: ingest is most of their CPU
// (PDF and DOCX about 19 of the 24 s that ingesting and analysing the corpus takes). A document
// made in one of the project's threads is also posted to the others (a BroadcastChannel spans the
// worker threads of one process), so a file that starts later in the other thread finds it too.
// Documents are shared, not copied, within a thread: analyse never changes its document
// (invariants.test.ts checks it), and none of these files does.
import { createHash } from 'node:crypto';
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

/** ingest(), remembered by file name and contents (a file that fails fails the same way again). */
export function ingestOnce(bytes: Uint8Array, opts: { name: string }): Promise<StructuredDocument> {
  // Hashed before ingest sees the bytes (a parse worker may be handed them).
  const key = `${opts.name}\0${createHash('sha256').update(bytes).digest('hex')}`;
  let doc = docs.get(key);
  if (!doc) {
    docs.set(key, (doc = ingest(bytes, { name: opts.name })));
    doc.then((d) => channel.postMessage({ key, doc: d }), () => {});
  }
  return doc;
}
