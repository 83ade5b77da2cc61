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
// With files to read, the parse worker starts while the checker loads, not after.
if (args.some((a) => !a.startsWith('-'))) {
  const { warmParseWorkers } = await import(dist('ingest/src/run-worker.js').href);
  warmParseWorkers(1, { keep: false, loadParsers: false });
}
const { runCli } = await import(dist('analyser/src/cli.js').href);
process.exitCode = await runCli(args);
