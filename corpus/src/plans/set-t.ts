// Plans p164-p169: a nineteenth held-out set (8 December 2026), written and labelled blind: the analyser,
// its rules, its tests and its accuracy scripts were not read or run. Invented children, places and
// authorities; labels from shared/rubric-reference.md, corpus/AUDIT.md and the rulings in
// corpus/HOLDOUT-FIRST-SIGHT.md only. HELD OUT: never tune rules on them.
//   p164 the national template with every cell paragraph opening with a typed label ("Need:", "Provision:",
//   "Outcome:", "Strength:"), LibreOffice export (NationalSpec). p165 the national template with several
//   provisions in one cell paragraph separated by semicolons, text pasted from Word (NationalSpec). p166 a
//   plan converted from an old statement, headings "PART 2 (Section B)", "PART 3 (Sections E and F)",
//   "PART 4 (Section I)", objectives then provision (FlatSpec). p167 a plain-text plan whose headings are
//   ALL CAPS words with no section letters, CRLF, hard-wrapped at 80 (FlatSpec). p168 a London borough grid
//   "Need | Outcome | Provision | Frequency | Who | Review date", one row per outcome, several provisions
//   per cell separated by semicolons (DocSpec). p169 a plan whose F is a three-column table "Universal |
//   SEN support | Specialist" per area, then an hours-per-week summary (DocSpec).
// They join the set-6 lists (set6.ts), so the build and the held-out lists take them as they are.
import { p, o } from '../dsl.ts';
import { at, type FlatSpec } from '../flattened.ts';
import { cell, heading, para, type DocCell, type DocSpec } from '../docform.ts';
import type { NationalSpec } from '../national/spec.ts';
import { frontSheet } from './national.ts';

const label = (l: string, v: string): DocCell[] => [cell([l]), cell([v])];
function sub169(t: string) { return { k: 'p' as const, parts: [t], bold: true }; }
const lab = (l: string, x: ReturnType<typeof p> | ReturnType<typeof o> | string) => ({ run: [`${l}: `, x] });

