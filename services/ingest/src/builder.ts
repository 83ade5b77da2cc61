// Assembles blocks into a StructuredDocument, computing every offset once, the same way for all formats.
import type { Block, MediaType, StructuredDocument, TableCell, TableRow } from './document.ts';
import { atxLevel, fragmentsWithoutStrong, isDelimiterRow, stripStrong, withoutAtx } from './markdown-marks.ts';
import { framedRow, openCellRow, splitPipes } from './pipe-rows.ts';
import { isTranslation } from './translations.ts';

/** Collapses whitespace, drops soft hyphens and zero-width characters, trims. */
export function normaliseText(s: string): string {
  return s
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\s\u00A0\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

/** A piece of a block's text and the page it was found on (null without pages). */
export interface Fragment {
  text: string;
  page: number | null;
}

export interface CellInput {
  fragments: Fragment[];
  /** Each fragment is a paragraph of the cell: their spans are kept (TableCell.paragraphs). */
  paragraphs?: boolean;
  /** Covered by a cell merged down from the row above (TableCell.mergedAbove). */
  mergedAbove?: boolean;
}

export class DocumentBuilder {
  /**
   * `pipeTables`: paragraphs drawn as table rows with pipes ("Need | Provision"), two or more in a
   * row, are a table (a Word document or PDF made from such text; plain text finds its own).
   * `markdownMarks`: Markdown's marks kept as characters (a Word document or PDF made from a Markdown
   * file) are read as what they mark: "## Title" a heading of level 2, "**Label:**" plain "Label:", a
   * "|---|---|" row under pipe-drawn cells the header's delimiter (plain text and Markdown parse their own).
   */
  constructor(private readonly opts: { pipeTables?: boolean; markdownMarks?: boolean } = {}) {}
  private pipeRows: { cells: string[]; page: number | null }[] = [];
  private pipeFramed = false;
  private parts: string[] = [];
  private length = 0;
  private readonly blocks: Block[] = [];
  private readonly pageStarts: number[] = [];
  private blank: number | null = null;

  /** Plain text: the blank lines before the next heading, paragraph or list item (its `blankBefore`). */
  blankLines(n: number): void {
    this.blank = n;
  }

  /** The pending blank-line count as a block field; once counting, a block nobody counted for followed the one before directly. */
  private layout(): { blankBefore?: number } {
    const n = this.blank;
    if (n === null) return {};
    this.blank = 0;
    return { blankBefore: n };
  }

  /** Records that `page` starts at the current end of text (pages without text start where the next text starts). */
  private notePage(page: number | null, offset: number): void {
    if (page === null) return;
    while (this.pageStarts.length < page) this.pageStarts.push(offset);
  }

  /** Starts a new block: returns its start offset after the separating "\n". */
  private beginBlock(): number {
    if (this.blocks.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    return this.length;
  }

  private append(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Appends fragments joined by single spaces; returns start, end and the page of the first non-empty fragment. */
  private appendFragments(fragments: Fragment[]): { start: number; end: number; page: number | null; text: string } {
    const start = this.length;
    let page: number | null = null;
    let first = true;
    let text = '';
    for (const f of fragments) {
      const t = normaliseText(f.text);
      if (t === '') continue;
      if (!first) {
        this.append(' ');
        text += ' ';
      }
      this.notePage(f.page, this.length);
      if (first) page = f.page;
      this.append(t);
      text += t;
      first = false;
    }
    return { start, end: this.length, page, text };
  }

  /** The fragments' text as the block will hold it. */
  private static joined(fragments: Fragment[]): string {
    return fragments.map((f) => normaliseText(f.text)).filter((t) => t).join(' ');
  }

  private static hasText(fragments: Fragment[]): boolean {
    return fragments.some((f) => normaliseText(f.text) !== '');
  }

  /** Paragraphs held back as pipe-drawn rows: a table when there are two or more, else paragraphs again. */
  private flushPipes(): void {
    const rows = this.pipeRows;
    if (rows.length === 0) return;
    this.pipeRows = [];
    const cell = (c: string) => (this.opts.markdownMarks ? stripStrong(c) : c);
    if (rows.length >= 2) this.table(rows.map((r) => r.cells.map((c) => ({ fragments: [{ text: cell(c), page: r.page }] }))));
    else this.emitParagraph([{ text: rows[0].cells.join(' | '), page: rows[0].page }]);
  }

  heading(fragments: Fragment[], level: number): void {
    if (!DocumentBuilder.hasText(fragments)) return;
    if (this.opts.markdownMarks) {
      const atx = atxLevel(DocumentBuilder.joined(fragments));
      if (atx !== null) {
        fragments = withoutAtx(fragments);
        level = atx;
      }
      fragments = fragmentsWithoutStrong(fragments);
    }
    this.flushPipes();
    this.beginBlock();
    const r = this.appendFragments(fragments);
    this.blocks.push({ kind: 'heading', level: Math.min(6, Math.max(1, level)), text: r.text, start: r.start, end: r.end, page: r.page, ...this.layout() });
  }

  paragraph(fragments: Fragment[]): void {
    if (!DocumentBuilder.hasText(fragments)) return;
    if (this.opts.markdownMarks) {
      const text = DocumentBuilder.joined(fragments);
      // The delimiter row under a pipe-drawn header row: the table goes on, the row is no cell's text.
      // Under a later row it starts a new table, that row its header.
      if (this.pipeRows.length > 0 && isDelimiterRow(text)) {
        const header = this.pipeRows.pop()!;
        this.flushPipes();
        this.pipeRows = [header];
        return;
      }
      if (atxLevel(text) !== null) return this.heading(fragments, 1);
      fragments = fragmentsWithoutStrong(fragments);
    }
    if (this.opts.pipeTables) {
      const kept = fragments.filter((f) => normaliseText(f.text) !== '');
      const text = kept.map((f) => normaliseText(f.text)).join(' ');
      const cells = splitPipes(text) ?? (this.pipeRows.length ? openCellRow(text, this.pipeFramed) : null);
      if (cells) {
        if (this.pipeRows.length === 0) this.pipeFramed = framedRow(text);
        this.pipeRows.push({ cells, page: kept[0].page });
        return;
      }
    }
    this.flushPipes();
    this.emitParagraph(fragments);
  }

  /** A paragraph marked as the translation of the paragraph, list item or heading just before it (translations.ts). */
  private translatesLast(fragments: Fragment[]): boolean {
    const last = this.blocks[this.blocks.length - 1];
    return last !== undefined && last.kind !== 'table' && isTranslation(DocumentBuilder.joined(fragments));
  }

  private emitParagraph(fragments: Fragment[]): void {
    // Left out with its blank lines still pending, so the next block stands where the translation stood.
    if (this.translatesLast(fragments)) return;
    this.beginBlock();
    const r = this.appendFragments(fragments);
    this.blocks.push({ kind: 'paragraph', text: r.text, start: r.start, end: r.end, page: r.page, ...this.layout() });
  }

  listItem(fragments: Fragment[], marker: string, ordered: boolean, depth: number): void {
    if (!DocumentBuilder.hasText(fragments)) return;
    if (this.opts.markdownMarks) fragments = fragmentsWithoutStrong(fragments);
    this.flushPipes();
    if (this.translatesLast(fragments)) return;
    this.beginBlock();
    const r = this.appendFragments(fragments);
    this.blocks.push({ kind: 'listItem', text: r.text, marker, ordered, depth: Math.max(0, depth), start: r.start, end: r.end, page: r.page, ...this.layout() });
  }

  /** A table: rows of cells; rows with no text at all are dropped. Cells are separated by "\t". */
  table(rows: CellInput[][]): void {
    this.flushPipes();
    const kept = rows.filter((cells) => cells.some((c) => DocumentBuilder.hasText(c.fragments)));
    if (kept.length === 0) return;
    if (this.blank !== null) this.blank = 0;
    const start = this.beginBlock();
    const outRows: TableRow[] = [];
    kept.forEach((cells, i) => {
      if (i > 0) this.append('\n');
      const rowStart = this.length;
      const outCells: TableCell[] = [];
      let rowPage: number | null = null;
      cells.forEach((cell, j) => {
        if (j > 0) this.append('\t');
        const spans: { start: number; end: number }[] = [];
        let r: { start: number; end: number; page: number | null; text: string };
        if (cell.paragraphs) {
          const start = this.length;
          let page: number | null = null;
          let text = '';
          for (const f of cell.fragments) {
            const t = normaliseText(f.text);
            // A cell's paragraph marked as the translation of the one before it (translations.ts).
            if (!t || (text && isTranslation(t))) continue;
            if (text) {
              this.append(' ');
              text += ' ';
            } else page = f.page;
            this.notePage(f.page, this.length);
            spans.push({ start: this.length, end: this.length + t.length });
            this.append(t);
            text += t;
          }
          r = { start, end: this.length, page, text };
        } else r = this.appendFragments(cell.fragments);
        if (rowPage === null && r.page !== null) rowPage = r.page;
        outCells.push({ text: r.text, start: r.start, end: r.end, page: r.page, ...(spans.length >= 2 ? { paragraphs: spans } : {}), ...(cell.mergedAbove && !r.text ? { mergedAbove: true as const } : {}) });
      });
      // An empty cell has no page of its own: it is on its row's page.
      for (const c of outCells) if (c.page === null) c.page = rowPage;
      outRows.push({ cells: outCells, start: rowStart, end: this.length, page: rowPage });
    });
    this.blocks.push({ kind: 'table', rows: outRows, start, end: this.length, page: outRows[0].page });
  }

  get blockCount(): number {
    return this.blocks.length + (this.pipeRows.length ? 1 : 0);
  }

  build(meta: { name: string; mediaType: MediaType; sha256: string; pages: number | null; unreadablePages?: number[] }): StructuredDocument {
    this.flushPipes();
    const text = this.parts.join('');
    if (meta.pages !== null) this.notePage(meta.pages, text.length);
    return {
      name: meta.name,
      mediaType: meta.mediaType,
      sha256: meta.sha256,
      pages: meta.pages,
      text,
      blocks: this.blocks,
      pageStarts: meta.pages === null ? [] : this.pageStarts.slice(0, meta.pages),
      ...(meta.unreadablePages?.length ? { unreadablePages: meta.unreadablePages } : {}),
    };
  }
}

/** Fragments for text without pages. */
export function plain(text: string): Fragment[] {
  return [{ text, page: null }];
}
