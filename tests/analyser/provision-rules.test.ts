// RuleTester-style tables for the provision rules (rubric-reference.md §2): statements that must
// pass and statements that must fail, with the element or term that decides it.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { judgeProvision } from '../../services/analyser/src/provision.ts';
import type { Elements } from '../../services/analyser/src/report-schema.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc, type Part } from './build-doc.ts';

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
  // Shorthand and numbers as plans write them.
  'Speech and language therapy delivered by a SaLT 2x20 mins/wk.',
  'Handwriting practice with a TA, twice weekly for half an hour.',
  'Colourful Semantics with an HLTA, 3 x 25 mins p/w, in a group of no more than five pupils.',
  'Forty-five minutes of counselling every fortnight from a BACP-accredited counsellor.',
  // A total per named period, clock times, weekdays, nights.
  'Literacy group with an HLTA, 4 x 25 minutes during the autumn term.',
  'Gym club with a sports coach from 3.30pm to 4.30pm every Tuesday.',
  'A support worker for 5 hours every Sunday to take Priya swimming, funded by a direct payment.',
  'An overnight respite stay at Birch House, three nights per month.',
  'Careers guidance from a careers adviser: 2 x 40-minute meetings in Year 11.',
  'Three 15-minute sessions in the week before each new science topic to pre-teach its vocabulary, 1:1 with a TA.',
  // Job titles by their last word; the review that is itself the provision.
  'Orthoptic review by a consultant ophthalmologist every 6 months, a 30-minute clinic appointment.',
  'Asthma care plan reviewed every 12 months by the school nurse in a 30-minute meeting.',
  'Independent travel training from a travel trainer, 6 x 1 hour in the summer term.',
  // Equipment and adjustments: when or where they apply; a length inside the adjustment keeps its kind.
  'A social story read with Tom before every school trip.',
  'Early release from lessons 3 minutes before the bell, in every lesson, to avoid busy corridors.',
  'A locker on the ground floor and a second set of exercise books kept at home.',
  'Lined paper and a pencil grip for handwriting.',
  // Continuous supervision with its extent; a named plan followed everywhere.
  'A named member of the pastoral team will be within sight of Omar at all break and lunch times.',
  'All staff will follow his positive behaviour support plan in every lesson.',
  // "such as" that lists the trigger, not the provision.
  'A visual countdown prepared by the class teacher before any change to routine, such as a school trip or a visitor.',
  'Pre-teaching of key words by a TA for 10 minutes prior to each history lesson.',
  'SaLT input: 8 x 45 min sessions per year, delivered by an NHS SaLT.',
  'The form tutor will give Leo a printed copy of the homework at the end of every day.',
  'A TA will work alongside Leo in every food technology lesson (3 hours per week) to help with knife skills.',
  'Youth club with young carers workers for 2 hours every Friday evening.',
  'Hydrotherapy 1 x 40 minutes per week with a physiotherapist.',
  '1:1 teaching assistant for all lessons and unstructured times (30 hours per week).',
  'Daily 1:1 reading for 15 minutes with a trained reading volunteer.',
  // A limit on a group or a ratio is not "up to" as a hedge.
  'Handwriting group of up to 5 pupils with a teaching assistant, 3 x 30 minutes a week.',
  'Lunchtime Lego club, 30 minutes every lunchtime, at a ratio of up to 1:6, run by a learning mentor.',
  'Phonics in a group of up to 4, twice daily for 15 minutes, with an HLTA.',
  // Exam access arrangements named are adjustments; a kind of work says where they apply.
  'Exam access arrangements: a reader and a scribe in all mock and final exams, arranged by the exams officer.',
  'Worksheets printed on cream paper\tAll worksheets\tClass teacher',
  'Enlarged copies of all class texts and handouts, printed by a teaching assistant.',
  // A when tied to an event.
  'A visual first-and-then board on her table, updated by the TA at every transition.',
  'Ear defenders for every assembly and fire drill.',
  // Continuous extent in other words; hours a week as the child's timetable states them.
  'Specialist teaching in a class of no more than 8 pupils, with a teacher and a TA, for the whole of the school day.',
  'A learning support assistant will stay with her for all of her 25 school hours each week, to help her move between lessons safely.',
  'A TA with him across the whole curriculum, 1:1, to keep him safe in practical lessons.',
  'Up to 1:2 support from a TA during practical science lessons.',
  // Roles by the form of the title.
  'Weekly 45-minute cooking session with the food technology lead, in a group of 4.',
  'Hydrotherapy with the community physio, 30 minutes every Thursday.',
  // A care task named is the what, in the first person too; a purpose clause adds no vague what.
  'Two carers will help him get up, wash and dress for 45 minutes every morning.',
  'I will have a personal assistant with me for 10 hours each weekend, to help me go swimming and meet friends.',
  'The SaLT will visit school for 1 hour each half term to model strategies to staff.',
  'The educational psychologist will meet the class teacher for 45 minutes every term, so that new strategies can be agreed.',
  'A physiotherapist from the wheelchair service will check his seating for 30 minutes every half term.',
  'A personal assistant to help Josh with eating and drinking at lunch, 45 minutes every school day.',
  'An LSA will be with him for all 32.5 hours of the school week.',
  'Weekly 30-minute sessions with the Forest School practitioner.',
  'The educational psychologist will give the SENCo a 1-hour consultation every half term.',
  'My PA will help me cook my tea for 1 hour every weekday evening.',
  'Epilepsy awareness training for all staff who teach Zoe, 90 minutes, delivered by the epilepsy nurse before 1 September 2026.',
  'A TA will join playground games with Zoe for the first 10 minutes of every lunchtime.',
  // Precision traps: "up to date", "May" the month, software a laptop has access to, clock spans.
  'Noor will keep her planner up to date with her TA for 10 minutes at the end of every day.',
  'Occupational therapy from an occupational therapist, 30 minutes weekly, starting after May half term.',
  'A laptop for all written work, set up by the SENCo, with access to Clicker 8.',
  'Direct teaching from a teacher of the deaf between 9am and 10am every Monday.',
  // Equipment the rubric does not list still needs only a where.
  'A footstool under his desk in the classroom.',
  // Health and social care: procedures at set times, care tasks as the what.
  'Gastrostomy feeds at 10am and 1pm each school day by two teaching assistants trained by the community nursing team.',
  'A carer from a home care agency for 45 minutes each morning to help with washing and dressing.',
  'Social worker to visit every 6 weeks for 1 hour to review the child in need plan with the family.',
  // Equipment named by its board; a kind of work with an adjective still says where it applies.
  'A picture timetable, used by his teaching assistant at every change of activity.',
  'Use of a tablet for longer reading tasks.',
  // A check of a thing at a fixed point of every occasion is bounded by it.
  'A teaching assistant will check her radio aid at the start of every lesson.',
  // A review the statement opens with is the provision: its period counts.
  'Review of his splints by the orthotist every 6 months, in a 30-minute appointment.',
  // The child's allowance ("for up to 15 minutes") is not a hedge on what is provided.
  'A time-out card allowing her to go to the library for up to 15 minutes, at all times.',
  // Equipment with its extent is provided, even when the plan says "access to".
  'Access to an iPad with a symbol communication app at all times.',
  // A place at a club or scheme is delivered by it; so is a club run by a named service.
  'A place at the Riverside holiday playscheme for 5 days each summer holiday, 9 am to 3 pm.',
  'Short breaks: 4 hours every other Saturday at the Willow youth club, run by the Children with Disabilities Service.',
  // "Where she can" naming a place, not a hedge ("where she can see the board").
  'In every lesson Maisie will be seated at the front, where she can see the board and the teacher.',
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
  ['Daily reading with an adult, where he can.', { terms: ['where possible'] }],
  ['Amara would benefit from a movement break in every lesson.', { terms: ['would benefit from'] }],
  ['Sam may have 30 minutes of mentoring per week with a learning mentor.', { terms: ['may'] }],
  ['Opportunities to develop social skills with a teaching assistant, 20 minutes a week.', { terms: ['opportunities to'] }],
  ['Strategies such as visual timetables, now and next boards etc.', { terms: ['such as', 'etc.'] }],
  ['Ongoing support with literacy.', { missing: ['activity', 'frequency', 'provider'] }],
  ['Occupational therapy 30 minutes per week, subject to resources, from an occupational therapist.', { terms: ['subject to resources'] }],
  ['A phonics programme delivered by a teaching assistant in line with the school\'s usual policy, 3 x 20 minutes a week.', { terms: ['in line with school policy'] }],
  ['The SENCo will monitor Amara\'s progress.', { missing: ['activity'] }],
  // Hedges written other ways.
  ['Counselling with a school counsellor when she is ready.', { terms: ['when she is ready'] }],
  ['A quiet room with a TA for 10 minutes each lunchtime if she asks for it.', { terms: ['if she asks for it'] }],
  ['Between 1 and 2 hours per week of mentoring with a learning mentor.', { terms: ['between 1 and 2 hours'] }],
  ['Two to three sessions a week of speech and language therapy, 30 minutes each, from a SaLT.', { terms: ['two to three sessions'] }],
  ['Speech and language therapy from a SaLT, hours TBC.', { terms: ['TBC'] }],
  ['Fine motor group with a TA, [insert frequency] for 20 minutes.', { terms: ['[insert frequency]'] }],
  ['Spelling practice with a TA, little and often.', { terms: ['little and often'] }],
  ['Sophie should have 30 minutes of reading with a TA each day.', { terms: ['should'] }],
  ['Mentoring with a learning mentor as recommended by the educational psychologist.', { terms: ['as recommended'] }],
  ['Respite care from a care worker, 4 hours a week, subject to staffing.', { terms: ['subject to staffing'] }],
  ['Ali will be encouraged to use a pencil grip in every lesson.', { terms: ['will be encouraged'] }],
  ['Work experience opportunities with a job coach, 2 hours per week.', { terms: ['opportunities'] }],
  ['Acess to counselling as and when needed.', { terms: ['acess to', 'as and when needed'] }],
  ['Respite care in line with the council\'s usual policy, from a care worker, 4 hours a week.', { terms: ['in line with the council\'s usual policy'] }],
  // A role title does not supply the what; nor does a vague noun.
  ['A family support worker will be involved.', { missing: ['activity'], terms: ['involved'] }],
  ['A calm and structured environment for Ben.', { missing: ['activity'] }],
  ['Exam access arrangements.', { missing: ['activity'] }],
  ['Ongoing monitoring by the occupational therapy service.', { missing: ['activity', 'provider'] }],
  // Sessions need a length; breaks are sessions, not an adjustment with a place.
  ['Weekly OT sessions with an occupational therapist.', { missing: ['duration'] }],
  ['Reading with a TA every morning.', { missing: ['duration'] }],
  ['Movement breaks throughout the day.', { missing: ['provider'] }],
  ['Movement breaks with a TA when he is tired.', { terms: ['when he is tired'] }],
  ['Leo will have a key worker who will support him throughout the day.', { missing: ['activity'] }],
  ['OT input weekly with an occupational therapist.', { missing: ['duration'] }],
  ['A teaching assistant in all lessons.', { missing: ['activity'] }],
  ['An adult available at all times.', { missing: ['activity', 'provider'] }],
  ['May have a scribe in exams.', { terms: ['may'] }],
  // A place is enough for support and equipment, not for sessions.
  ['Circle time with the class teacher in class.', { missing: ['frequency', 'duration'] }],
  ['A TA for 30 minutes daily to help with reading.', { missing: ['activity'] }],
  ['Medication to be given in school as prescribed.', { terms: ['as prescribed'] }],
  ['Respite care.', { missing: ['frequency', 'provider'] }],
  ['Spelling practice with a TA for 10 minutes daily wherever possible.', { terms: ['wherever possible'] }],
  ['Handwriting practice with a TA when time allows.', { terms: ['when time allows'] }],
  ['The hospital will offer a sleep clinic appointment.', { terms: ['will offer'] }],
  ['Attendance will be followed up through the usual school procedures.', { terms: ['through the usual school procedures'] }],
  ['[Revised] Access to a mentor if needed.', { terms: ['access to', 'if needed'] }],
  ['F3\tAccess to a scribe in examinations\tTeaching assistant', { terms: ['access to'] }],
  ['A sensory programme from the OT, to be reviewed when appropriate.', { terms: ['when appropriate'] }],
  ['Regular check-ins with a learning mentor throughout the day.', { terms: ['regular'] }],
  ['New splints fitted by the orthotist as she grows.', { terms: ['as she grows'] }],
  ['Reading group with a TA, twice weekly for 30 minutes, as timetabling allows.', { terms: ['as timetabling allows'] }],
  ['Movement breaks with a TA if the class teacher feels it is needed.', { terms: ['if the class teacher feels it is needed'] }],
  ['Exit card to use whenever he feels anxious.', { terms: ['whenever he feels anxious'] }],
  ['Counselling to be considered if her mood drops.', { terms: ['to be considered'] }],
  ['Up to 3 sessions a week of handwriting practice with a TA, 20 minutes each.', { terms: ['up to'] }],
  ['Progress in spelling will be checked by the literacy lead every half term.', { missing: ['duration'] }],
  // A check or a service visit of equipment needs a length; a service named alone is not a role.
  ['The hearing support service will check his radio aid every half term.', { missing: ['provider', 'duration'] }],
  ['The orthotics team will review her splints every 3 months.', { missing: ['provider', 'duration'] }],
  ['The CAMHS team will see him for 50 minutes every fortnight.', { missing: ['provider'] }],
  // Near misses of the above: no when or where, a hedge, "access to" a service, no period or length.
  ['A laptop when needed.', { terms: ['when needed'] }],
  ['Use of a laptop.', { missing: ['frequency'] }],
  ['A now-and-next board.', { missing: ['frequency'] }],
  ['Access to a laptop as required.', { terms: ['as required'] }],
  ['Access to speech and language therapy in every lesson.', { terms: ['access to'] }],
  ['Up to 3 hours a week of teaching assistant support in English lessons.', { terms: ['up to'] }],
  ['Allowed up to 3 sessions of counselling as required.', { terms: ['up to', 'as required'] }],
  ['A teaching assistant will check his splints.', { missing: ['frequency'] }],
  ['Review of his sight by the orthoptist.', { missing: ['frequency'] }],
  ['Review of her medication when appropriate.', { terms: ['when appropriate'] }],
  ['A place at the youth club once a week.', { missing: ['duration'] }],
  ['Short breaks at the Willow youth club, run by the Children with Disabilities Service.', { missing: ['frequency'] }],
  ['Short breaks: 6 hours a month at the youth club, run by the school\'s SEN team.', { missing: ['provider'] }],
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
      // A term is named by the rubric ("range") or as the plan writes it ("two to three sessions").
      for (const t of want.terms ?? []) expect(j.vague.flatMap((v) => [v.term, v.text.toLowerCase()])).toContain(t.toLowerCase());
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
  it('"as prescribed" after a medicine is no hedge (the prescription fixes the dose); after a therapy it leaves the amount open', () => {
    const med = judgeProvision('Her morning dose of insulin checked by a trained school nurse at 10.30am every school day, as prescribed by the diabetes team.', rubric);
    expect(med.vague.map((v) => v.term)).not.toContain('as indicated');
    const therapy = judgeProvision('Occupational therapy as prescribed by the occupational therapist.', rubric);
    expect(therapy.vague.map((v) => v.text)).toContain('as prescribed');
    expect(therapy.specific).toBe(false);
  });
  it('a category and a word that says nothing of it ("Additional resources") names no what; a named resource does', () => {
    expect(judgeProvision('Additional resources', rubric).elements.activity).toBe(false);
    expect(judgeProvision('Extra equipment as required.', rubric).elements.activity).toBe(false);
    expect(judgeProvision('Additional resources for maths: a Numicon set and a bead string', rubric).elements.activity).toBe(true);
  });
  it('an invigilator is a role', () => {
    expect(judgeProvision('A scribe in all mock examinations from an invigilator in the exams office.', rubric).elements.provider).toBe(true);
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
    // Frequency is how often it recurs ("in every lesson" counts); a place or an extent does not.
    ['Speech and language therapy 3x20 mins p/w from a SaLT.', { frequency: true, duration: true, provider: true }],
    ['Ear defenders for assemblies and fire drills.', { frequency: false }],
    ['A scribe in every lesson.', { frequency: true }],
    ['A reader in all lessons.', { frequency: true }],
    ['TA support throughout the school day.', { frequency: false, duration: false }],
    // A standing arrangement everyone keeps applies in every lesson and session, as "in every lesson" does.
    ['A visual timetable and a now/next board used by all staff throughout the school day.', { frequency: true }],
    ['Signed key words used by all adults who work with Tobias across the whole school day.', { frequency: true }],
    ['A traffic-light card system followed by every member of staff at all times.', { frequency: true }],
    ['Calm, low-language instructions given by all teaching staff, throughout the college day.', { frequency: true }],
    ['A teaching assistant will sit beside Marek throughout the school day.', { frequency: false }],
    ['Movement breaks throughout the day.', { frequency: false }],
    ['Ear defenders used by all staff in the hall.', { frequency: false }],
    ['A job coach every Monday from 9am to 1pm.', { frequency: true, duration: true, provider: true }],
    ['Short breaks of 2 nights per month.', { frequency: true, duration: true }],
    // Group size: a limit or a ratio; "a small group" alone names none.
    ['Literacy group of up to 6 pupils.', { groupSize: true }],
    ['Literacy work in a small group.', { groupSize: false }],
    ['Maths with a TA in a small group (max 5), three times a week for 20 minutes.', { groupSize: true }],
    ['Up to 3 hours of mentoring a week.', { groupSize: false }],
    // Who and their expertise.
    ['Counselling from a BACP-accredited counsellor, fortnightly for 50 minutes.', { provider: true, qualification: true }],
    ['Talk Boost with an ELKLAN-trained TA.', { provider: true, qualification: true }],
    ['Makaton signs used by all classroom staff in every session.', { provider: true, qualification: false }],
    ['Travel training from an independent travel trainer.', { provider: true }],
    ['Dyslexia tuition from a specialist teacher holding an OCR Level 5 certificate.', { qualification: true }],
    ['Check-ins with the exams officer.', { provider: true }],
    ['Blood test with her GP every 6 months.', { provider: true }],
    ['Chris will sit near the teacher in every lesson.', { provider: false }],
    ['Phonics sessions will lead to faster reading, 3 x 20 minutes a week.', { provider: false }],
    // The person who decides whether is not the person who delivers.
    ['Fine motor programme as advised by the OT.', { provider: false }],
    ['PECS introduced if the SALT decides it is appropriate.', { provider: false }],
    ['Short breaks as agreed with her social worker.', { provider: false }],
    ['Ella will continue to be seen by the orthopaedic consultant.', { activity: false }],
    ['Regular SENCo oversight of his provision.', { activity: false }],
    // A kind of task is a where, not a frequency; an occasion is a frequency.
    ['A pencil grip for every handwriting task.', { frequency: false }],
    ['A TA to support her to get changed for PE, every PE lesson.', { activity: true, frequency: true }],
    ['Help to manage his feelings at lunchtime.', { activity: false }],
    ['Adult help with changing for swimming.', { activity: true }],
    // Help with a meal's self-care tasks names the tasks.
    ['Help with opening her lunchbox and cutting up her food, from a lunchtime assistant.', { activity: true }],
    ['A midday supervisor will help Bea open her yoghurt pots and cut up her meat.', { activity: true }],
    // A catch-up named by its subject alone is an unnamed intervention; named or described, it is a what.
    ['Spelling catch-up as appropriate.', { activity: false }],
    ['Maths catch-up when staffing allows.', { activity: false }],
    ['Reading catch-up\tTeaching assistant\tTwice a week', { activity: false }],
    ['Maths catch-up (Numbers Count) with a trained teacher, 3 x 30 minutes a week.', { activity: true }],
    ['Spelling catch-up using Nessy with a TA, 15 minutes daily.', { activity: true }],
    ['Maths catch-up in a group of 3 with an HLTA, using Numicon, twice a week for 20 minutes.', { activity: true }],
    ['A countdown timer shown by the TA before every change of activity.', { frequency: true }],
    // A table cell that opens with "All … lessons" says how often, as "in all … lessons" does.
    ['Adapted swimming programme written by the PE department\tAll swimming lessons\tPE teacher', { frequency: true, provider: true }],
    ['Maya will continue to develop her road safety skills so that she can walk to school.', { activity: false }],
    ['Swimming with the sports lead and a head of house, weekly for 1 hour.', { provider: true }],
    ['Sensory circuit led by an LSA who has completed sensory integration training, 15 minutes daily.', { qualification: true }],
    ['Mentoring from a mentor who holds a Level 3 mentoring certificate, 30 minutes a fortnight.', { qualification: true }],
    ['Zones of Regulation with a TA and two peers, 20 minutes weekly.', { groupSize: true }],
    ['A sloping board for all written tasks.', { activity: true }],
    ['Safe space at break and lunch\tEvery break and lunchtime\tPastoral lead', { frequency: true, provider: true }],
    ['Braille lessons from a QToD, 2 x 30 minutes a week.', { qualification: true }],
    ['Sensory circuits with a TA daily for 15 minutes, overseen each term by an HCPC-registered OT.', { qualification: true }],
    ['A weekly game with one chosen friend and a TA, 15 minutes.', { groupSize: true }],
    ['Support to attend a Saturday drama club.', { frequency: false }],
    // Opportunities to do something concrete name a what; opportunities to develop an area do not.
    ['Opportunities to practise cooking with a TA.', { activity: true }],
    ['Opportunities to develop his confidence.', { activity: false }],
    ['Dietetic advice as needed from a dietitian.', { activity: false }],
    ['Physiotherapy advice to the PE department when needed.', { activity: true }],
    ['Advice from the educational psychologist to staff.', { activity: false }],
    ['Access to the school nurse.', { activity: false }],
    ['Staff will keep an eye on her mood.', { activity: false }],
    ['Small group work in science.', { activity: false }],
    ['Maya will continue to develop her road safety skills.', { activity: false }],
  ];
  for (const [s, want] of cases) {
    it(s, () => {
      const j = judgeProvision(s, rubric);
      for (const [k, v] of Object.entries(want)) expect([k, j.elements[k as keyof Elements]]).toEqual([k, v]);
    });
  }
});

