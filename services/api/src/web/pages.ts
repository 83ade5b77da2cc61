// The web pages' HTML, as pure functions of what the router looked up. Everything user-supplied is
// escaped here; the layout (layout.ts) adds the header, navigation and stylesheet.
import { MAX_ADVICE_FILES } from '../advice-upload.ts';
import { numberFindings, renderReportBody } from '../../../analyser/src/format/html.ts';
import { plural } from '../../../analyser/src/format/labels.ts';
import type { Finding, Report } from '../../../analyser/src/report-schema.ts';
import type { Principal } from '../auth.ts';
import type { DocumentRow, DocumentState } from '../store.ts';
import type { NoteRow } from './data.ts';
import type { ListedDocument } from '../store.ts';
import { NOTE_MAX_CHARS } from './data.ts';
import { escapeHtml as e, renderPage } from './layout.ts';
import { refusedBeforeUpload } from '../../../ingest/src/sniff.ts';
import { DRAFT_COMMENT_DAYS, STATE_WORDS, isoDate, longDate, shortDate } from './words.ts';

/** Who is looking at a page and how they reached it. */
export interface Viewer {
  principal: Principal;
  /** The session's CSRF token when signed in. */
  csrf?: string;
}

/** A document's page address; the capability key (anonymous uploads) travels as ?key=. */
export function docUrl(id: string, key: string | undefined, suffix = '', params: Record<string, string> = {}): string {
  const q = new URLSearchParams({ ...(key ? { key } : {}), ...params }).toString();
  return `/plans/${encodeURIComponent(id)}${suffix}${q ? `?${q}` : ''}`;
}

const hidden = (name: string, value: string | undefined) => (value ? `<input type="hidden" name="${name}" value="${e(value)}">` : '');

function retentionWords(days: number): string {
  return Number.isInteger(days) ? plural(days, 'day') : plural(Math.max(1, Math.round(days * 24)), 'hour');
}

