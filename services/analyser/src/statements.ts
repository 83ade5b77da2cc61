// Splits F, G, H1, H2 into provision statements and E into outcomes (contract "Statements"):
// one bullet or numbered item, one table row's provision (or outcome) cells, or one sentence
// group in prose. Headings, needs, introductions and boilerplate are neither.
import { columnRole, leadingArea, type FoundSection, type Unit } from './sections.ts';
import { namesColumn } from './sections/columns.ts';
import { perVocabulary } from './vocabulary.ts';
import { findAmount, splitSentences, isTimeBound, periodsIn } from './quantities.ts';
import type { SectionKey } from './report-schema.ts';
import { compileRubric, loadRubric, type Rubric } from './rubric.ts';
import { childGetsMore, isFieldLine, isLabelledProvision, namesProviderBefore, nounSubject, repeatsSubject, startsNewSubject, startsOwnProvision } from './statement-cues.ts';
import { testFromStart } from './fast-patterns.ts';
import { CONTINUATION } from '../../ingest/src/furniture.ts';
import { SENTENCE_END } from '../../ingest/src/document.ts';

export interface Statement {
  section: SectionKey;
  start: number;
  end: number;
  page: number | null;
  text: string;
  /** A lead-in the statement hangs from ("By the end of Year 6, Amara will:"). */
  context: string;
  /** Combined tables: the row id shared with the need and outcome cells beside it. */
  row?: number;
  /** The area of need it sits under, where the plan says (a table's area, an area sub-heading). */
  area?: string | null;
}

// The words that split and join statements are the rubric's (vocabulary.statements), put in the
// grammar below once per vocabulary; what stays here is layout: punctuation, numbering, bullets.
export interface StatementWords {
  /** A line or cell that states nothing ("N/A", "TBC", a line of dashes). */
  empty: RegExp;
  /** A cell that opens by saying there is nothing, perhaps after its section's label ("H1: None.", "Not applicable – …"): the rubric's `lists.noneStated`, which `empty` names too. */
  saysNone: RegExp;
  /** Introductions and statutory boilerplate: about the plan or the duty, not about the child's provision. */
  boilerplate: RegExp;
  /** Needs described inside F: "Amara has difficulty…", "He finds it hard to…". */
  needOnly: RegExp;
  /** "will": a sentence that says what will be done; a lead-in ending in it ("Amara will:"). */
  promise: RegExp;
  promiseLeadIn: RegExp;
  /** An amount or a delivery verb: provision even when a need word ("difficulties") sits beside it. */
  strong: RegExp;
  /** Funding and budget lines are about money, not what the child receives (unless they name time). */
  funding: RegExp;
  fundingTime: RegExp;
  /** An outcome or target quoted inside F ("Outcome: Harry will read 50 words by July 2027"). */
  outcomeLabel: RegExp;
  /** A line that is only an outcome's label, its time perhaps in brackets: "Long-term outcome (by the end of Year 6)". */
  outcomeLabelLine: RegExp;
  provisionCue: RegExp;
  items: RegExp;
  /** A sentence that continues the one before: "This will be delivered by…", "Who: teaching assistant." */
  continues: RegExp;
  hasAmountOrWho: RegExp;
  /** "It is also recommended that…": an "it" that refers to nothing before it. */
  dummyIt: RegExp;
  /** A sentence that says it adds another provision ("She will also have…", "In addition, a laptop…"). */
  newItem: RegExp;
  /** A word that points back to the provision before it ("She will use it in every lesson"). */
  refersBack: RegExp;
  /** A subject's verb with an adverb that adds to what was said before ("The QTVI will also check …"). */
  addsToBefore: RegExp;
  /** "She will have 6 sessions of 45 minutes each term": only the amount of the provision named before. */
  amountOnly: RegExp;
  ownActivity: RegExp;
  /** Areas of need used as sub-headings ("Communication and interaction"); the words before an item's number; what "&" reads as. */
  areaHeading: RegExp;
  numbering: RegExp;
  ampersand: string;
  /** Headings made only of category words ("Specialist support", "Equipment and resources", "Staffing"). */
  genericHeading: RegExp;
  /** Field labels of a two-column "label | value" grid, and those that start a new "what". */
  fieldLabel: RegExp;
  whatLabel: RegExp;
  /** A line or paragraph that opens with a field label other than a "what" and a colon ("Frequency: weekly", "Staff:"). */
  fieldOpens: RegExp;
  /** A costed table's column of amounts ("Hours per week"), and a cell of it that is only a number ("Up to 1.25", "1 (4 x 15 minutes)"). */
  amountColumn: RegExp;
  bareAmount: RegExp;
  /** A provision map's column per term (`termColumns`), and a cell of it that says no amount (a dash for a term it does not run in). */
  termColumn: RegExp;
  /** The rubric's weekdays (`lists.weekdays`): a column headed by one, perhaps cut short ("Mon", "Thurs"), is that day's in a week's grid. */
  weekdays: string[];
  /** A costed table's "Total" row's first cell; its column of money. */
  totalRow: RegExp;
  costColumn: RegExp;
  /** A column's label naming who gives the provision, how often, how long (`fieldColumns`). */
  whoColumn: RegExp;
  oftenColumn: RegExp;
  longColumn: RegExp;
  /** The rubric's frequencies ("weekly", "each term") and the open-ended ones a table cell holds ("as required"). */
  cellFrequency: RegExp;
  headingCell: RegExp;
  /** The joining words before the next inline item ("…; and (c)"). */
  itemJoinerTail: RegExp;
  /** A purpose and a promise before the things the child will get ("To help Ali reach this, he will receive "): no item's. */
  receiveLeadIn: RegExp;
  /** A joining word opening an item listed after ";" ("and a …"). */
  itemJoinerHead: RegExp;
  outcomeCue: RegExp;
  /** A "By when" cell alone ("March 2026", "End of Year 10 (July 2026)"): a table row flattened to one line leaves it after the outcome's full stop. */
  timeCell: RegExp;
  outcomeBoilerplate: RegExp;
  /** A pasted letter's own lines ("Dear …", "Re: …", "If you need anything further …"), from a statement's start. */
  letterLine: RegExp;
  /** A line that opens by saying who delivers ("Delivered by …", "Provided by …"; the rubric's `lineRoles.deliveredBy`). */
  deliveredBy: RegExp;
  /** A letter's closing ("Yours sincerely,"): the short lines after it are its signer. */
  letterClosing: RegExp;
}

