// An online portal's text export: needs, outcomes and provision as lines labelled with their section
// ("Provision (F) 2a: …", "Outcome 3 (Section E): …"), under parts titled by the sections they hold
// ("PART 2: NEEDS, OUTCOMES AND PROVISION (SECTIONS B, E AND F)"). Invented children and lines.
import { describe, expect, it } from 'vitest';
import { findSections, matchHeading, titlesOf } from '../../services/analyser/src/sections.ts';
import { labelledLine, labelledRun, sectionNamedPart } from '../../services/analyser/src/sections/labelled-lines.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc } from './build-doc.ts';

const titles = titlesOf();
const bodies = (lines: string[]) =>
  Object.fromEntries(findSections(buildDoc(lines)).map((s) => [s.key, s.units.filter((u) => !u.subheading && !u.template).map((u) => u.text)]));

describe('labelledLine', () => {
  const yes: [string, string, string, boolean][] = [
    ['Provision (F) 4b: A reading group of 4 pupils with a teaching assistant, 20 minutes daily.', 'F', 'A reading group', true],
    ['Outcome (E) 12: By July 2027, Tomasz will read 60 words a minute.', 'E', 'By July 2027', true],
    ['Need (B): Tomasz reads two years below his age.', 'B', 'Tomasz reads', false],
    ['Health provision (G) 2 – A review by the community paediatrician every 6 months.', 'G', 'A review by', true],
    ['Social care provision (H2): Short breaks, two weekends a year.', 'H2', 'Short breaks', false],
    ['Provision 3a (Section F): Social skills group weekly.', 'F', 'Social skills', true],
    ['Outcome 2 (E): By Easter, Priya will order her own lunch.', 'E', 'By Easter', true],
    ['Health needs (Section C) 1: Priya has asthma.', 'C', 'Priya has', true],
    ['Special educational provision (F) 1.2: Touch-typing practice 3 x 15 minutes a week.', 'F', 'Touch-typing', true],
  ];
  it.each(yes)('%s', (line, label, body, numbered) => {
    const m = labelledLine(titles, line);
    expect(m).not.toBeNull();
    expect(m!.label).toBe(label);
    expect(line.slice(m!.length).startsWith(body)).toBe(true);
    expect(m!.numbered).toBe(numbered);
  });
  const no = [
    // the label's words must name that section: health provision is not an outcome
    'Health provision (E) 1: By July, Sam will swim 10 metres.',
    'Needs (G) 1: a review.',
    // prose mentioning a section, a list lettered in lower case, a label with nothing after it
    'Tomasz will need more support (F): see below.',
    'Provision (a): a laptop.',
    'Outcomes for this area (Section E):',
    'Provision (F) 2a:',
    // a heading with a title, no statement
    'Section F: Special educational provision',
    // an ordinary statement with a bracket in it
    'A laptop (Section F equipment list) in every lesson.',
  ];
  it.each(no)('not a labelled line: %s', (line) => expect(labelledLine(titles, line)).toBeNull());
});

describe('labelledRun', () => {
  const holdsNone = () => false;
  it('a numbered line starts a run; an unnumbered one joins it, and a heading ends it', () => {
    const run = labelledRun(titles);
    expect(run.section).toBeNull();
    // Unnumbered, outside a run, in a part that does not hold B: a heading with its body run on.
    expect(run.read('Need (B): Tomasz reads two years below his age.', holdsNone)).toBeNull();
    expect(run.read('Provision (F) 4b: A reading group of 4 pupils, 20 minutes daily.', holdsNone)?.label).toBe('F');
    expect(run.section).toBe('F');
    expect(run.read('Need (B): Tomasz reads two years below his age.', holdsNone)?.label).toBe('B');
    expect(run.section).toBe('B');
    // An unlabelled line neither joins nor ends the run.
    expect(run.read('He reads with a ruler.', holdsNone)).toBeNull();
    expect(run.section).toBe('B');
    run.end();
    expect(run.section).toBeNull();
    expect(run.read('Need (B): Tomasz reads two years below his age.', holdsNone)).toBeNull();
  });
  it('an unnumbered line is a statement in a part that holds its section', () => {
    const run = labelledRun(titles);
    expect(run.read('Need (B): Tomasz reads two years below his age.', (l) => l === 'B')?.label).toBe('B');
    expect(run.section).toBe('B');
  });
});

