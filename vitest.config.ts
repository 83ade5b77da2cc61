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
  },
});