describe('provision: vague terms are reported as the plan writes them', () => {
  it('keeps the words of the hedge', () => {
    const j = judgeProvision('Counselling with a school counsellor as and when required.', rubric);
    expect(j.vague.map((v) => v.text)).toEqual(['as and when required']);
  });
  it('a hedge in the review of an otherwise quantified statement is not reported', () => {
    const j = judgeProvision('Lexia with a TA, 4 x 20 minutes a week, reviewed as needed by the SENCo.', rubric);
    expect(j.vague).toEqual([]);
    expect(j.specific).toBe(true);
  });
  // issue 10: an intention and a worry nobody has yet
  it.each([
    ['The nursery will aim to send photos of his sessions home.', 'will aim to'],
    ['Vision screening by the orthoptist should problems occur.', 'should problems occur'],
  ])('%j reports %j and is not specific', (text, term) => {
    const j = judgeProvision(text, rubric);
    expect(j.vague.map((v) => v.text.toLowerCase())).toContain(term);
    expect(j.specific).toBe(false);
  });
  it('a session from a bare hour to a clock time has a length; a group "for 5 pupils" has a size (issue 10)', () => {
    const j = judgeProvision('A drama club with a youth worker every Thursday from 4 to 5.30 pm.', rubric);
    expect(j.elements).toMatchObject({ frequency: true, duration: true });
    const g = judgeProvision('A spelling club for 5 pupils, run by a teaching assistant for 20 minutes every Tuesday.', rubric);
    expect(g.elements.groupSize).toBe(true);
    expect(judgeProvision('Books for ages 6 to 8 in the class library.', rubric).elements.duration).toBe(false);
  });
  it('a capital that only starts the sentence is dropped', () => {
    const j = judgeProvision('Regularly check in with a key adult.', rubric);
    expect(j.vague.map((v) => v.text)).toContain('regularly');
  });
});

