// Outcome rules (reference §4-§5), plan checks (§6-§8) and whole reports validated against the contract.
import { describe, expect, it } from 'vitest';
import { judgeOutcome, rewriteOutcome } from '../../services/analyser/src/outcomes.ts';
import { placementNamed, readStatus } from '../../services/analyser/src/plan-checks.ts';
import { analyse, loadRubric } from '../../services/analyser/src/index.ts';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { buildDoc, type Part } from './build-doc.ts';
import { orgRubric } from './org-rubric.ts';

describe('outcomes', () => {
  const smart = [
    'By the end of Year 6, Amara will read 100 common words.',
    'By July 2027, Sam will travel by bus to college on his own.',
    'Within 12 months, Leo will follow 2-step instructions in 4 out of 5 opportunities.',
    'By his next annual review, Jack will write a paragraph of five sentences independently.',
    'By the end of Key Stage 3, Priya will make a sandwich independently.',
  ];
  for (const s of smart) it(`SMART: ${s}`, () => expect(judgeOutcome(s)).toMatchObject({ smart: true, measurable: true, timeBound: true }));

  const cases: [string, { measurable?: boolean; timeBound?: boolean; isProvision?: boolean; aspiration?: boolean }][] = [
    ['Tom will read 100 common words.', { measurable: true, timeBound: false }],
    ['By July 2027, Amara will make progress in her reading.', { measurable: false, timeBound: true }],
    ['Amara will improve her communication skills.', { measurable: false, timeBound: false }],
    ['By the end of Year 4, Leo will be happy at school.', { measurable: false }],
    ['By the end of the year, Ben will access the curriculum.', { measurable: false }],
    ['Ella will receive speech therapy.', { isProvision: true }],
    ['Sam will have access to a laptop.', { isProvision: true }],
    ['To become a vet.', { aspiration: true }],
    ['Amara wants to be happy.', { aspiration: true }],
  ];
  for (const [s, want] of cases) it(s, () => expect(judgeOutcome(s)).toMatchObject(want));

  // First-person reviews, holidays with a year, and a "By when" cell left after the outcome's full stop.
  const timed: [string, boolean][] = [
    ['By my next annual review, I will catch the 8.10 train to college on my own on 4 days out of 5.', true],
    ['By the Easter holidays of 2027, Mo will swim 25 metres unaided.', true],
    ['Mo will name 30 coins and notes correctly.\tSummer term 2027', true],
    ['Mo will name 30 coins and notes correctly.   End of Year 8 (July 2027)', true],
    ['Mo will name 30 coins and notes correctly. 2027 was agreed with his mum', false],
    ['Mo will name 30 coins and notes correctly.', false],
    // A review named by its month and year (issue 10).
    ['By the November 2028 annual review, Priya will write three linked sentences on her own in 4 of 5 tasks.', true],
    ['By the spring 2028 review, Priya will count back from 20 without errors.', true],
  ];
  for (const [s, want] of timed) it(`time-bound ${want}: ${s}`, () => expect(judgeOutcome(s).timeBound).toBe(want));

  it('a lead-in date counts for the outcomes under it', () => {
    expect(judgeOutcome('read 100 common words', 'By the end of Year 6, Amara will:').timeBound).toBe(true);
  });
  it('a date in the outcome is not its measure', () => {
    expect(judgeOutcome('By July 2027 Amara will develop her confidence.').measurable).toBe(false);
    // Looking after one's own health in general is no checkable result; saying how ("by …") is.
    expect(judgeOutcome('By June 2027, Nell will take care of her own wellbeing, including getting enough sleep.').measurable).toBe(false);
    expect(judgeOutcome('By June 2027, Nell will look after her own health by taking her inhaler before PE without a reminder.').measurable).toBe(true);
  });

  const pfa: [string, boolean][] = [
    ['By July 2028, Sam will complete a work experience placement of 5 days.', true],
    ['By the end of Year 11, Priya will travel independently by bus to college.', true],
    ['By the end of Year 10, Jack will attend a youth club once a week with a friend.', true],
    ['By July 2027, Leo will manage his own medication with one prompt.', true],
    ['By July 2027, Leo will spell 20 words from the Year 5 list.', false],
    ['By August 2027, Leo will spend a day at the summer playscheme.', true],
    ['By Christmas 2026, Leo will go on an outing with other children from his class.', true],
    ['By July 2027, Zara will solve 7 out of 10 money word problems in her maths test.', false],
    ['By July 2027, Zara will count out the right money to pay for her bus fare.', true],
    // Taking one's own medicine by its name, with no word such as "medication" in the outcome.
    ['By March 2027, Ayesha will take her hay fever spray herself each morning before school.', true],
    ['By March 2027, Ayesha will take her turn in a group game without a prompt.', false],
    // A journey to a school named by its kind is travel beyond the site; a room inside it is not.
    ['By October 2027, Kai will cycle to and from his secondary school with his older brother.', true],
    ['By October 2027, Kai will walk to the school library at break with his teaching assistant.', false],
    // Exercise as a weekly habit is good health; a PE distance is the curriculum.
    ['By the summer, Kai will swim for 20 minutes on two days a week at the leisure centre, logged by his dad.', true],
    ['By July 2027, Kai will swim 25 metres in his PE lesson.', false],
    // Self-care at a meal is independent living; cutting or opening things in a lesson is not.
    ['By the summer term, Kit will open his yoghurt and his crisp packet at lunch without help.', true],
    ['By July 2027, Ren will cut up his own sandwich at lunchtime.', true],
    ['By July 2026, Jamal will cut up shapes with scissors in art.', false],
    ['By Easter, Fen will open her reading book at the right page.', false],
  ];
  for (const [s, want] of pfa) it(`preparing for adulthood ${want}: ${s}`, () => expect(judgeOutcome(s).preparingForAdulthood).toBe(want));
});

