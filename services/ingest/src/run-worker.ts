// Runs work in a pooled worker thread with a heap limit and a time limit, so that a hostile or
// pathological file costs at most one worker, never the process.
//
// Workers are pooled and kept warm: starting one (pdf.js, mammoth) costs far more than parsing a
// typical plan, so a service starts its workers before the first file arrives (warmParseWorkers),
// and a worker that answered cleanly is kept for the next file. A worker that timed out, ran out
// of memory or crashed is never reused; one whose heap, after a file, is above recycleHeapMb is
// retired (whatever a parser keeps cannot build up) and, in a warm pool, replaced at once.
//
// runInWorker(task, input) is the general call (worker.ts lists the tasks); parseInWorker is the
// parse task. Each pooled worker runs one task at a time.
//
// The pool caps the memory of all its workers together: each may grow to its resource limits
// (WORKER_LIMIT_MB), so at most floor(INGEST_MEMORY_BUDGET_MB / WORKER_LIMIT_MB) workers are alive at
// once (at least one), idle or busy, and a task that finds none free waits for one. Any mix of
// hostile files then costs at most the budget, whatever the job concurrency.
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { StructuredDocument } from './document.ts';
import type { Report } from '../../analyser/src/report-schema.ts';
import type { Comparison } from '../../analyser/src/compare/schema.ts';
import { CheckError, ERROR_CODES, type ErrorCode } from './errors.ts';
import type { ReportJson, TaskLoaded, TaskReply } from './worker.ts';

export type { ReportJson };

export const WORKER_HEAP_MB = 512;
const WORKER_YOUNG_MB = 64;
/** What one worker may grow to: its heap limits (code and buffers outside the heap come on top, hence the budget's margin). */
export const WORKER_LIMIT_MB = WORKER_HEAP_MB + WORKER_YOUNG_MB;
/**
 * The memory all workers together may use; a task waits for a worker rather than going over it. One
 * worker by default: with the service's own ~850 MiB, two workers at their limits passed 1.5 GiB
 * under hostile PDFs (bench/hostile.mjs); a machine with memory to spare raises it for throughput.
 */
let memoryBudgetMb = Number(process.env.INGEST_MEMORY_BUDGET_MB) || WORKER_LIMIT_MB;
/** A worker whose V8 heap is above this after a task is retired rather than reused (a plan leaves 30-60 MB). */
let recycleHeapMb = Number(process.env.INGEST_WORKER_RECYCLE_MB) || 160;

/** Changes when workers are retired for memory (tests, and a deployment that knows its files). */
export function configureParseWorkers(opts: { recycleHeapMb?: number; memoryBudgetMb?: number; youngGenerationMb?: number }): void {
  if (opts.recycleHeapMb !== undefined) recycleHeapMb = opts.recycleHeapMb;
  if (opts.youngGenerationMb !== undefined) resourceLimits = { ...resourceLimits, maxYoungGenerationSizeMb: Math.min(WORKER_YOUNG_MB, opts.youngGenerationMb) };
  if (opts.memoryBudgetMb !== undefined) {
    memoryBudgetMb = opts.memoryBudgetMb;
    dispatch();
  }
}

/** How many workers the memory budget allows alive at once. */
export const maxLiveWorkers = (): number => Math.max(1, Math.floor(memoryBudgetMb / WORKER_LIMIT_MB));
const MAX_IDLE_WORKERS = Math.max(1, Math.min(4, availableParallelism()));
/** Workers started from now on; the young generation may be made smaller (a command line's workers: less memory, a little more GC). */
let resourceLimits: ResourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB };

interface PooledWorker {
  worker: Worker;
  jobs: number;
}

const idle: PooledWorker[] = [];
let started = 0;
let retiredForMemory = 0;
let warmTarget = 0;
let live = 0; // workers started and not yet exited
let nextId = 1;
let mostLive = 0;
/** Tasks waiting for a worker within the memory budget, first come first served. */
const waiting: ((p: PooledWorker) => void)[] = [];

