// What a comparison says of a provision moved between sections is the rubric's: an organisation's own
// wording reaches its comparison, the default's everyone else's.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../services/analyser/src/compare/index.ts';
import { renderComparisonHtml, renderComparisonText } from '../../services/analyser/src/compare/format.ts';
import { renderComparisonDocx } from '../../services/analyser/src/compare/docx.ts';
import { loadRubric, type Rubric } from '../../services/analyser/src/rubric.ts';
import { buildDoc } from '../analyser/build-doc.ts';
import { orgRubric } from '../analyser/org-rubric.ts';

const standard = loadRubric();
const esk = orgRubric('comparison:\n  moved:\n    outOfF: "Esk 6.2: now in {to}, not {from}; the council need not secure it"\n');

const therapy = 'Speech and language therapy from a speech and language therapist, 30 minutes every week.';
const version = (section: 'F' | 'G', name: string) => buildDoc([
  'Status: Final',
  { h: 'Section F: Special educational provision' },
  { li: section === 'F' ? therapy : 'A writing slope on his desk in every lesson.' },
  { h: 'Section G: Health provision' },
  section === 'G' ? { li: therapy } : 'None.',
], name);

describe("a comparison's words for a move", () => {
  const change = (rubric: Rubric) => compareDocuments(version('F', 'old.txt'), version('G', 'new.txt'), { rubric }).changes.find((c) => c.kind === 'moved');

  it("are the organisation's own where it rewrites them, and the default's for everyone else", () => {
    const own = change(esk)!;
    const def = change(standard)!;
    expect(own.detail).toMatch(/^Esk 6\.2: now in Section G.*, not Section F.*; the council need not secure it$/);
    expect(own.detail).not.toContain('no longer applies');
    expect(def.detail).toMatch(/^Moved from Section F.* to Section G.*: the local authority's duty to secure it \(Children and Families Act 2014, s42\(2\)\) no longer applies$/);
  });
});

describe("a comparison's other details", () => {
  const wold = orgRubric('comparison:\n  detail:\n    removed: "Wold 3.1: gone from {section}"\n    noChange: "Same (Wold)"\n    placementChanged: "Wold 3.4: {before} -> {after}"\n');
  const plan = (lines: string[], school: string, name: string) => buildDoc([
    'Status: Final',
    { h: 'Section F: Special educational provision' },
    ...lines.map((li) => ({ li })),
    { h: 'Section I: Placement' },
    school,
  ], name);
  const kept = 'A writing slope on his desk in every lesson.';
  const before = plan([therapy, kept], 'Brook Street Primary School', 'old.txt');
  const after = plan([kept], 'Hill Top Academy', 'new.txt');
  const changes = (rubric: Rubric) => compareDocuments(before, after, { rubric }).changes;

  it("are the organisation's own where it rewrites them, and the default's for everyone else", () => {
    const own = changes(wold);
    const def = changes(standard);
    expect(own.find((c) => c.kind === 'removed')!.detail).toBe('Wold 3.1: gone from F');
    expect(def.find((c) => c.kind === 'removed')!.detail).toBe('Taken out of Section F: the new version does not provide it');
    expect(own.find((c) => c.about === 'placement')!.detail).toBe('Wold 3.4: Brook Street Primary School -> Hill Top Academy');
    expect(def.find((c) => c.about === 'placement')!.detail).toBe('"Brook Street Primary School" became "Hill Top Academy"');
    expect(own.find((c) => c.kind === 'unchanged')!.detail).toBe('Same (Wold)');
    expect(def.find((c) => c.kind === 'unchanged')!.detail).toBe('No change');
  });
});

describe("the words a comparison aligns statements on", () => {
  // An organisation that writes "ELSA" spells it out for its own comparisons only.
  const tees = orgRubric('vocabulary:\n  comparisonWords:\n    addSpellOut:\n      - { patterns: [ELSAs?], to: emotional literacy support assistant, caseSensitive: true }\n');
  const plan = (line: string, name: string) => buildDoc(['Status: Final', { h: 'Section F: Special educational provision' }, { li: line }, { li: 'A writing slope on his desk in every lesson.' }], name);
  const before = plan('Sessions with the ELSA, 30 minutes weekly.', 'old.txt');
  const after = plan('Sessions with the emotional literacy support assistant, 30 minutes weekly.', 'new.txt');
  const kinds = (rubric: Rubric) => compareDocuments(before, after, { rubric }).changes.filter((c) => c.about === 'provision').map((c) => c.kind).sort();

  it("are the organisation's own where it adds to them, and the default's for everyone else", () => {
    expect(kinds(tees)).toEqual(['unchanged', 'unchanged']);
    expect(kinds(standard)).toEqual(['added', 'removed', 'unchanged']);
    // The default again after the organisation's: nothing of its words stays behind.
    expect(kinds(standard)).toEqual(kinds(loadRubric()));
  });
});

describe("the words that keep a reworded outcome's meaning", () => {
  // "Over" and "under" are common words the default leaves out; an organisation that counts them adds them.
  const fells = orgRubric('vocabulary:\n  comparisonWords:\n    addOutcomeMeaning:\n      - { as: over, patterns: [over, more than] }\n      - { as: under, patterns: [under, less than] }\n');
  const plan = (outcome: string, name: string) => buildDoc(['Status: Final', { h: 'Section E: Outcomes' }, { li: outcome }, { h: 'Section F: Special educational provision' }, { li: 'A writing slope on his desk in every lesson.' }], name);
  const before = plan('By July 2027, Noor will stay at her table for over 10 minutes in every lesson.', 'old.txt');
  const after = plan('By July 2027, Noor will stay at her table for under 10 minutes in every lesson.', 'new.txt');
  const outcome = (rubric: Rubric) => compareDocuments(before, after, { rubric }).changes.find((c) => c.about === 'outcome')!.kind;

  it("are the organisation's own where it adds to them, and the default's for everyone else", () => {
    expect(outcome(fells)).toBe('changed');
    expect(outcome(standard)).toBe('unchanged');
    expect(outcome(loadRubric())).toBe('unchanged');
  });
});

describe('the words that make a provision a promise', () => {
  // An organisation whose plans say "undertakes to" reads it as "will": "may" in its place is a promise withdrawn.
  const dale = orgRubric('vocabulary:\n  comparisonWords:\n    addPromises: [undertakes to]\n');
  const plan = (line: string, name: string) => buildDoc(['Status: Final', { h: 'Section F: Special educational provision' }, { li: line }], name);
  const before = plan('The school undertakes to provide 30 minutes of paired reading each day with a teaching assistant.', 'old.txt');
  const after = plan('The school may provide 30 minutes of paired reading each day with a teaching assistant.', 'new.txt');
  const detail = (rubric: Rubric) => compareDocuments(before, after, { rubric }).changes.find((c) => c.about === 'provision')!.detail;

  it("are the organisation's own where it adds to them, and the default's for everyone else", () => {
    expect(detail(dale)).toMatch(/^"will" became "may"/);
    expect(detail(standard)).toMatch(/^"may" was added/);
    expect(detail(loadRubric())).toMatch(/^"may" was added/);
  });
});

describe('the periods an amount is given per', () => {
  // An organisation whose terms are 12 weeks long says so; "each term" is then "every 12 weeks" for it only.
  const periods = [
    "{ weeks: 0.2, patterns: ['(?:school |working )?days?', daily, 'weekdays?', 'mornings?', 'afternoons?'] }",
    "{ weeks: 1, patterns: ['weeks?', weekly, wk, pw] }",
    "{ weeks: 2, patterns: ['fortnights?', fortnightly, two weeks, 2 weeks, other week] }",
    "{ weeks: 4, patterns: ['months?', monthly, four weeks, 4 weeks] }",
    "{ weeks: 6, patterns: ['half[- ]?terms?', 'half[- ]?termly', six weeks, 6 weeks] }",
    "{ weeks: 12, patterns: ['terms?', termly] }",
    "{ weeks: 39, patterns: ['(?:academic |school )?years?', annually, yearly, annual] }",
  ];
  const holme = orgRubric(`vocabulary:\n  periodWeeks:\n${periods.map((p) => `    - ${p}\n`).join('')}`);
  const plan = (line: string, name: string) => buildDoc(['Status: Final', { h: 'Section F: Special educational provision' }, { li: line }], name);
  const before = plan('Direct speech and language therapy from a speech and language therapist, 1 hour each term.', 'old.txt');
  const after = plan('Direct speech and language therapy from a speech and language therapist, 1 hour every 12 weeks.', 'new.txt');
  const kind = (rubric: Rubric) => compareDocuments(before, after, { rubric }).changes.find((c) => c.about === 'provision')!.kind;

  it("are the organisation's own where it rewrites them, and the default's for everyone else", () => {
    expect(kind(holme)).toBe('unchanged');
    expect(kind(standard)).toBe('strengthened');
    expect(kind(loadRubric())).toBe('strengthened');
  });
});

describe("a comparison's words for a change within a statement, and its labels", () => {
  const dale = orgRubric([
    'comparison:',
    '  change:',
    '    became: "{was} -> {now} (Dale)"',
    '    weekly: " [Dale: {was} weekly, now {now}]"',
    '  amounts: { hour: "{n} Dale hour", hours: "{n} Dale hours", minutes: "{n} Dale mins" }',
    '  labels:',
    '    kinds: { reduced: Cut (Dale) }',
    '    whyItMatters: "Dale says:"',
  ].join('\n') + '\n');
  const plan = (line: string, name: string) => buildDoc(['Status: Final', { h: 'Section F: Special educational provision' }, { li: line }, { li: 'A writing slope on his desk in every lesson.' }], name);
  // 3 x 30 minutes weekly (90 a week) became 45 minutes fortnightly (22.5 a week): the words alone do not show the cut.
  const before = plan('Reading practice with a teaching assistant, 3 x 30 minutes weekly.', 'old.txt');
  const after = plan('Reading practice with a teaching assistant, 45 minutes fortnightly.', 'new.txt');
  const cmp = (rubric: Rubric) => compareDocuments(before, after, { rubric });

  it("are the organisation's own where it rewrites them, and the default's for everyone else", () => {
    const own = cmp(dale).changes.find((c) => c.kind === 'reduced')!.detail;
    const def = cmp(standard).changes.find((c) => c.kind === 'reduced')!.detail;
    expect(own).toMatch(/ -> .* \(Dale\) \[Dale: 1\.5 Dale hours weekly, now 22\.5 Dale mins\]$/);
    expect(def).toMatch(/ became .* \(1\.5 hours a week became 22\.5 minutes\)$/);
    expect(def).not.toContain('Dale');
  });

  it("label the listing, the page and the DOCX in the organisation's words", async () => {
    const own = cmp(dale);
    const def = cmp(standard);
    const text = renderComparisonText(own, { rubric: dale });
    expect(text).toContain('CUT (DALE)');
    expect(text).toContain('Dale says:');
    expect(renderComparisonText(def, { rubric: standard })).toContain('REDUCED');
    expect(renderComparisonHtml(own, { rubric: dale })).toContain('>Cut (Dale)<');
    expect(renderComparisonHtml(def, { rubric: standard })).not.toContain('Dale');
    const words = async (rubric: Rubric, c: ReturnType<typeof cmp>) => strFromU8(unzipSync(await renderComparisonDocx(c, { rubric }))['word/document.xml']);
    expect(await words(dale, own)).toContain('Cut (Dale) (provision, Section F)');
    expect(await words(standard, def)).toContain('Reduced (provision, Section F)');
  });
});

describe("the amount grammar's words", () => {
  // An organisation whose plans call pupils "scholars" adds the noun: "with 2 other scholars" is then
  // a group of 3 for it only, and a group of 6 in its place is a cut; for everyone else no group is named.
  const rydal = orgRubric('vocabulary:\n  comparisonWords:\n    addGroupNouns: [scholars]\n', 'rydal');
  const plan = (line: string, name: string) => buildDoc(['Status: Final', { h: 'Section F: Special educational provision' }, { li: line }], name);
  const before = plan('Phonics practice with a teaching assistant and 2 other scholars, 20 minutes each day.', 'old.txt');
  const after = plan('Phonics practice with a teaching assistant and 5 other scholars, 20 minutes each day.', 'new.txt');
  const change = (rubric: Rubric) => compareDocuments(before, after, { rubric }).changes.find((c) => c.about === 'provision');

  it("are the organisation's own where it adds to them, and the default's for everyone else", () => {
    expect(change(rydal)!.kind).toBe('reduced');
    expect(change(rydal)!.detail).toContain('"and 2 other scholars"');
    expect(change(standard)?.kind ?? 'unchanged').toBe('unchanged');
    expect(change(loadRubric())?.kind ?? 'unchanged').toBe('unchanged');
  });

  // A length in an organisation's own fraction of an hour (vocabulary.hourFractions, which the judges
  // read too): "a third of an hour" is 20 minutes for it,
  // so 25 minutes is more; read without it, "an hour" is all the default sees, so 25 minutes is less.
  const ullswater = orgRubric("vocabulary:\n  addHourFractions:\n    - { value: 0.3333, patterns: ['a third of an?'] }\n", 'ullswater');
  const b2 = plan('Handwriting practice with a teaching assistant, a third of an hour each day.', 'old.txt');
  const a2 = plan('Handwriting practice with a teaching assistant, 25 minutes each day.', 'new.txt');
  const kind2 = (rubric: Rubric) => compareDocuments(b2, a2, { rubric }).changes.find((c) => c.about === 'provision')?.kind ?? 'unchanged';

  it("read a length in the organisation's own fraction of an hour for it only", () => {
    expect(kind2(ullswater)).toBe('strengthened');
    expect(kind2(standard)).toBe('reduced');
  });
});
