// The web pages for parents (no account: a capability key in ?key=) and for signed-in caseworkers
// (a session cookie). Server-rendered HTML that works without JavaScript; /static/web.js only adds
// conveniences. createApp mounts createWebRouter after the API routes.
//
// Routes:
//   GET  /                              upload page          POST /upload            -> 303 progress
//   GET  /plans/:id/progress[?key=]     progress (refreshes)  GET  /plans/:id[?key=]  the annotated report
//   GET  /plans/:id/letter[.txt|.html|.docx] points to raise      POST /plans/:id/delete  -> 303 /deleted
//   POST /plans/:id/notes               a note on a finding (organisation members)
//   GET  /sign-in, POST /sign-in, GET /sign-out, POST /sign-out, GET /documents, GET /static/web.js
//   /spot-checks… (spot-check-pages.ts), /rubric… (rubric-page.ts)
import { MAX_ADVICE_FILES, PLAN_AND_ADVICE_FIELDS, planAndAdvice, readAdviceFiles } from '../advice-upload.ts';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router, type ErrorRequestHandler, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import { rateLimit } from 'express-rate-limit';
import { renderLetter } from '../../../analyser/src/format/letter.ts';
import { renderLetterDocx } from '../../../analyser/src/format/letter-docx.ts';
import type { Report } from '../../../analyser/src/report-schema.ts';
import * as S from '../api-schemas.ts';
import { accessDocument, actorOf, principalOf, type Access } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { ApiError, isStorageFull } from '../errors.ts';
import { anonymousUploadLimit } from '../upload-limit.ts';
import { QueueUnavailableError } from '../queue/queue.ts';
import { cleanFileName } from '../../../ingest/src/file-name.ts';
import { encodeCursor, readCursor, removeDocument, submitDocument } from '../routes/documents.ts';
import { audit, getReport, getStructured, listDocuments } from '../store.ts';
import { addNote, notesFor, NOTE_MAX_CHARS, type NoteRow } from './data.ts';
import { rubricPagesRouter } from './rubric-page.ts';
import { sendPage } from './layout.ts';
import * as P from './pages.ts';
import {
  capabilityCsrf, clearSessionCookie, closeSession, CsrfError, formBody, isCrossSite, openSession, requireCsrf, sameToken,
  SESSION_HOURS, sessionMiddleware, setSessionCookie, webSessionOf,
} from './session.ts';
import { draftCommentsDue, failureWords, parseDateInput, STATE_WORDS } from './words.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const STATIC_JS = fs.readFileSync(path.join(HERE, 'static', 'web.js'), 'utf8');
const REFRESH_SECONDS = 2;
const LIST_PAGE = 50;

/** A page that answers with its own status (404, 403, 413, 429) and HTML. */
class PageError extends Error {
  constructor(readonly status: number, readonly kind: 'not_found' | 'rate_limited' | 'bad_form', message: string = kind) {
    super(message);
  }
}

const viewerOf = (req: Request): P.Viewer => ({ principal: principalOf(req), csrf: webSessionOf(req)?.csrf });


function keyFrom(raw: unknown): string | undefined {
  return typeof raw === 'string' && raw.length > 0 && raw.length <= 200 ? raw : undefined;
}

/** The document if this browser may reach it; anything else is the same 404 page. */
async function reach(ctx: AppContext, req: Request, rawId: string, key: string | undefined): Promise<Access & { key?: string }> {
  const id = S.DocumentId.safeParse(rawId);
  if (!id.success) throw new PageError(404, 'not_found');
  try {
    const access = await accessDocument(ctx.db, req, id.data, key);
    return { ...access, key: access.via === 'capability' ? key : undefined };
  } catch (err) {
    if (err instanceof ApiError) throw new PageError(404, 'not_found');
    throw err;
  }
}

/** Whether this viewer may delete: the key holder, or the uploader or an admin of the organisation (as the API). */
function mayDelete(req: Request, a: Access): boolean {
  if (a.via === 'capability') return true;
  const p = principalOf(req);
  return p.kind === 'user' && (p.role === 'admin' || a.doc.created_by === p.userId);
}

