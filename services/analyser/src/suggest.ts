// Suggested rewrites built from the statement's own words and the plan's facts (issue 14): fill only
// what is missing, with a blank for what only the family or the school can know. Each blank keeps a
// typical value after "e.g." so the analyser can judge its own suggestion once filled
// (`fillBlanks`); a blank never names a specialism, diagnosis or programme the statement does not.
import type { ProvisionJudgement } from './provision.ts';
import type { OutcomeJudgement } from './outcomes.ts';
import type { Words } from './quantities.ts';
import { perVocabulary } from './vocabulary.ts';
import { escapeRegExp } from './fast-patterns.ts';

/** What the plan says about the child, from the plan reading; all optional. */
export interface PlanFacts {
  /** National curriculum year (0 reception, -1 nursery), as the plan shows it or as derived. */
  yearGroup?: number | null;
  age?: number | null;
  planDate?: Date | null;
}

/** A blank for the family or school to fill, with a typical value for the analyser's own check. */
function blank(label: string, sample: string): string {
  return `[${label}, e.g. ${sample}]`;
}

/** Each "[…]" replaced by its sample: the suggestion as a family might complete it. */
export function fillBlanks(text: string): string {
  return text.replace(/\[([^\]]*)\]/g, (m, inner: string, at: number) => {
    const eg = /\be\.g\.\s*(.+)$/.exec(inner);
    if (eg) return at === 0 ? eg[1].trim().charAt(0).toUpperCase() + eg[1].trim().slice(1) : eg[1].trim();
    const alternatives = inner.split('/');
    return alternatives.length > 1 ? alternatives[alternatives.length - 1].trim() : m;
  });
}

// ---------------------------------------------------------------- provision

// The rubric's words (vocabulary.practitioners, meetings, monitoring) in the suggestions' grammar, once per vocabulary.
interface SuggestWords {
  /** Practitioners and the registration their blank asks for, as the statement names them. */
  practitioners: { re: RegExp; who: string; registration: string }[];
  /** Meetings, reviews and liaison: their specifics are how often and who attends. */
  meeting: RegExp;
  /** Monitoring and oversight: how often, for how long and by whom, with no one attending. */
  monitoring: RegExp;
  /** Either: never a teaching assistant's work. */
  meetingOrMonitoring: RegExp;
}

const suggestWords = perVocabulary((v): SuggestWords => {
  const src = v.source;
  const m = src.meetings;
  // A bare "review" counts when it opens the statement after its leads, or after a kind of review.
  const meeting = String.raw`\b${v.any(m.words)}\b|^\W*(?:${v.any(m.reviewLeads)}\s+)*reviews?\b|\b${v.any(m.reviewKinds)}\s+reviews?\b`;
  const monitoring = String.raw`\b${v.any(src.monitoring)}\b`;
  const w: SuggestWords = {
    practitioners: src.practitioners.map((p) => ({ re: new RegExp(String.raw`\b${v.any([p.pattern])}\b`, p.caseSensitive ? '' : 'i'), who: p.who, registration: p.registration })),
    meeting: new RegExp(meeting, 'i'),
    monitoring: new RegExp(monitoring, 'i'),
    meetingOrMonitoring: new RegExp(`${meeting}|${monitoring}`, 'i'),
  };
  return w;
});

/** Meetings, reviews, liaison and monitoring, in the rubric given (the default's without one): never a teaching assistant's work. */
export function meetingWords(rubric?: Words): RegExp {
  return suggestWords(rubric).meetingOrMonitoring;
}

function therapyIn(text: string, rubric?: Words): SuggestWords['practitioners'][number] | undefined {
  return suggestWords(rubric).practitioners.find((t) => t.re.test(text));
}

/**
 * The blanks a provision statement needs, in reading order. `text` is the statement with its hedges
 * already taken out; the judgement says what it names.
 */
