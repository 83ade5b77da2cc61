// The API's request and response shapes: used to validate requests and to write /openapi.json.
import { z } from 'zod';
import { ERROR_CODES } from '../../ingest/src/errors.ts';
import { DOCUMENT_STATES } from './store.ts';

export const DocumentId = z.uuid();
// Any string: a malformed key is just a wrong key, which answers 404 like every other miss.
export const CapabilityKey = z.string().max(200).describe('The capability key from an anonymous upload\'s links');

export const DocumentParams = z.object({ id: z.string() });
export const KeyQuery = z.object({ key: CapabilityKey.optional() });
export const ReportQuery = z.object({
  key: CapabilityKey.optional(),
  include: z.enum(['text']).optional().describe('include=text adds the normalised extracted text the offsets point into'),
});
export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional().describe('nextCursor from the previous page'),
});
export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  documentId: DocumentId.optional(),
});

export const ErrorInfo = z.object({ code: z.enum(ERROR_CODES), message: z.string() });
export const State = z.enum(DOCUMENT_STATES);

export const Links = z.object({
  self: z.string().describe('Status (GET) and deletion (DELETE) of the document'),
  report: z.string().describe('The report, as JSON or as an annotated web page'),
});

export const Accepted = z.object({ id: z.string(), state: z.literal('queued'), links: Links });
export const DocumentStatus = z.object({ id: z.string(), state: State, error: ErrorInfo.optional(), links: Links });
export const DocumentListItem = z.object({ id: z.string(), state: State, name: z.string().nullable(), createdAt: z.string(), links: Links });
export const DocumentList = z.object({ documents: z.array(DocumentListItem), nextCursor: z.string().nullable() });
export const AuditEvent = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string().describe('"user:<id>" or "anonymous capability"'),
  action: z.enum(['created', 'read', 'exported', 'deleted']),
  documentId: z.string(),
});
export const AuditList = z.object({ events: z.array(AuditEvent) });
export const Health = z.object({ status: z.string() });
export const Ready = z.object({ status: z.enum(['ready', 'unavailable']), checks: z.object({ storage: z.boolean(), queue: z.boolean() }) });
