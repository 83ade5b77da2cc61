// Shared test plumbing for the API tests: isolated storage and queue per run, fixtures, a live server.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Redis } from 'ioredis';
import pg from 'pg';
import { loadConfig, type Config } from '../../services/api/src/config.ts';
import { withKeepAlive } from '../../services/api/src/http-server.ts';
import { createOrg, createToken, createUser, type Role } from '../../services/api/src/accounts.ts';
import type { Queryable } from '../../services/api/src/db/db.ts';
import type { App } from '../../services/api/src/app.ts';
import { afterAll, beforeAll } from 'vitest';

export const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export type Backend = 'embedded' | 'scaled';

/** A unique lowercase name for a schema or queue prefix, so parallel test files never collide. */
export function uniqueName(tag: string): string {
  return `t_${tag}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

/** Embedded: PGlite in memory and the in-process queue. Scaled: PostgreSQL (own schema) and BullMQ (own prefix). */
export function testConfig(backend: Backend, overrides: Partial<Config> = {}): Config {
  const base = loadConfig({ NODE_ENV: 'test' } as NodeJS.ProcessEnv, {
    logLevel: 'silent',
    jobBackoffMs: 50,
    sweepIntervalMs: 0,
    rateLimitUploads: 0,
  });
  const isolated: Partial<Config> =
    backend === 'embedded'
      ? { inMemoryDb: true }
      : { databaseUrl: DATABASE_URL, databaseSchema: uniqueName('s'), redisUrl: REDIS_URL, queuePrefix: uniqueName('q'), jobLockMs: 2000 };
  return { ...base, ...isolated, ...overrides };
}

/**
 * A new temporary DATA_DIR whose embedded database starts from the set-up's dump of a newly created
 * one (tests/global-setup.ts: PGLITE_TEMPLATE) rather than from another initdb: the same database
 * for the service, at a quarter of the CPU.
 */
export function seededDataDir(prefix: string): string {
  return seedDataDir(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/**
 * Puts the set-up's dump in an empty DATA_DIR as its embedded database. Its files are the ones
 * initdb writes (the same 39 MB; postgresql.conf, wal_recycle included, is written at every start),
 * at 0.8 s of CPU against 4.9 s: deletion tests too find only what the service itself wrote.
 */
export function seedDataDir(dataDir: string): string {
  if (process.env.PGLITE_TEMPLATE) {
    fs.mkdirSync(path.join(dataDir, 'pglite'));
    execFileSync('tar', ['-xf', process.env.PGLITE_TEMPLATE, '-C', path.join(dataDir, 'pglite')], { stdio: 'ignore' });
  }
  return dataDir;
}

/** Removes what a scaled config created: its schema and its Redis keys. */
export async function dropIsolated(config: Config): Promise<void> {
  if (config.databaseUrl && config.databaseSchema) {
    const c = new pg.Client({ connectionString: config.databaseUrl });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS ${config.databaseSchema} CASCADE`);
    await c.end();
  }
  if (config.redisUrl) {
    const keys = await redisKeys(config.queuePrefix);
    if (keys.length) {
      const r = new Redis(config.redisUrl);
      await r.del(...keys);
      r.disconnect();
    }
  }
}

export async function redisKeys(prefix: string): Promise<string[]> {
  const r = new Redis(REDIS_URL);
  try {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await r.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    return keys;
  } finally {
    r.disconnect();
  }
}

