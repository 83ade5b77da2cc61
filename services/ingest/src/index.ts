// Public entry of ingest: bytes in, StructuredDocument out, or a CheckError with a stable code.
import type { StructuredDocument } from './document.ts';
import { CheckError } from './errors.ts';
import { parseInWorker } from './run-worker.ts';
import { parseDocument } from './parse.ts';
import { isOle } from './ole.ts';
import { classify } from './sniff.ts';
import { isZip } from './zip.ts';

export { sniffMediaType } from './sniff.ts';
export { parseDocument } from './parse.ts';
export { closeParseWorkers, parseWorkerStats, warmParseWorkers } from './run-worker.ts';
export type { MediaType, StructuredDocument } from './document.ts';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 60_000;

export async function ingest(bytes: Uint8Array, opts: { name: string; maxBytes?: number; timeoutMs?: number }): Promise<StructuredDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new CheckError('empty_file', 'The file is empty.');
  if (bytes.length > maxBytes) throw new CheckError('file_too_large', `The file is larger than the limit of ${Math.floor(maxBytes / (1024 * 1024)) || maxBytes} ${maxBytes >= 1024 * 1024 ? 'MiB' : 'bytes'}.`);
  // Zips and OLE files refused from their directory alone (not Word, encrypted, damaged) never cost a
  // worker; everything else is classified in the worker, because telling text from binary decodes the
  // whole file (a 16 MiB binary: 5 s), which must not happen on the service's event loop.
  if (isZip(bytes) || isOle(bytes)) {
    const kind = classify(bytes).kind;
    if (kind !== 'docx') return parseDocument(bytes, opts.name);
  }
  return parseInWorker(bytes, opts.name, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}
