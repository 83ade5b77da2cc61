// Classes one provision across two versions: moved, weakened, reduced, strengthened or unchanged,
// with the reasons in plain English. Compares what the statement gives (amount, group, provider,
// conditions), never its words, so a reworded statement that gives the same is unchanged.
import { itemsLeftOut } from '../advice/verdict.ts';
import { programmeNames } from '../advice/programmes.ts';
import type { SectionKey } from '../report-schema.ts';
import { readAmount, readGroup, readGroupChoice, readHedges, readProvider, promises, roleKey, type Amount, type Hedge, type Role } from './amounts.ts';
import { normalise } from './similarity.ts';
import type { Words } from '../quantities.ts';
import { fill } from '../findings.ts';
import { loadRubric, sectionInBrackets, type Rubric } from '../rubric.ts';
import { perVocabulary, vocabularyOf } from '../vocabulary.ts';
import type { ChangeKind } from './schema.ts';
import { escapeRegExp } from '../fast-patterns.ts';

export interface Side {
  text: string;
  section: SectionKey;
  /** The rubric's vague terms the analyser found in it (an organisation's rubric may add its own). */
  vagueTerms?: readonly string[];
  /** Whether the analyser judged it specific (Section F's test), when known. */
  specific?: boolean;
  /** Minutes a week of a statement split into parts that each give their own (their sum), when known. */
  weekly?: number;
  /** The statement as the analyser read it, when that differs only in its cells' amounts ("1" under "Sessions per week" read "1 Sessions per week"): how much is read from this. */
  read?: string;
}

export interface Classified {
  kind: ChangeKind;
  detail: string;
  why: string;
}

/** Which duty a section's provision falls under; H1 and H2 count apart only when both versions keep them apart. */
export function sectionGroup(key: SectionKey, splitH: boolean): string {
  if (key === 'H1' || key === 'H2') return splitH ? key : 'H';
  return key;
}

/** The rubric's words for a change within a statement (`comparison.change`) and for amounts (`comparison.amounts`). */
type ChangeWords = Rubric['comparison']['change'] & { amounts: Rubric['comparison']['amounts'] };
function changeWords(rubric?: Partial<Pick<Rubric, 'comparison'>>): ChangeWords {
  const c = rubric?.comparison ?? loadRubric().comparison;
  return { ...c.change, amounts: c.amounts };
}

/** Minutes in words: whole or half hours as hours, else minutes. */
function minutes(m: number, w: ChangeWords): string {
  if (m >= 60 && m % 60 === 0) return fill(m === 60 ? w.amounts.hour : w.amounts.hours, { n: String(m / 60) });
  if (m > 60 && (m * 2) % 60 === 0) return fill(w.amounts.hours, { n: String(m / 60) });
  return fill(w.amounts.minutes, { n: String(Math.round(m * 10) / 10) });
}

const became = (w: ChangeWords, was: string, now: string) => fill(w.became, { was, now });

function quote(words: string): string {
  return `"${words.replace(/\s+/g, ' ').trim()}"`;
}

const NEAR = 0.02;

// A group this big is a class (quantities.ts reads "in class", "a whole class" as 30): never a small group.
const CLASS_SIZE = 30;

