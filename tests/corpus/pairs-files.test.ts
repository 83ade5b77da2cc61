// The version pairs' files (corpus/pairs/*): each gold.json matches its spec in corpus/pairs/src/pairs.ts,
// names an old and a new version that exist, gives every change a known kind, subject and section,
// and quotes text versions verbatim; each held-out pair (id "h…") names its held-out set. Reads files
// only: the comparison is not run here (tests/compare/pairs-accuracy.test.ts scores the pairs).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PAIRS } from '../../corpus/pairs/src/pairs.ts';

const PAIRS_DIR = join(__dirname, '..', '..', 'corpus', 'pairs');
const KINDS = ['removed', 'reduced', 'weakened', 'moved', 'added', 'strengthened', 'unchanged', 'changed'];
const SECTIONS = ['E', 'F', 'G', 'H1', 'H2', 'I'];
const squash = (s: string) => s.replace(/\s+/g, ' ');

interface Gold {
  id: string;
  heldOut: boolean;
  heldOutSet?: number;
  base: string;
  old: string;
  new: string;
  changes: { kind: string; about: string; section: string; before: string | null; after: string | null }[];
}

const ids = readdirSync(PAIRS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(PAIRS_DIR, d.name, 'gold.json')))
  .map((d) => d.name)
  .sort();

