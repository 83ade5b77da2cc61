// Reads one file named on the command line into a structured document, or says why it could not,
// in the codes the API uses. Shared by the checker, its --advice files and `compare`.
import { readFile, stat } from 'node:fs/promises';
import type { StructuredDocument } from '../../ingest/src/document.ts';
import { toErrorBody, type ErrorCode } from '../../ingest/src/errors.ts';
import { DEFAULT_MAX_BYTES, ingest } from '../../ingest/src/index.ts';

export type InputError = { code: ErrorCode; message: string };
export type ReadInput = { doc: StructuredDocument } | { error: InputError };

/** Reasons for file-system failures, in the same codes the API uses. */
export function readFailure(e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return { code: 'not_found', message: 'There is no such file.' };
  if (code === 'EISDIR') return { code: 'invalid_request', message: 'This is a folder, not a file.' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'forbidden', message: 'Permission to read this file was refused.' };
  return toErrorBody(e);
}

export async function readInputFile(file: string): Promise<ReadInput> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { error: { code: 'invalid_request', message: 'This is a folder, not a file.' } };
    // Refused before it is read into memory; ingest applies the same limit to the bytes.
    if (info.size > DEFAULT_MAX_BYTES) return { error: { code: 'file_too_large', message: `The file is over the ${Math.round(DEFAULT_MAX_BYTES / 1024 / 1024)} MB limit.` } };
    bytes = await readFile(file);
  } catch (e) {
    return { error: readFailure(e) };
  }
  try {
    return { doc: await ingest(bytes, { name: file }) };
  } catch (e) {
    return { error: toErrorBody(e) };
  }
}