/** How the amount moved: -1 less, 1 more, 0 the same or not comparable; with the words. */
function compareAmounts(a: Amount, b: Amount, w: ChangeWords): { dir: -1 | 0 | 1; text: string } | null {
  const main = compareMainAmounts(a, b, w);
  if (main && main.dir !== 0) return main;
  // How often by the time between ("every 30 minutes" / "every hour"): a longer wait is less often.
  if (a.interval && b.interval && Math.abs(a.interval.minutes - b.interval.minutes) > NEAR * Math.max(a.interval.minutes, b.interval.minutes)) {
    return { dir: b.interval.minutes > a.interval.minutes ? -1 : 1, text: became(w, quote(a.interval.words), quote(b.interval.words)) };
  }
  // A second amount in the same statement, changed while the first stayed the same.
  if (a.periods.length === b.periods.length && a.periods.length > 1) {
    for (let i = 0; i < a.periods.length; i++) {
      const [x, y] = [a.periods[i], b.periods[i]];
      if (Math.abs(x.per - y.per) > NEAR * Math.max(x.per, y.per)) return { dir: y.per < x.per ? -1 : 1, text: became(w, x.words, y.words) };
    }
  }
  if (a.lengths.length === b.lengths.length && a.lengths.length > 1) {
    for (let i = 0; i < a.lengths.length; i++) {
      if (a.lengths[i] !== b.lengths[i]) return { dir: b.lengths[i] < a.lengths[i] ? -1 : 1, text: became(w, minutes(a.lengths[i], w), minutes(b.lengths[i], w)) };
    }
  }
  // The same rate, a course of fewer (or more) sessions ("once a month, for 4 sessions").
  if (a.course !== null && b.course !== null && a.course !== b.course) return { dir: b.course < a.course ? -1 : 1, text: became(w, String(a.course), String(b.course)) };
  // The same rate for fewer (or more) weeks ("for the first 4 weeks" / "for the first 2 weeks").
  if (a.spans.length === b.spans.length) {
    for (let i = 0; i < a.spans.length; i++) {
      const [x, y] = [a.spans[i], b.spans[i]];
      if (Math.abs(x.weeks - y.weeks) > NEAR * Math.max(x.weeks, y.weeks)) return { dir: y.weeks < x.weeks ? -1 : 1, text: became(w, quote(x.words), quote(y.words)) };
    }
  } else if (!a.spans.length && b.spans.length && a.per !== null && b.per !== null && a.course === null && b.course === null) {
    // A rate that ran on put to a run of weeks ("every week" / "every week, in blocks of 6 weeks"): fewer weeks.
    return { dir: -1, text: fill(w.spanAdded, { now: b.spans.map((sp) => quote(sp.words)).join(` ${w.and} `) }) };
  } else if (a.spans.length && b.spans.length) {
    // A run told in parts ("for the first 5 weeks", then "5 more weeks"): the weeks in all.
    const [x, y] = [a.spans, b.spans].map((ss) => ss.reduce((n, sp) => n + sp.weeks, 0));
    if (Math.abs(x - y) > NEAR * Math.max(x, y)) return { dir: y < x ? -1 : 1, text: became(w, a.spans.map((sp) => quote(sp.words)).join(` ${w.and} `), b.spans.map((sp) => quote(sp.words)).join(` ${w.and} `)) };
  }
  // The same rate in fewer (or more) of the terms named ("in the spring and summer terms" / "in the summer term").
  if (a.terms && b.terms && Math.abs(a.terms.weeks - b.terms.weeks) > NEAR * Math.max(a.terms.weeks, b.terms.weeks)) return { dir: b.terms.weeks < a.terms.weeks ? -1 : 1, text: became(w, quote(a.terms.words), quote(b.terms.words)) };
  // One of the amounts named taken out, the others kept ("10 days each summer and 4 days each Easter"
  // become "10 days each summer"): less, unless the week's total is known on both sides and the same.
  const sameWeekly = a.weekly !== null && b.weekly !== null && Math.abs(a.weekly - b.weekly) <= NEAR * Math.max(a.weekly, b.weekly);
  if (!sameWeekly && b.items.length && a.items.length > b.items.length) {
    const left = [...a.items];
    const kept = b.items.every((it) => {
      const k = left.findIndex((x) => x.key === it.key);
      if (k < 0) return false;
      left.splice(k, 1);
      return true;
    });
    // Only where the same kind of amount is still named: a session's length dropped with none left is
    // the amount no longer known (weakened, below), not less of it.
    if (kept && left.length && left.every((x) => b.items.some((y) => y.kind === x.kind))) return { dir: -1, text: takenOut(w, left.map((x) => x.words)) };
  }
  return main;
}

