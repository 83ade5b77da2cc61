// `npm run admin` while the service holds the embedded database: the command goes through the
// service (admin.ts) instead of failing on the lock, answers quickly, prints tables or JSON, and
// says what is wrong in one line.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFile, formatTable, writeAdminFile } from '../../services/api/src/admin.ts';
import { createApp, type App } from '../../services/api/src/app.ts';
import { createOrg, createUser } from '../../services/api/src/accounts.ts';
import { listen, testConfig, seededDataDir } from './helpers.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('npm run admin while the service runs on the embedded database', () => {
  let dataDir: string;
  let app: App;
  let stop: () => Promise<void>;
  let removeFile: () => void;

  beforeAll(async () => {
    dataDir = seededDataDir('ehcp-admin-');
    app = await createApp(testConfig('embedded', { inMemoryDb: false, dataDir }));
    const l = await listen(app.app);
    stop = l.stop;
    removeFile = writeAdminFile(dataDir, Number(new URL(l.base).port));
    const org = await createOrg(app.db, 'Westmarsh SENDIASS', 'iass');
    const user = await createUser(app.db, org, 'Sam Caseworker', 'caseworker');
    // Document counts come from the rows (a failed one counts: it is still stored).
    await app.db.query("INSERT INTO documents (id, org_id, created_by, state, size_bytes) VALUES ('adm-1', $1, $2, 'failed', 0), ('adm-2', $1, NULL, 'failed', 0)", [org, user]);
    await app.db.query("INSERT INTO documents (id, capability_hash, state, size_bytes) VALUES ('adm-anon', 'x', 'failed', 0)");
  }, 120_000);
  afterAll(async () => {
    removeFile?.();
    await stop?.();
    await app?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const admin = async (...args: string[]) => {
    const t = Date.now();
    try {
      const r = await run(process.execPath, ['--import', 'tsx', 'services/api/src/admin-cli.ts', ...args], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } });
      return { code: 0, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - t };
    } catch (e) {
      const x = e as { code: number; stdout: string; stderr: string };
      return { code: x.code, stdout: x.stdout, stderr: x.stderr, ms: Date.now() - t };
    }
  };

  it('lists organisations and users as tables and as JSON, through the service', async () => {
    expect(fs.existsSync(adminFile(dataDir))).toBe(true);
    const orgs = await admin('list-orgs');
    expect(orgs.code).toBe(0);
    expect(orgs.stdout).toMatch(/^ORGANISATION\s+KIND\s+USERS\s+DOCUMENTS\s+ID\n/);
    expect(orgs.stdout).toMatch(/Westmarsh SENDIASS\s+iass\s+1\s+2\s+[0-9a-f-]{36}/);
    expect(orgs.stdout).toMatch(/\(anonymous uploads\)\s+1\n/);
    const users = JSON.parse((await admin('list-users', '--org', 'Westmarsh SENDIASS', '--json')).stdout);
    expect(users.users).toEqual([expect.objectContaining({ name: 'Sam Caseworker', role: 'caseworker', org: 'Westmarsh SENDIASS', documents: 1, tokens: 0 })]);
    const made = await admin('create-user', '--org', 'Westmarsh SENDIASS', '--name', 'Ada Admin', '--role', 'admin', '--json');
    expect(JSON.parse(made.stdout)).toMatchObject({ name: 'Ada Admin', role: 'admin' });
    // Made by the service in its own database, at once visible to it.
    expect((await app.db.query("SELECT 1 FROM users WHERE name = 'Ada Admin'")).rows).toHaveLength(1);
  }, 120_000);

  it('prints one friendly line for a mistake, no stack trace', async () => {
    const r = await admin('create-user', '--org', 'Nowhere', '--name', 'X', '--role', 'admin');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('admin: No organisation "Nowhere" (see list-orgs).');
    const bad = await admin('list-orgs', '--colour');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^admin: Unknown option '--colour'/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});

describe('formatTable', () => {
  it('aligns columns by the widest cell', () => {
    expect(formatTable([['A', 'BB', 'C'], ['long', 'x', 'y']])).toBe('A     BB  C\nlong  x   y');
  });
});
