#!/usr/bin/env node
// The command line, as compiled JavaScript under plain node (dist/, built by `npm ci` or `npm run build`).
import { existsSync, readFileSync } from 'node:fs';

const args = process.argv.slice(2);
// `--version` alone answers without loading the checker (a tenth of a second instead of half a second).
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`ehcp-check ${version}\n`);
  process.exit(0);
}

const dist = (rel) => new URL(`../dist/${rel}`, import.meta.url);
if (!existsSync(dist('analyser/src/cli.js'))) {
  process.stderr.write('ehcp-check is not built yet: run `npm run build` in its folder (`npm ci` does it too).\n');
  process.exit(2);
}
// With files to read, the parse workers (two for several files: run-worker.js, parseWorkersFor)
// start while the checker loads, not after, and meanwhile load pdf.js when a file is a PDF.
const TAKES_VALUE = new Set(['-f', '--format', '--section', '--rubric', '--advice']);
const files = args.filter((a, i) => !a.startsWith('-') && !TAKES_VALUE.has(args[i - 1]));
if (files.length > 0) {
  const { parseWorkersFor, warmParseWorkers } = await import(dist('ingest/src/run-worker.js').href);
  const count = args[0] === 'compare' ? 1 : files.length;
  warmParseWorkers(parseWorkersFor(count, process.env), { keep: false, loadParsers: files.some((f) => /\.pdf$/i.test(f)) ? ['pdf'] : false });
}
// The checker's modules in one file when the build made it (scripts/build.mjs): as a script started
// from its code cache (cli.bundle.script.js), else as a module (cli.bundle.mjs); else one by one.
const { loadScript } = await import(dist('ingest/src/load-script.mjs').href);
const { runCli } = (await loadScript(dist('cli.bundle.script.js'))) ?? (await import(dist(existsSync(dist('cli.bundle.mjs')) ? 'cli.bundle.mjs' : 'analyser/src/cli.js').href));
const code = await runCli(args);
// Exit once stdout and stderr have taken everything written before (a write's callback runs after
// the earlier ones), skipping node's teardown of the idle parse workers at a natural exit (about 24
// million instructions of a one-PDF run).
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
