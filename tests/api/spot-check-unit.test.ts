// The pure parts of spot-checks: the seeded draw, the unpacking of a zip of plans, the aggregate
// and the CSV, on hand-made inputs whose right answers are worked out here by hand.
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { aggregate, planRows, rankPlans, stats, type SampledPlan } from '../../services/api/src/spot-check/aggregate.ts';
import { csvCell, planRowsCsv } from '../../services/api/src/spot-check/csv.ts';
import { canonicalOrder, drawSample, hashPlans, newSeed, prngFromSeed, randomBelow, sfc32 } from '../../services/api/src/spot-check/sample.ts';
import { collectPlans, entryName, isPlanArchive, isSkippedEntry, DEFAULT_UNPACK_LIMITS } from '../../services/api/src/spot-check/unpack.ts';
import { ruleName } from '../../services/api/src/spot-check/rule-names.ts';
import { parseCsv } from './spot-check-helpers.ts';
import { ruleIds } from '../../services/analyser/src/rubric.ts';

const RULE_IDS = ruleIds();

const plans = (n: number) => hashPlans(Array.from({ length: n }, (_, i) => ({ name: `plan-${i}.md`, bytes: strToU8(`# Plan ${i}\n`) })));
const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('the seeded draw', () => {
  it('sfc32 gives the outputs worked out by hand from the algorithm', () => {
    // a=1 b=2 c=3 d=4: t1 = a+b+d = 7; then a=2, b=3+24=27, c=rotl(3,21)+7=6291463, d=5: t2 = 2+27+5 = 34;
    // then a=27, b=6291463*9=56623167, c=rotl(6291463,21)+34, d=6: t3 = 27+56623167+6 = 56623200.
    const next = sfc32(1, 2, 3, 4);
    expect([next(), next(), next()]).toEqual([7, 34, 56623200]);
  });

  it('randomBelow stays in range and covers it', () => {
    const next = prngFromSeed('range');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = randomBelow(next, 7);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(7);
      seen.add(x);
    }
    expect(seen.size).toBe(7);
    expect(() => randomBelow(next, 0)).toThrow(RangeError);
  });

  it('the same seed draws the same sample', () => {
    const pop = plans(40);
    const a = drawSample(pop, 8, 'audit 2026-Q4');
    const b = drawSample(pop, 8, 'audit 2026-Q4');
    expect(names(a)).toEqual(names(b));
    expect(a).toHaveLength(8);
    expect(new Set(names(a)).size).toBe(8);
  });

  it('different seeds (almost always) draw different samples', () => {
    const pop = plans(40);
    const samples = new Set(Array.from({ length: 50 }, (_, i) => names(drawSample(pop, 8, `seed-${i}`)).join('|')));
    // 40 choose 8 is 76.9 million: 50 seeds should all differ.
    expect(samples.size).toBe(50);
  });

  it('the order the files came in makes no difference', () => {
    const pop = plans(25);
    const shuffled = [...pop].reverse();
    const interleaved = pop.filter((_, i) => i % 2).concat(pop.filter((_, i) => !(i % 2)));
    const want = names(drawSample(pop, 6, 's'));
    expect(names(drawSample(shuffled, 6, 's'))).toEqual(want);
    expect(names(drawSample(interleaved, 6, 's'))).toEqual(want);
  });

  it('a sample at least as large as the population takes every plan once', () => {
    const pop = plans(5);
    for (const k of [5, 6, 500]) {
      const s = drawSample(pop, k, 'x');
      expect(names(s).sort()).toEqual(names(pop).sort());
    }
    expect(() => drawSample(pop, 0, 'x')).toThrow(RangeError);
  });

  it('orders canonically by content, then by name for identical copies', () => {
    const [a, b] = hashPlans([
      { name: 'b.md', bytes: strToU8('same') },
      { name: 'a.md', bytes: strToU8('same') },
    ]);
    expect(names(canonicalOrder([a, b]))).toEqual(['a.md', 'b.md']);
    const pop = plans(10);
    const sorted = canonicalOrder(pop).map((p) => p.sha256);
    expect(sorted).toEqual([...sorted].sort());
  });

  it('draws every plan about equally often (no plan is favoured)', () => {
    const pop = plans(10);
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) for (const p of drawSample(pop, 3, `u${i}`)) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
    // Expected 900 each (3000 * 3 / 10); a fair draw stays well within +-15%.
    for (const p of pop) {
      expect(counts.get(p.name)).toBeGreaterThan(765);
      expect(counts.get(p.name)).toBeLessThan(1035);
    }
  });

  it('generates readable seeds that differ', () => {
    const s = newSeed();
    expect(s).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(newSeed()).not.toBe(s);
  });
});

