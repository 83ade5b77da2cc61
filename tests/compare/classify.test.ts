// One provision across two versions, by tables of before/after statements per kind. Invented wording.
import { describe, expect, it } from 'vitest';
import { classifyProvision } from '../../services/analyser/src/compare/classify.ts';
import { readAmount, readGroup, readProvider } from '../../services/analyser/src/compare/amounts.ts';
import type { SectionKey } from '../../services/analyser/src/report-schema.ts';

type Row = [before: string, after: string];
const F = (before: string, after: string, from: SectionKey = 'F', to: SectionKey = 'F') => classifyProvision({ text: before, section: from }, { text: after, section: to }, { splitH: true });

const REDUCED: Row[] = [
  // A course of sessions with no weekly rate, shortened.
  ['Swimming lessons: 10 extra sessions of 30 minutes in the spring term with a trained swimming teacher.', 'Swimming lessons: 4 extra sessions of 30 minutes in the spring term with a trained swimming teacher.'],
  // One of the things listed together taken out.
  ['A wobble cushion, a writing slope and a pencil grip for all written work.', 'A wobble cushion and a writing slope for all written work.'],
  // Another assistant of the same standing, without the training the first was asked to have.
  ['Nurture group twice a week for 40 minutes, run by a learning support assistant trained in Boxall profiling.', 'Nurture group twice a week for 40 minutes, run by a teaching assistant.'],
  ['Speech and language therapy: 45 minutes weekly from a speech and language therapist.', 'Speech and language therapy: 30 minutes weekly from a speech and language therapist.'],
  ['A structured phonics programme delivered 1:1 by a teaching assistant for 4 x 20 minutes each week.', 'A structured phonics programme delivered 1:1 by a teaching assistant for 2 x 20 minutes each week.'],
  ['Mentoring with the learning mentor, 30 minutes every week, 1:1.', 'Mentoring with the learning mentor, 30 minutes every fortnight, 1:1.'],
  ['Precision teaching of spellings daily for 10 minutes, 1:1, with a teaching assistant.', 'Precision teaching of spellings for 10 minutes three times a week, 1:1, with a teaching assistant.'],
  ['Lego-based therapy for 45 minutes a week in a group of 3, led by a trained teaching assistant.', 'Lego-based therapy for 45 minutes a week in a group of 6, led by a trained teaching assistant.'],
  ['Reading intervention (Toe by Toe), 1:1 with a teaching assistant, 5 x 15 minutes per week.', 'Reading intervention (Toe by Toe) in a small group with a teaching assistant, 5 x 15 minutes per week.'],
  ['Numeracy catch-up taught by a specialist teacher for 1 hour per week.', 'Numeracy catch-up taught by a teaching assistant for 1 hour per week.'],
  ['Direct occupational therapy from an HCPC-registered occupational therapist for 40 minutes each fortnight.', 'Direct occupational therapy from a teaching assistant for 40 minutes each fortnight.'],
  // Times of day the session runs between, shortened.
  ['Drama club every Thursday from 3.15pm to 4.15pm with a drama teacher.', 'Drama club every Thursday from 3.15pm to 3.45pm with a drama teacher.'],
  ['Overnight short breaks at Elm Lodge: 24 nights per year.', 'Overnight short breaks at Elm Lodge: 12 nights per year.'],
  ['A personal assistant for 6 hours each Saturday to go swimming.', 'A personal assistant for 3 hours each Saturday to go swimming.'],
  ['A teaching assistant for 27.5 hours per week across all lessons.', 'A teaching assistant for 20 hours per week across all lessons.'],
  ['Young carers group: 2 hours every other Saturday with a young carers worker.', 'Young carers group: 2 hours once a month with a young carers worker.'],
  ['Short breaks: one overnight stay each month, and a youth club with a support worker for 2 hours every Thursday evening.', 'Short breaks: one overnight stay each month, and a youth club with a support worker for 2 hours every other Thursday evening.'],
  // One of two weekdays dropped.
  ['Fine motor group with a teaching assistant, 25 minutes on Tuesdays and Fridays.', 'Fine motor group with a teaching assistant, 25 minutes on Fridays.'],
];

