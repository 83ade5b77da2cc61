// The organisation's rubric as a web page (signed in with the web session cookie):
//   GET  /rubric           the effective rubric in plain English; advisers and admins also get a
//                          form to upload a new YAML file and a button to return to the default
//   GET  /rubric.yaml      the effective rubric's YAML text, to edit and upload again
//   POST /rubric           multipart: the YAML file in "rubric" -> 303 /rubric, or the page with its
//                          problems by line (422)
//   POST /rubric/default   returns to the default -> 303 /rubric
// Caseworkers may read the page; only advisers and admins change the rubric (as PUT /v1/rubric).
// Mounted by the web router (web/index.ts) after its session middleware, so a CsrfError becomes
// its "form expired" page.
import express, { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import { severityWords } from '../../../analyser/src/format/labels.ts';
import type { Severity } from '../../../analyser/src/report-schema.ts';
import type { Rubric, RubricProblem } from '../../../analyser/src/rubric.ts';
import type { UserPrincipal } from '../accounts.ts';
import { principalOf } from '../auth.ts';
import type { AppContext } from '../context.ts';
import { MAX_RUBRIC_BYTES, resetRubric, ruleLevel, rubricFor, setRubric, type EffectiveRubric } from '../org-rubric.ts';
import { ruleName } from '../spot-check/rule-names.ts';
import { escapeHtml as e, renderPage, sendPage } from './layout.ts';
import { CsrfError, isCrossSite, sameToken, webSessionOf, type WebSession } from './session.ts';

const PAGE_CSS = `
.rule-list { list-style: none; margin: 0; padding: 0; }
.rule-list > li { border-top: 1px solid #b1b4b6; padding: .5rem 0 .75rem; }
.rule-list h4 { margin: .25rem 0; font-size: 1.1rem; }
.rule-facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .25rem 0; }
.rule-facts dt { font-weight: 700; }
.rule-facts dd { margin: 0; overflow-wrap: anywhere; }
.rule-id, .sha { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .95rem; overflow-wrap: anywhere; }
.level-off, .muted { color: #3d3d3d; }
.problem-list li { margin: .25rem 0; }
@media (max-width: 30rem) { .rule-facts { grid-template-columns: 1fr; } .rule-facts dd { margin-bottom: .35rem; } }
`;

/** Rule families in the order a reader meets them, by the prefix of the rule id. */
const FAMILIES: [prefix: string, title: string][] = [
  ['section.', 'Sections'],
  ['provision.', 'Provision (Sections F, G, H1 and H2)'],
  ['outcome.', 'Outcomes (Section E)'],
  ['plan.', 'The whole plan'],
];

/** A message's placeholders, said in words: what the finding fills in from the plan. */
const PLACEHOLDER_WORDS: Record<string, string> = {
  term: 'the vague words', quote: 'the words in the plan', section: 'X', title: 'its title', missing: 'what is missing',
  nonRole: '', name: 'the name', count: 'how many', area: 'the area of need', therapy: 'the therapy', advised: 'what the advice says', provided: 'what the plan provides',
};
const plainMessage = (m: string) => m.replace(/\{(\w+)\}/g, (_, k: string) => (k in PLACEHOLDER_WORDS ? PLACEHOLDER_WORDS[k] : '…'));

/** A level in the rubric's own words for its severities. */
function levelWords(level: string, rubric: Rubric): string {
  const sev = severityWords(rubric);
  if (level === 'off') return '<span class="level-off">Off: not checked</span>';
  if (level in sev.short) return `${e(sev.short[level as Severity])} <span class="muted">(${e(level)})</span>: ${e(sev.long[level as Severity])}`;
  return e(level);
}

interface Member {
  principal: UserPrincipal;
  session: WebSession;
  mayChange: boolean;
}

/** The signed-in user, or a redirect to sign in (and null). */
function memberOf(req: Request, res: Response): Member | null {
  const p = principalOf(req);
  const session = webSessionOf(req);
  if (p.kind !== 'user' || !session) {
    res.redirect(303, '/sign-in');
    return null;
  }
  return { principal: p, session, mayChange: p.role === 'adviser' || p.role === 'admin' };
}

const longDate = (d: Date) => new Date(d).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

function rulesBlock(eff: EffectiveRubric): string {
  const entries = Object.entries(eff.rubric.rules);
  const family = (id: string) => FAMILIES.findIndex(([prefix]) => id.startsWith(prefix));
  const groups = FAMILIES.map(([, title], i) => ({ title, rules: entries.filter(([id]) => family(id) === i) }));
  const other = entries.filter(([id]) => family(id) === -1);
  if (other.length) groups.push({ title: 'Other checks', rules: other });
  return groups
    .filter((g) => g.rules.length)
    .map((g) => `<h3>${e(g.title)}</h3>
<ul class="rule-list">${g.rules
      .map(([id, rule]) => `<li>
<h4>${e(ruleName(id))}</h4>
<dl class="rule-facts">
<dt>Rule</dt><dd class="rule-id">${e(id)}</dd>
<dt>Level</dt><dd>${levelWords(ruleLevel(rule), eff.rubric)}</dd>
<dt>Message</dt><dd>${e(plainMessage(rule.message ?? ''))}</dd>
<dt>Reference</dt><dd>${e(rule.reference ?? '')}</dd>
</dl>
</li>`)
      .join('')}</ul>`)
    .join('\n');
}

interface FormState {
  problems?: RubricProblem[];
  /** A problem with the upload itself (no file, too big, not text). */
  fileError?: string;
}

const problemText = (p: RubricProblem) => `${p.line ? `Line ${p.line}` : 'The file'}${p.path ? ` (${p.path})` : ''}: ${p.message}`;

function uploadForm(who: Member, f: FormState): string {
  const errors = f.fileError ? [f.fileError] : (f.problems ?? []).map(problemText);
  const described = `aria-describedby="rubric-hint${errors.length ? ' rubric-error' : ''}"${errors.length ? ' aria-invalid="true"' : ''}`;
  const kb = Math.round(MAX_RUBRIC_BYTES / 1024);
  return `<form method="post" action="/rubric" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf" value="${e(who.session.csrf)}">
<div class="field">
<label for="rubric">Rubric file (YAML)</label>
<span class="hint" id="rubric-hint">A YAML file, up to ${kb} KB, in the form of the default rubric. It usually starts with <code>extends: default</code>, then gives its own <code>id</code> and <code>version</code> and only what it changes.</span>
${errors.length ? `<span class="error-message" id="rubric-error"><span class="vh">Error: </span>${errors.length === 1 ? e(errors[0]) : `The rubric has ${errors.length} problems, listed above.`}</span>` : ''}
<input type="file" id="rubric" name="rubric" accept=".yaml,.yml,application/yaml,text/yaml" ${described}>
</div>
<button class="button" type="submit">Check and use this rubric</button>
</form>`;
}

function errorSummary(f: FormState): string {
  const errors = f.fileError ? [f.fileError] : (f.problems ?? []).map(problemText);
  if (!errors.length) return '';
  const title = f.fileError ? 'There is a problem with the file' : 'The rubric was not changed: it has problems';
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">${e(title)}</h2>
${f.fileError ? '' : '<p>Correct these lines in the file and upload it again. The rubric in use has not changed.</p>'}
<ul class="problem-list">${errors.map((t) => `<li><a href="#rubric">${e(t)}</a></li>`).join('')}</ul>
</div>`;
}

async function rubricPage(ctx: AppContext, res: Response, who: Member, o: { form?: FormState; flash?: string; status?: number } = {}): Promise<void> {
  const eff = await rubricFor(ctx.db, who.principal.orgId, ctx.logger);
  const f = o.form ?? {};
  const setBy = eff.setBy ? (await ctx.db.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [eff.setBy])).rows[0]?.name : undefined;
  const bands = [...eff.rubric.bands].sort((a, b) => b.min - a.min).map((b) => `"${b.name}" from ${b.min}`);
  const which = eff.custom
    ? `<p>Your organisation's plans are checked against its own rubric, <strong>${e(eff.rubric.id)}</strong>, version ${e(eff.rubric.version)}, set${setBy ? ` by ${e(setBy)}` : ''}${eff.setAt ? ` on ${e(longDate(eff.setAt))}` : ''}.</p>`
    : `<p>Your organisation's plans are checked against the <strong>default</strong> rubric, version ${e(eff.rubric.version)}.</p>`;
  const changes = who.mayChange
    ? `<h2>Change the rubric</h2>
<p>A new rubric applies to plans checked from then on; reports already made keep the rubric they were made with.</p>
${uploadForm(who, f)}
${eff.custom ? `<h3>Return to the default</h3>
<p>Your organisation's own rubric is removed and plans are checked against the default again.</p>
<form method="post" action="/rubric/default"><input type="hidden" name="csrf" value="${e(who.session.csrf)}"><button class="button button-secondary" type="submit">Return to the default rubric</button></form>` : ''}`
    : '<p>Advisers and administrators of your organisation can change the rubric.</p>';
  const hasErrors = Boolean(f.fileError || f.problems?.length);
  sendPage(res, renderPage({
    title: hasErrors ? 'Error: Rubric' : 'Rubric',
    principal: who.principal,
    csrf: who.session.csrf,
    current: '/rubric',
    css: PAGE_CSS,
    body: `<h1>Your organisation's rubric</h1>
${errorSummary(f)}
${o.flash ? `<div class="panel panel-success" role="status"><p>${e(o.flash)}</p></div>` : ''}
<p class="lead">The rubric is the standard every plan is checked against: what each check says, how serious it is, and the law behind it.</p>
${which}
<p>Each report records the rubric it was made with. Identifier of this one (SHA-256): <span class="sha">${e(eff.sha256)}</span>. <a href="/rubric.yaml">Download it as YAML</a>.</p>
<p>Overall ratings: ${e(bands.join(', '))} (out of 100).</p>
${changes}
<h2>The checks</h2>
${rulesBlock(eff)}`,
  }), o.status ?? 200);
}

type Handler = (req: Request, res: Response, next: NextFunction) => Promise<unknown> | unknown;
const h = (fn: Handler): RequestHandler => (req, res, next) => fn(req, res, next);

export function rubricPagesRouter(ctx: AppContext): Router {
  const r = Router();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_RUBRIC_BYTES, files: 1, fields: 5, parts: 6 } }).single('rubric');
  const multipart = (req: Request, res: Response) => new Promise<void>((resolve, reject) => upload(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
  const smallForm = express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 5 });
  const forbidden = (res: Response, who: Member) =>
    sendPage(res, renderPage({ title: 'Only advisers can change the rubric', principal: who.principal, csrf: who.session.csrf, body: '<h1>Only advisers can change the rubric</h1><p>Your account can read the rubric but not change it. Ask an adviser or administrator of your organisation.</p><p><a href="/rubric">Go to the rubric</a></p>' }), 403);

  r.get('/rubric', h(async (req, res) => {
    const who = memberOf(req, res);
    if (!who) return;
    const flash = req.query.saved !== undefined ? 'The new rubric is in use.' : req.query.reset !== undefined ? 'Your organisation is back on the default rubric.' : undefined;
    await rubricPage(ctx, res, who, { flash });
  }));

  r.get('/rubric.yaml', h(async (req, res) => {
    const who = memberOf(req, res);
    if (!who) return;
    const eff = await rubricFor(ctx.db, who.principal.orgId, ctx.logger);
    const name = `${eff.rubric.id.replace(/[^\w.-]+/g, '-').slice(0, 60) || 'rubric'}.yaml`;
    res.set({ 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="${name}"` }).type('application/yaml; charset=utf-8').send(eff.source);
  }));

  r.post('/rubric', h(async (req, res, next) => {
    if (isCrossSite(req)) return next(new CsrfError());
    const who = memberOf(req, res);
    if (!who) return;
    try {
      await multipart(req, res);
    } catch (err) {
      if (!(err instanceof multer.MulterError)) throw err;
      if (!sameToken((req.body as Record<string, unknown> | undefined)?.csrf, who.session.csrf)) return next(new CsrfError());
      const fileError = err.code === 'LIMIT_FILE_SIZE' ? `The file is larger than ${Math.round(MAX_RUBRIC_BYTES / 1024)} KB. A rubric that extends the default needs only what it changes.` : 'The file could not be uploaded. Choose one YAML file and try again.';
      return rubricPage(ctx, res, who, { form: { fileError }, status: err.code === 'LIMIT_FILE_SIZE' ? 413 : 400 });
    }
    if (!sameToken((req.body as Record<string, unknown> | undefined)?.csrf, who.session.csrf)) return next(new CsrfError());
    if (!who.mayChange) return forbidden(res, who);
    const file = req.file;
    if (!file || file.size === 0) return rubricPage(ctx, res, who, { form: { fileError: file ? 'The file you chose is empty. Choose the rubric\'s YAML file.' : 'Choose the rubric\'s YAML file.' }, status: 400 });
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.buffer);
    } catch {
      return rubricPage(ctx, res, who, { form: { fileError: 'The file is not text (UTF-8). Choose the rubric\'s YAML file, saved as plain text.' }, status: 400 });
    }
    const out = await setRubric(ctx.db, who.principal, text.replace(/^\uFEFF/, ''));
    if (!out.ok) return rubricPage(ctx, res, who, { form: { problems: out.errors }, status: 422 });
    res.redirect(303, '/rubric?saved');
  }));

  r.post('/rubric/default', h(async (req, res, next) => {
    if (isCrossSite(req)) return next(new CsrfError());
    const who = memberOf(req, res);
    if (!who) return;
    await new Promise<void>((resolve, reject) => smallForm(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
    if (!sameToken((req.body as Record<string, unknown> | undefined)?.csrf, who.session.csrf)) return next(new CsrfError());
    if (!who.mayChange) return forbidden(res, who);
    await resetRubric(ctx.db, who.principal);
    res.redirect(303, '/rubric?reset');
  }));

  return r;
}
