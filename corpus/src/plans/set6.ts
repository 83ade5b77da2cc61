// Plans p86-p90: a sixth held-out set (7 December 2026), written and labelled before the analyser was
// run on them. Invented children; labels from shared/rubric-reference.md and corpus/AUDIT.md only.
// HELD OUT: never tune rules on them.
//   p86, p87 flattened text (FlatSpec); p88, p89 Word documents by script (DocSpec); p90 national template.
import { p, o } from '../dsl.ts';
import { at, type FlatSpec } from '../flattened.ts';
import { cell, heading, merged, para, type DocSpec } from '../docform.ts';
import type { NationalSpec } from '../national/spec.ts';
import { frontSheet } from './national.ts';
import { DOCFORM_HOLDOUT_I, FLATTENED_HOLDOUT_I, NATIONAL_HOLDOUT_I } from './set-i.ts';
import { DOCFORM_HOLDOUT_J, FLATTENED_HOLDOUT_J, NATIONAL_HOLDOUT_J } from './set-j.ts';
import { DOCFORM_HOLDOUT_K, FLATTENED_HOLDOUT_K, NATIONAL_HOLDOUT_K } from './set-k.ts';
import { DOCFORM_HOLDOUT_L, FLATTENED_HOLDOUT_L, NATIONAL_HOLDOUT_L } from './set-l.ts';
import { DOCFORM_HOLDOUT_M, FLATTENED_HOLDOUT_M, NATIONAL_HOLDOUT_M } from './set-m.ts';
import { DOCFORM_HOLDOUT_N, FLATTENED_HOLDOUT_N, NATIONAL_HOLDOUT_N } from './set-n.ts';
import { DOCFORM_HOLDOUT_O, FLATTENED_HOLDOUT_O, NATIONAL_HOLDOUT_O } from './set-o.ts';
import { DOCFORM_HOLDOUT_P, FLATTENED_HOLDOUT_P, NATIONAL_HOLDOUT_P } from './set-p.ts';
import { DOCFORM_HOLDOUT_Q, FLATTENED_HOLDOUT_Q, NATIONAL_HOLDOUT_Q } from './set-q.ts';
import { DOCFORM_HOLDOUT_R, FLATTENED_HOLDOUT_R, NATIONAL_HOLDOUT_R } from './set-r.ts';
import { DOCFORM_HOLDOUT_S, FLATTENED_HOLDOUT_S, NATIONAL_HOLDOUT_S } from './set-s.ts';
import { DOCFORM_HOLDOUT_T, FLATTENED_HOLDOUT_T, NATIONAL_HOLDOUT_T } from './set-t.ts';

