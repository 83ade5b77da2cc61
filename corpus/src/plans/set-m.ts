// Plans p122-p127: a twelfth held-out set (7 December 2026), written and labelled blind: the analyser,
// its rules, its tests and its accuracy scripts were not read or run. Invented children, places and
// authorities; labels from shared/rubric-reference.md, corpus/AUDIT.md and the rulings in
// corpus/HOLDOUT-FIRST-SIGHT.md only. HELD OUT: never tune rules on them.
//   p122 a final plan pasted into an e-mail by the case officer, hard-wrapped at 70 columns, F written as
//   prose paragraphs with a provision spread over two or three sentences (FlatSpec). p123 a two-column
//   LA form, each area a table of "label | value" rows (Need / Outcome / By when / Provision / Who / How
//   often), text by pdftotext -raw (DocSpec). p124 the national template with several typed-bullet
//   provisions and outcomes per cell, a sixth-form student (NationalSpec). p125 an early-years DRAFT in a
//   Word form built on content controls, some left showing "Click or tap here to enter text." (DocSpec).
//   p126 a DRAFT whose Section F is a landscape five-column table numbered "F1.1" under area rows, cells
//   wrapping over many lines and rows breaking across pages (DocSpec). p127 a post-16 college plan with
//   "F)"-style headings and F as a weekly timetable "Day | Time | Support" in tab-separated lines (FlatSpec).
// They join the set-6 lists (set6.ts), so the build and the held-out lists take them as they are.
import { p, o } from '../dsl.ts';
import { at, type FlatSpec, type Part } from '../flattened.ts';
import { cell, controlCell, controlled, CONTROL_PROMPT, heading, para, spanning, type DocCell, type DocSpec } from '../docform.ts';
import type { NationalSpec } from '../national/spec.ts';
import { frontSheet } from './national.ts';

// A final plan pasted into the body of an e-mail (the parent could not open the PDF on her phone): the
// mail client wraps every line at 70 columns, mid-sentence; e-mail header, greeting, signature and
// disclaimer around the plan; Section F written as prose paragraphs under area lines, some provisions
// spread over two or three sentences.
const p122: FlatSpec = {
  id: 'p122',
  description: 'HELD OUT. A FINAL plan pasted into an e-mail by the SEND case officer and hard-wrapped at 70 columns (mid-sentence), with the e-mail header ("From:", "Sent:", "To:", "Subject:"), a greeting, a "----- Copy of the final EHC plan -----" line, the officer\'s signature and a confidentiality disclaimer after Section K; headings "Section A - …" with ASCII hyphens; E "Outcome 1:"-"Outcome 6:"; Section F written as prose paragraphs under area lines, one to five statements a paragraph and some provisions spread over two or three sentences (the therapist, the amount and the programme in separate sentences); Year 5; autism, literacy, emotional regulation, handwriting, sensory; quantified SaLT block, programme, Fresh Start group, ELSA, Lego club, OT programme lines beside "where possible", "regularly", "access to … when he needs it", "support" and "as needed"; G a toileting-advice meeting and a sleep review with no length; D a carer\'s assessment that found his mother needs breaks, H1 and H2 "None." (socialCareNeedsWithoutProvision).',
  status: 'final',
  yearGroup: 5,
  wrap: 70,
  lines: [
    ['From: Priya Venkatesan <p.venkatesan@ashcombe-vale.example.org>'],
    ['Sent: 04 March 2026 16:12'],
    ['To: Nadia Oyelaran'],
    ['Subject: Izzy\'s final EHC plan (copy in the body of this email)'],
    [''],
    ['Hi Nadia,'],
    [''],
    ['As you said you can\'t open the PDF on your phone, I have pasted the final plan below so you can read it now. The signed copy is in the post. Any problems, just reply to this email or ring me on the number at the bottom.'],
    [''],
    ['Kind regards,'],
    ['Priya'],
    [''],
    ['----- Copy of the final EHC plan -----'],
    [''],
    ['ASHCOMBE VALE COUNCIL - EDUCATION, HEALTH AND CARE PLAN (FINAL)'],
    ['Name: Isidore Ravensdale-Oyelaran (known as Izzy)   Date of birth: 11/09/2015'],
    ['School: Saltmarsh Lane Primary School, Year 5   Date of plan: 4 March 2026'],
    [''],
    ['Section A - Views, interests and aspirations'],
    [at('A'), 'Izzy is 10. He loves trains, Minecraft and drawing maps of the places he has been. He says school is "too loud and too much writing" and that he likes it when he knows what is going to happen. His mum wants him to read for pleasure, to have a friend and to go into the toilets at school without fuss. Izzy wants to drive trains when he grows up.'],
    [''],
    ['Section B - Special educational needs'],
    [at('B'), 'Izzy is autistic. He speaks in full sentences but misses the meaning of longer spoken instructions, takes words literally and finds it hard to take turns in conversation. He reads at about the level of a 7-year-old and his spelling is weaker still. After lunchtime he is often overwhelmed: he shouts, runs out of the classroom or hides under a table. He finds noisy rooms very hard. His handwriting is slow and effortful and his grip tires after a few lines.'],
    [''],
    ['Section C - Health needs'],
    [at('C'), 'Izzy was diagnosed with autism in 2022 by the community paediatrician. He has chronic constipation, treated by his GP, and avoids the school toilets. He finds it hard to get to sleep and often wakes in the night.'],
    [''],
    ['Section D - Social care needs'],
    [at('D'), 'Izzy lives with his mum and his two younger brothers; his youngest brother is also disabled. A carer\'s assessment in January 2026 found that his mum is exhausted and needs regular breaks from caring, and that Izzy needs an adult with him to take part in activities outside school.'],
    [''],
    ['Section E - Outcomes'],
    [at('E'), 'Outcome 1:', o('By the end of Year 5, Izzy will read a book at a Year 3 level aloud with at least 95% accuracy.', 'mt')],
    ['Outcome 2:', o('Izzy will become a more confident reader.', '')],
    ['Outcome 3:', o('By July 2026, Izzy will show his calm card, go to the sensory room and come back to class within 10 minutes, on 4 out of 5 occasions.', 'mt')],
    ['Outcome 4:', o('By the end of Year 6, Izzy will play a game with a friend at lunchtime on at least 3 days a week.', 'mtP')],
    ['Outcome 5:', o('Izzy will manage his feelings better.', '')],
    ['Outcome 6:', o('By his next annual review, Izzy will use the toilet at school when he needs to, without being reminded.', 'mtP')],
    [''],
    ['Section F - Special educational provision'],
    [at('F'), 'Communication and interaction'],
    [
      p('Izzy will have speech and language therapy from an HCPC-registered speech and language therapist employed by the council. This will be a block of 6 sessions of 40 minutes each term, 1:1 in school. The therapist will leave a written programme for school after each block.', 'S apqfdg'),
      p('A teaching assistant trained by the therapist will carry out the programme with him. Sessions will be 3 times a week for 15 minutes.', 'S apqfd'),
      p('Visual supports will be used where possible.', 'V a', ['where possible']),
    ],
    [''],
    ['Cognition and learning'],
    [
      p('Izzy will be taught in a group of no more than 4 pupils using Read Write Inc. Fresh Start. The group will run every morning for 30 minutes and will be led by a teaching assistant trained in Fresh Start.', 'S apqfdg'),
      p('He will also have precision teaching of high-frequency words. This will happen regularly, with a teaching assistant.', 'V ap', ['regularly']),
      p('He will have a writing frame and a word mat for all written work.', 'S a'),
    ],
    [''],
    ['Social, emotional and mental health'],
    [
      p('Izzy will have a 1:1 session with the school\'s Emotional Literacy Support Assistant (ELSA) for 30 minutes every week. The ELSA has completed the educational psychology service\'s ELSA training. Sessions will use the Zones of Regulation to help him recognise and name his feelings.', 'S apqfdg'),
      p('He will have access to the sensory room when he needs it.', 'V a', ['access to']),
      p('A calm card will be on his desk in every lesson, which he can show to any adult to leave the classroom for the sensory room. A teaching assistant will go with him, and he can stay there for up to 10 minutes.', 'S apf'),
      p('There will be support at lunchtimes from a midday supervisor.', 'V pf', ['support']),
      p('He will join the lunchtime Lego club. The club meets every Tuesday and Thursday for 25 minutes, with no more than 6 children, and is run by a teaching assistant.', 'S apfdg'),
    ],
    [''],
    ['Sensory and physical'],
    [
      p('Izzy will follow a handwriting and fine motor programme written by an HCPC-registered occupational therapist. A teaching assistant will run it with him 1:1 for 20 minutes, 3 times a week. The occupational therapist will review and update the programme each term.', 'S apqfdg'),
      p('Ear defenders will be kept in his tray for every assembly and every lunchtime in the dining hall.', 'S af'),
      p('He will have movement breaks as needed.', 'V a', ['as needed']),
    ],
    [''],
    ['Section G - Health provision'],
    [at('G'),
      p('The school nurse will meet his mum and his class teacher to agree and update his toileting plan. This will be a 45-minute meeting each term.', 'S apfd'),
      p('The community paediatrician will review his sleep every 6 months.', 'V apf'),
    ],
    [''],
    ['Section H1 - Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'],
    [at('H1'), 'None.'],
    ['Section H2 - Other social care provision'],
    [at('H2'), 'None.'],
    [''],
    ['Section I - Placement'],
    [at('I'), 'Saltmarsh Lane Primary School (mainstream community primary school).'],
    [''],
    ['Section J - Personal budget'],
    [at('J'), 'No personal budget has been requested.'],
    [''],
    ['Section K - Advice and information'],
    [at('K'), 'K1 Parent\'s views (December 2025); K2 Saltmarsh Lane Primary School (January 2026); K3 Educational psychologist (January 2026); K4 Speech and language therapist (January 2026); K5 Occupational therapist (February 2026); K6 Community paediatrician (February 2026); K7 Carer\'s assessment (January 2026).'],
    [''],
    ['----- End of plan -----'],
    [''],
    ['Priya Venkatesan | SEND Case Officer | Ashcombe Vale Council | 01632 960 418'],
    [''],
    ['This email and any files sent with it are confidential and intended only for the person to whom it is addressed. If you have received it in error, please tell the sender and delete it. Ashcombe Vale Council may monitor email for security purposes.'],
  ],
  checks: { socialCareNeedsWithoutProvision: true },
};

