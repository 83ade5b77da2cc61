import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../../services/analyser/src/rubric.ts';
import { allRules, orderedRules, ruleIds } from '../../../services/analyser/src/rules/registry.ts';
import { RULE_MODULES } from '../../../services/analyser/src/rules/modules.generated.ts';
// @ts-expect-error: a plain JavaScript build script, without types
import { generatedSource, ruleModules } from '../../../scripts/rule-modules.mjs';
import { ruleFile, rulesMarkdown } from '../../../services/analyser/src/rules/docs.ts';
import { CHECK_KEYS } from '../../../services/analyser/src/report-schema.ts';
import { ruleName } from '../../../services/analyser/src/rules/names.ts';

const RULES = allRules();
const RULE_IDS = ruleIds();
const ROOT = new URL('../../../', import.meta.url);
const RULES_DIR = new URL('services/analyser/src/rules/', ROOT);

describe('rule registry', () => {
  it('lists each rule once, with an id of its family', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const r of RULES) expect(r.meta.id.split('.')[0]).toBe(r.meta.family);
  });

  it('has one module per rule, at the path its id names, and no module left out', () => {
    for (const id of RULE_IDS) expect(existsSync(new URL(ruleFile(id), ROOT)), ruleFile(id)).toBe(true);
    const files = ['section', 'provision', 'outcome', 'plan', 'thread', 'document', 'advice'].flatMap((family) =>
      existsSync(new URL(`${family}/`, RULES_DIR)) ? readdirSync(new URL(`${family}/`, RULES_DIR)).map((f) => `${family}.${f.replace(/\.ts$/, '')}`) : [],
    );
    expect(files.sort()).toEqual([...RULE_IDS].sort());
  });

  it('takes its modules from the files on disk (modules.generated.ts is up to date: npm run build)', () => {
    const text = readFileSync(new URL('services/analyser/src/rules/modules.generated.ts', ROOT), 'utf8');
    expect(text, 'modules.generated.ts is stale: run npm run build').toBe(generatedSource());
    expect(Object.keys(RULE_MODULES).sort()).toEqual(ruleModules());
  });

  it('runs the rules in the order of their meta.order, each order once', () => {
    const orders = RULES.map((r) => r.meta.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
    // The first rules are the provision rules, in the order the report lists findings sharing a span.
    expect(RULE_IDS.slice(0, 3)).toEqual(['provision.vague-term', 'provision.vague-activity', 'provision.missing-extent']);
  });

  it('refuses a stale module list, a misplaced module and a shared order, saying what to do', () => {
    const disk = Object.keys(RULE_MODULES).sort();
    expect(() => orderedRules(RULE_MODULES, [...disk, 'plan/new-rule'])).toThrow(/stale \(new: plan\/new-rule\): run npm run build/);
    expect(() => orderedRules(RULE_MODULES, disk.filter((m) => m !== 'plan/missing-date'))).toThrow(/stale \(gone: plan\/missing-date\): run npm run build/);
    const vague = RULE_MODULES['provision/vague-term'];
    expect(() => orderedRules({ 'plan/x': vague }, null)).toThrow(/rules\/plan\/x must export `rule` with meta.id 'plan.x'/);
    const twin = { rule: { ...vague.rule!, meta: { ...vague.rule!.meta, id: 'provision.twin' } } };
    expect(() => orderedRules({ 'provision/vague-term': vague, 'provision/twin': twin }, null)).toThrow(/share meta.order 10/);
    expect(orderedRules(RULE_MODULES, disk)).toEqual(RULES);
  });

  it('finds every rule in the default rubric, with a plain name, and no entry for a rule that does not exist', () => {
    const rubric = loadRubric();
    expect(Object.keys(rubric.rules).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      expect(rubric.rules[id].name, id).toBeTruthy();
      expect(rubric.rules[id].url, id).toMatch(/^https:\/\/(?:www\.legislation\.gov\.uk|www\.gov\.uk)\//);
      expect(ruleName(id)).toBe(rubric.rules[id].name);
    }
    expect(ruleName('local.extra-rule')).toBe('local.extra-rule');
  });

  it('every placeholder a rubric message uses is one the rule passes', () => {
    const rubric = loadRubric();
    for (const r of RULES) {
      const e = rubric.rules[r.meta.id];
      const used = [...`${e.message} ${e.suggestion} ${Object.values(e.messages ?? {}).join(' ')}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const u of used) expect(['quote', ...(r.meta.data ?? [])], `${r.meta.id} uses {${u}}`).toContain(u);
    }
  });

  it('every other wording a rule picks is in the default rubric, and each plan check has one rule with its plain words', () => {
    const rubric = loadRubric();
    for (const r of RULES) for (const id of r.meta.messages ?? []) expect(rubric.rules[r.meta.id].messages?.[id], `${r.meta.id} messages.${id}`).toBeTruthy();
    for (const key of CHECK_KEYS) {
      const rules = RULES.filter((r) => r.meta.check === key);
      expect(rules, key).toHaveLength(1);
      const e = rubric.rules[rules[0].meta.id];
      expect([e.plain, e.ask, e.name].every(Boolean), key).toBe(true);
    }
  });

  it('docs/rules.md is up to date (npm run docs:rules)', () => {
    const committed = readFileSync(new URL('docs/rules.md', ROOT), 'utf8');
    expect(committed, 'docs/rules.md is stale: run npm run docs:rules').toBe(rulesMarkdown(loadRubric()));
  });
});
