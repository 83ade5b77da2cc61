// The terminal format: a linter-style listing (like ESLint's "stylish"), one block per file.
import type { Rubric } from '../rubric.ts';
import type { FailedReport, Finding, Report, SectionKey, Severity } from '../report-schema.ts';
import { SECTION_KEYS } from '../report-schema.ts';
import {
  checkText, countBySeverity, outcomeCounts, plural, provisionCounts, sectionLabel, sortFindings, trueChecks,
} from './labels.ts';
import { hasSpan, lineLocator } from './spans.ts';

export interface TextOptions {
  /** The rubric the report was made with, for the words of its plan checks (default: the default rubric). */
  rubric?: Rubric;
  /** ANSI colours; the CLI turns them on only for a TTY without NO_COLOR. */
  color?: boolean;
  /** Where each page starts in report.text, so lines count from the top of their page. */
  pageStarts?: readonly number[];
  /** Longest quote shown before it is shortened. */
  maxQuote?: number;
}

export type BatchItem = Report | FailedReport;

export function isFailed(item: BatchItem): item is FailedReport {
  return 'error' in item;
}

type Paint = (s: string) => string;
interface Palette { bold: Paint; dim: Paint; underline: Paint; severity: Record<Severity, Paint>; good: Paint }

function palette(color: boolean): Palette {
  const wrap = (open: number, close: number): Paint => (color ? (s) => `\x1b[${open}m${s}\x1b[${close}m` : (s) => s);
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    underline: wrap(4, 24),
    severity: { error: wrap(31, 39), warning: wrap(33, 39), info: wrap(36, 39) },
    good: wrap(32, 39),
  };
}

/** Plan text and file names may hold control characters (ESC, CR, BEL) that would drive the terminal. */
function inert(s: string): string {
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '\ufffd');
}

/** One line of quoted plan text: tabs (table cells) and line breaks shown, long quotes shortened. */
function oneLine(s: string, max: number): string {
  const flat = inert(s.replace(/\t/g, ' | ').replace(/\n/g, ' / '));
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function locationOf(report: Report, f: Finding, line: ((offset: number) => number) | null): string {
  if (!hasSpan(report, f)) return 'plan';
  const ln = line ? String(line(f.start)) : '-';
  return `${f.page ?? '-'}:${ln}`;
}

function groupBySection(findings: Finding[]): [SectionKey | null, Finding[]][] {
  const groups = new Map<SectionKey | null, Finding[]>();
  for (const f of sortFindings(findings)) {
    const list = groups.get(f.section) ?? [];
    list.push(f);
    groups.set(f.section, list);
  }
  // Whole-plan findings first (they are usually the biggest), then sections in A-K order.
  const order = (k: SectionKey | null) => (k === null ? -1 : SECTION_KEYS.indexOf(k));
  return [...groups.entries()].sort((a, b) => order(a[0]) - order(b[0]));
}

export function renderTextReport(report: Report, opts: TextOptions = {}): string {
  const p = palette(opts.color ?? false);
  const maxQuote = opts.maxQuote ?? 160;
  const line = report.text !== undefined ? lineLocator(report.text, opts.pageStarts) : null;
  const out: string[] = [p.underline(inert(report.document.name))];

  const groups = groupBySection(report.findings);
  const locations = report.findings.map((f) => locationOf(report, f, line));
  const locWidth = Math.max(4, ...locations.map((l) => l.length));
  for (const [section, findings] of groups) {
    out.push(`  ${p.bold(sectionLabel(section))}`);
    for (const f of findings) {
      const loc = locationOf(report, f, line).padEnd(locWidth);
      const sev = p.severity[f.severity](f.severity.padEnd(7));
      out.push(`    ${p.dim(loc)}  ${sev}  ${inert(f.message)}  ${p.dim(f.ruleId)}`);
      const indent = ' '.repeat(4 + locWidth + 2);
      if (f.quote) out.push(`${indent}“${oneLine(f.quote, maxQuote)}”`);
      if (f.suggestion) out.push(`${indent}${p.good('→')} ${inert(f.suggestion)}`);
      if (f.reference) out.push(`${indent}${p.dim(`Law: ${f.reference}`)}`);
    }
  }
  if (report.findings.length === 0) out.push(`  ${p.good('No problems found.')}`);

  out.push('');
  const found = report.sections.map((s) => s.key);
  out.push(`  Sections: found ${found.length ? found.join(' ') : 'none'}; missing ${report.missingSections.length ? report.missingSections.join(' ') : 'none'}`);
  const scored = report.sections.filter((s) => s.score !== null);
  if (scored.length) {
    out.push(`  Section scores: ${scored.map((s) => `${s.key} ${Math.round(s.score as number)}${s.band ? ` (${s.band})` : ''}`).join(', ')}`);
  }
  const pc = provisionCounts(report);
  out.push(`  Provision: ${pc.specific} specific, ${pc.total - pc.specific} not specific (of ${pc.total})`);
  const oc = outcomeCounts(report);
  out.push(`  Outcomes: ${oc.smart} SMART, ${oc.total - oc.smart} not SMART (of ${oc.total})`);
  const checks = trueChecks(report);
  if (checks.length === 0) out.push(`  Plan checks: ${p.good('none of the plan-level problems found')}`);
  else {
    out.push(`  Plan checks (problems present):`);
    for (const k of checks) out.push(`    ${p.severity.error('✖')} ${checkText(k, opts.rubric).title}  ${p.dim(k)}`);
  }
  out.push(`  Plan: ${report.plan.status}${report.plan.yearGroup !== null ? `, Year ${report.plan.yearGroup}` : ''}`);
  out.push(`  ${p.bold(`Score: ${Math.round(report.score.overall)}/100 (${report.score.band})`)}  ${p.dim(`rubric ${report.rubric.id} ${report.rubric.version}`)}`);
  return out.join('\n');
}

export function renderTextFailure(item: FailedReport, opts: TextOptions = {}): string {
  const p = palette(opts.color ?? false);
  return [p.underline(inert(item.document.name)), `  ${p.severity.error('error')}  Could not be read: ${inert(item.error.message)}  ${p.dim(item.error.code)}`].join('\n');
}

/** The whole listing for a run: every file in order, then a one-line total. */
export function renderText(items: BatchItem[], opts: TextOptions & { pageStartsByIndex?: (readonly number[] | undefined)[] } = {}): string {
  const p = palette(opts.color ?? false);
  const blocks = items.map((item, i) =>
    isFailed(item) ? renderTextFailure(item, opts) : renderTextReport(item, { ...opts, pageStarts: opts.pageStartsByIndex?.[i] ?? opts.pageStarts }));
  const reports = items.filter((i): i is Report => !isFailed(i));
  const counts = countBySeverity(reports.flatMap((r) => r.findings));
  const failed = items.length - reports.length;
  const total = counts.error + counts.warning + counts.info;
  const files = plural(items.length, 'file');
  const summary = total === 0 && failed === 0
    ? p.good(`✔ No problems found in ${files}`)
    : p.bold((counts.error > 0 || failed > 0 ? p.severity.error : p.severity.warning)(
      `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info) in ${files}${failed ? `; ${failed} could not be read` : ''}`,
    ));
  return `${blocks.join('\n\n')}\n\n${summary}\n`;
}