/** The words of the rubric given (the default's without one), in the splitter's grammar; exported for the tests. */
export const statementWords = perVocabulary((v): StatementWords => {
  const w = v.source.statements;
  const any = v.any;
  const ao = w.amountOnly;
  const ah = w.areaHeading;
  const gh = w.genericHeading;
  // An item's number: "2.", "1.2)", "b)", "iv." (layout), perhaps after one of the rubric's words ("Area 2").
  const numbering = String.raw`^(?:${any(ah.numbered)}\s+)?(?:\d{1,2}(?:\.\d{1,2}){0,2}[.):]?|[a-z][.)]|[ivx]{1,4}[.)])\s+`;
  const category = any(gh.categories);
  return {
    empty: new RegExp(String.raw`^(?:${any(w.empty)}|-+|–)\.?$`, 'i'),
    // A section's label before them ("H1:", "G -") is layout.
    saysNone: new RegExp(String.raw`^(?:(?:H\s?[12]|[A-K])\s*[:.–—-]\s*)?${v.list('noneStated')}(?![\w])`, 'i'),
    boilerplate: new RegExp(String.raw`\b${any(w.boilerplate)}`, 'i'),
    needOnly: new RegExp(String.raw`\b${any(w.needs)}\b`, 'i'),
    promise: new RegExp(String.raw`\b${any(w.promise)}\b`, 'i'),
    promiseLeadIn: new RegExp(String.raw`\b${any(w.promise)}:?$`),
    strong: new RegExp(String.raw`\b${any(w.strong)}\b|\|`, 'i'),
    funding: new RegExp(String.raw`^${any(w.funding.starts)}|\b${any(w.funding.anywhere)}`, 'i'),
    fundingTime: new RegExp(String.raw`\b${any(w.funding.unlessNames)}\b`, 'i'),
    outcomeLabelLine: new RegExp(String.raw`^(?:${any(w.outcomeLabels.terms)} )?${any(w.outcomeLabels.words)}\s*(?:\d+\s*)?(?:\([^()]{1,60}\))?\s*[:–-]?\s*$`, 'i'),
    outcomeLabel: new RegExp(String.raw`^(?:${any(w.outcomeLabels.terms)} )?${any(w.outcomeLabels.words)}\s*(?:\d+\s*)?[:–-]`, 'i'),
    provisionCue: new RegExp(String.raw`\b${any(w.provisionWords)}\b`, 'i'),
    items: new RegExp(String.raw`\b${any(w.items)}\b`, 'i'),
    continues: new RegExp(String.raw`^(?:${any(w.continues.leads)}|${any(w.continues.fields)}\s*:)`, 'i'),
    hasAmountOrWho: new RegExp(String.raw`\b${any(w.amountOrWho)}\b`, 'i'),
    dummyIt: new RegExp(String.raw`^${any(w.dummyIt.opens)} (?:${any(w.dummyIt.adverbs)} )?${any(w.dummyIt.predicates)}\b`, 'i'),
    newItem: new RegExp(String.raw`\b${any(w.newItem)}\b`, 'i'),
    addsToBefore: new RegExp(String.raw`\b${any(w.cues.subjectVerbs)}\s+${any(w.cues.adverbs)}\b`, 'i'),
    refersBack: new RegExp(String.raw`\b(?:${any(w.refersBack.words)}|${any(w.refersBack.demonstratives)}(?! ${any(w.refersBack.notBefore)}\b))\b`, 'i'),
    // An opening (a pronoun or a name, and a verb; or a restatement), a limit, a count (digits or
    // words), "x 3", a length, the unit, "of 45 minutes", and how often.
    amountOnly: new RegExp(
      String.raw`^(?:(?:${any(ao.subjects)}|[A-Z][a-z]+) ${any(ao.verbs)}\s+|${any(ao.restates)}\s+)?(?:${any(ao.limits)}\s+)?(?:\d+(?:\.\d+)?|${any(ao.counts)})\s*(?:x\s*\d+\s*)?(?:-?${any(ao.lengths)}s?\s+)?${any(ao.units)}\b(?:\s+${any(ao.lengthJoins)}\s+(?:\d+|${any(ao.ofCounts)})\s*${any(ao.ofUnits)})?(?:\s*,?\s*${any(ao.every)}\s+(?:\w+\s+)?${any(ao.periods)})?\s*[.;]?$`,
      'i',
    ),
    ownActivity: new RegExp(String.raw`\b${any(w.ownActivity)}\b`, 'i'),
    areaHeading: new RegExp(String.raw`^(?:${any(ah.leads)}\s*:?\s*)?(?:${any(ah.areas)}|${any(ah.topics)}(?:(?:,| ${any(ah.joiners)}|\/) ${any(ah.joinedTopics)})*)(?:\s+${any(ah.needs)})?\s*:?$`, 'i'),
    numbering: new RegExp(numbering, 'i'),
    ampersand: ` ${ah.ampersand} `,
    genericHeading: new RegExp(String.raw`^(?:${any(gh.qualifiers)}\s+)*${category}(?:\s*${any(gh.joiners)}\s*(?:${any(gh.joinedQualifiers)}\s+)?${category})*\s*:?$`, 'i'),
    fieldLabel: new RegExp(String.raw`^(?:${any(w.fieldLabels.what)}|${any(w.fieldLabels.other)})\s*:?$`, 'i'),
    whatLabel: new RegExp(String.raw`^${any(w.fieldLabels.what)}\s*:?$`, 'i'),
    amountColumn: w.amountColumns.length ? new RegExp(String.raw`^${any(w.amountColumns)}\s*:?$`, 'i') : /(?!)/,
    weekdays: (v.source.lists.weekdays ?? []).map((d) => d.toLowerCase()),
    termColumn: w.termColumns.length ? new RegExp(String.raw`^${any(w.termColumns)}\s*:?$`, 'i') : /(?!)/,
    // A number (perhaps after a limit) and nothing after it but a bracketed note: layout of a figure.
    bareAmount: new RegExp(String.raw`^((?:${any(ao.limits)}\s+)?\d+(?:\.\d+)?)(?=\s*(?:\([^()]*\))?\s*$)`, 'i'),
    costColumn: w.costColumns.length ? new RegExp(String.raw`^${any(w.costColumns)}\s*:?$`, 'i') : /(?!)/,
    whoColumn: new RegExp(String.raw`^${any(w.fieldColumns.who.length ? w.fieldColumns.who : ['(?!)'])}\s*:?$`, 'i'),
    oftenColumn: new RegExp(String.raw`^${any(w.fieldColumns.often.length ? w.fieldColumns.often : ['(?!)'])}\s*:?$`, 'i'),
    longColumn: new RegExp(String.raw`^${any(w.fieldColumns.long.length ? w.fieldColumns.long : ['(?!)'])}\s*:?$`, 'i'),
    totalRow: w.totalRows.length ? new RegExp(String.raw`^${any(w.totalRows)}\s*:?$`, 'i') : /(?!)/,
    fieldOpens: new RegExp(String.raw`^\W{0,3}${any(w.fieldLabels.other)}\s*:(?:\s|$)`, 'i'),
    cellFrequency: new RegExp(String.raw`(?<![\w])(?:${v.frequencies}|${any(w.cellFrequencies)})(?![\w])`, 'i'),
    headingCell: new RegExp(String.raw`^${any(w.headingCells)}\b`, 'i'),
    itemJoinerTail: new RegExp(String.raw`(?:[;,]\s*|\s+)${any(w.itemJoiners)}$`, 'i'),
    // The purpose, a comma, its subject (one to three words) and the promise (grammar around the rubric's words).
    receiveLeadIn: w.receiveLeadIn.purposes.length && w.receiveLeadIn.verbs.length ? new RegExp(String.raw`^${any(w.receiveLeadIn.purposes)}\b[^.;:]{1,100}?,\s+(?:[\p{L}'’-]+\s+){1,3}?${any(w.receiveLeadIn.verbs)}\s+(?=\S)`, 'iu') : /(?!)/,
    itemJoinerHead: new RegExp(String.raw`^${any(w.itemJoiners)}\s+`, 'i'),
    outcomeCue: new RegExp(String.raw`\b${any(w.outcomes.cues)}\b`, 'i'),
    timeCell: new RegExp(String.raw`^${v.timeCells}(?:\s*\(${v.timeCells}\))?\s*\.?$`, 'i'),
    outcomeBoilerplate: new RegExp(String.raw`\b${any(w.outcomes.boilerplate)}\b`, 'i'),
    letterLine: new RegExp(w.correspondence.lines.length ? String.raw`^\s*${any(w.correspondence.lines)}` : '(?!)', 'i'),
    deliveredBy: v.source.lineRoles.deliveredBy.length ? new RegExp(String.raw`^${any(v.source.lineRoles.deliveredBy)}\s+\S`, 'i') : /(?!)/,
    letterClosing: new RegExp(w.correspondence.closings.length ? String.raw`^\s*${any(w.correspondence.closings)}\b[\s,.!]*$` : '(?!)', 'i'),
  };
});

