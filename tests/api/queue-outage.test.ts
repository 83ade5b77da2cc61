// A queue outage fails fast (README: Configuration, error codes). A real Redis on a spare port is
// started and killed: with it down the service starts within seconds, an upload answers 503
// queue_unavailable within 5 s and keeps nothing, /readyz says which part is down while /healthz
// stays up; when Redis returns the service takes uploads again by itself; and a job whose Redis
// was killed mid-job completes once it returns.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../services/api/src/app.ts';
import { QUEUE_NAME } from '../../services/api/src/queue/bullmq.ts';
import { dropIsolated, form, listen, samplePlan, settle, testConfig, waitFor } from './helpers.ts';

type Json = Record<string, any>;

async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** A private redis-server that keeps its data across a kill (append-only file, fsync always). */
class TestRedis {
  proc: ChildProcess | null = null;
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ehcp-redis-'));
  constructor(readonly port: number) {}
  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }
  async start(): Promise<void> {
    this.proc = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'], { stdio: 'ignore' });
    await waitFor(
      () =>
        new Promise<boolean>((resolve) => {
          const c = net.connect(this.port, '127.0.0.1', () => {
            c.end();
            resolve(true);
          });
          c.on('error', () => resolve(false));
        }),
      10_000,
    );
  }
  async kill(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill('SIGKILL');
    await exited;
    this.proc = null;
  }
  async stop(): Promise<void> {
    await this.kill();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t = Date.now();
  const v = await fn();
  return [v, Date.now() - t];
};

describe('with Redis down', () => {
  let redis: TestRedis;
  let config: ReturnType<typeof testConfig>;
  let app: App;
  let base: string;
  let stop: () => Promise<void>;
  let startMs = 0;

  beforeAll(async () => {
    redis = new TestRedis(await sparePort()); // not started: nothing listens there yet
    config = testConfig('scaled', { redisUrl: redis.url, queueTimeoutMs: 1500, jobLockMs: 2000, jobBackoffMs: 200 });
    [app, startMs] = await timed(() => createApp(config));
    ({ base, stop } = await listen(app.app));
  }, 60_000);
  afterAll(async () => {
    await stop?.();
    await app?.close();
    await redis?.stop();
    await dropIsolated({ ...config, redisUrl: undefined });
  });

  const count = async (table: string) => Number(((await app.db.query(`SELECT count(*) AS n FROM ${table}`)).rows[0] as Json).n);

  it('starts within seconds, says which part is down, and refuses uploads at once keeping nothing', async () => {
    expect(startMs).toBeLessThan(8000);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const [ready, readyMs] = await timed(() => fetch(`${base}/readyz`));
    expect(readyMs).toBeLessThan(3000);
    expect(ready.status).toBe(503);
    // toMatchObject: on a PostgreSQL with wal_recycle on, /readyz also carries a deletion warning (deletion.test.ts).
    expect(await ready.json()).toMatchObject({ status: 'unavailable', checks: { storage: true, queue: false } });

    const [r, ms] = await timed(() => fetch(`${base}/v1/documents`, { method: 'POST', body: form(samplePlan(1), 'down-plan.md') }));
    expect(ms).toBeLessThan(5000);
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('30');
    expect(((await r.json()) as Json).error.code).toBe('queue_unavailable');
    for (const t of ['documents', 'document_bytes', 'document_keys']) expect(await count(t), t).toBe(0);
  }, 30_000);

  it('recovers by itself when Redis returns', async () => {
    await redis.start();
    await waitFor(async () => (await fetch(`${base}/readyz`)).status === 200, 15_000, 100);
    const ok = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(samplePlan(2), 'back-plan.md') });
    expect(ok.status).toBe(202);
    const okBody = (await ok.json()) as Json;
    expect((await settle(base, okBody.links.self)).state).toBe('done');
  }, 60_000);
});

describe('Redis killed mid-job', () => {
  let redis: TestRedis;
  let config: ReturnType<typeof testConfig>;
  let app: App;
  let base: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    redis = new TestRedis(await sparePort());
    await redis.start();
    config = testConfig('scaled', { redisUrl: redis.url, queueTimeoutMs: 1500, jobLockMs: 2000, jobBackoffMs: 200, testHoldExtractingMs: 2500 });
    app = await createApp(config);
    ({ base, stop } = await listen(app.app));
  }, 60_000);
  afterAll(async () => {
    await stop?.();
    await app?.close();
    await redis?.stop();
    await dropIsolated({ ...config, redisUrl: undefined });
  });

  it('completes the job, once, after Redis comes back', async () => {
    const r = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(samplePlan(3), 'mid-job.md') });
    expect(r.status).toBe(202);
    const { id, links } = (await r.json()) as Json;
    await waitFor(async () => ((await (await fetch(base + links.self)).json()) as Json).state === 'extracting', 15_000, 50);
    await redis.kill();
    // While it is down: uploads are refused, the document in flight stays.
    const refused = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(samplePlan(4), 'refused.md') });
    expect(refused.status).toBe(503);
    await new Promise((res) => setTimeout(res, 3000));
    await redis.start();
    expect((await settle(base, links.self, {}, 45_000)).state).toBe('done');
    // The job itself finishes in BullMQ (not left active or stalled), and its report was written once.
    const q = new Queue(QUEUE_NAME, { connection: { url: redis.url }, prefix: config.queuePrefix });
    try {
      await waitFor(async () => {
        const c = await q.getJobCounts('active', 'waiting', 'delayed', 'completed');
        return c.active + c.waiting + c.delayed === 0 && c.completed === 1;
      }, 30_000, 200);
    } finally {
      await q.close();
    }
    expect((await app.db.query('SELECT 1 FROM reports WHERE document_id = $1', [id])).rows).toHaveLength(1);
    expect((await app.db.query('SELECT 1 FROM documents')).rows).toHaveLength(1);
  }, 120_000);
});

describe('Redis lost between the check and the enqueue', () => {
  it('deletes the stored document and answers 503 queue_unavailable', async () => {
    const app = await createApp(testConfig('embedded', { workers: false }));
    const { base, stop } = await listen(app.app);
    try {
      const { QueueUnavailableError } = await import('../../services/api/src/queue/queue.ts');
      app.queue.enqueue = async () => {
        throw new QueueUnavailableError('enqueue: no answer from the queue within 1500 ms');
      };
      const r = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(samplePlan(5), 'race.md') });
      expect(r.status).toBe(503);
      expect(((await r.json()) as Json).error.code).toBe('queue_unavailable');
      for (const t of ['documents', 'document_bytes', 'document_keys', 'structured_documents']) {
        expect((await app.db.query(`SELECT 1 FROM ${t}`)).rows, t).toHaveLength(0);
      }
    } finally {
      await stop();
      await app.close();
    }
  }, 60_000);
});
