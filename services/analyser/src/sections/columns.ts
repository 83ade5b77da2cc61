// Table columns: what a header cell says its column holds (need, outcome, provision, time), and the
// section a combined table's header cell names, by letter ("B –", "(F)") or by title ("Outcomes").
import type { TableRow } from '../../../ingest/src/document.ts';
import { leadingLabel, trailingLabel } from './headings.ts';
import { LETTER, SENTENCE_END, normaliseLetter, titleKey, uniq, type Titles } from './titles.ts';
import type { SectionLabel } from './types.ts';
import type { Words } from '../quantities.ts';
import { perVocabulary } from '../vocabulary.ts';

export type ColumnRole = 'need' | 'outcome' | 'provision' | 'time' | 'review' | 'label' | 'other';

// The rubric's words for what a column holds (vocabulary.columnRoles).
const columnWords = perVocabulary((v) => {
  const c = v.source.columnRoles;
  return {
    label: new RegExp(String.raw`^${v.any(c.label)}s?\s*$`, 'i'),
    time: new RegExp(String.raw`^${v.any(c.time)}\??$`, 'i'),
    review: c.review.length ? new RegExp(String.raw`^${v.any(c.review)}\s*:?$`, 'i') : /(?!)/,
    objective: c.objective.length ? new RegExp(String.raw`^${v.any(c.objective)}\s*:?$`, 'i') : /(?!)/,
    outcome: new RegExp(v.any(c.outcome), 'i'),
    need: new RegExp(v.any(c.need), 'i'),
    notNeed: new RegExp(c.notNeed.length ? v.any(c.notNeed) : '(?!)', 'i'),
    needLabelEnd: new RegExp(String.raw`\b${v.any(c.needLabelEnds)}$`, 'i'),
    provision: new RegExp(v.any(c.provision), 'i'),
    headerWords: new RegExp(String.raw`\b${v.any(c.headerWords)}\b`, 'i'),
    // A header cell opens with a column's name, perhaps after one word ("Delivered by", "How often", "Staffing ratio").
    headerStart: new RegExp(String.raw`^\W*(?:[\w-]+\s+)?(?:${v.any(c.headerWords)}|${v.any(c.headerOpenings)})\b`, 'i'),
    // A data row: a digit, or a word of an amount or a recurrence.
    dataCue: new RegExp(String.raw`\d|\b${v.any(c.dataWords)}\b`, 'i'),
    provisionOpening: new RegExp(String.raw`^${v.any(c.provisionOpenings)}\b`, 'i'),
    // A row's label cell naming its kind of provision, the whole cell (`columnRoles.rowSections`).
    rowSections: (['F', 'G', 'H'] as const).map((k) => [k, c.rowSections[k].length ? new RegExp(String.raw`^${v.any(c.rowSections[k])}\s*$`, 'i') : /(?!)/] as const),
    // A section's letter then a reference word ("Need (B ref)", "Outcome (Section E reference)"): the
    // column points at that section's items (the letter is grammar; the words are `columnRoles.label`).
    crossReference: new RegExp(String.raw`(?:^|[\s(\[])(?:section\s+)?(${LETTER})\s*(?:${v.any(c.label)})s?(?:[\s)\].:]|$)`, 'i'),
  };
});

/** An individual education plan's objective column ("Objective", "Short-term objectives"; `columnRoles.objective`). */
export function objectiveColumn(header: string, rubric?: Words): boolean {
  return columnWords(rubric).objective.test(header.trim());
}

/** A line that is only the name of a provision column ("Provision", "Special educational provision:"; `columnRoles.provisionOpenings`). */
export function onlyProvisionName(text: string, rubric?: Words): boolean {
  const t = text.trim().replace(/\s*:$/, '');
  const m = columnWords(rubric).provisionOpening.exec(t);
  return !!m && m[0].length === t.length;
}

/** The rubric's header words (`columnRoles.headerWords`): a cell holding one may name its column. */
export function headerWords(rubric?: Words): RegExp {
  return columnWords(rubric).headerWords;
}

