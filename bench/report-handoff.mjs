// node bench/report-handoff.mjs (after `npm run build`): how much main-thread time a large plan's
// analysis costs the service once the parse worker has done the work: the report handed back from
// the worker, sealed and stored (worker.ts processDocument, after extraction). A ~2 MB Markdown plan
// of repeated provisions gives a report of ~23 MB. Measured in this process, where the service's
// event loop runs: the main thread's CPU time (/proc/self/task/PID/stat: this thread alone, not the
// workers; on a loaded machine the loop's busy wall time is mostly waiting for a core), the loop's
// busy time (performance.eventLoopUtilization) and its longest stall (monitorEventLoopDelay) over processDocument, on the embedded database on disk, and on PostgreSQL
// when BENCH_DATABASE_URL is set. BENCH_DIST=/other/checkout/dist measures another build (before/after).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const load = (rel) => import(pathToFileURL(join(DIST, rel)).href);
const REPEAT = Number(process.env.BENCH_REPEAT) || 3;
const LINES = Number(process.env.BENCH_LINES) || 6_000;

const { loadConfig } = await load('api/src/config.js');
const { openDb } = await load('api/src/db/db.js');
const { migrate } = await load('api/src/db/migrate.js');
const store = await load('api/src/store.js');
const { processDocument } = await load('api/src/worker.js');
const { ingest } = await load('ingest/src/index.js');
const { closeParseWorkers, warmParseWorkers } = await load('ingest/src/run-worker.js');

const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
/** CPU ms of this process's main thread (utime + stime of its task; Linux). */
function mainThreadCpuMs() {
  const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
}

function bigPlan(lines) {
  const f = Array.from({ length: lines }, (_, i) => `- Pip will have regular support with reading from an adult as required (item ${i}).`).join('\n');
  return `# Education, Health and Care Plan: Pip Example\n\nStatus: Final. Year 10.\n\n## Section A: Views\n\nPip likes trains.\n\n## Section B: Special educational needs\n\nPip has difficulties with reading.\n\n## Section E: Outcomes\n\n- By July 2027, Pip will read a short passage aloud with 90% accuracy.\n\n## Section F: Special educational provision\n\n${f}\n\n## Section I: Placement\n\nOakfield School.\n`;
}

const silent = { info() {}, debug() {}, warn() {}, error() {} };
const bytes = Buffer.from(bigPlan(LINES));
const timeoutMs = 600_000;

async function measure(label, config) {
  const db = await openDb(config);
  await migrate(db);
  warmParseWorkers(1);
  const structured = await ingest(Buffer.from(bytes), { name: 'big-plan.md', maxBytes: 50 * 1024 * 1024, timeoutMs });
  const rows = [];
  for (let i = 0; i < REPEAT; i++) {
    const id = await store.createDocument(db, { name: 'big-plan.md', bytes: Buffer.from(bytes), orgId: null, userId: null, capabilityHash: 'bench', expiresAt: null, actor: 'bench' });
    await store.saveStructured(db, id, structured); // extraction done: processDocument goes straight to analysis
    const h = monitorEventLoopDelay({ resolution: 5 });
    h.enable();
    const elu0 = performance.eventLoopUtilization();
    const cpu0 = mainThreadCpuMs();
    const t0 = performance.now();
    const r = await processDocument({ db, config: { ...config, ingestTimeoutMs: timeoutMs }, logger: silent }, id);
    const wall = performance.now() - t0;
    const elu = performance.eventLoopUtilization(elu0);
    const cpu = mainThreadCpuMs() - cpu0;
    h.disable();
    if (r !== 'done') throw new Error(`processDocument: ${r}`);
    const inRow = Number((await db.query('SELECT octet_length(sealed) AS n FROM reports WHERE document_id = $1', [id])).rows[0].n);
    const size = inRow || statSync(join(config.dataDir, 'results', `${id}.report.sealed`)).size;
    rows.push({ wall, cpu, busy: elu.active, stall: h.max / 1e6, size });
    await store.deleteDocument(db, id, 'bench', false);
  }
  await db.close();
  const med = (k) => [...rows.map((r) => r[k])].sort((a, b) => a - b)[Math.floor(rows.length / 2)];
  console.log(`${label.padEnd(22)} wall ${med('wall').toFixed(0).padStart(6)} ms   main-thread CPU ${med('cpu').toFixed(0).padStart(5)} ms   loop busy ${med('busy').toFixed(0).padStart(5)} ms   longest stall ${med('stall').toFixed(0).padStart(5)} ms   (median of ${REPEAT}; sealed report ${(med('size') / 1048576).toFixed(1)} MiB)`);
}

console.log(`plan ${(bytes.length / 1048576).toFixed(1)} MiB (${LINES} provision lines); build ${DIST}`);
const dataDir = mkdtempSync(join(tmpdir(), 'ehcp-bench-handoff-'));
try {
  const base = loadConfig({ NODE_ENV: 'test' }, { logLevel: 'silent' });
  await measure('embedded (PGlite)', { ...base, dataDir, inMemoryDb: false, databaseUrl: undefined });
  if (process.env.BENCH_DATABASE_URL) {
    const schema = `bench_handoff_${process.pid}`;
    await measure('PostgreSQL', { ...base, databaseUrl: process.env.BENCH_DATABASE_URL, databaseSchema: schema });
    const { default: pg } = await import('pg');
    const c = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL });
    await c.connect();
    await c.query(`DROP SCHEMA ${schema} CASCADE`);
    await c.end();
  }
} finally {
  await closeParseWorkers();
  rmSync(dataDir, { recursive: true, force: true });
}