// A two-column LA form: every area of need its own table of "label | value" rows (Need, Outcome, By
// when, Provision, Who, How often), G the same; text is a PDF reader's copy (pdftotext -raw), so a label
// and the first line of its value come out on one line.
const lv = (label: string, ...parts: Part[]): DocCell[] => [cell([label]), cell(parts)];
const lvProv = (prov: ReturnType<typeof p>, who: string, often: string, mark?: Part): DocCell[][] => [
  lv('Provision', ...(mark ? [mark] : []), prov), lv('Who', who), lv('How often', often),
];
const areaTable = (rows: DocCell[][]) => ({ k: 'table' as const, rows, widths: [22, 78], keepRows: true });
const p123: DocSpec = {
  id: 'p123',
  description: 'HELD OUT. Word document by script in a two-column form: the front sheet and every area of need a table of "label | value" rows, each area\'s table "Need" (B), then "Outcome" and "By when" pairs (E), then "Provision" / "Who" / "How often" triples (F) (a "Who" left empty, "Where possible", "As needed", "Weekly", "Where appropriate" in values; an "Ongoing" By when); G the same triples; text is poppler\'s pdftotext -raw of LibreOffice\'s PDF (label and value on one line); running header and "Page N of M" footer; Year 8, FINAL; developmental language disorder, literacy, anxiety and attendance, hypermobility; quantified Language for Thinking, vocabulary pre-teaching, Lexia PowerUp, meet-and-greet, laptop lines beside vague ones; speech and language therapy only in G, F naming no therapy or therapist (therapyOnlyInHealth); D none.',
  header: 'Ulverbrook City Council – Education, Health and Care Plan',
  footer: 'Teodor Lindqvist-Amadi – FINAL – Page {page} of {pages}',
  txt: 'pdftotext',
  status: 'final',
  yearGroup: 8,
  blocks: [
    { k: 'p', parts: ['Ulverbrook City Council'], bold: true, size: 28 },
    { k: 'p', parts: ['Education, Health and Care Plan'], bold: true, size: 28 },
    areaTable([
      lv('Name', 'Teodor Lindqvist-Amadi'),
      lv('Date of birth', '30/06/2013'),
      lv('School', 'Brackenholt Community College'),
      lv('Year group', 'Year 8'),
      lv('Plan status', 'Final'),
      lv('Date issued', '12 March 2026'),
    ]),
    heading('Section A – About Teodor'),
    para(at('A'), 'Teodor is 12. He likes fishing with his uncle, building model aircraft and anything about the Second World War. He says: "Teachers talk too fast and then everyone looks at me." He would like to be a pilot or an aircraft engineer. His parents want him to go to school every day without a fight and to understand his lessons.'),
    heading('Sections B, E and F – Needs, outcomes and provision by area of need'),
    { k: 'p', parts: ['Communication and interaction'], bold: true },
    areaTable([
      lv('Need', at('B'), 'Teodor has a developmental language disorder. He understands about half of what is said in a busy lesson, struggles to find words and to explain his thinking, and avoids speaking in front of the class.'),
      lv('Outcome', at('E'), o('Teodor will explain how he worked out an answer in maths or science, using 2 or more sentences, in 3 out of 4 lessons when asked.', 'mt')),
      lv('By when', 'End of Year 8 (July 2026)'),
      lv('Outcome', o('Teodor will understand more in lessons.', '')),
      lv('By when', 'Ongoing'),
      ...lvProv(p('Language for Thinking group with 3 other pupils', 'S apqfdg'), 'Teaching assistant trained in Language for Thinking', '2 x 30 minutes a week', at('F')),
      ...lvProv(p('Pre-teaching of 5 key words for each new topic in science, history and geography, with a word map', 'S apfd'), 'Teaching assistant', 'Before each new topic, 20 minutes'),
      ...lvProv(p('Instructions broken into steps and a written task list', 'S apf'), 'All subject teachers', 'Every lesson'),
      ...lvProv(p('Speaking opportunities in small groups', 'V', ['opportunities', 'Where possible']), '', 'Where possible'),
    ]),
    { k: 'p', parts: ['Cognition and learning'], bold: true },
    areaTable([
      lv('Need', at('B'), 'Teodor reads at about the level of an 8-year-old and spells at about the level of a 7-year-old. He takes longer than others to process what he reads and hears and to get his ideas onto paper.'),
      lv('Outcome', at('E'), o('Teodor will read a 250-word passage from a Year 6 reading book with 95% accuracy and answer 4 out of 5 questions about it.', 'mt')),
      lv('By when', 'February 2027'),
      ...lvProv(p('Reading intervention', 'V f', ['intervention']), 'Learning support department', 'Weekly', at('F')),
      ...lvProv(p('Lexia PowerUp on a laptop, supervised by a teaching assistant', 'S apfd'), 'Teaching assistant', '4 x 20 minutes a week in tutor time'),
      ...lvProv(p('Homework set on paper as well as online, with a printed task list', 'S apf'), 'Subject teachers', 'Every homework'),
    ]),
    { k: 'p', parts: ['Social, emotional and mental health'], bold: true },
    areaTable([
      lv('Need', at('B'), 'Teodor is very anxious about school. He missed a fifth of the autumn term, panics in crowded corridors and has refused to go in on Monday mornings.'),
      lv('Outcome', at('E'), o('Teodor will attend at least 95% of sessions in each half term.', 'mt')),
      lv('By when', 'By the end of the summer term 2026'),
      lv('Outcome', o('Teodor will feel happier at school.', 't')),
      lv('By when', 'July 2026'),
      lv('Outcome', o('Teodor will travel to school on the bus on his own.', 'mtP')),
      lv('By when', 'By the end of Year 9'),
      ...lvProv(p('Meet and greet at the student services door and a check of his timetable for the day', 'S apfd'), 'Learning mentor', 'Every morning at 8.35am, 10 minutes', at('F')),
      ...lvProv(p('A pass to move between lessons before the bell, when the corridors are quiet', 'S apf'), 'All staff', 'Every lesson'),
      ...lvProv(p('Mentoring', 'V ap', ['As needed']), 'Learning mentor', 'As needed'),
    ]),
    { k: 'p', parts: ['Sensory and/or physical'], bold: true },
    areaTable([
      lv('Need', at('B'), 'Teodor has joint hypermobility. His hands hurt after about 10 minutes of handwriting and he tires on stairs and in PE.'),
      lv('Outcome', at('E'), o('Teodor will type his written work at 25 words per minute.', 'mt')),
      lv('By when', 'End of Year 9'),
      ...lvProv(p('A laptop for all written work in lessons and examinations', 'S apf'), 'Set up by the school\'s IT technician', 'All lessons', at('F')),
      ...lvProv(p('A lift pass for moving between floors', 'S a'), '', ''),
      ...lvProv(p('Adapted PE', 'V ap', ['Where appropriate']), 'PE teacher', 'Where appropriate'),
    ]),
    heading('Section C – Health needs'),
    para(at('C'), 'Teodor\'s developmental language disorder was diagnosed by the NHS speech and language therapy service in 2021. He has joint hypermobility syndrome and is known to the children\'s physiotherapy service. He has mild asthma.'),
    heading('Section D – Social care needs'),
    para(at('D'), 'No social care needs have been identified.'),
    heading('Section G – Health provision'),
    areaTable([
      ...lvProv(p('Speech and language therapy: direct therapy and a programme for school', 'S apqfd'), 'HCPC-registered speech and language therapist (NHS)', '6 sessions of 45 minutes each term', at('G')),
      ...lvProv(p('Physiotherapy review of his hand and knee joints', 'V apf'), 'NHS paediatric physiotherapist', 'Every 6 months'),
      ...lvProv(p('Asthma plan, with his inhaler kept in the medical room', 'V ap', ['As needed']), 'First aiders', 'As needed'),
    ]),
    heading('Section H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'),
    para(at('H1'), 'Not applicable.'),
    heading('Section H2 – Other social care provision'),
    para(at('H2'), 'Not applicable.'),
    heading('Section I – Placement'),
    para(at('I'), 'Brackenholt Community College (mainstream community secondary school).'),
    heading('Section J – Personal budget'),
    para(at('J'), 'No personal budget has been requested.'),
    heading('Section K – Advice and information'),
    para(at('K'), 'Parents\' views (January 2026); Brackenholt Community College (January 2026); educational psychologist (February 2026); NHS speech and language therapy (February 2026); children\'s physiotherapy (February 2026).'),
  ],
  checks: { therapyOnlyInHealth: true },
};

