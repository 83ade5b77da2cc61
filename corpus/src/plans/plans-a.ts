// Plans p01-p06. Invented children and places; labels follow shared/rubric-reference.md.
import { type PlanSpec, p, o, para, ul, ol, table } from '../dsl.ts';
import { details, title } from '../common.ts';

const p01: PlanSpec = {
  id: 'p01',
  description: 'Year 4, final, "Section X: Title" h2 headings, bulleted provision, half specific; review mention inside a quantified line; G present.',
  pdfProducer: 'chromium',
  child: { name: 'Oliver Penhallow', dob: '14/03/2017' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 4,
  front: [
    title('Westmarsh Council'),
    title('Education, Health and Care Plan (Final)'),
    details(['Name', 'Oliver Penhallow'], ['Date of birth', '14/03/2017'], ['National curriculum year', 'Year 4'], ['Date plan finalised', '12 February 2026'], ['EHC coordinator', 'Priya Lanner']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A: The views, interests and aspirations of the child and parents', style: 'h2', blocks: [
      para('Oliver loves dinosaurs, Lego and swimming. He says: "I like it when Miss shows me pictures before we start."'),
      para('His parents would like him to be able to read his own bedtime stories and to feel calm at school.'),
    ] },
    { keys: ['B'], heading: 'Section B: Special educational needs', style: 'h2', blocks: [
      para('Cognition and learning: Oliver has a specific learning difficulty (dyslexia). His reading age is about two years below his chronological age and he finds spelling and written recording hard.'),
      para('Social, emotional and mental health: Oliver becomes anxious when tasks change without warning and can leave the classroom.'),
    ] },
    { keys: ['C'], heading: 'Section C: Health needs related to SEN', style: 'h2', blocks: [
      para('Oliver has mild asthma, managed with a blue reliever inhaler kept in class.'),
    ] },
    { keys: ['D'], heading: 'Section D: Social care needs', style: 'h2', blocks: [
      para('Oliver has no identified social care needs at this time.'),
    ] },
    { keys: ['E'], heading: 'Section E: Outcomes', style: 'h2', blocks: [
      ul(
        o('By the end of Year 4, Oliver will read aloud a book banded at Year 3 level with 95% accuracy.', 'mt'),
        o('Oliver will improve his handwriting.', ''),
        o('By July 2027, Oliver will write three connected sentences using capital letters and full stops independently in 4 out of 5 pieces of work.', 'mt'),
        o('Oliver will be happier at school and make good progress.', ''),
        o('Oliver will tell an adult when he feels anxious, using his feelings chart, on at least 4 out of 5 occasions by his next annual review.', 'mt'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F: Special educational provision', style: 'h2', blocks: [
      para('To meet the needs in Section B and work towards the outcomes in Section E, the following provision will be made:'),
      ul(
        p('A structured phonics programme (Read Write Inc. Fresh Start) delivered 1:1 by a teaching assistant trained in the programme, for 4 x 20 minutes each week.', 'S apqfdg'),
        p('Pre-teaching of key topic vocabulary for 15 minutes before each science and history lesson, in a group of no more than 3 pupils, led by a teaching assistant.', 'S apfdg'),
        p('Regular opportunities to practise his reading with an adult.', 'V a', ['regular', 'opportunities']),
        p('A writing slope and a pencil grip to be available for all written work.', 'S a'),
        p('Support from the Learning Mentor as required to help Oliver manage his emotions.', 'V p', ['support', 'as required']),
        p('Daily 10-minute precision teaching of sight words, 1:1 with a teaching assistant, with progress reviewed half-termly by the SENCo.', 'S apfdg'),
        p('Oliver would benefit from a quiet space to work when he becomes overwhelmed.', 'V a', ['would benefit from']),
        p('Access to a small group social skills intervention.', 'V', ['access to', 'intervention']),
        p('A visual timetable on his desk and a "now and next" board, used by all staff in every lesson.', 'S apf'),
      ),
    ] },
    { keys: ['G'], heading: 'Section G: Health provision', style: 'h2', blocks: [
      ul(p('The school nurse will train all staff who supervise Oliver in the use of his inhaler, once each school year, in a 30-minute session.', 'S apfd')),
    ] },
    { keys: ['H1'], heading: 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', style: 'h2', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Section H2: Any other social care provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Section I: Placement', style: 'h2', blocks: [para('Brookfield Primary School, Westmarsh (mainstream community primary school).')] },
    { keys: ['J'], heading: 'Section J: Personal budget', style: 'h2', blocks: [para('No personal budget has been requested.')] },
    { keys: ['K'], heading: 'Section K: Advice and information', style: 'h2', blocks: [
      ul('Appendix 1: Parental advice, 3 November 2025', 'Appendix 2: Educational psychology advice, Dr H. Armitage, 20 November 2025', 'Appendix 3: School advice, Brookfield Primary School'),
    ] },
  ],
};

const p02: PlanSpec = {
  id: 'p02',
  description: 'Reception, draft with Section I correctly blank, bold "F." headings, early years provision, health needs with G provision, "e.g." and "may" hedges.',
  pdfProducer: 'chromium',
  child: { name: 'Amara Oyelaran-Fisk', dob: '02/11/2020' },
  txtTable: 'pipe',
  txtBullet: '-',
  status: 'draft',
  yearGroup: 0,
  front: [
    title('KELBRIDGE BOROUGH COUNCIL'),
    title('DRAFT Education, Health and Care Plan'),
    para('This is a draft plan. You have 15 days from the date it was sent to tell us your views and to ask for a particular school or setting to be named.'),
    details(['Child', 'Amara Oyelaran-Fisk'], ['Date of birth', '02/11/2020'], ['Year group', 'Reception'], ['Current setting', 'Little Acorns Nursery class, Kelbridge'], ['Date draft issued', '9 January 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'A. About Amara', style: 'bold', blocks: [para('Amara enjoys bubbles, singing and water play. Her mum says she is affectionate and determined.')] },
    { keys: ['B'], heading: 'B. Special educational needs', style: 'bold', blocks: [
      para('Amara has global developmental delay. She uses around 10 single words and some signs. She needs adult help with dressing and toileting.'),
    ] },
    { keys: ['C'], heading: 'C. Health needs', style: 'bold', blocks: [para('Amara is under the care of the community paediatrician for global developmental delay. She has a cow\'s milk protein allergy.')] },
    { keys: ['D'], heading: 'D. Social care needs', style: 'bold', blocks: [para('No social care needs have been identified.')] },
    { keys: ['E'], heading: 'E. Outcomes', style: 'bold', blocks: [
      ol(
        o('By the end of Reception, Amara will use 50 single words or signs to ask for things she wants.', 'mt'),
        o('Amara will develop her communication skills.', ''),
        o('Amara will attend speech and language therapy sessions.', 'x'),
        o('By July 2026, Amara will put on her coat and shoes with no more than one verbal prompt.', 'mtP'),
      ),
    ] },
    { keys: ['F'], heading: 'F. Special educational provision', style: 'bold', blocks: [
      ul(
        p('Amara will have a key person who will support her throughout the day.', 'V p', ['support']),
        p('Speech and language therapy: 30 minutes of direct therapy every fortnight from an HCPC-registered speech and language therapist, with a programme delivered by her key person for 10 minutes each day.', 'S apqfd'),
        p('Makaton signing and a visual timetable used by all staff throughout each session.', 'S apf'),
        p('Small group language intervention (e.g. Talk Boost).', 'V a', ['e.g.']),
        p('Amara may need additional adult help at lunchtime.', 'V', ['may']),
      ),
    ] },
    { keys: ['G'], heading: 'G. Health provision', style: 'bold', blocks: [
      ul(
        p('Amara will be seen by the community paediatrician every six months for a 30-minute review appointment.', 'S apfd'),
        p('Dietetic advice as needed.', 'V', ['as needed']),
      ),
    ] },
    { keys: ['H1', 'H2'], heading: 'H. Social care provision', style: 'bold', blocks: [para('None identified.')] },
    { keys: ['I'], heading: 'I. Placement', style: 'bold', blocks: [para('')] },
    { keys: ['J'], heading: 'J. Personal budget', style: 'bold', blocks: [para('Not applicable.')] },
    { keys: ['K'], heading: 'K. Advice and information', style: 'bold', blocks: [ul('Parent advice', 'Early years setting advice', 'Speech and language therapy advice', 'Paediatric advice')] },
  ],
};

const p03: PlanSpec = {
  id: 'p03',
  description: 'Year 9, final, "Part X –" headings; speech and language therapy only in G; no preparing-for-adulthood outcome; "ongoing" and "monitor" hedges.',
  pdfProducer: 'chromium',
  child: { name: 'Jayden Mortlake', dob: '21/06/2012' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 9,
  checks: { therapyOnlyInHealth: true, preparingForAdulthoodMissing: true },
  front: [
    title('Harrowdean County Council – Children\'s Services'),
    title('Education, Health and Care Plan'),
    details(['Name', 'Jayden Mortlake'], ['DOB', '21/06/2012'], ['School year', 'Year 9'], ['Plan status', 'Final'], ['Date of issue', '3 March 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'Part A – Views, interests and aspirations', style: 'h3', blocks: [para('Jayden likes football, drawing cartoons and gaming with his cousin. He wants to be an animator.')] },
    { keys: ['B'], heading: 'Part B – Special educational needs', style: 'h3', blocks: [
      para('Jayden has a developmental language disorder. He has difficulty understanding long instructions and abstract vocabulary, and his spoken sentences are short.'),
      para('He has low self-esteem about his learning.'),
    ] },
    { keys: ['C'], heading: 'Part C – Health needs', style: 'h3', blocks: [para('Jayden is known to the NHS Speech and Language Therapy Service.')] },
    { keys: ['D'], heading: 'Part D – Social care needs', style: 'h3', blocks: [para('None.')] },
    { keys: ['E'], heading: 'Part E – Outcomes', style: 'h3', blocks: [
      ul(
        o('By the end of Year 9, Jayden will follow a three-step spoken instruction in class without a repeat in 4 out of 5 observed opportunities.', 'mt'),
        o('Jayden will understand more subject vocabulary.', ''),
        o('By the end of Key Stage 3, Jayden will explain the meaning of 20 key science words in his own words.', 'mt'),
        o('Jayden will reach his full potential.', ''),
      ),
    ] },
    { keys: ['F'], heading: 'Part F – Special educational provision', style: 'h3', blocks: [
      ul(
        p('A word-learning programme for subject vocabulary, delivered in a group of no more than 4 by a teaching assistant, 3 times a week for 20 minutes.', 'S apfdg'),
        p('Jayden\'s teachers will check his understanding.', 'V p'),
        p('Instructions chunked into short steps and backed by written key words on the board, by all subject teachers in every lesson.', 'S apf'),
        p('Ongoing mentoring to build self-esteem.', 'V a', ['ongoing']),
        p('A weekly 30-minute 1:1 session with the school\'s pastoral mentor to set and review personal targets.', 'S apfdg'),
        p('Homework club for 1 hour every Tuesday and Thursday after school, supervised by a teaching assistant.', 'S apfd'),
      ),
    ] },
    { keys: ['G'], heading: 'Part G – Health provision', style: 'h3', blocks: [
      ul(
        p('Speech and language therapy from the NHS Speech and Language Therapy Service: a block of 6 x 45-minute sessions each term with a speech and language therapist.', 'S apfd'),
        p('Ongoing monitoring by the speech and language therapy service.', 'V', ['ongoing', 'monitoring']),
      ),
    ] },
    { keys: ['H1'], heading: 'Part H1 – Social care provision (CSDPA 1970)', style: 'h3', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Part H2 – Other social care provision', style: 'h3', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Part I – School or other institution', style: 'h3', blocks: [para('Greyfriars Academy, Harrowdean (mainstream academy, 11-16).')] },
    { keys: ['J'], heading: 'Part J – Personal budget', style: 'h3', blocks: [para('None requested.')] },
    { keys: ['K'], heading: 'Part K – Advice and information', style: 'h3', blocks: [ul('Speech and language therapy report, January 2026', 'Educational psychology report, December 2025', 'School advice')] },
  ],
};

const area = (name: string) => para(name, true);

const p04: PlanSpec = {
  id: 'p04',
  description: 'Year 11, final, "SECTION X" upper-case headings, combined B/E/F tables per area of need with column labels (multi-page), preparing-for-adulthood outcomes, row-level provision cells.',
  pdfProducer: 'chromium',
  child: { name: 'Sofia Drummond-Reyes', dob: '08/01/2010' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 11,
  front: [
    title('CLIFFMOOR CITY COUNCIL'),
    title('EDUCATION, HEALTH AND CARE PLAN – FINAL'),
    details(['Name of young person', 'Sofia Drummond-Reyes'], ['Date of birth', '08/01/2010'], ['Year group', 'Year 11'], ['Date of this plan', '27 January 2026'], ['Review date', 'January 2027']),
  ],
  sections: [
    { keys: ['A'], heading: 'SECTION A – VIEWS, INTERESTS AND ASPIRATIONS', style: 'h2', blocks: [
      para('Sofia would like to study animal care at college and one day work in a veterinary practice. She enjoys horse riding and looking after her rabbits.'),
    ] },
    { keys: ['C'], heading: 'SECTION C – HEALTH NEEDS', style: 'h2', blocks: [para('Sofia has hypermobility syndrome and fatigues quickly when writing or standing.')] },
    { keys: ['D'], heading: 'SECTION D – SOCIAL CARE NEEDS', style: 'h2', blocks: [para('None identified.')] },
    { keys: ['B', 'E', 'F'], heading: 'SECTIONS B, E AND F – NEEDS, OUTCOMES AND PROVISION', style: 'h2', blocks: [
      para('Each table sets out a need (Section B), the outcome sought (Section E) and the special educational provision that will meet it (Section F).'),
      area('Cognition and learning'),
      table(['Special educational needs (B)', 'Outcomes (E)', 'Provision (F)', 'Who will provide', 'How often'],
        ['Sofia\'s reading comprehension is at about a 10-year-old level.', o('By the end of Year 11, Sofia will answer inference questions on a GCSE-level text with 70% accuracy.', 'mt'), p('Reciprocal reading intervention in a group of no more than 4 students', 'S apfdg'), 'Teaching assistant', '2 x 30 minutes per week'],
        ['Sofia takes a long time to plan written answers.', o('Sofia will improve her written work.', ''), p('Writing frames and planning templates for extended answers', 'S apf'), 'All subject teachers', 'In every lesson with extended writing'],
        ['Sofia finds revision hard to organise.', o('By May 2026, Sofia will follow her own revision timetable for 4 weeks, ticking off each session.', 'mt'), p('Study skills mentoring', 'V ap', ['as required']), 'Learning mentor', 'As required'],
        ['Sofia\'s processing speed is in the low average range.', o('Sofia will access the curriculum.', ''), p('25% extra time and a rest break in all internal and external examinations', 'S ap'), 'Exams officer', 'All examinations'],
      ),
      area('Physical and sensory'),
      table(['Special educational needs (B)', 'Outcomes (E)', 'Provision (F)', 'Who will provide', 'How often'],
        ['Sofia\'s handwriting becomes slow and painful after 10 minutes.', o('By the end of the spring term 2026, Sofia will touch type at 25 words per minute.', 'mt'), p('Use of a school laptop for all extended written work, with a touch-typing course', 'S apfd'), 'SENCo to arrange; teaching assistant to supervise course', 'Laptop daily; typing course 3 x 15 minutes per week'],
        ['Sofia tires when standing and carrying books.', o('Sofia will move between lessons on time, carrying only what she needs, on every school day by the end of the autumn term 2026.', 'mt'), p('A locker on the ground floor and a second set of textbooks kept at home', 'S ap'), 'Head of Year', 'Throughout the school year'],
        ['Sofia has weak core stability.', o('Sofia will be more confident in PE.', ''), p('Occupational therapy programme delivered by a teaching assistant trained by the occupational therapist', 'S apqfd'), 'Teaching assistant trained by the occupational therapist', '3 x 20 minutes per week'],
        ['Sofia finds practical science hard because of fine motor difficulties.', o('Sofia will carry out a practical experiment with adapted equipment.', 'm'), p('Adapted science equipment where possible', 'V ap', ['where possible']), 'Science technician', 'Where possible'],
      ),
      area('Preparing for adulthood'),
      table(['Special educational needs (B)', 'Outcomes (E)', 'Provision (F)', 'Who will provide', 'How often'],
        ['Sofia is unsure how to get to college on her own.', o('By July 2026, Sofia will travel by bus from home to Fenwick College on her own, three days in a row.', 'mtP'), p('Independent travel training on the college bus route', 'S apfd'), 'Travel trainer from the council\'s travel training team', '6 x 1-hour sessions in the summer term 2026'],
        ['Sofia wants to work with animals but has no work experience.', o('By the end of Year 11, Sofia will complete a one-week work placement at an animal rescue centre, arriving on time each day.', 'mtP'), p('Careers guidance interview and placement planning with the school careers adviser', 'S apqfd'), 'Careers adviser (Level 6 qualified)', '2 x 45-minute meetings in the autumn term'],
        ['Sofia is anxious about meeting new people.', o('Sofia will have lots of friends at college.', 'P'), p('Opportunities to take part in clubs and activities', 'V a', ['opportunities', 'ongoing']), 'The school', 'Ongoing'],
        ['Sofia manages her own hypermobility exercises with reminders.', o('By her next annual review, Sofia will complete her daily stretching routine at home without reminders on 5 days out of 7.', 'mtP'), p('Daily exercise routine', 'V af'), 'Sofia with her family', 'Daily'],
      ),
    ] },
    { keys: ['G'], heading: 'SECTION G – HEALTH PROVISION', style: 'h2', pageBreak: true, blocks: [
      ul(p('Physiotherapy review of Sofia\'s exercise programme by an NHS physiotherapist, one 45-minute appointment each term.', 'S apfd')),
    ] },
    { keys: ['H1'], heading: 'SECTION H1 – SOCIAL CARE PROVISION (s2 CSDPA 1970)', style: 'h2', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'SECTION H2 – OTHER SOCIAL CARE PROVISION', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'SECTION I – PLACEMENT', style: 'h2', blocks: [para('Cliffmoor High School, a mainstream maintained secondary school.')] },
    { keys: ['J'], heading: 'SECTION J – PERSONAL BUDGET', style: 'h2', blocks: [para('No personal budget.')] },
    { keys: ['K'], heading: 'SECTION K – ADVICE AND INFORMATION', style: 'h2', blocks: [ul('Occupational therapy advice', 'Physiotherapy advice', 'Educational psychology advice', 'School advice', 'Careers advice')] },
  ],
};

const p05: PlanSpec = {
  id: 'p05',
  description: 'Year 12 at a further education college, final, person-centred "F – The help I will get" headings, first-person provision, PfA outcomes, numbers in words.',
  pdfProducer: 'chromium',
  child: { name: 'Callum Ferreira', dob: '30/04/2009' },
  txtTable: 'pipe',
  status: 'final',
  yearGroup: 12,
  front: [
    title('Brackenridge Council'),
    title('My Education, Health and Care Plan'),
    details(['My name', 'Callum Ferreira'], ['My date of birth', '30/04/2009'], ['Where I learn', 'Lowmere College, Level 1 Catering (NC Year 12)'], ['Type of plan', 'Final plan, issued 16 December 2025']),
  ],
  sections: [
    { keys: ['A'], heading: 'A – All about me', style: 'h2', blocks: [para('I like cooking, music and my dog Pepper. I want to work in a café kitchen and live in my own flat one day.')] },
    { keys: ['B'], heading: 'B – My special educational needs', style: 'h2', blocks: [para('I have a moderate learning difficulty and autism. I find it hard to manage money, to plan my time and to talk to people I do not know.')] },
    { keys: ['C'], heading: 'C – My health needs', style: 'h2', blocks: [para('I do not have any health needs related to my learning.')] },
    { keys: ['D'], heading: 'D – My social care needs', style: 'h2', blocks: [para('I do not have a social worker. I do not need social care.')] },
    { keys: ['E'], heading: 'E – What I want to achieve (my outcomes)', style: 'h2', blocks: [
      ul(
        o('By the end of my first year at college, I will make a hot lunch for two people from a recipe card without adult help.', 'mtP'),
        o('By July 2026, I will pay for items in a shop using a bank card and check my change or receipt, on three separate trips.', 'mtP'),
        o('I will have a good future working in catering.', 'P'),
        o('I will feel more confident talking to customers.', 'P'),
        o('Within twelve months I will order food in a café by myself, using my script card if I need it.', 'mtP'),
      ),
    ] },
    { keys: ['F'], heading: 'F – The help I will get', style: 'h2', blocks: [
      ul(
        p('I will have a job coach with me on my work placement at the college café for three hours every Wednesday afternoon, employed by the college.', 'S apfd'),
        p('Two 45-minute sessions each week of functional maths (money) in a class of no more than eight students, taught by a maths lecturer.', 'S apfdg'),
        p('My tutors will help me with my timetable if I need it.', 'V p', ['if I need it']),
        p('Social communication group for one hour a week, run by a learning support practitioner trained in Lego-based therapy, with up to 6 students.', 'S apqfdg'),
        p('Access to the college\'s learning support team.', 'V', ['access to']),
        p('A named learning support assistant to meet me at the college entrance at 8.45 every morning and go over my day, for 10 minutes.', 'S apfd'),
        p('Support with independent living skills.', 'V', ['support']),
      ),
    ] },
    { keys: ['G'], heading: 'G – Health help', style: 'h2', blocks: [para('No health provision is needed.')] },
    { keys: ['H1'], heading: 'H1 – Social care help (CSDPA 1970)', style: 'h2', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'H2 – Other social care help', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'I – Where I will learn', style: 'h2', blocks: [para('Lowmere College (general further education college).')] },
    { keys: ['J'], heading: 'J – My personal budget', style: 'h2', blocks: [para('I do not have a personal budget.')] },
    { keys: ['K'], heading: 'K – Advice and information', style: 'h2', blocks: [ul('My views', 'College advice', 'Educational psychologist advice (2023)')] },
  ],
};

const p06: PlanSpec = {
  id: 'p06',
  description: 'Age 21, no national curriculum year, final, single "Section H" for social care with provision, specialist college, PfA outcomes, PDF produced by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Hannah Wexley', dob: '11/09/2004' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: null,
  front: [
    title('Ashcombe Metropolitan Borough Council'),
    title('Education, Health and Care Plan'),
    details(['Young person', 'Hannah Wexley'], ['Date of birth', '11/09/2004 (age 21)'], ['Status', 'Final'], ['Date issued', '5 February 2026'], ['Current provision', 'Second year of a three-year study programme']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A – My views, interests and aspirations', style: 'h2', blocks: [para('Hannah wants to live with friends in supported housing and to work in a garden centre. She enjoys gardening, swimming and karaoke.')] },
    { keys: ['B'], heading: 'Section B – Special educational needs', style: 'h2', blocks: [para('Hannah has Down syndrome and a severe learning difficulty. She communicates using short sentences and Makaton. She needs help to cook safely, manage money and travel.')] },
    { keys: ['C'], heading: 'Section C – Health needs', style: 'h2', blocks: [para('Hannah has hypothyroidism, treated with daily medication, and a mild hearing loss in her left ear.')] },
    { keys: ['D'], heading: 'Section D – Social care needs', style: 'h2', blocks: [para('Hannah needs support with personal care routines and with going out in the community safely. Her parents need short breaks.')] },
    { keys: ['E'], heading: 'Section E – Outcomes', style: 'h2', blocks: [
      ol(
        o('By July 2026, Hannah will make a sandwich and a hot drink safely, following a picture sequence, with no more than one prompt.', 'mtP'),
        o('Hannah will become more independent.', 'P'),
        o('By the end of her study programme in July 2027, Hannah will complete a 6-week work placement at a garden centre, two mornings a week.', 'mtP'),
        o('By her next annual review, Hannah will take her thyroid tablet each morning from a blister pack, with staff only checking, on 6 days out of 7.', 'mtP'),
        o('Hannah will have a good social life.', 'P'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F – Special educational provision', style: 'h2', blocks: [
      ul(
        p('A 3-day-a-week study programme (9.30am to 3.30pm) at Ashcombe Specialist College, in a class of no more than 8 learners with a teacher and two learning support assistants.', 'S apfdg'),
        p('Independent living skills sessions in the college training flat, 2 x 90 minutes per week, led by an independent living tutor.', 'S apfd'),
        p('Speech and language therapy: a programme written by a speech and language therapist and delivered by learning support assistants for 15 minutes daily, with a 1-hour therapist review each half term.', 'S apfd'),
        p('Work experience opportunities will be explored.', 'V a', ['opportunities']),
        p('A radio aid for all taught sessions, checked every morning by her learning support assistant.', 'S apf'),
        p('Hannah should have travel training when a trainer is available.', 'V a', ['should', 'when a trainer is available']),
      ),
    ] },
    { keys: ['G'], heading: 'Section G – Health provision', style: 'h2', blocks: [
      ul(
        p('Audiology review as required.', 'V a', ['as required']),
        p('Hannah\'s GP will monitor her thyroid levels.', 'V p', ['monitor']),
      ),
    ] },
    { keys: ['H1', 'H2'], heading: 'Section H – Social care provision', style: 'h2', blocks: [
      ul(
        p('A personal assistant for 6 hours each Saturday to support Hannah to go swimming and to the shops, funded by adult social care.', 'S apfd'),
        p('Overnight short breaks at Elm Lodge: 24 nights per year.', 'S afd'),
        p('Help with personal care where needed.', 'V', ['where needed']),
      ),
    ] },
    { keys: ['I'], heading: 'Section I – Placement', style: 'h2', blocks: [para('Ashcombe Specialist College, an independent specialist post-16 institution.')] },
    { keys: ['J'], heading: 'Section J – Personal budget', style: 'h2', blocks: [para('A direct payment of £2,340 per year for the personal assistant hours in Section H.')] },
    { keys: ['K'], heading: 'Section K – Advice and information', style: 'h2', blocks: [ul('Adult social care assessment, October 2025', 'College advice', 'Speech and language therapy advice', 'Audiology report')] },
  ],
};

export const PLANS_A: PlanSpec[] = [p01, p02, p03, p04, p05, p06];
