// The web pages for comparing two versions of a plan (issue 15), for parents without an account and
// for signed-in caseworkers alike. Server-rendered, no JavaScript needed.
//   GET  /compare                      two file fields: the older and the newer version
//   POST /compare                      compares them -> 303 /compare/:id[?key=]
//   GET  /compare/:id[?key=]           the side-by-side changes, with CSV and DOCX downloads
//   POST /compare/:id/delete           -> 303 /compare/deleted
import { Router, type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import { escapeHtml as e } from '../../../analyser/src/format/html-kit.ts';
import { comparisonTablesHtml, COMPARE_EXTRA_CSS } from '../../../analyser/src/compare/format.ts';
import { Comparison } from '../../../analyser/src/compare/schema.ts';
import type { Rubric } from '../../../analyser/src/rubric.ts';
import { rubricFor } from '../org-rubric.ts';
import { principalOf } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { anonymousUploadLimit } from '../upload-limit.ts';
import { ApiError } from '../errors.ts';
import { accessComparison, createComparison, deleteComparison, resultOf } from '../routes/comparisons.ts';
import { renderPage, sendPage } from './layout.ts';
import { capabilityCsrf, formBody, isCrossSite, sameToken, sessionMiddleware, webSessionOf } from './session.ts';

const FILE_TYPES = '.pdf,.docx,.txt,.md,.text,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';

const safeName = (n: string | undefined) => (n ?? '').replace(/^.*[\\/]/, '').slice(0, 255) || 'upload';
const keyFrom = (raw: unknown) => (typeof raw === 'string' && raw.length > 0 && raw.length <= 200 ? raw : undefined);
const url = (id: string, key?: string, suffix = '') => `/compare/${encodeURIComponent(id)}${suffix}${key ? `?key=${encodeURIComponent(key)}` : ''}`;

class PageProblem extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function formPage(req: Request, error?: { field: 'old' | 'new'; text: string }): string {
  const p = principalOf(req);
  const csrf = webSessionOf(req)?.csrf;
  const field = (name: 'old' | 'new', label: string, hint: string) => {
    const err = error?.field === name;
    return `<div class="field">
<label for="${name}">${e(label)}</label>
<span class="hint" id="${name}-hint">${e(hint)}</span>
${err ? `<span class="error-message" id="${name}-error"><span class="vh">Error: </span>${e(error!.text)}</span>` : ''}
<input type="file" id="${name}" name="${name}" accept="${FILE_TYPES}" aria-describedby="${name}-hint${err ? ` ${name}-error` : ''}"${err ? ' aria-invalid="true"' : ''}>
</div>`;
  };
  const body = `<h1>Compare two versions of a plan</h1>
<p class="lead">Upload an older and a newer version of the same EHC plan (a draft and the final plan, or the plan before and after an annual review) and we will show what changed: provision taken out, cut, made vaguer or moved out of Section F, and what was added or improved.</p>
${error ? `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">There is a problem</h2><ul><li><a href="#${error.field}">${e(error.text)}</a></li></ul></div>` : ''}
<form method="post" action="/compare" enctype="multipart/form-data" novalidate>
${csrf ? `<input type="hidden" name="csrf" value="${e(csrf)}">` : ''}
${field('old', 'The older version', 'For example the draft plan, or last year\'s plan. A PDF, a Word document (.docx) or a plain text file.')}
${field('new', 'The newer version', 'For example the final plan, or the plan after the annual review.')}
<button class="button" type="submit">Compare the two versions</button>
</form>
<h2>What happens to your files</h2>
<ul>
<li>We read the two files, compare them, and <strong>delete both files straight away</strong>. We keep only the list of changes${p.kind === 'user' ? ', with your organisation\'s documents, until someone deletes it' : ', for a limited time, so you can come back to it; you can delete it sooner yourself'}.</li>
${p.kind === 'user' ? '' : '<li>The web address of your comparison works like a key: anyone who has it can see it, so keep it to yourself.</li>'}
</ul>
<p>This is a guide to help you read the changes. It is not legal advice.</p>`;
  return renderPage({ title: error ? 'Error: Compare two versions' : 'Compare two versions', principal: p, csrf, current: '/compare', body });
}

function resultPage(req: Request, id: string, key: string | undefined, c: Comparison, deleteCsrf: string | undefined, rubric: Rubric): string {
  const api = `/v1/comparisons/${encodeURIComponent(id)}${key ? `?key=${encodeURIComponent(key)}&` : '?'}`;
  const body = `<h1>What changed in this plan</h1>
<p>Old version: ${e(c.old.document.name)}. New version: ${e(c.new.document.name)}.</p>
<ul class="report-tools">
<li><a href="${e(`${api}format=docx`)}" download>Download a working document (.docx): old wording, new wording, what changed, why it matters</a></li>
<li><a href="${e(`${api}format=csv`)}" download>Download the changes as a spreadsheet (.csv)</a></li>
</ul>
${comparisonTablesHtml(c, { rubric })}
${deleteCsrf ? `<form method="post" action="${e(url(id, undefined, '/delete'))}"><input type="hidden" name="csrf" value="${e(deleteCsrf)}">${key ? `<input type="hidden" name="key" value="${e(key)}">` : ''}<button class="button" type="submit">Delete this comparison now</button></form>` : ''}`;
  return renderPage({ title: 'What changed', principal: principalOf(req), csrf: webSessionOf(req)?.csrf, body, css: COMPARE_EXTRA_CSS });
}

function mayDelete(req: Request, row: { org_id: string | null; created_by: string | null }, via: 'key' | 'org'): boolean {
  if (via === 'key') return true;
  const p = principalOf(req);
  return p.kind === 'user' && (p.role === 'admin' || row.created_by === p.userId);
}

export function comparePagesRouter(ctx: AppContext): Router {
  const r = Router();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: ctx.config.maxUploadBytes, files: 2, fields: 5, parts: 10 }, defParamCharset: 'utf8' });
  const anonymousUploads = anonymousUploadLimit(ctx, (_req, _res, next) => next(new PageProblem(429, 'Too many uploads from this address: try again later.')));
  const sameSiteOnly: RequestHandler = (req, _res, next) => next(isCrossSite(req) ? new PageProblem(403, 'The form could not be checked. Go back, reload the page and try again.') : undefined);
  const reach = async (req: Request, id: string, key: string | undefined) => {
    try {
      const row = await accessComparison(ctx.db, principalOf(req), id, key);
      const p = principalOf(req);
      const via: 'key' | 'org' = p.kind === 'user' && row.org_id === p.orgId ? 'org' : 'key';
      return { row, via, key: via === 'key' ? key : undefined };
    } catch (err) {
      if (err instanceof ApiError) throw new PageProblem(404, 'There is no comparison at this address. It may have been deleted, or the link may be incomplete.');
      throw err;
    }
  };
  const deleteCsrf = (req: Request, id: string, via: 'key' | 'org', key: string | undefined, row: { org_id: string | null; created_by: string | null }) =>
    !mayDelete(req, row, via) ? undefined : via === 'key' && key ? capabilityCsrf(key, `comparison:${id}`) : webSessionOf(req)?.csrf;

  r.use('/compare', sessionMiddleware(ctx.db));

  r.get('/compare', (req, res) => sendPage(res, formPage(req)));

  r.post('/compare', sameSiteOnly, anonymousUploads, async (req: Request, res: Response) => {
    await new Promise<void>((resolve, reject) => upload.fields([{ name: 'old', maxCount: 1 }, { name: 'new', maxCount: 1 }])(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
    const p = principalOf(req);
    if (p.kind === 'user') {
      const session = webSessionOf(req);
      if (!session || !sameToken((req.body as Record<string, unknown>)?.csrf, session.csrf)) throw new PageProblem(403, 'The form could not be checked. Go back, reload the page and try again.');
    }
    const files = (req.files ?? {}) as Record<string, Express.Multer.File[] | undefined>;
    for (const [name, label] of [['old', 'older'], ['new', 'newer']] as const) {
      const f = files[name]?.[0];
      if (!f || f.size === 0) return sendPage(res, formPage(req, { field: name, text: `Choose the file the ${label} version is in${f ? ' (the file you chose is empty)' : ''}.` }), 400);
    }
    try {
      const out = await createComparison(ctx, p, { name: safeName(files.old![0].originalname), bytes: new Uint8Array(files.old![0].buffer) }, { name: safeName(files.new![0].originalname), bytes: new Uint8Array(files.new![0].buffer) });
      res.redirect(303, url(out.id, out.key));
    } catch (err) {
      if (err instanceof ApiError) return sendPage(res, formPage(req, { field: /new version/.test(err.message) ? 'new' : 'old', text: err.message }), 422);
      throw err;
    }
  });

  r.get('/compare/deleted', (req, res) => sendPage(res, renderPage({ title: 'Comparison deleted', principal: principalOf(req), csrf: webSessionOf(req)?.csrf, body: '<h1>The comparison has been deleted</h1><p>We no longer hold it, and its link no longer works.</p><p><a href="/compare">Compare two more versions</a></p>' })));

  r.get('/compare/:id', async (req, res) => {
    const a = await reach(req, String(req.params.id), keyFrom(req.query.key));
    const c = resultOf(a.row);
    const { rubric } = await rubricFor(ctx.db, a.row.org_id, ctx.logger);
    sendPage(res, resultPage(req, a.row.id, a.key, c, deleteCsrf(req, a.row.id, a.via, a.key, a.row), rubric));
  });

  r.post('/compare/:id/delete', sameSiteOnly, formBody, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const a = await reach(req, String(req.params.id), keyFrom(body.key));
    const expected = deleteCsrf(req, a.row.id, a.via, a.key, a.row);
    if (!expected || !sameToken(body.csrf, expected)) throw new PageProblem(403, 'The form could not be checked. Go back, reload the page and try again.');
    await deleteComparison(ctx.db, a.row.id);
    res.redirect(303, '/compare/deleted');
  });

  const pageErrors: ErrorRequestHandler = (err, req, res, next) => {
    if (!req.path.startsWith('/compare')) return next(err);
    if (err instanceof multer.MulterError) return sendPage(res, formPage(req, { field: 'old', text: err.code === 'LIMIT_FILE_SIZE' ? 'A file is too large.' : 'The upload could not be read. Choose the two files again.' }), err.code === 'LIMIT_FILE_SIZE' ? 413 : 400);
    if (err instanceof PageProblem) return sendPage(res, renderPage({ title: 'Sorry', principal: principalOf(req), body: `<h1>Sorry</h1><p>${e(err.message)}</p><p><a href="/compare">Compare two versions</a></p>` }), err.status);
    next(err);
  };
  r.use(pageErrors);
  return r;
}