// Early years; F a numbered list under area headings, each item a title line then What / Who / When lines.
const p86: FlatSpec = {
  id: 'p86',
  description: 'HELD OUT. Text export of an early-years EHC plan (aged 3, private day nursery, no year group), final; lettered headings with colons; Section F a numbered list under area-of-need headings where each provision is a title line followed by "What:", "Who:" and "When:" lines (one "Who:" left empty); speech and language delay, attention, sensory seeking, toileting; milk allergy and eczema with G lines; quantified SaLT block, key-person programme and sensory circuit beside "as appropriate", "regularly", "support" and "if needed" lines; outcomes for a young child (toileting and peer play are PfA); H1 and H2 "None."',
  status: 'final',
  yearGroup: null,
  lines: [
    ['Kestrelford Borough Council – Early Years SEND Team'],
    ['Education, Health and Care Plan – FINAL'],
    ['Child: Tobiah Ferreira-Okafor'],
    ['Date of birth: 14/04/2022'],
    ['Age at the date of this plan: 3 years 10 months'],
    ['Early years setting: Bumblebees Day Nursery (private day nursery, 30 funded hours a week)'],
    ['Date issued: 9 February 2026'],
    [''],
    ['Section A: Information about Tobiah and his family'],
    [at('A'), 'Tobiah lives with his mum and his baby sister. He loves water play, diggers and being swung in a blanket. His mum would like him to be able to tell her what he wants and to be ready for Reception in September 2026.'],
    [''],
    ['Section B: Special educational needs'],
    [at('B'), 'Tobiah uses about ten single words and some gestures; he understands simple phrases about things he can see. He moves quickly from one activity to the next and rarely stays at an adult-led activity for more than a minute. He seeks movement and pressure, mouths toys and covers his ears in noisy rooms.'],
    [''],
    ['Section C: Health needs'],
    [at('C'), 'Tobiah has a cows\' milk allergy and carries an adrenaline auto-injector. He has eczema on his hands and arms that is worse in winter. He is not yet toilet trained.'],
    [''],
    ['Section D: Social care needs'],
    [at('D'), 'No social care needs have been identified.'],
    [''],
    ['Section E: Outcomes'],
    [at('E'), 'E1', o('By the end of the summer term 2026, Tobiah will use 20 single words or signs to ask for things he wants.', 'mt')],
    ['E2', o('By September 2026, Tobiah will tell an adult with a word or a sign when he needs the toilet on 4 out of 5 nursery days.', 'mtP')],
    ['E3', o('Tobiah will enjoy playing with other children.', 'P')],
    ['E4', o('By March 2027, Tobiah will stay at an adult-led activity for 5 minutes on 3 out of 4 occasions.', 'mt')],
    ['E5', o('Tobiah will develop his attention skills.', '')],
    [''],
    ['Section F: Special educational provision'],
    [at('F'), 'Communication and interaction'],
    ['1.', p('Speech and language therapy\nWhat: a block of direct therapy on first words and signs, with a written programme left for the nursery\nWho: a speech and language therapist from the Kestrelford Children\'s Therapy Service\nWhen: 6 sessions of 30 minutes each term, at nursery', 'S apfd')],
    ['2.', p('Language programme\nWhat: the therapist\'s programme of first words and signs, 1:1\nWho: his key person\nWhen: 3 x 10 minutes a week', 'S apfdg')],
    ['3.', p('Signing\nWhat: Makaton signs used with Tobiah alongside speech\nWho: nursery staff\nWhen: as appropriate', 'V ap', ['as appropriate'])],
    ['Cognition and learning'],
    ['4.', p('Attention group\nWhat: an adult-led attention and listening group\nWho: the nursery SENCo\nWhen: regularly', 'V ap', ['regularly'])],
    ['5.', p('Play\nWhat: support to extend his play\nWho:\nWhen: daily', 'V f', ['support'])],
    ['Sensory and physical'],
    ['6.', p('Sensory circuit\nWhat: a sensory circuit (trampoline, crawling tunnel and heavy-work tasks) planned by the occupational therapist\nWho: a nursery practitioner\nWhen: 15 minutes at the start of every session and after lunch', 'S apfd')],
    ['7.', p('Equipment\nWhat: a weighted lap pad and ear defenders\nWhen: at every carpet time and whenever he is in the hall', 'S af')],
    ['8.', p('Transition to school\nWhat: extra visits to his new school with his key person\nWho: key person\nWhen: if needed', 'V ap', ['if needed'])],
    [''],
    ['Section G: Health provision'],
    [at('G'), '1.', p('The paediatric allergy nurse will train all nursery staff to use Tobiah\'s auto-injector in a 1-hour session each September and whenever a new member of staff joins his room.', 'S apfd')],
    ['2.', p('Emollient cream put on by his key person after every nappy change and before outdoor play.', 'S apf')],
    ['3.', p('Dietetic advice as needed.', 'V a', ['as needed'])],
    [''],
    ['Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'],
    [at('H1'), 'None.'],
    ['Section H2: Other social care provision'],
    [at('H2'), 'None.'],
    [''],
    ['Section I: Placement'],
    [at('I'), 'Bumblebees Day Nursery (private day nursery) until August 2026.'],
    [''],
    ['Section J: Personal budget'],
    [at('J'), 'A personal budget has not been requested.'],
    [''],
    ['Section K: Advice and information'],
    [at('K'), 'Parent\'s views (December 2025); Bumblebees Day Nursery (December 2025); Early Years SEN Advisory Teacher (January 2026); Kestrelford Children\'s Therapy Service (January 2026); paediatrician (January 2026).'],
  ],
};