/** The area a sub-heading names, without its numbering or trailing colon ("2. Cognition & Learning:" -> "Cognition & Learning"). */
function areaName(text: string, words: StatementWords): string {
  return text.trim().replace(words.numbering, '').replace(/\s*:$/, '');
}

/** An area of need standing as a sub-heading, however it is numbered or abbreviated ("2. Cognition & Learning (C&L)"). */
function isAreaHeading(text: string, words: StatementWords): boolean {
  // Length first: the clean-up below is linear only on short lines.
  if (text.length > 120) return false;
  const t = text
    .trim()
    .replace(words.numbering, '')
    .replace(/\s*\([A-Za-z&\/ ]{2,12}\)\s*(:?)$/, '$1')
    .replace(/\s*&\s*/g, words.ampersand);
  return t.length <= 80 && words.areaHeading.test(t);
}

export interface StatementOptions {
  /** The vocabulary that tells provision from a heading (the rubric's activities and roles). */
  rubric?: Rubric;
  /** The whole document is this section's body (CLI --section): a lone line is a statement. */
  wholeSection?: boolean;
}

// A section's numbered part and a short title: "F1 Study programme", "G2 Medical" (grammar); group 1 the letter.
const PART_TITLE = /^([A-K])(?:\.?\d{1,2}[.:)]?\s+)(?=\p{Lu}[^.!?:;\d]{0,40}$)/u;

function isLeadIn(text: string): boolean {
  return /:\s*$/.test(text.trim());
}

/**
 * A few words closing with a colon and nothing after, no amount and no sentence before it in the same
 * text ("Ordinarily available (all pupils):", "Specialist (individual):"): a label over what follows,
 * not provision (grammar, not words).
 */
function isCellLabel(text: string, words: StatementWords): boolean {
  const t = text.trim();
  // A provision's field left empty ("Delivered by:") is the field's, not a label over what follows.
  return isLeadIn(t) && !t.includes('\t') && t.length <= 60 && t.split(/\s+/).length <= 6 && !/\d/.test(t) && !/[.!?;]\s/.test(t) && !words.fieldLabel.test(t);
}

/** A line that only names who delivers what follows: the rubric's delivered-by words opening it, no sentence, no amount, no field label. */
function whoHeading(t: string, words: StatementWords, rubric: Rubric): boolean {
  return t.length <= 160 && words.deliveredBy.test(t) && !/[.!?;:]$/.test(t) && !/\t/.test(t) && (() => { const a = findAmount(t, rubric); return !a.length && !a.period && !a.count; })();
}

/** Whether a short line names something that can be provided (so it is an item, not a sub-heading). */
function namesProvision(text: string, rubric: Rubric): boolean {
  const t = text.trim();
  const words = statementWords(rubric);
  if (words.areaHeading.test(t) || words.genericHeading.test(t)) return false;
  return namesActivityOrRole(t, rubric) || words.provisionCue.test(t) || words.items.test(t);
}

/** An activity, a resource, an adjustment or a role named in the text: what a provision's own name says, not only how often. */
function namesActivityOrRole(t: string, rubric: Rubric): boolean {
  const c = compileRubric(rubric);
  const a = c.activity;
  const hit = (re: RegExp) => testFromStart(re, t);
  return hit(a.sessions) || hit(a.equipment) || hit(a.adjustments) || hit(a.oneOff) || hit(a.continuous) || hit(c.role);
}

/** "… How often: annually. Delivered by:" with its value wrapped onto the next line: a field's label closes the line, after the provision's own text. */
function endsWithField(text: string, words: StatementWords): boolean {
  const t = text.trim();
  const last = /(?:^|[.;]\s+)([^.;:]{1,30}:)$/.exec(t);
  return !!last && last.index > 0 && words.fieldLabel.test(last[1].trim());
}

// A line that leaves its phrase open: it ends on an article, a preposition, a conjunction or a hyphen (grammar, not vocabulary).
export const ENDS_OPEN = /(?:^|\s)(?:a|an|the|of|in|on|to|for|with|and|or|by|at|from|per|than|x|×|into|no|each|every|his|her|their|its|my|our|your)$|[-–(,/&+]$/i;

/** A bracket the line leaves open ("… from a qualified teacher (Brindlecombe") closed on the next line, before any other opens (punctuation). */
function closesBracket(prev: string, next: string): boolean {
  const open = prev.lastIndexOf('(');
  if (open < 0 || prev.indexOf(')', open) >= 0) return false;
  const close = next.indexOf(')');
  return close > 0 && !next.slice(0, close).includes('(');
}

/**
 * Lines broken mid-sentence into paragraphs of their own (flattened text opened in Word, a
 * paragraph per line): a paragraph or item with no closing punctuation and a paragraph after it
 * that opens in lower case are one unit, and so are one that ends open ("… a teaching assistant for")
 * and the line after it, whatever opens that ("10 minutes every hour."), and so are one that leaves a
 * bracket open and the line that closes it ("… (Brindlecombe" / "Tuition Service), 2 hours a week.").
 */
function joinBrokenLines(units: Unit[], words?: StatementWords): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    if (prev && (prev.kind === 'paragraph' || prev.kind === 'listItem') && u.kind === 'paragraph' && !prev.template && !u.template && !prev.row && !u.row && (!/[.!?:;)]["'’”]?$/.test(prev.text.trim()) || (!!words && endsWithField(prev.text, words))) && (/^[a-z]/.test(u.text.trim()) || ((ENDS_OPEN.test(prev.text.trim()) || closesBracket(prev.text, u.text)) && /^[\p{L}\d£]/u.test(u.text.trim()))) && prev.text.trim().length >= 30) {
      out[out.length - 1] = { ...prev, end: u.end, text: `${prev.text.trimEnd()} ${u.text.trim()}`, subheading: false };
      continue;
    }
    out.push(u);
  }
  return out;
}