/** How many parse workers this process has started, how many wait idle, how many were retired for memory, the most alive at once, tasks waiting (tests and benches). */
export function parseWorkerStats(): { started: number; idle: number; retiredForMemory: number; mostLive: number; waiting: number } {
  return { started, idle: idle.length, retiredForMemory, mostLive, waiting: waiting.length };
}

/** Hands free workers (idle, or room under the budget for a new one) to waiting tasks. */
function dispatch(): void {
  while (waiting.length > 0) {
    const p = idle.pop() ?? (live < maxLiveWorkers() ? spawnWorker() : undefined);
    if (!p) return;
    waiting.shift()!(p);
  }
}

/** A worker for one task: an idle one, a new one under the budget, or the next to come free. */
function acquire(): Promise<PooledWorker> {
  if (waiting.length === 0) {
    const p = idle.pop() ?? (live < maxLiveWorkers() ? spawnWorker() : undefined);
    if (p) return Promise.resolve(p);
  }
  return new Promise((resolve) => waiting.push(resolve));
}

/**
 * The parent's node options without tsx (`tsx file.ts`, `node --import tsx`): the worker loads its
 * own code compiled, or through a lighter loader (worker-bootstrap.mjs), and tsx in a worker costs
 * seconds of CPU to load pdf.js.
 */
export function workerExecArgv(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const m = /^(--import|--require|-r|--loader|--experimental-loader)(?:=(.*))?$/.exec(argv[i]);
    if (!m) {
      out.push(argv[i]);
      continue;
    }
    const value = m[2] ?? argv[i + 1] ?? '';
    const pair = m[2] === undefined ? [argv[i], argv[++i]] : [argv[i]];
    if (!/(^|[\/])tsx([\/@]|$)/.test(value)) out.push(...pair.filter((a): a is string => a !== undefined));
  }
  return out;
}

function spawnWorker(): PooledWorker {
  started++;
  live++;
  mostLive = Math.max(mostLive, live);
  const execArgv = workerExecArgv(process.execArgv);
  const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    resourceLimits,
    // Given only when tsx was dropped: an explicit list is checked more strictly than the inherited one.
    ...(execArgv.length < process.execArgv.length ? { execArgv } : {}),
  });
  const pooled = { worker, jobs: 0 };
  worker.on('exit', () => {
    live--;
    const i = idle.indexOf(pooled);
    if (i >= 0) idle.splice(i, 1); // an idle worker that dies is simply dropped
    topUp();
    dispatch();
  });
  worker.on('error', () => {});
  return pooled;
}

function park(p: PooledWorker): void {
  p.worker.unref(); // an idle worker must not keep the process alive
  idle.push(p);
  dispatch();
}

/** Starts workers until the warm target is met; each loads its parsers while it waits. */
function topUp(): void {
  while (live < Math.min(warmTarget, maxLiveWorkers()) && idle.length < MAX_IDLE_WORKERS) startIdle(true);
}

/** Parsers a warm worker loads before its first file: all, or those named (a command line knows its files). */
export type WarmParsers = boolean | ('pdf' | 'docx')[];

function startIdle(loadParsers: WarmParsers): void {
  const p = spawnWorker();
  park(p);
  if (loadParsers === true) p.worker.postMessage({ id: 0, task: 'warm', input: null });
  else if (loadParsers && loadParsers.length) p.worker.postMessage({ id: 0, task: 'warm', input: loadParsers });
}

/**
 * Starts parse workers before any file arrives. By default (a service) `count` workers are kept
 * started, replaced when one is retired, and load pdf.js and mammoth while they wait; with
 * `{ keep: false }` (a command line about to read files) the workers' start-up, and the loading of
 * the parsers named in `loadParsers`, overlap the caller's own. Idle workers never keep the process alive.
 */
