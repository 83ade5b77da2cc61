// The two queues keep the same promises: retries with backoff for transient errors, none for a
// CheckError, onFailed once the job gives up, and one job per document id.
import { afterEach, describe, expect, it } from 'vitest';
import { openQueue, type JobQueue } from '../../services/api/src/queue/queue.ts';
import { CheckError } from '../../services/ingest/src/errors.ts';
import { dropIsolated, testConfig, waitFor, type Backend } from './helpers.ts';

// Long enough that scheduling jitter on a busy machine (BullMQ promotes delayed jobs by polling)
// cannot reverse the order of the two retry gaps.
const BACKOFF_MS = 150;

describe.each<Backend>(['embedded', 'scaled'])('queue on %s', (backend) => {
  const config = testConfig(backend, { jobAttempts: 3, jobBackoffMs: BACKOFF_MS });
  let queue: JobQueue | undefined;
  afterEach(async () => {
    await queue?.close();
    await dropIsolated(config);
  });

  it('retries a transient error with growing delays, then succeeds', async () => {
    queue = await openQueue(config);
    const at: number[] = [];
    const failed: string[] = [];
    let done = false;
    await queue.startWorkers(
      {
        async process() {
          at.push(Date.now());
          if (at.length < 3) throw new Error('transient');
          done = true;
          return 'done';
        },
        async onFailed(id) {
          failed.push(id);
        },
      },
      1,
    );
    await queue.enqueue('doc-1');
    await waitFor(async () => done);
    expect(at).toHaveLength(3);
    expect(at[2] - at[1]).toBeGreaterThanOrEqual(at[1] - at[0]); // exponential: BACKOFF_MS, then twice that
    expect(at[2] - at[1]).toBeGreaterThanOrEqual(1.75 * BACKOFF_MS);
    expect(failed).toEqual([]);
  });

  it('gives up after the last attempt and reports the failure once', async () => {
    queue = await openQueue(config);
    let calls = 0;
    const failed: unknown[] = [];
    await queue.startWorkers({ process: async () => { calls++; throw new Error('always'); }, onFailed: async (_id, err) => void failed.push(err) }, 1);
    await queue.enqueue('doc-2');
    await waitFor(async () => failed.length > 0);
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toBe(3);
    expect(failed).toHaveLength(1);
  });

  it('does not retry a CheckError', async () => {
    queue = await openQueue(config);
    let calls = 0;
    const failed: unknown[] = [];
    await queue.startWorkers({ process: async () => { calls++; throw new CheckError('corrupt_file', 'damaged'); }, onFailed: async (_id, err) => void failed.push(err) }, 1);
    await queue.enqueue('doc-3');
    await waitFor(async () => failed.length > 0);
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toBe(1);
    expect((failed[0] as CheckError).code).toBe('corrupt_file');
  });

  it('runs one job per document id however often it is enqueued, and forgets removed jobs', async () => {
    queue = await openQueue(config);
    const seen: string[] = [];
    await queue.enqueue('dup');
    await queue.enqueue('dup');
    await queue.enqueue('removed');
    await queue.remove('removed');
    await queue.enqueue('last');
    await queue.startWorkers({ process: async (id) => { seen.push(id); return 'done'; }, onFailed: async () => {} }, 2);
    await waitFor(async () => seen.includes('last'));
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.sort()).toEqual(['dup', 'last']);
  });
});