function compareMainAmounts(a: Amount, b: Amount, w: ChangeWords): { dir: -1 | 0 | 1; text: string } | null {
  const say = (dir: -1 | 1, extra = '') => ({ dir, text: `${became(w, a.words!, b.words!)}${extra}` });
  if (a.weekly !== null && b.weekly !== null) {
    if (Math.abs(a.weekly - b.weekly) <= NEAR * Math.max(a.weekly, b.weekly)) return { dir: 0, text: '' };
    // Say the weekly figure when the words alone do not show it ("3 x 30 minutes weekly became 45 minutes fortnightly").
    const plain = a.per === b.per;
    const extra = plain ? '' : fill(w.weekly, { was: minutes(a.weekly, w), now: minutes(b.weekly, w) });
    return say(b.weekly < a.weekly ? -1 : 1, extra);
  }
  // Only part of the amount is known on one side: compare what both sides state the same way.
  if (a.length !== null && b.length !== null && a.per === b.per && (a.count ?? 1) === (b.count ?? 1) && a.length !== b.length) return say(b.length < a.length ? -1 : 1);
  // A course of a fixed number of sessions or visits ("6 visits of 1 hour in the summer term").
  if (a.per === null && b.per === null && a.length === b.length && a.count !== null && b.count !== null && a.count !== b.count) return say(b.count < a.count ? -1 : 1);
  if (a.per !== null && b.per !== null && a.length === b.length) {
    const fa = (a.count ?? 1) * a.per;
    const fb = (b.count ?? 1) * b.per;
    if (Math.abs(fa - fb) > NEAR * Math.max(fa, fb)) return say(fb < fa ? -1 : 1);
  }
  return null;
}

function top(roles: Role[]): Role {
  return roles.reduce((x, y) => (y.level > x.level ? y : x));
}

/**
 * Part of the work handed to a lesser role: the old provider, who did it all, is now named only as
 * writing, advising or consulted on part of it, and someone of a lower level newly named as writing
 * or setting that part ("targets written by the SENCo in consultation with the psychologist").
 */
function handedOver(pa: ReturnType<typeof readProvider>, pb: ReturnType<typeof readProvider>, keysA: Set<string>, keysB: Set<string>): { was: Role; now: Role } | null {
  const was = top(pa.roles);
  const othersA = new Set(pa.others.map(roleKey));
  const consulted = pb.others.some((r) => roleKey(r) === roleKey(was) && !othersA.has(roleKey(r)));
  const lesser = pb.others.filter((r) => !othersA.has(roleKey(r)) && !keysB.has(roleKey(r)) && !keysA.has(roleKey(r)) && r.level < was.level);
  return consulted && lesser.length ? { was, now: top(lesser) } : null;
}

/** Who delivers it: a role lost for a lesser one is a cut; for "staff" or no one, a weakening. */
function provider(pa: ReturnType<typeof readProvider>, pb: ReturnType<typeof readProvider>, cut: string[], weak: string[], better: string[], w: ChangeWords, completeBefore = false): void {
  const keysA = new Set(pa.roles.map(roleKey));
  const keysB = new Set(pb.roles.map(roleKey));
  const lost = pa.roles.filter((r) => !keysB.has(roleKey(r)));
  const gained = pb.roles.filter((r) => !keysA.has(roleKey(r)));
  if (lost.length && gained.length) {
    const l = top(lost);
    const g = top(gained);
    if (g.level < l.level) cut.push(became(w, quote(l.words), quote(g.words)));
    else if (g.level > l.level) better.push(became(w, quote(l.words), quote(g.words)));
    // The same role without the qualification asked of it ("a qualified instructor" / "an instructor").
    else if (pa.qualified && !pb.qualified) cut.push(fill(w.qualificationDropped, { was: quote(l.words) }));
    // One assistant for another, the training asked of the first no longer asked of the second.
    else if (pa.trained && !pb.trained) cut.push(fill(w.trainingDropped, { was: quote(l.words), now: quote(g.words) }));
    else if (!pa.trained && pb.trained) better.push(fill(w.trainingAdded, { was: quote(l.words), now: quote(g.words) }));
  } else if (lost.length) {
    const l = top(lost);
    if (pb.nonRole && pb.nonRole.toLowerCase() !== pa.nonRole?.toLowerCase()) weak.push(became(w, quote(l.words), quote(pb.nonRole)));
    else if (!pb.roles.length) weak.push(fill(w.noOneNamed, { was: quote(l.words) }));
    // Of the staff named together, the more qualified taken out ("run by a teacher and a teaching
    // assistant" become "run by a teaching assistant"): those left are all of a lesser role, a cut.
    else if (l.level > top(pb.roles).level) cut.push(fill(w.staffDropped, { was: quote(l.words), now: quote(top(pb.roles).words) }));
  } else if (gained.length && !pa.roles.length) {
    // Someone named where no one was, unless the old statement was already specific without anyone (a
    // resource or an adjustment needs no one named: rubric reference, "who … when a person delivers
    // it"): a "Delivered by" cell filled in for a list line become a table row supplies nothing missing.
    if (!completeBefore) better.push(became(w, pa.nonRole ? quote(pa.nonRole) : w.nobody, quote(top(gained).words)));
  } else if (!lost.length && !gained.length && pa.roles.length && handedOver(pa, pb, keysA, keysB)) {
    // "… and write targets" become "targets written by the SENCo in consultation with the psychologist".
    const h = handedOver(pa, pb, keysA, keysB)!;
    cut.push(fill(w.handedOver, { was: quote(h.was.words), now: quote(h.now.words) }));
  } else if (!lost.length && !gained.length && pa.roles.length && top(pa.roles).level < 3 && pa.qualified && !pb.qualified) {
    // "A teaching assistant with a Level 2 certificate" become "a trained teaching assistant": the qualification is no longer asked.
    cut.push(fill(w.qualificationDropped, { was: quote(top(pa.roles).words) }));
  } else if (!lost.length && !gained.length && pa.roles.length && top(pa.roles).level < 3 && pa.trained !== pb.trained) {
    if (pa.trained) cut.push(fill(w.trainingRemoved, { was: quote(top(pa.roles).words) }));
    else better.push(fill(w.trainingStated, { now: quote(top(pb.roles).words) }));
  }
}

