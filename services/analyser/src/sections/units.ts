// The units of a section's body: a paragraph or list item (with whether it is a sub-heading or the
// form's own text), and a table row's chosen cells.
import type { Block, TableCell, TableRow } from '../../../ingest/src/document.ts';
import { isFormChoice, isTemplateText } from '../template-text.ts';
import { leadingArea } from './areas.ts';
import { columnRole, headerWords } from './columns.ts';
import type { Words } from '../quantities.ts';
import { SENTENCE_END } from './titles.ts';
import type { Unit } from './types.ts';
import { fastPattern } from '../fast-patterns.ts';

const SUBHEADING_MAX = 70;

export function isSubheading(text: string, kind: Block['kind']): boolean {
  const t = text.trim();
  if (kind === 'heading') return true;
  if (t.length > SUBHEADING_MAX) return false;
  if (SENTENCE_END.test(t)) return false;
  if (/:$/.test(t)) return true;
  // No verb-like word and few words: "Communication and interaction", "Cognition and Learning".
  return t.split(/\s+/).length <= 6 && !/\b(?:will|is|are|has|have|be|can|to|per|x|minutes?|hours?|weekly|daily)\b|\d/i.test(t);
}

export function textUnit(block: { start: number; end: number; page: number | null; text: string }, kind: 'paragraph' | 'listItem', blockKind: Block['kind'], rubric?: Words): Unit {
  // An area of need with the form's guidance after it ("Cognition and learning Support for learning
  // difficulties may be required when children…") is the form's own heading.
  // Wording struck out and left in (an amended plan's "Deleted: ~~…~~") is no longer the plan's: never a statement, need or check.
  // A question the form asks ("What help will Ali get with reading?") is the form's own text too.
  const template = isTemplateText(block.text) || (block.text.length > 60 && leadingArea(block.text, rubric) !== null) || isStruckOut(block.text) || (kind === 'paragraph' && (isFormQuestion(block.text) || isLegend(block.text) || isCounter(block.text)));
  const labelOnly = !template && kind === 'paragraph' && EMPTY_FIELDS.test(block.text.trim());
  return { kind, start: block.start, end: block.end, page: block.page, text: block.text, subheading: !template && kind === 'paragraph' && isSubheading(block.text, blockKind), ...(blockKind === 'heading' && kind === 'paragraph' ? { headed: true } : {}), ...(template ? { template } : {}), ...(labelOnly ? { labelOnly } : {}) };
}