describe('unpacking a zip of plans', () => {
  const zip = (entries: Record<string, string | Uint8Array>) => zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));

  it('takes the plans and skips directories, __MACOSX/ and hidden files', () => {
    const z = zip({ 'plans/a.md': '# A', 'plans/sub/b.txt': 'B plan', '__MACOSX/plans/._a.md': 'junk', 'plans/.DS_Store': 'junk', '.hidden/c.md': 'junk' });
    expect(isPlanArchive(z)).toBe(true);
    const got = collectPlans([{ name: 'all.zip', bytes: z }]);
    expect(got.map((p) => p.name).sort()).toEqual(['plans/a.md', 'plans/sub/b.txt']);
    expect(new TextDecoder().decode(got.find((p) => p.name === 'plans/a.md')!.bytes)).toBe('# A');
  });

  it('passes other files through, and does not take a DOCX for a zip of plans', () => {
    const docxLike = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect(isPlanArchive(docxLike)).toBe(false);
    const got = collectPlans([{ name: 'p.docx', bytes: docxLike }, { name: 'q.md', bytes: strToU8('# Q') }]);
    expect(got.map((p) => p.name)).toEqual(['p.docx', 'q.md']);
  });

  it('refuses a zip bomb from its declared sizes and caps actual inflation', () => {
    const bomb = zip({ 'big.txt': new Uint8Array(5 * 1024 * 1024) }); // 5 MiB of zeros: ratio ~1000
    expect(() => collectPlans([{ name: 'b.zip', bytes: bomb }])).toThrow(expect.objectContaining({ code: 'file_too_large' }));
    // A liar: the directory claims 10 bytes for an entry that inflates to 100 kB.
    const z = zip({ 'a.txt': 'x'.repeat(100_000) });
    const lying = z.slice();
    const dv = new DataView(lying.buffer);
    for (let i = lying.length - 22; i >= 0; i--) {
      if (dv.getUint32(i, true) === 0x02014b50) {
        dv.setUint32(i + 24, 10, true);
        break;
      }
    }
    expect(() => collectPlans([{ name: 'l.zip', bytes: lying }])).toThrow(expect.objectContaining({ code: 'file_too_large' }));
  });

  it('limits the number of plans and the size of each', () => {
    const many = zip(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}.md`, `# ${i}`])));
    expect(() => collectPlans([{ name: 'm.zip', bytes: many }], { ...DEFAULT_UNPACK_LIMITS, maxPlans: 10 })).toThrow(expect.objectContaining({ code: 'file_too_large' }));
    expect(collectPlans([{ name: 'm.zip', bytes: many }], { ...DEFAULT_UNPACK_LIMITS, maxPlans: 12 })).toHaveLength(12);
    const big = zip({ 'a.md': 'y'.repeat(5000) });
    expect(() => collectPlans([{ name: 'b.zip', bytes: big }], { ...DEFAULT_UNPACK_LIMITS, maxPlanBytes: 4000 })).toThrow(expect.objectContaining({ code: 'file_too_large' }));
  });

  it('names entries without any way out of the archive', () => {
    expect(entryName('../../etc/passwd')).toBe('etc/passwd');
    expect(entryName('/abs\\win\\p.md')).toBe('abs/win/p.md');
    expect(isSkippedEntry('dir/')).toBe(true);
    expect(isSkippedEntry('a/.git/config')).toBe(true);
    expect(isSkippedEntry('a/plan.md')).toBe(false);
  });
});

