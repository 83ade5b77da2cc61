// HELD-OUT plans p91-p95 (7 December 2026): five Word-form layouts the corpus lacked, written and
// labelled before the analyser was run on them. Invented children and places; labels follow
// shared/rubric-reference.md, corpus/AUDIT.md and the rulings in corpus/HOLDOUT-FIRST-SIGHT.md
// ("Labels on the boundary") only, not the analyser. Never tune rules on them.
import { type PlanSpec, type SectionSpec, p, o, para, prose, ul, ol, table, lettered } from '../dsl.ts';
import { details, title } from '../common.ts';

type Key = SectionSpec['keys'][number];
const sec = (keys: Key[], heading: string, style: SectionSpec['style'], blocks: SectionSpec['blocks']): SectionSpec => ({ keys, heading, style, blocks });

// p91: the national template's section titles and order, typed into the LA's own Word form, with
// Section F as a four-column table per area of need ("Provision | Frequency | Delivered by | Funding").
const F_HEAD = ['Provision', 'Frequency', 'Delivered by', 'Funding'];
const p91: PlanSpec = {
  id: 'p91',
  description: 'HELD OUT. An LA Word form that follows the national template\'s section titles and order ("Section A: The views, interests and aspirations of …", "Section H1: Social care provision … Chronically Sick and Disabled Persons Act 1970", "Section H2: Other social care provision") but writes Section F as a four-column table under each area of need, "Provision | Frequency | Delivered by | Funding" (one provision per row, a "Delivered by" cell left empty in one row, the amounts and people only in the other cells); Year 6, final, moving to secondary school in September; autism and language disorder, reading, sensory needs; quantified SaLT, precision teaching, sensory circuit and transition rows beside "access to … as required", "regular" with "Staff", "opportunities to", "will be encouraged" and a weekly group with no length; G a bulleted list with a six-monthly paediatric review (no length) and an OT assessment; H1 overnight short breaks, H2 "will be offered"; no Section J at all (the form goes from I to K: J missing); PDF by LibreOffice; text with tabs between cells.',
  pdfProducer: 'soffice',
  child: { name: 'Oskar Belmonte-Fraser', dob: '14/11/2014' },
  txtTable: 'tab',
  fitTables: true,
  status: 'final',
  yearGroup: 6,
  front: [
    title('Hartwell Vale Council – Education, Health and Care Plan'),
    details(['Name of child', 'Oskar Belmonte-Fraser'], ['Date of birth', '14/11/2014'], ['Year group', 'Year 6'], ['Current setting', 'Greyfriars Primary School'], ['Plan status', 'FINAL'], ['Date issued', '20 February 2026']),
  ],
  sections: [
    sec(['A'], 'Section A: The views, interests and aspirations of Oskar and his parents', 'h2', [
      para('Oskar is 11. He knows everything about volcanoes and plays Minecraft with his older cousin. He says: "I like school when it is quiet and I know what is happening." His parents want him to settle at secondary school, to have one good friend and to be able to walk to school on his own.'),
    ]),
    sec(['B'], 'Section B: Special educational needs', 'h2', [
      para('Communication and interaction', true),
      para('Oskar is autistic and has a language disorder. He takes words literally, struggles to follow what happens in a story and finds it hard to join in with other children\'s games.'),
      para('Cognition and learning', true),
      para('Oskar reads at about the level of a Year 3 pupil and cannot yet read many common words on sight. His maths is close to the level expected for his age.'),
      para('Sensory and/or physical', true),
      para('Oskar is very sensitive to noise and becomes distressed in assemblies, PE and the dining hall.'),
    ]),
    sec(['C'], 'Section C: Health needs related to Oskar\'s special educational needs', 'h2', [
      para('Oskar was diagnosed with autism by the community paediatrician. He has great difficulty getting to sleep and takes melatonin. An occupational therapist has not yet seen him about his sensory needs.'),
    ]),
    sec(['D'], 'Section D: Social care needs related to Oskar\'s special educational needs or disability', 'h2', [
      para('Oskar\'s parents both work shifts and find evenings and weekends very hard when Oskar is distressed. The Disabled Children\'s Team assessed the family in October 2025.'),
    ]),
    sec(['E'], 'Section E: Outcomes', 'h2', [
      ul(
        o('By the end of Year 6, Oskar will answer "why" questions about a short story read to him correctly in 4 out of 5 attempts.', 'mt'),
        o('Oskar will develop his social skills.', ''),
        o('By July 2026, Oskar will read the 100 high-frequency words on his list with 95% accuracy.', 'mt'),
        o('By the end of the autumn term of Year 7, Oskar will walk to and from his new school on his own using the route he has practised.', 'mtP'),
        o('Oskar will manage his feelings better at school.', ''),
        o('By Easter 2026, Oskar will play a turn-taking game with two classmates at lunchtime for 10 minutes, needing an adult\'s help no more than once.', 'mtP'),
      ),
    ]),
    sec(['F'], 'Section F: Special educational provision', 'h2', [
      para('Communication and interaction', true),
      table(F_HEAD,
        [p('Speech and language therapy on understanding stories, inference and instructions, 1:1', 'S apqfdg'), '6 sessions of 45 minutes each term', 'HCPC-registered speech and language therapist', 'Commissioned by the LA (top-up)'],
        [p('Social communication group using the Talkabout programme', 'V apf'), 'Weekly', 'Teaching assistant', 'School (notional SEN budget)'],
        [p('Visual timetable and a now-and-next board on his desk', 'S apf'), 'Every lesson and at every change of activity', 'Class teacher and teaching assistant', 'School'],
        [p('Access to a quiet space', 'V a', ['access to', 'as required']), 'As required', '', 'School'],
      ),
      para('Cognition and learning', true),
      table(F_HEAD,
        [p('Precision teaching of high-frequency words, 1:1', 'S apqfdg'), '5 x 10 minutes a week', 'Teaching assistant trained in precision teaching', 'School'],
        [p('Maths support in class', 'V', ['support', 'regular']), 'Regular', 'Staff', 'School'],
        [p('A teaching assistant in every English and maths lesson to break tasks into steps and check he has understood each instruction', 'S apfd'), 'Every English and maths lesson (10 hours a week)', 'Teaching assistant', 'LA top-up funding (£9,400 a year)'],
      ),
      para('Social, emotional and mental health; sensory', true),
      table(F_HEAD,
        [p('Sensory circuit of 15 minutes at the start of every school day', 'S apfd'), 'Daily', 'Teaching assistant, following the occupational therapist\'s programme', 'School'],
        [p('Opportunities to take part in a lunchtime club', 'V apf', ['opportunities to']), 'Lunchtimes', 'Midday supervisors', 'School'],
        [p('Transition to secondary school: 4 extra visits of 1 hour to his new school with his key teaching assistant, and a photo book of the new building', 'S apfd'), 'Summer term 2026', 'Key teaching assistant and the secondary school SENCo', 'School'],
        [p('Ear defenders will be encouraged in noisy lessons', 'V apf', ['will be encouraged']), 'Assemblies, music and PE', 'All staff', 'School'],
      ),
    ]),
    sec(['G'], 'Section G: Health provision', 'h2', [
      ul(
        p('Review of his sleep and melatonin by the community paediatrician every 6 months.', 'V apf'),
        p('Sleep advice for his parents from the children\'s sleep practitioner as required.', 'V ap', ['as required']),
        p('An NHS occupational therapist will assess his sensory needs in school and write a sensory programme for staff, in 3 sessions of 1 hour in the summer term of 2026.', 'S apfd'),
      ),
    ]),
    sec(['H1'], 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', 'h2', [
      para(p('Overnight short breaks at Larchfield House, the council\'s short-break home for disabled children: 2 nights a month.', 'S afd')),
    ]),
    sec(['H2'], 'Section H2: Other social care provision', 'h2', [
      para(p('A carer\'s assessment for Oskar\'s parents will be offered.', 'V a', ['will be offered'])),
    ]),
    sec(['I'], 'Section I: Placement', 'h2', [
      para('Greyfriars Primary School (mainstream community primary school) until 31 August 2026; Hollins Park Academy (mainstream secondary academy) from 1 September 2026.'),
    ]),
    sec(['K'], 'Section K: Advice and information', 'h2', [
      ul('Advice from Oskar and his parents, December 2025', 'Greyfriars Primary School, December 2025', 'NHS speech and language therapy, January 2026', 'Educational psychology service, January 2026', 'Community paediatrician, January 2026', 'Disabled Children\'s Team, January 2026'),
    ]),
  ],
};

