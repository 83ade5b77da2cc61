// The walk: reads the blocks in order, opens a section at each heading the recognisers find, and
// gives it the paragraphs, list items and table rows that follow.
import type { Block, StructuredDocument, TableCell, TableRow } from '../../../ingest/src/document.ts';
import type { SectionKey } from '../report-schema.ts';
import type { Words } from '../quantities.ts';
import type { Rubric } from '../rubric.ts';
import { hasPlaceholder, isPlaceholderOnly, isTemplateText } from '../template-text.ts';
import { COMBINED_TITLE, NEED_SECTIONS, PROVISION_LABELS, leadingArea } from './areas.ts';
import { cellChoice, columnRole, columnSections, headerWords, objectiveColumn, onlyProvisionName, headerChoices, headerSection, headerSectionByTitle, isHeaderRow, namesColumns, rowSection } from './columns.ts';
import { RUNNING_FURNITURE } from '../../../ingest/src/furniture.ts';
import { fastPattern } from '../fast-patterns.ts';
import { PAGE_CELL, PAGE_TAIL, contentsEntries, type HeadingEvent } from './contents.ts';
import { cellLayout, childNames, flatColumn, flatTableHeads, itemRunColumns, lineRole, markerOrdinals, type FlatShape, type FlatTable } from './flat-table.ts';
import { splitSentences } from '../quantities.ts';
import { ENDS_OPEN } from '../statements.ts';
import { combinedHeadingTable, headedColumn, isColumnHeaderLine, namesSections, type HeadedFlat } from './combined-lines.ts';
import { runningTables, type RunningTable } from './running-table.ts';
import { listHeading, matchHeading, subLabel, type HeadingMatch } from './headings.ts';
import { cellLineTables } from './cell-lines/index.ts';
import { labelledLine, labelledRun } from './labelled-lines.ts';
import { cellParagraphs, labelLineRecords } from './label-lines.ts';
import { groupFields, labelValueTable, recordLines, recordPiece, recordUnit } from './records.ts';
import { isUnfilledSection, mergePieces } from './merge.ts';
import { splitRunOnHeadings } from './run-on.ts';
import { LETTER, SENTENCE_END, normaliseLetter, sameSection, titleKey, titlesOf, uniq } from './titles.ts';
import type { FoundSection, Piece, SectionLabel, Unit } from './types.ts';
import { isFormQuestion, isQuestionAnswerTable, isSubheading, markEmptyFieldLabels, rowUnit, tableRowUnits, textUnit } from './units.ts';

const SIGN_OFF = /^(?:sign[- ]?off|signed|signatures?|authori[sz](?:ed by|ation))\s*:?$/i;
// A running header or footer left in a line (ingest's grammar of page furniture), read as V8 reads it most cheaply.
const PAGE_FURNITURE = fastPattern(RUNNING_FURNITURE);

interface Open {
  labels: SectionLabel[];
  title: string;
  start: number;
  page: number | null;
}

/**
 * Splits the document into sections. `only` treats the whole document as the body of one
 * section (the CLI's --section); `rubric` gives the titles the sections go by and the words that
 * read a flattened table's lines.
 */
// A cell that is only a figure: an amount of money, a count, a percentage (layout, not words).
const FIGURE_CELL = /^[£$€]?\s?\d[\d,]*(?:\.\d+)?\s*%?$/;