// Word-only titles in an unusual order (placement and outcomes before needs), page furniture naming
// the authority and "OFFICIAL-SENSITIVE", hard-wrapped so the furniture falls inside statements.
const p87: FlatSpec = {
  id: 'p87',
  description: 'HELD OUT. PDF copy of an LA form whose section titles are words only in Title Case with no letters, numbers or colons, in an unusual order: About Me, Education Setting (I), Outcomes (E) before Special Educational Needs (B), Special Educational Provision (F), Health Needs, Health Provision, Social Care Needs, Social Care Provision (single H), Personal Budget, Advice and Information; hard-wrapped at 95 columns with page furniture (header "OFFICIAL-SENSITIVE", footer with the authority\'s name and "Page N of M") every 11 lines, so some statements are split by it; Year 8, final; autism and ADHD, sleep; quantified social-communication group, keyboard, mentor and check-in lines beside "where possible", "access to", "could", "will be offered", "ongoing" and "support" lines; a social care need (carers worn out, carer\'s assessment asked for) with "No social care provision is being made at this time." (socialCareNeedsWithoutProvision).',
  status: 'final',
  yearGroup: 8,
  wrap: 95,
  furniture: { header: 'OFFICIAL-SENSITIVE', footer: 'Ravensholme City Council – Education, Health and Care Plan – OFFICIAL-SENSITIVE – Page {page} of {pages}', everyLines: 11 },
  lines: [
    ['Ravensholme City Council'],
    ['Education, Health and Care Plan'],
    ['Name: Caspian Mbeki-Holt   Date of birth: 30/11/2012   Year group: 8   Plan status: Final   Date of plan: 20 January 2026'],
    [''],
    ['About Me'],
    [at('A'), 'Caspian is 13. He loves trains, Minecraft and drawing maps of the places he has been. He says school is "too loud and too fast". His parents want him to stay in mainstream school, to have one good friend and to sleep through the night.'],
    [''],
    ['Education Setting'],
    [at('I'), 'Holloway Park School – a mainstream secondary academy.'],
    [''],
    ['Outcomes'],
    [at('E'), '•', o('By the end of Year 8, Caspian will start a written task within 3 minutes of the instruction in 4 out of 5 lessons, using his task planner.', 'mt')],
    ['•', o('Caspian will make friends.', 'P')],
    ['•', o('By his next annual review, Caspian will go to one lunchtime club each week with a peer of his choice.', 'mtP')],
    ['•', o('Caspian will be calmer in lessons.', '')],
    ['•', o('By July 2026, Caspian will type a 250-word piece of writing at 20 words a minute.', 'mt')],
    [''],
    ['Special Educational Needs'],
    [at('B'), 'Caspian is autistic and has ADHD. He finds it very hard to start and finish tasks, loses track of multi-step instructions and finds group work and crowded corridors overwhelming. His handwriting is slow and hard to read. He has no close friends in his year and spends lunchtimes alone in the library.'],
    [''],
    ['Special Educational Provision'],
    [at('F'), '•', p('A social communication group of no more than 6 pupils, run by the school\'s speech and language therapy assistant under the direction of an NHS speech and language therapist, for 50 minutes every Tuesday afternoon.', 'S apfdg')],
    ['•', p('A laptop with a keyboard for all extended writing in every lesson, and 15 minutes of touch-typing practice with a teaching assistant three mornings a week.', 'S apfd')],
    ['•', p('Caspian could be offered a seat near the door.', 'V a', ['could'])],
    ['•', p('A 10-minute check-in with his learning mentor at the start of every school day to go through his timetable and any changes.', 'S apfd')],
    ['•', p('Exit card to leave lessons where possible.', 'V a', ['where possible'])],
    ['•', p('Access to the school\'s autism base.', 'V a', ['access to'])],
    ['•', p('Ongoing support with organisation.', 'V', ['ongoing', 'support'])],
    ['•', p('He will leave each lesson 3 minutes before the bell, with a named friend, to avoid the crowded corridors.', 'S af')],
    [''],
    ['Health Needs'],
    [at('C'), 'Caspian takes melatonin for sleep onset difficulties and methylphenidate for ADHD, prescribed by the community paediatrician. He often falls asleep after midnight.'],
    [''],
    ['Health Provision'],
    [at('G'), '•', p('A medication review with the community paediatrician every 6 months, lasting 30 minutes.', 'S apfd')],
    ['•', p('Sleep advice for his parents will be offered.', 'V a', ['will be offered'])],
    [''],
    ['Social Care Needs'],
    [at('D'), 'Caspian\'s parents both work shifts and are exhausted by his night waking and his distress after school; they have asked for a carer\'s assessment and for help to give Caspian time out of the house at weekends.'],
    [''],
    ['Social Care Provision'],
    [at('H'), 'No social care provision is being made at this time.'],
    [''],
    ['Personal Budget'],
    [at('J'), 'Not requested.'],
    [''],
    ['Advice and Information'],
    [at('K'), 'Parents\' advice (November 2025); Holloway Park School (November 2025); educational psychologist (December 2025); community paediatrician (December 2025).'],
  ],
  checks: { socialCareNeedsWithoutProvision: true },
};

