// The web page for a parent: a plain-English summary, then the plan's own text section by section
// with every finding highlighted where it is, each linked to its explanation, and what is good.
// Pure functions from a Report to HTML strings, so the API can reuse the pieces in its own pages.
import type { Rubric } from '../rubric.ts';
import type { FailedReport, Finding, Report, SectionKey } from '../report-schema.ts';
import { SECTION_KEYS } from '../report-schema.ts';
import {
  checkText, ELEMENT_NAMES, missingSectionReference, SECTION_NAMES, SEVERITY_LONG, SEVERITY_ORDER, SEVERITY_SHORT,
  countBySeverity, listWords, namedElements, outcomeCounts, plural, provisionCounts, scoreSentence, sectionLabel,
  sortFindings, topFindings, trueChecks,
} from './labels.ts';
import { escapeHtml, heading, htmlPage, planTextHtml } from './html-kit.ts';
import { REFERENCES, REPRESENTATION_DAYS } from '../deadlines.ts';
import { adviceHtml } from '../advice/format.ts';
import { hasSpan } from './spans.ts';
import { isFailed, type BatchItem } from './text.ts';

export { REPORT_CSS, escapeHtml, htmlPage } from './html-kit.ts';

export interface HtmlOptions {
  /** The rubric the report was made with, for the words of its plan checks (default: the default rubric). */
  rubric?: Rubric;
  /** Prefix for every id in the fragment, so several reports can share one page. Default "r1". */
  idPrefix?: string;
  /** Level of the headings of the report's main parts (Summary, the plan, ...). Default 2. */
  headingLevel?: number;
  /** Where the "points to raise" letter can be fetched, if the host page offers it. */
  letterHref?: string;
  /** Extra HTML at the end of each finding's explanation (the web pages put caseworkers' notes there). */
  findingExtra?: (finding: Finding, n: number) => string;
  /** Show each finding's rule id (default true): useful to caseworkers and advisers, noise to a parent. */
  ruleIds?: boolean;
}

interface Ctx { prefix: string; level: number; letterHref?: string; findingExtra?: (finding: Finding, n: number) => string; ruleIds: boolean }

function ctx(opts: HtmlOptions = {}): Ctx {
  return { prefix: opts.idPrefix ?? 'r1', level: opts.headingLevel ?? 2, letterHref: opts.letterHref, findingExtra: opts.findingExtra, ruleIds: opts.ruleIds ?? true };
}

/** Findings in display order with their point numbers: whole-plan ones first, then reading order. */
export function numberFindings(report: Report): { finding: Finding; n: number; located: boolean }[] {
  const located = (f: Finding) => hasSpan(report, f);
  const ordered = [...report.findings.filter((f) => !located(f)), ...sortFindings(report.findings.filter(located))];
  return ordered.map((finding, i) => ({ finding, n: i + 1, located: located(finding) }));
}

const explanationId = (c: Ctx, n: number) => `${c.prefix}-f${n}`;
const markId = (c: Ctx, n: number) => `${c.prefix}-m${n}`;

// ---------- one finding's explanation ----------

function findingItem(c: Ctx, f: Finding, n: number, linkBack: boolean): string {
  const parts = [
    `<li class="finding finding-${f.severity}" id="${explanationId(c, n)}">`,
    `<p class="finding-head"><span class="badge badge-${f.severity}">Point ${n}: ${SEVERITY_SHORT[f.severity]}</span>`
      + `<span class="vh">, ${escapeHtml(SEVERITY_LONG[f.severity])}. </span>`
      + `<span>${escapeHtml(sectionLabel(f.section))}</span>${c.ruleIds ? ` <span class="rule">${escapeHtml(f.ruleId)}</span>` : ''}</p>`,
  ];
  if (f.quote) parts.push(`<blockquote class="quote">${planTextHtml(f.quote)}</blockquote>`);
  parts.push(`<p class="message">${escapeHtml(f.message)}</p>`);
  if (f.suggestion) parts.push(`<p class="suggestion"><strong>What to ask for instead:</strong> ${escapeHtml(f.suggestion)}</p>`);
  if (f.reference) parts.push(`<p class="reference"><strong>The law or guidance:</strong> ${escapeHtml(f.reference)}</p>`);
  if (linkBack) parts.push(`<p class="back-link"><a href="#${markId(c, n)}">Back to point ${n} in the plan text</a></p>`);
  if (c.findingExtra) parts.push(c.findingExtra(f, n));
  parts.push('</li>');
  return parts.join('\n');
}

