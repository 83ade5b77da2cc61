// The parse worker pool caps all its workers' memory together (INGEST_MEMORY_BUDGET_MB): at most
// budget / WORKER_LIMIT_MB workers are alive at once, and work beyond them waits for one instead of
// adding a worker; every task still completes.
import { afterAll, describe, expect, it } from 'vitest';
import { closeParseWorkers, ingest, parseWorkerStats } from '../../services/ingest/src/index.ts';
import { configureParseWorkers, maxLiveWorkers, WORKER_LIMIT_MB } from '../../services/ingest/src/run-worker.ts';

const plan = (n: number) => new TextEncoder().encode(`Section F: Special educational provision\n\n- Plan ${n}: 30 minutes of phonics teaching daily from a teaching assistant.\n`);

describe('the parse workers\' memory budget', () => {
  afterAll(closeParseWorkers);

  it('runs six parses through one worker when the budget holds one, the rest waiting', async () => {
    await closeParseWorkers();
    configureParseWorkers({ memoryBudgetMb: WORKER_LIMIT_MB + 100 });
    expect(maxLiveWorkers()).toBe(1);
    const runs = Array.from({ length: 6 }, (_, i) => ingest(plan(i), { name: `p${i}.txt` }));
    expect(parseWorkerStats().waiting).toBeGreaterThan(0);
    const docs = await Promise.all(runs);
    docs.forEach((d, i) => expect(d.text).toContain(`Plan ${i}:`));
    expect(parseWorkerStats().mostLive).toBe(1);
    expect(parseWorkerStats().waiting).toBe(0);
  }, 60_000);

  it('uses up to the budget\'s worth of workers, never more', async () => {
    await closeParseWorkers();
    configureParseWorkers({ memoryBudgetMb: 2 * WORKER_LIMIT_MB });
    expect(maxLiveWorkers()).toBe(2);
    const docs = await Promise.all(Array.from({ length: 6 }, (_, i) => ingest(plan(10 + i), { name: `q${i}.txt` })));
    docs.forEach((d, i) => expect(d.text).toContain(`Plan ${10 + i}:`));
    expect(parseWorkerStats().mostLive).toBe(2);
  }, 60_000);
});
