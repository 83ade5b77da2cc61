// The in-process parse: bytes to StructuredDocument with no time or memory limits of its own.
// ingest() runs this inside a worker thread; tests and benches may call it directly.
import { createHash } from 'node:crypto';
import { DocumentBuilder } from './builder.ts';
import type { StructuredDocument } from './document.ts';
import { CheckError } from './errors.ts';
import { parseDocx } from './parse-docx.ts';
import { parseMarkdown } from './parse-markdown.ts';
import { parsePdf } from './parse-pdf.ts';
import { parsePlainText } from './parse-text.ts';
import { classify, DOCX, unsupportedMessage } from './sniff.ts';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function parseDocument(bytes: Uint8Array, name: string): Promise<StructuredDocument> {
  const sniffed = classify(bytes);
  const sha256 = sha256Hex(bytes);
  // Word documents and PDFs may carry a table drawn with pipes as paragraphs, and Markdown's marks as
  // characters; plain text and Markdown find their own.
  const paged = sniffed.kind === 'docx' || sniffed.kind === 'pdf';
  const builder = new DocumentBuilder({ pipeTables: paged, markdownMarks: paged });
  let doc: StructuredDocument;
  switch (sniffed.kind) {
    case 'empty':
      throw new CheckError('empty_file', 'The file is empty.');
    case 'unsupported':
      throw new CheckError('unsupported_media_type', unsupportedMessage(sniffed.what));
    case 'encrypted-ooxml':
      throw new CheckError('encrypted_document', 'This Word document is password-protected; remove the password and try again.');
    case 'damaged-zip':
      throw new CheckError('corrupt_file', 'The file is damaged: it looks like a Word (zip) file but cannot be opened (truncated?).');
    case 'text':
      if (sniffed.mediaType === 'text/markdown') parseMarkdown(sniffed.text, builder);
      else parsePlainText(sniffed.text, builder);
      doc = builder.build({ name, mediaType: sniffed.mediaType, sha256, pages: null });
      break;
    case 'docx':
      await parseDocx(bytes, builder);
      doc = builder.build({ name, mediaType: DOCX, sha256, pages: null });
      break;
    case 'pdf': {
      const { pages, unreadablePages } = await parsePdf(bytes, builder);
      doc = builder.build({ name, mediaType: 'application/pdf', sha256, pages, unreadablePages });
      break;
    }
  }
  if (doc.text.trim() === '') throw new CheckError('empty_file', 'The document has no text in it.');
  return doc;
}
