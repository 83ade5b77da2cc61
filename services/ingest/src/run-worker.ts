// Runs a parse in a worker thread with a heap limit and a time limit, so that a hostile or
// pathological file costs at most one worker, never the process.
import { Worker } from 'node:worker_threads';
import type { StructuredDocument } from './document.ts';
import { CheckError, ERROR_CODES, type ErrorCode } from './errors.ts';

export const WORKER_HEAP_MB = 512;

type Reply = { ok: true; doc: StructuredDocument } | { ok: false; code: string; message: string };

export function parseInWorker(bytes: Uint8Array, name: string, timeoutMs: number): Promise<StructuredDocument> {
  return new Promise((resolve, reject) => {
    const copy = bytes.slice();
    const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
      workerData: { bytes: copy, name },
      transferList: [copy.buffer as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    // Worker output may quote document content (library warnings): never let it reach the logs.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      finish(() => reject(new CheckError('file_too_large', `The document took longer than ${Math.round(timeoutMs / 1000)} s to read; it is too large or too complex.`)));
    }, timeoutMs);
    worker.on('message', (m: Reply) => {
      if (m.ok) finish(() => resolve(m.doc));
      else {
        const code: ErrorCode = (ERROR_CODES as readonly string[]).includes(m.code) ? (m.code as ErrorCode) : 'corrupt_file';
        finish(() => reject(new CheckError(code, m.message)));
      }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(() => reject(new CheckError('file_too_large', 'The document needs more memory to read than is allowed.', { cause: err })));
      else finish(() => reject(new CheckError('corrupt_file', 'The file could not be read: it may be damaged.', { cause: err })));
    });
    worker.on('exit', (code) => {
      finish(() => reject(new CheckError('corrupt_file', `The file could not be read (the reader stopped, code ${code}).`)));
    });
  });
}
