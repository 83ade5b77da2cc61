// node bench/admin.mjs (after `npm run build`): `npm run admin` while the service runs on the
// embedded database (`npm start`, a fresh DATA_DIR): each command's wall time from start to exit,
// as an operator waits for it (node's own start-up included), and its CPU time (user + system, from
// /usr/bin/time: on a loaded machine wall time is mostly waiting for a core), median of BENCH_REPEAT
// runs, with `node -e 0` for scale. The command goes through the running service (admin.ts).
// BENCH_DIST=/other/checkout/dist measures another build (before/after).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const MAIN = join(DIST, 'api/src/main.js');
const ADMIN = join(DIST, 'api/src/admin-cli.js');
if (!existsSync(MAIN)) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
const REPEAT = Number(process.env.BENCH_REPEAT) || 5;
const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port;
    s.close(() => resolve(p));
  });
});
const dataDir = mkdtempSync(join(tmpdir(), 'ehcp-bench-admin-'));
const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'warn' };
const svc = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'inherit'] });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const TIME = existsSync('/usr/bin/time');
function time(args) {
  const t = performance.now();
  const r = TIME ? spawnSync('/usr/bin/time', ['-f', 'CPU %U %S', process.execPath, ...args], { env, encoding: 'utf8' }) : spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const ms = performance.now() - t;
  const m = /CPU (\S+) (\S+)\s*$/.exec(r.stderr);
  const err = r.stderr.replace(/CPU \S+ \S+\s*$/, '').replace(/Command exited with non-zero status \d+\s*$/, '');
  return { ms, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, code: r.status, out: r.stdout, err };
}

try {
  for (let i = 0; ; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (i > 600) throw new Error('the service did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  const made = time([ADMIN, 'create-org', '--name', 'Benchshire County Council', '--kind', 'la']);
  if (made.code !== 0) throw new Error(`create-org: ${made.err}`);
  time([ADMIN, 'create-user', '--org', 'Benchshire County Council', '--name', 'Bea Bench', '--role', 'admin']);
  const cases = [
    ['node -e 0 (for scale)', ['-e', '0']],
    ['list-orgs', [ADMIN, 'list-orgs']],
    ['list-users --json', [ADMIN, 'list-users', '--json']],
    ['create-user', null],
    ['an unknown organisation', [ADMIN, 'create-user', '--org', 'Nowhere', '--name', 'X', '--role', 'admin']],
  ];
  console.log(`${DIST}\ncommand (service on the embedded database)   wall, median of ${REPEAT}   slowest   CPU   exit`);
  for (const [label, fixed] of cases) {
    const runs = Array.from({ length: REPEAT }, (_, i) => time(fixed ?? [ADMIN, 'create-user', '--org', 'Benchshire County Council', '--name', `User ${i}`, '--role', 'caseworker']));
    const ms = runs.map((r) => r.ms);
    console.log(`${label.padEnd(44)} ${median(ms).toFixed(0).padStart(8)} ms ${Math.max(...ms).toFixed(0).padStart(11)} ms ${median(runs.map((r) => r.cpu)).toFixed(0).padStart(5)} ms   ${runs[0].code}${runs[0].code ? `  ${runs[0].err.trim()}` : ''}`);
  }
  console.log(`\n${time([ADMIN, 'list-orgs']).out}`);
} finally {
  svc.kill('SIGTERM');
  await new Promise((r) => svc.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
