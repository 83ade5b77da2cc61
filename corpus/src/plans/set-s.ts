// Plans p158-p163: an eighteenth held-out set (8 December 2026), written and labelled blind: the analyser,
// its rules, its tests and its accuracy scripts were not read or run. Invented children, places and
// authorities; labels from shared/rubric-reference.md, corpus/AUDIT.md and the rulings in
// corpus/HOLDOUT-FIRST-SIGHT.md only. HELD OUT: never tune rules on them.
//   p158 a 52-week residential special school plan whose F, G and H2 are one "waking day" table
//   "Part of the day | Provision | Who | How much | Type" (Education / Health / Care), the part-of-day cells
//   merged down, education, health and care rows interleaved; LibreOffice text export (DocSpec). p159 a
//   case-management export whose F is one two-column "Field | Value" table per provision (Provision type,
//   Description, Frequency, Duration, Group size, Staff, Qualification, Start/End date), some fields "Not
//   recorded"; text pdftotext -raw (DocSpec). p160 the national template with every outcome and the
//   provision written in the child's voice ("I will …", "my …"), two provision cells saying they also meet a
//   need in another area (NationalSpec). p161 an early-years plan (age 3, day nursery) whose outcomes and
//   provision are one two-column table per area, "What we want Ezra to achieve | What will help", the
//   provision typed bullets in one cell (DocSpec). p162 a young adult (age 20) at an independent specialist
//   college, E and F merged and ordered by the four preparing-for-adulthood areas, hard-wrapped print copy
//   with running header and footer (FlatSpec). p163 a looked-after child's plan whose F is grouped by who
//   delivers it ("Delivered by …" headings), the role given only by the heading, with Virtual School and
//   PEP cross-references (FlatSpec).
// They join the set-6 lists (set6.ts), so the build and the held-out lists take them as they are.
import { p, o } from '../dsl.ts';
import { at, type FlatSpec } from '../flattened.ts';
import { cell, heading, merged, para, type DocCell, type DocSpec } from '../docform.ts';
import type { NationalSpec } from '../national/spec.ts';
import { frontSheet } from './national.ts';

const label = (l: string, v: string): DocCell[] => [cell([l]), cell([v])];
const sub = (t: string) => ({ k: 'p' as const, parts: [t], bold: true });

