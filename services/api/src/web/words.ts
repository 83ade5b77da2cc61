// Plain words for the web pages: document states, failure reasons, dates, and the draft-plan deadline.
import type { ErrorCode } from '../../../ingest/src/errors.ts';
import type { DocumentState } from '../store.ts';
import { lastDayBeginningWith, REPRESENTATION_DAYS } from '../../../analyser/src/deadlines.ts';

export const STATE_WORDS: Record<DocumentState, string> = {
  queued: 'Waiting to start',
  extracting: 'Reading the file',
  analysing: 'Checking the plan',
  done: 'Ready',
  failed: 'Could not be checked',
};

/** What went wrong, said to a parent, and what they can do about it. */
export const FAILURE_WORDS: Record<ErrorCode, string> = {
  empty_file: 'The file was empty. Please check you chose the right file and try again.',
  unsupported_media_type: 'We can only read PDF, Word (.docx) and plain text files, and this file is a different kind (for example a photo, or an older Word .doc file). Save the plan as a PDF or .docx and try again.',
  file_too_large: 'The file is too big for us to check. If it holds more than the plan, try saving just the plan as its own file.',
  encrypted_pdf: 'The PDF is protected with a password, so we cannot read it. Save a copy without the password and try again.',
  encrypted_document: 'The file is protected with a password, so we cannot read it. Save a copy without the password and try again.',
  unreadable_text: 'The text in this PDF is garbled (its fonts were saved without the information that turns them back into letters), so it cannot be read. Ask for the plan again as a PDF saved from the original document, or as a Word file.',
  no_text_layer: 'This PDF looks like a scan or photo of paper pages, so there is no text we can read. Ask the local authority for an electronic copy of the plan (a Word file, or a PDF made from one).',
  corrupt_file: 'The file seems to be damaged and could not be opened. Try downloading or saving it again, then upload the new copy.',
  invalid_request: 'The file could not be uploaded properly. Please try again.',
  unauthorised: 'Something went wrong on our side while checking the plan. Please try again later.',
  forbidden: 'Something went wrong on our side while checking the plan. Please try again later.',
  not_found: 'Something went wrong on our side while checking the plan. Please try again later.',
  not_ready: 'Something went wrong on our side while checking the plan. Please try again later.',
  rate_limited: 'Too many plans have been uploaded from your connection recently. Please wait a few minutes and try again.',
  queue_unavailable: 'We cannot take new plans for a moment, so nothing was kept. Please try again in a minute.',
  storage_full: 'We have no room to store new plans at the moment, so nothing was kept. Please try again later.',
  invalid_rubric: 'Something went wrong on our side while checking the plan. Please try again later.',
  internal_error: 'Something went wrong on our side while checking the plan. Please try again later.',
};

export function failureWords(code: string | null): string {
  return FAILURE_WORDS[(code ?? 'internal_error') as ErrorCode] ?? FAILURE_WORDS.internal_error;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Tuesday 3 March 2026", read in UTC. */
export function longDate(d: Date): string {
  return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "3 March 2026", read in UTC. */
export function shortDate(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * A calendar date as UTC midnight, from "YYYY-MM-DD" (a date field) or "D/M/YYYY" (typed where the
 * browser has no date picker); null when it is not a real date.
 */
export function parseDateInput(s: string): Date | null {
  const t = s.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const uk = /^(\d{1,2})[/.\s-](\d{1,2})[/.\s-](\d{4})$/.exec(t);
  if (!iso && !uk) return null;
  const [y, mo, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [Number(uk![3]), Number(uk![2]), Number(uk![1])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (y < 2014 || y > 2100) return null;
  return date;
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Days a parent has to comment on a draft plan: SEND Regulations 2014, reg 13(1)(a) (the deadlines engine). */
export const DRAFT_COMMENT_DAYS = REPRESENTATION_DAYS;

/** The last day for comments on a draft plan, counted by the deadlines engine (the day of receipt is day 1). */
export function draftCommentsDue(received: Date): Date {
  return lastDayBeginningWith(received, REPRESENTATION_DAYS);
}
