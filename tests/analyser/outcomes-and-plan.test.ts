// Outcome rules (reference §4-§5), plan checks (§6-§8) and whole reports validated against the contract.
import { describe, expect, it } from 'vitest';
import { judgeOutcome } from '../../services/analyser/src/outcomes.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { buildDoc, type Part } from './build-doc.ts';

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

  it('a lead-in date counts for the outcomes under it', () => {
    expect(judgeOutcome('read 100 common words', 'By the end of Year 6, Amara will:').timeBound).toBe(true);
  });
  it('a date in the outcome is not its measure', () => {
    expect(judgeOutcome('By July 2027 Amara will develop her confidence.').measurable).toBe(false);
  });

  const pfa: [string, boolean][] = [
    ['By July 2028, Sam will complete a work experience placement of 5 days.', true],
    ['By the end of Year 11, Priya will travel independently by bus to college.', true],
    ['By the end of Year 10, Jack will attend a youth club once a week with a friend.', true],
    ['By July 2027, Leo will manage his own medication with one prompt.', true],
    ['By July 2027, Leo will spell 20 words from the Year 5 list.', false],
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
  it('preparing for adulthood missing from Year 9, from a year field or from age', () => {
    expect(run(plan({ header: ['Name: Amara Okafor', 'NC Year: 10', 'Date of plan: 12 March 2026'] })).checks.preparingForAdulthoodMissing).toBe(true);
    const byAge = run(plan({ header: ['Name: Amara Okafor', 'Date of birth: 3 May 2011', 'Date of plan: 12 March 2026'] }));
    expect(byAge.plan.yearGroup).toBe(10);
    expect(byAge.checks.preparingForAdulthoodMissing).toBe(true);
    const withPfa = run(plan({ header: ['NC Year: 10'], e: [{ li: 'By the end of Year 11, Amara will travel independently by bus to college.' }] }));
    expect(withPfa.checks.preparingForAdulthoodMissing).toBe(false);
  });
  it('year group', () => {
    expect(run(plan({ header: ['Year group: Reception'] })).plan.yearGroup).toBe(0);
    expect(run(plan({ header: ['Amara is in Year 4 at Oakfield.'] })).plan.yearGroup).toBe(4);
    expect(run(plan({ header: ['Name: Amara Okafor'] })).plan.yearGroup).toBeNull();
  });
  it('statement wording, but not a history line', () => {
    expect(run(plan({ extra: ['Part 2: Special educational needs', 'Part 3: Special educational provision'] })).checks.statementWording).toBe(true);
    expect(run(plan({ extra: ['Amara had a statement of special educational needs until 2016.'] })).checks.statementWording).toBe(false);
  });
  it('missing sections are reported', () => {
    const r = run([{ h: 'Section F: Special educational provision' }, { li: 'Phonics 3 x 20 minutes a week with a teaching assistant.' }]);
    expect(r.missingSections).toEqual(['A', 'B', 'C', 'D', 'E', 'G', 'H1', 'H2', 'I', 'J', 'K']);
    expect(r.findings.filter((f) => f.ruleId === 'section.missing')).toHaveLength(11);
    expect(r.plan.status).toBe('unknown');
    expect(r.findings.map((f) => f.ruleId)).toContain('plan.missing-date');
  });
  it('placeholders, another child\'s name, repeated outcomes, advice beyond provision', () => {
    const r = run(plan({
      e: [{ li: 'Amara will be happy and make progress.' }, { li: 'Amara will be happy and make progress.' }],
      f: [
        { li: 'Amara will have speech and language therapy from a SaLT, 30 minutes per week.' },
        { li: 'Amara will use a laptop in all lessons.' },
        { li: 'Amara will have a phonics programme with a TA, 3 x 20 minutes a week.' },
        { li: 'Amara will be taught [insert programme] by a teaching assistant.' },
        { li: 'Jayden will have a movement break in every lesson.' },
      ],
      extra: ['Amara has a SaLT report. Amara is keen. Amara will be reviewed.', 'The speech and language therapist recommends 2 x 30 minutes per week of speech and language therapy.'],
    }));
    const ids = r.findings.map((f) => f.ruleId);
    expect(ids).toContain('plan.placeholder-text');
    expect(r.findings.find((f) => f.ruleId === 'plan.placeholder-text')!.quote).toBe('[insert programme]');
    expect(r.findings.find((f) => f.ruleId === 'plan.other-child-name')?.quote).toBe('Jayden');
    expect(ids).toContain('outcome.repeated');
    expect(ids).toContain('plan.advice-exceeds-provision');
  });
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
    expect(sug).toContain('[how often and for how long');
  });
  it('--section F judges the whole text as provision, and includes text when asked', () => {
    const doc = buildDoc(['Amara will have weekly sessions with a mentor.', 'A teaching assistant will support Amara in lessons.']);
    const r = Report.parse(analyse(doc, { section: 'F', includeText: true }));
    expect(r.missingSections).toEqual([]);
    expect(r.provisions.map((p) => p.specific)).toEqual([false, false]);
    expect(r.text).toBe(doc.text);
    expect(r.rubric).toEqual({ id: 'default', version: '2026.1' });
  });
});
