// What routers get: the configuration, storage, queue, logger and the report renderer.
import type { Logger } from 'pino';
import type { Report } from '../../analyser/src/report-schema.ts';
import type { Config } from './config.ts';
import type { Db } from './db/db.ts';
import type { JobQueue } from './queue/queue.ts';

export interface AppContext {
  config: Config;
  db: Db;
  queue: JobQueue;
  logger: Logger;
  renderReportHtml(report: Report): string | Promise<string>;
}
