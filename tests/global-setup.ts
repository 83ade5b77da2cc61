// Runs once before the test files: brings dist/ up to date, because some tests run what users run
// (bin/ehcp-check.js and the service under plain node, compiled); and dumps a newly created PGlite
// database once, which every in-memory database of the tests then loads instead of running initdb
// again (db.ts: PGLITE_TEMPLATE; the test files run in forks that inherit this environment); and names
// the directory where the corpus documents the tests ingest are kept between runs (INGEST_CACHE_DIR);
// and points the source at the default rubric the build validated (EHCP_COMPILED_RUBRIC_DIR).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * Where tests/corpus/ingested.ts keeps the corpus documents it ingested: a directory named by a hash
 * of all ingest's result depends on (its source, the locked package versions, node's version), so
 * that a change to any of them starts an empty one. Directories of other code left for over a week
 * are removed.
 */
function ingestCacheDir(): string {
  const h = createHash('sha256').update(process.version).update('\0').update(readFileSync(join(ROOT, 'package-lock.json')));
  const src = join(ROOT, 'services/ingest/src');
  for (const f of readdirSync(src, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = join(src, f);
    if (statSync(file).isFile()) h.update('\0').update(f).update('\0').update(readFileSync(file));
  }
  const name = `ehcp-check-ingested-${h.digest('hex').slice(0, 16)}`;
  const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
  for (const d of readdirSync(tmpdir())) {
    if (!d.startsWith('ehcp-check-ingested-') || d === name) continue;
    try {
      if (statSync(join(tmpdir(), d)).mtimeMs < weekAgo) rmSync(join(tmpdir(), d), { recursive: true, force: true });
    } catch {
      // another run removed it first
    }
  }
  return join(tmpdir(), name);
}

export default async function setup(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  process.env.PGLITE_TEMPLATE ??= await pgliteTemplate();
  process.env.INGEST_CACHE_DIR ??= ingestCacheDir();
  // The default rubric as the build just validated it (vocabulary.ts: COMPILED_DEFAULT_RUBRIC), for the
  // source the tests run: no process or parse worker of theirs parses and validates the YAML again.
  process.env.EHCP_COMPILED_RUBRIC_DIR ??= join(ROOT, 'dist/analyser/src');
}