function plan(opts: { status?: 'draft' | 'final'; header?: string[]; i?: string; c?: string; g?: string; d?: string; h?: string; e?: Part[]; f?: Part[]; extra?: Part[] }): Part[] {
  return [
    ...(opts.status === 'draft' ? ['DRAFT Education, Health and Care Plan'] : opts.status === 'final' ? ['Final Education, Health and Care Plan'] : ['Education, Health and Care Plan']),
    ...(opts.header ?? ['Name: Amara Okafor', 'Date of plan: 12 March 2026']),
    { h: 'Section A: Views, interests and aspirations' }, 'Amara enjoys drawing and animals.',
    { h: 'Section B: Special educational needs' }, 'Amara has difficulties with reading and phonics.',
    { h: 'Section C: Health needs' }, opts.c ?? 'None.',
    { h: 'Section D: Social care needs' }, opts.d ?? 'None.',
    { h: 'Section E: Outcomes' }, ...(opts.e ?? [{ li: 'By the end of Year 6, Amara will read 100 common words.' }]),
    { h: 'Section F: Special educational provision' }, ...(opts.f ?? [{ li: 'A structured phonics programme, 3 x 20 minutes a week, delivered by a teaching assistant.' }]),
    { h: 'Section G: Health provision' }, opts.g ?? 'None.',
    { h: 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970' }, opts.h ?? 'None.',
    { h: 'Section H2: Other social care provision' }, 'None.',
    { h: 'Section I: Placement' }, opts.i ?? 'Oakfield Primary School, a mainstream primary school.',
    { h: 'Section J: Personal budget' }, 'No personal budget has been requested.',
    { h: 'Section K: Advice and information' }, { li: 'Appendix 1: Educational psychology advice' },
    ...(opts.extra ?? []),
  ];
}
const run = (parts: Part[]) => Report.parse(analyse(buildDoc(parts)));

describe('plan checks', () => {
  it('a complete, good final plan has no errors and no checks', () => {
    const r = run(plan({ status: 'final' }));
    expect(r.missingSections).toEqual([]);
    expect(r.plan.status).toBe('final');
    expect(Object.values(r.checks).every((v) => v === false)).toBe(true);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.provisions[0].specific).toBe(true);
    expect(r.score.band).toBe('good');
  });
  it('an outcome row flattened to one paragraph keeps its "By when" cell', () => {
    const r = run(plan({ e: ['Ali will spell 40 of the Year 4 words correctly. Summer term 2027', 'Ali will write his full name without a model. End of Year 4 (July 2027)'] }));
    expect(r.outcomes.map((o) => [o.text, o.timeBound])).toEqual([
      ['Ali will spell 40 of the Year 4 words correctly. Summer term 2027', true],
      ['Ali will write his full name without a model. End of Year 4 (July 2027)', true],
    ]);
  });
  it('a plain label line "Long-term target (by …)" above an outcome gives it its time and is not an outcome (issue 10)', () => {
    const r = run(plan({ e: ['Long-term target (by the end of Year 8)', 'Ali will order fractions with different denominators in 8 out of 10 questions.', 'Medium-term target (by July 2027)', 'Ali will read a bus timetable aloud to a friend.'] }));
    expect(r.outcomes.map((o) => [o.text, o.timeBound])).toEqual([
      ['Ali will order fractions with different denominators in 8 out of 10 questions.', true],
      ['Ali will read a bus timetable aloud to a friend.', true],
    ]);
  });
  it('amendment marks of an amended plan are not statements', () => {
    const r = run(plan({ f: ['[Unchanged]', 'A structured phonics programme, 3 x 20 minutes a week, delivered by a teaching assistant.', '[Added following the review in May 2026]', 'A writing slope for all written work.'], g: '[Deleted]' }));
    expect(r.provisions.map((p) => p.text)).toEqual(['A structured phonics programme, 3 x 20 minutes a week, delivered by a teaching assistant.', 'A writing slope for all written work.']);
  });
  it('"Plan finalised:" with its date is a final plan', () => {
    expect(run(plan({ header: ['Plan finalised: 12 June 2026'] })).plan.status).toBe('final');
  });
  it('a draft that names a school', () => {
    const r = run(plan({ status: 'draft' }));
    expect(r.plan.status).toBe('draft');
    expect(r.checks.placementInDraft).toBe(true);
    expect(r.findings.map((f) => f.ruleId)).toContain('plan.placement-in-draft');
  });
  it('a draft with a blank Section I is fine', () => {
    const r = run(plan({ status: 'draft', i: 'To be named in the final plan following consultation.' }));
    expect(r.checks.placementInDraft).toBe(false);
  });
  it('a final plan with no school', () => {
    expect(run(plan({ status: 'final', i: 'To be confirmed.' })).checks.placementMissing).toBe(true);
  });
  it('health needs without provision, social care needs without provision', () => {
    const r = run(plan({ c: 'Amara has epilepsy and needs rescue medication.', d: 'Amara needs help with personal care at home.' }));
    expect(r.checks.healthNeedsWithoutProvision).toBe(true);
    expect(r.checks.socialCareNeedsWithoutProvision).toBe(true);
  });
  it('therapy only in health', () => {
    const r = run(plan({ g: 'Speech and language therapy from a speech and language therapist, 30 minutes weekly.' }));
    expect(r.checks.therapyOnlyInHealth).toBe(true);
  });
  const therapyNames = ['S&LT: 6 sessions of 45 minutes a term from the NHS team.', 'Speech therapy: 30 minutes weekly from a speech therapist.', 'Physio: a 1-hour visit each half term.', 'OT review of seating, 1 hour each term.', 'Physical therapy twice a week for 30 minutes.'];
  for (const g of therapyNames) it(`therapy only in health, named "${g.split(/[:\s]/)[0]}"`, () => expect(run(plan({ g })).checks.therapyOnlyInHealth).toBe(true));
  it('therapy in G and in F is not only in health', () => {
    const f = [{ li: 'Speech and language therapy: 30 minutes weekly from a speech and language therapist.' }];
    expect(run(plan({ g: 'S&LT review each term, 1 hour.', f })).checks.therapyOnlyInHealth).toBe(false);
  });
  it('preparing for adulthood missing from Year 9, from a year field or from age', () => {
    expect(run(plan({ header: ['Name: Amara Okafor', 'NC Year: 10', 'Date of plan: 12 March 2026'] })).checks.preparingForAdulthoodMissing).toBe(true);
    // A date of birth alone does not show a year (contract: null), but §5 still counts age 14+.
    const byAge = run(plan({ header: ['Name: Amara Okafor', 'Date of birth: 3 May 2011', 'Date of plan: 12 March 2026'] }));
    expect(byAge.plan.yearGroup).toBeNull();
    expect(byAge.checks.preparingForAdulthoodMissing).toBe(true);
    const withPfa = run(plan({ header: ['NC Year: 10'], e: [{ li: 'By the end of Year 11, Amara will travel independently by bus to college.' }] }));
    expect(withPfa.checks.preparingForAdulthoodMissing).toBe(false);
  });
  it('year group', () => {
    expect(run(plan({ header: ['Year group: Reception'] })).plan.yearGroup).toBe(0);
    expect(run(plan({ header: ['Amara is in Year 4 at Oakfield.'] })).plan.yearGroup).toBe(4);
    expect(run(plan({ header: ['Name: Amara Okafor'] })).plan.yearGroup).toBeNull();
    // A dotted-leader front sheet, and a nursery room named by age, which is not a school year.
    expect(run(plan({ header: ['Year group ............ Year 5'] })).plan.yearGroup).toBe(5);
    expect(run(plan({ header: ['Current setting: Sunnyside Day Nursery – 2 Year Olds Room'] })).plan.yearGroup).toBeNull();
    // A front-sheet table exported a cell to a line: the label names school and year, the value ends with the year.
    expect(run(plan({ header: ['School and year', 'Brackley Vale Academy, Year 8'] })).plan.yearGroup).toBe(8);
    // A field label is a word of its own: "Frequency: 3 x 20 minutes" in F names no year ("…ncy: 3"); the
    // plan's own year on its front sheet stands, whatever years its history mentions.
    const labelled = plan({
      header: ['Name: Amara Okafor', 'Education setting', 'Holmfield High School (mainstream secondary school), Year 9', 'Date of plan: 12 March 2026'],
      extra: ['Amara joined Holmfield in Year 7; her reading was assessed in Year 5.'],
      f: [{ li: 'Provision: reading fluency practice with a teaching assistant' }, { li: 'Frequency: 3 x 20 minutes a week' }],
    });
    expect(run(labelled).plan.yearGroup).toBe(9);
  });
  it('statement wording, but not a history line', () => {
    expect(run(plan({ extra: ['Part 2: Special educational needs', 'Part 3: Special educational provision'] })).checks.statementWording).toBe(true);
    expect(run(plan({ extra: ['Amara had a statement of special educational needs until 2016.'] })).checks.statementWording).toBe(false);
    expect(run(plan({ extra: ['This plan was issued in place of a Statement of Special Educational Needs.'] })).checks.statementWording).toBe(false);
    // The statement's parts kept: the transfer told in one sentence, then the parts carried over as they were.
    expect(run(plan({ extra: ['Sam moved to an EHC plan in 2017. The needs in Part 2 of the statement are set out in Section B word for word.'] })).checks.statementWording).toBe(true);
    // A sentence closed by a bracket or a quote after its stop ends there too (the sections' SENTENCE_STOP).
    expect(run(plan({ extra: ['(Sam moved to an EHC plan in 2017.) The needs in Part 2 of the statement are set out in Section B word for word.'] })).checks.statementWording).toBe(true);
    expect(run(plan({ extra: [{ h: 'Targets (as in Part 3 of his statement)' }] })).checks.statementWording).toBe(true);
    expect(run(plan({ extra: ['Statement / EHC Plan – Sam Reid – page 2'] })).checks.statementWording).toBe(true);
    expect(run(plan({ extra: ['Sam had a statement until 2017, when Part 3 of the statement became Section F.'] })).checks.statementWording).toBe(false);
    // An EHC plan numbered in parts (Part 5 Outcomes … Part 11 Advice) is not a statement's Part 2 and Part 3.
    expect(run(plan({ extra: ['Part 2 Special educational needs', 'Part 3 Health needs', 'Part 5 Outcomes', 'Part 11 Advice and information'] })).checks.statementWording).toBe(false);
  });
  it('missing sections are reported', () => {
    const r = run([{ h: 'Section F: Special educational provision' }, { li: 'Phonics 3 x 20 minutes a week with a teaching assistant.' }]);
    expect(r.missingSections).toEqual(['A', 'B', 'C', 'D', 'E', 'G', 'H1', 'H2', 'I', 'J', 'K']);
    expect(r.findings.filter((f) => f.ruleId === 'section.missing')).toHaveLength(11);
    expect(r.plan.status).toBe('unknown');
    expect(r.findings.map((f) => f.ruleId)).toContain('plan.missing-date');
  });
  // Placeholders, another child's name, repeated outcomes and advice beyond provision: tests/analyser/rules/.
});

