// The report's points: the findings as a reader meets them (issue 14). The findings on one
// statement speak with one voice (what it names, what it lacks), with at most two annotations per
// statement; a rule that fires outside any statement (placeholders, a plan-level check) is one
// point however often it fires. The JSON report's findings stay as the contract fixes them: this is
// presentation only, worded from the rubric's `annotation` and each rule's `lacks`.
import { perObject } from '../vocabulary.ts';
import type { Finding, Report, SectionKey, Severity } from '../report-schema.ts';
import { loadRubric, type Rubric } from '../rubric.ts';
import { hasSpan } from './spans.ts';
import { labelsOf, listWords, SEVERITY_ORDER } from './labels.ts';

export interface Span { start: number; end: number }

export interface Point {
  /** The number the reader sees ("Point 3"); whole-plan points first, then reading order. */
  n: number;
  /** The findings this point speaks for, in the report's order. */
  findings: Finding[];
  severity: Severity;
  section: SectionKey | null;
  /** The stretches of the plan text it highlights (none for a whole-plan point). */
  spans: Span[];
  /** The plan's words the point is about (the statement, or the first place it was found). */
  quote: string;
  message: string;
  suggestion: string;
  /** Each legal or guidance reference once. */
  references: string[];
  /** Rubric weight (sum over its findings) and whether it rests on an Act or Regulations. */
  weight: number;
  legal: boolean;
  /** Rule ids, each once, for people who want them. */
  ruleIds: string[];
  /** A statement's annotation, or one rule wherever it was found. */
  kind: 'statement' | 'rule';
}

type Statement = { start: number; end: number; text: string; kind: 'provision' | 'outcome'; elements: Record<string, boolean> };

function statements(report: Report): Statement[] {
  return [
    ...report.provisions.map((p) => ({ start: p.start, end: p.end, text: p.text, kind: 'provision' as const, elements: { ...p.elements } as Record<string, boolean> })),
    ...report.outcomes.map((o) => ({ start: o.start, end: o.end, text: o.text, kind: 'outcome' as const, elements: { measurable: o.measurable, timeBound: o.timeBound } as Record<string, boolean> })),
  ].filter((s) => s.end > s.start);
}

