// What every output format (terminal, web page, letter) shares: the rubric's own labels
// (`labels`), counted and listed, and the report's figures.
import type { CheckKey, Elements, Finding, Report, SectionKey, Severity } from '../report-schema.ts';
import { CHECK_KEYS, ELEMENT_KEYS } from '../report-schema.ts';
import { fill } from '../findings.ts';
import { loadRubric, sectionName, type COUNTED, type Rubric } from '../rubric.ts';
import { allRules } from '../rules/registry.ts';

/** "Section F: Special educational provision", in the rubric's short names (the default's when none is given). */
export function sectionLabel(key: SectionKey | null, rubric?: Rubric): string {
  const r = rubric ?? loadRubric();
  return key === null ? r.labels.wholePlan : fill(r.labels.section, { key, name: sectionName(key, r) });
}

/** The rubric's labels (the default's when none is given). */
export function labelsOf(rubric?: Rubric): Rubric['labels'] {
  return (rubric ?? loadRubric()).labels;
}

/** Each severity's short words for a badge (`short`), and what to do about it (`long`). */
export function severityWords(rubric?: Rubric): Rubric['labels']['severity'] {
  return labelsOf(rubric).severity;
}

/** "3 points", "1 point": the rubric's wording of how many. */
export function counted(n: number, what: (typeof COUNTED)[number], rubric?: Rubric): string {
  const c = labelsOf(rubric).counts[what];
  return fill(n === 1 ? c.one : c.many, { n: String(n) });
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface CheckText {
  /** A few words, for a list. */
  title: string;
  /** What the problem is, in plain English, when the check is true. */
  problem: string;
  /** What to ask for instead. */
  ask: string;
  reference: string;
}

/** A plan check in plain words, from the rubric entry of the rule that reports it. */
export function checkText(key: CheckKey, rubric: Rubric = loadRubric()): CheckText {
  const id = allRules().find((r) => r.meta.check === key)!.meta.id;
  const e = rubric.rules[id];
  return { title: e.name ?? id, problem: e.plain ?? e.message, ask: e.ask ?? e.suggestion, reference: e.reference };
}

export function trueChecks(report: Report): CheckKey[] {
  return CHECK_KEYS.filter((k) => report.checks[k]);
}

/** The law a missing section breaks: the rubric's reference for section.missing. */
export function missingSectionReference(rubric: Rubric = loadRubric()): string {
  return rubric.rules['section.missing'].reference;
}

/** The elements a specific statement needs (qualification and group size are recommended, not required). */
export const REQUIRED_ELEMENTS: (keyof Elements)[] = ['activity', 'provider', 'frequency', 'duration'];

export function missingElements(elements: Elements): (keyof Elements)[] {
  return REQUIRED_ELEMENTS.filter((k) => !elements[k]);
}


export function namedElements(elements: Elements): (keyof Elements)[] {
  return ELEMENT_KEYS.filter((k) => elements[k]);
}

/** "a, b and c", with the rubric's "and". */
export function listWords(words: string[], rubric?: Rubric): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${labelsOf(rubric).and} ${words[words.length - 1]}`;
}

export function countBySeverity(findings: { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Findings in reading order, most serious first where two start at the same place. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.end - a.end);
}

/** One line about the score for the summary. */
export function scoreSentence(report: Report, rubric?: Rubric): string {
  return fill(labelsOf(rubric).scoreSentence, { score: String(Math.round(report.score.overall)), band: report.score.band });
}

export function provisionCounts(report: Report): { specific: number; total: number } {
  return { specific: report.provisions.filter((p) => p.specific).length, total: report.provisions.length };
}

export function outcomeCounts(report: Report): { smart: number; total: number } {
  return { smart: report.outcomes.filter((o) => o.smart).length, total: report.outcomes.length };
}
