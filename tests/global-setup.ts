// Runs once before the test files: brings dist/ up to date, because some tests run what users run
// (bin/ehcp-check.js and the service under plain node, compiled); and dumps a newly created PGlite
// database once, which every in-memory database of the tests then loads instead of running initdb
// again (db.ts: PGLITE_TEMPLATE; the test files run in forks that inherit this environment).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function pgliteTemplate(): Promise<string> {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string };
  const file = join(tmpdir(), `ehcp-check-pglite-${version}.tar`);
  if (existsSync(file)) return file;
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = await PGlite.create();
  const dump = await pg.dumpDataDir('none');
  await pg.close();
  // Written aside and renamed: another run on this machine may be writing the same file.
  const part = `${file}.${process.pid}`;
  writeFileSync(part, Buffer.from(await dump.arrayBuffer()));
  renameSync(part, file);
  return file;
}

export default async function setup(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  process.env.PGLITE_TEMPLATE ??= await pgliteTemplate();
}
