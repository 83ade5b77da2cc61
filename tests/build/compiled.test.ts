// What users run is the compiled JavaScript under dist/ (scripts/build.mjs, run by `npm ci` and by
// tests/global-setup.ts), under plain node. It must behave exactly as the TypeScript does: the same
// reports byte for byte, and a service that boots and finds its migrations, pages and scripts.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { samplePlan, seedDataDir } from '../api/helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };

// Text, DOCX and PDF plans from different templates (Chromium and LibreOffice PDFs).
const PLANS = ['p01/plan.pdf', 'p01/plan.docx', 'p01/plan.txt', 'p07/plan.pdf', 'p18/plan.docx', 'p26/plan.pdf', 'p33/plan.pdf'].map((p) => join('corpus/plans', p));

// Each of these starts node processes (PGlite's first start alone is seconds of CPU): generous on a busy machine.
const SLOW = 180_000;

interface Run { code: number | null; stdout: string; stderr: string }
function run(args: string[], env: Record<string, string> = {}, timeoutMs = SLOW): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The node arguments of an `npm run NAME` script that is `node FILE…`. */
function npmScript(name: string): string[] {
  const [cmd, ...args] = PKG.scripts[name].split(' ');
  expect(cmd).toBe('node');
  return args;
}

function* jsFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* jsFiles(full);
    else if (/\.m?js$/.test(e.name)) yield full;
  }
}

describe('the compiled command line', () => {
  it('prints the same JSON reports, byte for byte, as the TypeScript source', async () => {
    const args = ['--format', 'json', '--include-text', ...PLANS];
    const [compiled, source] = await Promise.all([run([PKG.bin['ehcp-check'], ...args]), run([TSX, 'services/analyser/src/cli.ts', ...args])]);
    expect(compiled.stderr).toBe(source.stderr);
    expect(compiled.code).toBe(source.code);
    const reports = JSON.parse(compiled.stdout) as unknown[];
    expect(reports).toHaveLength(PLANS.length);
    for (const r of reports) Report.parse(r);
    expect(compiled.stdout).toBe(source.stdout);
  }, SLOW);

  it('is what `npm run check` runs, and it says its version', async () => {
    const r = await run([...npmScript('check'), '--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ehcp-check \d+\.\d+\.\d+\n$/);
  });

  it('refers to no TypeScript file at run time', () => {
    const offenders: string[] = [];
    for (const file of jsFiles(join(ROOT, 'dist'))) {
      if (file.endsWith('worker-bootstrap.mjs')) continue; // its TypeScript branch is for a source checkout
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      // A module specifier ending in .ts; text built from a template (a rule's file named in docs) is not one.
      for (const m of code.matchAll(/['"`]([^'"`\s{}]*\.[cm]?ts)['"`]/g)) offenders.push(`${relative(ROOT, file)}: ${m[1]}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('the compiled service (npm start)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ehcp-compiled-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const freePort = () =>
    new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });

  it('boots on embedded defaults, serves its pages and scripts, and checks an uploaded plan', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, npmScript('start'), {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT_UPLOADS: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    try {
      const up = async () => {
        for (;;) {
          const ok = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
          if (ok) return;
          await new Promise((r) => setTimeout(r, 100));
        }
      };
      await Promise.race([up(), exited.then((code) => Promise.reject(new Error(`npm start exited (${code}): ${stderr}`)))]);

      const home = await fetch(`${base}/`);
      expect(home.status).toBe(200);
      // Idle sockets are kept longer than a client keeps them (Node's 5 s races fetch's reuse: ECONNRESET).
      expect(home.headers.get('keep-alive')).toBe('timeout=65');
      expect(await home.text()).toContain('<form');
      expect((await fetch(`${base}/static/web.js`)).status).toBe(200);
      expect((await (await fetch(`${base}/openapi.json`)).json()).openapi).toMatch(/^3\./);

      const body = new FormData();
      body.append('file', new Blob([samplePlan(1)], { type: 'text/plain' }), 'plan.txt');
      const posted = await fetch(`${base}/v1/documents`, { method: 'POST', body });
      expect(posted.status).toBe(202);
      const { links } = (await posted.json()) as { links: { self: string; report: string } };
      let state = '';
      for (let i = 0; i < 400 && state !== 'done' && state !== 'failed'; i++) {
        state = ((await (await fetch(`${base}${links.self}`)).json()) as { state: string }).state;
        if (state !== 'done') await new Promise((r) => setTimeout(r, 100));
      }
      expect(state).toBe('done');
      const report = await fetch(`${base}${links.report}`, { headers: { Accept: 'application/json' } });
      expect(Report.parse(await report.json()).document.name).toBe('plan.txt');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    expect(stderr).toBe('');
  }, SLOW);

  it('applies the migrations from the compiled admin command (npm run admin)', async () => {
    // The set-up's dump of a new database (what initdb writes) rather than a second initdb, about
    // 4 s of CPU: npm start above already boots the compiled service on a DATA_DIR of its own making.
    const adminDir = join(dataDir, 'admin');
    mkdirSync(adminDir);
    seedDataDir(adminDir);
    const r = await run([...npmScript('admin'), 'migrate'], { DATA_DIR: adminDir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('migrations applied\n');
    expect(r.code).toBe(0);
  }, SLOW);
});