function findingList(c: Ctx, items: { finding: Finding; n: number }[], linkBack: (n: number) => boolean): string {
  if (items.length === 0) return '';
  return `<ol class="findings" role="list">\n${items.map(({ finding, n }) => findingItem(c, finding, n, linkBack(n))).join('\n')}\n</ol>`;
}

/**
 * Every finding with its explanation (quote, message, suggested wording, law), grouped by section.
 * Ids match the highlights of renderAnnotatedText(report, { explanations: false }).
 */
export function renderFindingsList(report: Report, opts: HtmlOptions & { linkBack?: boolean } = {}): string {
  const c = ctx(opts);
  const numbered = numberFindings(report);
  if (numbered.length === 0) return '<p>We found nothing to raise in this plan.</p>';
  const order = (k: SectionKey | null) => (k === null ? -1 : SECTION_KEYS.indexOf(k));
  const keys = [...new Set(numbered.map((x) => x.finding.section))].sort((a, b) => order(a) - order(b));
  const withText = report.text !== undefined && opts.linkBack !== false;
  return keys.map((k) => {
    const id = `${c.prefix}-list-${k ?? 'plan'}`;
    const items = numbered.filter((x) => x.finding.section === k);
    return `<section class="finding-group" aria-labelledby="${id}">\n${heading(c.level, escapeHtml(sectionLabel(k)), `id="${id}"`)}\n`
      + `${findingList(c, items, (n) => withText && numbered[n - 1].located)}\n</section>`;
  }).join('\n');
}

// ---------- the annotated text ----------

interface Slice { start: number; end: number; key: SectionKey | null; title: string; score: number | null; band: string | null }

/** The text cut into the sections found, plus any stretch before or between them that holds text. */
function slices(report: Report, text: string): Slice[] {
  const out: Slice[] = [];
  let at = 0;
  const sections = [...report.sections].sort((a, b) => a.start - b.start);
  const gap = (end: number) => {
    if (end > at && text.slice(at, end).trim()) {
      out.push({ start: at, end, key: null, title: out.length === 0 ? 'The front page (before the first section)' : 'Text between sections', score: null, band: null });
    }
  };
  for (const s of sections) {
    const start = Math.max(s.start, at);
    const end = Math.min(Math.max(s.end, start), text.length);
    gap(start);
    if (end > start || s.start >= at) out.push({ start, end, key: s.key, title: s.title || sectionLabel(s.key), score: s.score, band: s.band });
    at = Math.max(at, end);
  }
  gap(text.length);
  return out;
}

interface Located { finding: Finding; n: number; start: number; markEnd: number }
interface Insert { pos: number; order: number; html: string }

/** Where the highlight of a finding ends inside its slice, without trailing blanks. */
function markEnd(text: string, f: Finding, slice: Slice): number {
  let end = Math.min(f.end, slice.end);
  while (end > f.start + 1 && /\s/.test(text[end - 1])) end -= 1;
  return end;
}

function renderSliceText(text: string, slice: Slice, located: Located[], inserts: Insert[]): string {
  const lines: string[] = [];
  let ls = slice.start;
  while (ls < slice.end) {
    const nl = text.indexOf('\n', ls);
    const le = nl === -1 || nl > slice.end ? slice.end : nl;
    const cuts = new Set<number>([ls, le]);
    for (const l of located) {
      if (l.start > ls && l.start < le) cuts.add(l.start);
      if (l.markEnd > ls && l.markEnd < le) cuts.add(l.markEnd);
    }
    const here = inserts.filter((i) => i.pos > ls && i.pos <= le);
    for (const i of here) cuts.add(i.pos);
    const points = [...cuts].sort((a, b) => a - b);
    let html = '';
    for (let k = 0; k + 1 < points.length; k++) {
      const [a, b] = [points[k], points[k + 1]];
      const covering = located.filter((l) => l.start <= a && l.markEnd >= b);
      const piece = planTextHtml(text.slice(a, b));
      if (covering.length) {
        const worst = covering.reduce((w, l) => (SEVERITY_ORDER[l.finding.severity] < SEVERITY_ORDER[w.finding.severity] ? l : w));
        html += `<mark class="hl-${worst.finding.severity}">${piece}</mark>`;
      } else html += piece;
      html += here.filter((i) => i.pos === b).sort((x, y) => x.order - y.order).map((i) => i.html).join('');
    }
    if (text.slice(ls, le).trim() || here.length) lines.push(`<p>${html}</p>`);
    ls = le + 1;
  }
  return lines.join('\n');
}

