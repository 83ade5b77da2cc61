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
import { cell, heading, para, type DocBlock, type DocCell, type DocSpec } from '../docform.ts';
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

export const NATIONAL_HOLDOUT_L: NationalSpec[] = [p116];
export const FLATTENED_HOLDOUT_L: FlatSpec[] = [];
export const DOCFORM_HOLDOUT_L: DocSpec[] = [];
