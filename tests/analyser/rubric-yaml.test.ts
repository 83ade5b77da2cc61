// A rubric sent as YAML text (the service's PUT /v1/rubric): validated like --rubric FILE, with each
// problem located by its path as written and its line; the report records the text's sha256.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildDoc } from './build-doc.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { DEFAULT_RUBRIC_FILE, loadRubric, nestedRepetition, parseRubricYaml, rubricSha256 } from '../../services/analyser/src/rubric.ts';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { letterContent } from '../../services/analyser/src/format/letter.ts';
import { lineRole } from '../../services/analyser/src/sections/flat-table.ts';

const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

describe('parseRubricYaml', () => {
  it('accepts a rubric that extends the default, and records the sha256 of its text', () => {
    const text = 'extends: default\nid: westmarsh\nversion: "2026.2"\nrules:\n  provision.vague-term:\n    message: "Westmarsh: {term} is vague."\n';
    const r = parseRubricYaml(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rubric.id).toBe('westmarsh');
    expect(r.rubric.rules['provision.vague-term'].message).toBe('Westmarsh: {term} is vague.');
    // Inherited from the default: the rest of the rule and every other rule.
    expect(r.rubric.rules['provision.vague-term'].severity).toBe(loadRubric().rules['provision.vague-term'].severity);
    expect(r.sha256).toBe(sha(text));
    expect(rubricSha256(r.rubric)).toBe(sha(text));
  });

  it('gives the default rubric the sha256 of rubrics/default.yaml, and reports carry it', () => {
    const rubric = loadRubric();
    expect(rubricSha256(rubric)).toBe(sha(readFileSync(DEFAULT_RUBRIC_FILE, 'utf8')));
    const report = Report.parse(analyse(buildDoc([{ h: 'Section F: Special educational provision' }, { li: 'Regular support as required.' }]), { rubric }));
    expect(report.rubric).toEqual({ id: 'default', version: rubric.version, sha256: rubricSha256(rubric) });
  });

  it('refuses a bad value with its path and line', () => {
    const text = ['extends: default', 'id: westmarsh', 'version: "1"', 'rules:', '  provision.vague-term:', '    severity: loud', 'bands: "not a list"', ''].join('\n');
    const r = parseRubricYaml(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'rules.provision.vague-term.severity', line: 6 }),
        expect.objectContaining({ path: 'bands', line: 7 }),
      ]),
    );
    expect(r.errors.every((e) => e.message.length > 0)).toBe(true);
  });

  it('locates an item added with addVagueTerms by its place in that list', () => {
    const text = ['extends: default', 'addVagueTerms:', '  - { term: as directed, pattern: "as directed", undermines: frequency, hedge: true }', '  - { term: broken, pattern: "(unclosed", undermines: frequency, hedge: true }', ''].join('\n');
    const r = parseRubricYaml(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ path: 'addVagueTerms.1.pattern', line: 4 });
    expect(r.errors[0].message).toMatch(/regular expression/);
  });

  it('refuses text that is not YAML, or not a mapping, with a line', () => {
    const bad = parseRubricYaml('extends: default\nrules: [unclosed\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ path: '' , line: expect.any(Number) });
    const list = parseRubricYaml('- a\n- b\n');
    expect(list.ok).toBe(false);
    if (!list.ok) expect(list.errors[0].message).toMatch(/mapping/);
  });

  it('refuses a duplicate key rather than silently keeping one', () => {
    const r = parseRubricYaml('extends: default\nid: a\nid: b\nversion: "1"\n');
    expect(r.ok).toBe(false);
  });

  it('extends only the default: a file path would read the server\'s files', () => {
    const r = parseRubricYaml('extends: /etc/passwd\nid: x\nversion: "1"\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ path: 'extends', line: 1 })]);
  });

  it('names the missing rules of a rubric that does not extend the default', () => {
    const full = readFileSync(DEFAULT_RUBRIC_FILE, 'utf8');
    const without = full.replace(/^ {2}plan\.missing-date:\n(?: {4}.*\n)+/m, '');
    expect(without.length).toBeLessThan(full.length);
    const r = parseRubricYaml(without);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: 'rules', message: expect.stringContaining('plan.missing-date') });
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const r = parseRubricYaml(lines.join('\n'));
    expect(r.ok).toBe(false);
  });

  it('refuses a pattern whose repeated group repeats without limit, which could stall the service', () => {
    const text = ['extends: default', 'addRoles:', '  - "(?:\\\\w+\\\\s?)+ coordinator"', ''].join('\n');
    const r = parseRubricYaml(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.objectContaining({ path: 'addRoles.0', line: 3, message: expect.stringMatching(/repeats without limit/) })]);
  });
});

