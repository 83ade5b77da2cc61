// Runs a parse in a worker thread with a heap limit and a time limit, so that a hostile or
// pathological file costs at most one worker, never the process.
//
// Workers are pooled: starting one (tsx, pdf.js, mammoth) costs far more than parsing a typical
// plan, so a worker that answered cleanly is kept for the next file. A worker that timed out, ran
// out of memory or crashed is never reused, and each is retired after MAX_JOBS_PER_WORKER files so
// that whatever a parser leaks cannot build up.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StructuredDocument } from './document.ts';
import { CheckError, ERROR_CODES, type ErrorCode } from './errors.ts';

export const WORKER_HEAP_MB = 512;
const MAX_JOBS_PER_WORKER = 50;
const MAX_IDLE_WORKERS = Math.max(1, Math.min(4, availableParallelism()));

type Reply = { ok: true; doc: StructuredDocument } | { ok: false; code: string; message: string };

interface PooledWorker {
  worker: Worker;
  jobs: number;
}

const idle: PooledWorker[] = [];
let started = 0;

/** How many parse workers this process has started, and how many wait idle (for tests and benches). */
export function parseWorkerStats(): { started: number; idle: number } {
  return { started, idle: idle.length };
}

function spawnWorker(): PooledWorker {
  started++;
  const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 64 },
  });
  const pooled = { worker, jobs: 0 };
  // An idle worker that dies is simply dropped from the pool.
  worker.on('exit', () => {
    const i = idle.indexOf(pooled);
    if (i >= 0) idle.splice(i, 1);
  });
  worker.on('error', () => {});
  return pooled;
}

function release(p: PooledWorker): void {
  if (p.jobs >= MAX_JOBS_PER_WORKER || idle.length >= MAX_IDLE_WORKERS) {
    void p.worker.terminate();
    return;
  }
  p.worker.unref(); // an idle worker must not keep the process alive
  idle.push(p);
}

/** Stops the idle workers (tests and graceful shutdown; busy ones finish their file first). */
export async function closeParseWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((p) => p.worker.terminate()));
}

export function parseInWorker(bytes: Uint8Array, name: string, timeoutMs: number): Promise<StructuredDocument> {
  return new Promise((resolve, reject) => {
    const pooled = idle.pop() ?? spawnWorker();
    const { worker } = pooled;
    worker.ref();
    pooled.jobs++;
    const copy = bytes.slice();
    let settled = false;
    const finish = (fn: () => void, reusable: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable) release(pooled);
      else void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new CheckError('file_too_large', `The document took longer than ${Math.round(timeoutMs / 1000)} s to read; it is too large or too complex.`)), false);
    }, timeoutMs);
    const onMessage = (m: Reply) => {
      if (m.ok) finish(() => resolve(m.doc), true);
      else {
        const code: ErrorCode = (ERROR_CODES as readonly string[]).includes(m.code) ? (m.code as ErrorCode) : 'corrupt_file';
        // A file the parser refused cleanly leaves the worker sound.
        finish(() => reject(new CheckError(code, m.message)), true);
      }
    };
    const onError = (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(() => reject(new CheckError('file_too_large', 'The document needs more memory to read than is allowed.', { cause: err })), false);
      else finish(() => reject(new CheckError('corrupt_file', 'The file could not be read: it may be damaged.', { cause: err })), false);
    };
    const onExit = (code: number) => {
      finish(() => reject(new CheckError('corrupt_file', `The file could not be read (the reader stopped, code ${code}).`)), false);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ bytes: copy, name }, [copy.buffer as ArrayBuffer]);
  });
}

// ---------- Spot-check plans: unpack and hash a population off the event loop ----------

type PlansReply = { ok: true; plans: { name: string; bytes: Uint8Array; sha256: string }[] } | { ok: false; code: string; message: string };

/** A buffer to hand to a worker without copying when it is a whole ArrayBuffer of its own. */
export function transferable(b: Uint8Array): Uint8Array {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer ? b : b.slice();
}

let plansTurn: Promise<unknown> = Promise.resolve();

/**
 * Unpacks the zips among `files` and hashes every plan (zip.ts: collectHashedPlans) in a parse
 * worker of its own, one population at a time per process so that several hostile zips cannot add
 * up. The worker is not returned to the pool: it may have held a quarter-gigabyte. The files'
 * buffers are moved to the worker (they are unusable here afterwards).
 */
export function collectPlansInWorker(
  files: { name: string; bytes: Uint8Array }[],
  limits: import('./zip.ts').UnpackLimits,
  timeoutMs: number,
): Promise<{ name: string; bytes: Uint8Array; sha256: string }[]> {
  const sent = files.map((f) => ({ name: f.name, bytes: transferable(f.bytes) }));
  const run = plansTurn.then(() => collectOnce(sent, limits, timeoutMs));
  plansTurn = run.catch(() => {});
  return run;
}

function collectOnce(files: { name: string; bytes: Uint8Array }[], limits: import('./zip.ts').UnpackLimits, timeoutMs: number): Promise<{ name: string; bytes: Uint8Array; sha256: string }[]> {
  return new Promise((resolve, reject) => {
    const { worker } = spawnWorker();
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(new CheckError('file_too_large', `The plans took longer than ${Math.round(timeoutMs / 1000)} s to unpack.`))), timeoutMs);
    worker.on('message', (m: PlansReply) => {
      if (m.ok) finish(() => resolve(m.plans));
      else finish(() => reject(new CheckError((ERROR_CODES as readonly string[]).includes(m.code) ? (m.code as ErrorCode) : 'corrupt_file', m.message)));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(() => reject(new CheckError(oom ? 'file_too_large' : 'corrupt_file', oom ? 'The plans need more memory to unpack than is allowed.' : 'The plans could not be unpacked.', { cause: err })));
    });
    worker.on('exit', (code) => finish(() => reject(new CheckError('corrupt_file', `The plans could not be unpacked (the reader stopped, code ${code}).`))));
    worker.postMessage({ task: 'collect-plans', files, limits }, files.map((f) => f.bytes.buffer as ArrayBuffer));
  });
}
