// The terminal format, linter-style (like ESLint's "stylish"), one block per file. By default it
// reads like the report: the points that matter most first, then the plan section by section, one
// annotation per statement (format/points.ts), each at its `page line:column`. `findings: true`
// (the CLI's --findings) lists every finding instead, one line each; --format json has them all too.
import type { Rubric } from '../rubric.ts';
import type { FailedReport, Finding, Report, SectionKey, Severity } from '../report-schema.ts';
import { SECTION_KEYS } from '../report-schema.ts';
import {
  checkText, countBySeverity, counted, labelsOf, outcomeCounts, provisionCounts, sectionLabel, sortFindings, trueChecks,
} from './labels.ts';
import { CONTROL_CHARS } from './html-kit.ts';
import { fill } from '../findings.ts';
import { hasSpan, positionLocator } from './spans.ts';
import { keyPoints, reportPoints, type Point } from './points.ts';
import { adviceTextLines } from '../advice/format.ts';

export interface TextOptions {
  /** The rubric the report was made with, for the words of its points and plan checks (default: the default rubric). */
  rubric?: Rubric;
  /** ANSI colours; the CLI turns them on only for a TTY without NO_COLOR. */
  color?: boolean;
  /** Where each page starts in report.text, so lines count from the top of their page. */
  pageStarts?: readonly number[];
  /** Longest quote shown before it is shortened. */
  maxQuote?: number;
  /** Every finding, one line each, instead of the report's points. */
  findings?: boolean;
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
  return s.replace(CONTROL_CHARS, '\ufffd');
}