// A form's question: one sentence of at most a line or two, asked (closing "?"), with no sentence
// ended before it. Punctuation, so layout: a pattern here.
const INNER_SENTENCE_END = /[.!?]["'’”)]?\s+[A-Z]/;
const ASKED = /\?["'’”)]?$/;

// A table's key: two or more marks each explained after "=" ("✓ = on that day; empty = not that day"),
// parts split by ";" or ",". Punctuation, so layout.
const LEGEND_PART = /(?:^|[;:,]\s*)[^;=,]{1,40}?\s=\s[^;=]+/g;

/** A line explaining a table's marks ("Key: ✓ = on that day; – = not that day."): the form's own text. */
export function isLegend(text: string): boolean {
  const t = text.trim();
  return t.length <= 400 && !t.includes('\n') && (t.match(LEGEND_PART)?.length ?? 0) >= 2;
}

// A record's counter ("Provision 3 of 10", "Record 2 of 4"): a few words, then a number of a number. Grammar, so a pattern here.
const COUNTER = /^\p{L}[\p{L}\s-]{0,30}?\s+\d{1,3}\s+of\s+\d{1,3}\s*:?$/u;

/** A line counting a form's records ("Provision 3 of 10"): the form's own text, not a statement. */
export function isCounter(text: string): boolean {
  return COUNTER.test(text.trim());
}

/** A question the form asks, as a paragraph or a table's first cell ("What help will Ali get with maths?"). */
export function isFormQuestion(text: string): boolean {
  const t = text.trim();
  return t.length <= 200 && !t.includes('\n') && ASKED.test(t) && !INNER_SENTENCE_END.test(t);
}

/**
 * A two-column form of questions and their answers ("Question | Answer", a row per question the form
 * asks): every row's first cell a question, after perhaps one header row of short labels that asks nothing.
 */
export function isQuestionAnswerTable(rows: TableRow[]): boolean {
  const filled = rows.filter((r) => r.cells.some((c) => c.text.trim()));
  if (filled.length === 0 || filled.some((r) => r.cells.length !== 2)) return false;
  const short = (t: string) => t.trim().length > 0 && t.trim().split(/\s+/).length <= 4 && !t.includes('?');
  const body = isFormQuestion(filled[0].cells[0].text) ? filled : filled[0].cells.every((c) => short(c.text)) ? filled.slice(1) : null;
  return !!body && body.length > 0 && body.every((r) => isFormQuestion(r.cells[0].text));
}

// A line wholly struck through, the strike typed as Markdown's "~~" (a text export or a pasted
// amendment keeps it as characters), perhaps after a short label of its own ("Deleted:", "Removed at
// review:") and before a bracketed note ("(moved to Section G)"): layout, so a pattern here.
const STRUCK_OUT = /^(?:[A-Za-z][\w'’ /-]{0,40}:\s*)?~~(?=\S)[^~]*\S~~\s*(?:\([^()\n]{0,100}\))?\s*[.;]?$/;

/** A line whose wording is all struck out ("Deleted: ~~Weekly speech therapy.~~"). */
export function isStruckOut(text: string): boolean {
  const t = text.trim();
  return t.length <= 2000 && t.includes('~~') && STRUCK_OUT.test(t);
}

// A line of printed field labels with nothing after them ("Name:", "Name:   Type:"): the form's fields, left empty.
const EMPTY_FIELDS = /^(?:[A-Za-z][\w'’/()&-]*(?: [\w'’/()&-]+){0,4}:\s*){1,4}$/;

// A form's field label standing alone on its line ("Name", "Type", "Details", "Arrangements for
// direct payment", "Name and type of school"): form layout, so a pattern here, not rubric words.
const FIELD_LABEL = fastPattern(/^(?:name|type|details?|address|date|description|amount|arrangements|contact|setting|provider)(?:\s+(?:and|&)\s+(?:name|type|address|details?))?(?:\s+(?:of|for)\s+[\w'’ ()/-]{1,50})?\s*:?$/i);

/**
 * Field labels with nothing filled in after them: a label followed by another label or by nothing
 * is the form's own text, so a placement or direct-payment section of labels alone is empty.
 * A table of the form's rows copied out one cell a line keeps each row's label line with its empty
 * cells dropped and its unmade choice ("Medical advice" / "YES/ NO"): the line before a choice nobody
 * made is that row's label, as the row itself is in the document's table (`tableRowUnits`).
 */
export function markEmptyFieldLabels(units: Unit[]): void {
  const label = (u: Unit | undefined) => !!u && u.kind === 'paragraph' && !u.template && FIELD_LABEL.test(u.text.trim());
  units.forEach((u, i) => {
    const next = units[i + 1];
    if (u.kind === 'paragraph' && !u.template && next?.kind === 'paragraph' && next.template && isFormChoice(next.text)) {
      u.labelOnly = true;
      return;
    }
    if (label(u) && (i === units.length - 1 || label(next))) u.labelOnly = true;
    // The line after a field's label is its value, however much it looks like a title
    // ("Type" / "Mainstream primary school (Reception from September)").
    else if (label(u) && next.kind === 'paragraph' && !next.template) next.subheading = false;
  });
}

export function rowUnit(cells: TableCell[], headers: string[] | undefined, page: number | null, keyValue = false): Unit | null {
  // A cell holding only a placeholder or the form's guidance is an empty field.
  const keep = cells.map((c, i) => ({ c, h: headers?.[i] ?? '' })).filter((x) => x.c.text.trim() && !isTemplateText(x.c.text));
  if (keep.length === 0) return null;
  const nonEmpty = keep.map((x) => x.c);
  const start = nonEmpty[0].start;
  const end = nonEmpty[nonEmpty.length - 1].end;
  return { kind: 'row', start, end, page, text: nonEmpty.map((c) => c.text).join('\t'), subheading: false, cells: nonEmpty, headers: headers ? keep.map((x) => x.h) : undefined, keyValue };
}

/** A row inside one section. Statements pick its provision or outcome cells by their headers. */
export function tableRowUnits(row: TableRow, headers: string[] | undefined, page: number | null, rubric?: Words): Unit[] {
  const filled = row.cells.filter((c) => c.text.trim() && !isTemplateText(c.text));
  // "Name | (empty)": a field label whose value was never filled in.
  if (filled.length === 1 && filled[0] === row.cells[0] && row.cells.length >= 2 && (row.cells.length >= 3 ? filled[0].text.trim().length <= 200 : filled[0].text.trim().length <= 120 && !SENTENCE_END.test(filled[0].text.trim()))) {
    const u = rowUnit(filled, headers ? [headers[0] ?? ''] : undefined, row.page ?? page);
    return u ? [{ ...u, labelOnly: true }] : [];
  }
  if (headers) {
    const roles = row.cells.map((_, i) => columnRole(headers[i] ?? '', rubric));
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
  const keyValue = filled.length === 2 && filled[0].text.length <= 40 && !SENTENCE_END.test(filled[0].text.trim()) && headerWords(rubric).test(filled[0].text) && filled[0].text.trim().split(/\s+/).length <= 5;
  const u = keyValue ? rowUnit(filled.slice(1), [filled[0].text], row.page ?? page, true) : rowUnit(filled, undefined, row.page ?? page);
  return u ? [u] : [];
}