// The national template for a Year 12 student in a school sixth form, every provision and outcome a
// paragraph of its own behind a typed bullet, quantified and vague lines side by side in one cell.
const b = (x: ReturnType<typeof p> | ReturnType<typeof o>) => ({ run: ['• ', x] });
const p124: NationalSpec = {
  id: 'p124',
  description: 'HELD OUT. National template, Year 12 in a school sixth form, FINAL (issued after the phase-transfer review); autism, social anxiety, developmental coordination disorder, migraines; each B-F-E, C-G-E and D-H1-H2-E cell holds several provisions or outcomes, each its own paragraph behind a typed bullet ("• "), quantified and vague lines side by side in one cell ("where possible", "support … as required", "access to", "regular", "opportunities to", "as needed", "will be offered"); a one-off OT review with a who and a term; an exit pass "for up to 15 minutes"; CBT from CAMHS in G; H1 personal assistant hours to a youth theatre, H2 a carer\'s assessment "will be offered"; PfA outcomes (lunch in the café, train to open days, migraine self-management, youth theatre); all four area tables used, unused rows deleted; text pasted from Word (a row on a line, cells split by tabs); no check true.',
  form: 'filled',
  banner: ['Tyneholme Metropolitan Borough Council – Special Educational Needs Service', 'FINAL Education, Health and Care Plan – issued 6 March 2026 following the phase-transfer review (Year 11 to Year 12)'],
  fields: frontSheet(
    { name: 'Maelle Okonjo-Fairweather', preferred: 'Maelle', dob: '23/01/2010', sex: 'Female', ethnicity: 'Black British – African', lang: 'English', parentLang: 'English and Igbo',
      parent1: ['Chinwe Okonjo', 'Mother', 'chinwe.okonjo@example.org', '07700 900826', 'Flat 3, 41 Quayside Rise, Tyneholme'] },
    { setting: 'St Cuthbert\'s Catholic High School Sixth Form (mainstream 11-18 school), Year 12', gp: 'Quayside Health Centre', nhs: '648 203 5517',
      socialCare: 'Yes – Disabled Children\'s Team', others: 'CAMHS; children\'s occupational therapy; careers adviser', lac: 'No', wasLac: 'No', onePage: 'Yes', movedIn: 'No' },
  ),
  a1: {
    history: 'Maelle was diagnosed with autism at 9 and with developmental coordination disorder at 11. She has had an EHC plan since Year 6. She stayed on at St Cuthbert\'s for the sixth form in September 2025.',
    communication: 'Maelle speaks fluently but finds group discussion and unwritten rules hard. She prefers instructions in writing.',
  },
  a2: {
    child_views: 'I like my subjects but the common room is too loud. I want people to tell me about changes before they happen, not on the day.',
    family_views: 'Her mother wants Maelle to go to university and to have a life outside home, not just her room and her drawing.',
    interests: 'Drawing and painting, reading novels, theatre and her cat.',
    strengths: 'Maelle is a gifted artist, very organised when she has a plan, and kind to younger students.',
    aspirations: 'Maelle wants to study illustration at university and to live in a shared flat while she does.',
  },
  areas: {
    communication_interaction: {
      strengths: 'Maelle writes well and explains her ideas clearly on paper.',
      rows: [{
        need: 'Maelle is autistic. She misses spoken instructions in busy rooms, finds group work and changes of plan very hard, and does not ask for help when she is confused.',
        provision: [
          b(p('Deadlines and instructions written on the class Teams page by her subject teachers, in every lesson, as well as given aloud.', 'S apf')),
          b(p('A 30-minute 1:1 session each week with the sixth form learning mentor to plan her workload and talk through anything that has confused her.', 'S apfdg')),
          b(p('Notice of timetable and room changes where possible.', 'V a', ['where possible'])),
        ],
        outcome: [
          b(o('By the end of Year 12, Maelle will hand in at least 9 out of 10 pieces of coursework by the deadline, using her planner.', 'mt')),
          b(o('Maelle will be able to work in a group.', '')),
        ],
      }],
    },
    cognition_learning: {
      strengths: 'Maelle is predicted grade B or above in all three A levels.',
      rows: [{
        need: 'Maelle\'s coordination difficulty makes her handwriting slow and painful; she processes information more slowly under time pressure.',
        provision: [
          b(p('A sixth-form laptop with note-taking software for all lessons, coursework and examinations.', 'S af')),
          b(p('25% extra time, a separate room and a word processor in all internal and external examinations, arranged by the exams officer.', 'S apf')),
          b(p('Study skills support from the learning support department as required.', 'V', ['support', 'as required'])),
          b(p('Access to a quiet study room in free periods.', 'V a', ['access to'])),
        ],
        outcome: [
          b(o('By July 2027, Maelle will finish every timed essay in her A level mock examinations within the time allowed, using a word processor.', 'mt')),
        ],
      }],
    },
    semh: {
      strengths: 'Maelle is honest about how she feels when she has time to write it down.',
      rows: [{
        need: 'Maelle has severe social anxiety. She has not eaten lunch in school since Year 10, avoids the common room and has panic attacks in crowded places.',
        provision: [
          b(p('A 6-week anxiety management programme (Think Good, Feel Good) with the school counsellor, one 50-minute session a week in the autumn term.', 'S apfd')),
          b(p('A pass to leave any lesson for the sixth form quiet room for up to 15 minutes when she feels panicky.', 'S af')),
          b(p('Regular check-ins with her head of year.', 'V ap', ['Regular'])),
          b(p('Opportunities to take part in enrichment activities.', 'V', ['Opportunities to'])),
        ],
        outcome: [
          b(o('By February 2027, Maelle will order and pay for her own lunch in the sixth form café on at least 3 days a week.', 'mtP')),
          b(o('By July 2027, Maelle will travel by train on her own to two university open days she has chosen.', 'mtP')),
          b(o('Maelle will be less anxious.', '')),
        ],
      }],
    },
    sensory_physical: {
      strengths: 'Maelle has excellent fine control with a brush or a stylus.',
      rows: [{
        need: 'Maelle has developmental coordination disorder: handwriting and typing are slow, and she finds crowded stairs hard to manage.',
        provision: [
          b(p('A review of her seating and laptop set-up by an HCPC-registered occupational therapist, once in the autumn term 2026.', 'S apq')),
          b(p('A lift pass for every change of lesson.', 'S af')),
        ],
        outcome: [
          b(o('Maelle will type her essays at 40 words per minute.', 'm')),
        ],
      }],
    },
  },
  health: {
    strengths: 'Maelle is generally well and walks to school.',
    rows: [
      {
        need: 'Maelle has migraines two or three times a month, treated by her GP with sumatriptan.',
        provision: [
          b(p('A migraine care plan written by the school nurse, with a rest in the medical room and her medication given by a first aider when a migraine starts.', 'S apf')),
          b(p('School nurse review of the plan as needed.', 'V ap', ['as needed'])),
        ],
        outcome: [b(o('By July 2027, Maelle will tell a member of staff and take her medication within 15 minutes of a migraine starting, every time.', 'mtP'))],
      },
      {
        need: 'Maelle was referred to CAMHS for social anxiety in November 2025.',
        provision: [
          b(p('8 weekly sessions of cognitive behavioural therapy for social anxiety, 50 minutes each, from a CAMHS clinical psychologist, starting in the summer term 2026.', 'S apfd')),
        ],
        outcome: '',
      },
    ],
  },
  social: {
    strengths: 'Maelle and her mother are close; her mother works nights.',
    rows: [{
      need: 'Maelle\'s mother works nights and Maelle cannot yet go out on her own. She needs an adult with her to take part in activities in the evening, and her mother has asked for help.',
      h1: [b(p('A personal assistant for 4 hours a week to take her to and from Tyneholme Youth Theatre on Wednesday evenings.', 'S apfd'))],
      h2: [b(p('A carer\'s assessment for her mother will be offered.', 'V a', ['will be offered']))],
      outcome: [b(o('By July 2027, Maelle will go to youth theatre every week and take part in its summer show.', 'mtP'))],
    }],
  },
  placement: { name: 'St Cuthbert\'s Catholic High School Sixth Form', type: 'Mainstream 11-18 voluntary aided school (sixth form)' },
  directPayments: { details: 'A direct payment for the personal assistant hours in H1 (£68 a week), paid to Maelle\'s mother.', arrangements: 'Reviewed at each annual review by the Disabled Children\'s Team.' },
  advice: [
    ['Advice from the young person and her parent', '20 January 2026', 'Maelle Okonjo-Fairweather and Chinwe Okonjo', 'YES'],
    ['Educational advice', '27 January 2026', 'St Cuthbert\'s Catholic High School (review report)', 'YES'],
    [undefined, '3 February 2026', 'Children\'s occupational therapy', 'YES'],
    [undefined, '5 February 2026', 'Disabled Children\'s Team', 'YES'],
  ],
  signOff: ['J. Brackley, SEN Officer', 'J. Brackley', '6 March 2026'],
  unfilled: 'empty',
  unusedRows: 'remove',
  txt: 'paste',
  status: 'final',
  yearGroup: 12,
};

