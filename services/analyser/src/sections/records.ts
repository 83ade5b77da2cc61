// A form in two columns, "label | value": each area of need a run of rows "Need | …", "Outcome | …",
// "By when | …", "Provision | …", "Who | …", "How often | …". A Word table of such rows, or its text
// copied out of a PDF with the label and the value's first line on one line ("Who Teaching assistant",
// the value's later lines after it). Each "what" (the rubric's `fieldLabels.what`) or outcome label
// opens a record; the field and time labels after it are its cells, read as a table row's cells are
// under their headers (a provision with its "Who" and "How often", an outcome with its "By when").
// A need goes to the need section, an outcome to E, a provision to the provision section, where the
// part was opened for several (a combined heading "Sections B, E and F").
// The labels are the rubric's (`statements.fieldLabels`, `outcomeLabels`); a time or need label is
// one of a column header's (columns.ts), as label-lines.ts reads them.
import type { TableCell, TableRow } from '../../../ingest/src/document.ts';
import type { Words } from '../quantities.ts';
import { statementWords } from '../statements.ts';
import { NEED_SECTIONS, PROVISION_LABELS, leadingArea } from './areas.ts';
import { columnRole, endsWithNeedWord } from './columns.ts';
import type { Piece, SectionLabel, Unit } from './types.ts';
import { escapeRegExp } from '../fast-patterns.ts';

// 'label': a record's category ("Provision type | Literacy"), no field of the provision and no statement.
export type FieldRole = 'need' | 'outcome' | 'time' | 'what' | 'field' | 'label';

const LABEL_MAX = 30;

/** What a form's label names: a need, an outcome, its time, a provision (`what`) or one of its fields; null for other text. */
export function fieldRole(label: string, rubric?: Words): FieldRole | null {
  const t = label.trim().replace(/\s*:$/, '');
  if (!t || t.length > LABEL_MAX) return null;
  const words = statementWords(rubric);
  const role = columnRole(t, rubric);
  if (role === 'time') return 'time';
  if (words.whatLabel.test(t)) return 'what';
  if (words.fieldLabel.test(t)) return 'field';
  if (words.outcomeLabelLine.test(t) && role === 'outcome') return 'outcome';
  // "Need", "Special educational needs": the label ends with its need word ("Need Nia finds…" is no label).
  if (role === 'need' && t.split(/\s+/).length <= 3 && endsWithNeedWord(t, rubric)) return 'need';
  // A row label column's name ("Provision type", "Category"): the record's category.
  if (role === 'label') return 'label';
  return null;
}

/** One labelled value: its role, its label as written, and the value's cell (null where left empty). */
export interface Field {
  role: FieldRole;
  label: string;
  cell: TableCell | null;
}

/** A record: a need, an outcome with its time, or a provision with its fields. */
export interface FormRecord {
  kind: 'need' | 'outcome' | 'provision';
  fields: Field[];
}

/** Labelled values in order, grouped into records: a what or an outcome opens one, its fields follow. */
export function groupFields(fields: Field[]): FormRecord[] {
  const out: FormRecord[] = [];
  let open: FormRecord | null = null;
  for (const f of fields) {
    // A category ("Provision type | Literacy") neither opens a record nor closes one, nor is one's field.
    if (f.role === 'label') continue;
    if (f.role === 'need') {
      out.push({ kind: 'need', fields: [f] });
      open = null;
    } else if (f.role === 'what' || f.role === 'outcome') {
      open = { kind: f.role === 'what' ? 'provision' : 'outcome', fields: [f] };
      out.push(open);
    } else if (open && (f.role === 'time') === (open.kind === 'outcome') && !open.fields.some((x) => x.label.toLowerCase() === f.label.toLowerCase())) {
      open.fields.push(f);
    } else open = null;
  }
  return out;
}

/** Whether the labels read as a record form: a what or an outcome, and two kinds of label at least. */
function formLike(fields: Field[]): boolean {
  const roles = new Set(fields.map((f) => f.role));
  const labels = new Set(fields.map((f) => f.label.toLowerCase()));
  return (roles.has('what') || roles.has('outcome')) && labels.size >= 2 && fields.length >= 3;
}

/**
 * A table of two columns whose every row is a form's label and its value: its labelled values in
 * order, or null for any other table.
 */
