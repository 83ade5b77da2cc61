// The web page for a parent: a plain-English summary, then the plan's own text section by section
// with every finding highlighted where it is, each linked to its explanation, and what is good.
// Pure functions from a Report to HTML strings, so the API can reuse the pieces in its own pages.
import { loadRubric, type Rubric } from '../rubric.ts';
import type { FailedReport, Finding, Report, SectionKey, Severity } from '../report-schema.ts';
import { SECTION_KEYS } from '../report-schema.ts';
import {
  SEVERITY_ORDER,
  countBySeverity, counted, labelsOf, listWords, namedElements, outcomeCounts, provisionCounts, scoreSentence, sectionLabel,
} from './labels.ts';
import { keyPoints, reportPoints, type Point } from './points.ts';
import { escapeHtml, escapeText, heading, htmlPage, planTextHtml } from './html-kit.ts';
import { REPRESENTATION_DAYS } from '../deadlines.ts';
import { fill } from '../findings.ts';
import { adviceHtml } from '../advice/format.ts';
import { hasSpan } from './spans.ts';
import { isFailed, type BatchItem } from './text.ts';

export { REPORT_CSS, escapeHtml, htmlPage } from './html-kit.ts';

export interface HtmlOptions {
  /** The rubric the report was made with, for the words of its points (default: the default rubric). */
  rubric?: Rubric;
  /** Prefix for every id in the fragment, so several reports can share one page. Default "r1". */
  idPrefix?: string;
  /** Level of the headings of the report's main parts (Summary, the plan, ...). Default 2. */
  headingLevel?: number;
  /** Where the "points to raise" letter can be fetched, if the host page offers it. */
  letterHref?: string;
  /** Extra HTML in each point, given its first finding and all it speaks for (the web pages put caseworkers' notes there). */
  findingExtra?: (finding: Finding, n: number, all: Finding[]) => string;
  /** Show each point's rule ids (default true): useful to caseworkers and advisers, noise to a parent. */
  ruleIds?: boolean;
  /**
   * "parent": plain and short, the law, the plan's text and smaller points folded in <details>;
   * "full" (default): everything open, with each finding a point speaks for.
   */
  view?: 'parent' | 'full';
}

interface Ctx {
  prefix: string; level: number; letterHref?: string; findingExtra?: (finding: Finding, n: number, all: Finding[]) => string; ruleIds: boolean;
  parent: boolean; rubric?: Rubric;
  /** The rubric's labels; `h` the web page's own. */
  labels: Rubric['labels']; h: Rubric['labels']['html'];
}

function ctx(opts: HtmlOptions = {}): Ctx {
  return {
    prefix: opts.idPrefix ?? 'r1', level: opts.headingLevel ?? 2, letterHref: opts.letterHref, findingExtra: opts.findingExtra,
    ruleIds: opts.ruleIds ?? true, parent: opts.view === 'parent', rubric: opts.rubric,
    labels: labelsOf(opts.rubric), h: labelsOf(opts.rubric).html,
  };
}

/** Each finding with the number of the point that speaks for it, in point order. */
export function numberFindings(report: Report, rubric?: Rubric): { finding: Finding; n: number; located: boolean }[] {
  return reportPoints(report, rubric).flatMap((p) => p.findings.map((finding) => ({ finding, n: p.n, located: hasSpan(report, finding) })));
}

const explanationId = (c: Ctx, n: number) => `${c.prefix}-f${n}`;
const markId = (c: Ctx, n: number, k = 0) => `${c.prefix}-m${n}${k ? `-${k}` : ''}`;

// ---------- one point's explanation ----------

/** How many of a rule's places a parent's view lists before "and n more". */
const PLACES_SHOWN = 10;

/** A label's words as element text, with its {placeholders} filled by HTML already made safe. */
const said = (template: string, vars: Record<string, string> = {}) => fill(escapeText(template), vars);
const n$ = (n: number) => String(n);

