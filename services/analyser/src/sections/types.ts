// The shapes the section recognisers produce: a section found in the document and the units of its body.
import type { TableCell } from '../../../ingest/src/document.ts';
import type { SectionKey } from '../report-schema.ts';

/** "H" is a single social care section that stands for H1 and H2 together. */
export type SectionLabel = SectionKey | 'H';

/** A piece of a section's body: a paragraph, a list item, or a table row's cells. */
export interface Unit {
  kind: 'paragraph' | 'listItem' | 'row';
  start: number;
  end: number;
  page: number | null;
  /** Paragraphs and list items: the text; rows: the chosen cells' text joined by tabs. */
  text: string;
  /** Short standalone text that reads as a sub-heading ("Communication and interaction"). */
  subheading: boolean;
  /** The document styled it as a heading (a Word heading, a bold line, a short line set apart in text). */
  headed?: boolean;
  /** Rows: the cells that belong to this section (provision or outcome cells only). */
  cells?: TableCell[];
  /** Rows: the header of each chosen cell, where the table has one. */
  headers?: string[];
  /** Rows in a two-column "label | value" table ("Frequency | 3 x 30 minutes a week"). */
  keyValue?: boolean;
  /** The form's own text (guidance, instructions, placeholders): never a statement. */
  template?: boolean;
  /** A form's field label with its value left empty ("Name | ", "Type of school | "). */
  labelOnly?: boolean;
  /** A combined table's row: the id its need, provision and outcome cells share (the golden thread). */
  row?: number;
  /** The area of need the unit sits under (a table's area heading, else the row's need cell). */
  area?: string | null;
  /** Rows of a "label | value" form: the span its statement quotes (the provision or outcome itself, not its other fields). */
  quote?: { start: number; end: number };
}

export interface FoundSection {
  key: SectionKey;
  /** The label as written; "H" when one heading covers H1 and H2. */
  label: SectionLabel;
  title: string;
  start: number;
  end: number;
  page: number | null;
  units: Unit[];
}

/** A section as the walk opened it; `merge.ts` joins the pieces of one key. */
export interface Piece {
  label: SectionLabel;
  title: string;
  start: number;
  page: number | null;
  units: Unit[];
  end: number;
  /** Opened with other sections (a combined heading or table): present only if it holds something. */
  combined?: boolean;
  /** A column of a combined table's header row: an empty column is not the section. */
  column?: boolean;
}
