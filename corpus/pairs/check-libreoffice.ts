// A one-off check, not a test (CI machines may lack LibreOffice): do the comparison's DOCX working
// document and the letter's DOCX open in LibreOffice? Each is written, converted to PDF by
// `soffice --headless --convert-to pdf`, and the PDF's text searched for wording the document must show.
//   npx tsx corpus/pairs/check-libreoffice.ts
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeParseWorkers, ingest } from '../../services/ingest/src/index.ts';
import { compareDocuments } from '../../services/analyser/src/compare/index.ts';
import { renderComparisonDocx } from '../../services/analyser/src/compare/docx.ts';
import { analyse, loadRubric } from '../../services/analyser/src/index.ts';
import { renderLetterDocx } from '../../services/analyser/src/format/letter-docx.ts';
import { letterContent } from '../../services/analyser/src/format/letter.ts';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..');
const squash = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
const out = mkdtempSync(join(tmpdir(), 'lo-check-'));
const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
let failed = false;
try {
  const rubric = loadRubric();
  const read = (path: string) => ingest(readFileSync(join(corpus, path)), { name: path.split('/').pop()! });
  const c = compareDocuments(await read('pairs/h01/old.txt'), await read('pairs/h01/new.docx'), { rubric });
  writeFileSync(join(out, 'comparison.docx'), await renderComparisonDocx(c));
  const cut = c.changes.find((x) => x.kind === 'reduced' && x.before)!;
  const report = analyse(await read('advice/h16/plan.txt'), { rubric, advice: [await read('advice/h16/ep-report.docx')] });
  writeFileSync(join(out, 'letter.docx'), await renderLetterDocx(report));
  const letter = letterContent(report);
  const expect: Record<string, string[]> = {
    comparison: ['What changed in this plan', cut.before!.text.slice(0, 40)],
    letter: [letter.title, letter.groups[0]?.title ?? '', letter.closing.slice(0, 40)],
  };
  execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(out, 'comparison.docx'), join(out, 'letter.docx')], { stdio: 'ignore', timeout: 300_000 });
  for (const [name, words] of Object.entries(expect)) {
    const pdf = join(out, `${name}.pdf`);
    if (!existsSync(pdf)) {
      console.log(`${name}.docx: LibreOffice did not convert it`);
      failed = true;
      continue;
    }
    const text = squash((await ingest(readFileSync(pdf), { name: `${name}.pdf` })).text);
    const missing = words.filter((w) => w && !text.includes(squash(w)));
    console.log(`${name}.docx: opened and converted to PDF; ${missing.length ? `missing ${missing.map((w) => `"${w}"`).join(', ')}` : 'expected wording found'}`);
    failed ||= missing.length > 0;
  }
} finally {
  await closeParseWorkers();
  rmSync(out, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