// p92: eleven numbered sections with titles only, no letters; health and social care provision as prose.
const p92: PlanSpec = {
  id: 'p92',
  description: 'HELD OUT. An LA form whose sections are numbered "1." to "11." with titles only and no section letters ("1. About Ffion …", "2. Ffion\'s special educational needs", "3. … health needs", "4. … social care needs", "5. The outcomes …", "6. The special educational provision …", "7. The health provision …", "8. The social care provision …" (a single H), "9. The school or other institution", "10. Personal budget", "11. Advice and information"), headings in bold; Year 2, DRAFT whose section 9 names a type of school (placementInDraft); cerebral palsy (diplegia), handwriting and toileting; health provision (7) and social care provision (8) written as prose paragraphs, several statements to a paragraph, not lists; outcomes numbered; "support … as required", "opportunities to", "as needed", "regularly", a phonics group with no size or frequency beside quantified physiotherapy, stretching and personal-assistant statements and a one-off home assessment with a date.',
  pdfProducer: 'soffice',
  child: { name: 'Ffion Castellano-Reid', dob: '19/06/2019' },
  txtTable: 'tab',
  status: 'draft',
  yearGroup: 2,
  front: [
    title('Tarnbrook District Council'),
    title('DRAFT Education, Health and Care Plan'),
    details(['Name', 'Ffion Castellano-Reid'], ['Date of birth', '19/06/2019'], ['School year', 'Year 2'], ['School', 'St Anselm\'s C of E Primary School'], ['Date of draft', '2 March 2026']),
  ],
  sections: [
    sec(['A'], '1. About Ffion and what matters to her and her family', 'bold', [
      para('Ffion is 6. She loves singing, her dog Biscuit and anything purple. She says: "I want to run in the races on sports day." Her mum and dad want her to be as independent as she can be and to have friends who invite her to play.'),
    ]),
    sec(['B'], '2. Ffion\'s special educational needs', 'bold', [
      para('Ffion has cerebral palsy (spastic diplegia). She tires quickly, finds it very hard to hold a pencil and write, and cannot yet manage her clothes in the toilet on her own. Her reading is a little behind that of her classmates.'),
    ]),
    sec(['C'], '3. Ffion\'s health needs', 'bold', [
      para('Ffion walks with a walking frame and wears ankle-foot orthoses. Her calf muscles are tight and she needs a daily stretching programme. She needs help with toileting.'),
    ]),
    sec(['D'], '4. Ffion\'s social care needs', 'bold', [
      para('Ffion\'s family live in a first-floor flat with no lift; her parents carry her up and down the stairs and help her in and out of the bath. The Children with Disabilities Team assessed the family in January 2026.'),
    ]),
    sec(['E'], '5. The outcomes we want Ffion to achieve', 'bold', [
      ol(
        o('By July 2026, Ffion will write her first name and a simple 5-word sentence on a sloping board with a chunky pencil.', 'mt'),
        o('By the end of Year 2, Ffion will pull her trousers up and down in the toilet on her own on 4 days out of 5.', 'mtP'),
        o('Ffion will be more confident.', ''),
        o('Ffion will make friends.', 'P'),
        o('By December 2026, Ffion will read a Year 2 book-band text aloud with 90% accuracy.', 'mt'),
      ),
    ]),
    sec(['F'], '6. The special educational provision Ffion needs', 'bold', [
      ul(
        p('A teaching assistant trained in moving and handling will help Ffion with transfers, toileting and moving around school throughout the school day (32.5 hours a week).', 'S apqfd'),
        p('A handwriting programme set by the occupational therapist, delivered 1:1 by a teaching assistant, 4 x 15 minutes a week.', 'S apfdg'),
        p('A sloping board, chunky pencils and a laptop for longer writing in every lesson.', 'S af'),
        p('Adult support at playtimes as required.', 'V', ['support', 'as required']),
        p('Phonics in a small group with the class teacher.', 'V ap'),
        p('Opportunities to practise dressing for PE on her own.', 'V a', ['opportunities to']),
      ),
    ]),
    sec(['G'], '7. The health provision Ffion needs', 'bold', [
      prose(
        p('An NHS paediatric physiotherapist will see Ffion in school for 45 minutes every 4 weeks to update her stretching programme and check her frame.', 'S apfd'),
        p('A teaching assistant trained by the physiotherapist will carry out the stretching programme with her for 15 minutes every day after lunch.', 'S apqfd'),
        p('Her orthoses will be checked regularly by the orthotics service.', 'V ap', ['regularly']),
      ),
      prose(
        p('The occupational therapist will visit school as needed to advise on her seating and equipment.', 'V ap', ['as needed']),
        p('The continence nurse will meet Ffion\'s parents and her teaching assistant for 30 minutes once a term to review her toileting plan.', 'S apfd'),
      ),
    ]),
    sec(['H1', 'H2'], '8. The social care provision Ffion needs', 'bold', [
      prose(
        p('The Children with Disabilities Team will fund a personal assistant for 4 hours every Saturday to take Ffion swimming and to the park, paid through a direct payment.', 'S apfd'),
        p('The council\'s occupational therapist will assess the family\'s flat for a stair lift and a level-access shower by 31 May 2026.', 'S ap'),
      ),
      prose(
        p('Ffion\'s family will be given information about holiday clubs that can include her.', 'V a'),
      ),
    ]),
    sec(['I'], '9. The school or other institution', 'bold', [
      para('A mainstream primary school.'),
    ]),
    sec(['J'], '10. Personal budget', 'bold', [
      para('A direct payment for the personal assistant hours in part 8, managed by Ffion\'s parents.'),
    ]),
    sec(['K'], '11. Advice and information', 'bold', [
      ul('Parents\' advice, December 2025', 'St Anselm\'s C of E Primary School, December 2025', 'Paediatric physiotherapy, January 2026', 'Occupational therapy, January 2026', 'Educational psychologist, January 2026', 'Children with Disabilities Team, January 2026'),
    ]),
  ],
  checks: { placementInDraft: true },
};

