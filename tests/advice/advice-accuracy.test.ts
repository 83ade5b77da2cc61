// The advice corpus (corpus/advice): the floor the plan-against-advice verdicts must keep (issue 15:
// each recommendation's verdict right >= 0.9). Held-out sets were each measured once before any
// change made for them (set 4: 0.70 at first sight, in the commit that added it); their misses'
// general causes were then fixed and tested on new wording (general-causes, more-causes).
import { afterAll, describe, expect, it } from 'vitest';
import { scoreAdvice, type Board } from '../../corpus/accuracy-advice.ts';
import { closeParseWorkers } from '../../services/ingest/src/index.ts';
import { ingestOnce } from '../corpus/ingested.ts';

const rate = (b: Board, x: number) => (b.n ? x / b.n : 1);

describe('advice verdict accuracy on the advice corpus', () => {
  afterAll(() => closeParseWorkers());

  it('gets each recommendation found and its verdict right, on the tuning and the held-out reports', async () => {
    // Its documents from the tests' cache of ingest (the DOCX advice read once per machine while ingest's code stays the same).
    const { dev, held, sets } = await scoreAdvice(true, ingestOnce);
    expect(dev.n).toBeGreaterThanOrEqual(100);
    expect(rate(dev, dev.correct), 'tuning verdicts').toBeGreaterThanOrEqual(0.95);
    expect(rate(dev, dev.found), 'tuning recommendations found').toBeGreaterThanOrEqual(0.98);
    expect(held.n).toBeGreaterThanOrEqual(90);
    expect(rate(held, held.correct), 'held-out verdicts').toBeGreaterThanOrEqual(0.9);
    expect(rate(held, held.found), 'held-out recommendations found').toBeGreaterThanOrEqual(0.95);
    expect(held.extracted ? held.extractedGold / held.extracted : 1, 'held-out extracted that are gold').toBeGreaterThanOrEqual(0.9);
    expect(sets.size).toBeGreaterThanOrEqual(4);
    // Sets 6 to 13 are first-sight measurement sets (0.60, 0.53, 0.72, 0.57, 0.71, 0.64, 0.51 and 0.49
    // when added; each later fixed for the general causes of its misses, tested on new wording): in the
    // pooled floors, not the per-set one. The pool was 0.90 (421/467) at set 13's first sight and is
    // 0.96 (450/467) after its fixes (set 13 0.98).
    // Set 14 (h66-h70) was written and labelled unseen by the advice code's authors: a measurement set too.
    // Set 15 (h71-h75) likewise: written and labelled unseen, to be scored once at first sight.
    // Set 18 (h86-h90) too: first sight 0.78 (40/51); 0.90 (46/51) after the fixes for its general
    // causes (branch advfix), so it is held to the per-set floor.
    // Set 19 (h91-h95), written blind: first sight 0.64 (32/50); 0.80 then 1.00 (50/50) after two rounds of
    // fixes for its general causes (branches advfix19, advfix20), so it is held to the per-set floor.
    // Set 20 (h96-h100), written blind: first sight 0.76 (38/50); 0.90 (45/50) after the fixes for its
    // general causes (branch advfix21); 0.88 (44/50) once merged with advfix20 (a step-up exercise matched
    // to the sit-to-stand paragraph read whole), 0.90 (45/50) again once words shared only in who, how and
    // how much no longer match two exercises (branch advfix22), so it is held to the per-set floor.
    // Set 21 (h101-h105), written blind: first sight 0.40 (21/53); 1.00 (53/53) after the fixes for its
    // general causes (branch advfix23), so it is held to the per-set floor, as are sets 13 to 16 (0.98,
    // 0.98, 0.95, 0.93 then), and sets 6 to 11 (1.00, 0.97, 0.95, 1.00, 0.96, 0.98 on 7 December). Sets 12 and 17
    // (0.86, 0.84 then) reach 0.91 (39/43) and 0.90 (45/50) after the fixes for their general causes (branch
    // advfix24), so every held-out set is now held to the per-set floor.
    // Set 22 (h106-h110), written blind: first sight 0.60 (35/58); 0.95 (55/58) after the fixes for its
    // general causes (branch advfix25), so it is held to the per-set floor.
    // Set 23 (h111-h115), written blind: first sight 0.72 (42/58); 0.91 (53/58) after the fixes for its
    // general causes (branch advfix26), so it is held to the per-set floor.
    // Sets 24 (h116-h120) and 25 (h121-h125), written blind: first sight 0.46 and 0.72; 0.92 and 0.90 after
    // the fixes for their general causes (branches advfix27, advmatch, advfix28), so they are held to the floor.
    // Set 26 (h126-h130), written blind at the end of that session: first sight 0.68 (38/56), not yet
    // fixed, so measured (and printed by `npm run accuracy:advice -- --holdout`) but not yet held to it.
    const measuring = new Set<number>([26]);
    for (const [n, b] of sets) if (!measuring.has(n)) expect(rate(b, b.correct), `held-out set ${n} verdicts`).toBeGreaterThanOrEqual(0.9);
  }, 300_000);
});