/** The smallest statement that holds the finding's start. */
function statementOf(all: Statement[], f: Finding): Statement | undefined {
  let best: Statement | undefined;
  for (const s of all) {
    if (f.start >= s.start && f.start < s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}

/** A reference to an Act or Regulations with its year (the rubric's `labels.statutes`), which rests on law, not guidance alone. */
const statute = perObject((labels: Rubric['labels']): RegExp => (labels.statutes.length ? new RegExp(String.raw`\b(?:${labels.statutes.join('|')})\s+\d{4}\b`) : /(?!)/));

/** Each reference once, split at the rubric's "; ". */
function uniqueReferences(findings: Finding[]): string[] {
  return [...new Set(findings.flatMap((f) => f.reference.split(/;\s*/)).map((r) => r.trim()).filter(Boolean))];
}

function worst(findings: Finding[]): Severity {
  return findings.reduce<Severity>((w, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w), 'info');
}

const quoted = (s: string) => `“${s}”`;
/** "a, b or c" */
const orList = (words: string[], rubric: Rubric) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${labelsOf(rubric).or} ${words[words.length - 1]}`);
const fill = (t: string, vars: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);

function basePoint(rubric: Rubric, findings: Finding[], spans: Span[], quote: string, message: string, suggestion: string): Omit<Point, 'n'> {
  const byWeight = [...findings].sort((a, b) => (rubric.rules[b.ruleId]?.weight ?? 0) - (rubric.rules[a.ruleId]?.weight ?? 0));
  const references = uniqueReferences(byWeight);
  return {
    findings,
    severity: worst(findings),
    section: findings[0].section,
    spans,
    quote,
    message,
    suggestion,
    references,
    weight: findings.reduce((s, f) => s + (rubric.rules[f.ruleId]?.weight ?? 0), 0),
    legal: references.some((r) => statute(labelsOf(rubric)).test(r)),
    ruleIds: [...new Set(findings.map((f) => f.ruleId))],
    kind: 'statement',
  };
}

/** The one voice of a statement: what it names and what it lacks, and the vague words in it. */
function statementVoice(rubric: Rubric, s: Statement, findings: Finding[]): string {
  const words = (rubric.annotation ?? loadRubric().annotation)!;
  const lacking = findings.map((f) => rubric.rules[f.ruleId]?.lacks).filter((l): l is NonNullable<typeof l> => l !== undefined);
  const lackElements = new Set(lacking.map((l) => l.element).filter(Boolean));
  const lacks = [...new Set(lacking.map((l) => l.words))];
  // Only the elements a statement must have are worth naming; training and group size are extras.
  const main = s.kind === 'provision' ? ['activity', 'provider', 'frequency', 'duration'] : ['measurable', 'timeBound'];
  const named = main.filter((k) => s.elements[k] && !lackElements.has(k)).map((k) => words.elements[k] ?? k);
  const parts: string[] = [];
  if (lacks.length) parts.push(fill(named.length ? words.saysBut : words.saysNothing, { named: listWords(named, rubric), lacks: orList(lacks, rubric) }));
  const vague = [...new Set(findings.filter((f) => f.ruleId === 'provision.vague-term').map((f) => f.quote.trim().toLowerCase()))];
  if (vague.length) parts.push(fill(words.vague, { terms: orList(vague.map(quoted), rubric) }));
  // A rule with no `lacks` (an outcome that is a service, say) speaks for itself.
  const others = [...new Set(findings.filter((f) => !rubric.rules[f.ruleId]?.lacks && f.ruleId !== 'provision.vague-term').map((f) => f.message))];
  return [...parts, ...others].join(' ');
}

/** The suggestion of the weightiest finding that has one. */
function bestSuggestion(rubric: Rubric, findings: Finding[]): string {
  const withOne = findings.filter((f) => f.suggestion);
  withOne.sort((a, b) => (rubric.rules[b.ruleId]?.weight ?? 0) - (rubric.rules[a.ruleId]?.weight ?? 0) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return withOne[0]?.suggestion ?? '';
}

/**
 * Statements with the same words in the same section, said the same thing about (a table's
 * "Class teacher" cell on every row, say), are one point highlighted in each place: a reader is
 * told a thing once, however many times a plan repeats it.
 */
function merged(rubric: Rubric, points: Omit<Point, 'n'>[], order: Map<Finding, number>): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p.kind !== 'statement') continue;
    const key = `${p.section}|${p.quote}|${p.message}`;
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, i);
      continue;
    }
    const into = points[at];
    const findings = [...into.findings, ...p.findings].sort((a, b) => order.get(a)! - order.get(b)!);
    // Said once, it weighs what one of them weighs, as a rule found in many places does.
    points[at] = { ...basePoint(rubric, findings, [...into.spans, ...p.spans], into.quote, into.message, bestSuggestion(rubric, findings)), weight: Math.max(into.weight, p.weight) };
    points.splice(i--, 1);
  }
}

// A page asks for the points several times (summary, key points, sections): work them out once.
const cache = new WeakMap<Report, WeakMap<Rubric, Point[]>>();

/** The report's points, numbered: whole-plan ones first, then in reading order. */
export function reportPoints(report: Report, rubric: Rubric = loadRubric()): Point[] {
  const hit = cache.get(report)?.get(rubric);
  if (hit) return hit;
  const all = statements(report);
  const byStatement = new Map<Statement, Finding[]>();
  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const s = hasSpan(report, f) ? statementOf(all, f) : undefined;
    if (s) byStatement.set(s, [...(byStatement.get(s) ?? []), f]);
    else {
      const key = `${f.ruleId}|${hasSpan(report, f) ? 'at' : 'whole'}`;
      byRule.set(key, [...(byRule.get(key) ?? []), f]);
    }
  }
  const points: Omit<Point, 'n'>[] = [];
  for (const [s, fs] of byStatement) {
    // At most two annotations: what the statement lacks (the rules with `lacks`, and vague words),
    // and everything else said about it.
    const own = fs.filter((f) => rubric.rules[f.ruleId]?.lacks || f.ruleId === 'provision.vague-term');
    const rest = fs.filter((f) => !own.includes(f));
    const span = [{ start: s.start, end: s.end }];
    if (own.length) points.push(basePoint(rubric, own, span, s.text, statementVoice(rubric, s, own), bestSuggestion(rubric, own)));
    if (rest.length) {
      // A plan check's plain words for the family, where the rubric gives them.
      const messages = [...new Set(rest.map((f) => rubric.rules[f.ruleId]?.plain ?? f.message))];
      points.push(basePoint(rubric, rest, own.length ? [] : span, s.text, messages.join(' '), bestSuggestion(rubric, rest)));
    }
  }
  for (const fs of byRule.values()) {
    const entry = rubric.rules[fs[0].ruleId];
    const messages = [...new Set(fs.map((f) => f.message))];
    // One message for them all: the rule's own words when the findings say different things.
    const message = entry?.plain ?? (messages.length === 1 ? messages[0] : entry?.name ? fill(labelsOf(rubric).inPlaces, { name: entry.name, n: String(fs.length) }) : messages[0]);
    const spans = fs.filter((f) => hasSpan(report, f)).map((f) => ({ start: f.start, end: f.end }));
    // One rule found in many places weighs what it weighs once.
    points.push({ ...basePoint(rubric, fs, spans, fs[0].quote, message, bestSuggestion(rubric, fs)), weight: entry?.weight ?? 0, kind: 'rule' });
  }
  merged(rubric, points, new Map(report.findings.map((f, i) => [f, i])));
  const first = (p: Omit<Point, 'n'>) => Math.min(...p.findings.map((f) => (hasSpan(report, f) ? f.start : -1)));
  // A statement's second annotation (no highlight of its own) follows its first.
  const order = points.map((p, i) => ({ p, i, at: p.spans.length ? Math.min(...p.spans.map((s) => s.start)) : first(p) }));
  order.sort((a, b) => a.at - b.at || SEVERITY_ORDER[a.p.severity] - SEVERITY_ORDER[b.p.severity] || a.i - b.i);
  const out = order.map(({ p }, i) => ({ ...p, n: i + 1 }));
  if (!cache.has(report)) cache.set(report, new WeakMap());
  cache.get(report)!.set(rubric, out);
  return out;
}

/**
 * The points that matter most, for the top of the report, most important first: by severity, then
 * legal force (an Act or Regulations, not guidance alone), then rubric weight; up to five.
 */
export function keyPoints(points: Point[], most = 5): Point[] {
  return points
    .filter((p) => p.severity !== 'info')
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || Number(b.legal) - Number(a.legal) || b.weight - a.weight || a.n - b.n)
    .slice(0, most);
}

/** Finding -> the point that speaks for it. */
export function pointOf(report: Report, rubric?: Rubric): Map<Finding, Point> {
  const m = new Map<Finding, Point>();
  for (const p of reportPoints(report, rubric)) for (const f of p.findings) m.set(f, p);
  return m;
}