export function provisionStatements(section: FoundSection, opts: StatementOptions = {}): Statement[] {
  const rubric = opts.rubric ?? loadRubric();
  const words = statementWords(rubric);
  const out: Statement[] = [];
  let leadIn = '';
  const key = section.key;
  let kv: Unit[] = [];
  const flushKeyValue = () => {
    if (kv.length) {
      const start = kv[0].start;
      const end = kv[kv.length - 1].end;
      out.push({ section: key, start, end, page: kv[0].page, text: kv.map((u) => u.text).join('; '), context: leadIn });
    }
    kv = [];
  };
  let area: string | null = null;
  let prevEnd = -1;
  const joined = joinBrokenLines(section.units, words);
  for (const [index, raw] of joined.entries()) {
    const u = asLabelRow(raw, words);
    // "Who: …" / "How often: …" on the line after a provision: its fields (statement-cues.ts).
    const last = out[out.length - 1];
    const lastEnd = prevEnd;
    prevEnd = u.end;
    if (u.kind !== 'row' && last && last.end === lastEnd && isFieldLine(u.text, rubric)) {
      out[out.length - 1] = { ...last, end: u.end, text: `${last.text} ${u.text.trim()}` };
      continue;
    }
    if (u.kind !== 'row' || !u.keyValue) flushKeyValue();
    // An area of need as a numbered item or a row spanning a table is a sub-heading: it provides
    // nothing and ends the lead-in before it.
    // A table's one-cell row that is only an area of need, perhaps with its reference ("F1 Cognition and learning"), too.
    const rowArea = u.kind === 'row' && (u.cells?.length ?? 0) === 1 ? leadingArea(u.text, rubric) : null;
    if ((u.kind !== 'row' || (u.cells?.length ?? 0) === 1) && (isAreaHeading(u.text, words) || ((u.subheading || u.template) && leadingArea(u.text, rubric)) || (rowArea !== null && u.text.trim().length - rowArea.length <= 6))) {
      leadIn = '';
      area = leadingArea(u.text, rubric) ?? areaName(u.text, words);
      continue;
    }
    if (u.template || CONTINUATION.test(u.text.trim())) continue;
    const thread = { row: u.row, area: u.area ?? area };
    if (u.kind === 'row') {
      if (u.keyValue) {
        // "Provision | …", "Frequency | …", "Provider | …": one statement until a label repeats
        // or a new "what" starts.
        const label = u.headers?.[0]?.trim().toLowerCase() ?? '';
        if (kv.some((k) => k.headers?.[0]?.trim().toLowerCase() === label) || words.whatLabel.test(label)) flushKeyValue();
        kv.push(u);
        continue;
      }
      const picked = pickCells(u, 'provision', rubric, words);
      // A cell's paragraph that only labels the ones after it ("Targeted (small group):", a tier of a
      // graduated response) is a lead-in, as the same line in prose is: no statement, no element.
      if (picked && isCellLabel(picked.text, words)) {
        leadIn = '';
        continue;
      }
      if (picked) Object.assign(picked, withoutClosingLabel(picked, words));
      if (picked && !words.empty.test(picked.text.trim()) && !isHeadingCell(picked.text, rubric) && !words.totalRow.test(picked.text.split('\t')[0].trim()) && !words.totalRow.test(u.cells?.find((c) => c.text.trim())?.text.trim() ?? '')) {
        // A form's record is quoted by its provision, judged with its fields.
        const quoted = u.quote && (u.cells?.length ?? 0) > 1 ? [{ ...picked, ...u.quote }] : cellStatements(u, picked, key, rubric);
        for (const part of quoted) if (!onlyBoilerplate(part.text, words)) out.push({ section: key, ...part, page: u.page, context: leadIn, ...thread });
      }
      continue;
    }
    const t = u.text.trim();
    if (!t || words.empty.test(t)) continue;
    // A short line without a full stop reads as a sub-heading, but where bullets were lost (PDF)
    // it is often an item: "Reading support", "Time out card".
    // "F4 What: a calm box … Who: How often:": labelled as provision, so neither a sub-heading nor a
    // lead-in, though its last field is left empty.
    // A line that only says who delivers, with no stop and no amount ("Delivered by the school's speech
    // and language therapist (Harbour Therapy Service)"), heads the provisions under it as a lead-in does
    // with a colon: they each take their provider from it.
    if (u.kind === 'paragraph' && !u.row && whoHeading(t, words, rubric)) {
      leadIn = t;
      continue;
    }
    const labelled = isLabelledProvision(t, rubric);
    // "2. Sensory circuit" then "What: …", "Who: …", "When: …": the item's name on the line before its
    // labelled fields is part of that provision, not one of its own.
    const named = labelled && last && last.end === lastEnd && last.section === key && isItemName(last.text, rubric) ? out.pop()! : null;
    const from = out.length;
    const withName = () => {
      if (named && out[from]) out[from] = { ...out[from], start: named.start, text: `${named.text.trim()} ${out[from].text}` };
    };
    // A line the document styles as a heading, with a list straight after it ("Study programme" then
    // its courses as bullets), heads that list, however much it sounds like a provision's name.
    // So does one over paragraphs that are each a sentence ("Also provided every day" then the
    // provisions), where it names no activity or role of its own, only when.
    const next = joined[index + 1];
    const headsList = u.headed && u.subheading && (next?.kind === 'listItem' || (next?.kind === 'paragraph' && !next.subheading && SENTENCE_END.test(next.text.trim()) && !namesActivityOrRole(t, rubric)));
    // A numbered part of the section and its title ("F1 Study programme", "F2 Additional support"), with
    // more after it: styled as a heading, over a table, or a title of category words once its number is
    // off, it names the part; it provides nothing itself.
    const part = !labelled && PART_TITLE.exec(t);
    if (part && part[1] === key[0] && index + 1 < joined.length && (u.headed || joined[index + 1].kind === 'row' || !namesProvision(t.slice(part[0].length), rubric))) {
      leadIn = '';
      continue;
    }
    // A short title without a stop between provisions that each end with one ("Fine motor skills" among
    // full sentences), or after a table's rows and before such provisions, heads the lines after it,
    // though it names an activity; an item would open with an article ("A laptop for writing"), name a
    // thing to have ("Wobble cushion", "Time out card": the rubric's `statements.items`) or be one of a
    // list of such titles.
    const sentence = (x: Unit | undefined) => !!x && x.kind !== 'row' && !x.subheading && SENTENCE_END.test(x.text.trim());
    const titleAmongSentences = !labelled && u.subheading && u.kind === 'paragraph' && !/^(?:a|an|the)\s/i.test(t) && !words.items.test(t) && t.split(/\s+/).length <= 5 && sentence(joined[index + 1]) && (index === 0 || sentence(joined[index - 1]) || !!joined[index - 1]?.subheading || joined[index - 1]?.kind === 'row');
    if (!labelled && u.subheading && (isLeadIn(t) || headsList || titleAmongSentences || !namesProvision(t, rubric))) {
      leadIn = isLeadIn(t) && !/^(?:[A-Z][\w ]{0,40}):$/.test(t) && !(u.row !== undefined && isCellLabel(t, words)) ? t : '';
      continue;
    }
    if (!labelled && isLeadIn(t) && (u.kind === 'paragraph' || t.length < 60)) {
      // A label in a table's cell (a tier, "Targeted (small group):") names the kind of provision under
      // it, not its amount: it lends the statements under it nothing.
      leadIn = words.boilerplate.test(t) || (u.row !== undefined && isCellLabel(t, words)) ? '' : t;
      continue;
    }
    if (u.kind === 'listItem') {
      if (!words.boilerplate.test(t)) out.push({ section: key, start: u.start, end: u.end, page: u.page, text: u.text, context: leadIn, ...thread });
      withName();
      continue;
    }
    const received = receivedItems(u, words);
    if (received) {
      // The things a purpose and a promise list are each given, whatever their words: each one statement.
      for (const it of received.items) out.push({ section: key, start: it.start, end: it.end, page: u.page, text: it.text, context: received.leadIn, ...thread });
      if (received.rest) for (const part of byInlineItems(received.rest, rubric)) out.push(...proseGroups(part, key, leadIn, rubric).map((st) => ({ ...st, ...thread })));
      withName();
      continue;
    }
    for (const part of byInlineItems(u, rubric)) out.push(...proseGroups(part, key, leadIn, rubric).map((st) => ({ ...st, ...thread })));
    withName();
  }
  flushKeyValue();
  dropLetterLines(out, words);
  joinNotes(out, section.units);
  withoutItemCodes(out, key);
  if (out.length === 0 && opts.wholeSection) {
    // A pasted statement checked on its own: whatever it is, it is what the user asked about.
    for (const u of section.units) {
      if (u.kind === 'row' || u.template || !u.text.trim() || words.empty.test(u.text.trim())) continue;
      out.push({ section: key, start: u.start, end: u.end, page: u.page, text: u.text, context: '' });
    }
  }
  return out;
}

