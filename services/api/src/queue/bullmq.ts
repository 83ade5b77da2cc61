// BullMQ on Redis: durable jobs, retries with exponential backoff, and stalled-job recovery
// (a job whose worker died is moved back to waiting once its lock expires, and runs again).
// BullMQ's own connections wait for Redis forever; a separate small connection that never queues
// commands tells whether Redis is there, so a request fails fast instead (QueueUnavailableError).
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { JobHandlers, JobQueue, JobResult, QueueOptions } from './job-queue.ts';
import { isFinal, QueueUnavailableError, within } from './job-queue.ts';

export const QUEUE_NAME = 'documents';

interface JobData {
  documentId: string;
}

export class BullQueue implements JobQueue {
  readonly kind = 'bullmq' as const;
  readonly queue: Queue<JobData>;
  private workers: Worker<JobData, JobResult>[] = [];
  private readonly connection: { url: string; maxRetriesPerRequest: null };
  private readonly monitor: Redis;

  constructor(
    redisUrl: string,
    readonly prefix: string,
    private readonly opts: QueueOptions,
  ) {
    this.connection = { url: redisUrl, maxRetriesPerRequest: null };
    this.queue = new Queue<JobData>(QUEUE_NAME, {
      connection: this.connection,
      prefix,
      defaultJobOptions: {
        attempts: opts.attempts,
        backoff: { type: 'exponential', delay: opts.backoffMs },
        // Job data is only the document id; keep finished jobs a while for inspection, then drop them.
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    });
    this.queue.on('error', () => {
      /* connection errors surface through ping() and /readyz */
    });
    this.monitor = new Redis(redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: Math.max(500, opts.timeoutMs),
      retryStrategy: (times) => Math.min(250 * times, 2000),
    });
    this.monitor.on('error', () => {
      /* reconnects by itself; available() says whether it is up */
    });
  }

  available(): boolean {
    return this.monitor.status === 'ready';
  }

  /** Resolves true once Redis answers, false after ms. */
  async connected(ms: number): Promise<boolean> {
    if (this.available()) return true;
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.monitor.off('ready', onReady);
        resolve(ok);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => done(false), ms);
      this.monitor.on('ready', onReady);
    });
  }

  async enqueue(documentId: string): Promise<void> {
    if (!this.available()) throw new QueueUnavailableError('Redis is unreachable');
    // The job id is the document id: adding it twice is a no-op.
    await within(this.queue.add('process', { documentId }, { jobId: documentId }), this.opts.timeoutMs, 'enqueue');
  }

  async remove(documentId: string): Promise<void> {
    // An active job is locked and cannot be removed; its handler finds the document gone and the
    // 'completed' listener below removes the job then. With Redis away, a job left behind finds its
    // document gone the same way.
    if (!this.available()) return;
    await within(this.queue.remove(documentId), this.opts.timeoutMs, 'remove').catch(() => 0);
  }

  async startWorkers(h: JobHandlers, concurrency: number): Promise<void> {
    const worker = new Worker<JobData, JobResult>(
      QUEUE_NAME,
      async (job: Job<JobData, JobResult>) => {
        const id = job.data.documentId;
        try {
          return await h.process(id);
        } catch (err) {
          const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
          if (isFinal(err) || lastAttempt) {
            await h.onFailed(id, err);
            if (isFinal(err)) throw new UnrecoverableError((err as Error).message);
          }
          throw err;
        }
      },
      {
        connection: this.connection,
        prefix: this.prefix,
        concurrency,
        lockDuration: this.opts.lockMs,
        stalledInterval: Math.max(1000, Math.floor(this.opts.lockMs / 2)),
        maxStalledCount: 2,
      },
    );
    worker.on('error', () => {
      /* reconnects by itself */
    });
    worker.on('completed', (job, result) => {
      if (result === 'gone') job.remove().catch(() => {});
    });
    worker.on('failed', (job, err) => {
      // A job that stalled too often fails without its handler running: record that too.
      if (job && /stalled/i.test(err?.message ?? '')) h.onFailed(job.data.documentId, err).catch(() => {});
    });
    this.workers.push(worker);
    // Without Redis the worker waits for it in the background instead of holding up the start.
    if (this.available()) await within(worker.waitUntilReady(), this.opts.timeoutMs, 'worker start').catch(() => {});
  }

  async ping(): Promise<void> {
    if (!this.available()) throw new QueueUnavailableError('Redis is unreachable');
    await within(this.monitor.ping(), Math.min(this.opts.timeoutMs, 2000), 'ping');
  }

  async close(): Promise<void> {
    const up = this.available();
    this.monitor.disconnect();
    if (up) {
      await Promise.allSettled(this.workers.map((w) => w.close()));
      await this.queue.close();
      return;
    }
    // Redis is away: closing gracefully would wait for it. Give it a moment, then let go.
    await within(Promise.allSettled([...this.workers.map((w) => w.close(true)), this.queue.close()]), 2000, 'close').catch(() => {});
    for (const w of this.workers) void w.disconnect().catch(() => {});
    void this.queue.disconnect().catch(() => {});
  }
}
