// Section detection across template styles (rubric-reference.md §1), with the traps.
import { describe, expect, it } from 'vitest';
import { findSections, matchHeading, titlesOf } from '../../services/analyser/src/sections.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { parseDocument } from '../../services/ingest/src/parse.ts';
import { buildDoc, type Part } from './build-doc.ts';

// The default rubric's titles, as findSections passes them to the recognisers.
const titles = titlesOf();

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
    // numbered headings: the number is not the label
    ['3. Section C: Health needs', false, ['C']],
    ['10 Section I – Placement', true, ['I']],
    ['(7) Section G: Health provision', false, ['G']],
    // the label last, after a dash or in brackets
    ['Where I will go to school – Section I', false, ['I']],
    ['How I will be helped — Part F', true, ['F']],
    ['Part 4 – Name of school or college (Section I)', true, ['I']],
    ['Chapter 2: What Zainab finds difficult (Section B)', false, ['B']],
    ['Special educational provision (F)', true, ['F']],
    // the letter with no separator, the title saying which section it is
    ['I Name and type of institution', false, ['I']],
    ['G Health provision', false, ['G']],
    // upper case, a child's wording, an extra qualifier after the title
    ['PART E – OUTCOMES', false, ['E']],
    ['SECTION H2 - OTHER SOCIAL CARE PROVISION', false, ['H2']],
    ['E – What I hope to achieve', false, ['E']],
    ['The support I need at college', false, ['F']],
    ['Section D — Social care needs (needs related to SEN or disability)', true, ['D']],
    ['(F) Special educational provision', false, ['F']],
    ['[E] What I want to achieve', false, ['E']],
    ['B, E and F: What I need, what I will achieve and the help I will get', true, ['B', 'E', 'F']],
    ['My personal budget – Section J', false, ['J']],
    ['K. Information and advice', false, ['K']],
    // the statutory wordings (Regs reg 12), long as they are
    ['Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN', false, ['G']],
    ['Section H1: Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970', false, ['H1']],
    ['Section J: Where there is a Personal Budget, the details of how the personal budget will support particular outcomes, the provision it will be used for including any flexibility in its usage and the arrangements for any direct payments', false, ['J']],
    ['Section C – The child or young person\'s health needs which relate to their SEN', false, ['C']],
    // a template numbered like a statement: the title says which section
    ['Part 3 – Special educational provision', false, ['F']],
    ['Chapter 4: Placement', false, ['I']],
    // a title-only heading naming the setting: "Education setting" as well as "Educational setting"
    ['Education Setting', true, ['I']],
    ['EDUCATION PLACEMENT', true, ['I']],
    ['Section F ‒ Special educational provision', false, ['F']],
    ['SECTION F (SPECIAL EDUCATIONAL PROVISION)', false, ['F']],
    ['Section 1: Views, interests and aspirations (A)', false, ['A']],
    // a numbered part split in two for social care: the title says which half, else A is H1 and B is H2
    ['PART 8A – SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CSDPA 1970', false, ['H1']],
    ['PART 8B – OTHER SOCIAL CARE PROVISION', false, ['H2']],
    ['Part 8a – Social care provision', false, ['H1']],
    ['Part 8b: Social care provision', false, ['H2']],
    ['8A. Social care provision for children under 18', false, ['H1']],
    ['8B. Social care provision for young people over 18', false, ['H2']],
    ['Part 4 – My special educational needs', false, ['B']],
    // a label closed by a colon before its list; a title that says whose outcomes they are
    ['Hoped-for outcomes in this area (Section E):', false, ['E']],
    ['Part 6 – The outcomes we are aiming for', false, ['E']],
    ['Our outcomes that we would like to reach', false, ['E']],
    // the letter in brackets after a title that ends in a preposition
    ['Things I need help with (Section B)', false, ['B']],
    ['Who I live with (Section D)', false, ['D']],
    // a long title whose statute reference makes it long: its bracketed label at the end decides (issue 10)
    ['Social care provision made under section 2 of the Chronically Sick and Disabled Persons Act 1970 for Ruby (Section H1)', false, ['H1']],
    ['Health care provision reasonably required by the learning difficulties and disabilities of the child (Section G)', true, ['G']],
    // headings typed by hand (issue 10): the section word shortened, a lower-case letter with its own title,
    // a capital with a word naming its subject
    ['sec F', false, ['F']],
    ['Sec. E – outcomes', false, ['E']],
    ['SECT G health', false, ['G']],
    ['Provision (sec F)', false, ['F']],
    ['what I find hard - sec B', false, ['B']],
    ['Sec B, E and F', false, ['B', 'E', 'F']],
    ['f) special educational provision', false, ['F']],
    ['e. Outcomes', false, ['E']],
    ['K advice', false, ['K']],
    ['B) needs', false, ['B']],
    // a text export's banner: a rule of one repeated mark around the heading is decoration
    ['=== Section G: Health provision ===', false, ['G']],
    ['**** PART E – OUTCOMES ****', false, ['E']],
    ['~~~ Section K', false, ['K']],
  ];
  for (const [text, strong, labels] of yes) it(`"${text}" is a heading`, () => expect(matchHeading(titles, text, strong)?.labels).toEqual(labels));

  const no: [string, boolean][] = [
    ['Appendix F: Speech and language therapy report', false],
    ['8A.1 Provision: a short-break worker for 3 hours every Saturday', false],
    ['F12', false],
    ['a) read a short sentence', false],
    ['See Section B, F or I for details of what was agreed at the meeting.', false],
    ['Section F sets out the provision that the local authority must secure.', false],
    ['A teaching assistant will work with Amara every morning.', false],
    ['I will get help with my reading every day.', false],
    ['Appendix F – Occupational therapy report', true],
    ['F12 Reading intervention', true],
    ['b) uses a pencil grip', false],
    ['Please read Section F, which describes the help agreed.', false],
    ['The provision is described in – Section F', false],
    ['Oliver will have a laptop (Section F)', false],
    ['Occupational therapy report (F)', true],
    ['12. A teaching assistant will meet him at the gate.', false],
    ['I Like Trains', true],
    ['E.g. visual timetables', false],
    ['J. Holloway, SENCo', false],
    ['(F Special educational provision', false],
    ['B, E and F were discussed at the meeting', true],
    ['Part 5 – Non-educational needs', false],
    ['Section 2 of the Chronically Sick and Disabled Persons Act 1970', false],
    ['Social care provision was arranged by the council and is described in the review notes from last spring (Section H1)', false],
    // a table's first cell or a heading-styled line that merely begins with a capital letter
    ['A laptop with speech-to-text software', true],
    ['B&Q work placement one day a week', true],
    ['Her reading is set out in (see Section B)', false],
    ['I-pad with a communication app', true],
    ['E-safety lessons in a small group', true],
    ['=== NORTHBY COUNCIL – CASE RECORD EXPORT ===', false],
    ['=== END OF RECORD ===', false],
    ['e) outcomes are reviewed each term.', false],
    ['f) provision to be agreed', false],
    ['c) reading comprehension', false],
    ['Secure B needs', false],
    ['B) needs help with reading every day in class', false],
    ['F support from a TA', true],
    ['I school', true],
    ['A history lesson', true],
    ['Section E: see below for the outcomes agreed at the meeting, which were discussed with his mother at length and then written up by the caseworker after the meeting in March.', false],
  ];
  for (const [text, strong] of no) it(`"${text}" is not a heading`, () => expect(matchHeading(titles, text, strong)).toBeNull());
});