export function labelValueTable(rows: TableRow[], rubric?: Words): Field[] | null {
  const fields: Field[] = [];
  for (const r of rows) {
    if (r.cells.length > 2) return null;
    const filled = r.cells.filter((c) => c.text.trim());
    if (filled.length === 0) continue;
    if (filled[0] !== r.cells[0]) return null;
    const role = fieldRole(r.cells[0].text, rubric);
    if (!role) return null;
    const value = r.cells[1]?.text.trim() ? r.cells[1] : null;
    fields.push({ role, label: r.cells[0].text.trim().replace(/\s*:$/, ''), cell: value });
  }
  return formLike(fields) ? fields : null;
}

/** A record's unit, in the section its kind belongs to: a need a paragraph, an outcome or a provision a row of its values under their labels. */
export function recordUnit(rec: FormRecord, page: number | null, thread: { row: number; area: string | null }): Unit | null {
  const filled = rec.fields.filter((f) => f.cell);
  // A record whose need, outcome or provision is left empty states nothing.
  if (!rec.fields[0].cell) return null;
  const cells = filled.map((f) => f.cell!);
  const start = cells[0].start;
  const end = cells[cells.length - 1].end;
  if (rec.kind === 'need') return { kind: 'paragraph', start, end, page: cells[0].page ?? page, text: cells[0].text, subheading: false, ...thread };
  return { kind: 'row', start, end, page: cells[0].page ?? page, text: cells.map((c) => c.text).join('\t'), subheading: false, cells, headers: filled.map((f) => f.label), quote: { start, end: cells[0].end }, ...thread };
}

/** The piece of a part opened for several sections that a record of this kind belongs to, if the part has one. */
export function recordPiece<T extends { label: SectionLabel }>(kind: FormRecord['kind'], pieces: T[]): T | undefined {
  if (kind === 'need') return pieces.find((p) => NEED_SECTIONS.has(p.label));
  if (kind === 'outcome') return pieces.find((p) => p.label === 'E');
  return pieces.find((p) => PROVISION_LABELS.has(p.label));
}

