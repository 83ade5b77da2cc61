// Builds the version pairs: for each pair in src/pairs.ts, the old and new versions in their formats
// (text; DOCX by LibreOffice from the plan's HTML source; PDF by LibreOffice from that DOCX) and
// gold.json. Every gold quote is checked against the versions' text, so a gold item cannot drift.
// A pair on a national-template plan edits the plan's spec and fills the template for each version
// (DOCX by script, PDF and text by LibreOffice from it), so both keep the template's combined tables.
//   npx tsx corpus/pairs/build.ts [--only q01,q02]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyHtml, applyNational, applyText } from './src/edit.ts';
import { fillTemplate } from '../src/national/fill.ts';
import { NATIONAL_HOLDOUT, NATIONAL_PLANS } from '../src/plans/national.ts';
import { PAIRS, type PairSpec } from './src/pairs.ts';

const here = dirname(fileURLToPath(import.meta.url));
const plans = join(here, '..', 'plans');
const args = process.argv.slice(2);
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;

function soffice(outDir: string, convertTo: string, files: string[]): void {
  if (files.length === 0) return;
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', convertTo, '--outdir', outDir, ...files], { stdio: 'ignore', timeout: 600_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

function checkGold(spec: PairSpec, oldText: string, newText: string): void {
  for (const g of spec.gold) {
    if (g.before !== null && !squash(oldText).includes(squash(g.before))) throw new Error(`${spec.id}: gold "before" not in the old version: ${g.before}`);
    if (g.after !== null && !squash(newText).includes(squash(g.after))) throw new Error(`${spec.id}: gold "after" not in the new version: ${g.after}`);
    if (g.before === null && g.after === null) throw new Error(`${spec.id}: a gold item needs a side`);
  }
  if (oldText === newText) throw new Error(`${spec.id}: the edits changed nothing`);
}

const goldJson = (spec: PairSpec) => ({ id: spec.id, description: spec.description, heldOut: spec.heldOut, ...(spec.heldOutSet ? { heldOutSet: spec.heldOutSet } : {}), base: spec.base, old: `old.${spec.old}`, new: `new.${spec.new}`, changes: spec.gold });

/** Pairs on national-template plans: both versions filled by script, then LibreOffice's PDF and text. */
function buildNational(specs: PairSpec[], work: string): void {
  const made: { spec: PairSpec; which: 'old' | 'new'; stem: string }[] = [];
  for (const spec of specs) {
    const base = [...NATIONAL_PLANS, ...NATIONAL_HOLDOUT].find((n) => n.id === spec.base)!;
    // A plan converted from an LA form into the template: the old version is that form, as text.
    if (spec.oldText !== undefined && spec.old !== 'txt') throw new Error(`${spec.id}: an old version written as text must be txt`);
    if (spec.oldText !== undefined) writeFileSync(join(work, `${spec.id}-old.txt`), spec.oldText);
    for (const [which, s] of [['old', base], ['new', applyNational(base, spec.ops)]] as const) {
      if (which === 'old' && spec.oldText !== undefined) continue;
      const stem = `${spec.id}-${which}`;
      writeFileSync(join(work, `${stem}.docx`), fillTemplate(s));
      made.push({ spec, which, stem });
    }
  }
  const docx = made.map((m) => join(work, `${m.stem}.docx`));
  soffice(work, 'pdf', docx);
  soffice(work, 'txt:Text (encoded):UTF8', docx);
  for (const spec of specs) {
    const text = (which: string) => readFileSync(join(work, `${spec.id}-${which}.txt`), 'utf8');
    checkGold(spec, text('old'), text('new'));
    const dir = join(here, spec.id);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [which, format] of [['old', spec.old], ['new', spec.new]] as const) {
      const from = join(work, `${spec.id}-${which}.${format}`);
      if (!existsSync(from)) throw new Error(`LibreOffice did not produce ${from}`);
      copyFileSync(from, join(dir, `${which}.${format}`));
    }
    writeFileSync(join(dir, 'gold.json'), `${JSON.stringify(goldJson(spec), null, 2)}\n`);
  }
}

const isNational = (spec: PairSpec) => [...NATIONAL_PLANS, ...NATIONAL_HOLDOUT].some((n) => n.id === spec.base);

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'pairs-build-'));
  const toDocx: string[] = [];
  const toPdf: { docx: string; dest: string }[] = [];
  const copies: { from: string; to: string }[] = [];
  try {
    buildNational(PAIRS.filter((p) => (!only || only.has(p.id)) && isNational(p)), work);
    for (const spec of PAIRS.filter((p) => (!only || only.has(p.id)) && !isNational(p))) {
      const baseText = readFileSync(join(plans, spec.base, 'plan.txt'), 'utf8');
      // Plans written only as text have no HTML source: their pairs are text only.
      const htmlFile = join(plans, spec.base, 'source.html');
      const baseHtml = existsSync(htmlFile) ? readFileSync(htmlFile, 'utf8') : null;
      if (!baseHtml && (spec.old !== 'txt' || spec.new !== 'txt')) throw new Error(`${spec.id}: ${spec.base} has no source.html, so both versions must be txt`);
      const newText = applyText(baseText, spec.ops);
      const newHtml = baseHtml === null ? '' : applyHtml(baseHtml, spec.ops);
      checkGold(spec, baseText, newText);
      const dir = join(here, spec.id);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const [which, text, html, format] of [['old', baseText, baseHtml ?? '', spec.old], ['new', newText, newHtml, spec.new]] as const) {
        const dest = join(dir, `${which}.${format}`);
        if (format === 'txt') writeFileSync(dest, text);
        else {
          const stem = `${spec.id}-${which}`;
          writeFileSync(join(work, `${stem}.html`), html);
          toDocx.push(join(work, `${stem}.html`));
          if (format === 'docx') copies.push({ from: join(work, `${stem}.docx`), to: dest });
          else toPdf.push({ docx: join(work, `${stem}.docx`), dest });
        }
      }
      writeFileSync(join(dir, 'gold.json'), `${JSON.stringify(goldJson(spec), null, 2)}\n`);
    }
    soffice(work, 'docx:MS Word 2007 XML', toDocx);
    soffice(work, 'pdf', toPdf.map((p) => p.docx));
    for (const c of copies) {
      if (!existsSync(c.from)) throw new Error(`LibreOffice did not produce ${c.from}`);
      copyFileSync(c.from, c.to);
    }
    for (const p of toPdf) {
      const pdf = p.docx.replace(/\.docx$/, '.pdf');
      if (!existsSync(pdf)) throw new Error(`LibreOffice did not produce ${pdf}`);
      copyFileSync(pdf, p.dest);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.error(`built ${PAIRS.filter((p) => !only || only.has(p.id)).length} pairs`);
}

main();
