// Plain-English words shared by every output format (terminal, web page, letter).
import type { CheckKey, Elements, Finding, Report, SectionKey, Severity } from '../report-schema.ts';
import { CHECK_KEYS } from '../report-schema.ts';
import { loadRubric, sectionName, type Rubric } from '../rubric.ts';
import { RULES } from '../rules/registry.ts';

/** "Section F: Special educational provision", in the rubric's short names (the default's when none is given). */
export function sectionLabel(key: SectionKey | null, rubric?: Rubric): string {
  return key === null ? 'The whole plan' : `Section ${key}: ${sectionName(key, rubric)}`;
}

/** Short words for a badge; the long form says what to do about it. */
export const SEVERITY_SHORT: Record<Severity, string> = { error: 'Must fix', warning: 'Check', info: 'Note' };
export const SEVERITY_LONG: Record<Severity, string> = {
  error: 'Must be put right: the plan falls short of the law here',
  warning: 'Worth checking: this may weaken the plan',
  info: 'Good to know',
};
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
  const id = RULES.find((r) => r.meta.check === key)!.meta.id;
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

export const ELEMENT_NAMES: Record<keyof Elements, string> = {
  activity: 'what will be done',
  provider: 'who will do it',
  qualification: 'their training or expertise',
  frequency: 'how often',
  duration: 'for how long',
  groupSize: 'one-to-one or group size',
};

/** The elements a specific statement needs (qualification and group size are recommended, not required). */
export const REQUIRED_ELEMENTS: (keyof Elements)[] = ['activity', 'provider', 'frequency', 'duration'];

export function missingElements(elements: Elements): (keyof Elements)[] {
  return REQUIRED_ELEMENTS.filter((k) => !elements[k]);
}

export function namedElements(elements: Elements): (keyof Elements)[] {
  return (Object.keys(ELEMENT_NAMES) as (keyof Elements)[]).filter((k) => elements[k]);
}

/** "a, b and c" */
export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
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
export function scoreSentence(report: Report): string {
  return `This plan scores ${Math.round(report.score.overall)} out of 100, which the checklist calls "${report.score.band}".`;
}

export function provisionCounts(report: Report): { specific: number; total: number } {
  return { specific: report.provisions.filter((p) => p.specific).length, total: report.provisions.length };
}

export function outcomeCounts(report: Report): { smart: number; total: number } {
  return { smart: report.outcomes.filter((o) => o.smart).length, total: report.outcomes.length };
}
