// The working document families take to a meeting or a tribunal: one table, old wording | new
// wording | what changed | why it matters, one row per change (unchanged statements left out).
import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { fill } from '../findings.ts';
import { comparisonLabels, type ComparisonFormatOptions } from './format.ts';
import type { Change, Comparison } from './schema.ts';

function cell(text: string, opts: { bold?: boolean; italic?: boolean; header?: boolean } = {}): TableCell {
  const paragraphs = text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: opts.bold, italics: opts.italic })] }));
  return new TableCell({ children: paragraphs, width: { size: 25, type: WidthType.PERCENTAGE } });
}

function sideText(s: Change['before'], missing: string, section: string): { text: string; italic: boolean } {
  return s ? { text: `${fill(section, { key: s.section })}: ${s.text.replace(/\t/g, ' | ')}`, italic: false } : { text: missing, italic: true };
}

export async function renderComparisonDocx(c: Comparison, opts: ComparisonFormatOptions = {}): Promise<Uint8Array> {
  const l = comparisonLabels(opts.rubric);
  const changes = c.changes.filter((ch) => ch.kind !== 'unchanged');
  const header = new TableRow({
    tableHeader: true,
    children: [l.columnOld, l.columnNew, l.docxWhat, l.docxWhy].map((h) => cell(h, { bold: true })),
  });
  const rows = changes.map((ch) => {
    const before = sideText(ch.before, l.notInOld, l.section);
    const after = sideText(ch.after, l.notInNew, l.section);
    return new TableRow({
      cantSplit: false,
      children: [cell(before.text, { italic: before.italic }), cell(after.text, { italic: after.italic }), cell(fill(l.docxChange, { kind: l.kinds[ch.kind], about: l.about[ch.about], section: ch.section, detail: ch.detail })), cell(ch.why)],
    });
  });
  const doc = new Document({
    creator: 'ehcp-check',
    title: fill(l.title, { name: c.new.document.name }),
    description: l.docxDescription,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(l.heading)] }),
          new Paragraph({ children: [new TextRun(fill(l.versions, { old: c.old.document.name, new: c.new.document.name }))] }),
          new Paragraph({ children: [new TextRun({ text: l.docxGuide, italics: true })] }),
          changes.length
            ? new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } })
            : new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun(l.docxNoChanges)] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
