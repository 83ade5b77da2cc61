// The held-out set (plans p39+ and the holdout-*.jsonl statements): valid, in step with its
// descriptions, quoted verbatim, kept apart from the main corpus and not copied from it.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { FORMATS, HOLDOUT_PLAN_IDS, loadHoldoutOutcomeLines, loadHoldoutProvisionLines, loadOutcomeLines, loadPlans, loadProvisionLines } from '../../corpus/src/corpus-files.ts';
import { normalise } from '../../corpus/src/match.ts';
import { HOLDOUT_PLANS } from '../../corpus/src/plans/index.ts';
import { toGold, toText } from '../../corpus/src/render.ts';
import { expectChecksConsistent } from './gold-checks.ts';

const plans = loadPlans({ holdout: true });

describe('held-out plans', () => {
  it('has at least 4 plans, none of them in the main corpus, each in three formats', () => {
    expect(plans.map((p) => p.id)).toEqual([...HOLDOUT_PLAN_IDS].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(plans.length).toBeGreaterThanOrEqual(4);
    const main = new Set(loadPlans().map((p) => p.id));
    for (const p of plans) {
      expect(main.has(p.id), p.id).toBe(false);
      for (const f of FORMATS) {
        expect(existsSync(p.file(f)), `${p.id} plan.${f}`).toBe(true);
        expect(statSync(p.file(f)).size).toBeGreaterThan(500);
      }
      expect(readFileSync(p.file('pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(readFileSync(p.file('docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    }
  });

  it('has committed text and gold in step with the descriptions, and quotes every statement verbatim', () => {
    for (const spec of HOLDOUT_PLANS) {
      const p = plans.find((x) => x.id === spec.id)!;
      const text = readFileSync(p.file('txt'), 'utf8');
      expect(text, `${spec.id} plan.txt`).toBe(toText(spec));
      expect(JSON.parse(readFileSync(`${p.dir}/gold.json`, 'utf8')), `${spec.id} gold.json`).toEqual(toGold(spec));
      const norm = normalise(text);
      for (const q of [...p.gold.provisions, ...p.gold.outcomes].map((x) => x.quote)) expect(norm.includes(normalise(q)), `${p.id}: ${q}`).toBe(true);
      for (const s of p.gold.provisions) if (s.specific) expect(s.vagueTerms, `${p.id}: ${s.quote}`).toEqual([]);
      for (const o of p.gold.outcomes) if (o.smart) expect(o.measurable && o.timeBound, `${p.id}: ${o.quote}`).toBe(true);
    }
  });

  it('keeps the plan checks consistent with the other labels', () => {
    for (const plan of plans) expectChecksConsistent(plan);
  });
});

describe('held-out single statements', () => {
  const prov = loadHoldoutProvisionLines();
  const out = loadHoldoutOutcomeLines();

  it('has at least 80 provision and 50 outcome lines that pass the schema, with no duplicates', () => {
    expect(prov.length).toBeGreaterThanOrEqual(80);
    expect(out.length).toBeGreaterThanOrEqual(50);
    expect(new Set(prov.map((l) => normalise(l.text))).size).toBe(prov.length);
    expect(new Set(out.map((l) => normalise(l.text))).size).toBe(out.length);
    for (const l of prov) if (l.specific) expect(l.vagueTerms, l.text).toEqual([]);
    for (const l of out) if (l.smart) expect(l.measurable && l.timeBound, l.text).toBe(true);
  });

  it('is about half specific and spans F, G and H provision', () => {
    const share = prov.filter((l) => l.specific).length / prov.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
    for (const s of ['F', 'G', 'H1', 'H2']) expect(prov.some((l) => l.section === s), s).toBe(true);
  });

  it('quotes every vague term from its own line', () => {
    for (const l of prov) for (const t of l.vagueTerms) expect(normalise(l.text).includes(normalise(t)), `${t} in ${l.text}`).toBe(true);
  });

  it('shares no line with the main statement sets or the main plans', () => {
    const seen = new Set([...loadProvisionLines().map((l) => l.text), ...loadOutcomeLines().map((l) => l.text),
      ...loadPlans().flatMap((p) => [...p.gold.provisions, ...p.gold.outcomes].map((x) => x.quote))].map(normalise));
    for (const l of [...prov, ...out]) expect(seen.has(normalise(l.text)), l.text).toBe(false);
  });
});
