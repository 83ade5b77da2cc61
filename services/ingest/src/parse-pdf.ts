// PDF through pdf.js (legacy build for Node): text items with positions, then our own layout.
import type { DocumentBuilder } from './builder.ts';
import { CheckError } from './errors.ts';
import { isGarbledText } from './garbled.ts';
import { pageGraphics, type PageGraphics } from './pdf-graphics.ts';
import { layoutPages } from './pdf-layout.ts';
import { newspaperColumns } from './pdf-columns.ts';
import { buildLines, dropRunningLines, markWrapSpaces, type Item, type PageLines } from './pdf-lines.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;

/**
 * Loads pdf.js (once per thread). Its legacy build brings core-js, which replaces Array.prototype.push
 * and JSON.parse for the whole thread with JavaScript versions (for edge cases of arrays over 2^32
 * elements and JSON.parse's source-text proposal, which nothing here uses); every push in pdf.js and
 * in our layout then costs a function call: the native ones are put back (a quarter of a warm page's CPU).
 *
 * Two costs of its loading that buy nothing here, where no page is rendered: pdf.js's Node build
 * requires @napi-rs/canvas (for DOMMatrix, Path2D and ImageData), which at load scans every system
 * font into Skia unless DISABLE_SYSTEM_FONTS_LOAD is set (about 150 ms of CPU, more the more fonts a
 * machine has); and core-js formats one Error's stack to learn the engine's stack format, which
 * numbers the lines of the whole 3 MB script pdf.js is bundled in (no frames, no line numbers).
 * Both are put back as they were once pdf.js has loaded.
 */
export function loadPdfJs(): Promise<PdfJs> {
  if (pdfjsPromise) return pdfjsPromise;
  const { push } = Array.prototype;
  const { parse } = JSON;
  const { stackTraceLimit } = Error;
  const fontsLoad = process.env.DISABLE_SYSTEM_FONTS_LOAD;
  process.env.DISABLE_SYSTEM_FONTS_LOAD = '1';
  Error.stackTraceLimit = 0;
  // The worker half too (pdf.js runs it in this thread under Node, found as globalThis.pdfjsWorker):
  // loaded on the first document it would bring core-js again.
  // @ts-expect-error the worker half ships without type declarations
  const workerHalf: Promise<unknown> = import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  pdfjsPromise = Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), workerHalf])
    .then(([pdfjs]) => pdfjs)
    .finally(() => {
      Array.prototype.push = push;
      JSON.parse = parse;
      Error.stackTraceLimit = stackTraceLimit;
      if (fontsLoad === undefined) delete process.env.DISABLE_SYSTEM_FONTS_LOAD;
      else process.env.DISABLE_SYSTEM_FONTS_LOAD = fontsLoad;
    });
  return pdfjsPromise;
}

/** Reads every page's positioned text. Throws CheckError for encrypted, damaged or image-only PDFs. */
export async function extractPdfPages(bytes: Uint8Array): Promise<PageLines[]> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy. maxImageSize 1
  // drops images from the operator list (it is read for rules, bullets and fonts only), so a
  // scanned page with a text layer costs no image decoding.
  const task = pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, maxImageSize: 1 });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = (err as { name?: string })?.name;
    if (name === 'PasswordException') throw new CheckError('encrypted_pdf', 'This PDF is password-protected; remove the password and try again.', { cause: err });
    throw new CheckError('corrupt_file', 'The PDF is damaged and cannot be read.', { cause: err });
  }
  try {
    const pages: PageLines[] = [];
    // Bold by the font's PostScript name, learnt from the fonts the operator list loads.
    const bold = new Map<string, boolean>();
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      // Graphics only refine the layout: a page whose drawing cannot be read keeps its text.
      let graphics: PageGraphics = { hRules: [], vRules: [], dots: [] };
      try {
        const ops = await page.getOperatorList();
        graphics = pageGraphics(ops.fnArray, ops.argsArray, pdfjs.OPS, viewport.transform as [number, number, number, number, number, number]);
      } catch {
        // keep the empty graphics
      }
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const point = [it.transform[4], it.transform[5]];
        pdfjs.Util.applyTransform(point, viewport.transform);
        const [x, y] = point;
        const size = Math.hypot(it.transform[2], it.transform[3]) * viewport.scale;
        if (!bold.has(it.fontName)) bold.set(it.fontName, isBoldFont(page.commonObjs, it.fontName));
        items.push({ str: it.str, x, y, w: it.width * viewport.scale, size: size || it.height, font: it.fontName, bold: bold.get(it.fontName)! });
      }
      // A page set in two newspaper columns is read column by column.
      const laid = newspaperColumns(items, graphics, viewport.height);
      pages.push({ page: n, width: viewport.width, height: laid.height, lines: buildLines(n, laid.items, laid.graphics), graphics: laid.graphics });
      page.cleanup();
    }
    markWrapSpaces(pages);
    return pages;
  } catch (err) {
    if (err instanceof CheckError) throw err;
    throw new CheckError('corrupt_file', 'The PDF is damaged and cannot be read.', { cause: err });
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

const BOLD_NAME = /bold|black|heavy|semibold|demibold|extrabold|ultrabold|[,-](B|SB|Bd|Blk)$/i;

function isBoldFont(objs: { has(id: string): boolean; get(id: string): unknown }, id: string): boolean {
  try {
    if (!objs.has(id)) return false;
    const f = objs.get(id) as { name?: string; bold?: boolean; black?: boolean } | null;
    if (!f) return false;
    return f.bold === true || f.black === true || BOLD_NAME.test((f.name ?? '').replace(/^[A-Z]{6}\+/, ''));
  } catch {
    return false;
  }
}

export async function parsePdf(bytes: Uint8Array, builder: DocumentBuilder): Promise<{ pages: number; unreadablePages: number[] }> {
  const pages = await extractPdfPages(bytes);
  if (pages.length === 0) throw new CheckError('corrupt_file', 'The PDF has no pages.');
  if (pages.every((p) => p.lines.length === 0)) {
    throw new CheckError('no_text_layer', 'This PDF has no text to read (a scan?); text recognition (OCR) is not built in.');
  }
  // A garbled page (a font without its proper encoding) is left out: it would only be judged as nonsense.
  const unreadablePages = pages.filter((p) => p.lines.length > 0 && isGarbledText(p.lines.map((l) => l.text).join(' '))).map((p) => p.page);
  if (unreadablePages.length === pages.filter((p) => p.lines.length > 0).length) {
    throw new CheckError('unreadable_text', 'The text in this PDF is garbled on every page (a font saved without its proper encoding), so it cannot be checked. Save it again as PDF from the original document, or upload the Word version.');
  }
  for (const p of pages) if (unreadablePages.includes(p.page)) p.lines = [];
  dropRunningLines(pages);
  layoutPages(pages, builder);
  return { pages: pages.length, unreadablePages };
}
