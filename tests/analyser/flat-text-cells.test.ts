// A combined table that arrives as plain text: where the blank lines (ingest's `blankBefore`) keep
// its empty cells and cell ends, they say which column a line is in. Two shapes: a LibreOffice text
// export (each cell on a line, an empty cell a blank line) and Word's "save as plain text" (a blank
// line after each cell, CRLF). Invented children.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { childNames, lineRole } from '../../services/analyser/src/sections/flat-table.ts';

const text = (lines: string[], eol = '\n') => parseDocument(new Uint8Array(Buffer.from(lines.join(eol), 'utf8')), 'plan.txt');
const units = (doc: Awaited<ReturnType<typeof text>>) => Object.fromEntries(findSections(doc).map((s) => [s.key, s.units.filter((u) => !u.subheading && !u.template).map((u) => u.text)]));

const SOCIAL_HEAD = [
  'Sections D (Social care needs which relate to the SEN) and H1 and H2 (Social care provision)',
  'Strengths',
  'Toby sees his dad every weekend.',
  '',
  'D – Social care needs which relate to the child or young person’s special educational needs or to a disability.',
  'H1 – Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970',
  'H2 - Other social care provision reasonably required by the learning difficulties or disabilities',
  'E – Outcomes',
];
const PLACEMENT = ['I - Placement', 'Name', '', 'Coldharbour Specialist College', 'Type', '', 'Specialist post-16 institution', '', 'J - Direct Payments', 'Details', 'None requested.', ''];

describe('a LibreOffice text export: an empty cell is a blank line', () => {
  it('an empty H1 cell does not take the need or the H2 line; H1 is not a section', async () => {
    const doc = await text([
      ...SOCIAL_HEAD,
      'The family live in one room of temporary accommodation and Toby’s mum has asked for help with housing.',
      '',
      'An Early Help family worker visits the family at home once a fortnight for an hour.',
      'By September 2026, Toby will follow a bedtime routine and sleep through most nights.',
      ...PLACEMENT,
    ]);
    const u = units(doc);
    expect(u.D).toContain('The family live in one room of temporary accommodation and Toby’s mum has asked for help with housing.');
    expect(u.H2).toEqual(['An Early Help family worker visits the family at home once a fortnight for an hour.']);
    expect(u.H1).toBeUndefined();
    expect(Object.keys(u)).toEqual(expect.arrayContaining(['D', 'H2', 'E', 'I', 'J']));
  });

  it('a need that says what the child will need starts a row, and the blank line after it is the empty H1', async () => {
    // The child's name is read from the plan's "Zara will …" sentences (childNames).
    const doc = await text([
      'A2 – About me',
      'Zara will tell you she loves drawing and swimming.',
      '',
      ...SOCIAL_HEAD,
      'Zara needs an adult with her to take part in activities outside college.',
      'A personal assistant for 4 hours every Saturday, arranged by the Children with Disabilities Team.',
      '',
      'By the end of 2026, Zara will go to a weekly activity she has chosen with her personal assistant.',
      'Zara turns 18 in May 2026 and will need an adult social care assessment.',
      '',
      'A transition assessment by an Adult Social Care worker, completed before her 18th birthday.',
      '',
      ...PLACEMENT,
    ]);
    const u = units(doc);
    expect(u.H1).toEqual(['A personal assistant for 4 hours every Saturday, arranged by the Children with Disabilities Team.']);
    expect(u.H2).toEqual(['A transition assessment by an Adult Social Care worker, completed before her 18th birthday.']);
    expect(u.D).toContain('Zara turns 18 in May 2026 and will need an adult social care assessment.');
  });

  it('lines that pass a column with no blank line for it filled it: the second provision line is H2', async () => {
    const doc = await text([
      ...SOCIAL_HEAD,
      'Immy is a young carer for her mother and has no time for herself.',
      'A place at the young carers group every Wednesday from 4pm to 6pm, with transport provided by the council.',
      'A family support worker from the Family Hub visits fortnightly to plan care at home with the family.',
      'By March 2027, Immy will go to an activity with friends outside school at least once a week.',
      ...PLACEMENT,
    ]);
    const r = analyse(doc);
    expect(r.provisions.map((p) => p.section)).toEqual(['H1', 'H2']);
    expect(new Set([...r.provisions, ...r.outcomes].map((s) => s.row)).size).toBe(1);
  });

  it('blank lines between header cells of an export (empty paragraphs in them) do not make it read like a Word save', async () => {
    const doc = await text([
      'Sections C (The child or young person’s health care needs which relate to their SEN) and G (Health Care Provision relating to those needs)',
      'Strengths',
      'Zara is well and walks to the shops with her dad most days.',
      '',
      'C - Health care needs which relates to their special educational needs',
      '',
      'G – Health Care Provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs',
      '',
      'E – Outcomes',
      'Zara has poor coordination and cannot yet use a cooker or kettle safely.',
      'An occupational therapy assessment of kitchen safety, followed by 4 fortnightly 1-hour sessions with the community occupational therapist.',
      'By December 2026, Zara will make a hot drink safely with spoken prompts only.',
      'Zara has heavy, irregular periods that make her miss college.',
      'GP to review as needed.',
      '',
      '',
      ...PLACEMENT,
    ]);
    const u = units(doc);
    expect(u.C).toEqual(['Zara is well and walks to the shops with her dad most days.', 'Zara has poor coordination and cannot yet use a cooker or kettle safely.', 'Zara has heavy, irregular periods that make her miss college.']);
    expect(u.G).toEqual(['An occupational therapy assessment of kitchen safety, followed by 4 fortnightly 1-hour sessions with the community occupational therapist.', 'GP to review as needed.']);
    expect(u.E).toEqual(['By December 2026, Zara will make a hot drink safely with spoken prompts only.']);
  });
});