/** One line of quoted plan text: tabs (table cells) and line breaks shown, long quotes shortened. */
function oneLine(s: string, max: number): string {
  const flat = inert(s.replace(/\t/g, ' | ').replace(/\n/g, ' / '));
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

type Locate = (offset: number) => { line: number; column: number };

/** "line:column" as editors and ESLint print it, after "p3 " when the plan has pages (lines then count from the top of the page). */
function locationOf(report: Report, f: Finding, at: Locate | null, rubric?: Rubric): string {
  if (!hasSpan(report, f)) return labelsOf(rubric).text.atPlan;
  const page = f.page !== null ? `p${f.page} ` : '';
  if (!at) return f.page !== null ? `p${f.page}` : '-';
  const { line, column } = at(f.start);
  return `${page}${line}:${column}`;
}

function sectionOrder(k: SectionKey | null): number {
  return k === null ? -1 : SECTION_KEYS.indexOf(k);
}

function groupBySection(findings: Finding[]): [SectionKey | null, Finding[]][] {
  const groups = new Map<SectionKey | null, Finding[]>();
  for (const f of sortFindings(findings)) {
    const list = groups.get(f.section) ?? [];
    list.push(f);
    groups.set(f.section, list);
  }
  // Whole-plan findings first (they are usually the biggest), then sections in A-K order.
  return [...groups.entries()].sort((a, b) => sectionOrder(a[0]) - sectionOrder(b[0]));
}

/** The listing of every finding, one line each (--findings). */
function findingLines(report: Report, p: Palette, at: Locate | null, maxQuote: number, rubric?: Rubric): string[] {
  const out: string[] = [];
  const locWidth = Math.max(4, ...report.findings.map((f) => locationOf(report, f, at, rubric).length));
  for (const [section, findings] of groupBySection(report.findings)) {
    out.push(`  ${p.bold(sectionLabel(section, rubric))}`);
    for (const f of findings) {
      const loc = locationOf(report, f, at, rubric).padEnd(locWidth);
      const sev = p.severity[f.severity](f.severity.padEnd(7));
      out.push(`    ${p.dim(loc)}  ${sev}  ${inert(f.message)}  ${p.dim(f.ruleId)}`);
      const indent = ' '.repeat(4 + locWidth + 2);
      if (f.quote) out.push(`${indent}“${oneLine(f.quote, maxQuote)}”`);
      if (f.suggestion) out.push(`${indent}${p.good('→')} ${inert(f.suggestion)}`);
      if (f.reference) out.push(`${indent}${p.dim(fill(labelsOf(rubric).text.law, { reference: f.reference }))}`);
    }
  }
  return out;
}

/** Where a point is: its first located finding (the statement's, or a rule's first place); "plan" for a whole-plan point. */
function pointFindings(report: Report, pt: Point): Finding[] {
  return [...pt.findings].filter((f) => hasSpan(report, f)).sort((a, b) => a.start - b.start);
}

/** How many of a rule's other places are listed before "and n more". */
const PLACES_SHOWN = 8;

/** The report's points: the ones that matter most, then section by section, one annotation per statement. */
function pointLines(report: Report, p: Palette, at: Locate | null, maxQuote: number, rubric?: Rubric): string[] {
  const labels = labelsOf(rubric);
  const t = labels.text;
  const points = reportPoints(report, rubric);
  const key = keyPoints(points);
  const keyNs = new Set(key.map((k) => k.n));
  const loc = (pt: Point) => {
    const first = pointFindings(report, pt)[0];
    return first ? locationOf(report, first, at, rubric) : t.atPlan;
  };
  const locWidth = Math.max(4, ...points.map((pt) => loc(pt).length));
  const numWidth = String(points.length).length + 1;
  const head = (pt: Point) => `    ${p.dim(loc(pt).padEnd(locWidth))}  ${p.severity[pt.severity](pt.severity.padEnd(7))}  ${`#${pt.n}`.padEnd(numWidth)}`;
  const indent = ' '.repeat(4 + locWidth + 2 + 7 + 2 + numWidth + 1);
  const full = (pt: Point, where: boolean): string[] => {
    const lines = [`${head(pt)} ${where && pt.section !== null ? `${sectionLabel(pt.section, rubric).replace(/:.*$/, '')}: ` : ''}${inert(pt.message)}  ${p.dim(pt.ruleIds.join(', '))}`];
    if (pt.quote) lines.push(`${indent}“${oneLine(pt.quote, maxQuote)}”`);
    if (pt.suggestion) lines.push(`${indent}${p.good('→')} ${inert(pt.suggestion)}`);
    if (pt.references.length) lines.push(`${indent}${p.dim(fill(t.law, { reference: pt.references.join('; ') }))}`);
    // A rule's other places, or the other places a repeated statement is said the same of.
    const others = pt.kind === 'rule' ? pointFindings(report, pt).slice(1) : pt.spans.slice(1).map((s) => pointFindings(report, pt).find((f) => f.start >= s.start && f.start < s.end)).filter((f): f is Finding => f !== undefined);
    if (others.length) {
      const shown = others.slice(0, PLACES_SHOWN).map((f) => locationOf(report, f, at, rubric));
      lines.push(`${indent}${p.dim(fill(t.alsoAt, { places: shown.join(', '), more: others.length > shown.length ? fill(t.morePlaces, { n: String(others.length - shown.length) }) : '' }))}`);
    }
    return lines;
  };
  const out: string[] = [];
  if (key.length) {
    out.push(`  ${p.bold(labels.keyPoints)}`);
    for (const pt of key) out.push(...full(pt, true));
  }
  const sections = [...new Set(points.map((pt) => pt.section))].sort((a, b) => sectionOrder(a) - sectionOrder(b));
  for (const section of sections) {
    out.push(`  ${p.bold(sectionLabel(section, rubric))}`);
    for (const pt of points.filter((x) => x.section === section)) {
      // A point already given in full above is only pointed to, in its place.
      out.push(...(keyNs.has(pt.n) ? [`${head(pt)} ${p.dim(t.above)}`] : full(pt, false)));
    }
  }
  return out;
}

export function renderTextReport(report: Report, opts: TextOptions = {}): string {
  const p = palette(opts.color ?? false);
  const maxQuote = opts.maxQuote ?? 160;
  const at = report.text !== undefined ? positionLocator(report.text, opts.pageStarts) : null;
  const out: string[] = [p.underline(inert(report.document.name))];
  const labels = labelsOf(opts.rubric);
  const t = labels.text;
  const n = (x: number) => String(x);

  out.push(...(opts.findings ? findingLines(report, p, at, maxQuote, opts.rubric) : pointLines(report, p, at, maxQuote, opts.rubric)));
  if (report.findings.length === 0) out.push(`  ${p.good(t.noProblems)}`);

  out.push('');
  const found = report.sections.map((s) => s.key);
  out.push(`  ${fill(t.sections, { found: found.length ? found.join(' ') : t.none, missing: report.missingSections.length ? report.missingSections.join(' ') : t.none })}`);
  const scored = report.sections.filter((s) => s.score !== null);
  if (scored.length) {
    out.push(`  ${fill(t.sectionScores, { scores: scored.map((s) => `${s.key} ${Math.round(s.score as number)}${s.band ? ` (${s.band})` : ''}`).join(', ') })}`);
  }
  const pc = provisionCounts(report);
  out.push(`  ${fill(t.provision, { specific: n(pc.specific), notSpecific: n(pc.total - pc.specific), total: n(pc.total) })}`);
  const oc = outcomeCounts(report);
  out.push(`  ${fill(t.outcomes, { smart: n(oc.smart), notSmart: n(oc.total - oc.smart), total: n(oc.total) })}`);
  const checks = trueChecks(report);
  if (checks.length === 0) out.push(`  ${t.checks} ${p.good(t.checksNone)}`);
  else {
    out.push(`  ${t.checksPresent}`);
    for (const k of checks) out.push(`    ${p.severity.error('✖')} ${checkText(k, opts.rubric).title}  ${p.dim(k)}`);
  }
  out.push(`  ${fill(t.plan, { status: report.plan.status, year: report.plan.yearGroup !== null ? `, ${fill(labels.year, { year: n(report.plan.yearGroup) })}` : '' })}`);
  out.push(...adviceTextLines(report));
  out.push(`  ${p.bold(fill(t.score, { score: n(Math.round(report.score.overall)), band: report.score.band }))}  ${p.dim(fill(t.rubric, { id: report.rubric.id, version: report.rubric.version }))}`);
  return out.join('\n');
}

export function renderTextFailure(item: FailedReport, opts: TextOptions = {}): string {
  const p = palette(opts.color ?? false);
  return [p.underline(inert(item.document.name)), `  ${p.severity.error('error')}  ${fill(labelsOf(opts.rubric).text.unread, { message: inert(item.error.message) })}  ${p.dim(item.error.code)}`].join('\n');
}

/** The whole listing for a run: every file in order, then a one-line total. */
export function renderText(items: BatchItem[], opts: TextOptions & { pageStartsByIndex?: (readonly number[] | undefined)[] } = {}): string {
  const p = palette(opts.color ?? false);
  const blocks = items.map((item, i) =>
    isFailed(item) ? renderTextFailure(item, opts) : renderTextReport(item, { ...opts, pageStarts: opts.pageStartsByIndex?.[i] ?? opts.pageStarts }));
  const reports = items.filter((i): i is Report => !isFailed(i));
  const findings = reports.flatMap((r) => r.findings);
  // The points the listing shows (or every finding with --findings), by severity.
  const counts = countBySeverity(opts.findings ? findings : reports.flatMap((r) => reportPoints(r, opts.rubric)));
  const failed = items.length - reports.length;
  const total = counts.error + counts.warning + counts.info;
  const r = opts.rubric;
  const t = labelsOf(r).text;
  const files = counted(items.length, 'file', r);
  const what = opts.findings ? counted(total, 'problem', r) : fill(t.pointsFrom, { points: counted(total, 'point', r), findings: counted(findings.length, 'finding', r) });
  const summary = total === 0 && failed === 0
    ? p.good(fill(t.allClear, { files }))
    : p.bold((counts.error > 0 || failed > 0 ? p.severity.error : p.severity.warning)(
      fill(t.total, { what, errors: counted(counts.error, 'error', r), warnings: counted(counts.warning, 'warning', r), info: String(counts.info), files, unread: failed ? fill(t.someUnread, { n: String(failed) }) : '' }),
    ));
  return `${blocks.join('\n\n')}\n\n${summary}\n`;
}
