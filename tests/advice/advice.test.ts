// A plan against its advice: which sentences are recommendations, and each recommendation's verdict
// against a small plan. Tables of cases; every row could fail.
import { describe, expect, it } from 'vitest';
import { analyse, loadRubric } from '../../services/analyser/src/index.ts';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { itemsLeftOut, providerRank, timesPerWeek } from '../../services/analyser/src/advice/verdict.ts';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';

const rubric = loadRubric();

describe('extracting recommendations', () => {
  const advice = buildDoc([
    { h: 'Speech and Language Therapy Report' },
    { h: 'Background' },
    'Maya was referred by her SENCo. She has previously received a block of six sessions of therapy. Her parents report that she is frustrated at home.',
    { h: 'Assessment results' },
    'Her receptive language standard score was 72, below the 5th percentile. She was observed to copy her peers.',
    'She would benefit from daily practice of new vocabulary with an adult for 10 minutes.',
    { h: 'Recommendations' },
    'I recommend the following:',
    { li: 'Weekly 45-minute direct sessions with a speech and language therapist, 1:1, for the rest of the year.' },
    { li: 'A visual timetable on her desk in every lesson.' },
    { h: 'Summary' },
    'Maya should receive a language group with a trained teaching assistant for 30 minutes twice a week. She enjoys drawing.',
  ], 'slt.txt');
  const recs = extractRecommendations(advice);
  const texts = recs.map((r) => r.text);

  it.each([
    ['a recommendation in prose, even under an assessment heading', 'She would benefit from daily practice of new vocabulary with an adult for 10 minutes.'],
    ['a bullet under a lead-in that ends with a colon', 'Weekly 45-minute direct sessions with a speech and language therapist, 1:1, for the rest of the year.'],
    ['a bullet under a Recommendations heading with no cue word', 'A visual timetable on her desk in every lesson.'],
    ['a sentence with "should receive"', 'Maya should receive a language group with a trained teaching assistant for 30 minutes twice a week.'],
  ])('finds %s', (_why, text) => {
    expect(texts).toContain(text);
  });

  it.each([
    ['history', 'She has previously received a block of six sessions of therapy.'],
    ['a parent report', 'Her parents report that she is frustrated at home.'],
    ['an assessment result', 'Her receptive language standard score was 72, below the 5th percentile.'],
    ['an observation', 'She was observed to copy her peers.'],
    ['the lead-in itself', 'I recommend the following:'],
    ['a sentence about the child next to a recommendation', 'She enjoys drawing.'],
  ])('leaves out %s', (_why, text) => {
    expect(texts).not.toContain(text);
  });

  it('gives offsets into the advice text', () => {
    for (const r of recs) expect(advice.text.slice(r.start, r.end)).toBe(r.text);
    expect(recs.find((r) => r.text.startsWith('Weekly'))!.context).toBe('I recommend the following:');
  });

  it('reads the rows of a recommendations table, not its header', () => {
    const doc = buildDoc([{ h: 'Recommended provision' }, { table: [['Provision', 'How often', 'Who'], ['Stretching programme of 20 minutes', 'Every school day', 'Trained teaching assistant']] }]);
    expect(extractRecommendations(doc).map((r) => r.text)).toEqual(['Stretching programme of 20 minutes\tEvery school day\tTrained teaching assistant']);
  });
});

// One plan; each row is a recommendation and the verdict the plan earns for it.
const PLAN: Part[] = [
  { h: 'Education, Health and Care Plan' },
  'Name: Sam Test',
  { h: 'Section B: Special educational needs' },
  'Sam has a language disorder and motor coordination difficulties.',
  { h: 'Section E: Outcomes' },
  { li: 'By July 2027 Sam will follow two-step instructions on 4 out of 5 occasions.' },
  { h: 'Section F: Special educational provision' },
  { li: 'A language programme devised by the speech and language therapist, delivered by a teaching assistant for 2 x 20 minutes per week in a small group.' },
  { li: 'Pre-teaching of key topic vocabulary by a teaching assistant for 15 minutes before each science lesson, in a group of no more than 3 pupils.' },
  { li: 'A writing slope and a pencil grip for all written work.' },
  { li: 'Movement breaks when needed.' },
  { li: 'A fine motor skills programme designed by the occupational therapist, delivered 1:1 by a teaching assistant for 15 minutes daily.' },
  { h: 'Section G: Health provision' },
  { li: 'Speech and language therapy from a speech and language therapist, 45 minutes each week, 1:1.' },
  { li: 'Sam will be seen in the paediatric clinic every 6 months.' },
  { h: 'Section H1: Social care provision' },
  'None.',
  { h: 'Section H2: Other social care provision' },
  'None.',
  { h: 'Section I: Placement' },
  'Elm Primary School.',
];

