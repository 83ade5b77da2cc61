// BullMQ on Redis: durable jobs, retries with exponential backoff, and stalled-job recovery
// (a job whose worker died is moved back to waiting once its lock expires, and runs again).
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { JobHandlers, JobQueue, JobResult, QueueOptions } from './job-queue.ts';
import { isFinal } from './job-queue.ts';

export const QUEUE_NAME = 'documents';

interface JobData {
  documentId: string;
}

export class BullQueue implements JobQueue {
  readonly kind = 'bullmq' as const;
  readonly queue: Queue<JobData>;
  private workers: Worker<JobData, JobResult>[] = [];
  private readonly connection: { url: string; maxRetriesPerRequest: null };

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
  }

  async enqueue(documentId: string): Promise<void> {
    // The job id is the document id: adding it twice is a no-op.
    await this.queue.add('process', { documentId }, { jobId: documentId });
  }

  async remove(documentId: string): Promise<void> {
    // An active job is locked and cannot be removed; its handler finds the document gone and the
    // 'completed' listener below removes the job then.
    await this.queue.remove(documentId).catch(() => 0);
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
    await worker.waitUntilReady();
    this.workers.push(worker);
  }

  async ping(): Promise<void> {
    // Commands wait for a reconnect forever (maxRetriesPerRequest: null): bound the probe.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('redis did not answer')), 2000);
    });
    try {
      await Promise.race([this.queue.getBackend().client.then((c) => c.get(`${this.prefix}:ping`)), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await this.queue.close();
  }
}
