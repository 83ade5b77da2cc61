// A table's header cells run together on one line, as a PDF's table copied out as text gives them: the
// line is cut into cells at the places where a cell may open, each cell read as a column by what it
// says. The national template's combined tables open their cells with a section's letter ("B – … F –
// … E – …", running-table.ts); a provision table's cells are the rubric's column words ("Provision
// Delivered by How often", cell-lines/). The cutting is the same for both; what opens a cell and what
// names a column is each reader's.

/** A line's words, with where each starts and ends in it. */
export function wordsOf(text: string): { at: number; end: number; t: string }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ at: m.index!, end: m.index! + m[0].length, t: m[0] }));
}

/** A header cell cut from a line: where it starts and ends in the line, and the column it names. */
export interface HeaderCell<K> {
  start: number;
  end: number;
  kind: K;
}

/**
 * The header cells run together in `text` from `openings[from]` on: each cell runs from one opening
 * to the one `span` or fewer openings later (to the end of the text after the last opening), the
 * longest that `read` names a column (given the cell's text and how many cells come before it),
 * white space after it left out; at most `max` cells, stopping at the first opening where no cell
 * reads. `next` is the index of the opening after the last cell.
 */
export function cutHeaderCells<K>(text: string, openings: number[], from: number, span: number, max: number, read: (cell: string, index: number) => K | null): { cells: HeaderCell<K>[]; next: number } {
  const cells: HeaderCell<K>[] = [];
  let k = from;
  while (k < openings.length && cells.length < max) {
    let cell: HeaderCell<K> | null = null;
    let len = Math.min(span, openings.length - k);
    for (; len >= 1; len--) {
      const t = text.slice(openings[k], k + len < openings.length ? openings[k + len] : text.length).trimEnd();
      const kind = read(t, cells.length);
      if (kind !== null) {
        cell = { start: openings[k], end: openings[k] + t.length, kind };
        break;
      }
    }
    if (!cell) break;
    cells.push(cell);
    k += len;
  }
  return { cells, next: k };
}
