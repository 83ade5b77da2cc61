// "Points to raise": a letter a parent or caseworker can copy, print or download, listing each weak
// statement as quoted, why it falls short, what to ask for instead and the law. Plain text and HTML.
import { perObject } from '../vocabulary.ts';
import { loadRubric, sectionName, type Rubric } from '../rubric.ts';
import type { Finding, Outcome, Provision, Report } from '../report-schema.ts';
import { CHECK_KEYS } from '../report-schema.ts';
import {
  checkText, missingSectionReference, listWords, missingElements,
  sortFindings, trueChecks,
} from './labels.ts';
import { escapeHtml, escapeText, heading, htmlPage } from './html-kit.ts';
import { hasSpan } from './spans.ts';
import { longDay } from '../deadlines.ts';
import { judgeProvision } from '../provision.ts';
import { judgeOutcome } from '../outcomes.ts';
import { fillBlanks } from '../suggest.ts';
import { fill } from '../findings.ts';
import { escapeRegExp } from '../fast-patterns.ts';

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


const unique = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
const within = (f: Finding, s: { start: number; end: number }) => f.start >= s.start && f.end <= s.end && f.end > f.start;

function provisionWhy(p: Provision, r: Rubric): string {
  const said = r.letter;
  const parts: string[] = [];
  const missing = missingElements(p.elements);
  if (missing.length) parts.push(fill(said.doesNotSay, { elements: listWords(missing.map((e) => r.labels.elements[e]), r) }));
  if (p.vagueTerms.length) parts.push(fill(said.discretion, { terms: listWords(p.vagueTerms.map((t) => `"${t}"`), r) }));
  if (!parts.length) parts.push(said.notSpecific);
  return parts.join(' ');
}

function outcomeWhy(o: Outcome, r: Rubric): string {
  const parts: string[] = [];
  if (!o.measurable) parts.push(r.letter.notMeasurable);
  if (!o.timeBound) parts.push(r.letter.notTimeBound);
  if (!parts.length) parts.push(r.letter.notSmart);
  return parts.join(' ');
}

/** The rubric's letter words as expressions: a suggested rewrite ("Specific wording would say: …"), a request already, the family's words made the parent's. */
const grammarOf = perObject((said: Rubric['letter']) => {
  const leads = `(?:${escapeRegExp(said.rewriteLeads.provision)}|${escapeRegExp(said.rewriteLeads.outcome)})`;
  return {
    rewrite: new RegExp(`^${leads}:\\s*"(.+)"$`, 's'),
    rewriteAny: new RegExp(`^${leads}:\\s*(.+)$`, 's'),
    request: said.requestLeads.length ? new RegExp(`^(?:${said.requestLeads.map(escapeRegExp).join('|')})\\b`) : /(?!)/,
    firstPerson: said.firstPerson.map((f) => ({ re: new RegExp(`\\b(?:${f.pattern})\\b`, f.caseSensitive ? 'g' : 'gi'), as: f.as })),
  };
});

/**
 * What the letter asks for about a finding: the rubric's own request where it has one, else the
 * suggestion. A suggested rewrite the analyser would not itself judge specific (or SMART) once its
 * blanks are filled is not asked for: the letter then asks in words for what is missing.
 */
function askOf(f: Finding, rubric: Rubric, kind: 'provision' | 'outcome' | null): string {
  const ask = rubric.rules[f.ruleId]?.ask ?? f.suggestion;
  const rewrite = grammarOf(rubric.letter).rewrite.exec(ask)?.[1];
  if (!rewrite) return ask;
  const filled = fillBlanks(rewrite);
  const outcome = kind === 'outcome' || (kind === null && ask.startsWith(rubric.letter.rewriteLeads.outcome));
  const good = outcome ? judgeOutcome(filled, '', rubric).smart : judgeProvision(filled, rubric).specific;
  return good ? ask : outcome ? rubric.letter.outcomeAsk : rubric.letter.provisionAsk;
}

/**
 * The rubric's words to the family ("so that you can say") as the parent's own ("so that I can say");
 * what they quote from the plan stays as it is.
 */