// p164: national template, every cell paragraph opening with a typed label.
const p164: NationalSpec = {
  id: 'p164',
  description: 'HELD OUT. National template, Year 4, FINAL, **every cell paragraph opens with a typed label ("Strength:", "Need:", "Provision:", "Outcome:") followed by the text on the same line**; LibreOffice text export; one row per area of need, one C-G-E row, one D-H1-H2-E row; hearing impairment (bilateral cochlear implants), language delay, maths, fatigue; quantified Teacher of the Deaf visits, radio aid checks, pre-tutoring of vocabulary, Numicon group, listening breaks beside "regular", "as appropriate", "opportunities to", a nurture group with no who or when; G audiology reviews with no who; H2 "Signposting"; no check true.',
  form: 'filled',
  banner: ['Penhallow Borough Council', 'FINAL Education, Health and Care Plan – issued 7 December 2026'],
  fields: frontSheet(
    { name: 'Oskar Tremayne-Adjei', preferred: 'Oskar', dob: '22/05/2017', sex: 'Male', ethnicity: 'Mixed White and Black African', lang: 'English', parentLang: 'English and Twi',
      parent1: ['Abena Adjei', 'Mother', 'a.adjei@example.org', '07700 900884', '4 Chapel Rise, Penhallow'] },
    { setting: 'Trelisky Community Primary School, Year 4', gp: 'Chapel Rise Surgery', nhs: '', socialCare: 'No', others: 'Sensory Support Service; audiology; speech and language therapy', lac: 'No', wasLac: 'No', onePage: 'Yes', movedIn: 'No' },
  ),
  a1: { history: 'Oskar was born profoundly deaf and had cochlear implants at 14 months.', communication: 'Oskar uses spoken English with his implants and some British Sign Language signs.' },
  a2: {
    child_views: 'I like school when it is quiet. I hate the hall at lunchtime because I cannot hear anything.',
    family_views: 'His mum wants him to keep up with his friends and to be confident to ask when he has not heard.',
    interests: 'Lego, cycling and drawing comics.',
    strengths: 'Oskar is determined, kind and good at spotting patterns.',
    aspirations: 'Oskar wants to design computer games.',
  },
  areas: {
    communication_interaction: {
      strengths: lab('Strength', 'Oskar is a keen talker with adults he knows.'),
      rows: [{
        need: lab('Need', 'Oskar has a language delay linked to his deafness; his vocabulary is about two years behind.'),
        provision: [
          lab('Provision', p('A visit from a qualified Teacher of the Deaf from the Penhallow Sensory Support Service, 1 hour every fortnight, to teach Oskar and advise his class teacher.', 'S apqfd')),
          lab('Provision', p('Pre-tutoring of the key vocabulary for each new topic with a teaching assistant, 15 minutes three times a week, 1:1.', 'S apfdg')),
          lab('Provision', p('Regular opportunities to talk in small groups.', 'V ag', ['Regular', 'opportunities to'])),
        ],
        outcome: lab('Outcome', o('By July 2027, Oskar will use 10 new topic words correctly in his own sentences each half term.', 'mt')),
      }],
    },
    cognition_learning: {
      strengths: lab('Strength', 'Oskar is quick with number facts.'),
      rows: [{
        need: lab('Need', 'Oskar finds word problems in maths hard because of the language.'),
        provision: [
          lab('Provision', p('A Numicon intervention group with a trained teaching assistant, 3 x 20 minutes a week, in a group of 4.', 'S apqfdg')),
          lab('Provision', p('Differentiated maths work as appropriate.', 'V a', ['as appropriate'])),
        ],
        outcome: [
          lab('Outcome', o('By the end of Year 4, Oskar will solve 8 out of 10 one-step word problems on his own.', 'mt')),
          lab('Outcome', o('Oskar will become more confident in maths.', '')),
        ],
      }],
    },
    semh: {
      strengths: lab('Strength', 'Oskar has a best friend in his class.'),
      rows: [{
        need: lab('Need', 'Oskar becomes frustrated and withdrawn when he misses what others say at playtime.'),
        provision: [
          lab('Provision', p('A place in the school\'s nurture group.', 'V ag')),
          lab('Provision', p('A quiet lunch club in the library with a lunchtime supervisor, every Tuesday and Thursday, 30 minutes, for up to 6 pupils.', 'S apfdg')),
        ],
        outcome: lab('Outcome', o('Oskar will be happier at playtimes.', 'P')),
      }],
    },
    sensory_physical: {
      strengths: lab('Strength', 'Oskar looks after his implants well.'),
      rows: [{
        need: lab('Need', 'Oskar hears best close to the speaker in a quiet room and gets very tired from listening all day.'),
        provision: [
          lab('Provision', p('A radio aid worn by every adult teaching Oskar, checked by his teaching assistant at the start of each day.', 'S apf')),
          lab('Provision', p('A 5-minute listening break in a quiet room after each morning lesson, with his teaching assistant.', 'S apfd')),
          lab('Provision', p('Deaf awareness training for all staff in his year team from the Teacher of the Deaf, one 1-hour session in the spring term 2027.', 'S apqfd')),
        ],
        outcome: lab('Outcome', o('By July 2027, Oskar will tell an adult when his radio aid is not working, every time, without a prompt.', 'mtP')),
      }],
    },
  },
  health: {
    strengths: lab('Strength', 'Oskar\'s implants are working well.'),
    rows: [{
      need: lab('Need', 'Oskar needs his implants checked and re-tuned.'),
      provision: lab('Provision', p('Audiology reviews at the cochlear implant centre every 6 months.', 'V af')),
      outcome: lab('Outcome', o('By July 2027, Oskar will change his own implant batteries.', 'mtP')),
    }],
  },
  social: {
    strengths: lab('Strength', 'Oskar\'s family are very supportive.'),
    rows: [{
      need: lab('Need', 'His mum would like to meet other families of deaf children.'),
      h1: 'None.',
      h2: lab('Provision', p('Signposting to local deaf children\'s groups.', 'V a', ['Signposting'])),
      outcome: lab('Outcome', o('Oskar will have friends who are deaf.', 'P')),
    }],
  },
  placement: { name: 'Trelisky Community Primary School', type: 'Mainstream community primary school' },
  directPayments: { details: 'None requested.', arrangements: 'N/A' },
  advice: [
    ['Parental advice', '10 September 2026', 'Abena Adjei', 'YES'],
    ['Educational advice', '17 September 2026', 'Trelisky Community Primary School', 'YES'],
    ['Specialist advice', '24 September 2026', 'Teacher of the Deaf, Sensory Support Service', 'YES'],
    ['Psychological advice', '8 October 2026', 'Educational psychologist', 'YES'],
  ],
  signOff: ['L. Carne-Whitlow, SEND Officer', 'L. Carne-Whitlow', '7 December 2026'],
  unfilled: 'empty',
  unusedRows: 'remove',
  status: 'final',
  yearGroup: 4,
  txt: 'export',
};