/** One point; in a parent's view only the points that matter most show their suggestion unfolded. */
function pointItem(c: Ctx, p: Point, linkBack: boolean, key = false): string {
  const { h } = c;
  const severity = c.labels.severity;
  // Under its section's heading a parent's view need not name the section again.
  const where = c.parent && !key && p.section !== null ? '' : `<span>${escapeHtml(sectionLabel(p.section, c.rubric))}</span>`;
  const parts = [
    `<li class="finding finding-${p.severity}" id="${explanationId(c, p.n)}">`,
    `<p class="finding-head"><span class="badge badge-${p.severity}">${escapeText(h.point)} ${p.n}: ${escapeText(severity.short[p.severity])}</span>`
      + `<span class="vh">, ${escapeHtml(severity.long[p.severity])}. </span>`
      + `${where}${c.ruleIds ? ` <span class="rule">${escapeHtml(p.ruleIds.join(', '))}</span>` : ''}</p>`,
  ];
  if (p.quote) parts.push(`<blockquote class="quote">${planTextHtml(p.quote)}</blockquote>`);
  parts.push(`<p class="message">${escapeHtml(p.message)}</p>`);
  const suggestion = p.suggestion ? `<p class="suggestion"><strong>${escapeText(h.askInstead)}</strong> ${escapeHtml(p.suggestion)}</p>` : '';
  const folded = c.parent && !key;
  if (!folded && suggestion) parts.push(suggestion);
  const more: string[] = folded && suggestion ? [suggestion] : [];
  if (p.references.length) more.push(`<p class="reference"><strong>${escapeText(h.law)}</strong> ${escapeHtml(p.references.join('; '))}</p>`);
  // The places a rule was found, when it was found in more than one.
  const places = p.kind === 'rule' && p.findings.length > 1 ? p.findings : [];
  const listed = c.parent ? places.slice(0, PLACES_SHOWN) : places;
  if (listed.length) {
    more.push(`<p>${said(h.foundIn, { n: n$(p.findings.length) })}</p><ul class="places">${listed.map((f) => `<li>${f.quote ? `“${escapeHtml(f.quote.trim())}”` : ''}${f.message !== p.message ? ` ${escapeHtml(f.message)}` : ''}</li>`).join('')}${places.length > listed.length ? `<li>${said(h.andMore, { n: n$(places.length - listed.length) })}</li>` : ''}</ul>`);
  }
  // Why, in each finding's own words, when the point's one voice has summed them up.
  const own = p.findings.filter((f, i) => p.findings.findIndex((g) => g.message === f.message) === i);
  if (!listed.length && own.some((f) => f.message !== p.message)) {
    more.push(`<ul class="finding-parts">${own.map((f) => `<li>${c.ruleIds ? `<span class="rule">${escapeHtml(f.ruleId)}</span> ` : ''}${escapeHtml(f.message)}</li>`).join('')}</ul>`);
  }
  const extra = c.findingExtra?.(p.findings[0], p.n, p.findings) ?? '';
  const back = linkBack && p.spans.length ? `<p class="back-link"><a href="#${markId(c, p.n)}">${said(h.backToPoint, { n: n$(p.n) })}</a></p>` : '';
  // The plan's words are folded in a parent's view: the way back to them is folded too.
  if (c.parent && back) more.push(back);
  if (more.length) {
    const label = !c.parent ? h.whyFull : folded && suggestion ? h.whyAsk : h.why;
    parts.push(`<details class="why"${c.parent ? '' : ' open'}><summary>${escapeText(label)}<span class="vh">${said(h.forPoint, { n: n$(p.n) })}</span></summary>\n${more.join('\n')}\n</details>`);
  }
  if (extra) parts.push(extra);
  if (!c.parent && back) parts.push(back);
  parts.push('</li>');
  return parts.join('\n');
}

function pointList(c: Ctx, items: Point[], linkBack: (p: Point) => boolean, key = false): string {
  if (items.length === 0) return '';
  return `<ol class="findings" role="list">\n${items.map((p) => pointItem(c, p, linkBack(p), key)).join('\n')}\n</ol>`;
}

/** How many points a parent's view opens at most (the rubric's `display.parentPointsShown`). */
export function parentPointsShown(rubric?: Rubric): number {
  return (rubric ?? loadRubric()).display.parentPointsShown;
}

