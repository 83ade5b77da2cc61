// The general causes of wrong advice verdicts, each on sentences written for this test: two
// recommendations joined in one sentence, programme names confused with each other or with who
// delivers, a routine fixed by how often it happens, and a change named without saying how.
import { describe, expect, it } from 'vitest';
import { analyse, loadRubric } from '../../services/analyser/src/index.ts';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { splitJoined } from '../../services/analyser/src/advice/extract.ts';
import { programmeNames, programmeRelation } from '../../services/analyser/src/advice/programmes.ts';
import { providerRank } from '../../services/analyser/src/advice/verdict.ts';
import { minutesPerWeek } from '../../services/analyser/src/quantities.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';

const rubric = loadRubric();
const parts = (s: string) => splitJoined(s).map((p) => s.slice(p.start, p.end));

describe('two recommendations in one sentence', () => {
  it.each([
    ['Noah needs weekly 30-minute sessions with a specialist teacher and a half-termly meeting between the teacher and his parents.', ['Noah needs weekly 30-minute sessions with a specialist teacher', 'a half-termly meeting between the teacher and his parents.']],
    ['Daily reading practice with an adult for 10 minutes; a fortnightly visit from the advisory teacher.', ['Daily reading practice with an adult for 10 minutes', 'a fortnightly visit from the advisory teacher.']],
    ['Three 20-minute phonics sessions a week, as well as a monthly check of his reading age by the SENCo.', ['Three 20-minute phonics sessions a week', 'a monthly check of his reading age by the SENCo.']],
  ])('splits "%s"', (sentence, want) => {
    expect(parts(sentence)).toEqual(want);
  });

  it.each([
    // One provision with its amount and its grouping.
    'Language sessions for 3 x 20 minutes a week and 1:1.',
    // A review clause belongs to the provision before it.
    'A handwriting programme for 15 minutes daily and reviewed each term by the OT.',
    // Two things with one shared frequency.
    'A writing slope and a pencil grip for all written work.',
    // "and" inside brackets.
    'Weekly social skills sessions (with two peers and an adult, 30 minutes each week) in the library.',
  ])('keeps "%s" whole', (sentence) => {
    expect(parts(sentence)).toEqual([sentence]);
  });

  it('gives each joined recommendation its own verdict', () => {
    const plan: Part[] = [
      { h: 'Section F: Special educational provision' },
      { li: 'Direct teaching from a specialist teacher for dyslexia for 30 minutes each week, 1:1.' },
      { h: 'Section G: Health provision' },
      'None.',
      { h: 'Section I: Placement' },
      'Oak Lane Primary School.',
    ];
    const advice = buildDoc([{ h: 'Recommendations' }, 'I recommend 1:1 sessions with a specialist teacher for dyslexia for 30 minutes each week and a termly meeting between the specialist teacher and Noah\'s parents.'], 'ep.txt');
    const report = analyse(buildDoc(plan, 'plan.txt'), { rubric, advice: [advice] });
    expect(report.advice!.map((a) => [a.text, a.verdict])).toEqual([
      ['I recommend 1:1 sessions with a specialist teacher for dyslexia for 30 minutes each week', 'carried'],
      ['a termly meeting between the specialist teacher and Noah\'s parents.', 'missing'],
    ]);
    for (const a of report.advice!) expect(advice.text.slice(a.start, a.end)).toBe(a.text);
  });

  it('splits list items too, not table rows', () => {
    const doc = buildDoc([{ h: 'Recommendations' }, { li: 'Weekly Lego therapy for 40 minutes and a daily check-in with a key adult for 5 minutes.' }, { table: [['What', 'How often'], ['Precision teaching and a weekly spelling test', 'Daily for 10 minutes']] }]);
    expect(extractRecommendations(doc).map((r) => r.text)).toEqual([
      'Weekly Lego therapy for 40 minutes',
      'a daily check-in with a key adult for 5 minutes.',
      'Precision teaching and a weekly spelling test\tDaily for 10 minutes',
    ]);
  });
});

