// HELD-OUT plans p39-p42: templates the corpus lacked, written after the rules reached ~1.00 on
// p01-p38, and never to be used for tuning. Invented children and places; labels follow
// shared/rubric-reference.md and the conventions in corpus/AUDIT.md only (not the analyser).
import { type PlanSpec, p, o, para, ul, table, lettered, sublist } from '../dsl.ts';
import { details, title } from '../common.ts';

const std = (letter: string) => ({ keys: [letter as 'A'], style: 'plain' as const });

const p39: PlanSpec = {
  id: 'p39',
  description: 'Year 3, final; Section F as numbered paragraphs per area of need ("1. Communication and interaction", "1.1", "2.1") with bulleted sub-items under each paragraph, some of which take their who and how often from a stem; autism and language disorder; health provision in G; PDF produced by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Teodor Wisniewski', dob: '03/05/2018' },
  txtTable: 'tab',
  txtBullet: '•',
  status: 'final',
  yearGroup: 3,
  front: [
    title('Ashdene and Wold Council – Education, Health and Care Plan'),
    details(['Child', 'Teodor Wisniewski'], ['Date of birth', '03/05/2018'], ['Year group', 'Year 3'], ['Plan status', 'Final'], ['Date plan finalised', '9 March 2026']),
  ],
  sections: [
    { ...std('A'), heading: 'A. Views, interests and aspirations', blocks: [para('Teodor loves trains, drawing maps of the Underground and swimming with his dad. His parents want him to have a friend to play with and to be able to read the signs when they travel.')] },
    { ...std('B'), heading: 'B. Special educational needs', blocks: [para('Teodor is autistic and has a language disorder. He understands short, familiar sentences, takes a long time to process what is said and finds noise and changes of routine very hard. His reading is about two years behind his age.')] },
    { ...std('C'), heading: 'C. Health needs', blocks: [para('Teodor has chronic constipation, managed by his GP, and sleeps badly; the community paediatrician prescribes melatonin.')] },
    { ...std('D'), heading: 'D. Social care needs', blocks: [para('None identified.')] },
    { ...std('E'), heading: 'E. Outcomes', blocks: [
      ul(
        o('By the end of Year 4, Teodor will follow a 3-step spoken instruction in class without a visual prompt on 4 out of 5 occasions.', 'mt'),
        o('By July 2027, Teodor will ask a classmate to join his game at lunchtime on 3 days a week.', 'mtP'),
        o('Teodor will tolerate the noise of the dining hall.', ''),
        o('By the end of Key Stage 2, Teodor will read a Year 5 text with 90% accuracy and answer 4 out of 5 literal questions about it.', 'mt'),
        o('Teodor will get changed for PE on his own by the end of Year 3.', 'mtP'),
        o('Teodor will make progress in maths.', ''),
      ),
    ] },
    { ...std('F'), heading: 'F. Special educational provision', blocks: [
      para('1. Communication and interaction'),
      lettered(['1.1'], p('Teodor will receive direct speech and language therapy from an HCPC-registered speech and language therapist: 6 sessions of 40 minutes each half term, 1:1, in school.', 'S apqfdg')),
      sublist(['•', '•'],
        p('The therapist will write a programme of targets, which a teaching assistant trained by the therapist will deliver 1:1 for 15 minutes every day.', 'S apqfdg'),
        p('The therapist will meet the class teacher for 30 minutes each half term to update the strategies below.', 'S apfd')),
      lettered(['1.2'], 'All staff who teach Teodor will, in every lesson:'),
      sublist(['•', '•', '•'],
        p('cut spoken instructions to one step at a time, with the key word stressed;', 'S apf'),
        p('show him a now-and-next card before each change of activity;', 'S apf'),
        p('allow him extra processing time where appropriate.', 'V apf', ['where appropriate'])),
      para('2. Cognition and learning'),
      lettered(['2.1'], p('Phonics catch-up using Read Write Inc. one-to-one tutoring, 10 minutes every afternoon, with an HLTA trained in RWI.', 'S apqfdg')),
      sublist(['•'], p('His progress will be checked by the English lead with the RWI assessment every 6 weeks.', 'V apf')),
      lettered(['2.2'], p('Maths: Teodor would benefit from Numicon in a small group.', 'V a', ['would benefit from'])),
      para('3. Social, emotional and mental health'),
      lettered(['3.1'], p('A sensory circuit of 15 minutes at 9am each day, run by a teaching assistant, using the circuit written by the occupational therapist.', 'S apfd')),
      sublist(['•', '•'],
        p('a movement break of 5 minutes after every 20 minutes of seated work, taken in the corridor with a teaching assistant;', 'S apfd'),
        p('access to a quiet area at lunchtime if the hall is too noisy.', 'V a', ['access to'])),
      lettered(['3.2'], p('A lunchtime Lego therapy club, 30 minutes twice a week, in a group of 4 pupils, run by a teaching assistant trained in Lego-based therapy.', 'S apqfdg')),
      para('4. Sensory and physical'),
      lettered(['4.1', '4.2'],
        p('Ear defenders kept in his tray and used in assemblies, the dining hall and fire drills.', 'S a'),
        p('Occupational therapy advice to school as required.', 'V a', ['as required'])),
    ] },
    { ...std('G'), heading: 'G. Health provision', blocks: [
      ul(
        p('The school nurse will meet his parents and the class teacher once a term for 30 minutes to review Teodor\'s toileting plan.', 'S apfd'),
        p('Review of his sleep and melatonin by the community paediatrician.', 'V ap')),
    ] },
    { keys: ['H1', 'H2'], heading: 'H. Social care provision', style: 'plain', blocks: [para('Not applicable.')] },
    { ...std('I'), heading: 'I. Placement', blocks: [para('Ashdene Primary School (mainstream primary).')] },
    { ...std('J'), heading: 'J. Personal budget', blocks: [para('None requested.')] },
    { ...std('K'), heading: 'K. Advice and information', blocks: [ul('Speech and language therapy report, January 2026', 'Educational psychology advice, January 2026', 'Paediatric advice', 'School SEN support plan')] },
  ],
};

