// Builds the bad and edge-case inputs the tests feed to ingest, from scratch, so that CI needs no tools.
import { deflateSync, strToU8, zipSync } from 'fflate';

/** A PDF from object bodies (object 1 must be the catalog), with a correct xref table. */
export function makePdf(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const stream = (content: string, dict = '') => `<< /Length ${Buffer.byteLength(content, 'latin1')} ${dict} >>\nstream\n${content}\nendstream`;

/**
 * One page of Helvetica text, one line per entry: [x, y, size, text]. With `portions`, each entry is
 * a text object of its own in a saved graphics state, as LibreOffice writes each run of a line.
 */
export function textPdf(lines: Array<[number, number, number, string]>, pages = 1, portions = false): Uint8Array {
  const show = ([x, y, s, t]: [number, number, number, string]) => `/F1 ${s} Tf 1 0 0 1 ${x} ${y} Tm (${t.replace(/[()\\]/g, '\\$&')}) Tj`;
  const content = portions ? lines.map((l) => `q BT ${show(l)} ET Q`).join(' ') : `BT ${lines.map(show).join(' ')} ET`;
  const kids = Array.from({ length: pages }, (_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  for (let i = 0; i < pages; i++) {
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objs.push(stream(content));
  }
  return makePdf(objs);
}

/** Pages of Helvetica text, each its own lines ([x, y, size, text]), as textPdf draws one page. */
export function textPagesPdf(pages: Array<Array<[number, number, number, string]>>): Uint8Array {
  const show = ([x, y, s, t]: [number, number, number, string]) => `/F1 ${s} Tf 1 0 0 1 ${x} ${y} Tm (${t.replace(/[()\\]/g, '\\$&')}) Tj`;
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  pages.forEach((lines, i) => {
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    objs.push(stream(`BT ${lines.map(show).join(' ')} ET`));
  });
  return makePdf(objs);
}

/**
 * One page of Helvetica text ([x, y, size, text]) in a table ruled with thin filled rectangles
 * between the given column walls (x) and row rules (y), as a word processor's PDF draws it.
 */
export function ruledTablePdf(lines: Array<[number, number, number, string]>, walls: number[], rules: number[]): Uint8Array {
  const [top, bottom] = [Math.max(...rules), Math.min(...rules)];
  const [left, right] = [Math.min(...walls), Math.max(...walls)];
  const rects = [...walls.map((x) => `${x} ${bottom} 0.5 ${top - bottom} re f`), ...rules.map((y) => `${left} ${y} ${right - left} 0.5 re f`)].join(' ');
  const text = `BT ${lines.map(([x, y, sz, t]) => `/F1 ${sz} Tf 1 0 0 1 ${x} ${y} Tm (${t.replace(/[()\\]/g, '\\$&')}) Tj`).join(' ')} ET`;
  return makePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    stream(`${rects} ${text}`),
  ]);
}

/**
 * As ruledTablePdf, with row rules that may stop short ([y, x0, x1]): a cell merged down over two
 * rows has no rule across its column between them.
 */
export function gridPdf(lines: Array<[number, number, number, string]>, walls: number[], rules: Array<[number, number, number]>): Uint8Array {
  const [top, bottom] = [Math.max(...rules.map((r) => r[0])), Math.min(...rules.map((r) => r[0]))];
  const rects = [...walls.map((x) => `${x} ${bottom} 0.5 ${top - bottom} re f`), ...rules.map(([y, x0, x1]) => `${x0} ${y} ${x1 - x0} 0.5 re f`)].join(' ');
  const text = `BT ${lines.map(([x, y, sz, t]) => `/F1 ${sz} Tf 1 0 0 1 ${x} ${y} Tm (${t.replace(/[()\\]/g, '\\$&')}) Tj`).join(' ')} ET`;
  return makePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
    stream(`${rects} ${text}`),
  ]);
}

// Helvetica's advance widths (per 1000 units of the font size), for the characters the tests use.
const HELVETICA: Record<string, number> = { ' ': 278, a: 556, b: 556, c: 500, d: 556, e: 556, f: 278, g: 556, h: 556, i: 222, j: 222, k: 500, l: 222, m: 833, n: 556, o: 556, p: 556, q: 556, r: 333, s: 500, t: 278, u: 556, v: 500, w: 722, x: 500, y: 500, z: 500, A: 667, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 500, K: 667, L: 556, M: 833, N: 722, O: 778, P: 667, R: 722, S: 667, T: 611, W: 944, Y: 667, Z: 611, '.': 278, ',': 278, ':': 278, '-': 333 };
export const helveticaWidth = (s: string, size: number) => ([...s].reduce((a, c) => a + (HELVETICA[c] ?? 556), 0) * size) / 1000;

