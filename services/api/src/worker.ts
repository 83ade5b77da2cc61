// The document job: extract (ingest) then analyse, with each step's result stored before the next.
// Safe to run twice for one document: results are written once, states only move forward.
import type { Logger } from 'pino';
import { ingest } from '../../ingest/src/index.ts';
import { analyseToJsonInWorker } from '../../ingest/src/run-worker.ts';
import { toErrorBody } from '../../ingest/src/errors.ts';
import type { StructuredDocument } from '../../ingest/src/document.ts';
import type { Config } from './config.ts';
import type { Db } from './db/db.ts';
import type { JobHandlers, JobQueue, JobResult } from './queue/queue.ts';
import { rubricFor } from './org-rubric.ts';
import { failDocument, getAdvice, getDocument, getStructured, getUpload, saveReportJson, saveStructured, transition } from './store.ts';

export interface WorkerDeps {
  db: Db;
  config: Config;
  logger: Logger;
}

export async function processDocument(deps: WorkerDeps, id: string): Promise<JobResult> {
  const { db } = deps;
  const doc = await getDocument(db, id);
  if (!doc) return 'gone';
  if (doc.state === 'done' || doc.state === 'failed') return 'done';

  let structured = await getStructured(db, id);
  if (structured) await transition(db, id, ['queued', 'extracting'], 'analysing');
  else {
    structured = await extract(deps, id);
    if (!structured) return 'gone';
  }

  const started = Date.now();
  // The organisation's own rubric, if it set one; anonymous uploads use the default.
  const rubric = await rubricFor(db, doc.org_id, deps.logger);
  // Advice reports uploaded with the plan: each recommendation judged against its provision.
  const advice = await getAdvice(db, id);
  // In a pooled worker: a long plan's analysis takes seconds of CPU, which must not stall the service;
  // its report comes back as JSON bytes, sealed and stored as they are.
  const report = await analyseToJsonInWorker(structured, rubric.custom ? { sha256: rubric.sha256, source: rubric.source } : null, deps.config.ingestTimeoutMs, advice);
  await saveReportJson(db, id, report);
  deps.logger.info({ documentId: id, ms: Date.now() - started }, 'analysed');
  return (await getDocument(db, id)) ? 'done' : 'gone';
}

/** Ingests the uploaded bytes and stores the result; null when the document was deleted meanwhile. */
async function extract({ db, config, logger }: WorkerDeps, id: string): Promise<StructuredDocument | null> {
  await transition(db, id, ['queued'], 'extracting');
  if (config.testHoldExtractingMs > 0) await new Promise((r) => setTimeout(r, config.testHoldExtractingMs));
  const upload = await getUpload(db, id);
  if (!upload) {
    if (!(await getDocument(db, id))) return null;
    throw new Error('the uploaded bytes are missing');
  }
  const started = Date.now();
  const structured = await ingest(upload.bytes, { name: upload.name, maxBytes: config.maxUploadBytes, timeoutMs: config.ingestTimeoutMs });
  await saveStructured(db, id, structured);
  logger.debug({ documentId: id, ms: Date.now() - started }, 'extracted');
  return structured;
}

export function jobHandlers(deps: WorkerDeps): JobHandlers {
  return {
    process: (id) => processDocument(deps, id),
    async onFailed(id, err) {
      const body = toErrorBody(err);
      // Expected failures are logged by code only; unexpected ones with their stack (never plan text).
      if (body.code === 'internal_error') deps.logger.error({ documentId: id, err }, 'job failed');
      else deps.logger.info({ documentId: id, code: body.code }, 'document rejected');
      await failDocument(deps.db, id, body.code, body.message);
    },
  };
}

/**
 * Puts unfinished documents back on the queue: the in-process queue forgets its jobs when the
 * process stops, and a document whose enqueue failed after it was stored would otherwise wait forever.
 */
export async function requeueUnfinished(db: Db, queue: JobQueue): Promise<number> {
  const r = await db.query<{ id: string }>("SELECT id FROM documents WHERE state IN ('queued', 'extracting', 'analysing') ORDER BY created_at");
  for (const { id } of r.rows) await queue.enqueue(id);
  return r.rows.length;
}