describe('programme names', () => {
  it.each([
    ['Jake should attend a Socially Speaking group for 30 minutes each week.', ['socially speaking']],
    ['Lego therapy in a group of three, weekly for 45 minutes.', ['lego']],
    ['A daily session of Toe by Toe with a teaching assistant.', ['toe by toe']],
    ['Use the Zones of Regulation with Mia across the day.', ['zones of regulation']],
    // A person, a school, a role, the child, a subject: not programmes.
    ['Mrs Okafor should meet Mia and her parents at Greenhill Primary School each term.', []],
    ['The SENCo and the SLT should plan English lessons on Monday.', []],
  ])('"%s" names %j', (text, names) => {
    expect(programmeNames(text, new Set(['mia']))).toEqual(names);
  });

  it.each([
    ['Attend Talkabout for 30 minutes weekly.', 'A social communication group (talkabout) weekly.', 'same'],
    ['Attend Talkabout for 30 minutes weekly.', 'A social communication group (Socially Speaking) weekly.', 'different'],
    ['Attend Talkabout for 30 minutes weekly.', 'A social communication group weekly.', null],
  ])('"%s" and "%s" are %s', (a, b, rel) => {
    expect(programmeRelation(a, b)).toBe(rel);
  });

  const PLAN: Part[] = [
    { h: 'Section F: Special educational provision' },
    { li: 'A social communication group (Socially Speaking) of 4 pupils led by a teaching assistant for 30 minutes each week.' },
    { li: 'Lego therapy in a group of 3 pupils led by a teaching assistant trained in Lego therapy for 45 minutes each week.' },
    { li: 'ELSA sessions delivered by a teaching assistant for 30 minutes each week.' },
    { h: 'Section G: Health provision' },
    'None.',
    { h: 'Section I: Placement' },
    'Greenhill Primary School.',
  ];
  const advice = buildDoc([
    { h: 'Recommendations' },
    { li: 'Lego therapy group with 2 peers, led by a teaching assistant trained in Lego therapy, for 45 minutes each week.' },
    { li: 'A social communication group (Talkabout) with 3 peers, led by a teaching assistant, for 30 minutes each week.' },
    { li: 'Weekly 30-minute sessions with a trained ELSA.' },
  ], 'slt.txt');
  const report = analyse(buildDoc(PLAN, 'plan.txt'), { rubric, advice: [advice] });
  const entry = (start: string) => report.advice!.find((a) => a.text.startsWith(start))!;

  it('matches a programme to the statement that names it, not to a similar group', () => {
    expect(entry('Lego').provision?.text).toMatch(/^Lego therapy/);
    expect(entry('Lego').verdict).toBe('carried');
  });

  it('says when the plan names a different programme from the one advised', () => {
    expect(entry('A social communication group').verdict).toBe('diluted');
    expect(entry('A social communication group').detail).toMatch(/"Talkabout".*"Socially Speaking" instead/);
  });

  it('reads "ELSA sessions" as a programme, not as a trained assistant delivering it', () => {
    expect(providerRank('ELSA sessions delivered by a teaching assistant').rank).toBe(1);
    expect(providerRank('Sessions with a trained ELSA').rank).toBe(1.5);
    expect(entry('Weekly 30-minute').verdict).toBe('diluted');
  });
});

