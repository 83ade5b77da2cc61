// The letter of points to raise as a Word document, for a parent to edit and send: the same content
// as the text and HTML letters (letterContent), laid out with the docx library.
import type { Report } from '../report-schema.ts';
import { fill } from '../findings.ts';
import { letterContent, type LetterOptions } from './letter.ts';

export async function renderLetterDocx(report: Report, opts: LetterOptions = {}): Promise<Buffer> {
  // Loaded on first use: only the letter download needs it.
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const c = letterContent(report, opts);
  const w = c.words;
  const para = (text: string, o: { bold?: boolean; italics?: boolean; indent?: boolean; spaceAfter?: number } = {}) =>
    new Paragraph({
      children: [new TextRun({ text, bold: o.bold, italics: o.italics })],
      indent: o.indent ? { left: 567 } : undefined,
      spacing: { after: o.spaceAfter ?? 120 },
    });
  const labelled = (label: string, text: string) =>
    new Paragraph({ children: [new TextRun({ text: `${label} `, bold: true }), new TextRun(text)], indent: { left: 567 }, spacing: { after: 80 } });
  const lines = (ls: string[]) => ls.map((l, i) => para(l, { spaceAfter: i === ls.length - 1 ? 240 : 0 }));

  const children: InstanceType<typeof Paragraph>[] = [
    ...lines([c.sender, w.senderAddress]),
    para(w.date, { spaceAfter: 240 }),
    ...lines([c.recipient, w.authority, w.authorityAddress]),
    para(fill(w.dear, { recipient: c.recipient })),
    new Paragraph({ text: c.title, heading: HeadingLevel.HEADING_1, spacing: { after: 200 } }),
    para(c.intro.join(' '), { spaceAfter: 240 }),
  ];
  if (c.groups.length === 0) children.push(para(c.noPoints));
  for (const g of c.groups) {
    children.push(new Paragraph({ text: g.title, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } }));
    for (const p of g.points) {
      children.push(para(`${p.number}. ${p.where}${p.quote ? ':' : ''}`, { bold: true, spaceAfter: 60 }));
      if (p.quote) children.push(para(`"${p.quote.replace(/\t/g, ' | ').replace(/\n/g, ' / ')}"`, { italics: true, indent: true, spaceAfter: 80 }));
      if (p.why.length) children.push(labelled(w.concern, p.why.join(' ')));
      if (p.ask.length) children.push(labelled(w.asking, p.ask.join(' ')));
      if (p.cites.length) children.push(labelled(w.law, fill(w.lawSee, { cites: p.cites.map((n) => `[${n}]`).join('') })));
    }
  }
  children.push(para(c.closing, { spaceAfter: 240 }));
  if (c.legalBasis.length) {
    children.push(new Paragraph({ text: w.lawList, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } }));
    c.legalBasis.forEach((r, i) => children.push(para(`[${i + 1}] ${r}`, { spaceAfter: 60 })));
  }
  children.push(para(w.signOff, { spaceAfter: 480 }), new Paragraph({ children: [new TextRun(c.sender)], alignment: AlignmentType.LEFT }));

  const doc = new Document({
    creator: 'ehcp-check',
    title: c.title,
    description: w.docxDescription,
    styles: { default: { document: { run: { font: 'Arial', size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
