// The national EHCP template's layout (combined tables, A1/A2, guidance under headings), template
// text, blank forms and the golden thread, with invented children.
import { describe, expect, it } from 'vitest';
import { columnSections, findSections, leadingArea, titlesOf } from '../../services/analyser/src/sections.ts';
import { hasPlaceholder, isGuidance, isPlaceholderOnly, isTemplateText } from '../../services/analyser/src/template-text.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { buildDoc, type Part } from './build-doc.ts';
import { childNames, lineRole } from '../../services/analyser/src/sections/flat-table.ts';
import { parseRubricYaml } from '../../services/analyser/src/rubric.ts';

const row = (cells: string[]) => ({ start: 0, end: 0, page: null, cells: cells.map((text) => ({ text, start: 0, end: text.length, page: null })) });

describe('template text', () => {
  it.each([
    ['{{ communication_interaction_need_1 }}', true],
    ['{{ child_views}} {{ family_views}}', true],
    ['{% if looked_after %}', true],
    ['[insert date of review]', true],
    ['<< child name >>', true],
    ['Click or tap here to enter text.', true],
    ['XXXXX', true],
    ['Sam will have 30 minutes of phonics daily.', false],
    ['Sam uses {{ name }} on his book bag.', false],
  ])('isPlaceholderOnly(%j) is %s', (text, want) => expect(isPlaceholderOnly(text)).toBe(want));

  it('finds a placeholder inside filled text', () => {
    expect(hasPlaceholder('Review date: [insert date]')).toBe(true);
    expect(hasPlaceholder('Review date: 3 March 2027')).toBe(false);
  });

  it.each([
    ['More information is provided at paragraphs 6.28-6.29 of the SEND Code of Practice.', true],
    ['Children and young people with speech, language and communication needs (SLCN) have difficulty in communicating with others.', true],
    ['For digital systems: include drawings, videos or sound recordings here:', true],
    ['This section should set out the outcomes agreed with the family.', true],
    ['Priya has difficulty in communicating with adults she does not know.', false],
    ['Record Priya’s reading age each term in her reading log.', false],
  ])('isGuidance(%j) is %s', (text, want) => expect(isGuidance(text)).toBe(want));

  it('reads guidance that runs on ("These may include…") as guidance, but not the child’s own details', () => {
    expect(isTemplateText('Children and young people may experience a wide range of difficulties. These may include becoming withdrawn. More information is provided at paragraphs 6.32-6.33 of the SEND Code of Practice.')).toBe(true);
    expect(isTemplateText('Children and young people may experience a wide range of difficulties. Priya becomes withdrawn at lunchtime.')).toBe(false);
  });
});

describe('combined tables', () => {
  it('names each column by letter and long statutory title', () => {
    expect(columnSections(titlesOf(), row(['C - Health care needs which relates to their special educational needs', 'G – Health Care Provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs', 'E – Outcomes']))).toEqual(['C', 'G', 'E']);
    expect(columnSections(titlesOf(), row(['D – Social care needs which relate to the child or young person\'s special educational needs or to a disability.', 'H1 – Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970', 'H2 - Other social care provision reasonably required', 'E – Outcomes']))).toEqual(['D', 'H1', 'H2', 'E']);
    expect(columnSections(titlesOf(), row(['Needs (B)', 'Provision (F)', 'Outcomes (E)']))).toEqual(['B', 'F', 'E']);
    expect(columnSections(titlesOf(), row(['Travel training', 'E4', 'Weekly']))).toBeNull();
  });

  it('reads an area of need heading with or without the table title and guidance', () => {
    expect(leadingArea('Cognition and learning')).toBe('Cognition and learning');
    expect(leadingArea('Special Educational Needs and Provision (B-F-E) Communication and interaction Children and young people with SLCN have difficulty in communicating with others.')).toBe('Communication and interaction');
    expect(leadingArea('Communication and interaction is Priya’s main area of need and she uses Makaton.')).toBeNull();
  });
});