describe("Word's plain-text save: a blank line after each cell", () => {
  const bfe = [
    'Special Educational Needs and Provision (B-F-E)',
    'Cognition and learning',
    'Support for learning difficulties may be required when children and young people learn at a slower pace than their peers, even with appropriate differentiation.',
    '',
    'Strengths',
    '',
    'Rhys learns well by doing a task many times.',
    '',
    '',
    'B – Special Educational Needs',
    '',
    'F – Special Educational Provision',
    '',
    '',
    ' E – Outcomes',
    '',
    'Rhys reads short familiar words only and cannot yet manage money on his own.',
    '',
    'Rhys may benefit from travel training.',
    'Opportunities to use money in the community.',
    '',
    'By December 2026, I will catch the 47 bus from home to college on my own every day.',
    'I will be more independent with money.',
    '',
    'Rhys has never had paid work.',
    '',
    'A supported internship at a garden centre on Mondays and Tuesdays from 9am to 3pm, with a job coach.',
    '',
    '',
    '',
    'Rhys gets upset when plans change without warning.',
    '',
    'Rhys will be encouraged to use his calm-down plan.',
    '',
    'Rhys will manage changes better.',
    '',
    '',
    'I - Placement',
    'Name',
    '',
    '',
    '',
    'Type',
    '',
    '',
    '',
    'J - Direct Payments',
    'Details',
    '',
    '',
    'Arrangements for direct payment',
    '',
  ];

  it('reads each cell from the blank lines: a second paragraph stays in its cell, an empty cell is skipped', async () => {
    const doc = await text(bfe, '\r\n');
    const u = units(doc);
    expect(u.F).toEqual([
      'Rhys may benefit from travel training.',
      'Opportunities to use money in the community.',
      'A supported internship at a garden centre on Mondays and Tuesdays from 9am to 3pm, with a job coach.',
      'Rhys will be encouraged to use his calm-down plan.',
    ]);
    expect(u.E).toEqual(['By December 2026, I will catch the 47 bus from home to college on my own every day.', 'I will be more independent with money.', 'Rhys will manage changes better.']);
    expect(u.B).toEqual(expect.arrayContaining(['Rhys has never had paid work.', 'Rhys gets upset when plans change without warning.']));
    const r = analyse(doc);
    const rowOf = (t: string) => [...r.provisions, ...r.outcomes].find((s) => s.text.startsWith(t))?.row;
    expect(rowOf('I will be more independent')).toBe(rowOf('Opportunities to use money'));
    expect(rowOf('A supported internship')).not.toBe(rowOf('Rhys will be encouraged'));
  });

  it('a cell left as its placeholder still takes its column: the outcome after it is not H2', async () => {
    const lines = [
      'Social care strengths', '', 'Nell has two older brothers who help at home.', '', '',
      'D – Social care needs', '', 'H1 – Social care provision (CSDPA 1970)', '', 'H2 – Other social care provision', '', 'E – Outcomes', '',
      'Nell needs an adult with her at the swimming club on Sundays.', '',
      'A personal assistant for 2 hours every Sunday morning.', '',
      '{{ h2_provision_1 }}', '',
      'By June 2027, Nell will swim at the club with her personal assistant watching from the side.', '', '',
      'I - Placement', 'Name', '', 'Hollins Vale School', '',
    ];
    const u = units(await text(lines, '\r\n'));
    expect(u.H1).toEqual(['A personal assistant for 2 hours every Sunday morning.']);
    expect(u.H2 ?? []).toEqual([]);
    expect(u.E).toEqual(['By June 2027, Nell will swim at the club with her personal assistant watching from the side.']);
  });

  it('field labels with nothing after them are the form’s text: I and J are missing', async () => {
    const keys = findSections(await text(bfe, '\r\n')).map((s) => s.key);
    expect(keys).not.toContain('I');
    expect(keys).not.toContain('J');
  });
});

