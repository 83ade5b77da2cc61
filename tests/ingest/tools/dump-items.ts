// Diagnostic: npx tsx tests/ingest/tools/dump-items.ts file.pdf [page]
// Prints pdf.js text items (x, y, width, size, font) and the lines ingest builds from them.
import { readFileSync } from 'node:fs';
import { extractPdfPages } from '../../../services/ingest/src/parse-pdf.ts';

const [file, pageArg] = process.argv.slice(2);
const pages = await extractPdfPages(new Uint8Array(readFileSync(file)));
for (const p of pages) {
  if (pageArg && p.page !== Number(pageArg)) continue;
  console.log(`--- page ${p.page} ${p.width.toFixed(0)}x${p.height.toFixed(0)}`);
  for (const l of p.lines) {
    const segs = l.segments.map((s) => `[${s.x0.toFixed(1)}-${s.x1.toFixed(1)}] ${s.text}`).join('  ');
    console.log(`y${l.y.toFixed(1)} s${l.size.toFixed(1)}${l.bold ? ' B' : ''}${l.marker ? ` M(${l.marker})@${l.textX0.toFixed(1)}` : ''} ${segs}`);
  }
}
