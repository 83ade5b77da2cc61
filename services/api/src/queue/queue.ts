// Opens the job queue: BullMQ on Redis when REDIS_URL is set, else in-process. The interface and
// its semantics are in job-queue.ts.
import type { Config } from '../config.ts';
import type { JobQueue } from './job-queue.ts';

export type { JobHandlers, JobQueue, JobResult, QueueOptions } from './job-queue.ts';

export async function openQueue(config: Config): Promise<JobQueue> {
  const opts = { attempts: config.jobAttempts, backoffMs: config.jobBackoffMs, lockMs: config.jobLockMs };
  if (config.redisUrl) {
    const { BullQueue } = await import('./bullmq.ts');
    return new BullQueue(config.redisUrl, config.queuePrefix, opts);
  }
  const { MemoryQueue } = await import('./memory.ts');
  return new MemoryQueue(opts);
}
