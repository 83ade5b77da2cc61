// The rubric is the judges' vocabulary: an organisation that adds a time phrase, a preparing-for-
// adulthood topic or a vague term to its rubric changes the verdict for its plans (and only with that
// rubric); a vocabulary entry that cannot be used is refused with its path and line.
import { describe, expect, it } from 'vitest';
import { buildDoc } from './build-doc.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { judgeOutcome } from '../../services/analyser/src/outcomes.ts';
import { judgeProvision, rewriteProvision } from '../../services/analyser/src/provision.ts';
import { meetingWords } from '../../services/analyser/src/suggest.ts';
import { findAmount, isTimeBound, periodsIn, toNumber } from '../../services/analyser/src/quantities.ts';
import { vocabularyOf } from '../../services/analyser/src/vocabulary.ts';
import { loadRubric, parseRubric, parseRubricYaml, type Rubric } from '../../services/analyser/src/rubric.ts';
import { compareDocuments } from '../../services/analyser/src/compare/index.ts';
import { placementNamed, readStatus } from '../../services/analyser/src/plan-checks.ts';
import { orgRubric } from './org-rubric.ts';

const orgRubricOf = (yaml: string) => orgRubric(yaml, 'fenmoor');

/** An organisation's rubric, as PUT /v1/rubric takes it. */
const fenmoor = orgRubricOf(
  [
    'vocabulary:',
    '  addTimeBound: ["at (?:his|her|their|the) next PEP review"]',
    '  preparingForAdulthood:',
    '    addCommunity: [tower band, "bell[- ]?ringing"]',
    '  lists:',
    '    addFrequencyWords: [bimonthly]',
    '  numbers:',
    '    values: { score: 20 }',
    'addVagueTerms:',
    '  - { term: as timetabled, pattern: "as (?:and when )?timetabled", undermines: frequency, hedge: true }',
    '',
  ].join('\n'),
);
const standard = loadRubric();

describe("an organisation's vocabulary", () => {
  it('a time phrase it adds makes an outcome time-bound, and so SMART', () => {
    const outcome = 'At his next PEP review, Mia will read 50 common words aloud.';
    expect(judgeOutcome(outcome, '', standard)).toMatchObject({ timeBound: false, smart: false });
    expect(judgeOutcome(outcome, '', fenmoor)).toMatchObject({ timeBound: true, smart: true });
    expect(isTimeBound('at her next PEP review', fenmoor)).toBe(true);
    expect(isTimeBound('at her next PEP review', standard)).toBe(false);
  });

  it('a preparing-for-adulthood topic it adds answers the Year 9 check in its reports', () => {
    const plan = buildDoc(['Year group: Year 10', { h: 'Section E: Outcomes' }, { li: 'By the end of Year 11, Sam will ring the bells with the tower band.' }]);
    const pfaFindings = (rubric: Rubric) => analyse(plan, { rubric }).findings.filter((f) => f.ruleId === 'plan.preparing-for-adulthood-missing');
    expect(pfaFindings(standard)).toHaveLength(1);
    expect(pfaFindings(fenmoor)).toEqual([]);
    const report = analyse(plan, { rubric: fenmoor });
    expect(report.outcomes.map((o) => o.preparingForAdulthood)).toEqual([true]);
    expect(report.checks.preparingForAdulthoodMissing).toBe(false);
  });

  it('a vague term it adds is reported in its provision, not in the default\'s', () => {
    const statement = 'Speech and language therapy delivered by a SaLT for 30 minutes each week, as timetabled.';
    expect(judgeProvision(statement, standard)).toMatchObject({ specific: true, vague: [] });
    const j = judgeProvision(statement, fenmoor);
    expect(j.specific).toBe(false);
    expect(j.vague.map((v) => v.text)).toEqual(['as timetabled']);
    const doc = buildDoc([{ h: 'Section F: Special educational provision' }, { li: statement }]);
    const quotes = (rubric: Rubric) => analyse(doc, { rubric, section: 'F' }).findings.filter((f) => f.ruleId === 'provision.vague-term').map((f) => f.quote);
    expect(quotes(standard)).toEqual([]);
    expect(quotes(fenmoor)).toEqual(['as timetabled']);
  });

  it('words it adds to the amounts\' lists are read as amounts', () => {
    expect(findAmount('Precision teaching bimonthly', standard).period).toBe(false);
    expect(findAmount('Precision teaching bimonthly', fenmoor).period).toBe(true);
    expect(toNumber('score', standard)).toBeNull();
    expect(toNumber('score', fenmoor)).toBe(20);
  });
});

