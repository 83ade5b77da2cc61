// The spot-check pages for advisers (signed in with the web session cookie):
//   GET  /spot-checks                    the organisation's spot-checks and a form to draw a new one
//   POST /spot-checks                    draws and queues the sample -> 303 the dashboard
//   GET  /spot-checks/:id[?refresh=off]  the dashboard (refreshes while plans are being checked)
//   GET  /spot-checks/:id/progress.json  progress, for /static/spot-check.js
//   GET  /spot-checks/:id/plans.csv      the per-plan table
//   POST /spot-checks/:id/delete         deletes the spot-check and its plans -> 303 /spot-checks
// Mounted by the web router (web/index.ts) after its session middleware, so principalOf(req) is the
// cookie's user and a CsrfError becomes its "form expired" page.
import express, { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { CheckError, isCheckError } from '../../../ingest/src/errors.ts';
import { sectionName as defaultSectionName } from '../../../analyser/src/rubric.ts';
import type { SectionKey } from '../../../analyser/src/report-schema.ts';
import type { UserPrincipal } from '../accounts.ts';
import { principalOf } from '../auth.ts';
import type { AppContext } from '../context.ts';
import * as S from '../api-schemas.ts';
import { ApiError } from '../errors.ts';
import { MAX_SPOT_CHECK_FILES, readSpotCheckRequest, spotCheckUpload } from '../routes/spot-checks.ts';
import { planRowsCsv } from '../spot-check/csv.ts';
import { rankPlans } from '../spot-check/aggregate.ts';
import { getSpotCheck, listSpotChecks, spotCheckProgress, type ListedSpotCheck } from '../spot-check/repo.ts';
import { auditSpotCheck, createSpotCheck, deleteSpotCheck, loadSpotCheck, type SpotCheckView } from '../spot-check/service.ts';
import { DEFAULT_UNPACK_LIMITS } from '../spot-check/unpack.ts';
import { escapeHtml as e, renderPage, sendPage } from './layout.ts';
import { CsrfError, isCrossSite, sameToken, webSessionOf, type WebSession } from './session.ts';
import { barChart, CHART_CSS, stripChart, stripLegend } from './spot-check-charts.ts';

const REFRESH_SECONDS = 5;
const SpotId = z.uuid();

const PAGE_CSS = `${CHART_CSS}
.key-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10.5rem, 1fr)); gap: .75rem; margin: 1rem 0; padding: 0; list-style: none; }
.key-figures li { border: 1px solid #b1b4b6; border-top: 5px solid #1d4f91; border-radius: 4px; padding: .5rem .75rem; background: #ffffff; }
.figure-number { display: block; font-size: 1.75rem; font-weight: 700; line-height: 1.2; }
.figure-label { display: block; color: #3d3d3d; font-size: .95rem; }
.seed { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 1rem; background: #f3f2f1; border: 1px solid #b1b4b6; border-radius: 3px; padding: 0 .3em; overflow-wrap: anywhere; }
.key-figures .seed { display: inline-block; font-size: .95rem; margin: .4rem 0 .2rem; padding: .1em .35em; }
.table-region { overflow-x: auto; margin: .5rem 0 1rem; }
.table-region:focus-visible { outline: 3px solid #ffdd00; box-shadow: 0 0 0 6px #1b1b1b; }
.table-region table { margin: 0; }
table.data { font-size: 1rem; }
table.data th, table.data td { overflow-wrap: normal; }
td.nowrap { white-space: nowrap; }
@media (max-width: 40em) { .wide-only { display: none; } table.data caption { max-width: calc(100vw - 2.5rem); } }
table.data tbody th { font-weight: 400; }
table.data caption { font-size: 1.0625rem; }
table.data th, table.data td { padding-top: .3rem; padding-bottom: .3rem; }
.plan-name { min-width: 10rem; overflow-wrap: anywhere; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.input-short { width: 6rem !important; }
.state-failed { color: #b3261e; font-weight: 700; }
.back-link { display: inline-block; margin-top: .5rem; }
.muted { color: #3d3d3d; }
`;

const CLIENT_JS = `// Spot-check dashboard: while plans are being checked, update the count quietly and reload once
// they are all done (the <noscript> refresh does this without JavaScript).
(function () {
  'use strict';
  var box = document.querySelector('[data-spot-poll]');
  if (!box || !window.fetch) return;
  var url = box.getAttribute('data-spot-poll');
  var text = box.querySelector('[data-progress-text]');
  var tick = function () {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) return void setTimeout(tick, 5000);
        if (s.pending === 0) return void window.location.reload();
        if (text && text.textContent !== s.label) text.textContent = s.label;
        setTimeout(tick, 2000);
      })
      .catch(function () { setTimeout(tick, 5000); });
  };
  setTimeout(tick, 2000);
})();
`;

interface Adviser {
  principal: UserPrincipal;
  session: WebSession;
}

type Handler = (req: Request, res: Response, next: NextFunction) => Promise<unknown> | unknown;
const h = (fn: Handler): RequestHandler => (req, res, next) => fn(req, res, next);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const longDate = (d: Date) => new Date(d).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const time = (d: Date) => new Date(d).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
const sectionName = (k: SectionKey) => `${k}: ${defaultSectionName(k)}`;
// Short enough for a chart label on a phone.
const shortSection = (k: SectionKey) => (k === 'H1' ? 'H1: Social care (CSDPA 1970)' : k === 'H2' ? 'H2: Other social care' : sectionName(k));

function page(res: Response, who: Adviser | undefined, o: { title: string; body: string; current?: string; head?: string; status?: number }): void {
  sendPage(res, renderPage({ title: o.title, principal: who?.principal, csrf: who?.session.csrf, body: o.body, current: o.current ?? '/spot-checks', head: o.head, css: PAGE_CSS }), o.status ?? 200);
}

function messagePage(res: Response, who: Adviser | undefined, status: number, title: string, text: string, back = true): void {
  page(res, who, { title, status, body: `<h1>${e(title)}</h1><p>${e(text)}</p>${back ? '<p><a href="/spot-checks">Go to spot-checks</a></p>' : ''}` });
}

/** The signed-in adviser or admin; otherwise answers (sign-in redirect, or a 403 page) and returns null. */
function adviserOf(req: Request, res: Response): Adviser | null {
  const p = principalOf(req);
  const session = webSessionOf(req);
  if (p.kind !== 'user' || !session) {
    res.redirect(303, '/sign-in');
    return null;
  }
  if (p.role !== 'adviser' && p.role !== 'admin') {
    page(res, { principal: p, session }, { title: 'Spot-checks are for advisers', status: 403, body: '<h1>Spot-checks are for advisers</h1><p>Your account cannot draw or view spot-checks. Ask an administrator if you need to.</p><p><a href="/documents">Go to your documents</a></p>' });
    return null;
  }
  return { principal: p, session };
}

async function findView(ctx: AppContext, who: Adviser, raw: string): Promise<SpotCheckView | null> {
  const id = SpotId.safeParse(raw);
  return id.success ? loadSpotCheck(ctx, who.principal.orgId, id.data) : null;
}

// ---------- the list and the form ----------

interface FormState {
  sampleSize?: string;
  seed?: string;
  errors?: { field: 'file' | 'sampleSize' | 'seed'; text: string }[];
}

function field(o: { id: string; label: string; hint: string; error?: string; input: string }): string {
  return `<div class="field">
<label for="${o.id}">${o.label}</label>
<span class="hint" id="${o.id}-hint">${o.hint}</span>
${o.error ? `<span class="error-message" id="${o.id}-error"><span class="vh">Error: </span>${e(o.error)}</span>` : ''}
${o.input}
</div>`;
}

function spotCheckForm(ctx: AppContext, who: Adviser, f: FormState): string {
  const err = (k: string) => f.errors?.find((x) => x.field === k)?.text;
  const described = (id: string) => `aria-describedby="${id}-hint${err(id) ? ` ${id}-error` : ''}"${err(id) ? ' aria-invalid="true"' : ''}`;
  const mb = Math.max(1, Math.round(ctx.config.maxUploadBytes / (1024 * 1024)));
  const summary = f.errors?.length
    ? `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">There is a problem</h2><ul>${f.errors.map((x) => `<li><a href="#${x.field}">${e(x.text)}</a></li>`).join('')}</ul></div>`
    : '';
  return `${summary}
<form method="post" action="/spot-checks" enctype="multipart/form-data" novalidate>
<input type="hidden" name="csrf" value="${e(who.session.csrf)}">
${field({
  id: 'file',
  label: 'Plans to draw from',
  hint: `Choose the plans (PDF, Word .docx or text files, up to ${mb} MB each, at most ${MAX_SPOT_CHECK_FILES}), or one .zip file holding them (up to ${DEFAULT_UNPACK_LIMITS.maxPlans.toLocaleString('en-GB')} plans).`,
  error: err('file'),
  input: `<input type="file" id="file" name="file" multiple accept=".pdf,.docx,.txt,.md,.zip,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown,application/zip" ${described('file')}>`,
})}
${field({
  id: 'sampleSize',
  label: 'How many plans to check',
  hint: 'A random sample of this many plans is checked. The other plans are not kept.',
  error: err('sampleSize'),
  input: `<input type="text" id="sampleSize" name="sampleSize" inputmode="numeric" autocomplete="off" class="input-short" value="${e(f.sampleSize ?? '')}" ${described('sampleSize')}>`,
})}
${field({
  id: 'seed',
  label: 'Seed (optional)',
  hint: 'Leave this blank for a new random draw. To repeat an earlier draw exactly, enter its seed and choose the same plans.',
  error: err('seed'),
  input: `<input type="text" id="seed" name="seed" autocomplete="off" spellcheck="false" maxlength="64" value="${e(f.seed ?? '')}" ${described('seed')}>`,
})}
<button class="button" type="submit">Draw the sample and check it</button>
</form>`;
}

function progressWords(done: number, failed: number, total: number): string {
  const pending = total - done - failed;
  if (pending === 0) return failed ? `All checked (${failed} could not be read)` : 'All checked';
  return `${done + failed} of ${total} checked`;
}

function listTable(rows: ListedSpotCheck[]): string {
  if (rows.length === 0) return '<p>There are no spot-checks yet.</p>';
  const body = rows
    .map(
      (s) => `<tr><td><a href="/spot-checks/${e(s.id)}">${e(longDate(s.created_at))}, ${e(time(s.created_at))}</a></td><td class="num">${s.sample_size} of ${s.population}</td><td><span class="seed">${e(s.seed)}</span></td><td>${e(progressWords(s.done, s.failed, s.total))}</td></tr>`,
    )
    .join('');
  return `<div class="table-region" role="region" aria-labelledby="list-caption" tabindex="0"><table class="data">
<caption id="list-caption">Spot-checks of your organisation, newest first</caption>
<thead><tr><th scope="col">Drawn</th><th scope="col" class="num">Sample</th><th scope="col">Seed</th><th scope="col">Progress</th></tr></thead>
<tbody>${body}</tbody></table></div>`;
}

async function listPage(ctx: AppContext, res: Response, who: Adviser, f: FormState = {}, status = 200, flash?: string): Promise<void> {
  const rows = await listSpotChecks(ctx.db, who.principal.orgId, 100);
  page(res, who, {
    title: f.errors?.length ? 'Error: Spot-checks' : 'Spot-checks',
    status,
    body: `<h1>Spot-checks</h1>
${flash ? `<div class="panel panel-success" role="status"><p>${e(flash)}</p></div>` : ''}
<p class="lead">Check the quality of a set of plans by drawing a random sample and checking each plan in it.</p>
<p>Only the plans in the sample are kept and checked; the others are discarded straight away. Each draw has a seed: the same plans with the same seed always give the same sample, so anyone can repeat it.</p>
<h2>Draw a new sample</h2>
${spotCheckForm(ctx, who, f)}
<h2>Earlier spot-checks</h2>
${listTable(rows)}`,
  });
}

/** Maps a refused spot-check request to the form field it concerns. */
function formErrors(err: unknown): FormState['errors'] | null {
  if (err instanceof z.ZodError) {
    return err.issues.map((i) => {
      const k = i.path[0] === 'seed' ? 'seed' : 'sampleSize';
      return k === 'seed'
        ? { field: 'seed' as const, text: 'The seed can only have letters, numbers, spaces and . _ : - and be up to 64 characters long.' }
        : { field: 'sampleSize' as const, text: 'Enter how many plans to check, as a whole number of 1 or more, for example 10.' };
    });
  }
  if (err instanceof ApiError || isCheckError(err)) {
    const code = (err as ApiError | CheckError).code;
    if (code === 'invalid_request' || code === 'file_too_large' || code === 'corrupt_file') {
      const text = /No plans found|Send the plans/.test(err.message) ? 'Choose the plans to draw from, or one .zip file holding them.' : err.message;
      return [{ field: 'file', text }];
    }
  }
  return null;
}

// ---------- the dashboard ----------

function keyFigures(v: SpotCheckView): string {
  const a = v.aggregate;
  const below = v.rows.filter((r) => r.state === 'done' && r.band !== null && r.band !== (a.bands[0]?.band ?? '')).length;
  const figure = (n: string, label: string) => `<li><span class="figure-number">${n}</span><span class="figure-label">${label}</span></li>`;
  return `<ul class="key-figures">
${figure(`${a.progress.done}<span class="vh"> of ${a.progress.total}</span><span aria-hidden="true"> / ${a.progress.total}</span>`, `plans checked${a.progress.failed ? `; ${a.progress.failed} could not be read` : ''}`)}
${figure(a.overall.mean === null ? '–' : String(Math.round(a.overall.mean)), a.overall.count ? `average score out of 100 (lowest ${a.overall.min}, highest ${a.overall.max})` : 'average score (none checked yet)')}
${figure(String(below), `${below === 1 ? 'plan' : 'plans'} not rated "${e(a.bands[0]?.band ?? 'good')}"`)}
${figure(`<span class="seed">${e(v.row.seed)}</span>`, `the seed of this draw${v.row.seed_generated ? ' (chosen at random)' : ''}`)}
</ul>`;
}

function rulesBlock(v: SpotCheckView): string {
  const a = v.aggregate;
  const done = a.progress.done;
  const fired = a.rules.filter((r) => r.plans > 0);
  const quiet = a.rules.filter((r) => r.plans === 0);
  if (done === 0) return '<p>No plan has been checked yet.</p>';
  if (fired.length === 0) return `<p>No check found a problem in any of the ${plural(done, 'plan')}.</p>`;
  const chart = barChart({
    id: 'chart-rules',
    label: `Bar chart: in how many of the ${done} checked plans each problem was found. ${fired.map((r) => `${r.name}: ${r.plans}`).join('; ')}.`,
    bars: fired.map((r) => ({ label: r.name, value: r.plans, valueText: `${r.plans} of ${done}` })),
    max: done,
  });
  const rows = fired
    .map((r) => `<tr><th scope="row">${e(r.name)}</th><td class="num">${r.plans}</td><td class="num wide-only">${Math.round((100 * r.plans) / done)}%</td><td class="num">${r.findings}</td></tr>`)
    .join('');
  return `<p>In how many of the ${plural(done, 'checked plan')} each problem was found at least once.</p>
${chart}
<div class="table-region" role="region" aria-labelledby="rules-caption" tabindex="0"><table class="data">
<caption id="rules-caption">The same figures as a table, with how many times each problem was found in all</caption>
<thead><tr><th scope="col">Check</th><th scope="col" class="num">Plans</th><th scope="col" class="num wide-only">Share</th><th scope="col" class="num">Times found</th></tr></thead>
<tbody>${rows}</tbody></table></div>
${quiet.length ? `<details><summary>${plural(quiet.length, 'other check')} found nothing in any plan</summary><ul>${quiet.map((r) => `<li>${e(r.name)}</li>`).join('')}</ul></details>` : ''}`;
}

function sectionsBlock(v: SpotCheckView): string {
  const secs = v.aggregate.sections;
  if (secs.length === 0) return '<p>No section has been scored yet.</p>';
  const chart = stripChart({
    id: 'chart-sections',
    label: `Strip chart of section scores out of 100, one dot per plan. ${secs.map((s) => `Section ${shortSection(s.key)}: average ${s.mean}, from ${s.min} to ${s.max}`).join('; ')}.`,
    strips: secs.map((s) => ({ label: shortSection(s.key), note: `average ${Math.round(s.mean ?? 0)}`, values: s.scores.filter((x): x is number => x !== null), mean: s.mean })),
  });
  const rows = secs
    .map((s) => `<tr><th scope="row">${e(sectionName(s.key))}</th><td class="num">${s.count}</td><td class="num">${s.mean}</td><td class="num">${s.min}</td><td class="num">${s.max}</td></tr>`)
    .join('');
  return `<p>Each dot is one plan's score for that section.</p>
${stripLegend()}
${chart}
<div class="table-region" role="region" aria-labelledby="sections-caption" tabindex="0"><table class="data">
<caption id="sections-caption">Section scores out of 100, as a table</caption>
<thead><tr><th scope="col">Section</th><th scope="col" class="num">Plans scored</th><th scope="col" class="num">Average</th><th scope="col" class="num">Lowest</th><th scope="col" class="num">Highest</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

const BAND_COLOURS = ['#0b5d1e', '#7a4f00', '#b3261e'];

function bandsBlock(v: SpotCheckView): string {
  const a = v.aggregate;
  if (a.progress.done === 0) return '<p>No plan has been checked yet.</p>';
  const chart = barChart({
    id: 'chart-bands',
    label: `Bar chart: checked plans by overall rating. ${a.bands.map((b) => `${b.band}: ${b.plans}`).join('; ')}.`,
    bars: a.bands.map((b, i) => ({ label: `Rated "${b.band}"`, value: b.plans, valueText: `${b.plans} of ${a.progress.done}`, colour: BAND_COLOURS[i] })),
    max: a.progress.done,
  });
  const rows = a.bands.map((b) => `<tr><th scope="row">${e(b.band)}</th><td class="num">${b.plans}</td></tr>`).join('');
  return `${chart}
<div class="table-region" role="region" aria-labelledby="bands-caption" tabindex="0"><table class="data">
<caption id="bands-caption">Checked plans by overall rating, as a table</caption>
<thead><tr><th scope="col">Rating</th><th scope="col" class="num">Plans</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

const STATE_WORDS: Record<string, string> = { queued: 'Waiting', extracting: 'Reading', analysing: 'Checking', done: 'Checked', failed: 'Could not be read' };

function plansBlock(v: SpotCheckView): string {
  const ranked = rankPlans(v.rows);
  const rows = ranked
    .map((r, i) => {
      const href = r.state === 'done' ? `/plans/${encodeURIComponent(r.documentId)}` : `/plans/${encodeURIComponent(r.documentId)}/progress${r.state === 'failed' ? '' : '?refresh=off'}`;
      const name = `<a href="${e(href)}">${e(r.name)}</a>`;
      if (r.state !== 'done') {
        const why = r.state === 'failed' ? `<span class="state-failed">${e(STATE_WORDS.failed)}</span> <span class="muted">(${e(r.errorCode ?? 'error')})</span>` : e(STATE_WORDS[r.state] ?? r.state);
        return `<tr><td class="num">–</td><td class="plan-name">${name}</td><td colspan="5">${why}</td></tr>`;
      }
      return `<tr><td class="num">${i + 1}</td><td class="plan-name">${name}</td><td class="num">${r.score}</td><td class="nowrap">${e(r.band ?? '')}</td><td class="num">${r.errors}</td><td class="num">${r.nonSpecificProvisions}</td><td class="num">${r.nonSmartOutcomes}</td></tr>`;
    })
    .join('');
  return `<div class="table-region" role="region" aria-labelledby="plans-caption" tabindex="0"><table class="data">
<caption id="plans-caption">The sampled plans, lowest score first (each links to its report)</caption>
<thead><tr><th scope="col" class="num">Rank</th><th scope="col">Plan</th><th scope="col" class="num">Score</th><th scope="col">Rating</th><th scope="col" class="num">Must-fix findings</th><th scope="col" class="num">Provision not specific</th><th scope="col" class="num">Outcomes not SMART</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

function dashboardPage(v: SpotCheckView, who: Adviser, refresh: boolean): { body: string; head: string } {
  const a = v.aggregate;
  const id = e(v.row.id);
  const pending = a.progress.pending > 0;
  const polling = pending && refresh;
  const progress = pending
    ? `<div class="panel" role="status"${polling ? ` data-spot-poll="/spot-checks/${id}/progress.json"` : ''}>
<p class="status" data-progress-text>${e(progressWords(a.progress.done, a.progress.failed, a.progress.total))}</p>
<p>The figures below cover the plans checked so far.${polling ? ` This page updates itself until every plan has been checked. <a href="/spot-checks/${id}?refresh=off">Stop updating</a>` : ` <a href="/spot-checks/${id}">Refresh the figures</a>`}</p>
</div>`
    : '';
  const mayDelete = who.principal.role === 'admin' || v.row.created_by === who.principal.userId;
  const body = `<p><a class="back-link" href="/spot-checks">All spot-checks</a></p>
<h1>Spot-check of ${plural(v.row.sample_size, 'plan')}</h1>
<p class="lead">Drawn at random from ${plural(v.row.population, 'plan')} on ${e(longDate(v.row.created_at))} at ${e(time(v.row.created_at))}.</p>
${progress}
${keyFigures(v)}
<div class="actions"><a class="button button-secondary" href="/spot-checks/${id}/plans.csv" download>Download the table of plans (CSV)</a></div>
<h2>Problems found, by check</h2>
${rulesBlock(v)}
<h2>Scores by section</h2>
${sectionsBlock(v)}
<h2>Overall ratings</h2>
${bandsBlock(v)}
<h2>The plans</h2>
${plansBlock(v)}
<h2>Repeat this draw</h2>
<p>The seed of this draw is <span class="seed">${e(v.row.seed)}</span>. Choosing the same ${plural(v.row.population, 'plan')} and entering this seed draws the same sample again, in any order and whatever the files are called.</p>
<p class="muted">How the draw works: the plans are put in a fixed order by their content (a SHA-256 fingerprint of each file), then a random number generator (sfc32) started from the seed shuffles them and the first ${v.row.sample_size} are taken.</p>
${mayDelete ? `<h2>Delete this spot-check</h2>
<p>This deletes the spot-check and the ${plural(v.aggregate.progress.total, 'plan')} kept for it, with their reports.</p>
<form method="post" action="/spot-checks/${id}/delete"><input type="hidden" name="csrf" value="${e(who.session.csrf)}"><button class="button button-warning" type="submit">Delete the spot-check and its plans</button></form>` : ''}`;
  const head = `${polling ? `<noscript><meta http-equiv="refresh" content="${REFRESH_SECONDS}"></noscript>` : ''}<script src="/static/spot-check.js" defer></script>`;
  return { body, head };
}

// ---------- the router ----------

export function spotCheckPagesRouter(ctx: AppContext): Router {
  const r = Router();
  const upload = spotCheckUpload(ctx);
  const formBody = (req: Request, res: Response) => new Promise<void>((resolve, reject) => upload(req, res, (err?: unknown) => (err ? reject(err) : resolve())));
  // The delete form carries the csrf token only.
  const smallForm = express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 5 });
  const urlencoded = (req: Request, res: Response) => new Promise<void>((resolve, reject) => smallForm(req, res, (err?: unknown) => (err ? reject(err) : resolve())));

  r.get('/static/spot-check.js', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').type('text/javascript; charset=utf-8').send(CLIENT_JS);
  });

  r.get('/spot-checks', h(async (req, res) => {
    const who = adviserOf(req, res);
    if (!who) return;
    await listPage(ctx, res, who, {}, 200, req.query.deleted !== undefined ? 'The spot-check and its plans have been deleted.' : undefined);
  }));

  r.post('/spot-checks', h(async (req, res, next) => {
    if (isCrossSite(req)) return next(new CsrfError());
    const who = adviserOf(req, res);
    if (!who) return;
    const fields = (): FormState => {
      const b = (req.body ?? {}) as Record<string, unknown>;
      return { sampleSize: typeof b.sampleSize === 'string' ? b.sampleSize.slice(0, 20) : undefined, seed: typeof b.seed === 'string' ? b.seed.slice(0, 64) : undefined };
    };
    try {
      await formBody(req, res);
      if (!sameToken((req.body as Record<string, unknown> | undefined)?.csrf, who.session.csrf)) return next(new CsrfError());
      // Every problem with the form at once, then the request as the API reads it.
      const problems: NonNullable<FormState['errors']> = [];
      if (!((req.files as unknown[] | undefined) ?? []).length) problems.push({ field: 'file', text: 'Choose the plans to draw from, or one .zip file holding them.' });
      const parsed = S.SpotCheckFields.safeParse(req.body ?? {});
      if (!parsed.success) problems.push(...(formErrors(parsed.error) ?? []));
      if (problems.length) return await listPage(ctx, res, who, { ...fields(), errors: problems }, 400);
      const input = readSpotCheckRequest(req);
      req.files = undefined;
      const out = await createSpotCheck(ctx, who.principal, input);
      res.redirect(303, `/spot-checks/${out.id}`);
    } catch (err) {
      const errors = formErrors(err);
      if (!errors) throw err;
      const status = err instanceof ApiError || isCheckError(err) ? (err.code === 'file_too_large' ? 413 : err.code === 'corrupt_file' ? 422 : 400) : 400;
      await listPage(ctx, res, who, { ...fields(), errors }, status);
    }
  }));

  r.get('/spot-checks/:id', h(async (req, res) => {
    const who = adviserOf(req, res);
    if (!who) return;
    const v = await findView(ctx, who, String(req.params.id));
    if (!v) return messagePage(res, who, 404, 'Spot-check not found', 'There is no such spot-check in your organisation. It may have been deleted.');
    await auditSpotCheck(ctx, who.principal, 'read', v.row.id);
    const { body, head } = dashboardPage(v, who, req.query.refresh !== 'off');
    page(res, who, { title: `Spot-check of ${plural(v.row.sample_size, 'plan')}`, body, head });
  }));

  r.get('/spot-checks/:id/progress.json', h(async (req, res) => {
    const p = principalOf(req);
    const id = SpotId.safeParse(String(req.params.id));
    if (p.kind !== 'user' || !webSessionOf(req) || (p.role !== 'adviser' && p.role !== 'admin') || !id.success) return res.status(404).json({ error: { code: 'not_found', message: 'No such spot-check.' } });
    const progress = await spotCheckProgress(ctx.db, p.orgId, id.data);
    if (!progress) return res.status(404).json({ error: { code: 'not_found', message: 'No such spot-check.' } });
    const { done, failed, total } = progress;
    res.set('Cache-Control', 'no-store').json({ done, failed, total, pending: total - done - failed, label: progressWords(done, failed, total) });
  }));

  r.get('/spot-checks/:id/plans.csv', h(async (req, res) => {
    const who = adviserOf(req, res);
    if (!who) return;
    const v = await findView(ctx, who, String(req.params.id));
    if (!v) return messagePage(res, who, 404, 'Spot-check not found', 'There is no such spot-check in your organisation. It may have been deleted.');
    await auditSpotCheck(ctx, who.principal, 'exported', v.row.id);
    res
      .set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'Content-Disposition': `attachment; filename="spot-check-${v.row.id}.csv"` })
      .type('text/csv; charset=utf-8; header=present')
      .send(planRowsCsv(v.rows, v.sectionKeys));
  }));

  r.post('/spot-checks/:id/delete', h(async (req, res, next) => {
    if (isCrossSite(req)) return next(new CsrfError());
    const who = adviserOf(req, res);
    if (!who) return;
    await urlencoded(req, res);
    if (!sameToken((req.body as Record<string, unknown> | undefined)?.csrf, who.session.csrf)) return next(new CsrfError());
    const id = SpotId.safeParse(String(req.params.id));
    const row = id.success ? await getSpotCheck(ctx.db, who.principal.orgId, id.data) : null;
    if (!row) return messagePage(res, who, 404, 'Spot-check not found', 'There is no such spot-check in your organisation. It may have been deleted already.');
    if (who.principal.role !== 'admin' && row.created_by !== who.principal.userId) {
      return messagePage(res, who, 403, 'You cannot delete this spot-check', 'Only the adviser who drew it or an administrator can delete it.');
    }
    await deleteSpotCheck(ctx, who.principal, row.id);
    res.redirect(303, '/spot-checks?deleted');
  }));

  return r;
}
