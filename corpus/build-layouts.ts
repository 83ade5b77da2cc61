// Regenerates the layout plans (p43+): the national template filled by a node script (DOCX), its
// LibreOffice PDF and LibreOffice text export; flattened-text LA styles (text, then LibreOffice's
// DOCX and PDF of that text, or the docx library's and Chromium's where a plan says so); and the garbled-text PDFs made from them. Needs LibreOffice (soffice);
// CI uses the committed output.
//   npx tsx corpus/build-layouts.ts [--only p43,p44]
import { execFileSync } from 'node:child_process';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync, readFileSync, copyFileSync, rmSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlanGold } from './gold-schema.ts';
import { fillTemplate, pastedText, wordSavedText } from './src/national/fill.ts';
import { unzipSync, strFromU8 } from 'fflate';
import { nationalGold } from './src/national/spec.ts';
import { NATIONAL_PLANS, NATIONAL_HOLDOUT } from './src/plans/national.ts';
import { FLATTENED_PLANS, FLATTENED_HOLDOUT } from './src/plans/flattened.ts';
import { flattenedGold, flattenedHtml, flattenedText } from './src/flattened.ts';
import { GARBLED_PLANS, garbledGold } from './src/plans/garbled.ts';
import { FLATTENED_HOLDOUT_6, DOCFORM_HOLDOUT, NATIONAL_HOLDOUT_6 } from './src/plans/set6.ts';
import { docFormDocx, docFormGold, hasTrackedChanges } from './src/docform.ts';
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

/** A flattened plan's DOCX (one paragraph per line, as LibreOffice imports text) and Chromium's PDF of it. */
async function flattenedByScript(plans: { id: string; lines: string[] }[]) {
  for (const { id, lines } of plans) {
    const doc = new Document({ styles: { default: { document: { run: { font: 'Liberation Sans', size: 24 } } } }, sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
    writeFileSync(join(planDir(id), 'plan.docx'), await Packer.toBuffer(doc));
  }
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  try {
    for (const { id, lines } of plans) {
      const page = await browser.newPage();
      await page.setContent(`<html><body style="font-family: 'Liberation Sans', Arial, sans-serif; font-size: 12pt">${lines.map((l) => `<p style="margin: 0 0 4pt">${esc(l) || '&nbsp;'}</p>`).join('')}</body></html>`, { waitUntil: 'load' });
      await page.pdf({ path: join(planDir(id), 'plan.pdf'), format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'corpus-layouts-'));
  try {
    // National template: our DOCX, LibreOffice's PDF and text of it.
    const national = [...NATIONAL_PLANS, ...NATIONAL_HOLDOUT, ...NATIONAL_HOLDOUT_6].filter((s) => want(s.id));
    for (const s of national) {
      writeFileSync(join(work, `${s.id}.docx`), fillTemplate(s));
      copyFileSync(join(work, `${s.id}.docx`), join(planDir(s.id), 'plan.docx'));
      writeGold(s.id, nationalGold(s));
    }
    soffice(work, 'pdf', national.map((s) => join(work, `${s.id}.docx`)));
    soffice(work, 'txt:Text (encoded):UTF8', national.map((s) => join(work, `${s.id}.docx`)));
    for (const s of national) {
      copyFileSync(must(join(work, `${s.id}.pdf`)), join(planDir(s.id), 'plan.pdf'));
      const xml = () => strFromU8(unzipSync(new Uint8Array(readFileSync(join(work, `${s.id}.docx`))))['word/document.xml']);
      const pasted = () => pastedText(xml());
      if (s.txt === 'paste') writeFileSync(join(planDir(s.id), 'plan.txt'), pasted());
      else copyFileSync(must(join(work, `${s.id}.txt`)), join(planDir(s.id), 'plan.txt'));
      if (s.txt === 'both') {
        writeFileSync(join(planDir(s.id), 'plan.paste.txt'), pasted());
        writeFileSync(join(planDir(s.id), 'plan.word.txt'), wordSavedText(xml()));
      }
    }

    // Flattened text: the text is the original; LibreOffice opens it and saves DOCX, then PDF. Plans
    // made by script instead: one DOCX paragraph per line, and Chromium's PDF of the lines.
    const flattened = [...FLATTENED_PLANS, ...FLATTENED_HOLDOUT, ...FLATTENED_HOLDOUT_6].filter((s) => want(s.id));
    for (const s of flattened) {
      writeFileSync(join(planDir(s.id), 'plan.txt'), flattenedText(s));
      writeFileSync(join(work, `${s.id}.txt`), flattenedText(s));
      writeGold(s.id, flattenedGold(s));
    }
    const byOffice = flattened.filter((s) => (s.producers?.docx ?? 'soffice') === 'soffice');
    // With page furniture: LibreOffice reads an HTML copy whose header and footer become the DOCX's own.
    const fromText = byOffice.filter((s) => !s.furniture);
    const fromHtml = byOffice.filter((s) => s.furniture);
    for (const s of fromHtml) writeFileSync(join(work, `${s.id}.html`), flattenedHtml(s));
    soffice(work, 'docx:MS Word 2007 XML', fromText.map((s) => join(work, `${s.id}.txt`)), 'Text (encoded):UTF8,LF,Liberation Sans,en-GB');
    soffice(work, 'docx:MS Word 2007 XML', fromHtml.map((s) => join(work, `${s.id}.html`)));
    soffice(work, 'pdf', byOffice.map((s) => join(work, `${s.id}.docx`)));
    for (const s of byOffice) {
      copyFileSync(must(join(work, `${s.id}.docx`)), join(planDir(s.id), 'plan.docx'));
      copyFileSync(must(join(work, `${s.id}.pdf`)), join(planDir(s.id), 'plan.pdf'));
    }
    const byScript = flattened.filter((s) => !byOffice.includes(s));
    if (byScript.length) await flattenedByScript(byScript.map((s) => ({ id: s.id, lines: flattenedText(s).replace(/\n$/, '').split('\n') })));

    // Word documents by script (p88+): the docx library's DOCX, LibreOffice's PDF of it, and as text
    // LibreOffice's export of the DOCX or poppler's pdftotext -raw of the PDF (a PDF reader's copy, in the order the text was drawn: column by column).
    const docForms = DOCFORM_HOLDOUT.filter((s) => want(s.id));
    for (const s of docForms) {
      writeFileSync(join(work, `${s.id}.docx`), await docFormDocx(s));
      copyFileSync(join(work, `${s.id}.docx`), join(planDir(s.id), 'plan.docx'));
      // Tracked changes left in the DOCX (p117): its PDF and text are of the plan as accepted.
      if (hasTrackedChanges(s)) writeFileSync(join(work, `${s.id}.docx`), await docFormDocx(s, { accepted: true }));
      writeGold(s.id, docFormGold(s));
    }
    soffice(work, 'pdf', docForms.map((s) => join(work, `${s.id}.docx`)));
    soffice(work, 'txt:Text (encoded):UTF8', docForms.filter((s) => s.txt === 'soffice').map((s) => join(work, `${s.id}.docx`)));
    for (const s of docForms) {
      copyFileSync(must(join(work, `${s.id}.pdf`)), join(planDir(s.id), 'plan.pdf'));
      if (s.txt === 'soffice') copyFileSync(must(join(work, `${s.id}.txt`)), join(planDir(s.id), 'plan.txt'));
      else execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(work, `${s.id}.pdf`), join(planDir(s.id), 'plan.txt')]);
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