// p165: national template, several provisions in one cell paragraph separated by semicolons.
const semi = (...xs: ReturnType<typeof p>[]) => ({ run: xs.flatMap((x, i) => (i ? ['; ', x] : [x])) });
const p165: NationalSpec = {
  id: 'p165',
  description: 'HELD OUT. National template, Year 12 (sixth form), DRAFT, **each provision cell one paragraph holding several provisions separated by semicolons ("…; …; …")**, outcomes one per paragraph; text pasted from Word (a row on one line, cells split by tabs); unused rows blank; dyslexia, dyspraxia, anxiety, exams; quantified study skills, touch-typing, mentoring, CBT, OT review beside "access arrangements as needed", "support from the learning support team", "encouraged to", "where possible"; G a GP review with no when; PfA outcomes (university, driving); no check true.',
  form: 'filled',
  banner: ['Westerbrook County Council', 'DRAFT Education, Health and Care Plan – for consultation, 4 December 2026'],
  fields: frontSheet(
    { name: 'Delphine Okonkwo-Marsh', preferred: 'Del', dob: '30/09/2009', sex: 'Female', ethnicity: 'Mixed White and Black African', lang: 'English', parentLang: 'English',
      parent1: ['Grace Marsh', 'Mother', 'g.marsh@example.org', '07700 900312', '9 Kiln Lane, Westerbrook'] },
    { setting: 'Westerbrook High School Sixth Form, Year 12', gp: 'Kiln Lane Health Centre', nhs: '', socialCare: 'No', others: 'Occupational therapy; CAMHS', lac: 'No', wasLac: 'No', onePage: 'No', movedIn: 'No' },
  ),
  a1: { history: 'Delphine was assessed as dyslexic in Year 5 and dyspraxic in Year 8.', communication: 'Spoken English.' },
  a2: {
    child_views: 'I want to do A levels in art, psychology and sociology and go to university. Exams make me panic.',
    family_views: 'Her mum wants the right exam arrangements in place early.',
    interests: 'Painting, true crime podcasts and netball.',
    strengths: 'Creative, articulate and thoughtful.',
    aspirations: 'To study illustration at university and to learn to drive.',
  },
  areas: {
    cognition_learning: {
      strengths: 'Del has strong verbal reasoning.',
      rows: [{
        need: 'Del reads slowly, her spelling is weak and her handwriting is slow and tiring.',
        provision: [
          semi(
            p('A study skills session with a specialist dyslexia teacher, 1 hour a week, 1:1', 'S apqfdg'),
            p('touch-typing practice using an online programme, 20 minutes three times a week', 'S afd'),
            p('access arrangements in exams as needed', 'V a', ['as needed']),
          ),
        ],
        outcome: [
          o('By July 2027, Del will type at 35 words a minute with 90% accuracy.', 'mt'),
          o('By June 2028, Del will complete her A level exams using her access arrangements.', 'mtP'),
        ],
      }],
    },
    semh: {
      strengths: 'Del talks openly about her anxiety.',
      rows: [{
        need: 'Del has exam anxiety and panic attacks; she has missed lessons before assessments.',
        provision: [
          semi(
            p('mentoring from the sixth form pastoral lead, 30 minutes every fortnight, 1:1', 'S apfdg'),
            p('support from the learning support team', 'V p', ['support']),
            p('Del will be encouraged to use the quiet study room', 'V a', ['encouraged to']),
          ),
        ],
        outcome: [
          o('By Easter 2027, Del will attend every timed assessment in the mock exam week.', 'mt'),
          o('Del will manage her anxiety better.', ''),
        ],
      }],
    },
    sensory_physical: {
      strengths: 'Del is fit and plays netball for the school.',
      rows: [{
        need: 'Del has dyspraxia; her handwriting is slow and she finds organising her equipment hard.',
        provision: [
          semi(
            p('a laptop for all written work in lessons and exams', 'S af'),
            p('a review of her equipment by an HCPC-registered occupational therapist, once in the spring term 2027, 1 hour', 'S apqfd'),
            p('extra time to move between sites where possible', 'V a', ['where possible']),
          ),
        ],
        outcome: o('By September 2027, Del will pass her driving theory test.', 'mtP'),
      }],
    },
  },
  health: {
    strengths: 'Del is generally healthy.',
    rows: [{
      need: 'Del\'s panic attacks affect her sleep.',
      provision: semi(
        p('a course of cognitive behavioural therapy for anxiety from a CAMHS therapist, 8 weekly sessions of 50 minutes', 'S apfd'),
        p('a review with her GP', 'V ap'),
      ),
      outcome: o('Del will sleep better.', ''),
    }],
  },
  social: {
    strengths: 'Del has a supportive family.',
    rows: [{ need: 'No social care needs.', h1: 'None.', h2: 'None.', outcome: 'N/A' }],
  },
  placement: { name: 'Westerbrook High School Sixth Form', type: 'Mainstream maintained school sixth form' },
  directPayments: { details: 'Not requested.', arrangements: 'N/A' },
  advice: [
    ['Parental advice', '1 October 2026', 'Grace Marsh and Delphine', 'YES'],
    ['Educational advice', '8 October 2026', 'Westerbrook High School', 'YES'],
    ['Psychological advice', '15 October 2026', 'Educational psychologist', 'YES'],
  ],
  signOff: ['R. Pennington-Oduya, EHC Coordinator', '', ''],
  unfilled: 'empty',
  unusedRows: 'blank',
  status: 'draft',
  yearGroup: 12,
  txt: 'paste',
};