// p158: 52-week residential school, one waking-day table holding F, G and H2.
const p158: DocSpec = {
  id: 'p158',
  description: 'HELD OUT. Word document by script, Year 10, FINAL, a 52-week residential placement at an independent residential special school; **Sections F, G and H2 one "waking day" table "Part of the day | Provision | Who | How much | Type"**, the part-of-day cells (Morning, School day, After school, Evening and night, Weekends and holidays) merged down over their rows, **education, health and care rows interleaved, the Type cell "Education" (F), "Health" (G) or "Care" (H2) giving each row\'s section**; each row one statement quoted by its Provision cell and judged with its row; E a list of paragraphs; LibreOffice text export; autism, severe learning disability, AAC, self-injury, epilepsy, sleep; quantified TEACCH class, SaLT for AAC, AAC modelling, hydrotherapy (Education), an epilepsy care-plan review (Health), cooking, medication, community access, bedtime routine, waking night checks, home contact beside "As advised by the occupational therapist", "Regularly", "support … as needed", a holiday programme with no content; H1 "None."; PfA outcomes; no check true.',
  header: 'Thornleigh County Council – EHC Plan – 52-week residential placement',
  footer: 'Rhys Ambrose-Tallowin – FINAL – Page {page} of {pages}',
  txt: 'soffice',
  status: 'final',
  yearGroup: 10,
  blocks: [
    { k: 'p', parts: ['Thornleigh County Council – Children with Disabilities and SEND'], bold: true, size: 28 },
    { k: 'p', parts: ['Education, Health and Care Plan – FINAL, amended after the annual review, 1 December 2026'], bold: true, size: 28 },
    { k: 'table', widths: [35, 65], rows: [
      label('Name', 'Rhys Ambrose-Tallowin'),
      label('Date of birth', '03/02/2011'),
      label('Placement', 'Greystock Hall School, 52-week residential, Year 10'),
      label('Funding', 'Joint funded: education, health (continuing care) and social care'),
    ] },
    heading('Section A – Views, interests and aspirations'),
    para(at('A'), 'Rhys communicates with his AAC device, some signs and by leading adults. He loves trampolining, water, buses and music with a strong beat. His parents want him to be calm, to be able to tell people what he wants, and one day to live in a small supported home near them.'),
    heading('Section B – Special educational needs'),
    para(at('B'), 'Rhys is autistic and has a severe learning disability. He does not use speech; he uses a Grid Pad AAC device with about 40 symbols. He needs an adult with him for all personal care. When he is distressed, often when routines change, he bites his hand. He needs the same approach from every adult across the 24 hours.'),
    heading('Section C – Health needs'),
    para(at('C'), 'Rhys has epilepsy (tonic-clonic seizures about once a month) and takes sodium valproate twice a day. He sleeps poorly and often wakes at 3 or 4 a.m. He has low muscle tone.'),
    heading('Section D – Social care needs'),
    para(at('D'), 'Rhys needs care and supervision at all times, day and night. His parents could not meet his needs safely at home and the social care assessment (June 2026) found he needs a 52-week residential placement with regular time at home.'),
    heading('Section E – Outcomes'),
    para(at('E'), o('By July 2027, Rhys will use his AAC device to make a request of an adult he does not know, in 4 out of 5 opportunities.', 'mt')),
    para(o('By the end of Year 11, Rhys will complete his morning wash and dressing routine with no more than two visual prompts.', 'mtP')),
    para(o('By July 2027, Rhys will make a drink and a sandwich in the training flat with one adult nearby.', 'mtP')),
    para(o('By his next annual review, Rhys will stay in a café for 20 minutes and pay for his own drink with his keyworker.', 'mtP')),
    para(o('Rhys will have fewer incidents of self-injury.', '')),
    para(o('Rhys will be happy and settled at Greystock Hall.', '')),
    heading(at('G'), at('H2'), at('F'), 'Sections F, G and H2 – Provision across the waking day (education, health and care)'),
    para('The waking day curriculum runs every day of the year. "Type" shows which section each row belongs to: Education = F, Health = G, Care = H2.'),
    { k: 'table', head: true, keepRows: true, widths: [14, 38, 20, 18, 10], rows: [
      [cell(['Part of the day']), cell(['Provision']), cell(['Who']), cell(['How much']), cell(['Type'])],
      [merged(2, ['Morning (7.00 to 9.00)']), cell([p('Teaching of his morning wash and dressing routine using a photo schedule and backward chaining', 'S apfdg')]), cell(['Residential care worker, 1:1']), cell(['Daily, 7.15 to 8.00']), cell(['Education'])],
      [cell([p('Anti-epileptic medication given and recorded on his medication chart', 'S apqf', [], 'G')]), cell(['Care staff trained by the epilepsy nurse']), cell(['Twice daily, 7.45 and 19.45']), cell(['Health'])],
      [merged(6, ['School day (9.00 to 15.30)']), cell([p('Teaching in a class of 6 pupils using the TEACCH approach', 'S apqfdg')]), cell(['Qualified teacher with autism training and three teaching assistants']), cell(['9.00 to 15.30, five days a week, 38 weeks a year']), cell(['Education'])],
      [cell([p('Speech and language therapy to extend his use of his AAC device', 'S apqfdg')]), cell(['HCPC-registered speech and language therapist, 1:1']), cell(['2 x 30 minutes a week']), cell(['Education'])],
      [cell([p('Modelling of his AAC device by the adults with him', 'S apf')]), cell(['All staff, education and care']), cell(['In every activity across the waking day']), cell(['Education'])],
      [cell([p('A sensory diet', 'V ap', ['As advised'])]), cell(['Occupational therapist and class team']), cell(['As advised by the occupational therapist']), cell(['Education'])],
      [cell([p('Hydrotherapy sessions in the school pool', 'S apqfdg')]), cell(['Physiotherapy assistant trained in hydrotherapy, 1:1']), cell(['Weekly, 40 minutes']), cell(['Education'])],
      [cell([p('Review of his epilepsy care plan with his care and class team', 'S apfd', [], 'G')]), cell(['Epilepsy specialist nurse']), cell(['Every 6 months, 1 hour']), cell(['Health'])],
      [merged(2, ['After school (15.30 to 19.00)']), cell([p('A community visit to a shop, café or leisure centre', 'S apfdg', [], 'H2')]), cell(['Two residential care workers (2:1)']), cell(['3 evenings a week, 90 minutes']), cell(['Care'])],
      [cell([p('Cooking session in the training flat', 'S apfdg')]), cell(['Residential care worker, 1:1']), cell(['Weekly, 1 hour']), cell(['Education'])],
      [merged(3, ['Evening and night (19.00 to 7.00)']), cell([p('Leisure activities of his choice', 'V p', ['Regularly'], 'H2')]), cell(['Care staff']), cell(['Regularly']), cell(['Care'])],
      [cell([p('A bedtime routine with a social story and weighted blanket', 'S apfd', [], 'H2')]), cell(['Residential care worker']), cell(['Nightly, 19.30 to 20.15']), cell(['Care'])],
      [cell([p('Checks by waking night staff, with a seizure alarm on his bed', 'S apf', [], 'H2')]), cell(['Waking night staff']), cell(['Every 30 minutes through the night']), cell(['Care'])],
      [merged(3, ['Weekends and holidays']), cell([p('Health support from the school nurse as needed', 'V p', ['support', 'as needed'], 'G')]), cell(['School nurse']), cell(['As needed']), cell(['Health'])],
      [cell([p('A holiday programme of activities', 'V pf')]), cell(['Residential and education staff']), cell(['During the 14 weeks of school holidays']), cell(['Education'])],
      [cell([p('Contact visits home to his parents', 'S apfd', [], 'H2')]), cell(['Two residential care workers']), cell(['Every other Saturday, 10.00 to 16.00']), cell(['Care'])],
    ] },
    heading('Section H1 – Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)'),
    para(at('H1'), 'None.'),
    heading('Section I – Placement'),
    para(at('I'), 'Greystock Hall School (independent residential special school approved under section 41), 52-week residential placement.'),
    heading('Section J – Personal budget'),
    para(at('J'), 'No personal budget has been requested.'),
    heading('Section K – Advice and information'),
    para(at('K'), 'Rhys\'s parents (October 2026); Greystock Hall School, education and care (October 2026); speech and language therapy (October 2026); epilepsy nurse (November 2026); social care review (June 2026).'),
  ],
};

