// createApp: the service as an express app with its storage, queue and (by default) workers.
//
// Extra routers (the web pages and spot-checks) are mounted in one of two explicit ways:
// - services/api/src/web/index.ts exports `createWebRouter(ctx: AppContext): Router`;
//   createApp mounts it after the API routes (opt out with { web: false });
// - createApp(config, { extraRouters: [(ctx) => router] }) mounts more, in order, after that.
import express, { type Express, type Router } from 'express';
import helmet from 'helmet';
import type { DestinationStream, Logger } from 'pino';
import { renderReportHtml } from '../../analyser/src/format/html.ts';
import { authenticate } from './auth.ts';
import { loadConfig, type Config } from './config.ts';
import type { AppContext } from './context.ts';
import { openDb, type Db } from './db/db.ts';
import { migrate } from './db/migrate.ts';
import { deletionWarnings, shred } from './db/seal.ts';
import { errorHandler, sendError } from './errors.ts';
import { createLogger, httpLogger } from './log.ts';
import { openQueue, redactUrl, type JobQueue } from './queue/queue.ts';
import { documentsRouter, removeDocument } from './routes/documents.ts';
import { expiredDocumentIds } from './store.ts';
import { jobHandlers, requeueUnfinished } from './worker.ts';

export type RouterFactory = (ctx: AppContext) => Router | Promise<Router>;

export interface CreateAppOptions {
  extraRouters?: RouterFactory[];
  /** Mount services/api/src/web/index.ts when present (default true). */
  web?: boolean;
  /** Where logs go (tests capture them); stdout by default. */
  logDestination?: DestinationStream;
  logger?: Logger;
  /** Start the periodic sweep of expired anonymous uploads (default: when sweepIntervalMs > 0). */
  sweep?: boolean;
}

export interface App {
  app: Express;
  ctx: AppContext;
  db: Db;
  queue: JobQueue;
  logger: Logger;
  close(): Promise<void>;
}

/** The Content-Security-Policy: self-contained pages with inline styles, no inline scripts. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  scriptSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Deletes anonymous uploads past their retention date, as DELETE does (keys shredded once). Returns how many went. */
export async function purgeExpired(ctx: Pick<AppContext, 'db' | 'queue'>): Promise<number> {
  let n = 0;
  for (const id of await expiredDocumentIds(ctx.db)) {
    if (await removeDocument(ctx as AppContext, id, 'retention sweep', false)) n++;
  }
  // Anonymous comparisons (issue 15) expire the same way; shred() covers their keys too.
  n += (await ctx.db.query('DELETE FROM comparisons WHERE expires_at IS NOT NULL AND expires_at < now()')).rowCount;
  if (n > 0) await shred(ctx.db);
  return n;
}

export async function createApp(config: Config = loadConfig(), opts: CreateAppOptions = {}): Promise<App> {
  const logger = opts.logger ?? createLogger(config.logLevel, opts.logDestination);
  const db = await openDb(config);
  let queue: JobQueue | undefined;
  try {
    await migrate(db);
    queue = await openQueue(config);
  } catch (e) {
    await db.close();
    throw e;
  }
  const ctx: AppContext = { config, db, queue, logger, renderReportHtml: (report) => renderReportHtml(report) };
  // Said once at start and on every /readyz: what would leave a deleted document's key readable.
  for (const w of await deletionWarnings(db).catch(() => [])) logger.warn(`deletion: ${w}`);
  if (!queue.available() && config.redisUrl) {
    logger.warn(`Redis at ${redactUrl(config.redisUrl)} is unreachable: uploads answer 503 queue_unavailable until it answers (retrying)`);
  }
  if (config.workers) {
    await queue.startWorkers(jobHandlers({ db, config, logger }), config.workerConcurrency);
    if (queue.kind === 'memory') await requeueUnfinished(db, queue);
  }

  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy);
  app.use(httpLogger(logger));
  app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES } }));

  // The OpenAPI generator loads on the first request for the document, not at start-up.
  let openapi: Promise<object> | undefined;
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const [storage, q, warnings] = await Promise.all([
      db.query('SELECT 1').then(() => true, () => false),
      ctx.queue.ping().then(() => true, () => false),
      deletionWarnings(db).catch(() => []),
    ]);
    // Warnings do not make the service unready: it works, but deletion is not complete (README: Data protection).
    res.status(storage && q ? 200 : 503).json({ status: storage && q ? 'ready' : 'unavailable', checks: { storage, queue: q }, ...(warnings.length ? { warnings } : {}) });
  });
  app.get('/openapi.json', async (_req, res) => void res.json(await (openapi ??= import('./openapi.ts').then((m) => m.buildOpenApi()))));

  // `npm run admin` while this process holds the embedded database (admin.ts).
  if (db.kind === 'pglite' && !db.inMemory) app.use((await import('./admin-router.ts')).adminRouter(ctx, () => purgeExpired(ctx)));
  app.use(authenticate(db));
  app.use(documentsRouter(ctx));
  app.use((await import('./routes/spot-checks.ts')).spotChecksRouter(ctx));
  app.use((await import('./routes/rubric.ts')).rubricRouter(ctx));
  app.use((await import('./routes/comparisons.ts')).comparisonsRouter(ctx));
  if (opts.web !== false) app.use(await (await import('./web/index.ts')).createWebRouter(ctx));
  if (opts.web !== false) app.use((await import('./web/compare-pages.ts')).comparePagesRouter(ctx));
  for (const make of opts.extraRouters ?? []) app.use(await make(ctx));

  app.use((_req, res) => sendError(res, 'not_found', 'No such route.'));
  app.use(errorHandler(config.maxUploadBytes));

  let sweepTimer: NodeJS.Timeout | undefined;
  if ((opts.sweep ?? true) && config.sweepIntervalMs > 0) {
    sweepTimer = setInterval(() => {
      purgeExpired(ctx).then(
        (n) => n > 0 && logger.info({ deleted: n }, 'expired uploads deleted'),
        (err) => logger.error({ err }, 'retention sweep failed'),
      );
    }, config.sweepIntervalMs);
    sweepTimer.unref();
  }

  return {
    app,
    ctx,
    db,
    queue,
    logger,
    async close() {
      if (sweepTimer) clearInterval(sweepTimer);
      await queue.close();
      await db.close();
    },
  };
}
