// The working document families take to a meeting or a tribunal: one table, old wording | new
// wording | what changed | why it matters, one row per change (unchanged statements left out).
import { AlignmentType, Document, HeadingLevel, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { KIND_LABELS } from './format.ts';
import type { Change, Comparison } from './schema.ts';

function cell(text: string, opts: { bold?: boolean; italic?: boolean; header?: boolean } = {}): TableCell {
  const paragraphs = text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: opts.bold, italics: opts.italic })] }));
  return new TableCell({ children: paragraphs, width: { size: 25, type: WidthType.PERCENTAGE } });
}

function sideText(s: Change['before'], missing: string): { text: string; italic: boolean } {
  return s ? { text: `Section ${s.section}: ${s.text.replace(/\t/g, ' | ')}`, italic: false } : { text: missing, italic: true };
}

export async function renderComparisonDocx(c: Comparison): Promise<Uint8Array> {
  const changes = c.changes.filter((ch) => ch.kind !== 'unchanged');
  const header = new TableRow({
    tableHeader: true,
    children: ['Old wording', 'New wording', 'What changed', 'Why it matters'].map((h) => cell(h, { bold: true })),
  });
  const rows = changes.map((ch) => {
    const before = sideText(ch.before, 'Not in the old version');
    const after = sideText(ch.after, 'Not in the new version');
    return new TableRow({
      cantSplit: false,
      children: [cell(before.text, { italic: before.italic }), cell(after.text, { italic: after.italic }), cell(`${KIND_LABELS[ch.kind]} (${ch.about}, Section ${ch.section}): ${ch.detail}`), cell(ch.why)],
    });
  });
  const doc = new Document({
    creator: 'ehcp-check',
    title: `What changed: ${c.new.document.name}`,
    description: 'Changes between two versions of an EHC plan',
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('What changed in this plan')] }),
          new Paragraph({ children: [new TextRun(`Old version: ${c.old.document.name}. New version: ${c.new.document.name}.`)] }),
          new Paragraph({ children: [new TextRun({ text: 'A guide to the changes, not legal advice. Check each row against both versions.', italics: true })] }),
          changes.length
            ? new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } })
            : new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun('No changes were found between the two versions.')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