// p159: case-management export, one "Field | Value" table per provision.
type Fields = [string, string | ReturnType<typeof p>][];
const fieldTable = (n: number, total: number, rows: Fields, mark?: ReturnType<typeof at>) => [
  sub(`Provision ${n} of ${total}`),
  { k: 'table' as const, widths: [30, 70], rows: rows.map(([f, v], i) => [cell([f]), cell([...(mark && i === 0 ? [mark] : []), v])]) },
];
const prov = (type: string, desc: ReturnType<typeof p>, freq: string, dur: string, group: string, staff: string, qual: string, start: string, end: string): Fields => [
  ['Provision type', type], ['Description', desc], ['Frequency', freq], ['Duration', dur], ['Group size', group],
  ['Staff', staff], ['Qualification', qual], ['Start date', start], ['End date', end],
];
const p159: DocSpec = {
  id: 'p159',
  description: 'HELD OUT. Word document by script as exported from a case-management system ("SENDfile"), Year 5, FINAL; **Section F ten two-column "Field | Value" tables, one per provision, each under "Provision N of 10", rows Provision type, Description, Frequency, Duration, Group size, Staff, Qualification, Start date, End date**; **each table one statement quoted by its Description value and judged with its fields** (some "Not recorded", "N/A", blank); E a numbered list; text pdftotext -raw of LibreOffice\'s PDF; DLD, ADHD, reading, handwriting, regulation; quantified SaLT, Toe by Toe, visual timetable, movement breaks, Speed Up!, an EP review, homework club beside a therapy programme with "To be determined by the therapist", a social skills group with no length, OT advice "As required", "Access to a calm area" "When needed"; G a medication review with no length; D none; no check true.',
  header: 'SENDfile | Wyndlebury Council | Case EHC-5583-26 | Ayaan Castellanos-Reid',
  footer: 'Generated 04/12/2026 09:17 | OFFICIAL-SENSITIVE | Page {page} of {pages}',
  txt: 'pdftotext',
  status: 'final',
  yearGroup: 5,
  blocks: [
    { k: 'p', parts: ['Education, Health and Care Plan (FINAL)'], bold: true, size: 28 },
    { k: 'table', widths: [30, 70], rows: [
      label('Child', 'Ayaan Castellanos-Reid'),
      label('Date of birth', '11/12/2016'),
      label('Setting', 'St Aldhelm\'s CE Primary School (Year 5)'),
      label('Plan status', 'Final – issued 4 December 2026'),
    ] },
    heading('A. Views, interests and aspirations'),
    para(at('A'), 'Ayaan likes football, Minecraft and building dens with his cousins. He says: "I want to be a YouTuber or a footballer. I hate writing." His parents want him to read for fun and to stop getting into trouble at break.'),
    heading('B. Special educational needs'),
    para(at('B'), 'Ayaan has a developmental language disorder and ADHD. He finds it hard to follow spoken instructions and to find the right words. His reading is about two years behind and his handwriting is slow and hard to read. He finds it hard to stay on task and gets into arguments at break.'),
    heading('C. Health needs'),
    para(at('C'), 'Ayaan was diagnosed with ADHD in 2025 by the community paediatrician and takes methylphenidate in the morning.'),
    heading('D. Social care needs'),
    para(at('D'), 'No social care needs recorded.'),
    heading('E. Outcomes'),
    para(at('E'), '1. ', o('By July 2027, Ayaan will follow a two-step instruction given to the class in 4 out of 5 observations.', 'mt')),
    para('2. ', o('By the end of Year 6, Ayaan will read a book at Year 4 level aloud at 90 words a minute with 95% accuracy.', 'mt')),
    para('3. ', o('Ayaan will improve his handwriting.', '')),
    para('4. ', o('By Easter 2027, Ayaan will stay on a task for 15 minutes with no more than one prompt, in 4 out of 5 lessons.', 'mt')),
    para('5. ', o('Ayaan will have more friends.', 'P')),
    heading('F. Special educational provision'),
    ...fieldTable(1, 10, prov('Speech and language therapy', p('Direct therapy on understanding spoken instructions and verb vocabulary', 'S apqfdg'), 'Weekly', '30 minutes', '1:1', 'Speech and language therapist', 'HCPC registered', '05/01/2027', '16/07/2027'), at('F')),
    ...fieldTable(2, 10, prov('Speech and language therapy', p('Therapy programme delivered in school', 'V p', ['To be determined by the therapist']), 'To be determined by the therapist', 'Not recorded', 'Not recorded', 'Teaching assistant', 'Not recorded', '05/01/2027', '')),
    ...fieldTable(3, 10, prov('Literacy', p('Structured reading programme (Toe by Toe)', 'S apqfdg'), 'Daily', '15 minutes', '1:1', 'Teaching assistant', 'Trained in Toe by Toe by the SENCo', '07/12/2026', '16/07/2027')),
    ...fieldTable(4, 10, prov('Attention', p('A visual timetable and a now-and-next board on his desk', 'S apf'), 'All lessons', 'N/A', 'N/A', 'Class teacher', 'N/A', '07/12/2026', '')),
    ...fieldTable(5, 10, prov('Attention', p('Movement breaks out of his seat', 'S apfd'), 'Every 20 minutes in lessons', '3 minutes', 'N/A', 'Teaching assistant', 'N/A', '07/12/2026', '')),
    ...fieldTable(6, 10, prov('Social communication', p('Social skills group', 'V apfg'), 'Weekly', 'Not recorded', 'Small group', 'Learning mentor', 'Not recorded', '11/01/2027', '')),
    ...fieldTable(7, 10, prov('Fine motor', p('Occupational therapy advice to school', 'V pq', ['As required']), 'As required', 'Not recorded', 'N/A', 'Occupational therapist', 'HCPC registered', '', '')),
    ...fieldTable(8, 10, prov('Fine motor', p('Handwriting programme (Speed Up!)', 'S apfdg'), '3 times a week', '20 minutes', 'Up to 4 pupils', 'Teaching assistant', 'N/A', '07/12/2026', '16/07/2027')),
    ...fieldTable(9, 10, prov('Emotional regulation', p('Access to a calm area', 'V a', ['Access to', 'When needed']), 'When needed', 'N/A', 'N/A', 'Not recorded', 'N/A', '07/12/2026', '')),
    ...fieldTable(10, 10, prov('Homework', p('Homework club with adult help', 'S apfdg'), 'Twice a week', '45 minutes', 'Up to 10 pupils', 'Teaching assistant', 'N/A', '11/01/2027', '16/07/2027')),
    heading('G. Health provision'),
    para(at('G'), p('Review of his ADHD medication by the community paediatrician every 6 months.', 'V apf')),
    heading('H1. Social care provision (CSDPA 1970 s2)'),
    para(at('H1'), 'None.'),
    heading('H2. Other social care provision'),
    para(at('H2'), 'None.'),
    heading('I. Placement'),
    para(at('I'), 'St Aldhelm\'s CE Primary School (mainstream voluntary aided primary school).'),
    heading('J. Personal budget'),
    para(at('J'), 'Not requested.'),
    heading('K. Advice and information'),
    para(at('K'), 'Parents (September 2026); St Aldhelm\'s CE Primary School (September 2026); speech and language therapy (October 2026); educational psychologist (October 2026); community paediatrician (October 2026).'),
  ],
};