// A two-column leaflet-style form: the text runs in two newspaper columns on every page.
const p88: DocSpec = {
  id: 'p88',
  description: 'HELD OUT. Word document laid out in two newspaper columns on every page (a leaflet-style LA form), with LibreOffice\'s PDF of it and the text a PDF reader gives of that PDF (columns read one after the other, lines wrapped at the column width); lettered headings "B. Special educational needs"; Year 6, DRAFT with Section I "To be named in the final plan."; cerebral palsy (wheelchair user), fine-motor and fatigue; physiotherapy in F and in G; quantified physiotherapy programme, OT handwriting, laptop and personal care lines beside "regular", "opportunities to", "as required", "input" and "up to" lines; H1 home adaptation and H2 an accessible holiday club, both quantified.',
  columns: 2,
  txt: 'pdftotext',
  status: 'draft',
  yearGroup: 6,
  blocks: [
    { k: 'p', parts: ['Halbury County Council'], bold: true, size: 28 },
    { k: 'p', parts: ['DRAFT Education, Health and Care Plan'], bold: true, size: 28 },
    para('Name: Ines Abernethy-Sowah'),
    para('Date of birth: 06/06/2014'),
    para('School: Crickhollow Primary School, Year 6'),
    para('Draft issued: 3 March 2026'),
    heading('A. Views, interests and aspirations'),
    para(at('A'), 'Ines is 11. She loves wheelchair basketball, baking and writing stories. She wants to be a journalist. Her dad wants her secondary school to be one where she can get everywhere on her own.'),
    heading('B. Special educational needs'),
    para(at('B'), 'Ines has cerebral palsy affecting both legs and her right hand; she uses a manual wheelchair. Her handwriting is slow and tiring, so she writes far less than she knows. She tires by the afternoon and finds it hard to keep up with the pace of lessons.'),
    heading('C. Health needs'),
    para(at('C'), 'Ines has tight hamstrings and calves and wears ankle-foot orthoses. She is under the children\'s physiotherapy service and the orthotics clinic.'),
    heading('D. Social care needs'),
    para(at('D'), 'Ines cannot get into the upstairs bathroom at home, so her dad carries her; she has no accessible activities in the school holidays.'),
    heading('E. Outcomes'),
    para(at('E'), '1.', o('By July 2026, Ines will type a 300-word story in 30 minutes using her laptop.', 'mt')),
    para('2.', o('By July 2026, Ines will transfer from her wheelchair to the toilet with the help of one adult only.', 'mtP')),
    para('3.', o('Ines will be more confident.', '')),
    para('4.', o('By the end of Year 6, Ines will take off and put on her own coat and shoes after outdoor play, without adult help.', 'mtP')),
    heading('F. Special educational provision'),
    para(at('F'), '1.', p('A physiotherapy programme written by an NHS physiotherapist and carried out by a teaching assistant trained by the physiotherapist, 20 minutes every day in the medical room.', 'S apqfd')),
    para('2.', p('Handwriting and keyboard skills with an occupational therapist, 6 sessions of 45 minutes in the summer term.', 'S apfd')),
    para('3.', p('A laptop with word prediction software for all written work in every lesson.', 'S af')),
    para('4.', p('Regular rest breaks.', 'V a', ['regular'])),
    para('5.', p('Opportunities to take part in PE with adapted equipment.', 'V a', ['opportunities to'])),
    para('6.', p('Personal care from two teaching assistants trained in moving and handling, at lunchtime and whenever she needs the toilet, using the hoist in the hygiene room.', 'S apqf')),
    para('7.', p('Up to 3 hours a week of teaching assistant support in the afternoons.', 'V pfd', ['up to', 'support'])),
    heading('G. Health provision'),
    para(at('G'), '1.', p('A review by the NHS physiotherapist at school once a term, for 45 minutes, to update her programme.', 'S apfd')),
    para('2.', p('Orthotics input as required.', 'V', ['input', 'as required'])),
    heading('H1. Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)'),
    para(at('H1'), p('A ground-floor wet room at her father\'s home, built through a Disabled Facilities Grant and arranged by the council\'s occupational therapist by 31 October 2026.', 'S ap')),
    heading('H2. Other social care provision'),
    para(at('H2'), p('A place at the Halbury Accessible Holiday Club for 10 days each summer holiday and 4 days each Easter holiday, with 1:1 support from a club support worker.', 'S apfdg')),
    heading('I. Placement'),
    para(at('I'), 'To be named in the final plan.'),
    heading('J. Personal budget'),
    para(at('J'), 'No personal budget has been requested.'),
    heading('K. Advice and information'),
    para(at('K'), 'Parental advice (January 2026); Crickhollow Primary School (January 2026); NHS physiotherapy (February 2026); occupational therapy (February 2026); social care occupational therapist (February 2026).'),
  ],
};

