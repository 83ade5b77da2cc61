// "Points to raise": a letter a parent or caseworker can copy, print or download, listing each weak
// statement as quoted, why it falls short, what to ask for instead and the law. Plain text and HTML.
import type { Rubric } from '../rubric.ts';
import type { Finding, Outcome, Provision, Report } from '../report-schema.ts';
import { CHECK_KEYS } from '../report-schema.ts';
import {
  checkText, ELEMENT_NAMES, missingSectionReference, SECTION_NAMES, listWords, missingElements,
  sortFindings, trueChecks,
} from './labels.ts';
import { escapeHtml, heading, htmlPage } from './html-kit.ts';
import { hasSpan } from './spans.ts';

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

const PROVISION_LAW = 'SEND Code of Practice 2015, para 9.69; Children and Families Act 2014, s42';
const OUTCOME_LAW = 'SEND Code of Practice 2015, paras 9.64-9.66';

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

/** A finding that repeats a plan-level check or the missing-sections point is left to that point. */
function coveredByPlanPoint(f: Finding, report: Report): boolean {
  const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  if (report.missingSections.length && /^section\.missing|missing-sections?$/.test(f.ruleId)) return true;
  return trueChecks(report).some((k) => f.ruleId.endsWith(kebab(k)));
}

/** The points to raise, in the order the letter gives them. */
export function letterPoints(report: Report, rubric?: Rubric): LetterPoint[] {
  const points: LetterPoint[] = [];
  const used = new Set<Finding>();
  if (report.missingSections.length) {
    points.push({
      group: 'missing', where: 'The plan', quote: '',
      why: [`The plan does not include ${listWords(report.missingSections.map((k) => `Section ${k} (${SECTION_NAMES[k]})`))}.`],
      ask: ['Please add each missing section, labelled with its letter, even where it records that nothing is needed.'],
      law: [missingSectionReference(rubric)],
    });
  }
  for (const k of CHECK_KEYS.filter((key) => report.checks[key])) {
    const t = checkText(k, rubric);
    points.push({ group: 'plan', where: 'The plan', quote: '', why: [t.problem], ask: [t.ask], law: [t.reference] });
  }
  for (const f of report.findings) if (coveredByPlanPoint(f, report)) used.add(f);

  for (const p of report.provisions.filter((x) => !x.specific).sort((a, b) => a.start - b.start)) {
    const fs = sortFindings(report.findings.filter((f) => within(f, p) && !used.has(f)));
    fs.forEach((f) => used.add(f));
    const messages = fs.filter((f) => f.severity !== 'info');
    points.push({
      group: 'provision', where: `Section ${p.section}`, quote: p.text,
      why: unique(messages.length ? messages.map((f) => f.message) : [provisionWhy(p)]),
      ask: unique(messages.map((f) => f.suggestion)).concat(messages.some((f) => f.suggestion) ? [] : ['Please rewrite this so that it says exactly what will be provided, by whom, how often and for how long, with no wording that leaves it to discretion.']),
      law: unique(messages.map((f) => f.reference)).concat(messages.some((f) => f.reference) ? [] : [PROVISION_LAW]),
    });
  }
  for (const o of report.outcomes.filter((x) => !x.smart).sort((a, b) => a.start - b.start)) {
    const fs = sortFindings(report.findings.filter((f) => within(f, o) && !used.has(f)));
    fs.forEach((f) => used.add(f));
    const messages = fs.filter((f) => f.severity !== 'info');
    points.push({
      group: 'outcome', where: 'Section E', quote: o.text,
      why: unique(messages.length ? messages.map((f) => f.message) : [outcomeWhy(o)]),
      ask: unique(messages.map((f) => f.suggestion)).concat(messages.some((f) => f.suggestion) ? [] : ['Please rewrite this as something the child will be able to do, how it will be measured, and by when.']),
      law: unique(messages.map((f) => f.reference)).concat(messages.some((f) => f.reference) ? [] : [OUTCOME_LAW]),
    });
  }
  const rest = sortFindings(report.findings.filter((f) => !used.has(f) && f.severity !== 'info'));
  for (const f of rest) {
    points.push({
      group: hasSpan(report, f) ? 'other' : 'plan',
      where: f.section ? `Section ${f.section}` : 'The plan',
      quote: f.quote, why: [f.message], ask: unique([f.suggestion]), law: unique([f.reference]),
    });
  }
  const order: LetterPoint['group'][] = ['missing', 'plan', 'provision', 'outcome', 'other'];
  return points.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

function defaults(opts: LetterOptions) {
  return {
    recipient: opts.recipient ?? '[name of case officer]',
    child: opts.childName ?? "[child's name]",
    sender: opts.senderName ?? '[your name]',
  };
}

function introSentences(report: Report): string[] {
  const kind = report.plan.status === 'draft' ? 'draft Education, Health and Care plan' : 'Education, Health and Care plan';
  const s = [`I have read the ${kind} and I would like the points below to be put right.`];
  if (report.plan.status === 'draft') {
    s.push('I am making these comments within the time allowed for representations on a draft plan (Children and Families Act 2014, s38; SEND Regulations 2014, reg 13(1)(a)).');
  }
  s.push('The provision in a plan must be detailed and specific, and should normally be quantified, so that it is clear what will be provided and it can be enforced (SEND Code of Practice 2015, para 9.69).');
  return s;
}

const CLOSING = 'Please send me the amended plan, or explain in writing why any of these changes will not be made.';

export function renderLetterText(report: Report, opts: LetterOptions = {}, points = letterPoints(report, opts.rubric)): string {
  const d = defaults(opts);
  const out: string[] = [
    `${d.sender}`, '[your address]', '', '[date]', '',
    `${d.recipient}`, '[local authority SEND team]', '[address]', '',
    `Dear ${d.recipient},`, '',
    `Education, Health and Care plan for ${d.child}: points to raise`,
    `(Document checked: ${report.document.name})`, '',
    introSentences(report).join(' '), '',
  ];
  if (points.length === 0) out.push('I have no points to raise at this stage.', '');
  let n = 0;
  let group: string | null = null;
  for (const p of points) {
    if (p.group !== group) {
      group = p.group;
      out.push(GROUP_TITLES[p.group], '');
    }
    n += 1;
    out.push(`${n}. ${p.where}${p.quote ? `: "${p.quote.replace(/\t/g, ' | ').replace(/\n/g, ' / ')}"` : ''}`);
    if (p.why.length) out.push(`   Why it falls short: ${p.why.join(' ')}`);
    if (p.ask.length) out.push(`   What I am asking for: ${p.ask.join(' ')}`);
    if (p.law.length) out.push(`   The law: ${p.law.join('; ')}`);
    out.push('');
  }
  out.push(CLOSING, '', 'Yours sincerely,', '', d.sender, '');
  return out.join('\n');
}

export function renderLetterHtml(report: Report, opts: LetterOptions = {}, points = letterPoints(report, opts.rubric)): string {
  const d = defaults(opts);
  const level = opts.headingLevel ?? 2;
  const out: string[] = [
    '<section class="letter" aria-labelledby="letter-title">',
    heading(level, 'Points to raise', 'id="letter-title"'),
    `<p>${escapeHtml(d.sender)}<br>[your address]</p>`,
    '<p>[date]</p>',
    `<p>${escapeHtml(d.recipient)}<br>[local authority SEND team]<br>[address]</p>`,
    `<p>Dear ${escapeHtml(d.recipient)},</p>`,
    `<p><strong>Education, Health and Care plan for ${escapeHtml(d.child)}: points to raise</strong><br>(Document checked: ${escapeHtml(report.document.name)})</p>`,
    `<p>${escapeHtml(introSentences(report).join(' '))}</p>`,
  ];
  if (points.length === 0) out.push('<p>I have no points to raise at this stage.</p>');
  let n = 0;
  for (const group of ['missing', 'plan', 'provision', 'outcome', 'other'] as const) {
    const ps = points.filter((p) => p.group === group);
    if (!ps.length) continue;
    out.push(heading(level + 1, escapeHtml(GROUP_TITLES[group])), `<ol class="points" start="${n + 1}">`);
    for (const p of ps) {
      n += 1;
      out.push('<li class="point">',
        `<p><strong>${escapeHtml(p.where)}</strong>${p.quote ? ':' : ''}</p>`,
        p.quote ? `<blockquote class="quote">${escapeHtml(p.quote).replace(/\t/g, ' | ')}</blockquote>` : '',
        p.why.length ? `<p><strong>Why it falls short:</strong> ${escapeHtml(p.why.join(' '))}</p>` : '',
        p.ask.length ? `<p><strong>What I am asking for:</strong> ${escapeHtml(p.ask.join(' '))}</p>` : '',
        p.law.length ? `<p><strong>The law:</strong> ${escapeHtml(p.law.join('; '))}</p>` : '',
        '</li>');
    }
    out.push('</ol>');
  }
  out.push(`<p>${escapeHtml(CLOSING)}</p>`, `<p>Yours sincerely,</p>`, `<p>${escapeHtml(d.sender)}</p>`, '</section>');
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
