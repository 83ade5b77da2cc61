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