/** The reasons one version differs from the other, sorted into cuts, weakenings and improvements. */
/** A condition that stands where "will" would: so marked in the rubric, also when the rubric's vague terms found it. */
function isModal(h: Hedge, rubric?: Words): boolean {
  return !!h.modal || vocabularyOf(rubric).conditions.some((c) => c.modal && c.term === h.term);
}

/**
 * A table cell cut short at its column's edge in one format (a PDF's "Subject teach" for a DOCX's
 * "Subject teachers") is read as the other version's whole cell: a clipped word is not a role, an
 * amount or a condition gained or lost. Only a cut inside a word, completed by the rest of that one
 * word, counts; a cell that goes on with more words is a real difference.
 */
export function mendClippedCells(a: string, b: string): [string, string] {
  const ca = a.split('\t');
  const cb = b.split('\t');
  if (ca.length !== cb.length) return [a, b];
  for (let i = 0; i < ca.length; i++) {
    const [x, y] = [ca[i].trimEnd(), cb[i].trimEnd()];
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    const rest = long.slice(short.length);
    if (short.length < 3 || !long.startsWith(short) || !/\w$/.test(short) || !/^\w+[.,;:]?$/.test(rest)) continue;
    ca[i] = cb[i] = long;
  }
  return [ca.join('\t'), cb.join('\t')];
}

// A statement's own item number ("6.4.2 ", "7.1 ") before its first word: layout, not an amount. A
// statement renumbered when its section was put in another order is the same statement ("6.4.2
// Sensory breaks" is not 4.2 breaks). Only a number with a point in it, before a capital letter, so
// "1.5 hours a week" stays an amount.
const ITEM_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=[A-Z])/;

export function withoutItemNumber(text: string): string {
  return text.replace(ITEM_NUMBER, '');
}

// A note of amendment in brackets: the brackets, the colon and the note's place are grammar, the words
// vocabulary (comparisonWords.amendmentNotes lead a note that goes on after a colon, "(amended at review:
// "where possible" deleted)", or stands alone, "[changed]"; amendmentWas leads an old wording,
// "(previously 4 x 20 minutes)"). A bracket that only opens with such a word ("(updated daily)") stays.
const amendmentNote = perVocabulary((v) => {
  const { amendmentNotes: leads, amendmentWas: was } = v.source.comparisonWords;
  const alts: string[] = [];
  if (leads.length) alts.push(String.raw`\(\s*${v.any(leads)}(?![\w])(?:[^():]{0,40}:[^()]*)?\s*\)`, String.raw`\[\s*${v.any(leads)}(?![\w])(?:[^\[\]:]{0,40}:[^\[\]]*)?\s*\]`);
  if (was.length) alts.push(String.raw`\(\s*${v.any(was)}(?![\w])[^()]*\)`, String.raw`\[\s*${v.any(was)}(?![\w])[^\[\]]*\]`);
  return alts.length ? new RegExp(String.raw`\s*(?:${alts.join('|')})`, 'gi') : null;
});