// How F, G and H are split into statements (contract "Statements").
describe('provision statements', () => {
  const inF = (f: Part[], opts: { section?: 'F' } = {}) => {
    const parts: Part[] = opts.section ? f : [{ h: 'Section F: Special educational provision' }, ...f, { h: 'Section I: Placement' }, 'Oak Primary School'];
    return analyse(buildDoc(parts), opts).provisions.map((p) => p.text);
  };

  it('short lines that lost their bullets are items; area-of-need lines are sub-headings', () => {
    const got = inF(['Communication and interaction', 'Reading support', 'Time out card', 'Social, emotional and mental health', 'Weekly mentoring with a learning mentor']);
    expect(got).toEqual(['Reading support', 'Time out card', 'Weekly mentoring with a learning mentor']);
  });

  it('areas of need numbered as items or spanning a table row are sub-headings, and end the lead-in before them', () => {
    const got = inF([
      { li: 'Communication & Interaction (C&I)', marker: '1.' },
      'All adults working with Leo will:',
      { li: 'give one instruction at a time in every lesson' },
      { li: 'Cognition and learning needs', marker: '2.' },
      { li: 'Sensory and/or physical', marker: '3.' },
      { li: 'Hearing impairment', marker: '4.' },
      { table: [['Provision', 'When', 'Who'], ['Pencil grip', 'All writing tasks', 'Teaching assistant'], ['Social, Emotional and Mental Health'], ['Worry box check', 'Daily, 5 minutes', 'Learning mentor']] },
    ]);
    expect(got).toEqual(['give one instruction at a time in every lesson', 'Pencil grip\tAll writing tasks\tTeaching assistant', 'Worry box check\tDaily, 5 minutes\tLearning mentor']);
  });

  it('headings made of category words stay headings', () => {
    const got = inF(['Specialist support', 'Visual supports', 'Equipment and resources', 'Staffing', 'Movement cushion']);
    expect(got).toEqual(['Visual supports', 'Movement cushion']);
  });

  it('items with no cue word are still provision: equipment, roles, vague aims', () => {
    const got = inF(['A wobble cushion on his chair at carpet time.', 'Help to manage his feelings.', 'Involvement of the school nurse.']);
    expect(got).toHaveLength(3);
  });

  it('needs, funding and boilerplate inside F are not statements', () => {
    const got = inF(['Noah has difficulty with working memory.', 'Top-up funding: Band 4.', 'This section sets out the provision the local authority must secure.', 'A laptop for all written work.']);
    expect(got).toEqual(['A laptop for all written work.']);
  });

  it('statutory boilerplate with section numbers, funding lines, quoted outcomes and health status lines are not statements', () => {
    const got = inF([
      'The provision below is what the local authority must secure under section 42 of the Children and Families Act 2014.',
      'Ben will be taught in a mainstream class with the following additional provision.',
      'The school will fund this provision from its notional SEN budget.',
      'Outcome 2: Ben will write his name by July 2027.',
      'The provision below must be made by the local authority. It is set out by area of need.',
      'Ben is under the care of the community paediatrician.',
      'Handwriting practice with a TA, 3 x 15 minutes a week.',
    ]);
    expect(got).toEqual(['Handwriting practice with a TA, 3 x 15 minutes a week.']);
  });

  it('"Zones of Regulation" is a programme, not the Regulations', () => {
    expect(inF([{ li: 'Zones of Regulation taught by a TA, 2 x 20 minutes a week.' }])).toHaveLength(1);
  });

  it('labelled fields in one paragraph stay one statement', () => {
    const got = inF(['Provision: touch-typing practice. Who: teaching assistant. When: 4 x 15 minutes a week.']);
    expect(got).toEqual(['Provision: touch-typing practice. Who: teaching assistant. When: 4 x 15 minutes a week.']);
  });

  it('label | value rows of one provision are one record, judged with its fields, and a new "Provision" row starts the next', () => {
    const r = analyse(
      buildDoc([
        { h: 'Section F: Special educational provision' },
        { table: [['Area', 'Communication'], ['Provision', 'Attention Autism'], ['Frequency', 'Daily, 20 minutes'], ['Staffing', 'Teaching assistant'], ['Provision', 'Sensory circuits'], ['Frequency', 'As needed'], ['Staffing', 'All staff']] },
        { h: 'Section I: Placement' },
        'Oak Primary School',
      ]),
    );
    // A form's record (the "Area" row its category) is quoted by its provision, as every label | value
    // form is, and judged with its fields.
    expect(r.provisions.map((p) => p.text)).toEqual(['Attention Autism', 'Sensory circuits']);
    const last = r.provisions[1];
    expect(last.specific).toBe(false);
    expect(last.vagueTerms).toEqual(['as needed']);
    expect(r.provisions[0].elements).toMatchObject({ frequency: true, duration: true, provider: true });
  });

  it('a flattened table row with a need cell is one statement', () => {
    const r = analyse(buildDoc(['Spelling difficulties | Nessy, 1:1 | 4 x 15 minutes per week | Teaching assistant']), { section: 'F' });
    expect(r.provisions).toHaveLength(1);
    expect(r.provisions[0].specific).toBe(true);
  });

  it('a lone line checked with --section F is judged, whatever it is', () => {
    const r = analyse(buildDoc(['Rosie needs a calm classroom.']), { section: 'F' });
    expect(r.provisions).toHaveLength(1);
    expect(r.provisions[0].specific).toBe(false);
  });

  it('"o" bullets in typed text split, and "Inc." does not end a sentence', () => {
    const got = inF(['o A laptop for all written work. o Regular contact with home.', 'A phonics programme (Read Write Inc. Phonics) with a TA, 4 x 20 minutes a week.']);
    expect(got).toEqual(['A laptop for all written work.', 'Regular contact with home.', 'A phonics programme (Read Write Inc. Phonics) with a TA, 4 x 20 minutes a week.']);
  });

  it('a single H section reports its statements once', () => {
    const doc = buildDoc([{ h: 'Section H: Social care provision' }, { li: 'A personal assistant for 3 hours every Saturday.' }, { h: 'Section I: Placement' }, 'Oak Primary School']);
    expect(analyse(doc).provisions).toHaveLength(1);
  });
});