describe('field labels left empty', () => {
  it.each([
    [['I - Placement', 'Name', '', '', 'Type', '', ''], false],
    [['I - Placement', 'Name', 'Coldharbour Specialist College', 'Type', 'Specialist post-16 institution'], true],
    [['J - Direct Payments', 'Details', '', 'Arrangements for direct payment', ''], false],
    [['J - Direct Payments', 'Details', 'Not requested at this stage.', 'Arrangements for direct payment'], true],
    [['J - Direct Payments', 'Name and type of budget'], false],
  ])('%j: the section is there: %s', async (lines, present) => {
    const doc = await text(['Section A – About me', 'Mia is 7 and loves horses.', '', ...lines]);
    expect(findSections(doc).some((s) => s.key === (lines[0].startsWith('I') ? 'I' : 'J'))).toBe(present);
  });
});

describe('line roles of a flattened table', () => {
  const child = childNames('Zara will read. Zara will cook. Rhys will shop. Rhys will travel.');
  it.each([
    ['Zara turns 18 in May 2026 and will need an adult social care assessment.', 'need'],
    ['By July 2027, Zara will need fewer than two prompts to start a task.', 'outcome'],
    ['Rhys may benefit from a shorter session.', 'provision'],
    ['Rhys will be encouraged to use his calm-down plan.', 'provision'],
    ['I will be more independent with money.', 'outcome'],
    ['Tam wants to go out with friends in the evenings and at weekends.', 'need'],
    // A parent is a provider when they act, but a feeling is an outcome.
    ["Zara's mum will read with her for 10 minutes every evening.", 'provision'],
    ["Zara's mum will feel better supported.", 'outcome'],
    // A condition named in a session's provider is provision; the condition itself is a need.
    ['Inhaler technique checked by the asthma nurse in a 20-minute appointment every term.', 'provision'],
    ['Severe eczema on both arms, worse in hot weather.', 'need'],
    ['Asthma attacks about twice a month, usually after PE.', 'need'],
    // A provision cell that says there is none, and a provision about work experience, are provision.
    ['No therapy provision has been agreed.', 'provision'],
    ['No social care needs are known.', 'need'],
    ['Preparation for a work experience week with the careers adviser.', 'provision'],
    ['Rhys experiences sudden drops in mood.', 'need'],
  ])('lineRole(%j) is %s', (line, want) => expect(lineRole(line, child)).toBe(want));
});

describe('cells written as lettered items: where the lettering starts again, a new cell starts', () => {
  const LEARNING_HEAD = ['Special Educational Needs and Provision (B-F-E)', 'Cognition and learning', 'Strengths', 'I am good at remembering faces.', '', 'B – Special Educational Needs', 'F – Special Educational Provision', 'E – Outcomes'];
  const HEALTH_HEAD = ['Sections C and G', 'C - Health care needs which relate to their special educational needs', 'G – Health Care Provision reasonably required', 'E – Outcomes'];

  it('a first-person row: need, then (a)-(c) provision, then (a)-(b) outcomes, none read by its wording alone', async () => {
    const doc = await text([
      ...LEARNING_HEAD,
      'I find reading timetables hard and I lose track of the day.',
      '(a) I will have a visual planner set up with my tutor each Monday, 20 minutes.',
      '(b) I will have prompts from my key worker whenever I need them.',
      '(c) I will do a travel-reading course with a trained instructor: 6 weekly sessions of 1 hour.',
      '(a) By June 2027, I will read the bus timetable and catch the 8.10 bus on my own.',
      '(b) I will be more organised.',
      '',
      ...HEALTH_HEAD,
      'I have coeliac disease and must not eat gluten.',
      '(a) I will have a gluten-free lunch from the canteen, checked by the catering manager as needed.',
      '',
      ...PLACEMENT,
    ]);
    const u = units(doc);
    expect(u.F).toEqual([
      'I will have a visual planner set up with my tutor each Monday, 20 minutes.',
      'I will have prompts from my key worker whenever I need them.',
      'I will do a travel-reading course with a trained instructor: 6 weekly sessions of 1 hour.',
    ]);
    expect(u.E).toEqual(['By June 2027, I will read the bus timetable and catch the 8.10 bus on my own.', 'I will be more organised.']);
    // A lone lettered run after the need: one cell, of the kind its lines say ("as needed" is provision).
    expect(u.G).toEqual(['I will have a gluten-free lunch from the canteen, checked by the catering manager as needed.']);
    expect(u.C).toContain('I have coeliac disease and must not eat gluten.');
  });

  it('a first-person line about the child now is a need; an amount left open makes a "will" line provision', () => {
    expect(lineRole('I have weak ankles and tire on stairs.')).toBe('need');
    expect(lineRole('I will have a rest in the quiet room as required.')).toBe('provision');
    expect(lineRole('By March 2027, I will climb the stairs to the art room without a rest.')).toBe('outcome');
  });
});