// p160: national template in the child's voice; two provision cells say they also meet another area's need.
const p160: NationalSpec = {
  id: 'p160',
  description: 'HELD OUT. National template, Year 9, FINAL, **written in the child\'s voice: every outcome "By …, I will …" and every provision paragraph in the first person ("my speech", "with me")**; **two provision cells add a paragraph saying the provision also meets a need in another area** ("This also meets my needs in Cognition and learning …"; in the cognition and learning cell "See my speech and language therapy in Communication and interaction …"), which are not statements; one row in each area, one C-G-E and one D-H1-H2-E row (H1 a PA under section 2); unused rows deleted; text pasted from Word (a row on one line, cells split by tabs); cerebral palsy (diplegia), dysarthria, reading, typing, worries at social times; quantified SaLT, Clicker, Lexia group, ELSA, physiotherapy programme and review, early lesson leaving beside "be aware of", "where appropriate", "Support at unstructured times", "as appropriate"; G an orthopaedic review with no frequency; PfA outcomes; no check true.',
  form: 'filled',
  banner: ['Hollinsbrook Metropolitan Borough Council', 'FINAL Education, Health and Care Plan – issued 2 December 2026', 'This plan was written with Imogen and uses her words: "I" and "my" mean Imogen.'],
  fields: frontSheet(
    { name: 'Imogen Ashdown-Kaur', preferred: 'Immy', dob: '14/04/2012', sex: 'Female', ethnicity: 'Mixed White and Asian', lang: 'English', parentLang: 'English',
      parent1: ['Harpreet Kaur', 'Mother', 'h.kaur@example.org', '07700 900617', '12 Lantern Yard, Hollinsbrook'] },
    { setting: 'Hollinsbrook Academy, Year 9', gp: 'Lantern Yard Medical Practice; Dr F. Oyenuga, paediatrician', nhs: '', socialCare: 'Yes – Children with Disabilities Team', others: 'Speech and language therapy; physiotherapy; educational psychologist', lac: 'No', wasLac: 'No', onePage: 'Yes', movedIn: 'No' },
  ),
  a1: {
    history: 'I was born early and was diagnosed with cerebral palsy when I was two. I have been at Hollinsbrook Academy since Year 7.',
    communication: 'People who know me understand my speech. With new people I use my communication app on my tablet.',
  },
  a2: {
    child_views: 'I like school but I get tired and my legs hurt by the afternoon. I hate it when people pretend they understood me.',
    family_views: 'Mum wants me to be more independent and to have friends to go out with.',
    interests: 'Drama, K-pop, baking and my dog Biscuit.',
    strengths: 'I am funny, I work hard and I don\'t give up.',
    aspirations: 'I want to work in a theatre, maybe doing costumes, and live in my own flat one day.',
  },
  areas: {
    communication_interaction: {
      strengths: 'I am chatty and I like meeting people.',
      rows: [{
        need: 'My speech is hard for new people to understand (dysarthria) and I get tired when I talk for a long time.',
        provision: [
          p('Speech and language therapy with me from an HCPC-registered speech and language therapist, 40 minutes every week in term time, 1:1, on making my speech clearer and using my communication app.', 'S apqfdg'),
          'This also meets my needs in Cognition and learning, because it helps me answer in class.',
          p('All my teachers will be aware of my communication needs.', 'V p', ['be aware of']),
        ],
        outcome: o('By July 2027, I will order my own food at the canteen and be understood first time on 4 out of 5 days.', 'mtP'),
      }],
    },
    cognition_learning: {
      strengths: 'I remember things well when I hear them.',
      rows: [{
        need: 'My reading age is about 9 and I write very slowly because of my hands.',
        provision: [
          'See my speech and language therapy in Communication and interaction, which also helps me here.',
          p('A laptop with Clicker 8 predictive text for all my written work in every lesson.', 'S af'),
          p('Lexia reading sessions with a teaching assistant, 3 x 20 minutes a week, in a group of 2.', 'S apfdg'),
          p('A reader or scribe in tests where appropriate.', 'V a', ['where appropriate']),
        ],
        outcome: [
          o('By the end of Year 9, I will type 20 words a minute using predictive text.', 'mt'),
          o('I will get better at reading.', ''),
        ],
      }],
    },
    semh: {
      strengths: 'I have two good friends in my form.',
      rows: [{
        need: 'I worry about being left out at break and lunch, and I go quiet and stop eating when I am worried.',
        provision: [
          p('Sessions with me and the school\'s trained emotional literacy support assistant (ELSA), 30 minutes a week, 1:1, for 8 weeks each term.', 'S apqfdg'),
          p('Support at unstructured times.', 'V', ['Support']),
        ],
        outcome: [
          o('By July 2027, I will go to the lunchtime drama club with a friend every week.', 'mtP'),
          o('I will feel happier at school.', ''),
        ],
      }],
    },
    sensory_physical: {
      strengths: 'I can walk with my walker and I am strong in my arms.',
      rows: [{
        need: 'I have spastic diplegia. I walk with a walker, my legs get stiff and I get very tired.',
        provision: [
          p('A physiotherapy programme of stretches and walking practice with a teaching assistant trained by my physiotherapist, 20 minutes every school day, 1:1.', 'S apqfdg'),
          'This also meets my needs in Cognition and learning: I am less tired in afternoon lessons.',
          p('A review of my programme by an HCPC-registered physiotherapist from the Hollinsbrook children\'s therapy team, 1 hour every half term.', 'S apqfd'),
          p('Leaving every lesson 5 minutes early so that I can get to the next room before the corridors fill.', 'S af'),
          p('Adapted PE as appropriate.', 'V a', ['as appropriate']),
        ],
        outcome: o('By my next annual review, I will walk on my own with my walker from the school bus to my form room in under 5 minutes.', 'mtP'),
      }],
    },
  },
  health: {
    strengths: 'I know my exercises and I am good at remembering my splints.',
    rows: [{
      need: 'I have cerebral palsy and wear ankle-foot orthoses (splints). I have botulinum toxin injections in my calves.',
      provision: p('Reviews of my legs and splints at the orthopaedic clinic at Hollinsbrook General Hospital.', 'V ap'),
      outcome: o('By September 2027, I will put on my own splints every morning.', 'mtP'),
    }],
  },
  social: {
    strengths: 'My family take me out at weekends.',
    rows: [{
      need: 'I want to go out with my friends without my mum, but I need help with my walker on buses and in town.',
      h1: p('A personal assistant, 3 hours every Saturday, to go into town or to the cinema with me and my friends.', 'S apfd'),
      h2: 'None.',
      outcome: o('By July 2027, I will go to the cinema with two friends and my personal assistant.', 'mtP'),
    }],
  },
  placement: { name: 'Hollinsbrook Academy', type: 'Mainstream secondary academy' },
  directPayments: { details: 'A direct payment for the personal assistant in H1 (£62 a week).', arrangements: 'Paid to Ms Kaur monthly.' },
  advice: [
    ['Parental advice', '15 September 2026', 'Harpreet Kaur and Imogen', 'YES'],
    ['Educational advice', '22 September 2026', 'Hollinsbrook Academy', 'YES'],
    ['Medical advice', '2 October 2026', 'Dr F. Oyenuga, community paediatrician', 'YES'],
    ['Psychological advice', '9 October 2026', 'Educational psychologist', 'YES'],
    ['Social care advice', '12 October 2026', 'Children with Disabilities Team', 'YES'],
  ],
  signOff: ['T. Hargreaves-Mbeki, EHC Coordinator', 'T. Hargreaves-Mbeki', '2 December 2026'],
  unfilled: 'empty',
  unusedRows: 'remove',
  status: 'final',
  yearGroup: 9,
  txt: 'paste',
};

