// General causes behind the held-out plans p148, p149 and p151 at first sight, each on invented
// wording: none of these sentences is in a held-out plan.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { parseDocument } from '../../services/ingest/src/parse.ts';
import { buildDoc } from './build-doc.ts';
import { lineRole } from '../../services/analyser/src/sections/flat-table.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { provisionStatements } from '../../services/analyser/src/statements.ts';

const rubric = loadRubric();

describe('a flattened table line naming a condition: provision when someone does it', () => {
  const child = new Set(['Tomasz']);
  it.each([
    ['An epilepsy care plan written by the specialist nurse with Tomasz and his father.', 'provision'],
    ['A diabetes management plan drawn up by the diabetes nurse before September.', 'provision'],
    ['Tomasz has epilepsy and takes medicine twice a day.', 'need'],
    ['Tomasz has asthma, which is worse in cold weather.', 'need'],
  ])('%s: %s', (line, want) => {
    expect(lineRole(line, child, rubric)).toBe(want);
  });
});

describe('note markers: a statement is judged with the note its marker points to', () => {
  // One provision a line, as a plan typed with long lines (not hard-wrapped) has them.
  const plan = (f: string[], notes: string[]) => [
    'EDUCATION, HEALTH AND CARE PLAN',
    '',
    'SECTION B: SPECIAL EDUCATIONAL NEEDS',
    'Tomasz has dyspraxia and finds handwriting slow and tiring.',
    '',
    'SECTION F: SPECIAL EDUCATIONAL PROVISION',
    ...f,
    '',
    'Notes to Section F',
    ...notes,
    '',
    'SECTION I: PLACEMENT',
    'Fernhill Academy (mainstream).',
  ];
  const provisions = async (f: string[], notes: string[]) => {
    const doc = await parseDocument(new Uint8Array(Buffer.from(plan(f, notes).join('\n'), 'utf8')), 'plan.txt');
    return analyse(doc, { rubric }).provisions.filter((p) => p.section === 'F');
  };

  it('a note that leaves the programme to the school makes the line vague; quotes leave out marker and note', async () => {
    const ps = await provisions(
      ['Touch-typing lessons with Nessy Fingers, 3 x 20 minutes a week in the library before registration, with a teaching assistant. [1]', 'A writing slope and pencil grips in every lesson.'],
      ['[1] Another typing programme may be used instead if the school prefers.'],
    );
    expect(ps.map((p) => p.text)).toEqual(['Touch-typing lessons with Nessy Fingers, 3 x 20 minutes a week in the library before registration, with a teaching assistant.', 'A writing slope and pencil grips in every lesson.']);
    expect(ps[0].specific).toBe(false);
    expect(ps[0].vagueTerms.length).toBeGreaterThan(0);
  });

  it('a note naming who delivers makes the line specific, and a note is not a statement', async () => {
    const ps = await provisions(['Handwriting practice, 15 minutes every morning, in a group of 3. [2]'], ['[2] The practice is led by a teaching assistant trained by the occupational therapist.']);
    expect(ps).toHaveLength(1);
    expect(ps[0].specific).toBe(true);
  });

  it('a note of a condition: "[3] If a place is available." leaves the line to chance', async () => {
    const ps = await provisions(['A place in the after-school coding club, 1 hour every Tuesday, run by the computing teacher. [3]'], ['[3] If a place is available.']);
    expect(ps).toHaveLength(1);
    expect(ps[0].specific).toBe(false);
  });

  it('without notes, a bracketed number is left as it was', async () => {
    const ps = await provisions(['A laptop for all written work [1].'], []);
    expect(ps).toHaveLength(1);
    expect(ps[0].text).toContain('[1]');
  });

  it('items numbered "[1]", "[2]" that no statement points to are the section\'s own provisions', async () => {
    const ps = await provisions(
      ['[1] Speech and language therapy from an HCPC-registered therapist, 30 minutes a week.', '', '[2] A writing slope and pencil grips in every lesson.'],
      [],
    );
    expect(ps.map((p) => p.text.replace(/^\[\d\]\s*/, ''))).toEqual(['Speech and language therapy from an HCPC-registered therapist, 30 minutes a week.', 'A writing slope and pencil grips in every lesson.']);
  });
});

describe("a child's own outcome table: the \"Where I want to be\" column holds the outcome", () => {
  it.each([
    ['Where I am now', 'Where I want to be by the end of Year 4', 'What I will do'],
    ['Where we are now', 'Where we hope to get to', 'Little steps I can try'],
  ])('%s | %s | %s: only the middle cell is an outcome', (now, want, steps) => {
    const doc = buildDoc([
      { h: 'Section E: My outcomes' },
      { table: [[now, want, steps], ['I can count to 20.', 'By July 2027, Priya will count to 100 in tens and ones with no mistakes.', 'I will count the stairs at home every day.'], ['I lose my things.', 'Priya will be more organised.', 'I will use my checklist.']] },
      { h: 'Section F: Special educational provision' },
      'Numicon sessions, 3 x 20 minutes a week, with a teaching assistant.',
    ]);
    const outcomes = analyse(doc, { rubric }).outcomes;
    expect(outcomes.map((o) => o.text)).toEqual(['By July 2027, Priya will count to 100 in tens and ones with no mistakes.', 'Priya will be more organised.']);
    expect(outcomes.map((o) => o.timeBound)).toEqual([true, false]);
  });
});

describe('a short title among provisions that end with a full stop heads them, though it names an activity', () => {
  const statementsOf = (lines: string[]) => {
    const s = findSections(buildDoc([{ h: 'Section F: Special educational provision' }, ...lines]), undefined, rubric).find((x) => x.key === 'F');
    return s ? provisionStatements(s, { rubric }).map((st) => st.text) : [];
  };
  it.each([['Handwriting and typing'], ['Reading and spelling'], ['Speech therapy']])('%s', (title) => {
    const lines = ['Social skills group, 30 minutes a week, led by the ELSA.', title, 'A writing slope for all written work.', 'Precision teaching, 3 x 10 minutes a week, with a teaching assistant.'];
    expect(statementsOf(lines)).toEqual([lines[0], lines[2], lines[3]]);
  });
  it('an item with an article, or a list of short items, is still provision', () => {
    expect(statementsOf(['Social skills group, 30 minutes a week, led by the ELSA.', 'A laptop for written work', 'A writing slope for all written work.'])).toHaveLength(3);
    expect(statementsOf(['Reading support', 'Time out card', 'Handwriting practice'])).toHaveLength(3);
  });
  it.each([['Wobble cushion'], ['Time out card'], ['Coloured overlays']])('a thing to have between sentences is still provision: %s', (item) => {
    const lines = ['Social skills group, 30 minutes a week, led by the ELSA.', item, 'A writing slope for all written work.'];
    expect(statementsOf(lines)).toEqual(lines);
  });
});
