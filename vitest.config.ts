import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests of PostgreSQL, Redis and the browser share real services: keep files from trampling each other.
    fileParallelism: true,
    pool: 'forks',
    // vitest's default (cores - 1) runs one file at a time on two cores, while most files spend much
    // of their time waiting on child processes, the browser, PostgreSQL or Redis.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