// An early-years DRAFT in a Word form built on content controls: every answer sits in a plain-text
// control, and some were never filled, so they still show Word's prompt (NHS number, social worker,
// Section H1, Section I, one "Who" cell in F).
const cc = controlled;
const ccRow = (label: string, title: string, ...parts: Part[]): DocCell[] => [cell([label]), controlCell(title, ...parts)];
const fRow = (n: number, prov: ReturnType<typeof p>, who: string, often: string, mark?: Part): DocCell[] => [
  controlCell(`F provision ${n}`, ...(mark ? [mark] : []), prov), controlCell(`F who ${n}`, who), controlCell(`F how often ${n}`, often),
];
const p125: DocSpec = {
  id: 'p125',
  description: 'HELD OUT. Word document by script built on Word content controls (w:sdt plain-text controls with titles and tags): front-sheet answers, section text, outcomes and the cells of F\'s "What will be provided | Who will provide it | How often and for how long" table each sit in a control; some controls were never filled and still show Word\'s grey prompt "Click or tap here to enter text." (NHS number, social worker, a "Who" cell in F, Section H1, Section I), so placeholder text is left in (plan.placeholder-text) and H1 and I hold no content (missing); early years (aged 3, voluntary pre-school, no year group), DRAFT for consultation (Section I unfilled, as a draft should be: no placement check); speech and language delay, attention, sensory, toileting; eczema; quantified SaLT block in F, Early Talk Boost, Attention Autism, toileting routine beside "support … As needed", "Regularly" and "To be agreed"; G emollient and a 6-monthly paediatric review; LibreOffice\'s text export.',
  header: 'Fennick Vale Council – Early Years Education, Health and Care Plan',
  footer: 'DRAFT – Ptolemy Ashworth-Baptiste – Page {page} of {pages}',
  txt: 'soffice',
  status: 'draft',
  yearGroup: null,
  expectedFindings: [{ ruleId: 'plan.placeholder-text' }],
  blocks: [
    { k: 'p', parts: ['Fennick Vale Council'], bold: true, size: 28 },
    { k: 'p', parts: ['DRAFT Education, Health and Care Plan – for consultation'], bold: true, size: 28 },
    { k: 'table', widths: [35, 65], rows: [
      ccRow('Child\'s name', 'Child\'s name', 'Ptolemy Ashworth-Baptiste (Tolly)'),
      ccRow('Date of birth', 'Date of birth', '02/04/2022'),
      ccRow('Early years setting', 'Setting', 'Little Acorns Pre-School (voluntary pre-school), Rowan Room'),
      ccRow('NHS number', 'NHS number', CONTROL_PROMPT),
      ccRow('Social worker', 'Social worker', CONTROL_PROMPT),
      ccRow('Date of draft', 'Date of draft', '9 March 2026'),
    ] },
    heading('Section A – About me and what is important to me and my family'),
    cc('Section A', at('A'), 'Tolly is 3. He loves the water tray, diggers, bubbles and being chased in the garden. He does not like the hand dryer or the noisy music session. His dad would like him to be able to say what he wants and to be ready for school in September 2026.'),
    heading('Section B – My special educational needs'),
    cc('Section B', at('B'), 'Tolly uses about 20 single words and some signs. He understands simple phrases about things he can see. He moves quickly between activities and rarely stays at an adult-led activity for more than a minute. He seeks movement and deep pressure and covers his ears in noisy rooms. He is not yet toilet trained.'),
    heading('Section C – My health needs'),
    cc('Section C', at('C'), 'Tolly has eczema on his hands and behind his knees. His speech and language delay and attention were assessed by the community paediatrician in December 2025.'),
    heading('Section D – My social care needs'),
    cc('Section D', at('D'), 'No social care needs have been identified.'),
    heading('Section E – Outcomes'),
    cc('Outcome 1', at('E'), 'Outcome 1:', o('By September 2026, Tolly will use 2-word phrases to ask for food, toys and help, at least 10 times in a session.', 'mt')),
    cc('Outcome 2', 'Outcome 2:', o('Tolly will talk more.', '')),
    cc('Outcome 3', 'Outcome 3:', o('By the end of the summer term 2026, Tolly will wait for his turn in a game with 2 other children in 4 out of 5 attempts.', 'mt')),
    cc('Outcome 4', 'Outcome 4:', o('By his next review, Tolly will tell an adult when he needs the toilet, on 4 out of 5 pre-school days.', 'mtP')),
    cc('Outcome 5', 'Outcome 5:', o('Tolly will play alongside other children at pre-school.', 'P')),
    heading('Section F – Special educational provision'),
    { k: 'table', head: true, widths: [46, 30, 24], rows: [
      [cell(['What will be provided']), cell(['Who will provide it']), cell(['How often and for how long'])],
      fRow(1, p('Speech and language therapy: a block of direct therapy in the setting, with a programme for his key person', 'S apqfd'), 'HCPC-registered speech and language therapist from the Fennick Vale Children\'s Therapy Service', '6 sessions of 30 minutes each term', at('F')),
      fRow(2, p('1:1 language sessions using the Early Talk Boost activities', 'S apqfdg'), 'His key person, trained in Early Talk Boost', '3 x 15 minutes a week'),
      fRow(3, p('Attention group (Attention Autism stages 1 to 3) with no more than 4 children', 'S apqfdg'), 'Nursery practitioner trained in Attention Autism', 'Daily, 10 minutes'),
      fRow(4, p('Visual timetable and now/next board', 'S apf'), 'All pre-school staff', 'Every session'),
      fRow(5, p('Support with moving between activities', 'V', ['Support', 'As needed']), CONTROL_PROMPT, 'As needed'),
      fRow(6, p('Sensory breaks', 'V ap', ['Regularly']), 'Key person', 'Regularly'),
      fRow(7, p('Toileting routine: taken to the toilet every 45 minutes and praised for trying', 'S apf'), 'Key person', 'Every session'),
      fRow(8, p('Extra visits to his new school before he starts', 'V ap', ['To be agreed']), 'Key person', 'To be agreed'),
    ] },
    heading('Section G – Health provision'),
    cc('G1', at('G'), p('Emollient cream put on by his key person before outdoor play and after every hand-wash.', 'S apf')),
    cc('G2', p('A review by the community paediatrician every 6 months.', 'V apf')),
    heading('Section H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'),
    cc('Section H1', CONTROL_PROMPT),
    heading('Section H2 – Other social care provision'),
    cc('Section H2', at('H2'), 'None.'),
    heading('Section I – Placement'),
    cc('Section I', CONTROL_PROMPT),
    heading('Section J – Personal budget'),
    cc('Section J', at('J'), 'A personal budget has not been requested.'),
    heading('Section K – Advice and information'),
    cc('Section K', at('K'), 'Parents\' views (January 2026); Little Acorns Pre-School (January 2026); Early Years SEN Advisory Teacher (February 2026); Fennick Vale Children\'s Therapy Service (February 2026); community paediatrician (February 2026).'),
  ],
};