describe('suggested wording', () => {
  it('reads a table row as one sentence: the cells are joined by commas, not tabs', () => {
    const doc = buildDoc([
      { h: 'Section F: Special educational provision' },
      { table: [['Provision', 'How often', 'Who'], ['Spelling practice in a small group', 'Weekly, as timetabling allows', 'English teacher']] },
    ]);
    const suggestions = analyse(doc).findings.filter((f) => f.ruleId.startsWith('provision.') && f.suggestion.startsWith('Specific wording')).map((f) => f.suggestion);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      expect(s).not.toMatch(/\t/);
      expect(s).toContain('Spelling practice in a small group, Weekly');
    }
  });
});

describe('provision: flattened field values, teams as providers, equipment with where it applies', () => {
  it.each([
    ['Provision: sensory play Who: setting to decide How often: as agreed', ['setting to decide', 'as agreed']],
    ['Provision: booster maths group Who: school to determine How often: as timetabled', ['school to determine', 'as timetabled']],
  ])('%j reports its discretion as vague terms', (text, terms) => {
    const j = judgeProvision(text, rubric);
    expect(j.specific).toBe(false);
    expect(j.vague.map((v) => v.text.toLowerCase())).toEqual(expect.arrayContaining(terms));
  });

  // A team or service named alone, or a bare "Staff", is no role (corpus/AUDIT.md rulings 6 and 8c); a role from a team is one.
  it.each([
    ['Hearing aid review by Audiology every 6 months, in a 30-minute appointment.', false],
    ['Staff will give him a printed copy of every homework task.', false],
    ['Provision: a visual timetable used at every change of activity Who: All staff', true],
    ['Provision: a short-break carer at home Who: a support worker from the Disabled Children\'s Team How often: 3 hours every Saturday', true],
    // "specialist" before a noun is equipment's, not a person.
    ['A specialist seat and a tilting desk in every lesson.', false],
    ['Touch-typing lessons from a literacy specialist, 1 hour weekly.', true],
  ] as [string, boolean][])('%j names a provider: %s', (text, want) => {
    expect(judgeProvision(text, rubric).elements.provider).toBe(want);
  });

  it.each([
    'Cotton gloves and emollient cream for all messy play.',
    'A reading pen in every lesson.',
    'A calculator in all maths lessons and tests.',
    'Noise-cancelling headphones in assemblies and the dining hall.',
    'A worry scale card on his desk in every lesson.',
    'A sloped writing board and pencil grips for all written work.',
  ])('%j is specific: equipment with where it applies needs no frequency or provider', (text) => {
    const j = judgeProvision(text, rubric);
    expect(j.vague).toEqual([]);
    expect(j.specific).toBe(true);
  });
});

