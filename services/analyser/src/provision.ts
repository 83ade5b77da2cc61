// Judges one provision statement (rubric-reference.md §2): its six elements, the vague wording that
// governs it, and whether it is specific: what AND how much AND who AND no discretion.
import type { Elements } from './report-schema.ts';
import { compileRubric, type Rubric, type VagueTermSpec } from './rubric.ts';
import { findAmount, type Amount } from './quantities.ts';

export type ProvisionKind = 'sessions' | 'continuous' | 'equipment' | 'oneOff';

export interface VagueHit {
  term: string;
  spec: VagueTermSpec;
  /** Offsets relative to the statement text. */
  start: number;
  end: number;
}

export interface ProvisionJudgement {
  elements: Elements;
  kind: ProvisionKind;
  amount: Amount;
  quantified: boolean;
  providerNeeded: boolean;
  /** "the school", "an adult": looks like a provider but is not a role (relative offsets). */
  nonRole: { start: number; end: number; text: string } | null;
  /** An aim standing in for the what ("support with literacy"), relative offsets. */
  aim: { start: number; end: number; text: string } | null;
  vague: VagueHit[];
  specific: boolean;
}

// Clauses about reviewing or monitoring the provision are not the provision: their "termly" and
// "by the SENCo" neither quantify it nor hedge it ("reviewed half-termly by the SENCo").
const REVIEW_CLAUSE = /(?:\b(?:which|that|and|progress|this|it|they|these)\s+)?(?:(?:will|is|are|to|should|must)\s+(?:also\s+)?(?:be\s+)?)?(?:(?:regularly|closely|carefully|formally)\s+)?\b(?:reviewed|monitored|evaluated|assessed|tracked|recorded|reported|overseen|oversight|liaise|liaising|(?:review|monitor)(?:s|ing)? (?:of )?(?:his|her|their|the|this|progress|these|it)\b(?! (?:\w+ )?(?:programme|exercises|appointment|session)))\b[^,;()]*?(?=[,;)]|\.(?:\s|$)|$)/gi;

export function maskReviewClauses(text: string): string {
  let out = text;
  REVIEW_CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REVIEW_CLAUSE.exec(text))) {
    out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
  }
  return out;
}

const GROUP_SIZE = /(?<![\w])(?:1\s*:\s*1|1-1|1 to 1|one[- ]to[- ]one|[1-6]\s*:\s*[1-9]|individual(?:ly)?|individual basis|small[- ]group|group of (?:no more than |up to |at most |a maximum of )?\w+|groups? of (?:\d|two|three|four|five|six)|(?:a )?pairs?|paired|in pairs|with a peer|whole[- ]class|(?:no more than|up to|maximum of) (?:\d+|two|three|four|five|six|eight) (?:other )?(?:pupils|children|students|peers|learners|young people))(?![\w])/i;
const HOURS_PER_WEEK = /(?<![\w])(?:\d+(?:\.\d+)?|thirty-two and a half|twenty-seven and a half)\s*hours?\s*(?:per|a|each|every)\s*week/i;

function firstMatch(re: RegExp, text: string): { start: number; end: number; text: string } | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m ? { start: m.index, end: m.index + m[0].length, text: m[0] } : null;
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const r = re.test(text);
  re.lastIndex = 0;
  return r;
}

/**
 * `context`: a lead-in the statement hangs from ("Delivered by a speech and language therapist:"),
 * whose elements count for it. Its wording is not judged here.
 */
