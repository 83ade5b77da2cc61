// `npm run admin -- COMMAND …`: organisations, users, tokens and retention, from the command line.
// On PostgreSQL, or when no service holds the embedded database, it opens the database itself;
// while the service runs on the embedded database, it asks the service to run the command
// (admin.ts), which answers at once instead of failing on the lock.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { adminFile, formatTable, runAdminCommand, type AdminAnswer, type AdminValues } from './admin.ts';
import { loadConfig } from './config.ts';

const USAGE = `Usage: npm run admin -- COMMAND [options] [--json]
  list-orgs                                      organisations with their users and documents
  list-users [--org ORG]                         users with their role, documents and live tokens
  create-org --name NAME --kind la|iass          prints the organisation id
  create-user --org ORG --name NAME --role adviser|caseworker|admin   (ORG: id or name) prints the user id
  create-token --user USER [--days N]            prints the token once (store it: it is kept only hashed)
  revoke-token --token TOKEN_OR_ID
  purge-expired                                  deletes anonymous uploads past RETENTION_DAYS
  migrate                                        applies database migrations`;

function fail(msg: string): never {
  process.stderr.write(`admin: ${msg}\n`);
  process.exit(2);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The running service holding the embedded database, if any: its port and admin secret. */
function runningService(dataDir: string): { port: number; secret: string } | null {
  try {
    const a = JSON.parse(fs.readFileSync(adminFile(dataDir), 'utf8')) as { pid: number; port: number; secret: string };
    return isAlive(a.pid) ? a : null;
  } catch {
    return null;
  }
}

function embeddedLockedBy(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'pglite.lock'), 'utf8'));
    return pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

async function viaService(svc: { port: number; secret: string }, command: string, values: AdminValues): Promise<AdminAnswer> {
  const r = await fetch(`http://127.0.0.1:${svc.port}/admin/v1/command`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-admin-secret': svc.secret },
    body: JSON.stringify({ command, values }),
    signal: AbortSignal.timeout(30_000),
  }).catch((e: Error) => fail(`the service on port ${svc.port} did not answer (${e.message}).`));
  const body = (await r.json().catch(() => ({}))) as AdminAnswer & { error?: { message: string } };
  if (!r.ok) fail(body.error?.message ?? `the service answered ${r.status}.`);
  return body;
}

async function direct(config: ReturnType<typeof loadConfig>, command: string, values: AdminValues): Promise<AdminAnswer> {
  const { openDb } = await import('./db/db.ts');
  const { migrate } = await import('./db/migrate.ts');
  const db = await openDb(config);
  try {
    await migrate(db);
    const purge = async () => {
      const { openQueue } = await import('./queue/queue.ts');
      const { purgeExpired } = await import('./app.ts');
      const queue = await openQueue(config);
      try {
        return await purgeExpired({ db, queue });
      } finally {
        await queue.close();
      }
    };
    return await runAdminCommand({ db, purge }, command, values);
  } finally {
    await db.close();
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(command ? 0 : 2);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { name: { type: 'string' }, kind: { type: 'string' }, org: { type: 'string' }, role: { type: 'string' }, user: { type: 'string' }, days: { type: 'string' }, token: { type: 'string' }, json: { type: 'boolean' } },
      strict: true,
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const { json, ...values } = parsed.values;
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    fail((e as Error).message);
  }
  let answer: AdminAnswer;
  const svc = config.databaseUrl ? null : runningService(config.dataDir);
  if (svc) answer = await viaService(svc, command, values);
  else {
    const holder = config.databaseUrl ? null : embeddedLockedBy(config.dataDir);
    if (holder) fail(`the embedded database in ${config.dataDir} is in use by process ${holder}, which does not take admin commands: stop it, or use DATABASE_URL.`);
    try {
      answer = await direct(config, command, values);
    } catch (e) {
      fail((e as Error).message);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(answer.json, null, 2)}\n`);
  else process.stdout.write(`${typeof answer.text === 'string' ? answer.text : formatTable(answer.text)}\n`);
}

await main();