export function warmParseWorkers(count = 1, opts: { keep?: boolean; loadParsers?: WarmParsers } = {}): void {
  const n = Math.max(0, Math.min(count, MAX_IDLE_WORKERS));
  if (opts.keep === false) {
    while (idle.length < n && live < maxLiveWorkers()) startIdle(opts.loadParsers ?? true);
    return;
  }
  warmTarget = n;
  topUp();
}

/**
 * How many files a command line parses at once: two worker threads for several files on a machine
 * with two cores or more (the parse is most of its time), else one. The memory budget is raised to
 * let the second worker live unless INGEST_MEMORY_BUDGET_MB sets it.
 */
export function parseWorkersFor(fileCount: number, env: Record<string, string | undefined> = process.env): number {
  const n = Math.max(1, Math.min(2, availableParallelism(), fileCount));
  if (n > 1 && !env.INGEST_MEMORY_BUDGET_MB && maxLiveWorkers() < n) configureParseWorkers({ memoryBudgetMb: n * WORKER_LIMIT_MB });
  const workers = Math.min(n, maxLiveWorkers());
  // Two workers' young generations at 64 MiB took 30 PDFs past 256 MiB of RSS; at 24 MiB, 25 MiB less.
  if (workers > 1) configureParseWorkers({ youngGenerationMb: 24 });
  return workers;
}

function release(p: PooledWorker, heapUsed: number): void {
  if (heapUsed > recycleHeapMb * 1024 * 1024) {
    retiredForMemory++;
    void p.worker.terminate(); // its exit tops the warm pool up again
    return;
  }
  if (idle.length >= MAX_IDLE_WORKERS) {
    void p.worker.terminate();
    return;
  }
  park(p);
}

/** Stops the idle workers and ends the warm pool (tests and graceful shutdown; busy ones finish their file first). */
export async function closeParseWorkers(): Promise<void> {
  warmTarget = 0;
  await Promise.all(idle.splice(0).map((p) => p.worker.terminate()));
}

/**
 * How long a task that loads code first (worker.ts: LOADS) may take to load it, on top of its own time
 * limit, which starts when the worker says it has loaded.
 */
const LOAD_GRACE_MS = 60_000;

/**
 * Runs one task in a pooled worker; `transfer` lists buffers handed over rather than copied. With
 * `loads`, the task's time limit starts when the worker has loaded its code (LOAD_GRACE_MS at most).
 */
export async function runInWorker<T>(task: string, input: unknown, opts: { timeoutMs: number; transfer?: ArrayBuffer[]; timeoutMessage?: string; loads?: boolean }): Promise<T> {
  const pooled = await acquire();
  return new Promise((resolve, reject) => {
    const { worker } = pooled;
    worker.ref();
    pooled.jobs++;
    const id = nextId++;
    let settled = false;
    const finish = (fn: () => void, heapUsed: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (heapUsed !== null) release(pooled, heapUsed);
      else void worker.terminate();
      fn();
    };
    const timedOut = () => {
      finish(() => reject(new CheckError('file_too_large', opts.timeoutMessage ?? `The document took longer than ${Math.round(opts.timeoutMs / 1000)} s to read; it is too large or too complex.`)), null);
    };
    let timer = setTimeout(timedOut, opts.timeoutMs + (opts.loads ? LOAD_GRACE_MS : 0));
    const onMessage = (m: TaskReply | TaskLoaded) => {
      if (m.id !== id) return; // the answer to a warm-up sent before this task
      if ('loaded' in m) {
        clearTimeout(timer);
        timer = setTimeout(timedOut, opts.timeoutMs);
        return;
      }
      if (m.ok) finish(() => resolve(m.result as T), m.heapUsed);
      else {
        const code: ErrorCode = (ERROR_CODES as readonly string[]).includes(m.code) ? (m.code as ErrorCode) : 'corrupt_file';
        // Work refused cleanly leaves the worker sound.
        finish(() => reject(new CheckError(code, m.message)), m.heapUsed);
      }
    };
    const onError = (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(() => reject(new CheckError('file_too_large', 'The document needs more memory to read than is allowed.', { cause: err })), null);
      else finish(() => reject(new CheckError('corrupt_file', 'The file could not be read: it may be damaged.', { cause: err })), null);
    };
    const onExit = (code: number) => {
      finish(() => reject(new CheckError('corrupt_file', `The file could not be read (the reader stopped, code ${code}).`)), null);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, task, input }, opts.transfer ?? []);
  });
}

