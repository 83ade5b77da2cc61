// Finds the sections A-K in any local authority's template (rubric-reference.md §1):
// "Section F: …", "F.", "Part F –", "SECTION F", "F – The help I will get", a title with no letter,
// a table whose first column holds the letter, and combined tables whose column headers carry
// the labels (each cell then belongs to its column's section).
import type { Block, StructuredDocument, TableCell, TableRow } from '../../ingest/src/document.ts';
import { SECTION_KEYS, type SectionKey } from './report-schema.ts';

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

const LETTER = String.raw`(?:H\s?[12]|[A-K])`;
const SEP = String.raw`[:.\-–—|)]`;

// Titles each section goes by, lettered or not (child-friendly ones included).
const TITLES: [SectionLabel, RegExp][] = [
  ['A', /^(?:the )?(?:(?:child|young person|parent|family)(?:'s|s'|s)?\s*(?:and (?:their )?(?:parents?|carers?|family)(?:'s|s')?\s*)?views|views,? interests|(?:all )?about me|my story|who I am|what(?:'s| is) important to me|my (?:views|hopes|dreams|aspirations)|one[- ]page profile|views and aspirations|aspirations)/i],
  ['B', /^(?:(?:the )?(?:child|young person)(?:'s|s')?\s*)?(?:special educational needs?|SEN\b|educational needs|(?:my )?learning needs|my needs|what I find (?:hard|difficult)|needs and strengths|strengths and needs|my strengths and (?:what I find hard|needs))/i],
  ['C', /^(?:(?:the )?(?:child|young person)(?:'s|s')?\s*)?(?:health(?:care)? (?:care )?needs|my health(?: needs)?)/i],
  ['D', /^(?:(?:the )?(?:child|young person)(?:'s|s')?\s*)?(?:social care needs|care needs|my (?:social )?care needs)/i],
  ['E', /^(?:outcomes|(?:the )?outcomes (?:sought|for|and)|what I (?:want|would like|will be able) to (?:achieve|do)|my (?:goals|outcomes)|long[- ]term outcomes)/i],
  ['F', /^(?:special educational provision|(?:educational|SEN|SEND) provision|(?:the )?(?:help|support) I (?:will )?(?:get|receive|need)|help with my learning|provision (?:to meet|required)|my (?:education|learning) support)/i],
  ['G', /^(?:health(?:care)? (?:care )?provision|(?:the )?health (?:support|care) I (?:will )?(?:get|need)|help with my health)/i],
  ['H1', /^social care provision (?:(?:made |which must be made )?under|for the purposes of|required under).*(?:section 2|s\.? ?2\b|chronically sick|CSDPA)/i],
  ['H2', /^(?:any )?other social care provision|^social care provision (?:reasonably required|not under)/i],
  ['H', /^(?:social care provision|social care support|(?:the )?(?:help|support) with (?:my )?(?:care|social care)|social care)/i],
  ['I', /^(?:placement|(?:the )?name (?:and|&) type|(?:name|type) of (?:the )?(?:school|setting|institution|placement)|school or (?:other )?institution|educational (?:setting|placement|institution)|where I will (?:learn|go to school)|my school|school\s*\/\s*setting)/i],
  ['J', /^(?:personal budget|direct payments?)/i],
  ['K', /^(?:advice and information|advice (?:received|obtained|gathered)|information (?:and advice )?gathered|list of advice|appendices)/i],
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
  return l as SectionLabel;
}

// A heading's letter: "Section F", "Part F", "SECTION H1", or a bare capital "F" followed by a
// separator, a space, or nothing. "F12", "Appendix F", "a)" do not qualify.
const LETTERED = new RegExp(String.raw`^(?:(?:section|part)\s+(${LETTER})|(${LETTER}))(?![\w/])\s*(${SEP}+)?\s*`, 'i');
const MULTI = new RegExp(String.raw`^sections?\s+(${LETTER}(?:\s*(?:,|and|&|\/|\+)\s*${LETTER})+)(?![\w])\s*(?:${SEP}+)?\s*`, 'i');
const SENTENCE_END = /[.!?]["')\]]?$/;

export interface HeadingMatch {
  labels: SectionLabel[];
  /** Where the heading text ends inside the block (the rest is body text that PDF merged in). */
  length: number;
  title: string;
}

/** Reads a block's text as a section heading, or null. `strong`: a heading block or a first-column cell. */
export function matchHeading(text: string, strong: boolean, allowTitleOnly = true): HeadingMatch | null {
  const t = text.trim();
  if (!t || t.length > 160) return null;
  const multi = MULTI.exec(t);
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
  if (m) {
    const word = m[1] !== undefined;
    const raw = (m[1] ?? m[2])!;
    // A bare letter must be a capital (lists use "a)"), and "I" as a word is a pronoun.
    if (!word && raw !== raw.toUpperCase()) return null;
    const label = normaliseLetter(raw);
    const sep = m[3] ?? '';
    const rest = t.slice(m[0].length);
    if (!word && label === 'I' && !sep && rest) return null; // "I will get…"
    if (!word && !sep && rest && !strong) return null; // "A teaching assistant…"
    if (/^(?:,|or\b|and\b|to\b|of\b|above|below|sets|says|should|must|will|is\b|are\b|has\b)/i.test(rest)) return null; // prose about a section
    if (!rest) return { labels: [label], length: t.length, title: t };
    const known = titleKey(rest);
    const sameSection = known && (known.label === label || (label === 'H' && (known.label === 'H1' || known.label === 'H2')) || ((label === 'H1' || label === 'H2') && known.label === 'H'));
    if (sameSection) {
      const end = m[0].length + known.length;
      // PDF text may run the body on after the title: the heading ends with the title phrase.
      const tail = t.slice(end);
      const headingEnd = /^[^.:\n]{0,60}$/.test(tail) ? t.length : end;
      return { labels: [label], length: headingEnd, title: t.slice(0, headingEnd).trim() };
    }
    if (!word && sep === ')' && !strong) return null; // "F) something" in a list
    // Any other title after a clear label: accept when it reads as a heading, not a sentence.
    const words = rest.split(/\s+/).length;
    if ((strong && words <= 14) || (words <= 10 && !SENTENCE_END.test(rest) && (word || sep))) return { labels: [label], length: t.length, title: t };
    return null;
  }
  // Title with no letter: only a short standalone line that is the title.
  if (!allowTitleOnly) return null;
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
  if (/\boutcomes?\b|\btargets?\b|\bgoals?\b|\bachieve|\baims?\b|steps towards/.test(h)) return 'outcome';
  if (/\bneeds?\b|difficult|barrier|strengths|what .*find hard/.test(h) && !/provision|support|help|meet/.test(h)) return 'need';
  if (/provision|support|help|intervention|who|whom|frequency|how often|staff|resources|delivered|duration|when|hours|ratio|group|strateg|what|by|cost|review|responsib/.test(h)) return 'provision';
  return 'other';
}

/** The section a combined table's column header names, if it names one. */
function headerSection(header: string): SectionLabel | null {
  const t = header.trim();
  const lettered = new RegExp(String.raw`(?:^|[\s(\[])(?:section\s+)?(${LETTER})(?:[\s)\]:.\-–—]|$)`, 'i').exec(t);
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

function isHeaderRow(row: TableRow): boolean {
  const cells = row.cells.filter((c) => c.text.trim());
  if (cells.length < 2) return false;
  return cells.every((c) => c.text.length <= 60 && !SENTENCE_END.test(c.text.trim())) && cells.some((c) => HEADER_WORDS.test(c.text));
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
  return { kind, start: block.start, end: block.end, page: block.page, text: block.text, subheading: kind === 'paragraph' && isSubheading(block.text, blockKind) };
}

function rowUnit(cells: TableCell[], headers: string[] | undefined, page: number | null, keyValue = false): Unit | null {
  const keep = cells.map((c, i) => ({ c, h: headers?.[i] ?? '' })).filter((x) => x.c.text.trim());
  if (keep.length === 0) return null;
  const nonEmpty = keep.map((x) => x.c);
  const start = nonEmpty[0].start;
  const end = nonEmpty[nonEmpty.length - 1].end;
  return { kind: 'row', start, end, page, text: nonEmpty.map((c) => c.text).join('\t'), subheading: false, cells: nonEmpty, headers: headers ? keep.map((x) => x.h) : undefined, keyValue };
}

/**
 * Splits the document into sections. `only` treats the whole document as the body of one
 * section (the CLI's --section).
 */
export function findSections(doc: StructuredDocument, only?: SectionKey): FoundSection[] {
  const pieces: Piece[] = [];
  // In a template that letters its sections, an unlettered title ("My health" inside A) is a sub-heading.
  let lettered = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph') {
      if (matchHeading(b.text, b.kind === 'heading', false)) lettered++;
    } else if (b.kind === 'table') {
      for (const r of b.rows) if (r.cells[0] && matchHeading(r.cells[0].text, true, false)) lettered++;
    }
  }
  const titleOnly = lettered < 3;
  let open: Open | null = only ? { labels: [only], title: only, start: 0, page: doc.blocks[0]?.page ?? null } : null;
  let current: Piece[] = [];

  const openSection = (labels: SectionLabel[], title: string, start: number, page: number | null) => {
    open = { labels, title, start, page };
    current = labels.map((label) => ({ label, title, start, page, units: [], end: start }));
    pieces.push(...current);
  };
  if (open) openSection((open as Open).labels, (open as Open).title, 0, (open as Open).page);
  const addUnit = (u: Unit, label?: SectionLabel) => {
    if (current.length === 0) return; // preamble before any section: name, dates, contents
    const target = (label && current.find((p) => p.label === label)) || current[0];
    target.units.push(u);
    target.end = Math.max(target.end, u.end);
    for (const p of current) p.end = Math.max(p.end, u.end);
  };

  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      walkTable(block.rows, block.page);
      continue;
    }
    if (!only && block.kind !== 'listItem') {
      const h = matchHeading(block.text, block.kind === 'heading', titleOnly);
      if (h) {
        openSection(h.labels, h.title, block.start, block.page);
        const rest = block.text.slice(h.length);
        const lead = rest.length - rest.trimStart().length;
        if (rest.trim()) addUnit({ ...textUnit({ ...block, start: block.start + h.length + lead, text: rest.trim() }, 'paragraph', 'paragraph') });
        else for (const p of current) p.end = block.end;
        continue;
      }
    }
    if (block.kind === 'listItem') addUnit(textUnit(block, 'listItem', 'listItem'));
    else addUnit(textUnit(block, 'paragraph', block.kind));
  }

  function walkTable(rows: TableRow[], page: number | null) {
    // Column sections, for a combined table; column roles, for a table inside one section.
    let columnLabels: (SectionLabel | null)[] | null = null;
    let headers: string[] | undefined;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const cells = row.cells;
      const filled = cells.filter((c) => c.text.trim());
      if (filled.length === 0) continue;
      if (!only) {
        // A heading as a table row: one filled cell, or the letter in the first column.
        const first = filled[0];
        const h = matchHeading(first.text, true, titleOnly);
        if (h && (filled.length === 1 || first.text.trim().length <= 80)) {
          const firstIsLabelOnly = filled.length > 1;
          openSection(h.labels, h.title, first.start, row.page ?? page);
          columnLabels = null;
          headers = undefined;
          if (firstIsLabelOnly) {
            const u = rowUnit(cells.slice(cells.indexOf(first) + 1), undefined, row.page ?? page);
            if (u) addUnit(u);
          } else for (const p of current) p.end = first.end;
          continue;
        }
      }
      if (isHeaderRow(row) && (columnLabels === null || r === 0 || headers === undefined)) {
        const texts = cells.map((c) => c.text);
        const openLabels: SectionLabel[] = open ? (open as Open).labels : [];
        const byLetter = texts.map(headerSection);
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
          columnLabels = labels;
        }
        headers = texts;
        continue;
      }
      if (columnLabels) {
        const groups = new Map<SectionLabel, TableCell[]>();
        const hdrs = new Map<SectionLabel, string[]>();
        cells.forEach((c, i) => {
          const l = columnLabels![i];
          if (!l) return;
          groups.set(l, [...(groups.get(l) ?? []), c]);
          hdrs.set(l, [...(hdrs.get(l) ?? []), headers?.[i] ?? '']);
        });
        for (const [label, cs] of groups) {
          const u = rowUnit(cs, hdrs.get(label), row.page ?? page);
          if (u) addUnit(u, label);
        }
        continue;
      }
      addUnit(tableRowUnit(row, headers, page));
    }
  }

  return mergePieces(pieces, doc);
}