export function inMyWords(s: string, rubric?: Rubric): string {
  const swaps = grammarOf((rubric ?? loadRubric()).letter).firstPerson;
  return s.split(/("[^"]*"|“[^”]*”)/).map((part, i) => (i % 2 ? part : swaps.reduce((t, { re, as }) => t.replace(re, as), part))).join('');
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
      group: 'missing', where: r.letter.wholePlan, quote: '',
      why: [fill(r.letter.missingSections, { sections: listWords(report.missingSections.map((k) => `${fill(r.letter.inSection, { section: k })} (${sectionName(k, r)})`), r) })],
      ask: [r.letter.missingSectionsAsk],
      law: [missingSectionReference(rubric)],
    });
  }
  for (const k of CHECK_KEYS.filter((key) => report.checks[key])) {
    const t = checkText(k, rubric);
    points.push({ group: 'plan', where: r.letter.wholePlan, quote: '', why: [inMyWords(t.problem, r)], ask: [inMyWords(t.ask, r)], law: [t.reference] });
  }
  for (const f of report.findings) if (coveredByPlanPoint(f, report)) used.add(f);

  for (const p of report.provisions.filter((x) => !x.specific).sort((a, b) => a.start - b.start)) {
    const fs = sortFindings(report.findings.filter((f) => within(f, p) && !used.has(f)));
    fs.forEach((f) => used.add(f));
    const messages = fs.filter((f) => f.severity !== 'info');
    points.push({
      group: 'provision', where: fill(r.letter.inSection, { section: p.section }), quote: p.text,
      why: unique(messages.length ? messages.map((f) => f.message) : [provisionWhy(p, r)]),
      ask: unique(messages.filter((f) => f.suggestion).map((f) => askOf(f, r, 'provision'))).concat(messages.some((f) => f.suggestion) ? [] : [r.letter.provisionAsk]),
      law: unique(messages.map((f) => f.reference)).concat(messages.some((f) => f.reference) ? [] : [r.references.provisionPoint]),
    });
  }
  for (const o of report.outcomes.filter((x) => !x.smart).sort((a, b) => a.start - b.start)) {
    const fs = sortFindings(report.findings.filter((f) => within(f, o) && !used.has(f)));
    fs.forEach((f) => used.add(f));
    const messages = fs.filter((f) => f.severity !== 'info');
    points.push({
      group: 'outcome', where: fill(r.letter.inSection, { section: 'E' }), quote: o.text,
      why: unique(messages.length ? messages.map((f) => f.message) : [outcomeWhy(o, r)]),
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
      where: sections.length ? listWords(sections.map((k) => fill(r.letter.inSection, { section: k })), r) : r.letter.wholePlan,
      quote: f.quote,
      why: [...messages.slice(0, 3).map((m) => inMyWords(m, r)), ...(fs.length > 1 ? [fill(r.letter.foundInPlaces, { count: String(fs.length), firstThree: messages.length > 3 ? r.letter.firstThree : '' })] : [])],
      ask: unique(fs.filter((x) => x.suggestion).map((x) => inMyWords(askOf(x, r, null), r))).slice(0, 3),
      law: unique(fs.map((x) => x.reference)),
    });
  }
  const order: LetterPoint['group'][] = ['missing', 'plan', 'provision', 'outcome', 'other'];
  return points.sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

function defaults(report: Report, opts: LetterOptions, said: Rubric['letter']) {
  return {
    recipient: opts.recipient ?? said.recipient,
    child: opts.childName ?? report.plan.childName ?? said.childUnnamed,
    sender: opts.senderName ?? said.sender,
  };
}

/** "16 December 2025" from "2025-12-16", in the rubric's month names. */
function planDateWords(iso: string | null | undefined, rubric: Rubric): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  const month = m ? rubric.vocabulary.months[Number(m[2]) - 1]?.name : undefined;
  return m && month ? `${Number(m[3])} ${month.charAt(0).toUpperCase()}${month.slice(1)} ${m[1]}` : null;
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
      // "Act 2014, s21(5)" is cited by an entry that lists it first ("Act 2014, s21(5), s42(2)").
      if (i < 0) i = this.list.findIndex((r) => r.startsWith(`${part}, `));
      if (i < 0) i = this.list.push(part) - 1;
      if (!numbers.includes(i + 1)) numbers.push(i + 1);
    }
    return numbers;
  }
}

const marks = (ns: number[]) => ns.map((n) => `[${n}]`).join('');

/** The sources the rubric's references name, each with its year ("SEND Regulations 2014"); the year ending a name is grammar. */
const sourcesOf = perObject((rubric: Rubric): string[] => {
  const all = [...Object.values(rubric.rules).map((r) => r.reference), ...Object.values(rubric.references)];
  const parts = all.flatMap((r) => (r ?? '').split(/;\s*/));
  return [...new Set(parts.map((p) => /^(.+?\s\d{4})(?=,|$)/.exec(p.trim())?.[1]).filter((x): x is string => !!x))];
});

