// Splits F, G, H1, H2 into provision statements and E into outcomes (contract "Statements"):
// one bullet or numbered item, one table row's provision (or outcome) cells, or one sentence
// group in prose. Headings, needs, introductions and boilerplate are neither.
import { columnRole, leadingArea, type FoundSection, type Unit } from './sections.ts';
import { namesColumn } from './sections/columns.ts';
import { vocabularyOf } from './vocabulary.ts';
import { splitSentences, isTimeBound } from './quantities.ts';
import type { SectionKey } from './report-schema.ts';
import { compileRubric, loadRubric, type Rubric } from './rubric.ts';
import { isFieldLine, isLabelledProvision, startsOwnProvision } from './statement-cues.ts';

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

const EMPTY = /^(?:n\/?a|none|nil|not applicable|no (?:\w+ ){0,3}(?:provision|needs?|support)(?: (?:identified|required|at this time|currently))?|none (?:identified|required|at this time)|-+|–|tbc|to be confirmed)\.?$/i;

// Introductions and statutory boilerplate: about the plan or the duty, not about the child's provision.
const BOILERPLATE = /(?:\blocal authority (?:must|will|has a (?:legal )?duty|is (?:legally )?responsible|shall)|\bsection 42\b|\bs\.? ?42\b|\bthis section\b|\bin this section\b|\bset out (?:below|in this)|\bthe following (?:\w+ )?(?:provision|support|outcomes?|will)\b|\bprovision (?:is|will be) (?:set out|detailed|listed) below|\bthe provision (?:below|above|listed|detailed|set out)\b|\bset out by (?:area|section|outcome)\b|\boutcomes? (?:are|is) (?:the benefit|what)|\bshould be SMART\b|\bwill be reviewed at (?:the|each) annual review\b|\bplease (?:see|refer)|\bsee (?:section|appendix)|\bthe (?:child|young person)'s (?:parents|family) (?:have|were)|\bCode of Practice\b|\bregulations\b|\bregulation \d|\breg\.? ?\d+\()/i;

// Needs described inside F: "Amara has difficulty…", "He finds it hard to…".
const NEED_ONLY = /(?:\bdifficult(?:y|ies)\b|\bstruggles?\b|\bfinds? it (?:hard|difficult)\b|\bdiagnos(?:is|ed)\b|\bpresents? (?:with|as)\b|\bdelay(?:ed)?\b|\bbelow age[- ]related\b|\bis working at\b|\bhas been assessed\b|\bexperiences?\b|\bcan become\b|\bbecomes? (?:anxious|upset|distressed|dysregulated)\b|\bis under (?:the care of|review by)\b|\bis known to\b)/i;
// Funding and budget lines are about money, not what the child receives.
const FUNDING = /^(?:(?:top[- ]up )?funding|band(?:ing)?\b|element [123]|cost|£\s?\d)|\bnotional (?:SEN )?budget\b|\btop[- ]up funding\b|\bfunding band\b|\bwill (?:be )?fund(?:ed)? (?:this|the|all|from)\b|\bfunding of £/i;
// An outcome or target quoted inside F ("Outcome: Harry will read 50 words by July 2027").
const OUTCOME_LABEL = /^(?:(?:long|short|medium)[- ]term )?(?:outcomes?|targets?|aims?|objectives?|goals?)\s*(?:\d+\s*)?[:–-]/i;
const PROVISION_CUE = /\b(?:will|shall|must|should|to (?:receive|have|be provided|be given|be delivered|access)|is to|are to|provided|delivered|receive|per|weekly|daily|fortnightly|termly|minutes?|mins?|hours?|hrs?|sessions?|x\s*\d|\d\s*x|1:1|programme|therapy|equipment|access|support(?:s|ed)?|use of|training|available|help|input|interventions?|opportunit(?:y|ies)|advice|involvement|strateg(?:y|ies)|approach|arrangements?|placement|teaching|taught|breaks?|reviews?|check-?ins?|visits?|work|curriculum|environment|adjustments?|resources?|aids?|group|club|as (?:and when )?(?:required|needed|appropriate)|contact|liaison|meetings?|diary|tbc|to be confirmed)\b/i;

// A sentence that continues the one before: "This will be delivered by…", "Sessions will last…",
// or a labelled field of the same provision ("Who: teaching assistant. When: daily.").
const CONTINUES = /^(?:this|these|it|they|sessions?|each session|the (?:sessions?|programme|intervention|group|therapy|therapist|work|support|provision|activities|teaching assistant|TA|adult|SaLT|SALT|OT|input|plan|equipment)|delivered|to be delivered|which|in addition,? (?:this|these)|all sessions|both|such sessions|(?:who|by whom|provider|delivered by|staff(?:ing)?|when|how often|how long|frequency|duration|length|amount|hours|group(?: size)?|ratio|where|qualifications?|training|expertise)\s*:)/i;
const HAS_AMOUNT_OR_WHO = /\b(?:minutes?|hours?|weekly|daily|fortnightly|termly|per|each|every|times|x\s*\d|\d\s*x|by an? |by the |delivered|led by|trained|qualified)\b/i;
// "It is also recommended that…": an "it" that refers to nothing before it.
const DUMMY_IT = /^it (?:is|would be|will be|may be|might be|has been) (?:also |further )?(?:recommended|advised|suggested|important|essential|vital|helpful|necessary|beneficial|agreed)\b/i;
// A sentence that says it adds another provision ("She will also have…", "In addition, a laptop…").
// "Also" alone may go on about the same one ("Progress will also be reviewed termly").
const NEW_ITEM = /\b(?:will also (?:have|receive|get|attend|be given|be provided with|need|use|access|go)|also (?:has|have|receives?|needs?|attends?)|in addition|additionally|furthermore|as well as this|another|a further|separately)\b/i;
// A word that points back to the provision before it ("She will use it in every lesson").
const REFERS_BACK = /\b(?:it|its|them|these|those|the same|(?:this|that)(?! (?:term|year|week|half[- ]term|academic year|plan|section|time|summer|autumn|spring)\b))\b/i;
// "She will have 6 sessions of 45 minutes each term": only the amount of the provision named before.
const AMOUNT_ONLY = /^(?:(?:she|he|they|[A-Z][a-z]+) will (?:have|receive|get|be given)\s+|(?:this|it) will be\s+)?(?:(?:up to|at least|a minimum of)\s+)?(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|eight|ten|twelve)\s*(?:x\s*\d+\s*)?(?:-?(?:minute|hour)s?\s+)?(?:sessions?|hours?|minutes?|mins?|visits?|lessons?)\b(?:\s+of\s+(?:\d+|one|an?)\s*(?:-?minutes?|mins?|hours?))?(?:\s*,?\s*(?:each|every|per|a|an|once a|twice a)\s+(?:\w+\s+)?(?:week|day|term|half[- ]term|fortnight|month|year|lesson))?\s*[.;]?$/i;
const OWN_ACTIVITY = /\b(?:programme|therapy|intervention|group|sessions? of|equipment|laptop|will (?:have|receive|use|attend|be given|be provided))\b/i;
// Areas of need used as sub-headings inside F ("Communication and interaction", "Cognition and learning").
const AREA_HEADING = /^(?:(?:area of need|areas? of (?:need|provision)|provision for)\s*:?\s*)?(?:communication(?:,? (?:and )?(?:interaction|language))*|cognition(?: and learning)?|social,? emotional(?:,? and mental health)?(?: \(SEMH\))?|SEMH|sensory(?: and(?:\/or)? physical)?(?: needs?)?|physical(?: and(?:\/or)? sensory)?(?: needs?)?|speech,? language(?: and communication)?(?: needs?)?|SLCN|(?:hearing|visual|vision|multi-?sensory) (?:impairment|loss)|physical disability|(?:literacy|numeracy|maths|english|reading|writing|spelling|independence|self[- ]care|preparing for adulthood|employment|independent living|community(?: inclusion| participation)?|friendships?|health|medical|mobility|learning|behaviour|emotional wellbeing|wellbeing|attention|memory|motor skills)(?:(?:,| and|\/) (?:literacy|numeracy|maths|english|reading|writing|spelling|independence|self[- ]care|learning|attention|memory|communication|wellbeing|relationships|community(?: inclusion| participation)?|friendships?|independent living|health|good health))*)(?:\s+needs?)?\s*:?$/i;

/** The area a sub-heading names, without its numbering or trailing colon ("2. Cognition & Learning:" -> "Cognition & Learning"). */
function areaName(text: string): string {
  return text.trim().replace(/^(?:(?:area|section)\s+)?(?:\d{1,2}(?:\.\d{1,2}){0,2}[.):]?|[a-z][.)]|[ivx]{1,4}[.)])\s+/i, '').replace(/\s*:$/, '');
}