// Each judge reads the rubric it is given: one list changed in an organisation's rubric changes that
// judge's verdict with that rubric, and the default's verdict stays as it was.
describe("one vocabulary list changed in an organisation's rubric", () => {
  it('a condition it adds makes a comparison report the provision weakened', () => {
    const moorfield = orgRubricOf('vocabulary:\n  addConditions:\n    - { term: pending funding, patterns: ["pending (?:a )?funding decision"] }\n');
    const version = (line: string, name: string) => buildDoc(['Status: Final', { h: 'Section F: Special educational provision' }, { li: line }], name);
    const before = version('Speech and language therapy from a speech and language therapist, 30 minutes every week.', 'old.txt');
    const after = version('Speech and language therapy from a speech and language therapist, 30 minutes every week, pending a funding decision.', 'new.txt');
    const change = (rubric: Rubric) => compareDocuments(before, after, { rubric }).changes.find((c) => c.about === 'provision')!;
    expect(change(standard).kind).toBe('unchanged');
    expect(change(moorfield)).toMatchObject({ kind: 'weakened', detail: expect.stringContaining('"pending a funding decision" was added') });
  });

  it('a status word it adds reads the plan as a draft', () => {
    const marsh = orgRubricOf('vocabulary:\n  planStatus:\n    addDraft: [provisional]\n');
    const head = 'Status: Provisional\nName: Sam Jones\n';
    expect(readStatus(head, standard)).toBe('unknown');
    expect(readStatus(head, marsh)).toBe('draft');
    const plan = buildDoc(['Plan status: Provisional', { h: 'Section I: Placement' }, 'Oakfield Primary School']);
    expect(analyse(plan, { rubric: standard }).plan.status).toBe('unknown');
    const report = analyse(plan, { rubric: marsh });
    expect(report.plan.status).toBe('draft');
    expect(report.findings.map((f) => f.ruleId)).toContain('plan.placement-in-draft');
  });

  it('a kind of institution it adds names the placement in Section I', () => {
    const dales = orgRubricOf('vocabulary:\n  placement:\n    addNames: [Ysgol]\n');
    expect(placementNamed('Bryn Ysgol', standard)).toBe(false);
    expect(placementNamed('Bryn Ysgol', dales)).toBe(true);
  });

  it('a review word it adds sets that clause aside: its reviewer no longer counts as who delivers', () => {
    const wold = orgRubricOf('vocabulary:\n  addReviewWords: [audited]\n');
    const statement = 'A handwriting programme, 10 minutes daily, audited weekly by the SENCo.';
    expect(judgeProvision(statement, standard).elements.provider).toBe(true);
    expect(judgeProvision(statement, wold).elements).toMatchObject({ provider: false, frequency: true, duration: true });
  });

  it('a practitioner it adds is the one its suggestion asks for, with the registration it gives', () => {
    const fens = orgRubricOf("vocabulary:\n  addPractitioners:\n    - { who: hydrotherapist, registration: qualified/registered, pattern: 'hydrotherap(?:y|ist)s?' }\n");
    const statement = 'Hydrotherapy in the school pool for 30 minutes each week.';
    const suggest = (rubric: Rubric) => rewriteProvision(statement, judgeProvision(statement, rubric), rubric);
    expect(suggest(standard)).toContain('delivered by [who: their role, e.g. the class teacher]');
    expect(suggest(fens)).toContain('delivered by a [qualified/registered] hydrotherapist');
  });

  it('a meeting word it adds asks, as for any meeting, how often and who attends', () => {
    const carr = orgRubricOf("vocabulary:\n  meetings:\n    addWords: ['core groups?']\n");
    const statement = 'Core group with the social worker.';
    const suggest = (rubric: Rubric) => rewriteProvision(statement, judgeProvision(statement, rubric), rubric);
    expect(suggest(standard)).not.toContain('attended by');
    expect(suggest(carr)).toContain('attended by [who, e.g. the SENCo, the class teacher and the parents]');
    expect(meetingWords(standard).test(statement)).toBe(false);
    expect(meetingWords(carr).test(statement)).toBe(true);
  });

  it("provision's cues it adds change what the statement names: a person as a place, being seen", () => {
    const holt = orgRubricOf('vocabulary:\n  provisionCues:\n    addPositions: [alongside]\n    addBeingSeen: [assessed]\n');
    const beside = 'Sam will sit alongside the teaching assistant in every lesson.';
    expect(judgeProvision(beside, standard)).toMatchObject({ specific: true, elements: { provider: true } });
    expect(judgeProvision(beside, holt)).toMatchObject({ specific: false, elements: { provider: false } });
    const seen = 'Sam will be assessed by the paediatrician.';
    expect(judgeProvision(seen, standard).elements.activity).toBe(true);
    expect(judgeProvision(seen, holt).elements.activity).toBe(false);
  });

  it("words it adds before the child's action make a named action measurable, and so SMART", () => {
    const brent = orgRubricOf('vocabulary:\n  outcomePredicate:\n    addAfter: [is going to]\n');
    const outcome = 'By July 2026, Sam is going to travel to school by bus.';
    expect(judgeOutcome(outcome, '', standard)).toMatchObject({ measurable: false, smart: false });
    expect(judgeOutcome(outcome, '', brent)).toMatchObject({ measurable: true, smart: true });
  });

  it('a word it adds for a therapy that has ended keeps that therapy in Section G from the therapy check', () => {
    const tees = orgRubricOf('vocabulary:\n  needSignals:\n    addTherapyEnded: [paused]\n');
    const plan = buildDoc([
      { h: 'Section F: Special educational provision' },
      { li: 'A reading group with the class teacher, 30 minutes daily.' },
      { h: 'Section G: Health provision' },
      { li: 'Speech and language therapy from the NHS trust has been paused for this year.' },
    ]);
    const therapyFindings = (rubric: Rubric) => analyse(plan, { rubric }).findings.filter((f) => f.ruleId === 'plan.therapy-only-in-health');
    expect(therapyFindings(standard)).toHaveLength(1);
    expect(therapyFindings(tees)).toEqual([]);
    expect(analyse(plan, { rubric: tees }).checks.therapyOnlyInHealth).toBe(false);
  });

  it('a wish it adds keeps a preparing-for-adulthood line outside E from answering the Year 9 check', () => {
    const wear = orgRubricOf("vocabulary:\n  addWishes: ['is keen']\n");
    const plan = buildDoc([
      'Year group: Year 10',
      { h: 'Section E: Outcomes' },
      { li: 'By July 2026, Sam will read 20 words.' },
      { h: 'Section F: Special educational provision' },
      { li: 'A reading group with the class teacher, 30 minutes daily.' },
      { h: 'Preparing for adulthood' },
      { li: 'By the end of Year 11, Sam will travel to college on the bus, and he is keen.' },
    ]);
    expect(analyse(plan, { rubric: standard }).checks.preparingForAdulthoodMissing).toBe(false);
    expect(analyse(plan, { rubric: wear }).checks.preparingForAdulthoodMissing).toBe(true);
  });

  it('a verb it adds after a status word reads "Draft plan circulated <date>" as the status with its date', () => {
    const ouse = orgRubricOf('vocabulary:\n  planStatus:\n    addDateVerbs: [circulated]\n');
    const head = 'Name: Sam Jones\nDraft plan circulated 3 February 2026\n';
    expect(readStatus(head, standard)).toBe('unknown');
    expect(readStatus(head, ouse)).toBe('draft');
    // Without its date it is a label waiting for one, as "Draft plan issued" is.
    expect(readStatus('Name: Sam Jones\nDraft plan circulated\n', ouse)).toBe('unknown');
  });

  it("a date of birth's label it adds keeps that date's bracket from reading as the plan's status", () => {
    const born = orgRubricOf("vocabulary:\n  birthDateLabels: ['geboren']\n");
    const head = 'Name: Sam Jones\nGeboren 3 May 2016 (final)\n';
    expect(readStatus(head, standard)).toBe('final');
    expect(readStatus(head, born)).toBe('unknown');
  });
});

