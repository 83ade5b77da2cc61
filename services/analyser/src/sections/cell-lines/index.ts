// A table of three or more columns exported one cell per line (LibreOffice's text export, Word's
// plain-text save, a PDF copy): its header cells are a run of short lines that each name a column in
// the rubric's words ("Provision", "Frequency", "Staffing", "Responsible"), then each row's cells follow
// as lines. In text an empty cell is a blank line, so lines are counted into rows; where nothing marks
// an empty cell (the same text in a Word file or a PDF, with no blank lines), each line is placed by
// what it says against the columns' labels: a role under "Delivered by", a frequency under "How often",
// a length under "How long", the provision itself under "Provision" (readRowsByKind). Read back into a
// table, each row is one statement with its cells, as the same table in DOCX or PDF is.
// Here, the header; the rows, by the reader for how the copy marks its cells: blank lines
// (by-blank-lines.ts), nothing (by-kind.ts), or a header run together on one line, as a PDF's table
// copied as text gives it (by-pieces.ts); a table of outcomes with no provision column and every cell
// filled, by counting (by-count.ts). What a line says and how well it fits a column (fit.ts) is
// the same for all three; cells.ts builds the table's cells and rows.
import type { Block, TableBlock } from '../../../../ingest/src/document.ts';
import type { Rubric } from '../../rubric.ts';
import { statementWords } from '../../statements.ts';
import { matchHeading } from '../headings.ts';
import type { Titles } from '../titles.ts';
import { columnRole, crossReferenceColumn, headerSection, namesColumn } from '../columns.ts';
import { MAX_COLUMNS, MIN_COLUMNS, cellOf, isCellLine, rowOf, type Line } from './cells.ts';
import { readRowsByBlankLines } from './by-blank-lines.ts';
import { readRowsByKind } from './by-kind.ts';
import { countedOutcomeTable } from './by-count.ts';
import { headerRun, readRowsByPieces, wrappedHeader } from './by-pieces.ts';
import { parallelLineTable } from './parallel-lines.ts';

/** The blocks with each such run of lines made a table; every other block as it was. */
export function cellLineTables(titles: Titles, blocks: Block[], rubric?: Rubric): Block[] {
  const words = statementWords(rubric);
  // Plain text reads a short line as a heading, so a cell may come as one. A column may name two of
  // a provision's fields together ("How often and how long", "Who / where").
  // A bracketed gloss after a label ("Staffing (role and expertise)") says more about the same field.
  const unglossed = (t: string) => t.replace(/\s*\([^()]{1,40}\)\s*$/, '');
  const isField = (t: string) =>
    unglossed(t)
      .split(/\s+(?:and|&)\s+|\s*[\/,]\s*/i)
      .every((part) => !!part && words.fieldLabel.test(part));
  // Beside them, a column labelling each row ("Section", "Area"; a later one its kind, "Type") and, after the first, a column
  // linking each row to its outcomes ("Outcomes", "Linked outcome"), as the same table in DOCX has
  // (columns.ts): a cross-reference, not a field.
  const isHeaderCell = (b: Block | undefined, at: number): b is Line => {
    if (!b || !isCellLine(b) || unglossed(b.text.trim()).length > 30) return false;
    const t = b.text.trim();
    return isField(t) || columnRole(t, rubric) === 'label' || (at > 0 && crossReferenceColumn(t, rubric)) || (columnRole(t, rubric) === 'outcome' && (namesColumn(t, rubric) || (at > 0 && t.split(/\s+/).length <= 3))) || isLetteredWhat(t, at);
  };
  // A column naming its section by letter ("Provision to achieve it (Section F)") holds the provision
  // itself; the section's own heading just above a table ("Section G – Health provision") opens no header.
  const isLetteredWhat = (t: string, at: number) => namesColumn(t, rubric) && !isField(t) && ['F', 'G', 'H1', 'H2', 'H'].includes(headerSection(t) ?? '') && !(at === 0 && matchHeading(titles, t, false, false));
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i];
    // An individual education plan's table whose cells hold parallel paragraphs, a line each.
    const iep = parallelLineTable(titles, blocks, i, rubric);
    if (iep) {
      out.push(iep.table);
      i = iep.next - 1;
      continue;
    }
    // The header's cells run together on one line (a PDF's table copied out as text): rows read piece by piece.
    let run = isCellLine(first) ? headerRun(first, words, rubric) : null;
    let ran = run ? readRowsByPieces(titles, blocks, i, run, words, rubric) : null;
    if (!run && isCellLine(first) && !isHeaderCell(first, 0)) {
      // The header's cells wrapped over several short lines ("Provision Sessions" / "per week" / "Minutes" /
      // "per" / "session" …, a PDF's table read as text): the lines read as one, offsets kept.
      const wrapped = wrappedHeader(blocks, i, words, rubric);
      if (wrapped) {
        const joined = [...blocks.slice(0, i), wrapped.line, ...blocks.slice(wrapped.last + 1)];
        const rows = readRowsByPieces(titles, joined, i, wrapped.run, words, rubric);
        if (rows) {
          run = wrapped.run;
          ran = { rows: rows.rows, next: rows.next + wrapped.last - i };
        }
      }
    }
    if (run && ran) {
      if (run.from > 0) {
        const line = first as Line;
        const text = line.text.slice(0, run.from).trimEnd();
        out.push({ ...line, text, end: line.start + text.length });
      }
      const headerRow = rowOf(run.cells);
      out.push({ kind: 'table', rows: [headerRow, ...ran.rows], start: headerRow.start, end: ran.rows[ran.rows.length - 1].end, page: first.page } satisfies TableBlock);
      i = ran.next - 1;
      continue;
    }
    // A table of outcomes with no provision column, every cell filled and no blank line: rows by count.
    const counted = isCellLine(first) ? countedOutcomeTable(titles, blocks, i, words, rubric) : null;
    if (counted) {
      out.push(counted.table);
      i = counted.next - 1;
      continue;
    }
    if (!isHeaderCell(first, 0)) {
      out.push(first);
      continue;
    }
    // The header: consecutive column names, one a "what" column, with the same spacing between them.
    const heads: Line[] = [first];
    while (heads.length < MAX_COLUMNS && isHeaderCell(blocks[i + heads.length], heads.length)) heads.push(blocks[i + heads.length] as Line);
    const sep = heads.length > 1 ? Math.min(...heads.slice(1).map((h) => h.blankBefore ?? 0)) : 0;
    const even = heads.slice(1).every((h) => h.blankBefore !== undefined && h.blankBefore === sep);
    const labelled = columnRole(first.text.trim(), rubric) === 'label';
    // No blank line anywhere in the header (a Word file's or a PDF's paragraphs): nothing marks an empty cell.
    const unmarked = heads.every((h) => h.blankBefore === undefined);
    const whole = heads.length >= MIN_COLUMNS && heads.some((h, k) => words.whatLabel.test(h.text.trim()) || isLetteredWhat(h.text.trim(), k));
    const table = !whole ? null : even ? readRowsByBlankLines(titles, blocks, i + heads.length, heads, sep, labelled, words, rubric) : unmarked ? readRowsByKind(titles, blocks, i + heads.length, heads, words, rubric) : null;
    if (!table) {
      out.push(first);
      continue;
    }
    const headerRow = rowOf(heads.map(cellOf));
    out.push({ kind: 'table', rows: [headerRow, ...table.rows], start: headerRow.start, end: table.rows[table.rows.length - 1].end, page: first.page } satisfies TableBlock);
    i = table.next - 1;
  }
  return out;
}