describe('a review or test that is the statement itself', () => {
  // Rubric reference: sessions, visits, therapy and reviews need a frequency AND a length.
  it.each([
    ['Asthma review with the practice nurse every 3 months.', false],
    ['An eye test by the orthoptist once a year.', false],
    ['Epilepsy care plan review by the epilepsy nurse each term, in a 30-minute meeting with his parents.', true],
    ['A sight test by the optometrist every 12 months, a 40-minute appointment.', true],
  ])('%j is specific: %s', (text, specific) => {
    expect(judgeProvision(text, rubric).specific).toBe(specific);
  });

  it('leaves a review clause inside quantified provision alone', () => {
    expect(judgeProvision('Speech and language therapy from a speech and language therapist, 2 sessions of 30 minutes a week, reviewed each term by the SENCo.', rubric).specific).toBe(true);
  });
});

describe('things the child keeps with them and arrangements that are a person', () => {
  // Equipment the child carries needs where or when it applies, not a person to deliver it.
  const kept = [
    'His blood glucose meter and a carton of juice with him in every lesson and on school trips.',
    'My hearing aid batteries and charger with me at all times at college.',
    'Her chewy necklace and fidget band kept with her throughout the school day.',
  ];
  for (const s of kept) it(`specific, no provider needed: ${s}`, () => {
    const j = judgeProvision(s, rubric);
    expect(j.kind).toBe('equipment');
    expect(j.providerNeeded).toBe(false);
    expect(j.specific).toBe(true);
  });
  it('a person named beside it still makes it delivered support', () => {
    expect(judgeProvision('A teaching assistant will stay with him in every lesson.', rubric).kind).not.toBe('equipment');
  });
  it('a note-taker, like a reader or a scribe, is an arrangement that says where it applies', () => {
    const j = judgeProvision('A note-taker in every history and RE lesson.', rubric);
    expect(j.kind).toBe('equipment');
    expect(j.specific).toBe(true);
    expect(judgeProvision('A note-taker when available.', rubric).specific).toBe(false);
  });
});

