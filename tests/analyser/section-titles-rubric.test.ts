// The titles each section goes by are the rubric's words (vocabulary.sectionTitles); sections/titles.ts
// keeps only the grammar: the title at the start, an optional lead, a name standing for "the child's" or "me".
import { describe, expect, it } from 'vitest';
import { loadRubric, parseRubricYaml } from '../../services/analyser/src/rubric.ts';
import { SECTION_TITLE_KEYS } from '../../services/analyser/src/vocabulary.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { buildDoc } from './build-doc.ts';
import { namesSubject, titleKey, titleKeys, titlesOf } from '../../services/analyser/src/sections/titles.ts';

const titles = titlesOf();

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
    expect(titleKey(titles, "Young person's care needs")).toEqual({ label: 'D', length: "Young person's care needs".length });
    expect(titleKey(titles, "Rhodri's social care needs")?.label).toBe('D');
    expect(titleKey(titles, 'All about Tamsin and her family')?.label).toBe('A');
    expect(titleKey(titles, 'What matters to Kofi')?.label).toBe('A');
    // A capitalised word that is no name is not read as one.
    expect(titleKey(titles, "Section's health needs")).toBeNull();
    expect(titleKeys(titles, 'My health needs and social care needs')).toEqual(['C', 'D']);
    expect(titleKey(titles, 'Social care provision for young people aged over 18')?.label).toBe('H2');
  });

  it('reads a short label under a letter by its subject, H1 and H2 by H\'s', () => {
    expect(namesSubject(titles, 'I', 'College')).toBe(true);
    expect(namesSubject(titles, 'H1', 'Care')).toBe(true);
    expect(namesSubject(titles, 'J', 'Outcomes')).toBe(false);
  });

  it("reads an organisation's own titles in its rubric, and the default's elsewhere", () => {
    const r = parseRubricYaml('extends: default\nid: x\nversion: "1"\nvocabulary:\n  sectionTitles:\n    F:\n      titles: ["the plan for my learning"]\n      subjects: [provision]\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const doc = buildDoc([{ h: 'The plan for my learning' }, 'A teacher will read with Nia for 20 minutes every day.']);
    expect(findSections(doc, undefined, r.rubric).map((s) => s.key)).toContain('F');
    expect(findSections(doc, undefined, loadRubric()).map((s) => s.key)).not.toContain('F');
    // The default rubric's titles do not name it; the organisation's do.
    expect(titleKey(titles, 'The plan for my learning')).toBeNull();
    expect(titleKey(titlesOf(r.rubric), 'The plan for my learning')?.label).toBe('F');
  });

  it('keeps two rubrics\' titles apart when their analyses interleave', async () => {
    // Two organisations that each title Section F their own way, neither knowing the other's title.
    const yaml = (title: string) => `extends: default\nid: ${title.split(' ')[0]}\nversion: "1"\nvocabulary:\n  sectionTitles:\n    F:\n      titles: ["${title}"]\n`;
    const one = parseRubricYaml(yaml('Lantern help for me'));
    const two = parseRubricYaml(yaml('Harbour support plan'));
    expect(one.ok && two.ok).toBe(true);
    if (!one.ok || !two.ok) return;
    const docOf = (title: string) => buildDoc([{ h: title }, 'A teaching assistant will practise phonics with Idris for 15 minutes each morning.']);
    const lantern = docOf('Lantern help for me');
    const harbour = docOf('Harbour support plan');
    const run = async (doc: typeof lantern, rubric: typeof one.rubric) => {
      await Promise.resolve();
      return findSections(doc, undefined, rubric).map((s) => s.key);
    };
    // Alternating, each under its own rubric and the other's: a plan's F is found only under the rubric that names it.
    const [a, b, c, d] = await Promise.all([run(lantern, one.rubric), run(harbour, two.rubric), run(lantern, two.rubric), run(harbour, one.rubric)]);
    expect(a).toContain('F');
    expect(b).toContain('F');
    expect(c).not.toContain('F');
    expect(d).not.toContain('F');
    // Interleaved at the recogniser level too: each Titles answers for its own rubric only.
    const t1 = titlesOf(one.rubric);
    const t2 = titlesOf(two.rubric);
    expect([titleKey(t1, 'Lantern help for me')?.label, titleKey(t2, 'Lantern help for me'), titleKey(t1, 'Harbour support plan'), titleKey(t2, 'Harbour support plan')?.label]).toEqual(['F', null, null, 'F']);
  });
});
