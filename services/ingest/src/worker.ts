// Worker thread entry: parses one document per message and posts back the result or the error's code.
import { parentPort } from 'node:worker_threads';
import { isCheckError } from './errors.ts';
import { parseDocument } from './parse.ts';

parentPort?.on('message', async ({ bytes, name }: { bytes: Uint8Array; name: string }) => {
  try {
    const doc = await parseDocument(bytes, name);
    parentPort?.postMessage({ ok: true, doc });
  } catch (err) {
    if (isCheckError(err)) parentPort?.postMessage({ ok: false, code: err.code, message: err.message });
    else parentPort?.postMessage({ ok: false, code: 'corrupt_file', message: 'The file could not be read: it may be damaged.' });
  }
});