const WEAKENED: Row[] = [
  // A ceiling on an amount said other ways than "up to"; an aim for a promise; "most weeks"; a
  // condition of need.
  ['Music therapy with a registered music therapist for 2 hours each week.', 'Music therapy with a registered music therapist for a maximum of 2 hours each week.'],
  ['Music therapy with a registered music therapist for 2 hours each week.', 'Music therapy with a registered music therapist for no more than 2 hours each week.'],
  ['The academy will give Tomas 40 minutes of touch-typing practice every Monday.', 'The academy aims to give Tomas 40 minutes of touch-typing practice every Monday.'],
  ['The academy will give Tomas 40 minutes of touch-typing practice every Monday.', 'The academy will try to give Tomas 40 minutes of touch-typing practice every Monday.'],
  ['Key vocabulary pre-taught by a teaching assistant for 15 minutes before each science lesson.', 'Key vocabulary pre-taught by a teaching assistant for 15 minutes before most science lessons.'],
  ['Lunchtime Lego club with a learning mentor, 30 minutes every Wednesday.', 'Lunchtime Lego club with a learning mentor, 30 minutes every Wednesday, depending on his needs.'],
  // Conditions said other ways: on staffing or resources, or "ideally".
  ['Paired reading with a sixth-form mentor, 15 minutes every lunchtime on Tuesdays.', 'Paired reading with a sixth-form mentor, 15 minutes every lunchtime on Tuesdays, wherever staffing allows.'],
  ['Keyboard skills club twice a week for 25 minutes, led by the ICT technician.', 'Keyboard skills club twice a week for 25 minutes, led by the ICT technician, dependent on available resources.'],
  ['Keyboard skills club twice a week for 25 minutes, led by the ICT technician.', 'Keyboard skills club twice a week for 25 minutes, led by the ICT technician, funding permitting.'],
  ['A 1:1 reading session of 20 minutes each afternoon with the class teacher.', 'Ideally, a 1:1 reading session of 20 minutes each afternoon with the class teacher.'],
  ['A 1:1 reading session of 20 minutes each afternoon with the class teacher.', 'A 1:1 reading session of 20 minutes each afternoon with the class teacher where practicable.'],
  // Supervised by someone named, then by anyone.
  ['Movement breaks of 3 minutes every 30 minutes, supervised by a learning support assistant.', 'Movement breaks of 3 minutes every 30 minutes, supervised by an adult.'],
  ['Amir will receive 45 minutes of speech and language therapy each week from a speech and language therapist.', 'Amir may receive 45 minutes of speech and language therapy each week from a speech and language therapist.'],
  ['Speech and language therapy: 45 minutes weekly from a speech and language therapist.', 'Regular speech and language therapy from a speech and language therapist.'],
  ['Speech and language therapy: 45 minutes weekly from a speech and language therapist.', 'Speech and language therapy: 45 minutes weekly from staff.'],
  // An adviser of any kind, then "staff".
  ['Careers interviews with a careers adviser: two 40-minute meetings in Year 11.', 'Careers interviews with staff: two 40-minute meetings in Year 11.'],
  ['Daily 10-minute precision teaching, 1:1 with a teaching assistant.', 'Daily 10-minute precision teaching, 1:1 with a teaching assistant, subject to review.'],
  ['Occupational therapy visit of 1 hour each half term from an occupational therapist.', 'Occupational therapy visits from an occupational therapist as required.'],
  ['A movement break of 5 minutes every hour with a teaching assistant.', 'A movement break of 5 minutes every hour with a teaching assistant where possible.'],
  ['Homework club for 1 hour every Tuesday, supervised by a teaching assistant.', 'Homework club when staffing allows, supervised by a teaching assistant.'],
  ['Social skills group for 30 minutes a week, led by a teaching assistant.', 'Social skills group for up to 30 minutes a week, led by a teaching assistant.'],
];