/** A form's label that ends with a need word (`columnRoles.needLabelEnds`): "Special educational needs". */
export function endsWithNeedWord(label: string, rubric?: Words): boolean {
  return columnWords(rubric).needLabelEnd.test(label);
}

/** What a column holds, by its header and the rubric's `columnRoles` (the default rubric's without). */
export function columnRole(header: string, rubric?: Words): ColumnRole {
  const w = columnWords(rubric);
  const h = header.toLowerCase();
  if (w.label.test(h.trim())) return 'label';
  if (w.time.test(h.trim())) return 'time';
  if (w.review.test(h.trim())) return 'review';
  // A header naming its section by letter ("Provision to achieve it (Section F)") holds what that
  // section holds, whatever other words it uses ("achieve" reads as an outcome's).
  const lettered = h.length <= 60 ? headerSection(header, rubric) : null;
  if (lettered === 'E') return 'outcome';
  if (lettered === 'F' || lettered === 'G' || lettered === 'H1' || lettered === 'H2' || lettered === 'H') return 'provision';
  if (lettered === 'B' || lettered === 'C' || lettered === 'D') return 'need';
  if (w.outcome.test(h)) return 'outcome';
  if (w.need.test(h) && !w.notNeed.test(h)) return 'need';
  if (w.provision.test(h)) return 'provision';
  return 'other';
}

/**
 * A header naming another section's items by reference ("Need (B ref)", "Linked outcome (E refs)"): its
 * cells ("B4, B6") point at that section's content and hold none of it, so the column names no section.
 */
export function crossReferenceColumn(header: string, rubric?: Words): boolean {
  const m = columnWords(rubric).crossReference.exec(header.trim());
  return !!m && m[1] === m[1].toUpperCase();
}

/** The section a combined table's column header names, if it names one. */
export function headerSection(header: string, rubric?: Words): SectionLabel | null {
  const t = header.trim();
  if (crossReferenceColumn(t, rubric)) return null;
  const lettered = new RegExp(String.raw`(?:^|[\s(\[])(?:section\s+)?(${LETTER})(?:[\s)\]:.\-–—‒―−]|$)`, 'i').exec(t);
  // A capital opening a phrase ("A place at a club", "I will …") is a word, not a section's letter.
  const article = lettered?.index === 0 && /^[A-K]\s+[a-z]/.test(t);
  if (lettered && !article && (lettered[0].trim().length > 1 || /^[A-K]\b/.test(t) || /\([A-K]\)/.test(t))) {
    const raw = lettered[1];
    if (raw === raw.toUpperCase()) return normaliseLetter(raw);
  }
  return null;
}

export function headerSectionByTitle(titles: Titles, header: string, rubric?: Words): SectionLabel | null {
  const known = titleKey(titles, header.trim());
  if (known) return known.label;
  const role = columnRole(header, rubric);
  if (role === 'need') return 'B';
  if (role === 'outcome') return 'E';
  if (columnWords(rubric).provisionOpening.test(header.trim())) return 'F';
  return null;
}

const CHOICES = new RegExp(String.raw`\(\s*(?:sections?\s+)?(${LETTER}(?:\s*(?:\/|,|&|\band\b|\bor\b)\s*${LETTER})+)\s*\)`, 'i');
const CELL_LETTER = new RegExp(String.raw`^\s*(?:section\s+)?(${LETTER})\s*[:\-–—]\s*`, 'i');

/** The sections a header cell names together in brackets ("Provision (G / H1 / H2)", "Needs (C/D)"): its cells may belong to any of them. */
export function headerChoices(header: string): SectionLabel[] {
  const m = CHOICES.exec(header);
  return m ? uniq(m[1].split(/\s*(?:\/|,|&|\band\b|\bor\b)\s*/i).filter((x) => x).map(normaliseLetter)) : [];
}