describe('how much, read generally', () => {
  const PLAN: Part[] = [
    { h: 'Section F: Special educational provision' },
    { li: 'Short movement breaks 4 times each day, led by a teaching assistant.' },
    { h: 'Section G: Health provision' },
    'None.',
    { h: 'Section I: Placement' },
    'Greenhill Primary School.',
  ];
  it.each([
    ['a routine several times a day is fixed by its frequency', 'Short movement breaks 4 times each day, led by a teaching assistant.', 'carried'],
    ['a session twice a week with no length is not', 'Phonics sessions twice a week with a teaching assistant.', 'adviceVague'],
    ['a change named, not described', 'His worksheets should be adapted.', 'adviceVague'],
    ['a change described', 'His worksheets should be adapted into 3 short steps with a picture for each step.', 'missing'],
  ])('%s', (_why, text, verdict) => {
    const report = analyse(buildDoc(PLAN, 'plan.txt'), { rubric, advice: [buildDoc([{ h: 'Recommendations' }, { li: text }], 'ot.txt')] });
    expect(report.advice!.map((a) => a.verdict)).toEqual([verdict]);
  });
});

describe('trials, needs and later items', () => {
  const PLAN: Part[] = [
    { h: 'Section F: Special educational provision' },
    { li: 'A weighted lap pad during assemblies.' },
    { li: 'A reading ruler for all reading tasks.' },
    { h: 'Section G: Health provision' },
    'None.',
    { h: 'Section I: Placement' },
    'Greenhill Primary School.',
  ];
  it.each([
    ['a trial is not yet provision', 'A reading ruler should be trialled in reading lessons.', 'adviceVague'],
    ['"could try" is not either', 'Staff could try a weighted lap pad in assemblies.', 'adviceVague'],
    ['a second thing after the first one\'s occasion', 'Mia needs a weighted lap pad during assemblies and a quiet exit route of her own.', 'diluted'],
    ['the same things, both in the plan', 'A weighted lap pad during assemblies and a reading ruler for reading.', 'carried'],
  ])('%s', (_why, text, verdict) => {
    const report = analyse(buildDoc(PLAN, 'plan.txt'), { rubric, advice: [buildDoc([{ h: 'Recommendations' }, { li: text }], 'ot.txt')] });
    expect(report.advice!.map((a) => a.verdict)).toEqual([verdict]);
  });

  it('reads "needs help with" as a recommendation, under a heading that is just "Advice"', () => {
    const doc = buildDoc([{ h: 'Medical history' }, 'Mia was born early. She needs help with her inhaler since 2024, her mother said.', { h: 'Advice' }, 'Mia needs adult help with her inhaler before PE lessons. She likes PE.']);
    expect(extractRecommendations(doc).map((r) => r.text)).toEqual(['Mia needs adult help with her inhaler before PE lessons.']);
  });
});

describe('courses, asides and dropped frequencies', () => {
  it.each([
    ['8 sessions of 30 minutes with the mentor, once a week', 30],
    ['3 x 20 minutes a week', 60],
    ['6 sessions of 40 minutes each term', 240 / 13],
  ])('"%s" is %d minutes a week', (text, minutes) => {
    expect(minutesPerWeek(text)).toBeCloseTo(minutes, 1);
  });

  it('reads "I would also recommend" as a recommendation', () => {
    const doc = buildDoc(['Dear Dr Shah,', 'Mia has attended 4 appointments. I would also recommend a weekly 20-minute session with the school counsellor.'], 'letter.txt');
    expect(extractRecommendations(doc).map((r) => r.text)).toEqual(['I would also recommend a weekly 20-minute session with the school counsellor.']);
  });

  it('says so when the plan drops how often the advice asks for', () => {
    const plan: Part[] = [{ h: 'Section F: Special educational provision' }, { li: 'A laptop with a spell checker for all written work.' }, { h: 'Section I: Placement' }, 'Greenhill Primary School.'];
    const report = analyse(buildDoc(plan, 'plan.txt'), { rubric, advice: [buildDoc([{ h: 'Recommendations' }, { li: 'A laptop with a spell checker for all written work, updated by the IT technician every term.' }], 'ot.txt')] });
    expect(report.advice!.map((a) => a.verdict)).toEqual(['diluted']);
    expect(report.advice![0].detail).toContain('leaves out how often ("every term")');
  });
});