// p166: converted from an old statement; Part 2 / Part 3 / Part 4 headings mapped to B, E-F, I.
const p166: FlatSpec = {
  id: 'p166',
  description: 'HELD OUT. Plain text of a FINAL plan converted from an old statement of SEN, Year 8, LibreOffice from the text; **headings keep the statement\'s parts with the plan sections in brackets: "PART 1 – INTRODUCTION (Section A)", "PART 2 – SPECIAL EDUCATIONAL NEEDS (Section B)", "PART 3 – OBJECTIVES (Section E)", "PART 3 – EDUCATIONAL PROVISION TO MEET NEEDS AND OBJECTIVES (Section F)", "PART 3 – MONITORING" (not a section), "PART 4 – PLACEMENT (Section I)", "PART 5/6 – NON-EDUCATIONAL NEEDS AND PROVISION (Sections C, D, G, H1, H2)"; objectives and provision numbered "3.1", "3.2" …, old statement wording ("will have access to", "a structured programme", "monitored by the SENCo")**; moderate learning difficulties, speech sound disorder, literacy, fine motor; quantified literacy group, SaLT, handwriting, TA support in core lessons, life skills beside "access to", "a structured programme" with no who or when, "opportunities", "from time to time"; G a paediatric review with no when; H2 "None."; no check true.',
  status: 'final',
  yearGroup: 8,
  lines: [
    ['GRANTHOLM METROPOLITAN BOROUGH COUNCIL'],
    ['EDUCATION, HEALTH AND CARE PLAN (transferred from a Statement of Special Educational Needs)'],
    ['Final plan issued: 3 December 2026. Original statement dated 14 March 2019.'],
    ['Name: Callum Fairweather-Osei\tDate of birth: 19/11/2013\tNC Year: 8'],
    [''],
    ['PART 1 – INTRODUCTION (Section A: views, interests and aspirations)'],
    [at('A'), 'Callum likes fishing with his grandad, Lego Technic and wrestling on television. He says he wants to be a mechanic. His parents want him to read well enough to pass his driving theory test one day.'],
    [''],
    ['PART 2 – SPECIAL EDUCATIONAL NEEDS (Section B)'],
    [at('B'), '2.1 Callum has moderate learning difficulties. His reading and spelling are at about a 7-year-old level.'],
    ['2.2 Callum has a speech sound disorder; unfamiliar listeners understand about half of what he says.'],
    ['2.3 Callum has weak fine motor skills; his handwriting is slow and hard to read.'],
    [''],
    ['PART 3 – OBJECTIVES (Section E: outcomes)'],
    [at('E'), '3.1', o('By July 2027, Callum will read 100 high-frequency words accurately.', 'mt')],
    ['3.2', o('Callum will improve his speech.', '')],
    ['3.3', o('By the end of Year 9, Callum will write a paragraph of 5 sentences legibly in 10 minutes.', 'mt')],
    ['3.4', o('By July 2027, Callum will buy his own lunch in the canteen and check his change.', 'mtP')],
    ['3.5', o('Callum will develop his independence.', 'P')],
    [''],
    ['PART 3 – EDUCATIONAL PROVISION TO MEET NEEDS AND OBJECTIVES (Section F)'],
    [at('F'), '3.6', p('Callum will have access to a broad and balanced curriculum, differentiated to his needs.', 'V a', ['access to'])],
    ['3.7', p('A daily literacy group of no more than 6 pupils taught by a specialist teacher, 50 minutes, in place of a modern foreign language.', 'S apqfdg')],
    ['3.8', p('Speech and language therapy from an HCPC-registered speech and language therapist, 30 minutes a week, 1:1, for the autumn and spring terms.', 'S apqfdg')],
    ['3.9', p('A structured programme to develop his fine motor skills.', 'V a')],
    ['3.10', p('A handwriting programme with a teaching assistant, 15 minutes four times a week, in a pair.', 'S apfdg')],
    ['3.11', p('Teaching assistant support in English, maths and science lessons, 12 hours a week.', 'S apfd')],
    ['3.12', p('Life skills sessions in the school\'s practical room with the learning support team, 1 hour a week, in a group of 8.', 'S apfdg')],
    ['3.13', p('Opportunities to work with older pupils as reading buddies.', 'V a', ['Opportunities to'])],
    ['3.14', p('Advice from the educational psychologist from time to time.', 'V p', ['from time to time'])],
    [''],
    ['PART 3 – MONITORING'],
    ['Callum\'s progress will be monitored by the SENCo each term and reviewed at the annual review.'],
    [''],
    ['PART 4 – PLACEMENT (Section I)'],
    [at('I'), 'Grantholm Academy (mainstream academy) with access to the Additionally Resourced Provision for learning.'],
    [''],
    ['PART 5 – NON-EDUCATIONAL NEEDS (Sections C and D)'],
    [at('C'), 'Health (C): Callum has glue ear and wears glasses for reading.'],
    [at('D'), 'Social care (D): No social care needs identified.'],
    [''],
    ['PART 6 – NON-EDUCATIONAL PROVISION (Sections G, H1 and H2)'],
    [at('G'), 'Health (G):', p('A review of his hearing by the community paediatric audiology service.', 'V ap')],
    [p('An eye test and new reading glasses from an optometrist every 12 months.', 'S apf')],
    [at('H1'), 'Social care (H1): None.'],
    [at('H2'), 'Social care (H2): None.'],
    [''],
    [at('J'), 'Section J – Personal budget: Not requested.'],
    [at('K'), 'Section K – Advice: Parents, Grantholm Academy, speech and language therapy, educational psychologist (all October 2026).'],
  ],
};