// Combined tables with merged cells: B/F/E by area, and one table for health and social care.
const p89: DocSpec = {
  id: 'p89',
  description: 'HELD OUT. Word document whose needs, provision and outcomes are in combined tables with merged cells: a B-F-E table ("Area of need" | "Needs (Section B)" | "Provision (Section F)" | "Outcomes (Section E)") where the area, need and outcome cells each span the rows of two or three provision cells; and one health and social care table ("Section" | "Needs (C / D)" | "Provision (G / H1 / H2)" | "Outcomes (E)") whose first column is merged down ("Health – C and G" over three rows, "Social care – D and H" over two), its provision cells naming G, H1 or H2 by a prefix; PDF by LibreOffice and text by LibreOffice\'s export (each cell a line, a merged cell once); Year 11, final; specific learning difficulty, speech sound disorder, low mood; PfA outcomes (college, travel, part-time job); quantified lines beside "as appropriate", "should", "regular", "where possible" and "support" lines.',
  header: 'Wendlebury Borough Council – EHC Plan',
  footer: 'Page {page} of {pages}',
  txt: 'soffice',
  status: 'final',
  yearGroup: 11,
  blocks: [
    { k: 'p', parts: ['Wendlebury Borough Council'], bold: true, size: 28 },
    { k: 'p', parts: ['Education, Health and Care Plan – Final'], bold: true, size: 28 },
    { k: 'table', rows: [
      [cell(['Name']), cell(['Reuben Castellanos-Price'])],
      [cell(['Date of birth']), cell(['19/02/2010'])],
      [cell(['School and year']), cell(['Wendlebury Community College, Year 11'])],
      [cell(['Date of final plan']), cell(['12 January 2026'])],
    ] },
    heading('Section A – About me'),
    para(at('A'), 'I am Reuben, I am 15. I like football, fixing bikes and my dog. I want to go to college to be a bike mechanic and have my own workshop one day. Mum wants me to be able to get a job and not to be so down about school.'),
    heading('Sections B, F and E – Needs, provision and outcomes'),
    { k: 'table', head: true, rows: [
      [cell(['Area of need']), cell(['Needs (Section B)']), cell(['Provision (Section F)']), cell(['Outcomes (Section E)'])],
      [
        merged(3, ['Cognition and learning']),
        merged(3, [at('B'), 'Reuben has dyslexia; he reads at about the level of a 10-year-old and his spelling makes his writing hard to read. He is slow to copy from the board.']),
        cell([at('F'), p('Specialist literacy teaching 1:1 with a teacher holding an approved qualification in specific learning difficulties, 2 x 40 minutes a week.', 'S apqfdg', [], 'F')]),
        merged(3, [at('E'), o('By July 2026, Reuben will read a 500-word GCSE English source text and answer 6 of its 8 questions correctly.', 'mt')], [o('Reuben will improve his spelling.', '')]),
      ],
      [cell([p('Printed copies of all board work given at the start of every lesson.', 'S af', [], 'F')])],
      [cell([p('Reading support as appropriate.', 'V', ['support', 'as appropriate'], 'F')])],
      [
        merged(2, ['Communication and interaction']),
        merged(2, ['Reuben has a speech sound disorder; strangers cannot always understand him and he avoids speaking in class or on the phone.']),
        cell([p('Speech and language therapy from an NHS speech and language therapist in a block of 8 weekly sessions of 30 minutes in the spring term, then a review.', 'S apfd', [], 'F')]),
        merged(2, [o('By March 2026, Reuben will phone the college to book an open-day place, with his script, and be understood.', 'mtP')]),
      ],
      [cell([p('Staff should give Reuben time to answer.', 'V ap', ['should'], 'F')])],
      [
        merged(2, ['Social, emotional and mental health']),
        merged(2, ['Reuben has periods of low mood, says he is "thick" and has missed 15% of sessions this year.']),
        cell([p('A 30-minute session with the school counsellor every week during the autumn and spring terms.', 'S apfd', [], 'F')]),
        merged(2, [o('By the end of Year 11, Reuben will attend 95% of sessions.', 'mt')], [o('Reuben will feel better about himself.', '')]),
      ],
      [cell([p('Regular mentoring.', 'V a', ['regular'], 'F')])],
    ] },
    heading('Sections C, D, G and H – Health and social care'),
    { k: 'table', head: true, rows: [
      [cell(['Section']), cell(['Needs (C / D)']), cell(['Provision (G / H1 / H2)']), cell(['Outcomes (E)'])],
      [
        merged(3, ['Health – C and G']),
        merged(3, [at('C'), 'Reuben has low mood and has been referred to the children and young people\'s mental health service. He has hay fever that is bad in the summer exam season.']),
        cell([at('G'), 'G:', p('Six 50-minute sessions of cognitive behavioural therapy with a CAMHS practitioner at the Wendlebury clinic, fortnightly from February 2026.', 'S apfd', [], 'G')]),
        merged(3, [o('By June 2026, Reuben will use two strategies from his therapy to manage low mood, as reported by him at his review.', 'mtP')]),
      ],
      [cell(['G:', p('Hay fever medicine to be given where possible before exams.', 'V a', ['where possible'], 'G')])],
      [cell(['G:', p('The GP will review his mood every 3 months in a 15-minute appointment.', 'S apfd', [], 'G')])],
      [
        merged(2, ['Social care – D and H']),
        merged(2, [at('D'), 'Reuben is a young carer for his younger brother, who has a disability, and he misses out on time with friends.']),
        cell([at('H1'), 'H1: None.']),
        merged(2, [o('By September 2026, Reuben will go to a young carers\' evening with friends at least twice a month.', 'mtP')]),
      ],
      [cell([at('H2'), 'H2:', p('A place at the Wendlebury Young Carers Club every Thursday from 6pm to 8pm, run by the Young Carers Service, with a youth worker.', 'S apfd', [], 'H2')])],
    ] },
    heading('Section I – Placement'),
    para(at('I'), 'Wendlebury Community College (mainstream secondary academy) until July 2026.'),
    heading('Section J – Personal budget'),
    para(at('J'), 'No personal budget.'),
    heading('Section K – Advice and information'),
    para(at('K'), 'Parent and young person (November 2025); Wendlebury Community College (November 2025); educational psychologist (December 2025); NHS speech and language therapy (December 2025).'),
  ],
};

