// Plans p116-p121: an eleventh held-out set (7 December 2026), written and labelled blind: the analyser,
// its rules, its tests and its accuracy scripts were not read or run. Invented children, places and
// authorities; labels from shared/rubric-reference.md, corpus/AUDIT.md and the rulings in
// corpus/HOLDOUT-FIRST-SIGHT.md only. HELD OUT: never tune rules on them.
//   p116 the national template with each provision three cell paragraphs "Provision: …" / "Frequency: …"
//   / "Staff: …" and outcomes in the first person (NationalSpec). p117 a Word form whose DOCX keeps
//   Word tracked changes to provision wording (DocSpec, `tracked`). p118 a costed provision schedule
//   "Staff ratio | Hours per week | Cost" with a personal budget in J (DocSpec). p119 a PDF copy whose
//   tables come out one cell per line, page furniture falling inside table rows (FlatSpec). p120 a
//   post-19 supported-internship plan exported as Markdown, F in the first person in pipe tables
//   (FlatSpec). p121 a Word form whose F is set out by phase of the school day (DocSpec).
// They join the set-6 lists (set6.ts), so the build and the held-out lists take them as they are.
import { p, o } from '../dsl.ts';
import { at, type FlatSpec } from '../flattened.ts';
import { acceptChanges, cell, heading, para, type DocBlock, type DocCell, type DocSpec } from '../docform.ts';
import type { Part } from '../flattened.ts';
import type { NationalSpec } from '../national/spec.ts';
import { frontSheet } from './national.ts';

