// Hostile but valid PDFs for bench/hostile.mjs: files within the upload limit that a reader must
// still work hard on. Each is a correct PDF (xref, compressed content streams); none is a plan.
import { deflateSync } from 'node:zlib';

/** A PDF from its page content streams (each compressed) and extra resources (objects by name). */
function pdf(pages, { fontObject = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>', extra = [] } = {}) {
  // Objects: 1 catalog, 2 pages, 3 font, then extra, then per page: page and contents.
  const objs = [];
  const add = (o) => objs.push(o) && objs.length;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(null); // pages, filled below
  add(fontObject);
  for (const e of extra) add(e);
  const kids = [];
  for (const content of pages) {
    const z = deflateSync(Buffer.from(content, 'latin1'));
    const c = add(Buffer.concat([Buffer.from(`<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), z, Buffer.from('\nendstream', 'latin1')]));
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${c} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`));
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const parts = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let at = parts[0].length;
  const offsets = [];
  objs.forEach((o, i) => {
    offsets.push(at);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(o) ? o : Buffer.from(o, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(b);
    at += b.length;
  });
  const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

const words = ['provision', 'support', 'therapy', 'weekly', 'teacher', 'session', 'review', 'outcome'];

/** Pages of vector drawing: tens of thousands of path operators each (table rules as far as a reader knows). */
export function denseOperators(pages = 300, opsPerPage = 20_000) {
  const out = [];
  for (let p = 0; p < pages; p++) {
    let s = `BT /F1 11 Tf 50 800 Td (Page ${p + 1} of a drawing) Tj ET\n0.2 w\n`;
    for (let i = 0; i < opsPerPage; i++) {
      const x = (i * 37) % 500, y = (i * 53) % 780;
      s += `${x + 40} ${y + 30} m ${x + 45} ${y + 31} l S\n`;
    }
    out.push(s);
  }
  return pdf(out);
}

/** Pages of many tiny text runs: each a separate positioned show, so millions of text items in all. */
export function denseText(pages = 200, runsPerPage = 12_000) {
  const out = [];
  for (let p = 0; p < pages; p++) {
    let s = 'BT /F1 4 Tf\n';
    for (let i = 0; i < runsPerPage; i++) s += `1 0 0 1 ${40 + ((i * 29) % 520)} ${30 + ((i * 7) % 780)} Tm (${words[i % words.length]}) Tj\n`;
    out.push(`${s}ET\n`);
  }
  return pdf(out);
}

/** A Type 3 font whose every glyph is a long drawing, used on every page: huge fonts to load and run. */
export function hugeFont(pages = 60, opsPerGlyph = 4_000) {
  const glyphs = 64;
  const procs = [];
  const extra = [];
  for (let g = 0; g < glyphs; g++) {
    let s = '1000 0 0 0 1000 1000 d1\n';
    for (let i = 0; i < opsPerGlyph; i++) s += `${(i * 13) % 1000} ${(i * 31) % 1000} m ${(i * 17) % 1000} ${(i * 7) % 1000} l S\n`;
    const z = deflateSync(Buffer.from(s, 'latin1'));
    extra.push(Buffer.concat([Buffer.from(`<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), z, Buffer.from('\nendstream', 'latin1')]));
    procs.push(`/g${g} ${4 + g} 0 R`);
  }
  const names = Array.from({ length: glyphs }, (_, g) => `/g${g}`).join(' ');
  const font = `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << ${procs.join(' ')} >> /Encoding << /Type /Encoding /Differences [32 ${names}] >> /FirstChar 32 /LastChar ${31 + glyphs} /Widths [${Array(glyphs).fill(600).join(' ')}] /Resources << >> >>`;
  const line = Array.from({ length: glyphs }, (_, g) => String.fromCharCode(32 + g)).join('').replace(/[\\()]/g, (c) => `\\${c}`);
  const out = [];
  for (let p = 0; p < pages; p++) {
    let s = 'BT /F1 10 Tf 12 TL 40 800 Td\n';
    for (let l = 0; l < 60; l++) s += `(${line}) Tj T*\n`;
    out.push(`${s}ET\n`);
  }
  return pdf(out, { fontObject: font, extra });
}