/** An area of need standing as a sub-heading, however it is numbered or abbreviated ("2. Cognition & Learning (C&L)"). */
function isAreaHeading(text: string): boolean {
  // Length first: the clean-up below is linear only on short lines.
  if (text.length > 120) return false;
  const t = text
    .trim()
    .replace(/^(?:(?:area|section)\s+)?(?:\d{1,2}(?:\.\d{1,2}){0,2}[.):]?|[a-z][.)]|[ivx]{1,4}[.)])\s+/i, '')
    .replace(/\s*\([A-Za-z&\/ ]{2,12}\)\s*(:?)$/, '$1')
    .replace(/\s*&\s*/g, ' and ');
  return t.length <= 80 && AREA_HEADING.test(t);
}

// Headings made only of category words ("Specialist support", "Equipment and resources", "Staffing").
const CATEGORY = String.raw`(?:provision|support|resources|equipment|staffing|strategies|interventions|approaches|adjustments|arrangements|environment|monitoring|review|therapy|therapies|teaching|curriculum|grouping|transition|training|care|input|advice)`;
const GENERIC_HEADING = new RegExp(String.raw`^(?:(?:additional|specialist|educational|special|other|further|physical|sensory|health|medical|teaching|learning|curriculum|pastoral|personal|social|access|exam(?:ination)?|staff|key|general|whole[- ]school|class(?:room)?)\s+)*${CATEGORY}(?:\s*(?:and|&|\/|,)\s*(?:(?:additional|specialist|staff)\s+)?${CATEGORY})*\s*:?$`, 'i');

