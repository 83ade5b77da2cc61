// `npm run worker`: a worker process for scaling out. Needs REDIS_URL and DATABASE_URL (shared
// with the API); run as many as you like, on any machine that reaches both.
import { warmParseWorkers } from '../../ingest/src/index.ts';
import { loadConfig } from './config.ts';
import { openDb } from './db/db.ts';
import { migrate } from './db/migrate.ts';
import { createLogger } from './log.ts';
import { openQueue } from './queue/queue.ts';
import { jobHandlers } from './worker.ts';

const config = loadConfig();
const logger = createLogger(config.logLevel);
if (!config.redisUrl || !config.databaseUrl) {
  logger.fatal('npm run worker needs REDIS_URL and DATABASE_URL (the embedded defaults run their workers inside npm start)');
  process.exit(2);
}
warmParseWorkers(config.workerConcurrency); // ready before the first job, not started by it
const db = await openDb(config);
await migrate(db);
const queue = await openQueue(config);
await queue.startWorkers(jobHandlers({ db, config, logger }), config.workerConcurrency);
logger.info({ concurrency: config.workerConcurrency, pid: process.pid }, 'worker ready');

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'worker stopping');
  await queue.close(); // waits for jobs in progress
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