// p93: a post-16 college plan: "Study programme" in F, outcomes under the four PfA domains.
const p93: PlanSpec = {
  id: 'p93',
  description: 'HELD OUT. A post-16 college plan: aged 17 in the first year of a two-year foundation study programme at a general FE college (no year group), final; Section E split under the four preparing-for-adulthood headings ("Employment", "Independent living", "Friends, relationships and community", "Good health"), some outcomes SMART and some not; Section F titled "Study programme and special educational provision" with sub-headings "Study programme" (the course, Functional Skills maths, a work placement and tutorials) and "Additional support"; developmental language disorder and MLD; speech and language therapy only in G (therapyOnlyInHealth) beside a yearly GP health check (no length) and "will be made available"; H1 a youth support worker for 3 hours a week, H2 "None."; "support", "access to", "as appropriate" beside quantified lines.',
  pdfProducer: 'soffice',
  child: { name: 'Tariq Holmwood-Nash', dob: '02/02/2009' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: null,
  front: [
    title('Kestrel Bay Council – Post-16 Education, Health and Care Plan'),
    details(['Young person', 'Tariq Holmwood-Nash'], ['Date of birth', '02/02/2009'], ['Age', '17'], ['College', 'Kestrel Bay College'], ['Study programme', 'Foundation Learning – Catering and Hospitality, year 1 of 2'], ['Status', 'Final'], ['Date finalised', '5 January 2026']),
  ],
  sections: [
    sec(['A'], 'Section A – About me', 'h2', [
      para('I am 17. I like cooking, football and grime music. I want to be a chef and have my own flat one day. My dad wants me to get a job and to go out more with people my own age.'),
    ]),
    sec(['B'], 'Section B – My special educational needs', 'h2', [
      para('Tariq has a developmental language disorder and a moderate learning difficulty. He misunderstands long spoken instructions, reads at about Entry Level 2 and needs numbers and money explained with real objects. He is slow to ask for help.'),
    ]),
    sec(['C'], 'Section C – My health needs', 'h2', [
      para('Tariq\'s language disorder was diagnosed by NHS speech and language therapy. He has mild asthma and is above a healthy weight for his height.'),
    ]),
    sec(['D'], 'Section D – My social care needs', 'h2', [
      para('Tariq lives with his dad and two younger brothers. He cannot yet travel on his own or cook a meal, and he sees no friends outside college.'),
    ]),
    sec(['E'], 'Section E – Outcomes', 'h2', [
      para('Employment', true),
      ul(
        o('By July 2026, Tariq will complete his Level 1 Certificate in Introduction to Professional Cookery.', 'mtP'),
        o('By the end of his placement in May 2026, Tariq will prepare vegetables for service to the head chef\'s standard on his own for a 2-hour shift.', 'mtP'),
        o('Tariq will get a job.', 'P'),
      ),
      para('Independent living', true),
      ul(
        o('By December 2026, Tariq will travel by bus from home to college and back on his own every day.', 'mtP'),
        o('Tariq will be more independent at home.', 'P'),
      ),
      para('Friends, relationships and community', true),
      ul(
        o('By the end of his first year at college, Tariq will go to a youth club or a college club with a friend at least once a week.', 'mtP'),
      ),
      para('Good health', true),
      ul(
        o('Tariq will eat more healthily.', 'P'),
        o('By his next annual review, Tariq will walk for 30 minutes on at least 3 days a week, recorded on his phone.', 'mtP'),
      ),
    ]),
    sec(['F'], 'Section F – Study programme and special educational provision', 'h2', [
      para('Study programme', true),
      ul(
        p('Level 1 Certificate in Introduction to Professional Cookery, taught by qualified catering lecturers in a class of no more than 12, 12 hours a week over 36 weeks.', 'S apqfdg'),
        p('Entry Level 3 Functional Skills maths, 2 hours a week in a group of no more than 8, taught by a qualified maths teacher.', 'S apqfdg'),
        p('A work placement in a hotel kitchen one day (6 hours) a week from January 2026, with a college job coach beside him for the first 4 weeks.', 'S apfd'),
        p('Tutorials with his personal tutor.', 'V ap'),
      ),
      para('Additional support', true),
      ul(
        p('A learning support assistant in all practical kitchen sessions to break recipes into steps and keep him safe with knives and heat.', 'S apf'),
        p('Support from staff with reading recipes.', 'V a', ['support']),
        p('Access to the Learning Hub at lunchtimes.', 'V af', ['access to']),
        p('Independent travel training, 1:1 with the college\'s travel trainer, 2 x 1-hour sessions a week for the first 8 weeks of the autumn term.', 'S apfdg'),
        p('Mentoring as appropriate.', 'V a', ['as appropriate']),
      ),
    ]),
    sec(['G'], 'Section G – Health provision', 'h2', [
      ul(
        p('Speech and language therapy from the NHS transition speech and language therapist on understanding instructions at work: 6 sessions of 45 minutes, 1:1, in the autumn term.', 'S apfdg'),
        p('Annual health check with his GP.', 'V apf'),
        p('Advice from a dietitian will be made available.', 'V ap', ['will be made available']),
      ),
    ]),
    sec(['H1'], 'Section H1 – Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)', 'h2', [
      para(p('A youth support worker from the 14-25 Disability Team for 3 hours every Thursday evening, going with Tariq to a youth club and practising the bus journey there and back.', 'S apfd')),
    ]),
    sec(['H2'], 'Section H2 – Other social care provision', 'h2', [para('None.')]),
    sec(['I'], 'Section I – Placement', 'h2', [para('Kestrel Bay College (general further education college), Foundation Learning Department.')]),
    sec(['J'], 'Section J – Personal budget', 'h2', [para('Tariq\'s father has asked for a direct payment for the youth support worker hours in Section H1; this is agreed.')]),
    sec(['K'], 'Section K – Advice and information', 'h2', [
      ul('Tariq and his father, October 2025', 'Kestrel Bay College, November 2025', 'NHS speech and language therapy, November 2025', 'Educational psychologist, November 2025', '14-25 Disability Team, December 2025'),
    ]),
  ],
  checks: { therapyOnlyInHealth: true },
};

// p94: every section in its own shaded one-cell table (the heading the cell's first paragraph).
const p94: PlanSpec = {
  id: 'p94',
  description: 'HELD OUT. A Word form that puts every section in its own shaded one-cell table, the section heading ("Section A: About Mirela" … "Section K: Advice and information") the cell\'s first, bold paragraph and the content below it in the same cell (plain text: the heading line, then the content); Year 8, final; a child in care with attachment difficulties, anxiety and dyslexia; migraines and a CAMHS referral in C with "Not applicable." in G (healthNeedsWithoutProvision); single H with social worker visits and contact "as agreed"; ELSA, check-in, Lexia and homework-club lines beside "where possible", "intervention", a time-out card with no when or where and a termly PEP meeting (no length); PDF by Chromium with running header and footer.',
  pdfProducer: 'chromium',
  child: { name: 'Mirela Ashworth-Okafor', dob: '21/10/2012' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 8,
  front: [
    title('Brantwood City Council – Education, Health and Care Plan'),
    details(['Name', 'Mirela Ashworth-Okafor'], ['Date of birth', '21/10/2012'], ['Year group', 'Year 8'], ['School', 'Stonecroft Academy'], ['Looked after', 'Yes'], ['Plan', 'Final, issued 12 January 2026']),
  ],
  sections: [
    sec(['A'], 'Section A: About Mirela', 'boxTable', [
      para('Mirela is 13. She likes baking, dance and looking after her foster carers\' rabbits. She says she wants "teachers who don\'t shout" and to be a hairdresser. Her foster carers want her to feel safe at school and to catch up with her reading.'),
    ]),
    sec(['B'], 'Section B: Special educational needs', 'boxTable', [
      para('Mirela has attachment difficulties after early neglect and becomes very anxious when adults are unfamiliar or when plans change; she may walk out of lessons. She has dyslexia: she reads slowly and her spelling is weak.'),
    ]),
    sec(['C'], 'Section C: Health needs', 'boxTable', [
      para('Mirela has migraines about twice a month. She has been referred to CAMHS because of her anxiety and is waiting for an appointment.'),
    ]),
    sec(['D'], 'Section D: Social care needs', 'boxTable', [
      para('Mirela is in the care of Brantwood City Council and lives with long-term foster carers. She has contact with her birth mother.'),
    ]),
    sec(['E'], 'Section E: Outcomes', 'boxTable', [
      ul(
        o('By July 2026, Mirela will name three things that help her calm down and use one of them when she is upset, on 4 out of 5 occasions recorded by her key adult.', 'mtP'),
        o('Mirela will have better relationships with adults.', 'P'),
        o('By the end of Year 8, Mirela will read an age-appropriate text aloud at 90 words per minute.', 'mt'),
        o('Mirela will attend school more.', ''),
        o('By February 2027, Mirela\'s attendance will be at least 95% in every half term.', 'mt'),
      ),
    ]),
    sec(['F'], 'Section F: Special educational provision', 'boxTable', [
      ul(
        p('ELSA sessions, 1:1 with an Emotional Literacy Support Assistant trained by the educational psychology service, 40 minutes every week for 12 weeks.', 'S apqfdg'),
        p('A key adult (the Pastoral Manager) will meet Mirela for a 10-minute check-in at the start of every school day.', 'S apfd'),
        p('A time-out card will be provided.', 'V a'),
        p('Literacy intervention in a small group.', 'V a', ['intervention']),
        p('The Lexia reading programme on a laptop, 4 x 20 minutes a week in the Learning Support base, with a teaching assistant.', 'S apfd'),
        p('Dyslexia-friendly teaching in lessons where possible.', 'V a', ['where possible']),
        p('A personal education plan meeting every term with her designated teacher, social worker and foster carers.', 'V apf'),
        p('Homework club after school on Tuesdays and Thursdays for 1 hour, run by a teaching assistant.', 'S apfd'),
      ),
    ]),
    sec(['G'], 'Section G: Health provision', 'boxTable', [para('Not applicable.')]),
    sec(['H1', 'H2'], 'Section H: Social care provision', 'boxTable', [
      ul(
        p('Her social worker from the Children in Care Team will visit her every 6 weeks for at least an hour, including time alone with Mirela.', 'S apfd'),
        p('Contact with her birth mother will be arranged as agreed.', 'V a', ['as agreed']),
      ),
    ]),
    sec(['I'], 'Section I: Placement', 'boxTable', [para('Stonecroft Academy (mainstream secondary academy).')]),
    sec(['J'], 'Section J: Personal budget', 'boxTable', [para('No personal budget requested.')]),
    sec(['K'], 'Section K: Advice and information', 'boxTable', [
      ul('Mirela and her foster carers, November 2025', 'Stonecroft Academy, November 2025', 'Educational psychologist, December 2025', 'Children in Care Team, December 2025', 'Virtual School, December 2025'),
    ]),
  ],
  checks: { healthNeedsWithoutProvision: true },
};

// p95: a draft printed to PDF with the child's name in the header, "Page x of y" in the footer and a
// "DRAFT" watermark on every page; F numbered F1-F9.
const p95: PlanSpec = {
  id: 'p95',
  description: 'HELD OUT. A DRAFT exported to PDF by Chromium with a running header carrying the child\'s name and date of birth, a footer "OFFICIAL - SENSITIVE Page x of y" and a large "DRAFT" watermark across every page; the plain text is a copy from that PDF, with header, watermark word and footer between blocks; F items numbered "F1" to "F9"; Year 11, vision impairment (albinism and nystagmus) and anxiety; Section I "To be named in the final plan" (neither placementInDraft nor placementMissing); habilitation, QTVI, careers and large-print lines beside "regular", "as appropriate", "may be offered" and a bare "touch-typing practice"; G a yearly eye-clinic review (no length), a dated low-vision assessment and "if needed"; H1 community access hours, H2 short breaks "as required".',
  pdfProducer: 'chromium',
  child: { name: 'Lowen Pritchard-Abara', dob: '03/01/2010' },
  txtTable: 'tab',
  txtRunningHeaderEvery: 7,
  watermark: 'DRAFT',
  status: 'draft',
  yearGroup: 11,
  front: [
    title('Penrose and Carrick Council – DRAFT Education, Health and Care Plan'),
    details(['Name', 'Lowen Pritchard-Abara'], ['Date of birth', '03/01/2010'], ['National curriculum year', 'Year 11'], ['Current school', 'Carrick Vale School'], ['Draft issued', '26 February 2026']),
  ],
  sections: [
    sec(['A'], 'Section A - Views, interests and aspirations', 'h2', [
      para('Lowen is 16. He climbs at the indoor wall every weekend and writes his own music on his laptop. He wants to study music production at college and then work in a recording studio. His parents want him to travel on his own and to stop worrying so much.'),
    ]),
    sec(['B'], 'Section B - Special educational needs', 'h2', [
      para('Lowen has a severe vision impairment (albinism with nystagmus); he needs print enlarged to N24 and cannot see the board. He becomes very anxious about examinations and new places and has missed lessons because of it.'),
    ]),
    sec(['C'], 'Section C - Health needs', 'h2', [
      para('Lowen has oculocutaneous albinism and nystagmus, followed by the hospital eye clinic. His skin burns easily in the sun.'),
    ]),
    sec(['D'], 'Section D - Social care needs', 'h2', [
      para('Lowen cannot yet get to places he does not know on his own and depends on his parents to go out. He is known to the Sensory Social Care Team.'),
    ]),
    sec(['E'], 'Section E - Outcomes', 'h2', [
      ul(
        o('By July 2026, Lowen will travel on his own from home to Penrose town centre by bus, using his monocular to read the bus numbers.', 'mtP'),
        o('Lowen will achieve a grade 5 or above in GCSE English and maths by the end of Year 11.', 'mt'),
        o('Lowen will be more confident.', ''),
        o('By the end of the spring term 2026, Lowen will choose and apply for two post-16 courses.', 'mtP'),
        o('Lowen will look after his own health, including protecting his skin from the sun.', 'P'),
      ),
    ]),
    sec(['F'], 'Section F - Special educational provision', 'h2', [
      lettered(['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9'],
        p('Mobility and orientation training from a qualified habilitation specialist, 1:1, 1 hour every fortnight, learning the routes to the bus station and to college.', 'S apqfdg'),
        p('Modified large print (N24 bold) copies of all worksheets, texts and examination papers.', 'S a'),
        p('A qualified teacher of children and young people with vision impairment (QTVI) will visit school for 1 hour each half term to advise staff and check his equipment.', 'S apqfd'),
        p('Touch-typing practice.', 'V a'),
        p('A laptop with screen magnification software for all lessons and examinations.', 'S af'),
        p('Careers guidance from a careers adviser qualified to Level 6: two 1:1 interviews of 45 minutes in the autumn term of Year 11.', 'S apqfdg'),
        p('Regular check-ins with his form tutor.', 'V ap', ['regular']),
        p('Extra time in examinations as appropriate.', 'V a', ['as appropriate']),
        p('Peer mentoring may be offered.', 'V a', ['may be offered']),
      ),
    ]),
    sec(['G'], 'Section G - Health provision', 'h2', [
      ul(
        p('Review by the hospital eye clinic every 12 months.', 'V apf'),
        p('A low-vision assessment for new magnifiers by the optometrist at the low-vision clinic by 31 March 2026.', 'S ap'),
        p('Counselling with the school nurse if needed.', 'V ap', ['if needed']),
      ),
    ]),
    sec(['H1'], 'Section H1 - Social care provision under the Chronically Sick and Disabled Persons Act 1970', 'h2', [
      para(p('Community access with a personal assistant: 3 hours every Saturday at his climbing club, practising the bus route there and back.', 'S apfd')),
    ]),
    sec(['H2'], 'Section H2 - Other social care provision', 'h2', [
      para(p('Short breaks as required.', 'V a', ['as required'])),
    ]),
    sec(['I'], 'Section I - Placement', 'h2', [para('To be named in the final plan, after consultation.')]),
    sec(['J'], 'Section J - Personal budget', 'h2', [para('A direct payment for the personal assistant hours in Section H1.')]),
    sec(['K'], 'Section K - Advice and information', 'h2', [
      ul('Lowen and his parents, January 2026', 'Carrick Vale School, January 2026', 'Sensory Support Service (QTVI), January 2026', 'Habilitation specialist, January 2026', 'Sensory Social Care Team, February 2026'),
    ]),
  ],
};

export const PLANS_G: PlanSpec[] = [p91, p92, p93, p94, p95];