// p161: early-years plan, one "What we want Ezra to achieve | What will help" table per area, bullets in one cell.
const bullet = (x: ReturnType<typeof p>) => ['• ', x];
const areaTable = (outcomes: ReturnType<typeof o>[], help: ReturnType<typeof p>[]): DocCell[][] => [
  [cell(['What we want Ezra to achieve']), cell(['What will help'])],
  [{ paras: outcomes.map((x) => [x]) }, { paras: help.map(bullet) }],
];
const p161: DocSpec = {
  id: 'p161',
  description: 'HELD OUT. Word document by script, an early-years plan for a child of 3 at a private day nursery (no year group), FINAL; **Sections E and F together: under each early-years area ("Communication and language", "Personal, social and emotional development", "Physical development and self-care") a two-column table "What we want Ezra to achieve | What will help", the outcomes as paragraphs in the first cell and the provision as typed "• " bullets in the second**; LibreOffice text export; social communication difficulties (awaiting autism assessment), global developmental delay, toileting, feeding, sensory seeking; quantified SaLT, Intensive Interaction, Bucket Time, 1:1 practitioner hours, visual timetable, settling-in, toileting, sensory circuit beside "Opportunities to", "Additional adult support", "if needed", "Help"; G a paediatric review and "Dietitian advice as needed."; D a single parent\'s need for breaks met by a specific H2; no check true.',
  header: 'Cullingford Borough Council – Early Years EHC Plan',
  footer: 'Ezra Penhaligon-Mensah – FINAL – Page {page} of {pages}',
  txt: 'soffice',
  status: 'final',
  yearGroup: null,
  blocks: [
    { k: 'p', parts: ['Cullingford Borough Council – Early Years SEND Team'], bold: true, size: 28 },
    { k: 'p', parts: ['Education, Health and Care Plan (early years) – FINAL, 3 December 2026'], bold: true, size: 28 },
    { k: 'table', widths: [35, 65], rows: [
      label('Name', 'Ezra Penhaligon-Mensah'),
      label('Date of birth', '19/06/2023 (3 years 5 months)'),
      label('Setting', 'Bramblegate Day Nursery, 15 funded hours a week (Monday to Wednesday mornings, Thursday all day)'),
    ] },
    heading('Section A – All about Ezra'),
    para(at('A'), 'Ezra loves trains, bubbles, water play and being swung. His mum says he is "a cuddly boy who lights up when he hears music". She wants him to be able to tell her what he wants, to be toilet trained before school, and to play with other children.'),
    heading('Section B – Ezra\'s special educational needs'),
    para(at('B'), 'Ezra has social communication difficulties and is waiting for an autism assessment. He uses about 6 words and leads adults to what he wants. His development is about 18 months behind in most areas. He is not yet toilet trained, eats only a few foods and seeks movement all the time, climbing and running when he is unsettled.'),
    heading('Section C – Health needs'),
    para(at('C'), 'Ezra eats a very restricted diet (about eight foods) and his weight is on the 2nd centile. He has been referred for an autism assessment by the community paediatrician.'),
    heading('Section D – Social care needs'),
    para(at('D'), 'Ezra\'s mum is a single parent with two younger children. The early help assessment (August 2026) found that she is exhausted and needs regular breaks.'),
    heading(at('E'), at('F'), 'Sections E and F – Outcomes and provision'),
    para('The outcomes are for July 2027 unless another date is given. Provision is in place from January 2027.'),
    sub('Communication and language'),
    { k: 'table', head: true, widths: [45, 55], rows: areaTable(
      [
        o('By July 2027, Ezra will use 20 words or signs to ask for food, toys and help.', 'mt'),
        o('Ezra will develop his attention and listening skills.', ''),
      ],
      [
        p('Speech and language therapy from an HCPC-registered speech and language therapist at nursery, 6 sessions of 45 minutes each term, 1:1', 'S apqfdg'),
        p('Intensive Interaction with his key person, 10 minutes three times each session', 'S apfd'),
        p('Attention Autism ("Bucket Time") with his key person, 4 x 10 minutes a week, in a group of 3', 'S apfdg'),
        p('Opportunities to play alongside other children', 'V', ['Opportunities to']),
      ],
    ) },
    sub('Personal, social and emotional development'),
    { k: 'table', head: true, widths: [45, 55], rows: areaTable(
      [
        o('By July 2027, Ezra will take turns in a simple game with one other child for 3 minutes, with an adult nearby.', 'mtP'),
        o('Ezra will be happy to come into nursery.', ''),
      ],
      [
        p('1:1 support from a nursery practitioner for all 15 of his funded hours a week', 'S apfdg'),
        p('A now-and-next board and photo timetable of the session, used by all staff at every change of activity', 'S apf'),
        p('A settling-in routine with his key person on arrival, 15 minutes every session', 'S apfd'),
        p('Additional adult support at transitions', 'V', ['support']),
      ],
    ) },
    sub('Physical development and self-care'),
    { k: 'table', head: true, widths: [45, 55], rows: areaTable(
      [
        o('By September 2027, Ezra will sit on the toilet when taken, on 4 out of 5 occasions a day.', 'mtP'),
        o('Ezra will be more independent at mealtimes.', 'P'),
      ],
      [
        p('A toileting programme with a photo sequence, led by his key person, 4 times each session, 5 minutes each time', 'S apfd'),
        p('A sensory circuit (jumping, crawling, pushing) before group times, 10 minutes twice each session, with a practitioner trained by the occupational therapist', 'S apqfd'),
        p('An assessment by an occupational therapist if needed', 'V ap', ['if needed']),
        p('Help with feeding at snack and lunch', 'V f', ['Help']),
      ],
    ) },
    heading('Section G – Health provision'),
    para(at('G'), p('A review of his development, eating and weight by the community paediatrician, 30 minutes every 6 months.', 'S apfd')),
    para(p('Dietitian advice as needed.', 'V p', ['as needed'])),
    heading('Section H1 – Social care provision (section 2 CSDPA 1970)'),
    para(at('H1'), 'None.'),
    heading('Section H2 – Other social care provision'),
    para(at('H2'), p('Short breaks at the Willowmead Family Centre with a family support worker, one Saturday a month, 10.00 to 15.00.', 'S apfd')),
    heading('Section I – Setting'),
    para(at('I'), 'Bramblegate Day Nursery (private, voluntary and independent early years setting).'),
    heading('Section J – Personal budget'),
    para(at('J'), 'No personal budget has been requested.'),
    heading('Section K – Advice and information'),
    para(at('K'), 'Ezra\'s mum (September 2026); Bramblegate Day Nursery and the Area SENCo (September 2026); speech and language therapy (October 2026); educational psychologist (October 2026); community paediatrician (October 2026); early help assessment (August 2026).'),
  ],
};

