// Worker thread entry: parses one document per message and posts back the result or the error's code.
import { parentPort } from 'node:worker_threads';
import { isCheckError } from './errors.ts';
import { parseDocument } from './parse.ts';
import { transferable } from './run-worker.ts';
import { collectHashedPlans, type Plan, type UnpackLimits } from './zip.ts';

/** A spot-check's population to unpack and hash (run-worker.ts: collectPlansInWorker). */
interface CollectPlansTask {
  task: 'collect-plans';
  files: Plan[];
  limits: UnpackLimits;
}

function collectPlansTask({ files, limits }: CollectPlansTask): void {
  try {
    const plans = collectHashedPlans(files, limits).map((p) => ({ ...p, bytes: transferable(p.bytes) }));
    parentPort?.postMessage({ ok: true, plans }, plans.map((p) => p.bytes.buffer as ArrayBuffer));
  } catch (err) {
    if (isCheckError(err)) parentPort?.postMessage({ ok: false, code: err.code, message: err.message });
    else parentPort?.postMessage({ ok: false, code: 'corrupt_file', message: 'The plans could not be unpacked.' });
  }
}

parentPort?.on('message', async (m: { bytes: Uint8Array; name: string } | CollectPlansTask) => {
  if ('task' in m && m.task === 'collect-plans') return collectPlansTask(m);
  const { bytes, name } = m as { bytes: Uint8Array; name: string };
  try {
    const doc = await parseDocument(bytes, name);
    parentPort?.postMessage({ ok: true, doc });
  } catch (err) {
    if (isCheckError(err)) parentPort?.postMessage({ ok: false, code: err.code, message: err.message });
    else parentPort?.postMessage({ ok: false, code: 'corrupt_file', message: 'The file could not be read: it may be damaged.' });
  }
});
