// LA forms written as real Word documents (p88+): paragraphs and tables, with merged cells and
// page columns where a plan says so, built by the docx library; LibreOffice makes the PDF, and the
// text is LibreOffice's export of the DOCX or a PDF reader's text of the PDF (`txt`). Gold labels
// are inline as in flattened.ts, read by its markedGold: `at('F')` marks where a section's content starts.
import { AlignmentType, Bookmark, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, Footer, Header, HeadingLevel, InsertedTextRun, LevelFormat, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ExpectedFinding, GoldChecks, PlanGold } from '../gold-schema.ts';
import type { Inline } from './dsl.ts';
import { markedGold, type Part, type SectionMark } from './flattened.ts';

/**
 * `tracked`: a paragraph as Word shows it with tracked changes left in (p117), one entry per paragraph
 * of the cell (undefined for an untracked one): "{+inserted+}" and "{-deleted-}" marks in the text.
 * Accepting every change must give the paragraph's own text (the gold's); see `acceptChanges`.
 */
export interface DocCell {
  paras: Part[][]; rowSpan?: number; colSpan?: number; bold?: boolean; tracked?: (string | undefined)[];
  /** Word content controls (p125): one entry per paragraph, the control's title, or undefined for plain text. */
  controls?: (string | undefined)[];
  /** Margin comments (p132): one entry per paragraph, the comment anchored on it, or undefined. */
  comments?: (DocComment | undefined)[];
}
/** A Word margin comment anchored on a whole paragraph (p132): a reviewer's note, not the plan's text. */
export interface DocComment { author: string; initials: string; date: string; text: string }
/** A paragraph in a Word numbered list (p129): the list's reference in DocSpec.numbering, its level. */
export interface DocNum { ref: string; level?: number }
export type DocBlock =
  /** `level`: a Word heading style (Heading 1, 2 or 3) rather than direct bold formatting. */
  | { k: 'p'; parts: Part[]; bold?: boolean; size?: number; centre?: boolean; level?: 1 | 2 | 3; tracked?: string; control?: string; num?: DocNum; comment?: DocComment }
  /** `widths`: each column's share of the table width in per cent; `keepRows`: no row split over a page break. */
  | { k: 'table'; rows: DocCell[][]; head?: boolean; widths?: number[]; keepRows?: boolean }
  /** A section break to a new page, portrait or landscape (a landscape table between portrait pages). */
  | { k: 'section'; landscape?: boolean };

export interface DocSpec {
  id: string;
  description: string;
  /** Newspaper columns on every page (a two-column leaflet-style form). */
  columns?: number;
  header?: string;
  /** `{page}` and `{pages}` become page fields. */
  footer?: string;
  blocks: DocBlock[];
  /** plan.txt: LibreOffice's text export of the DOCX, or the text a PDF reader gives of the PDF. */
  txt: 'soffice' | 'pdftotext';
  status: 'draft' | 'final' | 'unknown';
  yearGroup: number | null;
  checks?: Partial<GoldChecks>;
  expectedFindings?: ExpectedFinding[];
  /** Tracked changes (paragraphs' `tracked`): their author and date, as Word records them. */
  revisions?: { author: string; date: string };
  /**
   * Word list numbering (p129): each list's levels, their format and label text ("Section %1:",
   * "F%1"); paragraphs join a list by `num`, so the label is Word's, not in the paragraph's text.
   */
  numbering?: { reference: string; levels: { format: 'upperLetter' | 'decimal'; text: string; indent: number }[] }[];
}

const isMark = (x: Part): x is SectionMark => typeof x === 'object' && 'at' in x;
const partText = (x: Inline) => (typeof x === 'string' ? x : x.text);
const paraText = (parts: Part[]) => parts.filter((x): x is Inline => !isMark(x)).map(partText).join(' ');

/** Shorthands: a paragraph, a bold heading, a cell of one or more paragraphs. */
export const para = (...parts: Part[]): DocBlock => ({ k: 'p', parts });
export const heading = (...parts: Part[]): DocBlock => ({ k: 'p', parts, bold: true, size: 26 });
export const cell = (...paras: Part[][]): DocCell => ({ paras });
export const merged = (rowSpan: number, ...paras: Part[][]): DocCell => ({ paras, rowSpan });
/** A paragraph in a Word heading style (Heading 1, 2 or 3). */
export const styled = (level: 1 | 2 | 3, ...parts: Part[]): DocBlock => ({ k: 'p', parts, level });
/** A cell spanning `colSpan` columns (a merged row naming an area of need across the table). */
export const spanning = (colSpan: number, ...paras: Part[][]): DocCell => ({ paras, colSpan });

/** A paragraph in Word list `ref` (its number or letter is Word's label, not text). */
export const numbered = (ref: string, level: number, ...parts: Part[]): DocBlock => ({ k: 'p', parts, num: { ref, level } });
/** A paragraph with a margin comment anchored on it. */
export const commented = (comment: DocComment, ...parts: Part[]): DocBlock => ({ k: 'p', parts, comment });

