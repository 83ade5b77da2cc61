// /openapi.json, generated from the same zod schemas that validate requests and reports.
import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { Report } from '../../analyser/src/report-schema.ts';
import * as S from './api-schemas.ts';
import { ErrorBody } from './errors.ts';

// The registry names schemas through zod's .openapi(). Schemas built before this module loaded
// (the Report) do not see the added method: register clones, which are built after it.
extendZodWithOpenApi(z);
const fresh = <T extends z.ZodType>(s: T): T => s.clone() as T;

export function buildOpenApi(extra?: (registry: OpenAPIRegistry) => void): object {
  const r = new OpenAPIRegistry();
  const report = r.register('Report', fresh(Report));
  const error = r.register('Error', fresh(ErrorBody));
  const accepted = r.register('Accepted', fresh(S.Accepted));
  const status = r.register('DocumentStatus', fresh(S.DocumentStatus));
  const list = r.register('DocumentList', fresh(S.DocumentList));
  const auditList = r.register('AuditList', fresh(S.AuditList));
  const bearer = r.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  const security = [{ [bearer.name]: [] }, {}];
  const err = (description: string) => ({ description, content: { 'application/json': { schema: error } } });
  const idParam = z.object({ id: S.DocumentId });

  r.registerPath({ method: 'get', path: '/healthz', summary: 'The process is up', responses: { 200: { description: 'Up', content: { 'application/json': { schema: S.Health } } } } });
  r.registerPath({
    method: 'get',
    path: '/readyz',
    summary: 'Storage and queue are reachable',
    responses: { 200: { description: 'Ready', content: { 'application/json': { schema: S.Ready } } }, 503: { description: 'Not ready', content: { 'application/json': { schema: S.Ready } } } },
  });
  r.registerPath({
    method: 'post',
    path: '/v1/documents',
    summary: 'Upload a plan to be checked',
    description: 'Anonymous uploads (no token) are rate-limited and answer links carrying a capability key that reaches this one document; they are deleted after the retention period. Signed-in uploads belong to the caller\'s organisation.',
    security,
    request: { body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: z.string().describe('The plan: PDF, DOCX, plain text or Markdown (binary)') }) } } } },
    responses: {
      202: { description: 'Queued', content: { 'application/json': { schema: accepted } } },
      400: err('No file, or a malformed request (invalid_request)'),
      401: err('Invalid token (unauthorised)'),
      413: err('Over the size limit (file_too_large)'),
      429: err('Too many anonymous uploads (rate_limited)'),
    },
  });
  r.registerPath({
    method: 'get',
    path: '/v1/documents',
    summary: "The caller's organisation's documents, newest first",
    security: [{ [bearer.name]: [] }],
    request: { query: S.ListQuery },
    responses: { 200: { description: 'A page of documents', content: { 'application/json': { schema: list } } }, 401: err('No or invalid token') },
  });
  r.registerPath({
    method: 'get',
    path: '/v1/documents/{id}',
    summary: 'Processing state of a document',
    security,
    request: { params: idParam, query: S.KeyQuery },
    responses: { 200: { description: 'State', content: { 'application/json': { schema: status } } }, 401: err('No credentials'), 404: err('No such document, or not yours (not_found)') },
  });
  r.registerPath({
    method: 'get',
    path: '/v1/documents/{id}/report',
    summary: 'The report, as JSON or as the annotated web page (content negotiation on Accept)',
    security,
    request: { params: idParam, query: S.ReportQuery },
    responses: {
      200: { description: 'The report', content: { 'application/json': { schema: report }, 'text/html': { schema: z.string() } } },
      401: err('No credentials'),
      404: err('No such document, or not yours'),
      409: err('Not done yet (not_ready), or failed (the document\'s error code)'),
    },
  });
  r.registerPath({
    method: 'delete',
    path: '/v1/documents/{id}',
    summary: 'Delete the document, its extraction, its report and its job, everywhere',
    description: 'Signed-in: the uploader or an admin of the organisation. Anonymous: the capability key holder.',
    security,
    request: { params: idParam, query: S.KeyQuery },
    responses: { 204: { description: 'Deleted' }, 401: err('No credentials'), 403: err('Not the uploader nor an admin (forbidden)'), 404: err('No such document, or not yours') },
  });
  r.registerPath({
    method: 'get',
    path: '/v1/audit',
    summary: "The organisation's audit log (admins)",
    security: [{ [bearer.name]: [] }],
    request: { query: S.AuditQuery },
    responses: { 200: { description: 'Events, newest first', content: { 'application/json': { schema: auditList } } }, 401: err('No or invalid token'), 403: err('Not an admin') },
  });
  extra?.(r);

  return new OpenApiGeneratorV31(r.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'ehcp-check', version: '1', description: 'Checks an Education, Health and Care Plan against the law and good practice.' },
  });
}