// A DRAFT whose Section F is a landscape five-column table "Ref | Provision | Staffing (role and
// expertise) | Frequency and duration | Start and review", provisions numbered "F1.1" under area rows
// spanning the table; long cells wrap over many lines and rows may break across pages.
const f5 = (ref: string, prov: ReturnType<typeof p>, staff: string, often: string, review: string, mark?: Part): DocCell[] =>
  [cell([ref]), cell([...(mark ? [mark] : []), prov]), cell([staff]), cell([often]), cell([review])];
const area = (name: string): DocCell[] => [{ ...spanning(5, [name]), bold: true }];
const p126: DocSpec = {
  id: 'p126',
  description: 'HELD OUT. Word document by script: portrait front sheet and Sections A-E (E numbered "E1"-"E6"), then a landscape page section for Section F, one five-column table "Ref | Provision | Staffing (role and expertise) | Frequency and duration | Start and review" with provisions numbered "F1.1"-"F4.1" under bold area rows spanning the table ("F1 Cognition and learning" …), long cells wrapping over many lines and rows allowed to break across pages, then portrait again for G to K; running header and "Page N of M" footer; LibreOffice\'s text export (each cell a line); Year 10, DRAFT naming the current academy and its type in Section I (placementInDraft); dyslexia, ADHD, low mood, social communication; quantified specialist teaching, mentoring, Socially Speaking, careers and exam-access lines beside "Up to", "As needed", "intervention", "Opportunities to", "As appropriate"; movement breaks "up to twice a lesson"; G medication with a 6-monthly review and a CAMHS team assessment by a date; D and H none; PfA outcomes (work experience, a college application).',
  header: 'Brantmoor County Council – DRAFT Education, Health and Care Plan',
  footer: 'Zephaniah Oduya-Clarke – DRAFT – Page {page} of {pages}',
  txt: 'soffice',
  status: 'draft',
  yearGroup: 10,
  blocks: [
    { k: 'p', parts: ['Brantmoor County Council'], bold: true, size: 28 },
    { k: 'p', parts: ['DRAFT Education, Health and Care Plan – issued for consultation on 11 March 2026'], bold: true, size: 28 },
    { k: 'table', widths: [35, 65], rows: [
      [cell(['Name']), cell(['Zephaniah Oduya-Clarke (Zeph)'])],
      [cell(['Date of birth']), cell(['07/08/2010'])],
      [cell(['School and year']), cell(['Hollinsworth School, Year 10'])],
      [cell(['Case officer']), cell(['M. Ferreday'])],
    ] },
    heading('Section A – Zeph\'s views, interests and aspirations'),
    para(at('A'), 'Zeph is 15. He likes fixing bikes, boxing training and grime music. He says he is "not thick, just slow at writing" and that he gets told off for fidgeting. He wants to be a motor vehicle technician. His dad wants him to pass English and maths and to get onto a college course.'),
    heading('Section B – Special educational needs'),
    para(at('B'), 'Zeph has dyslexia: he reads slowly and his spelling is well below his age. He has ADHD: he finds it hard to start and finish tasks and to stay seated. He misreads social situations and gets into arguments at lunchtime. Since Year 9 his mood has been low and he has said he "can\'t see the point".'),
    heading('Section C – Health needs'),
    para(at('C'), 'Zeph was diagnosed with ADHD in 2023 by the community paediatrician and takes medication before school. His GP referred him to CAMHS for low mood in January 2026.'),
    heading('Section D – Social care needs'),
    para(at('D'), 'No social care needs have been identified.'),
    heading('Section E – Outcomes'),
    para(at('E'), 'E1', o('By the end of Year 11, Zeph will achieve grade 4 or above in GCSE English Language.', 'mt')),
    para('E2', o('By July 2027, Zeph will spell 80% of the words on his GCSE science key-word list correctly.', 'mt')),
    para('E3', o('Zeph will manage his ADHD better in lessons.', '')),
    para('E4', o('By the end of Year 10, Zeph will complete one week of work experience at a garage, arriving on time every day.', 'mtP')),
    para('E5', o('By February 2027, Zeph will choose a college course and send in his application with his careers adviser.', 'mtP')),
    para('E6', o('Zeph will have more friends.', 'P')),
    { k: 'section', landscape: true },
    heading('Section F – Special educational provision'),
    { k: 'table', head: true, widths: [6, 34, 22, 20, 18], rows: [
      [cell(['Ref']), cell(['Provision']), cell(['Staffing (role and expertise)']), cell(['Frequency and duration']), cell(['Start and review'])],
      area('F1 Cognition and learning'),
      f5('F1.1', p('Specialist literacy teaching using the Dyslexia Gold programme, 1:1, working on reading fluency, spelling of subject vocabulary and planning extended answers for GCSE English Language.', 'S apqfdg'), 'Specialist teacher holding a Level 7 qualification in specific learning difficulties (AMBDA)', '2 sessions of 40 minutes each week in term time', 'From 1 September 2026; progress reviewed each half term by the SENCo', at('F')),
      f5('F1.2', p('Maths catch-up in a small group, going over the week\'s lesson content.', 'V apfd', ['Up to']), 'Maths higher level teaching assistant', 'Up to 3 times a week, 30 minutes', 'From September 2026'),
      f5('F1.3', p('Access arrangements in all GCSE examinations and mock examinations: 25% extra time, a reader and supervised rest breaks, with the evidence assessed by the specialist teacher.', 'S apf'), 'Exams officer; specialist teacher', 'All examinations', 'Evidence assessed by 30 October 2026'),
      f5('F1.4', p('Coursework and homework support.', 'V', ['support', 'As needed']), 'Learning support department', 'As needed', 'Ongoing'),
      area('F2 Social, emotional and mental health'),
      f5('F2.1', p('Mentoring by a learning mentor trained in Motivational Interviewing, 1:1, to set and review weekly study goals and plan how he will manage his ADHD in lessons.', 'S apqfdg'), 'Learning mentor trained in Motivational Interviewing', 'Weekly, 30 minutes', 'From September 2026; reviewed termly'),
      f5('F2.2', p('Movement breaks: an errand or a 2-minute walk agreed with the teacher when he cannot settle, up to twice a lesson.', 'S apfd'), 'All teaching staff', 'Every lesson, when he needs one', 'From the start of the plan'),
      f5('F2.3', p('Small group anger management intervention.', 'V f', ['intervention']), 'Pastoral team', 'Termly', 'To be reviewed'),
      f5('F2.4', p('Opportunities to attend lunchtime clubs.', 'V f', ['Opportunities to']), '', 'Daily', ''),
      area('F3 Communication and interaction'),
      f5('F3.1', p('Social communication group using the Socially Speaking programme, no more than 6 students, planned with an HCPC-registered speech and language therapist.', 'S apqfdg'), 'Speech and language therapy assistant, supervised by an HCPC-registered speech and language therapist', 'Fortnightly, 45 minutes, for 12 sessions', 'Autumn and spring terms 2026-27'),
      f5('F3.2', p('Careers guidance interview about college courses in motor vehicle work.', 'S apqfd'), 'Careers adviser qualified to Level 6', 'Once in the summer term of Year 10 and once in the autumn term of Year 11, 45 minutes each', 'Summer 2026 and autumn 2026'),
      f5('F3.3', p('Work experience with a job coach. The job coach will help Zeph find a placement linked to his interest in motor vehicles, prepare him for it, visit him there and explain his dyslexia and ADHD to the employer so that instructions are given one step at a time and shown as well as told.', 'V ap', ['As appropriate']), 'Job coach', 'As appropriate', 'Year 10 summer term'),
      area('F4 Sensory and/or physical'),
      f5('F4.1', p('A laptop with speech-to-text software for all written work in lessons and examinations.', 'S apf'), 'Set up by the school\'s IT technician', 'All lessons and examinations', 'From September 2026'),
    ] },
    { k: 'section', landscape: false },
    heading('Section G – Health provision'),
    para(at('G'), 'G1', p('Methylphenidate (modified release) prescribed by the community paediatrician and taken at home before school, with a medication review by the paediatrician every 6 months.', 'V apf')),
    para('G2', p('An assessment of his low mood by the CAMHS duty team by 30 June 2026.', 'V a')),
    heading('Section H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'),
    para(at('H1'), 'None.'),
    heading('Section H2 – Other social care provision'),
    para(at('H2'), 'None.'),
    heading('Section I – Placement'),
    para(at('I'), 'Hollinsworth School (mainstream 11-16 academy) – the parents\' preference.'),
    heading('Section J – Personal budget'),
    para(at('J'), 'No personal budget has been requested.'),
    heading('Section K – Advice and information'),
    para(at('K'), 'Parents\' views (January 2026); Zeph\'s views (January 2026); Hollinsworth School (January 2026); educational psychologist (February 2026); specialist teacher assessment (February 2026); community paediatrician (February 2026).'),
  ],
  checks: { placementInDraft: true },
};