// A value's first character: a capital, a digit or a bracket (a label run into a sentence, "Who is", is prose).
const VALUE_START = /^[A-Z0-9(£"'“‘]/;

/** A line that opens with a form's label: the label, its role and where the value starts; null otherwise. */
function labelledLine(text: string, rubric?: Words): { role: FieldRole; label: string; at: number } | null {
  const words = text.split(/(\s+)/);
  // The longest label first ("How often" before "How"), up to four words.
  for (let k = Math.min(4, Math.ceil(words.length / 2)); k >= 1; k--) {
    const label = words.slice(0, 2 * k - 1).join('');
    // "Provision: …", "Who: …" with a colon are labelled lines of another kind (statement-cues.ts).
    if (/:$/.test(label)) return null;
    const role = fieldRole(label, rubric);
    if (!role) continue;
    const rest = words.slice(2 * k).join('');
    if (rest && !VALUE_START.test(rest)) return null;
    return { role, label, at: rest ? text.length - rest.length : text.length };
  }
  return null;
}

/**
 * The lines of a part copied out of a PDF form ("Provision Language group", "Who Teaching assistant",
 * "How often Weekly"), made records and each sent to its section, in every group of pieces opened
 * together and in a section of its own. A run needs a what or an outcome and two labels; a line with no
 * label inside a run is the value's next line; a label the run opens lines with, met inside a value
 * ("… a teaching assistant Who Teaching assistant"), starts the next field (lines a text reader joined).
 */
export function recordLines(pieces: Piece[], text: string, nextRow: () => number, rubric?: Words): void {
  const groups = new Map<number, Piece[]>();
  for (const p of pieces) groups.set(p.start, [...(groups.get(p.start) ?? []), p]);
  for (const group of groups.values()) {
    if (!group.some((p) => p.label === 'E' || PROVISION_LABELS.has(p.label))) continue;
    for (const piece of [...group]) readPiece(piece, group, text, nextRow, rubric);
  }
}

function readPiece(piece: Piece, group: Piece[], text: string, nextRow: () => number, rubric?: Words): void {
  const units = piece.units;
  const isLine = (u: Unit) => u.kind === 'paragraph' && !u.template && !u.labelOnly;
  const parsed = units.map((u) => (isLine(u) ? labelledLine(u.text.trim(), rubric) : null));
  // Runs: labelled lines, with unlabelled lines between them (a value's next lines); an area of need ends one.
  const keep: Unit[] = [];
  const moved = new Map<Piece, Unit[]>();
  let area: string | null = null;
  let i = 0;
  while (i < units.length) {
    const u = units[i];
    if (!parsed[i]) {
      if (u.kind === 'paragraph' && (u.subheading || u.template)) area = leadingArea(u.text, rubric) ?? area;
      keep.push(u);
      i++;
      continue;
    }
    let j = i;
    const lines: Unit[] = [];
    while (j < units.length && isLine(units[j]) && (parsed[j] || (lines.length > 0 && !leadingArea(units[j].text, rubric)))) lines.push(units[j++]);
    // A line after the run's last label is the value's only where it carries on its sentence (lower case).
    while (j > i + 1 && !parsed[j - 1] && !/^[a-z]/.test(units[j - 1].text.trim())) {
      j--;
      lines.pop();
    }
    const fields = fieldsOf(lines, parsed.slice(i, j), text, rubric);
    // Labels each on a line of their own, their values on the next, are label-lines.ts's records.
    const inline = parsed.slice(i, j).filter((p, k) => p && p.at < lines[k].text.trim().length).length;
    if (inline < 2 || !formLike(fields)) {
      keep.push(u);
      i++;
      continue;
    }
    const row = nextRow();
    for (const rec of groupFields(fields)) {
      const unit = recordUnit(rec, u.page, { row, area });
      if (!unit) continue;
      const to = recordPiece(rec.kind, group) ?? piece;
      if (to === piece) keep.push(unit);
      else moved.set(to, [...(moved.get(to) ?? []), unit]);
    }
    i = j;
  }
  piece.units = keep;
  for (const [to, us] of moved) {
    to.units = [...to.units, ...us].sort((a, b) => a.start - b.start);
    to.end = Math.max(to.end, ...us.map((x) => x.end));
  }
}

/** The labelled values of a run of lines: each labelled line a field, its unlabelled next lines its value's. */
function fieldsOf(lines: Unit[], parsed: (ReturnType<typeof labelledLine> | null)[], text: string, rubric?: Words): Field[] {
  // The labels that open lines here, as written: only these split a value where a reader ran lines together.
  const opening = [...new Set(parsed.filter((p) => p !== null).map((p) => p!.label))].sort((a, b) => b.length - a.length);
  const inner = opening.length ? new RegExp(String.raw`\s(${opening.map((l) => escapeRegExp(l).replace(/\s+/g, '\\s+')).join('|')})(?=\s+[A-Z0-9(£"'“‘]|\s*$)`, 'g') : null;
  const fields: Field[] = [];
  const cell = (start: number, end: number, page: number | null): TableCell | null => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return end > start ? { text: text.slice(start, end), start, end, page } : null;
  };
  lines.forEach((u, k) => {
    const p = parsed[k];
    const lead = u.text.length - u.text.trimStart().length;
    if (!p) {
      // The value's next line.
      const last = fields[fields.length - 1];
      if (!last) return;
      const from = last.cell ? last.cell.start : u.start + lead;
      last.cell = cell(from, u.end, last.cell?.page ?? u.page);
      return;
    }
    // Fields run together on one line: split where a label of the run starts the next.
    const bounds: { label: string; role: FieldRole; at: number; labelAt: number }[] = [{ label: p.label, role: p.role, at: u.start + lead + p.at, labelAt: u.start + lead }];
    if (inner) {
      const body = text.slice(bounds[0].at, u.end);
      inner.lastIndex = 0;
      for (const m of body.matchAll(inner)) {
        const role = fieldRole(m[1], rubric);
        if (!role) continue;
        const labelAt = bounds[0].at + m.index! + m[0].length - m[1].length;
        bounds.push({ label: m[1], role, at: labelAt + m[1].length, labelAt });
      }
    }
    // After a sentence's end, any label with a value after it ("… more organised. By when Ongoing").
    const body = text.slice(bounds[0].at, u.end);
    for (const m of body.matchAll(/[.!?]\s+(?=[A-Z])/g)) {
      const labelAt = bounds[0].at + m.index! + m[0].length;
      const l = labelledLine(text.slice(labelAt, u.end), rubric);
      if (!l || l.at >= u.end - labelAt || bounds.some((b) => b.labelAt === labelAt)) continue;
      bounds.push({ label: l.label, role: l.role, at: labelAt + l.at, labelAt });
    }
    bounds.sort((a, b) => a.labelAt - b.labelAt);
    bounds.forEach((b, n) => {
      const end = n + 1 < bounds.length ? bounds[n + 1].labelAt : u.end;
      fields.push({ role: b.role, label: b.label.replace(/\s+/g, ' '), cell: cell(b.at, end, u.page) });
    });
  });
  return fields;
}