/**
 * The plan's text by section, each finding highlighted (<mark>) with a numbered label linking to its
 * explanation. With `explanations` (the default) each section's explanations follow its text; set
 * it to false when the page shows renderFindingsList elsewhere. Without report.text, it lists the
 * quotes instead.
 */
export function renderAnnotatedText(report: Report, opts: HtmlOptions & { explanations?: boolean } = {}): string {
  const c = ctx(opts);
  const explain = opts.explanations !== false;
  const numbered = numberFindings(report).filter((x) => x.located);
  const text = report.text;
  if (text === undefined) return renderQuotesOnly(report, c, numbered, explain);

  const out: string[] = [];
  const shown = new Set<number>();
  for (const [si, slice] of slices(report, text).entries()) {
    const inSlice = numbered.filter(({ finding }) => finding.start >= slice.start && (finding.start < slice.end || (slice.end === slice.start && finding.start === slice.start)));
    for (const x of inSlice) shown.add(x.n);
    const located: Located[] = inSlice.map(({ finding, n }) => ({ finding, n, start: finding.start, markEnd: markEnd(text, finding, slice) }));
    const inserts: Insert[] = located.map((l) => ({
      pos: l.markEnd,
      order: l.n,
      html: `<a class="flag flag-${l.finding.severity}" id="${markId(c, l.n)}" href="#${explanationId(c, l.n)}"><span class="vh">Point </span>${l.n}: ${SEVERITY_SHORT[l.finding.severity]}</a>`,
    }));
    for (const p of report.provisions) {
      if (p.specific && p.end > p.start && p.start >= slice.start && p.start < slice.end) {
        inserts.push({ pos: markEnd(text, { start: p.start, end: p.end } as Finding, slice), order: 10_000, html: '<span class="good-tag">✓ Specific</span>' });
      }
    }
    for (const o of report.outcomes) {
      if (o.smart && o.end > o.start && o.start >= slice.start && o.start < slice.end) {
        inserts.push({ pos: markEnd(text, { start: o.start, end: o.end } as Finding, slice), order: 10_001, html: '<span class="good-tag">✓ SMART</span>' });
      }
    }
    const id = `${c.prefix}-s${si + 1}`;
    const scoreNote = slice.score !== null ? ` <span class="section-score">(score ${Math.round(slice.score)} out of 100${slice.band ? `, ${escapeHtml(slice.band)}` : ''})</span>` : '';
    const count = inSlice.length ? `<p>${plural(inSlice.length, 'point')} to check in this section${explain ? ', explained below the text' : ''}.</p>` : '<p>Nothing to check in this section.</p>';
    out.push([
      `<section class="plan-section" aria-labelledby="${id}">`,
      heading(c.level, `${escapeHtml(slice.title)}${scoreNote}`, `id="${id}"`),
      count,
      `<div class="plan-text">\n${renderSliceText(text, slice, located, inserts)}\n</div>`,
      explain ? findingList(c, inSlice, () => true) : '',
      '</section>',
    ].filter(Boolean).join('\n'));
  }
  // A safety net: a finding whose span no slice claims (overlapping sections) is still explained.
  const stray = numbered.filter((x) => !shown.has(x.n));
  if (stray.length && explain) {
    const id = `${c.prefix}-other`;
    out.push(`<section class="plan-section" aria-labelledby="${id}">\n${heading(c.level, 'Other points', `id="${id}"`)}\n${findingList(c, stray, () => false)}\n</section>`);
  }
  return out.join('\n');
}