const CASES: [string, string, Report['advice'] extends (infer E)[] | undefined ? E extends { verdict: infer V } ? V : never : never][] = [
  ['as specific as the plan', 'Sam should be taught key topic vocabulary by a teaching assistant for 15 minutes before each science lesson, in a group of no more than 3 pupils.', 'carried'],
  ['equipment, named and placed', 'A writing slope and a pencil grip should be provided for all written work.', 'carried'],
  ['the same amount, a fine motor programme', 'I recommend a daily fine motor programme of 15 minutes, 1:1, delivered by a teaching assistant.', 'carried'],
  ['health provision in G is not moved', 'Sam should be reviewed in the paediatric clinic every 6 months.', 'carried'],
  ['fewer minutes and a group instead of 1:1', 'A teaching assistant should deliver the language programme for 3 x 20 minutes per week, 1:1.', 'diluted'],
  ['a hedge in the plan', 'Sam needs movement breaks of 5 minutes every hour during lessons.', 'diluted'],
  ['a therapist advised, an assistant in the plan', 'The fine motor programme should be delivered by an occupational therapist for 15 minutes daily.', 'diluted'],
  ['therapy only in G', 'Sam should receive direct speech and language therapy from a speech and language therapist for 45 minutes each week, 1:1.', 'moved'],
  ['nothing like it in the plan', 'Sam should use a wobble cushion during carpet time.', 'missing'],
  ['a named assessment not in the plan', 'I recommend a hearing assessment by an audiologist within 3 months.', 'missing'],
  ['no amount', 'Sam would benefit from support with his handwriting.', 'adviceVague'],
  ['a vague frequency', 'Sam should have regular opportunities to talk with his peers.', 'adviceVague'],
  ['"as needed"', 'Sam should have movement breaks as needed.', 'adviceVague'],
];

describe('verdicts against a plan', () => {
  const plan = buildDoc(PLAN, 'plan.txt');
  const advice = buildDoc([{ h: 'Recommendations' }, ...CASES.map(([, text]) => ({ li: text }))], 'advice.txt');
  const report = analyse(plan, { rubric, advice: [advice] });

  it('is a valid report with one advice entry per recommendation', () => {
    expect(() => Report.parse(report)).not.toThrow();
    expect(report.advice).toHaveLength(CASES.length);
    for (const a of report.advice!) expect(advice.text.slice(a.start, a.end)).toBe(a.text);
  });

  it.each(CASES)('%s', (_why, text, verdict) => {
    const entry = report.advice!.find((a) => a.text === text);
    expect(entry, text).toBeDefined();
    expect(entry!.verdict).toBe(verdict);
    expect(entry!.detail).toBeTruthy();
    if (verdict === 'missing') expect(entry!.provision).toBeNull();
    if (verdict === 'moved') expect(entry!.provision?.section).toBe('G');
    if (entry!.provision) expect(plan.text.slice(entry!.provision.start, entry!.provision.end)).toBe(entry!.provision.text);
  });

  it('turns diluted, missing and moved advice into findings with the rubric\'s reference, and carried into none', () => {
    const byRule = (id: string) => report.findings.filter((f) => f.ruleId === id);
    expect(byRule('advice.diluted')).toHaveLength(CASES.filter((c) => c[2] === 'diluted').length);
    expect(byRule('advice.missing')).toHaveLength(CASES.filter((c) => c[2] === 'missing').length);
    expect(byRule('advice.moved')).toHaveLength(1);
    expect(byRule('advice.vague')).toHaveLength(CASES.filter((c) => c[2] === 'adviceVague').length);
    expect(byRule('advice.moved')[0].reference).toMatch(/s21\(5\)/);
    expect(byRule('advice.moved')[0].message).toContain('advice.txt recommends');
    expect(byRule('advice.moved')[0].section).toBe('G');
  });

  it('leaves the scores as they were', () => {
    const plain = analyse(plan, { rubric });
    expect(report.score).toEqual(plain.score);
  });

  it('reads the advice appended to the plan as Section K', () => {
    const withK = buildDoc([...PLAN, { h: 'Section K: Advice and information' }, { h: 'Appendix 1: Occupational therapy advice' }, { h: 'Recommendations' }, { li: 'Sam should use a wobble cushion during carpet time.' }], 'plan-k.txt');
    const r = analyse(withK, { rubric, advice: [] });
    expect(r.advice?.map((a) => [a.source, a.verdict])).toEqual([['plan-k.txt (Section K)', 'missing']]);
    // The finding highlights the recommendation where the plan itself holds it, in K.
    const f = r.findings.find((x) => x.ruleId === 'advice.missing');
    expect(f?.section).toBe('K');
    expect(f?.quote).toBe('Sam should use a wobble cushion during carpet time.');
  });
});

describe('who delivers and how often', () => {
  it.each([
    ['A language programme devised by the speech and language therapist, delivered by a teaching assistant', 1],
    ['Direct therapy from a speech and language therapist', 4],
    ['A teaching assistant trained by the occupational therapist', 1.5],
    ['A specialist teacher for specific learning difficulties', 3],
    ['Movement breaks when needed', 0],
  ])('"%s" is delivered at rank %d', (text, rank) => {
    expect(providerRank(text).rank).toBe(rank);
  });
  it.each([
    ['once each term', 1 / 13],
    ['twice a week', 2],
    ['every 6 months', 2 / 39], // twice in a school year of 39 weeks (quantities.ts perWeek)
    ['daily', 5],
    ['as required', null],
  ])('"%s" is %s times a week', (text, n) => {
    const got = timesPerWeek(text);
    if (n === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(n, 3);
  });
});

describe('things listed together in the advice', () => {
  it.each([
    ['Sophie needs a lift pass and a locker on the ground floor.', 'A lift pass.', ['a locker']],
    ['25% extra time and a scribe for all tests', '25% extra time for tests and examinations.', ['a scribe']],
    ['A writing slope and a triangular pencil grip for all written work.', 'A writing slope and a pencil grip for all written work.', []],
    ['Sam should practise reading with an adult and then write a sentence.', 'Reading practice with an adult.', []],
    ['Use signs and words together\tMakaton signing by all adults', 'All adults will use Makaton signing.', []],
  ])('"%s" against "%s" leaves out %j', (advice, plan, left) => {
    expect(itemsLeftOut(advice, plan)).toEqual(left);
  });
});
