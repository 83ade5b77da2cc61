// "Points to raise": a letter a parent or caseworker can copy, print or download, listing each weak
// statement as quoted, why it falls short, what to ask for instead and the law. Plain text and HTML.
import { loadRubric, sectionName, type Rubric } from '../rubric.ts';
import type { Finding, Outcome, Provision, Report } from '../report-schema.ts';
import { CHECK_KEYS } from '../report-schema.ts';
import {
  checkText, ELEMENT_NAMES, missingSectionReference, listWords, missingElements,
  sortFindings, trueChecks,
} from './labels.ts';
import { escapeHtml, heading, htmlPage } from './html-kit.ts';
import { hasSpan } from './spans.ts';
import { longDay } from '../deadlines.ts';
import { judgeProvision } from '../provision.ts';
import { judgeOutcome } from '../outcomes.ts';
import { fillBlanks } from '../suggest.ts';
import { fill } from '../findings.ts';

export interface LetterOptions {
  /** The rubric the report was made with, for the words of its plan checks (default: the default rubric). */
  rubric?: Rubric;
  /** Placeholders the reader fills in; the defaults are bracketed so they stand out. */
  recipient?: string;
  childName?: string;
  senderName?: string;
  /** Level of the letter's title in the HTML fragment. Default 2. */
  headingLevel?: number;
}

export interface LetterPoint {
  group: 'missing' | 'plan' | 'provision' | 'outcome' | 'other';
  /** Where in the plan, e.g. "Section F". */
  where: string;
  quote: string;
  why: string[];
  ask: string[];
  law: string[];
}

export interface Letter {
  points: LetterPoint[];
  /** Plain text, ready to paste into an email. */
  text: string;
  /** An HTML fragment for a page with its own layout. */
  html: string;
  /** A whole self-contained HTML page, for printing or download. */
  page: string;
}

const GROUP_TITLES: Record<LetterPoint['group'], string> = {
  missing: 'Sections missing from the plan',
  plan: 'Points about the plan as a whole',
  provision: 'Help (provision) that is not specific enough',
  outcome: 'Outcomes that are not SMART',
  other: 'Other points',
};


const unique = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
const within = (f: Finding, s: { start: number; end: number }) => f.start >= s.start && f.end <= s.end && f.end > f.start;

function provisionWhy(p: Provision): string {
  const parts: string[] = [];
  const missing = missingElements(p.elements);
  if (missing.length) parts.push(`It does not say ${listWords(missing.map((e) => ELEMENT_NAMES[e]))}.`);
  if (p.vagueTerms.length) parts.push(`It uses wording that leaves it to someone's discretion: ${listWords(p.vagueTerms.map((t) => `"${t}"`))}.`);
  if (!parts.length) parts.push('It is not detailed and specific enough to be enforced.');
  return parts.join(' ');
}

function outcomeWhy(o: Outcome): string {
  const parts: string[] = [];
  if (!o.measurable) parts.push('It does not say how anyone will know it has been achieved.');
  if (!o.timeBound) parts.push('It does not say by when.');
  if (!parts.length) parts.push('It is not SMART (specific, measurable, achievable, realistic and time-bound).');
  return parts.join(' ');
}

const REWRITE = /^(?:Specific wording would say|A SMART outcome would say):\s*"(.+)"$/s;

/**
 * What the letter asks for about a finding: the rubric's own request where it has one, else the
 * suggestion. A suggested rewrite the analyser would not itself judge specific (or SMART) once its
 * blanks are filled is not asked for: the letter then asks in words for what is missing.
 */
function askOf(f: Finding, rubric: Rubric, kind: 'provision' | 'outcome' | null): string {
  const ask = rubric.rules[f.ruleId]?.ask ?? f.suggestion;
  const rewrite = REWRITE.exec(ask)?.[1];
  if (!rewrite) return ask;
  const filled = fillBlanks(rewrite);
  const outcome = kind === 'outcome' || (kind === null && ask.startsWith('A SMART'));
  const good = outcome ? judgeOutcome(filled, '', rubric).smart : judgeProvision(filled, rubric).specific;
  return good ? ask : outcome ? rubric.letter.outcomeAsk : rubric.letter.provisionAsk;
}

/**
 * The rubric's words to the family ("so that you can say") as the parent's own ("so that I can say");
 * what they quote from the plan stays as it is.
 */