/** A row inside one section. Statements pick its provision or outcome cells by their headers. */
function tableRowUnit(row: TableRow, headers: string[] | undefined, page: number | null): Unit {
  const filled = row.cells.filter((c) => c.text.trim());
  if (headers) {
    const idx = row.cells.map((c, i) => (c.text.trim() ? i : -1)).filter((i) => i >= 0);
    return rowUnit(row.cells, idx.length ? row.cells.map((_, i) => headers[i] ?? '') : undefined, row.page ?? page)!;
  }
  // "Frequency | 3 x 30 minutes a week": a label cell then a value cell.
  const keyValue = filled.length === 2 && filled[0].text.length <= 40 && !SENTENCE_END.test(filled[0].text.trim()) && HEADER_WORDS.test(filled[0].text) && filled[0].text.trim().split(/\s+/).length <= 5;
  if (keyValue) return rowUnit(filled.slice(1), [filled[0].text], row.page ?? page, true)!;
  return rowUnit(filled, undefined, row.page ?? page)!;
}

/** One section per key; a key found twice (a contents page, a repeated heading) keeps its largest body. */
function mergePieces(pieces: Piece[], doc: StructuredDocument): FoundSection[] {
  // The last line of a contents list (an empty entry before it, the same section again later)
  // owns only the introduction that follows the list, not provision.
  pieces.forEach((p, i) => {
    const prev = pieces[i - 1];
    if (prev && prev.units.length === 0 && prev.start < p.start && pieces.slice(i + 1).some((q) => q.label === p.label && q.start > p.start)) p.units = [];
  });
  const hasSplitH = pieces.some((p) => (p.label === 'H1' || p.label === 'H2') && p.units.length > 0);
  const byKey = new Map<SectionKey, { best: Piece; units: Unit[]; label: SectionLabel }>();
  for (const p of pieces) {
    const keys: SectionKey[] = p.label === 'H' ? (hasSplitH ? [] : ['H1', 'H2']) : [p.label];
    for (const key of keys) {
      const entry = byKey.get(key);
      if (!entry) byKey.set(key, { best: p, units: [...p.units], label: p.label });
      else {
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
  for (const [key, { best, units, label }] of byKey) {
    units.sort((a, b) => a.start - b.start);
    out.push({ key, label, title: best.title, start: best.start, end: Math.max(best.end, best.start), page: best.page, units });
  }
  out.sort((a, b) => a.start - b.start || SECTION_KEYS.indexOf(a.key) - SECTION_KEYS.indexOf(b.key));
  void doc;
  return out;
}