// An invented child in the national template's shape.
const national = (needs: [string, string, string][][]): Part[] => [
  { h: 'EHCP template for testing in Change Programme Areas', level: 1 },
  { table: [['Name:', 'Priya Shah', 'Date of Birth:', '02/05/2015']] },
  { table: [['A1', 'Summary of the child or young person’s history'], ['', 'Priya lives with her dad and grandmother.']] },
  { table: [['A2 SUMMARY the views, interests and aspirations of the CHILD and their parent, or of the YOUNG PERSON'], ['Views'], ['I like drawing and swimming.']] },
  ...['Communication and interaction', 'Cognition and learning'].map((area, i): Part => ({
    table: [
      [`Special Educational Needs and Provision (B-F-E) ${area} Children and young people with these needs have difficulty. More information is provided at paragraphs 6.28-6.29 of the SEND Code of Practice.`, '', ''],
      ['Strengths', '', ''],
      ['Priya is curious and kind.', '', ''],
      ['B – Special Educational Needs', 'F – Special Educational Provision', 'E – Outcomes'],
      ...(needs[i] ?? []),
      ['{{ need_9 }}', '{{ provision_9 }}', '{{ outcome_9 }}'],
    ],
  })),
  { h: 'Sections C (health care needs) and G (Health Care Provision)' },
  { table: [['C - Health care needs which relates to their special educational needs', 'G – Health Care Provision reasonably required by the learning difficulties', 'E – Outcomes'], ['Priya has eczema.', 'The school nurse will review Priya’s care plan with her dad once a term, for 30 minutes.', 'By July 2027, Priya will apply her own cream at lunchtime.']] },
  { h: 'Sections D (Social care needs) and H1 and H2 (Social care provision)' },
  { table: [['D – Social care needs', 'H1 – Any social care provision which must be made under section 2 of the Chronically Sick and Disabled Persons Act 1970', 'H2 - Other social care provision', 'E – Outcomes'], ['Priya’s dad needs short breaks.', '', 'Priya will attend a Saturday club run by the short breaks team for 3 hours each week.', 'By July 2027, Priya will join in a club activity with peers.']] },
  { h: 'I - Placement' },
  { table: [['Name', 'Oak Lane Primary School'], ['Type', 'Mainstream primary school']] },
  { h: 'J - Direct Payments' },
  { table: [['Details', 'None']] },
  { h: 'K - The advice and information gathered during the EHC needs assessment' },
  { table: [['Educational psychologist', '12/01/2026', 'Dr A Mensah', 'YES']] },
];

