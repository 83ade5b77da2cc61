// Finds the sections A-K in any local authority's template (rubric-reference.md §1):
// "Section F: …", "F.", "Part F –", "SECTION F", "F – The help I will get", a title with no letter,
// a table whose first column holds the letter, and combined tables whose column headers carry
// the labels (each cell then belongs to its column's section).
import type { Block, StructuredDocument, TableCell, TableRow } from '../../ingest/src/document.ts';
import { SECTION_KEYS, type SectionKey } from './report-schema.ts';
import { hasPlaceholder, isTemplateText } from './template-text.ts';
import { lineRole } from './flat-table.ts';

/** "H" is a single social care section that stands for H1 and H2 together. */
export type SectionLabel = SectionKey | 'H';

/** A piece of a section's body: a paragraph, a list item, or a table row's cells. */
export interface Unit {
  kind: 'paragraph' | 'listItem' | 'row';
  start: number;
  end: number;
  page: number | null;
  /** Paragraphs and list items: the text; rows: the chosen cells' text joined by tabs. */
  text: string;
  /** Short standalone text that reads as a sub-heading ("Communication and interaction"). */
  subheading: boolean;
  /** Rows: the cells that belong to this section (provision or outcome cells only). */
  cells?: TableCell[];
  /** Rows: the header of each chosen cell, where the table has one. */
  headers?: string[];
  /** Rows in a two-column "label | value" table ("Frequency | 3 x 30 minutes a week"). */
  keyValue?: boolean;
  /** The form's own text (guidance, instructions, placeholders): never a statement. */
  template?: boolean;
  /** A form's field label with its value left empty ("Name | ", "Type of school | "). */
  labelOnly?: boolean;
  /** A combined table's row: the id its need, provision and outcome cells share (the golden thread). */
  row?: number;
  /** The area of need the unit sits under (a table's area heading, else the row's need cell). */
  area?: string | null;
}

export interface FoundSection {
  key: SectionKey;
  /** The label as written; "H" when one heading covers H1 and H2. */
  label: SectionLabel;
  title: string;
  start: number;
  end: number;
  page: number | null;
  units: Unit[];
}

// "A1" and "A2" (history; views) are the two halves of Section A in the national template.
const LETTER = String.raw`(?:H\s?[12]|A[12](?!\d)|[A-K])`;
const SEP = String.raw`[:.\-–—‒―−|)\]]`;