/** A cell of such a column that opens with one of its sections' letters ("H2: A place at …"): that section, and the length of the letter. */
export function cellChoice(text: string, choices: SectionLabel[]): { label: SectionLabel; length: number } | null {
  const m = CELL_LETTER.exec(text);
  if (!m) return null;
  const label = normaliseLetter(m[1]);
  return choices.includes(label) ? { label, length: m[0].length } : null;
}

/** A cell that opens with a column's name, as a header cell does ("Who", "How often", "Delivered by"): the rubric's `columnRoles.headerWords` and `headerOpenings`. */
export function namesColumn(text: string, rubric?: Words): boolean {
  return columnWords(rubric).headerStart.test(text.trim());
}

/**
 * Whether a row that reads like a header names the columns. A table continued on a new page
 * without its header row often opens with a short data row ("Swimming programme set by the
 * physiotherapist | Every swimming lesson | Teaching assistant") that a loose test takes for one.
 */
export function namesColumns(row: TableRow, rubric?: Words): boolean {
  const { headerStart, dataCue } = columnWords(rubric);
  const cells = row.cells.filter((c) => c.text.trim());
  return cells.filter((c) => headerStart.test(c.text.trim())).length * 2 > cells.length && !cells.some((c) => dataCue.test(c.text));
}

/** The section a column header names by its letter and title ("G – Health care provision reasonably required…", "Outcomes (E)"). */
export function columnSection(titles: Titles, text: string): SectionLabel | null {
  const t = text.trim();
  if (crossReferenceColumn(t)) return null;
  const h = leadingLabel(titles, t, true, true) ?? trailingLabel(titles, t, true);
  if (h && h.labels.length === 1 && !h.weak) return h.labels[0];
  return t.length <= 60 ? headerSection(t) : null;
}

/**
 * A combined table's header row: two or more cells that each name a section, however long the
 * statutory title ("D – Social care needs which relate to…", "H1 – Any social care provision which
 * must be made … section 2 of the Chronically Sick and Disabled Persons Act 1970"). Null otherwise.
 */
export function columnSections(titles: Titles, row: TableRow): (SectionLabel | null)[] | null {
  const filled = row.cells.filter((c) => c.text.trim());
  if (filled.length < 2) return null;
  const labels = row.cells.map((c) => (c.text.trim() ? columnSection(titles, c.text) : null));
  return uniq(labels.filter((x) => x !== null)).length >= 2 ? labels : null;
}

export function isHeaderRow(titles: Titles, row: TableRow, rubric?: Words): boolean {
  const cells = row.cells.filter((c) => c.text.trim());
  if (cells.length < 2) return false;
  if (columnSections(titles, row)) return true;
  return cells.every((c) => c.text.length <= 60 && !SENTENCE_END.test(c.text.trim())) && cells.some((c) => headerWords(rubric).test(c.text));
}

// "G", "Section H2": a label cell naming its row's section by letter (grammar).
const ROW_LETTER = /^(?:section\s+)?(H\s?[12]|[A-K])\.?$/i;

/**
 * The section a table row belongs to by its label cell, in a table under a heading that named several
 * sections (`open`): a cell of a label column ("Section", "Type") that is a section's letter ("G") or the
 * kind of provision the row is (the rubric's `columnRoles.rowSections`: "Health" G, "Education" F,
 * "Care" the one H open). Null when no such cell names one section open.
 */
export function rowSection(cells: { text: string }[], headers: string[], open: SectionLabel[], rubric?: Words): SectionLabel | null {
  const w = columnWords(rubric);
  for (let i = 0; i < cells.length; i++) {
    if (columnRole(headers[i] ?? '', rubric) !== 'label') continue;
    const t = cells[i].text.trim();
    if (!t) continue;
    const letter = ROW_LETTER.exec(t);
    if (letter) {
      const l = normaliseLetter(letter[1]);
      if (open.includes(l)) return l;
      continue;
    }
    const kind = w.rowSections.find(([, re]) => re.test(t))?.[0];
    if (!kind) continue;
    const fits = open.filter((l) => (kind === 'H' ? l === 'H' || l === 'H1' || l === 'H2' : l === kind));
    if (fits.length === 1) return fits[0];
  }
  return null;
}
