// The version pairs in corpus/pairs: the floor the comparison must keep (issue 15's targets).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pairDirs, runPair, summarise, type PairResult } from '../../corpus/accuracy-compare.ts';

describe('comparison accuracy on the version pairs', () => {
  it('finds every removed, reduced, weakened and moved provision (recall >= 0.95, precision >= 0.9) and keeps unchanged statements unchanged', async () => {
    const results: PairResult[] = [];
    for (const dir of pairDirs()) {
      // A turn of the event loop between pairs (reading a text pair is synchronous): one unbroken
      // stretch past a minute on a busy machine times out vitest's own messages to this worker.
      await new Promise<void>((resolve) => setImmediate(resolve));
      results.push(await runPair(dir));
    }
    const tuned = summarise(results.filter((r) => !r.heldOut));
    expect(tuned.pairs).toBeGreaterThanOrEqual(10);
    for (const kind of ['removed', 'reduced', 'weakened', 'moved'] as const) {
      const k = tuned.perKind[kind];
      expect(k.tp + k.fn, `${kind} has gold examples`).toBeGreaterThan(0);
      expect(k.recall!, `${kind} recall`).toBeGreaterThanOrEqual(0.95);
      expect(k.precision!, `${kind} precision`).toBeGreaterThanOrEqual(0.9);
    }
    expect(tuned.falseChanges).toBe(0);
    expect(tuned.unchangedKept).toBe(tuned.unchangedNamed);
    // Held-out pairs: the cuts a family must see are all found there too. Each set was measured
    // once before any change made for it (README: set 2 removed 0.75 and reduced 0.86, set 3 reduced
    // 0.67 and weakened 0.50, set 5 removed 0.89 and weakened 0.83 with 10 unchanged reported as changed,
    // set 6 weakened 0.75 with 2 unchanged outcomes reported as changed, set 10 removed 0.70, reduced
    // 0.45 and weakened 0.64 recall, its base plans p113-p115 of layouts not read before; set 11
    // reduced 0.83/0.83 with 8 unchanged reported as changed, 5 of them outcomes of a table rewritten
    // as sentences; set 13 reduced 0.73/0.89 and weakened 0.80/0.80 with 4 unchanged reported as
    // changed, its edits a list become a table, fewer sessions, a group's limit become "a small group",
    // a teacher taken out of a group's staff and one provision split by days; set 14 reduced 1.00/0.80
    // and weakened 0.50/0.25 with 4 unchanged reported as changed, its edits "and" become "or", a lesser
    // role offered "or" beside the one kept, "This provision will end when …", a qualified provider
    // become a trainee, a rate put to "blocks of 6 weeks", an amount moved into a note at the end of F;
    // set 15 reduced 1.00/0.80 and weakened 1.00/0.33, no unchanged reported as changed, its edits a
    // table's bare numbers under "Sessions per week" / "Minutes per session" become shorter but more
    // sessions, a named programme become "an appropriate programme", a funding hedge named at length);
    // their misses' general causes were then fixed and tested on new wording.
    // A set written since and not yet worked on is a measurement: printed by `npm run
    // accuracy:compare -- --holdout`, kept out of these floors (listed here) until its misses' general
    // causes are fixed (HOLDOUT-FIRST-SIGHT.md). None is now.
    const measuring = new Set<number>([]);
    const floored = results.filter((r) => !measuring.has(r.heldOutSet));
    const held = summarise(floored.filter((r) => r.heldOut));
    expect(held.pairs).toBeGreaterThanOrEqual(15);
    for (const kind of ['removed', 'reduced', 'weakened', 'moved'] as const) expect(held.perKind[kind].recall ?? 1, `held-out ${kind} recall`).toBeGreaterThanOrEqual(0.95);
    // Across formats: the held-out pairs with a DOCX or PDF side (the fourth set repeats three text
    // pairs' edits as DOCX and PDF; first sight 1.00 on every cut kind, no false changes).
    const formatted = (dir: string) => {
      const g = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { old: string; new: string };
      return !g.old.endsWith('.txt') || !g.new.endsWith('.txt');
    };
    const dirs = pairDirs();
    const across = summarise(results.filter((r, i) => r.heldOut && !measuring.has(r.heldOutSet) && formatted(dirs[i])));
    expect(across.pairs).toBeGreaterThanOrEqual(7);
    for (const kind of ['removed', 'reduced', 'weakened', 'moved'] as const) {
      expect(across.perKind[kind].recall ?? 1, `held-out ${kind} recall across formats`).toBeGreaterThanOrEqual(0.95);
      expect(across.perKind[kind].precision ?? 1, `held-out ${kind} precision across formats`).toBeGreaterThanOrEqual(0.9);
    }
  }, 300_000);
});