// Minimal valid reports, built by hand: the aggregate is checked against numbers worked out below.
function report(overall: number, band: string, sections: [string, number | null][], findings: [string, 'error' | 'warning' | 'info'][], provisions: boolean[], outcomes: boolean[]): Report {
  return Report.parse({
    schemaVersion: 1,
    document: { name: 'x.md', mediaType: 'text/markdown', sha256: '0'.repeat(64), pages: null, characters: 100 },
    sections: sections.map(([key, score]) => ({ key, title: `Section ${key}`, start: 0, end: 1, page: null, score, band: score === null ? null : band })),
    missingSections: [],
    provisions: provisions.map((specific) => ({ section: 'F', text: 'p', start: 0, end: 1, page: null, specific, elements: { activity: true, provider: specific, qualification: false, frequency: specific, duration: specific, groupSize: false }, vagueTerms: [] })),
    outcomes: outcomes.map((smart) => ({ text: 'o', start: 0, end: 1, page: null, smart, measurable: smart, timeBound: smart, preparingForAdulthood: false })),
    plan: { status: 'final', yearGroup: 5 },
    checks: { healthNeedsWithoutProvision: false, socialCareNeedsWithoutProvision: false, preparingForAdulthoodMissing: false, therapyOnlyInHealth: false, placementInDraft: false, placementMissing: false, statementWording: false },
    findings: findings.map(([ruleId, severity]) => ({ ruleId, severity, section: 'F', start: 0, end: 1, page: null, quote: 'p', message: 'm', suggestion: '', reference: '' })),
    score: { overall, band },
    rubric: { id: 'default', version: 'test', sha256: 'b'.repeat(64) },
  });
}

const HAND: SampledPlan[] = [
  { documentId: 'd0', name: 'a.md', position: 0, state: 'done', error: null, report: report(80, 'good', [['E', 90], ['F', 70]], [['provision.vague-term', 'error'], ['provision.vague-term', 'error'], ['outcome.not-time-bound', 'warning']], [true, false, false], [true, false]) },
  { documentId: 'd1', name: '=HYPERLINK("x")', position: 1, state: 'failed', error: { code: 'corrupt_file', message: 'Damaged.' }, report: null },
  { documentId: 'd2', name: 'b, "quoted".md', position: 2, state: 'done', error: null, report: report(40, 'poor', [['E', 50], ['F', 20], ['G', null]], [['provision.vague-term', 'error'], ['plan.missing-date', 'warning'], ['provision.missing-qualification', 'info']], [false], [false, false, true]) },
  { documentId: 'd3', name: 'c.md', position: 3, state: 'analysing', error: null, report: null },
  { documentId: 'd4', name: 'd.md', position: 4, state: 'done', error: null, report: report(61, 'needs work', [['F', 45]], [], [true, true], []) },
];