/** Word's own prompt in an empty content control, left in a plan that was not finished. */
export const CONTROL_PROMPT = 'Click or tap here to enter text.';
/** A paragraph whose text sits in a Word content control titled `title` (plain-text control). */
export const controlled = (title: string, ...parts: Part[]): DocBlock => ({ k: 'p', parts, control: title });
/** A table cell whose one paragraph sits in a content control titled `title`. */
export const controlCell = (title: string, ...parts: Part[]): DocCell => ({ paras: [parts], controls: [title] });

function runs(text: string, bold?: boolean, size?: number): TextRun[] {
  return [new TextRun({ text, bold, size })];
}

/** The text of a tracked paragraph with every change accepted: insertions kept, deletions dropped. */
export const acceptChanges = (marked: string) => marked.replace(/\{-[\s\S]*?-\}/g, '').replace(/\{\+([\s\S]*?)\+\}/g, '$1');

/** A tracked paragraph's runs: plain text, Word insertions (w:ins) and deletions (w:del). */
function trackedRuns(marked: string, parts: Part[], rev: { author: string; date: string; next: () => number }, bold?: boolean, size?: number) {
  if (acceptChanges(marked) !== paraText(parts)) throw new Error(`tracked text does not accept to the paragraph: ${marked}`);
  return marked.split(/(\{\+[\s\S]*?\+\}|\{-[\s\S]*?-\})/).filter((x) => x).map((x) => {
    if (x.startsWith('{+')) return new InsertedTextRun({ text: x.slice(2, -2), id: rev.next(), author: rev.author, date: rev.date, bold, size });
    if (x.startsWith('{-')) return new DeletedTextRun({ text: x.slice(2, -2), id: rev.next(), author: rev.author, date: rev.date, bold, size });
    return new TextRun({ text: x, bold, size });
  });
}

function footerParagraph(t: string): Paragraph {
  const children: (string | typeof PageNumber.CURRENT)[] = [];
  const bits = t.split(/(\{page\}|\{pages\})/);
  for (const b of bits) {
    if (b === '{page}') children.push(PageNumber.CURRENT);
    else if (b === '{pages}') children.push(PageNumber.TOTAL_PAGES);
    else if (b) children.push(b);
  }
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: 16 })] });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * The DOCX; `accepted`: with every tracked change accepted (the text and PDF of a plan whose DOCX
 * keeps its tracked changes are made from this, as the plan reads once the changes are accepted).
 */
export async function docFormDocx(spec: DocSpec, opts: { accepted?: boolean } = {}): Promise<Buffer> {
  let revisionId = 0;
  const rev = { author: spec.revisions?.author ?? 'Author', date: spec.revisions?.date ?? '2026-01-01T09:00:00Z', next: () => ++revisionId };
  const controls: { title: string; prompt: boolean }[] = [];
  const plain = (parts: Part[], tracked: string | undefined, bold?: boolean, size?: number) =>
    (tracked !== undefined && !opts.accepted ? trackedRuns(tracked, parts, rev, bold, size) : runs(paraText(parts), bold, size));
  // A content control is written first as a bookmark "cc_N" around the runs, then turned into w:sdt below.
  const comments: DocComment[] = [];
  const body = (parts: Part[], tracked: string | undefined, bold?: boolean, size?: number, control?: string, comment?: DocComment) => {
    let r: (TextRun | CommentRangeStart | CommentRangeEnd)[] = plain(parts, tracked, bold, size);
    if (comment) {
      const id = comments.push(comment) - 1;
      r = [new CommentRangeStart(id), ...r, new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
    }
    if (control === undefined) return r;
    controls.push({ title: control, prompt: paraText(parts) === CONTROL_PROMPT });
    return [new Bookmark({ id: `cc_${controls.length}`, children: r })];
  };
  // Blocks split into Word sections at each section break; a plan with none is one section, as before.
  const groups: { landscape?: boolean; children: (Paragraph | Table)[] }[] = [{ children: [] }];
  for (const b of spec.blocks) {
    const children = groups[groups.length - 1].children;
    if (b.k === 'section') {
      groups.push({ landscape: b.landscape, children: [] });
    } else if (b.k === 'p') {
      if (b.level) children.push(new Paragraph({ heading: HEADINGS[b.level], children: [new TextRun({ text: paraText(b.parts) })] }));
      else children.push(new Paragraph({
        alignment: b.centre ? AlignmentType.CENTER : undefined, spacing: { after: 80 },
        ...(b.num ? { numbering: { reference: b.num.ref, level: b.num.level ?? 0 } } : {}),
        children: body(b.parts, b.tracked, b.bold, b.size, b.control, b.comment),
      }));
    } else {
      const cols = Math.max(...b.rows.map((r) => r.reduce((n, c) => n + (c.colSpan ?? 1), 0)));
      // Text width in twips on A4 with the default margins, for the table grid of a table with set widths.
      const textWidth = groups[groups.length - 1].landscape ? 13958 : 9026;
      const widths = b.widths;
      const cellWidth = (r: DocCell[], ci: number) => {
        const span = r[ci].colSpan ?? 1;
        if (!widths) return Math.floor(100 / cols) * span;
        const from = r.slice(0, ci).reduce((n, c) => n + (c.colSpan ?? 1), 0);
        return widths.slice(from, from + span).reduce((n, w) => n + w, 0);
      };
      children.push(new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        ...(widths ? { columnWidths: widths.map((w) => Math.round((w * textWidth) / 100)) } : {}),
        rows: b.rows.map((r, i) => new TableRow({
          tableHeader: b.head && i === 0,
          cantSplit: b.keepRows || undefined,
          children: r.map((c, ci) => new TableCell({
            rowSpan: c.rowSpan,
            columnSpan: c.colSpan,
            width: { size: cellWidth(r, ci), type: WidthType.PERCENTAGE },
            children: c.paras.map((ps, pi) => new Paragraph({ children: body(ps, c.tracked?.[pi], c.bold || (b.head && i === 0), undefined, c.controls?.[pi], c.comments?.[pi]) })),
          })),
        })),
      }));
      children.push(new Paragraph({ children: [] }));
    }
  }
  const headers = spec.header ? { default: new Header({ children: [footerParagraph(spec.header)] }) } : undefined;
  const footers = spec.footer ? { default: new Footer({ children: [footerParagraph(spec.footer)] }) } : undefined;
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Liberation Sans', size: 21 } } } },
    ...(spec.revisions && !opts.accepted ? { features: { trackRevisions: true } } : {}),
    ...(spec.numbering ? { numbering: { config: spec.numbering.map((n) => ({
      reference: n.reference,
      levels: n.levels.map((l, level) => ({
        level, format: l.format === 'upperLetter' ? LevelFormat.UPPER_LETTER : LevelFormat.DECIMAL, text: l.text, alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: l.indent, hanging: l.indent } } },
      })),
    })) } } : {}),
    ...(comments.length ? { comments: { children: comments.map((c, id) => ({
      id, author: c.author, initials: c.initials, date: new Date(c.date), children: [new Paragraph({ children: [new TextRun(c.text)] })],
    })) } } : {}),
    sections: groups.map((g, i) => ({
      properties: {
        ...(spec.columns ? { column: { count: spec.columns, space: 567, equalWidth: true } } : {}),
        ...(i > 0 ? { page: { size: { orientation: g.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } } : {}),
      },
      headers,
      footers,
      children: g.children,
    })),
  });
  const buffer = await Packer.toBuffer(doc);
  return controls.length ? withContentControls(buffer, controls) : buffer;
}

