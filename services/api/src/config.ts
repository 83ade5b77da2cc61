// Service configuration, read from the environment once (README: "Configuration").
import path from 'node:path';
import { z } from 'zod';

const intFrom = (def: number) => z.coerce.number().int().nonnegative().default(def);

const EnvSchema = z.object({
  PORT: intFrom(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/).optional(),
  REDIS_URL: z.string().optional(),
  QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_:-]+$/).default('ehcp'),
  WORKERS: intFrom(1),
  WORKER_CONCURRENCY: intFrom(2),
  JOB_ATTEMPTS: intFrom(3),
  JOB_BACKOFF_MS: intFrom(1000),
  JOB_LOCK_MS: intFrom(30_000),
  QUEUE_TIMEOUT_MS: intFrom(3000),
  MAX_UPLOAD_BYTES: intFrom(20 * 1024 * 1024),
  INGEST_TIMEOUT_MS: intFrom(60_000),
  RETENTION_DAYS: z.coerce.number().positive().default(30),
  SWEEP_INTERVAL_MS: intFrom(60 * 60 * 1000),
  RATE_LIMIT_UPLOADS: intFrom(30),
  RATE_LIMIT_WINDOW_MS: intFrom(15 * 60 * 1000),
  TRUST_PROXY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_BASE_URL: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL when set; PGlite under dataDir otherwise. */
  databaseUrl?: string;
  /** A PostgreSQL schema to keep tables in (tests use one per run). */
  databaseSchema?: string;
  /** PGlite only: keep the database in memory (tests). */
  inMemoryDb?: boolean;
  /** BullMQ on Redis when set; an in-process queue otherwise. */
  redisUrl?: string;
  queuePrefix: string;
  /** Start workers in this process (WORKERS=0 leaves the work to `npm run worker`). */
  workers: boolean;
  workerConcurrency: number;
  jobAttempts: number;
  jobBackoffMs: number;
  /** How long a worker's claim on a job lasts without renewal: a dead worker's job is retried after it. */
  jobLockMs: number;
  /** Longest a request waits for Redis before answering 503 queue_unavailable. */
  queueTimeoutMs: number;
  maxUploadBytes: number;
  ingestTimeoutMs: number;
  retentionDays: number;
  sweepIntervalMs: number;
  rateLimitUploads: number;
  rateLimitWindowMs: number;
  trustProxy?: string;
  logLevel: string;
  publicBaseUrl?: string;
  /** Test-only: hold each job this long in the 'extracting' state (read only when NODE_ENV=test). */
  testHoldExtractingMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Bad configuration: ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  const hold = env.NODE_ENV === 'test' ? Number(env.EHCP_TEST_HOLD_EXTRACTING_MS ?? 0) || 0 : 0;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    databaseSchema: e.DATABASE_SCHEMA,
    redisUrl: e.REDIS_URL || undefined,
    queuePrefix: e.QUEUE_PREFIX,
    workers: e.WORKERS > 0,
    workerConcurrency: Math.max(1, e.WORKER_CONCURRENCY),
    jobAttempts: Math.max(1, e.JOB_ATTEMPTS),
    jobBackoffMs: e.JOB_BACKOFF_MS,
    jobLockMs: Math.max(1000, e.JOB_LOCK_MS),
    queueTimeoutMs: Math.max(100, e.QUEUE_TIMEOUT_MS),
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    ingestTimeoutMs: e.INGEST_TIMEOUT_MS,
    retentionDays: e.RETENTION_DAYS,
    sweepIntervalMs: e.SWEEP_INTERVAL_MS,
    rateLimitUploads: e.RATE_LIMIT_UPLOADS,
    rateLimitWindowMs: e.RATE_LIMIT_WINDOW_MS,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    publicBaseUrl: e.PUBLIC_BASE_URL,
    testHoldExtractingMs: hold,
    ...overrides,
  };
}