describe("an organisation's legal references", () => {
  it('are the ones its reports, deadlines and letters cite; the default\'s stay with everyone else', () => {
    const r = parseRubricYaml('extends: default\nid: northdale\nversion: "1"\nreferences:\n  draftRepresentations: "CFA 2014 s38 (Northdale guidance 4.2)"\n  specificProvision: "Northdale SEND Handbook, ch. 3"\n');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const plan = buildDoc(['Status: Draft', 'Date draft issued: 3 March 2026', { h: 'Section F: Special educational provision' }, { li: 'Regular support as required.' }]);
    const cited = (rubric: typeof r.rubric) => {
      const report = analyse(plan, { rubric });
      return { deadline: report.deadlines?.find((d) => d.kind === 'draftRepresentations')?.reference, letter: letterContent(report, { rubric }).legalBasis };
    };
    const own = cited(r.rubric);
    expect(own.deadline).toBe('CFA 2014 s38 (Northdale guidance 4.2)');
    expect(own.letter).toEqual(expect.arrayContaining(['CFA 2014 s38 (Northdale guidance 4.2)', 'Northdale SEND Handbook, ch. 3']));
    const standard = cited(loadRubric());
    expect(standard.deadline).toBe(loadRubric().references.draftRepresentations);
    expect(standard.letter).not.toContain('Northdale SEND Handbook, ch. 3');
    expect(standard.letter).toContain('SEND Code of Practice 2015, para 9.69');
  });
});

describe('nestedRepetition', () => {
  it.each([
    ['(a+)+$', true],
    ['(?:\\w*\\s)*x', true],
    ['((a+))*', true],
    ['(a+){1,20}', true],
    ['x(?:y|(?:z+)){2,}', true],
    ['(a|b)+', false],
    ['(?:[\\w-]+ ){1,3}', false],
    ['[(a+)]+', false],
    ['\\(a+\\)+', false],
    ['(?<![\\w-])role', false],
  ])('%s -> %s', (src, nested) => expect(nestedRepetition(src)).toBe(nested));
});

describe("a rubric written without extends", () => {
  // The default as an organisation might have copied it before some vocabulary keys were added.
  const copied = () => {
    const own = structuredClone(loadRubric()) as unknown as { id: string; vocabulary: Record<string, Record<string, unknown>> };
    own.id = 'standalone';
    delete own.vocabulary.lineRoles;
    delete own.vocabulary.provisionCues.usedForAll;
    delete own.vocabulary.lists.needWords; // statements.needs still names {needWords}
    return own;
  };
  const child = new Set(['Theo']);

  it("takes the default's words for each vocabulary key it does not write, so no judge is emptied", () => {
    const r = parseRubricYaml(stringify(copied()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const standard = loadRubric().vocabulary;
    expect(r.rubric.vocabulary.lineRoles).toEqual(standard.lineRoles);
    expect(r.rubric.vocabulary.provisionCues.usedForAll).toEqual(standard.provisionCues.usedForAll);
    expect(r.rubric.vocabulary.lists.needWords).toEqual(standard.lists.needWords);
    expect(lineRole('Struggles to start a task on his own.', child, r.rubric)).toBe('need');
    expect(lineRole('Theo will use a laptop for all extended writing.', child, r.rubric)).toBe('provision');
    expect(lineRole('Theo will use a laptop for all extended writing.', child, { vocabulary: { ...r.rubric.vocabulary, provisionCues: { ...r.rubric.vocabulary.provisionCues, usedForAll: [] } } })).toBe('outcome');
  });

  it('keeps the lists it writes, and adds with addX, key by key', () => {
    const own = copied();
    own.vocabulary.lineRoles = { needs: ['tires easily'], addConditions: ['hypermobility'] };
    const r = parseRubricYaml(stringify(own));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const standard = loadRubric().vocabulary.lineRoles;
    expect(r.rubric.vocabulary.lineRoles.needs).toEqual(['tires easily']);
    expect(r.rubric.vocabulary.lineRoles.conditions).toEqual([...standard.conditions, 'hypermobility']);
    expect(r.rubric.vocabulary.lineRoles.willNeed).toEqual(standard.willNeed);
    expect(lineRole('Struggles to start a task on his own.', child, r.rubric)).not.toBe('need');
    expect(lineRole('Tires easily on long walks.', child, r.rubric)).toBe('need');
  });

  it('is read the same from a file (--rubric)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rubric-'));
    try {
      const file = join(dir, 'standalone.yaml');
      writeFileSync(file, stringify(copied()));
      const rubric = loadRubric(file);
      expect(rubric.id).toBe('standalone');
      expect(rubric.vocabulary.lineRoles).toEqual(loadRubric().vocabulary.lineRoles);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('still gives its own rules and words outside the vocabulary', () => {
    const { rules: _rules, ...own } = copied() as unknown as Record<string, unknown>;
    const r = parseRubricYaml(stringify(own));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toEqual(expect.objectContaining({ path: 'rules' }));
  });
});