// p167: plain text, ALL CAPS headings with no section letters, hard-wrapped at 80.
const p167: FlatSpec = {
  id: 'p167',
  description: 'HELD OUT. Plain text of a FINAL plan (typed plain-text template from an LA case system), Year 1, hard-wrapped at 80 columns; **headings ALL CAPS words with no section letters ("ABOUT ME", "MY NEEDS", "HEALTH", "SOCIAL CARE", "WHAT WE WANT TO ACHIEVE", "HOW WE WILL HELP – EDUCATION", "HOW WE WILL HELP – HEALTH", "HOW WE WILL HELP – SOCIAL CARE (CSDPA)", "HOW WE WILL HELP – OTHER SOCIAL CARE", "SCHOOL", "PERSONAL BUDGET", "ADVICE")**, provision as "*" bullets; Down syndrome, language, motor, toileting; quantified Makaton, SaLT, 1:1 TA hours, toileting, physio programme, portage-style home learning beside "as required", "access to", "appropriate", "support with"; G a cardiology review with no when and a specific dietitian review; H1 "Short break" hours; no check true.',
  status: 'final',
  yearGroup: 1,
  wrap: 80,
  lines: [
    ['LOWMERE DISTRICT COUNCIL - EDUCATION HEALTH AND CARE PLAN'],
    ['STATUS: FINAL    ISSUED: 01/12/2026    REVIEW DUE: 30/11/2027'],
    ['CHILD: Freya Nakamura-Hollis    DOB: 04/02/2020    YEAR: 1'],
    [''],
    ['ABOUT ME'],
    [at('A'), 'Freya loves Peppa Pig, swings, bubbles and dancing to her brother\'s music. Her parents want her to talk in short sentences, make friends and be out of nappies.'],
    [''],
    ['MY NEEDS'],
    [at('B'), 'Freya has Down syndrome. She uses single words and Makaton signs. She has low muscle tone, walks short distances and tires quickly. She is not yet toilet trained. Her learning is at about the level of a two-year-old.'],
    [''],
    ['HEALTH'],
    [at('C'), 'Freya had heart surgery as a baby and is reviewed by cardiology. She has hypothyroidism and takes levothyroxine. She is a fussy eater and her weight is low.'],
    [''],
    ['SOCIAL CARE'],
    [at('D'), 'Freya\'s parents both work shifts. The disabled children\'s team assessed the family in August 2026 and found they need short breaks.'],
    [''],
    ['WHAT WE WANT TO ACHIEVE'],
    [at('E'), '*', o('By July 2027, Freya will use 3-word phrases, spoken or signed, to ask for what she wants.', 'mt')],
    ['*', o('By July 2027, Freya will use the toilet at set times with one adult, staying dry for a whole school day on 4 days out of 5.', 'mtP')],
    ['*', o('Freya will make friends in her class.', 'P')],
    ['*', o('By the end of Year 2, Freya will walk from the classroom to the hall and back without a rest.', 'mt')],
    ['*', o('Freya will reach her potential.', '')],
    [''],
    ['HOW WE WILL HELP - EDUCATION'],
    [at('F'), '*', p('A teaching assistant with Freya for 25 hours a week across the school day.', 'S apfd')],
    ['*', p('Makaton signing used by all adults in her class, who have been on Makaton Level 1 training.', 'S apqf')],
    ['*', p('Speech and language therapy from the NHS speech and language therapist, 6 sessions of 30 minutes a term, with her teaching assistant present.', 'S apfd')],
    ['*', p('A daily language group (Language for Thinking) with her teaching assistant, 15 minutes, in a group of 3.', 'S apfdg')],
    ['*', p('A toileting programme with visual prompts, 5 times a day, with her teaching assistant.', 'S apf')],
    ['*', p('A physiotherapy programme from her physiotherapist, carried out by school staff as required.', 'V ap', ['as required'])],
    ['*', p('Access to appropriate seating and a footrest.', 'V a', ['Access to', 'appropriate'])],
    ['*', p('Support with dressing for PE.', 'V a', ['Support'])],
    ['*', p('A home-school book sent home daily by her teaching assistant.', 'S apf')],
    [''],
    ['HOW WE WILL HELP - HEALTH'],
    [at('G'), '*', p('Cardiology reviews at the regional children\'s heart centre.', 'V ap')],
    ['*', p('A review of her eating and weight by a paediatric dietitian, 45 minutes every 4 months.', 'S apfd')],
    [''],
    ['HOW WE WILL HELP - SOCIAL CARE (CSDPA)'],
    [at('H1'), '*', p('Short breaks with a sitter from the Lowmere Family Link scheme, 4 hours every other Saturday.', 'S apfd')],
    [''],
    ['HOW WE WILL HELP - OTHER SOCIAL CARE'],
    [at('H2'), '*', p('Information about local holiday clubs.', 'V a')],
    [''],
    ['SCHOOL'],
    [at('I'), 'Lowmere St Botolph\'s CE Infant School (mainstream).'],
    [''],
    ['PERSONAL BUDGET'],
    [at('J'), 'None.'],
    [''],
    ['ADVICE'],
    [at('K'), 'Parents (09/2026); school (09/2026); speech and language therapy (10/2026); physiotherapy (10/2026); educational psychologist (10/2026); paediatrician (10/2026); disabled children\'s team (08/2026).'],
  ],
};