/**
 * A point's words with the references they give in brackets ("… secure it (Children and Families Act
 * 2014, s42(2))") cited by number instead, so that the letter names each reference once, in its legal
 * basis, however many points' words carry it. The plan's words, in quotes, stay as they are.
 */
function citedInWords(s: string, law: LegalBasis, rubric: Rubric): string {
  const sources = sourcesOf(rubric);
  const isReference = (part: string) => sources.some((src) => part.startsWith(src));
  return s.split(/("[^"]*"|“[^”]*”)/).map((piece, q) => {
    if (q % 2) return piece;
    let out = '';
    let at = 0;
    for (let open = piece.indexOf('(', at); open >= 0; open = piece.indexOf('(', at)) {
      // The bracket's own close, past those inside it ("s21(5)").
      let depth = 0;
      let close = -1;
      for (let i = open; i < piece.length && close < 0; i++) {
        if (piece[i] === '(') depth++;
        else if (piece[i] === ')' && --depth === 0) close = i;
      }
      if (close < 0) break;
      const parts = piece.slice(open + 1, close).split(/;\s*/).map((p) => p.trim());
      if (parts.every(isReference)) {
        out += `${piece.slice(at, open).replace(/\s+$/, '')} ${marks(law.cite(parts))}`;
        at = close + 1;
      } else {
        out += piece.slice(at, open + 1);
        at = open + 1;
      }
    }
    return out + piece.slice(at);
  }).join('');
}

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
  /** The letter's own labels and the parts the reader fills in. */
  words: Rubric['letter'];
}

export function letterContent(report: Report, opts: LetterOptions = {}, points = letterPoints(report, opts.rubric)): LetterContent {
  const rubric = opts.rubric ?? loadRubric();
  const { references: refs, letter: said } = rubric;
  const d = defaults(report, opts, said);
  const law = new LegalBasis();
  const draft = report.plan.status === 'draft';
  const dated = planDateWords(report.plan.date, rubric);
  const intro = [fill(draft ? said.openingDraft : said.opening, { child: d.child, dated: dated ? fill(said.dated, { date: dated }) : '' })];
  if (draft) {
    intro.push(fill(said.draftInTime, { cites: marks(law.cite(refs.draftRepresentations)) }));
    const due = report.deadlines?.find((d) => d.kind === 'draftRepresentations');
    if (due) intro.push(fill(said.draftRunsUntil, { due: longDay(new Date(`${due.due}T00:00:00Z`)) }));
  }
  intro.push(fill(d.child === said.childUnnamed ? said.specificUnnamed : said.specific, { child: d.child, cites: marks(law.cite(refs.specificProvision)) }));
  let n = 0;
  const groups: LetterContent['groups'] = [];
  for (const group of ['missing', 'plan', 'provision', 'outcome', 'other'] as const) {
    const ps = points.filter((p) => p.group === group);
    if (!ps.length) continue;
    groups.push({
      title: said.groups[group],
      points: ps.map((p) => {
        const cites = law.cite(p.law);
        const inWords = (xs: string[]) => xs.map((x) => citedInWords(x, law, rubric));
        return { ...p, why: inWords(p.why), ask: inWords(p.ask.map((a) => asRequest(a, rubric))), number: ++n, cites };
      }),
    });
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
    words: said,
  };
}

/**
 * A report's suggestion as the parent's own request: a rewrite ("Specific wording would say: "…"")
 * as "Please change it to say something like "…"", an instruction ("Replace the placeholder…") as
 * "Please replace the placeholder…".
 */
export function asRequest(ask: string, rubric?: Rubric): string {
  const said = (rubric ?? loadRubric()).letter;
  const g = grammarOf(said);
  const m = g.rewriteAny.exec(ask);
  if (!m) return g.request.test(ask) ? ask : fill(said.please, { ask: `${ask.charAt(0).toLowerCase()}${ask.slice(1)}` });
  return fill(said.changeTo, { rewrite: m[1], filled: /\[[^\]]+\]/.test(m[1]) ? said.bracketsFilled : '' }).replace(/\.\.$/, '.');
}

const oneLineQuote = (q: string) => q.replace(/\t/g, ' | ').replace(/\n/g, ' / ');