/** The points a parent's view opens, by the order the points that matter most are picked in; the rest are folded under their sections. */
function unfoldedOf(report: Report, rubric?: Rubric): Set<number> {
  return new Set(keyPoints(reportPoints(report, rubric), parentPointsShown(rubric)).map((p) => p.n));
}

/** A section's points: in a parent's view the smaller ones (notes), and those beyond the page's limit, are folded. */
function sectionPoints(c: Ctx, items: Point[], linkBack: (p: Point) => boolean, unfolded: Set<number>): string {
  if (!c.parent) return pointList(c, items, linkBack);
  const main = items.filter((p) => p.severity !== 'info' && unfolded.has(p.n));
  const more = items.filter((p) => p.severity !== 'info' && !unfolded.has(p.n));
  const small = items.filter((p) => p.severity === 'info');
  return [
    pointList(c, main, linkBack),
    more.length ? `<details class="more-points"><summary>${said(c.h.morePoints, { points: escapeHtml(counted(more.length, 'point', c.rubric)) })}</summary>\n${pointList(c, more, linkBack)}\n</details>` : '',
    small.length ? `<details class="small-points"><summary>${said(c.h.goodToKnow, { points: escapeHtml(counted(small.length, 'smallerPoint', c.rubric)) })}</summary>\n${pointList(c, small, linkBack)}\n</details>` : '',
  ].filter(Boolean).join('\n');
}

/** Where a point belongs: the start of its first highlight, or of its first located finding. */
function anchor(report: Report, p: Point): number {
  if (p.spans.length) return Math.min(...p.spans.map((s) => s.start));
  const at = p.findings.filter((f) => hasSpan(report, f)).map((f) => f.start);
  return at.length ? Math.min(...at) : -1;
}

/**
 * Every point with its explanation (quote, message, suggested wording, law), grouped by section.
 * Ids match the highlights of renderAnnotatedText(report, { explanations: false }).
 */
export function renderFindingsList(report: Report, opts: HtmlOptions & { linkBack?: boolean } = {}): string {
  const c = ctx(opts);
  const points = reportPoints(report, opts.rubric);
  if (points.length === 0) return `<p>${escapeText(c.h.nothingToRaise)}</p>`;
  const order = (k: SectionKey | null) => (k === null ? -1 : SECTION_KEYS.indexOf(k));
  const keys = [...new Set(points.map((p) => p.section))].sort((a, b) => order(a) - order(b));
  const withText = report.text !== undefined && opts.linkBack !== false;
  return keys.map((k) => {
    const id = `${c.prefix}-list-${k ?? 'plan'}`;
    return `<section class="finding-group" aria-labelledby="${id}">\n${heading(c.level, escapeHtml(sectionLabel(k, c.rubric)), `id="${id}"`)}\n`
      + `${pointList(c, points.filter((p) => p.section === k), () => withText)}\n</section>`;
  }).join('\n');
}

// ---------- the annotated text ----------

interface Slice { start: number; end: number; key: SectionKey | null; title: string; score: number | null; band: string | null }

/**
 * The text cut into the sections found, plus any stretch before or between them that holds text.
 * Sections the plan sets out together (the national template's one table for D, H1 and H2) share
 * one slice, named for all of them, so their text is shown once.
 */
function slices(report: Report, text: string, rubric?: Rubric): Slice[] {
  const h = labelsOf(rubric).html;
  const out: Slice[] = [];
  let at = 0;
  const sections = [...report.sections].sort((a, b) => a.start - b.start);
  const together = new Map<Slice, SectionKey[]>();
  const gap = (end: number) => {
    if (end > at && text.slice(at, end).trim()) {
      out.push({ start: at, end, key: null, title: out.length === 0 ? h.frontPage : h.betweenSections, score: null, band: null });
    }
  };
  for (const s of sections) {
    const last = out[out.length - 1];
    if (last && last.key !== null && s.start === last.start && s.end === last.end) {
      const keys = [...(together.get(last) ?? [last.key]), s.key];
      together.set(last, keys);
      Object.assign(last, { title: fill(h.setOutTogether, { keys: listWords(keys, rubric) }), score: null, band: null });
      continue;
    }
    const start = Math.max(s.start, at);
    const end = Math.min(Math.max(s.end, start), text.length);
    gap(start);
    if (end > start || s.start >= at) out.push({ start, end, key: s.key, title: s.title || sectionLabel(s.key, rubric), score: s.score, band: s.band });
    at = Math.max(at, end);
  }
  gap(text.length);
  return out;
}