function errorSummary(title: string, items: { href: string; text: string }[]): string {
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
<h2 id="error-summary-title">${e(title)}</h2>
<ul>${items.map((i) => `<li><a href="${e(i.href)}">${e(i.text)}</a></li>`).join('')}</ul>
</div>`;
}

// ---------- upload ----------

export interface UploadOptions {
  viewer: Viewer;
  retentionDays: number;
  maxUploadBytes: number;
  error?: string;
}

/** The optional advice reports beside the plan (field "advice", as the API's). */
function adviceField(idPrefix: string): string {
  return `<div class="field">
<label for="${idPrefix}-advice">Advice reports the plan was written from (optional)</label>
<span class="hint" id="${idPrefix}-advice-hint">For example speech and language therapy, occupational therapy, educational psychology or health advice: up to ${MAX_ADVICE_FILES} files. We check whether the plan includes what they recommend.</span>
<input type="file" id="${idPrefix}-advice" name="advice" multiple accept=".pdf,.docx,.txt,.md,.text,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown" aria-describedby="${idPrefix}-advice-hint">
</div>`;
}

function uploadForm(o: UploadOptions, idPrefix = 'file'): string {
  const user = o.viewer.principal.kind === 'user';
  const mb = Math.max(1, Math.round(o.maxUploadBytes / (1024 * 1024)));
  const errId = `${idPrefix}-error`;
  return `<form method="post" action="/upload" enctype="multipart/form-data" novalidate>
${hidden('csrf', o.viewer.csrf)}
<div class="field">
<label for="${idPrefix}">${user ? 'Choose a plan to check' : 'Choose the plan'}</label>
<span class="hint" id="${idPrefix}-hint">A PDF, a Word document (.docx) or a plain text file, up to ${mb} MB.</span>
${o.error ? `<span class="error-message" id="${errId}"><span class="vh">Error: </span>${e(o.error)}</span>` : ''}
<input type="file" id="${idPrefix}" name="file" data-refuse="${e(JSON.stringify(refusedBeforeUpload()))}" accept=".pdf,.docx,.txt,.md,.text,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown" aria-describedby="${idPrefix}-hint${o.error ? ` ${errId}` : ''}"${o.error ? ' aria-invalid="true"' : ''}>
</div>
${adviceField(idPrefix)}
<div class="field checkbox">
<input type="checkbox" id="${idPrefix}-manual" name="manual" value="yes" aria-describedby="${idPrefix}-manual-hint">
<label for="${idPrefix}-manual">Do not update the progress page by itself</label>
<span class="hint" id="${idPrefix}-manual-hint">Tick this if pages that change by themselves get in your way, for example with a screen reader. You can then check progress with a button.</span>
</div>
<button class="button" type="submit">${user ? 'Upload and check' : 'Upload and check the plan'}</button>
</form>`;
}

export function uploadPage(o: UploadOptions): string {
  const user = o.viewer.principal.kind === 'user';
  const days = retentionWords(o.retentionDays);
  const body = `<h1>Check an Education, Health and Care plan</h1>
<p class="lead">Upload an EHC plan and we will show you where it may fall short of the law and good practice, with suggested wording you can use to ask for changes.</p>
${o.error ? errorSummary('There is a problem', [{ href: '#file', text: o.error }]) : ''}
${uploadForm(o)}
<h2>What happens to your file</h2>
<ul>
<li>We take the text out of the file, then <strong>delete the file you uploaded straight away</strong>.</li>
${user
  ? '<li>The plan\'s text and its report are kept with your organisation\'s documents until someone in your organisation deletes them.</li>'
  : `<li>We keep the plan's text and your report for <strong>${days}</strong> so you can come back to them, then delete them automatically. You can delete them sooner yourself with the "Delete my plan now" button on the report.</li>`}
<li>We do not share your plan or your report with anyone, including the local authority.</li>
${user ? '' : '<li>You do not need an account. The web address of your report works like a key: anyone who has it can see the report, so keep it to yourself.</li>'}
</ul>
<p>This check is a guide to help you read the plan. It is not legal advice.</p>`;
  return renderPage({ title: o.error ? 'Error: Check a plan' : 'Check a plan', principal: o.viewer.principal, csrf: o.viewer.csrf, current: '/', body });
}

// ---------- progress ----------

const STEPS: { state: DocumentState; label: string }[] = [
  { state: 'queued', label: 'Uploaded, waiting to start' },
  { state: 'extracting', label: 'Reading the file' },
  { state: 'analysing', label: 'Checking the plan' },
];

export function progressSteps(state: DocumentState): string {
  const at = STEPS.findIndex((s) => s.state === state);
  return `<ol class="steps">${STEPS.map((s, i) => {
    if (i < at) return `<li class="step-done" data-step="${s.state}">${e(s.label)} <span>(done)</span></li>`;
    if (i === at) return `<li class="step-now" data-step="${s.state}" aria-current="step">${e(s.label)} <span>(happening now)</span></li>`;
    return `<li data-step="${s.state}">${e(s.label)}</li>`;
  }).join('')}</ol>`;
}

export interface ProgressOptions {
  viewer: Viewer;
  doc: DocumentRow;
  key?: string;
  refresh: boolean;
  refreshSeconds: number;
}

export function progressPage(o: ProgressOptions): string {
  const self = docUrl(o.doc.id, o.key, '/progress');
  const paused = docUrl(o.doc.id, o.key, '/progress', { refresh: 'off' });
  const body = `<h1>Checking your plan</h1>
<div class="panel" id="progress" role="status"${o.refresh ? ` data-poll="${e(self)}"` : ''}>
<p class="status" data-status-text>${e(STATE_WORDS[o.doc.state])}</p>
${progressSteps(o.doc.state)}
</div>
<p>This usually takes less than a minute.${o.refresh ? ` This page checks again every ${o.refreshSeconds} seconds and shows your report as soon as it is ready.` : ''}</p>
<div class="actions">
${o.refresh
  ? `<a href="${e(paused)}">Stop checking automatically</a>`
  : `<a class="button" href="${e(paused)}">Check again now</a> <a href="${e(self)}">Check automatically</a>`}
</div>
${o.key ? '<p>Keep this page\'s web address if you want to come back later: it is the only way to reach your report.</p>' : ''}`;
  const head = o.refresh ? `<noscript><meta http-equiv="refresh" content="${o.refreshSeconds}"></noscript>` : '';
  return renderPage({ title: `Checking your plan: ${STATE_WORDS[o.doc.state]}`, principal: o.viewer.principal, csrf: o.viewer.csrf, head, body });
}

// ---------- deletion ----------

export interface DeleteFormOptions {
  doc: DocumentRow;
  key?: string;
  csrf: string;
  headingLevel: number;
}

function deleteForm(o: DeleteFormOptions): string {
  const h = `h${o.headingLevel}`;
  const when = o.doc.expires_at ? ` If you do nothing, we delete them automatically on ${e(shortDate(o.doc.expires_at))}.` : '';
  return `<form method="post" action="${e(docUrl(o.doc.id, undefined, '/delete'))}" class="delete-form" aria-labelledby="delete-title">
<${h} id="delete-title">Delete ${o.key ? 'your' : 'this'} plan</${h}>
<p>This deletes the plan's text and this report${o.key ? '' : ', with any notes on it,'} straight away. They cannot be got back afterwards.${when}</p>
${hidden('key', o.key)}${hidden('csrf', o.csrf)}
<button class="button button-warning" type="submit">Delete ${o.key ? 'my' : 'this'} plan now</button>
</form>`;
}

export function failedPage(o: { viewer: Viewer; doc: DocumentRow; key?: string; reason: string; deleteCsrf?: string }): string {
  const body = `<h1>We could not check this plan</h1>
<div class="error-summary" role="alert"><p>${e(o.reason)}</p></div>
<div class="actions"><a class="button" href="${o.viewer.principal.kind === 'user' ? '/documents' : '/'}">Try another file</a></div>
<p>The file you uploaded has already been deleted.</p>
${o.deleteCsrf ? deleteForm({ doc: o.doc, key: o.key, csrf: o.deleteCsrf, headingLevel: 2 }) : ''}`;
  return renderPage({ title: 'We could not check this plan', principal: o.viewer.principal, csrf: o.viewer.csrf, body });
}

/** The step between the delete button and the deletion: nothing is lost to a slip of the finger. */
export function confirmDeletePage(o: { viewer: Viewer; doc: DocumentRow; key?: string; csrf: string; back: string }): string {
  const user = o.viewer.principal.kind === 'user';
  const body = `<h1>Are you sure you want to delete ${o.key ? 'your' : 'this'} plan?</h1>
<p>This deletes the plan's text and its report${user ? ', with any notes on it,' : ''} straight away. They cannot be got back afterwards, and the links to them will stop working.</p>
<form method="post" action="${e(docUrl(o.doc.id, undefined, '/delete'))}" class="delete-form">
${hidden('key', o.key)}${hidden('csrf', o.csrf)}${hidden('confirm', 'yes')}
<div class="actions"><button class="button button-warning" type="submit">Yes, delete ${o.key ? 'my' : 'this'} plan</button>
<a class="button button-secondary" href="${e(o.back)}">No, keep it</a></div>
</form>`;
  return renderPage({ title: `Delete ${o.key ? 'your' : 'this'} plan?`, principal: o.viewer.principal, csrf: o.viewer.csrf, body });
}

export function deletedPage(viewer: Viewer): string {
  const user = viewer.principal.kind === 'user';
  const body = `<h1>The plan has been deleted</h1>
<div class="panel panel-success" role="status"><p>We have deleted the plan's text and its report${user ? ', with any notes on it' : ''}. The links to them no longer work.</p></div>
<p>A record that a plan was deleted is kept, without its name or any of its text.</p>
<div class="actions"><a class="button" href="${user ? '/documents' : '/'}">${user ? 'Back to your documents' : 'Check another plan'}</a></div>`;
  return renderPage({ title: 'The plan has been deleted', principal: viewer.principal, csrf: viewer.csrf, body });
}

// ---------- the report ----------

export interface DeadlineState {
  /** What the parent typed (kept in the field). */
  input?: string;
  received?: Date;
  due?: Date;
  error?: string;
}

function deadlineSection(o: { doc: DocumentRow; key?: string; deadline: DeadlineState; view?: 'parent' | 'full' }): string {
  const d = o.deadline;
  const errId = 'received-error';
  const result = d.due && d.received
    ? `<div class="panel" role="status">
<p class="due">Your comments are due by <strong>${e(longDate(d.due))}</strong>.</p>
<p>That is day ${DRAFT_COMMENT_DAYS}, counting ${e(longDate(d.received))} as day 1. Weekends and bank holidays count. If the local authority's covering letter gives you a later date, you can use that date instead.</p>
</div>`
    : '';
  return `<section id="deadline" aria-labelledby="deadline-title">
<h3 id="deadline-title">When your comments are due</h3>
<p>This looks like a draft plan. You can comment on it, and ask for a particular school or college to be named, within ${DRAFT_COMMENT_DAYS} days. The day the draft was sent to you counts as day 1 (SEND Regulations 2014, regulation 13(1)(a)).</p>
<form method="get" action="${e(docUrl(o.doc.id, undefined))}#deadline" novalidate>
${hidden('key', o.key)}${hidden('view', o.view)}
<div class="field">
<label for="received">The day you received the draft plan</label>
<span class="hint" id="received-hint">Pick the date, or type it like 27/03/2026. If you are not sure which day counts (for example it came by post), ask the local authority which date they are counting from.</span>
${d.error ? `<span class="error-message" id="${errId}"><span class="vh">Error: </span>${e(d.error)}</span>` : ''}
<input type="date" id="received" name="received" value="${e(d.received ? isoDate(d.received) : d.input ?? '')}" aria-describedby="received-hint${d.error ? ` ${errId}` : ''}"${d.error ? ' aria-invalid="true"' : ''}>
</div>
<button class="button button-secondary" type="submit">Work out the date</button>
</form>
${result}
</section>`;
}

/** Notes beside one finding, and (for a signed-in member of the organisation) a form to add one. */
function notesBlock(o: { doc: DocumentRow; findingIndex: number; n: number; notes: NoteRow[]; csrf?: string }): string {
  const list = o.notes.length
    ? `<p class="label">Notes on point ${o.n}</p><ul>${o.notes.map((note) => `<li><p class="note-body">${e(note.body).replace(/\n/g, '<br>')}</p><p class="note-meta">${e(note.author_name ?? 'A former user')}, ${e(shortDate(new Date(note.created_at)))}</p></li>`).join('')}</ul>`
    : '';
  const form = o.csrf
    ? `<details><summary>Add a note to point ${o.n}</summary>
<form method="post" action="${e(docUrl(o.doc.id, undefined, '/notes'))}">
${hidden('csrf', o.csrf)}<input type="hidden" name="finding" value="${o.findingIndex}">
<div class="field"><label for="note-${o.findingIndex}">Your note on point ${o.n}</label>
<span class="hint" id="note-${o.findingIndex}-hint">Only people in your organisation can see notes. Up to ${NOTE_MAX_CHARS} characters.</span>
<textarea id="note-${o.findingIndex}" name="note" rows="3" maxlength="${NOTE_MAX_CHARS}" aria-describedby="note-${o.findingIndex}-hint"></textarea></div>
<button class="button button-secondary" type="submit">Save the note</button>
</form></details>`
    : '';
  if (!list && !form) return '';
  return `<div class="notes" id="notes-${o.findingIndex}">${list}${form}</div>`;
}

export interface ReportPageOptions {
  viewer: Viewer;
  doc: DocumentRow;
  /** The report with the plan's text. */
  report: Report;
  key?: string;
  /** CSRF token for the delete form, or none when this viewer may not delete. */
  deleteCsrf?: string;
  deadline: DeadlineState;
  /** Notes by finding index, for members of the document's organisation. */
  notes?: Map<number, NoteRow[]>;
  /** Session CSRF for the note forms (members of the organisation only). */
  noteCsrf?: string;
  flash?: string;
  /** "parent": short, details folded; "full": everything (default for signed-in caseworkers). */
  view?: 'parent' | 'full';
}

export function reportPage(o: ReportPageOptions): string {
  const { report, doc, key } = o;
  const letterHref = docUrl(doc.id, key, '/letter');
  const index = new Map<Finding, number>(report.findings.map((f, i) => [f, i]));
  const withNotes = o.notes !== undefined;
  // A point's notes: those on any finding it speaks for; a new one goes on its first finding.
  const findingExtra = withNotes
    ? (f: Finding, n: number, all: Finding[]) => {
      const i = index.get(f);
      const notes = all.flatMap((g) => o.notes?.get(index.get(g) ?? -1) ?? []);
      return i === undefined ? '' : notesBlock({ doc, findingIndex: i, n, notes, csrf: o.noteCsrf });
    }
    : undefined;
  const pages = report.document.pages === null ? '' : ` · ${plural(report.document.pages, 'page')}`;
  const user = o.viewer.principal.kind === 'user';
  const view = o.view ?? (user ? 'full' : 'parent');
  const other = view === 'parent' ? 'full' : 'parent';
  const toggle = `<p class="view-toggle no-print">${view === 'parent'
    ? 'You are reading the short view: the law, the plan\'s words and smaller points are folded away.'
    : 'You are reading the full view: every point, the law and the plan\'s words are open.'} <a href="${e(docUrl(doc.id, key, '', { view: other, ...(o.deadline.input ? { received: o.deadline.input } : {}) }))}">${other === 'full' ? 'Show everything (the full view)' : 'Show the short view'}</a></p>`;
  const tools = [
    '<section class="report-tools" aria-labelledby="tools-title">',
    '<h2 id="tools-title">What you can do with this report</h2>',
    `<div class="actions"><a class="button" href="${e(letterHref)}">Get the letter of points to raise</a></div>`,
    // The view the reader chose stays chosen when they work out the date.
    report.plan.status === 'draft' ? deadlineSection({ doc, key, deadline: o.deadline, view: o.view }) : '',
    key && doc.expires_at ? `<p>Only people with this page's web address can see this report. It works until ${e(shortDate(doc.expires_at))}, when we delete the plan.</p>` : '',
    o.deleteCsrf ? deleteForm({ doc, key, csrf: o.deleteCsrf, headingLevel: 3 }) : '',
    '</section>',
  ].filter(Boolean).join('\n');
  const body = [
    `<h1>Plan check: ${e(report.document.name)}</h1>`,
    `<p>Checked on ${e(shortDate(new Date(doc.updated_at)))}${pages} · against the ${e(report.rubric.id)} checklist, version ${e(report.rubric.version)}</p>`,
    o.flash ? `<div class="panel panel-success" role="status"><p>${e(o.flash)}</p></div>` : '',
    tools,
    toggle,
    // A parent (reaching the report by its key) is shown no rule ids; people in an organisation are.
    renderReportBody(report, { headingLevel: 2, letterHref, findingExtra, ruleIds: user, view }),
  ].filter(Boolean).join('\n');
  const title = o.deadline.error ? `Error: Plan check: ${report.document.name}` : `Plan check: ${report.document.name}`;
  return renderPage({ title, principal: o.viewer.principal, csrf: o.viewer.csrf, body });
}

