// A comparison as a terminal listing, as CSV and as a self-contained side-by-side web page.
import { escapeHtml, htmlPage, planTextHtml, REPORT_CSS } from '../format/html-kit.ts';
import { longDay } from '../deadlines.ts';
import { CUT_KINDS, type Change, type ChangeKind, type Comparison } from './schema.ts';

const dayOf = (iso: string) => longDay(new Date(`${iso}T00:00:00Z`));

export const KIND_LABELS: Record<ChangeKind, string> = {
  removed: 'Removed',
  reduced: 'Reduced',
  weakened: 'Weakened',
  moved: 'Moved',
  added: 'Added',
  strengthened: 'Strengthened',
  unchanged: 'Unchanged',
  changed: 'Changed',
};

const ABOUT: Record<Change['about'], string> = { provision: 'provision', outcome: 'outcome', placement: 'placement' };

export function countKinds(c: Comparison): Record<ChangeKind, number> {
  const counts = Object.fromEntries(Object.keys(KIND_LABELS).map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const ch of c.changes) counts[ch.kind]++;
  return counts;
}

function summary(c: Comparison): string {
  const counts = countKinds(c);
  const parts = (Object.keys(KIND_LABELS) as ChangeKind[]).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${KIND_LABELS[k].toLowerCase()}`);
  return parts.length ? parts.join(', ') : 'nothing to compare';
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A readable listing: what changed first (cuts, then the rest), unchanged statements counted. */
export function renderComparisonText(c: Comparison, opts: { color?: boolean; all?: boolean } = {}): string {
  const paint = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines = [`Comparing ${c.old.document.name} (old) with ${c.new.document.name} (new)`, summary(c), ''];
  if (c.deadlines?.length) {
    lines.push(paint('1', 'DEADLINES'));
    for (const d of c.deadlines) lines.push(`  ${d.due} (${dayOf(d.due)}): ${oneLine(d.explanation)} [${d.reference}]`);
    lines.push('');
  }
  const shown = c.changes.filter((ch) => opts.all || ch.kind !== 'unchanged');
  for (const ch of shown) {
    const cut = CUT_KINDS.includes(ch.kind) && ch.about === 'provision';
    lines.push(`${paint(cut ? '1;31' : '1', `${KIND_LABELS[ch.kind].toUpperCase()}`)}  Section ${ch.section} ${ABOUT[ch.about]}: ${ch.detail}`);
    if (ch.before) lines.push(`  before (${ch.before.section}, ${ch.before.start}-${ch.before.end}): ${oneLine(ch.before.text)}`);
    if (ch.after) lines.push(`  after  (${ch.after.section}, ${ch.after.start}-${ch.after.end}): ${oneLine(ch.after.text)}`);
    if (ch.why) lines.push(`  why it matters: ${ch.why}`);
    lines.push('');
  }
  const unchanged = c.changes.length - shown.length;
  if (unchanged) lines.push(`${unchanged} statement${unchanged === 1 ? '' : 's'} unchanged (--all lists them).`);
  return `${lines.join('\n').trimEnd()}\n`;
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  // A cell a spreadsheet would run as a formula is quoted as text.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderComparisonCsv(c: Comparison): string {
  const head = ['section', 'about', 'kind', 'before_section', 'before_start', 'before_end', 'before_text', 'after_section', 'after_start', 'after_end', 'after_text', 'detail', 'why'];
  const rows = c.changes.map((ch) => [ch.section, ch.about, ch.kind, ch.before?.section ?? null, ch.before?.start ?? null, ch.before?.end ?? null, ch.before ? oneLine(ch.before.text) : null, ch.after?.section ?? null, ch.after?.start ?? null, ch.after?.end ?? null, ch.after ? oneLine(ch.after.text) : null, ch.detail, ch.why]);
  return [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
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

function sideCell(s: Change['before'], missing: string): string {
  if (!s) return `<td><span class="none">${escapeHtml(missing)}</span></td>`;
  return `<td><span class="vh">Section ${escapeHtml(s.section)}: </span>${planTextHtml(s.text)}</td>`;
}

/** The changes as sections of side-by-side tables (headings from h2), for a page to embed. */
export function comparisonTablesHtml(c: Comparison): string {
  const groups = new Map<string, Change[]>();
  for (const ch of c.changes) {
    if (!groups.has(ch.section)) groups.set(ch.section, []);
    groups.get(ch.section)!.push(ch);
  }
  const sections = [...groups].map(([key, changes]) => {
    const rows = changes
      .map((ch) => `<tr><th scope="row"><span class="kind ${kindClass(ch)}">${escapeHtml(KIND_LABELS[ch.kind])}</span><br>${escapeHtml(ABOUT[ch.about])}</th>${sideCell(ch.before, 'Not in the old version')}${sideCell(ch.after, 'Not in the new version')}<td><p>${escapeHtml(ch.detail)}</p>${ch.why ? `<p>${escapeHtml(ch.why)}</p>` : ''}</td></tr>`)
      .join('\n');
    return `<section class="plan-section" aria-labelledby="s-${escapeHtml(key)}"><h2 id="s-${escapeHtml(key)}">Section ${escapeHtml(key)}</h2>
<table class="side-by-side"><caption>Changes in Section ${escapeHtml(key)}</caption>
<thead><tr><th scope="col">Change</th><th scope="col">Old wording</th><th scope="col">New wording</th><th scope="col">What changed and why it matters</th></tr></thead>
<tbody>${rows}</tbody></table></section>`;
  });
  const deadlines = c.deadlines?.length
    ? `<section class="deadlines" aria-labelledby="s-deadlines"><h2 id="s-deadlines">Dates that matter</h2>
<ul>${c.deadlines.map((d) => `<li><strong>${escapeHtml(dayOf(d.due))}</strong>: ${escapeHtml(d.explanation)} <span class="reference">(${escapeHtml(d.reference)})</span></li>`).join('')}</ul></section>\n`
    : '';
  return `<p class="note">${escapeHtml(summary(c))}. Each row's label says what happened to that statement; this is a guide, not legal advice.</p>
${deadlines}${sections.join('\n') || '<p>Neither version has statements to compare.</p>'}`;
}

/** The side-by-side page: every change as a row (old wording | new wording | what changed | why it matters). */
export function renderComparisonHtml(c: Comparison): string {
  const body = `<header class="page-header"><h1>What changed in this plan</h1>
<p>Old version: ${escapeHtml(c.old.document.name)}. New version: ${escapeHtml(c.new.document.name)}.</p></header>
<main id="main">${comparisonTablesHtml(c)}</main>
<footer class="page-footer"><p>Made by ehcp-check. Statements are matched by their meaning, so check each row against both versions before relying on it.</p></footer>`;
  return htmlPage({ title: `What changed: ${c.new.document.name}`, body, css: COMPARE_CSS, skipLabel: 'Skip to the changes' });
}
