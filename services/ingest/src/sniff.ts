// Decides what a file is from its bytes, never from its name.
import type { MediaType } from './document.ts';
import { decodeText } from './decode-text.ts';
import { SETEXT_UNDERLINE } from './parse-markdown.ts';
import { isOle, oleHasStream } from './ole.ts';
import { hasWordBody, isZip, readZipDirectory } from './zip.ts';

export const DOCX: MediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'pdf' }
  | { kind: 'docx' }
  /** A zip whose directory is unreadable: perhaps a truncated DOCX. */
  | { kind: 'damaged-zip' }
  | { kind: 'encrypted-ooxml' }
  | { kind: 'text'; mediaType: 'text/plain' | 'text/markdown'; text: string }
  | { kind: 'unsupported'; what: string };

const SIGNATURES: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
  ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
  ['a BMP image', [0x42, 0x4d]],
  ['a RIFF file (WebP image or media)', [0x52, 0x49, 0x46, 0x46]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['an RTF document', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

const LEGACY_OFFICE = 'a Word 97-2003 document or other legacy Office file (save it as DOCX or PDF)';

/** The one wording of "we cannot read this kind of file", for ingest and for the upload form's early check. */
export function unsupportedMessage(what: string): string {
  return `This file is ${what}; only PDF, DOCX, plain text and Markdown can be checked.`;
}

/**
 * Kinds a browser can recognise from a file's first bytes before uploading it, so the upload form
 * refuses them at once with the server's own words. A compound (OLE) file named .docx may be a
 * password-protected DOCX, which the server explains differently, so it is left to the server.
 */
export function refusedBeforeUpload(): Array<{ message: string; bytes: string; unlessNameEndsWith?: string }> {
  const hex = (sig: number[]) => sig.map((b) => b.toString(16).padStart(2, '0')).join('');
  return [
    ...SIGNATURES.map(([what, sig]) => ({ message: unsupportedMessage(what), bytes: hex(sig) })),
    { message: unsupportedMessage(LEGACY_OFFICE), bytes: 'd0cf11e0a1b11ae1', unlessNameEndsWith: '.docx' },
  ];
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** PDF readers accept "%PDF-" anywhere in the first kilobyte (some files carry junk before it). */
function isPdf(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= n; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

function looksLikeMarkupDocument(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return /^(<!doctype\s+html|<html[\s>]|<\?xml|<head[\s>]|<body[\s>]|<svg[\s>])/.test(head) || /<(html|body|div|table)[\s>][\s\S]*<\/(html|body|div|table)>/.test(head);
}

/** Markdown when the content uses Markdown's own syntax: ATX or setext headings, pipe tables, or lists with inline markup. */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/, 5000);
  let listMarkers = 0;
  let inlineMarkup = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^ {0,3}#{1,6}[ \t]+\S/.test(l)) return true;
    if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(l) && i > 0 && lines[i - 1].includes('|')) return true;
    if (SETEXT_UNDERLINE.test(l) && i > 0 && /\S/.test(lines[i - 1]) && !/^\s*[-*+]\s/.test(lines[i - 1]) && l.trim().length >= 3) return true;
    if (/^\s*([-*+]|\d+[.)])[ \t]+\S/.test(l)) listMarkers++;
    if (/\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__|\[[^\]]+\]\([^)]+\)|`[^`]+`/.test(l)) inlineMarkup++;
  }
  return listMarkers >= 2 && inlineMarkup >= 1;
}

/** The detailed verdict ingest acts on. */
export function classify(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'empty' };
  if (isPdf(bytes)) return { kind: 'pdf' };
  if (isZip(bytes)) {
    let names: string[];
    try {
      names = readZipDirectory(bytes).map((e) => e.name);
    } catch {
      return { kind: 'damaged-zip' };
    }
    if (hasWordBody(names)) return { kind: 'docx' };
    if (names.some((n) => n.startsWith('xl/'))) return { kind: 'unsupported', what: 'an Excel workbook' };
    if (names.some((n) => n.startsWith('ppt/'))) return { kind: 'unsupported', what: 'a PowerPoint presentation' };
    if (names.includes('mimetype') && names.includes('content.xml')) return { kind: 'unsupported', what: 'an OpenDocument file (save it as DOCX or PDF)' };
    return { kind: 'unsupported', what: 'a zip archive that is not a Word document' };
  }
  if (isOle(bytes)) {
    if (oleHasStream(bytes, 'EncryptionInfo') || oleHasStream(bytes, 'EncryptedPackage')) return { kind: 'encrypted-ooxml' };
    return { kind: 'unsupported', what: LEGACY_OFFICE };
  }
  for (const [what, sig] of SIGNATURES) if (startsWith(bytes, sig)) return { kind: 'unsupported', what };
  const text = decodeText(bytes);
  if (text === null) return { kind: 'unsupported', what: 'a binary file of an unknown type' };
  if (looksLikeMarkupDocument(text)) return { kind: 'unsupported', what: 'an HTML or XML file' };
  return { kind: 'text', mediaType: looksLikeMarkdown(text) ? 'text/markdown' : 'text/plain', text };
}

export function sniffMediaType(bytes: Uint8Array): MediaType | null {
  const s = classify(bytes);
  switch (s.kind) {
    case 'pdf':
      return 'application/pdf';
    case 'docx':
      return DOCX;
    case 'text':
      return s.mediaType;
    default:
      return null;
  }
}