/**
 * A cell's text with a label closing it left out ("… in every classroom. Specialist (individual):", a
 * PDF cell's next paragraph run into this one): the label heads what follows, not this statement.
 */
function withoutClosingLabel(picked: { start: number; end: number; text: string }, words: StatementWords): { start: number; end: number; text: string } {
  if (picked.text.includes('\t') || !isLeadIn(picked.text)) return picked;
  const spans = splitSentences(picked.text);
  if (spans.length < 2 || !isCellLabel(picked.text.slice(spans[spans.length - 1].start, spans[spans.length - 1].end), words)) return picked;
  const text = picked.text.slice(0, spans[spans.length - 2].end).trimEnd();
  return { start: picked.start, end: picked.start + text.length, text };
}

/**
 * A letter pasted into a section (a health trust's reply in a G cell) keeps its greeting, reference
 * line, thanks and offer of contact, and ends with a closing and its signer: none of them is provision.
 * A signer is the short lines after a closing, in its row, that end no sentence and promise and
 * measure nothing (at most three).
 */
function dropLetterLines(out: Statement[], w: StatementWords): void {
  let signer = 0;
  let closedRow: number | undefined;
  let kept = 0;
  for (const st of out) {
    const t = st.text.trim();
    if (w.letterClosing.test(t)) {
      signer = 3;
      closedRow = st.row;
      continue;
    }
    // A signer's lines are names and titles: no sentence, and in a table the closing's own cell.
    if (signer > 0 && st.row === closedRow && t.length <= 100 && !/[.!?]$/.test(t) && !w.promise.test(t) && !w.strong.test(t)) {
      signer--;
      continue;
    }
    signer = 0;
    if (w.letterLine.test(t) && !w.strong.test(t)) continue;
    out[kept++] = st;
  }
  out.length = kept;
}

/**
 * A combined table's provision cell is one statement a paragraph; but a PDF cell whose paragraph
 * ended at a full line reads as one paragraph of two provisions ("… trained in the programme. Maths
 * taught in the resource base …"). Where its sentences start provisions of their own, as prose's
 * would (proseGroups), each is a statement; a sentence that starts none, or that says it adds to the
 * one before, stays with it.
 */
function cellStatements(u: Unit, picked: { start: number; end: number; text: string }, key: SectionKey, rubric: Rubric): { start: number; end: number; text: string }[] {
  if ((u.cells?.length ?? 0) !== 1 || u.row === undefined || splitSentences(picked.text).length < 2) return [picked];
  const w = statementWords(rubric);
  // A sentence that says it adds to the provision before ("The QTVI will also check …", "In addition, …")
  // is, in the author's paragraph, more of the same provision: only a sentence that begins afresh is split off.
  const groups = proseGroups({ ...u, kind: 'paragraph', start: picked.start, end: picked.end, text: picked.text }, key, '', rubric).filter((g, i) => i === 0 || !(w.newItem.test(g.text) || w.addsToBefore.test(g.text)));
  if (groups.length < 2) return [picked];
  return groups.map((g, i) => {
    const start = i === 0 ? picked.start : g.start;
    const end = i + 1 < groups.length ? groups[i + 1].start : picked.end;
    const text = picked.text.slice(start - picked.start, end - picked.start).trimEnd();
    return { start, end: start + text.length, text };
  });
}

/** A provision's name on a line of its own: a few words, no sentence, no field of its own ("Sensory circuit"). */
function isItemName(text: string, rubric: Rubric): boolean {
  const t = text.trim();
  return t.length <= 50 && t.split(/\s+/).length <= 6 && !/[.!?:;]$/.test(t) && !/:/.test(t) && !isLabelledProvision(t, rubric) && !isFieldLine(t, rubric);
}

/**
 * A two-cell row whose first cell is a field label is a label | value row, even where the grid's
 * first row ("Provision | Social skills group") was read as the table's header.
 */
function asLabelRow(u: Unit, words: StatementWords): Unit {
  if (u.kind !== 'row' || u.keyValue || !u.cells || u.cells.length !== 2) return u;
  const [label, value] = u.cells;
  if (!words.fieldLabel.test(label.text.trim()) || !value.text.trim()) return u;
  return { ...u, start: value.start, end: value.end, text: value.text, cells: [value], headers: [label.text], keyValue: true };
}

function isHeadingCell(text: string, rubric: Rubric): boolean {
  const words = statementWords(rubric);
  const cells = text.split('\t').map((c) => c.trim()).filter((c) => c);
  // Cells of a header row each name a column ("Support | Who | How often"); a row with a
  // provider or a frequency in it ("Support in lessons | LSA | As required") is content.
  if (cells.length > 1) {
    const role = compileRubric(rubric).role;
    const names = (c: string) => testFromStart(role, c);
    return cells.every((c) => c.length < 40 && !/\d/.test(c) && namesColumn(c, rubric) && !names(c) && !words.cellFrequency.test(c));
  }
  const t = text.trim();
  // A sentence is content, however short ("Support with spelling as required.").
  return t.length < 40 && !/\d/.test(t) && !/[.!?]$/.test(t) && words.headingCell.test(t);
}

/**
 * A sentence that continues the provision before it rather than starting one: it opens by referring
 * back ("These sessions…", "The therapist…"), or it adds nothing new and either points back to it
 * ("She will use it in every lesson") or gives only its amount or who ("Reviewed termly by the SENCo").
 */
function continuesProvision(sentence: string, w: StatementWords, rubric: Rubric): boolean {
  const dummy = w.dummyIt.test(sentence);
  if (!dummy && w.continues.test(sentence)) return true;
  if (dummy || w.newItem.test(sentence)) return false;
  if (w.amountOnly.test(sentence.trim())) return true;
  // "She finds it hard…" points back to nothing: a need stays out of the provision before it.
  if (refersBack(sentence, w, rubric) && !(w.needOnly.test(sentence) && !w.promise.test(sentence))) return true;
  return !w.ownActivity.test(sentence) && w.hasAmountOrWho.test(sentence) && sentence.length < 140;
}