describe('a part titled by the sections it holds', () => {
  it('reads the letters in the closing tag', () => {
    expect(sectionNamedPart('PART 2: NEEDS, OUTCOMES AND PROVISION (SECTIONS B, E AND F)')?.labels).toEqual(['B', 'E', 'F']);
    expect(sectionNamedPart('Part Four – Social care (Sections D, H1 and H2)')?.labels).toEqual(['D', 'H1', 'H2']);
    expect(matchHeading(titles, 'PART 3: HEALTH (SECTIONS C AND G)', false)?.labels).toEqual(['C', 'G']);
    expect(matchHeading(titles, 'Chapter 2 – My learning (Sections B, E and F)', false)?.labels).toEqual(['B', 'E', 'F']);
  });
  it('is not a sentence that mentions sections', () => {
    expect(sectionNamedPart('Part 2: the school will set this out (Sections B and F)')).toBeNull();
    expect(sectionNamedPart('PART 2: NEEDS AND PROVISION (SECTIONS B AND F) are below.')).toBeNull();
  });
});

const PORTAL = [
  'Kestrelford Council – EHCP Portal export',
  'PART 1: ABOUT ME (SECTION A)',
  'Tomasz is 11 and loves trains and football.',
  'PART 2: LEARNING (SECTIONS B, E AND F)',
  'Area: Cognition and learning',
  'Need (B): Tomasz reads two years below his age and finds spelling hard.',
  'Outcome (E) 1: By July 2027, Tomasz will read a Year 5 book aloud at 90 words a minute.',
  'Provision (F) 1a: A phonics programme 1:1 with a trained teaching assistant for 20 minutes every school day.',
  'Provision (F) 1b: Help with spelling as needed.',
  'Area: Communication and interaction',
  'Need (B): Tomasz finds it hard to follow long spoken instructions.',
  'Provision (F) 2a: Instructions given in short steps with a written checklist in all lessons.',
  'Outcome (E) 2: Tomasz will be more confident in class.',
  'PART 3: HEALTH (SECTIONS C AND G)',
  'Health needs (C): Tomasz has asthma.',
  'Health provision (G) 1: The school nurse will train his class staff in using his inhaler once a year.',
  'Outcome (E) 3: By December 2026, Tomasz will use his inhaler on his own before PE.',
  'PART 4: SOCIAL CARE (SECTIONS D, H1 AND H2)',
  'Social care needs (D): None identified.',
  'Social care provision (H1): None.',
  'Social care provision (H2): None.',
  'PART 5: PLACEMENT (SECTION I) Kestrelford Academy (mainstream secondary).',
  'PART 6: PERSONAL BUDGET (SECTION J) None requested.',
  'PART 7: ADVICE AND INFORMATION (SECTION K) Parent advice (May 2026); school advice (May 2026).',
];

describe('a portal export read by its labels', () => {
  it('puts each labelled line in its section, without its label', () => {
    const b = bodies(PORTAL);
    expect(b.B).toEqual(['Tomasz reads two years below his age and finds spelling hard.', 'Tomasz finds it hard to follow long spoken instructions.']);
    expect(b.F).toEqual([
      'A phonics programme 1:1 with a trained teaching assistant for 20 minutes every school day.',
      'Help with spelling as needed.',
      'Instructions given in short steps with a written checklist in all lessons.',
    ]);
    // the outcome among the health lines is E's, not G's
    expect(b.E).toHaveLength(3);
    expect(b.E[2]).toBe('By December 2026, Tomasz will use his inhaler on his own before PE.');
    expect(b.G).toEqual(['The school nurse will train his class staff in using his inhaler once a year.']);
    expect(b.C).toEqual(['Tomasz has asthma.']);
    expect(b.H1).toEqual(['None.']);
  });

  it('keeps each line’s area of need, and the analysis finds every statement', () => {
    const r = analyse(buildDoc(PORTAL));
    expect(r.missingSections).toEqual([]);
    expect(r.provisions.map((p) => [p.section, p.area])).toEqual([
      ['F', 'Cognition and learning'],
      ['F', 'Cognition and learning'],
      ['F', 'Communication and interaction'],
      ['G', null],
    ]);
    expect(r.outcomes).toHaveLength(3);
    expect(r.provisions.find((p) => p.text.startsWith('Help with spelling'))?.specific).toBe(false);
  });

  it('several unnumbered lines of one section in a row are statements, not a contents list', () => {
    const lines = PORTAL.map((l) => (l.startsWith('Social care provision (H2)') ? 'Social care provision (H2): A place at a Saturday sports club for disabled children, 10am to 1pm every week.\nSocial care provision (H2): Short breaks with a family-link carer, one weekend a month.' : l)).flatMap((l) => l.split('\n'));
    const b = bodies(lines);
    expect(b.H2).toHaveLength(2);
    expect(b.D).toEqual(['None identified.']);
    expect(b.E).toHaveLength(3);
  });

  it('reads the label after the item number too ("Provision 1a (Section F): …")', () => {
    const lines = PORTAL.map((l) => l.replace(/^(Provision|Outcome|Health provision) \(([A-K]\d?)\) (\w+):/, '$1 $3 (Section $2):'));
    const b = bodies(lines);
    expect(b.F).toHaveLength(3);
    expect(b.E).toHaveLength(3);
    expect(b.G).toHaveLength(1);
  });
});
