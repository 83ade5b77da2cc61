// A record printed with each field's label on a line of its own and its value on the next (an online
// EHC hub's print, a form saved as text): "Makaton signs used alongside speech" / "How often" /
// "Throughout the school day" / "Provided by" / "All staff". The lines are one record, read as a table
// row with the labels as its headers, as the same record in a table is: a provision with its how often
// and who cells; an outcome with its "Target date" cell. The labels are the rubric's field labels
// (`statements.fieldLabels`), the time labels those of a "By when" column (columns.ts).
import type { TableCell } from '../../../ingest/src/document.ts';
import type { Words } from '../quantities.ts';
import { statementWords } from '../statements.ts';
import { PROVISION_LABELS, leadingArea } from './areas.ts';
import { columnRole } from './columns.ts';
import type { Piece, Unit } from './types.ts';

const LABEL_MAX = 30;
// "Group size:" then "Linked outcome(s): …": a label written with its colon and nothing after, before
// another "Label: …" line, is a field left empty in a "Label: value" export, not a label over its value (grammar).
const COLON_LINE = /^[A-Z][\w /()'’-]{0,40}:(?:\s|$)/;
const emptyField = (label: Unit, next: Unit) => /:\s*$/.test(label.text) && COLON_LINE.test(next.text.trim());

/** Each piece of E, F, G or H with its label-then-value records made rows; other units as they were. */
export function labelLineRecords(pieces: Piece[], text: string, rubric?: Words): void {
  const words = statementWords(rubric);
  for (const p of pieces) {
    const outcomes = p.label === 'E';
    if (!outcomes && !PROVISION_LABELS.has(p.label)) continue;
    const line = (u: Unit | undefined): u is Unit => !!u && u.kind === 'paragraph' && !u.template && u.text.trim().length > 0;
    const label = (u: Unit | undefined) => line(u) && u.text.trim().length <= LABEL_MAX && (outcomes ? columnRole(u.text.trim().replace(/:$/, ''), rubric) === 'time' : words.fieldLabel.test(u.text.trim()));
    const whatLabel = (u: Unit | undefined) => label(u) && !outcomes && words.whatLabel.test(u!.text.trim());
    // A value: a line that is no label, no area of need and no heading of category words ("Equipment and resources").
    const value = (u: Unit | undefined) => line(u) && !label(u) && !leadingArea(u.text, rubric) && !words.genericHeading.test(u.text.trim());
    const out: Unit[] = [];
    const units = p.units;
    for (let i = 0; i < units.length; i++) {
      // "Provision" / the what, or the what alone; then one or more label / value pairs that are not a new what.
      const lead = whatLabel(units[i]) && value(units[i + 1]) ? 1 : 0;
      const first = units[i + lead];
      const fields: { label: Unit; value: Unit }[] = [];
      let j = i + lead + 1;
      if (value(first) && (lead || !label(first))) {
        while (label(units[j]) && !whatLabel(units[j]) && value(units[j + 1]) && !emptyField(units[j], units[j + 1])) {
          fields.push({ label: units[j], value: units[j + 1] });
          j += 2;
        }
      }
      if (fields.length === 0) {
        out.push(units[i]);
        continue;
      }
      const cell = (u: Unit): TableCell => ({ text: text.slice(u.start, u.end), start: u.start, end: u.end, page: u.page });
      const cells = [cell(first), ...fields.map((f) => cell(f.value))];
      const headers = [lead ? units[i].text.trim() : '', ...fields.map((f) => f.label.text.trim().replace(/:$/, ''))];
      out.push({ kind: 'row', start: first.start, end: cells[cells.length - 1].end, page: first.page, text: cells.map((c) => c.text).join('\t'), subheading: false, cells, headers, ...(first.area !== undefined ? { area: first.area } : {}), ...(first.row !== undefined ? { row: first.row } : {}) });
      i = j - 1;
    }
    p.units = out;
  }
}

/**
 * A table cell's paragraphs, each a statement of its own, except that a paragraph holding one of a
 * provision's labelled fields ("Frequency: 2 x 30 minutes a week", "Staff: a teaching assistant",
 * "Who:" left empty) belongs to the paragraph before it in the cell: "Provision: …" / "Frequency: …" /
 * "Staff: …" are one provision, as the same fields on lines of their own are in text. Only in a
 * provision section (`provision`); undefined where the cell has one paragraph.
 */
export function cellParagraphs(cell: TableCell, text: string, provision: boolean, rubric?: Words): { start: number; end: number }[] | undefined {
  const paras = cell.paragraphs;
  if (!paras || !provision) return paras;
  const words = statementWords(rubric);
  const out: { start: number; end: number }[] = [];
  for (const p of paras) {
    const prev = out[out.length - 1];
    if (prev && words.fieldOpens.test(text.slice(p.start, p.end))) out[out.length - 1] = { start: prev.start, end: p.end };
    else out.push({ ...p });
  }
  return out.length >= 2 ? out : undefined;
}
