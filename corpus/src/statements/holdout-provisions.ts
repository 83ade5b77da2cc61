// HELD-OUT single provision statements: never used to tune the analyser's rules. Written 2026-12-01
// in wording deliberately unlike provisions.ts (shorthand, LA abbreviations, named programmes,
// hedges in natural positions, G and H provision), labelled from shared/rubric-reference.md §2 and
// the conventions in corpus/AUDIT.md only. Same shape and code letters as provisions.ts.
import { provisionList } from './lines.ts';

const { s, lines } = provisionList();

// --- Specific ---
s('F', 'SALT: 2x30m/wk direct therapy in school from an HCPC-registered SALT, 1:1, targeting the comprehension aims in Section E.', 'S apqfdg', [], 'Shorthand amount; registered role.');
s('F', 'Attention Autism (stages 1-3) daily for 15 mins in a group of up to 6, led by an LSA who has completed Attention Autism training.', 'S apqfdg', [], '"Up to 6" limits a group size, which is fine.');
s('F', 'Read Write Inc. Phonics, 5 x weekly 25 mins, in a group of no more than 4, taught by an HLTA trained in RWI.', 'S apqfdg', [], 'Named programme, shorthand amount, trained HLTA.');
s('F', 'Numicon: 3 x weekly 20 mins, 1:2 with a TA, until the end of the summer term.', 'S apfdg', [], 'Named programme, ratio, role.');
s('F', 'Daily (15 mins) Precision Teaching of times-table facts with the class LSA, 1:1, with probes recorded on a fluency chart.', 'S apfdg', [], 'Bracketed length; LSA is a role.');
s('F', 'Talkabout (self-awareness and conversation levels), 1 x 45 minutes per week per half-term block of 6, in a group of 4 led by the ELSA.', 'S apfdg', [], 'Blocks of 6 weekly sessions per half term.');
s('F', 'Zones of Regulation lesson once a week (30 minutes) with the ELSA and two peers, followed by a 5-minute check of his zones chart each morning by the class TA.', 'S apfdg', [], 'Both parts quantified with roles.');
s('F', 'A TEACCH-style independent workstation in the classroom, used for 3 x 15-minute work tasks each day, set up and refreshed weekly by the class teacher.', 'S apfd', [], 'Named approach, daily amount, who.');
s('F', 'PECS (Phase 3 onwards) used by all adults in class across the whole school day, with a PECS-trained TA running a 10-minute 1:1 teaching session every morning.', 'S apqfdg', [], 'Continuous use plus a quantified daily session.');
s('F', 'Intensive Interaction, 3 x 10 minutes daily, 1:1, from a key adult (teaching assistant) who has attended Intensive Interaction Institute training.', 'S apqfdg', [], 'The bracket gives the role.');
s('F', 'Sensory circuits every morning on arrival (20 minutes) and after lunch (10 minutes), run by an LSA following the programme written by the OT.', 'S apfd', [], 'Named programme, both times quantified.');
s('F', 'Toe by Toe, 1:1, every school day for 15 minutes, with the same TA throughout the year.', 'S apfdg', [], 'Named programme, daily, length, role.');
s('F', 'Colourful Semantics, 2 x 20 mins per week, small group (max 3), delivered by a TA trained by the SALT.', 'S apqfdg', [], 'Group capped; trained TA.');
s('F', 'Lego therapy - builder/supplier/engineer roles - 1 x 40 min per week, group of 3, facilitated by an HLTA.', 'S apfdg', [], 'Dashes and slashes; fully quantified.');
s('F', 'Full-time 1:1 LSA (32.5 hours per week) in all lessons, break, lunch and at all transitions, to carry out the strategies in his behaviour support plan.', 'S apfdg', [], 'Continuous support with hours and extent.');
s('F', 'An adult (TA) will meet Rhys at the school gate at 8.40am each morning and walk with him to his form room, and will accompany him at all transitions between lessons.', 'S apf', [], 'Concrete what, daily, continuous at transitions.');
s('F', 'Access arrangements for all internal and external examinations: 25% extra time, a prompter and rest breaks, organised by the exams officer.', 'S ap', [], '"Access arrangements" names the adjustments; not "access to" a service.');
s('F', 'A sloping board and a Stabilo left-handed pen for every writing task.', 'S a', [], 'Equipment with where (a kind of task is a where, AUDIT).');
s('F', 'Noise-cancelling headphones available to Kacper in the dining hall and during all whole-school assemblies.', 'S af', [], 'Equipment; "all assemblies" is every session of a kind (AUDIT).');
s('F', 'Coloured overlay (blue) and a reading ruler for all reading in class and in tests.', 'S a', [], 'Equipment with where.');
s('F', 'Visual now-and-next board on his desk, changed by the LSA at each change of activity.', 'S apf', [], 'Resource with who and when.');
s('F', 'Enlarged print A3 copies of all board work and worksheets, prepared in N24 bold by the sensory support service\'s resource technician.', 'S ap', [], 'Adjustment with where and a role.');
s('F', 'QTVI teaching of touch-typing and screen-reader skills, 90 minutes every week, 1:1, from a QTVI employed by the sensory support service.', 'S apqfdg', [], 'A QTVI is a qualified role.');
s('F', 'Educational Psychologist: 4 visits per year of 2 hours each, to carry out a consultation with staff and parents and to review the outcomes in Section E.', 'S apfd', [], 'Visits counted per year with a length.');
s('F', 'OT: a block of 6 x 45 minute sessions each spring term, 1:1, from an HCPC-registered occupational therapist, to teach dressing and cutlery skills.', 'S apqfdg', [], 'A block per term, registered role.');
s('F', 'Social skills: 3 x weekly 20 mins in a group of 4 using the Time to Talk scheme, run by the HLTA.', 'S apfdg', [], 'Named scheme, shorthand amount.');
s('F', 'The English department TA will go over the key vocabulary for each class novel with Tariq, 2 x 15 mins per week, 1:1.', 'S apfdg', [], 'Concrete what with amount and role.');
s('F', 'ELSA: 6 weekly sessions of 45 minutes in the autumn and spring terms, 1:1, on anger and worry, with a trained ELSA.', 'S apqfdg', [], 'Sessions per term with length.');
s('F', 'A key worker (LSA) will greet Esme and go through her visual timetable for 10 minutes at the start of every day and check in for 5 minutes after lunch.', 'S apfd', [], 'Daily, quantified, role in brackets.');
s('F', 'Teaching in a class of no more than 10 pupils, with a teacher and two LSAs, for the whole of the school week.', 'S apg', [], 'Continuous provision with its extent and staffing.');
s('F', 'Speech and language therapy: 12 hours per year of direct 1:1 therapy from an HCPC-registered speech and language therapist, delivered in school in sessions of 45 minutes, plus 3 hours per year to train the class team.', 'S apqfdg', [], 'Totals per year with a session length.');
s('F', 'Independent travel training from the council\'s travel trainer, 1 x 2 hours per week for 10 weeks in the summer term, on the route from home to Abbeyfield College.', 'S apfd', [], 'Quantified PfA provision.');
s('F', 'Weekly 1-hour Duke of Edinburgh (Bronze) session with the outdoor learning lead, in a group of 8.', 'S apfdg', [], 'Named activity, weekly with length.');
s('F', 'Supported internship: 4 days per week (9.30am-2.30pm) at the hospital placement, with a job coach on site for the first 4 weeks, reducing to 1 hour per day from week 5.', 'S apfd', [], 'Times and per-day amounts.');
s('F', 'Daily 10-minute fine motor warm-up (Funky Fingers) before the first writing lesson, in a group of 5, led by the class TA.', 'S apfdg', [], 'Named activity, daily, length.');
s('F', 'A scribe for all written examinations and for extended writing in humanities lessons, provided by an LSA.', 'S ap', [], 'Adjustment with where and role.');
s('G', 'Paediatric dietitian review every 6 months (45 minutes) at the child development centre, with the gastrostomy feeding regime updated in writing after each review.', 'S apfd', [], 'Health review, role, frequency and length.');
s('G', 'Two named TAs trained by the epilepsy specialist nurse to give buccal midazolam, with refresher training of 1 hour every 12 months.', 'S apqfd', [], 'Quantified training by a role.');
s('G', 'CAMHS: 8 sessions of CBT (50 minutes, weekly) with a CAMHS clinical psychologist, starting in the autumn term 2026.', 'S apfd', [], 'Quantified therapy with a role.');
s('G', 'Continence nurse to review Harriet\'s toileting plan with school staff and parents once a term in a 1-hour meeting.', 'S apfd', [], 'Review with frequency and length.');
s('G', 'The school nurse will check Stanley\'s BiPAP settings and oxygen saturation at 12.30pm every school day (10 minutes).', 'S apfd', [], 'Care procedure timed by the clock.');
s('H1', 'Personal care (washing, dressing and toileting) at home from two carers, 45 minutes each morning and 45 minutes each evening, 7 days a week, commissioned by adult social care.', 'S apfd', [], 'Social care, fully quantified.');
s('H1', 'Overnight respite at Rowan Lodge: 3 nights per month, with a 1:1 support worker while awake.', 'S apfdg', [], 'Nights per month with a role.');
s('H2', 'Direct payment of 4 hours per week (Saturdays) to employ a personal assistant who takes Callum swimming and to the library.', 'S apfd', [], 'Direct payment with hours and the PA\'s role.');
s('H2', 'Short breaks: a place at the Saturday youth club for disabled young people (10am-3pm every Saturday in term time), staffed at a ratio of 1:3 by youth workers.', 'S apfdg', [], 'Times, day and ratio.');

