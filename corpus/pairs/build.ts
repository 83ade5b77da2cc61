// Builds the version pairs: for each pair in src/pairs.ts, the old and new versions in their formats
// (text; DOCX by LibreOffice from the plan's HTML source; PDF by LibreOffice from that DOCX) and
// gold.json. Every gold quote is checked against the versions' text, so a gold item cannot drift.
// A pair on a national-template plan edits the plan's spec and fills the template for each version
// (DOCX by script, PDF and text by LibreOffice from it), so both keep the template's combined tables.
// A pair on a Word-form plan (corpus/src/docform.ts) edits its spec likewise and makes each version as
// corpus/build-layouts.ts does; a pair on a flattened-text plan with no HTML source edits the plan's
// lines as text and makes each version's text, DOCX and PDF as build-layouts.ts does (text-only pairs
// on such plans keep editing plan.txt, as before).
//   npx tsx corpus/pairs/build.ts [--only q01,q02]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyDocForm, applyHtml, applyNational, applyText } from './src/edit.ts';
import { fillTemplate } from '../src/national/fill.ts';
import { NATIONAL_HOLDOUT, NATIONAL_PLANS } from '../src/plans/national.ts';
import { FLATTENED_HOLDOUT, FLATTENED_PLANS } from '../src/plans/flattened.ts';
import { DOCFORM_HOLDOUT, FLATTENED_HOLDOUT_6, NATIONAL_HOLDOUT_6 } from '../src/plans/set6.ts';
import { flattenedHtml, flattenedText, type FlatSpec } from '../src/flattened.ts';
import { docFormDocx, type DocSpec } from '../src/docform.ts';
import type { Inline } from '../src/dsl.ts';
import { PAIRS, type PairSpec } from './src/pairs.ts';

const here = dirname(fileURLToPath(import.meta.url));
const plans = join(here, '..', 'plans');
const args = process.argv.slice(2);
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;

function soffice(outDir: string, convertTo: string, files: string[], infilter?: string): void {
  if (files.length === 0) return;
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', convertTo, '--outdir', outDir, ...files], { stdio: 'ignore', timeout: 600_000 });
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
    const base = NATIONALS.find((n) => n.id === spec.base)!;
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

const NATIONALS = [...NATIONAL_PLANS, ...NATIONAL_HOLDOUT, ...NATIONAL_HOLDOUT_6];
const FLATS = [...FLATTENED_PLANS, ...FLATTENED_HOLDOUT, ...FLATTENED_HOLDOUT_6];
const isNational = (spec: PairSpec) => NATIONALS.some((n) => n.id === spec.base);
const docFormOf = (spec: PairSpec) => DOCFORM_HOLDOUT.find((d) => d.id === spec.base);
/** Flattened plans have no HTML source: a pair asking for DOCX or PDF is made from the plan's spec. */
const flatOf = (spec: PairSpec) => (spec.old === 'txt' && spec.new === 'txt' ? undefined : FLATS.find((f) => f.id === spec.base));
const bySpec = (spec: PairSpec) => !!docFormOf(spec) || !!flatOf(spec);

const isMark = (x: unknown): x is { at: string } => typeof x === 'object' && x !== null && 'at' in x;
/** A flattened plan's lines as text (marks dropped, parts joined), one line per line, before wrapping. */
const flatLines = (s: FlatSpec) => s.lines.map((l) => l.filter((x) => !isMark(x)).map((x) => (typeof x === 'string' ? x : (x as Exclude<Inline, string>).text)).join(' '));

/**
 * Pairs on Word-form and flattened plans: both versions made from the plan's spec (the new one edited),
 * as corpus/build-layouts.ts makes the plan: a Word form's DOCX by script, its PDF and text by
 * LibreOffice (or poppler's text of the PDF); a flattened plan's text as printed, its DOCX by
 * LibreOffice from that text (from HTML when it has page furniture) and its PDF from the DOCX. Gold is
 * checked against each version's text (a flattened plan's furniture left out unless the version is text).
 */
async function buildFromSpecs(specs: PairSpec[], work: string): Promise<void> {
  const texts = new Map<string, string>();
  const plainTxt: string[] = [];
  const htmls: string[] = [];
  const docxs: string[] = [];
  const docFormTxt: string[] = [];
  const pdftotext: string[] = [];
  for (const spec of specs) {
    const doc = docFormOf(spec);
    const flat = flatOf(spec);
    if (flat?.producers && flat.producers.docx !== 'soffice') throw new Error(`${spec.id}: ${flat.id}'s DOCX is made by script; not supported here`);
    for (const which of ['old', 'new'] as const) {
      const stem = `${spec.id}-${which}`;
      if (doc) {
        const v: DocSpec = which === 'old' ? doc : applyDocForm(doc, spec.ops);
        writeFileSync(join(work, `${stem}.docx`), await docFormDocx(v));
        docxs.push(join(work, `${stem}.docx`));
        (v.txt === 'soffice' ? docFormTxt : pdftotext).push(stem);
      } else if (flat) {
        const lines = which === 'old' ? flatLines(flat) : applyText(flatLines(flat).join('\n'), spec.ops).split('\n');
        const v: FlatSpec = { ...flat, lines: lines.map((l) => [l]) };
        const text = flattenedText(v);
        writeFileSync(join(work, `${stem}.txt`), text);
        texts.set(stem, (which === 'old' ? spec.old : spec.new) === 'txt' ? text : flattenedText({ ...v, furniture: undefined }));
        if (v.furniture) {
          writeFileSync(join(work, `${stem}.html`), flattenedHtml(v));
          htmls.push(join(work, `${stem}.html`));
        } else plainTxt.push(join(work, `${stem}.txt`));
        docxs.push(join(work, `${stem}.docx`));
      }
    }
  }
  soffice(work, 'docx:MS Word 2007 XML', plainTxt, 'Text (encoded):UTF8,LF,Liberation Sans,en-GB');
  soffice(work, 'docx:MS Word 2007 XML', htmls);
  soffice(work, 'pdf', docxs);
  // LibreOffice's text export would overwrite a flattened version's own text: Word forms only, in a folder of their own.
  const exported = join(work, 'exported');
  mkdirSync(exported, { recursive: true });
  soffice(exported, 'txt:Text (encoded):UTF8', docFormTxt.map((s) => join(work, `${s}.docx`)));
  for (const stem of docFormTxt) {
    copyFileSync(join(exported, `${stem}.txt`), join(work, `${stem}.txt`));
    texts.set(stem, readFileSync(join(work, `${stem}.txt`), 'utf8'));
  }
  for (const stem of pdftotext) {
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(work, `${stem}.pdf`), join(work, `${stem}.txt`)]);
    texts.set(stem, readFileSync(join(work, `${stem}.txt`), 'utf8'));
  }
  for (const spec of specs) {
    checkGold(spec, texts.get(`${spec.id}-old`)!, texts.get(`${spec.id}-new`)!);
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

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'pairs-build-'));
  const toDocx: string[] = [];
  const toPdf: { docx: string; dest: string }[] = [];
  const copies: { from: string; to: string }[] = [];
  try {
    buildNational(PAIRS.filter((p) => (!only || only.has(p.id)) && isNational(p)), work);
    await buildFromSpecs(PAIRS.filter((p) => (!only || only.has(p.id)) && !isNational(p) && bySpec(p)), work);
    for (const spec of PAIRS.filter((p) => (!only || only.has(p.id)) && !isNational(p) && !bySpec(p))) {
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

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
