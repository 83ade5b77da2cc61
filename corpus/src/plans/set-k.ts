// Plans p113-p115: held-out plans written blind (7 December 2026) as the base plans of compare set 10
// (h41-h43, corpus/pairs/src/pairs.ts): the analyser, its rules and its accuracy scripts were not read
// or run. Invented children and places; labels from shared/rubric-reference.md, corpus/AUDIT.md and the
// rulings in corpus/HOLDOUT-FIRST-SIGHT.md only. HELD OUT: never tune rules on them.
//   p113 national template (NationalSpec); p114 an online portal's text export, needs, outcomes and
//   provision by area in "Field (X):" lines (FlatSpec); p115 a Word form with tables (DocSpec).
// They join the set-6 lists (set6.ts) after set-i's, so the build and the held-out lists take them as they are.
import { p, o } from '../dsl.ts';
import { at, type FlatSpec } from '../flattened.ts';
import { cell, heading, para, type DocSpec } from '../docform.ts';
import type { NationalSpec } from '../national/spec.ts';
import { frontSheet } from './national.ts';

// National template, Year 8, Down syndrome in a resource base; every table in use, unused rows removed.
const p113: NationalSpec = {
  id: 'p113',
  description: 'HELD OUT. National template, Year 8, FINAL (amended after an annual review); Down syndrome with speech intelligibility, literacy and number, anxiety about crowds and change, hearing loss with hearing aids, low muscle tone; a mainstream secondary school with a resource base; quantified speech and language therapy, programme, reading group, resource-base maths, precision teaching, lunchtime club, radio aid, Teacher of the Deaf and OT-programme lines beside "where appropriate", "support", "as needed", "opportunities to" and "as required" lines; C-G-E rows for hypothyroidism and audiology (reviews with no length, "as needed") and diet (a dietitian block); one D-H1-H2-E row, H1 a Saturday club with a support worker, H2 a carer\'s assessment "will be offered"; PfA outcomes (lunch with a friend, PE changing, food, youth club); no check true.',
  form: 'filled',
  banner: ['Calderwick Metropolitan Borough Council – SEND Service', 'FINAL Education, Health and Care Plan – amended following the annual review, issued 9 February 2026'],
  fields: frontSheet(
    { name: 'Bartholomew Quennell', preferred: 'Barty', dob: '02/05/2013', sex: 'Male', ethnicity: 'White British', lang: 'English', parentLang: 'English',
      parent1: ['Gemma Quennell', 'Mother', 'gemma.quennell@example.org', '07700 900731', '6 Ropewalk Terrace, Calderwick'],
      parent2: ['Stuart Quennell', 'Father', 'stuart.quennell@example.org', '07700 900732', ''] },
    { setting: 'Calderwick High School (mainstream secondary with a resource base for learning difficulties), Year 8', gp: 'Ropewalk Medical Practice; Calderwick Paediatric Audiology', nhs: '602 481 7735',
      socialCare: 'Yes – Short Breaks Service', others: 'Sensory Support Service (Teacher of the Deaf); educational psychologist; children\'s occupational therapy', lac: 'No', wasLac: 'No', onePage: 'Yes', movedIn: 'No' },
  ),
  a1: {
    history: 'Barty has Down syndrome. He went to Calderwick Nursery School and Harbour Lane Primary School with an EHC plan from Reception, and moved to the resource base at Calderwick High School in September 2024.',
    communication: 'Barty speaks in short phrases and uses some Makaton signs. He understands more than he can say and does best when adults speak slowly and show him what they mean.',
  },
  a2: {
    child_views: 'I like drama, football on the field and my friend Kian. I do not like the noisy canteen. I want to be a football coach.',
    family_views: 'His parents want Barty to be understood by people outside the family, to be safe moving around school and to have friends to go out with.',
    interests: 'Football, musicals, drama club and making videos on his tablet.',
    strengths: 'Barty is kind and funny, remembers routines well and keeps trying when something is hard.',
    aspirations: 'To work with a football team and to live in a flat with his friends one day.',
  },
  areas: {
    communication_interaction: {
      strengths: 'Barty is sociable and makes himself understood with signs and gestures when his speech is not clear.',
      rows: [
        {
          need: 'Barty\'s speech is hard for people who do not know him to understand and he uses phrases of 3 or 4 words. He loses track of long spoken instructions, especially in noisy rooms.',
          provision: [
            p('Direct speech and language therapy from an HCPC-registered speech and language therapist, 1:1, for 40 minutes every fortnight, on making his speech clearer and building longer sentences.', 'S apqfdg'),
            p('A teaching assistant trained by the therapist will carry out his speech and language programme with him 1:1 for 15 minutes, four times a week.', 'S apqfdg'),
            p('Key vocabulary for each new science, geography and history topic, with symbols, prepared by the SEN teaching assistant and sent home the week before the topic starts.', 'S apf'),
            p('Makaton signs used by staff alongside speech where appropriate.', 'V a', ['where appropriate']),
          ],
          outcome: [
            o('By the end of Year 8, Barty will give a spoken message of at least 6 words to an adult he does not know well, who understands it without asking him to repeat it, in 4 out of 5 attempts.', 'mt'),
            o('Barty will talk more clearly.', ''),
          ],
        },
      ],
    },
    cognition_learning: {
      strengths: 'Barty knows over 150 words by sight and enjoys reading with his dad.',
      rows: [
        {
          need: 'Barty reads at about the level of a 7-year-old and is learning to add and subtract numbers to 100. He needs to practise new learning many times and forgets it if it is not revisited.',
          provision: [
            p('A 20-minute reading session every day using the See and Learn programme, in a group of no more than 3 pupils, with a teaching assistant trained in the programme.', 'S apqfdg'),
            p('Maths taught in the resource base by a qualified teacher, in a group of no more than 8 pupils, in all four of his 50-minute maths lessons each week.', 'S apqfdg'),
            p('Support from a teaching assistant in English and science lessons.', 'V pf', ['support']),
            p('Precision teaching of number facts, 1:1, with a teaching assistant, 3 x 10 minutes a week.', 'S apfdg'),
            p('Homework adapted as needed.', 'V a', ['as needed']),
          ],
          outcome: [
            o('By July 2027, Barty will read a Turquoise book-band text aloud with 90% accuracy.', 'mt'),
            o('By the end of Year 8, Barty will add and subtract two-digit numbers on a number line, getting 8 out of 10 correct.', 'mt'),
          ],
        },
      ],
    },
    semh: {
      strengths: 'Barty is friendly and well liked by the other pupils in the resource base.',
      rows: [
        {
          need: 'Barty finds the busy corridors and the canteen overwhelming and often sits on his own at lunchtime. He becomes upset and refuses to move when his routine changes without warning.',
          provision: [
            p('A lunchtime club in the resource base, run by a teaching assistant, for 30 minutes every school day, in a group of no more than 6 pupils.', 'S apfdg'),
            p('Leaving every lesson 5 minutes early with a named friend, to avoid the crowded corridors.', 'S af'),
            p('A social story about any planned change to his day, written by his key worker in the resource base and read with him the day before.', 'S ap'),
            p('Opportunities to join extra-curricular clubs.', 'V a', ['opportunities to']),
          ],
          outcome: [
            o('By the end of the summer term 2026, Barty will eat lunch in the canteen with a friend on at least 3 days a week.', 'mtP'),
            o('Barty will cope better with changes to his routine.', ''),
          ],
        },
      ],
    },
    sensory_physical: {
      strengths: 'Barty wears his hearing aids all day and enjoys PE.',
      rows: [
        {
          need: 'Barty has a mild to moderate hearing loss in both ears and wears hearing aids. He has low muscle tone, tires quickly when writing and cannot yet do up buttons.',
          provision: [
            p('A radio aid, worn by every teacher in every lesson, checked each morning by his teaching assistant.', 'S apf'),
            p('Visits from a qualified Teacher of the Deaf for 1 hour each half term, to check his equipment and advise his teachers.', 'S apqfd'),
            p('A handwriting and fine motor programme set by an HCPC-registered occupational therapist and carried out by a teaching assistant for 15 minutes three times a week.', 'S apqfd'),
            p('Dressing practice with a teaching assistant before PE as required.', 'V ap', ['as required']),
          ],
          outcome: [
            o('By the end of Year 8, Barty will change for PE on his own, including buttons, within 10 minutes.', 'mtP'),
            o('Barty will improve his handwriting.', ''),
          ],
        },
      ],
    },
  },
  health: {
    strengths: 'Barty is generally well and goes to every appointment with his mum.',
    rows: [
      {
        need: 'Barty has Down syndrome and congenital hypothyroidism, for which he takes levothyroxine each morning at home. He wears hearing aids fitted by the paediatric audiology service and has had repeated ear infections.',
        provision: [
          p('Paediatric audiology review every 6 months, with new ear moulds as needed.', 'V af', ['as needed']),
          p('A review of his thyroid function by the community paediatrician every 12 months, with a blood test.', 'V apf'),
        ],
        outcome: o('By his next annual review, Barty will put in his own hearing aids each morning and tell an adult when they are not working.', 'mt'),
      },
      {
        need: 'Barty is above a healthy weight for his height and eats only a few foods; his parents have asked for help with his diet.',
        provision: p('Three 45-minute appointments with a paediatric dietitian in the spring term 2026, with a written eating plan shared with school.', 'S apfd'),
        outcome: o('By July 2026, Barty will try one new food at school lunch each week.', 'mtP'),
      },
    ],
  },
  social: {
    strengths: 'Barty has a close, busy family and a cousin of his own age.',
    rows: [
      {
        need: 'Barty\'s parents both work full time and help to care for his grandmother. They have asked for help so that Barty can go out with young people his own age at weekends.',
        h1: p('A Saturday youth club for disabled young people, from 10am to 3pm twice a month, with a support worker from the Calderwick Short Breaks Service.', 'S apfd'),
        h2: p('A carer\'s assessment for his parents will be offered.', 'V a', ['will be offered']),
        outcome: o('By the end of Year 8, Barty will go to a youth club outside school twice a month.', 'mtP'),
      },
    ],
  },
  placement: { name: 'Calderwick High School', type: 'Mainstream secondary school with a resource base for pupils with learning difficulties' },
  directPayments: { details: 'No personal budget has been requested.', arrangements: 'Not applicable.' },
  advice: [
    ['Parental advice', '4 December 2025', 'Gemma and Stuart Quennell', 'YES'],
    ['Educational advice', '8 December 2025', 'Calderwick High School', 'YES'],
    [undefined, '12 December 2025', 'Speech and language therapy service', 'YES'],
    [undefined, '15 December 2025', 'Sensory Support Service', 'YES'],
  ],
  signOff: ['J. Ferreday, EHC Co-ordinator', 'J. Ferreday', '9 February 2026'],
  unfilled: 'empty',
  unusedRows: 'remove',
  status: 'final',
  yearGroup: 8,
};

