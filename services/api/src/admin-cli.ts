// `npm run admin -- COMMAND …`: organisations, users, tokens and retention, from the command line.
import { parseArgs } from 'node:util';
import { createOrg, createToken, createUser, findOrg, findUser, ORG_KINDS, revokeToken, ROLES, type OrgKind, type Role } from './accounts.ts';
import { purgeExpired } from './app.ts';
import { loadConfig } from './config.ts';
import { openDb } from './db/db.ts';
import { migrate } from './db/migrate.ts';
import { openQueue } from './queue/queue.ts';

const USAGE = `Usage: npm run admin -- COMMAND [options]
  create-org --name NAME --kind la|iass          prints the organisation id
  create-user --org ORG --name NAME --role adviser|caseworker|admin   (ORG: id or name) prints the user id
  create-token --user USER [--days N]            prints the token once (store it: it is kept only hashed)
  revoke-token --token TOKEN_OR_ID
  purge-expired                                  deletes anonymous uploads past RETENTION_DAYS
  migrate                                        applies database migrations`;

function fail(msg: string): never {
  process.stderr.write(`${msg}\n`);
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: { name: { type: 'string' }, kind: { type: 'string' }, org: { type: 'string' }, role: { type: 'string' }, user: { type: 'string' }, days: { type: 'string' }, token: { type: 'string' } },
  strict: true,
});
if (!command || command === 'help' || command === '--help') {
  process.stdout.write(`${USAGE}\n`);
  process.exit(command ? 0 : 2);
}

const config = loadConfig();
const db = await openDb(config);
try {
  await migrate(db);
  switch (command) {
    case 'migrate':
      process.stdout.write('migrations applied\n');
      break;
    case 'create-org': {
      if (!values.name) fail('create-org needs --name');
      if (!ORG_KINDS.includes(values.kind as OrgKind)) fail('create-org needs --kind la or --kind iass');
      process.stdout.write(`${await createOrg(db, values.name, values.kind as OrgKind)}\n`);
      break;
    }
    case 'create-user': {
      if (!values.org || !values.name) fail('create-user needs --org and --name');
      if (!ROLES.includes(values.role as Role)) fail(`create-user needs --role, one of ${ROLES.join(', ')}`);
      const org = await findOrg(db, values.org);
      if (!org) fail(`No organisation "${values.org}".`);
      process.stdout.write(`${await createUser(db, org.id, values.name, values.role as Role)}\n`);
      break;
    }
    case 'create-token': {
      if (!values.user) fail('create-token needs --user');
      const user = await findUser(db, values.user);
      if (!user) fail(`No user "${values.user}".`);
      const days = values.days ? Number(values.days) : null;
      if (days !== null && !(days > 0)) fail('--days must be a positive number');
      const { token } = await createToken(db, user.id, days ? new Date(Date.now() + days * 86_400_000) : null);
      process.stdout.write(`${token}\n`);
      break;
    }
    case 'revoke-token': {
      if (!values.token) fail('revoke-token needs --token');
      if (!(await revokeToken(db, values.token))) fail('No such live token.');
      process.stdout.write('revoked\n');
      break;
    }
    case 'purge-expired': {
      const queue = await openQueue(config);
      try {
        process.stdout.write(`${await purgeExpired({ db, queue })} expired documents deleted\n`);
      } finally {
        await queue.close();
      }
      break;
    }
    default:
      fail(`Unknown command "${command}".\n${USAGE}`);
  }
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
} finally {
  await db.close();
}
