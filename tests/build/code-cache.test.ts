// The command line's bundle and the parse worker's run as scripts started from V8 code caches
// (scripts/script-bundle.mjs, scripts/code-cache.mjs, services/ingest/src/load-script.mjs). A cache
// V8 turns down costs nothing but time, so nothing else would notice: these tests do.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript without declarations
import { asciiOnly, toScript } from '../../scripts/script-bundle.mjs';
// @ts-expect-error plain JavaScript without declarations
import { cacheFile, loadScript } from '../../services/ingest/src/load-script.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dist = (rel: string) => join(ROOT, 'dist', rel);

describe('a bundle as a script', () => {
  it('hoists the static imports as import() of the loader, returns the exports and takes the bundle URL', async () => {
    const esm = [
      'import { a, b as c } from "x";',
      'var y = 1;',
      'import d from "./d.js";',
      'import * as ns from "node:path";',
      'function f() { return import("./late.js"); }',
      'const u = import.meta.url;',
      'const s = `await import("${u}");`;',
      'export {',
      '  f as g,',
      '  y',
      '};',
    ].join('\n');
    const text: string = toScript(esm);
    const loaded: string[] = [];
    const importer = async (s: string) => {
      loaded.push(s);
      return { a: 1, b: 2, default: 3 };
    };
    const run = (0, eval)(text) as (url: string, i: typeof importer) => Promise<Record<string, unknown>>;
    const exports = await run('file:///b/bundle.script.js', importer);
    expect(loaded).toEqual(['x', './d.js', 'node:path']);
    expect(Object.keys(exports).sort()).toEqual(['g', 'y']);
    await (exports.g as () => Promise<unknown>)();
    expect(loaded.at(-1)).toBe('./late.js');
    expect(text).toContain('`await import("${u}");`'); // a string is left alone
    expect(text).not.toMatch(/import\.meta/);
  });

  it('writes non-ASCII characters as escapes that mean the same in strings, regular expressions and String.raw patterns', () => {
    const esm = [
      String.raw`const quote = "’", bullet = ${'`'}• ${'$'}{quote}${'`'};`,
      String.raw`const marker = /^[•▪–\-]\s/i, apostrophe = /\’s$/, wide = /😀/u; // a comment — with a dash`,
      String.raw`const raw = new RegExp(String.raw${'`'}^\s*[“"](\w+)[”"]\s*[–—-]\s*é${'`'}, "i");`,
      'export { quote, bullet, marker, apostrophe, wide, raw };',
    ].join('\n');
    const text: string = toScript(esm);
    expect(text).toMatch(/^[\x00-\x7f]*$/);
    expect(asciiOnly(String.raw`/\’/ /\\’/`)).toBe(String.raw`/\u2019/ /\\\u2019/`); // an escaped backslash keeps its own
    const run = (0, eval)(text) as (url: string, i: unknown) => Promise<Record<string, unknown>>;
    return run('file:///b/bundle.script.js', null).then((x) => {
      expect(x.quote).toBe('’');
      expect(x.bullet).toBe('• ’');
      const re = (k: string) => x[k] as RegExp;
      expect(['• a', '▪ b', '– c', '- d', 'o e'].map((s) => re('marker').test(s))).toEqual([true, true, true, true, false]);
      expect(re('apostrophe').test('Zara’s')).toBe(true);
      expect(re('wide').test('a 😀 b')).toBe(true);
      expect(re('raw').exec(' “Reading” — É')?.[1]).toBe('Reading');
      expect(re('raw').test(' “Reading” — e')).toBe(false);
    });
  });

  it('refuses what it cannot rewrite', () => {
    expect(() => toScript('export default 1;')).toThrow(/export/);
    expect(() => toScript('import "side-effect";')).toThrow(/import/);
    expect(() => toScript('const m = import.meta.dirname;')).toThrow(/import\.meta/);
  });
});

describe('the built scripts', () => {
  it('start from their code caches, which V8 accepts in the main thread and in a parse worker', () => {
    for (const f of ['cli.bundle.script.js', 'cli.bundle.script.cache', 'parse-worker.script.js', 'parse-worker.script.cache']) expect(existsSync(dist(f)), f).toBe(true);
    const loader = pathToFileURL(dist('ingest/src/load-script.mjs')).href;
    const probe = `
      import { Worker } from 'node:worker_threads';
      const { loadScript, cachedDataFor } = await import(${JSON.stringify(loader)});
      const { readFileSync } = await import('node:fs');
      const cli = ${JSON.stringify(dist('cli.bundle.script.js'))};
      const worker = ${JSON.stringify(dist('parse-worker.script.js'))};
      // Each cache file starts with its script.
      const made = [cli, worker].map((f) => cachedDataFor(readFileSync(f), readFileSync(f.replace(/\\.js$/, '.cache'))) !== undefined);
      const rejected = {};
      const file = new URL(${JSON.stringify(pathToFileURL(dist('cli.bundle.script.js')).href)});
      await loadScript(file, (s) => { rejected.cli = s.cachedDataRejected; });
      // The worker's script, compiled as the pool's worker compiles it (no run: it would wait for tasks).
      const w = new Worker(\`
        const { parentPort } = require('node:worker_threads');
        const vm = require('node:vm');
        const { readFileSync } = require('node:fs');
        const f = ${JSON.stringify(dist('parse-worker.script.js'))};
        const s = new vm.Script(readFileSync(f, 'utf8'), { filename: f, cachedData: readFileSync(f.replace(/\\\\.js$/, '.cache')).subarray(4 + readFileSync(f).length) });
        parentPort.postMessage(s.cachedDataRejected);\`, { eval: true, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 24 } });
      rejected.worker = await new Promise((r) => w.once('message', r));
      await w.terminate();
      process.stdout.write(JSON.stringify({ ...rejected, made }));
      process.exit(0);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ cli: false, worker: false, made: [true, true] });
  }, 60_000);

  it('uses no cache made for other text: a script edited after the build still runs as written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ehcp-script-'));
    try {
      const file = join(dir, 'x.script.js');
      writeFileSync(file, toScript('var a = 1;\nexport { a };'));
      const vm = await import('node:vm');
      const made = new vm.Script(readFileSync(file, 'utf8'));
      made.runInThisContext();
      writeFileSync(join(dir, 'x.script.cache'), cacheFile(readFileSync(file), made.createCachedData()));
      let accepted: boolean | undefined;
      expect(await loadScript(pathToFileURL(file), (s: { cachedDataRejected?: boolean }) => (accepted = s.cachedDataRejected === false))).toEqual({ a: 1 });
      expect(accepted).toBe(true);
      writeFileSync(file, toScript('var a = 2;\nexport { a };')); // same length, other text
      let given: boolean | undefined;
      expect(await loadScript(pathToFileURL(file), (s: { cachedDataRejected?: boolean }) => (given = s.cachedDataRejected !== undefined))).toEqual({ a: 2 });
      expect(given).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