/** Finding index -> its number on the page ("point n"), for messages about notes. */
export function pointNumber(report: Report, findingIndex: number): number | null {
  const f = report.findings[findingIndex];
  return numberFindings(report).find((x) => x.finding === f)?.n ?? null;
}

// ---------- the letter ----------

export function letterPage(o: { viewer: Viewer; doc: DocumentRow; report: Report; key?: string; letterHtml: string; letterText: string }): string {
  const { doc, key } = o;
  const body = `<h1>Points to raise: ${e(o.report.document.name)}</h1>
<p class="no-print">Copy this letter, fill in the parts in [square brackets], and send it to the local authority's SEND team. You can change the wording to suit you.</p>
<div class="actions no-print">
<a class="button" href="${e(docUrl(doc.id, key, '/letter.txt'))}" download="points-to-raise.txt">Download the letter (text file)</a>
<a class="button button-secondary" href="${e(docUrl(doc.id, key, '/letter.docx'))}" download="points-to-raise.docx">Download the letter (Word)</a>
<a class="button button-secondary" href="${e(docUrl(doc.id, key, '/letter.html'))}" download="points-to-raise.html">Download the letter (web page)</a>
<button class="button button-secondary" type="button" data-print hidden>Print the letter</button>
<a href="${e(docUrl(doc.id, key))}">Back to the report</a>
</div>
${o.letterHtml}
<section class="no-print" aria-labelledby="copy-title">
<h2 id="copy-title">The letter as plain text</h2>
<p>To paste the letter into an email: select all the text in the box below, copy it, and paste it into your email.</p>
<label class="label" for="letter-text">The letter, ready to copy</label>
<textarea id="letter-text" class="letter-text" readonly rows="20" spellcheck="false">${e(o.letterText)}</textarea>
<div class="actions"><button class="button button-secondary" type="button" data-copy="letter-text" hidden>Copy the letter</button><span data-copy-status role="status"></span></div>
</section>`;
  return renderPage({ title: `Points to raise: ${o.report.document.name}`, principal: o.viewer.principal, csrf: o.viewer.csrf, body });
}

