// npx tsx bench/report-digest.ts OUT.txt: one line per analysis, its name and the sha256 of the report's
// JSON (or the comparison's), over the whole corpus (every plan in every format, each with its advice
// reports where it has them), the version pairs, 300 generated plans (whole and --section), every
// corpus statement with --section, an organisation's rubric and the 2 MB generated plan. For a change
// that must leave every output as it was (a speed-up): run before and after, then `cmp` the two files.
// Ingested documents are kept in $TMPDIR/ehcp-digest-docs (ingest is not what is being changed).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse, loadRubric } from '../services/analyser/src/index.ts';
import { compareDocuments } from '../services/analyser/src/compare/index.ts';
import { parseRubric } from '../services/analyser/src/rubric.ts';
import type { SectionKey } from '../services/analyser/src/report-schema.ts';
import type { StructuredDocument } from '../services/ingest/src/document.ts';
import { closeParseWorkers, ingest } from '../services/ingest/src/index.ts';
import { parseDocument } from '../services/ingest/src/parse.ts';
import { generate, hugeText, OUTCOME_LINES, PROVISION_LINES, toDocument } from '../tests/analyser/invariants/generate.ts';

const out = process.argv[2] ?? 'digest.txt';
const ROOT = new URL('../', import.meta.url).pathname;
const CACHE = join(tmpdir(), 'ehcp-digest-docs');
mkdirSync(CACHE, { recursive: true });
const rubric = loadRubric();
const lines: string[] = [];
const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex');
const t0 = performance.now();

async function doc(path: string): Promise<StructuredDocument | null> {
  const bytes = readFileSync(join(ROOT, path));
  const key = join(CACHE, `${createHash('sha256').update(path).update(bytes).digest('hex')}.json`);
  if (existsSync(key)) return JSON.parse(readFileSync(key, 'utf8')) as StructuredDocument;
  try {
    const d = await ingest(new Uint8Array(bytes), { name: path.split('/').pop()! });
    writeFileSync(key, JSON.stringify(d));
    return d;
  } catch {
    writeFileSync(key, 'null');
    return null;
  }
}

const files = (dir: string, re: RegExp) => readdirSync(join(ROOT, dir)).filter((f) => re.test(f)).sort();

// Corpus plans in every format; with their advice reports where a plan has them.
for (const p of files('corpus/plans', /^p\d+$/)) {
  for (const f of files(`corpus/plans/${p}`, /^plan\.(txt|docx|pdf|md)$/)) {
    const d = await doc(`corpus/plans/${p}/${f}`);
    lines.push(`${p}/${f} ${d ? sha(analyse(d, { includeText: true })) : 'ingest failed'}`);
  }
}
for (const a of files('corpus/advice', /^a\d+$/)) {
  const all = files(`corpus/advice/${a}`, /\.(txt|docx|pdf|md)$/);
  const plan = all.find((f) => f.startsWith('plan.'));
  if (!plan) continue;
  const d = await doc(`corpus/advice/${a}/${plan}`);
  const advice = (await Promise.all(all.filter((f) => f !== plan).map((f) => doc(`corpus/advice/${a}/${f}`)))).filter((x): x is StructuredDocument => !!x);
  if (d) lines.push(`advice ${a} ${sha(analyse(d, { includeText: true, advice }))}`);
}
for (const h of files('corpus/pairs', /^h\d+$/)) {
  const all = files(`corpus/pairs/${h}`, /^(old|new)\./);
  const [o, n] = [all.find((f) => f.startsWith('old.')), all.find((f) => f.startsWith('new.'))];
  if (!o || !n) continue;
  const [od, nd] = [await doc(`corpus/pairs/${h}/${o}`), await doc(`corpus/pairs/${h}/${n}`)];
  if (od && nd) lines.push(`pair ${h} ${sha(compareDocuments(od, nd, { rubric }))}`);
}
await closeParseWorkers();
console.log(`corpus: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// Generated plans (the invariants test's seed), whole and as one section's body.
const SEED = 20261201;
for (let i = 0; i < 300; i++) {
  const d = await toDocument(generate(SEED, i));
  lines.push(`gen ${i} ${sha(analyse(d, { includeText: true }))}`);
  if (i % 6 === 0) {
    const key = (['E', 'F', 'G', 'H1', 'H2', 'B'] as const)[(i / 6) % 6];
    lines.push(`gen ${i} --section ${key} ${sha(analyse(d, { includeText: true, section: key }))}`);
  }
}
const items = [...PROVISION_LINES.map((l) => ({ text: l.text, section: l.section as SectionKey })), ...OUTCOME_LINES.map((l) => ({ text: l.text, section: 'E' as SectionKey }))];
for (const [i, it] of items.entries()) {
  const d = await parseDocument(new TextEncoder().encode(it.text), 'statement.txt');
  lines.push(`statement ${i} ${sha(analyse(d, { includeText: true, section: it.section }))}`);
}
// An organisation's rubric: other vague terms, levels and wording.
const base = structuredClone(rubric);
const flip = { error: 'info', warning: 'error', info: 'warning' } as const;
const la = parseRubric({
  ...base, id: 'la-test', version: '9',
  vagueTerms: [...base.vagueTerms, { term: 'bespoke', pattern: 'bespoke|tailored', undermines: 'activity', hedge: true }],
  rules: Object.fromEntries(Object.entries(base.rules).map(([id, r]) => [id, { ...r, level: flip[r.severity], message: `${r.message} (see "{quote}")` }])),
});
for (let i = 0; i < 40; i++) lines.push(`la gen ${i} ${sha(analyse(await toDocument(generate(SEED + 1, i)), { includeText: true, rubric: la }))}`);
console.log(`generated and statements: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// The 2 MB plan.
const huge = await parseDocument(new TextEncoder().encode(hugeText(SEED)), 'huge.txt');
lines.push(`huge ${sha(analyse(huge, { includeText: true }))}`);
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} reports in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${out}`);