export async function listen(app: import('express').Express): Promise<{ base: string; server: Server; stop(): Promise<void> }> {
  const server = await new Promise<Server>((resolve) => {
    const s = withKeepAlive(app.listen(0, '127.0.0.1', () => resolve(s)));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    server,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A running service for one describe block (useService); its fields are set once beforeAll has run. */
export interface LiveService {
  app: App;
  base: string;
  config: Config;
  /** 'disk': the service's DATA_DIR (PGlite and upload files on disk). */
  dataDir: string;
  /** 'scaled': a client of the same PostgreSQL as its superuser (dropping sessions, checkpoints, reading files). */
  admin: pg.Client;
}

/**
 * Starts the service before a describe block's tests and removes everything it made after them:
 * 'disk' is the embedded database on a fresh DATA_DIR (seeded from the set-up's dump) (`beforeStart`/`afterStop` may prepare and
 * undo it, e.g. mount a small tmpfs there); 'scaled' is PostgreSQL and Redis with an isolated schema
 * and prefix, plus a superuser client.
 */
export function useService(kind: 'disk' | 'scaled', opts: { overrides?: Partial<Config>; beforeStart?: (dataDir: string) => void; afterStop?: (dataDir: string) => void } = {}): LiveService {
  const svc = {} as LiveService;
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const { createApp } = await import('../../services/api/src/app.ts');
    if (kind === 'disk') {
      svc.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ehcp-svc-'));
      opts.beforeStart?.(svc.dataDir);
      seedDataDir(svc.dataDir);
      svc.config = testConfig('embedded', { inMemoryDb: false, dataDir: svc.dataDir, ...opts.overrides });
    } else {
      svc.config = testConfig('scaled', opts.overrides);
      svc.admin = new pg.Client({ connectionString: DATABASE_URL });
      await svc.admin.connect();
    }
    svc.app = await createApp(svc.config);
    ({ base: svc.base, stop } = await listen(svc.app.app));
  }, 120_000);
  afterAll(async () => {
    await svc.admin?.end();
    await stop?.();
    await svc.app?.close();
    if (svc.config) await dropIsolated(svc.config);
    if (svc.dataDir) {
      try {
        opts.afterStop?.(svc.dataDir);
      } finally {
        fs.rmSync(svc.dataDir, { recursive: true, force: true });
      }
    }
  }, 60_000);
  return svc;
}

export function form(bytes: Uint8Array | string, name: string, field = 'file'): FormData {
  const fd = new FormData();
  fd.append(field, new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
  return fd;
}

export async function waitFor<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 20_000, everyMs = 50): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Polls a status link until the document is done or failed. */
export async function settle(base: string, self: string, headers: Record<string, string> = {}, timeoutMs = 30_000): Promise<{ id: string; state: string; error?: { code: string; message: string } }> {
  return waitFor(async () => {
    const r = await fetch(base + self, { headers });
    const body = (await r.json()) as { id: string; state: string; error?: { code: string; message: string } };
    return body.state === 'done' || body.state === 'failed' ? body : undefined;
  }, timeoutMs);
}

/** A synthetic plan (invented child) in Markdown, with a few findings to make. */
export function samplePlan(n = 1): string {
  return `# Education, Health and Care Plan: Pip Example${n}

Status: Final. Year 10.

## Section A: The views, interests and aspirations of the child and their parents

Pip likes trains and wants to work with animals.

## Section B: Special educational needs

Pip has difficulties with speech, language and communication.

## Section C: Health needs

Pip has asthma.

## Section D: Social care needs

None identified.

## Section E: Outcomes

- By July 2027, Pip will read a short passage aloud with 90% accuracy.
- Pip will be happier.

## Section F: Special educational provision

- Pip will receive regular speech and language therapy as required.
- A specialist teacher will deliver 30 minutes of 1:1 literacy support three times a week.

## Section G: Health provision

- The school nurse will review the asthma care plan every term.

## Section H1: Social care provision under section 2 of the CSDPA 1970

None.

## Section H2: Other social care provision

None.

## Section I: Placement

Oakfield Academy (mainstream secondary).

## Section J: Personal budget

None requested.

## Section K: Advice and information

Educational psychology advice, 2026.
`;
}

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
export const pngBytes = () => PNG.slice();

/** A small valid PDF with one page of text lines (Helvetica), built by hand with a correct xref. */
export function makePdf(lines: string[]): Uint8Array {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 11 Tf 14 TL 50 780 Td ${lines.map((l) => `(${esc(l)}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** A user with a fresh API token, for tests that call the API as that user. */
export async function userToken(q: Queryable, orgId: string, name: string, role: Role): Promise<string> {
  return (await createToken(q, await createUser(q, orgId, name, role))).token;
}

/**
 * The two organisations the access tests need (a local authority and another organisation's
 * SENDIASS service) and a token per named user: `users` maps a name to its organisation and role.
 */
export async function seedAccounts(q: Queryable, users: Record<string, ['la' | 'iass', Role]>): Promise<{ la: string; iass: string; tokens: Record<string, string> }> {
  const la = await createOrg(q, 'Northshire County Council', 'la');
  const iass = await createOrg(q, 'Southshire SENDIASS', 'iass');
  const tokens: Record<string, string> = {};
  for (const [who, [org, role]] of Object.entries(users)) tokens[who] = await userToken(q, org === 'la' ? la : iass, `Test ${who}`, role);
  return { la, iass, tokens };
}

/**
 * An organisation's own rubric as PUT /v1/rubric takes it (YAML): it extends the default, renames the
 * bands and rewrites one rule's message ("<Org> standard <clause>: …"), all visible in its reports.
 */
export function orgRubricYaml(org: string, version: string, clause: string): string {
  return `extends: default
id: ${org.toLowerCase()}
version: "${version}"
bands:
  - { name: meets our standard, min: 70 }
  - { name: below our standard, min: 0 }
rules:
  provision.vague-term:
    severity: warning
    message: "${org} standard ${clause}: \\"{term}\\" must be replaced by an amount."
`;
}
