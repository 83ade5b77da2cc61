// Plain-English words shared by every output format (terminal, web page, letter).
import type { CheckKey, Elements, Finding, Report, SectionKey, Severity } from '../report-schema.ts';
import { CHECK_KEYS } from '../report-schema.ts';

export const SECTION_NAMES: Record<SectionKey, string> = {
  A: 'Views, interests and aspirations',
  B: 'Special educational needs',
  C: 'Health needs',
  D: 'Social care needs',
  E: 'Outcomes',
  F: 'Special educational provision',
  G: 'Health provision',
  H1: 'Social care provision (Chronically Sick and Disabled Persons Act 1970)',
  H2: 'Other social care provision',
  I: 'School or other institution',
  J: 'Personal budget',
  K: 'Advice and information',
};

export function sectionLabel(key: SectionKey | null): string {
  return key === null ? 'The whole plan' : `Section ${key}: ${SECTION_NAMES[key]}`;
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

export const CHECK_TEXT: Record<CheckKey, CheckText> = {
  healthNeedsWithoutProvision: {
    title: 'Health needs in C, no health provision in G',
    problem: 'Section C describes health needs, but Section G sets out no health provision to meet them.',
    ask: 'Please set out in Section G the health provision reasonably required to meet each health need in Section C.',
    reference: 'SEND Regulations 2014, reg 12(1)(g); SEND Code of Practice 2015, paras 9.71-9.72',
  },
  socialCareNeedsWithoutProvision: {
    title: 'Social care needs in D, no social care provision in H1/H2',
    problem: 'Section D describes social care needs, but Sections H1 and H2 set out no social care provision.',
    ask: 'Please set out in Sections H1 and H2 the social care provision that meets each need in Section D.',
    reference: 'SEND Regulations 2014, reg 12(1)(h); SEND Code of Practice 2015, paras 9.73',
  },
  preparingForAdulthoodMissing: {
    title: 'Year 9 or older, no preparing-for-adulthood outcome',
    problem: 'The child is in Year 9 or above, but no outcome is about preparing for adulthood (work or further study, independent living, friends and community, or good health).',
    ask: 'Please add outcomes, and the provision to reach them, for preparing for adulthood.',
    reference: 'SEND Regulations 2014, reg 12(3); SEND Code of Practice 2015, para 8.9',
  },
  therapyOnlyInHealth: {
    title: 'Therapy only in health or social care, none in F',
    problem: 'Speech and language therapy, occupational therapy or physiotherapy appears only in the health or social care sections, not in Section F, so the local authority has no legal duty to make sure it happens.',
    ask: 'Please move therapy that helps the child learn into Section F as special educational provision.',
    reference: 'Children and Families Act 2014, s21(5); SEND Code of Practice 2015, para 9.74',
  },
  placementInDraft: {
    title: 'Draft plan names a school or type of school in I',
    problem: 'This is a draft plan, but Section I already names a school or type of school. A draft must leave Section I blank so that you can say which school you want.',
    ask: 'Please remove the placement from the draft and consider my preference for a school once I have made it.',
    reference: 'Children and Families Act 2014, s38(5)',
  },
  placementMissing: {
    title: 'Final plan names no school or type of school in I',
    problem: 'This is a final plan, but Section I does not name a school or a type of school.',
    ask: 'Please name in Section I the school or other institution, or at least its type.',
    reference: 'SEND Regulations 2014, reg 12(1)(i); Children and Families Act 2014, s39-40',
  },
  statementWording: {
    title: 'Still written as a statement of SEN',
    problem: 'The plan is still written like an old statement of SEN ("Part 2", "Part 3") rather than as an EHC plan with sections A to K.',
    ask: 'Please rewrite the plan in the EHC plan sections, each labelled with its letter.',
    reference: 'SEND Regulations 2014, reg 12; SEND Code of Practice 2015, para 9.62',
  },
};

export function trueChecks(report: Report): CheckKey[] {
  return CHECK_KEYS.filter((k) => report.checks[k]);
}

export const MISSING_SECTION_REFERENCE = 'SEND Regulations 2014, reg 12(1); SEND Code of Practice 2015, para 9.62';

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

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
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

/** The most important findings for someone with little time: errors first, then warnings, in reading order. */
export function topFindings(findings: Finding[], n: number): Finding[] {
  return [...findings]
    .filter((f) => f.severity !== 'info')
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start)
    .slice(0, n);
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