/** The statement without its notes of amendment ("(amended at review: previously …)"). */
export function withoutAmendmentNotes(text: string, rubric?: Words): string {
  const re = amendmentNote(rubric);
  return re ? text.replace(re, '') : text;
}

/** `rubric`: the one the versions were analysed with; its vocabulary names the conditions, its `comparison.why` says why a change matters. */
export function classifyProvision(before: Side, after: Side, opts: { splitH: boolean; rubric?: Words & Partial<Pick<Rubric, 'comparison' | 'sectionNames'>> }): Classified {
  const why = whyOf(opts.rubric);
  const w = changeWords(opts.rubric);
  const movedWords = (opts.rubric?.comparison ?? loadRubric().comparison).moved;
  const [textA, textB] = mendClippedCells(withoutAmendmentNotes(withoutItemNumber(before.text), opts.rubric), withoutAmendmentNotes(withoutItemNumber(after.text), opts.rubric));
  // How much, as the analyser read it: a table's bare numbers with their column's unit, each cell a
  // clause of its own ("1 Sessions per week; 20 Minutes per session"), so one cell's unit is not read
  // as running into the next cell's number.
  const [amountA, amountB] = [before, after].map((x, k) => (x.read === undefined ? [textA, textB][k] : withoutAmendmentNotes(withoutItemNumber(x.read), opts.rubric).replace(/\t/g, '; ')));
  before = { ...before, text: textA };
  after = { ...after, text: textB };
  const cut: string[] = [];
  const weak: string[] = [];
  const better: string[] = [];
  const from = sectionGroup(before.section, opts.splitH);
  const to = sectionGroup(after.section, opts.splitH);
  const moved = from !== to;
  const sameWords = normalise(before.text) === normalise(after.text);

  if (!sameWords) {
    // How much.
    const a = readAmount(amountA, opts.rubric);
    const read = readAmount(amountB, opts.rubric);
    const b = after.weekly !== undefined ? { ...read, weekly: after.weekly } : read;
    const amount = compareAmounts(a, b, w);
    const aStated = a.length !== null || a.per !== null;
    const bStated = b.length !== null || b.per !== null;
    if (amount && amount.dir < 0) cut.push(amount.text);
    else if (amount && amount.dir > 0) better.push(amount.text);
    else if (aStated && !bStated) {
      const vague = readHedges(after.text, opts.rubric).find((h) => !readHedges(before.text, opts.rubric).some((x) => x.term === h.term));
      weak.push(fill(w.replacedBy, { was: quote(a.words!), now: vague ? quote(vague.words) : w.noAmount }));
    } else if (!aStated && bStated) better.push(fill(w.amountStated, { now: quote(b.words!) }));
    else if (!amount && aStated && bStated) {
      const was = { was: quote(a.words!), now: quote(b.words!) };
      if (a.length !== null && b.length === null) weak.push(fill(w.lengthDropped, was));
      else if (a.per !== null && b.per === null) weak.push(fill(w.perDropped, was));
      else if (a.length === null && b.length !== null) better.push(fill(w.lengthStated, was));
      else if (a.per === null && b.per !== null) better.push(fill(w.perStated, was));
    }

    // In what group.
    const ga = readGroup(before.text, opts.rubric);
    const gb = readGroup(after.text, opts.rubric);
    // A size only guessed from a word ("a small group", "a group") on both sides is no size to compare;
    // a group's limit ("no more than 4") become such a word is the amount no longer known (weakened),
    // unless the group was 1:1 or the new one is a class: then it is bigger whatever "small" means.
    const guessed = (g: typeof ga) => !!g && !g.stated && g.size < CLASS_SIZE;
    const comparable = !(guessed(ga) && guessed(gb));
    if (ga && gb && comparable && ga.stated && ga.size > 1 && guessed(gb) && gb.words.toLowerCase() !== ga.words.toLowerCase()) weak.push(fill(w.replacedBy, { was: quote(ga.words), now: quote(gb.words) }));
    else if (ga && gb && comparable && gb.size > ga.size) cut.push(became(w, quote(ga.words), quote(gb.words)));
    else if (ga && gb && comparable && gb.size < ga.size) better.push(became(w, quote(ga.words), quote(gb.words)));
    else if (ga && !gb && ga.size === 1) cut.push(fill(w.noLongerGroup, { was: quote(ga.words) }));
    // The same group kept, a bigger one allowed beside it ("1:1" become "1:1 or in a pair"): a hedge on
    // how it is delivered, not a bigger group named.
    const choice = readGroupChoice(after.text, opts.rubric);
    if (ga && gb && gb.size === ga.size && choice && Math.max(...choice.sizes) > ga.size && choice.sizes.includes(ga.size) && !readGroupChoice(before.text, opts.rubric)) weak.push(fill(w.added, { now: quote(choice.words) }));

    // What: one of the things listed together taken out ("extra time, a separate room and a reader").
    const leftOut = itemsLeftOut(before.text, after.text);
    if (leftOut.length) cut.push(takenOut(w, leftOut));
    // What: a programme named become one left to someone's choice ("an appropriate reading programme").
    const unnamed = programmeUnnamed(before.text, after.text, opts.rubric);
    if (unnamed) weak.push(fill(w.programmeUnnamed, { was: quote(unnamed.was), now: quote(unnamed.now) }));
    // When: a date it is to be done by, given where there was none ("a review by 28 February 2027").
    const due = dueBy(after.text, opts.rubric);
    if (due && !dueBy(before.text, opts.rubric)) better.push(fill(w.dueByStated, { now: quote(due) }));

    // By whom.
    const [pa, pb] = [readProvider(before.text, opts.rubric), readProvider(after.text, opts.rubric)];
    provider(pa, pb, cut, weak, better, w, before.specific === true);
    // A lesser role offered as another way beside the one kept ("a specialist teacher, or a teaching assistant").
    const instead = lesserAlternative(pa, pb, after.text, opts.rubric);
    if (instead) weak.push(fill(w.alternativeAdded, { was: quote(instead.was.words), now: quote(instead.now.words) }));
    // "and" become "or" between the same words: only one of the things may be given.
    const or = andBecameOr(before.text, after.text, opts.rubric);
    if (or) weak.push(fill(w.orInstead, { was: quote(or.was), now: quote(or.now) }));
    // An end put on it by an event that can come before the plan is reviewed.
    const end = endedBy(after.text, opts.rubric);
    if (end && !endedBy(before.text, opts.rubric)) weak.push(fill(w.endsWhen, { now: quote(end) }));

    // On what terms.
    const ha = readHedges(before.text, opts.rubric);
    const hb = readHedges(after.text, opts.rubric);
    const added = hb.filter((h) => !ha.some((x) => x.term === h.term));
    // The rubric's own vague words (an organisation may add some) that the new wording brings in.
    const covered = (t: string) => [...ha, ...hb].some((h) => h.words.toLowerCase().includes(t.toLowerCase()) || t.toLowerCase().includes(h.words.toLowerCase()));
    for (const t of after.vagueTerms ?? []) {
      if (!(before.vagueTerms ?? []).includes(t) && !covered(t) && !new RegExp(`\\b${escapeRegExp(t)}\\b`, 'i').test(before.text)) added.push({ term: t, words: t });
    }
    const dropped = ha.filter((h) => !hb.some((x) => x.term === h.term));
    for (const h of added) {
      // A quantity replaced by vague wording is already said.
      if (weak.some((w) => w.includes(quote(h.words)))) continue;
      if (isModal(h, opts.rubric) && promises(before.text, opts.rubric)) weak.push(fill(w.willBecame, { now: quote(h.words) }));
      else weak.push(fill(w.added, { now: quote(h.words) }));
    }
    if (dropped.length && !added.length) better.push(takenOut(w, dropped.map((h) => h.words)));
    // Made definite: judged specific now and not before, the vague terms the analyser found in the old
    // wording ("Support from …") gone from the new, none brought in and no condition already said to be taken out.
    const vagueA = before.vagueTerms ?? [];
    const vagueB = after.vagueTerms ?? [];
    const goneVague = vagueA.filter((t) => !vagueB.includes(t) && !hb.some((h) => h.words.toLowerCase().includes(t.toLowerCase()) || t.toLowerCase().includes(h.words.toLowerCase())));
    if (before.specific === false && after.specific === true && goneVague.length && !added.length && !dropped.length && vagueB.every((t) => vagueA.includes(t))) better.push(takenOut(w, goneVague));
  }

  const reasons = [...weak, ...cut, ...better];
  const rest = reasons.length ? `; ${reasons.join('; ')}` : '';
  if (moved) {
    const intoF = to === 'F';
    const outOfF = from === 'F';
    return {
      kind: 'moved',
      detail: `${fill(movedWords[outOfF ? 'outOfF' : intoF ? 'intoF' : 'elsewhere'], { from: sectionInBrackets(from, opts.rubric), to: sectionInBrackets(to, opts.rubric) })}${rest}`,
      why: outOfF ? why.movedOutOfF : intoF ? why.movedIntoF : why.movedElsewhere,
    };
  }
  if (weak.length) return { kind: 'weakened', detail: cap(reasons.join('; ')), why: why.weakened };
  if (cut.length) return { kind: 'reduced', detail: cap(reasons.join('; ')), why: why.reduced };
  if (better.length) return { kind: 'strengthened', detail: cap(reasons.join('; ')), why: why.strengthened };
  return { kind: 'unchanged', detail: sameWords ? detailOf(opts.rubric).noChange : detailOf(opts.rubric).reworded, why: '' };
}

