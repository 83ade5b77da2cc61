// Regenerates the layout plans (p43+): the national template filled by a node script (DOCX), its
// LibreOffice PDF and LibreOffice text export; flattened-text LA styles (text, then LibreOffice's
// DOCX and PDF of that text); and the garbled-text PDFs made from them. Needs LibreOffice (soffice);
// CI uses the committed output.
//   npx tsx corpus/build-layouts.ts [--only p43,p44]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, copyFileSync, rmSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlanGold } from './gold-schema.ts';
import { fillTemplate, pastedText } from './src/national/fill.ts';
import { unzipSync, strFromU8 } from 'fflate';
import { nationalGold } from './src/national/spec.ts';
import { NATIONAL_PLANS, NATIONAL_HOLDOUT } from './src/plans/national.ts';
import { FLATTENED_PLANS, FLATTENED_HOLDOUT } from './src/plans/flattened.ts';
import { flattenedGold, flattenedText } from './src/flattened.ts';
import { GARBLED_PLANS, garbledGold } from './src/plans/garbled.ts';
import { garblePdf } from './src/garble.ts';
import { pdfPageTexts } from './src/pdf-pages.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const want = (id: string) => !only || only.has(id);

function soffice(outDir: string, convertTo: string, files: string[], infilter?: string) {
  if (files.length === 0) return;
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', convertTo, '--outdir', outDir, ...files], { stdio: 'ignore', timeout: 300_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const planDir = (id: string) => {
  const d = join(here, 'plans', id);
  mkdirSync(d, { recursive: true });
  return d;
};
const writeGold = (id: string, gold: unknown) => writeFileSync(join(planDir(id), 'gold.json'), JSON.stringify(PlanGold.parse(gold), null, 2) + '\n');

function must(f: string): string {
  if (!existsSync(f)) throw new Error(`LibreOffice did not produce ${f}`);
  return f;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'corpus-layouts-'));
  try {
    // National template: our DOCX, LibreOffice's PDF and text of it.
    const national = [...NATIONAL_PLANS, ...NATIONAL_HOLDOUT].filter((s) => want(s.id));
    for (const s of national) {
      writeFileSync(join(work, `${s.id}.docx`), fillTemplate(s));
      copyFileSync(join(work, `${s.id}.docx`), join(planDir(s.id), 'plan.docx'));
      writeGold(s.id, nationalGold(s));
    }
    soffice(work, 'pdf', national.map((s) => join(work, `${s.id}.docx`)));
    soffice(work, 'txt:Text (encoded):UTF8', national.map((s) => join(work, `${s.id}.docx`)));
    for (const s of national) {
      copyFileSync(must(join(work, `${s.id}.pdf`)), join(planDir(s.id), 'plan.pdf'));
      if (s.txt === 'paste') {
        const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(work, `${s.id}.docx`))))['word/document.xml']);
        writeFileSync(join(planDir(s.id), 'plan.txt'), pastedText(xml));
      } else copyFileSync(must(join(work, `${s.id}.txt`)), join(planDir(s.id), 'plan.txt'));
    }

    // Flattened text: the text is the original; LibreOffice opens it and saves DOCX, then PDF.
    const flattened = [...FLATTENED_PLANS, ...FLATTENED_HOLDOUT].filter((s) => want(s.id));
    for (const s of flattened) {
      writeFileSync(join(planDir(s.id), 'plan.txt'), flattenedText(s));
      writeFileSync(join(work, `${s.id}.txt`), flattenedText(s));
      writeGold(s.id, flattenedGold(s));
    }
    soffice(work, 'docx:MS Word 2007 XML', flattened.map((s) => join(work, `${s.id}.txt`)), 'Text (encoded):UTF8,LF,Liberation Sans,en-GB');
    soffice(work, 'pdf', flattened.map((s) => join(work, `${s.id}.docx`)));
    for (const s of flattened) {
      copyFileSync(must(join(work, `${s.id}.docx`)), join(planDir(s.id), 'plan.docx'));
      copyFileSync(must(join(work, `${s.id}.pdf`)), join(planDir(s.id), 'plan.pdf'));
    }

    // Garbled text layers: a committed PDF of another plan, its ToUnicode maps broken on some or all pages.
    for (const g of GARBLED_PLANS.filter((x) => want(x.id))) {
      const source = readFileSync(join(here, 'plans', g.from, 'plan.pdf'));
      writeFileSync(join(planDir(g.id), 'plan.pdf'), garblePdf(new Uint8Array(source), g.pages));
      // Which gold statements stay readable: those whose text is on a page left intact.
      const pageTexts = await pdfPageTexts(new Uint8Array(source));
      writeGold(g.id, garbledGold(g, JSON.parse(readFileSync(join(here, 'plans', g.from, 'gold.json'), 'utf8')), pageTexts));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.error('wrote the layout plans');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