describe('findSections', () => {
  it('reads a parent\'s typed headings: "sec B", "C)", a list item "g)" with its title, "K advice"', () => {
    const parts: Part[] = [
      'sec B what he finds hard', 'Reading and spelling are hard for him.',
      'C) health', 'Asthma.',
      'sec F (help at school)', 'Provision: a reading programme with a TA, 3 x 20 mins a week.',
      { li: 'health provision', marker: 'g)' }, { li: 'asthma plan reviewed by the school nurse every year.', marker: '-' },
      'K advice', 'school, parents.',
    ];
    expect(keys(parts)).toEqual(['B', 'C', 'F', 'G', 'K']);
  });

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

  it('keeps provision rows whose first cell begins with a capital letter in F', () => {
    const doc = buildDoc([
      { h: 'Section F: Special educational provision' },
      { table: [['Provision', 'Who', 'How often'], ['A laptop with speech-to-text software for all written work', 'Teaching assistant', 'All lessons'], ['I-pad with a symbol communication app', 'All staff', 'Throughout the day'], ['B&Q work placement', 'Job coach', '6 hours each Friday']] },
      { h: 'Section G: Health provision' }, 'None.',
    ]);
    expect(findSections(doc).map((s) => s.key)).toEqual(['F', 'G']);
    expect(analyse(doc).provisions.map((p) => p.text.split('\t')[0])).toEqual(['A laptop with speech-to-text software for all written work', 'I-pad with a symbol communication app', 'B&Q work placement']);
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

  it('numbered list items that name a section are headings; a list letter with another text is not', () => {
    const parts: Part[] = [
      { li: 'Section A: Views, interests and aspirations', marker: '1.' }, 'Zainab likes swimming.',
      { li: 'Section B: Special educational needs', marker: '2.' }, 'Zainab has a language disorder.',
      { li: 'finds it hard to follow long instructions', marker: 'b)' },
      { li: 'Special educational provision', marker: 'F.' }, { li: 'Narrative therapy group, 2 x 30 minutes a week, led by a SaLT.' },
      { li: 'Appendix K: Speech and language therapy report', marker: '3.' },
    ];
    const found = findSections(buildDoc(parts));
    expect(found.map((s) => s.key)).toEqual(['A', 'B', 'F']);
    expect(found.find((s) => s.key === 'B')!.units.map((u) => u.text)).toEqual(['Zainab has a language disorder.', 'finds it hard to follow long instructions']);
    expect(found.find((s) => s.key === 'F')!.units.map((u) => u.text)).toEqual(['Narrative therapy group, 2 x 30 minutes a week, led by a SaLT.', 'Appendix K: Speech and language therapy report']);
  });

  it('headings with the label last or in brackets, in any order', () => {
    const parts: Part[] = [
      { h: 'All about me – Section A' }, 'Jonas loves trains.',
      { h: 'Part 2 – Needs (Section B)' }, 'Jonas has a physical disability.',
      { h: 'What I will achieve – Section E' }, { li: 'By July 2027 Jonas will walk 50 metres with a frame.' },
      { h: 'The help I will get – Section F' }, { li: 'Physiotherapy programme, 3 x 15 minutes a week, with a trained TA.' },
      { h: 'Section C – Health needs' }, 'Jonas has epilepsy.',
      { h: 'Help with my health – Section G' }, { li: 'Epilepsy care plan reviewed every 6 months by the school nurse.' },
    ];
    expect(keys(parts)).toEqual(['A', 'B', 'E', 'F', 'C', 'G']);
  });

  it('a Word-form row keeps the section\'s text in its second cell, and in text the body runs on after the title', () => {
    const table = buildDoc([{ table: [['Section E – Outcomes', 'By July 2027 Leo will write 3 sentences unaided.'], ['Section F – Special educational provision', 'Handwriting programme, 4 x 15 minutes a week, with a teaching assistant.']] }]);
    const f = findSections(table).find((s) => s.key === 'F')!;
    expect(f.units.map((u) => [u.kind, u.text])).toEqual([['paragraph', 'Handwriting programme, 4 x 15 minutes a week, with a teaching assistant.']]);
    const text = buildDoc(['Section E – Outcomes By July 2027 Leo will write 3 sentences unaided.', 'Section F – Special educational provision • Handwriting programme, 4 x 15 minutes a week, with a teaching assistant, in a quiet room off the main classroom.', { li: 'A sloping desk in all writing lessons.' }]);
    const found = findSections(text);
    expect(found.map((s) => s.key)).toEqual(['E', 'F']);
    const ft = found.find((s) => s.key === 'F')!;
    expect(ft.title).toBe('Section F – Special educational provision');
    expect(ft.units[0].text).toBe('• Handwriting programme, 4 x 15 minutes a week, with a teaching assistant, in a quiet room off the main classroom.');
    expect(text.text.slice(ft.units[0].start, ft.units[0].end)).toBe(ft.units[0].text);
  });

  it('a combined table written with pipes in plain text', async () => {
    // Ingest reads the pipes (and the area of need spanning the table) as a table; sections read its columns.
    const doc = await parseDocument(new TextEncoder().encode([
      'Sections B, E and F',
      '',
      'Needs | Outcomes | Provision | Who | How often',
      '',
      'Literacy',
      '',
      'Sami cannot yet blend sounds. | By July 2027 Sami will read 50 decodable words aloud. | Phonics group | Teaching assistant | 4 x 20 minutes a week',
      'Sami forgets spellings. | Sami will spell better. | Spelling help | Class teacher | As needed',
      '',
      'Section G: Health provision',
      '',
      'None.',
    ].join('\n')), 'pipes.txt');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'table', 'heading', 'paragraph']);
    const found = findSections(doc);
    const byKey = Object.fromEntries(found.map((s) => [s.key, s.units.map((u) => u.text)]));
    expect(byKey.B).toEqual(['Literacy', 'Sami cannot yet blend sounds.', 'Sami forgets spellings.']);
    expect(byKey.E).toEqual(['By July 2027 Sami will read 50 decodable words aloud.', 'Sami will spell better.']);
    expect(byKey.F).toEqual(['Phonics group\tTeaching assistant\t4 x 20 minutes a week', 'Spelling help\tClass teacher\tAs needed']);
    const cell = found.find((s) => s.key === 'F')!.units[0].cells![2];
    expect(doc.text.slice(cell.start, cell.end)).toBe('4 x 20 minutes a week');
    const r = analyse(doc);
    expect(r.provisions.map((p) => p.specific)).toEqual([true, false]);
    expect(r.outcomes).toHaveLength(2);
    expect(r.missingSections).not.toContain('F');
  });

  it('an area\'s outcomes listed after its need/provision table, then the next area\'s table: the combined table resumes', () => {
    const doc = buildDoc([
      'SECTIONS B AND F – NEEDS AND PROVISION',
      'Area 1: Sensory and/or physical',
      { table: [['Need', 'Provision'], ['Kai tires on the stairs.', 'A lift pass for every change of lesson.'], ['', 'A physiotherapy programme set by the physiotherapist, 2 x 20 minutes a week with a teaching assistant.']] },
      'Targets for physical needs (Section E):',
      { li: 'By July 2027, Kai will climb one flight of stairs without a rest on 4 days out of 5.' },
      'Area 2: Cognition and learning',
      { table: [['Need', 'Provision'], ['Kai reads two years below his age.', 'Lexia for 20 minutes 3 times a week with a teaching assistant.']] },
      'SECTION I – PLACEMENT', 'Brook Lane Academy.',
    ]);
    const r = analyse(doc);
    expect(r.provisions.map((x) => [x.section, x.text.slice(0, 18)])).toEqual([['F', 'A lift pass for ev'], ['F', 'A physiotherapy pr'], ['F', 'Lexia for 20 minut']]);
    expect(r.outcomes.map((x) => x.text.slice(0, 20))).toEqual(['By July 2027, Kai wi']);
    expect(r.provisions.map((x) => x.area)).toEqual(['Sensory and/or physical', 'Sensory and/or physical', 'Cognition and learning']);
  });

  it('a combined table split across pages keeps its columns', () => {
    const found = findSections(buildDoc([
      { h: 'Sections B, E and F' },
      { table: [['Needs', 'Outcomes', 'Provision', 'Who', 'How often'], ['Poor balance.', 'By July 2027 Ada will climb stairs unaided.', 'Balance circuit', 'TA', '3 x 10 minutes a week']] },
      'Page 2 of 5',
      { table: [['Weak grip.', 'By July 2027 Ada will use scissors.', 'Fine motor group', 'TA', '2 x 20 minutes a week']] },
    ]));
    expect(found.find((s) => s.key === 'F')!.units.map((u) => u.text)).toEqual(['Balance circuit\tTA\t3 x 10 minutes a week', 'Fine motor group\tTA\t2 x 20 minutes a week']);
  });

  it('a data row that reads like a header does not replace the table\'s header; a header repeated on a new page is skipped', () => {
    const f = findSections(buildDoc([
      { h: 'Section F: Special educational provision' },
      { table: [
        ['Provision', 'Outcome', 'How often', 'Delivered by'],
        ['Handwriting group', 'E1', 'Weekly', 'Teaching assistant'],
        ['Provision', 'Outcome', 'How often', 'Delivered by'],
        ['Touch-typing programme', 'E2', '3 x 15 minutes a week', 'Teaching assistant'],
      ] },
    ])).find((s) => s.key === 'F')!;
    expect(f.units.map((u) => [u.text, u.headers])).toEqual([
      ['Handwriting group\tE1\tWeekly\tTeaching assistant', ['Provision', 'Outcome', 'How often', 'Delivered by']],
      ['Touch-typing programme\tE2\t3 x 15 minutes a week\tTeaching assistant', ['Provision', 'Outcome', 'How often', 'Delivered by']],
    ]);
  });

  it('a table continued without its header row inherits the columns, even when its first row reads like a header', () => {
    const headers = ['What', 'When', 'Who'];
    const f = findSections(buildDoc([
      { h: 'Section F: Special educational provision' },
      { table: [headers, ['Writing frame for extended writing', 'All English lessons', 'Class teacher']] },
      'Sensory',
      { table: [['Visual timetable made by the class teacher', 'All lessons', 'Class teacher'], ['Wobble cushion', 'Carpet time', 'Teaching assistant']] },
    ])).find((s) => s.key === 'F')!;
    expect(f.units.filter((u) => u.kind === 'row').map((u) => [u.text.split('\t')[0], u.headers])).toEqual([
      ['Writing frame for extended writing', headers],
      ['Visual timetable made by the class teacher', headers],
      ['Wobble cushion', headers],
    ]);
  });

  it('a long running footer between the parts of a table does not break the continuation', () => {
    const headers = ['Provision', 'How often', 'Who'];
    const f = findSections(buildDoc([
      { h: 'Section F: Special educational provision' },
      { table: [headers, ['Movement breaks', '5 minutes every hour', 'Teaching assistant']] },
      'Education, Health and Care Plan – Noah Bell – OFFICIAL SENSITIVE – Page 4 of 9.',
      { table: [['Chewy tube kept in his tray', 'All lessons', 'Class teacher']] },
    ])).find((s) => s.key === 'F')!;
    expect(f.units.filter((u) => u.kind === 'row').map((u) => u.headers)).toEqual([headers, headers]);
  });

  it('a second table with a header row of its own keeps it', () => {
    const f = findSections(buildDoc([
      { h: 'Section F: Special educational provision' },
      { table: [['Provision', 'When', 'Who'], ['Writing frame', 'All English lessons', 'Class teacher']] },
      { table: [['Support required', 'How often', 'Delivered by'], ['Social skills group', '30 minutes weekly', 'Learning mentor']] },
    ])).find((s) => s.key === 'F')!;
    expect(f.units.map((u) => u.headers)).toEqual([['Provision', 'When', 'Who'], ['Support required', 'How often', 'Delivered by']]);
  });

  it('an outcome table with a long-term and a step column gives one outcome per column', () => {
    const doc = buildDoc([
      { h: 'Section E: Outcomes' },
      { table: [['Outcome by the end of Year 11', 'Next step this year', 'By when'], ['Mia will sit 5 GCSEs in the exam hall.', 'Mia will sit one mock exam in the hall with a reader.', 'July 2026']] },
    ]);
    const e = findSections(doc).find((s) => s.key === 'E')!;
    expect(e.units.map((u) => u.text)).toEqual(['Mia will sit 5 GCSEs in the exam hall.\tJuly 2026', 'Mia will sit one mock exam in the hall with a reader.\tJuly 2026']);
    expect(analyse(doc).outcomes).toHaveLength(2);
  });

  it('a letter on its own line takes the title on the next line; qualifiers stay in the heading', () => {
    const found = findSections(buildDoc([
      { h: 'C' }, { h: 'Health needs' }, 'Ruby has no health needs.',
      { h: 'D. Social care needs which relate to Ruby\'s special educational needs or disability' }, 'None.',
      'Section H1 – Social care provision (section 2 CSDPA 1970) None.',
    ]));
    expect(found.map((s) => [s.key, s.title, s.units.map((u) => u.text)])).toEqual([
      ['C', 'C Health needs', ['Ruby has no health needs.']],
      ['D', 'D. Social care needs which relate to Ruby\'s special educational needs or disability', ['None.']],
      ['H1', 'Section H1 – Social care provision (section 2 CSDPA 1970)', ['None.']],
    ]);
  });

  it('a paragraph runs on from its heading: a capital starts the body, lower case continues the title', () => {
    const found = findSections(buildDoc([
      'Section I – Placement Oak Primary School (mainstream maintained primary school)',
      'Section G – Health provision reasonably required by his disabilities',
      'None.',
    ]));
    expect(found.map((s) => [s.key, s.title, s.units.map((u) => u.text)])).toEqual([
      ['I', 'Section I – Placement', ['Oak Primary School (mainstream maintained primary school)']],
      ['G', 'Section G – Health provision reasonably required by his disabilities', ['None.']],
    ]);
  });

  it('bare letters in an amendments table do not block the bare-letter headings after it; a numbered list of advice cannot reopen B', () => {
    const found = findSections(buildDoc([
      { table: [['Section', 'Change'], ['B', 'Updated after the review'], ['F', 'New mentoring provision']] },
      { h: 'B' }, { h: 'Special educational needs' }, 'Leo has ADHD.',
      { h: 'F' }, { h: 'Special educational provision' }, { li: 'Mentoring 2 x 30 minutes a week with a learning mentor.' },
      { h: 'K' }, { h: 'Advice and information' }, { li: 'Part B – SaLT report', marker: '1.' }, { li: 'School advice', marker: '2.' },
    ]));
    expect(found.map((s) => s.key)).toEqual(['B', 'F', 'K']);
    expect(found.find((s) => s.key === 'B')!.units.map((u) => u.text)).toContain('Leo has ADHD.');
    expect(found.find((s) => s.key === 'K')!.units.map((u) => u.text)).toEqual(['Part B – SaLT report', 'School advice']);
  });

  it('a template that numbers its titles and has no letters', () => {
    const found = findSections(buildDoc([
      { li: 'Views, interests and aspirations', marker: '1.' }, 'Mo likes dinosaurs.',
      { li: 'Special educational provision', marker: '6.' }, { li: 'Speech therapy 6 x 1 hour a term from a SaLT.' },
      { h: '11. Advice and information' }, { li: 'Parental advice', marker: '1.' },
    ]));
    expect(found.map((s) => [s.key, s.units.map((u) => u.text)])).toEqual([['A', ['Mo likes dinosaurs.']], ['F', ['Speech therapy 6 x 1 hour a term from a SaLT.']], ['K', ['Parental advice']]]);
  });

  it('numbered titles that name the child, with a possessive or another word order, are their sections', () => {
    const found = findSections(buildDoc([
      { h: '1. All about Tomasz and the things he enjoys' }, 'Tomasz collects trains.',
      { h: "2. Tomasz's special educational needs" }, 'Tomasz has Down syndrome.',
      { h: "3. Tomasz’s health needs" }, 'He has a heart condition.',
      { h: "4. Tomasz's social care needs" }, 'His grandmother cares for him at weekends.',
      { h: '5. The outcomes we hope Tomasz will reach' }, { li: 'By July 2027, Tomasz will count to 20.', marker: '1.' },
      { h: '6. The special educational provision Tomasz needs' }, { li: 'Number work 3 x 20 minutes a week with a TA.' },
      { h: '7. The health provision Tomasz needs' }, 'A cardiac nurse will train two staff by May 2027.',
      { h: '8. The social care provision Tomasz needs' }, 'A sitter for 3 hours a fortnight from the disabled children’s team.',
      { h: '9. The school or other institution' }, 'A special school.',
      { h: '10. Personal budget' }, 'None.',
      { h: '11. Advice and information' }, { li: 'School advice' },
    ]));
    expect(found.map((s) => s.key)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K']); // a single H stands for both halves
    expect(found.find((s) => s.key === 'G')!.units.map((u) => u.text)).toEqual(['A cardiac nurse will train two staff by May 2027.']);
    // A possessive that is not a child's name is not a title.
    expect(matchHeading(titles, "The Principal's report", true)).toBeNull();
  });

  it('K need not come last: a letter standing alone after it is still a section', () => {
    expect(keys([{ h: 'A' }, { h: 'Views, interests and aspirations' }, 'Sam likes buses.', { h: 'K' }, { h: 'Advice and information' }, { li: 'School advice' }, { h: 'F' }, { h: 'Special educational provision' }, { li: 'Reading group 3 x 30 minutes a week with a TA.' }])).toEqual(['A', 'K', 'F']);
  });

  it('a row with the letter, the title and the text keeps the title in the heading', () => {
    const found = findSections(buildDoc([{ table: [['Section I', 'Placement', 'Eastmoor Infant School.'], ['Section J', 'Personal budget', 'None.']] }]));
    expect(found.map((s) => [s.key, s.title, s.units.map((u) => u.text)])).toEqual([['I', 'Section I Placement', ['Eastmoor Infant School.']], ['J', 'Section J Personal budget', ['None.']]]);
  });

  it('a report attached in K keeps its own lettered headings inside K', () => {
    const found = findSections(buildDoc([
      { h: 'F. Special educational provision' }, { li: 'Phonics 3 x 20 minutes a week with a TA.' },
      { h: 'K. Advice and information' }, 'Appendix 1: educational psychology report',
      { h: 'A. Background' }, 'Ruby was seen at school in May.',
      { h: 'F. Recommendations' }, { li: 'Ruby would benefit from small group work.' },
    ]));
    expect(found.map((s) => s.key)).toEqual(['F', 'K']);
    expect(found.find((s) => s.key === 'F')!.units.map((u) => u.text)).toEqual(['Phonics 3 x 20 minutes a week with a TA.']);
    expect(found.find((s) => s.key === 'K')!.units.map((u) => u.text)).toContain('Ruby would benefit from small group work.');
  });

  it('a row with the letter, the title and the text in three cells', () => {
    const f = findSections(buildDoc([{ table: [['E', 'Outcomes', 'By July 2027 Leo will write 3 sentences unaided.'], ['F', 'Special educational provision', 'Handwriting programme, 4 x 15 minutes a week, with a teaching assistant.']] }])).find((s) => s.key === 'F')!;
    expect(f.units.map((u) => [u.kind, u.text])).toEqual([['paragraph', 'Handwriting programme, 4 x 15 minutes a week, with a teaching assistant.']]);
  });

  it('a heading that PDF ran into the paragraph before it starts its own section', () => {
    const found = findSections(buildDoc([
      { h: 'Section B: Special educational needs' },
      'Priya is autistic and finds noise hard. Section C – Health needs',
      'Priya has asthma.',
      { h: 'PART I – PLACEMENT PART J – PERSONAL BUDGET' }, 'None.',
      'Section D: see Section C for her asthma. None.',
    ]));
    expect(found.map((s) => [s.key, s.units.map((u) => u.text)])).toEqual([
      ['B', ['Priya is autistic and finds noise hard.']],
      ['C', ['Priya has asthma.']],
      ['I', []],
      ['J', ['None.', 'Section D: see Section C for her asthma. None.']],
    ]);
  });

  it('a contents list (page numbers, dot leaders, or a run of bare entries) is not the sections', () => {
    const withPages = buildDoc([
      { h: 'Contents' },
      { table: [['Section E – Outcomes', '4'], ['Section F – Special educational provision', '5'], ['Section K – Advice and information', '9']] },
      'About this plan: it was written with the family after the meeting in May.',
      { h: 'Section E – Outcomes' }, { li: 'By July 2027 Amara will read 100 words.' },
      { h: 'Section F – Special educational provision' }, { li: 'Phonics 3 x 20 minutes a week with a TA.' },
      { h: 'Section K – Advice and information' }, { li: 'Parental advice' },
    ]);
    const found = findSections(withPages);
    expect(found.map((s) => [s.key, s.units.length])).toEqual([['E', 1], ['F', 1], ['K', 1]]);
    expect(found.find((s) => s.key === 'F')!.start).toBe(withPages.blocks.find((b) => b.kind === 'heading' && b.text.startsWith('Section F'))!.start);
    const leaders = findSections(buildDoc(['Section E: Outcomes ........ 4', 'Section F: Special educational provision ........ 5', 'Introduction to the plan, written by the caseworker.', { h: 'Section E: Outcomes' }, { li: 'By July 2027 Amara will read 100 words.' }, { h: 'Section F: Special educational provision' }, { li: 'Phonics 3 x 20 minutes a week with a TA.' }]));
    expect(leaders.map((s) => [s.key, s.units.map((u) => u.text)])).toEqual([['E', ['By July 2027 Amara will read 100 words.']], ['F', ['Phonics 3 x 20 minutes a week with a TA.']]]);
    const bare = findSections(buildDoc([{ li: 'Section A: Views, interests and aspirations', marker: '1.' }, { li: 'Section E: Outcomes', marker: '2.' }, { li: 'Section F: Special educational provision', marker: '3.' }, 'How to read this plan.', { h: 'Section A: Views, interests and aspirations' }, 'Amara likes drawing.', { h: 'Section E: Outcomes' }, { li: 'By July 2027 Amara will read 100 words.' }, { h: 'Section F: Special educational provision' }, { li: 'Phonics 3 x 20 minutes a week with a TA.' }]));
    expect(bare.map((s) => [s.key, s.units.length])).toEqual([['A', 1], ['E', 1], ['F', 1]]);
  });

  it('empty sections in a row are sections, not a contents list', () => {
    expect(keys([{ h: 'Section G: Health provision' }, { h: 'Section H1: Social care provision under section 2 of the CSDPA 1970' }, { h: 'Section H2: Other social care provision' }, { h: 'Section I: Placement' }, 'Oak Primary School'])).toEqual(['G', 'H1', 'H2', 'I']);
  });

  it('a contents page does not steal a section', () => {
    const found = findSections(buildDoc(['Section E: Outcomes', 'Section F: Special educational provision', 'Introduction', 'Section E: Outcomes', { li: 'By July 2027 Amara will read 100 words.' }, 'Section F: Special educational provision', { li: 'Phonics 3 x 20 minutes a week with a TA.' }]));
    const f = found.find((s) => s.key === 'F')!;
    expect(f.units).toHaveLength(1);
    expect(found.find((s) => s.key === 'E')!.units).toHaveLength(1);
  });
});

describe('flattened text (issue 10 item 5)', () => {
  it('a numbered part mapped by its title, with the body run on, and a part run on after a sentence', () => {
    const doc = buildDoc([
      'Part 1 About me I am 8 and I like trains and baking with my grandad.',
      'Part 2 Special educational needs Noah has a language disorder and finds it hard to follow instructions. Part 3 Health needs Noah has eczema.',
      'Part 6 Special educational provision Speech and language therapy from a speech and language therapist, 30 minutes a week.',
    ]);
    const found = findSections(doc);
    expect(found.map((s) => [s.key, s.title])).toEqual([['A', 'Part 1 About me'], ['B', 'Part 2 Special educational needs'], ['C', 'Part 3 Health needs'], ['F', 'Part 6 Special educational provision']]);
    const c = found.find((s) => s.key === 'C')!;
    expect(doc.text.slice(c.units[0].start, c.units[0].end)).toBe('Noah has eczema.');
  });

  it('a numbered or plain title closed by its "(Section X)" tag, the body run on after it', () => {
    const doc = buildDoc([
      { li: 'What matters to me (Section A) I love horses and want to work at a riding school.', marker: '1.' },
      { li: 'My learning needs (Section B) Tomasz has dyslexia and reads two years behind his age.', marker: '2.' },
      { li: 'Special educational provision (Section F) a) Small-group phonics with a teaching assistant, 3 x 30 minutes a week.', marker: '5.' },
      { li: 'Daily reading with an adult for 10 minutes.', marker: 'b)' },
      { li: 'Social care provision (Sections H1 and H2) No social care provision is needed.', marker: '8.' },
      'Part 9 – Placement (I): Ashcombe High School, a mainstream secondary school.',
      'Health and social care needs (Sections C and D) None known.',
      { li: 'Personal budget (Section J) Not requested.', marker: '10.', depth: 1 },
      'Reports (Section K – advice and information)',
      'Report 1: Educational psychology advice (May 2026)',
    ]);
    const found = findSections(doc);
    expect(found.map((s) => s.key)).toEqual(['A', 'B', 'F', 'H1', 'H2', 'I', 'C', 'D', 'J', 'K']);
    const f = found.find((s) => s.key === 'F')!;
    expect(f.units.map((u) => doc.text.slice(u.start, u.end))).toEqual(['a) Small-group phonics with a teaching assistant, 3 x 30 minutes a week.', 'Daily reading with an adult for 10 minutes.']);
    expect(found.find((s) => s.key === 'I')!.units[0].text).toBe('Ashcombe High School, a mainstream secondary school.');
    // A tag inside a sentence, or a reference to a section, is not a heading.
    for (const t of ['The provision in this plan (Section F) will be reviewed each year.', 'Reading support (see Section F) Daily.', 'Tomasz finds it hard (Section B) because of his dyslexia.']) {
      expect(matchHeading(titles, t, false), t).toBeNull();
    }
  });

  it('parts numbered in words ("PART SIX:") and titles of post-16 forms ("Education and training provision")', () => {
    const words = findSections(buildDoc(['PART ONE: ALL ABOUT ME', 'Toby is nearly 3 and loves diggers.', 'PART SIX: SPECIAL EDUCATIONAL PROVISION', 'A sensory circuit before lunch every day, 10 minutes, with his key person.']));
    expect(words.map((s) => s.key)).toEqual(['A', 'F']);
    const post16 = findSections(buildDoc(['Part 3 – Education and training needs', 'Kacper is autistic.', 'Part 7 – Education and training provision', 'Written instructions for every practical task from subject teachers.']));
    expect(post16.map((s) => s.key)).toEqual(['B', 'F']);
  });

  it('a bracketed instruction left under a heading is not content: the part holding only it is missing', () => {
    const found = findSections(buildDoc(['PART TEN: PERSONAL BUDGET', '[Details of any personal budget]', 'Not requested.', 'PART ELEVEN: ADVICE AND INFORMATION', '[List the advice and information gathered and attach each report as an appendix]']));
    expect(found.filter((s) => s.units.some((u) => !u.template)).map((s) => s.key)).toEqual(['J']);
  });

  it('a letter with a short label naming its subject and a colon, at the start or after a sentence', () => {
    const found = findSections(buildDoc([
      'E. Goals: By July 2027, Noah will follow a 2-step instruction in class in 4 out of 5 tries.',
      'F. Support: 1. A language group with a teaching assistant, 3 x 20 minutes a week, in a group of 4. 2. Visual timetable in every lesson.',
      'I. Setting: Hollins Park Primary School. J. Budget: not requested.',
    ]));
    expect(found.map((s) => [s.key, s.title])).toEqual([['E', 'E. Goals:'], ['F', 'F. Support:'], ['I', 'I. Setting:'], ['J', 'J. Budget:']]);
    // A letter with a label about something else is not a heading.
    expect(matchHeading(titles, 'F. Recommendations: the school should consider a range of strategies to help Noah in class, as set out in the report.', false)).toBeNull();
  });

  it('front-sheet field labels are neither sections nor statements', () => {
    for (const t of ['Social Care Reference:', 'Social care reference: SC-20411', 'SOCIAL CARE REF: none', 'Social care worker: P. Okoro', 'Placement start date: September 2026', 'Advice received from: EP']) {
      expect(matchHeading(titles, t, false), t).toBeNull();
      expect(matchHeading(titles, t, true), t).toBeNull();
    }
    // A title that goes on in words, not to a field's colon, is still a heading.
    expect(matchHeading(titles, 'Placement name and type of school or other institution', false)?.labels).toEqual(['I']);
    expect(matchHeading(titles, 'Advice and information received from the following', false)?.labels).toEqual(['K']);
    const found = findSections(buildDoc(['Name: Noah Fenwick', 'Social Care Reference:', 'NHS number: 401 223 9981', 'Review date: June 2027', { h: 'Section A: About me' }, 'I like trains.']));
    expect(found.map((s) => s.key)).toEqual(['A']);
  });
});


describe('flattened forms: split social care parts, one-cell-per-line need/provision tables, empty fields', () => {
  it('"Part 7A" / "Part 7B" under a social care title are H1 and H2, their items staying inside', () => {
    const found = findSections(buildDoc([
      'Part 6 – Special educational provision', '6.1 Provision: phonics Who: teaching assistant How often: 4 x 20 minutes a week',
      'Part 7A – Social care provision', '7A.1 Provision: a personal assistant for 4 hours every Sunday Who: a carer from the Family Link service',
      'Part 7B – Social care provision', 'None.',
    ]));
    expect(found.map((s) => s.key)).toEqual(['F', 'H1', 'H2']);
    expect(found.find((s) => s.key === 'H1')!.units.map((u) => u.text)).toEqual(['7A.1 Provision: a personal assistant for 4 hours every Sunday Who: a carer from the Family Link service']);
  });

  it('a "Sections C and G" heading over need and provision lines gives each line to its column', () => {
    const found = findSections(buildDoc([
      'Sections C and G: health needs and health provision',
      'Need', 'Provision',
      'Sensory and/or physical',
      'Priya has cerebral palsy and cannot walk more than 20 metres without her frame.',
      'Physiotherapy from an NHS physiotherapist, 45 minutes every fortnight.',
      'Priya becomes tired in the afternoons.',
      'A rest break of 10 minutes after lunch every day, supervised by her teaching assistant.',
      'Section I: Placement', 'Greenhill Primary School.',
    ]));
    const c = found.find((s) => s.key === 'C')!;
    const g = found.find((s) => s.key === 'G')!;
    expect(c.units.filter((u) => !u.subheading).map((u) => u.text)).toEqual(['Priya has cerebral palsy and cannot walk more than 20 metres without her frame.', 'Priya becomes tired in the afternoons.']);
    expect(g.units.map((u) => u.text)).toEqual(['Physiotherapy from an NHS physiotherapist, 45 minutes every fortnight.', 'A rest break of 10 minutes after lunch every day, supervised by her teaching assistant.']);
    // Each provision shares a row with the need before it.
    expect(g.units[0].row).toBe(c.units.find((u) => /cerebral/.test(u.text))!.row);
    expect(g.units[1].row).not.toBe(g.units[0].row);
  });

  it('a part whose title names several sections, then a label for each of them with a colon', () => {
    const found = findSections(buildDoc([
      'Part 1 – About me', 'I like horses and my little brother.',
      'Part 2 – Special educational needs', 'Lily reads well below her age.',
      'Part 3 – Health needs and social care needs',
      'Health needs: Lily has type 1 diabetes and checks her blood sugar before lunch.',
      'Social care needs: none have been identified.',
      'Part 5 – Special educational provision', 'Toe by Toe with a teaching assistant, 4 x 15 minutes a week.',
      'Health provision: see Part 6.',
      'Part 6 – Health provision, social care provision',
      'Health provision:', 'A diabetes nurse trains two staff each September, in a 1-hour session.',
      'Social care provision for children under 18 (CSDPA):', 'None.',
      'Other social care provision:', 'A young carers group every Wednesday from 4pm to 6pm.',
      'Part 8 – Placement and personal budget',
      'Placement: Hill Top Primary School (mainstream).', 'Personal budget: not requested.',
    ]));
    expect(found.map((s) => s.key)).toEqual(['A', 'B', 'C', 'D', 'F', 'G', 'H1', 'H2', 'I', 'J']);
    const body = (k: string) => found.find((s) => s.key === k)!.units.map((u) => u.text);
    expect(body('D')).toEqual(['none have been identified.']);
    // Under a heading that names one section, another section's label is its text.
    expect(body('F')).toEqual(['Toe by Toe with a teaching assistant, 4 x 15 minutes a week.', 'Health provision: see Part 6.']);
    expect(body('H2')).toEqual(['A young carers group every Wednesday from 4pm to 6pm.']);
    expect(body('J')).toEqual(['not requested.']);
    // One section's title with more words is not several sections.
    expect(matchHeading(titles, 'Part 2 – Special educational needs and provision', false)?.labels).toEqual(['B']);
  });

  it('a placement part holding only its printed labels ("Name:", "Type:") is empty', () => {
    const found = findSections(buildDoc(['Section H: Social care provision', 'None.', 'Section I: Placement', 'Name:', 'Type of school:', 'Section J: Personal budget', 'None.']));
    expect(found.map((s) => s.key)).toEqual(['H1', 'H2', 'J']);
    const filled = findSections(buildDoc(['Section I: Placement', 'Name: Greenhill Primary School', 'Section J: Personal budget', 'None.']));
    expect(filled.map((s) => s.key)).toEqual(['I', 'J']);
  });

  it('a field value that looks like a title, after its label, is the field filled in (a form with placeholders left elsewhere)', () => {
    const found = findSections(buildDoc(['NHS number: {{ nhs_number }}', 'Section H: Social care provision', 'None.', 'Section I: Placement', 'Name', { h: 'Type', level: 3 }, { h: 'Special school for autistic pupils aged 4 to 11', level: 3 }, 'Section J: Personal budget', 'None.']));
    expect(found.map((s) => s.key)).toEqual(['H1', 'H2', 'I', 'J']);
  });
});
