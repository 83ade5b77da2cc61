#!/usr/bin/env node
// Part of `npm run build` (scripts/build.mjs): writes the V8 code caches of dist/cli.bundle.script.js
// and dist/parse-worker.script.js (beside each, `.cache`), each after a sample run, so that the cache
// holds the bytecode of the functions a command line runs, not only of the top level. The sample is
// a corpus plan (PDF, Word and text) when the checkout has one, else only the scripts' own loading.
// Output goes nowhere; nothing but the two caches is written. Each cache file starts with the script
// it was made from (services/ingest/src/load-script.mjs uses a cache only for that text).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist');
const { loadScript, cacheFile } = await import(pathToFileURL(join(OUT, 'ingest/src/load-script.mjs')).href);
const cacheOf = (script) => script.replace(/\.js$/, '.cache');

const PLANS = join(ROOT, 'corpus/plans');
const plan = existsSync(PLANS) ? readdirSync(PLANS).filter((d) => /^p\d+$/.test(d)).sort().map((d) => join(PLANS, d)).find((d) => existsSync(join(d, 'plan.pdf'))) : undefined;
const samples = plan ? ['plan.pdf', 'plan.docx', 'plan.txt'].map((f) => join(plan, f)).filter(existsSync) : [];

// The parse worker: its script in a worker thread of our own, asked to parse the samples as the pool would.
const WORKER_SCRIPT = join(OUT, 'parse-worker.script.js');
const worker = new Worker(`
  const { parentPort, workerData } = require('node:worker_threads');
  let script;
  import(workerData.loader).then(({ loadScript }) => loadScript(new URL(workerData.script), (s) => { script = s; })).then(() => {
    parentPort.on('message', (m) => {
      if (m.task !== 'write-code-cache') return;
      parentPort.postMessage({ data: script.createCachedData() });
    });
    parentPort.postMessage({ ready: true });
  });`, { eval: true, execArgv: [], workerData: { loader: pathToFileURL(join(OUT, 'ingest/src/load-script.mjs')).href, script: pathToFileURL(WORKER_SCRIPT).href } });
const next = (test) => new Promise((resolve, reject) => {
  const on = (m) => {
    if (!test(m)) return;
    worker.off('message', on);
    resolve(m);
  };
  worker.on('message', on);
  worker.once('error', reject);
});
await next((m) => m.ready);
const ask = async (id, task, input) => {
  const reply = next((m) => m.id === id);
  worker.postMessage({ id, task, input });
  return reply;
};
await ask(1, 'warm', ['pdf']);
for (const [i, file] of samples.entries()) await ask(2 + i, 'parse', { bytes: new Uint8Array(readFileSync(file)), name: file.split('/').pop() });
worker.postMessage({ task: 'write-code-cache' });
const { data } = await next((m) => m.data);
writeFileSync(cacheOf(WORKER_SCRIPT), cacheFile(readFileSync(WORKER_SCRIPT), data));
await worker.terminate();

// The command line: its script here, run on the samples (text, JSON and HTML reports, thrown away).
const CLI_SCRIPT = join(OUT, 'cli.bundle.script.js');
let script;
const { runCli } = await loadScript(pathToFileURL(CLI_SCRIPT), (s) => { script = s; });
const quiet = { write: () => true };
const io = { stdout: quiet, stderr: quiet, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
if (samples.length) {
  await runCli([...samples], io);
  await runCli(['--format', 'json', samples[0]], io);
  await runCli(['--format', 'html', samples.at(-1)], io);
} else {
  await runCli(['--help'], io);
}
writeFileSync(cacheOf(CLI_SCRIPT), cacheFile(readFileSync(CLI_SCRIPT), script.createCachedData()));
process.exit(0);