// p162: young adult at an independent specialist college; E and F merged by PfA area; print copy.
const dash = (x: ReturnType<typeof p> | ReturnType<typeof o>) => ['-', x];
const p162: FlatSpec = {
  id: 'p162',
  description: 'HELD OUT. Plain text copied from the printed PDF of a FINAL plan for a young adult of 20 (no year group) at an independent specialist college, hard-wrapped at 88 columns with a running header and "Page N of M" footer every 45 lines; headings "Section A: …"; **Sections E and F one part "Outcomes and provision for adulthood", ordered by the four preparing-for-adulthood areas (Employment and further education, Independent living, Friends, relationships and community, Good health), each an "Outcomes" list then a "Provision" list, dash-led**; learning disability, autism, anxiety, type 1 diabetes; quantified job coach, functional skills maths, living skills in the training flat, travel training, RSE group, glucose checks beside "Employability sessions." with no who or when, "Help … as required", "Support to access", counselling "if Kwame wants it"; G a diabetes clinic with no who or length and specific nurse education; H1 a PA (Care Act assessment in D); one qualification outcome not PfA; no check true.',
  status: 'final',
  yearGroup: null,
  wrap: 88,
  furniture: { header: 'Ashgrove Vale Council – EHC Plan – Kwame Lindqvist-Osei (DOB 27/08/2006)', footer: 'FINAL plan issued 2 December 2026 – Page {page} of {pages}', everyLines: 45 },
  lines: [
    ['ASHGROVE VALE COUNCIL'],
    ['Education, Health and Care Plan – FINAL (annual review amendments, 2 December 2026)'],
    ['Name: Kwame Lindqvist-Osei    Age: 20    Setting: Fernhallow College, Year 3 of 4'],
    [''],
    ['Section A: My views, interests and aspirations'],
    [at('A'), 'Kwame is 20. He likes gardening, gospel music, FIFA and his grandmother\'s cooking. He says: "I want a real job outside, with plants, and to live with my friends one day, not in a care home." His grandmother wants him to be safe with his diabetes and to have a life of his own.'],
    [''],
    ['Section B: Special educational needs'],
    [at('B'), 'Kwame has a moderate learning disability and is autistic. He reads at about Entry Level 2 and finds money and time hard. He becomes anxious in new places, and when anxious he will not speak and may walk off. He needs a great deal of practice to learn a new routine.'],
    [''],
    ['Section C: Health needs'],
    [at('C'), 'Kwame has type 1 diabetes and uses insulin injections. He forgets to check his blood glucose and has had two hospital admissions this year.'],
    [''],
    ['Section D: Social care needs'],
    [at('D'), 'Kwame lives with his grandmother at weekends and in the holidays. His adult social care assessment under the Care Act 2014 (July 2026) found eligible needs for help to take part in activities in the community.'],
    [''],
    ['Sections E and F: Outcomes and provision for adulthood'],
    ['Each area below sets out what Kwame will achieve (Section E) and the special educational provision the college will make (Section F).'],
    [''],
    ['1. Employment and further education'],
    ['Outcomes', at('E')],
    dash(o('By July 2027, Kwame will complete a 12-week supported internship at Hartwell Garden Centre, attending at least 3 days a week.', 'mtP')),
    dash(o('By July 2027, Kwame will pass Entry Level 3 Functional Skills maths.', 'mt')),
    ['Provision', at('F')],
    dash(p('A job coach from the college\'s supported employment team with Kwame at the garden centre, 3 days a week, 9.30 to 14.30, reducing to one visit a day by May 2027.', 'S apfd')),
    dash(p('Functional Skills maths with a maths tutor, 2 x 1 hour a week, in a group of 5.', 'S apfdg')),
    dash(p('Employability sessions.', 'V a')),
    [''],
    ['2. Independent living'],
    ['Outcomes', at('E')],
    dash(o('By December 2027, Kwame will plan, shop for and cook an evening meal for his housemates in the college flat once a week.', 'mtP')),
    dash(o('Kwame will be more independent with money.', 'P')),
    ['Provision', at('F')],
    dash(p('Independent living skills (cooking, budgeting and laundry) in the college training flat with a learning support assistant, 2 afternoons a week, 3 hours each, in a group of 4.', 'S apfdg')),
    dash(p('Travel training from a travel trainer (Ashgrove Vale Travel Assist), 1:1, on the route from home to the garden centre, 5 sessions of 2 hours in January and February 2027.', 'S apfdg')),
    dash(p('Help to manage his money as required.', 'V', ['Help', 'as required'])),
    [''],
    ['3. Friends, relationships and community'],
    ['Outcomes', at('E')],
    dash(o('By July 2027, Kwame will go to the Thursday evening club in his home town with a friend, without staff, on 3 Thursdays out of 4.', 'mtP')),
    dash(o('Kwame will build positive relationships.', 'P')),
    ['Provision', at('F')],
    dash(p('A relationships and sex education group with a tutor, 1 hour a week for 10 weeks, in a group of 6.', 'S apfdg')),
    dash(p('Support to access community activities.', 'V', ['Support', 'access'])),
    [''],
    ['4. Good health'],
    ['Outcomes', at('E')],
    dash(o('By July 2027, Kwame will check his blood glucose before lunch every college day and record it in his app, with a reminder on his phone.', 'mtP')),
    ['Provision', at('F')],
    dash(p('A learning support assistant trained by the diabetes nurse to prompt and check his blood glucose test before lunch every college day.', 'S apqf')),
    dash(p('Counselling at college if Kwame wants it.', 'V a', ['if Kwame wants it'])),
    [''],
    ['Section G: Health provision'],
    [at('G'), p('Reviews at the young adult diabetes clinic every 3 months.', 'V af')],
    [p('Diabetes education at college from a diabetes specialist nurse from Ashgrove Vale Hospital, 1 hour every 3 months.', 'S apqfd')],
    [''],
    ['Section H1: Social care provision (section 2 CSDPA 1970 / Care Act 2014)'],
    [at('H1'), p('A personal assistant, 6 hours every Sunday when Kwame is at home, to go swimming and to church with him.', 'S apfd')],
    [''],
    ['Section H2: Other social care provision'],
    [at('H2'), 'None.'],
    [''],
    ['Section I: Placement'],
    [at('I'), 'Fernhallow College (independent specialist post-16 institution approved under section 41), residential in term time, until July 2028.'],
    [''],
    ['Section J: Personal budget'],
    [at('J'), 'A direct payment of £96 a week for the personal assistant in H1, paid to Kwame with his grandmother\'s help.'],
    [''],
    ['Section K: Advice and information'],
    [at('K'), 'Kwame and his grandmother (September 2026); Fernhallow College (September 2026); supported employment team (October 2026); diabetes team (October 2026); adult social care (July 2026).'],
  ],
};

