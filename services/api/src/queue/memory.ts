// The in-process queue for the embedded defaults: same interface and retry semantics as BullMQ,
// without durability (a job in flight when the process stops is picked up again at start by
// requeueUnfinished in worker.ts).
import { backoffDelay, isFinal, type JobHandlers, type JobQueue, type QueueOptions } from './job-queue.ts';

export class MemoryQueue implements JobQueue {
  readonly kind = 'memory' as const;
  private waiting: string[] = [];
  private known = new Set<string>();
  private delayed = new Map<string, NodeJS.Timeout>();
  private active = new Map<string, Promise<void>>();
  private attemptsMade = new Map<string, number>();
  private handlers: JobHandlers | null = null;
  private concurrency = 0;
  private closed = false;

  constructor(private readonly opts: QueueOptions) {}

  async enqueue(documentId: string): Promise<void> {
    if (this.closed || this.known.has(documentId)) return;
    this.known.add(documentId);
    this.waiting.push(documentId);
    this.pump();
  }

  async remove(documentId: string): Promise<void> {
    this.waiting = this.waiting.filter((id) => id !== documentId);
    const t = this.delayed.get(documentId);
    if (t) clearTimeout(t);
    this.delayed.delete(documentId);
    this.attemptsMade.delete(documentId);
    if (!this.active.has(documentId)) this.known.delete(documentId);
  }

  async startWorkers(handlers: JobHandlers, concurrency: number): Promise<void> {
    this.handlers = handlers;
    this.concurrency += concurrency;
    this.pump();
  }

  async ping(): Promise<void> {
    if (this.closed) throw new Error('queue closed');
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.delayed.values()) clearTimeout(t);
    this.delayed.clear();
    this.waiting = [];
    await Promise.allSettled([...this.active.values()]);
  }

  /** Jobs waiting or running (for tests and the bench). */
  get size(): number {
    return this.waiting.length + this.delayed.size + this.active.size;
  }

  private pump(): void {
    while (!this.closed && this.handlers && this.active.size < this.concurrency && this.waiting.length > 0) {
      const id = this.waiting.shift()!;
      const run = this.runOnce(id, this.handlers).finally(() => {
        this.active.delete(id);
        this.pump();
      });
      this.active.set(id, run);
    }
  }

  private async runOnce(id: string, h: JobHandlers): Promise<void> {
    const made = this.attemptsMade.get(id) ?? 0;
    try {
      await h.process(id);
      this.forget(id);
    } catch (err) {
      const attemptsMade = made + 1;
      this.attemptsMade.set(id, attemptsMade);
      if (isFinal(err) || attemptsMade >= this.opts.attempts || this.closed) {
        this.forget(id);
        await h.onFailed(id, err).catch(() => {});
        return;
      }
      const t = setTimeout(() => {
        this.delayed.delete(id);
        if (this.known.has(id)) {
          this.waiting.push(id);
          this.pump();
        }
      }, backoffDelay(this.opts.backoffMs, attemptsMade));
      t.unref();
      this.delayed.set(id, t);
    }
  }

  private forget(id: string): void {
    this.known.delete(id);
    this.attemptsMade.delete(id);
  }
}