// An online EHC portal's text export: "Field (X): value" lines, needs, outcomes and provision set out by
// area of need under one part, health and social care in their own parts; numbering by area ("2a").
const p114: FlatSpec = {
  id: 'p114',
  description: 'HELD OUT. Text export of an online EHC portal: parts "PART 1: ABOUT ME (SECTION A)" … "PART 7", needs, outcomes and provision set out by area under one part as labelled lines ("Needs (B):", "Outcome (E) 3:", "Provision (F) 2a:"), health and social care in their own parts ("Health provision (G) 1:", "Social care provision (H1):"), outcomes after G and H provision, no wrapping; Year 4, FINAL; selective mutism, maths difficulty, anxiety, daytime wetting; quantified sliding-in programme, EP visits, maths group, meet-and-greet, ELSA pair, lunchtime club and play therapy lines beside "opportunities to", "as appropriate", "access to", "when needed" and "may" lines; D a young carer with H1 "None." and an H2 young carers club; no check true.',
  status: 'final',
  yearGroup: 4,
  lines: [
    ['Brindlecombe Council – SEND Portal'],
    ['Education, Health and Care Plan (export) – Status: FINAL – Issued: 12 January 2026'],
    ['Child: Willa Strathearn-Oduya | Date of birth: 30/08/2017 | Year group: Year 4 | School: St Aldhelm\'s CE Primary School'],
    [''],
    ['PART 1: ABOUT ME (SECTION A)'],
    [at('A'), 'Willa is 8. She loves horses, drawing comics and swimming with her dad. At home she talks all the time; at school she has not spoken to an adult since Reception. She wrote that she wants to "say hello to my teacher" and to have a best friend.'],
    [''],
    ['PART 2: NEEDS, OUTCOMES AND PROVISION (SECTIONS B, E AND F)'],
    ['Area: Communication and interaction'],
    ['Needs (B):', at('B'), 'Willa has selective mutism. She does not speak to adults at school and whispers to two friends only when no adult is near. She communicates by nodding, pointing and writing, and freezes when she is asked a direct question in front of the class.'],
    ['Outcome (E) 1:', at('E'), o('By the end of Year 4, Willa will say a one-word answer to her key adult in a 1:1 session in 4 out of 5 sessions.', 'mt')],
    ['Outcome (E) 2:', o('Willa will feel more confident about talking at school.', '')],
    ['Provision (F) 1a:', at('F'), p('A small-steps sliding-in programme for selective mutism, led by her key adult, a teaching assistant trained in the programme by the educational psychologist, 1:1, for 15 minutes every school day in a quiet room.', 'S apqfdg')],
    ['Provision (F) 1b:', p('The educational psychologist will visit school for 2 hours each half term to review the programme with her key adult and class teacher.', 'S apfd')],
    ['Provision (F) 1c:', p('All staff who teach Willa will accept answers given by nodding, pointing, writing or her talking mat in all lessons, and will not ask her direct questions in front of the class.', 'S apf')],
    ['Provision (F) 1d:', p('Opportunities to speak in small groups.', 'V a', ['opportunities to'])],
    ['Area: Cognition and learning'],
    ['Needs (B):', at('B'), 'Willa reads and writes at the level expected for her age, but her number skills are those of a 6-year-old: she counts on her fingers, cannot yet recall number bonds to 10 and has little sense of place value. She becomes distressed in maths lessons.'],
    ['Outcome (E) 3:', at('E'), o('By July 2026, Willa will recall all number bonds to 10 in under 1 minute, with no more than one error.', 'mt')],
    ['Outcome (E) 4:', o('Willa will make progress in maths.', '')],
    ['Provision (F) 2a:', at('F'), p('Numicon-based maths intervention with a teaching assistant, in a group of no more than 3 pupils, for 20 minutes four times a week.', 'S apfdg')],
    ['Provision (F) 2b:', p('Concrete apparatus (Numicon, a bead string and a 100 square) on her table in every maths lesson.', 'S af')],
    ['Provision (F) 2c:', p('Pre-teaching of new maths vocabulary by her class teacher for 10 minutes before each new maths unit.', 'S apfd')],
    ['Provision (F) 2d:', p('Maths homework to be differentiated as appropriate.', 'V a', ['as appropriate'])],
    ['Area: Social, emotional and mental health'],
    ['Needs (B):', at('B'), 'Willa is very anxious in school: she will not use the school toilets or eat in the dining hall, and she cries at the classroom door most mornings. She has one close friend.'],
    ['Outcome (E) 5:', at('E'), o('By Easter 2026, Willa will come into her classroom from the playground with her key adult within 5 minutes of the bell on 4 days out of 5.', 'mt')],
    ['Outcome (E) 6:', o('By the end of Year 4, Willa will eat her lunch in the dining hall with her friend on at least 3 days a week.', 'mtP')],
    ['Provision (F) 3a:', at('F'), p('A meet-and-greet by her key adult at the school gate at 8.45am every school day, with a 10-minute calm activity in the classroom before the other children come in.', 'S apfd')],
    ['Provision (F) 3b:', p('A weekly 30-minute session with the school\'s Emotional Literacy Support Assistant, trained by the educational psychology service, in a pair with her friend.', 'S apqfdg')],
    ['Provision (F) 3c:', p('A lunchtime club for 6 children in the library, run by a midday supervisor, for 25 minutes every Tuesday and Thursday.', 'S apfdg')],
    ['Provision (F) 3d:', p('Access to a quiet space when she is anxious.', 'V a', ['access to'])],
    ['Provision (F) 3e:', p('Play therapy with a registered play therapist, 1:1, for 45 minutes once a week for 12 weeks from February 2026.', 'S apqfdg')],
    [''],
    ['PART 3: HEALTH (SECTIONS C AND G)'],
    ['Health needs (C):', at('C'), 'Willa has daytime wetting and constipation and is seen by the paediatric continence service. She does not drink during the school day because she will not use the school toilets.'],
    ['Health provision (G) 1:', at('G'), p('The paediatric continence nurse will meet Willa\'s parents and key adult for 45 minutes each term to set and review a toileting and drinking plan.', 'S apfd')],
    ['Health provision (G) 2:', p('The school nurse will review her continence plan when needed.', 'V ap', ['when needed'])],
    ['Health provision (G) 3:', p('CAMHS may offer an assessment for anxiety.', 'V a', ['may'])],
    ['Outcome (E) 7:', at('E'), o('By July 2026, Willa will drink a full 500ml water bottle at school every day and use the toilet near her classroom at least once a day.', 'mtP')],
    [''],
    ['PART 4: SOCIAL CARE (SECTIONS D, H1 AND H2)'],
    ['Social care needs (D):', at('D'), 'Willa\'s father has multiple sclerosis and Willa helps to look after him after school. A young carer\'s assessment was completed in December 2025.'],
    ['Social care provision (H1):', at('H1'), 'None.'],
    ['Social care provision (H2):', at('H2'), p('A place at the Brindlecombe Young Carers club every other Wednesday from 4pm to 6pm, run by young carers support workers, with transport provided.', 'S apfd')],
    ['Outcome (E) 8:', at('E'), o('Willa will have fun with other young carers.', 'P')],
    [''],
    ['PART 5: PLACEMENT (SECTION I)', at('I'), 'St Aldhelm\'s CE Primary School, Brindlecombe (mainstream voluntary aided primary school).'],
    ['PART 6: PERSONAL BUDGET (SECTION J)', at('J'), 'None requested.'],
    ['PART 7: ADVICE AND INFORMATION (SECTION K)', at('K'), 'Parent advice (October 2025); school advice (October 2025); educational psychologist (November 2025); paediatric continence service (November 2025); young carers service (December 2025).'],
  ],
};

