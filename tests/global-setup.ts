// Runs once before the test files: brings dist/ up to date, because some tests run what users run
// (bin/ehcp-check.js and the service under plain node, compiled).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
}
