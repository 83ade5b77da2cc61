// RuleTester-style tables for the provision rules (rubric-reference.md §2): statements that must
// pass and statements that must fail, with the element or term that decides it.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { judgeProvision } from '../../services/analyser/src/provision.ts';
import type { Elements } from '../../services/analyser/src/report-schema.ts';

const rubric = loadRubric();

const specific: string[] = [
  'Lucas will have 40 minutes of direct occupational therapy each week from an HCPC-registered occupational therapist, to work on the handwriting targets in E2.',
  '1:1 support from a teaching assistant trained in Makaton for 27.5 hours per week, across all lessons and unstructured times.',
  'A structured phonics programme delivered by a teaching assistant, 3 x 20 minutes a week.',
  'Pre-teaching of topic vocabulary by the class teacher, 45 minutes fortnightly.',
  'Six one-hour sessions each half term of speech and language therapy from a speech and language therapist.',
  'Precision teaching of high-frequency words with a TA for three sessions of 15 minutes per week.',
  'A minimum of 2 hours per week of speech and language therapy delivered by a SaLT.',
  'At least 30 minutes daily of a fine motor programme led by a teaching assistant.',
  'Amara will use a writing slope for all written work.',
  'Ear defenders will be available to Sam at all times.',
  'Weekly 30-minute ELSA sessions in a small group of no more than 4 pupils, delivered by a trained ELSA.',
  'Small group language group (up to 4 pupils) with a teaching assistant, twice weekly for 30 minutes.',
  'Amara will receive 3 x 30 minute sessions of a structured phonics programme per week from a teaching assistant. Progress will be reviewed half-termly by the SENCo.',
  'Twice weekly 20-minute sessions of Talk Boost with a teaching assistant trained in ELKLAN.',
];

// [statement, what must be missing or present]
const notSpecific: [string, { missing?: (keyof Elements)[]; terms?: string[] }][] = [
  ['Lucas will have access to occupational therapy as required.', { terms: ['access to', 'as required'], missing: ['frequency', 'duration', 'provider'] }],
  ['Weekly sessions with a mentor.', { missing: ['duration'] }],
  ['A teaching assistant will support Amara in lessons.', { missing: ['activity'], terms: ['support'] }],
  ['Small group literacy intervention.', { missing: ['activity', 'provider', 'frequency'], terms: ['interventions'] }],
  ['Regular speech and language therapy from a speech and language therapist.', { terms: ['regular'], missing: ['frequency', 'duration'] }],
  ['15 hours of support from a teaching assistant.', { missing: ['frequency'] }],
  ['Up to 3 sessions of 20 minutes a week of precision teaching with a TA.', { terms: ['up to'] }],
  ['Sessions of 20-45 minutes of speech and language therapy weekly with a SaLT.', { terms: ['range'] }],
  ['The school will deliver a structured phonics programme 3 x 20 minutes a week.', { missing: ['provider'] }],
  ['Daily reading with an adult where possible.', { terms: ['where possible'] }],
  ['Amara would benefit from a movement break in every lesson.', { terms: ['would benefit from'] }],
  ['Sam may have 30 minutes of mentoring per week with a learning mentor.', { terms: ['may'] }],
  ['Opportunities to develop social skills with a teaching assistant, 20 minutes a week.', { terms: ['opportunities to'] }],
  ['Strategies such as visual timetables, now and next boards etc.', { terms: ['such as', 'etc.'] }],
  ['Ongoing support with literacy.', { missing: ['activity', 'frequency', 'provider'] }],
  ['Occupational therapy 30 minutes per week, subject to resources, from an occupational therapist.', { terms: ['subject to resources'] }],
  ['A phonics programme delivered by a teaching assistant in line with the school\'s usual policy, 3 x 20 minutes a week.', { terms: ['in line with school policy'] }],
  ['The SENCo will monitor Amara\'s progress.', { missing: ['activity'] }],
];

describe('provision: specific statements pass', () => {
  for (const s of specific) {
    it(s, () => {
      const j = judgeProvision(s, rubric);
      expect(j.vague.map((v) => v.term)).toEqual([]);
      expect(j.specific).toBe(true);
    });
  }
});

describe('provision: vague or incomplete statements fail', () => {
  for (const [s, want] of notSpecific) {
    it(s, () => {
      const j = judgeProvision(s, rubric);
      expect(j.specific).toBe(false);
      for (const t of want.terms ?? []) expect(j.vague.map((v) => v.term)).toContain(t);
      for (const m of want.missing ?? []) {
        if (m === 'frequency' || m === 'duration') expect(j.quantified).toBe(false);
        else expect(j.elements[m]).toBe(false);
      }
    });
  }
});

describe('provision: the word is judged in its statement', () => {
  it('a half-termly review by the SENCo is not a hedge and does not supply the provider', () => {
    const j = judgeProvision('Weekly sessions of a phonics programme, 30 minutes each, reviewed half-termly by the SENCo.', rubric);
    expect(j.vague).toEqual([]);
    expect(j.elements.provider).toBe(false);
  });
  it('"support" inside a fully quantified statement is not vague', () => {
    const j = judgeProvision('1:1 support from a learning support assistant for 20 hours per week in all lessons.', rubric);
    expect(j.vague.map((v) => v.term)).not.toContain('support');
    expect(j.specific).toBe(true);
  });
  it('"regular" beside an exact frequency is not reported', () => {
    const j = judgeProvision('Regular weekly 30-minute sessions of speech and language therapy with a speech and language therapist.', rubric);
    expect(j.vague.map((v) => v.term)).not.toContain('regular');
  });
  it('"up to 4 pupils" is a group size, not a hedge', () => {
    const j = judgeProvision('Social skills group of up to 4 pupils, 30 minutes weekly, led by a teaching assistant.', rubric);
    expect(j.vague.map((v) => v.term)).not.toContain('up to');
    expect(j.elements.groupSize).toBe(true);
  });
  it('no vague word but no frequency is still not specific', () => {
    const j = judgeProvision('A structured phonics programme delivered by a teaching assistant.', rubric);
    expect(j.vague).toEqual([]);
    expect(j.specific).toBe(false);
  });
  it('"May" as a month is not a hedge', () => {
    const j = judgeProvision('Travel training from a travel trainer, 1 hour per week, starting in May 2026.', rubric);
    expect(j.vague.map((v) => v.term)).not.toContain('may');
  });
});

describe('provision: elements', () => {
  const cases: [string, Partial<Elements>][] = [
    ['Twice weekly 20-minute sessions with a speech and language therapist.', { frequency: true, duration: true, provider: true }],
    ['Fortnightly sessions with an occupational therapist.', { frequency: true, duration: false }],
    ['Three sessions per half term from an educational psychologist.', { frequency: true, duration: false }],
    ['One hour of tuition.', { duration: true, frequency: false }],
    ['1:1 reading with a TA, daily, 15 minutes.', { groupSize: true, frequency: true, duration: true, provider: true }],
    ['Support from a teacher of the deaf with experience of BSL, half-termly, 1 hour.', { provider: true, qualification: true }],
    ['The setting will provide a visual timetable.', { provider: false }],
  ];
  for (const [s, want] of cases) {
    it(s, () => {
      const j = judgeProvision(s, rubric);
      for (const [k, v] of Object.entries(want)) expect([k, j.elements[k as keyof Elements]]).toEqual([k, v]);
    });
  }
});