function renderQuotesOnly(report: Report, c: Ctx, numbered: { finding: Finding; n: number }[], explain: boolean): string {
  const intro = '<p class="note">The full text of the plan is not included in this report, so each point shows the words it is about.</p>';
  if (!explain) return intro;
  const order = (k: SectionKey | null) => (k === null ? -1 : SECTION_KEYS.indexOf(k));
  const keys = [...new Set(numbered.map((x) => x.finding.section))].sort((a, b) => order(a) - order(b));
  const groups = keys.map((k, i) => {
    const id = `${c.prefix}-s${i + 1}`;
    const title = report.sections.find((s) => s.key === k)?.title ?? sectionLabel(k);
    return `<section class="plan-section" aria-labelledby="${id}">\n${heading(c.level, escapeHtml(title), `id="${id}"`)}\n`
      + `${findingList(c, numbered.filter((x) => x.finding.section === k), () => false)}\n</section>`;
  });
  return [intro, ...groups].join('\n');
}

// ---------- summary, whole-plan problems, strengths ----------

export function renderSummary(report: Report, opts: HtmlOptions = {}): string {
  const c = ctx(opts);
  const counts = countBySeverity(report.findings);
  const pc = provisionCounts(report);
  const oc = outcomeCounts(report);
  const numbered = numberFindings(report);
  const numberOf = (f: Finding) => numbered.find((x) => x.finding === f)?.n ?? 0;

  const first: string[] = [];
  if (report.missingSections.length) {
    first.push(`Ask for the missing ${report.missingSections.length === 1 ? 'section' : 'sections'} to be added: ${escapeHtml(listWords(report.missingSections.map((k) => `${k} (${SECTION_NAMES[k]})`)))}.`);
  }
  for (const k of trueChecks(report)) first.push(escapeHtml(checkText(k, opts.rubric).problem));
  for (const f of topFindings(report.findings, Math.max(3, 6 - first.length))) {
    const n = numberOf(f);
    const where = f.section ? `Section ${f.section}` : 'The plan';
    first.push(`<a href="#${explanationId(c, n)}">Point ${n}</a> (${escapeHtml(where)}): ${escapeHtml(f.message)}`);
  }

  const status = report.plan.status === 'draft'
    ? `<p class="note">This looks like a <strong>draft</strong> plan. You have at least ${REPRESENTATION_DAYS} days, counting the day it was sent to you as day 1, to comment on it and to ask for a particular school (${REFERENCES.draftRepresentations}).</p>`
    : '';
  const id = `${c.prefix}-summary`;
  return [
    `<section class="summary" aria-labelledby="${id}">`,
    heading(c.level, 'Summary', `id="${id}"`),
    `<div class="score"><span class="score-number">${Math.round(report.score.overall)}<span class="vh"> out of 100</span><span aria-hidden="true">/100</span></span> <span class="score-band">${escapeHtml(report.score.band)}</span></div>`,
    `<p>${escapeHtml(scoreSentence(report))} We found ${plural(counts.error, 'thing')} that ${counts.error === 1 ? 'needs' : 'need'} putting right and ${plural(counts.warning, 'thing')} worth checking.</p>`,
    `<p>${pc.specific} of ${pc.total} statements of help (provision) ${pc.specific === 1 ? 'is' : 'are'} specific enough to be enforced. `
      + `${oc.smart} of ${oc.total} outcomes ${oc.smart === 1 ? 'is' : 'are'} SMART (specific, measurable, achievable, realistic and time-bound).</p>`,
    status,
    first.length ? `${heading(c.level + 1, 'What to look at first', `id="${c.prefix}-first"`)}\n<ol class="first">\n${first.map((f) => `<li>${f}</li>`).join('\n')}\n</ol>` : '<p>We found nothing that needs putting right.</p>',
    c.letterHref ? `<p><a href="${escapeHtml(c.letterHref)}">Get a letter listing the points to raise</a></p>` : '',
    '<p class="note">This check is a guide to help you read the plan. It is not legal advice, and it can miss things or flag wording that is fine in context.</p>',
    '</section>',
  ].filter(Boolean).join('\n');
}

