// A worker process killed (SIGKILL) in the middle of a job: the job is recovered by another worker
// once its lock expires, and the document ends done exactly once.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../services/api/src/app.ts';
import { openQueue, type JobQueue } from '../../services/api/src/queue/queue.ts';
import { getDocument, stateHistory } from '../../services/api/src/store.ts';
import { jobHandlers } from '../../services/api/src/worker.ts';
import { dropIsolated, form, listen, samplePlan, settle, testConfig, waitFor } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function startWorkerProcess(env: Record<string, string>): { child: ChildProcess; ready: Promise<void> } {
  // `npm run worker` as users run it: compiled (tests/global-setup.ts builds dist/), no tsx to load.
  const child = spawn(process.execPath, ['dist/api/src/worker-main.js'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += String(d);
      if (out.includes('worker ready')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`worker exited early (${code}): ${out}`)));
  });
  return { child, ready };
}

describe('a worker killed mid-job', () => {
  const config = testConfig('scaled', { workers: false, jobLockMs: 2000 });
  let svc: App | undefined;
  let rescuer: JobQueue | undefined;
  let child: ChildProcess | undefined;
  afterAll(async () => {
    child?.kill('SIGKILL');
    await rescuer?.close();
    await svc?.close();
    await dropIsolated(config);
  });

  it('does not lose the document nor finish it twice', async () => {
    svc = await createApp(config);
    const { base, stop } = await listen(svc.app);
    try {
      const worker = startWorkerProcess({
        NODE_ENV: 'test',
        EHCP_TEST_HOLD_EXTRACTING_MS: '600000',
        DATABASE_URL: config.databaseUrl!,
        DATABASE_SCHEMA: config.databaseSchema!,
        REDIS_URL: config.redisUrl!,
        QUEUE_PREFIX: config.queuePrefix,
        JOB_LOCK_MS: String(config.jobLockMs),
        WORKER_CONCURRENCY: '1',
        LOG_LEVEL: 'info',
      });
      child = worker.child;
      await worker.ready;

      const r = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(samplePlan(7), 'crash.md') });
      const doc = (await r.json()) as { id: string; links: { self: string } };
      await waitFor(async () => (await getDocument(svc!.db, doc.id))?.state === 'extracting', 20_000);

      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      await new Promise((r) => setTimeout(r, 300));
      expect((await getDocument(svc.db, doc.id))?.state).toBe('extracting'); // nobody finished it

      // Another worker (in this process, no hold) picks the stalled job up once the lock expires.
      rescuer = await openQueue(config);
      await rescuer.startWorkers(jobHandlers({ db: svc.db, config: { ...config, testHoldExtractingMs: 0 }, logger: svc.logger }), 1);
      const final = await settle(base, doc.links.self, {}, 30_000);
      expect(final.state).toBe('done');
      await new Promise((r) => setTimeout(r, 500));

      const reports = await svc.db.query('SELECT 1 FROM reports WHERE document_id = $1', [doc.id]);
      expect(reports.rows).toHaveLength(1);
      const states = (await stateHistory(svc.db, doc.id)).map((s) => s.state);
      expect(states.filter((s) => s === 'done')).toHaveLength(1);
      expect(states).toEqual(['queued', 'extracting', 'analysing', 'done']);
    } finally {
      await stop();
    }
  }, 60_000);
});
