// The job queue's interface and the semantics both implementations share: one job per document
// (its id is the job id); a job is retried with exponential backoff after a transient error; a
// CheckError is final (no retry). When a job gives up for good, onFailed is called once (or more:
// it must be idempotent), and the worker's handler must itself be idempotent.
// Apart from queue.ts (which picks an implementation) so the implementations import only this.
import { isCheckError } from '../../../ingest/src/errors.ts';

export type JobResult = 'done' | 'gone';

export interface JobHandlers {
  /** Processes a document; throws to fail the attempt. 'gone' = the document was deleted meanwhile. */
  process(documentId: string): Promise<JobResult>;
  /** Called when a job has failed for good (a CheckError, or retries used up, or stalled too often). */
  onFailed(documentId: string, err: unknown): Promise<void>;
}

export interface JobQueue {
  readonly kind: 'memory' | 'bullmq';
  enqueue(documentId: string): Promise<void>;
  /** Forgets a document's job wherever it is (waiting, delayed, finished). */
  remove(documentId: string): Promise<void>;
  /** Starts `concurrency` workers in this process. */
  startWorkers(handlers: JobHandlers, concurrency: number): Promise<void>;
  /** Throws when the queue's store is unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface QueueOptions {
  attempts: number;
  backoffMs: number;
  lockMs: number;
}

/** Whether an error ends the job at once: expected bad-input failures do not improve on retry. */
export function isFinal(err: unknown): boolean {
  return isCheckError(err);
}

export function backoffDelay(baseMs: number, attemptsMade: number): number {
  return baseMs * 2 ** Math.max(0, attemptsMade - 1);
}