/** Lines of `text` wrapped as a word processor does: each takes the words that fit in `max` points. */
export function wrapHelvetica(text: string, size: number, max: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    const next = cur ? `${cur} ${w}` : w;
    if (cur && helveticaWidth(next, size) > max) {
      out.push(cur);
      cur = w;
    } else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}

/** A page that only draws an image: what a scan without OCR looks like. */
export function imageOnlyPdf(): Uint8Array {
  const pixels = '\u0000\u00ff\u00ff\u0000';
  return makePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('q 500 0 0 700 56 46 cm /Im1 Do Q'),
    stream(pixels, '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8'),
  ]);
}

/** Standard security handler, RC4 40-bit, with a user password the empty string does not open. */
export function encryptedPdf(): Uint8Array {
  const hex32 = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  return makePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
      stream('garbled-ciphertext'),
      `<< /Filter /Standard /V 1 /R 2 /O <${hex32(11)}> /U <${hex32(91)}> /P -44 >>`,
    ],
    '/Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]',
  );
}

/** An OLE compound file whose directory lists these stream names (enough for sniffing). */
export function oleFile(streams: string[]): Uint8Array {
  const sector = 512;
  const bytes = new Uint8Array(sector * 3);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const dv = new DataView(bytes.buffer);
  dv.setUint16(0x18, 0x003e, true); // minor version
  dv.setUint16(0x1a, 0x0003, true); // major version 3
  dv.setUint16(0x1c, 0xfffe, true); // little-endian
  dv.setUint16(0x1e, 9, true); // 512-byte sectors
  dv.setUint32(0x30, 0, true); // directory starts at sector 0
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = sector + i * 128;
    for (let k = 0; k < name.length; k++) dv.setUint16(at + k * 2, name.charCodeAt(k), true);
    dv.setUint16(at + 0x40, (name.length + 1) * 2, true);
    bytes[at + 0x42] = i === 0 ? 5 : 2;
  });
  return bytes;
}

/** Sets the uncompressed size of every entry in both the local headers and the central directory. */
export function patchZipSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const dv = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = dv.getUint32(i, true);
    if (sig === 0x04034b50) dv.setUint32(i + 22, size, true);
    else if (sig === 0x02014b50) dv.setUint32(i + 24, size, true);
  }
  return out;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, fmt: 'bullet' | 'decimal') => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${fmt === 'bullet' ? '•' : `%${ilvl + 1}.`}"/></w:lvl>`;
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'bullet')}${lvl(1, 'bullet')}${lvl(2, 'bullet')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${lvl(0, 'decimal')}${lvl(1, 'decimal')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`;

const escXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const wP = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escXml(text)}</w:t></w:r></w:p>`;
export const wLi = (text: string, numId: 1 | 2, ilvl: number) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${escXml(text)}</w:t></w:r></w:p>`;
/** A table cell: text paragraphs, optional gridSpan / vMerge ("restart" or "continue"). */
export const wTc = (paras: string[], opts: { span?: number; vMerge?: 'restart' | 'continue' } = {}) =>
  `<w:tc><w:tcPr>${opts.span ? `<w:gridSpan w:val="${opts.span}"/>` : ''}${opts.vMerge ? `<w:vMerge${opts.vMerge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}</w:tcPr>${(paras.length ? paras : ['']).map((p) => wP(p)).join('')}</w:tc>`;
export const wTbl = (rows: string[][]) => `<w:tbl><w:tblGrid/>${rows.map((r) => `<w:tr>${r.join('')}</w:tr>`).join('')}</w:tbl>`;

/** A DOCX from body XML (paragraphs and tables built with the helpers above). */
export function makeDocx(bodyXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(RELS),
    'word/_rels/document.xml.rels': strToU8(DOC_RELS),
    'word/document.xml': strToU8(document),
    'word/numbering.xml': strToU8(NUMBERING),
    'word/styles.xml': strToU8(STYLES),
    ...extra,
  });
}

/** A DOCX-looking zip whose one big part is `size` bytes of zeros (compresses about 1000:1). */
export function zeroBombDocx(size: number): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': new Uint8Array(size) }, { level: 9 });
}

export { deflateSync, zipSync, strToU8 };