// National template, Year 10: every provision written as three cell paragraphs (Provision / Frequency /
// Staff), outcomes in the first person, none of them in a preparing-for-adulthood area.
const p116: NationalSpec = {
  id: 'p116',
  description: 'HELD OUT. National template, Year 10, FINAL after the Year 10 annual review; dyslexia, developmental coordination disorder and exam anxiety; every provision written as three cell paragraphs "Provision: …" / "Frequency: …" / "Staff: …" (a "Staff:" left empty, "as needed", "regularly", "where possible" and "as required" in the Frequency paragraphs), in G too; outcomes in the first person ("By the end of Year 11, I will …", "I will get better at spelling."), none in a preparing-for-adulthood area (preparingForAdulthoodMissing); the communication table unused, unused rows deleted; D none.',
  form: 'filled',
  banner: ['Marrowgate Borough Council – SEND Team', 'FINAL Education, Health and Care Plan – issued 20 February 2026 following the Year 10 annual review'],
  fields: frontSheet(
    { name: 'Kasimir Adeyemi-Holt', preferred: 'Kas', dob: '19/06/2010', sex: 'Male', ethnicity: 'Mixed – White and Black Caribbean', lang: 'English', parentLang: 'English',
      parent1: ['Loretta Holt', 'Mother', 'loretta.holt@example.org', '07700 900614', '27 Chandler Way, Marrowgate'] },
    { setting: 'Marrowgate Park Academy (mainstream secondary academy), Year 10', gp: 'Chandler Way Surgery; Marrowgate Child Development Centre', nhs: '711 402 6683',
      socialCare: 'No', others: 'Specialist teacher (dyslexia); CAMHS; educational psychologist', lac: 'No', wasLac: 'No', onePage: 'Yes', movedIn: 'No' },
  ),
  a1: {
    history: 'I was told I was dyslexic in Year 4 and dyspraxic in Year 6. I had an EHC plan from Year 7 when I started at Marrowgate Park. My panic attacks started in Year 9 before my first exams.',
    communication: 'I talk easily. Please give me things to read on paper, not on the board, and do not ask me to read out loud in class.',
  },
  a2: {
    child_views: 'I am good at ideas and talking but my writing does not show it. I hate being sent out to the exam hall with everyone watching. I want people to stop thinking I am lazy.',
    family_views: 'My mum wants me to get my GCSEs and to stop getting so panicky before tests.',
    interests: 'Football (I play for Marrowgate Rovers under-16s), cooking for my family and music production on my laptop.',
    strengths: 'I am funny, I work hard at football and I am good at explaining things out loud.',
    aspirations: 'I want to go to college to do music technology and one day make music for films.',
  },
  areas: {
    cognition_learning: {
      strengths: 'I understand my lessons and remember what I hear.',
      rows: [
        {
          need: 'I am dyslexic. My reading is slow, I lose my place on the page and my spelling is about 4 years behind other people my age, so I cannot finish exam papers in the time.',
          provision: [
            p('Provision: Specialist dyslexia teaching using the Units of Sound programme, 1:1', 'S apqfdg'),
            'Frequency: 2 x 45 minutes a week in term time',
            'Staff: a specialist teacher holding Approved Teacher Status (ATS) in dyslexia',
            p('Provision: A reader and a scribe for all internal and external examinations', 'S apf'),
            'Frequency: every examination',
            'Staff: an invigilator from the school\'s exams team',
            p('Provision: Printed copies of the lesson slides on cream paper', 'S apf'),
            'Frequency: every lesson',
            'Staff: subject teachers',
            p('Provision: Literacy support', 'V', ['support', 'as needed']),
            'Frequency: as needed',
            'Staff:',
          ],
          outcome: [
            o('By the end of Year 11, I will read aloud a 300-word passage at a Year 9 level with at least 95% accuracy.', 'mt'),
            o('I will get better at spelling.', ''),
          ],
        },
      ],
    },
    semh: {
      strengths: 'I have good friends at football and in my form.',
      rows: [
        {
          need: 'I get panic attacks before and during tests: my heart races, I feel sick and I have walked out of two mock exams. I worry that people think I am stupid.',
          provision: [
            p('Provision: A cognitive behavioural group programme for anxiety (Cool Connections), in a group of no more than 6 pupils', 'S apqfdg'),
            'Frequency: 10 weekly sessions of 1 hour in the autumn term',
            'Staff: the school counsellor, a registered member of the BACP',
            p('Provision: A time-out card to leave the lesson for up to 10 minutes and go to the learning support base', 'S apf'),
            'Frequency: every lesson',
            'Staff: all staff',
            p('Provision: Check-ins with a key adult', 'V a', ['where possible']),
            'Frequency: where possible',
            'Staff: key adult',
          ],
          outcome: [
            o('By the summer of Year 11, I will sit each of my GCSE mock exams in the exam hall for the whole exam.', 'mt'),
            o('I will feel less worried about exams.', ''),
          ],
        },
      ],
    },
    sensory_physical: {
      strengths: 'I am strong and fast, and I am good at football.',
      rows: [
        {
          need: 'I have developmental coordination disorder. My handwriting is slow and hurts my hand after 10 minutes, and I find it hard to use rulers, compasses and equipment in science.',
          provision: [
            p('Provision: Touch-typing programme (Touch-type Read and Spell)', 'S apfd'),
            'Frequency: 3 x 20 minutes a week until I reach 30 words per minute',
            'Staff: supervised by a teaching assistant',
            p('Provision: A laptop with predictive text software', 'S apf'),
            'Frequency: all lessons and examinations',
            'Staff: set up and maintained by the school\'s IT technician',
            p('Provision: Handwriting practice', 'V ap', ['regularly']),
            'Frequency: regularly',
            'Staff: teaching assistant',
            p('Provision: A practical partner in science, who handles the equipment while I record', 'S apf'),
            'Frequency: every practical lesson',
            'Staff: a science technician',
          ],
          outcome: [
            o('By February 2027, I will touch-type at 30 words per minute with 90% accuracy.', 'mt'),
            o('I will find writing easier.', ''),
          ],
        },
      ],
    },
  },
  health: {
    strengths: 'I am fit and healthy and I play football three times a week.',
    rows: [
      {
        need: 'My developmental coordination disorder was diagnosed at the Marrowgate Child Development Centre in 2021.',
        provision: [
          p('Provision: A review at the Child Development Centre', 'V af'),
          'Frequency: once a year',
          'Staff: Marrowgate Child Development Centre',
        ],
        outcome: '',
      },
      {
        need: 'I have been seen by CAMHS for anxiety and panic attacks since September 2025.',
        provision: [
          p('Provision: Cognitive behavioural therapy for panic attacks', 'S apfd'),
          'Frequency: 6 sessions of 50 minutes, fortnightly from January 2026',
          'Staff: a CAMHS clinical psychologist',
          p('Provision: Advice to school about my panic attacks', 'V a', ['as required']),
          'Frequency: as required',
          'Staff: CAMHS',
        ],
        outcome: '',
      },
    ],
  },
  social: {
    strengths: 'I live with my mum and my two younger sisters.',
    rows: [
      { need: 'No social care needs have been identified.', h1: 'Not applicable.', h2: 'Not applicable.', outcome: '' },
    ],
  },
  placement: { name: 'Marrowgate Park Academy', type: 'Mainstream secondary academy (11-16)' },
  directPayments: { details: 'No personal budget has been requested.', arrangements: 'Not applicable.' },
  advice: [
    ['Advice from the young person and his parent', '14 January 2026', 'Kasimir Adeyemi-Holt and Loretta Holt', 'YES'],
    ['Educational advice', '16 January 2026', 'Marrowgate Park Academy (annual review report)', 'YES'],
    [undefined, '22 January 2026', 'Specialist teacher (dyslexia)', 'YES'],
    [undefined, '29 January 2026', 'CAMHS', 'YES'],
  ],
  signOff: ['P. Ravenscroft, SEND Case Officer', 'P. Ravenscroft', '20 February 2026'],
  unfilled: 'empty',
  unusedRows: 'remove',
  status: 'final',
  yearGroup: 10,
  checks: { preparingForAdulthoodMissing: true },
};