const STRENGTHENED: Row[] = [
  ['Nurture group twice a week for 40 minutes, run by a teaching assistant.', 'Nurture group twice a week for 40 minutes, run by a learning support assistant trained in Boxall profiling.'],
  ['Regular speech and language therapy.', 'Speech and language therapy for 45 minutes each week from a speech and language therapist.'],
  ['Dietetic advice as needed.', 'Dietetic advice from a registered dietitian in a 45-minute appointment each term.'],
  ['Zones of Regulation taught by a teaching assistant in weekly sessions.', 'Zones of Regulation taught by a teaching assistant in weekly 20-minute sessions.'],
  ['Maths intervention in a small group with a teaching assistant.', 'Maths intervention in a group of no more than 3 with a teaching assistant.'],
  ['Reading practice for 20 minutes daily with a teaching assistant.', 'Reading practice for 30 minutes daily with a teaching assistant.'],
];

// A statement that is itself a review or a check (it opens with one): how often is its amount, so a
// rarer review is a cut; a review clause after the provision ("…, reviewed termly") is not its amount.
const REVIEW_IS_PROVISION: [before: string, after: string, kind: string][] = [
  ['Review of her seating and posture by a physiotherapist every half term.', 'Review of her seating and posture by a physiotherapist each term.', 'reduced'],
  ['A specialist teacher for visual impairment will review her access arrangements twice a term.', 'A specialist teacher for visual impairment will review her access arrangements once a term.', 'reduced'],
  ['Monitoring of his blood sugar by the school nurse every month.', 'Monitoring of his blood sugar by the school nurse every week.', 'strengthened'],
  ['Review of her seating and posture by a physiotherapist every half term.', 'Review of her seating and posture by a physiotherapist six times a year.', 'unchanged'],
  ['Handwriting practice with a teaching assistant, reviewed each half term by the SENCo.', 'Handwriting practice with a teaching assistant, reviewed each term by the SENCo.', 'unchanged'],
];

const UNCHANGED: Row[] = [
  ['A visual timetable on his desk and a now-and-next board, used by all staff in every lesson.', 'A now-and-next board and a visual timetable on his desk, which all staff use in every lesson.'],
  ['3 x 30 minutes a week of phonics with a teaching assistant.', 'Phonics with a teaching assistant, 30 minutes three times weekly.'],
  ['Speech and language therapy for 1 hour per week from a SaLT.', 'Speech and language therapy for 60 minutes each week from a SaLT.'],
  ['For all written work Arlo will use a laptop with speech-to-text software.', 'Arlo will use a laptop with speech-to-text software for all his written work.'],
  ["Hannah's GP will monitor her thyroid levels.", "Her thyroid levels will be monitored by Hannah's GP."],
  ['A programme written by the speech and language therapist, delivered by a teaching assistant for 15 minutes daily.', 'A teaching assistant will deliver a programme written by the speech and language therapist for 15 minutes daily.'],
  ['Staff should consider the use of a reward chart.', 'Staff should consider the use of a reward chart.'],
  // A length given by the times it runs between, then in words.
  ['Drama club every Thursday from 3.15pm to 4.15pm with a drama teacher.', 'Drama club every Thursday for one hour from 3.15pm with a drama teacher.'],
  ['Homework club 3-4.30pm each Tuesday, supervised by a teaching assistant.', 'Homework club for 90 minutes each Tuesday after school, supervised by a teaching assistant.'],
  // Twice a day said by its two parts.
  ['Stretches with a teaching assistant for 5 minutes in every morning and afternoon session.', 'Stretches with a teaching assistant for 5 minutes twice a day.'],
  // Six half terms make a school year: once each half term is six times a year, and a term's worth is
  // two half terms'.
  ['A 45-minute consultation with the advisory teacher for autism each half term.', 'Six 45-minute consultations a year with the advisory teacher for autism.'],
  ['Sensory circuit with a teaching assistant, 20 minutes half-termly.', 'Sensory circuit with a teaching assistant, 20 minutes 6 times per year.'],
  ['Two 1-hour visits from the educational psychologist each half term.', 'Four 1-hour visits from the educational psychologist each term.'],
  // A group's limit is no condition: "a group of up to 4" is "no more than four".
  ['Social skills group with a teaching assistant, 30 minutes weekly, with no more than 5 pupils.', 'Social skills group with a teaching assistant, 30 minutes weekly, with a maximum of 5 pupils.'],
  ['Phonics in a small group of up to 4 with a TA, 20 minutes daily.', 'Phonics with a teaching assistant in a group of no more than four, 20 minutes daily.'],
  // Fractions of an hour, an hour and a half, every few months as a share of the year, a list of weekdays.
  ['Rebound therapy with a trained instructor, 45 minutes on Wednesdays.', 'Rebound therapy with a trained instructor, three-quarters of an hour on Wednesdays.'],
  ['Forest school with a forest school leader for 90 minutes each Friday.', 'Forest school with a forest school leader for an hour and a half each Friday.'],
  ['Orthoptist review, a 40-minute appointment twice a year.', 'Orthoptist review, a 40-minute appointment every six months.'],
  ['Fine motor group with a teaching assistant, 25 minutes on Tuesdays and Fridays.', 'Fine motor group with a teaching assistant, 25 minutes twice a week.'],
];

