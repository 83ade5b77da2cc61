// The parse workers are pooled: a clean parse leaves its worker for the next file; a worker that
// timed out is never reused; one that holds too much memory after a file is retired and, in a warm
// pool, replaced at once; idle workers do not keep the process alive.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { closeParseWorkers, ingest, parseWorkerStats } from '../../services/ingest/src/index.ts';
import { isCheckError } from '../../services/ingest/src/errors.ts';
import { analyseInWorker, configureParseWorkers, warmParseWorkers } from '../../services/ingest/src/run-worker.ts';

const INGEST = fileURLToPath(new URL('../../services/ingest/src/index.ts', import.meta.url));
const plan = (n: number) => new TextEncoder().encode(`Section F: Special educational provision\n\n- Plan ${n}: 30 minutes of phonics teaching daily from a teaching assistant.\n`);

describe('parse worker pool', () => {
  afterAll(closeParseWorkers);

  it('reuses one worker for files read one after another', async () => {
    await closeParseWorkers();
    const before = parseWorkerStats().started;
    for (let i = 0; i < 4; i++) {
      const doc = await ingest(plan(i), { name: `p${i}.txt` });
      expect(doc.text).toContain(`Plan ${i}:`);
    }
    expect(parseWorkerStats().started - before).toBe(1);
    expect(parseWorkerStats().idle).toBe(1);
  });

  it("starts an analysis's time limit once the worker has loaded the analyser, not when the task is posted", async () => {
    await closeParseWorkers();
    // This worker has read a file but never loaded the analyser: its first analysis loads the analyser's
    // modules and parses the default rubric (a second or more, longer on a busy machine) before its
    // clock starts, and a small plan then takes milliseconds.
    const doc = await ingest(plan(11), { name: 'p11.txt' });
    const report = await analyseInWorker(doc, null, 500);
    expect(report.provisions).toHaveLength(1);
    // A limit the analysis itself cannot meet still stops it, with the analysis's own message.
    const lines = Array.from({ length: 400 }, (_, i) => `- ${i + 1}. 30 minutes of phonics teaching daily from a teaching assistant.`);
    const big = await ingest(new TextEncoder().encode(`Section F: Special educational provision\n\n${lines.join('\n')}\n`), { name: 'big.txt' });
    const err = await analyseInWorker(big, null, 1).catch((e) => e);
    expect(isCheckError(err) && err.code).toBe('file_too_large');
    expect(String(err.message)).toMatch(/to analyse/);
  });

  it('drops a worker that timed out and reads the next file with a fresh one', async () => {
    await closeParseWorkers();
    const before = parseWorkerStats().started;
    const err = await ingest(plan(9), { name: 'slow.txt', timeoutMs: 1 }).catch((e) => e);
    expect(isCheckError(err) && err.code).toBe('file_too_large');
    expect(parseWorkerStats().idle).toBe(0);
    const doc = await ingest(plan(10), { name: 'next.txt' });
    expect(doc.text).toContain('Plan 10:');
    expect(parseWorkerStats().started - before).toBe(2);
  });

  it('starts a warm worker before the first file, and the first file uses it', async () => {
    await closeParseWorkers();
    const before = parseWorkerStats().started;
    warmParseWorkers(1);
    expect(parseWorkerStats()).toMatchObject({ started: before + 1, idle: 1 });
    const doc = await ingest(plan(20), { name: 'first.txt' });
    expect(doc.text).toContain('Plan 20:');
    expect(parseWorkerStats()).toMatchObject({ started: before + 1, idle: 1 });
    await closeParseWorkers();
  });

  it('retires a worker whose heap is over the limit after a file, and a warm pool starts another', async () => {
    await closeParseWorkers();
    warmParseWorkers(1);
    const before = parseWorkerStats();
    configureParseWorkers({ recycleHeapMb: 1 }); // any real heap is over 1 MB
    try {
      const doc = await ingest(plan(30), { name: 'heavy.txt' });
      expect(doc.text).toContain('Plan 30:');
      expect(parseWorkerStats().retiredForMemory).toBe(before.retiredForMemory + 1);
      // The retired worker's exit starts its replacement.
      await vi.waitFor(() => expect(parseWorkerStats()).toMatchObject({ started: before.started + 1, idle: 1 }), { timeout: 10_000 });
    } finally {
      configureParseWorkers({ recycleHeapMb: 160 });
      await closeParseWorkers();
    }
    const next = await ingest(plan(31), { name: 'next.txt' });
    expect(next.text).toContain('Plan 31:');
  });

  it('lets the process exit while a worker waits idle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pool-'));
    const script = join(dir, 'read.mts');
    writeFileSync(script, `import { ingest } from ${JSON.stringify(INGEST)};
      await ingest(new TextEncoder().encode('Section F\\n\\nSome text to read.'), { name: 'a.txt' });
      console.log('read');`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 30_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stdout.trim()).toBe('read');
    expect(r.status).toBe(0);
  });
});