describe('the national template', () => {
  const filled = national([
    [
      ['Priya has difficulty following instructions of more than two steps.', 'A speech and language therapist will deliver 1:1 sessions of 30 minutes once a week. The therapist will set new targets each half term.', 'By July 2027, Priya will follow three-step instructions in class in 4 out of 5 opportunities.'],
      ['Priya finds it hard to join in group talk.', '', 'Priya will improve her group talk.'],
    ],
    [['', 'A teaching assistant will run precision teaching for 10 minutes daily.', 'Priya will improve her reading.']],
  ]);

  it('finds every section, A from A1/A2 and G, H2 from their columns; an empty column (H1) is not there', () => {
    const keys = findSections(buildDoc(filled)).map((s) => s.key).sort();
    expect(keys).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H2', 'I', 'J', 'K'].sort());
  });

  it('links each row: provision and outcome carry the row id and the area', () => {
    const r = Report.parse(analyse(buildDoc(filled)));
    const slt = r.provisions.find((p) => /speech and language/.test(p.text))!;
    expect(slt.area).toBe('Communication and interaction');
    expect(slt.row).not.toBeNull();
    // The whole cell is one statement, its elements gathered from both sentences.
    expect(slt.text).toMatch(/half term\.$/);
    const out = r.outcomes.find((o) => /three-step/.test(o.text))!;
    expect(out.row).toBe(slt.row);
    const health = r.provisions.find((p) => p.section === 'G')!;
    expect(health.area).toBe('Priya has eczema.');
    // Weak outcomes are still found as outcomes.
    expect(r.outcomes.some((o) => o.text === 'Priya will improve her reading.' && !o.smart)).toBe(true);
  });

  it('finds the broken threads: a need and an outcome with no provision, provision with no need', () => {
    const r = analyse(buildDoc(filled));
    const ids = r.findings.map((f) => f.ruleId);
    expect(r.findings.find((f) => f.ruleId === 'thread.need-without-provision')?.quote).toBe('Priya finds it hard to join in group talk.');
    expect(r.findings.find((f) => f.ruleId === 'thread.outcome-without-provision')?.quote).toBe('Priya will improve her group talk.');
    expect(r.findings.find((f) => f.ruleId === 'thread.provision-without-need')?.quote).toMatch(/^A teaching assistant/);
    // Guidance is never judged, and a leftover placeholder row is one finding per field.
    expect(r.provisions.some((p) => /Code of Practice|\{\{/.test(p.text))).toBe(false);
    expect(ids.filter((id) => id === 'plan.placeholder-text')).toHaveLength(6);
  });

  it('a blank form gives one unfilled-template notice and judges nothing', () => {
    const blank = national([]).map((p) => (typeof p === 'object' && 'table' in p ? { table: p.table.map((r) => r.map((c) => (/Priya|Oak Lane|Mainstream|Mensah|12\/01|eczema|nurse|cream|Saturday|^None$|^YES$|swimming|dad/.test(c) ? `{{ field_${c.length} }}` : c))) } : p));
    const r = Report.parse(analyse(buildDoc(blank)));
    expect(r.provisions).toHaveLength(0);
    expect(r.outcomes).toHaveLength(0);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['plan.unfilled-template']);
    expect(r.findings[0].message).toMatch(/\d+ of its \d+ fields are empty/);
    expect(Object.values(r.checks).every((v) => v === false)).toBe(true);
  });
});

describe('a combined table flattened to lines (text export, no tabs)', () => {
  const child = childNames('Idris will read a Year 3 book. By July, Idris will ask for help. Staff will model words.');

  it('names the child from the outcomes, not a provider', () => {
    expect([...child]).toEqual(['Idris']);
  });

  it.each([
    // The child now, with an amount in it: still a need.
    ['Autism: Idris sleeps poorly (about 6 hours a night) and this affects his learning the next day.', 'need'],
    ["Idris's attention lasts about 10 minutes on a task.", 'need'],
    // A condition named at the line's opening; a service named after one is provision.
    ['Developmental coordination disorder.', 'need'],
    ['Hypothyroidism (daily thyroxine at home) and a risk of choking on some foods.', 'need'],
    ['Autism Outreach Team advice to staff, once a term.', 'provision'],
    // The child's own achievement, through a possessive; a provider's action is provision.
    ["Idris's handwriting will be neater.", 'outcome'],
    ['His reading will improve.', 'outcome'],
    ["Idris's teaching assistant will check his hearing aids every morning.", 'provision'],
    ['Her key person will run a 10-minute language session every day.', 'provision'],
    // Help the child is given, though written about the child.
    ['Idris receives 1:1 support from a teaching assistant for 25 hours a week.', 'provision'],
    ['He has a teaching assistant for 3 sessions a week.', 'provision'],
  ])('lineRole(%j) is %s', (text, want) => expect(lineRole(text, child)).toBe(want));

  it("reads a line's date with the organisation's own time phrases", () => {
    const r = parseRubricYaml('extends: default\nid: fenmoor\nversion: "1"\nvocabulary:\n  addTimeBound: ["at (?:his|her|their|the) next PEP review"]\n');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const line = 'At his next PEP review, Idris will read 50 words from the reading programme.';
    expect(lineRole(line, child)).toBe('provision');
    expect(lineRole(line, child, r.rubric)).toBe('outcome');
    const doc = buildDoc([
      { h: 'Sections C (health care needs) and G (Health Care Provision)' },
      'C - Health care needs which relates to their special educational needs',
      'G – Health Care Provision reasonably required by the learning difficulties',
      'E – Outcomes',
      'Idris has a hearing loss.',
      'Hearing aid checks by the audiologist every 6 months.',
      line,
    ]);
    expect(findSections(doc, undefined, r.rubric).find((s) => s.key === 'E')?.units.map((u) => u.text)).toEqual([line]);
    expect(analyse(doc, { rubric: r.rubric }).outcomes.map((o) => o.text)).toEqual([line]);
  });

  it('links the rows of a flattened table to their need', () => {
    const doc = buildDoc([
      { h: 'Sections C (health care needs) and G (Health Care Provision)' },
      'C - Health care needs which relates to their special educational needs',
      'G – Health Care Provision reasonably required by the learning difficulties',
      'E – Outcomes',
      'Developmental coordination disorder.',
      'Occupational therapy input as required.',
      'Idris will tie his shoelaces by July 2026.',
      'Autism: Idris sleeps poorly (about 6 hours a night).',
      'The community paediatrician will review his sleep every 6 months.',
      'By his next review, Idris will sleep by 9pm on 5 nights a week.',
    ]);
    const r = analyse(doc);
    expect(r.provisions.map((p) => [p.section, p.area])).toEqual([
      ['G', 'Developmental coordination disorder.'],
      ['G', 'Autism: Idris sleeps poorly (about 6 hours a night).'],
    ]);
    expect(r.outcomes.map((o) => o.row)).toEqual(r.provisions.map((p) => p.row));
  });
});

describe('empty columns of a combined table', () => {
  it('a column with nothing in it is not its section, in a filled plan with no placeholders left', () => {
    const doc = buildDoc([
      { h: 'Sections D (Social care needs) and H1 and H2 (Social care provision)' },
      'Strengths',
      'Sam lives with his mum and his sister.',
      { table: [['D – Social care needs', 'H1 – Any social care provision which must be made under section 2 of the Chronically Sick and Disabled Persons Act 1970', 'H2 - Other social care provision', 'E – Outcomes'], ['Sam’s mum needs short breaks.', '', 'Short breaks: 6 hours a month at a Saturday club.', 'By July 2027, Sam will join in a club activity.']] },
    ]);
    const keys = findSections(doc).map((s) => s.key);
    expect(keys).toContain('H2');
    expect(keys).not.toContain('H1');
  });

  it('in a flattened table, "None." fills its own cell, so the provision after it is in the next column', () => {
    const doc = buildDoc([
      { h: 'Sections D (Social care needs) and H1 and H2 (Social care provision)' },
      'D – Social care needs which relate to the child or young person’s special educational needs',
      'H1 – Any social care provision which must be made under section 2 of the Chronically Sick and Disabled Persons Act 1970',
      'H2 - Other social care provision reasonably required',
      'E – Outcomes',
      'Sam needs constant supervision; his parents have asked for short breaks.',
      'None.',
      'Short breaks: 6 hours a month at the Saturday club, run by the Disabled Children’s Team.',
      'By February 2027, Sam will join in a group activity at the Saturday club for 20 minutes.',
    ]);
    const r = analyse(doc);
    expect(r.provisions.map((p) => p.section)).toEqual(['H2']);
    expect(findSections(doc).map((s) => s.key)).toEqual(expect.arrayContaining(['D', 'H1', 'H2', 'E']));
  });
});

describe('never a false all-clear', () => {
  it('Section E with text but no outcome says so', () => {
    const r = analyse(buildDoc([{ h: 'Section E: Outcomes' }, 'Outcomes were discussed at the meeting with the family.', { h: 'Section F: Special educational provision' }, { li: 'A teaching assistant will read with Tom for 15 minutes daily.' }]));
    expect(r.outcomes).toHaveLength(0);
    expect(r.findings.some((f) => f.ruleId === 'outcome.not-written-as-outcomes' && f.section === 'E')).toBe(true);
  });
});