// The rubric's words for a second way offered instead and an end put on a provision (comparisonWords:
// alternatives, together, endsWhen), in the grammar below once per vocabulary.
const choiceWords = perVocabulary((v) => {
  const c = v.source.comparisonWords;
  return {
    alternative: c.alternatives.length ? new RegExp(String.raw`(?:^|[\s,;(])(?:${v.any(c.alternatives)})\s+$`, 'i') : null,
    alternatives: c.alternatives.length ? new RegExp(String.raw`^(?:${v.any(c.alternatives)})$`, 'i') : null,
    together: c.together.length ? new RegExp(String.raw`^(?:${v.any(c.together)})$`, 'i') : null,
    inclusive: c.inclusive.length ? new RegExp(String.raw`^(?:${v.any(c.inclusive)})$`, 'i') : null,
    // A lead, then "when", "if", "once" or "as soon as" and the event, to the sentence's end.
    ends: c.endsWhen.leads.length ? new RegExp(String.raw`(?<![\w])(?:${v.any(c.endsWhen.leads)})(?:\s+(?:when|if|once|as soon as|after))?\s+([^.;]+)`, 'i') : null,
    ownEnd: c.endsWhen.ownEnd.length ? new RegExp(String.raw`(?<![\w])(?:${v.any(c.endsWhen.ownEnd)})\s+(?:(?:the|this|that|his|her|their|my|its) )?([\w-]+)`, 'i') : null,
  };
});