describe('holidays as occasions and alerting devices as equipment', () => {
  it('"in each school holiday" is how often a scheme recurs', () => {
    const j = judgeProvision('A place at the Riverside holiday club for 4 days in every school holiday, with a support worker 1:2.', rubric);
    expect(j.elements.frequency).toBe(true);
    expect(j.specific).toBe(true);
  });
  it('a vibrating pager and a flashing fire alarm are equipment that say where they apply', () => {
    const j = judgeProvision('A vibrating pager linked to a flashing fire alarm in his bedroom at home.', rubric);
    expect(j.kind).toBe('equipment');
    expect(j.specific).toBe(true);
  });
  it('an alarm with nowhere it applies is still incomplete', () => {
    expect(judgeProvision('A bed alarm.', rubric).specific).toBe(false);
  });
});

describe('a vague noun after the topic it is about', () => {
  const rubric = loadRubric();
  const terms = (s: string) => judgeProvision(s, rubric).vague.map((v) => v.term);
  it('reports "support" or "input" that is what an unquantified statement provides', () => {
    expect(terms('Spelling support if needed.')).toEqual(expect.arrayContaining(['support']));
    expect(terms('Physiotherapy input when required.')).toEqual(expect.arrayContaining(['input']));
  });
  it('leaves it out where it is counted, part of a name, or a thing', () => {
    expect(terms('Handwriting support from a teaching assistant, 3 x 20 minutes a week.')).not.toContain('support');
    expect(terms('A place in the maths support group when available.')).not.toContain('support');
    expect(terms('Visual supports on her desk where possible.')).not.toContain('support');
  });
});