// p168: London borough grid, one row per outcome, several provisions per cell separated by semicolons.
type Item = ReturnType<typeof p>;
const semiCell = (...xs: Item[]): DocCell => cell(xs.flatMap((x, i) => (i ? ['; ', x] : [x])));
const row = (need: string, outcome: ReturnType<typeof o>, prov: DocCell, freq: string, who: string, review: string): DocCell[] =>
  [cell([need]), cell([outcome]), prov, cell([freq]), cell([who]), cell([review])];
const p168: DocSpec = {
  id: 'p168',
  description: 'HELD OUT. Word document by script, a London borough form, Year 7, FINAL; **Sections E and F one six-column grid "Need | Outcome | Provision | Frequency | Who | Review date", one row per outcome, the need repeated, several provisions in one Provision cell separated by semicolons, the Frequency and Who cells giving one semicolon-separated part per provision in the same order**; each provision judged on its own words and its matching Frequency and Who parts; LibreOffice text export; autism, anxiety, organisation, noise sensitivity; quantified Talkabout and Lego therapy groups, literal language, SaLT on figurative language, time-out card, morning check-in, Zones of Regulation, visual timetable, ear defenders, early leaving, OT sensory assessment beside a staff programme "as advised", "emotional support" "when needed", a reduced timetable "if required", homework club; G a paediatric review and "Access to CAMHS if needed."; H2 a youth club; two non-SMART outcomes; no check true.',
  header: 'London Borough of Harringate – Education, Health and Care Plan',
  footer: 'Zain Moradi-Ellison – FINAL – Page {page} of {pages}',
  txt: 'soffice',
  status: 'final',
  yearGroup: 7,
  blocks: [
    { k: 'p', parts: ['London Borough of Harringate – SEN Assessment and Review Service'], bold: true, size: 28 },
    { k: 'p', parts: ['Education, Health and Care Plan – FINAL, 2 December 2026'], bold: true, size: 28 },
    { k: 'table', widths: [35, 65], rows: [
      label('Name', 'Zain Moradi-Ellison'),
      label('Date of birth', '27/03/2014'),
      label('School', 'Harringate Park Academy, Year 7'),
    ] },
    heading('Section A – About me'),
    para(at('A'), 'Zain loves trains, maps and the London Underground. He says: "I like facts. I don\'t like noise or when people say things they don\'t mean." His dad wants him to cope with secondary school and to have a friend.'),
    heading('Section B – Special educational needs'),
    para(at('B'), 'Zain is autistic. He takes language literally, finds conversation with other pupils hard and becomes very anxious with change, noise and crowded corridors. He finds it hard to organise himself and his equipment.'),
    heading('Section C – Health needs'),
    para(at('C'), 'Zain was diagnosed with autism in 2021. He has difficulty getting to sleep and takes melatonin.'),
    heading('Section D – Social care needs'),
    para(at('D'), 'Zain lives with his dad and older sister. He has no friends outside school and his dad would like him to join a club.'),
    heading(at('E'), at('F'), 'Sections E and F – Outcomes and special educational provision'),
    { k: 'table', head: true, keepRows: true, widths: [16, 20, 24, 14, 14, 12], rows: [
      [cell(['Need']), cell(['Outcome']), cell(['Provision']), cell(['Frequency']), cell(['Who']), cell(['Review date'])],
      row('Communication and interaction: starting and keeping up conversations with other pupils.',
        o('By July 2027, Zain will start a conversation with another pupil at lunchtime on 3 days a week.', 'mt'),
        semiCell(
          p('Social communication group (Talkabout)', 'S apfdg'),
          p('Lego therapy', 'S apfdg'),
          p('Adults to use clear, literal language and check his understanding', 'S apf'),
        ),
        'Weekly, 45 minutes; weekly, 30 minutes; throughout the school day',
        'Speech and language therapist and TA, group of 6; ELSA, group of 3; all staff',
        'March 2027'),
      row('Communication and interaction: understanding figurative language.',
        o('Zain will understand jokes and idioms.', ''),
        semiCell(
          p('Direct speech and language therapy on figurative language', 'S apqfdg'),
          p('A programme for his TA to follow in English lessons', 'V ap', ['as advised']),
        ),
        '6 x 40 minutes per term; as advised',
        'HCPC-registered speech and language therapist, 1:1; teaching assistant',
        'March 2027'),
      row('Social, emotional and mental health: anxiety, walking out of lessons.',
        o('By Easter 2027, Zain will use his time-out card to leave a lesson calmly instead of walking out, in 4 out of 5 incidents.', 'mt'),
        semiCell(
          p('A time-out card and a named base room (the Hub)', 'S af'),
          p('A check-in with his key adult', 'S apfd'),
          p('Emotional support', 'V p', ['support', 'when needed']),
        ),
        'Every lesson; daily at 8.40, 10 minutes; when needed',
        'All staff; learning mentor; pastoral team',
        'February 2027'),
      row('Social, emotional and mental health: anxiety, walking out of lessons.',
        o('Zain will feel less anxious at school.', ''),
        semiCell(
          p('Zones of Regulation sessions', 'S apfdg'),
          p('A reduced timetable', 'V ap', ['if required']),
        ),
        'Weekly, 30 minutes; if required',
        'Learning mentor, 1:1; SENCo',
        'February 2027'),
      row('Cognition and learning: organising himself and his equipment.',
        o('By the end of Year 7, Zain will bring the right equipment and his planner to every lesson on 9 days out of 10.', 'mtP'),
        semiCell(
          p('A visual timetable and an equipment checklist in his planner', 'S apf'),
          p('Homework club', 'V af'),
        ),
        'Checked daily at registration; Monday to Thursday',
        'Form tutor; –',
        'July 2027'),
      row('Sensory: sensitivity to noise in the corridors and dining hall.',
        o('By July 2027, Zain will eat his lunch in the dining hall, wearing ear defenders, 3 times a week.', 'mtP'),
        semiCell(
          p('Ear defenders', 'S af'),
          p('Leaving lessons 3 minutes early to avoid the busy corridors', 'S af'),
          p('A sensory assessment', 'S apqf'),
        ),
        'At all times; every lesson; once, by February 2027',
        'Zain; subject teachers; HCPC-registered occupational therapist',
        'July 2027'),
    ] },
    heading('Section G – Health provision'),
    para(at('G'), p('A review of his sleep and wellbeing by the community paediatrician, 30 minutes every 6 months.', 'S apfd')),
    para(p('Access to CAMHS if needed.', 'V p', ['Access to', 'if needed'])),
    heading('Section H1 – Social care provision (CSDPA 1970, section 2)'),
    para(at('H1'), 'None.'),
    heading('Section H2 – Other social care provision'),
    para(at('H2'), p('A place at the Saturday autism youth club run by Harringate Youth Service, 10.00 to 12.00 every Saturday in term time.', 'S apfd')),
    heading('Section I – Placement'),
    para(at('I'), 'Harringate Park Academy (mainstream secondary academy).'),
    heading('Section J – Personal budget'),
    para(at('J'), 'Not requested.'),
    heading('Section K – Advice and information'),
    para(at('K'), 'Zain and his dad (September 2026); Harringate Park Academy (September 2026); speech and language therapy (October 2026); educational psychologist (October 2026); community paediatrician (October 2026).'),
  ],
};