// Titles each section goes by, lettered or not (child-friendly ones included).
const TITLES: [SectionLabel, RegExp][] = [
  // Longer wordings come first: a heading run together with its body ends where the title ends.
  ['A', /^(?:the )?(?:(?:(?:child|young person|parent|family)(?:'s|s'|s)?\s*(?:and (?:their )?(?:parents?|carers?|family)(?:'s|s')?\s*)?views(?:,? interests,? (?:and|&) aspirations)?|views,? interests,? (?:and|&) aspirations|views,? wishes,? (?:and|&) feelings|views,? interests|(?:all )?about me|my story|who I am|what(?:'s| is) important to (?:me|us)|what matters to (?:me|us)|my (?:views|hopes|dreams|wishes|aspirations)|one[- ]page profile|views and aspirations|aspirations))/i],
  ['B', /^(?:(?:the )?(?:child|young person)(?:(?:'s)? or (?:the )?(?:child|young person))?(?:'s|s')?\s*)?(?:special educational needs?(?: \(SEND?\))?|SEN\b|educational needs|(?:my )?learning needs|my needs|what I find (?:hard|difficult)|what I need help with|needs and strengths|strengths and needs|my strengths and (?:what I find hard|needs))/i],
  ['C', /^(?:(?:the )?(?:child|young person)(?:(?:'s)? or (?:the )?(?:child|young person))?(?:'s|s')?\s*)?(?:health(?:care)? (?:care )?needs|my health(?: needs)?)/i],
  ['D', /^(?:(?:the )?(?:child|young person)(?:(?:'s)? or (?:the )?(?:child|young person))?(?:'s|s')?\s*)?(?:social care needs|care needs|my (?:social )?care needs)/i],
  ['E', /^(?:outcomes|(?:the )?outcomes (?:sought|for|and)|what I (?:want|would like|will be able|hope|am going) to (?:achieve|do)|what I will (?:achieve|be able to do|work towards)|my (?:goals|outcomes|targets)|long[- ]term outcomes)/i],
  ['F', /^(?:(?:the |any )?special educational provision|(?:educational|SEN|SEND) provision|(?:the )?(?:help|support) I (?:will )?(?:get|receive|need|have)(?: (?:at|in) (?:school|college|nursery|my setting)| to (?:learn|achieve (?:this|these|my outcomes)))?|how I will be (?:helped|supported)|help with my learning|provision (?:to meet|required)|my (?:education|learning) support)/i],
  ['G', /^(?:(?:any )?health(?:care)? (?:care )?provision|(?:the )?health (?:support|care|help) I (?:will )?(?:get|need|receive)|help (?:with my health|from health(?: services)?))/i],
  ['H1', /^(?:any )?social care provision\b.{0,140}?(?:section 2\b|s\.? ?2\b|chronically sick|CSDPA)/i],
  ['H2', /^(?:any )?other social care provision|^(?:any )?social care provision (?:reasonably required|not under)/i],
  ['H', /^(?:(?:any )?social care provision|social care support|(?:the )?(?:help|support) (?:with|from) (?:my )?(?:care|social care|social services)|social care)/i],
  ['I', /^(?:placement|(?:the )?name (?:and|&) type|(?:name|type) of (?:the )?(?:school|setting|institution|placement)|school or (?:other )?institution|educational (?:setting|placement|institution)|where I will (?:learn|go to (?:school|college|nursery))|my (?:school|college|setting)|school\s*\/\s*setting)/i],
  ['J', /^(?:(?:my |a |the |where there is a )?personal budgets?(?: \(including direct payments\))?|direct payments?)/i],
  ['K', /^(?:(?:the )?advice and information|information and advice|advice (?:received|obtained|gathered)|information (?:and advice )?gathered|(?:a )?list of (?:the )?advice|reports? and advice|appendices)/i],
];

function titleKey(text: string): { label: SectionLabel; length: number } | null {
  for (const [label, re] of TITLES) {
    const m = re.exec(text);
    if (m) return { label, length: m[0].length };
  }
  return null;
}

function normaliseLetter(raw: string): SectionLabel {
  const l = raw.replace(/\s+/g, '').toUpperCase();
  return (/^A[12]$/.test(l) ? 'A' : l) as SectionLabel;
}

// A heading's letter: "Section F", "Part F", "SECTION H1", or a bare capital "F" followed by a
// separator, a space, or nothing. "F12", "Appendix F", "a)" do not qualify.
const LETTERED = new RegExp(String.raw`^(?:(?:section|part)\s+(${LETTER})|[(\[]?(${LETTER}))(?![\w/])\s*(${SEP}+)?\s*`, 'i');
const MULTI = new RegExp(String.raw`^sections?\s+(${LETTER}(?:\s*(?:,|and|&|\/|\+)\s*${LETTER})+)(?![\w])\s*(?:${SEP}+)?\s*`, 'i');
// "B, E and F: …" as a heading block or a first cell, without the word "Sections".
const BARE_MULTI = new RegExp(String.raw`^(${LETTER}(?:\s*(?:,|and|&|\/|\+)\s*${LETTER})+)(?![\w])\s*[:\-–—‒―−|]\s*`);
const SENTENCE_END = /[.!?]["')\]]?$/;

export interface HeadingMatch {
  labels: SectionLabel[];
  /** Where the heading text ends inside the block (the rest is body text that PDF merged in). */
  length: number;
  title: string;
  /** A bare letter whose text is not its section's title ("F. Recommendations"): a repeat of a section already found, or after K, is an appendix's own lettering. */
  weak?: boolean;
}

/** Reads a block's text as a section heading, or null. `strong`: a heading block or a first-column cell. */
export function matchHeading(text: string, strong: boolean, allowTitleOnly = true): HeadingMatch | null {
  const t = text.trim();
  if (!t) return null;
  // A numbered heading ("1. Section A: …", "12 Section K"): the number is not the label, so what
  // follows must name the section plainly (a section word, or the letter with that section's title).
  const num = /^(?:\d{1,2}(?:\.\d{1,2})?[.)]?|\(\d{1,2}\))\s+(?=\S)/.exec(t);
  if (num) {
    const inner = leadingLabel(t.slice(num[0].length), strong, true) ?? trailingLabel(t, strong) ?? titleOnly(t.slice(num[0].length), allowTitleOnly);
    return inner && { ...inner, length: inner.length === t.length - num[0].length ? t.length : inner.length + num[0].length };
  }
  const found = leadingLabel(t, strong, false) ?? trailingLabel(t, strong) ?? titleOnly(t, allowTitleOnly);
  if (found) return found;
  // "Part 3 – Special educational provision" (a template numbered like a statement): a numbered
  // part marks a heading, and its title says which section.
  const part = /^(?:part|section|chapter)\s+\d{1,2}\s*[:.\-–—‒―−]\s*/i.exec(t);
  const titled = part ? titleOnly(t.slice(part[0].length), true) : null;
  return titled && { ...titled, length: t.length, title: t };
}

/** A list item that is really a heading: "1. Section F: …" in a numbered list, or Word numbering that prints the letter ("F." + "Special educational provision"). */
function listHeading(text: string, marker: string, depth: number, allowTitleOnly = false): HeadingMatch | null {
  const t = text.trim();
  if (!t || t.length > 120 || SENTENCE_END.test(t)) return null;
  const m = new RegExp(String.raw`^\(?(${LETTER})[.):]?$`).exec(marker.trim());
  if (m && depth === 0) {
    const label = normaliseLetter(m[1]);
    const known = titleKey(t);
    return known && sameSection(label, known.label) ? { labels: [label], length: t.length, title: `${marker.trim()} ${t}` } : null;
  }
  if (!/^\(?\d{1,2}[.)]?$/.test(marker.trim())) return null;
  // "6. Special educational provision" in a template that numbers its titles and has no letters.
  if (allowTitleOnly && depth === 0) {
    const titled = titleOnly(t, true);
    if (titled) return { ...titled, title: `${marker.trim()} ${t}` };
  }
  const h = leadingLabel(t, false, true) ?? trailingLabel(t, false);
  // An item that names a section without its title ("3. Part B – SaLT report" in a list of advice)
  // cannot reopen a section already found.
  const own = h && h.labels.some((l) => { const k = titleKey(t.replace(/^(?:section|part)\s+\S+\s*[:.\-–—‒―−)]*\s*/i, '')); return k && sameSection(l, k.label); });
  return h && { ...h, weak: h.weak || !own };
}

function sameSection(label: SectionLabel, known: SectionLabel): boolean {
  return known === label || (label === 'H' && (known === 'H1' || known === 'H2')) || ((label === 'H1' || label === 'H2') && known === 'H');
}

/** The label first: "Section F: …", "F. …", "PART F –", "F". `strict`: only a section word or the letter with its own title. */
function leadingLabel(t: string, strong: boolean, strict: boolean): HeadingMatch | null {
  // "Sections C (The child's health care needs…) and G (Health care provision…)": each letter with its title in brackets.
  const bracketed = /^sections\s/i.test(t) && /\(/.test(t) ? MULTI.exec(t.replace(/\s*\([^()]{0,200}\)/g, '')) : null;
  if (bracketed && !SENTENCE_END.test(t) && t.length <= 300) {
    const labels = bracketed[1].split(/\s*(?:,|and|&|\/|\+)\s*/i).map(normaliseLetter);
    if (labels.length >= 2) return { labels: uniq(labels), length: t.length, title: t };
  }
  const multi = MULTI.exec(t) ?? (strong ? BARE_MULTI.exec(t) : null);
  if (multi) {
    const labels = multi[1].split(/\s*(?:,|and|&|\/|\+)\s*/i).map(normaliseLetter);
    const short = t.length <= 80 && !SENTENCE_END.test(t);
    if ((strong || short) && labels.length >= 2) {
      // "Sections H1 and H2" is the social care section; others are a combined section.
      return { labels: uniq(labels), length: t.length, title: t };
    }
    return null;
  }
  const m = LETTERED.exec(t);
  if (!m) return null;
  const word = m[1] !== undefined;
  const raw = (m[1] ?? m[2])!;
  // A bare letter must be a capital (lists use "a)").
  if (!word && raw !== raw.toUpperCase()) return null;
  const label = normaliseLetter(raw);
  const sep = m[3] ?? '';
  const opener = /^[(\[]/.exec(t)?.[0];
  if (opener && !word && !sep.includes(opener === '(' ? ')' : ']')) return null;
  const rest = t.slice(m[0].length);
  if (/^(?:,|or\b|and\b|to\b|of\b|above|below|sets|says|should|must|will|is\b|are\b|has\b)/i.test(rest)) return null; // prose about a section
  if (!rest) return strict && !word ? null : { labels: [label], length: t.length, title: t, weak: !word };
  const known = titleKey(rest);
  if (known && sameSection(label, known.label)) {
    // A bracketed qualifier belongs to the title: "Social care provision (section 2 CSDPA 1970)",
    // and so does the rest of a bracket the title phrase opened.
    let end = m[0].length + known.length;
    const titleText = t.slice(m[0].length, end);
    if ((titleText.match(/\(/g)?.length ?? 0) > (titleText.match(/\)/g)?.length ?? 0)) end += /^[^()]{0,80}\)/.exec(t.slice(end))?.[0].length ?? 0;
    end += /^\s*\([^()]{1,80}\)/.exec(t.slice(end))?.[0].length ?? 0;
    // The body may run on after the title (PDF lines, a Word-form row read as text): the heading
    // ends with the title phrase unless what follows continues it ("…needs which relate to her
    // SEN", ", maintained nursery school or …"). In a paragraph a capital starts the body
    // ("Section I – Placement Oak Primary School").
    const tail = t.slice(end);
    const continues = /^[^.:\n•▪●◦]{0,200}$/.test(tail) && (strong || /^\s*(?:[a-z(,\-–—‒―−\/&]|$)/.test(tail) || t === t.toUpperCase());
    const headingEnd = continues ? t.length : end;
    return { labels: [label], length: headingEnd, title: t.slice(0, headingEnd).trim() };
  }
  if ((t.length > 160 && !(word && sep)) || (strict && !word)) return null;
  if (!word && label === 'I' && !sep) return null; // "I will get…"
  // A bare letter needs a separator unless its own title follows: a first cell or a heading-styled
  // line may well begin "A teaching assistant…", "B&Q work placement…", "I-pad…", "E-safety…".
  if (!word && !sep) return null;
  if (!word && /^[(\[]?(?:H\s?[12]|[A-K])[\-–]\w/i.test(t)) return null;
  if (!word && sep === ')' && !strong) return null; // "F) something" in a list
  if (!word && /^[a-z]\./i.test(rest) && sep === '.') return null; // "E.g.", "I.e."
  // "J. Holloway, SENCo" in a list of advice: an initial and a surname.
  if (!word && sep === '.' && !strong && /^[A-Z][a-z'’-]+(?:\s*[,(–—‒―−-]|$)/.test(rest)) return null;
  // Any other title after a clear label: accept when it reads as a heading, not a sentence.
  const words = rest.split(/\s+/).length;
  // The statutory wordings are long ("Section J – Where there is a personal budget, the details of …").
  if (word && sep && words <= 45 && !SENTENCE_END.test(rest)) return { labels: [label], length: t.length, title: t };
  if ((strong && words <= 14) || (words <= 10 && !SENTENCE_END.test(rest) && (word || sep))) return { labels: [label], length: t.length, title: t, weak: !word };
  return null;
}

// The label last: "The help I will get – Section F", "Part 3 – Provision (Section F)", "Outcomes (E)".
const TRAILING = new RegExp(String.raw`^(.{2,120}?)\s*(?:[:\-–—‒―−|,]\s*|\(\s*)(?:(?:section|part)\s+(${LETTER})|(${LETTER}))\s*\)?$`, 'i');

function trailingLabel(t: string, strong: boolean): HeadingMatch | null {
  const m = TRAILING.exec(t);
  if (!m) return null;
  const before = m[1].trim();
  if (SENTENCE_END.test(before) || before.split(/\s+/).length > 12) return null;
  const raw = (m[2] ?? m[3])!;
  if (raw !== raw.toUpperCase() && m[2] === undefined) return null;
  const label = normaliseLetter(raw);
  const known = titleKey(before.replace(/^(?:part|section)\s+\d{1,2}\s*[:\-–—‒―−.]?\s*/i, ''));
  // "(see Section F)", "as set out in – Section F", "Ali will … – Section F": a reference, not a label
  // (a title worded for the child, "What I will achieve", keeps its verb).
  if (/\b(?:see|in|under|to|of|and|or|from|with|by|per)$/i.test(before) || (!known && /\b(?:will|is|are|has|have|must|should|can)\b/i.test(before))) return null;
  // A bare letter needs the section's own title before it; a section word needs a heading's place or a short line.
  if (m[3] !== undefined && !(known && sameSection(label, known.label))) return null;
  if (!strong && t.length > 100) return null;
  return { labels: [label], length: t.length, title: t };
}

// Title with no letter: only a short standalone line that is the title.
function titleOnly(t: string, allow: boolean): HeadingMatch | null {
  if (!allow) return null;
  const known = titleKey(t);
  if (known && t.length <= 90 && !SENTENCE_END.test(t) && t.length - known.length <= 45 && !/^\w+ (?:will|has|is|can)\b/i.test(t)) {
    return { labels: [known.label], length: t.length, title: t };
  }
  return null;
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

// ---------------------------------------------------------------- table columns

export type ColumnRole = 'need' | 'outcome' | 'provision' | 'time' | 'label' | 'other';

const HEADER_WORDS = /\b(?:provision|support|who|whom|frequency|how often|how much|staff(?:ing)?|outcomes?|needs?|area|resources?|interventions?|duration|when|what|delivered|by|targets?|strategies|review|responsib|description|section|category|cost|hours|ratio|group|steps)\b/i;

export function columnRole(header: string): ColumnRole {
  const h = header.toLowerCase();
  if (/^(?:area|area of need|category|theme|domain|section)s?\s*$/.test(h.trim())) return 'label';
  if (/^(?:by when|when by|timescales?|target date|date|deadline|by)\??$/.test(h.trim())) return 'time';
  if (/\boutcomes?\b|\btargets?\b|\bgoals?\b|\bachieve|\baims?\b|\bsteps? (?:towards|to)\b|\bnext steps?\b|\bmilestones?\b/.test(h)) return 'outcome';
  if (/\bneeds?\b|difficult|barrier|strengths|what .*find hard/.test(h) && !/provision|support|help|meet/.test(h)) return 'need';
  if (/provision|support|help|intervention|who|whom|frequency|how often|staff|resources|delivered|duration|when|hours|ratio|group|strateg|what|by|cost|review|responsib/.test(h)) return 'provision';
  return 'other';
}

/** The section a combined table's column header names, if it names one. */
function headerSection(header: string): SectionLabel | null {
  const t = header.trim();
  const lettered = new RegExp(String.raw`(?:^|[\s(\[])(?:section\s+)?(${LETTER})(?:[\s)\]:.\-–—‒―−]|$)`, 'i').exec(t);
  if (lettered && (lettered[0].trim().length > 1 || /^[A-K]\b/.test(t) || /\([A-K]\)/.test(t))) {
    const raw = lettered[1];
    if (raw === raw.toUpperCase()) return normaliseLetter(raw);
  }
  return null;
}

function headerSectionByTitle(header: string): SectionLabel | null {
  const known = titleKey(header.trim());
  if (known) return known.label;
  const role = columnRole(header);
  if (role === 'need') return 'B';
  if (role === 'outcome') return 'E';
  if (/^(?:special educational )?provision\b/i.test(header.trim())) return 'F';
  return null;
}

// A header cell opens with a column's name ("Delivered by", "How often", "Staffing ratio").
const HEADER_START = /^\W*(?:[\w-]+\s+)?(?:provision|support|who|whom|frequency|how|staff(?:ing)?|outcomes?|needs?|areas?|resources?|interventions?|duration|when|what|delivered|by|targets?|strateg(?:y|ies)|review(?:ed)?|responsib\w*|description|section|category|cost|hours|ratio|group|steps|provider|person|timing|time|where|length|amount|notes?|comments?|expertise|qualifications?)\b/i;
// Words of a data row: an amount, a recurrence, a ratio.
const DATA_CUE = /\d|\b(?:every|each|all|daily|weekly|fortnightly|termly|lessons?|sessions?|minutes?|hours?)\b/i;

/**
 * Whether a row that reads like a header names the columns. A table continued on a new page
 * without its header row often opens with a short data row ("Swimming programme set by the
 * physiotherapist | Every swimming lesson | Teaching assistant") that a loose test takes for one.
 */
function namesColumns(row: TableRow): boolean {
  const cells = row.cells.filter((c) => c.text.trim());
  return cells.filter((c) => HEADER_START.test(c.text.trim())).length * 2 > cells.length && !cells.some((c) => DATA_CUE.test(c.text));
}

/** The section a column header names by its letter and title ("G – Health care provision reasonably required…", "Outcomes (E)"). */
function columnSection(text: string): SectionLabel | null {
  const t = text.trim();
  const h = leadingLabel(t, true, true) ?? trailingLabel(t, true);
  if (h && h.labels.length === 1 && !h.weak) return h.labels[0];
  return t.length <= 60 ? headerSection(t) : null;
}

/**
 * A combined table's header row: two or more cells that each name a section, however long the
 * statutory title ("D – Social care needs which relate to…", "H1 – Any social care provision which
 * must be made … section 2 of the Chronically Sick and Disabled Persons Act 1970"). Null otherwise.
 */
export function columnSections(row: TableRow): (SectionLabel | null)[] | null {
  const filled = row.cells.filter((c) => c.text.trim());
  if (filled.length < 2) return null;
  const labels = row.cells.map((c) => (c.text.trim() ? columnSection(c.text) : null));
  return uniq(labels.filter((x) => x !== null)).length >= 2 ? labels : null;
}

function isHeaderRow(row: TableRow): boolean {
  const cells = row.cells.filter((c) => c.text.trim());
  if (cells.length < 2) return false;
  if (columnSections(row)) return true;
  return cells.every((c) => c.text.length <= 60 && !SENTENCE_END.test(c.text.trim())) && cells.some((c) => HEADER_WORDS.test(c.text));
}

// ---------------------------------------------------------------- areas of need

const SIGN_OFF = /^(?:sign[- ]?off|signed|signatures?|authori[sz](?:ed by|ation))\s*:?$/i;
const NEED_SECTIONS = new Set<string>(['B', 'C', 'D']);
const PROVISION_LABELS = new Set<string>(['F', 'G', 'H1', 'H2', 'H']);
// The broad areas of need (CoP 6.28-6.35), as templates head their tables.
const AREA = /^(?:communication and interaction|cognition and learning|social,? emotional and mental health(?: \(SEMH\))?(?: (?:difficulties|needs))?|SEMH|sensory and\/?(?:or )?physical(?: needs)?|physical and\/?(?:or )?sensory(?: needs)?|preparing for adulthood)\b/i;
// A combined table's own title before the area: "Special Educational Needs and Provision (B-F-E)".
const COMBINED_TITLE = /^[^()\n]{0,80}\((?:[A-K][12]?\s*[-–\/,]\s*){1,4}[A-K][12]?\)\s*/;

/**
 * An area of need heading a part of the plan ("Cognition and learning", "Special Educational Needs
 * and Provision (B-F-E) Communication and interaction" with the form's guidance after it): the
 * area's name, or null. Text that goes on to say something of its own is not a heading.
 */
export function leadingArea(text: string): string | null {
  let t = text.trim();
  if (t.length > 1500) return null;
  t = t.replace(COMBINED_TITLE, '').replace(/^(?:area of need|broad area of need)\s*[:\-–]?\s*/i, '');
  const m = AREA.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length).replace(/^\s*[:\-–]?\s*/, '');
  if (rest && !isTemplateText(rest) && !(rest.length <= 30 && !SENTENCE_END.test(rest))) return null;
  return m[0];
}

// ---------------------------------------------------------------- the walk

interface Open {
  labels: SectionLabel[];
  title: string;
  start: number;
  page: number | null;
}

interface Piece {
  label: SectionLabel;
  title: string;
  start: number;
  page: number | null;
  units: Unit[];
  end: number;
  /** Opened with other sections (a combined heading or table): present only if it holds something. */
  combined?: boolean;
}

const SUBHEADING_MAX = 70;

function isSubheading(text: string, kind: Block['kind']): boolean {
  const t = text.trim();
  if (kind === 'heading') return true;
  if (t.length > SUBHEADING_MAX) return false;
  if (SENTENCE_END.test(t)) return false;
  if (/:$/.test(t)) return true;
  // No verb-like word and few words: "Communication and interaction", "Cognition and Learning".
  return t.split(/\s+/).length <= 6 && !/\b(?:will|is|are|has|have|be|can|to|per|x|minutes?|hours?|weekly|daily)\b|\d/i.test(t);
}

function textUnit(block: { start: number; end: number; page: number | null; text: string }, kind: 'paragraph' | 'listItem', blockKind: Block['kind']): Unit {
  // An area of need with the form's guidance after it ("Cognition and learning Support for learning
  // difficulties may be required when children…") is the form's own heading.
  const template = isTemplateText(block.text) || (block.text.length > 60 && leadingArea(block.text) !== null);
  return { kind, start: block.start, end: block.end, page: block.page, text: block.text, subheading: !template && kind === 'paragraph' && isSubheading(block.text, blockKind), ...(template ? { template } : {}) };
}

function rowUnit(cells: TableCell[], headers: string[] | undefined, page: number | null, keyValue = false): Unit | null {
  // A cell holding only a placeholder or the form's guidance is an empty field.
  const keep = cells.map((c, i) => ({ c, h: headers?.[i] ?? '' })).filter((x) => x.c.text.trim() && !isTemplateText(x.c.text));
  if (keep.length === 0) return null;
  const nonEmpty = keep.map((x) => x.c);
  const start = nonEmpty[0].start;
  const end = nonEmpty[nonEmpty.length - 1].end;
  return { kind: 'row', start, end, page, text: nonEmpty.map((c) => c.text).join('\t'), subheading: false, cells: nonEmpty, headers: headers ? keep.map((x) => x.h) : undefined, keyValue };
}

// ---------------------------------------------------------------- plain-text tables and contents lists

/** A line of a text table written with pipes ("Needs | Outcomes | Provision"), as cells; null otherwise. */
function pipeCells(b: Block): TableCell[] | null {
  if ((b.kind !== 'paragraph' && b.kind !== 'heading') || !/\s\|\s/.test(b.text)) return null;
  const cells: TableCell[] = [];
  const re = /[^|]+|(?<=\|)(?=\||$)/g;
  for (let m = re.exec(b.text); m; m = re.exec(b.text)) {
    if (m[0] === '' && re.lastIndex === m.index) re.lastIndex++;
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    cells.push({ text, start: b.start + m.index + lead, end: b.start + m.index + lead + text.length, page: b.page });
  }
  // "| a | b |": the outer pipes frame the row.
  if (b.text.trimStart().startsWith('|') && cells[0]?.text === '') cells.shift();
  if (b.text.trimEnd().endsWith('|') && cells[cells.length - 1]?.text === '') cells.pop();
  return cells.filter((c) => c.text).length >= 2 ? cells : null;
}

/**
 * Plain text cannot carry a table's structure except by pipes; ingest keeps those lines as
 * paragraphs. A run of two or more such lines (with one-cell lines between them, such as an
 * area of need spanning the table) is read as a table.
 */
function withPipeTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    if (!pipeCells(blocks[i])) {
      out.push(blocks[i++]);
      continue;
    }
    const rows: TableRow[] = [];
    let j = i;
    let piped = 0;
    while (j < blocks.length) {
      const b = blocks[j];
      const cells = pipeCells(b);
      if (cells) {
        if (!cells.every((c) => /^:?-{2,}:?$|^$/.test(c.text))) rows.push({ start: b.start, end: b.end, page: b.page, cells });
        piped++;
        j++;
        continue;
      }
      const next = blocks[j + 1];
      const spanning = (b.kind === 'paragraph' || b.kind === 'heading') && b.text.length <= 60 && !SENTENCE_END.test(b.text) && !matchHeading(b.text, true, true);
      if (!spanning || !next || !pipeCells(next)) break;
      rows.push({ start: b.start, end: b.end, page: b.page, cells: [{ text: b.text, start: b.start, end: b.end, page: b.page }] });
      j++;
    }
    if (piped >= 2 && rows.length) out.push({ kind: 'table', rows, start: rows[0].start, end: rows[rows.length - 1].end, page: blocks[i].page });
    else out.push(...blocks.slice(i, j));
    i = j;
  }
  return out;
}

/**
 * PDF text can run a heading into the block before it ("… ADHD. Section C — Health needs", "PART I –
 * PLACEMENT PART J – PERSONAL BUDGET" when I is empty). A section word and letter followed by that
 * section's own title, after a sentence's end (or inside a heading), starts a block of its own.
 */
function splitRunOnHeadings(blocks: Block[]): Block[] {
  const inner = new RegExp(String.raw`(?<=\S\s{1,3})(?:Section|SECTION|Part|PART)\s+(${LETTER})(?![\w/])\s*(?:[:.\-–—‒―−|]+\s*)?`, 'g');
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') {
      out.push(b);
      continue;
    }
    const cuts: number[] = [];
    for (const m of b.text.matchAll(inner)) {
      const before = b.text.slice(0, m.index).trimEnd();
      const known = titleKey(b.text.slice(m.index + m[0].length));
      if (!known || !sameSection(normaliseLetter(m[1]), known.label)) continue;
      if (/[.!?]["')\]]?$/.test(before) || (b.kind === 'heading' && !/\b(?:see|in|under|to|of|and|or)$/i.test(before))) cuts.push(m.index);
    }
    if (cuts.length === 0) {
      out.push(b);
      continue;
    }
    let from = 0;
    for (const at of [...cuts, b.text.length]) {
      const text = b.text.slice(from, at).trimEnd();
      if (text) out.push({ ...b, kind: from === 0 ? b.kind : 'heading', level: b.kind === 'heading' ? b.level : 2, text, start: b.start + from, end: b.start + from + text.length } as Block);
      from = at;
    }
  }
  return out;
}

// A running header or footer left in the text ("Page 3 of 6", "OFFICIAL – SENSITIVE", "DOB: …").
const PAGE_FURNITURE = /\bpage \d{1,3}(?: of \d{1,3})?\b|\bOFFICIAL\b|\bDOB\b|\bdate of birth\b/i;
const PAGE_CELL = /^(?:p(?:age|g)?\.?\s*)?\d{1,3}$/i;
const PAGE_TAIL = /(\s*(?:\.{2,}|…+|·{2,}|_{2,})\s*|\s+)(?:page\s+)?\d{1,3}$/i;

interface HeadingEvent { start: number; labels: SectionLabel[]; pageRef: boolean; leaders: boolean; weak?: boolean }

/**
 * Starts of the headings that are a contents list's entries, not the sections: an entry with a
 * page number (a page column, dot leaders, or a trailing number where the section recurs later),
 * or one of three or more headings in a row with nothing between them whose sections recur later.
 */
function contentsEntries(events: (HeadingEvent | null)[]): Set<number> {
  const out = new Set<number>();
  const heads = events.map((e, i) => ({ e, i })).filter((x): x is { e: HeadingEvent; i: number } => x.e !== null);
  // Only a full heading later on shows that an entry was a contents line (not "Part B – report" in K).
  const kAt = heads.findIndex((h) => h.e.labels.includes('K') && !h.e.pageRef);
  const counts = (h: { e: HeadingEvent }, j: number, k: number) => !(h.e.pageRef && h.e.leaders) && !(h.e.weak && ((kAt >= 0 && j > kAt) || !heads[k].e.weak));
  const recurs = (k: number) => heads.some((h, j) => j > k && counts(h, j, k) && h.e.labels.some((l) => heads[k].e.labels.includes(l)));
  heads.forEach((h, k) => {
    if (h.e.pageRef && (h.e.leaders || recurs(k))) out.add(h.e.start);
  });
  for (let k = 0; k < heads.length; ) {
    let m = k;
    while (m + 1 < heads.length && heads[m + 1].i === heads[m].i + 1) m++;
    if (m - k + 1 >= 3) for (let x = k; x <= m; x++) if (recurs(x)) out.add(heads[x].e.start);
    k = m + 1;
  }
  return out;
}

/**
 * Splits the document into sections. `only` treats the whole document as the body of one
 * section (the CLI's --section).
 */
export function findSections(doc: StructuredDocument, only?: SectionKey): FoundSection[] {
  const pieces: Piece[] = [];
  const blocks = only ? doc.blocks : withPipeTables(splitRunOnHeadings(doc.blocks));
  // In a template that letters its sections, an unlettered title ("My health" inside A) is a sub-heading.
  let lettered = 0;
  for (const b of blocks) {
    if (b.kind === 'table') {
      for (const r of b.rows) if (r.cells[0] && matchHeading(r.cells[0].text, true, false)) lettered++;
    } else if (blockHeading(b, false)) lettered++;
  }
  const titleOnly = lettered < 3;

  function blockHeading(b: Exclude<Block, { kind: 'table' }>, allowTitleOnly: boolean): HeadingMatch | null {
    if (b.kind === 'listItem') return listHeading(b.text, b.marker, b.depth, allowTitleOnly);
    return matchHeading(b.text, b.kind === 'heading', allowTitleOnly);
  }
  /** A heading as a table row: one filled cell, or the label in the first column. */
  function rowHeading(row: TableRow, allowTitleOnly: boolean): { h: HeadingMatch; first: TableCell } | null {
    const filled = row.cells.filter((c) => c.text.trim());
    if (filled.length === 0) return null;
    // A combined table's header row ("Needs (Section B) | Outcomes (Section E) | …") labels columns.
    if (filled.length > 1 && isHeaderRow(row) && (columnSections(row) || uniq(filled.map((c) => headerSection(c.text)).filter((x) => x !== null)).length >= 2)) return null;
    const first = filled[0];
    const h = matchHeading(first.text, true, allowTitleOnly);
    if (!h) return null;
    // A long first cell is a heading only where the heading is its opening (a Word-form row's body run in).
    if (filled.length > 1 && first.text.trim().length > 80 && h.length >= first.text.trim().length) return null;
    return { h, first };
  }

  // Combined tables flattened to lines: the header cells as a run of lines that each name a section.
  const flatHeads = new Map<Block, SectionLabel[]>();
  const flatRest = new Set<Block>();
  if (!only) {
    for (let i = 0; i < blocks.length; i++) {
      const labels: SectionLabel[] = [];
      let j = i;
      while (j < blocks.length && blocks[j].kind !== 'table' && blocks[j].kind !== 'listItem') {
        const l = columnSection((blocks[j] as Exclude<Block, { kind: 'table' }>).text);
        if (!l || labels.includes(l) || !/^\W{0,3}[A-K][12]?\s*[-–—:.]/.test((blocks[j] as Exclude<Block, { kind: 'table' }>).text.trim())) break;
        labels.push(l);
        j++;
      }
      const kinds = labels.map((l) => (NEED_SECTIONS.has(l) ? 'need' : l === 'E' ? 'outcome' : PROVISION_LABELS.has(l) ? 'provision' : null));
      // Columns start with the need and are not in the alphabet's order (a contents list is: "D –", "E –", "F –").
      const ascending = labels.every((l, k) => k === 0 || SECTION_KEYS.indexOf(l as SectionKey) > SECTION_KEYS.indexOf(labels[k - 1] as SectionKey));
      if (labels.length >= 2 && !ascending && kinds[0] === 'need' && kinds.every((k) => k !== null) && kinds.includes('provision') && j < blocks.length && blocks[j].kind !== 'table' && !matchHeading((blocks[j] as Exclude<Block, { kind: 'table' }>).text, true, false)) {
        flatHeads.set(blocks[i], labels);
        for (let k = i + 1; k < j; k++) flatRest.add(blocks[k]);
        i = j - 1;
      }
    }
  }
  const contents = new Set<number>();
  if (!only) {
    const events: (HeadingEvent | null)[] = [];
    for (const b of blocks) {
      if (flatHeads.has(b) || flatRest.has(b)) {
        events.push(null);
        continue;
      }
      if (b.kind === 'table') {
        for (const r of b.rows) {
          const rh = rowHeading(r, titleOnly);
          const others = r.cells.filter((c) => c.text.trim() && c !== rh?.first);
          const pageRef = !!rh && others.length > 0 && others.every((c) => PAGE_CELL.test(c.text.trim()));
          events.push(rh ? { start: rh.first.start, labels: rh.h.labels, pageRef, leaders: pageRef, weak: rh.h.weak } : null);
        }
        continue;
      }
      const h = blockHeading(b, titleOnly);
      // Only a heading can be a contents entry; the pattern is end-anchored and costly on long runs of dots.
      const tail = h ? PAGE_TAIL.exec(b.text) : null;
      const stripped = tail ? b.text.slice(0, tail.index) : '';
      const pageRef = !!h && !!tail && !!stripped && !/\b(?:section|part)$|\bH$/i.test(stripped.trim()) && !!(b.kind === 'listItem' ? listHeading(stripped, b.marker, b.depth, titleOnly) : matchHeading(stripped, b.kind === 'heading', titleOnly));
      events.push(h ? { start: b.start, labels: h.labels, pageRef, leaders: pageRef && /[.…·_]/.test(tail![1]), weak: h.weak } : null);
    }
    for (const s of contentsEntries(events)) contents.add(s);
  }

  let open: Open | null = only ? { labels: [only], title: only, start: 0, page: doc.blocks[0]?.page ?? null } : null;
  let current: Piece[] = [];

  // Sections opened by a full heading, and whether K (whose appendices carry their own A, B, C…)
  // has been: a weak heading may not repeat the first nor follow the second.
  const seen = new Set<SectionLabel>();
  let afterK = false;
  const LETTER_ONLY = new RegExp(String.raw`^[(\[]?(?:(?:section|part)\s+)?${LETTER}\W*$`, 'i');
  // (A letter standing alone after K is still a section: K need not come last.)
  const takes = (h: HeadingMatch) => !(h.weak && ((afterK && !LETTER_ONLY.test(h.title)) || h.labels.some((l) => seen.has(l))));
  const openSection = (labels: SectionLabel[], title: string, start: number, page: number | null, weak = false) => {
    if (!weak) for (const l of labels) seen.add(l);
    if (labels.includes('K')) afterK = true;
    open = { labels, title, start, page };
    current = labels.map((label) => ({ label, title, start, page, units: [], end: start, combined: labels.length > 1 }));
    pieces.push(...current);
  };
  // After a contents list, text belongs to no section until the first real heading.
  const closeSection = () => {
    open = null;
    current = [];
  };
  if (open) openSection((open as Open).labels, (open as Open).title, 0, (open as Open).page);
  const addUnit = (u: Unit, label?: SectionLabel) => {
    if (current.length === 0) return; // preamble before any section: name, dates, contents
    const target = (label && current.find((p) => p.label === label)) || current[0];
    target.units.push(u);
    target.end = Math.max(target.end, u.end);
    for (const p of current) p.end = Math.max(p.end, u.end);
  };
  /** What follows a heading inside its own block or cell: body text run in after the title. */
  const addRest = (text: string, at: number, end: number, page: number | null, h: HeadingMatch) => {
    const rest = text.slice(h.length);
    const lead = rest.length - rest.trimStart().length;
    if (rest.trim()) addUnit(textUnit({ start: at + h.length + lead, end, page, text: rest.trim() }, 'paragraph', 'paragraph'));
    return !!rest.trim();
  };

  // The golden thread: the area of need the rows below it meet, and an id for each combined-table row.
  let area: string | null = null;
  let areaFresh = false;
  let lastColumns = '';
  let rowId = 0;
  let labelNext = false;
  const noteArea = (text: string) => {
    const a = leadingArea(text);
    if (a) {
      area = a;
      areaFresh = true;
    }
    return !!a;
  };
  // A table continued on the next page (PDF and Word split it) keeps its columns' sections and roles.
  let carry: { cols: number; columnLabels: (SectionLabel | null)[] | null; headers: string[] } | null = null;
  // A letter on a line of its own ("F") whose title is the next line ("Special educational provision").
  let letterOnly = false;
  // A flattened combined table being read: its columns, the column the last line went to, its row.
  let flat: { labels: SectionLabel[]; col: number; row: number; area: string | null; need: string | null } | null = null;
  for (const block of blocks) {
    const titleNext = letterOnly;
    letterOnly = false;
    if (block.kind === 'table') {
      flat = null;
      walkTable(block.rows, block.page);
      continue;
    }
    if (flatRest.has(block)) continue;
    const heads = flatHeads.get(block);
    if (heads) {
      const columns = heads.join('/');
      if (!areaFresh && columns !== lastColumns) area = null;
      areaFresh = false;
      lastColumns = columns;
      openSection(uniq(heads), heads.join(' / '), block.start, block.page);
      flat = { labels: heads, col: -1, row: 0, area, need: null };
      continue;
    }
    if (flat) {
      const t = block.text.trim();
      const ends = block.kind === 'heading' && !!blockHeading(block, titleOnly) || leadingArea(t) !== null || COMBINED_TITLE.test(t) || /^(?:strengths|sections?\s+[A-K][12]?\b)/i.test(t) || !!blockHeading(block, false);
      if (ends) flat = null;
      else if (isTemplateText(t)) continue;
      else {
        // The line goes to the first column of its kind at or after the last one; an earlier column starts a new row.
        const role = lineRole(t);
        const kindOf = (l: SectionLabel) => (NEED_SECTIONS.has(l) ? 'need' : l === 'E' ? 'outcome' : 'provision');
        const cols = flat.labels.map((l, i) => (kindOf(l) === role ? i : -1)).filter((i) => i >= 0);
        let col = cols.find((i) => i >= flat!.col);
        if (col === undefined || flat.row === 0 || (col === flat.col && role === 'need')) {
          col = cols[0];
          flat.row = ++rowId;
          flat.need = null;
        }
        flat.col = col;
        const label = flat.labels[col];
        if (role === 'need' && flat.need === null) flat.need = t.slice(0, 120);
        addUnit({ ...textUnit(block, 'paragraph', 'paragraph'), subheading: false, row: flat.row, area: area ?? flat.need }, label);
        continue;
      }
    }
    if (titleNext && block.kind !== 'listItem' && block.text.length <= 90 && !SENTENCE_END.test(block.text)) {
      const known = titleKey(block.text);
      if (known && block.text.length - known.length <= 45 && current.some((p) => sameSection(p.label, known.label))) {
        for (const p of current) {
          p.title = `${p.title} ${block.text}`;
          p.end = block.end;
        }
        continue;
      }
    }
    // Only a short line (a spanning area of need, page furniture) may stand between the parts.
    if ((block.kind === 'listItem' || block.text.length > 60 || SENTENCE_END.test(block.text)) && !(block.text.length <= 200 && PAGE_FURNITURE.test(block.text))) carry = null;
    if (!only) {
      const h = blockHeading(block, titleOnly);
      if (h && takes(h)) {
        carry = null;
        if (contents.has(block.start)) {
          closeSection();
          continue;
        }
        openSection(h.labels, h.title, block.start, block.page, h.weak);
        area = null;
        if (!addRest(block.text, block.start, block.end, block.page, h)) for (const p of current) p.end = block.end;
        letterOnly = LETTER_ONLY.test(h.title);
        continue;
      }
    }
    noteArea(block.text);
    // The sign-off block after the last section belongs to no section.
    if (!only && block.kind === 'heading' && SIGN_OFF.test(block.text.trim())) {
      closeSection();
      continue;
    }
    if (block.kind === 'listItem') addUnit(textUnit(block, 'listItem', 'listItem'));
    else addUnit(textUnit(block, 'paragraph', block.kind));
  }

  function walkTable(rows: TableRow[], page: number | null) {
    // Column sections, for a combined table; column roles, for a table inside one section.
    let columnLabels: (SectionLabel | null)[] | null = null;
    let headers: string[] | undefined;
    const head = rows.find((r) => r.cells.some((c) => c.text.trim()));
    const carried = !!carry && !!head && head.cells.length === carry.cols && !(isHeaderRow(head) && namesColumns(head));
    if (carried) ({ columnLabels, headers } = carry!);
    carry = null;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const cells = row.cells;
      const filled = cells.filter((c) => c.text.trim());
      if (filled.length === 0) continue;
      if (!only) {
        // An area of need spanning a combined table ("Social care") is not a section's title.
        const rh = rowHeading(row, titleOnly && !(columnLabels && filled.length === 1));
        if (rh && takes(rh.h)) {
          const { h, first } = rh;
          columnLabels = null;
          headers = undefined;
          if (contents.has(first.start)) {
            closeSection();
            continue;
          }
          const rowPage = row.page ?? page;
          openSection(h.labels, h.title, first.start, rowPage, h.weak);
          area = null;
          const ranOn = addRest(first.text, first.start, first.end, rowPage, h);
          let body = cells.slice(cells.indexOf(first) + 1).filter((c) => c.text.trim());
          // "F | Special educational provision | the provision…": the second cell is the title.
          const named = body.length >= 2 && body[0].text.trim().length <= 90 ? titleKey(body[0].text.trim()) : null;
          if (named && h.labels.some((l) => sameSection(l, named.label)) && !SENTENCE_END.test(body[0].text.trim())) {
            for (const p of current) p.title = `${p.title} ${body[0].text.trim()}`;
            body = body.slice(1);
          }
          if (body.length === 1) {
            // A Word-form row ("Section F | the provision…"): the second cell is the section's text.
            const c = body[0];
            addUnit(textUnit({ start: c.start, end: c.end, page: c.page ?? rowPage, text: c.text }, 'paragraph', 'paragraph'));
          } else if (body.length > 1) {
            const u = rowUnit(body, undefined, rowPage);
            if (u) addUnit(u);
          } else if (!ranOn) for (const p of current) p.end = first.end;
          continue;
        }
      }
      // A header row opens a table; later on, only a header repeated on a new page or one that
      // names two sections is one ("Travel training | E4 | Weekly" reads like a header but is data).
      const texts = cells.map((c) => c.text);
      const repeated = headers !== undefined && texts.length === headers.length && texts.every((t, i) => t.trim().toLowerCase() === headers![i].trim().toLowerCase());
      if (repeated) {
        areaFresh = false;
        continue;
      }
      const named = only ? null : columnSections(row);
      if (isHeaderRow(row) && (headers === undefined || (r === 0 && !carried) || named || (!only && uniq(texts.map(headerSection).filter((x) => x !== null)).length >= 2))) {
        const openLabels: SectionLabel[] = open ? (open as Open).labels : [];
        const byLetter = named ?? texts.map(headerSection);
        const lettered = uniq(byLetter.filter((x): x is SectionLabel => x !== null));
        let labels: (SectionLabel | null)[] | null = null;
        if (!only && lettered.length >= 2) labels = byLetter;
        else if (!only && (openLabels.length !== 1 || current.length === 0)) {
          const byTitle = texts.map((t) => headerSection(t) ?? headerSectionByTitle(t));
          if (uniq(byTitle.filter((x) => x !== null)).length >= 2) labels = byTitle;
        }
        if (labels) {
          // Unlabelled detail columns ("Who", "How often") belong to the section on their left.
          let last: SectionLabel | null = null;
          labels = labels.map((l, i) => {
            if (l) return (last = l);
            return last && columnRole(texts[i]) === 'provision' ? last : null;
          });
          const found = uniq(labels.filter((x): x is SectionLabel => x !== null));
          openSection(found, texts.filter((_, i) => labels![i]).join(' / '), row.start, row.page ?? page);
          // Each section is titled by its own column's header.
          for (const p of current) p.title = texts[labels.indexOf(p.label)]?.trim() || p.title;
          // An area named before this table is its area; a table with other columns and no area of its own has none.
          const columns = found.join('/');
          if (!areaFresh && columns !== lastColumns) area = null;
          areaFresh = false;
          lastColumns = columns;
          columnLabels = labels;
        }
        headers = texts;
        continue;
      }
      if (filled.length === 1) noteArea(filled[0].text);
      if (columnLabels) {
        const groups = new Map<SectionLabel, TableCell[]>();
        const hdrs = new Map<SectionLabel, string[]>();
        cells.forEach((c, i) => {
          const l = columnLabels![i];
          if (!l) return;
          groups.set(l, [...(groups.get(l) ?? []), c]);
          hdrs.set(l, [...(hdrs.get(l) ?? []), headers?.[i] ?? '']);
        });
        // A row spanning the table that names an area of need is a sub-heading for the rows below.
        if (filled.length === 1 && leadingArea(filled[0].text)) {
          addUnit({ ...textUnit(filled[0], 'paragraph', 'paragraph'), subheading: true, template: true });
          continue;
        }
        // A label spanning the table ("Strengths") and the text under it belong to no row.
        const spanning = filled.length === 1 && filled[0] === cells[0] && cells.length > 1;
        if (spanning && (labelNext || isSubheading(filled[0].text, 'paragraph'))) {
          addUnit(textUnit(filled[0], 'paragraph', 'paragraph'));
          labelNext = !labelNext && /^strengths\b/i.test(filled[0].text.trim());
          continue;
        }
        labelNext = false;
        const id = ++rowId;
        const needCell = cells.find((c, i) => NEED_SECTIONS.has(columnLabels![i] ?? '') && c.text.trim() && !isTemplateText(c.text));
        const rowArea = area ?? (needCell ? needCell.text.trim().slice(0, 120) : null);
        for (const [label, cs] of groups) {
          // A provision or outcome cell of several paragraphs holds one statement per paragraph.
          const paras = cs.length === 1 && !NEED_SECTIONS.has(label) ? cs[0].paragraphs : undefined;
          const pieces = paras ? paras.map((p) => [{ ...cs[0], start: p.start, end: p.end, text: doc.text.slice(p.start, p.end), paragraphs: undefined }]) : [cs];
          for (const piece of pieces) {
            const u = rowUnit(piece, hdrs.get(label), row.page ?? page);
            if (u) addUnit({ ...u, row: id, area: rowArea }, label);
          }
        }
        continue;
      }
      for (const u of tableRowUnits(row, headers, page)) addUnit(u);
    }
    if (headers) carry = { cols: headers.length, columnLabels, headers };
  }

  // In a form (one with placeholders, or with empty labelled fields) a section that holds nothing
  // of its own, only the form's text, is not there yet: "a section is present when it holds content".
  const formLike = !only && hasPlaceholder(doc.text);
  const merged = mergePieces(pieces, doc, formLike);
  if (only) return merged;
  return merged.filter((s) => !isUnfilledSection(s, formLike));
}

/** A section whose body is only the form's own text: guidance, placeholders, labels with empty values. */
export function isUnfilledSection(s: FoundSection, formLike: boolean): boolean {
  if (s.units.some((u) => !u.template && !u.labelOnly && !u.subheading)) return false;
  return formLike || s.units.some((u) => u.template || u.labelOnly);
}

/** A row inside one section. Statements pick its provision or outcome cells by their headers. */
function tableRowUnits(row: TableRow, headers: string[] | undefined, page: number | null): Unit[] {
  const filled = row.cells.filter((c) => c.text.trim() && !isTemplateText(c.text));
  // "Name | (empty)": a field label whose value was never filled in.
  if (filled.length === 1 && filled[0] === row.cells[0] && row.cells.length >= 2 && (row.cells.length >= 3 ? filled[0].text.trim().length <= 200 : filled[0].text.trim().length <= 120 && !SENTENCE_END.test(filled[0].text.trim()))) {
    const u = rowUnit(filled, headers ? [headers[0] ?? ''] : undefined, row.page ?? page);
    return u ? [{ ...u, labelOnly: true }] : [];
  }
  if (headers) {
    const roles = row.cells.map((_, i) => columnRole(headers[i] ?? ''));
    const outcomeCols = row.cells.map((c, i) => (roles[i] === 'outcome' && c.text.trim() ? i : -1)).filter((i) => i >= 0);
    // "Outcome by the end of Key Stage 2 | Step towards it this year": each column holds an outcome of its own.
    if (outcomeCols.length >= 2 && !roles.includes('provision')) {
      return outcomeCols.flatMap((i) => {
        const keep = row.cells.map((_, j) => j === i || roles[j] === 'time');
        const u = rowUnit(row.cells.filter((_, j) => keep[j]), headers.filter((_, j) => keep[j]), row.page ?? page);
        return u ? [u] : [];
      });
    }
    const u = rowUnit(row.cells, row.cells.map((_, i) => headers[i] ?? ''), row.page ?? page);
    return u ? [u] : [];
  }
  // "Frequency | 3 x 30 minutes a week": a label cell then a value cell.
  const keyValue = filled.length === 2 && filled[0].text.length <= 40 && !SENTENCE_END.test(filled[0].text.trim()) && HEADER_WORDS.test(filled[0].text) && filled[0].text.trim().split(/\s+/).length <= 5;
  const u = keyValue ? rowUnit(filled.slice(1), [filled[0].text], row.page ?? page, true) : rowUnit(filled, undefined, row.page ?? page);
  return u ? [u] : [];
}

/** One section per key; a key found twice (a contents page, a repeated heading) keeps its largest body. */
function mergePieces(pieces: Piece[], doc: StructuredDocument, formLike = false): FoundSection[] {
  // The last line of a contents list (an empty entry before it, the same section again later)
  // owns only the introduction that follows the list, not provision.
  pieces.forEach((p, i) => {
    const prev = pieces[i - 1];
    if (prev && prev.units.length === 0 && prev.start < p.start && pieces.slice(i + 1).some((q) => q.label === p.label && q.start > p.start)) p.units = [];
  });
  const hasSplitH = pieces.some((p) => (p.label === 'H1' || p.label === 'H2') && p.units.length > 0);
  const byKey = new Map<SectionKey, { best: Piece; units: Unit[]; label: SectionLabel; alone?: boolean }>();
  for (const p of pieces) {
    const keys: SectionKey[] = p.label === 'H' ? (hasSplitH ? [] : ['H1', 'H2']) : [p.label];
    for (const key of keys) {
      const entry = byKey.get(key);
      if (!entry) byKey.set(key, { best: p, units: [...p.units], label: p.label, alone: !p.combined });
      else {
        if (!p.combined) entry.alone = true;
        entry.units.push(...p.units);
        if (p.end - p.start > entry.best.end - entry.best.start) {
          entry.best = p;
          entry.label = p.label;
        }
      }
    }
  }
  // A lone "H" whose body is only H1/H2 sub-sections adds nothing: it was dropped above.
  const out: FoundSection[] = [];
  for (const [key, { best, units, label, alone }] of byKey) {
    units.sort((a, b) => a.start - b.start);
    // A column of a combined table (or a name in a combined heading) with nothing in it is not a section.
    if (!alone && units.length === 0 && formLike) continue;
    out.push({ key, label, title: best.title, start: best.start, end: Math.max(best.end, best.start), page: best.page, units });
  }
  out.sort((a, b) => a.start - b.start || SECTION_KEYS.indexOf(a.key) - SECTION_KEYS.indexOf(b.key));
  void doc;
  return out;
}
