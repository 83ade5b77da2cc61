// `npm start`: the service. Embedded defaults (PGlite under DATA_DIR, in-process queue and workers)
// unless DATABASE_URL / REDIS_URL are set; WORKERS=0 leaves the jobs to `npm run worker`.
import { warmParseWorkers } from '../../ingest/src/index.ts';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import { withKeepAlive } from './http-server.ts';

const config = loadConfig();
// Parse workers start (and load pdf.js and mammoth) while the database opens, not on the first upload.
if (config.workers) warmParseWorkers(config.workerConcurrency);
const { app, close, logger, db, queue } = await createApp(config);
let removeAdminFile = () => {};
const server = withKeepAlive(app.listen(config.port, config.host, async () => {
  // The one line a person starting the service needs; the structured log follows.
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  process.stdout.write(`ehcp-check is running: open http://${shown}:${config.port}/ (stop with Ctrl+C)\n`);
  logger.info({ port: config.port, storage: db.kind, queue: queue.kind, workers: config.workers }, 'listening');
  // Lets `npm run admin` reach this process while it holds the embedded database.
  if (db.kind === 'pglite' && !db.inMemory) removeAdminFile = (await import('./admin.ts')).writeAdminFile(config.dataDir, (server.address() as import('node:net').AddressInfo).port);
}));

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'stopping');
  server.close();
  removeAdminFile();
  await close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