interface Located { severity: Severity; n: number; start: number; markEnd: number }
interface Insert { pos: number; order: number; html: string }

/** Where a highlight ends inside its slice, without trailing blanks. */
function markEnd(text: string, f: { start: number; end: number }, slice: Slice): number {
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
        const worst = covering.reduce((w, l) => (SEVERITY_ORDER[l.severity] < SEVERITY_ORDER[w.severity] ? l : w));
        html += `<mark class="hl-${worst.severity}">${piece}</mark>`;
      } else html += piece;
      html += here.filter((i) => i.pos === b).sort((x, y) => x.order - y.order).map((i) => i.html).join('');
    }
    if (text.slice(ls, le).trim() || here.length) lines.push(`<p>${html}</p>`);
    ls = le + 1;
  }
  return lines.join('\n');
}

/**
 * The plan's text by section, each point highlighted (<mark>) with a numbered label linking to its
 * explanation. With `explanations` (the default) each section's points come before its text (in a
 * parent's view the text is folded); set it to false when the page shows renderFindingsList
 * elsewhere. `shownAbove`: points already explained at the top of the page (the ones that matter
 * most), which a section only mentions. Without report.text, it lists the quotes instead.
 */
export function renderAnnotatedText(report: Report, opts: HtmlOptions & { explanations?: boolean; shownAbove?: Set<number> } = {}): string {
  const c = ctx(opts);
  const { h } = c;
  const explain = opts.explanations !== false;
  const above = opts.shownAbove ?? new Set<number>();
  const points = reportPoints(report, opts.rubric).filter((p) => anchor(report, p) >= 0);
  const text = report.text;
  if (text === undefined) return renderQuotesOnly(report, c, points.filter((p) => !above.has(p.n)), explain, unfoldedOf(report, opts.rubric));

  const out: string[] = [];
  const shown = new Set<number>();
  const unfolded = unfoldedOf(report, opts.rubric);
  for (const [si, slice] of slices(report, text, opts.rubric).entries()) {
    const inSlice = points.filter((p) => {
      const at = anchor(report, p);
      return at >= slice.start && (at < slice.end || (slice.end === slice.start && at === slice.start));
    });
    for (const p of inSlice) shown.add(p.n);
    // Every highlight in this slice, whichever point it belongs to (a rule's places may span sections).
    const located: Located[] = [];
    const inserts: Insert[] = [];
    for (const p of points) {
      p.spans.forEach((span, k) => {
        if (span.start < slice.start || span.start >= slice.end) return;
        const l = { severity: p.severity, n: p.n, start: span.start, markEnd: markEnd(text, span, slice) };
        located.push(l);
        inserts.push({
          pos: l.markEnd,
          order: p.n,
          html: `<a class="flag flag-${p.severity}" id="${markId(c, p.n, k)}" href="#${explanationId(c, p.n)}"><span class="vh">${escapeText(h.point)} </span>${p.n}: ${escapeText(c.labels.severity.short[p.severity])}</a>`,
        });
      });
    }
    for (const p of report.provisions) {
      if (p.specific && p.end > p.start && p.start >= slice.start && p.start < slice.end) {
        inserts.push({ pos: markEnd(text, p, slice), order: 10_000, html: `<span class="good-tag">${escapeText(h.specificTag)}</span>` });
      }
    }
    for (const o of report.outcomes) {
      if (o.smart && o.end > o.start && o.start >= slice.start && o.start < slice.end) {
        inserts.push({ pos: markEnd(text, o, slice), order: 10_001, html: `<span class="good-tag">${escapeText(h.smartTag)}</span>` });
      }
    }
    const id = `${c.prefix}-s${si + 1}`;
    const scoreNote = slice.score !== null ? ` <span class="section-score">${said(h.sectionScore, { score: n$(Math.round(slice.score)), band: slice.band ? `, ${escapeHtml(slice.band)}` : '' })}</span>` : '';
    const here = inSlice.filter((p) => !above.has(p.n));
    const aboveHere = inSlice.filter((p) => above.has(p.n));
    const count = inSlice.length
      ? `<p>${said(h.toCheck, { points: escapeHtml(counted(inSlice.length, 'point', c.rubric)) })}${aboveHere.length ? ` ${said(h.explainedAbove, { points: aboveHere.map((p) => `<a href="#${explanationId(c, p.n)}">${escapeText(h.point)} ${p.n}</a>`).join(', '), is: escapeHtml(counted(aboveHere.length, 'is', c.rubric)) })}` : ''}</p>`
      : `<p>${escapeText(h.nothingToCheck)}</p>`;
    const planText = `<div class="plan-text">\n${renderSliceText(text, slice, located, inserts)}\n</div>`;
    out.push([
      `<section class="plan-section" aria-labelledby="${id}">`,
      heading(c.level, `${escapeHtml(slice.title)}${scoreNote}`, `id="${id}"`),
      count,
      explain ? sectionPoints(c, here, () => true, unfolded) : '',
      explain
        ? `<details class="plan-words"${c.parent ? '' : ' open'}><summary>${escapeText(inSlice.length ? h.planWordsHighlighted : h.planWords)}</summary>\n${planText}\n</details>`
        : planText,
      '</section>',
    ].filter(Boolean).join('\n'));
  }
  // A safety net: a point whose place no slice claims (overlapping sections) is still explained.
  const stray = points.filter((p) => !shown.has(p.n) && !above.has(p.n));
  if (stray.length && explain) {
    const id = `${c.prefix}-other`;
    out.push(`<section class="plan-section" aria-labelledby="${id}">\n${heading(c.level, escapeText(h.otherPoints), `id="${id}"`)}\n${sectionPoints(c, stray, () => false, unfolded)}\n</section>`);
  }
  return out.join('\n');
}