describe('reports', () => {
  it('every finding quotes the text at its offsets and every statement points at its text', () => {
    const doc = buildDoc(plan({ status: 'draft', f: [{ li: 'Amara will have access to occupational therapy as required.' }, 'The school will provide regular support with literacy. This will be delivered where possible.'] }));
    const r = run(plan({ status: 'draft', f: [{ li: 'Amara will have access to occupational therapy as required.' }, 'The school will provide regular support with literacy. This will be delivered where possible.'] }));
    for (const f of r.findings) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    for (const p of r.provisions) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    expect(r.provisions).toHaveLength(2);
    expect(r.provisions[1].text).toBe('The school will provide regular support with literacy. This will be delivered where possible.');
    const vague = r.findings.filter((f) => f.ruleId === 'provision.vague-term').map((f) => f.quote);
    expect(vague).toEqual(expect.arrayContaining(['as required', 'regular', 'where possible']));
    const sug = r.findings.find((f) => f.ruleId === 'provision.missing-frequency')!.suggestion;
    expect(sug).toContain('occupational therapy');
    expect(sug).toContain('[how many minutes, e.g. 30] minutes, [how often');
  });
  it('--section F judges the whole text as provision, and includes text when asked', () => {
    const doc = buildDoc(['Amara will have weekly sessions with a mentor.', 'A teaching assistant will support Amara in lessons.']);
    const r = Report.parse(analyse(doc, { section: 'F', includeText: true }));
    expect(r.missingSections).toEqual([]);
    expect(r.provisions.map((p) => p.specific)).toEqual([false, false]);
    expect(r.text).toBe(doc.text);
    expect(r.rubric).toMatchObject({ id: 'default', version: '2026.1' });
    expect(r.rubric.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

// ESLint-style tables: each row is a pattern real plans use; `valid` reads as the label says.
describe('plan status in many templates (§6)', () => {
  const status = (header: string[], extra: Part[] = []) => run([...header, ...plan({ header: ['Name: Amara Okafor', 'Date of birth: 3 May 2016'], i: 'To be named in the final plan.' }).slice(1), ...extra]).plan.status;
  const table: [string, string[], 'draft' | 'final' | 'unknown', Part[]?][] = [
    ['a DRAFT watermark line', ['DRAFT', 'Education, Health and Care Plan'], 'draft'],
    ['a spaced-out watermark', ['Education, Health and Care Plan', 'D R A F T'], 'draft'],
    ['"Draft EHC Plan"', ['Draft EHC Plan'], 'draft'],
    ['"Status: Draft"', ['Education, Health and Care Plan', 'Status: Draft'], 'draft'],
    ['"Plan status | Draft for consultation"', ['Education, Health and Care Plan', 'Plan status | Draft for consultation'], 'draft'],
    ['"EHC Plan (Draft)"', ['EHC Plan (Draft)'], 'draft'],
    ['"This plan is a draft"', ['Education, Health and Care Plan', 'This plan is a draft. You may ask for a school to be named.'], 'draft'],
    ['the 15-day notice', ['Education, Health and Care Plan', 'You have 15 days from the date you receive this plan to tell us your views.'], 'draft'],
    ['"Draft amended plan"', ['Draft Amended Education, Health and Care Plan'], 'draft'],
    ['a running header on every page', ['Education, Health and Care Plan'], 'draft', ['DRAFT – Amara Okafor – EHC plan', 'Page 2 of 7']],
    ['a watermark run into a body line', ['Education, Health and Care Plan'], 'draft', ['DRAFT Amara enjoys swimming and drawing.']],
    ['"Final EHC Plan"', ['Final EHC Plan'], 'final'],
    ['"EHC Plan – FINAL"', ['EHC PLAN – FINAL'], 'final'],
    ['"Status: Final"', ['Education, Health and Care Plan', 'Status: Final'], 'final'],
    ['"Plan status | Final (amended following annual review)"', ['Education, Health and Care Plan', 'Plan status | Final (amended following annual review)'], 'final'],
    ['"Amended plan"', ['Amended Education, Health and Care Plan'], 'final'],
    ['"Date of final plan: …"', ['Education, Health and Care Plan', 'Date of final plan: 12 March 2026'], 'final'],
    ['"This is your final EHC plan"', ['Education, Health and Care Plan', 'This is your final EHC plan. It names the school Amara will attend.'], 'final'],
    ['"Date plan finalised …"', ['Education, Health and Care Plan', 'Date plan finalised\t12/03/2026'], 'final'],
    ['a final plan whose history mentions the draft', ['Final Education, Health and Care Plan', 'The draft was sent on 3 February 2026 and the family asked for Oak School.'], 'final'],
    ['both dates filled in', ['Education, Health and Care Plan', 'Date draft plan issued: 1 February 2026', 'Date final plan issued: 1 March 2026'], 'final'],
    ['only the draft date filled in', ['Education, Health and Care Plan', 'Date draft plan issued: 1 February 2026', 'Date final plan issued:'], 'draft'],
    ['an uppercase template with both dates', ['EDUCATION, HEALTH AND CARE PLAN', 'DRAFT PLAN ISSUED: 01/02/2026', 'FINAL PLAN ISSUED: 01/03/2026'], 'final'],
    ['"final" in "final year" is not a status', ['Education, Health and Care Plan', 'Amara is in her final year at Oakfield and worried about her final exams.'], 'unknown'],
    ['no marking at all', ['Education, Health and Care Plan'], 'unknown'],
  ];
  for (const [name, header, want, extra] of table) it(`${name} -> ${want}`, () => expect(status(header, extra)).toBe(want));
});

describe('year group in many templates (§5)', () => {
  const year = (header: string[]) => run(plan({ header: ['Name: Amara Okafor', ...header, 'Date of plan: 12 March 2026'] })).plan.yearGroup;
  const table: [string[], number | null][] = [
    [['NC Year: 10'], 10],
    [['NCY: 9'], 9],
    [['School year: 2025/26', 'Year group: 10'], 10],
    [['Year group: Y10'], 10],
    [['Current year group | Year 10'], 10],
    [['School year: Year 10'], 10],
    [['Year\tYear 13 (sixth form)'], 13],
    [['Year of study | Year 14 (third year post-16)'], 14],
    [['National Curriculum Year 8'], 8],
    [['Year group: Reception'], 0],
    [['Year group\tYear R'], 0],
    [['Amara is in Year 4 at Oakfield Primary.'], 4],
    [['Amara is a Year 7 pupil.'], 7],
    [['Class: Year 6'], 6],
    // The setting field's value ending with the year, on the label's line or the line after it.
    [['Education setting\tSt Brannock’s CE Primary School – Reception'], 0],
    [['Education setting', 'St Brannock’s CE Primary School – Reception'], 0],
    [['Education setting', 'Corriemoor Academy – Year 10'], 10],
    [['Current school: Hill Primary School (Year R)'], 0],
    // The year word followed by "class" and the class's own name in brackets.
    [['Setting: Brackenfold Infants, Reception class (Squirrels)'], 0],
    [['School: Larchmere Primary – FS2 class'], 0],
    [['Setting: Larchmere Primary School, Nursery class (Ladybirds)'], -1],
    // A flattened front sheet with its fields on one line.
    [['DOB: 30/06/2018 Year: Year 3 School: Fernhill Primary School'], 3],
    // Traps: a year in an outcome or a plan for later is not the child's year.
    [['By the end of Year 11, Amara will travel to college on her own.'], null],
    [['Travel training will be considered in Year 13.'], null],
    [['Key stage: KS4'], null],
    [['Date of birth: 3 May 2011'], null],
    [['Education setting', 'Coldharbour Specialist College – second year, Pathways to Work'], null],
    [['Education setting', 'Oak Primary School – Reception teacher Mrs Pryor is the key contact'], null],
    [['Transition planning will start in the summer term. Next year: Year 7 at Hill Academy'], null],
  ];
  for (const [header, want] of table) it(`${JSON.stringify(header)} -> ${want}`, () => expect(year(header)).toBe(want));

  it('outcomes under a separate "Preparing for adulthood" heading count for the check', () => {
    const parts = plan({ header: ['Name: Amara Okafor', 'Year group: Year 10', 'Date of plan: 12 March 2026'] });
    expect(run(parts).checks.preparingForAdulthoodMissing).toBe(true);
    const withPfa = [...parts, { h: 'Preparing for adulthood' }, { li: 'By the end of Year 11, Amara will travel to college by bus on her own.' }];
    expect(run(withPfa).checks.preparingForAdulthoodMissing).toBe(false);
    const onlyHeading = [...parts, { h: 'Preparing for adulthood' }, 'This section will be completed at the Year 9 review.'];
    expect(run(onlyHeading).checks.preparingForAdulthoodMissing).toBe(true);
  });

  const pfaMissing = (header: string[]) => run(plan({ header: ['Name: Amara Okafor', ...header] })).checks.preparingForAdulthoodMissing;
  const older: [string[], boolean][] = [
    [['Year group: Year 9', 'Date of plan: 12 March 2026'], true],
    [['Key stage: KS4', 'Date of plan: 12 March 2026'], true],
    [['Age: 19', 'Date of plan: 12 March 2026'], true],
    [['Age at date of plan: 15'], true],
    [['Date of birth: 22/10/2006 (age 19)'], true],
    [['Date of birth: 1 June 2011', 'Date of plan: 12 March 2026'], true], // 14 at the plan date
    [['Date of birth: 1 September 2012', 'Date of plan: 12 March 2026'], false], // 13 and Year 8 by birth date
    [['Year group: Year 8', 'Date of plan: 12 March 2026'], false],
    [['Key stage: KS3', 'Date of plan: 12 March 2026'], false],
  ];
  for (const [header, want] of older) it(`PfA check ${want} for ${JSON.stringify(header)}`, () => expect(pfaMissing(header)).toBe(want));
});

describe('needs in C and D, provision in G and H (§8)', () => {
  const checks = (o: { c?: Part[]; g?: Part[]; d?: Part[]; h?: Part[]; singleH?: boolean }) => {
    const parts = plan({});
    const at = (title: string) => parts.findIndex((p) => typeof p === 'object' && 'h' in p && p.h.startsWith(title));
    const put = (title: string, body: Part[] | undefined) => {
      if (!body) return;
      const i = at(title);
      parts.splice(i + 1, 1, ...body);
    };
    put('Section C', o.c);
    put('Section D', o.d);
    put('Section G', o.g);
    if (o.singleH) {
      const i = at('Section H1');
      parts.splice(i, 4, { h: 'Section H: Social care provision' }, ...(o.h ?? ['None.']));
    } else put('Section H1', o.h);
    return run(parts).checks;
  };
  const need = ['Amara has epilepsy and takes daily medication.'];
  const provided = [{ li: 'An epilepsy nurse will train all staff who support Amara, 1 hour each September.' }];
  const noNeed: [string, Part[]][] = [
    ['"None."', ['None.']],
    ['"N/A"', ['N/A']],
    ['"None known."', ['None known.']],
    ['"No identified health needs."', ['No identified health needs.']],
    ['"Amara has no health needs related to her SEN."', ['Amara has no health needs related to her SEN.']],
    ['"I do not have any health needs."', ['I do not have any health needs.']],
    ['"None related to her SEN."', ['None related to her SEN.']],
    ['a history line after "no health needs"', ['Amara has no health needs related to her SEN. She was seen once by the occupational therapy service in 2024.']],
    ['a heading echo and "Not applicable"', ['Health needs related to SEN', 'Not applicable.']],
    ['"met by universal services"', ['Amara\'s health needs are met by universal services.']],
    ['"a healthy girl"', ['Amara is a healthy girl. Her vision and hearing are within normal limits.']],
    ['a pointer to the advice', ['See Section K.']],
  ];
  for (const [name, c] of noNeed) it(`C ${name}: no need, so no check`, () => expect(checks({ c }).healthNeedsWithoutProvision).toBe(false));

  const needs: [string, Part[]][] = [
    ['prose', need],
    ['a table', [{ table: [['Health need', 'Details'], ['Asthma', 'Uses a reliever inhaler before PE']] }]],
    ['a list', [{ li: 'Type 1 diabetes, managed with insulin' }, { li: 'Coeliac disease' }]],
    ['under the care of a service', ['Amara is under the care of the community paediatrician.']],
  ];
  const noProvision: [string, Part[]][] = [
    ['"None"', ['None']],
    ['"N/A"', ['N/A']],
    ['"No provision identified at this time."', ['No provision identified at this time.']],
    ['"See Section F"', ['See Section F.']],
    ['"No health provision is required."', ['No health provision is required.']],
    ['"Not applicable – see Section F"', ['Not applicable – see Section F']],
    ['"See Appendix 3"', ['See Appendix 3.']],
  ];
  for (const [n1, c] of needs) for (const [n2, g] of noProvision) it(`C ${n1}, G ${n2}: the check fires`, () => expect(checks({ c, g }).healthNeedsWithoutProvision).toBe(true));
  for (const [n1, c] of needs) it(`C ${n1}, G with provision: no check`, () => expect(checks({ c, g: provided }).healthNeedsWithoutProvision).toBe(false));

  it('D with a need and a single H saying "None" fires; with provision it does not', () => {
    const d = ['Amara is a young carer for her mother and needs time away from caring.'];
    expect(checks({ d, singleH: true, h: ['None.'] }).socialCareNeedsWithoutProvision).toBe(true);
    expect(checks({ d, singleH: true, h: [{ li: 'Young carers group: 2 hours every other Saturday with a young carers worker.' }] }).socialCareNeedsWithoutProvision).toBe(false);
  });
  const noSocial: [string, Part[]][] = [
    ['"Not known to social care."', ['Not known to social care.']],
    ['"The family do not need social care support."', ['The family do not need social care support.']],
    ['"Amara has no identified social care needs at this time."', ['Amara has no identified social care needs at this time.']],
    ['"Her family receive no social care. No needs identified."', ['Her family receive no social care. No needs identified.']],
    ['family context alone', ['Amara lives at home with her mum, dad and two brothers.']],
    ['"has not requested an assessment"', ['The family have not requested a social care assessment.']],
    // a form's label, then the value saying there is none
    ['"Social care needs: None recorded."', ['Social care needs: None recorded.']],
  ];
  for (const [name, d] of noSocial) it(`D ${name}: no check`, () => expect(checks({ d, h: ['None.'] }).socialCareNeedsWithoutProvision).toBe(false));
  const social: [string, Part[]][] = [
    ['a child in need', ['Amara is a Child in Need under section 17 of the Children Act 1989.']],
    ['looked after', ['Amara is looked after and lives with foster carers.']],
    ['a need after "but"', ['Amara has not been assessed by social care, but her mother needs short breaks.']],
    ['personal care', ['Amara needs help with all personal care.']],
    // a parent asking for help or struggling at home, with no need word (issue 10)
    ['a parent asking for breaks', ['Amara lives with her grandad, who finds her nights very hard to manage and has asked for time off at weekends.']],
    ['a parent not coping', ['Her father works nights and is not coping with bedtimes on his own.']],
    ['a form\'s label, then a need', ['Social care need: Amara needs help with all personal care at home.']],
  ];
  for (const [name, d] of social) it(`D ${name} with H "None": the check fires`, () => expect(checks({ d, h: ['None.'] }).socialCareNeedsWithoutProvision).toBe(true));
});

describe('measurable outcomes (§4): a measure or a named action, not a state or a direction', () => {
  const valid = [
    'By the end of Year 8, Mia will independently use a dictionary to check the spelling of 5 words in a piece of writing.',
    'Within the next 6 months, Oscar will use his visual timetable to move between lessons with no more than one adult prompt.',
    'Over the next year, Hana will greet familiar adults by name each morning.',
    'By the end of KS4, Aiden will achieve Entry Level 3 in Functional Skills English.',
    'Within 12 months, Lewis will travel to college by bus on his own.',
    'Kacper will go to a youth club.',
    'Chloe will get changed for PE.',
    'Zara will talk to an adult about her worries.',
    'By September 2026, Grace will have visited two colleges and chosen a course.',
    'In 6 months, Ayla will sign "more" and "finished" at snack time.',
    'By 31 July 2026, Erin will tie her shoelaces.',
    'By age 19, Theo will hold a supported internship placement.',
    'Reggie to read 50 CVC words by the end of Year 1.',
    'To be able to count to 20 by the end of Reception.',
    'Ava-Rose will be toilet trained.',
    'By the end of Year 11, Sophie will have applied for a college course.',
    'Sam will retell two well-known stories.',
    'By the end of Year 7, Josh will tell the time to the nearest 5 minutes.',
    'By July 2026, Amelia will be dry during the day.',
    'By the end of KS3, Harry will know his 2-12 times tables.',
    'By the end of Year 10, Ellie will complete her own risk assessment for a school trip.',
    'By July 2026, Zara will tell an adult how she feels using her feelings chart, on 4 out of 5 occasions.',
    'By Easter, Tom will work independently on a writing task for 10 minutes.',
    'Sam will clear his plate and tray away after lunch.',
  ];
  for (const s of valid) it(`measurable: ${s}`, () => expect(judgeOutcome(s).measurable).toBe(true));

  const invalid = [
    'Mia will grow in confidence when speaking in front of the class.',
    'Sam will continue to develop his fine motor skills.',
    'Leah will have improved self-esteem.',
    'Ryan will be able to manage transitions successfully.',
    'Kai will make good progress towards his targets.',
    'Zac will achieve his potential.',
    'Lucy will engage positively with her peers.',
    // "about himself" is no "by himself"; one friend is no count.
    'Jamal will feel more positive about himself.',
    'Evie will have a friend to sit with.',
    'By the end of Year 10, Kyle will be more independent.',
    'Grace will have a better understanding of her emotions.',
    'Archie will be able to self-regulate.',
    'Freddie will be able to concentrate for longer.',
    'Noah will play alongside other children.',
    'Alfie will make friends.',
    'Grace will manage her pain.',
    'Maya will get a job.',
    'Jonah will speak in clear sentences.',
    'Outcome 2: Oscar will get better at PE.',
    'Amelia will have a positive attitude to learning.',
    'Sophie will be able to express her feelings.',
    'Harry will take responsibility for his own learning.',
    'Tom will work independently.',
    'Jack will transition successfully to secondary school.',
    'Mia will settle into Year 7.',
    'Amy will attend school regularly.',
    'Amara will have her needs met.',
    'Amara will access small group teaching.',
    'Amara will achieve expected progress in reading.',
    'By the end of Key Stage 2, Sam will develop his social skills.',
    'By the end of Year 9, Kian will reach his potential in maths.',
    "To improve Ben's literacy skills.",
    'Ben wants to be a footballer.',
    // A service is not a result, measured or not.
    'Tyler will receive literacy support every day.',
    'Amara will attend speech and language therapy sessions.',
    'Reggie to receive SaLT input weekly.',
    'Jess will be supported to access the curriculum.',
  ];
  for (const s of invalid) it(`not measurable: ${s}`, () => expect(judgeOutcome(s).measurable).toBe(false));

  it('an item under a "will:" lead-in is judged as the action it names', () => {
    expect(judgeOutcome('use her visual timetable to move between activities', 'By the end of Year 6, Amara will:').measurable).toBe(true);
    expect(judgeOutcome('be happier', 'By the end of Year 6, Amara will:').measurable).toBe(false);
    expect(judgeOutcome('Independence in dressing').measurable).toBe(false);
  });
  it('a number in a time phrase is not a measure', () => {
    expect(judgeOutcome('By the end of Year 9, Kian will be happier.').measurable).toBe(false);
    expect(judgeOutcome('E5\tTheo will have better social skills\tEnd of Key Stage 4').measurable).toBe(false);
  });
});

describe('time-bound outcomes (§4)', () => {
  const valid = [
    'By the end of my first year at college, I will make a hot lunch from a recipe card.',
    'By next year, Poppy will read 50 words.',
    "In 12 months' time, Lucy will catch the bus to town.",
    'Theo will explain 10 key words\tEnd of Year 9',
    'Ruby will read 20 words\tSummer term 2027',
    'By the time she leaves school, Eve will make a phone call to book an appointment.',
    'Nia will write her name by her 6th birthday.',
    'Leo will zip up his coat by himself by his next review.',
  ];
  for (const s of valid) it(`time-bound: ${s}`, () => expect(judgeOutcome(s).timeBound).toBe(true));
  const invalid = [
    'Tyler will manage his frustration better\tOngoing',
    'Ryan will be more independent when he leaves school.',
    'Ruby will receive 1:1 support in all lessons by September 2026.',
    'By [date], Leo will tie his shoelaces.',
    // "by herself" says how, not by when.
    'Nia will fasten her shoes by herself.',
    'The twins will pour their drinks by themselves.',
  ];
  for (const s of invalid) it(`not time-bound: ${s}`, () => expect(judgeOutcome(s).timeBound).toBe(false));
});

describe('preparing-for-adulthood outcomes (§5, any age)', () => {
  const valid = [
    'By July 2027, Jacob will use coins up to £1 to pay for a snack in the tuck shop.',
    'By the end of Year 10, Jo will use a calculator to work out the change from £10.',
    'By the end of Year 11, Nia will attend a local drama group every week.',
    'By July 2026, Amy will use a knife and fork to eat her lunch.',
    'Sam will wash his hands after using the toilet.',
    'By the end of Year 12, Hollie will attend her own hospital appointments.',
    'By the end of the summer term, Leo will take his ADHD medication at lunchtime without being reminded.',
    'By the end of Year 9, Callum will research three post-16 options.',
    'Evan will cross the road safely using a pelican crossing.',
    'Hannah will become more independent.',
    'I will have a good future working in catering.',
    'Within twelve months I will order food in a café by myself.',
    'By the end of Year 8, Sanjay will start a conversation with a peer at lunchtime on 3 days a week.',
    'By the end of Reception, Ollie will put his coat on by himself.',
    'Ben wants to be a footballer.',
    'By her next annual review, Sofia will complete her stretching routine at home on 5 days out of 7.',
    // Saying when something hurts is good health; time spent with other children is the friends area.
    'By March 2027, Ruby will point to where it hurts when her hips ache.',
    'Leon will spend time with his classmates in the garden.',
  ];
  for (const s of valid) it(`PfA: ${s}`, () => expect(judgeOutcome(s).preparingForAdulthood).toBe(true));
  const invalid = [
    'By the end of the spring term, Priya will use 3-word sentences to make requests at snack time.',
    'Harry will learn strategies to manage his anxiety.',
    'By the end of Year 5, Zara will take turns and share equipment in a group of 4 during a 20-minute task.',
    'By the end of the autumn term, Maisie will find her way to each lesson using her timetable.',
    'Aria will use her hearing aids all day.',
    'Ethan will be less anxious.',
    'By July 2026, Grace will complete her GCSE art portfolio with no more than 3 pain-related absences per half term.',
    // Words that name an area only in another sense.
    'By July 2026, Sam will use his tablet to record 3 science experiments.',
    'By the end of Year 4, Sam will press the buttons on his switch to choose a song in 4 out of 5 sessions.',
    'By the end of Year 6, Sam will build the strength in his hands to write for 10 minutes.',
    'By July 2026, Sam will complete 10 maths exercises in his workbook.',
    'By July 2026, Sam will show more independence in his learning, starting 3 tasks a day.',
    'By July 2026, Sam will choose a book from the school library each week.',
  ];
  for (const s of invalid) it(`not PfA: ${s}`, () => expect(judgeOutcome(s).preparingForAdulthood).toBe(false));
});

describe('Section I names an institution or a type (§6, reg 12(1)(i))', () => {
  const named = [
    'Oakfield Primary School (mainstream)',
    'Type: Special school for children with autism',
    'Type of setting: Mainstream',
    'Little Wrens Day Nursery',
    'Sunnyside Pre-school',
    'Riverside Campus, Kelbridge College',
    'Hill Top Special School, a maintained special school for pupils aged 11-19',
    'Type of placement: Resourced provision for hearing impairment at Oak Academy',
    'Education otherwise than in school (EOTAS) under section 61',
    "St Mary's C of E Primary",
    'Type: Secondary school',
    // A parental preference written into I still names it (CFA s38(5)).
    'Parental preference: Abbotsfield Park Academy (mainstream secondary academy).',
    // A type with a hedge after it still names the type (a draft must name none, CFA s38(5)).
    'Special school for pupils with complex needs (to be confirmed).',
    'Mainstream primary school, to be confirmed following consultation',
  ];
  for (const t of named) it(`named: ${t}`, () => expect(placementNamed(t)).toBe(true));
  const blank = [
    '',
    'None',
    'N/A',
    'Name of school: to be confirmed',
    '[To be named in the final plan]',
    'Section I will be completed when the plan is finalised.',
    'Transfer to secondary school in September 2026 is being planned with the family.',
    'To be confirmed after consultation.',
    'A school will be named once the consultation is complete.',
  ];
  for (const t of blank) it(`not named: ${JSON.stringify(t)}`, () => expect(placementNamed(t)).toBe(false));

  it("a hedge after the type is taken off by the rubric's placement.hedges", () => {
    const hedged = 'Special school (to be confirmed after consultation)';
    expect(placementNamed(hedged)).toBe(true);
    expect(placementNamed(hedged, orgRubric('vocabulary:\n  placement:\n    hedges: []\n'))).toBe(false);
    expect(placementNamed('Special school (awaiting panel)', loadRubric())).toBe(false);
    expect(placementNamed('Special school (awaiting panel)', orgRubric('vocabulary:\n  placement:\n    addHedges: [awaiting panel]\n'))).toBe(true);
  });
});

describe('preparing for adulthood: everyday life at any age, not "independent" alone (§5, AUDIT convention)', () => {
  const valid = [
    // Self-care verbs on the child's own clothes or body.
    'By July 2027, Priya will take off her wellies and hang up her coat when she arrives.',
    'Omar will zip up his own jacket before going outside.',
    'By the end of Year 2, Lily will wash her hands after using the toilet.',
    'Bea will brush her own teeth at bedtime with one reminder.',
    // Own belongings.
    'Jonah will unpack his school bag and put away his lunch box each morning.',
    'Noor will look after her own phone and keys on trips out.',
    // Food and drink for oneself.
    'By Christmas, Zainab will pour herself a glass of milk at home.',
    'Callum will make himself a bowl of cereal for breakfast on 4 mornings a week.',
    // Journeys beyond school.
    'By September 2027, Reece will take the train to college on his own.',
    'Kofi will catch the number 12 bus into town with a friend.',
    'Amira will walk home from school with her sister, crossing at the lights.',
    'By the end of Year 11, Kieran will cycle to his work placement twice a week.',
    // Peers in social time.
    'Mia will sit with a friend at lunch on 3 days a week.',
    'By summer 2027, Tom will invite a peer to play football at breaktime.',
    'Jess will ask another pupil to join her at the after-school art club.',
    // Health and one's own care.
    'Freya will check her blood sugar before lunch without a reminder.',
    'Ellie will tell an adult when her back pain gets worse.',
    'By July 2027, Dev will explain to his carers how he likes to be helped in the shower.',
    'Ravi will tell his support worker what he needs before they go out.',
    // Managing one's own condition: noticing it and saying so, treating it.
    'By July 2027, Noah will tell an adult when he feels pain, using his symbol card.',
    'By the end of Year 9, Priya will treat a hypo herself and tell a named adult.',
    'Owen will spot the signs of hypoglycaemia and eat his glucose tablets.',
    // Speaking up at work.
    'By July 2027, I will tell my supervisor when I have finished a task.',
    'Jade will ask her tutor or line manager for help when she is unsure of an instruction.',
    // Home.
    'By 2028, Harvey will live in a supported flat near his family.',
    'Hannah will become more independent.',
  ];
  for (const s of valid) it(`PfA: ${s}`, () => expect(judgeOutcome(s).preparingForAdulthood).toBe(true));

  const invalid = [
    'By July 2027, Sam will work more independently in lessons.',
    'Lucas will be more independent with his writing.',
    'Ava will be an independent learner by the end of Year 6.',
    'By July, Finn will become more independent in the classroom.',
    'By July 2027, Leon will take turns in a board game with 2 peers during a 15-minute task.',
    'Ben will walk from the classroom to the hall with his class.',
    'Isla will walk to school assembly with her class.',
    'By the end of term, Kai will tell an adult when he feels anxious.',
    'Ruby will get her maths book out at the start of the lesson.',
    'By July 2027, Max will pack away the classroom equipment after a task.',
    'Grace will hand in her homework with no more than 2 pain-free absences.',
    'Theo will use his hearing aids all day.',
    'Ali will swim 25 metres.',
    // Managing one's time is not a manager at work, and stamina for writing is not health.
    'By July 2027, Ella will write for 10 minutes without stopping.',
    'Zac will manage his time in lessons so that he finishes 3 tasks.',
  ];
  for (const s of invalid) it(`not PfA: ${s}`, () => expect(judgeOutcome(s).preparingForAdulthood).toBe(false));
});

describe('not measurable: states, lifestyles, wishes and services (§4)', () => {
  const invalid = [
    // A reflexive object is not "by himself".
    'By July 2027, Noah will understand how to keep himself safe near roads.',
    'Within a year, Maya will learn to calm herself when upset.',
    // A lifestyle or a life.
    'Ollie will lead an active lifestyle.',
    'By 2030, Chen will have a full and happy life.',
    // A wish with no "will".
    'Idris would love to work with animals one day.',
    'Sophie hopes to have her own car one day.',
    // A service, however many words name it.
    'Kit will have occupational therapy sessions every fortnight.',
    'Zara will have speech and language therapy input each term.',
  ];
  for (const s of invalid) it(`not measurable: ${s}`, () => expect(judgeOutcome(s).measurable).toBe(false));

  const valid = [
    'By July 2027, Noah will keep himself safe by stopping at the kerb on every walk to the park.',
    'By the end of Year 8, Lena will calm herself using her breathing card within 5 minutes on 4 out of 5 occasions.',
    'Ibby will dress himself after swimming.',
    'By July 2027, Rhys will attend college for one day a week.',
    'By July 2027, Aled will have a conversation with a friend at lunch on 3 days a week.',
  ];
  for (const s of valid) it(`measurable: ${s}`, () => expect(judgeOutcome(s).measurable).toBe(true));
  it('a service named at length is provision, not the child\'s result', () => {
    expect(judgeOutcome('Kit will have occupational therapy sessions every fortnight.')).toMatchObject({ isProvision: true, smart: false });
  });
});

describe('plan status from any short line or cell in its own words (§6)', () => {
  const head = 'Education, Health and Care Plan for Sam Reid\nName\tSam Reid\n';
  const valid: [string, 'draft' | 'final'][] = [
    ['This is our\tFinal plan, issued 14 January 2026', 'final'],
    ['This is my final plan. I helped to write it.', 'final'],
    ['Final plan issued on 14 January 2026', 'final'],
    ['Plan status: Final (issued 14 January 2026)', 'final'],
    ['Document | Amended plan (issued 2 June 2026)', 'final'],
    ['Final copy', 'final'],
    ['Version: Draft 3', 'draft'],
    ['Reference | SR-2026 | Draft version 2', 'draft'],
    ['This is my draft plan. Tell us what you think.', 'draft'],
    ['Draft: 3 February 2026 | Final: 3 March 2026', 'final'],
    ['Draft plan issued | 3 February 2026', 'draft'],
    ['Stage | Draft ☐ Final ☒', 'final'],
    ['☒ Draft ☐ Final', 'draft'],
    ['[x] Draft   [ ] Final', 'draft'],
    ['Version 4 (final)', 'final'],
    ['Version 1 – draft', 'draft'],
    ['Issued as final on 9 April 2026', 'final'],
    ['This document is now final.', 'final'],
    ['Consultation draft', 'draft'],
    ['Draft (for consultation)', 'draft'],
    ['Proposed amended plan', 'draft'],
    ['Date of draft plan: 3 February 2026 Date of final plan:', 'draft'],
    // Dotted leaders stand where a colon would; a leader with nothing after it is an empty field.
    ['Date of draft plan ........ 9 March 2026\nDate of final plan ..................', 'draft'],
    ['Date of final plan ........ 2 April 2026', 'final'],
    ['Date of this final plan: 27 February 2026', 'final'],
    // The status of the dated version in brackets after its date: on a front sheet, a value on its own line, a footer.
    ['Plan date: 3 March 2027 (final)', 'final'],
    ['Date of plan\n12/05/2026 (Amended following the review meeting in April 2026)', 'final'],
    ['Ref SR/4471 – 9 Sept 2026 (Final, version 3) – Page 1 of 9', 'final'],
    ['Date of plan | 4 June 2026 (draft for consultation)', 'draft'],
  ];
  for (const [line, want] of valid) it(`${JSON.stringify(line)} -> ${want}`, () => expect(readStatus(`${head}${line}\n`)).toBe(want));

  const invalid = [
    'Draft plans are sent to families for comment before the final plan is issued by the council.',
    'Final plan issued |',
    'Sam is in his final year of primary school.',
    'Final review meeting | to be arranged',
    'The draft was discussed with Sam and his dad.',
    'Final',
    'Draft ☐ Final ☐',
    'Final review completed ✓',
    // A field label with no date after it, in capitals or run on with the next field.
    'DATE OF FINAL PLAN: REVIEW DATE: June 2027',
    'Date of final plan: Review date: June 2027',
    // A date of birth is no version.
    'Date of birth: 3 May 2016 (final)',
    'D.O.B. 3 May 2016 (final)',
    'Birth date | 3 May 2016 (final)',
  ];
  for (const line of invalid) it(`${JSON.stringify(line)} -> unknown`, () => expect(readStatus(`${head}${line}\n`)).toBe('unknown'));
});

describe('preparing for adulthood: more everyday wording (invented)', () => {
  const valid = [
    'Ethan will change into his PE kit without help.',
    'Aisha will eat her lunch using a spoon without spilling.',
    'Nia will spread butter on her toast.',
    'By July 2027, Kyle will lay the table for tea at home.',
    'Lola will get the train to her nan\'s house on Saturdays.',
    'By the end of Year 12, Dan will complete a week of work shadowing at a garage.',
    'Luca will join the Saturday football team.',
    'Ben will go to bed by 9pm on school nights.',
    'Ivy will keep her bedroom tidy.',
    'Rory will take his tablets with his breakfast every morning.',
    'Felix will say hello to neighbours when out with his mum.',
    'Daisy will tell a trusted adult if someone online makes her feel uncomfortable.',
    'Grace will do her physio stretches every evening at home.',
    'Kerry will choose what to wear each morning.',
    'Rosie will use her phone to check bus times.',
    'Mason will wait at the pedestrian crossing for the green man.',
    'Lexi will make choices about what she does in her free time.',
  ];
  for (const s of valid) it(`PfA: ${s}`, () => expect(judgeOutcome(s).preparingForAdulthood).toBe(true));
  const invalid = [
    'Josh will line up with his class after break without pushing.',
    'Aisha will use her now-and-next board to move to the next activity.',
    'Ivy will keep her desk tidy.',
    'Sami will get his pencil case out at the start of the lesson.',
    'Mo will pack away the Lego at tidy-up time.',
    'Ezra will glue a toilet-roll tube onto his model.',
    'Felix will say hello to his teacher each morning.',
    'Mason will wait his turn in the dinner queue.',
    'Hugo will ask for help from his teacher when stuck on a task.',
  ];
  for (const s of invalid) it(`not PfA: ${s}`, () => expect(judgeOutcome(s).preparingForAdulthood).toBe(false));
  const notMeasurable = ['By 2027, Oscar will have weekly physiotherapy at school.', 'By July 2027, Dan will be able to look after himself.', 'Ethan will keep himself safe.'];
  for (const s of notMeasurable) it(`not measurable: ${s}`, () => expect(judgeOutcome(s).measurable).toBe(false));
});

describe('suggested SMART wording', () => {
  it('keeps a table row readable: the other cells follow the outcome in brackets, with no tabs', () => {
    const j = judgeOutcome('Maisie will have better friendships\tEnd of Year 4');
    expect(rewriteOutcome('Maisie will have better friendships\tEnd of Year 4', j, loadRubric())).toMatch(/^Maisie will have better friendships \(End of Year 4\)/);
    expect(rewriteOutcome('Maisie will have better friendships.', judgeOutcome('Maisie will have better friendships.'), loadRubric())).not.toMatch(/\t|\(\)/);
  });
});

describe('flattened forms: nursery settings, first-person outcomes, a draft\'s placement', () => {
  const year = (header: string[]) => run(plan({ header: ['Name: Amara Okafor', ...header, 'Date of plan: 12 March 2026'] })).plan.yearGroup;
  it.each([
    [['Education setting: the nursery class at Harbour Lane Primary School'], -1],
    [['Name: Ruby Kellett   Date of birth: 03/05/2022   Setting: Nursery class, Hill Primary School'], -1],
    [['Education setting', 'Nursery class at Hill Primary School'], -1],
    // A pre-school, playgroup or day nursery names no year (AUDIT); nor does a nursery class left behind.
    [['Education setting: Little Acorns Pre-School'], null],
    [['Setting: Willow Tree Playgroup'], null],
    [["School: St Mary's Nursery and Infant School"], null],
    [['Previous setting: the nursery class at Hill Primary School'], null],
    [['Setting: nursery class at Oak Tree Primary', 'Year group: Reception'], 0],
  ] as [string[], number | null][])('%j gives year %s', (header, want) => expect(year(header)).toBe(want));

  it.each([
    ['By the end of 2026, I will have a part-time job in a café at weekends.', true],
    ['By July 2027 I will be able to travel to college on the train on my own.', true],
    ['By the start of September 2027, I will choose and cook a healthy meal for my family once a week.', true],
    ['When I leave school I will work in a garage three days a week.', true],
    ['By the end of 2027 I will read 200 common words.', false],
  ])('%j is time-bound and measurable, PfA %s', (text, pfa) => {
    const j = judgeOutcome(text);
    expect(j.timeBound).toBe(true);
    expect(j.measurable).toBe(true);
    expect(j.preparingForAdulthood).toBe(pfa);
  });

  it('a draft naming only a type "(to be confirmed)" names a placement; printed labels alone name none', () => {
    expect(run(plan({ status: 'draft', i: 'Mainstream secondary school (to be confirmed after consultation).' })).checks.placementInDraft).toBe(true);
    const empty = run(plan({ status: 'draft', i: 'Name:   Type:' }));
    expect(empty.checks.placementInDraft).toBe(false);
    expect(empty.missingSections).toContain('I');
  });
});

describe('an outcome column whose header gives the time (invented)', () => {
  it('"Outcome (by the end of Year 6)" and "Steps (by her next review)" make their cells time-bound; a header with no time does not', () => {
    const r = run(plan({ status: 'final', e: [{ table: [['Area', 'Outcome (by the end of Year 6)', 'Steps towards it (by her next review)'], ['Cognition and learning', 'Amara will read a book band 10 text aloud with 95% accuracy.', 'Amara will blend 4-sound words in 9 out of 10 attempts.']] }] }));
    expect(r.outcomes.map((o) => o.timeBound)).toEqual([true, true]);
    const untimed = run(plan({ status: 'final', e: [{ table: [['Area', 'Long-term outcome', 'Short-term targets'], ['Cognition and learning', 'Amara will read a book band 10 text aloud with 95% accuracy.', 'Amara will blend 4-sound words in 9 out of 10 attempts.']] }] }));
    expect(untimed.outcomes.map((o) => o.timeBound)).toEqual([false, false]);
    // A column whose cells date themselves: the header names the kind of outcome, and a cell with no date lacks one.
    const dated = run(plan({ status: 'final', e: [{ table: [['Outcome (by the end of Year 6)', 'Steps towards it (by her next review)'], ['By July 2027, Amara will read a book band 10 text aloud with 95% accuracy.', 'Amara will blend 4-sound words in 9 out of 10 attempts.'], ['Amara will write three sentences with full stops.', 'By Easter 2026, Amara will spell 20 common words correctly.']] }] }));
    expect(dated.outcomes.map((o) => o.timeBound)).toEqual([true, false, false, true]);
  });
});
