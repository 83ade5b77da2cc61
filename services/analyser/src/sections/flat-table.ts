// A combined table pasted or exported as plain text loses its grid: its header cells become lines
// ("B – Special Educational Needs", "F – Special Educational Provision", "E – Outcomes") and each cell
// becomes one or more lines after them, empty cells vanishing. What a line says tells which column
// it came from: a need describes the child now, an outcome says what the child will achieve, and
// provision says what will be done. The column order then tells where a row ends.
import type { Block } from '../../../ingest/src/document.ts';
import { judgeOutcome } from '../outcomes.ts';
import { findAmount, isTimeBound, type Words } from '../quantities.ts';
import { defaultRubricLists, perObject, perVocabulary, vocabularyOf } from '../vocabulary.ts';
import type { Rubric } from '../rubric.ts';
import { SECTION_KEYS, type SectionKey } from '../report-schema.ts';
import { NEED_SECTIONS, PROVISION_LABELS } from './areas.ts';
import { columnRole, columnSection, headerChoices } from './columns.ts';
import { matchHeading } from './headings.ts';
import type { Titles } from './titles.ts';
import type { SectionLabel } from './types.ts';

export type LineRole = 'need' | 'provision' | 'outcome';

// A need's words, a condition by name, what the child will need: the rubric's vocabulary.lineRoles, in the
// grammar of a line (whole words; a condition at the opening within three words, before a stop or a joiner).
const lineWords = perVocabulary((v) => {
  const l = v.source.lineRoles;
  return {
    need: new RegExp(String.raw`\b${v.any(l.needs)}\b`, 'i'),
    needCondition: new RegExp(String.raw`\b${v.any(l.conditions)}\b`, 'i'),
    condition: new RegExp(String.raw`^(?:[\w-]+\s+){0,3}?${v.any(l.openingConditions)}(?=\s*(?:[.,;:(]|$)|\s+(?:and|with|affecting|which)\b)`, 'i'),
    willNeed: new RegExp(String.raw`\b${v.any(l.willNeed)}\b(?!\s+${v.any(l.lessAfter)}\b)`, 'i'),
    // What will be done, delivered or used, with an amount ("2 x 30", "30 minutes": the numbers grammar), a provider or a programme.
    provision: new RegExp(String.raw`\b(?:\d+\s*(?:x|×)\s*\d+|\d+\s*${v.any(l.amountUnits)}\b|${v.any(l.provision)}|${v.any(l.deliveredBy)}|${v.any(l.providers)} (?:will|to) (?:\w+ )?${v.any(l.providerVerbs)})\b`, 'i'),
    doneBy: new RegExp(String.raw`\b${v.any([...l.deliveredBy, ...l.drawnUpBy])}\b`, 'i'),
    // Who gives help: a subject that makes "X will …" a provision, not the child's outcome.
    provider: new RegExp(String.raw`^${v.any(l.providerSubjects)}\b`, 'i'),
    // Being given help: a statement about the child that is provision ("Mia receives 1:1 support", "He attends a club").
    receives: new RegExp(String.raw`\b${v.any(l.receives)}\b`, 'i'),
  };
});
// A provision cell stating there is none ("No health provision has been identified.", "None agreed."), not the child's need
// (grammar: a negative opening before the column's own nouns).
const NO_PROVISION = /^(?:no|none)\b(?:\s+[\w-]+){0,3}?\s+(?:provision|services?|support)\b/i;
// "I will …": a young person's outcome in the first person (grammar: a capitalised subject or a pronoun, and a modal).
const CHILD_WILL = /^(?:\p{Lu}[\p{Ll}'’-]+|He|She|They|I)\s+(?:will|is going to|can)\b/u;

// The rubric's words for a thing kept with the child (provisionCues.keptWith, as provision.ts reads them).
const keptWith = perVocabulary((v) => new RegExp(String.raw`\b${v.any(v.source.provisionCues.keptWith)}`, 'i'));

// The rubric's words for a thing the child will use for all of a kind of work (provisionCues.usedForAll).
const usedForAll = perVocabulary((v) => new RegExp(String.raw`\b${v.any(v.source.provisionCues.usedForAll.length ? v.source.provisionCues.usedForAll : ['(?!)'])}`, 'i'));

// The vague terms the rubric names as leaving an adult's amount open (provisionCues.amountLeftOpen, "as needed"): an outcome does not say them.
const NO_RUBRIC = {};
const amountLeftOpen = perObject((r: Partial<Words & Pick<Rubric, 'vagueTerms'>>) => {
  const names = vocabularyOf(r.vocabulary ? (r as Words) : undefined).source.provisionCues.amountLeftOpen;
  const terms = (r.vagueTerms ?? defaultRubricLists().vagueTerms).filter((t) => names.includes(t.term));
  return terms.length ? new RegExp(String.raw`(?<![\w])(?:${terms.map((t) => `(?:${t.pattern ?? t.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`).join('|')})(?![\w])`, 'i') : /(?!)/;
});


/**
 * The names the plan gives the child: capitalised words that are the subject of two or more "… will"
 * sentences (the outcomes), so that "Idris sleeps poorly" reads as a need and "Callum's handwriting
 * will be neater" as an outcome.
 */
export function childNames(text: string): Set<string> {
  const count = new Map<string, number>();
  for (const m of text.matchAll(/(?:^|[.,;:]\s+|\n)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:'s|’s)?(?:\s+[a-z]+){0,2}\s+will\b/gu)) {
    if (/^(?:He|She|They|It|This|That|The|These|Those|We|You|There|Staff|School|Parents|Everyone|All|Each|Every|Adults?)$/.test(m[1])) continue;
    count.set(m[1], (count.get(m[1]) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= 2).map(([w]) => w));
}

/** The child as the line's subject: "Rosie", "Rosie's reading", "He", "Her speech", after a label ("Autism: Idris …"); the rest of the line after the subject, or null. */
function childSubject(t: string, child: Set<string>, rubric?: Words): string | null {
  const s = t.replace(/^[A-Z][\w-]*(?:\s+[\w-]+){0,2}:\s+/, '');
  const named = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:'s|’s)?\s+(.*)$/u.exec(s);
  const pronoun = /^(?:He|She|They|His|Her|Their)\s+(.*)$/.exec(s);
  const rest = named && child.has(named[1]) ? named[2] : pronoun ? pronoun[1] : null;
  if (rest === null) return null;
  // "Rosie's key person will …", "His TA …": a provider, not the child.
  const possessive = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:'s|’s)|His|Her|Their)\s/u.test(s);
  if (possessive && lineWords(rubric).provider.test(rest)) return null;
  return rest;
}

/** Which kind of cell a line of a flattened combined table reads as; `child` names the child (childNames). */
export function lineRole(text: string, child: Set<string> = new Set(), rubric?: Words): LineRole {
  const t = text.trim();
  const lw = lineWords(rubric);
  const will = /\bwill\b/i.test(t);
  // "Zara turns 18 in May and will need an assessment": what the child will need is a need, not a result ("will need fewer prompts" is one).
  if (!/^by\b/i.test(t) && childSubject(t, child, rubric) !== null && lw.willNeed.test(t)) return 'need';
  // "By July 2027, Rosie will …", "Rosie will read … by the end of Year 5": an outcome, unless it is a service.
  if (will || /^by\b/i.test(t)) {
    const j = judgeOutcome(t, '', rubric);
    const timeBound = isTimeBound(t, rubric);
    // A feeling is nobody's provision: "Ozzie's mum will feel better supported" is the family's outcome.
    const feels = /^[^,]*?\bwill (?:\w+ly )?feel\b/.test(t);
    const childWill = CHILD_WILL.test(t) || feels || (/^[^,]*?\bwill\b/.test(t) && /^(?:\S+\s+){0,3}will\b/.test(childSubject(t, child, rubric) ?? '') && !lw.receives.test(t));
    // "Theo will use a laptop for all his written work": an arrangement, unless a time says by when.
    if (!timeBound && usedForAll(rubric).test(t)) return 'provision';
    // "I will have rest breaks as needed": how much is left to an adult, so it is something given.
    if (!timeBound && amountLeftOpen(rubric ?? NO_RUBRIC).test(t)) return 'provision';
    if (!j.isProvision && (timeBound || childWill) && !(lw.provision.test(t) && !timeBound)) return 'outcome';
    return 'provision';
  }
  // A thing the child keeps with them where it applies ("His ear defenders with him in every lesson") is provision.
  if (keptWith(rubric).test(t)) return 'provision';
  // The child now, in the present tense ("Idris sleeps poorly (about 6 hours a night)"), though it has an amount.
  if (child.size && childSubject(t, child, rubric) !== null && !lw.receives.test(t)) return 'need';
  if (lw.condition.test(t)) return 'need';
  // Something done by someone ("… delivered by", "an asthma plan written by the school nurse") is provision, whatever condition it names.
  const deliveredBy = lw.doneBy.test(t);
  // A need word inside what is provided ("a teacher qualified in specific learning difficulties, 2 x 40
  // minutes a week"): a line with an amount per period whose subject is not the child is provision.
  const quantified = () => {
    const a = findAmount(t, rubric);
    return a.length && a.period && childSubject(t, child, rubric) === null && !/^(?:He|She|They|His|Her|Their)\s/.test(t);
  };
  if (lw.need.test(t) && !deliveredBy && !quantified()) return 'need';
  if (lw.needCondition.test(t) && !deliveredBy) {
    const a = findAmount(t, rubric);
    if (!(a.length && a.period)) return 'need';
  }
  if (lw.provision.test(t) || NO_PROVISION.test(t)) return 'provision';
  // A statement about the child with a finite verb and no amount is a need ("Rosie plays next to other children", "I have …"),
  // unless it is being given something ("Rosie may have time in the quiet room"). Grammar: a capitalised subject
  // (Unicode letters, case-sensitive) or a pronoun, and a finite verb of the present or past.
  if (!lw.receives.test(t) && /^(?:\p{Lu}[\p{Ll}'’-]+(?:'s|’s)?|He|She|They|His|Her|Their|I|My)\s+(?:\w+\s+){0,3}?(?:is|are|has|have|uses|can|does|plays|reads|writes|speaks|says|understands|remembers|likes|enjoys|loves|wants|prefers|feels|misses|turns|lives|gets|goes|needs|finds|becomes|was|shows|tends|relies|avoids)\b/u.test(t)) return 'need';
  return 'provision';
}

/** The runs of lines that are a flattened combined table's header cells: the first line of each with its columns' sections, and the other lines of the run. */
export interface FlatShape {
  /** The table's first column labels its rows ("Area of need", "Section"), naming no section. */
  labelCol: boolean;
  /** Per section column, the sections its header names together ("Provision (G / H1 / H2)"). */
  choices: SectionLabel[][];
}

// A header cell naming its section with the letter last, in brackets: "Needs (Section B)", "Provision (G / H1 / H2)".
const LETTER_LAST = /\((?:sections?\s+)?(?:H\s?[12]|[A-K])(?:\s*(?:\/|,|&|and|or)\s*(?:H\s?[12]|[A-K]))*\s*\)\s*$/i;

export function flatTableHeads(titles: Titles, blocks: Block[], rubric?: Words): { heads: Map<Block, SectionLabel[]>; rest: Set<Block>; shapes: Map<Block, FlatShape> } {
  const heads = new Map<Block, SectionLabel[]>();
  const rest = new Set<Block>();
  const shapes = new Map<Block, FlatShape>();
  const textOf = (b: Block) => (b as Exclude<Block, { kind: 'table' }>).text.trim();
  for (let i = 0; i < blocks.length; i++) {
    const labels: SectionLabel[] = [];
    const choices: SectionLabel[][] = [];
    // A first column that labels the rows ("Area of need", "Section") before the sections' columns.
    const labelCol = blocks[i].kind !== 'table' && blocks[i].kind !== 'listItem' && columnRole(textOf(blocks[i]), rubric) === 'label';
    let j = labelCol ? i + 1 : i;
    while (j < blocks.length && blocks[j].kind !== 'table' && blocks[j].kind !== 'listItem') {
      const t = textOf(blocks[j]);
      const l = columnSection(titles, t);
      if (!l || labels.includes(l) || !(/^\W{0,3}[A-K][12]?\s*[-–—:.]/.test(t) || (t.length <= 60 && LETTER_LAST.test(t)))) break;
      labels.push(l);
      choices.push(headerChoices(t));
      j++;
    }
    if (labelCol && labels.length < 2) continue;
    const kinds = labels.map((l) => (NEED_SECTIONS.has(l) ? 'need' : l === 'E' ? 'outcome' : PROVISION_LABELS.has(l) ? 'provision' : null));
    // Columns start with the need and are not in the alphabet's order (a contents list is: "D –", "E –", "F –").
    const ascending = labels.every((l, k) => k === 0 || SECTION_KEYS.indexOf(l as SectionKey) > SECTION_KEYS.indexOf(labels[k - 1] as SectionKey));
    if (labels.length >= 2 && !ascending && kinds[0] === 'need' && kinds.every((k) => k !== null) && kinds.includes('provision') && j < blocks.length && blocks[j].kind !== 'table' && !matchHeading(titles, (blocks[j] as Exclude<Block, { kind: 'table' }>).text, true, false)) {
      heads.set(blocks[i], labels);
      shapes.set(blocks[i], { labelCol, choices });
      for (let k = i + 1; k < j; k++) rest.add(blocks[k]);
      i = j - 1;
    }
  }
  return { heads, rest, shapes };
}

/** A flattened combined table being read: its columns, the column the last line went to, its row and the row's need. */
export interface FlatTable {
  labels: SectionLabel[];
  /** The child's names (childNames), to read a line about the child. */
  child: Set<string>;
  /** The rubric whose words tell an outcome's date and a service (the default rubric's without). */
  rubric?: Words;
  col: number;
  row: number;
  need: string | null;
  /** The last line was a whole cell saying there is nothing ("None."): the next line is in a later column. */
  nil?: boolean;
}

// A cell that says it holds nothing.
const NIL = /^(?:none|nil|n\/?a|not applicable|not required|none (?:identified|required|at present))\.?$/i;

/** A cell that says it holds nothing ("None.", "N/A"). */
export function isNilCell(text: string): boolean {
  return NIL.test(text.trim());
}

/**
 * Where plain text kept a flattened table's cell boundaries as blank lines (ingest's `blankBefore`):
 * `same`, the line goes on in the cell before (no blank line where every cell ends with one);
 * `skip`, how many empty cells the blank lines stand for; `exact`, every cell ends with a blank line
 * (Word's plain-text save), so the blank lines alone say which column a line is in.
 */
export interface CellLayout {
  same: boolean;
  skip: number;
  exact: boolean;
}

/**
 * The cell layout of a line with `blank` blank lines before it, in a document whose header cells are
 * `sep` blank lines apart (0: each cell on a line, an empty cell a blank line; 1: a blank line after
 * each cell, so an empty cell is its empty line and that blank line). Null without blank-line counts.
 */
export function cellLayout(blank: number | undefined, sep: number | undefined): CellLayout | null {
  if (blank === undefined || sep === undefined) return null;
  return { same: sep >= 1 && blank < sep, skip: blank >= sep ? Math.floor((blank - sep) / (sep + 1)) : 0, exact: sep >= 1 };
}

// A typed reference code opening a line ("E2.2 Kai will …", "F1.3 …", "H6.1 …"): the section letter
// of the column the line was typed in (grammar of a form's numbering). Group 1 the letter.
const LINE_CODE = /^([A-K])\d{1,2}(?:\.\d{1,2}){0,2}[.:)]?\s+(?=\S)/;

/**
 * What a line of a flattened table says it is: where it opens with a code of one of the table's
 * columns ("E2.2 Kai will be more organised." under "B | F | E"), that column's kind, whatever its words;
 * otherwise its words' role (lineRole).
 */
function flatLineRole(flat: FlatTable, t: string, kindOf: (l: SectionLabel) => LineRole): LineRole {
  const code = LINE_CODE.exec(t.trim());
  const coded = code ? flat.labels.filter((l) => l[0] === code[1]) : [];
  if (coded.length && coded.every((l) => kindOf(l) === kindOf(coded[0]))) return kindOf(coded[0]);
  return lineRole(t, flat.child, flat.rubric);
}

/** The column a line of a flattened table came from; `nextRow` gives the id of a new row; `layout`, what blank lines before it say. */
export function flatColumn(flat: FlatTable, t: string, nextRow: () => number, layout: CellLayout | null = null): { label: SectionLabel; role: LineRole } {
  // The line goes to the first column of its kind at or after the last one; an earlier column starts a new row.
  const kindOf = (l: SectionLabel): LineRole => (NEED_SECTIONS.has(l) ? 'need' : l === 'E' ? 'outcome' : 'provision');
  const n = flat.labels.length;
  if (layout) {
    // A paragraph of the cell before.
    if (layout.same && flat.row > 0) {
      flat.nil = NIL.test(t.trim());
      return { label: flat.labels[flat.col], role: kindOf(flat.labels[flat.col]) };
    }
    // The first line under the header is the first row's first filled cell; where every cell ends
    // with a blank line, each line's place follows from the blank lines alone.
    const first = flat.row === 0;
    const pos = first ? layout.skip : flat.col + 1 + layout.skip;
    if (first || layout.exact) {
      let col = pos;
      if (first || col >= n) {
        if (!first) col -= n;
        flat.row = nextRow();
        flat.need = null;
      }
      flat.col = Math.min(col, n - 1);
      flat.nil = NIL.test(t.trim());
      return { label: flat.labels[flat.col], role: kindOf(flat.labels[flat.col]) };
    }
    if (layout.skip > 0) {
      // Blank lines between one line and the next are the empty cells between them: the line is in a
      // later column of its kind, or, past the row's end, in the next row.
      const role = NIL.test(t.trim()) ? null : flatLineRole(flat, t, kindOf);
      const cols = flat.labels.map((l, i) => (role === null || kindOf(l) === role ? i : -1)).filter((i) => i >= 0);
      let col = cols.find((i) => i >= pos);
      if (col === undefined) {
        flat.row = nextRow();
        flat.need = null;
        col = cols.find((i) => i >= pos - n) ?? cols[0];
      }
      flat.col = col;
      flat.nil = role === null;
      return { label: flat.labels[col], role: kindOf(flat.labels[col]) };
    }
  }
  // "None." is a whole cell, whatever its column: the one after the last line's.
  if (NIL.test(t.trim())) {
    let col = flat.col + 1;
    if (flat.row === 0 || col >= flat.labels.length) {
      col = 0;
      flat.row = nextRow();
      flat.need = null;
    }
    flat.col = col;
    flat.nil = true;
    return { label: flat.labels[col], role: kindOf(flat.labels[col]) };
  }
  const role = flatLineRole(flat, t, kindOf);
  const cols = flat.labels.map((l, i) => (kindOf(l) === role ? i : -1)).filter((i) => i >= 0);
  let col = cols.find((i) => i > flat.col || (i === flat.col && !flat.nil));
  if (col === undefined || flat.row === 0 || (col === flat.col && role === 'need')) {
    col = cols[0];
    flat.row = nextRow();
    flat.need = null;
  }
  flat.col = col;
  flat.nil = false;
  return { label: flat.labels[col], role };
}

// A typed item marker's ordinal ("(a)", "b)", "3.", "(iv)"): the values it may count (grammar, not words);
// none for a bullet. "(i)" may be the ninth letter or the first Roman numeral.
const ORDINAL_MARKER = /^\(?([a-z]|[ivx]{1,4}|\d{1,2})[).]?$/i;
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

export function markerOrdinals(marker: string | undefined): number[] {
  const m = marker ? ORDINAL_MARKER.exec(marker.trim()) : null;
  if (!m) return [];
  const s = m[1].toLowerCase();
  if (/^\d+$/.test(s)) return [Number(s)];
  const out = s.length === 1 ? [s.charCodeAt(0) - 96] : [];
  if (ROMAN[s]) out.push(ROMAN[s]);
  return out;
}

/** Whether item `cur` goes on from item `prev` ("(b)" after "(a)", "ii." after "i."). */
const follows = (prev: number[], cur: number[]) => cur.some((c) => prev.includes(c - 1));

/**
 * A flattened table's cells written as lettered items ("(a) …", "(b) …" in the provision cell, then
 * "(a) …" again in the outcome cell): where the lettering starts again, a new cell starts. Given the
 * consecutive item lines from where the table stands (`flat.col` in row `flat.row`), the column of
 * each: the runs take later columns in order, each the column of its kind where the row has a choice
 * (by most of its lines' roles); a lone run is one cell. `newRow` when the runs start a row. Null
 * where the first item is not the first of its list or the runs outnumber the columns left.
 */
export function itemRunColumns(flat: FlatTable, items: { text: string; marker: string }[]): { cols: number[]; newRow: boolean } | null {
  const ords = items.map((x) => markerOrdinals(x.marker));
  if (!ords.length || !ords[0].includes(1)) return null;
  const runs: number[][] = [];
  ords.forEach((o, k) => (k > 0 && follows(ords[k - 1], o) ? runs[runs.length - 1].push(k) : runs.push([k])));
  const kindOf = (l: SectionLabel): LineRole => (NEED_SECTIONS.has(l) ? 'need' : l === 'E' ? 'outcome' : 'provision');
  const n = flat.labels.length;
  const newRow = flat.row === 0 || flat.col + 1 >= n;
  const from = newRow ? 0 : flat.col + 1;
  const free = n - from;
  if (runs.length > free) return null;
  // Each run's role: most of its lines'.
  const roles = runs.map((r) => {
    const votes = r.map((k) => lineRole(items[k].text, flat.child, flat.rubric));
    const outcome = votes.filter((v) => v === 'outcome').length;
    const provision = votes.filter((v) => v === 'provision').length;
    return outcome > provision ? 'outcome' : provision > 0 ? 'provision' : 'need';
  });
  // The placement in later columns, in order, matching most roles (the earlier columns on a tie).
  let best: number[] = [];
  let bestScore = -1;
  const place = (r: number, col: number, chosen: number[], score: number) => {
    if (r === runs.length) {
      if (score > bestScore) [best, bestScore] = [[...chosen], score];
      return;
    }
    for (let c = col; c <= n - (runs.length - r); c++) place(r + 1, c + 1, [...chosen, c], score + (kindOf(flat.labels[c]) === roles[r] ? 1 : 0));
  };
  place(0, from, [], 0);
  if (!best.length) return null;
  const cols: number[] = new Array(items.length);
  runs.forEach((r, i) => r.forEach((k) => (cols[k] = best[i])));
  return { cols, newRow };
}
