// LA forms written as real Word documents (p88+): paragraphs and tables, with merged cells and
// page columns where a plan says so, built by the docx library; LibreOffice makes the PDF, and the
// text is LibreOffice's export of the DOCX or a PDF reader's text of the PDF (`txt`). Gold labels
// are inline as in flattened.ts, read by its markedGold: `at('F')` marks where a section's content starts.
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ExpectedFinding, GoldChecks, PlanGold } from '../gold-schema.ts';
import type { Inline } from './dsl.ts';
import { markedGold, type Part, type SectionMark } from './flattened.ts';

export interface DocCell { paras: Part[][]; rowSpan?: number; colSpan?: number; bold?: boolean }
export type DocBlock =
  /** `level`: a Word heading style (Heading 1, 2 or 3) rather than direct bold formatting. */
  | { k: 'p'; parts: Part[]; bold?: boolean; size?: number; centre?: boolean; level?: 1 | 2 | 3 }
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

function runs(text: string, bold?: boolean, size?: number): TextRun[] {
  return [new TextRun({ text, bold, size })];
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

export async function docFormDocx(spec: DocSpec): Promise<Buffer> {
  // Blocks split into Word sections at each section break; a plan with none is one section, as before.
  const groups: { landscape?: boolean; children: (Paragraph | Table)[] }[] = [{ children: [] }];
  for (const b of spec.blocks) {
    const children = groups[groups.length - 1].children;
    if (b.k === 'section') {
      groups.push({ landscape: b.landscape, children: [] });
    } else if (b.k === 'p') {
      if (b.level) children.push(new Paragraph({ heading: HEADINGS[b.level], children: [new TextRun({ text: paraText(b.parts) })] }));
      else children.push(new Paragraph({ alignment: b.centre ? AlignmentType.CENTER : undefined, spacing: { after: 80 }, children: runs(paraText(b.parts), b.bold, b.size) }));
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
            children: c.paras.map((ps) => new Paragraph({ children: runs(paraText(ps), c.bold || (b.head && i === 0)) })),
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
  return Packer.toBuffer(doc);
}

export function docFormGold(spec: DocSpec): PlanGold {
  const paragraphs = spec.blocks.flatMap((b) => (b.k === 'p' ? [b.parts] : b.k === 'table' ? b.rows.flatMap((r) => r.flatMap((c) => c.paras)) : []));
  return markedGold(spec, paragraphs, { producers: { docx: 'docx', pdf: 'soffice' }, layout: 'la-form', outcomes: 'afterE' });
}
