// One small database interface over PGlite (embedded) and PostgreSQL (pg): the same SQL runs on both.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** PGlite kept in memory (tests): nothing reaches a file, so deletion has no files to clean. */
  readonly inMemory?: boolean;
  /** Embedded on disk: where uploaded bytes are kept, as files (db/uploads.ts). */
  readonly uploadDir?: string;
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openDb(config: Pick<Config, 'databaseUrl' | 'databaseSchema' | 'dataDir' | 'inMemoryDb'>): Promise<Db> {
  return config.databaseUrl ? openPostgres(config.databaseUrl, config.databaseSchema) : openPglite(config.inMemoryDb ? undefined : path.join(config.dataDir, 'pglite'));
}

async function openPostgres(url: string, schema?: string): Promise<Db> {
  const { default: pg } = await import('pg');
  type Runner = { query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }> };
  if (schema) {
    // Create the schema before the pool pins every connection's search_path to it.
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await c.end();
    }
  }
  // application_name names the schema too, so an operator (or a fault test) can tell this pool's sessions apart.
  const pool = new pg.Pool({ connectionString: url, max: 10, application_name: schema ? `ehcp-check:${schema}` : 'ehcp-check', ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  pool.on('error', () => {
    /* an idle client lost its connection; the pool replaces it */
  });
  const run = async <T>(q: Runner, sql: string, params?: unknown[]): Promise<QueryResult<T>> => {
    const r = await q.query(sql, params as unknown[]);
    return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 };
  };
  return {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      // A checked-out client whose session is killed emits 'error' outside any query: without a
      // listener that would end the process. The failed query reports it; the client is discarded.
      let lost: Error | undefined;
      const onError = (e: Error) => {
        lost = e;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const out = await fn({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.off('error', onError);
        client.release(lost);
      }
    },
    close: () => pool.end(),
  };
}

/**
 * A fresh in-memory database starts from PGLITE_TEMPLATE when it names a dump of a newly created
 * one (tests/global-setup.ts writes it): loading it costs a quarter of the CPU of initdb (about 1 s
 * against 4 s), and the test suite opens one per file. Migrations still run as on any new database.
 */
function inMemoryTemplate(): { loadDataDir?: Blob } {
  const file = process.env.PGLITE_TEMPLATE;
  if (!file) return {};
  try {
    return { loadDataDir: new Blob([fs.readFileSync(file)]) };
  } catch {
    return {}; // gone or unreadable: initdb as usual
  }
}

async function openPglite(dir: string | undefined): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite');
  const unlock = dir ? lockDir(dir) : () => {};
  let pg: InstanceType<typeof PGlite>;
  try {
    // wal_recycle off: a WAL segment past its checkpoint is removed, not renamed and kept with its
    // old contents (deletion relies on it: db/seal.ts).
    pg = dir ? await PGlite.create(dir, { postgresqlconf: ['wal_recycle = off'] }) : await PGlite.create(inMemoryTemplate());
  } catch (e) {
    unlock();
    throw e;
  }
  const run = async <T>(q: Pick<typeof pg, 'query'>, sql: string, params?: unknown[]): Promise<QueryResult<T>> => {
    const r = await q.query<T>(sql, params);
    return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
  };
  return {
    kind: 'pglite',
    inMemory: !dir,
    uploadDir: dir ? path.join(dir, '..', 'uploads') : undefined,
    query: (sql, params) => run(pg, sql, params),
    transaction: (fn) => pg.transaction((tx) => fn({ query: (sql, params) => run(tx, sql, params) })),
    close: async () => {
      await pg.close();
      unlock();
    },
  };
}

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt it.
 * A lock file holding the owner's pid refuses that (a stale lock from a dead process is taken over).
 */
function lockDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, '..', 'pglite.lock');
  for (let tries = 0; tries < 2; tries++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = Number(fs.readFileSync(file, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner)) {
        throw new Error(`The embedded database in ${path.dirname(file)} is in use by process ${owner}: stop it first (or use DATABASE_URL for several processes).`);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${file}.`);
}

/** Whether a process with this id is running (EPERM: it is, but not ours to signal). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
