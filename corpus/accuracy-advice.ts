// npm run accuracy:advice [-- --verbose] [--holdout]
// Measures the plan-against-advice verdicts on the advice corpus (corpus/advice/*/gold.json):
// each gold recommendation is found among the extracted ones by its quote, and its verdict
// compared. Prints verdict accuracy, per-verdict precision and recall, and extraction precision
// (extracted recommendations that are gold). Pairs whose id starts with "h" are held out: scored
// only with --holdout, on their own table, and never used to tune the rules.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ingest } from '../services/ingest/src/index.ts';
import { closeParseWorkers } from '../services/ingest/src/index.ts';
import { analyse, loadRubric } from '../services/analyser/src/index.ts';
import { ADVICE_VERDICTS, type AdviceEntry } from '../services/analyser/src/report-schema.ts';

type Verdict = AdviceEntry['verdict'];
interface Gold {
  plan: string;
  /** Which held-out set (each first measured once, untuned): 1 when absent. */
  heldOutSet?: number;
  advice: { file: string; sectionK?: boolean; recommendations: { quote: string; verdict: Verdict }[] }[];
}

const here = dirname(fileURLToPath(import.meta.url));
const ADVICE_DIR = join(here, 'advice');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const holdout = args.includes('--holdout');

const norm = (s: string) => s.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

export interface Board { n: number; correct: number; found: number; extracted: number; extractedGold: number; confusion: Map<string, number>; misses: string[] }
const board = (): Board => ({ n: 0, correct: 0, found: 0, extracted: 0, extractedGold: 0, confusion: new Map(), misses: [] });

/** How a file becomes a document: ingest(), or (the tests) a cache of it (tests/corpus/ingested.ts). */
type Read = typeof ingest;

async function scorePair(id: string, b: Board, read: Read, also?: Board) {
  const before = { ...b, confusion: new Map(b.confusion), misses: [...b.misses] };
  await scoreInto(id, b, read);
  // The same figures into a second board (a held-out set's own), as the difference this pair made.
  if (also) {
    also.n += b.n - before.n;
    also.correct += b.correct - before.correct;
    also.found += b.found - before.found;
    also.extracted += b.extracted - before.extracted;
    also.extractedGold += b.extractedGold - before.extractedGold;
    for (const [k, v] of b.confusion) also.confusion.set(k, (also.confusion.get(k) ?? 0) + v - (before.confusion.get(k) ?? 0));
  }
}

async function scoreInto(id: string, b: Board, read: Read) {
  const dir = join(ADVICE_DIR, id);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
  const rubric = loadRubric();
  const planPath = join(dir, gold.plan);
  const planDoc = await read(readFileSync(planPath), { name: 'plan' });
  const adviceDocs = [];
  for (const a of gold.advice.filter((x) => !x.sectionK)) adviceDocs.push(await read(readFileSync(join(dir, a.file)), { name: a.file }));
  const report = analyse(planDoc, { rubric, advice: adviceDocs });
  const entries = report.advice ?? [];
  const matched = new Set<AdviceEntry>();
  for (const a of gold.advice) {
    const source = a.sectionK ? 'plan (Section K)' : a.file;
    const mine = entries.filter((e) => e.source === source);
    for (const g of a.recommendations) {
      b.n++;
      const hit = mine.find((e) => norm(e.text).includes(norm(g.quote)));
      const got: Verdict | 'notFound' = hit ? hit.verdict : 'notFound';
      if (hit) {
        b.found++;
        matched.add(hit);
      }
      const key = `${g.verdict}->${got}`;
      b.confusion.set(key, (b.confusion.get(key) ?? 0) + 1);
      if (got === g.verdict) b.correct++;
      else b.misses.push(`${id} ${a.file}: gold ${g.verdict}, got ${got}: "${g.quote}"${hit?.detail ? `\n      ${hit.detail}` : ''}${hit?.provision ? `\n      matched ${hit.provision.section}: "${hit.provision.text.slice(0, 120)}"` : ''}`);
    }
    for (const e of mine) {
      b.extracted++;
      if (matched.has(e)) b.extractedGold++;
      else b.misses.push(`${id} ${a.file}: extracted, not gold (${e.verdict}): "${e.text.slice(0, 140)}"`);
    }
  }
}

function print(title: string, b: Board, misses = true) {
  const f = (x: number | null) => (x === null ? '   -' : x.toFixed(2));
  console.log(`\n${title}: ${b.n} gold recommendations`);
  console.log(`  verdict accuracy             ${f(b.n ? b.correct / b.n : null)}  (${b.correct}/${b.n})`);
  console.log(`  recommendations found        ${f(b.n ? b.found / b.n : null)}  (${b.found}/${b.n})`);
  console.log(`  extracted that are gold      ${f(b.extracted ? b.extractedGold / b.extracted : null)}  (${b.extractedGold}/${b.extracted})`);
  console.log('  verdict        precision  recall   n');
  for (const v of ADVICE_VERDICTS) {
    let tp = 0, goldN = 0, predN = 0;
    for (const [k, n] of b.confusion) {
      const [g, p] = k.split('->');
      if (g === v) goldN += n;
      if (p === v) predN += n;
      if (g === v && p === v) tp += n;
    }
    console.log(`  ${v.padEnd(13)}  ${f(predN ? tp / predN : null).padStart(9)}  ${f(goldN ? tp / goldN : null).padStart(6)}  ${String(goldN).padStart(2)}`);
  }
  if (misses && (verbose || title.startsWith('Held-out'))) for (const m of b.misses) console.log(`  - ${m}`);
}

/** The tuning pairs' board, and (with `withHeldOut`) the held-out pairs' board and each held-out set's. */
export async function scoreAdvice(withHeldOut: boolean, read: Read = ingest): Promise<{ dev: Board; held: Board; sets: Map<number, Board> }> {
  const ids = readdirSync(ADVICE_DIR, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(ADVICE_DIR, d.name, 'gold.json'))).map((d) => d.name).sort();
  const dev = board();
  const held = board();
  const sets = new Map<number, Board>();
  for (const id of ids) {
    if (id.startsWith('h') && !withHeldOut) continue;
    // A turn of the event loop between pairs: reading a text file and analysing are synchronous, and
    // an unbroken stretch of 116 pairs on a busy machine times out a test runner's own messages.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (!id.startsWith('h')) {
      await scorePair(id, dev, read);
      continue;
    }
    const set = (JSON.parse(readFileSync(join(ADVICE_DIR, id, 'gold.json'), 'utf8')) as Gold).heldOutSet ?? 1;
    if (!sets.has(set)) sets.set(set, board());
    await scorePair(id, held, read, sets.get(set));
  }
  return { dev, held, sets };
}

async function main() {
  const { dev, held, sets } = await scoreAdvice(holdout);
  print('Advice pairs', dev);
  if (holdout) print('Held-out advice pairs (not tuned on)', held);
  // Each set on its own too: a set's figures before any change made after it was written are its first sight.
  if (sets.size > 1) for (const [n, b] of [...sets].sort((x, y) => x[0] - y[0])) print(`Held-out set ${n}`, b, false);
}

// Run as a script (npm run accuracy:advice), not when a test imports scoreAdvice.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await main();
  } finally {
    await closeParseWorkers();
  }
}
