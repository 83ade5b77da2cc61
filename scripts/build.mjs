#!/usr/bin/env node
// `npm run build` (and `npm ci`, through `prepare`): compiles every TypeScript file under services/
// to plain JavaScript under dist/, and copies every other file there (migrations, static scripts,
// the worker bootstrap), so that what runs for users needs no TypeScript at run time.
//
// The layout is kept, one level for one level: services/api/src/db/migrate.ts becomes
// dist/api/src/db/migrate.js. So a module that finds a file relative to itself finds it in both:
// `../../migrations` from either reaches its copy of the migrations, and `../../../rubrics` or
// `../../../package.json` reaches the project's own (read live, never copied).
//
// Transpile only, file by file (isolatedModules): new modules are picked up without any change
// here, and type errors are `npm run typecheck`'s job, not the install's. A file whose output is
// newer than it is skipped, and outputs whose source has gone are removed, so the tests can rebuild
// before every run (tests/global-setup.ts) at little cost; `--clean` starts from nothing.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { writeRuleModules } from './rule-modules.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'services');
const OUT = join(ROOT, 'dist');

let ts; // the compiler loads (about a second) only when a module needs compiling
const compilerOptions = () => ({
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  isolatedModules: true,
  esModuleInterop: true,
  rewriteRelativeImportExtensions: true, // './x.ts' -> './x.js', also in dynamic import()
});

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

const outputOf = (rel) => join(OUT, rel.replace(/\.([cm]?)ts$/, '.$1js'));
const fresh = (src, out) => existsSync(out) && statSync(out).mtimeMs >= statSync(src).mtimeMs;