export interface StatementOptions {
  /** The vocabulary that tells provision from a heading (the rubric's activities and roles). */
  rubric?: Rubric;
  /** The whole document is this section's body (CLI --section): a lone line is a statement. */
  wholeSection?: boolean;
}

function isLeadIn(text: string): boolean {
  return /:\s*$/.test(text.trim());
}

/** Whether a short line names something that can be provided (so it is an item, not a sub-heading). */
function namesProvision(text: string, rubric: Rubric): boolean {
  const t = text.trim();
  if (AREA_HEADING.test(t) || GENERIC_HEADING.test(t)) return false;
  const c = compileRubric(rubric);
  const a = c.activity;
  const hit = (re: RegExp) => {
    re.lastIndex = 0;
    const r = re.test(t);
    re.lastIndex = 0;
    return r;
  };
  return hit(a.sessions) || hit(a.equipment) || hit(a.adjustments) || hit(a.oneOff) || hit(a.continuous) || hit(c.role) || PROVISION_CUE.test(t) || /\b(?:1:1|small group|card|toys?|cushion|overlays?|paper|programme|scheme|club)\b/i.test(t);
}

/**
 * Lines broken mid-sentence into paragraphs of their own (flattened text opened in Word, a
 * paragraph per line): a paragraph or item with no closing punctuation and a paragraph after it
 * that opens in lower case are one unit.
 */
function joinBrokenLines(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    if (prev && (prev.kind === 'paragraph' || prev.kind === 'listItem') && u.kind === 'paragraph' && !prev.template && !u.template && !prev.row && !u.row && !/[.!?:;)]["'’”]?$/.test(prev.text.trim()) && /^[a-z]/.test(u.text.trim()) && prev.text.trim().length >= 30) {
      out[out.length - 1] = { ...prev, end: u.end, text: `${prev.text.trimEnd()} ${u.text.trim()}`, subheading: false };
      continue;
    }
    out.push(u);
  }
  return out;
}