// A table row whose cell was cut short at its column's edge in one format (PDF) and is whole in the
// other (DOCX or text): the same provision, in either direction.
const CLIPPED_UNCHANGED: Row[] = [
  ['Coloured overlay for all reading\tEvery lesson\tClass teach', 'Coloured overlay for all reading\tEvery lesson\tClass teachers'],
  ['Sensory circuit before registration\tEach morning\tLearning support assist', 'Sensory circuit before registration\tEach morning\tLearning support assistant'],
  ['Pre-teaching of topic vocabulary\tWeekly\tSpecialist teacher', 'Pre-teaching of topic vocabulary\tWeekly\tSpecialist teac'],
  ['Rest room pass for exams\tAll mock exams\tExams coordinat', 'Rest room pass for exams\tAll mock exams\tExams coordinator'],
  ['Speech sessions\t30 minutes each week\tSpeech and language thera', 'Speech sessions\t30 minutes each week\tSpeech and language therapist'],
  ['Handwriting practice\t15 minutes dai', 'Handwriting practice\t15 minutes daily'],
];

// Real gains in a table row stay gains, also beside a clipped cell.
const TABLE_STRENGTHENED: Row[] = [
  // No one named, then a qualified provider (the cell grows by more than the rest of a cut word).
  ['Fine motor programme\tThree times a week\t', 'Fine motor programme\tThree times a week\tOccupational therapist'],
  ['Fine motor programme\tThree times a week\tTo be agre', 'Fine motor programme\tThree times a week\tOccupational therapist'],
  // More often, while another cell was only clipped.
  ['Social stories read with him\tTwice a week\tTeaching assist', 'Social stories read with him\tFour times a week\tTeaching assistant'],
  // A hedge taken out.
  ['Laptop for extended writing\tWhere possible\tSubject teachers', 'Laptop for extended writing\tEvery lesson\tSubject teachers'],
];

