// Public entry of ingest: bytes in, StructuredDocument out, or a CheckError with a stable code.
import type { StructuredDocument } from './document.ts';
import { CheckError } from './errors.ts';
import { parseInWorker } from './run-worker.ts';
import { parseDocument } from './parse.ts';
import { classify } from './sniff.ts';

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
  // Files refused from their bytes alone (unsupported, encrypted Office, damaged zip) never cost a worker.
  const kind = classify(bytes).kind;
  if (kind !== 'pdf' && kind !== 'docx' && kind !== 'text') return parseDocument(bytes, opts.name);
  return parseInWorker(bytes, opts.name, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}