export function provisionStatements(section: FoundSection, opts: StatementOptions = {}): Statement[] {
  const rubric = opts.rubric ?? loadRubric();
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
  for (const raw of joinBrokenLines(section.units)) {
    const u = asLabelRow(raw);
    // "Who: …" / "How often: …" on the line after a provision: its fields (statement-cues.ts).
    const last = out[out.length - 1];
    const lastEnd = prevEnd;
    prevEnd = u.end;
    if (u.kind !== 'row' && last && last.end === lastEnd && isFieldLine(u.text)) {
      out[out.length - 1] = { ...last, end: u.end, text: `${last.text} ${u.text.trim()}` };
      continue;
    }
    if (u.kind !== 'row' || !u.keyValue) flushKeyValue();
    // An area of need as a numbered item or a row spanning a table is a sub-heading: it provides
    // nothing and ends the lead-in before it.
    if ((u.kind !== 'row' || (u.cells?.length ?? 0) === 1) && (isAreaHeading(u.text) || ((u.subheading || u.template) && leadingArea(u.text)))) {
      leadIn = '';
      area = leadingArea(u.text) ?? areaName(u.text);
      continue;
    }
    if (u.template) continue;
    const thread = { row: u.row, area: u.area ?? area };
    if (u.kind === 'row') {
      if (u.keyValue) {
        // "Provision | …", "Frequency | …", "Provider | …": one statement until a label repeats
        // or a new "what" starts.
        const label = u.headers?.[0]?.trim().toLowerCase() ?? '';
        if (kv.some((k) => k.headers?.[0]?.trim().toLowerCase() === label) || WHAT_LABEL.test(label)) flushKeyValue();
        kv.push(u);
        continue;
      }
      const picked = pickCells(u, 'provision');
      if (picked && !EMPTY.test(picked.text.trim()) && !isHeadingCell(picked.text, rubric)) out.push({ section: key, ...picked, page: u.page, context: leadIn, ...thread });
      continue;
    }
    const t = u.text.trim();
    if (!t || EMPTY.test(t)) continue;
    // A short line without a full stop reads as a sub-heading, but where bullets were lost (PDF)
    // it is often an item: "Reading support", "Time out card".
    // "F4 What: a calm box … Who: How often:": labelled as provision, so neither a sub-heading nor a
    // lead-in, though its last field is left empty.
    const labelled = isLabelledProvision(t);
    if (!labelled && u.subheading && (isLeadIn(t) || !namesProvision(t, rubric))) {
      leadIn = isLeadIn(t) && !/^(?:[A-Z][\w ]{0,40}):$/.test(t) ? t : '';
      continue;
    }
    if (!labelled && isLeadIn(t) && (u.kind === 'paragraph' || t.length < 60)) {
      leadIn = BOILERPLATE.test(t) ? '' : t;
      continue;
    }
    if (u.kind === 'listItem') {
      if (!BOILERPLATE.test(t)) out.push({ section: key, start: u.start, end: u.end, page: u.page, text: u.text, context: leadIn, ...thread });
      continue;
    }
    for (const part of byInlineItems(u)) out.push(...proseGroups(part, key, leadIn, rubric).map((st) => ({ ...st, ...thread })));
  }
  flushKeyValue();
  if (out.length === 0 && opts.wholeSection) {
    // A pasted statement checked on its own: whatever it is, it is what the user asked about.
    for (const u of section.units) {
      if (u.kind === 'row' || u.template || !u.text.trim() || EMPTY.test(u.text.trim())) continue;
      out.push({ section: key, start: u.start, end: u.end, page: u.page, text: u.text, context: '' });
    }
  }
  return out;
}

// Field labels of a two-column "label | value" grid.
const FIELD_LABEL = /^(?:provision|what|intervention|support|description|frequency|how often|how much|duration|length|hours|time|timing|when|staffing|staff|who|by whom|provider|delivered by|responsib\w*|group(?: size)?|ratio|where|resources?|review(?:ed)?(?: by)?|qualifications?|expertise)\s*:?$/i;
const WHAT_LABEL = /^(?:provision|what|intervention|support|description)\s*:?$/i;

/**
 * A two-cell row whose first cell is a field label is a label | value row, even where the grid's
 * first row ("Provision | Social skills group") was read as the table's header.
 */
function asLabelRow(u: Unit): Unit {
  if (u.kind !== 'row' || u.keyValue || !u.cells || u.cells.length !== 2) return u;
  const [label, value] = u.cells;
  if (!FIELD_LABEL.test(label.text.trim()) || !value.text.trim()) return u;
  return { ...u, start: value.start, end: value.end, text: value.text, cells: [value], headers: [label.text], keyValue: true };
}