// A Word form whose DOCX keeps the SEND officer's tracked changes from the annual review: provision
// wording inserted and deleted, outcome dates changed, the school struck out of Section I. Gold is the
// plan with every change accepted; the PDF and the text are of that accepted plan.
/** A paragraph with tracked changes: "{+inserted+}" and "{-deleted-}" in `marked`; `lead` parts (a
 * section mark, a number) come before it untracked; `item` makes the accepted text a gold statement. */
const tracked = (lead: Part[], marked: string, item?: (accepted: string) => Part): DocBlock => {
  const labels = lead.filter((x): x is string => typeof x === 'string');
  const accepted = acceptChanges(marked);
  return { k: 'p', parts: [...lead, item ? item(accepted) : accepted], tracked: [...labels, marked].join(' ') };
};
const tp = (lead: Part[], marked: string, code: string, vague: string[] = []) => tracked(lead, marked, (t) => p(t, code, vague));
const to = (lead: Part[], marked: string, code: string) => tracked(lead, marked, (t) => o(t, code));
const trackedCell = (marked: string): DocCell => ({ paras: [[acceptChanges(marked)]], tracked: [marked] });
const p117: DocSpec = {
  id: 'p117',
  description: 'HELD OUT. Word document by script whose DOCX keeps Word tracked changes (w:ins and w:del by the SEND officer, track changes still on) from the Year 6 annual review: provision wording inserted and deleted (an "input as required" line rewritten with a therapist and an amount, "weekly" replaced by "2 x 40 minutes a week", a quantified group cut back to "when staffing allows", "where possible" and "as appropriate" inserted, "intervention" replaced by named pre-teaching), outcome dates and wording changed, the plan date replaced and the primary school struck out of Section I in favour of "To be confirmed"; gold is the plan with every change accepted, and the PDF and the text (LibreOffice\'s export) are made from the accepted copy; headings "Section A – …" in bold, F numbered "F1"-"F12" under bold area lines, E "E1"-"E6"; Year 6, FINAL (amended); autism, language, reading and maths, anxiety, sensory needs; Section I "To be confirmed" in a final plan (placementMissing).',
  header: 'Ashby Vale Council – Education, Health and Care Plan',
  footer: 'Delphine Moreau-Okafor – amended plan – Page {page} of {pages}',
  txt: 'soffice',
  status: 'final',
  yearGroup: 6,
  revisions: { author: 'S. Whitcombe (SEND Officer)', date: '2026-02-10T10:30:00Z' },
  blocks: [
    { k: 'p', parts: ['Ashby Vale Council'], bold: true, size: 28 },
    { k: 'p', parts: ['Education, Health and Care Plan – FINAL (amended following annual review)'], bold: true, size: 28 },
    { k: 'table', rows: [
      [cell(['Name']), cell(['Delphine Moreau-Okafor'])],
      [cell(['Date of birth']), cell(['08/10/2014'])],
      [cell(['School']), cell(['Fairley Green Primary School'])],
      [cell(['Year group']), cell(['Year 6'])],
      [cell(['Date of this plan']), trackedCell('{-14 July 2025-}{+10 February 2026 (amended after the annual review of 20 January 2026)+}')],
    ] },
    heading('Section A – About Delphine'),
    para(at('A'), 'Delphine is 11. She loves drawing dragons, swimming and facts about space. She says the hall is too loud and that she worries about "the big school". Her mum wants her to have a friend at secondary school and to be able to travel there safely.'),
    heading('Section B – Special educational needs'),
    para(at('B'), 'Delphine is autistic. She speaks in sentences but finds it hard to join a conversation, to understand jokes and to follow long instructions. Her reading is at about a Year 3 level and she does not yet know her times tables. She becomes anxious when routines change and hides under tables when she is overwhelmed. She is very sensitive to noise and seeks movement.'),
    heading('Section C – Health needs'),
    para(at('C'), 'Delphine was diagnosed with autism in 2021 by the community paediatrician. She has difficulty getting to sleep and takes melatonin. Her sensory needs have not been assessed by an occupational therapist.'),
    heading('Section D – Social care needs'),
    para(at('D'), 'Delphine lives with her mother and her brother, aged 14. No social care needs have been identified.'),
    heading('Section E – Outcomes'),
    to([at('E'), 'E1'], 'By {-July 2025-}{+July 2026+}, Delphine will ask a peer to play a game at lunchtime on at least 3 days a week.', 'mtP'),
    to(['E2'], 'By the end of Year 6, Delphine will read a {-Year 3-}{+Year 4+} level book aloud with 95% accuracy.', 'mt'),
    to(['E3'], 'Delphine will {-improve her maths-}{+know her times tables+}.', 'm'),
    to(['E4'], 'By the end of Year 6, Delphine will go to her calm space and return to class within 10 minutes on 4 out of 5 occasions.', 'mt'),
    to(['E5'], 'Delphine will be ready for secondary school.', ''),
    to(['E6'], '{+By September 2026, +}Delphine will walk to the bus stop and catch the school bus to secondary school with her older brother.', 'mtP'),
    heading('Section F – Special educational provision'),
    { k: 'p', parts: [at('F'), 'Communication and interaction'], bold: true },
    tp(['F1'], 'Speech and language therapy {-input as required-}{+from an HCPC-registered speech and language therapist, 6 sessions of 45 minutes each term, 1:1, in school+}.', 'S apqfdg'),
    tp(['F2'], 'A Lego-based therapy group of 3 pupils, led by a teaching assistant trained in Lego-based therapy, {-weekly-}{+2 x 40 minutes a week+}.', 'S apqfdg'),
    tp(['F3'], 'A visual timetable and a now/next board {+used by all staff +}throughout the school day.', 'S apf'),
    tp(['F4'], 'Social communication group {-for 30 minutes every Friday-}{+when staffing allows+}.', 'V', ['when staffing allows']),
    { k: 'p', parts: ['Cognition and learning'], bold: true },
    tp(['F5'], 'Daily 1:1 reading with a teaching assistant{+ for 15 minutes+}, using the Rapid Phonics programme.', 'S apfdg'),
    tp(['F6'], 'Maths {-intervention-}{+pre-teaching of the next day\'s vocabulary and methods, 3 x 15 minutes a week, with the class teaching assistant+}.', 'S apfd'),
    tp(['F7'], 'Adult support in English lessons{+ where possible+}.', 'V', ['support', 'where possible']),
    { k: 'p', parts: ['Social, emotional and mental health'], bold: true },
    tp(['F8'], 'A {-daily-}{+weekly+} 30-minute session with the Emotional Literacy Support Assistant (ELSA), 1:1, for 6 weeks{+ each term+}.', 'S apfdg'),
    tp(['F9'], 'A calm space in the library corner{- to use when she asks-}, with a sand timer and ear defenders, {+available +}at all times.', 'S af'),
    tp(['F10'], 'Transition programme to secondary school{- of 6 extra visits with a teaching assistant in the summer term-}{+ as appropriate+}.', 'V', ['as appropriate']),
    { k: 'p', parts: ['Sensory and/or physical'], bold: true },
    tp(['F11'], 'Sensory circuit planned by the occupational therapist and run by a teaching assistant, {-most mornings-}{+every morning for 15 minutes+}.', 'S apfd'),
    para('F12', p('Ear defenders in every assembly and every lunchtime in the dining hall.', 'S af')),
    heading('Section G – Health provision'),
    para(at('G'), 'G1', p('Melatonin prescribed by the community paediatrician, with a sleep review every 6 months.', 'V apf')),
    tp(['G2'], 'Occupational therapy{- review-} {-as required-}{+assessment of her sensory needs by an HCPC-registered occupational therapist by 31 March 2026+}.', 'S apq'),
    heading('Section H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'),
    para(at('H1'), 'None.'),
    heading('Section H2 – Other social care provision'),
    para(at('H2'), 'None.'),
    heading('Section I – Placement'),
    tracked([at('I')], '{-Fairley Green Primary School (mainstream community primary school).-}{+To be confirmed: the local authority is consulting secondary schools.+}'),
    heading('Section J – Personal budget'),
    para(at('J'), 'No personal budget has been requested.'),
    heading('Section K – Advice and information'),
    para(at('K'), 'K1 Parent\'s advice (December 2025)'),
    para('K2 Annual review report from Fairley Green Primary School (January 2026)'),
    para('K3 Speech and language therapy report (January 2026)'),
    para('K4 Educational psychologist (January 2026)'),
  ],
  checks: { placementMissing: true },
};