export function parseInWorker(bytes: Uint8Array, name: string, timeoutMs: number): Promise<StructuredDocument> {
  const copy = bytes.slice();
  return runInWorker<StructuredDocument>('parse', { bytes: copy, name }, { timeoutMs, transfer: [copy.buffer as ArrayBuffer] });
}

/** An organisation's own rubric as the service stores it: YAML text and its sha256 (the worker parses it once per sha256). */
export interface RubricText {
  sha256: string;
  source: string;
}

/** Analyses a plan (with any advice reports) in a pooled worker with the given rubric (null: the default); the same report as analyse() here. */
export function analyseInWorker(doc: StructuredDocument, rubric: RubricText | null, timeoutMs: number, advice?: StructuredDocument[] | null): Promise<Report> {
  return runInWorker<Report>('analyse', { doc, rubric, advice: advice ?? null }, { timeoutMs, loads: true, timeoutMessage: `The plan took longer than ${Math.round(timeoutMs / 1000)} s to analyse; it is too large or too complex.` });
}

/**
 * analyseInWorker for the service: the report comes back as its JSON bytes (without the plan's
 * text), transferred rather than copied, with the score the listings need, so that the service
 * seals and stores it without rebuilding or serialising a large object on its own thread.
 */
export function analyseToJsonInWorker(doc: StructuredDocument, rubric: RubricText | null, timeoutMs: number, advice?: StructuredDocument[] | null): Promise<ReportJson> {
  return runInWorker<ReportJson>('analyse-json', { doc, rubric, advice: advice ?? null }, { timeoutMs, loads: true, timeoutMessage: `The plan took longer than ${Math.round(timeoutMs / 1000)} s to analyse; it is too large or too complex.` });
}

/** Compares two versions of a plan in a pooled worker with the given rubric (null: the default); the same result as compareDocuments() here. */
export function compareInWorker(oldDoc: StructuredDocument, newDoc: StructuredDocument, rubric: RubricText | null, timeoutMs: number): Promise<Comparison> {
  return runInWorker<Comparison>('compare', { oldDoc, newDoc, rubric }, { timeoutMs, loads: true, timeoutMessage: `The two versions took longer than ${Math.round(timeoutMs / 1000)} s to compare; they are too large or too complex.` });
}

// ---------- Spot-check plans: unpack and hash a population off the event loop ----------

type Plans = { name: string; bytes: Uint8Array; sha256: string }[];

/** A buffer to hand to a worker without copying when it is a whole ArrayBuffer of its own. */
export function transferable(b: Uint8Array): Uint8Array {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer ? b : b.slice();
}

let plansTurn: Promise<unknown> = Promise.resolve();

/**
 * Unpacks the zips among `files` and hashes every plan (zip.ts: collectHashedPlans) in a parse
 * worker, one population at a time per process so that several hostile zips cannot add up; the
 * worker's heap after it decides (as for any task) whether it is kept. The files' buffers are moved
 * to the worker (they are unusable here afterwards).
 */
export function collectPlansInWorker(files: { name: string; bytes: Uint8Array }[], limits: import('./zip.ts').UnpackLimits, timeoutMs: number): Promise<Plans> {
  const sent = files.map((f) => ({ name: f.name, bytes: transferable(f.bytes) }));
  const run = plansTurn.then(() => runInWorker<Plans>('collect-plans', { files: sent, limits }, { timeoutMs, transfer: sent.map((f) => f.bytes.buffer as ArrayBuffer) }));
  plansTurn = run.catch(() => {});
  return run;
}
