// A two-column "Need | Provision" table under a combined heading ("Sections B and F – …", "Sections C
// and G") exported one cell per line: the heading names the columns, each line is one cell, and what a
// line says tells its column (the flat-table reader's line roles). Header lines ("Need", "Provision")
// and area-of-need lines label the table; they are no cell.
import { NEED_SECTIONS, PROVISION_LABELS } from './areas.ts';
import { lineRole, type FlatTable, type LineRole } from './flat-table.ts';
import type { Words } from '../quantities.ts';
import type { SectionLabel } from './types.ts';
import { perVocabulary } from '../vocabulary.ts';

/** A flattened reading for a combined heading that pairs needs with provision, or null. */
export function combinedHeadingTable(labels: SectionLabel[], child: Set<string>, rubric?: Words): HeadedFlat | null {
  const needs = labels.filter((l) => NEED_SECTIONS.has(l));
  const provs = labels.filter((l) => PROVISION_LABELS.has(l));
  // Only need and provision columns, needs first as such tables put them (a B/E/F heading over
  // lines is left to flat-table.ts and to the tables that follow it).
  if (needs.length === 0 || provs.length === 0 || labels.some((l) => !NEED_SECTIONS.has(l) && !PROVISION_LABELS.has(l))) return null;
  const order = [...needs, ...provs];
  return { labels: order, child, rubric, col: -1, row: 0, need: null, combinedHeading: true };
}

// A column header printed as a line of its own: "Need", "Provision", "Health need", "Social care provision":
// the rubric's lists.columnLineNames, perhaps after one of columnLineQualifiers, built once per vocabulary.
const headerLine = perVocabulary((v) => new RegExp(String.raw`^(?:${v.list('columnLineQualifiers')}\s+)?${v.list('columnLineNames')}\s*:?$`, 'i'));

export function isColumnHeaderLine(text: string, rubric?: Words): boolean {
  return headerLine(rubric).test(text.trim());
}

export type HeadedFlat = FlatTable & { combinedHeading: true };

/** The column a line of such a table came from: its kind's column; a need after provision starts a new row. */
export function headedColumn(flat: HeadedFlat, t: string, nextRow: () => number): { label: SectionLabel; role: LineRole } {
  let role = lineRole(t, flat.child, flat.rubric);
  // Without an outcome column, "She will have …" is provision.
  if (role === 'outcome' && !flat.labels.includes('E')) role = 'provision';
  const kindOf = (l: SectionLabel): LineRole => (NEED_SECTIONS.has(l) ? 'need' : l === 'E' ? 'outcome' : 'provision');
  const cols = flat.labels.map((l, i) => (kindOf(l) === role ? i : -1)).filter((i) => i >= 0);
  let col = cols.find((i) => i >= flat.col);
  if (col === undefined || flat.row === 0 || (col === flat.col && role === 'need')) {
    col = cols[0];
    flat.row = nextRow();
    flat.need = null;
  }
  flat.col = col;
  return { label: flat.labels[col], role };
}

/** The form talking about its own sections ("Each table sets out a need (Section B) …"): no cell. */
export function namesSections(text: string): boolean {
  return /\bsections?\s+[A-K][12]?\b|\((?:section\s+)?[A-K][12]?\)/i.test(text);
}
