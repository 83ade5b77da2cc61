// The order files start in: longest first, so the run does not end with one long file alone on a
// core while the other waits. vitest keeps each file's last duration (node_modules/.vite/vitest);
// a machine that has none yet (a fresh clone, CI after `npm ci`) takes the seconds below, measured
// on a busy 2-core machine with the whole suite running, for the files that take longest. A file
// in neither comes after them, larger files first.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const MEASURED_SECONDS: Record<string, number> = {
  'tests/build/compiled.test.ts': 100,
  'tests/api/analyse-worker.test.ts': 84,
  'tests/api/event-loop.test.ts': 81,
  'tests/web/parent.test.ts': 81,
  'tests/api/spot-check.test.ts': 58,
  'tests/compare/deletion.test.ts': 58,
  'tests/web/spot-check-pages.test.ts': 55,
  'tests/api/load.test.ts': 42,
  'tests/web/caseworker.test.ts': 42,
  'tests/api/api.test.ts': 41,
  'tests/api/storage-full.test.ts': 40,
  'tests/api/deletion.test.ts': 37,
  'tests/api/large-results.test.ts': 34,
  'tests/api/queue-outage.test.ts': 34,
  'tests/web/report-views.test.ts': 33,
  'tests/web/security.test.ts': 32,
  'tests/cli/cli.test.ts': 32,
  'tests/web/rubric-page.test.ts': 29,
  // The shared project (threads, modules kept between files): its longest.
  'tests/analyser/invariants.test.ts': 50,
  'tests/analyser/invariants-generated-2.test.ts': 50,
  'tests/analyser/invariants-generated-1.test.ts': 45,
  'tests/format/corpus-reports.test.ts': 40,
  // Measured in a loaded whole-suite run (load 12-18) that had no durations: started last for want of a
  // figure here, they were the run's last two minutes.
  'tests/advice/advice-accuracy.test.ts': 84,
  'tests/compare/pairs-accuracy.test.ts': 83,
  'tests/corpus/accuracy-floor.test.ts': 30,
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files); // larger files first where nothing is known
    const root = this.ctx.config.root;
    const seconds = (f: TestSpecification): number => {
      const path = relative(root, f.moduleId);
      const last = this.ctx.cache.getFileTestResults(`${f.project.name}:${path}`);
      if (last) return last.duration / 1000;
      return MEASURED_SECONDS[path] ?? 0;
    };
    const known = new Map(sorted.map((f) => [f, seconds(f)]));
    // Array.prototype.sort is stable: files of equal weight keep the base order.
    return sorted.sort((a, b) => known.get(b)! - known.get(a)!);
  }
}
