// The advice table and the deadlines, for the terminal listing and the HTML report. (The letter
// takes its advice points from the advice.* findings, like every other point.)
import type { AdviceEntry, Report } from '../report-schema.ts';
import { CONTROL_CHARS, escapeHtml, heading } from '../format/html-kit.ts';

export const VERDICT_WORDS: Record<AdviceEntry['verdict'], string> = {
  carried: 'Carried',
  diluted: 'Diluted',
  missing: 'Missing',
  moved: 'Moved out of F',
  adviceVague: 'Advice vague',
};

const COUNT_WORDS: Record<AdviceEntry['verdict'], string> = { carried: 'carried', diluted: 'diluted', missing: 'missing', moved: 'moved out of F', adviceVague: 'advice vague' };

const flat = (s: string, max = 140) => {
  const t = s.replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim();
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

// The web report's advice section, in plain words, most urgent first: what the plan leaves out,
// what it puts where the school's duty does not bind, what it weakens, what the advice itself
// leaves open, then what it carries. Each point that goes into the letter of points to raise says so.
const GROUPS: { verdict: AdviceEntry['verdict']; title: (n: number) => string; ask: string }[] = [
  { verdict: 'missing', title: (n) => `Left out of the plan (${n})`, ask: 'Ask for it to be added to Section F, or for the local authority to explain in writing why not.' },
  { verdict: 'moved', title: (n) => `In the plan, but not in Section F (${n})`, ask: 'Ask for it to be moved into Section F, where the local authority must make sure it is provided.' },
  { verdict: 'diluted', title: (n) => `In the plan, but less than advised (${n})`, ask: 'Ask for it to be written as the advice says: the same amount, the same kind of professional, and no words that leave it to discretion.' },
  { verdict: 'adviceVague', title: (n) => `The advice itself does not say how much (${n})`, ask: 'Ask the professional who wrote the advice to say what is needed, how often, for how long and by whom.' },
  { verdict: 'carried', title: (n) => `In the plan as advised (${n})`, ask: '' },
];
const ADVICE_RULE_IDS: Record<AdviceEntry['verdict'], string | null> = { carried: null, diluted: 'advice.diluted', missing: 'advice.missing', moved: 'advice.moved', adviceVague: 'advice.vague' };

/** The finding an advice entry became (its message quotes the recommendation), if any. */
function findingFor(report: Report, a: AdviceEntry) {
  const rule = ADVICE_RULE_IDS[a.verdict];
  const quote = flat(a.text, 160);
  return rule ? report.findings.find((f) => f.ruleId === rule && f.message.replace(/\s+/g, ' ').includes(quote.replace(/…$/, ''))) : undefined;
}

/** "What the professionals advised, and what the plan says": a self-contained section ('' with no advice). */
export function adviceSectionHtml(report: Report, o: { prefix: string; level: number }): string {
  if (!report.advice) return '';
  const id = `${o.prefix}-advice`;
  const out = [`<section class="advice-section" aria-labelledby="${id}">`, heading(o.level, 'What the professionals advised, and what the plan says', `id="${id}"`)];
  if (report.advice.length === 0) {
    out.push('<p>We did not find any recommendations in the advice given with the plan.</p>', '</section>');
    return out.join('\n');
  }
  const sources = [...new Set(report.advice.map((a) => a.source))];
  const counts = GROUPS.map((g) => [g, report.advice!.filter((a) => a.verdict === g.verdict).length] as const).filter(([, n]) => n > 0);
  out.push(
    `<p>We found ${report.advice.length} recommendation${report.advice.length === 1 ? '' : 's'} in ${escapeHtml(sources.join(', '))}, and looked for each one in the plan's provision. ${escapeHtml(counts.map(([g, n]) => `${n} ${COUNT_WORDS[g.verdict]}`).join(', '))}.</p>`,
    '<p>The plan should be as specific as the advice it was written from, and help that educates or trains belongs in Section F. These are our reading of the words, not a professional\'s view: check them against the reports.</p>',
  );
  for (const [g] of counts) {
    const items = report.advice.filter((a) => a.verdict === g.verdict).map((a) => {
      const f = findingFor(report, a);
      const inLetter = f && f.severity !== 'info';
      return [
        '<li class="advice-point">',
        `<p><strong>${escapeHtml(a.source)} advised:</strong></p><blockquote class="quote">${escapeHtml(flat(a.text, 600))}</blockquote>`,
        a.provision ? `<p><strong>The plan says</strong> (Section ${escapeHtml(a.provision.section)}):</p><blockquote class="quote">${escapeHtml(flat(a.provision.text, 600))}</blockquote>` : '<p><strong>The plan says</strong> nothing that matches it.</p>',
        a.verdict !== 'carried' && a.detail ? `<p>${escapeHtml(a.detail)}</p>` : '',
        g.ask ? `<p><strong>What to ask for:</strong> ${escapeHtml(f?.suggestion ?? g.ask)}${inLetter ? ' This point is in the letter of points to raise.' : ''}</p>` : '',
        '</li>',
      ].filter(Boolean).join('');
    });
    out.push(heading(o.level + 1, g.title(items.length)), `<ul class="advice-list">\n${items.join('\n')}\n</ul>`);
  }
  out.push('</section>');
  return out.join('\n');
}

/** The advice section and the deadlines for the HTML report ('' when there are none). */
export function adviceHtml(report: Report, o: { prefix: string; level: number }): string {
  const parts: string[] = [];
  const section = adviceSectionHtml(report, o);
  if (section) parts.push(section);
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