function renderQuotesOnly(report: Report, c: Ctx, points: Point[], explain: boolean, unfolded: Set<number>): string {
  const intro = `<p class="note">${escapeText(c.h.noText)}</p>`;
  if (!explain) return intro;
  const order = (k: SectionKey | null) => (k === null ? -1 : SECTION_KEYS.indexOf(k));
  const keys = [...new Set(points.map((p) => p.section))].sort((a, b) => order(a) - order(b));
  const groups = keys.map((k, i) => {
    const id = `${c.prefix}-s${i + 1}`;
    const title = report.sections.find((s) => s.key === k)?.title ?? sectionLabel(k, c.rubric);
    return `<section class="plan-section" aria-labelledby="${id}">\n${heading(c.level, escapeHtml(title), `id="${id}"`)}\n`
      + `${sectionPoints(c, points.filter((p) => p.section === k), () => false, unfolded)}\n</section>`;
  });
  return [intro, ...groups].join('\n');
}

// ---------- summary, the points that matter most, whole-plan problems, strengths ----------

export function renderSummary(report: Report, opts: HtmlOptions = {}): string {
  const c = ctx(opts);
  const points = reportPoints(report, opts.rubric);
  const counts = countBySeverity(points);
  const pc = provisionCounts(report);
  const oc = outcomeCounts(report);
  const r = opts.rubric ?? loadRubric();
  const { h } = c;
  const is = (n: number) => escapeHtml(counted(n, 'is', r));
  const status = report.plan.status === 'draft'
    ? `<p class="note">${fill(escapeHtml(r.letter.draftNote), { draft: '<strong>draft</strong>', days: String(REPRESENTATION_DAYS), reference: escapeHtml(r.references.draftRepresentations) })}</p>`
    : '';
  const id = `${c.prefix}-summary`;
  return [
    `<section class="summary" aria-labelledby="${id}">`,
    heading(c.level, escapeText(h.summary), `id="${id}"`),
    `<div class="score"><span class="score-number">${Math.round(report.score.overall)}<span class="vh"> ${escapeText(h.outOf)}</span><span aria-hidden="true">/100</span></span> <span class="score-band">${escapeHtml(report.score.band)}</span></div>`,
    `<p>${escapeHtml(scoreSentence(report, r))} ${said(h.found, { errors: escapeHtml(counted(counts.error, 'thing', r)), needs: escapeHtml(counted(counts.error, 'needs', r)), warnings: escapeHtml(counted(counts.warning, 'thing', r)) })}</p>`,
    `<p>${said(h.specificCount, { specific: n$(pc.specific), total: n$(pc.total), is: is(pc.specific) })}`
      + `${said(h.smartCount, { smart: n$(oc.smart), total: n$(oc.total), is: is(oc.smart) })}</p>`,
    status,
    counts.error + counts.warning === 0 ? `<p>${escapeText(h.nothingToPutRight)}</p>` : '',
    c.letterHref ? `<p><a href="${escapeHtml(c.letterHref)}">${escapeText(h.getLetter)}</a></p>` : '',
    `<p class="note">${escapeText(h.guide)}</p>`,
    '</section>',
  ].filter(Boolean).join('\n');
}