// p163: a looked-after child's plan, F grouped by who delivers it.
const p163: FlatSpec = {
  id: 'p163',
  description: 'HELD OUT. Plain text of a FINAL plan for a looked-after child in Year 6 (LibreOffice export of a Word plan, DOCX and PDF by LibreOffice from the text), headings "A) …"; **Section F grouped by who delivers it: "Delivered by Tia-Louise\'s class teacher and teaching assistants", "Delivered by the Virtual School for Looked After Children", "Delivered by a speech and language therapist …", "Delivered by an educational psychologist", "Delivered by a play therapist …"; most statements name no one themselves, the heading gives the role**; Personal Education Plan (PEP) and Pupil Premium Plus cross-references; Section I the primary school, the secondary to be named by 15 February 2027; attachment and trauma, FASD, language, reading, regulation; quantified meet and greet, precision teaching, emotion coaching, tuition, staff training, SaLT, EP consultation, play therapy beside "where appropriate", "as needed", a language programme with no when; G a yearly paediatric review with no length and a monthly CAMHS consultation; D looked after, H2 family time and "Support for her foster carers"; no check true.',
  status: 'final',
  yearGroup: 6,
  lines: [
    ['Corrieholm City Council'],
    ['EDUCATION, HEALTH AND CARE PLAN – FINAL'],
    ['Date issued: 30 November 2026'],
    ['Name: Tia-Louise Brennock\tDate of birth: 08/01/2015\tYear group: 6'],
    ['Legal status: Looked after (care order, 2022). Social worker: R. Adebayo-Hollis. Virtual School: Corrieholm Virtual School.'],
    [''],
    ['A) Tia-Louise\'s views, interests and aspirations'],
    [at('A'), 'Tia-Louise likes dancing, slime, her foster family\'s rabbits and being a helper in Reception. She says: "I don\'t like it when the teacher changes or when people shout. I want to be a vet." Her foster carers want her to feel safe at school and to be ready for secondary school.'],
    [''],
    ['B) Special educational needs'],
    [at('B'), 'Tia-Louise has experienced early trauma and neglect and has difficulties with attachment. She finds changes of adult and routine very hard and can run out of class or hide. Her understanding of language is below her age, especially words for feelings and time. Her reading comprehension is about two years behind.'],
    [''],
    ['C) Health needs'],
    [at('C'), 'Tia-Louise has a diagnosis of foetal alcohol spectrum disorder (FASD, 2023). She is seen by the community paediatrician. Her foster carers are supported by the CAMHS Looked After Children team.'],
    [''],
    ['D) Social care needs'],
    [at('D'), 'Tia-Louise is looked after by Corrieholm City Council under a care order and lives with long-term foster carers. She sees her birth mother every 3 weeks. Her care plan and Personal Education Plan (PEP) are reviewed with this plan.'],
    [''],
    ['E) Outcomes'],
    [at('E'), 'Outcome 1:', o('By the end of Year 6, Tia-Louise will name how she is feeling using her feelings chart and ask for a break, on 4 out of 5 occasions when she is upset.', 'mt')],
    ['Outcome 2:', o('By July 2027, Tia-Louise will read a Year 5 text and answer 7 out of 10 comprehension questions correctly.', 'mt')],
    ['Outcome 3:', o('Tia-Louise will feel safe at school.', '')],
    ['Outcome 4:', o('By October 2027, Tia-Louise will attend every lesson on her secondary school timetable for a whole half term.', 'mt')],
    ['Outcome 5:', o('Tia-Louise will make and keep friendships.', 'P')],
    ['Her PEP targets are set each term from these outcomes.'],
    [''],
    ['F) Special educational provision'],
    [at('F'), 'Delivered by Tia-Louise\'s class teacher and teaching assistants at Marchbank Primary School'],
    [p('A meet and greet at the classroom door each morning with the same teaching assistant, 10 minutes.', 'S apfd')],
    [p('Precision teaching of spellings, 10 minutes daily, 1:1.', 'S apfdg')],
    [p('Emotion coaching throughout the school day.', 'S apf')],
    [p('Reduced homework where appropriate.', 'V ap', ['where appropriate'])],
    ['Delivered by the Virtual School for Looked After Children (funded from Pupil Premium Plus, agreed at the PEP meeting)'],
    [p('Reading comprehension tuition from a qualified teacher, 1 hour a week, 1:1, in the spring and summer terms 2027.', 'S apqfdg')],
    [p('Attachment and trauma training for all staff who teach Tia-Louise, a 2-hour twilight session before the end of February 2027.', 'S apfd')],
    [p('Advice to school on attachment as needed.', 'V p', ['as needed'])],
    ['Delivered by a speech and language therapist (Corrieholm Children\'s Therapy Service)'],
    [p('Speech and language therapy on understanding and using words for feelings and time, 6 sessions of 40 minutes each half term, 1:1.', 'S apfdg')],
    [p('A language programme for the teaching assistant to carry out.', 'V ap')],
    ['Delivered by an educational psychologist'],
    [p('Consultation with her class teacher and foster carers, 1 hour each term.', 'S apfd')],
    ['Delivered by a play therapist (commissioned by Corrieholm City Council)'],
    [p('Play therapy in school, 45 minutes a week for 20 weeks, 1:1.', 'S apfdg')],
    [''],
    ['G) Health provision'],
    [at('G'), p('A review by the community paediatrician (FASD clinic) once a year.', 'V apf')],
    [p('Consultation for her foster carers with a clinical psychologist from the CAMHS Looked After Children team, 1 hour every month.', 'S apfd')],
    [''],
    ['H1) Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'],
    [at('H1'), 'None.'],
    [''],
    ['H2) Other social care provision'],
    [at('H2'), p('Family time with her birth mother at the Lindenway contact centre, supervised by a family time worker, 2 hours every 3 weeks.', 'S apfd')],
    [p('Support for her foster carers from the fostering team.', 'V p', ['Support'])],
    [''],
    ['I) Placement'],
    [at('I'), 'Marchbank Primary School (mainstream community primary school). For the transfer to secondary school in September 2027 the secondary school will be named in an amended plan by 15 February 2027.'],
    [''],
    ['J) Personal budget'],
    [at('J'), 'No personal budget. Pupil Premium Plus is held by the Virtual School (see F).'],
    [''],
    ['K) Advice and information'],
    [at('K'), 'Tia-Louise and her foster carers (September 2026); Marchbank Primary School (September 2026); Corrieholm Virtual School (September 2026); speech and language therapy (October 2026); educational psychologist (October 2026); community paediatrician (October 2026); social worker (October 2026).'],
  ],
};

export const NATIONAL_HOLDOUT_S: NationalSpec[] = [p160];
export const FLATTENED_HOLDOUT_S: FlatSpec[] = [p162, p163];
export const DOCFORM_HOLDOUT_S: DocSpec[] = [p158, p159, p161];
