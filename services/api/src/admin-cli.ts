// `npm run admin -- COMMAND …`: organisations, users, tokens and retention, from the command line.
// On PostgreSQL, or when no service holds the embedded database, it opens the database itself;
// while the service runs on the embedded database, it asks the service to run the command
// (admin.ts), which answers at once instead of failing on the lock.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isAlive } from './db/db.ts';
import { adminFile, formatTable, runAdminCommand, type AdminAnswer, type AdminValues } from './admin.ts';

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
  // node:http rather than fetch: fetch loads undici and compiles its WebAssembly HTTP parser, most
  // of this command's CPU.
  const body = JSON.stringify({ command, values });
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: svc.port, path: '/admin/v1/command', method: 'POST', timeout: 30_000, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-admin-secret': svc.secret } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end(body);
  }).catch((e: Error) => fail(`the service on port ${svc.port} did not answer (${e.message}).`));
  let answer: AdminAnswer & { error?: { message: string } };
  try {
    answer = JSON.parse(text);
  } catch {
    fail(`the service answered ${status}.`);
  }
  if (status < 200 || status >= 300) fail(answer.error?.message ?? `the service answered ${status}.`);
  return answer;
}

async function direct(config: import('./config.ts').Config, command: string, values: AdminValues): Promise<AdminAnswer> {
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
  // Read as loadConfig does (config.ts), without loading the whole configuration's schema (zod: a
  // third of the command's start-up) when a running service will do the work.
  const dataDir = path.resolve(process.env.DATA_DIR ?? './data');
  const svc = process.env.DATABASE_URL ? null : runningService(dataDir);
  let answer: AdminAnswer;
  if (svc) answer = await viaService(svc, command, values);
  else {
    let config;
    try {
      config = (await import('./config.ts')).loadConfig();
    } catch (e) {
      fail((e as Error).message);
    }
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