describe('the aggregate', () => {
  const agg = aggregate(HAND, { ruleIds: RULE_IDS, bandOrder: ['good', 'needs work', 'poor'] });

  it('counts progress over every sampled plan', () => {
    expect(agg.progress).toEqual({ total: 5, done: 3, failed: 1, pending: 1 });
  });

  it('counts, per rule, the plans it fired in (not its findings), done plans only', () => {
    const by = Object.fromEntries(agg.rules.map((r) => [r.ruleId, r]));
    expect(by['provision.vague-term']).toMatchObject({ plans: 2, findings: 3 });
    expect(by['outcome.not-time-bound']).toMatchObject({ plans: 1, findings: 1 });
    expect(by['plan.missing-date']).toMatchObject({ plans: 1, findings: 1 });
    expect(by['provision.missing-qualification']).toMatchObject({ plans: 1, findings: 1 });
    expect(by['section.missing']).toMatchObject({ plans: 0, findings: 0 });
    expect(agg.rules).toHaveLength(RULE_IDS.length);
    expect(agg.rules[0].ruleId).toBe('provision.vague-term'); // most plans first
    expect(by['provision.vague-term'].name).toBe(ruleName('provision.vague-term'));
  });

  it('lists the rules by legal weight when the rubric gives it: requirements first, a recommendation never on top', () => {
    const weights = {
      'provision.missing-qualification': { severity: 'info', weight: 1 },
      'plan.missing-date': { severity: 'warning', weight: 1 },
      'outcome.not-time-bound': { severity: 'warning', weight: 2 },
      'provision.vague-term': { severity: 'error', weight: 2 },
      'section.missing': { severity: 'error', weight: 5 },
    } as const;
    const weighed = aggregate(HAND, { ruleIds: Object.keys(weights), ruleWeights: weights });
    expect(weighed.rules.map((r) => r.ruleId)).toEqual(['section.missing', 'provision.vague-term', 'outcome.not-time-bound', 'plan.missing-date', 'provision.missing-qualification']);
  });

  it('gives per-section mean, min, max and count over scored sections', () => {
    const by = Object.fromEntries(agg.sections.map((s) => [s.key, s]));
    expect(by.E).toMatchObject({ count: 2, mean: 70, min: 50, max: 90 });
    expect(by.F).toMatchObject({ count: 3, mean: 45, min: 20, max: 70 }); // (70 + 20 + 45) / 3
    expect(by.F.scores).toEqual([70, 20, 45]);
    expect(by.G).toBeUndefined(); // present once but never scored
    expect(agg.overall).toEqual({ count: 3, mean: 60.3, min: 40, max: 80 }); // 181 / 3
  });

  it('distributes bands in rubric order, zeros included', () => {
    expect(agg.bands).toEqual([
      { band: 'good', plans: 1 },
      { band: 'needs work', plans: 1 },
      { band: 'poor', plans: 1 },
    ]);
    expect(aggregate([HAND[0]], { bandOrder: ['good', 'needs work', 'poor'] }).bands).toEqual([
      { band: 'good', plans: 1 },
      { band: 'needs work', plans: 0 },
      { band: 'poor', plans: 0 },
    ]);
  });

  it('stats of nothing are empty, not NaN', () => {
    expect(stats([])).toEqual({ count: 0, mean: null, min: null, max: null });
  });

  it('tabulates each plan and ranks the lowest score first', () => {
    const rows = planRows(HAND, ['E', 'F', 'G']);
    expect(rows[0]).toMatchObject({ score: 80, band: 'good', sections: { E: 90, F: 70, G: null }, errors: 2, warnings: 1, nonSpecificProvisions: 2, nonSmartOutcomes: 1 });
    expect(rows[1]).toMatchObject({ state: 'failed', errorCode: 'corrupt_file', score: null, errors: null });
    expect(rows[2]).toMatchObject({ errors: 1, warnings: 1, nonSpecificProvisions: 1, nonSmartOutcomes: 2 });
    expect(rankPlans(rows).map((r) => r.documentId)).toEqual(['d2', 'd4', 'd0', 'd1', 'd3']);
  });
});


describe('the CSV', () => {
  it('escapes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx']) expect(csvCell(bad).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(null)).toBe('');
  });

  it('has a header and one row per plan that reads back to the table', () => {
    const rows = planRows(HAND, ['E', 'F']);
    const csv = planRowsCsv(rows, ['E', 'F']);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed).toHaveLength(1 + HAND.length);
    const header = parsed[0];
    expect(header).toEqual(['position', 'name', 'state', 'error_code', 'overall_score', 'band', 'section_E_score', 'section_F_score', 'error_findings', 'warning_findings', 'non_specific_provisions', 'non_smart_outcomes', 'document_id']);
    const rec = (i: number) => Object.fromEntries(header.map((h, j) => [h, parsed[i][j]]));
    expect(rec(1)).toMatchObject({ position: '1', name: 'a.md', overall_score: '80', band: 'good', section_E_score: '90', error_findings: '2', non_specific_provisions: '2', non_smart_outcomes: '1' });
    expect(rec(2)).toMatchObject({ name: `'=HYPERLINK("x")`, state: 'failed', error_code: 'corrupt_file', overall_score: '' });
    expect(rec(3).name).toBe('b, "quoted".md');
  });
});