// ---------- signing in, documents, errors ----------

export function signInPage(o: { viewer: Viewer; error?: string; signedOut?: boolean; sessionHours: number }): string {
  const body = `<h1>Sign in</h1>
${o.signedOut ? '<div class="panel panel-success" role="status"><p>You have signed out.</p></div>' : ''}
<p>For SENDIASS caseworkers and other staff who have been given an access token. Parents do not need to sign in: you can <a href="/">check a plan without an account</a>.</p>
${o.error ? errorSummary('There is a problem', [{ href: '#token', text: o.error }]) : ''}
<form method="post" action="/sign-in" novalidate>
<div class="field">
<label for="token">Access token</label>
<span class="hint" id="token-hint">The token your administrator gave you. It starts with "ehcp_".</span>
${o.error ? `<span class="error-message" id="token-error"><span class="vh">Error: </span>${e(o.error)}</span>` : ''}
<input type="password" id="token" name="token" autocomplete="current-password" spellcheck="false" aria-describedby="token-hint${o.error ? ' token-error' : ''}"${o.error ? ' aria-invalid="true"' : ''}>
</div>
<button class="button" type="submit">Sign in</button>
</form>
<p>You stay signed in on this device for ${plural(o.sessionHours, 'hour')}, or until you sign out.</p>`;
  return renderPage({ title: o.error ? 'Error: Sign in' : 'Sign in', principal: o.viewer.principal, csrf: o.viewer.csrf, current: '/sign-in', body });
}

