// General causes behind the held-out plans p128, p129 and p132 at first sight, each on invented
// wording: none of these sentences is in a held-out plan.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { columnRole } from '../../services/analyser/src/sections/columns.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { outcomeStatements, provisionStatements } from '../../services/analyser/src/statements.ts';
import { buildDoc, type Part } from './build-doc.ts';

const rubric = loadRubric();
const statements = (parts: Part[], key: 'F' | 'G' = 'F') => {
  const s = findSections(buildDoc(parts), undefined, rubric).find((x) => x.key === key);
  return s ? provisionStatements(s, { rubric }).map((st) => st.text) : [];
};

describe('a column header naming its section by letter holds what that section holds', () => {
  it.each([
    ['Provision to achieve it (Section F)', 'provision'],
    ['Help towards this goal (F)', 'provision'],
    ['Health provision (G)', 'provision'],
    ['What we are aiming for (Section E)', 'outcome'],
    ['Outcome (Section E)', 'outcome'],
    ['Outcomes', 'outcome'],
    ['Support needed', 'provision'],
  ])('%s: %s', (header, role) => {
    expect(columnRole(header, rubric)).toBe(role);
  });

  it('an outcome-led table (Outcome E | Provision F | Who | How often) quotes each provision with its fields', () => {
    const parts: Part[] = [
      { h: 'Sections E and F – Outcomes and provision' },
      { h: 'Cognition and learning' },
      {
        table: [
          ['Outcome (Section E)', 'Provision to achieve it (Section F)', 'Who', 'How often'],
          ['By July 2027, Rosa will count to 50 without help.', 'Number sense games in a pair', 'Teaching assistant', 'Four times a week, 15 minutes'],
          ['', 'A hundred square on her table', '', 'Every maths lesson'],
        ],
      },
      { h: 'Section G – Health provision' },
      'None.',
    ];
    const f = statements(parts);
    expect(f).toHaveLength(2);
    expect(f[0]).toMatch(/^Number sense games in a pair\tTeaching assistant\tFour times/);
    expect(f[1]).toMatch(/^A hundred square on her table/);
    const e = findSections(buildDoc(parts), undefined, rubric).find((x) => x.key === 'E')!;
    expect(outcomeStatements(e, { rubric }).map((o) => o.text)).toEqual(['By July 2027, Rosa will count to 50 without help.']);
  });
});

describe('a provision sentence with no provision word', () => {
  const parts = (lines: string[]): Part[] => [{ h: 'Section F – Special educational provision' }, 'Cognition and learning', 'Phonics taught in a group of 4 by the class teacher, daily for 20 minutes.', ...lines, { h: 'Section G – Health provision' }, 'An eye test with an optometrist once a year.'];
  it('gives its own rate ("every 6 months"): provision', () => {
    const g = statements([{ h: 'Section G – Health provision' }, 'A blood test at the hospital every 3 months.', { h: 'Section H1 – Social care' }, 'None.'], 'G');
    expect(g).toEqual(['A blood test at the hospital every 3 months.']);
  });
  it('is arranged in the passive ("to be used") or led by someone ("teacher-led"): provision', () => {
    const f = statements(parts(['Picture symbols to be used at snack time.', 'Teacher-led sand tray play on his favourite themes.']));
    expect(f).toContain('Picture symbols to be used at snack time.');
    expect(f).toContain('Teacher-led sand tray play on his favourite themes.');
  });
  it('a need with a rate stays out', () => {
    const f = statements(parts(['He finds it hard to settle and cries several times a day.']));
    expect(f.some((t) => t.startsWith('He finds'))).toBe(false);
  });
});

describe('a need or outcome cell merged down over several provision rows', () => {
  const table = (merged: boolean) => {
    const doc = buildDoc([
      { h: 'Sections E and F – Outcomes and provision' },
      {
        table: [
          ['Outcome (Section E)', 'Provision (Section F)', 'Who'],
          ['By July 2027, Sami will order numbers to 100.', 'Place value games, 3 x 15 minutes a week', 'Teaching assistant'],
          ['', 'A number line on his desk in every maths lesson', 'Class teacher'],
          ['Sami will enjoy maths more.', 'Maths club once a week for 40 minutes', 'Maths lead'],
        ],
      },
      { h: 'Section G – Health provision' },
      'None.',
    ]);
    const t = doc.blocks.find((b) => b.kind === 'table');
    if (merged && t?.kind === 'table') t.rows[2].cells[0].mergedAbove = true;
    const sections = findSections(doc, undefined, rubric);
    const f = provisionStatements(sections.find((x) => x.key === 'F')!, { rubric });
    const e = outcomeStatements(sections.find((x) => x.key === 'E')!, { rubric });
    return { f: f.map((st) => st.row), e: e.map((o) => o.row) };
  };
  it('puts every row it spans on its row: the provisions share the outcome\'s thread', () => {
    const { f, e } = table(true);
    expect(f[0]).toBe(e[0]);
    expect(f[1]).toBe(e[0]);
    expect(f[2]).toBe(e[1]);
    expect(e[0]).not.toBe(e[1]);
  });
  it('an empty cell that is not merged (text cannot tell) leaves its row on its own', () => {
    const { f, e } = table(false);
    expect(f[0]).toBe(e[0]);
    expect(f[1]).not.toBe(e[0]);
  });
});