// National template filled by another authority for a young adult (aged 21, PfA outcomes).
const p90: NationalSpec = {
  id: 'p90',
  description: 'HELD OUT. National template, a young man aged 21 at a specialist post-19 college (no year group), FINAL; autism with a moderate learning disability, anxiety, weight and pre-diabetes; preparing-for-adulthood outcomes throughout (work, travel, cooking, friends, health), some SMART and some not; quantified job-coach, travel-training, cooking and communication lines beside "as appropriate", "support", "opportunities to", "access to", "when needed" and "will be considered" lines; dietitian and GP lines in C-G-E; H1 personal assistant hours and H2 a supported-living assessment in one D-H1-H2-E row, H1 empty and H2 a befriending line in the next; direct payment in J; unused rows deleted; three text shapes.',
  form: 'filled',
  banner: ['Cressingham Shire Council – Preparing for Adulthood Service', 'FINAL Education, Health and Care Plan – issued 4 February 2026'],
  fields: frontSheet(
    { name: 'Lorcan Mwangi-Sheffield', preferred: 'Lorcan', dob: '22/08/2004', sex: 'Male', ethnicity: 'Mixed – White and Black African', lang: 'English', parentLang: 'English',
      parent1: ['Ruth Sheffield', 'Mother', 'ruth.sheffield@example.org', '07700 900931', '5 Kiln Row, Cressingham'] },
    { setting: 'Thornbeck Specialist College (post-19, day), second year of the Pathways to Work programme', gp: 'Kiln Row Surgery; Cressingham Adult Learning Disability Health Team', nhs: '733 902 1157',
      socialCare: 'Yes – Adult Social Care (Learning Disability)', others: 'Community dietitian; job coach (Thornbeck Specialist College)', lac: 'No', wasLac: 'No', onePage: 'Yes', movedIn: 'No' },
  ),
  a1: {
    history: 'Lorcan was diagnosed with autism at 6 and went to a special school until 19. He joined Thornbeck Specialist College in September 2024.',
    communication: 'Lorcan speaks in short sentences and likes written lists; he needs extra time to answer.',
  },
  a2: {
    child_views: 'I want a job in a bike shop or a garden centre. I want my own flat with my friend Tariq.',
    family_views: 'His mum wants Lorcan to be safe, to have a job he enjoys and to live near her.',
    interests: 'Cycling, gardening, Formula 1 and cooking pasta.',
    strengths: 'Lorcan is punctual, careful and kind, and he remembers routes very well.',
    aspirations: 'To work in a bike shop, live with a friend and ride in a charity cycle event.',
  },
  areas: {
    communication_interaction: {
      strengths: 'Lorcan follows a written list on his own.',
      rows: [
        {
          need: 'Lorcan does not ask for help when he is stuck and finds talking to customers or strangers very hard.',
          provision: [
            p('A speech and language therapist from the college will run a workplace communication group of no more than 5 students for 1 hour every week, practising asking for help and talking to customers.', 'S apfdg'),
            p('Communication support from staff as appropriate.', 'V p', ['support', 'as appropriate']),
          ],
          outcome: o('By July 2026, Lorcan will ask his supervisor for help when he is stuck on a task on 4 out of 5 placement days.', 'mtP'),
        },
      ],
    },
    cognition_learning: {
      strengths: 'Lorcan can count money up to £20 and read familiar signs.',
      rows: [
        {
          need: 'Lorcan cannot yet follow a recipe or plan a new journey on his own, and he forgets the steps of a long task.',
          provision: [
            p('Independent travel training by the college\'s travel trainer, 2 sessions of 2 hours a week in the autumn term, on the bus routes to his placement and the town centre.', 'S apfd'),
            p('A cookery lesson of 90 minutes every Wednesday in the college training flat, taught by a food technology tutor in a group of no more than 4.', 'S apfdg'),
            p('Opportunities to practise budgeting.', 'V a', ['opportunities to']),
          ],
          outcome: [
            o('By December 2026, Lorcan will travel by bus from home to his work placement and back on his own, 3 days a week.', 'mtP'),
            o('Lorcan will be more independent in the kitchen.', 'P'),
          ],
        },
      ],
    },
    semh: {
      strengths: 'Lorcan has two friends at college.',
      rows: [
        {
          need: 'Lorcan becomes very anxious when plans change and has left his placement twice without telling anyone.',
          provision: [
            p('A job coach with Lorcan on his bike-shop placement for 12 hours a week in the autumn term and 6 hours a week in the spring term, to teach him each new task and check his work.', 'S apfd'),
            p('Access to the college wellbeing room.', 'V a', ['access to']),
          ],
          outcome: o('By his next annual review, Lorcan will tell his job coach or supervisor when he feels anxious instead of leaving the placement.', 'mtP'),
        },
      ],
    },
  },
  health: {
    strengths: 'Lorcan cycles most days.',
    rows: [
      {
        need: 'Lorcan is overweight and has pre-diabetes (blood test, October 2025); he eats mostly takeaway food.',
        provision: [
          p('Four 45-minute appointments with a community dietitian over the next 12 months, with a picture meal plan he can use at college and at home.', 'S apfd'),
          p('A blood sugar test at the GP surgery every 6 months.', 'V af'),
        ],
        outcome: o('By February 2027, Lorcan will choose a healthy lunch from his picture meal plan on 4 out of 5 college days.', 'mtP'),
      },
      {
        need: 'Lorcan has difficulty getting to sleep and has been prescribed melatonin.',
        provision: [p('Medication review when needed.', 'V a', ['when needed'])],
        outcome: o('By his next annual review, Lorcan will take his melatonin himself at 9pm each night, using a phone alarm.', 'mtP'),
      },
    ],
  },
  social: {
    strengths: 'Lorcan gets on well with his mum and his neighbours.',
    rows: [
      {
        need: 'Lorcan cannot yet go into town, shop or use a cash machine on his own, and his mum, who has arthritis, cannot keep taking him.',
        h1: p('A personal assistant for 8 hours a week (two 4-hour sessions), funded by a direct payment, to go shopping, to the gym and to the cycling club with Lorcan.', 'S apfd'),
        h2: p('An assessment for supported living by a social worker from the Adult Learning Disability Team, completed by 30 June 2026.', 'S ap'),
        outcome: o('By December 2026, Lorcan will buy his weekly food in a supermarket and pay with his own bank card, with his PA nearby.', 'mtP'),
      },
      {
        need: 'Lorcan is lonely at weekends when college is closed.',
        h1: '',
        h2: p('A befriending service will be considered.', 'V a', ['will be considered']),
        outcome: o('By the summer of 2026, Lorcan will go to a weekend cycling club twice a month.', 'mtP'),
      },
    ],
  },
  placement: { name: 'Thornbeck Specialist College', type: 'Independent specialist post-19 college (day)' },
  directPayments: { details: 'A direct payment for the personal assistant hours in H1, managed by Ruth Sheffield.', arrangements: 'Paid every four weeks into a managed account.' },
  advice: [
    ['Parental advice', '12 December 2025', 'Ruth Sheffield', 'YES'],
    ['Educational advice', '15 December 2025', 'Thornbeck Specialist College', 'YES'],
    [undefined, '8 January 2026', 'Adult Learning Disability Team', 'YES'],
    [undefined, '13 January 2026', 'Community dietitian', 'YES'],
  ],
  signOff: ['H. Okonjo, Preparing for Adulthood Co-ordinator', 'H. Okonjo', '4 February 2026'],
  unfilled: 'empty',
  unusedRows: 'remove',
  status: 'final',
  yearGroup: null,
  txt: 'both',
};

