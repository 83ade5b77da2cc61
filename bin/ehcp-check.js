#!/usr/bin/env node
// The command line, as compiled JavaScript under plain node (dist/, built by `npm ci` or `npm run build`).
import { existsSync } from 'node:fs';

const cli = new URL('../dist/analyser/src/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('ehcp-check is not built yet: run `npm run build` in its folder (`npm ci` does it too).\n');
  process.exit(2);
}
const { runCli } = await import(cli.href);
process.exitCode = await runCli(process.argv.slice(2));