/** Missing sections, plan-level problems and findings about the plan as a whole. */
export function renderWholePlan(report: Report, opts: HtmlOptions = {}): string {
  const c = ctx(opts);
  const id = `${c.prefix}-whole`;
  const items: string[] = [];
  if (report.missingSections.length) {
    items.push(`<li class="finding finding-error"><p><strong>Missing ${report.missingSections.length === 1 ? 'section' : 'sections'}:</strong> ${escapeHtml(listWords(report.missingSections.map((k) => `${k} (${SECTION_NAMES[k]})`)))}. A plan must set out every section, labelled with its letter.</p><p class="reference"><strong>The law or guidance:</strong> ${escapeHtml(missingSectionReference(opts.rubric))}</p></li>`);
  }
  for (const k of trueChecks(report)) {
    const t = checkText(k, opts.rubric);
    items.push(`<li class="finding finding-error"><p><strong>${escapeHtml(t.title)}.</strong> ${escapeHtml(t.problem)}</p><p class="suggestion"><strong>What to ask for instead:</strong> ${escapeHtml(t.ask)}</p><p class="reference"><strong>The law or guidance:</strong> ${escapeHtml(t.reference)}</p></li>`);
  }
  const whole = numberFindings(report).filter((x) => !x.located);
  const rows = report.sections.map((s) => `<tr><th scope="row">${escapeHtml(s.key)}</th><td>${escapeHtml(s.title)}</td><td>${s.score === null ? 'not scored' : Math.round(s.score)}</td><td>${escapeHtml(s.band ?? '')}</td></tr>`);
  return [
    `<section aria-labelledby="${id}">`,
    heading(c.level, 'The plan as a whole', `id="${id}"`),
    items.length ? `<ul class="findings" role="list">\n${items.join('\n')}\n</ul>` : '<p>Every section is there, and none of the whole-plan problems we look for was found.</p>',
    findingList(c, whole, () => false),
    rows.length ? `<table>\n<caption>Sections found in the plan</caption>\n<thead><tr><th scope="col">Section</th><th scope="col">Title in the plan</th><th scope="col">Score</th><th scope="col">Rating</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>` : '<p>We could not find any of the plan\'s sections.</p>',
    `<p>Plan status: ${escapeHtml(report.plan.status)}${report.plan.yearGroup !== null ? `; Year ${report.plan.yearGroup}` : ''}.</p>`,
    '</section>',
  ].join('\n');
}

/** What is good: the specific provisions and SMART outcomes, so a reader sees what was judged. */
export function renderStrengths(report: Report, opts: HtmlOptions = {}): string {
  const c = ctx(opts);
  const id = `${c.prefix}-good`;
  const specific = report.provisions.filter((p) => p.specific);
  const smart = report.outcomes.filter((o) => o.smart);
  const provisions = specific.length
    ? `<ul class="good-list">\n${specific.map((p) => `<li><blockquote class="quote">${planTextHtml(p.text)}</blockquote><p>Section ${escapeHtml(p.section)}. It says ${escapeHtml(listWords(namedElements(p.elements).map((e) => ELEMENT_NAMES[e])))}.</p></li>`).join('\n')}\n</ul>`
    : '<p>We did not find a statement of help that is specific enough yet.</p>';
  const outcomes = smart.length
    ? `<ul class="good-list">\n${smart.map((o) => `<li><blockquote class="quote">${planTextHtml(o.text)}</blockquote><p>It can be measured and says by when${o.preparingForAdulthood ? ', and it prepares for adult life' : ''}.</p></li>`).join('\n')}\n</ul>`
    : '<p>We did not find an outcome that is SMART yet.</p>';
  return [
    `<section aria-labelledby="${id}">`,
    heading(c.level, 'What the plan does well', `id="${id}"`),
    heading(c.level + 1, `Specific statements of help (${specific.length} of ${report.provisions.length})`),
    provisions,
    heading(c.level + 1, `SMART outcomes (${smart.length} of ${report.outcomes.length})`),
    outcomes,
    '</section>',
  ].join('\n');
}

