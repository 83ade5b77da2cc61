// npm run bench:service: plans per minute through the whole service (upload, queue, ingest,
// analyse, store) with 1 and 2 worker processes on Redis and PostgreSQL, and upload-to-report latency.
// Needs REDIS_URL and DATABASE_URL (defaults: the local test services). Uses its own schema and
// queue prefix and removes them afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createApp } from '../services/api/src/app.ts';
import { loadConfig, type Config } from '../services/api/src/config.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PLANS = Number(process.env.BENCH_PLANS ?? 60);

function plan(i: number): string {
  const rows = Array.from({ length: 12 }, (_, k) => `- ${k % 3 ? 'A specialist teacher will deliver 30 minutes of 1:1 literacy support three times a week' : 'Regular speech and language therapy as required'} (${i}.${k}).`).join('\n');
  return `# Education, Health and Care Plan: Bench Child ${i}\n\nStatus: Final. Year 9.\n\n## Section A: Views\n\nLikes drawing.\n\n## Section B: Special educational needs\n\nDifficulties with reading.\n\n## Section C: Health needs\n\nNone.\n\n## Section D: Social care needs\n\nNone.\n\n## Section E: Outcomes\n\n- By July 2027, will read 100 words a minute.\n- Will be more confident.\n\n## Section F: Special educational provision\n\n${rows}\n\n## Section G: Health provision\n\nNone.\n\n## Section H1: Social care provision\n\nNone.\n\n## Section H2: Other social care provision\n\nNone.\n\n## Section I: Placement\n\nOakfield Academy.\n\n## Section J: Personal budget\n\nNone.\n\n## Section K: Advice and information\n\nEP advice.\n`;
}

function startWorker(config: Config): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/api/src/worker-main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL, DATABASE_SCHEMA: config.databaseSchema, REDIS_URL, QUEUE_PREFIX: config.queuePrefix, WORKER_CONCURRENCY: '1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      if (out.includes('worker ready')) resolve(child);
    });
    child.on('exit', (c) => reject(new Error(`worker exited (${c})`)));
  });
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function run(workers: number): Promise<{ workers: number; plans: number; perMinute: number; p50: number; p90: number; p99: number }> {
  const tag = `bench_${workers}_${randomBytes(3).toString('hex')}`;
  const config = loadConfig({ NODE_ENV: 'production' } as NodeJS.ProcessEnv, {
    databaseUrl: DATABASE_URL,
    databaseSchema: tag,
    redisUrl: REDIS_URL,
    queuePrefix: tag,
    workers: false,
    logLevel: 'silent',
    rateLimitUploads: 0,
    sweepIntervalMs: 0,
  });
  const svc = await createApp(config);
  const server = svc.app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const children = await Promise.all(Array.from({ length: workers }, () => startWorker(config)));
  try {
    // Warm-up (module loading, first parse) is not measured.
    const warm = await (await fetch(`${base}/v1/documents`, { method: 'POST', body: body(plan(0), 'warm.md') })).json() as { links: { self: string } };
    await waitDone(base, [warm.links.self]);

    const t0 = Date.now();
    const uploaded: { self: string; at: number }[] = [];
    await Promise.all(
      Array.from({ length: PLANS }, async (_, i) => {
        const at = Date.now();
        const r = await fetch(`${base}/v1/documents`, { method: 'POST', body: body(plan(i + 1), `p${i}.md`) });
        const j = (await r.json()) as { links: { self: string } };
        uploaded.push({ self: j.links.self, at });
      }),
    );
    const doneAt = await waitDone(base, uploaded.map((u) => u.self));
    const elapsed = Math.max(...doneAt.values()) - t0;
    const latencies = uploaded.map((u) => doneAt.get(u.self)! - u.at).sort((a, b) => a - b);
    return { workers, plans: PLANS, perMinute: Math.round((PLANS / elapsed) * 60_000), p50: pct(latencies, 50), p90: pct(latencies, 90), p99: pct(latencies, 99) };
  } finally {
    for (const c of children) c.kill('SIGTERM');
    server.close();
    await svc.close();
    await cleanup(tag);
  }
}

function body(text: string, name: string): FormData {
  const fd = new FormData();
  fd.append('file', new Blob([text]), name);
  return fd;
}

/** Polls every status link; returns when each was first seen done (fails loudly on a failure). */
async function waitDone(base: string, links: string[]): Promise<Map<string, number>> {
  const done = new Map<string, number>();
  while (done.size < links.length) {
    await Promise.all(
      links.filter((l) => !done.has(l)).map(async (l) => {
        const s = (await (await fetch(base + l)).json()) as { state: string; error?: unknown };
        if (s.state === 'failed') throw new Error(`a bench plan failed: ${JSON.stringify(s.error)}`);
        if (s.state === 'done') done.set(l, Date.now());
      }),
    );
    await new Promise((r) => setTimeout(r, 25));
  }
  return done;
}

async function cleanup(tag: string): Promise<void> {
  const c = new pg.Client({ connectionString: DATABASE_URL });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${tag} CASCADE`);
  await c.end();
  const r = new Redis(REDIS_URL);
  const keys = await r.keys(`${tag}:*`);
  if (keys.length) await r.del(...keys);
  r.disconnect();
}

const rows = [];
for (const w of [1, 2]) rows.push(await run(w));
console.log(`Service bench: ${PLANS} Markdown plans uploaded at once, worker processes on Redis + PostgreSQL (${process.platform}, ${(await import('node:os')).cpus().length} CPUs, Node ${process.version})`);
console.log('workers | plans/min | upload-to-report p50 | p90 | p99');
for (const r of rows) console.log(`${r.workers} | ${r.perMinute} | ${r.p50} ms | ${r.p90} ms | ${r.p99} ms`);
process.exit(0);
