// No CPU work on the request thread in proportion to an upload: a spot-check zip within the limits
// that expands to ~100 MB is unpacked and hashed in a worker, and a large upload is stored as a
// file, so /healthz keeps answering meanwhile and the event loop (perf_hooks.monitorEventLoopDelay, in
// this process, where the service runs) never freezes.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../services/api/src/app.ts';
import { createOrg } from '../../services/api/src/accounts.ts';
import { parseWorkerStats } from '../../services/ingest/src/index.ts';
import { maxLiveWorkers } from '../../services/ingest/src/run-worker.ts';
import { form, listen, samplePlan, settle, testConfig, userToken, seededDataDir } from './helpers.ts';

type Json = Record<string, any>;

// Before the work moved off the request thread the loop froze 8-31 s on these inputs; now it stalls
// about 0.3 s on a quiet machine. The bound sits between the two, so a return to the old behaviour
// fails and a busy machine (the suite runs files in parallel) does not: speed itself is measured by
// benchmarks, not here.
const FROZEN_MS = 5000;

/** 16 MiB that deflate shrinks about 30x (under the 200x zip-bomb ratio): zeros with a random byte every 32. */
function sparse(seed: number): Uint8Array {
  const b = new Uint8Array(16 * 1024 * 1024);
  const r = randomBytes(b.length / 32);
  for (let i = 0; i < r.length; i++) b[i * 32] = r[i];
  b[0] = seed;
  return b;
}

/** Polls /healthz every 50 ms while `work` runs; returns the slowest answer in ms. */
async function slowestHealthz(base: string, work: Promise<unknown>): Promise<number> {
  let done = false;
  void work.finally(() => (done = true));
  let slowest = 0;
  while (!done) {
    const t = performance.now();
    // A fresh connection each time (no keep-alive reuse racing the server's idle timeout).
    const status = await new Promise<number>((resolve, reject) => {
      http.get(`${base}/healthz`, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      }).on('error', reject);
    });
    expect(status).toBe(200);
    slowest = Math.max(slowest, performance.now() - t);
    await new Promise((res) => setTimeout(res, 50));
  }
  await work;
  return slowest;
}

describe('the event loop under large uploads (embedded, on disk)', () => {
  let dataDir: string;
  let app: App;
  let base: string;
  let stop: () => Promise<void>;
  let auth: Record<string, string>;
  let zip: Uint8Array;

  beforeAll(async () => {
    dataDir = seededDataDir('ehcp-loop-');
    app = await createApp(testConfig('embedded', { inMemoryDb: false, dataDir }));
    ({ base, stop } = await listen(app.app));
    const org = await createOrg(app.db, 'Loopshire County Council', 'la');
    auth = { authorization: `Bearer ${await userToken(app.db, org, 'Lou Loop', 'adviser')}` };
    // Six 16 MiB entries: ~96 MiB unpacked from a zip of a few MiB. Not plans (binary), so each
    // sampled one fails quickly in ingest: what is measured is the unpacking, hashing and storing.
    zip = zipSync(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`plan-${i}.pdf`, sparse(i)])), { level: 1 });
    expect(zip.byteLength).toBeLessThan(20 * 1024 * 1024);
  }, 180_000);
  afterAll(async () => {
    await stop?.();
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps /healthz answering, the loop never frozen, while a ~100 MB spot-check zip is unpacked, hashed and sampled', async () => {
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const fd = form(zip, 'plans.zip');
    fd.append('sampleSize', '3');
    const post = fetch(`${base}/v1/spot-checks`, { method: 'POST', body: fd, headers: auth }).then(async (r) => ({ status: r.status, body: (await r.json()) as Json }));
    const slowest = await slowestHealthz(base, post);
    h.disable();
    const r = await post;
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ population: 6, sampleSize: 3 });
    expect(slowest).toBeLessThan(FROZEN_MS);
    expect(h.max / 1e6).toBeLessThan(FROZEN_MS);
  }, 180_000);

  it('keeps /healthz answering, the loop never frozen, while a 16 MiB upload is stored', async () => {
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const post = fetch(`${base}/v1/documents`, { method: 'POST', body: form(sparse(9), 'big.pdf'), headers: auth }).then((r) => r.status);
    const slowest = await slowestHealthz(base, post);
    h.disable();
    expect(await post).toBe(202);
    expect(slowest).toBeLessThan(FROZEN_MS);
    expect(h.max / 1e6).toBeLessThan(FROZEN_MS);
    // Stored as a sealed file under DATA_DIR/uploads, not in the database.
    const rows = await app.db.query<{ n: number }>('SELECT octet_length(bytes) AS n FROM document_bytes');
    for (const row of rows.rows) expect(Number(row.n)).toBe(0);
  }, 120_000);
});

// Hostile but valid PDFs (bench/hostile-pdfs.mjs, smaller here): each costs a parse worker seconds of
// CPU and hundreds of MB, up to its time or memory limit. Read in the pool, within its memory budget
// (no more workers alive at once than the budget allows), they leave the service answering, each
// ends done or refused with its code, and a plan sent after them is read as usual.
describe('the event loop under hostile PDFs (embedded, on disk)', () => {
  let dataDir: string;
  let app: App;
  let base: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    dataDir = seededDataDir('ehcp-hostile-');
    app = await createApp(testConfig('embedded', { inMemoryDb: false, dataDir, ingestTimeoutMs: 8000, workerConcurrency: 3 }));
    ({ base, stop } = await listen(app.app));
  }, 180_000);
  afterAll(async () => {
    await stop?.();
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps /healthz answering and the pool within its budget; each file ends done or with its code', async () => {
    const { denseOperators, denseText, hugeFont } = await import('../../bench/hostile-pdfs.mjs');
    const files: [string, Uint8Array][] = [['dense-operators.pdf', denseOperators(20, 20_000)], ['dense-text.pdf', denseText(20, 12_000)], ['huge-type3-font.pdf', hugeFont(20, 4_000)]];
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const work = (async () => {
      const ids: { self: string }[] = [];
      for (const [name, bytes] of files) {
        const r = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(bytes, name) });
        expect(r.status).toBe(202);
        ids.push(((await r.json()) as Json).links);
      }
      return Promise.all(ids.map((l) => settle(base, l.self, {}, 120_000)));
    })();
    const slowest = await slowestHealthz(base, work);
    h.disable();
    for (const d of await work) {
      // A hostile PDF ends done or with one of the codes reading a file can give, which one depends on how
      // far it gets within its time and memory: over them, file_too_large or corrupt_file; within them the
      // drawing-only PDF has no text once its "Page N of a drawing" line is page furniture (empty_file), and
      // a page of thousands of one-glyph runs can read as garbled (unreadable_text). Never internal_error.
      if (d.state === 'failed') expect(['file_too_large', 'corrupt_file', 'empty_file', 'no_text_layer', 'unreadable_text']).toContain(d.error?.code);
      else expect(d.state).toBe('done');
    }
    expect(slowest).toBeLessThan(FROZEN_MS);
    expect(h.max / 1e6).toBeLessThan(FROZEN_MS);
    expect(parseWorkerStats().mostLive).toBeLessThanOrEqual(maxLiveWorkers());

    const after = await fetch(`${base}/v1/documents`, { method: 'POST', body: form(samplePlan(3), 'plan.md') });
    const settled = await settle(base, ((await after.json()) as Json).links.self, {}, 60_000);
    // Its error, if any, says which limit a loaded machine hit (seen once as 'failed' in a 22-minute CI run).
    expect(settled.state, JSON.stringify(settled.error ?? null)).toBe('done');
  }, 300_000);
});
