// Regenerates the corpus: for each plan description, plan.txt, plan.docx, plan.pdf and gold.json;
// and the single-statement sets. Needs LibreOffice (soffice) and Chromium; CI uses the committed output.
//   npx tsx corpus/build.ts [--only p01,p02] [--no-binary]
// Held-out plans (HOLDOUT_PLANS) and statement sets are built alongside but scored apart (accuracy --holdout).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, copyFileSync, rmSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PlanGold, ProvisionLine, OutcomeLine } from './gold-schema.ts';
import { ALL_PLANS, HOLDOUT_PLANS } from './src/plans/index.ts';
import { toGold, toHtml, toText, chromiumHeader, CHROMIUM_FOOTER } from './src/render.ts';
import { PROVISION_LINES } from './src/statements/provisions.ts';
import { OUTCOME_LINES } from './src/statements/outcomes.ts';
import { HOLDOUT_PROVISION_LINES } from './src/statements/holdout-provisions.ts';
import { HOLDOUT_OUTCOME_LINES } from './src/statements/holdout-outcomes.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const binary = !args.includes('--no-binary');
const plans = [...ALL_PLANS, ...HOLDOUT_PLANS].filter((s) => !only || only.has(s.id));

function soffice(outDir: string, convertTo: string, files: string[]) {
  if (files.length === 0) return;
  // A private profile so a concurrent LibreOffice (another helper's) cannot lock ours.
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', convertTo, '--outdir', outDir, ...files], { stdio: 'ignore', timeout: 300_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const ids = new Set<string>();
  for (const spec of plans) {
    if (ids.has(spec.id)) throw new Error(`duplicate plan id ${spec.id}`);
    ids.add(spec.id);
    const dir = join(here, 'plans', spec.id);
    mkdirSync(dir, { recursive: true });
    const gold = PlanGold.parse(toGold(spec));
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold, null, 2) + '\n');
    writeFileSync(join(dir, 'plan.txt'), toText(spec));
    writeFileSync(join(dir, 'source.html'), toHtml(spec, 'docx'));
  }
  const provisions = PROVISION_LINES.map((l) => ProvisionLine.parse(l));
  const outcomes = OUTCOME_LINES.map((l) => OutcomeLine.parse(l));
  writeFileSync(join(here, 'statements', 'provisions.jsonl'), provisions.map((l) => JSON.stringify(l)).join('\n') + '\n');
  writeFileSync(join(here, 'statements', 'outcomes.jsonl'), outcomes.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const holdoutProvisions = HOLDOUT_PROVISION_LINES.map((l) => ProvisionLine.parse(l));
  const holdoutOutcomes = HOLDOUT_OUTCOME_LINES.map((l) => OutcomeLine.parse(l));
  writeFileSync(join(here, 'statements', 'holdout-provisions.jsonl'), holdoutProvisions.map((l) => JSON.stringify(l)).join('\n') + '\n');
  writeFileSync(join(here, 'statements', 'holdout-outcomes.jsonl'), holdoutOutcomes.map((l) => JSON.stringify(l)).join('\n') + '\n');
  console.error(`wrote gold and text for ${plans.length} plans, ${provisions.length} provision lines, ${outcomes.length} outcome lines (held out: ${holdoutProvisions.length} and ${holdoutOutcomes.length})`);
  if (!binary) return;

  const work = mkdtempSync(join(tmpdir(), 'corpus-build-'));
  try {
    // DOCX: LibreOffice from the HTML source (header and footer come from the HTML).
    const htmls = plans.map((s) => {
      const f = join(work, `${s.id}.html`);
      writeFileSync(f, toHtml(s, 'docx'));
      return f;
    });
    soffice(work, 'docx:MS Word 2007 XML', htmls);
    for (const s of plans) {
      const f = join(work, `${s.id}.docx`);
      if (!existsSync(f)) throw new Error(`LibreOffice did not produce ${s.id}.docx`);
      copyFileSync(f, join(here, 'plans', s.id, 'plan.docx'));
    }
    // PDF, producer one: LibreOffice from the DOCX.
    const fromDocx = plans.filter((s) => s.pdfProducer === 'soffice');
    soffice(work, 'pdf', fromDocx.map((s) => join(work, `${s.id}.docx`)));
    for (const s of fromDocx) copyFileSync(join(work, `${s.id}.pdf`), join(here, 'plans', s.id, 'plan.pdf'));
    // PDF, producer two: headless Chromium with running header and footer.
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      for (const s of plans.filter((x) => x.pdfProducer === 'chromium')) {
        const page = await browser.newPage();
        await page.setContent(toHtml(s, 'chromium'), { waitUntil: 'load' });
        await page.pdf({
          path: join(here, 'plans', s.id, 'plan.pdf'),
          format: 'A4',
          displayHeaderFooter: true,
          headerTemplate: chromiumHeader(s),
          footerTemplate: CHROMIUM_FOOTER,
          margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
        });
        await page.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.error('wrote plan.docx and plan.pdf');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