const fRow = (prov: ReturnType<typeof p>, who: string, when: string, outcomes: string) => [cell([prov]), cell([who]), cell([when]), cell([outcomes])];
const ghRow = (section: 'G' | 'H1' | 'H2', prov: ReturnType<typeof p>, who: string, when: string) => [cell([at(section), section]), cell([prov]), cell([who]), cell([when])];

// A Word form with tables: outcomes as "Longer-term outcome | Next step" pairs by area, F as
// "Provision | Delivered by | How often and how long | Outcomes" rows, and G, H1 and H2 together in
// one table whose first column names the section of each row.
const p115: DocSpec = {
  id: 'p115',
  description: 'HELD OUT. Word document by script: a front-sheet table, sections A-D as headings and paragraphs, E as a table "Area | Longer-term outcome | Next step" (both outcome cells are outcomes), F as a table "Provision | Delivered by | How often and how long | Outcomes" (the Outcomes column holds outcome numbers, not an element), and G, H1 and H2 together in one table "Section | Provision | Delivered by | How often and how long" whose first cell names the section of each row; text by LibreOffice\'s export (each cell a line); Year 11, FINAL; acquired brain injury (memory, fatigue, left-side weakness, headaches); quantified memory-strategy teaching, rest breaks, study periods, physiotherapy programme, careers interviews and travel training beside "As required", "Regularly" and a weekly mentoring row with no length; G a 6-monthly review by the consultant neurologist with no length (the Delivered-by cell a hospital), neuropsychology, a physiotherapy review and "As needed" headache advice; H1 a personal assistant by direct payment, H2 a Care Act transition assessment by a date; PfA outcomes (college course, travel, rest breaks); no check true.',
  header: 'Tollbridge County Council – Education, Health and Care Plan',
  footer: 'OFFICIAL-SENSITIVE – Page {page} of {pages}',
  txt: 'soffice',
  status: 'final',
  yearGroup: 11,
  blocks: [
    { k: 'p', parts: ['Tollbridge County Council'], bold: true, size: 28 },
    { k: 'p', parts: ['Education, Health and Care Plan – Final'], bold: true, size: 28 },
    { k: 'table', rows: [
      [cell(['Name']), cell(['Jasper Oyelaran-Whitby'])],
      [cell(['Date of birth']), cell(['11/11/2009'])],
      [cell(['Year group']), cell(['Year 11'])],
      [cell(['School']), cell(['Fenmoor Academy'])],
      [cell(['Date of plan']), cell(['16 February 2026'])],
      [cell(['Next review']), cell(['By February 2027'])],
    ] },
    heading('Section A – About me, my views and what I want for the future'),
    para(at('A'), 'Jasper is 16. He was hit by a car on his bike in Year 8 and spent four months in hospital and at a rehabilitation unit. Before his accident he loved mountain biking; now he climbs at an indoor wall and mends bikes with his uncle. He wants to study engineering at college and one day work on wind turbines. His mum wants him to be able to get about on his own and not to be so tired after school.'),
    heading('Section B – Special educational needs'),
    para(at('B'), 'Jasper has an acquired brain injury. He forgets instructions and homework, loses track of his timetable and equipment, and takes longer than others to process what he hears and reads. He tires quickly, especially in the afternoons, and then cannot concentrate. He has weakness on his left side and poor balance on stairs and in crowds. He has become low in mood and worries about his GCSEs.'),
    heading('Section C – Health needs'),
    para(at('C'), 'Jasper is under the paediatric neurology team at Tollbridge Children\'s Hospital and the paediatric neuropsychology service. He has headaches most days and fatigue, and weakness in his left arm and leg.'),
    heading('Section D – Social care needs'),
    para(at('D'), 'Jasper has lost most of his friends since his accident and does not go out at weekends without his mum, who is a single parent with two younger children. He will need an adult social care assessment before he turns 18.'),
    heading('Section E – Outcomes'),
    { k: 'table', head: true, rows: [
      [cell(['Area']), cell(['Longer-term outcome']), cell(['Next step'])],
      [cell([at('E'), 'Learning and memory']), cell([o('By July 2028, Jasper will complete a Level 2 engineering course at college, handing in every assignment on time.', 'mtP')]), cell([o('By his next annual review, Jasper will use his planner and phone reminders to arrive at every lesson with the right equipment on 4 days out of 5.', 'mt')])],
      [cell(['Exams']), cell([o('Jasper will achieve his potential in his GCSEs.', '')]), cell([o('By June 2026, Jasper will sit every paper of his GCSE exams using his access arrangements.', 'mt')])],
      [cell(['Fatigue and wellbeing']), cell([o('Jasper will manage his tiredness and feel happier.', 'P')]), cell([o('By Easter 2026, Jasper will ask for a rest break with his break card before he becomes exhausted, on 4 days out of 5.', 'mtP')])],
      [cell(['Physical']), cell([o('Jasper will have better balance.', '')]), cell([o('By the end of Year 11, Jasper will climb the stairs to the science block without stopping, holding the rail, in under 2 minutes.', 'mt')])],
      [cell(['Independence']), cell([o('By September 2026, Jasper will travel by bus on his own from home to Tollbridge College and back on every college day.', 'mtP')]), cell([o('Jasper will be more independent.', 'P')])],
    ] },
    heading('Section F – Special educational provision'),
    para(at('F'), 'Tollbridge County Council will secure the provision below.'),
    { k: 'table', head: true, rows: [
      [cell(['Provision']), cell(['Delivered by']), cell(['How often and how long']), cell(['Outcomes'])],
      fRow(p('Teaching of memory strategies: using a planner, checklists and phone reminders', 'S apfdg'), 'Specialist teacher for acquired brain injury, Tollbridge Sensory and Physical Support Service', '1 hour every fortnight, 1:1', 'E1'),
      fRow(p('Practice of the memory strategies in tutor time', 'S apfd'), 'Teaching assistant', '15 minutes every school day', 'E1'),
      fRow(p('A 15-minute rest break in the medical room at morning break and at lunch', 'S apfd'), 'Pastoral support officer', 'Every school day', 'E3'),
      fRow(p('Supervised study periods in the learning support base, in place of two GCSE options', 'S apfd'), 'Higher-level teaching assistant', '4 x 50 minutes a week', 'E2'),
      fRow(p('Exam access arrangements: 25% extra time, a separate room and supervised rest breaks', 'S ap'), 'Exams officer and SENCo', 'All internal and external exams', 'E2'),
      fRow(p('Laptop with speech-to-text software for extended writing', 'S apf'), 'Set up by the ICT technician', 'All lessons', 'E2'),
      fRow(p('Physiotherapy programme for his left-side weakness and balance', 'S apqfd'), 'Teaching assistant trained by the physiotherapist', '3 x 20 minutes a week', 'E4'),
      fRow(p('Support at lunch and break', 'V p', ['support', 'As required']), 'Teaching assistant', 'As required', 'E3'),
      fRow(p('Careers guidance interviews to plan his move to college', 'S apqfd'), 'Careers adviser qualified to Level 6', 'Two 45-minute interviews, in the autumn and spring terms of Year 11', 'E5'),
      fRow(p('College taster days', 'V ap', ['Regularly']), 'Teaching assistant', 'Regularly in the summer term', 'E5'),
      fRow(p('Mentoring', 'V apf'), 'Learning mentor', 'Weekly', 'E3'),
      fRow(p('Independent travel training on the bus route from home to Tollbridge College', 'S apfd'), 'Independent travel trainer', '8 sessions of 1 hour in the summer term', 'E5'),
    ] },
    heading('Sections G, H1 and H2 – Health and social care provision'),
    { k: 'table', head: true, rows: [
      [cell(['Section']), cell(['Provision']), cell(['Delivered by']), cell(['How often and how long'])],
      ghRow('G', p('Review by the consultant paediatric neurologist', 'V apf'), 'Tollbridge Children\'s Hospital', 'Every 6 months'),
      ghRow('G', p('Neuropsychology sessions on managing fatigue and low mood', 'S apfd'), 'Clinical psychologist, paediatric neuropsychology service', '6 sessions of 50 minutes, fortnightly, from March 2026'),
      ghRow('G', p('Review of his school physiotherapy programme', 'S apfd'), 'NHS children\'s physiotherapist', '45 minutes each half term, in school'),
      ghRow('G', p('Headache diary and pain management advice', 'V ap', ['As needed']), 'School nurse', 'As needed'),
      ghRow('H1', p('A personal assistant so that Jasper can go to a Saturday climbing club', 'S apfd'), 'Personal assistant paid through a direct payment', '4 hours every Saturday'),
      ghRow('H2', p('Transition assessment for adult social care under section 58 of the Care Act 2014', 'S ap'), 'Social worker, Preparing for Adulthood Team', 'Completed by 31 July 2026'),
    ] },
    heading('Section I – Placement'),
    para(at('I'), 'Fenmoor Academy (mainstream secondary academy, 11-16), to the end of Year 11.'),
    heading('Section J – Personal budget'),
    para(at('J'), 'A direct payment of £58 a week for the personal assistant in Section H1.'),
    heading('Section K – Advice and information'),
    para(at('K'), 'Parent and young person\'s advice (November 2025); Fenmoor Academy (November 2025); educational psychologist (December 2025); paediatric neurology and neuropsychology (December 2025); social care (January 2026).'),
  ],
};

export const NATIONAL_HOLDOUT_K: NationalSpec[] = [p113];
export const FLATTENED_HOLDOUT_K: FlatSpec[] = [p114];
export const DOCFORM_HOLDOUT_K: DocSpec[] = [p115];
