// Set 14's kinds of editing, with invented wording: "and" become "or", a lesser role offered as another
// way, an end put on a provision by an event (or by its own end), a role in training for a qualified
// one, and a rate put to blocks of weeks.
import { describe, expect, it } from 'vitest';
import { classifyProvision } from '../../services/analyser/src/compare/classify.ts';

type Row = [before: string, after: string];
const F = (before: string, after: string) => classifyProvision({ text: before, section: 'F' }, { text: after, section: 'F' }, { splitH: true });

const WEAKENED: Row[] = [
  // "and" become "or" between the same things: only one of them may be given.
  ['A sloped writing board and a pencil grip for all written work.', 'A sloped writing board or a pencil grip for all written work.'],
  ['Ear defenders and a quiet workstation in every practical lesson.', 'Ear defenders or a quiet workstation in every practical lesson.'],
  ['Visual timetable plus a now-and-next board at each transition.', 'Visual timetable or a now-and-next board at each transition.'],
  // A lesser role offered beside the one kept.
  ['Maths catch-up taught by a specialist maths teacher, 3 x 30 minutes a week.', 'Maths catch-up taught by a specialist maths teacher, or a learning support assistant, 3 x 30 minutes a week.'],
  ['Direct physiotherapy from a physiotherapist for 30 minutes a fortnight.', 'Direct physiotherapy from a physiotherapist or a teaching assistant for 30 minutes a fortnight.'],
  // An end put on it by an event that can come before the plan is reviewed.
  ['A taxi to and from school each day with a passenger assistant.', 'A taxi to and from school each day with a passenger assistant. This provision will end when the family moves nearer the school.'],
  ['Weekly play therapy with a registered play therapist, 50 minutes.', 'Weekly play therapy with a registered play therapist, 50 minutes. The support will stop once he joins the new class.'],
];

const REDUCED: Row[] = [
  // A qualified provider become one in training.
  ['Weekly counselling, 50 minutes, with a BACP-registered counsellor.', 'Weekly counselling, 50 minutes, with a trainee counsellor.'],
  ['Occupational therapy from an occupational therapist, 45 minutes each fortnight.', 'Occupational therapy from a student occupational therapist, 45 minutes each fortnight.'],
  // A rate that ran on put to blocks of weeks.
  ['Horse riding with a riding instructor, 1 hour a week in the autumn and spring terms.', 'Horse riding with a riding instructor, 1 hour a week, in blocks of 4 weeks in the autumn and spring terms.'],
];

const UNCHANGED: Row[] = [
  // "or" that covers both.
  ['Advance warning of fire drills and cover lessons from his form tutor.', 'Advance warning of any fire drill or cover lesson from his form tutor.'],
  // The same weekly sessions grouped into blocks: the blocks are no rate.
  ['A block of 8 weekly social skills sessions of 40 minutes with the ELSA.', 'Two blocks of 4 weekly social skills sessions of 40 minutes with the ELSA, one each half term.'],
  // Its end is its own end: said already by its amount.
  ['The Bounce Back course: 8 weekly sessions of 1 hour in the spring term with the learning mentor.', 'The Bounce Back course: 8 weekly sessions of 1 hour in the spring term with the learning mentor. This provision will end when he has completed the course.'],
];

describe('set 14 kinds of editing (invented wording)', () => {
  it.each(WEAKENED)('weakened: %s -> %s', (before, after) => expect(F(before, after).kind).toBe('weakened'));
  it.each(REDUCED)('reduced: %s -> %s', (before, after) => expect(F(before, after).kind).toBe('reduced'));
  it.each(UNCHANGED)('unchanged: %s -> %s', (before, after) => expect(F(before, after).kind).toBe('unchanged'));
  it('says what the choice is', () => {
    expect(F('Ear defenders and a quiet workstation in every lesson.', 'Ear defenders or a quiet workstation in every lesson.').detail).toMatch(/"defenders and a" became "defenders or a"/);
  });
});
