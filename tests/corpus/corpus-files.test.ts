// The corpus itself: gold labels valid, every plan in three formats, every quote really in the plan.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { FORMATS, loadOutcomeLines, loadPlans, loadProvisionLines } from '../../corpus/src/corpus-files.ts';
import { normalise } from '../../corpus/src/match.ts';
import { ALL_PLANS } from '../../corpus/src/plans/index.ts';
import { toGold, toHtml, toText } from '../../corpus/src/render.ts';
import { expectChecksConsistent } from './gold-checks.ts';

// The LA-form plans written in the DSL (p01-p38); the layout plans (p43+) are checked in layout-files.test.ts.
const plans = loadPlans({ layouts: ['la-form'] });

describe('corpus plans', () => {
  it('has at least 33 plans, each with gold labels that pass the schema', () => {
    // loadPlans parses every gold.json with the zod schema and throws on the first invalid one.
    expect(plans.length).toBeGreaterThanOrEqual(33);
    expect(new Set(plans.map((p) => p.gold.id)).size).toBe(plans.length);
    for (const p of plans) expect(p.gold.id).toBe(p.id);
  });

  it('has every plan in txt, docx and pdf, and the binary files are what their names say', () => {
    for (const p of plans) {
      for (const f of FORMATS) {
        expect(existsSync(p.file(f)), `${p.id} plan.${f}`).toBe(true);
        expect(statSync(p.file(f)).size).toBeGreaterThan(500);
      }
      expect(readFileSync(p.file('pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(readFileSync(p.file('docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    }
  });

  it('has committed text, HTML source and gold in step with the plan descriptions (rebuilt after every edit)', () => {
    expect(ALL_PLANS.map((s) => s.id).sort()).toEqual(plans.map((p) => p.id));
    for (const spec of ALL_PLANS) {
      const dir = plans.find((p) => p.id === spec.id)!.dir;
      expect(readFileSync(`${dir}/plan.txt`, 'utf8'), `${spec.id} plan.txt`).toBe(toText(spec));
      expect(readFileSync(`${dir}/source.html`, 'utf8'), `${spec.id} source.html`).toBe(toHtml(spec, 'docx'));
      expect(JSON.parse(readFileSync(`${dir}/gold.json`, 'utf8')), `${spec.id} gold.json`).toEqual(toGold(spec));
    }
  });

  it('keeps page furniture and form-table headings out of the gold statements', () => {
    const long = ALL_PLANS.find((s) => s.txtRunningHeaderEvery)!;
    const text = toText(long);
    expect(text.split('OFFICIAL - SENSITIVE    Page').length - 1).toBeGreaterThan(2);
    const form = ALL_PLANS.find((s) => s.sections.some((x) => x.style === 'formTable'))!;
    const f = form.sections.find((x) => x.keys.includes('F'))!;
    // In text a form-table section's heading cell and its first content line share one line.
    expect(toText(form)).toMatch(new RegExp(`${f.heading}\t• `));
    for (const spec of [long, form]) {
      for (const q of [...toGold(spec).provisions, ...toGold(spec).outcomes].map((x) => x.quote)) {
        expect(q).not.toMatch(/OFFICIAL - SENSITIVE|^Section [A-K] –/);
      }
    }
  });

  it('quotes every gold statement verbatim from the plan text (whitespace and cell separators aside)', () => {
    for (const p of plans) {
      const text = normalise(readFileSync(p.file('txt'), 'utf8'));
      for (const q of [...p.gold.provisions, ...p.gold.outcomes].map((x) => x.quote)) {
        expect(text.includes(normalise(q)), `${p.id}: ${q}`).toBe(true);
      }
    }
  });

  it('labels consistently: specific statements name no vague terms; SMART implies measurable and time-bound', () => {
    for (const p of plans) {
      for (const s of p.gold.provisions) if (s.specific) expect(s.vagueTerms, `${p.id}: ${s.quote}`).toEqual([]);
      for (const o of p.gold.outcomes) if (o.smart) expect(o.measurable && o.timeBound, `${p.id}: ${o.quote}`).toBe(true);
    }
  });

  it('keeps the plan checks consistent with the other labels', () => {
    for (const plan of plans) expectChecksConsistent(plan);
  });

  it('is varied: both classes of every plan-level label occur, and provision is roughly half specific', () => {
    const golds = plans.map((p) => p.gold);
    for (const k of Object.keys(golds[0].checks) as (keyof (typeof golds)[0]['checks'])[]) {
      expect(golds.some((g) => g.checks[k]), `${k} true somewhere`).toBe(true);
      expect(golds.some((g) => !g.checks[k]), `${k} false somewhere`).toBe(true);
    }
    expect(new Set(golds.map((g) => g.plan.status))).toEqual(new Set(['draft', 'final', 'unknown']));
    expect(golds.some((g) => g.singleH)).toBe(true);
    expect(golds.some((g) => g.missingSections.length > 0)).toBe(true);
    const all = golds.flatMap((g) => g.provisions);
    const share = all.filter((s) => s.specific).length / all.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.65);
  });
});

describe('single statements', () => {
  it('has at least 150 provision lines and 100 outcome lines that pass the schema, with no duplicates', () => {
    const prov = loadProvisionLines();
    const out = loadOutcomeLines();
    expect(prov.length).toBeGreaterThanOrEqual(180);
    expect(out.length).toBeGreaterThanOrEqual(120);
    expect(new Set(prov.map((l) => l.text)).size).toBe(prov.length);
    expect(new Set(out.map((l) => l.text)).size).toBe(out.length);
    for (const l of prov) if (l.specific) expect(l.vagueTerms, l.text).toEqual([]);
  });
});