// p169: F as a "Universal | SEN support | Specialist" table per area, then an hours-per-week summary.
const tier = (area: string, u: Item[], s: Item[], sp: Item[]): DocCell[] =>
  [cell([area]), cell(...u.map((x) => [x])), cell(...s.map((x) => [x])), cell(...sp.map((x) => [x]))];
const p169: DocSpec = {
  id: 'p169',
  description: 'HELD OUT. Word document by script, Year 3, FINAL, a graduated-approach LA form; **Section F one four-column table "Area of need | Universal (ordinarily available) | SEN support (targeted) | Specialist (additional)", one row per area, each tier cell holding one statement a paragraph**, then **a "Summary of additional adult time (hours per week)" table whose rows restate provision already listed (not statements)**; E a numbered list; pdftotext -raw of LibreOffice\'s PDF; ADHD, literacy, regulation, sensory seeking; universal-tier provision mostly not specific ("Quality first teaching", "A consistent behaviour policy", "A calm, structured classroom", "Access to fidget tools"), targeted and specialist quantified (reading, phonics group, check-in, 1:1 TA hours, specialist teacher visits, behaviour plan, wobble cushion) beside "Movement breaks as needed", "Play therapy sessions", "OT assessment if required"; G a medication review with no who; no check true.',
  header: 'Fellbridge County Council – EHC Plan',
  footer: 'Mason Kowalczyk-Boateng – FINAL – Page {page} of {pages}',
  txt: 'pdftotext',
  status: 'final',
  yearGroup: 3,
  blocks: [
    { k: 'p', parts: ['Fellbridge County Council – Education, Health and Care Plan'], bold: true, size: 28 },
    { k: 'table', widths: [35, 65], rows: [
      label('Name', 'Mason Kowalczyk-Boateng'),
      label('Date of birth', '15/07/2018'),
      label('School', 'Fellbridge Moor Primary School, Year 3'),
      label('Plan status', 'FINAL – 5 December 2026'),
    ] },
    heading('A. My views, interests and aspirations'),
    para(at('A'), 'Mason loves dinosaurs, BMX bikes and helping his nan in her garden. He says: "I get told off a lot. I want to be good at reading." His mum wants school to understand that he is not naughty on purpose.'),
    heading('B. Special educational needs'),
    para(at('B'), 'Mason has ADHD. He finds it very hard to sit still, to wait and to stay on a task. His reading and spelling are about two years behind. He seeks movement and touch, and when he is dysregulated he may throw things or run out of class.'),
    heading('C. Health needs'),
    para(at('C'), 'Mason was diagnosed with ADHD in 2025 and takes methylphenidate before school.'),
    heading('D. Social care needs'),
    para(at('D'), 'None identified.'),
    heading('E. Outcomes'),
    para(at('E'), '1. ', o('By July 2027, Mason will read a Year 2 book aloud with 95% accuracy.', 'mt')),
    para('2. ', o('By Easter 2027, Mason will stay in the classroom for a whole lesson on 4 days out of 5.', 'mt')),
    para('3. ', o('Mason will behave better.', '')),
    para('4. ', o('By July 2027, Mason will ask for a movement break using his break card instead of leaving his seat, in 3 out of 4 lessons.', 'mt')),
    para('5. ', o('Mason will get on well with other children.', 'P')),
    heading('F. Special educational provision'),
    para(at('F'), 'Provision is set out by the three levels of the Fellbridge graduated approach. Everything in the SEN support and Specialist columns is additional to what is ordinarily available.'),
    { k: 'table', head: true, keepRows: true, widths: [16, 28, 28, 28], rows: [
      [cell(['Area of need']), cell(['Universal (ordinarily available)']), cell(['SEN support (targeted)']), cell(['Specialist (additional)'])],
      tier('Cognition and learning',
        [p('Quality first teaching with work differentiated to his level', 'V a'), p('Word mats and visual prompts on his table in every lesson', 'S af')],
        [p('Daily 1:1 reading with an adult, 10 minutes', 'S afdg'), p('Phonics intervention (Read Write Inc. Fresh Start) with a trained teaching assistant, 4 x 20 minutes a week, in a group of 3', 'S apqfdg')],
        [p('Assessment, teaching and advice from a specialist teacher from the Fellbridge Learning Support Service, 1 hour twice a term', 'S apqfd')]),
      tier('Social, emotional and mental health',
        [p('A consistent behaviour policy', 'V a'), p('A calm, structured classroom', 'V a')],
        [p('A check-in with his key adult at the start of each day, 10 minutes', 'S apfd'), p('Movement breaks as needed', 'V a', ['as needed'])],
        [p('1:1 teaching assistant support, 15 hours a week, at the start of lessons and at lunchtime', 'S apfdg'), p('An individual behaviour support plan written with the Behaviour Support Team, reviewed every half term', 'S apf'), p('Play therapy sessions', 'V a')]),
      tier('Sensory and physical',
        [p('Access to fidget tools', 'V a', ['Access to'])],
        [p('A wobble cushion at carpet time and a movement break before each lesson', 'S af')],
        [p('An occupational therapy assessment if required', 'V ap', ['if required'])]),
    ] },
    sub169('Summary of additional adult time (hours per week)'),
    { k: 'table', head: true, widths: [60, 40], rows: [
      [cell(['Provision']), cell(['Hours per week'])],
      [cell(['1:1 teaching assistant (SEMH)']), cell(['15'])],
      [cell(['Phonics group']), cell(['1.3'])],
      [cell(['Daily reading and check-in']), cell(['1.7'])],
      [cell(['Total']), cell(['18'])],
    ] },
    heading('G. Health provision'),
    para(at('G'), p('Review of his ADHD medication every 6 months.', 'V af')),
    heading('H1. Social care provision (CSDPA 1970 s2)'),
    para(at('H1'), 'None.'),
    heading('H2. Other social care provision'),
    para(at('H2'), 'None.'),
    heading('I. Placement'),
    para(at('I'), 'Fellbridge Moor Primary School (mainstream community primary school).'),
    heading('J. Personal budget'),
    para(at('J'), 'Not requested.'),
    heading('K. Advice and information'),
    para(at('K'), 'Mason and his mum (September 2026); Fellbridge Moor Primary School (September 2026); educational psychologist (October 2026); community paediatrician (October 2026); Behaviour Support Team (October 2026).'),
  ],
};

export const NATIONAL_HOLDOUT_T: NationalSpec[] = [p164, p165];
export const FLATTENED_HOLDOUT_T: FlatSpec[] = [p166, p167];
export const DOCFORM_HOLDOUT_T: DocSpec[] = [p168, p169];
