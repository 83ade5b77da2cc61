// LA forms written as real Word documents (p88+): paragraphs and tables, with merged cells and
// page columns where a plan says so, built by the docx library; LibreOffice makes the PDF, and the
// text is LibreOffice's export of the DOCX or a PDF reader's text of the PDF (`txt`). Gold labels
// are inline as in flattened.ts, read by its markedGold: `at('F')` marks where a section's content starts.
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ExpectedFinding, GoldChecks, PlanGold } from '../gold-schema.ts';
import type { Inline } from './dsl.ts';
import { markedGold, type Part, type SectionMark } from './flattened.ts';

export interface DocCell { paras: Part[][]; rowSpan?: number; colSpan?: number; bold?: boolean }
export type DocBlock =
  | { k: 'p'; parts: Part[]; bold?: boolean; size?: number; centre?: boolean }
  | { k: 'table'; rows: DocCell[][]; head?: boolean };

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

export async function docFormDocx(spec: DocSpec): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of spec.blocks) {
    if (b.k === 'p') {
      children.push(new Paragraph({ alignment: b.centre ? AlignmentType.CENTER : undefined, spacing: { after: 80 }, children: runs(paraText(b.parts), b.bold, b.size) }));
    } else {
      const cols = Math.max(...b.rows.map((r) => r.reduce((n, c) => n + (c.colSpan ?? 1), 0)));
      children.push(new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: b.rows.map((r, i) => new TableRow({
          tableHeader: b.head && i === 0,
          children: r.map((c) => new TableCell({
            rowSpan: c.rowSpan,
            columnSpan: c.colSpan,
            width: { size: Math.floor(100 / cols) * (c.colSpan ?? 1), type: WidthType.PERCENTAGE },
            children: c.paras.map((ps) => new Paragraph({ children: runs(paraText(ps), c.bold || (b.head && i === 0)) })),
          })),
        })),
      }));
      children.push(new Paragraph({ children: [] }));
    }
  }
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Liberation Sans', size: 21 } } } },
    sections: [{
      properties: spec.columns ? { column: { count: spec.columns, space: 567, equalWidth: true } } : {},
      headers: spec.header ? { default: new Header({ children: [footerParagraph(spec.header)] }) } : undefined,
      footers: spec.footer ? { default: new Footer({ children: [footerParagraph(spec.footer)] }) } : undefined,
      children,
    }],
  });
  return Packer.toBuffer(doc);
}

export function docFormGold(spec: DocSpec): PlanGold {
  const paragraphs = spec.blocks.flatMap((b) => (b.k === 'p' ? [b.parts] : b.rows.flatMap((r) => r.flatMap((c) => c.paras))));
  return markedGold(spec, paragraphs, { producers: { docx: 'docx', pdf: 'soffice' }, layout: 'la-form', outcomes: 'afterE' });
}