export function provisionAdditions(text: string, j: ProvisionJudgement, area: string | null = null, rubric?: Words): string[] {
  const add: string[] = [];
  // The area of need the plan puts the statement under: the blanks speak of it, and of nothing narrower.
  const forArea = areaWords(area);
  const words = suggestWords(rubric);
  const meeting = words.meeting.test(text);
  const monitoring = !meeting && words.monitoring.test(text);
  const therapy = therapyIn(text, rubric);
  if (monitoring) {
    // "Monitoring" is an aim: what is done to monitor, when the statement does not say.
    if (!j.elements.activity) add.push(`: ${blank('what exactly will be done', 'an observation and a written report')}`);
    if (!j.quantified) add.push(j.amount.period && !j.amount.length ? `, for ${blank('how long', '1 hour')}` : `, ${blank('how often', 'once a term')} for ${blank('how long', '1 hour')}`);
    if (j.providerNeeded && !j.elements.provider) add.push(therapy ? `, by a [${therapy.registration}] ${therapy.who}` : `, by ${blank('who: their role', 'the SENCo')}`);
    return add;
  }
  if (!j.elements.activity && !meeting) add.push(`: ${blank(`what exactly will be done${forArea}`, 'a one-to-one session')}`);
  if (meeting) {
    // How often, how long, and who attends; never a teaching assistant.
    if (!j.quantified) add.push(j.amount.period && !j.amount.length ? `, for ${blank('how long', '1 hour')}` : `, ${blank('how often', 'once a term')} for ${blank('how long', '1 hour')}`);
    if (!j.elements.provider || !/\battend/i.test(text)) {
      const who = therapy ? `the SENCo, the ${therapy.who} and the parents` : 'the SENCo, the class teacher and the parents';
      add.push(`, attended by ${blank('who', who)}`);
    }
    return add;
  }
  if (!j.quantified) {
    if (j.kind === 'equipment') add.push(` ${blank('when or where it applies', 'in all lessons')}`);
    else if (j.kind === 'continuous') add.push(` for ${blank('how many hours', '27.5')} hours a week ${blank('when', 'across all lessons')}`);
    else if (j.amount.period && !j.amount.length) add.push(` for ${blank('how many minutes', '30')} minutes each time`);
    else if (j.amount.length && !j.amount.period) add.push(` ${blank('how often', '3 times')} a week`);
    else add.push(` for ${blank('how many minutes', '30')} minutes, ${blank('how often', '3 times')} a week`);
  }
  if (j.providerNeeded && !j.elements.provider) {
    add.push(therapy ? `, delivered by a [${therapy.registration}] ${therapy.who}` : `, delivered by ${blank('who: their role', 'the class teacher')}`);
  } else if (j.providerNeeded && j.elements.provider && !j.elements.qualification && add.length) {
    add.push(therapy ? `, delivered by a [${therapy.registration}] ${therapy.who}` : `; the person delivering it to have ${blank(`their training or qualification${forArea || ' for this'}`, 'relevant training')}`);
  }
  return add;
}

/**
 * " for <area>" when the plan names the area of need briefly ("Cognition and learning"); nothing
 * when the area is a whole need written out (a table's need cell), which would not fit in a blank.
 */
export function areaWords(area: string | null): string {
  const a = (area ?? '').trim().replace(/[:.;]+$/, '');
  if (!a || /[.:;]/.test(a) || a.split(/\s+/).length > 6) return '';
  return ` for ${a.toLowerCase()}`;
}

/** The statement, hedges removed, with its blanks appended; `area`: the area of need it meets, when the plan says. */
export function completeProvision(cleaned: string, j: ProvisionJudgement, area: string | null = null, rubric?: Words): string {
  let text = cleaned;
  let judgement = j;
  // A therapist the statement names keeps its place and gains its registration.
  const therapy = therapyIn(text, rubric);
  const named = therapy && new RegExp(String.raw`\b(an?|the)\s+(${escapeRegExp(therapy.who)})\b`, 'i');
  if (therapy && named && !j.elements.qualification && named.test(text)) {
    text = text.replace(named, (_m, det: string, who: string) => `${/^the$/i.test(det) ? det : 'a'} [${therapy.registration}] ${who}`);
    judgement = { ...j, elements: { ...j.elements, qualification: true } };
  }
  const out = `${text}${provisionAdditions(text, judgement, area, rubric).join('')}.`;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

// ---------------------------------------------------------------- outcomes

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * When an outcome should be met: the end of the child's school year (the next one when the plan
 * is written in its last term), never a year below the child's; a month and year otherwise.
 */
export function timeFrame(facts: PlanFacts = {}): string {
  const year = facts.yearGroup ?? null;
  if (year !== null && year <= 13) {
    const lateInYear = facts.planDate ? [4, 5, 6, 7].includes(facts.planDate.getUTCMonth()) : false;
    const n = Math.min(13, lateInYear ? year + 1 : year);
    const name = n === -1 ? 'Nursery' : n === 0 ? 'Reception' : `Year ${n}`;
    return `by the end of ${name}`;
  }
  const from = facts.planDate ?? new Date();
  return `by ${MONTH_NAMES[6]} ${from.getUTCFullYear() + 1}`;
}

/** The blanks an outcome needs: when (from the child's year) and how it will be measured. */
export function outcomeBlanks(j: OutcomeJudgement, facts: PlanFacts = {}): { when: string | null; measure: string | null } {
  return {
    when: j.timeBound ? null : blank('by when', timeFrame(facts)),
    measure: j.measurable ? null : blank('how it will be measured', 'in 4 out of 5 opportunities'),
  };
}
