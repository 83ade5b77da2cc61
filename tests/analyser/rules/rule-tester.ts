// A RuleTester in the style of ESLint's: runs one rule over valid cases (it reports nothing) and
// invalid cases (it reports exactly the findings listed, each with its rule id, quote and section).
// A case is a statement checked as one section (`--section`, the rule's first section unless it
// names another) or a whole plan built from parts (tests/analyser/build-doc.ts).
import { describe, expect, it } from 'vitest';
import { establishFacts } from '../../../services/analyser/src/index.ts';
import type { SectionKey } from '../../../services/analyser/src/report-schema.ts';
import { loadRubric, type Rubric } from '../../../services/analyser/src/rubric.ts';
import type { Rule } from '../../../services/analyser/src/rules/api.ts';
import { runRules } from '../../../services/analyser/src/rules/run.ts';
import { buildDoc, type Part } from '../build-doc.ts';

export type Case = string | { text: string; section?: SectionKey; rubric?: Rubric; name?: string } | { plan: Part[]; rubric?: Rubric; name: string };

export interface Expected {
  quote: string;
  section: SectionKey | null;
  /** Placeholder values the finding must carry into its message (checked as substrings of it). */
  messageIncludes?: string;
}

export type InvalidCase = Case extends infer C ? (C extends string ? never : C) & { errors: Expected[] } : never;

function run(rule: Rule, c: Case) {
  const o = typeof c === 'string' ? { text: c } : c;
  const rubric = o.rubric ?? loadRubric();
  if ('plan' in o) return runRules(establishFacts(buildDoc(o.plan), { rubric }).facts, [rule]);
  const section = o.section ?? rule.meta.sections[0];
  const doc = buildDoc([o.text]);
  return runRules(establishFacts(doc, { rubric, section }).facts, [rule]);
}

const label = (c: Case) => (typeof c === 'string' ? c : (c.name ?? ('text' in c ? c.text : '')));

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${label(c)}`, () => {
        const found = run(rule, c).map((f) => ({ ruleId: f.ruleId, quote: f.quote, section: f.section }));
        expect(found).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${label(c)}`, () => {
        const found = run(rule, c);
        expect(found.map((f) => ({ ruleId: f.ruleId, quote: f.quote, section: f.section }))).toEqual(c.errors.map((e) => ({ ruleId: rule.meta.id, quote: e.quote, section: e.section })));
        c.errors.forEach((e, i) => {
          if (e.messageIncludes) expect(found[i].message).toContain(e.messageIncludes);
        });
      });
    }
  });
}