/** Everything about one report, for embedding in a page that has its own header and layout. */
export function renderReportBody(report: Report, opts: HtmlOptions = {}): string {
  const c = ctx(opts);
  const planId = `${c.prefix}-plan`;
  return [
    renderSummary(report, opts),
    renderWholePlan(report, opts),
    adviceHtml(report, c),
    `<section aria-labelledby="${planId}">`,
    heading(c.level, 'The plan, section by section', `id="${planId}"`),
    `<p>Words we think need attention are highlighted, with a numbered label that links to the explanation. The labels say how serious each point is: "${SEVERITY_SHORT.error}" (${escapeHtml(SEVERITY_LONG.error.toLowerCase())}), "${SEVERITY_SHORT.warning}" and "${SEVERITY_SHORT.info}". Statements that are already good are marked "✓ Specific" or "✓ SMART".</p>`,
    renderAnnotatedText(report, { ...opts, headingLevel: c.level + 1 }),
    '</section>',
    renderStrengths(report, opts),
  ].join('\n');
}

function footer(reports: Report[]): string {
  const rubrics = [...new Set(reports.map((r) => `${r.rubric.id} ${r.rubric.version}`))];
  return `<footer class="page-footer"><p>Made by ehcp-check${rubrics.length ? ` with the ${escapeHtml(rubrics.join(', '))} checklist` : ''}. Report format version 1. This is not legal advice.</p></footer>`;
}

/** A whole self-contained page for one report. */
export function renderReportHtml(report: Report, opts: Omit<HtmlOptions, 'headingLevel'> & { title?: string } = {}): string {
  const title = opts.title ?? `EHC plan check: ${report.document.name}`;
  const body = [
    '<header class="page-header">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(report.document.name)} · ${report.document.pages === null ? 'no pages' : plural(report.document.pages, 'page')} · checked against the ${escapeHtml(report.rubric.id)} checklist, version ${escapeHtml(report.rubric.version)}</p>`,
    '</header>',
    '<main id="main">',
    renderReportBody(report, { ...opts, headingLevel: 2 }),
    '</main>',
    footer([report]),
  ].join('\n');
  return htmlPage({ title, body });
}

/** What a file that could not be read looks like in a page of several reports. */
export function renderFailureBody(item: FailedReport, opts: HtmlOptions = {}): string {
  return `<div class="failed"><p><strong>This file could not be checked.</strong> ${escapeHtml(item.error.message)} <span class="rule">(${escapeHtml(item.error.code)})</span></p></div>`;
}

/**
 * One page for a whole run: a list of the files, then one article per file in order
 * (a file that could not be read keeps its place with the reason).
 */
export function renderReportsHtml(items: BatchItem[], opts: { title?: string; rubric?: Rubric } = {}): string {
  if (items.length === 1 && !isFailed(items[0])) return renderReportHtml(items[0], opts);
  const title = opts.title ?? `EHC plan check: ${plural(items.length, 'file')}`;
  const nav = items.map((item, i) => {
    const label = isFailed(item) ? `${item.document.name} (could not be read)` : `${item.document.name}: ${Math.round(item.score.overall)} out of 100, ${item.score.band}`;
    return `<li><a href="#r${i + 1}-title">${escapeHtml(label)}</a></li>`;
  });
  const articles = items.map((item, i) => {
    const prefix = `r${i + 1}`;
    const inner = isFailed(item) ? renderFailureBody(item, { idPrefix: prefix }) : renderReportBody(item, { idPrefix: prefix, headingLevel: 3, rubric: opts.rubric });
    return `<article aria-labelledby="${prefix}-title">\n<h2 id="${prefix}-title">${escapeHtml(item.document.name)}</h2>\n${inner}\n</article>`;
  });
  const body = [
    '<header class="page-header">',
    `<h1>${escapeHtml(title)}</h1>`,
    '</header>',
    '<main id="main">',
    '<nav aria-labelledby="files-title">',
    '<h2 id="files-title">Files checked</h2>',
    `<ol>\n${nav.join('\n')}\n</ol>`,
    '</nav>',
    ...articles,
    '</main>',
    footer(items.filter((i): i is Report => !isFailed(i))),
  ].join('\n');
  return htmlPage({ title, body });
}
