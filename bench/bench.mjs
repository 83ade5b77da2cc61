// npm run bench: the figures users feel, from one run, measuring what users run (the compiled
// JavaScript under dist/, plain node):
//   1. the command line on the corpus PDFs in one process against poppler's pdftotext, one process
//      per file (CPU and wall time, ratio) and the command line's peak memory;
//   2. start-up: `--version` and one 5-page PDF end to end, against bare `node -e 0` (CPU);
//   3. analysis time per plan (corpus text plans) and at 10x a plan's size;
//   4. a parse worker's memory (RSS it adds, warm and after every corpus PDF);
//   5. the service: plans a minute and upload-to-report p50/p95 at 4 and 8 concurrent uploads, on
//      embedded defaults (`npm start`: in-process queue, PGlite) and, when the local Redis and
//      PostgreSQL answer, with WORKERS=0 and 2 `npm run worker` processes.
// CPU times of child processes come from /proc (Linux). BENCH_QUICK=1 does fewer repetitions;
// BENCH_ONLY=1,2 runs only those sections (the service, 5, loads a shared machine for minutes).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryOf } from './proc.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = (rel) => join(ROOT, 'dist', rel);
if (!existsSync(dist('analyser/src/cli.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
const QUICK = process.env.BENCH_QUICK === '1';
const REPEAT = QUICK ? 3 : 5;
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map(Number) : null;
const want = (n) => !ONLY || ONLY.includes(n);
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
const PLANS_DIR = join(ROOT, 'corpus/plans');
const corpus = readdirSync(PLANS_DIR).filter((d) => /^p\d+$/.test(d)).sort();
const PDFS = corpus.map((d) => join(PLANS_DIR, d, 'plan.pdf')).filter(existsSync).slice(0, 30);
const tmp = mkdtempSync(join(tmpdir(), 'ehcp-bench-'));

const bin = join(ROOT, 'bin/ehcp-check.js');
const runsOf = (fn) => Array.from({ length: REPEAT }, fn);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const fmtMs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const mib = (bytes) => `${(bytes / 1048576).toFixed(0)} MiB`;

/** CPU seconds used by this process's waited-for children so far (utime + stime, from /proc). */
function childrenCpuMs() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / CLK_TCK; // cutime, cstime
}

// A node child reports its own peak RSS (all threads) when it exits.
const RUSAGE = join(tmp, 'rusage.mjs');
writeFileSync(RUSAGE, `import { writeFileSync } from 'node:fs';
process.on('exit', () => { if (process.env.BENCH_RUSAGE) writeFileSync(process.env.BENCH_RUSAGE, JSON.stringify(process.resourceUsage())); });\n`);

/** Runs a command to the end; returns its wall and CPU time (and, for node, its peak RSS). */
function measure(cmd, args, { node = false, env = {} } = {}) {
  const out = join(tmp, `ru-${Math.random().toString(36).slice(2)}.json`);
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(node ? process.execPath : cmd, node ? ['--import', RUSAGE, cmd, ...args] : args, {
    cwd: ROOT,
    env: { ...process.env, ...env, BENCH_RUSAGE: out },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const wall = performance.now() - t0;
  const cpu = childrenCpuMs() - cpu0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  const peak = node && existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')).maxRSS * 1024 : null;
  return { wall, cpu, peak };
}

function section(title) {
  console.log(`\n## ${title}`);
}

// ---------------------------------------------------------------------------------------------
console.log(`ehcp-check bench: ${process.platform}, ${cpus().length} CPUs, Node ${process.version}, ${new Date().toISOString()}`);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average at start: ${load} (figures are medians of ${REPEAT} runs unless said)`);

if (want(1)) {
section(`1. Command line on ${PDFS.length} corpus PDFs (one process) against pdftotext (one process per file)`);
const hasPdftotext = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;
const cliRuns = Array.from({ length: QUICK ? 1 : 3 }, () => measure(bin, ['--format', 'json', ...PDFS], { node: true }));
const cli = { wall: median(cliRuns.map((r) => r.wall)), cpu: median(cliRuns.map((r) => r.cpu)), peak: Math.max(...cliRuns.map((r) => r.peak)) };
console.log(`ehcp-check --format json (${PDFS.length} PDFs, two parse workers): wall ${fmtMs(cli.wall)}, CPU ${fmtMs(cli.cpu)}, peak RSS ${mib(cli.peak)}`);
// The same with one parse worker (the memory budget of one), as before the command line used two.
const one = measure(bin, ['--format', 'json', ...PDFS], { node: true, env: { INGEST_MEMORY_BUDGET_MB: '576' } });
console.log(`the same with one parse worker (one run): wall ${fmtMs(one.wall)}, CPU ${fmtMs(one.cpu)}, peak RSS ${mib(one.peak)}`);
let ptCpu = null;
if (hasPdftotext) {
  const pt = Array.from({ length: QUICK ? 1 : 3 }, () => {
    let wall = 0;
    let cpu = 0;
    for (const f of PDFS) {
      const m = measure('pdftotext', ['-layout', f, '/dev/null']);
      wall += m.wall;
      cpu += m.cpu;
    }
    return { wall, cpu };
  });
  const ptWall = median(pt.map((r) => r.wall));
  ptCpu = median(pt.map((r) => r.cpu));
  console.log(`pdftotext -layout (${PDFS.length} processes): wall ${fmtMs(ptWall)}, CPU ${fmtMs(ptCpu)}`);
  console.log(`ratio ehcp-check / pdftotext: wall x${(cli.wall / ptWall).toFixed(1)}, CPU x${(cli.cpu / ptCpu).toFixed(1)}`);
} else console.log('pdftotext not installed (Debian: poppler-utils): no ratio');

// What the operator list adds to a page (ingest reads it for table rules, drawn bullets and bold
// fonts): pdf.js alone, in this process, warm, over the same PDFs, loaded as ingest loads it.
const pdfjs = await (await import(dist('ingest/src/parse-pdf.js'))).loadPdfJs();
const pdfBytes = PDFS.map((f) => new Uint8Array(readFileSync(f)));
async function pdfjsPass(withOps) {
  let pages = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const bytes of pdfBytes) {
    const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, maxImageSize: 1 }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      if (withOps) await page.getOperatorList();
      page.cleanup();
      pages++;
    }
    await doc.destroy();
  }
  const cpu = process.cpuUsage(cpu0);
  return { pages, ms: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}
await pdfjsPass(true); // warm-up
const textOnly = runsOf(() => 0).map(() => null);
for (let r = 0; r < textOnly.length; r++) textOnly[r] = [await pdfjsPass(false), await pdfjsPass(true)];
const nPages = textOnly[0][0].pages;
const tText = median(textOnly.map((x) => x[0].ms)) / nPages;
const tBoth = median(textOnly.map((x) => x[1].ms)) / nPages;
console.log(`pdf.js per page (${nPages} pages, warm, in process): text only ${tText.toFixed(1)} ms, text + operator list ${tBoth.toFixed(1)} ms (the operator list ${(((tBoth - tText) / tBoth) * 100).toFixed(0)}% of it)`);
// The floor of the ratio above: pdf.js alone on the same files, warm (no start-up, no layout, no
// analysis), against pdftotext's CPU for all of them (its process starts included).
const cpuText = median(textOnly.map((x) => x[0].cpu));
const cpuBoth = median(textOnly.map((x) => x[1].cpu));
const floor = (ms) => (ptCpu ? ` (x${(ms / ptCpu).toFixed(1)} pdftotext)` : '');
console.log(`pdf.js alone on the ${PDFS.length} PDFs, warm, CPU of this process: text content ${fmtMs(cpuText)}${floor(cpuText)}, with operator lists ${fmtMs(cpuBoth)}${floor(cpuBoth)}`);
}
if (want(2)) {
section('2. Start-up (CPU of the whole process, all threads)');
const fivePage = PDFS.find((f) => /Pages:\s+5\b/.test(spawnSync('pdfinfo', [f], { encoding: 'utf8' }).stdout ?? '')) ?? PDFS[0];
const bare = runsOf(() => measure('-e', ['0'], { node: true }));
const version = runsOf(() => measure(bin, ['--version'], { node: true }));
const onePdf = runsOf(() => measure(bin, [fivePage], { node: true }));
const bareCpu = median(bare.map((r) => r.cpu));
for (const [name, runs] of [['node -e 0', bare], ['ehcp-check --version', version], [`ehcp-check one PDF (${fivePage.split('/').slice(-2).join('/')})`, onePdf]]) {
  const cpu = median(runs.map((r) => r.cpu));
  console.log(`${name.padEnd(44)} CPU ${fmtMs(cpu).padStart(7)} (x${(cpu / bareCpu).toFixed(1)} node -e 0), wall ${fmtMs(median(runs.map((r) => r.wall)))}, peak RSS ${mib(Math.max(...runs.map((r) => r.peak)))}`);
}

}
// ---------------------------------------------------------------------------------------------
if (want(3)) {
section('3. Analysis (in process, warm): ms per plan and at 10x a plan');
const { parseDocument } = await import(dist('ingest/src/parse.js'));
const { analyse, loadRubric } = await import(dist('analyser/src/index.js'));
const rubric = loadRubric();
const texts = corpus.map((d) => join(PLANS_DIR, d, 'plan.txt')).filter(existsSync);
const docs = [];
for (const f of texts) docs.push(await parseDocument(new Uint8Array(readFileSync(f)), 'plan.txt'));
for (const d of docs) analyse(d, { rubric }); // warm-up: patterns compiled, code optimised
const perPlan = docs.map((d) => median(runsOf(() => {
  const t0 = performance.now();
  analyse(d, { rubric });
  return performance.now() - t0;
})));
console.log(`${docs.length} corpus text plans: median ${perPlan.length ? median(perPlan).toFixed(1) : '-'} ms, slowest ${Math.max(...perPlan).toFixed(1)} ms`);

/** A ~20-page Markdown plan whose Sections E and F are written out `k` times (as bench:analyse builds it). */
function syntheticPlan(k) {
  const e = [];
  const f = [];
  for (let i = 0; i < k * 40; i++) {
    e.push(`- By the end of Year 6, Amara will read ${50 + i} common words in 4 out of 5 opportunities.`, '- Amara will improve her confidence with writing.');
    f.push(
      `- A structured phonics programme, 3 x 20 minutes a week, delivered by a teaching assistant trained in Read Write Inc (${i}).`,
      '- Amara will have access to speech and language therapy as required.',
      '',
      'The school will provide regular support with literacy. This will be delivered where possible by an adult.',
      '',
      '| Provision | Who | How often |',
      '|---|---|---|',
      '| Pre-teaching of topic vocabulary | Class teacher | 2 x 15 minutes a week |',
      '| Movement breaks | All staff | In every lesson |',
      '',
    );
  }
  return [
    '# Final Education, Health and Care Plan', '', 'Name: Amara Okafor', '', 'Year group: Year 5', '', 'Date of plan: 12 March 2026', '',
    '## Section A: Views, interests and aspirations', '', 'Amara enjoys drawing and animals. '.repeat(40), '',
    '## Section B: Special educational needs', '', 'Amara has difficulties with reading, phonics and regulating her emotions. '.repeat(40), '',
    '## Section C: Health needs', '', 'Amara has asthma.', '', '## Section D: Social care needs', '', 'None.', '',
    '## Section E: Outcomes', '', ...e, '', '## Section F: Special educational provision', '', ...f, '',
    '## Section G: Health provision', '', 'An asthma care plan held by the school nurse, used at all times.', '',
    '## Section H: Social care provision', '', 'None.', '', '## Section I: Placement', '', 'Oakfield Primary School, a mainstream school.', '',
    '## Section J: Personal budget', '', 'None requested.', '', '## Section K: Advice and information', '', '- Appendix 1: Educational psychology advice', '',
  ].join('\n');
}
const rows = [];
for (const k of [1, 10]) {
  const doc = await parseDocument(new TextEncoder().encode(syntheticPlan(k)), 'plan.md');
  analyse(doc, { rubric });
  const ms = median(Array.from({ length: k === 1 ? REPEAT * 3 : REPEAT }, () => {
    const t0 = performance.now();
    analyse(doc, { rubric });
    return performance.now() - t0;
  }));
  const r = analyse(doc, { rubric });
  rows.push({ k, chars: doc.text.length, statements: r.provisions.length + r.outcomes.length, ms });
}
for (const r of rows) console.log(`${String(r.k).padStart(2)}x a ~20-page plan: ${r.chars} chars, ${r.statements} statements, ${r.ms.toFixed(1)} ms`);
console.log(`10x: x${(rows[1].chars / rows[0].chars).toFixed(1)} the text, x${(rows[1].ms / rows[0].ms).toFixed(1)} the time (linear growth: about the same factor)`);

}
// ---------------------------------------------------------------------------------------------
if (want(4)) {
section('4. A parse worker\'s memory (RSS the worker thread adds to its process)');
const { warmParseWorkers, closeParseWorkers, parseInWorker, parseWorkerStats } = await import(dist('ingest/src/run-worker.js'));
const rssNow = () => process.memoryUsage().rss;
globalThis.gc?.();
const rss0 = rssNow();
warmParseWorkers(1);
// A first small file: the worker is up (pdf.js may still be loading in it).
await parseInWorker(new TextEncoder().encode('Section F\n\nA line.'), 'warm.txt', 60_000);
await new Promise((r) => setTimeout(r, 500));
const rssWarm = rssNow();
let peakWorker = 0;
for (let round = 0; round < (QUICK ? 1 : 3); round++) {
  for (const f of PDFS) {
    await parseInWorker(new Uint8Array(readFileSync(f)), 'plan.pdf', 60_000);
    peakWorker = Math.max(peakWorker, rssNow() - rss0);
  }
}
const rssAfter = rssNow();
console.log(`started, after one text file: +${mib(rssWarm - rss0)}; after ${PDFS.length * (QUICK ? 1 : 3)} PDFs: +${mib(rssAfter - rss0)}, highest +${mib(peakWorker)}; workers started ${parseWorkerStats().started}, retired for memory ${parseWorkerStats().retiredForMemory}`);
await closeParseWorkers();
}
// ---------------------------------------------------------------------------------------------
if (want(5)) {
section('5. The service: plans a minute and upload-to-report latency (corpus PDF, DOCX and text plans)');
const uploads = corpus.flatMap((d) => ['plan.pdf', 'plan.docx', 'plan.txt'].map((f) => join(PLANS_DIR, d, f))).filter(existsSync);
const PER_RUN = QUICK ? 24 : 48;

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function reachable(port) {
  return new Promise((resolve) => {
    const c = createConnection({ host: '127.0.0.1', port }, () => {
      c.end();
      resolve(true);
    });
    c.on('error', () => resolve(false));
    c.setTimeout(1000, () => {
      c.destroy();
      resolve(false);
    });
  });
}

function startProcess(script, env, readyText) {
  const child = spawn(process.execPath, [dist(script)], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const ready = new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes(readyText)) resolve();
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`${script} exited (${code}): ${out.slice(-2000)}`)));
  });
  return { child, ready };
}

async function uploadAndWait(base, file, i) {
  const body = new FormData();
  body.append('file', new Blob([readFileSync(file)]), `plan-${i}${file.slice(file.lastIndexOf('.'))}`);
  const at = performance.now();
  const r = await fetch(`${base}/v1/documents`, { method: 'POST', body });
  if (r.status !== 202) throw new Error(`upload answered ${r.status}: ${await r.text()}`);
  const { links } = await r.json();
  for (;;) {
    const s = await (await fetch(base + links.self)).json();
    if (s.state === 'done') return performance.now() - at;
    if (s.state === 'failed') throw new Error(`a bench plan failed: ${JSON.stringify(s.error)}`);
    await new Promise((res) => setTimeout(res, 20));
  }
}

/** `concurrency` clients, each uploading a plan and waiting for its report, then the next. */
async function drive(base, concurrency) {
  let next = 0;
  const latencies = [];
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < PER_RUN) {
      const i = next++;
      latencies.push(await uploadAndWait(base, uploads[i % uploads.length], i));
    }
  }));
  const elapsed = performance.now() - t0;
  latencies.sort((a, b) => a - b);
  return { perMinute: Math.round((PER_RUN / elapsed) * 60_000), p50: pct(latencies, 50), p95: pct(latencies, 95) };
}

async function serviceRun(label, env, workers = 0) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmp, 'data-'));
  const web = startProcess('api/src/main.js', { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, RATE_LIMIT_UPLOADS: '0', SWEEP_INTERVAL_MS: '0', ...env }, 'listening');
  const procs = [web, ...Array.from({ length: workers }, () => startProcess('api/src/worker-main.js', env, 'worker ready'))];
  try {
    await Promise.all(procs.map((p) => p.ready));
    const base = `http://127.0.0.1:${port}`;
    await drive(base, 2); // warm-up, not measured: first PDF and DOCX, JIT
    for (const c of [4, 8]) {
      const r = await drive(base, c);
      const mem = procs.map((p) => memoryOf(p.child.pid));
      const mems = workers ? mem.slice(1) : mem;
      console.log(`${label.padEnd(34)} ${String(c).padStart(2)} concurrent: ${String(r.perMinute).padStart(4)} plans/min, p50 ${fmtMs(r.p50).padStart(7)}, p95 ${fmtMs(r.p95).padStart(7)}; ${workers ? 'worker processes' : 'process'} RSS ${mems.map((m) => `${mib(m.rss)} (peak ${mib(m.peak)})`).join(', ')}`);
    }
  } finally {
    for (const p of procs) p.child.kill('SIGTERM');
    await Promise.all(procs.map((p) => new Promise((r) => (p.child.exitCode !== null ? r() : p.child.once('exit', r)))));
  }
}

console.log(`${PER_RUN} uploads per row, taken in turn from ${uploads.length} corpus files; each client uploads, polls its status until done, and uploads the next`);
await serviceRun('embedded (npm start defaults)', {});
if ((await reachable(6379)) && (await reachable(5432))) {
  const tag = `bench_${process.pid}`;
  const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  try {
    await serviceRun('Redis + PostgreSQL, 2 workers', { DATABASE_URL, DATABASE_SCHEMA: tag, REDIS_URL, QUEUE_PREFIX: tag, WORKERS: '0' }, 2);
  } finally {
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: DATABASE_URL });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${tag} CASCADE`);
    await c.end();
    const { Redis } = await import('ioredis');
    const r = new Redis(REDIS_URL);
    const keys = await r.keys(`${tag}:*`);
    if (keys.length) await r.del(...keys);
    r.disconnect();
  }
} else console.log('Redis or PostgreSQL not reachable on 127.0.0.1: the scaled row is skipped');
}
console.log(`\nload average at end: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
rmSync(tmp, { recursive: true, force: true });
process.exit(0);