function deleteCsrfFor(req: Request, a: Access & { key?: string }): string | undefined {
  if (!mayDelete(req, a)) return undefined;
  return a.via === 'capability' && a.key ? capabilityCsrf(a.key, a.doc.id) : webSessionOf(req)?.csrf;
}

async function reportWithText(ctx: AppContext, id: string): Promise<Report | null> {
  const report = await getReport(ctx.db, id);
  if (!report) return null;
  const structured = await getStructured(ctx.db, id);
  return structured ? { ...report, text: structured.text } : report;
}

type Handler = (req: Request, res: Response, next: NextFunction) => Promise<unknown> | unknown;
/** Express 5 forwards rejected promises; this keeps handlers' types simple. */
const h = (fn: Handler): RequestHandler => (req, res, next) => fn(req, res, next);

/** Mounts the spot-check pages (another module), so they share sessions and errors. */
async function spotCheckPages(ctx: AppContext): Promise<Router | null> {
  return (await import('./spot-check-pages.ts')).spotCheckPagesRouter(ctx);
}

export async function createWebRouter(ctx: AppContext): Promise<Router> {
  const r = Router();
  const { config, db } = ctx;
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: config.maxUploadBytes, files: 1 + MAX_ADVICE_FILES, fields: 5, parts: 10 + MAX_ADVICE_FILES },
    defParamCharset: 'utf8',
  });
  // The API's limit on anonymous uploads, and the same count.
  const anonymousUploads = anonymousUploadLimit(ctx, (_req, _res, next) => next(new PageError(429, 'rate_limited')));
  const signInAttempts = rateLimit({
    windowMs: config.rateLimitWindowMs,
    limit: Math.max(10, config.rateLimitUploads),
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: () => config.rateLimitUploads === 0,
    handler: (_req, _res, next) => next(new PageError(429, 'rate_limited')),
  });
  const uploadOptions = (req: Request, error?: string): P.UploadOptions => ({ viewer: viewerOf(req), retentionDays: config.retentionDays, maxUploadBytes: config.maxUploadBytes, error });
  const sameSiteOnly: RequestHandler = (req, _res, next) => next(isCrossSite(req) ? new CsrfError() : undefined);

  r.use(sessionMiddleware(db));

  r.get('/static/web.js', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').type('text/javascript; charset=utf-8').send(STATIC_JS);
  });

  // ---------- upload ----------

  r.get('/', (req, res) => sendPage(res, P.uploadPage(uploadOptions(req))));

  r.post('/upload', sameSiteOnly, anonymousUploads, h(async (req, res, next) => {
    await new Promise<void>((resolve, reject) => upload.fields(PLAN_AND_ADVICE_FIELDS)(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
    const { plan, advice } = planAndAdvice(req);
    req.file = plan;
    const p = principalOf(req);
    if (p.kind === 'user') {
      const session = webSessionOf(req);
      if (!session || !sameToken((req.body as Record<string, unknown>)?.csrf, session.csrf)) return next(new CsrfError());
    }
    const back = p.kind === 'user' ? '/documents' : '/';
    if (!req.file || req.file.size === 0) {
      const msg = req.file ? 'The file you chose is empty. Choose the file the plan is in.' : 'Choose the file the plan is in.';
      return back === '/' ? sendPage(res, P.uploadPage(uploadOptions(req, msg)), 400) : res.redirect(303, `/documents?error=${req.file ? 'empty' : 'nofile'}`);
    }
    let adviceDocs;
    try {
      adviceDocs = advice.length ? await readAdviceFiles(ctx, advice) : undefined;
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      return sendPage(res, P.messagePage({ viewer: viewerOf(req), title: 'One of the advice reports could not be read', paragraphs: [err.message, 'Nothing was stored. Go back and choose the files again, or leave that report out.'], action: { href: back, label: 'Start again' } }), 400);
    }
    const out = await submitDocument(ctx, p, { name: cleanFileName(req.file.originalname), bytes: req.file.buffer, advice: adviceDocs });
    // WCAG 2.2.1: whoever does not want a self-refreshing page can say so before meeting it.
    const manual = (req.body as Record<string, unknown> | undefined)?.manual === 'yes';
    res.redirect(303, P.docUrl(out.id, out.key, '/progress', manual ? { refresh: 'off' } : {}));
  }));

  // ---------- progress, report, letter ----------

  r.get('/plans/:id/progress', h(async (req, res) => {
    const a = await reach(ctx, req, String(req.params.id), keyFrom(req.query.key));
    const wantsJson = req.accepts(['text/html', 'application/json']) === 'application/json';
    const reportUrl = P.docUrl(a.doc.id, a.key);
    if (wantsJson) {
      res.set('Cache-Control', 'no-store').set('Referrer-Policy', 'no-referrer');
      return res.json({ state: a.doc.state, label: STATE_WORDS[a.doc.state], done: a.doc.state === 'done', failed: a.doc.state === 'failed', report: reportUrl });
    }
    if (a.doc.state === 'done') return res.redirect(303, reportUrl);
    if (a.doc.state === 'failed') {
      return sendPage(res, P.failedPage({ viewer: viewerOf(req), doc: a.doc, key: a.key, reason: failureWords(a.doc.error_code), deleteCsrf: deleteCsrfFor(req, a) }));
    }
    sendPage(res, P.progressPage({ viewer: viewerOf(req), doc: a.doc, key: a.key, refresh: req.query.refresh !== 'off', refreshSeconds: REFRESH_SECONDS }));
  }));

  r.get('/plans/:id', h(async (req, res) => {
    const a = await reach(ctx, req, String(req.params.id), keyFrom(req.query.key));
    const report = a.doc.state === 'done' ? await reportWithText(ctx, a.doc.id) : null;
    if (!report) return res.redirect(303, P.docUrl(a.doc.id, a.key, '/progress'));
    const deadline: P.DeadlineState = {};
    if (typeof req.query.received === 'string' && report.plan.status === 'draft') {
      deadline.input = req.query.received.slice(0, 20);
      const received = parseDateInput(req.query.received);
      if (!received) deadline.error = req.query.received.trim() ? 'Enter a real date, for example 27/03/2026.' : 'Enter the day you received the draft plan.';
      else Object.assign(deadline, { received, due: draftCommentsDue(received) });
    }
    const member = a.via === 'org';
    let notes: Map<number, NoteRow[]> | undefined;
    if (member) {
      notes = new Map();
      for (const n of await notesFor(db, a.doc.id)) notes.set(n.finding_index, [...(notes.get(n.finding_index) ?? []), n]);
    }
    await audit(db, actorOf(principalOf(req)), a.doc.org_id, 'read', a.doc.id);
    const flash = req.query.noted !== undefined ? 'Your note has been saved.' : undefined;
    sendPage(res, P.reportPage({
      viewer: viewerOf(req), doc: a.doc, report, key: a.key, deleteCsrf: deleteCsrfFor(req, a), deadline, notes,
      noteCsrf: member ? webSessionOf(req)?.csrf : undefined, flash,
      view: req.query.view === 'parent' || req.query.view === 'full' ? req.query.view : undefined,
    }), deadline.error ? 400 : 200);
  }));

  const letterFor = async (req: Request) => {
    const a = await reach(ctx, req, String(req.params.id), keyFrom(req.query.key));
    const report = a.doc.state === 'done' ? await getReport(db, a.doc.id) : null;
    if (!report) throw new PageError(404, 'not_found');
    return { a, report, letter: renderLetter(report) };
  };

  r.get('/plans/:id/letter', h(async (req, res) => {
    const { a, report, letter } = await letterFor(req);
    await audit(db, actorOf(principalOf(req)), a.doc.org_id, 'read', a.doc.id);
    sendPage(res, P.letterPage({ viewer: viewerOf(req), doc: a.doc, report, key: a.key, letterHtml: letter.html, letterText: letter.text }));
  }));

  r.get('/plans/:id/letter.txt', h(async (req, res) => {
    const { a, letter } = await letterFor(req);
    await audit(db, actorOf(principalOf(req)), a.doc.org_id, 'exported', a.doc.id);
    res.set({ 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store', 'Content-Disposition': 'attachment; filename="points-to-raise.txt"' })
      .type('text/plain; charset=utf-8').send(letter.text);
  }));

  r.get('/plans/:id/letter.html', h(async (req, res) => {
    const { a, letter } = await letterFor(req);
    await audit(db, actorOf(principalOf(req)), a.doc.org_id, 'exported', a.doc.id);
    res.set({ 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store', 'Content-Disposition': 'attachment; filename="points-to-raise.html"' })
      .type('text/html; charset=utf-8').send(letter.page);
  }));

  r.get('/plans/:id/letter.docx', h(async (req, res) => {
    const { a, report } = await letterFor(req);
    const docx = await renderLetterDocx(report);
    await audit(db, actorOf(principalOf(req)), a.doc.org_id, 'exported', a.doc.id);
    res.set({ 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store', 'Content-Disposition': 'attachment; filename="points-to-raise.docx"' })
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').send(docx);
  }));

  // ---------- deleting (POST only) ----------

  r.post('/plans/:id/delete', sameSiteOnly, formBody, h(async (req, res, next) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const a = await reach(ctx, req, String(req.params.id), keyFrom(body.key));
    const expected = deleteCsrfFor(req, a);
    if (!expected) throw new PageError(404, 'not_found');
    if (!sameToken(body.csrf, expected)) return next(new CsrfError());
    if (body.confirm !== 'yes') {
      return sendPage(res, P.confirmDeletePage({ viewer: viewerOf(req), doc: a.doc, key: a.key, csrf: expected, back: P.docUrl(a.doc.id, a.key) }));
    }
    await removeDocument(ctx, a.doc.id, actorOf(principalOf(req)));
    res.redirect(303, '/deleted');
  }));

  r.get('/deleted', (req, res) => sendPage(res, P.deletedPage(viewerOf(req))));

  // ---------- notes (members of the document's organisation) ----------

  r.post('/plans/:id/notes', sameSiteOnly, formBody, requireCsrf(), h(async (req, res) => {
    const a = await reach(ctx, req, String(req.params.id), undefined);
    const p = principalOf(req);
    if (a.via !== 'org' || p.kind !== 'user') throw new PageError(404, 'not_found');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const report = a.doc.state === 'done' ? await getReport(db, a.doc.id) : null;
    const index = typeof body.finding === 'string' && /^\d{1,6}$/.test(body.finding) ? Number(body.finding) : -1;
    const text = typeof body.note === 'string' ? body.note.replace(/\r\n/g, '\n').trim() : '';
    if (!report || index < 0 || index >= report.findings.length) throw new PageError(404, 'not_found');
    if (!text || text.length > NOTE_MAX_CHARS) throw new PageError(400, 'bad_form', text ? `A note can be up to ${NOTE_MAX_CHARS} characters long.` : 'The note was empty.');
    await addNote(db, { documentId: a.doc.id, orgId: a.doc.org_id, findingIndex: index, authorId: p.userId, body: text, actor: actorOf(p) });
    res.redirect(303, `${P.docUrl(a.doc.id, undefined, '', { noted: '1' })}#notes-${index}`);
  }));

  // ---------- signing in and out ----------

  r.get('/sign-in', (req, res) => {
    if (principalOf(req).kind === 'user') return res.redirect(303, '/documents');
    sendPage(res, P.signInPage({ viewer: viewerOf(req), signedOut: req.query['signed-out'] !== undefined, sessionHours: SESSION_HOURS }));
  });

  r.post('/sign-in', sameSiteOnly, signInAttempts, formBody, h(async (req, res) => {
    const token = String((req.body as Record<string, unknown> | undefined)?.token ?? '').trim();
    const secret = token ? await openSession(db, token) : null;
    if (!secret) {
      const error = token ? 'That token was not recognised. Check you copied all of it. It may also have expired or been withdrawn: ask your administrator.' : 'Enter your access token.';
      return sendPage(res, P.signInPage({ viewer: viewerOf(req), error, sessionHours: SESSION_HOURS }), token ? 401 : 400);
    }
    setSessionCookie(req, res, secret);
    res.redirect(303, '/documents');
  }));

  r.get('/sign-out', (req, res) => {
    if (!webSessionOf(req)) return res.redirect(303, '/sign-in');
    sendPage(res, P.signOutPage(viewerOf(req)));
  });

  r.post('/sign-out', sameSiteOnly, formBody, requireCsrf(), h(async (req, res) => {
    const s = webSessionOf(req);
    if (s) await closeSession(db, s.idHash);
    clearSessionCookie(req, res);
    res.redirect(303, '/sign-in?signed-out');
  }));

  // ---------- an organisation's documents ----------

  r.get('/documents', h(async (req, res) => {
    const p = principalOf(req);
    const s = webSessionOf(req);
    if (p.kind !== 'user' || !s) return res.redirect(303, '/sign-in');
    const before = typeof req.query.before === 'string' ? readCursor(req.query.before) : undefined;
    const rows = await listDocuments(db, p.orgId, LIST_PAGE + 1, before);
    const page = rows.slice(0, LIST_PAGE);
    const last = page[page.length - 1];
    const org = (await db.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [p.orgId])).rows[0]?.name ?? 'your organisation';
    const uploadError = req.query.error === 'empty' ? 'The file you chose is empty. Choose the file the plan is in.' : req.query.error === 'nofile' ? 'Choose the file the plan is in.' : undefined;
    sendPage(res, P.documentsPage({
      viewer: viewerOf(req), orgName: org, userName: s.userName, rows: page,
      olderHref: rows.length > LIST_PAGE && last ? `/documents?before=${encodeCursor(new Date(last.created_at), last.id)}` : undefined,
      upload: uploadOptions(req, uploadError),
    }), uploadError ? 400 : 200);
  }));

  const spot = await spotCheckPages(ctx);
  if (spot) r.use(spot);
  r.use(rubricPagesRouter(ctx));

  // ---------- errors, as pages ----------

  const onError: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const viewer = viewerOf(req);
    if (err instanceof PageError && err.kind === 'not_found') return sendPage(res, P.notFoundPage(viewer, config.retentionDays), 404);
    if (err instanceof CsrfError) {
      return sendPage(res, P.messagePage({ viewer, title: 'This form has expired', paragraphs: ['We could not accept the form, to protect your account. This can happen if you signed out or opened the page long ago. Go back, reload the page and try again.'], action: { href: viewer.principal.kind === 'user' ? '/documents' : '/', label: 'Start again' } }), 403);
    }
    if (err instanceof PageError && err.kind === 'rate_limited') {
      return sendPage(res, P.messagePage({ viewer, title: 'Please wait a few minutes', paragraphs: ['There have been too many attempts from your connection recently. Wait a few minutes, then try again.'] }), 429);
    }
    if (err instanceof QueueUnavailableError) {
      return sendPage(res.set('Retry-After', '30'), P.messagePage({ viewer, title: 'We cannot take new plans right now', paragraphs: [failureWords('queue_unavailable')] }), 503);
    }
    if (isStorageFull(err)) {
      return sendPage(res.set('Retry-After', '60'), P.messagePage({ viewer, title: 'We cannot take new plans right now', paragraphs: [failureWords('storage_full')] }), 507);
    }
    if (err instanceof PageError && err.kind === 'bad_form') {
      return sendPage(res, P.messagePage({ viewer, title: 'There is a problem with the form', paragraphs: [err.message, 'Go back and try again.'] }), 400);
    }
    if (err instanceof multer.MulterError) {
      const mb = Math.max(1, Math.round(config.maxUploadBytes / (1024 * 1024)));
      const msg = err.code === 'LIMIT_FILE_SIZE' ? `The file is bigger than ${mb} MB. Choose a smaller file, for example a PDF of just the plan.` : 'The file could not be uploaded. Choose one file and try again.';
      return sendPage(res, P.uploadPage(uploadOptions(req, msg)), err.code === 'LIMIT_FILE_SIZE' ? 413 : 400);
    }
    req.log?.error({ err }, 'unhandled error');
    sendPage(res, P.messagePage({ viewer, title: 'Sorry, something went wrong', paragraphs: ['Something went wrong on our side. Please try again later.'] }), 500);
  };
  r.use(onError);
  return r;
}