// The ninth held-out set (p101-p106, set-i.ts) is built and listed with this one; so are p107-p112
// (set-j.ts), p113-p115 (set-k.ts), the base plans of compare set 10, p116-p121 (set-l.ts), p122-p127
// (set-m.ts), p128-p133 (set-n.ts) and p134-p139 (set-o.ts).
export const FLATTENED_HOLDOUT_6: FlatSpec[] = [p86, p87, ...FLATTENED_HOLDOUT_I, ...FLATTENED_HOLDOUT_J, ...FLATTENED_HOLDOUT_K, ...FLATTENED_HOLDOUT_L, ...FLATTENED_HOLDOUT_M, ...FLATTENED_HOLDOUT_N, ...FLATTENED_HOLDOUT_O, ...FLATTENED_HOLDOUT_P, ...FLATTENED_HOLDOUT_Q, ...FLATTENED_HOLDOUT_R, ...FLATTENED_HOLDOUT_S, ...FLATTENED_HOLDOUT_T];
export const DOCFORM_HOLDOUT: DocSpec[] = [p88, p89, ...DOCFORM_HOLDOUT_I, ...DOCFORM_HOLDOUT_J, ...DOCFORM_HOLDOUT_K, ...DOCFORM_HOLDOUT_L, ...DOCFORM_HOLDOUT_M, ...DOCFORM_HOLDOUT_N, ...DOCFORM_HOLDOUT_O, ...DOCFORM_HOLDOUT_P, ...DOCFORM_HOLDOUT_Q, ...DOCFORM_HOLDOUT_R, ...DOCFORM_HOLDOUT_S, ...DOCFORM_HOLDOUT_T];
export const NATIONAL_HOLDOUT_6: NationalSpec[] = [p90, ...NATIONAL_HOLDOUT_I, ...NATIONAL_HOLDOUT_J, ...NATIONAL_HOLDOUT_K, ...NATIONAL_HOLDOUT_L, ...NATIONAL_HOLDOUT_M, ...NATIONAL_HOLDOUT_N, ...NATIONAL_HOLDOUT_O, ...NATIONAL_HOLDOUT_P, ...NATIONAL_HOLDOUT_Q, ...NATIONAL_HOLDOUT_R, ...NATIONAL_HOLDOUT_S, ...NATIONAL_HOLDOUT_T];