export function renderLetterText(report: Report, opts: LetterOptions = {}, points = letterPoints(report, opts.rubric)): string {
  const c = letterContent(report, opts, points);
  const w = c.words;
  const out: string[] = [
    c.sender, w.senderAddress, '', w.date, '',
    c.recipient, w.authority, w.authorityAddress, '',
    fill(w.dear, { recipient: c.recipient }), '',
    c.title, '',
    c.intro.join(' '), '',
  ];
  if (points.length === 0) out.push(c.noPoints, '');
  for (const g of c.groups) {
    out.push(g.title, '');
    for (const p of g.points) {
      out.push(`${p.number}. ${p.where}${p.quote ? `: "${oneLineQuote(p.quote)}"` : ''}`);
      if (p.why.length) out.push(`   ${w.concern} ${p.why.join(' ')}`);
      if (p.ask.length) out.push(`   ${w.asking} ${p.ask.join(' ')}`);
      if (p.cites.length) out.push(`   ${w.law} ${fill(w.lawSee, { cites: marks(p.cites) })}`);
      out.push('');
    }
  }
  out.push(c.closing, '');
  if (c.legalBasis.length) {
    out.push(`${w.lawList}:`);
    c.legalBasis.forEach((r, i) => out.push(`[${i + 1}] ${r}`));
    out.push('');
  }
  out.push(w.signOff, '', c.sender, '');
  return out.join('\n');
}

export function renderLetterHtml(report: Report, opts: LetterOptions = {}, points = letterPoints(report, opts.rubric)): string {
  const c = letterContent(report, opts, points);
  const w = c.words;
  const level = opts.headingLevel ?? 2;
  const out: string[] = [
    '<section class="letter" aria-labelledby="letter-title">',
    heading(level, escapeText(w.heading), 'id="letter-title"'),
    `<p>${escapeHtml(c.sender)}<br>${escapeText(w.senderAddress)}</p>`,
    `<p>${escapeText(w.date)}</p>`,
    `<p>${escapeHtml(c.recipient)}<br>${escapeText(w.authority)}<br>${escapeText(w.authorityAddress)}</p>`,
    `<p>${fill(escapeText(w.dear), { recipient: escapeHtml(c.recipient) })}</p>`,
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
        p.why.length ? `<p><strong>${escapeText(w.concern)}</strong> ${escapeHtml(p.why.join(' '))}</p>` : '',
        p.ask.length ? `<p><strong>${escapeText(w.asking)}</strong> ${escapeHtml(p.ask.join(' '))}</p>` : '',
        p.cites.length ? `<p><strong>${escapeText(w.law)}</strong> ${fill(escapeText(w.lawSee), { cites: p.cites.map((n) => `<a href="#law-${n}">[${n}]</a>`).join('') })}</p>` : '',
        '</li>');
    }
    out.push('</ol>');
  }
  out.push(`<p>${escapeHtml(c.closing)}</p>`);
  if (c.legalBasis.length) {
    out.push(heading(level + 1, escapeText(w.lawList)), '<ol class="legal-basis">');
    c.legalBasis.forEach((r, i) => out.push(`<li id="law-${i + 1}">${escapeHtml(r)}</li>`));
    out.push('</ol>');
  }
  out.push(`<p>${escapeText(w.signOff)}</p>`, `<p>${escapeHtml(c.sender)}</p>`, '</section>');
  return out.filter(Boolean).join('\n');
}

/** The letter as plain text, as an HTML fragment and as a whole printable page. */
export function renderLetter(report: Report, opts: LetterOptions = {}): Letter {
  const points = letterPoints(report, opts.rubric);
  const { letter: w, labels } = opts.rubric ?? loadRubric();
  const html = renderLetterHtml(report, { ...opts, headingLevel: opts.headingLevel ?? 2 }, points);
  const pageBody = [
    '<header class="page-header">',
    `<h1>${fill(escapeText(w.pageTitle), { name: escapeHtml(report.document.name) })}</h1>`,
    `<p>${escapeText(w.pageIntro)}</p>`,
    '</header>',
    '<main id="main">',
    renderLetterHtml(report, { ...opts, headingLevel: 2 }, points),
    '</main>',
    `<footer class="page-footer"><p>${fill(escapeText(w.pageFooter), { id: escapeHtml(report.rubric.id), version: escapeHtml(report.rubric.version) })}</p></footer>`,
  ].join('\n');
  return {
    points,
    text: renderLetterText(report, opts, points),
    html,
    page: htmlPage({ title: fill(w.pageTitle, { name: report.document.name }), body: pageBody, skipLabel: labels.html.skip }),
  };
}