const started = performance.now();
if (process.argv.includes('--clean')) rmSync(OUT, { recursive: true, force: true });
// The rule registry's list of modules, from the rule files on disk (scripts/rule-modules.mjs), before
// compiling, so that a new rule file is in the list it is compiled with.
if (writeRuleModules()) process.stdout.write('build: wrote services/analyser/src/rules/modules.generated.ts\n');
let compiled = 0;
let copied = 0;
const problems = [];
const wanted = new Set();
for (const file of files(SRC)) {
  if (file.endsWith('.d.ts')) continue;
  const rel = relative(SRC, file);
  const target = outputOf(rel);
  wanted.add(target);
  if (fresh(file, target)) continue;
  mkdirSync(dirname(target), { recursive: true });
  if (/\.[cm]?ts$/.test(file)) {
    ts ??= (await import('typescript')).default;
    const { outputText, diagnostics } = ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: compilerOptions(), fileName: file, reportDiagnostics: true });
    if (diagnostics?.length) {
      for (const d of diagnostics) problems.push(`${rel}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      rmSync(target, { force: true });
      continue;
    }
    writeFileSync(target, outputText);
    compiled++;
  } else {
    cpSync(file, target);
    copied++;
  }
}
// The default rubric, validated once here rather than at every start (vocabulary.ts: COMPILED_DEFAULT_RUBRIC),
// with a copy of the YAML it was made from: a rubric edited after the build is parsed as before. The
// JSON is ASCII (script-bundle.mjs: asciiOnly), which V8 decodes without its slow UTF-8 path.
const RUBRIC = join(ROOT, 'rubrics/default.yaml');
const compiledRubric = join(OUT, 'analyser/src/default-rubric.json');
const compiledRubricText = join(OUT, 'analyser/src/default-rubric.yaml');
wanted.add(compiledRubric);
wanted.add(compiledRubricText);
if (!problems.length && (compiled > 0 || !fresh(RUBRIC, compiledRubric) || !existsSync(compiledRubricText))) {
  rmSync(compiledRubric, { force: true }); // so that loadRubric parses the YAML
  rmSync(compiledRubricText, { force: true });
  const { loadRubric } = await import(pathToFileURL(join(OUT, 'analyser/src/rubric.js')).href);
  const { asciiOnly } = await import('./script-bundle.mjs');
  const text = readFileSync(RUBRIC, 'utf8');
  writeFileSync(compiledRubric, asciiOnly(JSON.stringify({ sha256: createHash('sha256').update(text, 'utf8').digest('hex'), rubric: loadRubric() })));
  writeFileSync(compiledRubricText, text);
}
// The code units that match others under a regular expression's `i` flag (fast-patterns.ts), worked
// out once here rather than at every start, for the Unicode version of the node that built them.
const caseClasses = join(OUT, 'analyser/src/case-classes.json');
wanted.add(caseClasses);
if (!problems.length && (compiled > 0 || !existsSync(caseClasses))) {
  const { caseGroups } = await import(pathToFileURL(join(OUT, 'analyser/src/fast-patterns.js')).href);
  writeFileSync(caseClasses, JSON.stringify({ unicode: process.versions.unicode, groups: caseGroups() }));
}
// The command line's modules in one file (dist/cli.bundle.mjs, esbuild): a cold start then reads and
// links one module instead of about two hundred (zod alone is eighty), which was most of the main
// thread's loading. Each module keeps the URL of its own file in dist/ (import.meta.url below), so
// what it finds beside itself it still finds. Packages other than zod, and the parse worker pool's
// modules (which bin/ehcp-check.js loads first, to start the workers while this loads), stay
// outside as they are, so each module has one instance. Without esbuild (installed without dev
// dependencies) there is no bundle and bin/ehcp-check.js loads dist/ module by module, as before.
const BUNDLE = join(OUT, 'cli.bundle.mjs');
// The same bundle as a script (scripts/script-bundle.mjs), and the parse worker's modules with pdf.js
// in another (the worker's analysis tasks and errors.js stay outside), each with a V8 code cache
// made from a sample run (scripts/code-cache.mjs): Node 20 has no code cache for ES modules, and
// parsing and compiling these was about a billion instructions of a one-PDF command line.
// bin/ehcp-check.js and the worker's bootstrap run the scripts when they are there, else the modules.
const CLI_SCRIPT = join(OUT, 'cli.bundle.script.js');
const WORKER_SCRIPT = join(OUT, 'parse-worker.script.js');
const CACHES = [CLI_SCRIPT, WORKER_SCRIPT].map((f) => f.replace(/\.js$/, '.cache'));
for (const f of [BUNDLE, CLI_SCRIPT, WORKER_SCRIPT, ...CACHES]) wanted.add(f);
const PDFJS = join(ROOT, 'node_modules/pdfjs-dist/');
// Made again when one is missing or older than what makes or reads them.
const MAKERS = ['scripts/build.mjs', 'scripts/script-bundle.mjs', 'scripts/code-cache.mjs', 'services/ingest/src/load-script.mjs'].map((f) => join(ROOT, f));
const bundleOutdated = () => [BUNDLE, CLI_SCRIPT, WORKER_SCRIPT, ...CACHES].some((f) => !existsSync(f) || MAKERS.some((m) => !fresh(m, f)));
if (!problems.length && (compiled > 0 || bundleOutdated())) {
  let esbuild = null;
  try {
    esbuild = await import('esbuild');
  } catch {
    for (const f of [BUNDLE, CLI_SCRIPT, WORKER_SCRIPT, ...CACHES]) rmSync(f, { force: true });
  }
  const rel = (file) => `./${relative(OUT, file).split('\\').join('/')}`;
  // Packages taken into the bundles (so into their code caches); zod's eighty modules among them. A
  // package that only a module loaded on use imports (docx and the stemmer: `compare`, `--advice`)
  // is then evaluated on that use too, where as an outside import it was loaded at every start.
  const INSIDE = ['zod', 'docx', 'fflate', 'natural'];
  /** Bundles `entry` (a module of dist/) into `outfile`; `outside(file)` keeps a module of dist/ out; `pdfjs` takes pdf.js in. */
  const bundle = (entry, outfile, outside, pdfjs = false) => esbuild.build({
    stdin: { contents: entry, resolveDir: OUT, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    legalComments: 'none',
    logLevel: 'error',
    plugins: [{
      name: 'ehcp-check',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (a) => {
          if (INSIDE.some((p) => a.path === p || a.path.startsWith(`${p}/`))) return undefined;
          if (pdfjs && a.path.startsWith('pdfjs-dist/')) return undefined;
          return { path: a.path, external: true };
        });
        b.onResolve({ filter: /^\./ }, (a) => {
          const file = join(a.resolveDir, a.path);
          return file.startsWith(OUT) && outside(file) ? { path: rel(file), external: true } : undefined;
        });
        // Each module keeps the URL of its own file (in dist/, or pdf.js's in node_modules).
        b.onLoad({ filter: /\.m?js$/ }, async (a) => {
          if (!a.path.startsWith(OUT) && !a.path.startsWith(PDFJS)) return undefined;
          const text = readFileSync(a.path, 'utf8');
          return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel(a.path))}, import.meta.url).href`), loader: 'js' };
        });
      },
    }],
  });
  if (esbuild) {
    const POOL = new Set(['ingest/src/run-worker.js', 'ingest/src/errors.js'].map((f) => join(OUT, f)));
    const WORKER_OUTSIDE = (file) => file === join(OUT, 'ingest/src/errors.js') || file.startsWith(join(OUT, 'analyser/'));
    const WORKER_ESM = join(OUT, 'parse-worker.bundle.tmp.mjs');
    try {
      await bundle(`export { runCli } from './analyser/src/cli.js';\n`, BUNDLE, (f) => POOL.has(f));
      await bundle(`import './ingest/src/worker.js';\n`, WORKER_ESM, WORKER_OUTSIDE, true);
      const { toScript } = await import('./script-bundle.mjs');
      writeFileSync(CLI_SCRIPT, toScript(readFileSync(BUNDLE, 'utf8')));
      writeFileSync(WORKER_SCRIPT, toScript(readFileSync(WORKER_ESM, 'utf8')));
    } catch (e) {
      // Not fatal: the command line then loads dist/ module by module.
      for (const f of [BUNDLE, CLI_SCRIPT, WORKER_SCRIPT]) rmSync(f, { force: true });
      process.stderr.write(`build: no dist/cli.bundle.mjs (${e.message.split('\n')[0]})\n`);
    } finally {
      rmSync(WORKER_ESM, { force: true });
    }
    for (const f of CACHES) rmSync(f, { force: true });
    if (existsSync(CLI_SCRIPT)) {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/code-cache.mjs')], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) {
        for (const f of CACHES) rmSync(f, { force: true });
        process.stderr.write(`build: no code cache (${(r.stderr || r.stdout || '').trim().split('\n').pop()})\n`);
      }
    }
  }
}
let removed = 0;
if (existsSync(OUT)) {
  for (const out of files(OUT)) {
    if (!wanted.has(out)) {
      rmSync(out);
      removed++;
    }
  }
}
if (problems.length) {
  process.stderr.write(`build: ${problems.length} syntax error(s):\n${problems.join('\n')}\n`);
  process.exit(1);
}
if (!process.argv.includes('--quiet') || compiled + copied + removed > 0) {
  process.stdout.write(`build: dist/ ${compiled} module(s) compiled, ${copied} file(s) copied, ${removed} removed (${wanted.size} in all) in ${Math.round(performance.now() - started)} ms\n`);
}
