import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/sequencer.ts';

// Files that only call the analyser, ingest's parsers and the formatters in-process: no server, no
// browser, no child process, no environment variable of their own, and nothing that reconfigures the
// parse worker pool. They run in threads that keep their modules from one file to the next
// (isolate: false), so the analyser, pdf.js and the rubric's compiled vocabulary load once per
// thread rather than once per file, which was most of these files' time. A file added here must
// leave no state behind it (a module-level setting, a mock, a global). Every other file runs isolated.
const SHARED_MODULES = [
  'tests/analyser/**/*.test.ts',
  'tests/advice/**/*.test.ts',
  'tests/corpus/**/*.test.ts',
  'tests/deadlines/**/*.test.ts',
  // Ingest's parsers; not worker-pool and worker-budget, which reconfigure the pool and count its workers.
  'tests/ingest/{arrow-bullets,bad-input,caps-label,docx-cell-line-breaks,docx-hard-wrapped,docx-list-labels,formats,garbled,layout,markdown-marks,pdf-cell-paragraphs,pdf-centred-label-overflow,pdf-merged-cells,pdf-newspaper-columns,pdf-tab-rows-wrap,tab-section-rows,tab-table-typed-bullets,text-and-docx}.test.ts',
  'tests/format/{corpus-reports,crowded,html,json-schema,label-words,letter,letter-words,points,real-report,section-names,text}.test.ts',
  'tests/compare/{amount-total-and-split,classify,compare,deadlines,nav,pairs-accuracy,placement-to-be-identified,provider-trained-by,rubric-words,score-placement,set10-causes,set11-causes,set12-causes,set13-causes,year-group}.test.ts',
  // Pure functions of the service: sealing, the spot-check's sampling and aggregation, the pages' words.
  'tests/api/{seal,spot-check-unit}.test.ts',
  'tests/web/words.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    sequence: { sequencer: LongestFirst },
    // vitest's default (cores - 1) runs one file at a time on two cores, while most isolated files
    // spend much of their time waiting on child processes, the browser, PostgreSQL or Redis.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The pools read these from here, not from a project: only the shared project uses threads.
    poolOptions: { threads: { isolate: false }, forks: { isolate: true } },
    projects: [
      { extends: true, test: { name: 'shared', include: SHARED_MODULES, pool: 'threads', isolate: false } },
      {
        // The service, its queue and databases, the browser, the command line and the parse worker
        // pool's own tests: each file in a process of its own, so one file's server, environment or
        // pool settings never reach another's (PostgreSQL and Redis are shared under unique names).
        extends: true,
        test: { name: 'isolated', include: ['tests/**/*.test.ts'], exclude: SHARED_MODULES, pool: 'forks' },
      },
    ],
  },
});