// A costed provision schedule: F one table "Provision | Staff | Staff ratio | Hours per week | Weeks |
// Cost per year" with a total row, and J a personal budget table with direct payments.
const cost6 = (prov: ReturnType<typeof p>, staff: string, ratio: string, hours: string, weeks: string, cost: string): DocCell[] =>
  [cell([prov]), cell([staff]), cell([ratio]), cell([hours]), cell([weeks]), cell([cost])];
const p118: DocSpec = {
  id: 'p118',
  description: 'HELD OUT. Word document by script in a costed style: Section F one six-column table "Provision | Staff | Staff ratio | Hours per week | Weeks | Cost per year (£)" with a Total row (hours of TA support, therapy and groups quantified in the Hours column; "Variable", "As required" and "Up to 1.25" there; a row with only a cost; an equipment row with "All written work"); Section J a personal budget table "Element | Amount per year | How it is managed" (a direct payment for the speech and language therapy and one for the holiday play scheme, the rest a notional school budget); E as numbered paragraphs; LibreOffice\'s text export; Year 3, DRAFT for consultation with Section I "To be named in the final plan."; speech sound disorder, literacy, ADHD; G medication given by a first aider and a 6-monthly review; D special guardianship with an H2 play scheme; no check true.',
  header: 'Coldmere County Council – SEND Assessment and Review Service',
  footer: 'DRAFT EHC Plan – Ruairi Penhallow – Page {page} of {pages}',
  txt: 'soffice',
  status: 'draft',
  yearGroup: 3,
  blocks: [
    { k: 'p', parts: ['Coldmere County Council'], bold: true, size: 28 },
    { k: 'p', parts: ['DRAFT Education, Health and Care Plan – for consultation (please reply within 15 days)'], bold: true, size: 28 },
    { k: 'table', rows: [
      [cell(['Name']), cell(['Ruairi Penhallow'])],
      [cell(['Date of birth']), cell(['21/12/2017'])],
      [cell(['Current school']), cell(['Tregarth Community Primary School, Year 3'])],
      [cell(['Date of draft']), cell(['2 March 2026'])],
      [cell(['Indicative annual cost of provision']), cell(['£12,988'])],
    ] },
    heading('Section A – Ruairi\'s views, interests and aspirations'),
    para(at('A'), 'Ruairi is 8. He loves tractors, the beach and making dens with his grandad. He says "people don\'t know what I\'m saying" and that he gets in trouble for moving about. His grandparents want him to be understood, to read and to have a friend to play with.'),
    heading('Section B – Special educational needs'),
    para(at('B'), 'Ruairi has a severe speech sound disorder: unfamiliar adults understand about half of what he says. He is at an early stage of phonics and can read about 20 words. He has ADHD: he finds it very hard to stay in his seat, waits poorly for his turn and acts on impulse at lunchtime. He has few friends and is often on his own or in trouble at lunchtime.'),
    heading('Section C – Health needs'),
    para(at('C'), 'Ruairi was diagnosed with ADHD by the community paediatrician in 2025 and takes methylphenidate at breakfast and at lunchtime.'),
    heading('Section D – Social care needs'),
    para(at('D'), 'Ruairi lives with his grandparents under a special guardianship order. His grandmother has asked for help during the school holidays, when his behaviour is hardest to manage.'),
    heading('Section E – Outcomes'),
    para(at('E'), '1.', o('By the end of Year 3, Ruairi will say words with "s" and "f" sounds clearly enough for an unfamiliar adult to understand in 8 out of 10 attempts.', 'mt')),
    para('2.', o('Ruairi will be easier to understand.', '')),
    para('3.', o('By July 2026, Ruairi will read and spell 50 Phase 3 words correctly.', 'mt')),
    para('4.', o('By July 2026, Ruairi will stay at his table for a 15-minute task with no more than one reminder, in 4 out of 5 lessons.', 'mt')),
    para('5.', o('Ruairi will have more friends.', 'P')),
    para('6.', o('By the end of Year 3, Ruairi will make himself a sandwich and pour a drink at the after-school club without help.', 'mtP')),
    heading('Section F – Special educational provision'),
    para(at('F'), 'The cost of each part of the provision is shown for the local authority\'s funding decision; weeks are school weeks.'),
    { k: 'table', head: true, keepRows: true, widths: [34, 18, 10, 12, 10, 16], rows: [
      [cell(['Provision']), cell(['Staff']), cell(['Staff ratio']), cell(['Hours per week']), cell(['Weeks']), cell(['Cost per year (£)'])],
      cost6(p('Teaching assistant support in literacy and maths lessons', 'S apfdg'), 'Teaching assistant', '1:1', '10', '39', '6,240'),
      cost6(p('Direct speech sound therapy using the Nuffield Dyspraxia Programme', 'S apqfdg'), 'HCPC-registered speech and language therapist', '1:1', '0.75', '39', '2,925'),
      cost6(p('Practice of the therapist\'s Nuffield targets', 'S apqfdg'), 'Teaching assistant trained by the speech and language therapist', '1:1', '1 (4 x 15 minutes)', '39', '624'),
      cost6(p('Read Write Inc. phonics group', 'S apfdg'), 'Teaching assistant', '1:4', '1.5', '39', '468'),
      cost6(p('Socially Speaking social skills group', 'S apqfdg'), 'Teaching assistant trained in Socially Speaking', '1:6', '0.5', '39', '156'),
      cost6(p('Lunchtime supervision', 'V apg', ['Variable']), 'Midday supervisor', '1:1', 'Variable', '39', '1,170'),
      cost6(p('Movement breaks', 'V apg', ['As required']), 'Teaching assistant', '1:1', 'As required', '', 'Within the above'),
      cost6(p('Sensory circuit', 'V apfdg', ['Up to']), 'Teaching assistant', '1:3', 'Up to 1.25', '39', '390'),
      cost6(p('Consultation by the educational psychologist with his class teacher and teaching assistant, with a written plan', 'S apfd'), 'Educational psychologist', '', '3 hours each term', '', '450'),
      cost6(p('Classroom strategies for ADHD: seated near the teacher, instructions broken into steps, a fidget tool', 'S apf'), 'Class teacher', '', 'All lessons', '', 'No cost'),
      cost6(p('Wobble cushion and writing slope', 'S a'), '', '', 'All written work', '', '65'),
      cost6(p('Specialist resources', 'V'), '', '', '', '', '500'),
      [cell(['Total']), cell(['']), cell(['']), cell(['']), cell(['']), cell(['12,988'])],
    ] },
    heading('Section G – Health provision'),
    para(at('G'), 'G1', p('His lunchtime dose of methylphenidate given by a trained first aider at 12.15pm every school day, as prescribed by the community paediatrician.', 'S apf')),
    para('G2', p('Review of his ADHD medication by the community paediatrician every 6 months.', 'V apf')),
    heading('Section H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'),
    para(at('H1'), 'Not applicable.'),
    heading('Section H2 – Other social care provision'),
    para(at('H2'), 'H2.1', p('A place at the Coldmere holiday play scheme for 10 days each summer holiday, 10am to 3pm, with a 1:1 play worker from Coldmere Short Breaks.', 'S apfdg')),
    heading('Section I – Placement'),
    para(at('I'), 'To be named in the final plan.'),
    heading('Section J – Personal budget'),
    para(at('J'), 'Ruairi\'s grandparents have asked for a personal budget. It is made up as follows and will be reviewed at each annual review.'),
    { k: 'table', head: true, rows: [
      [cell(['Element']), cell(['Amount per year']), cell(['How it is managed'])],
      [cell(['Speech sound therapy (Section F)']), cell(['£2,925']), cell(['Direct payment to Mrs Penhallow to buy the therapy from an independent HCPC-registered speech and language therapist'])],
      [cell(['Holiday play scheme (Section H2)']), cell(['£1,100']), cell(['Direct payment to Mrs Penhallow'])],
      [cell(['All other provision in Section F']), cell(['£10,063']), cell(['Held by the school as a notional budget'])],
    ] },
    heading('Section K – Advice and information'),
    para(at('K'), 'K1 Advice from Ruairi\'s grandparents (January 2026); K2 Tregarth Community Primary School (January 2026); K3 Educational psychologist (February 2026); K4 Speech and language therapist (February 2026); K5 Community paediatrician (February 2026); K6 Social care (February 2026).'),
  ],
};

export const NATIONAL_HOLDOUT_L: NationalSpec[] = [p116];
export const FLATTENED_HOLDOUT_L: FlatSpec[] = [];
export const DOCFORM_HOLDOUT_L: DocSpec[] = [p117, p118];