// A post-16 college plan: "A)"-style headings, E a numbered list, Section F as the student's weekly
// timetable in tab-separated lines "Day | Time | Support in this session" (the day and the times are the
// how often and how long of the support beside them), then "Across the week" lines.
// A timetable row is quoted whole, its cells split by tabs (as p84's rows): the day and the time are part of it.
const tt = (day: string, time: string, support: string, code: string, vague: string[] = []): Part[] => [p(`${day}\t${time}\t${support}`, code, vague)];
const p127: FlatSpec = {
  id: 'p127',
  description: 'HELD OUT. Text of a post-16 plan sent by a further education college: headings "A) About me" … "K) Advice and information" (a letter and a bracket), front sheet "Label: value" lines; E "1."-"6."; Section F first a weekly timetable "Day<TAB>Time<TAB>Support in this session" (one tab-separated line per session, a Thursday with no time), then "Across the week:" lines; a young man aged 17 (no year group) on a two-year Entry Level 3 pathway-to-employment course at a general FE college, FINAL; learning disability, autism, anxiety, epilepsy; quantified LSA, job-coach, travel-training, tutorial and independent-living sessions beside "support … as needed", "where possible" and a bare "Mentoring"; a seizure care plan in F; C epilepsy with G "Not applicable." (healthNeedsWithoutProvision); D none, H1 and H2 "None."; PfA outcomes (bus, placement, cooking) and an academic one.',
  status: 'final',
  yearGroup: null,
  lines: [
    ['Marlcombe College – Learning Support'],
    ['Education, Health and Care Plan (Marlcombe County Council) – FINAL'],
    ['Student: Ellis Varga-Thornton'],
    ['Date of birth: 19/05/2008 (age 17)'],
    ['Course: Pathway to Employment, Entry Level 3 (year 1 of 2), September 2025 to July 2027'],
    ['Date of plan: 13 February 2026'],
    [''],
    ['A) About me'],
    [at('A'), 'I am Ellis. I like gardening, cooking and watching football with my grandad. I want to work at a garden centre and to get the bus on my own. My dad wants me to be safe if I have a seizure and to have friends my own age.'],
    [''],
    ['B) My special educational needs'],
    [at('B'), 'I have a learning disability and I am autistic. I learn best by doing things again and again with someone showing me. I find reading, money and time hard. I get very anxious in new places and with new people, and I freeze when plans change.'],
    [''],
    ['C) My health needs'],
    [at('C'), 'I have epilepsy (absence and focal seizures), diagnosed in 2019, and take lamotrigine. I have about 2 absences a day at college. I am seen by the epilepsy clinic at Marlcombe General Hospital every year.'],
    [''],
    ['D) My social care needs'],
    [at('D'), 'No social care needs have been identified.'],
    [''],
    ['E) My outcomes'],
    [at('E'), '1.', o('By July 2026, Ellis will travel by bus from home to college on his own on every college day.', 'mtP')],
    ['2.', o('By the end of his first year, Ellis will complete his work placement at the garden centre, arriving on time on at least 9 out of 10 days.', 'mtP')],
    ['3.', o('By July 2027, Ellis will pass Functional Skills maths at Entry Level 3.', 'mt')],
    ['4.', o('Ellis will be more confident.', '')],
    ['5.', o('By July 2026, Ellis will buy the ingredients for a simple meal and cook it at home with no more than 2 prompts.', 'mtP')],
    ['6.', o('Ellis will have a social life outside college.', 'P')],
    [''],
    ['F) The support I will get (special educational provision)'],
    [at('F'), 'My weekly timetable (36 weeks a year)'],
    ['Day\tTime\tSupport in this session'],
    tt('Monday', '9.30am – 12.00pm', 'English and maths (Functional Skills Entry Level 3) in a class of no more than 8, with a learning support assistant in the room for the whole session', 'S apfdg'),
    tt('Monday', '1.00pm – 3.00pm', 'Vocational kitchen skills in the college training restaurant, with a job coach working alongside him', 'S apfd'),
    tt('Tuesday', '9.30am – 3.00pm', 'Work placement at Marlcombe Garden Centre, with a job coach beside him for the first 2 hours and a visit from the job coach at lunchtime', 'S apfd'),
    tt('Wednesday', '10.00am – 11.00am', 'Independent travel training on the 42 bus between home and college, with the college travel trainer', 'S apfd'),
    tt('Wednesday', '11.30am – 12.00pm', '1:1 tutorial with his personal tutor to review his targets', 'S apfdg'),
    tt('Thursday', '', 'Study day: support from a learning support assistant as needed', 'V pf', ['support', 'as needed']),
    tt('Friday', '9.30am – 12.00pm', 'Independent living skills (money, shopping and cooking) in a group of 6, led by an independent living tutor', 'S apfdg'),
    [''],
    ['Across the week:'],
    [p('A quiet room with a learning support assistant present at every break and lunchtime.', 'S apf')],
    [p('Staff will use his communication passport where possible.', 'V a', ['where possible'])],
    [p('Mentoring for anxiety.', 'V a')],
    [p('His seizure care plan, written by the epilepsy specialist nurse, followed by all staff who teach or support him in every session.', 'S apf')],
    [''],
    ['G) Health provision'],
    [at('G'), 'Not applicable.'],
    [''],
    ['H1) Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)'],
    [at('H1'), 'None.'],
    ['H2) Other social care provision'],
    [at('H2'), 'None.'],
    [''],
    ['I) Where I will learn'],
    [at('I'), 'Marlcombe College (general further education college).'],
    [''],
    ['J) Personal budget'],
    [at('J'), 'No personal budget has been requested.'],
    [''],
    ['K) Advice and information'],
    [at('K'), 'Ellis and his dad (January 2026); Marlcombe College (January 2026); educational psychologist (January 2026); epilepsy specialist nurse (February 2026).'],
  ],
  checks: { healthNeedsWithoutProvision: true },
};

export const NATIONAL_HOLDOUT_M: NationalSpec[] = [p124];
export const FLATTENED_HOLDOUT_M: FlatSpec[] = [p122, p127];
export const DOCFORM_HOLDOUT_M: DocSpec[] = [p123, p125, p126];
