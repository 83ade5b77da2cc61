// /openapi.json, generated from the same zod schemas that validate requests and reports.
import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { Report } from '../../analyser/src/report-schema.ts';
import * as S from './api-schemas.ts';
import { ErrorBody } from './errors.ts';
import { registerComparisonPaths } from './routes/comparisons.ts';

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
    request: { body: { required: true, content: { 'multipart/form-data': { schema: z.object({ file: z.string().describe('The plan: PDF, DOCX, plain text or Markdown (binary)'), advice: z.array(z.string()).max(8).optional().describe('Advice reports the plan was written from (speech and language, OT, EP, health), each PDF, DOCX, plain text or Markdown (binary); repeat the field for each. The report then carries `advice`: each recommendation with its verdict against the plan.') }) } } } },
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
    summary: "The organisation's audit log (admins): its documents', spot-checks' and rubric's events",
    security: [{ [bearer.name]: [] }],
    request: { query: S.AuditQuery },
    responses: { 200: { description: 'Events, newest first', content: { 'application/json': { schema: auditList } } }, 401: err('No or invalid token'), 403: err('Not an admin') },
  });
  // Spot-checks (routes/spot-checks.ts): advisers' reproducible random samples.
  const advisers = [{ [bearer.name]: [] }];
  const spotIdParam = z.object({ id: S.SpotCheckId });
  const spotAccepted = r.register('SpotCheckAccepted', fresh(S.SpotCheckAccepted));
  const spotCheck = r.register('SpotCheck', fresh(S.SpotCheck));
  const spotList = r.register('SpotCheckList', fresh(S.SpotCheckList));
  r.registerPath({
    method: 'post',
    path: '/v1/spot-checks',
    summary: 'Draw a reproducible random sample of plans and analyse it (advisers and admins)',
    description:
      'Send the plans as several "file" fields, or one zip holding them (directories, __MACOSX/ and hidden files are skipped). The plans are put in a canonical order (sha256 of the bytes, then name) and a partial Fisher-Yates shuffle driven by sfc32, seeded from sha256 of the seed, draws sampleSize of them: the same plans and seed always draw the same sample, whatever the upload order. Only the sampled plans are stored, as documents of the organisation; the others are discarded at once.',
    security: advisers,
    request: { body: { required: true, content: { 'multipart/form-data': { schema: fresh(S.SpotCheckUpload) } } } },
    responses: {
      202: { description: 'Drawn and queued', content: { 'application/json': { schema: spotAccepted } } },
      400: err('No files, a bad sampleSize or seed, too many files (invalid_request)'),
      401: err('No or invalid token (unauthorised)'),
      403: err('Not an adviser or admin (forbidden)'),
      413: err('A file or the unpacked zip is over the limit, or a zip bomb (file_too_large)'),
      422: err('The zip of plans is damaged (corrupt_file)'),
    },
  });
  r.registerPath({
    method: 'get',
    path: '/v1/spot-checks',
    summary: "The organisation's spot-checks, newest first",
    security: advisers,
    request: { query: S.SpotCheckListQuery },
    responses: { 200: { description: 'Spot-checks', content: { 'application/json': { schema: spotList } } }, 401: err('No or invalid token'), 403: err('Not an adviser or admin') },
  });
  r.registerPath({
    method: 'get',
    path: '/v1/spot-checks/{id}',
    summary: 'The sample, its seed, each plan and the aggregate; or the per-plan table as CSV (Accept: text/csv or ?format=csv)',
    security: advisers,
    request: { params: spotIdParam, query: z.object({ format: z.enum(['json', 'csv']).optional() }) },
    responses: {
      200: { description: 'The spot-check', content: { 'application/json': { schema: spotCheck }, 'text/csv': { schema: z.string().describe('One row per sampled plan (RFC 4180; cells that a spreadsheet would run as a formula start with an apostrophe)') } } },
      401: err('No or invalid token'),
      403: err('Not an adviser or admin'),
      404: err('No such spot-check in your organisation (not_found)'),
    },
  });
  r.registerPath({
    method: 'delete',
    path: '/v1/spot-checks/{id}',
    summary: 'Delete the spot-check and every sampled document in it',
    description: 'The adviser who made it or an admin of the organisation.',
    security: advisers,
    request: { params: spotIdParam },
    responses: { 204: { description: 'Deleted' }, 401: err('No or invalid token'), 403: err('Not the maker nor an admin (forbidden)'), 404: err('No such spot-check in your organisation') },
  });
  // An organisation's rubric (routes/rubric.ts).
  const members = [{ [bearer.name]: [] }];
  const invalidRubric = r.register('InvalidRubric', fresh(S.InvalidRubric));
  r.registerPath({
    method: 'get',
    path: '/v1/rubric',
    summary: "The organisation's effective rubric: its own, or the default",
    description: 'As JSON (the rubric as the analyser uses it, with its id, version and sha256), or with Accept: application/yaml the YAML text whose sha256 reports record.',
    security: members,
    responses: {
      200: { description: 'The effective rubric', content: { 'application/json': { schema: r.register('EffectiveRubric', fresh(S.EffectiveRubric)) }, 'application/yaml': { schema: z.string() } } },
      401: err('No or invalid token (unauthorised)'),
    },
  });
  r.registerPath({
    method: 'put',
    path: '/v1/rubric',
    summary: "Set the organisation's rubric (advisers and admins)",
    description: 'The body is a rubric in YAML, usually "extends: default" plus the keys it changes (see rubrics/default.yaml). It may extend only "default". From then on the organisation\'s uploads and spot-checks are analysed with it. Audited.',
    security: members,
    request: { body: { required: true, content: { 'application/yaml': { schema: z.string().describe('The rubric as YAML text') } } } },
    responses: {
      200: { description: 'Set', content: { 'application/json': { schema: r.register('RubricSet', fresh(S.RubricSet)) } } },
      401: err('No or invalid token (unauthorised)'),
      403: err('Not an adviser or admin (forbidden)'),
      413: err('Over the size limit (file_too_large)'),
      415: err('Not sent as application/yaml (unsupported_media_type)'),
      422: { description: 'Not a valid rubric (invalid_rubric), with every problem by path and line', content: { 'application/json': { schema: invalidRubric } } },
    },
  });
  r.registerPath({
    method: 'delete',
    path: '/v1/rubric',
    summary: 'Return the organisation to the default rubric (advisers and admins)',
    description: 'Audited when the organisation had its own rubric.',
    security: members,
    responses: { 204: { description: 'The default applies' }, 401: err('No or invalid token'), 403: err('Not an adviser or admin (forbidden)') },
  });
  registerComparisonPaths(r, { security, err, fresh });
  extra?.(r);

  return new OpenApiGeneratorV31(r.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'ehcp-check', version: '1', description: 'Checks an Education, Health and Care Plan against the law and good practice.' },
  });
}
