// node bench/hostile.mjs (after `npm run build`): hostile but valid PDFs (bench/hostile-pdfs.mjs:
// dense vector operators, millions of tiny text runs, a Type 3 font of long glyph drawings) uploaded
// at once to the service (`npm start`, embedded defaults, six jobs at a time), while /healthz is
// polled every 100 ms on a fresh connection and the service's RSS is read from /proc. Prints the
// slowest /healthz answer, the peak RSS and each upload's outcome, for the default parse-worker
// memory budget (one worker), for two, and for a budget that lets every job have its own worker.
// HOSTILE_QUICK=1 runs the default budget only.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryOf } from './proc.mjs';
import { denseOperators, denseText, hugeFont } from './hostile-pdfs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(ROOT, 'dist/api/src/main.js');
if (!existsSync(MAIN)) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
const JOBS = 6;
const TIMEOUT_MS = 30_000;
const mib = (b) => `${(b / 1048576).toFixed(0)} MiB`;

const files = [
  ['dense-operators.pdf', denseOperators(60, 20_000)],
  ['dense-text.pdf', denseText(60, 12_000)],
  ['huge-type3-font.pdf', hugeFont(60, 4_000)],
];
const uploads = Array.from({ length: JOBS }, (_, i) => files[i % files.length]);
console.log(`files: ${files.map(([n, b]) => `${n} ${mib(b.byteLength)}`).join(', ')}; ${JOBS} uploads at once, INGEST_TIMEOUT_MS=${TIMEOUT_MS}`);

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

/** One /healthz on a fresh connection: its time in ms (Infinity when it fails). */
const healthz = (base) => new Promise((resolve) => {
  const t = performance.now();
  http.get(`${base}/healthz`, { agent: false, timeout: 30_000 }, (res) => {
    res.resume();
    res.on('end', () => resolve(res.statusCode === 200 ? performance.now() - t : Infinity));
  }).on('error', () => resolve(Infinity));
});

async function run(label, env) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ehcp-hostile-'));
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, RATE_LIMIT_UPLOADS: '0', SWEEP_INTERVAL_MS: '0', LOG_LEVEL: 'info', WORKER_CONCURRENCY: String(JOBS), INGEST_TIMEOUT_MS: String(TIMEOUT_MS), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => ((out += d), out.includes('listening') && resolve()));
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`service exited (${code}): ${out.slice(-1000)}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  await new Promise((r) => setTimeout(r, 3000)); // warm workers settle
  const idleRss = memoryOf(child.pid).rss;
  let slowest = 0, peakRss = 0, polls = 0, done = false;
  const poll = (async () => {
    while (!done) {
      slowest = Math.max(slowest, await healthz(base));
      peakRss = Math.max(peakRss, memoryOf(child.pid).rss);
      polls++;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const t0 = performance.now();
  const outcomes = await Promise.all(uploads.map(async ([name, bytes]) => {
    const fd = new FormData();
    fd.append('file', new Blob([bytes]), name);
    const r = await fetch(`${base}/v1/documents`, { method: 'POST', body: fd });
    const body = await r.json();
    if (r.status !== 202) return `${r.status} ${body.error?.code}`;
    for (;;) {
      const s = await (await fetch(base + body.links.self)).json();
      if (s.state === 'done' || s.state === 'failed') return s.state === 'done' ? 'done' : s.error.code;
      await new Promise((r) => setTimeout(r, 250));
    }
  }));
  const wall = performance.now() - t0;
  done = true;
  await poll;
  const { peak } = memoryOf(child.pid);
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  rmSync(dataDir, { recursive: true, force: true });
  const counts = {};
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  console.log(`${label.padEnd(44)} slowest /healthz ${slowest === Infinity ? 'FAILED' : `${slowest.toFixed(0)} ms`} (${polls} polls); RSS idle ${mib(idleRss)}, peak ${mib(Math.max(peakRss, peak))}; ${(wall / 1000).toFixed(0)} s; ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
}

await run('default budget, one worker (576 MB)', {});
if (process.env.HOSTILE_QUICK !== '1') {
  await run('two workers (INGEST_MEMORY_BUDGET_MB=1152)', { INGEST_MEMORY_BUDGET_MB: '1152' });
  await run(`no cap (INGEST_MEMORY_BUDGET_MB=${JOBS * 576})`, { INGEST_MEMORY_BUDGET_MB: String(JOBS * 576) });
}
