// General causes behind the held-out plans p146 and p147 at first sight, each on invented wording:
// none of these sentences is in a held-out plan.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { outcomeStatements, provisionStatements } from '../../services/analyser/src/statements.ts';
import { isFormQuestion, isLegend, isQuestionAnswerTable } from '../../services/analyser/src/sections/units.ts';
import type { TableBlock } from '../../services/ingest/src/document.ts';
import { buildDoc, type Part } from './build-doc.ts';

const rubric = loadRubric();

/** A document whose tables' cells hold paragraphs split at "\n" (as a Word or PDF cell of several paragraphs). */
function withCellParagraphs(parts: Part[]) {
  const doc = buildDoc(parts);
  for (const b of doc.blocks) {
    if (b.kind !== 'table') continue;
    for (const r of (b as TableBlock).rows) {
      for (const c of r.cells) {
        if (!c.text.includes('\n')) continue;
        let at = c.start;
        c.paragraphs = c.text.split('\n').map((p) => {
          const span = { start: at, end: at + p.length };
          at += p.length + 1;
          return span;
        });
      }
    }
  }
  return doc;
}

describe('a form of questions and answers: the questions are the form\'s text, each answer paragraph the section\'s own', () => {
  it.each([
    ['What will Priya get to help her spell?', 'Which adult will help Priya at lunchtime?'],
    ['How will school help Tom settle in class?', 'Who will review Tom\'s progress?'],
  ])('%s / %s', (q1, q2) => {
    const f1 = 'Nessy spelling programme, 4 x 15 minutes a week, 1:1 with a teaching assistant.';
    const f2 = 'Coloured overlays for all reading tasks.';
    const f3 = 'A midday supervisor trained in de-escalation to stay with the child for the first 20 minutes of lunch each day.';
    const f4 = 'The class teacher will meet the parents every term for 20 minutes to review the plan.';
    const doc = withCellParagraphs([
      { h: 'Section E – Outcomes' },
      { table: [['Question', 'Answer'], ['What will be achieved by next summer?', 'By July 2028, the child will write three sentences with capital letters and full stops.\nThe child will be happier at lunchtime.']] },
      { h: 'Section F – Special educational provision' },
      { table: [['Question', 'Answer'], [q1, `${f1}\n${f2}`], [q2, f3], ['Who checks it is working?', f4]] },
      { h: 'Section G – Health provision' },
      { table: [['Question', 'Answer'], ['Does the child have any health provision?', 'No.']] },
    ]);
    const sections = findSections(doc, undefined, rubric);
    const f = sections.find((s) => s.key === 'F')!;
    expect(provisionStatements(f, { rubric }).map((s) => s.text)).toEqual([f1, f2, f3, f4]);
    const e = sections.find((s) => s.key === 'E')!;
    expect(outcomeStatements(e, { rubric }).map((s) => s.text)).toEqual(['By July 2028, the child will write three sentences with capital letters and full stops.', 'The child will be happier at lunchtime.']);
  });

  it('the same form as text, a cell a line: a question line is no statement', () => {
    const doc = buildDoc([
      { h: 'Section F – Special educational provision' },
      'Question',
      'Answer',
      'How will staff help Sam with writing?',
      'A writing frame in every English lesson.',
      'What equipment will Sam use?',
      'Sam will use a sloped writing board in all lessons.',
      { h: 'Section G – Health provision' },
      'None.',
    ]);
    const f = findSections(doc, undefined, rubric).find((s) => s.key === 'F')!;
    expect(provisionStatements(f, { rubric }).map((s) => s.text)).toEqual(['A writing frame in every English lesson.', 'Sam will use a sloped writing board in all lessons.']);
  });

  it.each([
    ['What help will Ana get?', true],
    ['Is there any other social care provision?', true],
    ['Why? Ana asked to sit near the door.', false],
    ['Ana will have a reading session every day.', false],
  ])('isFormQuestion(%j) is %s', (text, want) => {
    expect(isFormQuestion(text)).toBe(want);
  });

  it('a table whose first column is not all questions is no question form', () => {
    const rows = (cells: string[][]) => (buildDoc([{ table: cells }]).blocks[0] as TableBlock).rows;
    expect(isQuestionAnswerTable(rows([['Question', 'Answer'], ['What help?', 'A laptop.']]))).toBe(true);
    expect(isQuestionAnswerTable(rows([['Provision', 'Who'], ['Speech therapy', 'SaLT']]))).toBe(false);
    expect(isQuestionAnswerTable(rows([['What help?', 'A laptop.'], ['Frequency', 'Daily']]))).toBe(false);
    expect(isQuestionAnswerTable(rows([['Question', 'Answer', 'Who'], ['What help?', 'A laptop.', 'TA']]))).toBe(false);
  });
});

describe('a week\'s grid, a column a day: the filled days are how often, a clock span how long', () => {
  const judged = (rows: string[][]) => {
    const doc = buildDoc([
      { h: 'Section F – Special educational provision' },
      { table: [['Provision', 'Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Staff'], ...rows] },
      { h: 'Section G – Health provision' },
      'None.',
    ]);
    const f = findSections(doc, undefined, rubric).find((s) => s.key === 'F')!;
    return provisionStatements(f, { rubric });
  };
  it.each([
    [['Phonics catch-up in a group of 4', '9.00–9.25', '', '9.00–9.25', '', '', 'Teaching assistant'], 'on Mondays and Wednesdays'],
    [['Handwriting practice 1:1', '', '✓', '', '✓', '', 'Class teacher'], 'on Tuesdays and Thursdays'],
    [['Social skills group of 5', '', '', '', '', '13.30–14.00', 'ELSA'], 'on Fridays'],
  ])('%j reads the days filled', (row, days) => {
    const [st] = judged([row]);
    expect(st.text).toContain(days);
    expect(st.text).not.toContain('✓');
  });
});

describe('a table\'s key and a heading that says only when: neither is a statement', () => {
  it.each([
    ['Key: ✓ = the session runs that day; – = no session; blank = not yet agreed.', true],
    ['Key: A = attended, L = late, X = absent.', true],
    ['Ben will use a calculator in maths lessons.', false],
    ['The score = 12 out of 20 in the September test.', false],
  ])('isLegend(%j) is %s', (text, want) => {
    expect(isLegend(text)).toBe(want);
  });

  it.each(['Every lesson', 'Also given each week'])('a heading %j over sentences heads them', (heading) => {
    const doc = buildDoc([
      { h: 'Section F – Special educational provision' },
      'Key: ✓ = the session runs that day; blank = no session.',
      { h: heading, level: 3 },
      'A writing slope on his desk in every lesson.',
      'Instructions repeated to him by the class teacher in every lesson.',
      { h: 'Section G – Health provision' },
      'None.',
    ]);
    const f = findSections(doc, undefined, rubric).find((s) => s.key === 'F')!;
    expect(provisionStatements(f, { rubric }).map((s) => s.text)).toEqual(['A writing slope on his desk in every lesson.', 'Instructions repeated to him by the class teacher in every lesson.']);
  });
});