describe('adaptations and leaving lessons early', () => {
  const rubric = loadRubric();
  it('an adaptation fitted at a named home by a date is specific equipment', () => {
    const j = judgeProvision('A stairlift at his grandmother\u2019s house, fitted by the council\u2019s occupational therapist by 1 May 2027.', rubric);
    expect(j.kind).toBe('equipment');
    expect(j.specific).toBe(true);
  });
  it('leaving each lesson a few minutes early is an adjustment, not a session of that length', () => {
    const j = judgeProvision('Zara will leave each lesson 4 minutes before the bell, so that she reaches the lift before the corridors fill.', rubric);
    expect(j.kind).toBe('equipment');
    expect(j.specific).toBe(true);
  });
});

describe('a set number of occasions of a set length (a course)', () => {
  it.each([
    'Before the move to college, 3 taster visits of 2 hours with her learning mentor.',
    'Six 45-minute sessions of bereavement counselling from a qualified counsellor.',
  ])('%j has its frequency and duration and is specific', (s) => {
    const j = judgeProvision(s, rubric);
    expect(j.elements.frequency).toBe(true);
    expect(j.elements.duration).toBe(true);
    expect(j.specific).toBe(true);
  });
  it('a count with no length ("3 taster visits") stays not specific', () => {
    expect(judgeProvision('Before the move to college, 3 taster visits with her learning mentor.', rubric).specific).toBe(false);
  });
});

describe('break times in the plural and the staff who supervise them', () => {
  it('"at lunchtimes" and a Frequency cell "Playtimes" say how often; "midday supervisors" is a role', () => {
    expect(judgeProvision('A chess club in the library at lunchtimes, run by a teaching assistant.', rubric).elements.frequency).toBe(true);
    const row = judgeProvision('A buddy bench game with two peers\tPlaytimes\tPlayground supervisors', rubric);
    expect(row.elements.frequency).toBe(true);
    expect(row.elements.provider).toBe(true);
    expect(judgeProvision('Lunchtimes will be quieter for him.', rubric).elements.frequency).toBe(false);
  });
});

describe('"will be made available" leaves the provision to judgement', () => {
  it('is reported as a vague term and the line is not specific', () => {
    const j = judgeProvision('A quiet room for tests will be made available to Isla.', rubric);
    expect(j.vague.map((v) => v.term)).toContain('will be made available');
    expect(j.specific).toBe(false);
  });
});