/** A back-reference in the sentence, unless it comes after a subject of its own ("The school will ensure that…"). */
function refersBack(sentence: string, w: StatementWords, rubric: Rubric): boolean {
  if (!w.refersBack.test(sentence)) return false;
  const subject = nounSubject(sentence, rubric);
  return subject === null || w.refersBack.test(subject);
}

/** A cell's statement whose every sentence is boilerplate or a pointer ("See her reading programme under …"), with no amount: as in prose, no statement. */
function onlyBoilerplate(text: string, w: StatementWords): boolean {
  const spans = splitSentences(text);
  return spans.length > 0 && !w.strong.test(text) && spans.every((s) => w.boilerplate.test(text.slice(s.start, s.end).trim().replace(/\([^()]*\)/g, ' ')));
}

function proseGroups(u: Unit, key: SectionKey, leadIn: string, rubric: Rubric): Statement[] {
  const spans = splitSentences(u.text);
  const w = statementWords(rubric);
  const groups: { start: number; end: number }[] = [];
  for (const s of spans) {
    const sentence = u.text.slice(s.start, s.end);
    const prev = groups[groups.length - 1];
    // Boilerplate cites sections and Acts; only an amount makes it provision after all. An aside in
    // brackets ("(amount: see note 1 at the end of this section)") is a pointer, not the sentence's own words.
    if (w.boilerplate.test(sentence.replace(/\([^()]*\)/g, ' ')) && !w.strong.test(sentence)) continue;
    const before = prev ? u.text.slice(prev.start, prev.end) : '';
    // A sentence opening with an item's own label ("G3 Her emergency bag …", lines of a plain-text
    // plan run into one paragraph) starts its own statement, whatever it says (grammar).
    const labelled = /^\s*[A-K]\d{1,2}(?:\.\d{1,2})?\s+(?=[A-Z])/.test(sentence);
    // A label closing the paragraph ("… in every classroom. Specialist (individual):", a PDF cell's next
    // paragraph run into this one) heads what follows: it is no part of the statement before it.
    if (prev && s.end >= u.text.trimEnd().length && isCellLabel(sentence, w)) continue;
    if (prev && prev.end <= s.start && !labelled && (continuesProvision(sentence, w, rubric) || (!w.newItem.test(sentence) && namesProviderBefore(sentence, before, rubric))) && !startsOwnProvision(sentence, rubric) && !(childGetsMore(sentence, before, rubric) && !w.amountOnly.test(sentence.trim())) && !repeatsSubject(sentence, u.text.slice(prev.start, prev.end), rubric) && !(!refersBack(sentence, w, rubric) && startsNewSubject(sentence, u.text.slice(prev.start, prev.end), rubric))) {
      prev.end = s.end;
      continue;
    }
    if ((w.funding.test(sentence) && !w.fundingTime.test(sentence)) || w.outcomeLabel.test(sentence)) continue;
    // A sentence giving a rate of its own ("every 6 months", "3 times a term") says how often something is done: provision.
    // A line of a combined table's provision cell that is one sentence is provision by where it stands
    // (the column it was read into), whatever words it uses ("Acoustic panels for his classroom.").
    const wholeCell = u.row !== undefined && u.kind === 'paragraph' && spans.length === 1 && !w.saysNone.test(sentence.trim());
    if (!wholeCell && !w.provisionCue.test(sentence) && !namesProvision(sentence, rubric) && !isLabelledProvision(sentence, rubric) && !leavesToDiscretion(sentence, rubric) && periodsIn(sentence, rubric).length === 0) continue;
    if (w.needOnly.test(sentence) && !w.promise.test(sentence) && !w.strong.test(sentence)) continue;
    groups.push({ ...s });
  }
  return groups.map((g) => {
    // A typed bullet ("o ", "- ") that opens a sentence is not part of the statement.
    const marker = /^(?:[o•▪◦*–-])\s+/.exec(u.text.slice(g.start, g.end));
    const start = g.start + (marker ? marker[0].length : 0);
    return { section: key, start: u.start + start, end: u.start + g.end, page: u.page, text: u.text.slice(start, g.end), context: leadIn };
  });
}

/**
 * A sentence that leaves how often or by whom to discretion, by a rubric hedge ("Signing to be used
 * where possible"): hedged provision, whatever else it names.
 */
function leavesToDiscretion(sentence: string, rubric: Rubric): boolean {
  // What the child can do ("Kai can read up to 20 words") is a need, hedge or not (grammar, not vocabulary).
  if (/\b(?:can(?:not)?|(?:is|are) (?:not )?able to)\b/i.test(sentence)) return false;
  return compileRubric(rubric).vague.some(({ spec, re }) => spec.hedge && spec.undermines !== 'activity' && testFromStart(re, sentence));
}

/**
 * The row's provision cells (or outcome cells), by their column headers; every cell without headers.
 * With `words`, a provision cell that is only a number under a column of amounts ("10" under "Hours
 * per week") is read as that many of the header's unit ("10 Hours per week"), as the table means it.
 */
function pickCells(u: Unit, want: 'provision' | 'outcome', rubric: Rubric, words?: StatementWords): { start: number; end: number; text: string } | null {
  const cells = u.cells ?? [];
  if (cells.length === 0) return null;
  let chosen = cells;
  if (u.headers && u.headers.some((h) => h.trim())) {
    const roles = u.headers.map((h) => columnRole(h, rubric));
    const keep = cells.filter((_, i) => {
      const r = roles[i];
      if (r === 'need' || r === 'label' || r === 'review') return false;
      // A cost is what the provision costs, not what it is.
      if (words && want === 'provision' && words.costColumn.test(u.headers![i].trim())) return false;
      if (want === 'provision') return r !== 'outcome';
      return r === 'outcome' || r === 'time' || (r === 'other' && !roles.includes('outcome'));
    });
    if (keep.length) chosen = keep;
    else if (want === 'outcome' && roles.includes('outcome')) return null;
  }
  const start = chosen[0].start;
  const end = chosen[chosen.length - 1].end;
  // A week's grid, a column a day ("Provision | Mon | Tue | … | Staff"): the days its cells are filled
  // on are how often ("11.00–11.20" under Mon and Wed: at that time on Mondays and Wednesdays); a tick
  // says only the day. Read as one phrase where the first day's cell stands.
  const dayOf = (c: (typeof cells)[number]) => (words ? weekdayColumn(u.headers?.[cells.indexOf(c)] ?? '', words.weekdays) : undefined);
  const dayCells = chosen.filter((c) => dayOf(c) && !DASH_OR_EMPTY.test(c.text.trim()));
  const dayPhrase = dayCells.length ? weekPhrase(dayCells.map((c) => ({ day: dayOf(c)!, text: TICK.test(c.text.trim()) ? '' : c.text.trim().replace(/\s+/g, ' ') }))) : '';
  const read = (c: { text: string }) => {
    const header = words && u.headers?.[cells.indexOf(c as (typeof cells)[number])]?.trim();
    if (!header) return c.text;
    // A cell under a term's column is the amount in that term ("6 x 45 minutes" under "Autumn term
    // 2026"), unless it says its own period or nothing at all (a dash: the term it does not run in).
    if (words!.termColumn.test(header)) {
      const t = c.text.trim();
      return /\w/.test(t) && !findAmount(t, rubric).period ? `${c.text} in ${header.replace(/\s*:$/, '')}` : c.text;
    }
    if (!words!.amountColumn.test(header)) return c.text;
    const m = words!.bareAmount.exec(c.text.trim());
    return m ? `${m[1]} ${header.replace(/\s*:$/, '')}${c.text.trim().slice(m[1].length)}` : c.text;
  };
  const texts = dayPhrase ? chosen.flatMap((c) => (!dayCells.includes(c) ? [read(c)] : c === dayCells[0] ? [dayPhrase] : [])) : chosen.map(read);
  return { start, end, text: texts.join('\t') };
}

