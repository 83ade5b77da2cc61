// Stable error codes shared by ingest, the CLI and the API (shared/contract.md).

export const ERROR_CODES = [
  'empty_file',
  'unsupported_media_type',
  'file_too_large',
  'encrypted_pdf',
  'encrypted_document',
  'no_text_layer',
  'corrupt_file',
  'unreadable_text',
  'invalid_request',
  'unauthorised',
  'forbidden',
  'not_found',
  'not_ready',
  'rate_limited',
  'queue_unavailable',
  'storage_full',
  'invalid_rubric',
  'internal_error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure with a stable code and a one-line plain reason. Never carries plan text. */
export class CheckError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CheckError';
    this.code = code;
  }
}

export function isCheckError(e: unknown): e is CheckError {
  return e instanceof CheckError || (typeof e === 'object' && e !== null && (e as { name?: string }).name === 'CheckError' && typeof (e as { code?: unknown }).code === 'string');
}

/** Turns any thrown value into a code and a message safe to show and to log. */
export function toErrorBody(e: unknown): { code: ErrorCode; message: string } {
  if (isCheckError(e)) return { code: e.code, message: e.message };
  return { code: 'internal_error', message: 'Something went wrong while checking this file.' };
}