describe('classifyProvision', () => {
  it.each(CLIPPED_UNCHANGED)('unchanged (a cell clipped in one format): %s -> %s', (before, after) => {
    expect(F(before, after).kind).toBe('unchanged');
    expect(F(after, before).kind).toBe('unchanged');
  });
  it.each(TABLE_STRENGTHENED)('strengthened (table row): %s -> %s', (before, after) => expect(F(before, after).kind).toBe('strengthened'));

  it.each(REDUCED)('reduced: %s -> %s', (before, after) => expect(F(before, after).kind).toBe('reduced'));
  it.each(WEAKENED)('weakened: %s -> %s', (before, after) => expect(F(before, after).kind).toBe('weakened'));
  it.each(STRENGTHENED)('strengthened: %s -> %s', (before, after) => expect(F(before, after).kind).toBe('strengthened'));
  it.each(UNCHANGED)('unchanged: %s -> %s', (before, after) => expect(F(before, after).kind).toBe('unchanged'));
  it.each(REVIEW_IS_PROVISION)('a review that is the provision: %s -> %s is %s', (before, after, kind) => expect(F(before, after).kind).toBe(kind));

  it('moved: out of F names the duty that no longer applies; into F the duty that now does', () => {
    const text = 'Speech and language therapy: 30 minutes every fortnight from a speech and language therapist.';
    const out = F(text, text, 'F', 'G');
    expect(out.kind).toBe('moved');
    expect(out.detail).toMatch(/Section F .* to Section G/);
    expect(out.detail).toMatch(/s42/);
    expect(out.why).toMatch(/9\.74/);
    const back = F(text, text, 'G', 'F');
    expect(back.kind).toBe('moved');
    expect(back.detail).toMatch(/must now secure it/);
    // A single "H" read as H1 in one version and H2 in the other is not a move.
    expect(classifyProvision({ text, section: 'H1' }, { text, section: 'H2' }, { splitH: false }).kind).toBe('unchanged');
  });

  it('says what changed in plain English', () => {
    expect(F('Speech and language therapy: 45 minutes weekly from a speech and language therapist.', 'Speech and language therapy: 30 minutes weekly from a speech and language therapist.').detail).toBe('45 minutes weekly became 30 minutes weekly');
    expect(F('Speech and language therapy: 45 minutes weekly from a speech and language therapist.', 'Speech and language therapy: 45 minutes weekly from staff.').detail).toBe('"a speech and language therapist" became "staff"');
    expect(F('Amir will receive 45 minutes of therapy each week from a therapist.', 'Amir may receive 45 minutes of therapy each week from a therapist.').detail).toBe('"will" became "may"');
    expect(F('Mentoring for 30 minutes every week.', 'Mentoring for 45 minutes every fortnight.').detail).toMatch(/30 minutes a week became 22\.5 minutes/);
  });
});

describe('the readers under the comparison', () => {
  it.each([
    ['3 x 30 minutes a week', 90],
    ['30 minutes three times weekly', 90],
    ['45 minutes fortnightly', 22.5],
    ['1 hour per week', 60],
    ['1.5 hours a week', 90],
    ['Daily 10-minute sessions', 50],
    // A half term is a sixth of a 39-week school year.
    ['6 sessions of 40 minutes each half term', 36.9],
    ['27.5 hours per week', 1650],
    ['2 hours every other Saturday', 60],
    ['6 hours each Saturday', 360],
  ])('minutes per week of "%s" is %d', (text, weekly) => expect(readAmount(text).weekly).toBeCloseTo(weekly, 1));

  it.each([
    ['1:1 with a teaching assistant', 1],
    ['in a group of no more than 4', 4],
    ['in pairs', 2],
    ['1:3', 3],
    ['in a small group', 5],
    ['whole-class teaching', 30],
  ])('group size of "%s" is %d', (text, size) => expect(readGroup(text)?.size).toBe(size));

  it('tells who delivers from who trains or writes the programme', () => {
    const p = readProvider('A programme written by the speech and language therapist and delivered by a teaching assistant trained by the therapist.');
    expect(p.roles.map((r) => r.level)).toEqual([1]);
    expect(p.trained).toBe(true);
    expect(readProvider('Support from staff.').nonRole).toBe('staff');
    expect(readProvider('Sessions from an HCPC-registered speech and language therapist.').roles[0].level).toBe(3);
  });
});