// A cell that is only a tick ("✓"), and one that is empty or a dash: marks, so layout.
const TICK = /^[✓✔☑]$/u;
const DASH_OR_EMPTY = /^[-–—]?$/;

/** The weekday a column's header names, whole or cut short to three letters or more ("Mon", "Thurs."); undefined for any other header. */
export function weekdayColumn(header: string, weekdays: string[]): string | undefined {
  const h = header.trim().toLowerCase().replace(/[.:]$/, '');
  return h.length >= 3 && /^[a-z]+$/.test(h) ? weekdays.find((d) => d.startsWith(h)) : undefined;
}

/** "11.00–11.20 on Mondays, Wednesdays and Fridays": a week's filled day cells as one phrase, the same cells sharing their words. */
function weekPhrase(cells: { day: string; text: string }[]): string {
  const plural = (d: string) => `${d[0].toUpperCase()}${d.slice(1)}s`;
  const list = (ds: string[]) => (ds.length === 1 ? ds[0] : `${ds.slice(0, -1).join(', ')} and ${ds[ds.length - 1]}`);
  const byText = new Map<string, string[]>();
  for (const c of cells) byText.set(c.text, [...(byText.get(c.text) ?? []), plural(c.day)]);
  return [...byText].map(([text, days]) => `${text ? `${text} ` : ''}on ${list(days)}`).join('; ');
}

// An item marker inside running text: "(i)", "ii)", "(b)", "3)" after the start, a space or a colon.
const INLINE_MARKER = /(?<=^|[\s:;,.])\(?([ivx]{1,4}|[a-h]|\d{1,2})\)\s+(?=\S)/g;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/**
 * Items listed inline in one paragraph ("Outcomes: (i) By July, Leo will … (ii) Leo will …"): the
 * span of each item without its marker, where two or more markers count up from the first (i, ii,
 * iii; a, b, c; 1, 2, 3); null otherwise. Text before the first marker is not an item.
 */
export function inlineItems(text: string, rubric?: Pick<Rubric, 'vocabulary'>): { start: number; end: number }[] | null {
  const marks = [...text.matchAll(INLINE_MARKER)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, v: m[1] }));
  if (marks.length < 2) return null;
  const scheme = (v: string) => (/^\d+$/.test(v) ? 'n' : v === 'i' || ROMAN[v] ? 'r' : 'a');
  const value = (v: string, sch: string) => (sch === 'n' ? Number(v) : sch === 'r' ? ROMAN[v] ?? 0 : v.charCodeAt(0) - 96);
  const first = marks[0];
  const sch = scheme(first.v);
  if (value(first.v, sch) !== 1) return null;
  // Keep the markers that go on counting; others ("(b)" in "Part (b)") are text.
  const kept = [first];
  for (const m of marks.slice(1)) if (scheme(m.v) === sch || (sch === 'r' && /^[ivx]+$/.test(m.v))) if (value(m.v, sch) === value(kept[kept.length - 1].v, sch) + 1) kept.push(m);
  if (kept.length < 2) return null;
  return kept.map((m, i) => {
    let end = i + 1 < kept.length ? kept[i + 1].at : text.length;
    // The joining words before the next marker ("…; and (c)") are not the item's.
    while (end > m.end && /[\s;,]/.test(text[end - 1])) end--;
    const tail = statementWords(rubric).itemJoinerTail.exec(text.slice(m.end, end));
    if (tail) end -= tail[0].length;
    return { start: m.end, end };
  });
}

/**
 * A paragraph that opens with a purpose and a promise ("To help Ali reach this, he will receive a …;
 * a …; and a …"): the lead-in, each thing its first sentence lists (split at ";", a joining "and" left
 * out) and the rest of the paragraph after that sentence; null for any other paragraph.
 */
function receivedItems(u: Unit, words: StatementWords): { leadIn: string; items: { start: number; end: number; text: string }[]; rest: Unit | null } | null {
  if (u.kind !== 'paragraph') return null;
  const lead = words.receiveLeadIn.exec(u.text.trimStart());
  if (!lead) return null;
  const from = u.text.length - u.text.trimStart().length + lead[0].length;
  const first = splitSentences(u.text).find((s) => s.end > from);
  if (!first) return null;
  const items: { start: number; end: number; text: string }[] = [];
  let at = from;
  for (const piece of u.text.slice(from, first.end).split(/(?<=;)\s+/)) {
    const joiner = words.itemJoinerHead.exec(piece)?.[0].length ?? 0;
    const text = piece.slice(joiner).trimEnd();
    if (text) items.push({ start: u.start + at + joiner, end: u.start + at + joiner + text.length, text });
    at += piece.length + (u.text.slice(at + piece.length).match(/^\s*/)?.[0].length ?? 0);
  }
  const restText = u.text.slice(first.end);
  const skip = restText.length - restText.trimStart().length;
  const rest = restText.trim() ? { ...u, start: u.start + first.end + skip, text: restText.slice(skip) } : null;
  return { leadIn: u.text.slice(0, from).trim(), items, rest };
}

/** A paragraph unit cut into one unit per inline item, or as it is. */
function byInlineItems(u: Unit, rubric: Rubric): Unit[] {
  const items = u.kind === 'paragraph' ? inlineItems(u.text, rubric) : null;
  if (!items) return [u];
  return items.map((it) => ({ ...u, start: u.start + it.start, end: u.start + it.end, text: u.text.slice(it.start, it.end) }));
}