const frequencyCache = new WeakMap<Rubric, RegExp>();
/** The rubric's frequencies ("weekly", "each term") and the open-ended ones a table cell holds ("as required"). */
function frequencyWords(rubric: Rubric): RegExp {
  let re = frequencyCache.get(rubric);
  if (!re) {
    re = new RegExp(String.raw`(?<![\w])(?:${vocabularyOf(rubric).frequencies}|as (?:and when )?(?:required|needed|appropriate)|as and when|ongoing|daily|weekly|termly)(?![\w])`, 'i');
    frequencyCache.set(rubric, re);
  }
  return re;
}

function isHeadingCell(text: string, rubric: Rubric): boolean {
  const cells = text.split('\t').map((c) => c.trim()).filter((c) => c);
  // Cells of a header row each name a column ("Support | Who | How often"); a row with a
  // provider or a frequency in it ("Support in lessons | LSA | As required") is content.
  if (cells.length > 1) {
    const role = compileRubric(rubric).role;
    const names = (c: string) => {
      role.lastIndex = 0;
      const r = role.test(c);
      role.lastIndex = 0;
      return r;
    };
    return cells.every((c) => c.length < 40 && !/\d/.test(c) && namesColumn(c) && !names(c) && !frequencyWords(rubric).test(c));
  }
  const t = text.trim();
  // A sentence is content, however short ("Support with spelling as required.").
  return t.length < 40 && !/\d/.test(t) && !/[.!?]$/.test(t) && /^(?:provision|support|who|frequency|outcomes?|needs?|area|resources|by whom)\b/i.test(t);
}

/**
 * A sentence that continues the provision before it rather than starting one: it opens by referring
 * back ("These sessions…", "The therapist…"), or it adds nothing new and either points back to it
 * ("She will use it in every lesson") or gives only its amount or who ("Reviewed termly by the SENCo").
 */
function continuesProvision(sentence: string): boolean {
  const dummy = DUMMY_IT.test(sentence);
  if (!dummy && CONTINUES.test(sentence)) return true;
  if (dummy || NEW_ITEM.test(sentence)) return false;
  if (AMOUNT_ONLY.test(sentence.trim())) return true;
  // "She finds it hard…" points back to nothing: a need stays out of the provision before it.
  if (REFERS_BACK.test(sentence) && !(NEED_ONLY.test(sentence) && !/\bwill\b/i.test(sentence))) return true;
  return !OWN_ACTIVITY.test(sentence) && HAS_AMOUNT_OR_WHO.test(sentence) && sentence.length < 140;
}

function proseGroups(u: Unit, key: SectionKey, leadIn: string, rubric: Rubric): Statement[] {
  const spans = splitSentences(u.text);
  const groups: { start: number; end: number }[] = [];
  for (const s of spans) {
    const sentence = u.text.slice(s.start, s.end);
    const prev = groups[groups.length - 1];
    // Boilerplate cites sections and Acts; only an amount makes it provision after all.
    if (BOILERPLATE.test(sentence) && !STRONG.test(sentence)) continue;
    if (prev && prev.end <= s.start && continuesProvision(sentence) && !startsOwnProvision(sentence, rubric)) {
      prev.end = s.end;
      continue;
    }
    if ((FUNDING.test(sentence) && !/\b(?:hours?|minutes?|sessions?)\b/i.test(sentence)) || OUTCOME_LABEL.test(sentence)) continue;
    if (!PROVISION_CUE.test(sentence) && !namesProvision(sentence, rubric) && !isLabelledProvision(sentence) && !leavesToDiscretion(sentence, rubric)) continue;
    if (NEED_ONLY.test(sentence) && !/\bwill\b/i.test(sentence) && !STRONG.test(sentence)) continue;
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
  return compileRubric(rubric).vague.some(({ spec, re }) => {
    if (!spec.hedge || spec.undermines === 'activity') return false;
    re.lastIndex = 0;
    const hit = re.test(sentence);
    re.lastIndex = 0;
    return hit;
  });
}

// An amount or a delivery verb: provision even when a need word ("difficulties") sits beside it.
const STRONG = /\b(?:\d+\s*(?:x|×)|x\s*\d|minutes?|mins?|hours?|hrs?|per (?:week|day|term|month)|weekly|daily|fortnightly|delivered|led by|provided by|to be provided)\b|\|/i;

/** The row's provision cells (or outcome cells), by their column headers; every cell without headers. */
function pickCells(u: Unit, want: 'provision' | 'outcome'): { start: number; end: number; text: string } | null {
  const cells = u.cells ?? [];
  if (cells.length === 0) return null;
  let chosen = cells;
  if (u.headers && u.headers.some((h) => h.trim())) {
    const roles = u.headers.map((h) => columnRole(h));
    const keep = cells.filter((_, i) => {
      const r = roles[i];
      if (r === 'need' || r === 'label') return false;
      if (want === 'provision') return r !== 'outcome';
      return r === 'outcome' || r === 'time' || (r === 'other' && !roles.includes('outcome'));
    });
    if (keep.length) chosen = keep;
    else if (want === 'outcome' && roles.includes('outcome')) return null;
  }
  const start = chosen[0].start;
  const end = chosen[chosen.length - 1].end;
  return { start, end, text: chosen.map((c) => c.text).join('\t') };
}

// An item marker inside running text: "(i)", "ii)", "(b)", "3)" after the start, a space or a colon.
const INLINE_MARKER = /(?<=^|[\s:;,.])\(?([ivx]{1,4}|[a-h]|\d{1,2})\)\s+(?=\S)/g;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/**
 * Items listed inline in one paragraph ("Outcomes: (i) By July, Leo will … (ii) Leo will …"): the
 * span of each item without its marker, where two or more markers count up from the first (i, ii,
 * iii; a, b, c; 1, 2, 3); null otherwise. Text before the first marker is not an item.
 */
export function inlineItems(text: string): { start: number; end: number }[] | null {
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
    const tail = /(?:[;,]\s*|\s+)(?:and|or)$/i.exec(text.slice(m.end, end));
    if (tail) end -= tail[0].length;
    return { start: m.end, end };
  });
}

