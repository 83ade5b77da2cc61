// The advice table and the deadlines, for the terminal listing and the HTML report. (The letter
// takes its advice points from the advice.* findings, like every other point.)
import type { AdviceEntry, Report } from '../report-schema.ts';
import { escapeHtml, heading } from '../format/html-kit.ts';

export const VERDICT_WORDS: Record<AdviceEntry['verdict'], string> = {
  carried: 'Carried',
  diluted: 'Diluted',
  missing: 'Missing',
  moved: 'Moved out of F',
  adviceVague: 'Advice vague',
};

const COUNT_WORDS: Record<AdviceEntry['verdict'], string> = { carried: 'carried', diluted: 'diluted', missing: 'missing', moved: 'moved out of F', adviceVague: 'advice vague' };

const flat = (s: string, max = 140) => {
  const t = s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function longDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).replace(',', '');
}

/** Lines for the terminal listing: empty when the report has no advice and no deadlines. */
export function adviceTextLines(report: Report): string[] {
  const out: string[] = [];
  if (report.advice) {
    const counts = Object.keys(VERDICT_WORDS).map((v) => [v, report.advice!.filter((a) => a.verdict === v).length] as const).filter(([, n]) => n > 0);
    out.push(`  Advice: ${report.advice.length} recommendation${report.advice.length === 1 ? '' : 's'}${counts.length ? ` (${counts.map(([v, n]) => `${n} ${COUNT_WORDS[v as AdviceEntry['verdict']]}`).join(', ')})` : ''}`);
    for (const a of report.advice) {
      out.push(`    ${VERDICT_WORDS[a.verdict].padEnd(14)}  ${flat(a.source, 40)}: “${flat(a.text)}”`);
      if (a.provision) out.push(`    ${''.padEnd(14)}  plan, Section ${a.provision.section}: “${flat(a.provision.text)}”`);
      if (a.detail && a.verdict !== 'carried') out.push(`    ${''.padEnd(14)}  ${flat(a.detail, 400)}`);
    }
  }
  if (report.deadlines?.length) {
    out.push('  Deadlines:');
    for (const d of report.deadlines) out.push(`    ${d.due}  ${flat(d.explanation, 400)} (${d.reference})`);
  }
  return out;
}

/** The advice table and the deadlines for the HTML report ('' when there are none). */
export function adviceHtml(report: Report, o: { prefix: string; level: number }): string {
  const parts: string[] = [];
  if (report.advice) {
    const id = `${o.prefix}-advice`;
    const rows = report.advice.map((a) => `<tr class="advice-${a.verdict}"><td>${escapeHtml(a.source)}</td><td>${escapeHtml(a.text)}</td><td><strong>${escapeHtml(VERDICT_WORDS[a.verdict])}</strong></td><td>${a.provision ? `<span class="section-key">Section ${escapeHtml(a.provision.section)}:</span> ${escapeHtml(a.provision.text)}` : '<em>Nothing in the plan</em>'}</td><td>${escapeHtml(a.detail ?? '')}</td></tr>`);
    parts.push(
      `<section aria-labelledby="${id}">`,
      heading(o.level, 'The plan against its advice', `id="${id}"`),
      '<p>Each recommendation found in the professional advice, and what the plan does with it. Provision must be as specific as the advice supports, and educational provision belongs in Section F.</p>',
      report.advice.length
        ? `<table class="advice"><caption class="vh">Recommendations and the plan</caption><thead><tr><th scope="col">Advice</th><th scope="col">Recommendation</th><th scope="col">Verdict</th><th scope="col">In the plan</th><th scope="col">Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
        : '<p>No recommendations were found in the advice.</p>',
      '</section>',
    );
  }
  if (report.deadlines?.length) {
    const id = `${o.prefix}-deadlines`;
    parts.push(
      `<section aria-labelledby="${id}">`,
      heading(o.level, 'Deadlines', `id="${id}"`),
      `<ul>${report.deadlines.map((d) => `<li><strong>${escapeHtml(longDate(d.due))}</strong>: ${escapeHtml(d.explanation)} <span class="reference">(${escapeHtml(d.reference)})</span></li>`).join('')}</ul>`,
      '</section>',
    );
  }
  return parts.join('\n');
}