/**
 * Turns the "cc_N" bookmarks into Word plain-text content controls (w:sdt) titled as the plan says; a
 * control still holding Word's prompt is marked as showing its placeholder, in grey, as Word leaves it.
 */
function withContentControls(docx: Buffer, controls: { title: string; prompt: boolean }[]): Buffer {
  const files = unzipSync(new Uint8Array(docx));
  const xml = strFromU8(files['word/document.xml']);
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  let done = 0;
  const out = xml.replace(/<w:bookmarkStart w:name="cc_(\d+)" w:id="(\d+)"\/>([\s\S]*?)<w:bookmarkEnd w:id="\2"\/>/g, (_m, n: string, _id: string, inner: string) => {
    const c = controls[Number(n) - 1];
    done++;
    // Grey, as Word shows a prompt: w:color goes before w:sz in a run's properties (schema order).
    const grey = (r: string) => (r.includes('<w:rPr>')
      ? r.replace(/(<w:sz |<\/w:rPr>)/, '<w:color w:val="808080"/>$1')
      : r.replace('<w:r>', '<w:r><w:rPr><w:color w:val="808080"/></w:rPr>'));
    const content = c.prompt ? inner.replace(/<w:r>[\s\S]*?<\/w:r>/g, grey) : inner;
    const tag = c.title.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
    return `<w:sdt><w:sdtPr><w:alias w:val="${esc(c.title)}"/><w:tag w:val="${tag}"/><w:id w:val="${100000 + Number(n)}"/>${c.prompt ? '<w:showingPlcHdr/>' : ''}<w:text/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
  });
  if (done !== controls.length) throw new Error(`content controls: wrote ${done} of ${controls.length}`);
  files['word/document.xml'] = strToU8(out);
  return Buffer.from(zipSync(files));
}

/** The plan has tracked changes left in its DOCX. */
export const hasTrackedChanges = (spec: DocSpec) => spec.blocks.some((b) => (b.k === 'p' && b.tracked !== undefined) || (b.k === 'table' && b.rows.some((r) => r.some((c) => c.tracked?.some((t) => t !== undefined)))));

export function docFormGold(spec: DocSpec): PlanGold {
  const paragraphs = spec.blocks.flatMap((b) => (b.k === 'p' ? [b.parts] : b.k === 'table' ? b.rows.flatMap((r) => r.flatMap((c) => c.paras)) : []));
  return markedGold(spec, paragraphs, { producers: { docx: 'docx', pdf: 'soffice' }, layout: 'la-form', outcomes: 'afterE' });
}