/** The three to five points that matter most, explained in full (the sections then only mention them). */
export function renderKeyPoints(report: Report, opts: HtmlOptions = {}): string {
  const c = ctx(opts);
  const key = keyPoints(reportPoints(report, opts.rubric));
  if (!key.length) return '';
  const id = `${c.prefix}-first`;
  return [
    `<section class="key-points" aria-labelledby="${id}">`,
    heading(c.level, escapeText(c.labels.keyPoints), `id="${id}"`),
    `<p>${said(c.h.keyPointsIntro, { points: escapeHtml(key.length === 1 ? c.h.keyPointOne : counted(key.length, 'point', c.rubric)) })}</p>`,
    pointList(c, key, () => report.text !== undefined, true),
    '</section>',
  ].join('\n');
}

/** Points about the plan as a whole, and the sections found. */
export function renderWholePlan(report: Report, opts: HtmlOptions & { shownAbove?: Set<number> } = {}): string {
  const c = ctx(opts);
  const id = `${c.prefix}-whole`;
  const above = opts.shownAbove ?? new Set<number>();
  const whole = reportPoints(report, opts.rubric).filter((p) => anchor(report, p) < 0);
  const here = whole.filter((p) => !above.has(p.n));
  // Sections set out together (one table for D, H1 and H2) are one row, not the same row twice.
  const groups: (typeof report.sections)[] = [];
  for (const s of report.sections) {
    const g = groups.find((x) => x[0].start === s.start && x[0].end === s.end && s.end > s.start);
    if (g) g.push(s);
    else groups.push([s]);
  }
  const { h } = c;
  const scoreOf = (s: (typeof report.sections)[number]) => (s.score === null ? h.notScored : String(Math.round(s.score)));
  const rows = groups.map((g) => {
    const keys = listWords(g.map((s) => s.key), c.rubric);
    const titles = [...new Set(g.map((s) => s.title))].join(' / ');
    const scores = g.length === 1 ? scoreOf(g[0]) : g.map((s) => `${s.key}: ${scoreOf(s)}`).join('; ');
    const bands = [...new Set(g.map((s) => s.band ?? ''))].filter(Boolean).join(', ');
    return `<tr><th scope="row">${escapeHtml(keys)}</th><td>${escapeHtml(titles)}</td><td>${escapeHtml(scores)}</td><td>${escapeHtml(bands)}</td></tr>`;
  });
  const table = rows.length
    ? `<table>\n<caption>${escapeText(h.sectionsCaption)}</caption>\n<thead><tr><th scope="col">${escapeText(h.columnSection)}</th><th scope="col">${escapeText(h.columnTitle)}</th><th scope="col">${escapeText(h.columnScore)}</th><th scope="col">${escapeText(h.columnRating)}</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`
    : `<p>${escapeText(h.noSections)}</p>`;
  const aboveWords = whole.length > here.length ? `<p>${said(h.aboveWhole, { points: whole.filter((p) => above.has(p.n)).map((p) => `<a href="#${explanationId(c, p.n)}">${escapeText(h.point)} ${p.n}</a>`).join(', '), is: escapeHtml(counted(whole.length - here.length, 'is', c.rubric)) })}</p>` : '';
  return [
    `<section aria-labelledby="${id}">`,
    heading(c.level, escapeText(h.wholePlan), `id="${id}"`),
    whole.length ? '' : `<p>${escapeText(h.allThere)}</p>`,
    aboveWords,
    sectionPoints(c, here, () => false, unfoldedOf(report, opts.rubric)),
    c.parent ? `<details><summary>${escapeText(h.sectionsFound)}</summary>\n${table}\n</details>` : table,
    `<p>${said(h.planStatus, { status: escapeHtml(report.plan.status), year: report.plan.yearGroup !== null ? `; ${said(c.labels.year, { year: n$(report.plan.yearGroup) })}` : '' })}</p>`,
    '</section>',
  ].filter(Boolean).join('\n');
}