const p40: PlanSpec = {
  id: 'p40',
  description: 'A young person aged 18 at a further education college, final; the plan is written in the first person ("I will have…", "The help I will get with my learning"); cerebral palsy, epilepsy and a learning difficulty; PfA outcomes and an aspiration inside E; personal care and a direct payment in H1/H2; no year group shown; PDF printed by Chromium with running header and footer.',
  pdfProducer: 'chromium',
  child: { name: 'Keeley Marsh', dob: '17/08/2007' },
  txtTable: 'tab',
  txtBullet: '-',
  status: 'final',
  yearGroup: null,
  front: [
    title('My Education, Health and Care Plan'),
    details(['My name', 'Keeley Marsh'], ['My date of birth', '17 August 2007 (I am 18)'], ['Where I study', 'Brackwater College, Foundation Learning'], ['This is my', 'Final plan, issued 2 February 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A – About me and what I want for my future', style: 'h2', blocks: [para('I am funny and I like drama, music and going to the cinema with my cousin. I use a powered wheelchair and a communication app on my tablet. When I leave college I want to work in a café and live with my friends.')] },
    { keys: ['B'], heading: 'Section B – What I find hard with learning', style: 'h2', blocks: [para('I have cerebral palsy and a moderate learning difficulty. My speech is hard for new people to understand. I am working at Entry Level 2 in English and maths. I get tired in the afternoons.')] },
    { keys: ['C'], heading: 'Section C – My health', style: 'h2', blocks: [para('I have epilepsy and take medicine twice a day. I have seizures about once a month. My wheelchair needs checking because I am still growing.')] },
    { keys: ['D'], heading: 'Section D – My social care needs', style: 'h2', blocks: [para('I need help from two people to get up, wash and dress. I would like to go out more with people my own age without my mum.')] },
    { keys: ['E'], heading: 'Section E – What I want to achieve (my outcomes)', style: 'h2', blocks: [
      ul(
        o('By July 2027, I will travel from home to college on the accessible bus on my own, using my bus pass and the journey app on my phone.', 'mtP'),
        o('By the end of my course, I will make a hot drink and a sandwich in the college kitchen with no more than 2 prompts.', 'mtP'),
        o('I want to work in a café.', 'xP'),
        o('By December 2026, I will tell my PA what I need during my morning routine, using my communication app.', 'mtP'),
        o('I will get better at maths.', ''),
        o('By July 2027, I will pass Entry Level 3 Functional Skills English.', 'mt'),
        o('By the end of my first term, I will go to the college drama club with a friend every week.', 'mtP'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F – The help I will get with my learning', style: 'h2', blocks: [
      ul(
        p('I will have a learning support assistant with me for all of my 16 college hours each week, in lessons and at break, to help me with my work and to move around safely.', 'S apfd'),
        p('I will have speech and language therapy from a speech and language therapist in college: 10 sessions of 45 minutes across the year, to practise using my communication app in real conversations.', 'S apfd'),
        p('My tutor will meet me for 20 minutes every Friday to look at my timetable and plan next week.', 'S apfd'),
        p('I will do travel training with the college travel trainer for 1 hour, twice a week, in the autumn term.', 'S apfd'),
        p('I will have job tasters in the college café when places are available.', 'V a', ['when places are available']),
        p('I should be offered a work placement in my second year.', 'V a', ['should be offered']),
        p('A laptop with switch access for all my written work.', 'S a'),
        p('I will have help with maths.', 'V'),
      ),
    ] },
    { keys: ['G'], heading: 'Section G – The help I will get with my health', style: 'h2', blocks: [
      ul(
        p('My epilepsy nurse will review my care plan with me and the college every 12 months in a 1-hour meeting.', 'S apfd'),
        p('The wheelchair service will check and adjust my powered chair every 6 months.', 'V af'),
      ),
    ] },
    { keys: ['H1'], heading: 'Section H1 – Help at home (Chronically Sick and Disabled Persons Act 1970)', style: 'h2', blocks: [
      ul(p('Two carers will help me get up, wash and dress for 1 hour every morning, 7 days a week.', 'S apfd')),
    ] },
    { keys: ['H2'], heading: 'Section H2 – Other help from social care', style: 'h2', blocks: [
      ul(
        p('A direct payment for 6 hours a week so my PA can take me to the cinema, the shops and my drama group.', 'S apfd'),
        p('Respite at weekends as agreed with my social worker.', 'V a', ['as agreed']),
      ),
    ] },
    { keys: ['I'], heading: 'Section I – Where I will learn', style: 'h2', blocks: [para('Brackwater College (general further education college), Foundation Learning programme.')] },
    { keys: ['J'], heading: 'Section J – My personal budget', style: 'h2', blocks: [para('A direct payment for the help in Section H2 (6 hours a week).')] },
    { keys: ['K'], heading: 'Section K – Reports about me', style: 'h2', blocks: [ul('My views', 'Speech and language therapy report', 'Epilepsy nurse letter', 'Adult social care assessment', 'College report')] },
  ],
};

const grid = ['Provision', 'Frequency', 'Staffing ratio', 'Responsible'];

const p41: PlanSpec = {
  id: 'p41',
  description: 'Year 7, DRAFT (Section I left for the final plan); a border-county template: "Part A" to "Part K" headings (letters, not statement parts) and provision tables per area with "Provision | Frequency | Staffing ratio | Responsible" columns, the amount sometimes in the frequency cell and hedges in cells ("as timetabling allows", "TBC", "As needed", "or equivalent"); health provision in a table of the same shape; social care need in D with nothing in H1/H2; PDF produced by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Gethin Price-Lloyd', dob: '21/11/2013' },
  txtTable: 'pipe',
  fitTables: true,
  status: 'draft',
  yearGroup: 7,
  front: [
    title('Marcher Vale County Council'),
    title('DRAFT Education, Health and Care Plan'),
    details(['Name', 'Gethin Price-Lloyd'], ['Date of birth', '21/11/2013'], ['National curriculum year', 'Year 7'], ['Draft issued', '12 January 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'Part A: Views, interests and aspirations of Gethin and his family', style: 'h2', blocks: [para('Gethin likes rugby, his dog Bryn and building things from cardboard. He says he wants to be a farmer like his taid.')] },
    { keys: ['B'], heading: 'Part B: Special educational needs', style: 'h2', blocks: [para('Gethin has dyslexia, ADHD and weak fine motor control. He reads at about a Year 4 level, his handwriting is slow and hard to read, and he becomes anxious and leaves lessons when work is hard.')] },
    { keys: ['C'], heading: 'Part C: Health needs', style: 'h2', blocks: [para('Gethin has ADHD and takes methylphenidate each morning at home.')] },
    { keys: ['D'], heading: 'Part D: Social care needs', style: 'h2', blocks: [para('Gethin needs an adult with him in the community because he runs into roads when excited. His mother is a lone carer and has asked for help at weekends.')] },
    { keys: ['E'], heading: 'Part E: Outcomes', style: 'h2', blocks: [
      ul(
        o('By the end of Year 8, Gethin will read aloud a Year 6 level passage at 100 words a minute.', 'mt'),
        o('Gethin will improve his handwriting.', ''),
        o('By the summer term 2027, Gethin will catch the school bus from the stop by his house without an adult waiting with him.', 'mtP'),
        o('Within 12 months, Gethin will use his worry scale to tell his key adult how he feels at the start of each day.', 'mt'),
        o('Gethin will spell 80% of the Year 5/6 word list correctly by July 2027.', 'mt'),
      ),
    ] },
    { keys: ['F'], heading: 'Part F: Special educational provision', style: 'h2', blocks: [
      para('Cognition and learning', true),
      table(grid,
        [p('Precision Teaching of Year 5/6 spellings, 10 minutes per session', 'S apfdg'), 'Daily', '1:1', 'Learning support assistant'],
        [p('Handwriting programme (Write from the Start) set by the OT', 'S apfdg'), '3 x 20 minutes weekly', '1:3', 'HLTA'],
        [p('Reading comprehension group', 'V apfg', ['as timetabling allows']), 'Weekly, as timetabling allows', '1:6', 'English teacher'],
        [p('Touch-typing using an online course', 'V ag', ['TBC']), 'TBC', '1:1', ''],
      ),
      para('Communication and interaction', true),
      table(grid,
        [p('Speech and language therapy (direct)', 'S apqfdg'), '45 minutes every 3 weeks', '1:1', 'HCPC-registered speech and language therapist'],
        [p('Speech and language therapy advice to staff', 'V ap', ['as needed']), 'As needed', 'N/A', 'Speech and language therapist'],
      ),
      para('Social, emotional and mental health', true),
      table(grid,
        [p('Morning check-in with his key adult using his worry scale', 'S apfdg'), 'Daily, 10 minutes, before registration', '1:1', 'Key adult (LSA)'],
        [p('Emotional literacy sessions', 'V apfg', ['or equivalent']), 'Weekly (ELSA or equivalent)', '1:1', 'ELSA'],
        [p('Safe base at break and lunch', 'S apfg'), 'Every break and lunchtime', 'Up to 1:8', 'Pastoral manager'],
      ),
    ] },
    { keys: ['G'], heading: 'Part G: Health provision', style: 'h2', blocks: [
      table(grid,
        [p('Review by the community paediatrician of his ADHD medication', 'S apfdg'), 'Every 6 months, 30-minute appointment', '1:1', 'Community paediatrician'],
      ),
    ] },
    { keys: ['H1'], heading: 'Part H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', style: 'h2', blocks: [para('None identified.')] },
    { keys: ['H2'], heading: 'Part H2: Any other social care provision', style: 'h2', blocks: [para('None identified.')] },
    { keys: ['I'], heading: 'Part I: Placement', style: 'h2', blocks: [para('To be named in the final plan.')] },
    { keys: ['J'], heading: 'Part J: Personal budget', style: 'h2', blocks: [para('Not requested.')] },
    { keys: ['K'], heading: 'Part K: Advice and information', style: 'h2', blocks: [ul('Educational psychologist report', 'Speech and language therapy advice', 'Paediatric advice', 'Primary school report', 'Parent views')] },
  ],
  checks: { socialCareNeedsWithoutProvision: true },
};

const p42: PlanSpec = {
  id: 'p42',
  description: 'Year 10, final; printed copy with a running header (name, DOB, OFFICIAL - SENSITIVE) and page footer in every format; Section F as three tables by area: in the PDF the first runs over a page break and the next two share a page; in the text the third is continued without its header row after the page furniture; DCD, hypermobility and anxiety; occupational therapy and physiotherapy only in G; PDF printed by Chromium.',
  pdfProducer: 'chromium',
  child: { name: 'Safiya Rahman', dob: '30/06/2010' },
  txtTable: 'tab',
  txtRunningHeaderEvery: 6,
  status: 'final',
  yearGroup: 10,
  front: [
    details(['Kingsmere Borough Council', 'Education, Health and Care Plan'], ['Name', 'Safiya Rahman'], ['Date of birth', '30/06/2010'], ['School year', 'Year 10'], ['Date of final plan', '27 February 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A — Safiya\'s views, interests and aspirations', style: 'bold', blocks: [para('Safiya enjoys art, baking and looking after her rabbits. She would like to become a veterinary nurse.')] },
    { keys: ['B'], heading: 'Section B — Special educational needs', style: 'bold', blocks: [para('Safiya has developmental coordination disorder. Her handwriting is slow and painful, she is disorganised, and she becomes very anxious before tests and in crowded corridors.')] },
    { keys: ['C'], heading: 'Section C — Health needs', style: 'bold', blocks: [para('Safiya has hypermobility spectrum disorder with daily joint pain and fatigue. She is under the hypermobility clinic and the children\'s occupational therapy service.')] },
    { keys: ['D'], heading: 'Section D — Social care needs', style: 'bold', blocks: [para('No social care needs identified.')] },
    { keys: ['E'], heading: 'Section E — Outcomes', style: 'bold', blocks: [
      ul(
        o('By the end of Year 11, Safiya will type at 30 words per minute with 95% accuracy.', 'mt'),
        o('By June 2027, Safiya will sit all her GCSE exams in the main exam hall using her access arrangements.', 'mt'),
        o('Safiya will manage her joint pain.', 'P'),
        o('By the end of Year 10, Safiya will complete two weeks of work experience at a vet\'s surgery.', 'mtP'),
        o('By her next annual review, Safiya will pack her own bag for the day using her checklist on 9 out of 10 days.', 'mtP'),
        o('Safiya will feel less worried about school.', ''),
      ),
    ] },
    { keys: ['F'], heading: 'Section F — Special educational provision', style: 'bold', blocks: [
      para('Cognition and learning', true),
      table(['Provision', 'Frequency and duration', 'Delivered by'],
        [p('Touch-typing practice on the TypingClub course', 'S apfd'), '3 x 15 minutes per week in registration', 'Teaching assistant'],
        [p('Laptop for all written work in lessons and mock exams', 'S apf'), 'Every lesson', 'Subject teachers'],
        [p('Access arrangements: 25% extra time and use of a word processor', 'S ap'), 'All internal and external exams', 'Exams officer'],
        [p('Printed copies of class notes and slides, given to her at the start of each lesson', 'S apf'), 'Every lesson', 'Subject teachers'],
        [p('Homework set on the online platform so that it can be typed', 'S ap'), 'All homework', 'Subject teachers'],
        [p('Reader pen for long texts', 'V a', ['if she asks for one']), 'If she asks for one', ''],
      ),
      para('Social, emotional and mental health', true),
      table(['Provision', 'Frequency and duration', 'Delivered by'],
        [p('1:1 sessions with the school counsellor using CBT-based worry work', 'S apqfdg'), 'Weekly, 40 minutes, for 10 weeks', 'School counsellor (BACP registered)'],
        [p('Time-out pass to the Learning Support base', 'V a', ['when she feels overwhelmed']), 'When she feels overwhelmed', ''],
        [p('Check-in with her head of year', 'V ap', ['regular']), 'Regular', 'Head of year'],
      ),
      para('Physical and sensory', true),
      table(['Provision', 'Frequency and duration', 'Delivered by'],
        [p('Lift pass and permission to leave lessons 5 minutes early to avoid crowded corridors', 'S apf'), 'Every lesson change', 'Form tutor to issue'],
        [p('Second set of textbooks kept at home so she does not carry heavy bags', 'S ap'), 'Whole year', 'Head of department'],
      ),
      table(undefined,
        [p('Adapted PE programme written by the PE department', 'S apf'), 'All PE lessons', 'PE teacher'],
        [p('Rest breaks in practical lessons', 'V ap', ['if needed']), 'If needed', 'Class teacher'],
        [p('Ergonomic chair and footrest in every classroom she uses', 'S apf'), 'Every lesson', 'SENCo to arrange'],
      ),
    ] },
    { keys: ['G'], heading: 'Section G — Health provision', style: 'bold', blocks: [
      ul(
        p('Occupational therapy: 4 sessions of 1 hour per year in school from an NHS occupational therapist, to review her seating and handwriting.', 'S apfd'),
        p('Physiotherapy from the hypermobility clinic physiotherapist: a 45-minute appointment every 8 weeks.', 'S apfd'),
      ),
    ] },
    { keys: ['H1'], heading: 'Section H1 — Social care provision (CSDPA 1970)', style: 'bold', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Section H2 — Other social care provision', style: 'bold', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Section I — Placement', style: 'bold', blocks: [para('Kingsmere School (mainstream secondary academy).')] },
    { keys: ['J'], heading: 'Section J — Personal budget', style: 'bold', blocks: [para('Not requested.')] },
    { keys: ['K'], heading: 'Section K — Advice and information', style: 'bold', blocks: [ul('Occupational therapy report', 'Physiotherapy letter', 'Educational psychology advice', 'School report', 'Safiya\'s and her parents\' views')] },
  ],
  checks: { therapyOnlyInHealth: true },
};

export const PLANS_F: PlanSpec[] = [p39, p40, p41, p42];