export function signOutPage(viewer: Viewer): string {
  const body = `<h1>Sign out</h1>
<form method="post" action="/sign-out">${hidden('csrf', viewer.csrf)}
<p>Sign out of EHCP check on this device?</p>
<button class="button" type="submit">Sign out</button>
</form>`;
  return renderPage({ title: 'Sign out', principal: viewer.principal, csrf: viewer.csrf, current: '/sign-out', body });
}

export function documentsPage(o: { viewer: Viewer; orgName: string; userName: string; rows: ListedDocument[]; olderHref?: string; flash?: string; upload: UploadOptions }): string {
  const rows = o.rows.map((d) => {
    const name = d.name ?? 'Untitled plan';
    const href = d.state === 'done' ? docUrl(d.id, undefined) : docUrl(d.id, undefined, '/progress', d.state === 'failed' ? {} : { refresh: 'off' });
    const result = d.state === 'done' && d.score !== null ? `${Math.round(d.score)} out of 100${d.band ? `, ${e(d.band)}` : ''}` : '<span class="vh">No result yet</span><span aria-hidden="true">–</span>';
    const letter = d.state === 'done' ? `<a href="${e(docUrl(d.id, undefined, '/letter'))}">Letter<span class="vh"> for ${e(name)}</span></a>` : '';
    return `<tr><th scope="row"><a href="${e(href)}">${e(name)}</a></th><td>${e(STATE_WORDS[d.state])}</td><td>${e(shortDate(new Date(d.created_at)))}</td><td>${result}</td><td>${d.notes ? plural(d.notes, 'note') : '<span class="vh">No notes</span>'}</td><td>${letter}</td></tr>`;
  });
  const table = rows.length
    ? `<table class="doc-table">
<caption>Plans checked by ${e(o.orgName)}, newest first</caption>
<thead><tr><th scope="col">Plan</th><th scope="col">State</th><th scope="col">Uploaded</th><th scope="col">Result</th><th scope="col">Notes</th><th scope="col">Letter</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
    : '<p>Your organisation has no plans yet. Upload one above to check it.</p>';
  const body = `<h1>Your organisation's plans</h1>
<p>Signed in as ${e(o.userName)}, ${e(o.orgName)}.</p>
${o.flash ? `<div class="panel panel-success" role="status"><p>${e(o.flash)}</p></div>` : ''}
${o.upload.error ? errorSummary('There is a problem', [{ href: '#file', text: o.upload.error }]) : ''}
<section aria-labelledby="upload-title">
<h2 id="upload-title">Check a plan</h2>
${uploadForm(o.upload)}
<p>The file is deleted as soon as its text has been read. The text and the report stay with your organisation's plans until someone deletes them.</p>
</section>
<section aria-labelledby="list-title">
<h2 id="list-title">Plans</h2>
${table}
${o.olderHref ? `<p><a href="${e(o.olderHref)}">Older plans</a></p>` : ''}
</section>`;
  return renderPage({ title: o.upload.error ? 'Error: Your organisation\'s plans' : 'Your organisation\'s plans', principal: o.viewer.principal, csrf: o.viewer.csrf, current: '/documents', body });
}

export function messagePage(o: { viewer: Viewer; title: string; paragraphs: string[]; action?: { href: string; label: string } }): string {
  const body = `<h1>${e(o.title)}</h1>
${o.paragraphs.map((p) => `<p>${e(p)}</p>`).join('\n')}
${o.action ? `<div class="actions"><a class="button" href="${e(o.action.href)}">${e(o.action.label)}</a></div>` : ''}`;
  return renderPage({ title: o.title, principal: o.viewer.principal, csrf: o.viewer.csrf, body });
}

export function notFoundPage(viewer: Viewer, retentionDays: number): string {
  return messagePage({
    viewer,
    title: 'Page not found',
    paragraphs: [
      'If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.',
      `A plan's pages stop working once the plan has been deleted: by you, or automatically after ${retentionWords(retentionDays)}.`,
      ...(viewer.principal.kind === 'user' ? [] : ['Caseworkers: sign in to see your organisation\'s plans.']),
    ],
    action: viewer.principal.kind === 'user' ? { href: '/documents', label: 'Go to your plans' } : { href: '/', label: 'Check a plan' },
  });
}
