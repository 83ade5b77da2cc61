// Applies services/api/migrations/*.sql in name order, once each, recorded in schema_migrations.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';
import { sealLegacyRows } from './legacy.ts';
import { removeOrphanResults, removeOrphanUploads } from './uploads.ts';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../migrations');

/**
 * Returns the names of the migrations applied by this call. Safe to run from several processes at
 * once. Then seals any document stored in plaintext before migrations/004 (a no-op once done).
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const applied = await applyMigrations(db, dir);
  if (dir === MIGRATIONS_DIR) {
    await sealLegacyRows(db);
    await removeOrphanUploads(db);
    await removeOrphanResults(db);
  }
  return applied;
}

async function applyMigrations(db: Db, dir: string): Promise<string[]> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  return db.transaction(async (tx) => {
    // Serialises concurrent starters (API and workers) on PostgreSQL; harmless on PGlite.
    await tx.query('SELECT pg_advisory_xact_lock(4242001)');
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name));
    const applied: string[] = [];
    for (const f of files) {
      if (done.has(f)) continue;
      for (const stmt of splitSql(fs.readFileSync(path.join(dir, f), 'utf8'))) await tx.query(stmt);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [f]);
      applied.push(f);
    }
    return applied;
  });
}

/** Splits a migration into statements (our migrations use no semicolons inside strings or bodies). */
function splitSql(sql: string): string[] {
  return sql
    .split('\n')
    .filter((l) => !l.trim().startsWith('--'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