/** A role of a lower level newly named after "or", the old provider kept: another, lesser, way to deliver it. */
function lesserAlternative(pa: ReturnType<typeof readProvider>, pb: ReturnType<typeof readProvider>, after: string, rubric?: Words): { was: Role; now: Role } | null {
  const { alternative } = choiceWords(rubric);
  if (!alternative || !pa.roles.length) return null;
  const keysA = new Set(pa.roles.map(roleKey));
  const keysB = new Set(pb.roles.map(roleKey));
  if (![...keysA].every((k) => keysB.has(k))) return null;
  const was = top(pa.roles);
  for (const r of pb.roles) {
    if (keysA.has(roleKey(r)) || r.level >= was.level) continue;
    const at = after.indexOf(r.words);
    if (at >= 0 && alternative.test(after.slice(Math.max(0, at - 20), at))) return { was, now: r };
  }
  return null;
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\w'’/&-]+/g) ?? [];

/** One of `together` ("and") between two words become one of `alternatives` ("or") between the same two. */
function andBecameOr(before: string, after: string, rubric?: Words): { was: string; now: string } | null {
  const { alternatives, together, inclusive } = choiceWords(rubric);
  if (!alternatives || !together) return null;
  const a = wordsOf(before);
  const b = wordsOf(after);
  // "any timetable or room change": "or" under "any" (or a negation) covers both.
  const covers = (i: number) => !!inclusive && b.slice(Math.max(0, i - 3), i).some((x) => inclusive.test(x));
  const joined = (ws: string[], test: RegExp) => {
    const out = new Set<string>();
    for (let i = 1; i < ws.length - 1; i++) if (test.test(ws[i])) out.add(`${ws[i - 1]} ${ws[i + 1]}`);
    return out;
  };
  const andA = joined(a, together);
  const orA = joined(a, alternatives);
  for (let i = 1; i < b.length - 1; i++) {
    if (!alternatives.test(b[i]) || covers(i)) continue;
    const key = `${b[i - 1]} ${b[i + 1]}`;
    if (andA.has(key) && !orA.has(key)) {
      const k = a.findIndex((x, j) => j > 0 && together.test(x) && `${a[j - 1]} ${a[j + 1]}` === key);
      return { was: `${a[k - 1]} ${a[k]} ${a[k + 1]}`, now: `${b[i - 1]} ${b[i]} ${b[i + 1]}` };
    }
  }
  return null;
}

/**
 * An end put on the provision by an event ("This provision will end when she moves into her own flat"):
 * its words; null where there is none, or where the event is the provision's own end (one of `ownEnd`
 * before a word the statement said before it: "… when I have finished the course" after "the course").
 */
function endedBy(text: string, rubric?: Words): string | null {
  const { ends, ownEnd } = choiceWords(rubric);
  if (!ends) return null;
  const m = ends.exec(text);
  if (!m) return null;
  const own = ownEnd?.exec(m[1]);
  if (own && new RegExp(String.raw`(?<![\w])${escapeRegExp(own[1])}(?![\w])`, 'i').test(text.slice(0, m.index))) return null;
  return m[0].trim();
}

// The rubric's words that leave what is given to a choice, and that lead a date it is due by
// (comparisonWords.leftToChoice, dueBy); the date's own grammar here: a day and a month, a month and a
// year, or a date in figures.
const whenAndWhat = perVocabulary((v) => {
  const c = v.source.comparisonWords;
  const date = String.raw`(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${v.monthName}(?:,?\s+\d{4})?)|(?:${v.monthName}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})|(?:(?:the )?(?:end of )?${v.monthName}\s+\d{4})|(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))`;
  return {
    choice: c.leftToChoice.length ? new RegExp(String.raw`(?<![\w])${v.any(c.leftToChoice)}(?![\w])`, 'i') : null,
    due: c.dueBy.length ? new RegExp(String.raw`(?<![\w])${v.any(c.dueBy)}\s+${date}(?![\w])`, 'i') : null,
  };
});

/**
 * A programme the old wording named ("using the Toe by Toe programme") that the new does not, with
 * none named in its place, the new wording leaving it to a choice ("an appropriate reading
 * programme", "chosen by the school"): the name and the words that leave it open; else null.
 */
function programmeUnnamed(before: string, after: string, rubric?: Words): { was: string; now: string } | null {
  const { choice } = whenAndWhat(rubric);
  if (!choice) return null;
  const open = choice.exec(after);
  if (!open || choice.test(before)) return null;
  const r = rubric as Rubric | undefined;
  const inText = (n: string, t: string) => new RegExp(String.raw`(?<![\w])${escapeRegExp(n)}(?![\w])`, 'i').test(t);
  const lost = programmeNames(before, undefined, r).filter((n) => !inText(n, after));
  if (!lost.length || programmeNames(after, undefined, r).some((n) => !inText(n, before))) return null;
  const at = before.toLowerCase().indexOf(lost[0]);
  return { was: at >= 0 ? before.slice(at, at + lost[0].length) : lost[0], now: open[0] };
}

/** The words giving a date it is to be done by ("by 31 March 2027"), or null. */
function dueBy(text: string, rubric?: Words): string | null {
  const { due } = whenAndWhat(rubric);
  return due?.exec(text)?.[0] ?? null;
}

/** "“a” and “b” were taken out". */
function takenOut(w: ChangeWords, items: string[]): string {
  return fill(items.length === 1 ? w.takenOutOne : w.takenOutMany, { items: items.map((x) => quote(x)).join(` ${w.and} `) });
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Why each kind of change matters: the rubric's `comparison.why` (the default rubric's when the one given has none). */
/** What a change says, in the rubric's words (the default's when none is given). */
export function detailOf(rubric?: Partial<Pick<Rubric, 'comparison'>>): Rubric['comparison']['detail'] {
  return (rubric?.comparison ?? loadRubric().comparison).detail;
}

export function whyOf(rubric?: Partial<Pick<Rubric, 'comparison'>>): Rubric['comparison']['why'] {
  return (rubric?.comparison ?? loadRubric().comparison).why;
}