export function findSections(doc: StructuredDocument, only?: SectionKey, rubric?: Rubric): FoundSection[] {
  // The titles of this rubric, passed to every recogniser: nothing outside this call reads them.
  const titles = titlesOf(rubric);
  const pieces: Piece[] = [];
  const blocks = only ? doc.blocks : cellLineTables(titles, splitRunOnHeadings(titles, doc.blocks), rubric);
  // In a template that letters its sections, an unlettered title ("My health" inside A) is a sub-heading.
  let lettered = 0;
  for (const b of blocks) {
    if (b.kind === 'table') {
      for (const r of b.rows) if (r.cells[0] && matchHeading(titles, r.cells[0].text, true, false)) lettered++;
    } else if (blockHeading(b, false)) lettered++;
  }
  const titleOnly = lettered < 3;

  function blockHeading(b: Exclude<Block, { kind: 'table' }>, allowTitleOnly: boolean): HeadingMatch | null {
    if (b.kind === 'listItem') return listHeading(titles, b.text, b.marker, b.depth, allowTitleOnly);
    return matchHeading(titles, b.text, b.kind === 'heading', allowTitleOnly);
  }
  /** A heading as a table row: one filled cell, or the label in the first column. */
  function rowHeading(row: TableRow, allowTitleOnly: boolean): { h: HeadingMatch; first: TableCell } | null {
    const filled = row.cells.filter((c) => c.text.trim());
    if (filled.length === 0) return null;
    // A combined table's header row ("Needs (Section B) | Outcomes (Section E) | …") labels columns.
    if (filled.length > 1 && isHeaderRow(titles, row, rubric) && (columnSections(titles, row) || uniq(filled.map((c) => headerSection(c.text, rubric)).filter((x) => x !== null)).length >= 2)) return null;
    const first = filled[0];
    const h = matchHeading(titles, first.text, true, allowTitleOnly);
    if (!h) return null;
    // A long first cell is a heading only where the heading is its opening (a Word-form row's body run in).
    if (filled.length > 1 && first.text.trim().length > 80 && h.length >= first.text.trim().length) return null;
    return { h, first };
  }

  // Combined tables flattened to lines: the header cells as a run of lines that each name a section.
  const { heads: flatHeads, rest: flatRest, shapes: flatShapes } = only ? { heads: new Map<Block, SectionLabel[]>(), rest: new Set<Block>(), shapes: new Map<Block, FlatShape>() } : flatTableHeads(titles, blocks, rubric);
  let child: Set<string> | undefined;
  // Combined tables copied out of a PDF as running text: the header cells on one line, a row a paragraph (running-table.ts).
  const running = only ? { heads: new Map<Block, RunningTable>(), rest: new Set<Block>() } : runningTables(titles, blocks, doc, () => (child ??= childNames(doc.text)), rubric);
  // Plain text: the blank lines between a flattened table's header cells, the fewest anywhere, are
  // those between one cell and the next (an extra one is an empty paragraph in a header cell).
  let cellSep: number | undefined;
  for (const b of flatRest) if (b.kind !== 'table' && b.blankBefore !== undefined) cellSep = Math.min(cellSep ?? b.blankBefore, b.blankBefore);
  // A blank line ends every cell only in text that puts one after nearly every paragraph (Word's
  // plain-text save); elsewhere a blank line between header cells is an empty paragraph in a cell.
  if (cellSep) {
    const counted = blocks.filter((b) => b.kind !== 'table' && b.blankBefore !== undefined);
    if (counted.filter((b) => b.kind !== 'table' && b.blankBefore === 0).length * 2 >= counted.length) cellSep = 0;
  }
  const contents = new Set<number>();
  if (!only) {
    const events: (HeadingEvent | null)[] = [];
    for (const b of blocks) {
      if (flatHeads.has(b) || flatRest.has(b) || running.heads.has(b) || running.rest.has(b)) {
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
      // A labelled line ("Social care provision (H2): A place at …") is a statement, never a contents entry.
      const h = labelledLine(titles, b.text) ? null : blockHeading(b, titleOnly);
      // Only a heading can be a contents entry; the pattern is end-anchored and costly on long runs of dots.
      const tail = h ? PAGE_TAIL.exec(b.text) : null;
      const stripped = tail ? b.text.slice(0, tail.index) : '';
      const pageRef = !!h && !!tail && !!stripped && !/\b(?:section|part)$|\bH$/i.test(stripped.trim()) && !!(b.kind === 'listItem' ? listHeading(titles, stripped, b.marker, b.depth, titleOnly) : matchHeading(titles, stripped, b.kind === 'heading', titleOnly));
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
  // The part's labelled lines ("Provision (F) 2a: …"): the lines after one, unlabelled, are its section's too.
  const labelled = labelledRun(titles);
  // Under a heading naming E and F together over prose, a line has put an outcome and the help towards it together.
  let outcomeThenHelp = false;
  const openSection = (labels: SectionLabel[], title: string, start: number, page: number | null, weak = false) => {
    labelled.end();
    if (!weak) for (const l of labels) seen.add(l);
    if (labels.includes('K')) afterK = true;
    open = { labels, title, start, page };
    outcomeThenHelp = false;
    current = labels.map((label) => ({ label, title, start, page, units: [], end: start, combined: labels.length > 1 }));
    pieces.push(...current);
  };
  // After a contents list, text belongs to no section until the first real heading.
  const closeSection = () => {
    open = null;
    current = [];
    labelled.end();
  };
  if (open) openSection((open as Open).labels, (open as Open).title, 0, (open as Open).page);
  const addUnit = (u: Unit, label?: SectionLabel) => {
    if (current.length === 0) return; // preamble before any section: name, dates, contents
    const run = labelled.section;
    const target = (label && current.find((p) => p.label === label)) || (run && current.find((p) => p.label === run)) || current[0];
    target.units.push(u);
    target.end = Math.max(target.end, u.end);
    for (const p of current) p.end = Math.max(p.end, u.end);
  };
  /** What follows a heading inside its own block or cell: body text run in after the title. */
  const addRest = (text: string, at: number, end: number, page: number | null, h: HeadingMatch) => {
    const rest = text.slice(h.length);
    // The separator between a title and the body run on after it ("… provision – F1 …") is the heading's.
    const lead = rest.length - rest.replace(/^\s*(?:[:\-–—]\s+)?/, '').length;
    const body = rest.slice(lead).trim();
    if (body) addUnit(textUnit({ start: at + h.length + lead, end, page, text: body }, 'paragraph', 'paragraph', rubric));
    return !!body;
  };

  // The golden thread: the area of need the rows below it meet, and an id for each combined-table row.
  let area: string | null = null;
  let areaFresh = false;
  let lastColumns = '';
  let rowId = 0;
  let labelNext = false;
  const noteArea = (text: string) => {
    const a = leadingArea(text, rubric);
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
  // The sections a heading named together ("Part 3 – Health needs and social care needs"), whose
  // own labels below it ("Social care needs:") each open one of them.
  let named: SectionLabel[] | null = null;
  // A flattened combined table being read: its columns, the column the last line went to, its row.
  let flat: FlatTable | HeadedFlat | null = null;
  // Its label column, and the sections each column may hold ("Provision (G / H1 / H2)").
  let flatLabelCol = false;
  let flatChoices: SectionLabel[][] = [];
  let flatRowLetters: SectionLabel[] = [];
  // A combined heading is read as a one-cell-per-line table only where its column headers ("Need",
  // "Provision") follow as lines of their own; otherwise its body is read as before.
  const headerLinesFollow = (b: Block) => {
    const i = blocks.indexOf(b);
    return blocks.slice(i + 1, i + 4).some((x) => x.kind !== 'table' && isColumnHeaderLine(x.text, rubric));
  };
  // The current row's lines of a flattened table, with their columns.
  let flatLines: { unit: Unit; col: number }[] = [];
  // Blank lines before a line the flat table skips (a template note, an amendment mark such as
  // "[NEW at annual review]"): they still stand for the cells before it, so the next line keeps them.
  let skippedBlank = 0;
  const blankOf = (block: Exclude<Block, { kind: 'table' }>) => (block.blankBefore === undefined ? undefined : block.blankBefore + skippedBlank);
  /**
   * Where each cell is a line and an empty cell a blank line (a LibreOffice export), a line that
   * passes columns with fewer blank lines than columns passed shows that the lines before it filled
   * them: the last lines of the column it left (all but its first) move on, one column each, where
   * their kind fits ("visits fortnightly" under H1 is H2's cell when the outcome follows with no blank).
   */
  const fillSkippedCells = (f: FlatTable, fromCol: number, blanks: number) => {
    let missing = f.col - fromCol - 1 - blanks;
    if (missing <= 0) return;
    const kind = (l: SectionLabel) => (NEED_SECTIONS.has(l) ? 'need' : l === 'E' ? 'outcome' : 'provision');
    const left = flatLines.filter((x) => x.col === fromCol).slice(1);
    const moving = left.slice(-missing);
    let col = fromCol + 1;
    for (const x of moving) {
      const to = f.labels[col];
      const from = f.labels[x.col];
      if (kind(to) !== kind(from)) return;
      const src = current.find((p) => p.label === from);
      const dst = current.find((p) => p.label === to);
      if (!src || !dst || src === dst) return;
      src.units.splice(src.units.indexOf(x.unit), 1);
      dst.units.push(x.unit);
      dst.end = Math.max(dst.end, x.unit.end);
      x.col = col++;
      missing--;
    }
  };
  // Lettered items of a flattened table's cells ("(a) …", "(b) …", then "(a) …" again): the column of
  // each line of the group being read, planned at its first line (itemRunColumns).
  let itemPlan = new Map<Block, { col: number; newRow: boolean }>();
  const placeItem = (f: FlatTable, block: Block, layout: ReturnType<typeof cellLayout>): { label: SectionLabel; role: 'need' | 'provision' | 'outcome' } | null => {
    // Blank lines that mark cells say more than the lettering.
    if (block.kind !== 'listItem' || (layout && (layout.exact || layout.same || layout.skip > 0))) return null;
    if (!itemPlan.has(block)) {
      const at = blocks.indexOf(block);
      const group: Extract<Block, { kind: 'listItem' }>[] = [];
      for (let k = at; k < blocks.length; k++) {
        const b = blocks[k];
        if (b.kind !== 'listItem' || !markerOrdinals(b.marker).length || (k > at && (b.blankBefore ?? 0) > 0)) break;
        group.push(b);
      }
      const plan = itemRunColumns(f, group);
      itemPlan = new Map();
      if (!plan) return null;
      group.forEach((b, k) => itemPlan.set(b, { col: plan.cols[k], newRow: k === 0 && plan.newRow }));
    }
    const planned = itemPlan.get(block)!;
    if (planned.newRow) {
      f.row = ++rowId;
      f.need = null;
    }
    f.col = planned.col;
    f.nil = false;
    const label = f.labels[f.col];
    return { label, role: NEED_SECTIONS.has(label) ? 'need' : label === 'E' ? 'outcome' : 'provision' };
  };
  for (const block of blocks) {
    const titleNext = letterOnly;
    letterOnly = false;
    if (block.kind === 'table') {
      flat = null;
      walkTable(block.rows, block.page);
      continue;
    }
    if (running.rest.has(block)) continue;
    const runningTable = running.heads.get(block);
    if (runningTable && !flatHeads.has(block)) {
      flat = null;
      named = null;
      carry = null;
      openSection(uniq(runningTable.labels), runningTable.title, runningTable.start, runningTable.page);
      // An empty column is not the section.
      for (const p of current) p.column = true;
      for (const { label, unit } of runningTable.units) addUnit(unit, label);
      continue;
    }
    if (flatRest.has(block)) continue;
    const heads = flatHeads.get(block);
    if (heads) {
      skippedBlank = 0;
      const columns = heads.join('/');
      if (!areaFresh && columns !== lastColumns) area = null;
      areaFresh = false;
      lastColumns = columns;
      const shape = flatShapes.get(block);
      const choices = shape?.choices ?? [];
      openSection(uniq([...heads, ...choices.flat()]), heads.join(' / '), block.start, block.page);
      // A column left empty is not the section, where no other column of its kind could have taken its
      // lines (H1 beside H2 could, unless blank lines kept the empty cells).
      const kind = (l: SectionLabel) => (NEED_SECTIONS.has(l) ? 'need' : l === 'E' ? 'outcome' : 'provision');
      for (const p of current) if (cellSep !== undefined || heads.filter((l) => kind(l) === kind(p.label)).length === 1) p.column = true;
      // A label column ("Area of need") is read as a column of the first section's kind; its cells label rows.
      flat = { labels: shape?.labelCol ? [heads[0], ...heads] : heads, child: (child ??= childNames(doc.text)), rubric, col: -1, row: 0, need: null };
      flatLabelCol = !!shape?.labelCol;
      flatChoices = shape?.labelCol ? [[], ...choices] : choices;
      flatRowLetters = [];
      continue;
    }
    // A row's label in a flattened table's label column ("Cognition and learning", "Social care – D
    // and H"): it starts the row and names its area, or the sections its cells belong to.
    if (flat && !('combinedHeading' in flat) && flatLabelCol && block.kind !== 'listItem') {
      const t = block.text.trim();
      const letters = /^[A-Z][\w ,'’]{0,40}?\s[–—-]\s((?:H\s?[12]|[A-K])(?:\s*(?:,|and|&|\/)\s*(?:H\s?[12]|[A-K]))*)$/.exec(t);
      const rowArea = leadingArea(t, rubric);
      const rowStart = flat.row === 0 || (block.blankBefore !== undefined && flat.col + 1 + (block.blankBefore ?? 0) >= flat.labels.length) || block.blankBefore === undefined;
      if ((letters || (rowArea && rowArea.length >= t.length - 3)) && rowStart) {
        flat.row = ++rowId;
        flat.col = 0;
        flat.need = null;
        // A whole cell: the next line is in a later column.
        flat.nil = true;
        flatLines = [];
        skippedBlank = 0;
        flatRowLetters = letters ? [...letters[1].matchAll(/H\s?[12]|[A-K]/g)].map((m) => normaliseLetter(m[0])) : [];
        if (rowArea) {
          area = rowArea;
          areaFresh = true;
        }
        addUnit({ ...textUnit(block, 'paragraph', 'paragraph', rubric), subheading: true, template: true }, flat.labels[0]);
        continue;
      }
    }
    if (flat && 'combinedHeading' in flat) {
      // A "Need | Provision" table under a combined heading, one cell per line (combined-lines.ts).
      const t = block.text.trim();
      const h = blockHeading(block, titleOnly);
      if (h && takes(h)) flat = null;
      else if (!t || isTemplateText(t) || isColumnHeaderLine(t, rubric)) continue;
      else if (namesSections(t)) {
        addUnit(textUnit(block, 'paragraph', block.kind === 'heading' ? 'heading' : 'paragraph', rubric));
        continue;
      }
      else if (noteArea(t)) {
        addUnit({ ...textUnit(block, 'paragraph', 'paragraph', rubric), subheading: true, template: true });
        continue;
      } else {
        const { label, role } = headedColumn(flat, t, () => ++rowId);
        if (role === 'need' && flat.need === null) flat.need = t.slice(0, 120);
        addUnit({ ...textUnit(block, block.kind === 'listItem' ? 'listItem' : 'paragraph', block.kind === 'listItem' ? 'listItem' : 'paragraph', rubric), subheading: false, row: flat.row, area: area ?? flat.need }, label);
        continue;
      }
    }
    if (flat) {
      const t = block.text.trim();
      const ends = block.kind === 'heading' && !!blockHeading(block, titleOnly) || leadingArea(t, rubric) !== null || COMBINED_TITLE.test(t) || /^(?:strengths|sections?\s+[A-K][12]?\b)/i.test(t) || !!blockHeading(block, false);
      if (ends) {
        flat = null;
        skippedBlank = 0;
      } else if (isPlaceholderOnly(t)) {
        // A cell left as its placeholder still takes its column (its content is not the plan's).
        flatColumn(flat, t, () => ++rowId, cellLayout(blankOf(block), cellSep));
        skippedBlank = 0;
        continue;
      } else if (isTemplateText(t)) {
        skippedBlank += block.blankBefore ?? 0;
        continue;
      } else {
        const layout = cellLayout(blankOf(block), cellSep);
        skippedBlank = 0;
        const [fromCol, fromRow] = [flat.col, flat.row];
        // "H2: …" in a column of G, H1 and H2: read without its letter, and sent to H2.
        const choiceAt = (col: number) => flatChoices[col] ?? [];
        const anyChoices = flatChoices.flat();
        const prefixed = anyChoices.length ? cellChoice(t, anyChoices) : null;
        const placed = placeItem(flat, block, layout) ?? flatColumn(flat, prefixed ? t.slice(prefixed.length) : t, () => ++rowId, layout);
        const { role } = placed;
        let label = placed.label;
        const here = choiceAt(flat.col);
        if (here.length) {
          if (prefixed && here.includes(prefixed.label)) label = prefixed.label;
          else label = here.find((l) => flatRowLetters.some((r) => sameSection(r, l) && (r === l || !here.includes(r)))) ?? label;
        }
        if (role === 'need' && flat.need === null) flat.need = t.slice(0, 120);
        const unit: Unit = { ...textUnit(block, 'paragraph', 'paragraph', rubric), subheading: false, row: flat.row, area: area ?? flat.need };
        if (layout && !layout.exact && flat.row === fromRow) fillSkippedCells(flat, fromCol, layout.skip);
        if (flat.row !== fromRow) flatLines = [];
        flatLines.push({ unit, col: flat.col });
        addUnit(unit, label);
        continue;
      }
    }
    if (titleNext && block.kind !== 'listItem' && block.text.length <= 90 && !SENTENCE_END.test(block.text)) {
      const known = titleKey(titles, block.text);
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
    // A portal's labelled line ("Outcome (E) 3: …", "Provision (F) 2a: …"): a statement of the section
    // its label names, wherever it stands (labelled-lines.ts: which lines are, and the run they make).
    const ll = only ? null : labelled.read(block.text, (label) => current.some((p) => p.label === label));
    if (ll) {
      if (!current.some((p) => p.label === ll.label)) {
        const piece: Piece = { label: ll.label, title: ll.title, start: block.start, page: block.page, units: [], end: block.start };
        current.push(piece);
        pieces.push(piece);
        seen.add(ll.label);
        if (ll.label === 'K') afterK = true;
      }
      const unit = textUnit({ start: block.start + ll.length, end: block.end, page: block.page, text: block.text.slice(ll.length) }, 'paragraph', 'paragraph', rubric);
      addUnit({ ...unit, subheading: false, ...(area ? { area } : {}) }, ll.label);
      continue;
    }
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
        flat = h.labels.length > 1 && !h.weak && headerLinesFollow(block) ? combinedHeadingTable(uniq(h.labels), (child ??= childNames(doc.text)), rubric) : null;
        named = h.labels.length > 1 && !h.weak && !flat ? uniq(h.labels) : null;
        letterOnly = LETTER_ONLY.test(h.title);
        continue;
      }
      // Under a heading that named one provision section among others ("Sections E and F"), a line that
      // is only a provision column's name ("Provision") labels that section's part, as its title would.
      const provisionOf = named?.filter((l) => PROVISION_LABELS.has(l)) ?? [];
      const sub = named && block.kind !== 'listItem' ? subLabel(titles, block.text, named) ?? (provisionOf.length === 1 && onlyProvisionName(block.text, rubric) ? { labels: provisionOf, length: block.text.length, title: block.text.trim() } : null) : null;
      if (sub) {
        openSection(sub.labels, sub.title, block.start, block.page);
        area = null;
        if (!addRest(block.text, block.start, block.end, block.page, sub)) for (const p of current) p.end = block.end;
        continue;
      }
    }
    noteArea(block.text);
    // The sign-off block after the last section belongs to no section.
    if (!only && block.kind === 'heading' && SIGN_OFF.test(block.text.trim())) {
      closeSection();
      continue;
    }
    if (block.kind === 'listItem' && outcomesWithProvision()) addOutcomeOrHelpItem(textUnit(block, 'listItem', 'listItem', rubric));
    else if (block.kind === 'listItem') addUnit(textUnit(block, 'listItem', 'listItem', rubric));
    else if (outcomesWithProvision() && block.kind === 'paragraph' && headerLinePair(block)) addUnit({ ...textUnit(block, 'paragraph', block.kind, rubric), template: true }, 'E');
    else if (outcomesWithProvision() && block.kind === 'paragraph') addOutcomeAndProvision(textUnit(block, 'paragraph', block.kind, rubric));
    else addUnit(textUnit(block, 'paragraph', block.kind, rubric));
  }

  /**
   * A row whose provision cell holds several paragraphs and whose other provision cells hold the same
   * number in the same order ("Speech therapy" / "Practice of the programme" beside "Therapist" /
   * "Teaching assistant" beside "Fortnightly" / "Daily"): the k-th paragraph of each is one provision,
   * k the most paragraphs two of the row's cells agree on. A cell with fewer paragraphs (one, or fewer:
   * one left empty, or two run together) cannot be placed, so it applies to every one, unless a PDF ran
   * two together where its layout could not tell them apart (rejoined); a cell with more, or a
   * provision cell that cannot be placed, leaves the row whole (null).
   */
  function parallelParagraphs(cs: TableCell[]): TableCell[][] | null {
    if (cs.length < 2) return null;
    const parasOf = (c: TableCell) => (c.paragraphs ?? [{ start: c.start, end: c.end }]).filter((p) => doc.text.slice(p.start, p.end).trim());
    const counts = cs.map((c) => parasOf(c).length);
    const k = Math.max(0, ...counts.filter((n, i) => counts.indexOf(n) !== i));
    if (k < 2 || counts.some((n) => n > k)) return null;
    const spans = cs.map((c, i) => (counts[i] === k ? parasOf(c) : rejoined(parasOf(c), k)));
    const provision = spans[0];
    if (!provision) return null;
    const part = (c: TableCell, p: { start: number; end: number }): TableCell => ({ ...c, start: p.start, end: p.end, text: doc.text.slice(p.start, p.end), paragraphs: undefined });
    return provision.map((p, i) => [part(cs[0], p), ...cs.slice(1).map((c, j) => (spans[j + 1] ? part(c, spans[j + 1]![i]) : { ...c, paragraphs: undefined }))]);
  }

  /**
   * A PDF's narrow cell whose paragraphs, with no space between them, read as one wrapped paragraph
   * ("Every lesson As needed" beside three strategies): cut into `k` where a capitalised word follows
   * a word of small letters or digits that leaves no phrase open (not "the", "of", a comma), when
   * there are exactly as many such places as paragraphs missing (layout, no words); null otherwise,
   * and in other formats, whose paragraphs are as written.
   */
  function rejoined(paras: { start: number; end: number }[], k: number): { start: number; end: number }[] | null {
    if (doc.mediaType !== 'application/pdf') return null;
    const cuts: { para: number; end: number; next: number }[] = [];
    paras.forEach((p, pi) => {
      const t = doc.text.slice(p.start, p.end);
      for (const m of t.matchAll(/(\S+)\s+(?=\p{Lu}\p{Ll})/gu)) {
        const before = m[1];
        if (/^[\p{Ll}\d]/u.test(before) && !/[,;:]$/.test(before) && !ENDS_OPEN.test(before)) cuts.push({ para: pi, end: p.start + m.index! + before.length, next: p.start + m.index! + m[0].length });
      }
    });
    if (cuts.length === 0 || paras.length + cuts.length !== k) return null;
    const out: { start: number; end: number }[] = [];
    paras.forEach((p, pi) => {
      let start = p.start;
      for (const c of cuts.filter((x) => x.para === pi)) {
        out.push({ start, end: c.end });
        start = c.next;
      }
      out.push({ start, end: p.end });
    });
    return out;
  }

  /** A heading named E and F together ("Sections E and F: what we hope for and the help he will get") over prose, and no label of either below it yet. */
  function outcomesWithProvision(): boolean {
    return current.length === 2 && current.some((p) => p.label === 'E') && current.some((p) => p.label === 'F');
  }
  /**
   * A paragraph under such a heading: its outcome sentences are E's and what follows them F's
   * ("By July, Ali will … To help him, he will receive …"); an area of need over both heads both. A
   * paragraph of outcomes alone is E's, of provision alone F's (lineRole reads each sentence).
   */
  function addOutcomeAndProvision(u: Unit) {
    if (u.template || u.subheading) {
      addUnit(u, 'E');
      if (leadingArea(u.text, rubric)) addUnit({ ...u }, 'F');
      return;
    }
    const spans = splitSentences(u.text);
    const roles = spans.map((s) => lineRole(u.text.slice(s.start, s.end), (child ??= childNames(doc.text)), rubric));
    const first = roles.findIndex((r) => r !== 'outcome');
    // A paragraph of provision alone is F's only once a line has shown the layout (an introduction
    // about the form, "Each outcome is set out beside …", is before any).
    if (first === -1 || roles.slice(first).some((r) => r === 'outcome') || !roles.slice(first).includes('provision') || (first === 0 && !outcomeThenHelp)) {
      addUnit(u, 'E');
      return;
    }
    if (first > 0) outcomeThenHelp = true;
    const cut = spans[first].start;
    if (cut > 0) {
      const text = u.text.slice(0, cut).trimEnd();
      addUnit({ ...u, end: u.start + text.length, text, subheading: false }, 'E');
    }
    addUnit({ ...u, start: u.start + cut, text: u.text.slice(cut), subheading: false }, 'F');
  }

  /**
   * A table's two column headers printed as lines of their own, an outcome's then provision's ("What we
   * want Ali to achieve" / "What will help"): each a few words, no stop, no figure, the header words of
   * its column role (`columnRoles`). They label the lines after them; neither is an outcome.
   */
  function headerLinePair(b: Block): boolean {
    const roleOf = (x: Block | undefined) => {
      if (!x || x.kind !== 'paragraph') return null;
      const t = x.text.trim();
      if (t.length > 60 || t.split(/\s+/).length > 8 || /[.!?;:]$/.test(t) || /\d/.test(t) || !headerWords(rubric).test(t)) return null;
      const r = columnRole(t, rubric);
      return r === 'outcome' || r === 'provision' ? r : null;
    };
    const i = blocks.indexOf(b);
    const r = roleOf(b);
    return (r === 'outcome' && roleOf(blocks[i + 1]) === 'provision') || (r === 'provision' && roleOf(blocks[i - 1]) === 'outcome');
  }

  /**
   * A bullet under such a heading: an outcome is E's; once an outcome has been read under it, a bullet
   * that is not one is the help towards it, F's (the outcomes then their provision as bullets, a table's
   * two cells copied out as lines); before any, it stays with E as before.
   */
  function addOutcomeOrHelpItem(u: Unit) {
    const role = lineRole(u.text, (child ??= childNames(doc.text)), rubric);
    const e = current.find((p) => p.label === 'E');
    const outcomeBefore = !!e && e.units.some((x) => !x.template && !x.subheading && lineRole(x.text, child!, rubric) === 'outcome');
    addUnit(u, role !== 'outcome' && outcomeBefore ? 'F' : 'E');
  }

  function walkTable(rows: TableRow[], page: number | null) {
    // Column sections, for a combined table; column roles, for a table inside one section.
    let columnLabels: (SectionLabel | null)[] | null = null;
    let columnChoices: SectionLabel[][] = [];
    let rowLetters: SectionLabel[] = [];
    let headers: string[] | undefined;
    const head = rows.find((r) => r.cells.some((c) => c.text.trim()));
    // A form of "label | value" rows ("Need | …", "Outcome | …", "Provision | …", "Who | …"): records,
    // each sent to the section its kind belongs to (records.ts).
    const form = only ? null : labelValueTable(rows, rubric);
    if (form) {
      carry = null;
      const row = ++rowId;
      for (const rec of groupFields(form)) {
        const u = recordUnit(rec, page, { row, area });
        if (u) addUnit(u, recordPiece(rec.kind, current)?.label);
      }
      return;
    }
    // A form of questions and answers ("Question | Answer"): the questions and the header are the
    // form's text; each paragraph of an answer is the section's own, read as a paragraph in text is.
    if (isQuestionAnswerTable(rows)) {
      carry = null;
      for (const row of rows) {
        const rowPage = row.page ?? page;
        const [question, answer] = row.cells;
        if (!isFormQuestion(question.text)) {
          for (const c of row.cells) if (c.text.trim()) addUnit({ ...textUnit({ ...c, page: c.page ?? rowPage }, 'paragraph', 'paragraph', rubric), template: true });
          continue;
        }
        addUnit({ ...textUnit({ ...question, page: question.page ?? rowPage }, 'paragraph', 'paragraph', rubric), template: true });
        for (const p of answer.paragraphs ?? [{ start: answer.start, end: answer.end }]) {
          const text = doc.text.slice(p.start, p.end);
          if (text.trim()) addUnit(textUnit({ start: p.start, end: p.end, page: answer.page ?? rowPage, text }, 'paragraph', 'paragraph', rubric));
        }
      }
      return;
    }
    // The id of this table's last row, which a row merged into it carries on.
    let threadRow: number | null = null;
    const carried = !!carry && !!head && head.cells.length === carry.cols && !(isHeaderRow(titles, head, rubric) && namesColumns(head, rubric));
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
        // In a combined table, a label column's cell that names sections ("Social care – D and H")
        // labels its row, whose other cells are filled: it is not a heading.
        const rowLabel = !!rh && !!columnLabels && filled.length > 1 && (() => {
          const i = cells.indexOf(rh.first);
          return i >= 0 && !columnLabels![i] && columnRole(headers?.[i] ?? '', rubric) === 'label' && filled.some((c) => c !== rh.first && columnLabels![cells.indexOf(c)]);
        })();
        if (rh && takes(rh.h) && !rowLabel) {
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
          const named = body.length >= 2 && body[0].text.trim().length <= 90 ? titleKey(titles, body[0].text.trim()) : null;
          if (named && h.labels.some((l) => sameSection(l, named.label)) && !SENTENCE_END.test(body[0].text.trim())) {
            for (const p of current) p.title = `${p.title} ${body[0].text.trim()}`;
            body = body.slice(1);
          }
          if (body.length === 1) {
            // A Word-form row ("Section F | the provision…"): the second cell is the section's text.
            const c = body[0];
            addUnit(textUnit({ start: c.start, end: c.end, page: c.page ?? rowPage, text: c.text }, 'paragraph', 'paragraph', rubric));
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
      const named = only ? null : columnSections(titles, row);
      // A row with a figure for a cell ("£1,100", "39") is data, whatever its other cells say.
      const figures = cells.some((c) => FIGURE_CELL.test(c.text.trim()));
      if (isHeaderRow(titles, row, rubric) && ((headers === undefined && !figures) || (r === 0 && !carried) || named || (!only && uniq(texts.map((t) => headerSection(t, rubric)).filter((x) => x !== null)).length >= 2))) {
        const openLabels: SectionLabel[] = open ? (open as Open).labels : [];
        const byLetter = named ?? texts.map((t) => headerSection(t, rubric));
        const lettered = uniq(byLetter.filter((x): x is SectionLabel => x !== null));
        let labels: (SectionLabel | null)[] | null = null;
        if (!only && lettered.length >= 2) labels = byLetter;
        else if (!only) {
          const byTitle = texts.map((t) => headerSection(t, rubric) ?? headerSectionByTitle(titles, t, rubric));
          const named = uniq(byTitle.filter((x): x is SectionLabel => x !== null));
          // Inside one section, a table's columns are that section's own ("Outcome | Provision" in E),
          // unless they name the sections of the combined table read before, none of them the open
          // one ("Need | Provision" again after an area's outcomes): the combined table resumes.
          const inOne = openLabels.length === 1 && current.length > 0;
          const resumes = named.join('/') === lastColumns && !named.some((l) => sameSection(l, openLabels[0]));
          if (named.length >= 2 && (!inOne || resumes)) labels = byTitle;
          // An individual education plan as F ("Objective | Strategy | Responsible | How often"): its one
          // outcome column is E's (outcomes are judged where they stand), its provision columns F's.
          else if (inOne && openLabels[0] === 'F' && named.length === 0 && texts.filter((t) => objectiveColumn(t, rubric)).length === 1 && texts.some((t) => columnRole(t, rubric) === 'provision')) {
            labels = texts.map((t) => (objectiveColumn(t, rubric) ? 'E' : columnRole(t, rubric) === 'provision' ? 'F' : null));
          }
          // Under a heading naming E and F together, a table whose header names no section but has an
          // outcome column and a provision column ("What we want Ali to achieve | What will help"): each
          // column is its role's section, as a combined table's lettered columns are.
          else if (outcomesWithProvision() && named.every((l) => l === 'E' || l === 'F')) {
            const roles = texts.map((t) => columnRole(t, rubric));
            if (roles.includes('outcome') && roles.includes('provision') && roles.indexOf('outcome') < roles.indexOf('provision')) labels = roles.map((r) => (r === 'outcome' ? 'E' : r === 'provision' ? 'F' : null));
          }
        }
        if (labels) {
          // Unlabelled detail columns ("Who", "How often") belong to the section on their left.
          let last: SectionLabel | null = null;
          labels = labels.map((l, i) => {
            if (l) return (last = l);
            return last && columnRole(texts[i], rubric) === 'provision' ? last : null;
          });
          // A column naming several sections ("Provision (G / H1 / H2)") opens each of them: a cell
          // that opens with one's letter belongs to it.
          columnChoices = texts.map((t, i) => (labels![i] ? headerChoices(t) : []));
          const found = uniq([...labels.filter((x): x is SectionLabel => x !== null), ...columnChoices.flat()]);
          openSection(found, texts.filter((_, i) => labels![i]).join(' / '), row.start, row.page ?? page);
          if (found.length > 1) for (const p of current) p.column = true;
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
        if (filled.length === 1 && leadingArea(filled[0].text, rubric)) {
          addUnit({ ...textUnit(filled[0], 'paragraph', 'paragraph', rubric), subheading: true, template: true });
          continue;
        }
        // A label spanning the table ("Strengths") and the text under it belong to no row.
        const spanning = filled.length === 1 && filled[0] === cells[0] && cells.length > 1;
        if (spanning && (labelNext || isSubheading(filled[0].text, 'paragraph'))) {
          addUnit(textUnit(filled[0], 'paragraph', 'paragraph', rubric));
          labelNext = !labelNext && /^strengths\b/i.test(filled[0].text.trim());
          continue;
        }
        labelNext = false;
        // A row whose need or outcome cells are covered by the row above's, merged down over it (an
        // outcome beside the two provisions that serve it), is on that row's thread: it shares its id.
        const linking = cells.filter((_, i) => NEED_SECTIONS.has(columnLabels![i] ?? '') || columnLabels![i] === 'E');
        const continues: boolean = threadRow !== null && linking.length > 0 && linking.every((c) => !c.text.trim()) && linking.some((c) => c.mergedAbove);
        const id: number = continues ? threadRow! : ++rowId;
        threadRow = id;
        // A label column ("Section", "Area") whose cell names sections by letter: the rows it spans
        // (a merged cell is empty below its first row) hold those sections' cells.
        const labelCell = cells.find((c, i) => !columnLabels![i] && columnRole(headers?.[i] ?? '', rubric) === 'label' && c.text.trim());
        if (labelCell) rowLetters = [...labelCell.text.matchAll(/(?<![\w-])(H\s?[12]|[A-K])(?![\w-])/g)].map((m) => normaliseLetter(m[1]));
        const needCell = cells.find((c, i) => NEED_SECTIONS.has(columnLabels![i] ?? '') && c.text.trim() && !isTemplateText(c.text));
        const rowArea = area ?? (needCell ? needCell.text.trim().slice(0, 120) : null);
        for (const [label, cs] of groups) {
          // A provision or outcome cell of several paragraphs holds one statement per paragraph, but
          // a provision's labelled fields ("Frequency: …", "Staff: …") are that provision's, not statements.
          const paras = cs.length === 1 && !NEED_SECTIONS.has(label) ? cellParagraphs(cs[0], doc.text, PROVISION_LABELS.has(label), rubric) : undefined;
          const parallel = !paras && PROVISION_LABELS.has(label) ? parallelParagraphs(cs) : null;
          const pieces = paras ? paras.map((p) => [{ ...cs[0], start: p.start, end: p.end, text: doc.text.slice(p.start, p.end), paragraphs: undefined }]) : parallel ?? [cs];
          const choices = cs.length === 1 ? columnChoices[cells.indexOf(cs[0])] ?? [] : [];
          // Otherwise the row's label cell may say which ("Social care – D and H", merged down its rows).
          let into = choices.length ? choices.find((l) => rowLetters.some((r) => sameSection(r, l) && (r === l || !choices.includes(r)))) ?? label : label;
          for (let piece of pieces) {
            // "H2: A place at …" in a column of G, H1 and H2: this cell (and its later paragraphs) is H2's.
            const chosen = choices.length ? cellChoice(piece[0].text, choices) : null;
            if (chosen) {
              into = chosen.label;
              piece = [{ ...piece[0], start: piece[0].start + chosen.length, text: piece[0].text.slice(chosen.length), paragraphs: undefined }];
            }
            const u = rowUnit(piece, hdrs.get(label), row.page ?? page);
            // A parallel paragraph is quoted by its provision's own paragraph, judged with the others beside it.
            if (u) addUnit({ ...u, row: id, area: rowArea, ...(parallel && piece[0].text.trim() ? { quote: { start: piece[0].start, end: piece[0].end } } : {}) }, into);
          }
        }
        continue;
      }
      // A table under a heading that named several sections ("Sections G, H1 and H2"), its first column
      // labelling each row's section ("Section | Provision | …", a row "H1 | A personal assistant …"):
      // the row is that section's, as a combined table's label column says (above).
      // So is a row whose label cell, in any column ("Type"), names the kind of provision it is ("Health", "Care").
      const rowLabel = !only && current.length > 1 && headers ? rowSection(cells, headers, current.map((p) => p.label), rubric) ?? undefined : undefined;
      for (const u of tableRowUnits(row, headers, page, rubric)) addUnit(u, rowLabel);
    }
    if (headers) carry = { cols: headers.length, columnLabels, headers };
  }

  // In a form (one with placeholders, or with empty labelled fields) a section that holds nothing
  // of its own, only the form's text, is not there yet: "a section is present when it holds content".
  if (!only && rubric) joinWrappedTitles(pieces, rubric.sectionNames);
  if (!only) recordLines(pieces, doc.text, () => ++rowId, rubric);
  labelLineRecords(pieces, doc.text, rubric);
  if (!only) for (const p of pieces) markEmptyFieldLabels(p.units);
  const formLike = !only && hasPlaceholder(doc.text);
  const merged = mergePieces(pieces, doc, formLike);
  if (only) return merged;
  return merged.filter((s) => !isUnfilledSection(s, formLike));
}

/**
 * A heading wrapped onto the line after it ("Section H1 – Social care provision under section 2 of the
 * Chronically" / "Sick and Disabled Persons Act 1970", a PDF's text): where that line closes the section's
 * statutory title (the rubric's `sectionNames`) after the heading's last word, it is the title's, not the
 * section's content.
 */
function joinWrappedTitles(pieces: Piece[], names: Record<string, string>): void {
  const norm = (t: string) => t.toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim();
  for (const p of pieces) {
    const u = p.units[0];
    const full = names[p.label];
    if (!u || !full || u.kind !== 'paragraph' || u.row !== undefined) continue;
    const rest = norm(u.text);
    const name = norm(full);
    // The title's last word and the line close the statutory title ("… of the Chronically" / "Sick and … Act 1970").
    const last = /(\S+)$/.exec(norm(p.title))?.[1] ?? '';
    if (rest.split(' ').length < 3 || rest === name || !name.endsWith(`${last} ${rest}`)) continue;
    p.units.shift();
    p.title = `${p.title.trimEnd()} ${u.text.trim()}`;
  }
}
