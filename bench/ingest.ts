// npm run bench:ingest — PDF extraction speed and memory: our pdf.js pipeline against poppler's
// `pdftotext -layout` on the same files in the same run. Generates 10, 40 and 100 page plans with
// headless Chromium into a temp dir (falls back to the committed fixtures if Chromium is missing).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentBuilder } from '../services/ingest/src/builder.ts';
import { layoutPages } from '../services/ingest/src/pdf-layout.ts';
import { dropRunningLines } from '../services/ingest/src/pdf-lines.ts';
import { extractPdfPages } from '../services/ingest/src/parse-pdf.ts';

const FIXTURES = join(import.meta.dirname, '../tests/fixtures/ingest');
const RUNS = 3;

function hasCommand(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

async function generate(dir: string): Promise<string[]> {
  if (!existsSync('/usr/bin/chromium')) return [join(FIXTURES, 'plan-chromium.pdf'), join(FIXTURES, 'plan-libreoffice.pdf')];
  const files: string[] = [];
  for (const pages of [10, 40, 100]) {
    const out = join(dir, `plan-${pages}.pdf`);
    execFileSync('npx', ['tsx', join(FIXTURES, 'build.ts'), '--pages', String(pages), '--out', out], { stdio: 'ignore' });
    files.push(out);
  }
  return [join(FIXTURES, 'plan-libreoffice.pdf'), ...files];
}

/** One pdf.js pass over every page: text content only, or operator list only (images dropped, as ingest does). */
async function pdfjsAlone(bytes: Uint8Array, what: 'text' | 'oplist'): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const t0 = process.hrtime.bigint();
  const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, maxImageSize: 1 }).promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    if (what === 'text') await page.getTextContent();
    else await page.getOperatorList();
    page.cleanup();
  }
  await doc.destroy();
  return ms(t0);
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const mb = (n: number) => (n / 1024 / 1024).toFixed(0);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ehcp-bench-'));
  try {
    const files = await generate(dir);
    const poppler = hasCommand('pdftotext');
    if (!poppler) console.log('pdftotext not found: printing pdf.js figures alone.');
    // Warm up pdf.js and the JIT so that the first file is not charged for it.
    await extractPdfPages(new Uint8Array(readFileSync(files[0])));
    console.log(`best of ${RUNS} runs per file; "extract" = pdf.js text items + operator list (fonts, rules, drawn bullets) + lines, "layout" = tables/paragraphs/lists;`);
    console.log('"text" and "oplist" = pdf.js getTextContent alone and getOperatorList alone over all pages (where extract time goes)');
    console.log(['file', 'pages', 'kB', 'extract ms', 'layout ms', 'total ms', 'text ms', 'oplist ms', 'pdftotext ms', 'ratio', 'rss MB', 'heap MB'].join('\t'));
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      let best = { extract: Infinity, layout: Infinity, total: Infinity };
      let pages = 0;
      for (let r = 0; r < RUNS; r++) {
        const t0 = process.hrtime.bigint();
        const pl = await extractPdfPages(bytes);
        const extract = ms(t0);
        const t1 = process.hrtime.bigint();
        dropRunningLines(pl);
        layoutPages(pl, new DocumentBuilder());
        const layout = ms(t1);
        pages = pl.length;
        if (extract + layout < best.total) best = { extract, layout, total: extract + layout };
      }
      const parts = { text: Infinity, oplist: Infinity };
      for (let r = 0; r < RUNS; r++) for (const k of ['text', 'oplist'] as const) parts[k] = Math.min(parts[k], await pdfjsAlone(bytes, k));
      let popplerMs = NaN;
      if (poppler) {
        for (let r = 0; r < RUNS; r++) {
          const t0 = process.hrtime.bigint();
          execFileSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
          popplerMs = Math.min(Number.isNaN(popplerMs) ? Infinity : popplerMs, ms(t0));
        }
      }
      const mem = process.memoryUsage();
      console.log([file.split('/').pop(), pages, (bytes.length / 1024).toFixed(0), best.extract.toFixed(0), best.layout.toFixed(0), best.total.toFixed(0), parts.text.toFixed(0), parts.oplist.toFixed(0), poppler ? popplerMs.toFixed(0) : '-', poppler ? (best.total / popplerMs).toFixed(2) : '-', mb(mem.rss), mb(mem.heapUsed)].join('\t'));
    }
    console.log(`peak RSS of this process: ${mb(process.resourceUsage().maxRSS * 1024)} MB (pdftotext runs as a separate process and is not included)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
