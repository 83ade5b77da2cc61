// Each corpus file ingested once per worker thread. The shared project keeps its modules from one
// test file to the next (vitest.config.ts), so the files that read the whole corpus (the format
// criteria in corpus-reports.ts, the invariants, the accuracy floors) reuse the documents another
// of them made in the same thread instead of parsing every PDF and DOCX again: ingest is most of
// their CPU (PDF and DOCX about 19 of the 24 s that ingesting and analysing the corpus takes).
// The documents are shared, not copied: analyse never changes its document (invariants.test.ts
// checks it), and none of these files does.
import { createHash } from 'node:crypto';
import type { StructuredDocument } from '../../services/ingest/src/document.ts';
import { ingest } from '../../services/ingest/src/index.ts';

const docs = new Map<string, Promise<StructuredDocument>>();

/** ingest(), remembered by file name and contents (a file that fails fails the same way again). */
export function ingestOnce(bytes: Uint8Array, opts: { name: string }): Promise<StructuredDocument> {
  // Hashed before ingest sees the bytes (a parse worker may be handed them).
  const key = `${opts.name}\0${createHash('sha256').update(bytes).digest('hex')}`;
  let doc = docs.get(key);
  if (!doc) docs.set(key, (doc = ingest(bytes, { name: opts.name })));
  return doc;
}