describe("a comparison's conditions and the vague terms", () => {
  it('a condition that names a vague term reads that term\'s pattern, the organisation\'s own included', () => {
    const could = standard.vocabulary.conditions.find((c) => c.term === 'could')!;
    expect(could.vagueTerm).toBe('could');
    expect(could.patterns).toEqual([standard.vagueTerms.find((t) => t.term === 'could')!.pattern]);
    const fell = orgRubricOf(
      'addVagueTerms:\n  - { term: pending funding, pattern: "pending (?:a )?funding decision", undermines: frequency, hedge: true }\nvocabulary:\n  addConditions:\n    - { term: pending funding, vagueTerm: pending funding }\n',
    );
    expect(fell.vocabulary.conditions.at(-1)).toMatchObject({ term: 'pending funding', patterns: ['pending (?:a )?funding decision'] });
  });

  it('a condition naming no vague term, or neither a vague term nor patterns, is refused with its path and line', () => {
    const r = parseRubricYaml('extends: default\nid: x\nversion: "1"\nvocabulary:\n  addConditions:\n    - { term: pending funding, vagueTerm: pending funding }\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([{ path: 'vocabulary.addConditions.0.vagueTerm', message: '"pending funding" is no term under vagueTerms', line: 6 }]);
    const neither = parseRubricYaml('extends: default\nid: x\nversion: "1"\nvocabulary:\n  addConditions:\n    - { term: could }\n');
    expect(neither.ok).toBe(false);
    if (neither.ok) return;
    expect(neither.errors.map((e) => e.path)).toEqual(['vocabulary.addConditions.0']);
    // A loaded rubric (patterns filled in beside the vague term's name) loads again the same.
    expect(parseRubric(standard).vocabulary.conditions).toEqual(standard.vocabulary.conditions);
  });
});

describe("a comparison's words", () => {
  it('why a change matters is the organisation\'s own, with its law, and the default\'s for everyone else', () => {
    const esk = orgRubricOf('comparison:\n  why:\n    weakened: "Esk guidance 7.1: hedged provision cannot be enforced."\n');
    const version = (line: string, name: string) => buildDoc(['Status: Final', { h: 'Section F: Special educational provision' }, { li: line }], name);
    const before = version('Speech and language therapy from a speech and language therapist, 30 minutes every week.', 'old.txt');
    const after = version('Speech and language therapy from a speech and language therapist, 30 minutes every week, where possible.', 'new.txt');
    const change = (rubric: Rubric) => compareDocuments(before, after, { rubric }).changes.find((c) => c.about === 'provision')!;
    expect(change(esk)).toMatchObject({ kind: 'weakened', why: 'Esk guidance 7.1: hedged provision cannot be enforced.' });
    expect(change(standard)).toMatchObject({ kind: 'weakened', why: standard.comparison.why.weakened });
    expect(standard.comparison.why.weakened).toContain('SEND Code of Practice 2015, para 9.69');
  });
});

describe('a vocabulary entry that cannot be used', () => {
  /** The problems with `extends: default` (line 1) and then these lines. */
  const problems = (yaml: string) => {
    const r = parseRubricYaml(`extends: default\n${yaml}`);
    expect(r.ok).toBe(false);
    return r.ok ? [] : r.errors;
  };

  it('is refused with its path as written and its line', () => {
    const errors = problems(['vocabulary:', '  preparingForAdulthood:', '    addWork:', '      - barista', '      - "(unclosed"', ''].join('\n'));
    expect(errors).toEqual([expect.objectContaining({ path: 'vocabulary.preparingForAdulthood.addWork.1', line: 6, message: expect.stringMatching(/regular expression/) })]);
  });

  it('is refused when it names a list that does not exist, or a list that uses itself', () => {
    const unknown = problems(['vocabulary:', '  addTimeBound: ["by {nosuchlist} review"]', ''].join('\n'));
    expect(unknown).toEqual([expect.objectContaining({ path: 'vocabulary.addTimeBound.0', line: 3, message: expect.stringMatching(/\{nosuchlist\} names no list/) })]);
    const circular = problems(['vocabulary:', '  lists:', '    loop: ["again {loop}"]', ''].join('\n'));
    expect(circular).toEqual([expect.objectContaining({ path: 'vocabulary.lists.loop.0', message: expect.stringMatching(/uses itself/) })]);
  });

  it('is refused when, with its lists filled in, it would repeat without limit', () => {
    const errors = problems(['vocabulary:', '  lists:', '    many: ["a+"]', '  addMeasures: ["(?:{many})+"]', ''].join('\n'));
    expect(errors).toEqual([expect.objectContaining({ path: 'vocabulary.addMeasures.0', line: 5, message: expect.stringMatching(/lists filled in.*repeats without limit/) })]);
  });

  it("reads the default's list where a rubric leaves out one the judges name; an empty list of phrases matches nothing", () => {
    const { lengthUnits: _gone, ...lists } = standard.vocabulary.lists;
    const without = parseRubric({ ...standard, vocabulary: { ...standard.vocabulary, lists } });
    expect(without.vocabulary.lists.lengthUnits).toEqual(standard.vocabulary.lists.lengthUnits);
    expect(findAmount('Speech therapy, 30 minutes a week', without).length).toBe(true);
    const none = orgRubricOf('vocabulary:\n  outcomeTimes: []\n  timeCells: []\n');
    expect(judgeOutcome('Sam will read 50 common words aloud.', '', none).timeBound).toBe(false);
    expect(judgeOutcome('By the end of Year 6, Sam will read 50 common words aloud.', '', none).timeBound).toBe(true);
  });

  it('is refused when a month is missing or a number word is not a word', () => {
    const errors = problems(['vocabulary:', '  months: [{ name: january }]', '  numbers:', '    values: { "Two Dozen": 24 }', ''].join('\n'));
    expect(errors.map((e) => e.path).sort()).toEqual(['vocabulary.months', 'vocabulary.numbers.values.Two Dozen']);
  });
});

describe("a rate's leads and qualifiers are written once (lists.rateLeads, rateQualifiers)", () => {
  it("an organisation's qualifier reaches the rate reader and the judges' frequencies alike", () => {
    const teaching = orgRubric("vocabulary:\n  lists:\n    addRateQualifiers: [teaching]\n", 'teaching');
    const text = 'Precision teaching, 3 x 10 minutes per teaching week';
    expect(periodsIn(text)).toHaveLength(0);
    expect(periodsIn(text, teaching).map((p) => p.words)).toEqual(['per teaching week']);
    const frequency = (r?: Rubric) => new RegExp(vocabularyOf(r).frequencies, 'i').test('each teaching day');
    expect(frequency()).toBe(false);
    expect(frequency(teaching)).toBe(true);
  });
});
