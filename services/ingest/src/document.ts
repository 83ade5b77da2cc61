// The structured document: what ingest produces and the analyser reads.
// Every offset is a JavaScript string index into `text` (end exclusive).
//
// How `text` is laid out, the same for every format so that offsets mean the same thing:
// - blocks follow each other in reading order, separated by a single "\n";
// - whitespace inside a block is collapsed to single spaces and trimmed;
// - a list item's text does not include its marker (the marker is kept on the block);
// - a table is one line per row, its cells separated by "\t".

export type MediaType = 'application/pdf' | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' | 'text/plain' | 'text/markdown';

export interface Span {
  start: number;
  end: number;
  /** 1-based page the span starts on; null where the format has no pages (plain text). */
  page: number | null;
}

/**
 * Plain text only: how many blank lines stood before the block (0 for a line straight after the one
 * before). Text keeps a table's empty cells and cell ends only as blank lines (a LibreOffice export
 * puts each cell on a line and an empty cell as a blank one; Word's plain-text save ends each cell
 * with a blank line), so the analyser reads a flattened table's columns from them.
 */
interface TextLayout {
  blankBefore?: number;
}

export interface HeadingBlock extends Span, TextLayout {
  kind: 'heading';
  level: number; // 1..6
  text: string;
}

export interface ParagraphBlock extends Span, TextLayout {
  kind: 'paragraph';
  text: string;
}

export interface ListItemBlock extends Span, TextLayout {
  kind: 'listItem';
  text: string;
  /** The marker as written where known ("•", "-", "1.", "a)"); normalised "-" or "1." otherwise. */
  marker: string;
  ordered: boolean;
  /** 0 for a top-level item, 1 for an item nested in it, and so on. */
  depth: number;
}

export interface TableCell extends Span {
  text: string;
  /** Where the cell holds several paragraphs or list items (DOCX, PDF): each one's span in `text`. */
  paragraphs?: { start: number; end: number }[];
  /**
   * An empty cell covered by a cell merged down from the row above (DOCX, ruled PDF): what that cell
   * says applies to this row too. Text cannot tell, and leaves it out.
   */
  mergedAbove?: true;
}

export interface TableRow extends Span {
  cells: TableCell[];
}

export interface TableBlock extends Span {
  kind: 'table';
  rows: TableRow[];
}

export type Block = HeadingBlock | ParagraphBlock | ListItemBlock | TableBlock;

export interface StructuredDocument {
  name: string;
  mediaType: MediaType;
  sha256: string;
  /** null for plain text and Markdown. */
  pages: number | null;
  text: string;
  blocks: Block[];
  /** Offsets in `text` at which each page starts (pageStarts[0] is page 1); empty without pages. */
  pageStarts: number[];
  /** 1-based pages whose text layer was garbled (wrong font encoding) and was left out; absent when none. */
  unreadablePages?: number[];
}

// A sentence's end: its stop, and a closing quote or bracket after it. Ingest tells prose from labels and
// headings by it, and the analyser reads sentences by the same grammar: SENTENCE_END tests a text's end;
// SENTENCE_STOP is the same stop, for a pattern that finds sentences inside a line.
export const SENTENCE_STOP = String.raw`[.!?]["')\]]?`;
export const SENTENCE_END = new RegExp(`${SENTENCE_STOP}$`);

/** The 1-based page an offset falls on, or null for a document without pages. */
export function pageAt(doc: Pick<StructuredDocument, 'pageStarts'>, offset: number): number | null {
  const starts = doc.pageStarts;
  if (starts.length === 0) return null;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
