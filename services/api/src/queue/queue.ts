// Opens the job queue: BullMQ on Redis when REDIS_URL is set, else in-process. The interface and
// its semantics are in job-queue.ts.
import type { Config } from '../config.ts';
import type { JobQueue } from './job-queue.ts';

export type { JobHandlers, JobQueue, JobResult, QueueOptions } from './job-queue.ts';
export { QueueUnavailableError, redactUrl, within, isFinal, backoffDelay } from './job-queue.ts';

export async function openQueue(config: Config): Promise<JobQueue> {
  const opts = { attempts: config.jobAttempts, backoffMs: config.jobBackoffMs, lockMs: config.jobLockMs, timeoutMs: config.queueTimeoutMs };
  if (config.redisUrl) {
    const { BullQueue } = await import('./bullmq.ts');
    const q = new BullQueue(config.redisUrl, config.queuePrefix, opts);
    // Start either way (it reconnects by itself); a short wait lets a reachable Redis be seen as such.
    await q.connected(opts.timeoutMs);
    return q;
  }
  const { MemoryQueue } = await import('./memory.ts');
  return new MemoryQueue(opts);
}