/** What is good: the specific provisions and SMART outcomes, so a reader sees what was judged. */
export function renderStrengths(report: Report, opts: HtmlOptions = {}): string {
  const c = ctx(opts);
  const id = `${c.prefix}-good`;
  const specific = report.provisions.filter((p) => p.specific);
  const smart = report.outcomes.filter((o) => o.smart);
  const { h } = c;
  const provisions = specific.length
    ? `<ul class="good-list">\n${specific.map((p) => `<li><blockquote class="quote">${planTextHtml(p.text)}</blockquote><p>${said(h.specificSays, { section: escapeHtml(p.section), elements: escapeHtml(listWords(namedElements(p.elements).map((e) => c.labels.elements[e]), c.rubric)) })}</p></li>`).join('\n')}\n</ul>`
    : `<p>${escapeText(h.noSpecific)}</p>`;
  const outcomes = smart.length
    ? `<ul class="good-list">\n${smart.map((o) => `<li><blockquote class="quote">${planTextHtml(o.text)}</blockquote><p>${said(h.smartSays, { adult: o.preparingForAdulthood ? escapeText(h.smartAdult) : '' })}</p></li>`).join('\n')}\n</ul>`
    : `<p>${escapeText(h.noSmart)}</p>`;
  // A parent's view folds the lists: the counts say enough at a glance.
  const fold = (summary: string, inner: string) => (c.parent ? `<details><summary>${escapeText(summary)}</summary>\n${inner}\n</details>` : inner);
  return [
    `<section aria-labelledby="${id}">`,
    heading(c.level, escapeText(h.doesWell), `id="${id}"`),
    heading(c.level + 1, said(h.specificHeading, { n: n$(specific.length), total: n$(report.provisions.length) })),
    specific.length ? fold(h.showSpecific, provisions) : provisions,
    heading(c.level + 1, said(h.smartHeading, { n: n$(smart.length), total: n$(report.outcomes.length) })),
    smart.length ? fold(h.showSmart, outcomes) : outcomes,
    '</section>',
  ].join('\n');
}

/** Everything about one report, for embedding in a page that has its own header and layout. */
export function renderReportBody(report: Report, opts: HtmlOptions = {}): string {
  const c = ctx(opts);
  const planId = `${c.prefix}-plan`;
  const points = reportPoints(report, opts.rubric);
  const shownAbove = new Set(keyPoints(points).map((p) => p.n));
  const unfolded = unfoldedOf(report, opts.rubric);
  const folded = c.parent ? points.filter((p) => p.severity !== 'info' && !unfolded.has(p.n)).length : 0;
  return [
    renderSummary(report, opts),
    renderKeyPoints(report, opts),
    renderWholePlan(report, { ...opts, shownAbove }),
    adviceHtml(report, c),
    `<section aria-labelledby="${planId}">`,
    heading(c.level, escapeText(c.h.bySection), `id="${planId}"`),
    folded ? `<p class="note">${said(c.h.foldedNote, { shown: n$(parentPointsShown(c.rubric)), more: escapeHtml(counted(folded, 'point', c.rubric)) })}</p>` : '',
    `<p>${said(c.h.bySectionIntro, { error: escapeText(c.labels.severity.short.error), errorMeans: escapeHtml(c.labels.severity.long.error.toLowerCase()), warning: escapeText(c.labels.severity.short.warning), info: escapeText(c.labels.severity.short.info), specificTag: escapeText(c.h.specificTag), smartTag: escapeText(c.h.smartTag) })}</p>`,
    renderAnnotatedText(report, { ...opts, headingLevel: c.level + 1, shownAbove }),
    '</section>',
    renderStrengths(report, opts),
  ].join('\n');
}

