// Every class of bad input gets its stable error code, through the public ingest() (worker path).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCheckError, type ErrorCode } from '../../services/ingest/src/errors.ts';
import { ingest, sniffMediaType } from '../../services/ingest/src/index.ts';
import { checkDeclaredSizes, readZipDirectory } from '../../services/ingest/src/zip.ts';
import { encryptedPdf, imageOnlyPdf, makeDocx, oleFile, patchZipSizes, strToU8, wP, zeroBombDocx, zipSync } from './helpers/make-files.ts';

const DIR = join(import.meta.dirname, '../fixtures/ingest');
const planPdf = new Uint8Array(readFileSync(join(DIR, 'plan-chromium.pdf')));
const planDocx = new Uint8Array(readFileSync(join(DIR, 'plan.docx')));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);

/** Breaks the deflate stream of word/document.xml while keeping the zip directory intact. */
function corruptDocx(): Uint8Array {
  const bytes = planDocx.slice();
  const entry = readZipDirectory(bytes).find((e) => e.name === 'word/document.xml')!;
  const dv = new DataView(bytes.buffer);
  const data = entry.localHeaderOffset + 30 + dv.getUint16(entry.localHeaderOffset + 26, true) + dv.getUint16(entry.localHeaderOffset + 28, true);
  for (let i = 0; i < 64; i++) bytes[data + i] = 0xff;
  return bytes;
}

async function codeOf(bytes: Uint8Array, name: string, opts: { maxBytes?: number; timeoutMs?: number } = {}): Promise<ErrorCode | 'ok'> {
  try {
    await ingest(bytes, { name, ...opts });
    return 'ok';
  } catch (e) {
    if (!isCheckError(e)) throw e;
    expect(e.message.length).toBeGreaterThan(10);
    return e.code;
  }
}

const CASES: Array<[string, () => Uint8Array, string, ErrorCode]> = [
  ['empty bytes', () => new Uint8Array(0), 'plan.pdf', 'empty_file'],
  ['a text file of only whitespace', () => strToU8('  \r\n\t\n  \n'), 'plan.txt', 'empty_file'],
  ['a PNG image called .pdf', () => PNG, 'plan.pdf', 'unsupported_media_type'],
  ['HTML called .docx', () => strToU8('<!DOCTYPE html><html><body><h1>Section F</h1><p>Support.</p></body></html>'), 'plan.docx', 'unsupported_media_type'],
  ['a Word 97-2003 .doc', () => oleFile(['WordDocument', '1Table', 'SummaryInformation']), 'plan.doc', 'unsupported_media_type'],
  ['a zip that is not a DOCX', () => zipSync({ 'notes.txt': strToU8('hello') }), 'plan.docx', 'unsupported_media_type'],
  ['unknown binary', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) & 0xff), 'plan.txt', 'unsupported_media_type'],
  ['a truncated PDF', () => planPdf.slice(0, Math.floor(planPdf.length * 0.6)), 'plan.pdf', 'corrupt_file'],
  ['a truncated DOCX', () => planDocx.slice(0, planDocx.length - 200), 'plan.docx', 'corrupt_file'],
  ['a DOCX with a damaged part', corruptDocx, 'plan.docx', 'corrupt_file'],
  ['an encrypted PDF', encryptedPdf, 'plan.pdf', 'encrypted_pdf'],
  ['a password-protected DOCX (OLE with EncryptionInfo)', () => oleFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']), 'plan.docx', 'encrypted_document'],
  ['a PDF scan with no text layer', imageOnlyPdf, 'scan.pdf', 'no_text_layer'],
  ['a DOCX with no text', () => makeDocx(wP('')), 'blank.docx', 'empty_file'],
  ['a DOCX zip bomb (declared sizes)', () => patchZipSizes(zeroBombDocx(2000), 900_000_000), 'bomb.docx', 'file_too_large'],
  ['a DOCX zip bomb (true sizes, 1000:1)', () => zeroBombDocx(30_000_000), 'bomb.docx', 'file_too_large'],
  ['a zip that lies about its sizes', () => patchZipSizes(zeroBombDocx(30_000_000), 1000), 'liar.docx', 'file_too_large'],
];

describe('bad input gets a stable error code', () => {
  it.each(CASES)('%s', async (_label, make, name, code) => {
    expect(await codeOf(make(), name)).toBe(code);
  });

  it('refuses a file over maxBytes before reading it', async () => {
    expect(await codeOf(strToU8('Section F\n\nA teaching assistant for 5 hours a week.'), 'plan.txt', { maxBytes: 20 })).toBe('file_too_large');
    expect(await codeOf(strToU8('Section F\n\nA teaching assistant for 5 hours a week.'), 'plan.txt', { maxBytes: 2000 })).toBe('ok');
  });

  it('turns a parse that runs out of time into file_too_large and terminates it', async () => {
    expect(await codeOf(planPdf, 'plan.pdf', { timeoutMs: 1 })).toBe('file_too_large');
  });

  it('refuses a zip bomb from its central directory alone, before inflating', () => {
    const bomb = patchZipSizes(zeroBombDocx(2000), 900_000_000);
    expect(() => checkDeclaredSizes(readZipDirectory(bomb))).toThrow(/refused before unpacking/);
  });

  it('sniffs from bytes, never the name', () => {
    expect(sniffMediaType(PNG)).toBeNull();
    expect(sniffMediaType(oleFile(['WordDocument']))).toBeNull();
    expect(sniffMediaType(planPdf)).toBe('application/pdf');
    expect(sniffMediaType(planDocx)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(sniffMediaType(strToU8('# Section F\n\nText'))).toBe('text/markdown');
    expect(sniffMediaType(strToU8('Section F\n\nText'))).toBe('text/plain');
  });

  it('ingests a batch where some files are bad: every good one succeeds', async () => {
    const batch: Array<[Uint8Array, string, boolean]> = [
      [planPdf, 'a.pdf', true],
      [encryptedPdf(), 'b.pdf', false],
      [planDocx, 'c.docx', true],
      [PNG, 'd.pdf', false],
      [strToU8('SECTION F: SPECIAL EDUCATIONAL PROVISION\n\n• Speech and language therapy, 30 minutes weekly.'), 'e.txt', true],
      [planPdf.slice(0, 5000), 'f.pdf', false],
      [imageOnlyPdf(), 'g.pdf', false],
    ];
    const results = await Promise.allSettled(batch.map(([bytes, name]) => ingest(bytes, { name })));
    results.forEach((r, i) => {
      expect(r.status).toBe(batch[i][2] ? 'fulfilled' : 'rejected');
      if (r.status === 'fulfilled') expect(r.value.name).toBe(batch[i][1]);
      else expect(isCheckError(r.reason)).toBe(true);
    });
    // Seven parses at once, each worker loading pdf.js cold: slow on a shared two-core machine.
  }, 120_000);
});