export function outcomeStatements(section: FoundSection, opts: Pick<StatementOptions, 'rubric'> = {}): Statement[] {
  const rubric = opts.rubric ?? loadRubric();
  const words = statementWords(rubric);
  const out: Statement[] = [];
  let leadIn = '';
  let area: string | null = null;
  // A column whose cells date themselves ("By July 2026, …"): its header's time is the kind of outcome
  // it holds, and a cell with no date of its own lacks one.
  const selfDated = new Set<string>();
  for (const u of section.units) u.cells?.forEach((c, i) => {
    const h = u.headers?.[i];
    if (h && columnRole(h, rubric) === 'outcome' && isTimeBound(c.text, rubric)) selfDated.add(h);
  });
  for (const u of joinBrokenLines(section.units)) {
    if (u.kind !== 'row' && (isAreaHeading(u.text, words) || ((u.subheading || u.template) && leadingArea(u.text, rubric)))) {
      area = leadingArea(u.text, rubric) ?? areaName(u.text, words);
      leadIn = '';
      continue;
    }
    if (u.template || CONTINUATION.test(u.text.trim())) continue;
    const thread = { row: u.row, area: u.area ?? area };
    if (u.kind === 'row') {
      const picked = pickCells(u, 'outcome', rubric);
      // "Long-term outcome (by the end of Key Stage 1)": a column header that gives its cells' time, as a lead-in does,
      // where none of them gives its own.
      const timedHeader = u.headers?.find((h) => columnRole(h, rubric) === 'outcome' && !selfDated.has(h) && isTimeBound(h, rubric));
      if (picked && !words.empty.test(picked.text.trim()) && !isHeadingCell(picked.text, rubric)) out.push({ section: 'E', ...picked, ...(u.quote ?? {}), page: u.page, context: timedHeader ?? leadIn, ...thread });
      continue;
    }
    const t = u.text.trim();
    if (!t || words.empty.test(t)) continue;
    if (u.subheading || isLeadIn(t) || (u.kind === 'paragraph' && words.outcomeLabelLine.test(t))) {
      // "By the end of Key Stage 2, Amara will:" carries its date to the outcomes under it.
      leadIn = isTimeBound(t, rubric) || words.promiseLeadIn.test(t) ? t : '';
      continue;
    }
    if (words.outcomeBoilerplate.test(t) && u.kind === 'paragraph') continue;
    if (u.kind === 'listItem') {
      out.push({ section: 'E', start: u.start, end: u.end, page: u.page, text: u.text, context: leadIn, ...thread });
      continue;
    }
    for (const part of byInlineItems(u, rubric)) {
      let last: (typeof out)[number] | null = null;
      for (const s of splitSentences(part.text)) {
        const sentence = part.text.slice(s.start, s.end);
        // The row's "By when" cell run on after the outcome (DOCX and PDF put a space for the tab): it belongs to that outcome.
        if (last && words.timeCell.test(sentence)) {
          last.end = part.start + s.end;
          last.text = part.text.slice(last.start - part.start, s.end);
          last = null;
          continue;
        }
        last = null;
        if (!words.outcomeCue.test(sentence) || words.outcomeBoilerplate.test(sentence)) continue;
        last = { section: 'E', start: part.start + s.start, end: part.start + s.end, page: u.page, text: sentence, context: leadIn, ...thread };
        out.push(last);
      }
    }
  }
  joinNotes(out, section.units);
  withoutItemCodes(out, 'E');
  return out;
}

// An item's typed reference code opening it, of its own section's letter ("F2.1 ", "G5.1 ", "H6.1 ",
// "E2.1 "), and a bracketed pointer to another item closing it ("(→ E2.1)", "(E2.1)"): grammar of a
// form's numbering, not words. Group 1 the letter.
// A code before a record's field labels ("F3 What: …") is the record's own label line, and stays.
const ITEM_CODE = /^([A-K])\d{1,2}(?:\.\d{1,2}){0,2}[.:)]?\s+(?=[\p{Lu}\p{N}("'‘“])(?![\p{L}][\p{L}/ ]{0,25}:)/u;
const ITEM_POINTER = /\s*\((?:→|->|⇒|=>)?\s*(?:[A-K]|H[12])\d{1,2}(?:\.\d{1,2}){0,2}(?:\s*(?:,|and|&)\s*(?:[A-K]|H[12])?\d{1,2}(?:\.\d{1,2}){0,2})*\s*\)\s*$/u;

/**
 * A plan that numbers each provision and outcome ("F2.1 … (→ E2.1)", "E2.1 …") has each judged without
 * its code and pointer: they are references, not what is provided or achieved, and a code's digits
 * are no amount and no measure. Only a code of the statement's own section's letter is taken off.
 * The quote (the span) keeps them: it is the plan's own line, as a reader would copy it.
 */
function withoutItemCodes(out: Statement[], key: SectionKey): void {
  for (const [i, st] of out.entries()) {
    let { text } = st;
    const lead = ITEM_CODE.exec(text);
    if (lead && lead[1] === key[0]) text = text.slice(lead[0].length);
    const tail = ITEM_POINTER.exec(text);
    if (tail && tail.index > 0 && (/[→>⇒]/.test(tail[0]) || /[.!?]["'’”]?$/.test(text.slice(0, tail.index)))) text = text.slice(0, tail.index);
    if (text !== st.text) out[i] = { ...st, text };
  }
}

/**
 * Notes printed after the statements they explain ("Speech and language therapy, … [1]" and, under
 * the section, "[1] The therapist must be registered with the HCPC."): a note is part of the statement
 * its marker is on, so the statement is judged with its note's words (a note may leave the provision to
 * judgement, or say who delivers it), and is quoted without its marker; a note is not a statement of its
 * own. Grammar of layout (a bracketed number closing a statement, and one leading its note), not words.
 * A marker whose note is not in the section is left as it is.
 */
const NOTE_MARKER = /\s*\[(\d{1,2})\](?=[.;,]?\s*$)/;
const MARKER_AFTER = /^\s*\[(\d{1,2})\](?=[.;,]?(?:\s|$))/;
const NOTE = /^\[(\d{1,2})\]\s+(\S[\s\S]*)$/;

export function joinNotes(out: Statement[], units: readonly Unit[]): void {
  const candidates: { unit: Unit; n: string; text: string }[] = [];
  for (const u of units) {
    if (u.kind === 'row') continue;
    const m = NOTE.exec(u.text.trim());
    if (m) candidates.push({ unit: u, n: m[1], text: m[2].trim() });
  }
  if (candidates.length === 0) return;
  const inCandidate = (st: Statement) => candidates.some(({ unit: u }) => u.start <= st.start && st.end <= u.end);
  // The marker inside the statement ("… ideas [1].") or just after its stop ("… ideas. [1]").
  const markerOf = (st: Statement) => {
    const inside = NOTE_MARKER.exec(st.text);
    const unit = inside ? undefined : units.find((u) => u.kind !== 'row' && u.start <= st.start && st.end <= u.end && u.end - u.start === u.text.length);
    const after = unit ? MARKER_AFTER.exec(unit.text.slice(st.end - unit.start)) : null;
    return { inside, n: inside?.[1] ?? after?.[1] };
  };
  // Only a line some statement points to is a note: items numbered "[1]", "[2]" with no marker pointing
  // at them are the section's own items.
  const referenced = new Set(out.filter((st) => !inCandidate(st)).map((st) => markerOf(st).n).filter((n): n is string => n !== undefined));
  const notes = new Map<string, string>();
  const noteUnits: Unit[] = [];
  for (const c of candidates) {
    if (!referenced.has(c.n)) continue;
    noteUnits.push(c.unit);
    if (!notes.has(c.n)) notes.set(c.n, c.text);
  }
  if (notes.size === 0) return;
  const kept: Statement[] = [];
  for (const st of out) {
    if (noteUnits.some((u) => u.start <= st.start && st.end <= u.end)) continue;
    const { inside, n } = markerOf(st);
    const note = n === undefined ? undefined : notes.get(n);
    if (note === undefined) {
      kept.push(st);
      continue;
    }
    if (!inside) {
      kept.push({ ...st, text: `${st.text} ${note}` });
      continue;
    }
    const own = (st.text.slice(0, inside.index) + st.text.slice(inside.index + inside[0].length)).trimEnd();
    // The quote ends before the marker where the statement is the document's text as it stands.
    const end = st.end - st.start === st.text.length ? st.start + st.text.slice(0, inside.index).trimEnd().length : st.end;
    kept.push({ ...st, end: Math.max(st.start + 1, end), text: `${own} ${note}` });
  }
  out.splice(0, out.length, ...kept);
}