function footer(reports: Report[], h: Rubric['labels']['html']): string {
  const rubrics = [...new Set(reports.map((r) => `${r.rubric.id} ${r.rubric.version}`))];
  return `<footer class="page-footer"><p>${said(h.footer, { checklist: rubrics.length ? said(h.footerChecklist, { rubrics: escapeHtml(rubrics.join(', ')) }) : '' })}</p></footer>`;
}

/** A whole self-contained page for one report. */
export function renderReportHtml(report: Report, opts: Omit<HtmlOptions, 'headingLevel'> & { title?: string } = {}): string {
  const h = labelsOf(opts.rubric).html;
  const title = opts.title ?? fill(h.pageTitle, { name: report.document.name });
  const pages = report.document.pages === null ? h.noPages : counted(report.document.pages, 'page', opts.rubric);
  const body = [
    '<header class="page-header">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${said(h.pageLine, { name: escapeHtml(report.document.name), pages: escapeHtml(pages), id: escapeHtml(report.rubric.id), version: escapeHtml(report.rubric.version) })}</p>`,
    '</header>',
    '<main id="main">',
    renderReportBody(report, { ...opts, headingLevel: 2 }),
    '</main>',
    footer([report], h),
  ].join('\n');
  return htmlPage({ title, body, skipLabel: h.skip });
}

/** What a file that could not be read looks like in a page of several reports. */
export function renderFailureBody(item: FailedReport, opts: HtmlOptions = {}): string {
  return `<div class="failed"><p><strong>${escapeText(labelsOf(opts.rubric).html.notChecked)}</strong> ${escapeHtml(item.error.message)} <span class="rule">(${escapeHtml(item.error.code)})</span></p></div>`;
}

/**
 * One page for a whole run: a list of the files, then one article per file in order
 * (a file that could not be read keeps its place with the reason).
 */
export function renderReportsHtml(items: BatchItem[], opts: { title?: string; rubric?: Rubric } = {}): string {
  if (items.length === 1 && !isFailed(items[0])) return renderReportHtml(items[0], opts);
  const h = labelsOf(opts.rubric).html;
  const title = opts.title ?? fill(h.batchTitle, { files: counted(items.length, 'file', opts.rubric) });
  const nav = items.map((item, i) => {
    const label = isFailed(item) ? fill(h.fileUnread, { name: item.document.name }) : fill(h.fileScore, { name: item.document.name, score: n$(Math.round(item.score.overall)), band: item.score.band });
    return `<li><a href="#r${i + 1}-title">${escapeText(label)}</a></li>`;
  });
  const articles = items.map((item, i) => {
    const prefix = `r${i + 1}`;
    const inner = isFailed(item) ? renderFailureBody(item, { idPrefix: prefix, rubric: opts.rubric }) : renderReportBody(item, { idPrefix: prefix, headingLevel: 3, rubric: opts.rubric });
    return `<article aria-labelledby="${prefix}-title">\n<h2 id="${prefix}-title">${escapeHtml(item.document.name)}</h2>\n${inner}\n</article>`;
  });
  const body = [
    '<header class="page-header">',
    `<h1>${escapeHtml(title)}</h1>`,
    '</header>',
    '<main id="main">',
    '<nav aria-labelledby="files-title">',
    `<h2 id="files-title">${escapeText(h.filesChecked)}</h2>`,
    `<ol>\n${nav.join('\n')}\n</ol>`,
    '</nav>',
    ...articles,
    '</main>',
    footer(items.filter((i): i is Report => !isFailed(i)), h),
  ].join('\n');
  return htmlPage({ title, body, skipLabel: h.skip });
}
