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
// The default rubric, validated once here rather than at every start (rubric.ts: COMPILED_DEFAULT_RUBRIC),
// keyed by the YAML's text: a rubric edited after the build is parsed as before.
const RUBRIC = join(ROOT, 'rubrics/default.yaml');
const compiledRubric = join(OUT, 'analyser/src/default-rubric.json');
wanted.add(compiledRubric);
if (!problems.length && (compiled > 0 || !fresh(RUBRIC, compiledRubric))) {
  rmSync(compiledRubric, { force: true }); // so that loadRubric parses the YAML
  const { loadRubric } = await import(pathToFileURL(join(OUT, 'analyser/src/rubric.js')).href);
  const text = readFileSync(RUBRIC, 'utf8');
  writeFileSync(compiledRubric, JSON.stringify({ sha256: createHash('sha256').update(text, 'utf8').digest('hex'), rubric: loadRubric() }));
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
wanted.add(BUNDLE);
if (!problems.length && (compiled > 0 || !existsSync(BUNDLE))) {
  let esbuild = null;
  try {
    esbuild = await import('esbuild');
  } catch {
    rmSync(BUNDLE, { force: true });
  }
  const POOL = new Set(['ingest/src/run-worker.js', 'ingest/src/errors.js'].map((f) => join(OUT, f)));
  const rel = (file) => `./${relative(OUT, file).split('\\').join('/')}`;
  if (esbuild) {
    await esbuild.build({
      stdin: { contents: `export { runCli } from './analyser/src/cli.js';\n`, resolveDir: OUT, loader: 'js', sourcefile: 'cli-entry.js' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile: BUNDLE,
      legalComments: 'none',
      logLevel: 'error',
      plugins: [{
        name: 'ehcp-check',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (a) => (a.path === 'zod' || a.path.startsWith('zod/') ? undefined : { path: a.path, external: true }));
          b.onResolve({ filter: /^\./ }, (a) => {
            const file = join(a.resolveDir, a.path);
            return POOL.has(file) ? { path: rel(file), external: true } : undefined;
          });
          b.onLoad({ filter: /\.js$/ }, async (a) => {
            if (!a.path.startsWith(OUT)) return undefined;
            const text = readFileSync(a.path, 'utf8');
            return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel(a.path))}, import.meta.url).href`), loader: 'js' };
          });
        },
      }],
    }).catch((e) => {
      // Not fatal: the command line then loads dist/ module by module.
      rmSync(BUNDLE, { force: true });
      process.stderr.write(`build: no dist/cli.bundle.mjs (${e.message.split('\n')[0]})\n`);
    });
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
