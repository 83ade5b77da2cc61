// Every rule the analyser runs, in the order it runs them. Adding a rule is its module
// (rules/<family>/<name>.ts), its test table in tests/analyser/rules/ and its entry under `rules:` in
// rubrics/default.yaml: the list of modules is generated from the files on disk
// (modules.generated.ts, written by `npm run build`), and each rule's `meta.order` places it.
import { readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rule } from './api.ts';
import { RULE_MODULES } from './modules.generated.ts';

/** The rule modules beside this file ("family/name"): .ts in the source, .js compiled; null if unreadable. */
function modulesOnDisk(): string[] | null {
  const self = fileURLToPath(import.meta.url);
  const ext = extname(self); // the source's extension, or the compiled one
  try {
    const out: string[] = [];
    for (const family of readdirSync(dirname(self), { withFileTypes: true })) {
      if (!family.isDirectory()) continue;
      for (const f of readdirSync(join(dirname(self), family.name))) if (f.endsWith(ext) && !/\.d\.ts$/.test(f)) out.push(`${family.name}/${f.slice(0, -ext.length)}`);
    }
    return out.sort();
  } catch {
    return null;
  }
}

/** The rules of `modules` in their order; throws, saying what to do, when the list is stale or a module is wrong. */
export function orderedRules(modules: Readonly<Record<string, { readonly rule?: Rule }>>, disk: readonly string[] | null): Rule[] {
  const generated = Object.keys(modules).sort();
  if (disk && disk.join('\n') !== generated.join('\n')) {
    const added = disk.filter((m) => !generated.includes(m));
    const gone = generated.filter((m) => !disk.includes(m));
    throw new Error(`rules/modules.generated.ts is stale (${[...added.map((m) => `new: ${m}`), ...gone.map((m) => `gone: ${m}`)].join(', ')}): run npm run build`);
  }
  const problems: string[] = [];
  const byOrder = new Map<number, string>();
  for (const [path, { rule }] of Object.entries(modules)) {
    const id = path.replace('/', '.');
    if (rule?.meta?.id !== id) problems.push(`rules/${path} must export \`rule\` with meta.id '${id}'`);
    else if (!Number.isFinite(rule.meta.order)) problems.push(`${id} has no meta.order`);
    else if (byOrder.has(rule.meta.order)) problems.push(`${id} and ${byOrder.get(rule.meta.order)} share meta.order ${rule.meta.order}`);
    else byOrder.set(rule.meta.order, id);
  }
  if (problems.length) throw new Error(`rule registry: ${problems.join('; ')}`);
  return Object.values(modules).map((m) => m.rule!).sort((a, b) => a.meta.order - b.meta.order);
}

// Read on first use, not when this module loads: a rule's own test imports the rule module first, and
// through what the rule imports (the rubric) this module and the list of modules load while that rule
// module has not finished loading, so its `rule` is not there yet.
let ordered: { rules: readonly Rule[]; ids: readonly string[]; byId: ReadonlyMap<string, Rule> } | null = null;
function registry() {
  if (!ordered) {
    const rules = orderedRules(RULE_MODULES, modulesOnDisk());
    ordered = { rules, ids: rules.map((r) => r.meta.id), byId: new Map(rules.map((r) => [r.meta.id, r])) };
  }
  return ordered;
}

/** Every rule, in the order the analyser runs them. */
export function allRules(): readonly Rule[] {
  return registry().rules;
}

/** Rule ids the analyser emits; a rubric must define each (extends: default provides them). */
export function ruleIds(): readonly string[] {
  return registry().ids;
}

export function ruleById(id: string): Rule | undefined {
  return registry().byId.get(id);
}