// --- Not specific ---
s('F', 'Direct SALT from the NHS therapist, 2x30m/wk, where staffing allows.', 'V apfd', ['where staffing allows'], 'Quantified but conditional on staffing.');
s('F', 'Attention Autism sessions at the discretion of the class teacher.', 'V a', ['at the discretion of the class teacher'], 'Left to a teacher\'s judgement.');
s('F', 'Fine motor programme as advised by the OT.', 'V a', ['as advised by the OT'], 'What and amount left to later advice.');
s('F', 'Ibrahim should be offered a place in the lunchtime Lego therapy club.', 'V a', ['should be offered'], 'Not secured.');
s('F', 'Dhruv would benefit from Precision Teaching of spellings.', 'V a', ['would benefit from'], 'A recommendation, not a commitment.');
s('F', 'Access to the sensory room.', 'V a', ['access to'], 'Access to; no when, who or how long.');
s('F', 'Daily sensory circuits (20-30 minutes) run by the LSA.', 'V apfd', ['20-30 minutes'], 'A range leaves the length open.');
s('F', 'Up to 10 hours per week of 1:1 HLTA time for reading and writing.', 'V apfdg', ['up to'], '"Up to" allows zero.');
s('F', 'A structured reading programme, e.g. Read Write Inc. or similar, 4 x 20 mins weekly with a TA.', 'V apfd', ['e.g.', 'or similar'], 'The what is left open.');
s('F', 'Numeracy intervention (Numicon or similar).', 'V a', ['or similar'], 'Named example hedged; nothing quantified.');
s('F', 'Zones of Regulation will be used across school.', 'V a', [], 'No who, no amount.');
s('F', 'Regular SENCo oversight of provision.', 'V p', ['regular'], 'Oversight is not a concrete what; unqualified regular.');
s('F', 'The EP will be involved as necessary.', 'V p', ['as necessary'], 'No what; discretion.');
s('F', 'TA support in class.', 'V p', ['support'], 'Support as the what; no extent.');
s('F', 'Talkabout group weekly.', 'V af', [], 'Frequency without length; no role.');
s('F', 'Toe by Toe three times a week with an adult.', 'V af', [], 'No length; "an adult" is not a role.');
s('F', 'LSA to provide emotional support throughout the day when Frankie becomes dysregulated.', 'V p', ['support'], 'Support as an aim.');
s('F', 'HLTA-led Lego therapy, 45 minutes, in a group of three.', 'V apdg', [], 'A length without a frequency.');
s('F', 'Opportunities to practise life skills, such as cooking and shopping, in the community.', 'V', ['opportunities', 'such as'], 'Opportunities; examples leave the what open.');
s('F', 'Colourful Semantics to be delivered by a TA, frequency to be agreed with the SALT.', 'V ap', ['frequency to be agreed'], 'Amount left open.');
s('F', 'Movement breaks should be offered when Eliza appears restless.', 'V a', ['should be offered'], 'Not secured; left to judgement.');
s('F', 'Teachers may use a visual timer to help Rosa finish tasks.', 'V ap', ['may'], 'May: not a commitment.');
s('F', 'Periodic advice from the QTVI.', 'V pq', ['periodic'], 'Advice with no what or amount; periodic. A QTVI is a qualified role (qualification true, as everywhere else).');
s('F', 'PECS will be introduced if the SALT feels it is appropriate.', 'V a', ['if the SALT feels it is appropriate'], 'Whether left to a later judgement.');
s('F', 'SENCo to monitor Idris\'s attendance and wellbeing.', 'V p', ['monitor'], 'Monitoring as the provision itself.');
s('F', 'Intensive Interaction as part of the class routine.', 'V a', [], 'No who, no amount.');
s('F', 'Small-group maths with the HLTA 3 x weekly.', 'V apf', [], 'No length; unsized group.');
s('F', 'A laptop.', 'V a', [], 'Equipment with no when or where.');
s('F', 'Ear defenders and a wobble cushion to be provided.', 'V a', [], 'Equipment with no when or where.');
s('F', 'Writing frames and word banks where possible.', 'V a', ['where possible'], 'Where possible.');
s('F', 'Differentiation of the curriculum by all teachers, as appropriate to Zainab\'s needs.', 'V ap', ['as appropriate'], 'As appropriate; no concrete what.');
s('F', 'Time out of class if needed, with an adult.', 'V a', ['if needed'], 'If needed.');
s('F', 'A reduced timetable, reviewed regularly.', 'V a', [], 'No hours: the timetable is not quantified (the review wording does not govern).');
s('F', 'Support from the Autism Outreach service for school staff, 3 visits a year.', 'V f', ['support'], 'Support with no what; a service is not a role; no length.');
s('F', '1:1 LSA for 25 hours.', 'V apdg', [], 'An amount without a period.');
s('F', 'Lunchtime club, 2 x weekly, subject to availability.', 'V af', ['subject to availability'], 'Subject to resources.');
s('F', 'Precision Teaching 4-5 times a week for 10 minutes with the TA.', 'V apfd', ['4-5 times a week'], 'A range leaves the frequency open.');
s('F', 'Post-16: the college will provide learning support in lessons and help with travel.', 'V', ['support'], 'The college is not a role; support and help as aims.');
s('G', 'Physiotherapy review as and when required by the community physio.', 'V ap', ['as and when required'], 'Discretion.');
s('G', 'Nell will continue to be seen by the community paediatrician.', 'V p', [], 'No what, no amount.');
s('G', 'Medication (methylphenidate) to be given in school in line with the school\'s medicines policy.', 'V a', ['in line with the school\'s medicines policy'], 'Left to the school\'s usual policy; no time or who.');
s('G', 'CAMHS input to be considered if Tariq\'s anxiety increases.', 'V', ['input', 'to be considered'], 'Not secured; input.');
s('H1', 'Overnight respite - number of nights TBC at the next panel.', 'V a', ['TBC'], 'No amount yet.');
s('H1', 'Help with washing and dressing at home as assessed by the social worker.', 'V a', ['as assessed'], 'Amount left to assessment.');
s('H2', 'Direct payments could be explored to fund a PA.', 'V', ['could'], 'Not a commitment; no amount.');
s('H2', 'Short breaks will be offered during school holidays.', 'V a', ['will be offered'], 'Not secured; no amount.');

export const HOLDOUT_PROVISION_LINES = lines();
