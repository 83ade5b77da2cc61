// A comparison as a terminal listing, as CSV and as a self-contained side-by-side web page.
import { escapeHtml, escapeText, htmlPage, planTextHtml, REPORT_CSS } from '../format/html-kit.ts';
import { longDay } from '../deadlines.ts';
import { fill } from '../findings.ts';
import { loadRubric, type Rubric } from '../rubric.ts';
import { CHANGE_KINDS, CUT_KINDS, type Change, type ChangeKind, type Comparison } from './schema.ts';
import { csvLine } from '../format/csv.ts';

const dayOf = (iso: string) => longDay(new Date(`${iso}T00:00:00Z`));

/** The rubric's labels for a comparison (`comparison.labels`; the default's when none is given). */
export function comparisonLabels(rubric?: Pick<Rubric, 'comparison'>): Rubric['comparison']['labels'] {
  return (rubric ?? loadRubric()).comparison.labels;
}

/** Options every rendering of a comparison takes: the rubric it was made with, for its words. */
export interface ComparisonFormatOptions {
  rubric?: Pick<Rubric, 'comparison'>;
}

export function countKinds(c: Comparison): Record<ChangeKind, number> {
  const counts = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const ch of c.changes) counts[ch.kind]++;
  return counts;
}

function summary(c: Comparison, l: Rubric['comparison']['labels']): string {
  const counts = countKinds(c);
  const parts = CHANGE_KINDS.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${l.kinds[k].toLowerCase()}`);
  return parts.length ? parts.join(', ') : l.nothing;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A readable listing: what changed first (cuts, then the rest), unchanged statements counted. */
export function renderComparisonText(c: Comparison, opts: { color?: boolean; all?: boolean } & ComparisonFormatOptions = {}): string {
  const l = comparisonLabels(opts.rubric);
  const paint = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines = [fill(l.comparing, { old: c.old.document.name, new: c.new.document.name }), summary(c, l), ''];
  // "before (F, 10-40): …" and "after  (F, 12-44): …" line up.
  const side = Math.max(l.before.length, l.after.length);
  if (c.deadlines?.length) {
    lines.push(paint('1', l.deadlines));
    for (const d of c.deadlines) lines.push(`  ${d.due} (${dayOf(d.due)}): ${oneLine(d.explanation)} [${d.reference}]`);
    lines.push('');
  }
  const shown = c.changes.filter((ch) => opts.all || ch.kind !== 'unchanged');
  for (const ch of shown) {
    const cut = CUT_KINDS.includes(ch.kind) && ch.about === 'provision';
    lines.push(`${paint(cut ? '1;31' : '1', `${l.kinds[ch.kind].toUpperCase()}`)}  ${fill(l.section, { key: ch.section })} ${l.about[ch.about]}: ${ch.detail}`);
    if (ch.before) lines.push(`  ${l.before.padEnd(side)} (${ch.before.section}, ${ch.before.start}-${ch.before.end}): ${oneLine(ch.before.text)}`);
    if (ch.after) lines.push(`  ${l.after.padEnd(side)} (${ch.after.section}, ${ch.after.start}-${ch.after.end}): ${oneLine(ch.after.text)}`);
    if (ch.why) lines.push(`  ${l.whyItMatters} ${ch.why}`);
    lines.push('');
  }
  const unchanged = c.changes.length - shown.length;
  if (unchanged) lines.push(fill(unchanged === 1 ? l.unchangedOne : l.unchangedMany, { n: String(unchanged) }));
  return `${lines.join('\n').trimEnd()}\n`;
}


export function renderComparisonCsv(c: Comparison): string {
  const head = ['section', 'about', 'kind', 'before_section', 'before_start', 'before_end', 'before_text', 'after_section', 'after_start', 'after_end', 'after_text', 'detail', 'why'];
  const rows = c.changes.map((ch) => [ch.section, ch.about, ch.kind, ch.before?.section ?? null, ch.before?.start ?? null, ch.before?.end ?? null, ch.before ? oneLine(ch.before.text) : null, ch.after?.section ?? null, ch.after?.start ?? null, ch.after?.end ?? null, ch.after ? oneLine(ch.after.text) : null, ch.detail, ch.why]);
  return [head, ...rows].map(csvLine).join('\r\n') + '\r\n';
}

/** What the side-by-side tables add to the report's stylesheet. */
export const COMPARE_EXTRA_CSS = `
main { max-width: 72rem; }
.kind { display: inline-block; padding: 0 .45em; border-radius: 4px; font-size: .875rem; font-weight: 700; border: 2px solid currentColor; }
.kind-cut { color: #b3261e; background: #fde0dc; }
.kind-better { color: #0b5d1e; background: #e3f4e8; }
.kind-other { color: #1d4f91; background: #e1ecfb; }
.kind-same { color: #3d3d3d; background: #f3f2f1; border-style: dashed; }
.side-by-side th[scope="row"] { width: 8rem; }
.side-by-side td { width: 40%; white-space: pre-wrap; overflow-wrap: anywhere; }
.none { color: #505a5f; font-style: italic; }
@media (max-width: 40rem) { .side-by-side td, .side-by-side th { display: block; width: auto; } }
`;

const COMPARE_CSS = REPORT_CSS + COMPARE_EXTRA_CSS;

function kindClass(ch: Change): string {
  if (ch.kind === 'unchanged') return 'kind-same';
  if (ch.kind === 'added' || ch.kind === 'strengthened' || (ch.kind === 'moved' && ch.after?.section === 'F')) return 'kind-better';
  if (CUT_KINDS.includes(ch.kind) && ch.about === 'provision') return 'kind-cut';
  return 'kind-other';
}

function sideCell(s: Change['before'], missing: string, l: Rubric['comparison']['labels']): string {
  if (!s) return `<td><span class="none">${escapeHtml(missing)}</span></td>`;
  return `<td><span class="vh">${fill(escapeText(l.section), { key: escapeHtml(s.section) })}: </span>${planTextHtml(s.text)}</td>`;
}

/** The changes as sections of side-by-side tables (headings from h2), for a page to embed. */
export function comparisonTablesHtml(c: Comparison, opts: ComparisonFormatOptions = {}): string {
  const l = comparisonLabels(opts.rubric);
  const groups = new Map<string, Change[]>();
  for (const ch of c.changes) {
    if (!groups.has(ch.section)) groups.set(ch.section, []);
    groups.get(ch.section)!.push(ch);
  }
  const sections = [...groups].map(([key, changes]) => {
    const rows = changes
      .map((ch) => `<tr><th scope="row"><span class="kind ${kindClass(ch)}">${escapeHtml(l.kinds[ch.kind])}</span><br>${escapeHtml(l.about[ch.about])}</th>${sideCell(ch.before, l.notInOld, l)}${sideCell(ch.after, l.notInNew, l)}<td><p>${escapeHtml(ch.detail)}</p>${ch.why ? `<p>${escapeHtml(ch.why)}</p>` : ''}</td></tr>`)
      .join('\n');
    return `<section class="plan-section" aria-labelledby="s-${escapeHtml(key)}"><h2 id="s-${escapeHtml(key)}">${fill(escapeText(l.section), { key: escapeHtml(key) })}</h2>
<table class="side-by-side"><caption>${fill(escapeText(l.changesIn), { key: escapeHtml(key) })}</caption>
<thead><tr><th scope="col">${escapeText(l.columnChange)}</th><th scope="col">${escapeText(l.columnOld)}</th><th scope="col">${escapeText(l.columnNew)}</th><th scope="col">${escapeText(l.columnWhat)}</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
  });
  const deadlines = c.deadlines?.length
    ? `<section class="deadlines" aria-labelledby="s-deadlines"><h2 id="s-deadlines">${escapeText(l.datesThatMatter)}</h2>
<ul>${c.deadlines.map((d) => `<li><strong>${escapeHtml(dayOf(d.due))}</strong>: ${escapeHtml(d.explanation)} <span class="reference">(${escapeHtml(d.reference)})</span></li>`).join('')}</ul></section>\n`
    : '';
  return `<p class="note">${fill(escapeText(l.note), { summary: escapeHtml(summary(c, l)) })}</p>
${deadlines}${sections.join('\n') || `<p>${escapeText(l.noStatements)}</p>`}`;
}

/** The side-by-side page: every change as a row (old wording | new wording | what changed | why it matters). */
export function renderComparisonHtml(c: Comparison, opts: ComparisonFormatOptions = {}): string {
  const l = comparisonLabels(opts.rubric);
  const body = `<header class="page-header"><h1>${escapeText(l.heading)}</h1>
<p>${fill(escapeText(l.versions), { old: escapeHtml(c.old.document.name), new: escapeHtml(c.new.document.name) })}</p></header>
<main id="main">${comparisonTablesHtml(c, opts)}</main>
<footer class="page-footer"><p>${escapeText(l.footer)}</p></footer>`;
  return htmlPage({ title: fill(l.title, { name: c.new.document.name }), body, css: COMPARE_CSS, skipLabel: l.skip });
}