describe('version pair files', () => {
  it('has a built directory for every spec and a spec for every directory', () => {
    expect(ids).toEqual(PAIRS.map((p) => p.id).sort());
  });

  it.each(ids)('%s: gold matches its spec, names existing versions and labels every change', (id) => {
    const dir = join(PAIRS_DIR, id);
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
    const spec = PAIRS.find((p) => p.id === id)!;
    expect(gold.id).toBe(id);
    expect(gold.changes).toEqual(spec.gold);
    expect(gold.heldOut).toBe(id.startsWith('h'));
    if (gold.heldOut) expect(Number.isInteger(gold.heldOutSet ?? 1) && (gold.heldOutSet ?? 1) >= 1).toBe(true);
    for (const [which, file] of [['old', gold.old], ['new', gold.new]] as const) {
      expect(file, `${id} ${which}`).toMatch(new RegExp(`^${which}\\.(txt|docx|pdf)$`));
      expect(statSync(join(dir, file)).size, `${id} ${file}`).toBeGreaterThan(200);
    }
    expect(gold.changes.length).toBeGreaterThanOrEqual(3);
    for (const c of gold.changes) {
      expect(KINDS, `${id}: ${c.before ?? c.after}`).toContain(c.kind);
      expect(SECTIONS).toContain(c.section);
      expect(['provision', 'outcome', 'placement']).toContain(c.about);
      if (c.about === 'outcome') expect(c.section).toBe('E');
      if (c.about === 'placement') expect(c.section).toBe('I');
      expect(c.before !== null || c.after !== null, `${id}: a change needs a side`).toBe(true);
      if (c.kind === 'removed') expect(c.after).toBeNull();
      if (c.kind === 'added') expect(c.before).toBeNull();
    }
    // Text versions are checked here; DOCX and PDF versions against the text they were built from (build.ts).
    for (const [side, file] of [['before', gold.old], ['after', gold.new]] as const) {
      if (!file.endsWith('.txt')) continue;
      const text = squash(readFileSync(join(dir, file), 'utf8'));
      for (const c of gold.changes) if (c[side] !== null) expect(text.includes(squash(c[side]!)), `${id} ${file}: ${c[side]}`).toBe(true);
    }
  });

  it('held-out set 8 is five pairs, each with its own base plan', () => {
    const set8 = PAIRS.filter((p) => p.heldOutSet === 8);
    expect(set8.map((p) => p.id)).toEqual(['h31', 'h32', 'h33', 'h34', 'h35']);
    const earlier = new Set(PAIRS.filter((p) => p.heldOutSet !== 8).map((p) => p.base));
    for (const p of set8) expect(earlier.has(p.base), `${p.id} base ${p.base}`).toBe(false);
  });

  it('held-out set 9 is five pairs, each with its own base plan, naming every cut kind', () => {
    const set9 = PAIRS.filter((p) => p.heldOutSet === 9);
    expect(set9.map((p) => p.id)).toEqual(['h36', 'h37', 'h38', 'h39', 'h40']);
    const earlier = new Set(PAIRS.filter((p) => p.heldOutSet !== 9).map((p) => p.base));
    for (const p of set9) expect(earlier.has(p.base), `${p.id} base ${p.base}`).toBe(false);
    const provisions = set9.flatMap((p) => p.gold).filter((g) => g.about === 'provision');
    for (const kind of ['removed', 'reduced', 'weakened', 'moved'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
  });

  it('held-out set 10 is five pairs on bases no earlier pair used, three of them new plans, naming every cut kind', () => {
    const set10 = PAIRS.filter((p) => p.heldOutSet === 10);
    expect(set10.map((p) => p.id)).toEqual(['h41', 'h42', 'h43', 'h44', 'h45']);
    expect(set10.map((p) => p.base)).toEqual(['p113', 'p114', 'p115', 'p104', 'p106']);
    const earlier = new Set(PAIRS.filter((p) => p.heldOutSet !== 10).map((p) => p.base));
    for (const p of set10) expect(earlier.has(p.base), `${p.id} base ${p.base}`).toBe(false);
    const provisions = set10.flatMap((p) => p.gold).filter((g) => g.about === 'provision');
    for (const kind of ['removed', 'reduced', 'weakened', 'moved', 'added', 'strengthened', 'unchanged'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    expect(new Set(set10.flatMap((p) => [p.old, p.new]))).toEqual(new Set(['txt', 'docx', 'pdf']));
  });

  it('held-out set 11 is five pairs on held-out plans no earlier pair used, naming every cut kind, in all three formats', () => {
    const set11 = PAIRS.filter((p) => p.heldOutSet === 11);
    expect(set11.map((p) => p.id)).toEqual(['h46', 'h47', 'h48', 'h49', 'h50']);
    expect(set11.map((p) => p.base)).toEqual(['p100', 'p109', 'p93', 'p105', 'p98']);
    const earlier = new Set(PAIRS.filter((p) => p.heldOutSet !== 11).map((p) => p.base));
    for (const p of set11) expect(earlier.has(p.base), `${p.id} base ${p.base}`).toBe(false);
    const provisions = set11.flatMap((p) => p.gold).filter((g) => g.about === 'provision');
    for (const kind of ['removed', 'reduced', 'weakened', 'strengthened', 'unchanged'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    for (const kind of ['moved', 'added'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
    // Every pair mixes formats (old and new in different ones), and the set uses all three.
    for (const p of set11) expect(p.old, p.id).not.toBe(p.new);
    expect(new Set(set11.flatMap((p) => [p.old, p.new]))).toEqual(new Set(['txt', 'docx', 'pdf']));
  });
  it('held-out set 12 is five pairs on held-out plans no earlier pair used, with at least 20 cuts, in all three formats', () => {
    const set12 = PAIRS.filter((p) => p.heldOutSet === 12);
    expect(set12.map((p) => p.id)).toEqual(['h51', 'h52', 'h53', 'h54', 'h55']);
    expect(set12.map((p) => p.base)).toEqual(['p88', 'p124', 'p119', 'p94', 'p121']);
    const earlier = new Set(PAIRS.filter((p) => p.heldOutSet !== 12).map((p) => p.base));
    for (const p of set12) expect(earlier.has(p.base), `${p.id} base ${p.base}`).toBe(false);
    const provisions = set12.flatMap((p) => p.gold).filter((g) => g.about === 'provision');
    const cuts = provisions.filter((g) => ['removed', 'reduced', 'weakened', 'moved'].includes(g.kind));
    expect(cuts.length).toBeGreaterThanOrEqual(20);
    for (const kind of ['removed', 'reduced', 'weakened', 'strengthened', 'unchanged'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    for (const kind of ['moved', 'added'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(2);
    for (const p of set12) expect(p.old, p.id).not.toBe(p.new);
    expect(new Set(set12.flatMap((p) => [p.old, p.new]))).toEqual(new Set(['txt', 'docx', 'pdf']));
  });
  it('held-out set 13 is five pairs on held-out plans no earlier pair used, with at least 20 cuts, three Section I changes, in all three formats', () => {
    const set13 = PAIRS.filter((p) => p.heldOutSet === 13);
    expect(set13.map((p) => p.id)).toEqual(['h56', 'h57', 'h58', 'h59', 'h60']);
    expect(set13.map((p) => p.base)).toEqual(['p95', 'p107', 'p112', 'p122', 'p126']);
    const earlier = new Set(PAIRS.filter((p) => p.heldOutSet !== 13).map((p) => p.base));
    for (const p of set13) expect(earlier.has(p.base), `${p.id} base ${p.base}`).toBe(false);
    const provisions = set13.flatMap((p) => p.gold).filter((g) => g.about === 'provision');
    const cuts = provisions.filter((g) => ['removed', 'reduced', 'weakened', 'moved'].includes(g.kind));
    expect(cuts.length).toBeGreaterThanOrEqual(20);
    for (const kind of ['removed', 'reduced', 'weakened', 'strengthened', 'unchanged'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    for (const kind of ['moved', 'added'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(2);
    // Moves go both ways (into F and out of it), and cuts reach G and the social care sections too.
    expect(new Set(provisions.filter((g) => g.kind === 'moved').map((g) => g.section))).toEqual(new Set(['F', 'G']));
    expect(provisions.some((g) => g.kind !== 'unchanged' && (g.section === 'H1' || g.section === 'H2'))).toBe(true);
    expect(set13.flatMap((p) => p.gold).filter((g) => g.about === 'placement').length).toBe(3);
    for (const p of set13) expect(p.old, p.id).not.toBe(p.new);
    expect(new Set(set13.flatMap((p) => [p.old, p.new]))).toEqual(new Set(['txt', 'docx', 'pdf']));
  });
  it('held-out set 14 is five pairs on held-out plans no earlier pair used, with at least 18 cuts, three Section I changes, in all three formats', () => {
    const set14 = PAIRS.filter((p) => p.heldOutSet === 14);
    expect(set14.map((p) => p.id)).toEqual(['h61', 'h62', 'h63', 'h64', 'h65']);
    expect(set14.map((p) => p.base)).toEqual(['p131', 'p138', 'p135', 'p142', 'p133']);
    const earlier = new Set(PAIRS.filter((p) => p.heldOutSet !== 14).map((p) => p.base));
    for (const p of set14) expect(earlier.has(p.base), `${p.id} base ${p.base}`).toBe(false);
    const provisions = set14.flatMap((p) => p.gold).filter((g) => g.about === 'provision');
    const cuts = provisions.filter((g) => ['removed', 'reduced', 'weakened', 'moved'].includes(g.kind));
    expect(cuts.length).toBeGreaterThanOrEqual(18);
    for (const kind of ['reduced', 'strengthened', 'unchanged'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    for (const kind of ['removed', 'weakened'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
    for (const kind of ['moved', 'added'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(1);
    // Changes reach G and the social care sections, not only F.
    expect(provisions.some((g) => g.kind !== 'unchanged' && g.section === 'G')).toBe(true);
    expect(provisions.some((g) => g.kind !== 'unchanged' && (g.section === 'H1' || g.section === 'H2'))).toBe(true);
    expect(set14.flatMap((p) => p.gold).filter((g) => g.about === 'placement').length).toBe(3);
    for (const p of set14) expect(p.old, p.id).not.toBe(p.new);
    expect(new Set(set14.flatMap((p) => [p.old, p.new]))).toEqual(new Set(['txt', 'docx', 'pdf']));
  });
  it('held-out set 15 is five pairs on held-out plans no earlier pair used, with at least 15 cuts, three Section I changes, in all three formats', () => {
    const set15 = PAIRS.filter((p) => p.heldOutSet === 15);
    expect(set15.map((p) => p.id)).toEqual(['h66', 'h67', 'h68', 'h69', 'h70']);
    expect(set15.map((p) => p.base)).toEqual(['p141', 'p143', 'p145', 'p146', 'p148']);
    const earlier = new Set(PAIRS.filter((p) => p.heldOutSet !== 15).map((p) => p.base));
    for (const p of set15) expect(earlier.has(p.base), `${p.id} base ${p.base}`).toBe(false);
    const provisions = set15.flatMap((p) => p.gold).filter((g) => g.about === 'provision');
    const cuts = provisions.filter((g) => ['removed', 'reduced', 'weakened', 'moved'].includes(g.kind));
    expect(cuts.length).toBeGreaterThanOrEqual(15);
    for (const kind of ['reduced', 'weakened', 'strengthened'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    // Reworded, split or reordered statements that must stay unchanged: at least two in every pair.
    expect(provisions.filter((g) => g.kind === 'unchanged').length).toBeGreaterThanOrEqual(15);
    for (const p of set15) expect(p.gold.filter((g) => g.about === 'provision' && g.kind === 'unchanged').length, p.id).toBeGreaterThanOrEqual(2);
    expect(provisions.filter((g) => g.kind === 'removed').length).toBeGreaterThanOrEqual(4);
    for (const kind of ['moved', 'added'] as const) expect(provisions.filter((g) => g.kind === kind).length, kind).toBeGreaterThanOrEqual(1);
    // Moves go into G and into H2; changes reach G, not only F.
    expect(new Set(provisions.filter((g) => g.kind === 'moved').map((g) => g.section))).toEqual(new Set(['G', 'H2']));
    expect(provisions.filter((g) => g.kind !== 'unchanged' && g.section === 'G').length).toBeGreaterThanOrEqual(3);
    expect(set15.flatMap((p) => p.gold).filter((g) => g.about === 'placement').length).toBe(3);
    for (const p of set15) expect(p.old, p.id).not.toBe(p.new);
    expect(new Set(set15.flatMap((p) => [p.old, p.new]))).toEqual(new Set(['txt', 'docx', 'pdf']));
  });
  it('held-out set 16 is five pairs on held-out plans no earlier pair used, with at least 12 cuts, two Section I changes and first-person outcomes, in all three formats', () => {
    const set16 = PAIRS.filter((p) => p.heldOutSet === 16);
    expect(set16.map((p) => p.id)).toEqual(['h71', 'h72', 'h73', 'h74', 'h75']);
    expect(set16.map((p) => p.base)).toEqual(['p152', 'p154', 'p155', 'p156', 'p151']);
    const earlier = new Set(PAIRS.filter((p) => p.heldOutSet !== 16).map((p) => p.base));
    for (const p of set16) expect(earlier.has(p.base), `${p.id} base ${p.base}`).toBe(false);
    const provisions = set16.flatMap((p) => p.gold).filter((g) => g.about === 'provision');
    const cuts = provisions.filter((g) => ['removed', 'reduced', 'weakened', 'moved'].includes(g.kind));
    expect(cuts.length).toBeGreaterThanOrEqual(12);
    expect(provisions.filter((g) => g.kind === 'reduced').length).toBeGreaterThanOrEqual(6);
    expect(provisions.filter((g) => g.kind === 'weakened').length).toBeGreaterThanOrEqual(5);
    expect(provisions.filter((g) => g.kind === 'strengthened').length).toBeGreaterThanOrEqual(3);
    expect(provisions.filter((g) => g.kind === 'removed').length).toBeGreaterThanOrEqual(2);
    // Reworded or re-placed statements that must stay unchanged: at least two in every pair.
    expect(provisions.filter((g) => g.kind === 'unchanged').length).toBeGreaterThanOrEqual(13);
    for (const p of set16) expect(p.gold.filter((g) => g.about === 'provision' && g.kind === 'unchanged').length, p.id).toBeGreaterThanOrEqual(2);
    // Changes reach G and H2, not only F.
    expect(provisions.some((g) => g.kind !== 'unchanged' && g.section === 'G')).toBe(true);
    expect(provisions.some((g) => g.kind !== 'unchanged' && g.section === 'H2')).toBe(true);
    // Every pair rewrites one outcome in the first person with the same target (unchanged).
    for (const p of set16) expect(p.gold.some((g) => g.about === 'outcome' && g.kind === 'unchanged' && /\bI will\b/.test(g.after ?? '')), p.id).toBe(true);
    expect(set16.flatMap((p) => p.gold).filter((g) => g.about === 'placement').length).toBe(2);
    for (const p of set16) expect(p.old, p.id).not.toBe(p.new);
    expect(new Set(set16.flatMap((p) => [p.old, p.new]))).toEqual(new Set(['txt', 'docx', 'pdf']));
  });
});
