// The titles each section goes by are the rubric's words (vocabulary.sectionTitles); sections/titles.ts
// keeps only the grammar: the title at the start, an optional lead, a name standing for "the child's" or "me".
import { describe, expect, it } from 'vitest';
import { loadRubric, parseRubricYaml } from '../../services/analyser/src/rubric.ts';
import { SECTION_TITLE_KEYS } from '../../services/analyser/src/vocabulary.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { buildDoc } from './build-doc.ts';
import { namesSubject, titleKey, titleKeys } from '../../services/analyser/src/sections/titles.ts';

describe('section titles from the rubric', () => {
  it('gives every section, H1 and H2 included, its titles in the default rubric', () => {
    const t = loadRubric().vocabulary.sectionTitles;
    for (const k of SECTION_TITLE_KEYS) expect(t[k].titles.length).toBeGreaterThan(0);
    expect(t.named.aboutLeads.length).toBeGreaterThan(0);
  });

  it('refuses a title pattern that could take very long, with its path', () => {
    const r = parseRubricYaml('extends: default\nid: x\nversion: "1"\nvocabulary:\n  sectionTitles:\n    G:\n      titles: ["(?:health\\\\s*)+)*"]\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => e.path.startsWith('vocabulary.sectionTitles.G.titles'))).toBe(true);
  });

  it('reads a title with its lead, a named owner, a name after "about", and several titles in one', () => {
    expect(titleKey("Young person's care needs")).toEqual({ label: 'D', length: "Young person's care needs".length });
    expect(titleKey("Rhodri's social care needs")?.label).toBe('D');
    expect(titleKey('All about Tamsin and her family')?.label).toBe('A');
    expect(titleKey('What matters to Kofi')?.label).toBe('A');
    // A capitalised word that is no name is not read as one.
    expect(titleKey("Section's health needs")).toBeNull();
    expect(titleKeys('My health needs and social care needs')).toEqual(['C', 'D']);
    expect(titleKey('Social care provision for young people aged over 18')?.label).toBe('H2');
  });

  it('reads a short label under a letter by its subject, H1 and H2 by H\'s', () => {
    expect(namesSubject('I', 'College')).toBe(true);
    expect(namesSubject('H1', 'Care')).toBe(true);
    expect(namesSubject('J', 'Outcomes')).toBe(false);
  });

  it("reads an organisation's own titles in its rubric, and the default's elsewhere", () => {
    const r = parseRubricYaml('extends: default\nid: x\nversion: "1"\nvocabulary:\n  sectionTitles:\n    F:\n      titles: ["the plan for my learning"]\n      subjects: [provision]\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const doc = buildDoc([{ h: 'The plan for my learning' }, 'A teacher will read with Nia for 20 minutes every day.']);
    expect(findSections(doc, undefined, r.rubric).map((s) => s.key)).toContain('F');
    expect(findSections(doc, undefined, loadRubric()).map((s) => s.key)).not.toContain('F');
    // Outside the walk, the default rubric's titles again.
    expect(titleKey('The plan for my learning')).toBeNull();
  });
});
