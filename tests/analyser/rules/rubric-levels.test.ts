// A rubric's `rules:` entries: levels off | info | warning | error, the shorthand `id: level`, and
// the errors a bad entry gives.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../services/analyser/src/index.ts';
import { loadRubric, parseRubric } from '../../../services/analyser/src/rubric.ts';
import { buildDoc } from '../build-doc.ts';

const dir = mkdtempSync(join(tmpdir(), 'ehcp-rubric-levels-'));
function rubricFile(name: string, yaml: string): string {
  const file = join(dir, name);
  writeFileSync(file, yaml);
  return file;
}

const doc = buildDoc([
  { h: 'Section F: Special educational provision' },
  { li: 'Regular speech and language therapy as required.' },
  { li: 'Access to a laptop.' },
]);
const ids = (r: ReturnType<typeof analyse>) => r.findings.map((f) => f.ruleId);

describe('rubric rule levels', () => {
  const base = analyse(doc);

  it('the default rubric reports the vague terms of this plan (the test needs them)', () => {
    expect(ids(base)).toContain('provision.vague-term');
    expect(ids(base)).toContain('section.missing');
  });

  it('`id: off` skips the rule and nothing else, and its weight leaves the score', () => {
    const rubric = loadRubric(rubricFile('off.yaml', 'extends: default\nrules:\n  provision.vague-term: off\n'));
    expect(rubric.rules['provision.vague-term'].level).toBe('off');
    // The words are kept from the base, for pages that show the rubric.
    expect(rubric.rules['provision.vague-term'].message).toBe(loadRubric().rules['provision.vague-term'].message);
    const r = analyse(doc, { rubric });
    expect(ids(r)).not.toContain('provision.vague-term');
    expect(ids(r)).toEqual(ids(base).filter((id) => id !== 'provision.vague-term'));
    expect(r.sections.find((s) => s.key === 'F')!.score).toBeGreaterThan(base.sections.find((s) => s.key === 'F')!.score!);
  });

  it('`id: warning` and `{ level: info }` change the severity and keep the words', () => {
    const rubric = loadRubric(rubricFile('levels.yaml', 'extends: default\nrules:\n  provision.vague-term: warning\n  section.missing: { level: info }\n'));
    const r = analyse(doc, { rubric });
    const vague = r.findings.filter((f) => f.ruleId === 'provision.vague-term');
    expect(vague.length).toBeGreaterThan(0);
    expect(vague.every((f) => f.severity === 'warning')).toBe(true);
    expect(vague.map((f) => f.message)).toEqual(base.findings.filter((f) => f.ruleId === 'provision.vague-term').map((f) => f.message));
    expect(r.findings.filter((f) => f.ruleId === 'section.missing').every((f) => f.severity === 'info')).toBe(true);
  });

  it('a rule entry that sets its words keeps the base level; `severity:` is still read as the level', () => {
    const rubric = loadRubric(rubricFile('words.yaml', 'extends: default\nrules:\n  provision.vague-term: { message: "Vague: {term}" }\n  section.missing: { severity: warning }\n'));
    const r = analyse(doc, { rubric });
    const vague = r.findings.find((f) => f.ruleId === 'provision.vague-term')!;
    expect(vague.message).toMatch(/^Vague: /);
    expect(vague.severity).toBe('error');
    expect(rubric.rules['section.missing'].level).toBe('warning');
  });

  it('refuses a level that is not off, info, warning or error, naming the rule', () => {
    expect(() => loadRubric(rubricFile('loud.yaml', 'extends: default\nrules:\n  provision.vague-term: loud\n'))).toThrow(/rules\.provision\.vague-term\.level/);
  });

  it('a full rubric may turn a rule off without its words, but a rule that is on needs them', () => {
    const full = structuredClone(loadRubric()) as Record<string, any>;
    full.rules['provision.vague-term'] = 'off';
    expect(parseRubric(full).rules['provision.vague-term'].level).toBe('off');
    full.rules['provision.vague-term'] = { level: 'error', weight: 1, suggestion: '', reference: 'x' };
    expect(() => parseRubric(full)).toThrow(/rules\.provision\.vague-term\.message: required unless the rule is off/);
    full.rules['provision.vague-term'] = { weight: 1, message: 'm', suggestion: '', reference: 'x' };
    expect(() => parseRubric(full)).toThrow(/rules\.provision\.vague-term\.level/);
  });
});