export function inMyWords(s: string): string {
  return s.split(/("[^"]*"|“[^”]*”)/).map((part, i) => (i % 2 ? part : firstPerson(part))).join('');
}

function firstPerson(s: string): string {
  return s
    .replace(/\byou are\b/gi, 'I am')
    .replace(/\b(to|for|with|tell|give|send|help|let) you\b/gi, '$1 me')
    .replace(/\byours\b/gi, 'mine')
    .replace(/\b([Yy])our\b/g, (_m, y: string) => (y === 'Y' ? 'My' : 'my'))
    .replace(/\byou\b/g, 'I')
    .replace(/\bYou\b/g, 'I');
}

/** A finding that repeats a plan-level check or the missing-sections point is left to that point. */
function coveredByPlanPoint(f: Finding, report: Report): boolean {
  const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  if (report.missingSections.length && /^section\.missing|missing-sections?$/.test(f.ruleId)) return true;
  return trueChecks(report).some((k) => f.ruleId.endsWith(kebab(k)));
}

/** The points to raise, in the order the letter gives them. */
export function letterPoints(report: Report, rubric?: Rubric): LetterPoint[] {
  const r = rubric ?? loadRubric();
  const points: LetterPoint[] = [];
  const used = new Set<Finding>();
  if (report.missingSections.length) {
    points.push({
      group: 'missing', where: 'The plan', quote: '',
      why: [`The plan does not include ${listWords(report.missingSections.map((k) => `Section ${k} (${sectionName(k, r)})`))}.`],
      ask: ['Please add each missing section, labelled with its letter, even where it records that nothing is needed.'],
      law: [missingSectionReference(rubric)],
    });
  }
  for (const k of CHECK_KEYS.filter((key) => report.checks[key])) {
    const t = checkText(k, rubric);
    points.push({ group: 'plan', where: 'The plan', quote: '', why: [inMyWords(t.problem)], ask: [inMyWords(t.ask)], law: [t.reference] });
  }
  for (const f of report.findings) if (coveredByPlanPoint(f, report)) used.add(f);

  for (const p of report.provisions.filter((x) => !x.specific).sort((a, b) => a.start - b.start)) {
    const fs = sortFindings(report.findings.filter((f) => within(f, p) && !used.has(f)));
    fs.forEach((f) => used.add(f));
    const messages = fs.filter((f) => f.severity !== 'info');
    points.push({
      group: 'provision', where: `Section ${p.section}`, quote: p.text,
      why: unique(messages.length ? messages.map((f) => f.message) : [provisionWhy(p)]),
      ask: unique(messages.filter((f) => f.suggestion).map((f) => askOf(f, r, 'provision'))).concat(messages.some((f) => f.suggestion) ? [] : [r.letter.provisionAsk]),
      law: unique(messages.map((f) => f.reference)).concat(messages.some((f) => f.reference) ? [] : [r.references.provisionPoint]),
    });
  }
  for (const o of report.outcomes.filter((x) => !x.smart).sort((a, b) => a.start - b.start)) {
    const fs = sortFindings(report.findings.filter((f) => within(f, o) && !used.has(f)));
    fs.forEach((f) => used.add(f));
    const messages = fs.filter((f) => f.severity !== 'info');
    points.push({
      group: 'outcome', where: 'Section E', quote: o.text,
      why: unique(messages.length ? messages.map((f) => f.message) : [outcomeWhy(o)]),
      ask: unique(messages.filter((f) => f.suggestion).map((f) => askOf(f, r, 'outcome'))).concat(messages.some((f) => f.suggestion) ? [] : [r.letter.outcomeAsk]),
      law: unique(messages.map((f) => f.reference)).concat(messages.some((f) => f.reference) ? [] : [r.references.outcomePoint]),
    });
  }
  // The rest, one point per rule however often it fired (a template's placeholders left in 100 places are one point).
  const rest = new Map<string, Finding[]>();
  for (const f of sortFindings(report.findings.filter((x) => !used.has(x) && x.severity !== 'info'))) rest.set(f.ruleId, [...(rest.get(f.ruleId) ?? []), f]);
  for (const fs of rest.values()) {
    const f = fs[0];
    const sections = unique(fs.map((x) => x.section).filter((k): k is NonNullable<typeof k> => k !== null));
    const messages = unique(fs.map((x) => x.message));
    points.push({
      group: hasSpan(report, f) ? 'other' : 'plan',
      where: sections.length ? listWords(sections.map((k) => `Section ${k}`)) : 'The plan',
      quote: f.quote,
      why: [...messages.slice(0, 3).map(inMyWords), ...(fs.length > 1 ? [`This was found in ${fs.length} places in the plan${messages.length > 3 ? ', with the first three above' : ''}.`] : [])],
      ask: unique(fs.filter((x) => x.suggestion).map((x) => inMyWords(askOf(x, r, null)))).slice(0, 3),
      law: unique(fs.map((x) => x.reference)),
    });
  }
  const order: LetterPoint['group'][] = ['missing', 'plan', 'provision', 'outcome', 'other'];
  return points.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

function defaults(report: Report, opts: LetterOptions) {
  return {
    recipient: opts.recipient ?? '[name of case officer]',
    child: opts.childName ?? report.plan.childName ?? "[child's name]",
    sender: opts.senderName ?? '[your name]',
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "16 December 2025" from "2025-12-16". */
function planDateWords(iso: string | null | undefined): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : null;
}



/**
 * Every legal reference the letter relies on, each once, numbered in the order the letter first
 * needs it; points cite them by number ("[2]") instead of repeating them.
 */
export class LegalBasis {
  readonly list: string[] = [];
  /** The numbers of a reference string's parts ("A; B" is two references). */
  cite(reference: string | string[]): number[] {
    const parts = (Array.isArray(reference) ? reference : [reference]).flatMap((r) => r.split(/;\s*/)).map((r) => r.trim().replace(/\.$/, '')).filter(Boolean);
    const numbers: number[] = [];
    for (const part of parts) {
      let i = this.list.indexOf(part);
      if (i < 0) i = this.list.push(part) - 1;
      if (!numbers.includes(i + 1)) numbers.push(i + 1);
    }
    return numbers;
  }
}

const marks = (ns: number[]) => ns.map((n) => `[${n}]`).join('');

/** What the letter says, once, for the text, HTML and DOCX renderings to lay out. */
export interface LetterContent {
  sender: string;
  recipient: string;
  title: string;
  intro: string[];
  groups: { title: string; points: (LetterPoint & { number: number; cites: number[] })[] }[];
  closing: string;
  /** What the letter says when it has no points. */
  noPoints: string;
  legalBasis: string[];
}

export function letterContent(report: Report, opts: LetterOptions = {}, points = letterPoints(report, opts.rubric)): LetterContent {
  const d = defaults(report, opts);
  const law = new LegalBasis();
  const { references: refs, letter: said } = opts.rubric ?? loadRubric();
  const draft = report.plan.status === 'draft';
  const dated = planDateWords(report.plan.date);
  const intro = [fill(draft ? said.openingDraft : said.opening, { child: d.child, dated: dated ? fill(said.dated, { date: dated }) : '' })];
  if (draft) {
    intro.push(fill(said.draftInTime, { cites: marks(law.cite(refs.draftRepresentations)) }));
    const due = report.deadlines?.find((d) => d.kind === 'draftRepresentations');
    if (due) intro.push(fill(said.draftRunsUntil, { due: longDay(new Date(`${due.due}T00:00:00Z`)) }));
  }
  intro.push(fill(d.child === "[child's name]" ? said.specificUnnamed : said.specific, { child: d.child, cites: marks(law.cite(refs.specificProvision)) }));
  let n = 0;
  const groups: LetterContent['groups'] = [];
  for (const group of ['missing', 'plan', 'provision', 'outcome', 'other'] as const) {
    const ps = points.filter((p) => p.group === group);
    if (!ps.length) continue;
    groups.push({ title: GROUP_TITLES[group], points: ps.map((p) => ({ ...p, ask: p.ask.map(asRequest), number: ++n, cites: law.cite(p.law) })) });
  }
  return {
    sender: d.sender,
    recipient: d.recipient,
    title: fill(said.title, { child: d.child }),
    intro,
    groups,
    closing: said.closing,
    noPoints: said.noPoints,
    legalBasis: law.list,
  };
}

/**
 * A report's suggestion as the parent's own request: a rewrite ("Specific wording would say: "…"")
 * as "Please change it to say something like "…"", an instruction ("Replace the placeholder…") as
 * "Please replace the placeholder…".
 */
export function asRequest(ask: string): string {
  const m = /^(?:Specific wording would say|A SMART outcome would say):\s*(.+)$/s.exec(ask);
  if (!m) return /^(?:Please|I)\b/.test(ask) ? ask : `Please ${ask.charAt(0).toLowerCase()}${ask.slice(1)}`;
  return `Please change it to say something like ${m[1]}${/\[[^\]]+\]/.test(m[1]) ? ', with the parts in square brackets filled in' : ''}.`.replace(/\.\.$/, '.');
}

const oneLineQuote = (q: string) => q.replace(/\t/g, ' | ').replace(/\n/g, ' / ');

export function renderLetterText(report: Report, opts: LetterOptions = {}, points = letterPoints(report, opts.rubric)): string {
  const c = letterContent(report, opts, points);
  const out: string[] = [
    c.sender, '[your address]', '', '[date]', '',
    c.recipient, '[local authority SEND team]', '[address]', '',
    `Dear ${c.recipient},`, '',
    c.title, '',
    c.intro.join(' '), '',
  ];
  if (points.length === 0) out.push(c.noPoints, '');
  for (const g of c.groups) {
    out.push(g.title, '');
    for (const p of g.points) {
      out.push(`${p.number}. ${p.where}${p.quote ? `: "${oneLineQuote(p.quote)}"` : ''}`);
      if (p.why.length) out.push(`   My concern: ${p.why.join(' ')}`);
      if (p.ask.length) out.push(`   What I am asking for: ${p.ask.join(' ')}`);
      if (p.cites.length) out.push(`   The law: see ${marks(p.cites)} below.`);
      out.push('');
    }
  }
  out.push(c.closing, '');
  if (c.legalBasis.length) {
    out.push('The law I am relying on:');
    c.legalBasis.forEach((r, i) => out.push(`[${i + 1}] ${r}`));
    out.push('');
  }
  out.push('Yours sincerely,', '', c.sender, '');
  return out.join('\n');
}

export function renderLetterHtml(report: Report, opts: LetterOptions = {}, points = letterPoints(report, opts.rubric)): string {
  const c = letterContent(report, opts, points);
  const level = opts.headingLevel ?? 2;
  const out: string[] = [
    '<section class="letter" aria-labelledby="letter-title">',
    heading(level, 'Points to raise', 'id="letter-title"'),
    `<p>${escapeHtml(c.sender)}<br>[your address]</p>`,
    '<p>[date]</p>',
    `<p>${escapeHtml(c.recipient)}<br>[local authority SEND team]<br>[address]</p>`,
    `<p>Dear ${escapeHtml(c.recipient)},</p>`,
    `<p><strong>${escapeHtml(c.title)}</strong></p>`,
    `<p>${escapeHtml(c.intro.join(' '))}</p>`,
  ];
  if (points.length === 0) out.push(`<p>${escapeHtml(c.noPoints)}</p>`);
  for (const g of c.groups) {
    out.push(heading(level + 1, escapeHtml(g.title)), `<ol class="points" start="${g.points[0].number}">`);
    for (const p of g.points) {
      out.push('<li class="point">',
        `<p><strong>${escapeHtml(p.where)}</strong>${p.quote ? ':' : ''}</p>`,
        p.quote ? `<blockquote class="quote">${escapeHtml(p.quote).replace(/\t/g, ' | ')}</blockquote>` : '',
        p.why.length ? `<p><strong>My concern:</strong> ${escapeHtml(p.why.join(' '))}</p>` : '',
        p.ask.length ? `<p><strong>What I am asking for:</strong> ${escapeHtml(p.ask.join(' '))}</p>` : '',
        p.cites.length ? `<p><strong>The law:</strong> see ${p.cites.map((n) => `<a href="#law-${n}">[${n}]</a>`).join('')} below.</p>` : '',
        '</li>');
    }
    out.push('</ol>');
  }
  out.push(`<p>${escapeHtml(c.closing)}</p>`);
  if (c.legalBasis.length) {
    out.push(heading(level + 1, 'The law I am relying on'), '<ol class="legal-basis">');
    c.legalBasis.forEach((r, i) => out.push(`<li id="law-${i + 1}">${escapeHtml(r)}</li>`));
    out.push('</ol>');
  }
  out.push('<p>Yours sincerely,</p>', `<p>${escapeHtml(c.sender)}</p>`, '</section>');
  return out.filter(Boolean).join('\n');
}

/** The letter as plain text, as an HTML fragment and as a whole printable page. */
export function renderLetter(report: Report, opts: LetterOptions = {}): Letter {
  const points = letterPoints(report, opts.rubric);
  const html = renderLetterHtml(report, { ...opts, headingLevel: opts.headingLevel ?? 2 }, points);
  const pageBody = [
    '<header class="page-header">',
    `<h1>Points to raise: ${escapeHtml(report.document.name)}</h1>`,
    '<p>Copy this letter, fill in the parts in [square brackets], and send it to the local authority.</p>',
    '</header>',
    '<main id="main">',
    renderLetterHtml(report, { ...opts, headingLevel: 2 }, points),
    '</main>',
    `<footer class="page-footer"><p>Made by ehcp-check with the ${escapeHtml(report.rubric.id)} checklist, version ${escapeHtml(report.rubric.version)}. This is not legal advice.</p></footer>`,
  ].join('\n');
  return {
    points,
    text: renderLetterText(report, opts, points),
    html,
    page: htmlPage({ title: `Points to raise: ${report.document.name}`, body: pageBody }),
  };
}
