import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../../services/analyser/src/rubric.ts';
import { RULES, RULE_IDS } from '../../../services/analyser/src/rules/registry.ts';
import { ruleFile, rulesMarkdown } from '../../../services/analyser/src/rules/docs.ts';
import { CHECK_KEYS } from '../../../services/analyser/src/report-schema.ts';
import { ruleName } from '../../../services/analyser/src/rules/names.ts';

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
