// Section detection across template styles (rubric-reference.md §1), with the traps.
import { describe, expect, it } from 'vitest';
import { findSections, matchHeading } from '../../services/analyser/src/sections.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { buildDoc, type Part } from './build-doc.ts';

const keys = (parts: Part[]) => findSections(buildDoc(parts)).map((s) => s.key);

describe('heading styles', () => {
  const yes: [string, boolean, string[]][] = [
    ['Section F: Special educational provision', false, ['F']],
    ['F.', false, ['F']],
    ['Part F – Special educational provision', false, ['F']],
    ['SECTION F', false, ['F']],
    ['F – The help I will get', false, ['F']],
    ['Special educational provision', false, ['F']],
    ['Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', false, ['H1']],
    ['Section H: Social care provision', false, ['H']],
    ['E: Outcomes', false, ['E']],
    ['Sections B, E and F: Needs, outcomes and provision', true, ['B', 'E', 'F']],
  ];
  for (const [text, strong, labels] of yes) it(`"${text}" is a heading`, () => expect(matchHeading(text, strong)?.labels).toEqual(labels));

  const no: [string, boolean][] = [
    ['Appendix F: Speech and language therapy report', false],
    ['F12', false],
    ['a) read a short sentence', false],
    ['See Section B, F or I for details of what was agreed at the meeting.', false],
    ['Section F sets out the provision that the local authority must secure.', false],
    ['A teaching assistant will work with Amara every morning.', false],
    ['I will get help with my reading every day.', false],
  ];
  for (const [text, strong] of no) it(`"${text}" is not a heading`, () => expect(matchHeading(text, strong)).toBeNull());
});

describe('findSections', () => {
  it('finds every section of a lettered template and keeps list letters out', () => {
    const parts: Part[] = [
      { h: 'Section A: Views, interests and aspirations' }, 'Amara likes drawing.',
      { h: 'Section B: Special educational needs' }, 'Amara has difficulties with reading.',
      { li: 'F) finds phonics hard', marker: 'F)' },
      { h: 'Section E: Outcomes' }, { li: 'By July 2027 Amara will read 100 words.' },
      { h: 'Section F: Special educational provision' }, { li: 'A phonics programme, 3 x 20 minutes a week, with a TA.' },
      { h: 'Section K: Advice and information' }, { li: 'Appendix F: SaLT report' },
    ];
    expect(keys(parts)).toEqual(['A', 'B', 'E', 'F', 'K']);
  });

  it('reads headings from PDF paragraphs with no heading blocks', () => {
    expect(keys(['SECTION B', 'Amara has difficulties.', 'Part F – Provision', 'A phonics programme 3 x 20 minutes a week.'])).toEqual(['B', 'F']);
  });

  it('a single H counts as H1 and H2', () => {
    const doc = buildDoc([{ h: 'Section H: Social care provision' }, 'None.', { h: 'Section I: Placement' }, 'Oak Primary School']);
    const found = findSections(doc).map((s) => s.key);
    expect(found).toContain('H1');
    expect(found).toContain('H2');
    const r = analyse(doc);
    expect(r.missingSections).not.toContain('H1');
    expect(r.missingSections).not.toContain('H2');
  });

  it('a table whose first column holds the letter', () => {
    const doc = buildDoc([{ table: [['B', 'Amara has speech and language needs.'], ['E', 'By July 2027 Amara will say 3-word sentences.'], ['F', 'Speech and language therapy from a SaLT, 30 minutes weekly.']] }]);
    const f = findSections(doc).find((s) => s.key === 'F')!;
    expect(f.units.map((u) => u.text)).toEqual(['Speech and language therapy from a SaLT, 30 minutes weekly.']);
  });

  it('a combined B/E/F table gives each cell to its column\'s section', () => {
    const doc = buildDoc([
      { h: 'Communication and interaction' },
      { table: [
        ['Needs (Section B)', 'Outcomes (Section E)', 'Provision (Section F)', 'Who', 'How often'],
        ['Amara finds it hard to follow instructions.', 'By July 2027 Amara will follow 2-step instructions in 4 out of 5 opportunities.', 'Attention and listening group', 'Teaching assistant', '3 x 20 minutes a week'],
      ] },
    ]);
    const found = findSections(doc);
    const byKey = Object.fromEntries(found.map((s) => [s.key, s.units.map((u) => u.text)]));
    expect(byKey.B).toEqual(['Amara finds it hard to follow instructions.']);
    expect(byKey.E[0]).toContain('follow 2-step instructions');
    expect(byKey.F).toEqual(['Attention and listening group\tTeaching assistant\t3 x 20 minutes a week']);
    const r = analyse(doc);
    expect(r.provisions).toHaveLength(1);
    expect(r.provisions[0].specific).toBe(true);
    expect(r.outcomes).toHaveLength(1);
    expect(r.outcomes[0].smart).toBe(true);
    Report.parse(r);
  });

  it('a contents page does not steal a section', () => {
    const found = findSections(buildDoc(['Section E: Outcomes', 'Section F: Special educational provision', 'Introduction', 'Section E: Outcomes', { li: 'By July 2027 Amara will read 100 words.' }, 'Section F: Special educational provision', { li: 'Phonics 3 x 20 minutes a week with a TA.' }]));
    const f = found.find((s) => s.key === 'F')!;
    expect(f.units).toHaveLength(1);
    expect(found.find((s) => s.key === 'E')!.units).toHaveLength(1);
  });
});
