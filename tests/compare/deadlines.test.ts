// Deadlines in a comparison: the dates that run from the new version, counted by hand here. 15 days
// beginning with the day of service (reg 13(1), reg 22(2)): that day is day 1. 8 weeks from the
// amendment notice (reg 22(3)).
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../services/analyser/src/compare/index.ts';
import { renderComparisonHtml, renderComparisonText } from '../../services/analyser/src/compare/format.ts';
import { Comparison } from '../../services/analyser/src/compare/schema.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';

const plan = (head: string[], hours: number): Part[] => [
  { h: 'Education, Health and Care Plan' },
  ...head,
  'Name: Rosa Quill',
  'Year group: Year 4',
  { h: 'Section B: Special educational needs' },
  'Rosa has a language disorder.',
  { h: 'Section E: Outcomes' },
  { li: 'By July 2027, Rosa will retell a story in 4 steps on 4 out of 5 occasions.' },
  { h: 'Section F: Special educational provision' },
  { li: `A teaching assistant trained in language groups for ${hours} hours each week.` },
  { h: 'Section G: Health provision' },
  'None.',
  { h: 'Section I: Placement' },
  'Ash Grove Primary School.',
];
const OLD = buildDoc(plan(['Status: Final', 'Date of plan: 3 March 2025'], 10), 'last-year.txt');
const compare = (head: string[]) => compareDocuments(OLD, buildDoc(plan(head, 5), 'new.txt'));

describe('deadlines that run from the new version', () => {
  it('a draft that says when it was sent: 15 days beginning with that day', () => {
    const c = Comparison.parse(compare(['Status: Draft', 'Date draft issued: 27 February 2026']));
    const d = c.deadlines!.find((x) => x.kind === 'draftRepresentations')!;
    // 27 February is day 1; 2026 has no 29 February, so 1 March is day 3 and 13 March day 15.
    expect([d.from, d.due]).toEqual(['2026-02-27', '2026-03-13']);
    expect(d.reference).toMatch(/reg 13\(1\)/);
    expect(d.explanation).toContain('Friday 13 March 2026');
    // Where the date was found in the new version.
    expect(buildDoc(plan(['Status: Draft', 'Date draft issued: 27 February 2026'], 5)).text.slice(d.start, d.end)).toBe('27 February 2026');
  });

  it('a draft that gives only its own date: counted from that date, and saying so', () => {
    const c = compare(['Status: Draft', 'Date of plan: 30 December 2026']);
    const d = c.deadlines!.find((x) => x.kind === 'draftRepresentations')!;
    // 30 December is day 1, 31 December day 2, 1 January day 3 ... 13 January day 15.
    expect([d.from, d.due]).toEqual(['2026-12-30', '2027-01-13']);
    expect(d.fromWhat).toBe('the date on the draft');
    expect(d.explanation).toContain('count from the day it was sent');
  });

  it('proposed amendments: 15 days to comment, and the amended final plan within 8 weeks', () => {
    const c = compare(['Status: Final', 'Notice of proposed amendments sent: 9 June 2026']);
    const byKind = Object.fromEntries(c.deadlines!.map((x) => [x.kind, x]));
    expect(byKind.amendmentRepresentations.due).toBe('2026-06-23');
    expect(byKind.amendmentRepresentations.reference).toMatch(/reg 22\(2\)/);
    // 9 June + 56 days: 30 June is +21, 31 July +52, 4 August +56.
    expect(byKind.amendedFinal.due).toBe('2026-08-04');
    expect(byKind.amendedFinal.reference).toMatch(/reg 22\(3\)/);
    // Soonest first.
    expect(c.deadlines!.map((x) => x.due)).toEqual([...c.deadlines!.map((x) => x.due)].sort());
  });

  it('a final plan with no dates that start a period has none', () => {
    expect(compare(['Status: Final']).deadlines).toBeUndefined();
  });

  it('shows them in the text listing and on the side-by-side page, with the reference', () => {
    const c = compare(['Status: Draft', 'Date draft issued: 27 February 2026']);
    const text = renderComparisonText(c);
    expect(text).toMatch(/DEADLINES\n {2}2026-03-13 \(Friday 13 March 2026\): .*\[Children and Families Act 2014, s38; SEND Regulations 2014, reg 13\(1\)\(a\)\]/);
    const html = renderComparisonHtml(c);
    expect(html).toContain('<h2 id="s-deadlines">Dates that matter</h2>');
    expect(html).toContain('<strong>Friday 13 March 2026</strong>');
    expect(html).toContain('reg 13(1)(a)');
  });
});