export function judgeProvision(text: string, rubric: Rubric, context = ''): ProvisionJudgement {
  const c = compileRubric(rubric);
  const masked = maskReviewClauses(text);
  const full = context ? `${masked}\n${maskReviewClauses(context)}` : masked;

  // What: a concrete thing, once aims ("support with reading") are blanked so their topic word does not count.
  const aim = firstMatch(c.aim, masked);
  c.aim.lastIndex = 0;
  const concreteText = full.replace(c.aim, (m) => ' '.repeat(m.length));
  c.aim.lastIndex = 0;
  const sessions = test(c.activity.sessions, concreteText);
  const equipment = test(c.activity.equipment, concreteText) || test(c.activity.adjustments, concreteText);
  const oneOffThing = test(c.activity.oneOff, concreteText);
  const groupSize = test(GROUP_SIZE, full);
  const hoursPerWeek = test(HOURS_PER_WEEK, full);
  const role = test(c.role, full);
  const continuous = test(c.activity.continuous, full) && (groupSize || hoursPerWeek) && role;
  // Anything named counts as the what, unless its only "what" is a vague word ("support", "input").
  const vagueWhat = c.vague.some(({ spec, re }) => !spec.hedge && spec.undermines === 'activity' && !spec.onlyAsProvision && test(re, concreteText)) || !!aim;
  const monitorOnly = /^\W*(?:[\w' ]{0,40}\b)?(?:will )?monitor/i.test(masked.trim()) || /\bwill monitor\b/i.test(text);
  const activity = sessions || equipment || oneOffThing || continuous || (!vagueWhat && !monitorOnly && /[a-z]{4,}/i.test(concreteText));

  const amount = findAmount(full);
  let kind: ProvisionKind;
  if (sessions || amount.count || (amount.period && !equipment)) kind = 'sessions';
  else if (continuous) kind = 'continuous';
  else if (equipment) kind = 'equipment';
  else if (oneOffThing) kind = 'oneOff';
  else kind = 'sessions';

  let quantified: boolean;
  switch (kind) {
    case 'sessions':
      quantified = (amount.length && amount.period) || amount.extent || (oneOffThing && amount.oneOff && !amount.period);
      break;
    case 'continuous':
      quantified = amount.extent || (amount.length && amount.period);
      break;
    case 'equipment':
      quantified = amount.extent || amount.period || amount.oneOff || /\b(?:at all times|whenever|when(?:ever)? (?:he|she|they|I) (?:is|are|am)|for (?:all|every)|during|in (?:all|every|each)|at home|on the (?:ground|first) floor|in (?:the )?(?:classroom|class|school|college)|kept (?:at|in)|(?:to|and) (?:take )?home)\b/i.test(full);
      break;
    case 'oneOff':
      quantified = amount.oneOff || (amount.length && amount.period);
      break;
  }

  const provider = role;
  const nonRole = provider ? null : firstMatch(c.nonRole, masked);
  const qualification = test(c.qualification, full);
  const providerNeeded = kind !== 'equipment';

  const elements: Elements = {
    activity,
    provider,
    qualification,
    frequency: amount.period || amount.extent || (kind === 'oneOff' && amount.oneOff),
    duration: amount.length || /full[- ]time|throughout the (?:school )?day|all day|at all times/i.test(full),
    groupSize,
  };

  // Vague wording: a hedge counts wherever it governs; a vague word counts only when the element
  // it stands in for is otherwise missing.
  const missing: Record<string, boolean> = {
    activity: !activity,
    provider: providerNeeded && !provider,
    qualification: false,
    frequency: !quantified,
    duration: !quantified,
    groupSize: false,
  };
  const hits: VagueHit[] = [];
  for (const { spec, re } of c.vague) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(masked))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const counts = spec.onlyAsProvision ? !activity : spec.hedge || missing[spec.undermines];
      if (counts) hits.push({ term: spec.term, spec, start: m.index, end: m.index + m[0].length });
    }
  }
  const vague = dropOverlaps(hits);
  const hedged = vague.some((v) => v.spec.hedge);
  const specific = activity && quantified && (!providerNeeded || provider) && !hedged;
  return { elements, kind, amount, quantified, providerNeeded, nonRole, aim: activity ? null : aim, vague, specific };
}

/** Keeps the longest of overlapping hits ("access to support" is one hedge, not two terms). */
function dropOverlaps(hits: VagueHit[]): VagueHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: VagueHit[] = [];
  for (const h of sorted) {
    const prev = out[out.length - 1];
    if (prev && h.start < prev.end) {
      if (h.end - h.start > prev.end - prev.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}

// ---------------------------------------------------------------- suggestions

const REPLACEMENTS: [RegExp, string][] = [
  [/^up to$/i, 'at least'],
  [/^(?:may|could|might)$/i, 'will'],
  [/benefit from$/i, 'will have'],
  [/consider|consideration/i, 'will provide'],
  [/be offered$/i, 'be provided'],
  [/^(?:has|have|be given|be offered|continue to have) access to/i, 'have'],
  [/access to$/i, ''],
  [/^access to/i, ''],
];

/** The statement as specific wording would put it: hedges taken out, placeholders for what is missing. */
export function rewriteProvision(text: string, j: ProvisionJudgement): string {
  let out = '';
  let last = 0;
  for (const v of j.vague) {
    if (!v.spec.hedge && v.spec.undermines !== 'frequency') continue; // "support" stays; the placeholder names the what
    out += text.slice(last, v.start);
    const word = text.slice(v.start, v.end);
    if (v.term === 'range') out += '[one amount, not a range]';
    else {
      const rep = REPLACEMENTS.find(([re]) => re.test(word));
      out += rep ? rep[1] : '';
    }
    last = v.end;
  }
  out += text.slice(last);
  out = out
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/,\s*([.;]|$)/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .replace(/[.;:]$/, '');
  out = out.charAt(0).toUpperCase() + out.slice(1);
  const add: string[] = [];
  if (!j.elements.activity) add.push('[what exactly, e.g. a named programme such as a structured phonics programme]');
  if (!j.quantified) {
    if (j.kind === 'equipment') add.push('[when or where it applies, e.g. in all lessons]');
    else if (j.kind === 'continuous') add.push('[its extent, e.g. for 27.5 hours per week across all lessons]');
    else if (j.amount.period && !j.amount.length) add.push('[for how long each time, e.g. 30 minutes]');
    else if (j.amount.length && !j.amount.period) add.push('[over what period, e.g. per week]');
    else add.push('[how often and for how long, e.g. 3 x 30 minutes a week]');
  }
  if (j.providerNeeded && !j.elements.provider) add.push('[delivered by whom, by role, e.g. a teaching assistant]');
  if (j.providerNeeded && j.elements.provider && !j.elements.qualification && add.length) add.push('[with what training, e.g. trained in ELKLAN]');
  return `${out}${add.length ? ' ' + add.join(' ') : ''}.`;
}