/** A paragraph unit cut into one unit per inline item, or as it is. */
function byInlineItems(u: Unit): Unit[] {
  const items = u.kind === 'paragraph' ? inlineItems(u.text) : null;
  if (!items) return [u];
  return items.map((it) => ({ ...u, start: u.start + it.start, end: u.start + it.end, text: u.text.slice(it.start, it.end) }));
}

const OUTCOME_CUE = /\b(?:will|to|by|can|able|independently)\b/i;
const OUTCOME_BOILERPLATE = /\b(?:outcomes? (?:are|is|should|will be reviewed)|short[- ]term targets (?:will|are)|steps towards (?:these|the) outcomes|this section|SMART|the (?:benefit|difference) (?:made|to))\b/i;

export function outcomeStatements(section: FoundSection, opts: Pick<StatementOptions, 'rubric'> = {}): Statement[] {
  const rubric = opts.rubric ?? loadRubric();
  const out: Statement[] = [];
  let leadIn = '';
  let area: string | null = null;
  for (const u of joinBrokenLines(section.units)) {
    if (u.kind !== 'row' && (isAreaHeading(u.text) || ((u.subheading || u.template) && leadingArea(u.text)))) {
      area = leadingArea(u.text) ?? areaName(u.text);
      leadIn = '';
      continue;
    }
    if (u.template) continue;
    const thread = { row: u.row, area: u.area ?? area };
    if (u.kind === 'row') {
      const picked = pickCells(u, 'outcome');
      if (picked && !EMPTY.test(picked.text.trim()) && !isHeadingCell(picked.text, rubric)) out.push({ section: 'E', ...picked, page: u.page, context: leadIn, ...thread });
      continue;
    }
    const t = u.text.trim();
    if (!t || EMPTY.test(t)) continue;
    if (u.subheading || isLeadIn(t)) {
      // "By the end of Key Stage 2, Amara will:" carries its date to the outcomes under it.
      leadIn = isTimeBound(t, rubric) || /\bwill:?$/.test(t) ? t : '';
      continue;
    }
    if (OUTCOME_BOILERPLATE.test(t) && u.kind === 'paragraph') continue;
    if (u.kind === 'listItem') {
      out.push({ section: 'E', start: u.start, end: u.end, page: u.page, text: u.text, context: leadIn, ...thread });
      continue;
    }
    for (const part of byInlineItems(u)) {
      for (const s of splitSentences(part.text)) {
        const sentence = part.text.slice(s.start, s.end);
        if (!OUTCOME_CUE.test(sentence) || OUTCOME_BOILERPLATE.test(sentence)) continue;
        out.push({ section: 'E', start: part.start + s.start, end: part.start + s.end, page: u.page, text: sentence, context: leadIn, ...thread });
      }
    }
  }
  return out;
}
