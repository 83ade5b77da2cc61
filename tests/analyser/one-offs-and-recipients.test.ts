// General causes behind judging misses left on the held-out set p128-p133, each on invented wording:
// none of these sentences is in a held-out plan.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { judgeProvision } from '../../services/analyser/src/provision.ts';

const rubric = loadRubric();
const judge = (s: string) => judgeProvision(s, rubric);

describe('work a named person does once by a date is a one-off, however it is named', () => {
  it.each([
    "Priya will have the stair rails in the sports hall checked by the school's premises officer by 31 October 2027.",
    'I will have a hospital passport, put together with the community learning disability nurse by 28 February 2027.',
    'The SENCo will write a transition plan with his parents by 30 June 2027.',
  ])('%s: specific, no frequency', (s) => {
    const j = judge(s);
    expect(j.kind).toBe('oneOff');
    expect(j.specific).toBe(true);
    expect(j.elements.frequency).toBe(false);
  });
  it.each([
    // The person is what is provided; the mentoring itself is not sized.
    'A learning mentor will be allocated by 1 March 2027.',
    // No one named to do it.
    'The stair rails will be checked by 31 October 2027.',
  ])('%s: not specific', (s) => {
    expect(judge(s).specific).toBe(false);
  });
});

describe('help to use a named device of one’s own is the task', () => {
  it('is an activity, and its vague word is the open amount, not "help"', () => {
    const j = judge('I will have help to use my tablet planner whenever I need it.');
    expect(j.elements.activity).toBe(true);
    expect(j.vague.map((v) => v.term)).not.toContain('help');
    expect(j.specific).toBe(false);
  });
  it('help towards an aim stays vague', () => {
    const j = judge('I will have help to find a volunteering role.');
    expect(j.elements.activity).toBe(false);
    expect(j.vague.map((v) => v.term)).toContain('help');
  });
});

describe('who delivers: not the one trained, the carer assessed, or a GP practice', () => {
  it.each([
    ['Training for the learning support assistants in Attention Autism, one 3-hour session each term.', false],
    ['Training for all staff from the educational psychologist, one 2-hour session each September.', true],
    ["A carer's assessment for Remi's grandmother, completed by 30 April 2027.", false],
    ['A medication review at his GP practice every 6 months for 15 minutes.', false],
    ['A medication review with his GP every 6 months for 15 minutes.', true],
    ['Support at playtimes from midday staff, 15 minutes every lunchtime.', true],
    ['Support at playtimes from staff.', false],
  ])('%s: provider %s', (s, want) => {
    expect(judge(s).elements.provider).toBe(want);
  });
});
