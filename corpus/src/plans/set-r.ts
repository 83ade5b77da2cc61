// Plans p152-p157: a seventeenth held-out set (8 December 2026), written and labelled blind: the analyser,
// its rules, its tests and its accuracy scripts were not read or run. Invented children, places and
// authorities; labels from shared/rubric-reference.md, corpus/AUDIT.md and the rulings in
// corpus/HOLDOUT-FIRST-SIGHT.md only. HELD OUT: never tune rules on them.
//   p152 a Word form whose F is one landscape table "Area of need | Provision | Staffing/ratio | Frequency &
//   duration | Responsible" with the area cells, and some Responsible and Staffing cells, merged down over
//   several rows; text pdftotext -raw (DocSpec). p153 the national template filled by an LA that types
//   reference codes into the cells: each provision paragraph "F2.1 … (→ E2.1)", each outcome "E2.1 …"
//   (NationalSpec). p154 a text plan whose sections are numbered "1. …" to "11. …" with no letters (one
//   social care section), outcomes "By the end of Key Stage 2 …" each with "Steps towards this outcome:"
//   (FlatSpec). p155 a Year 11 phase-transfer plan whose F is two tables, provision until July 2027 at
//   school and from September 2027 at college, and whose I names both (DocSpec). p156 an EOTAS plan (education
//   otherwise than at school) hard-wrapped as an e-mail, F a bulleted "package" of tutors and activities
//   (FlatSpec). p157 a half-filled national-template DRAFT: front sheet, A and three area tables filled, the rest
//   still showing placeholders and guidance (NationalSpec).
// They join the set-6 lists (set6.ts), so the build and the held-out lists take them as they are.
import { p, o } from '../dsl.ts';
import { at, type FlatSpec } from '../flattened.ts';
import { cell, heading, merged, para, type DocCell, type DocSpec } from '../docform.ts';
import type { NationalSpec } from '../national/spec.ts';
import { frontSheet } from './national.ts';

const label = (l: string, v: string): DocCell[] => [cell([l]), cell([v])];
const sub = (t: string) => ({ k: 'p' as const, parts: [t], bold: true });

// p152: landscape F table with merged Area, Staffing and Responsible cells.
const p152: DocSpec = {
  id: 'p152',
  description: 'HELD OUT. Word document by script, Year 8, FINAL; **Section F one table on a landscape page "Area of need | Provision | Staffing/ratio | Frequency & duration | Responsible"**, the area cells merged down over their rows, two Responsible cells and one Staffing/ratio cell merged over two rows each; each row one statement quoted by its Provision cell and judged with its row; E a numbered list; text pdftotext -raw of LibreOffice\'s PDF; DLD, number, anxiety, motor; epilepsy in C and **G "None identified at this time."** (healthNeedsWithoutProvision); quantified SaLT, an ELKLAN-trained TA programme, pre-teaching, Numbers Count, precision teaching, a key-adult check-in, Lego-based therapy, writing slope beside an unnamed "Literacy intervention as deemed appropriate" with "To be agreed", "as required", "Regularly".',
  header: 'Kestrelford City Council – Education, Health and Care Plan',
  footer: 'Tobias Renwick-Adeyemi – FINAL – Page {page} of {pages}',
  txt: 'pdftotext',
  status: 'final',
  yearGroup: 8,
  blocks: [
    { k: 'p', parts: ['Kestrelford City Council – SEND Assessment and Review Team'], bold: true, size: 28 },
    { k: 'p', parts: ['Education, Health and Care Plan – FINAL, issued 2 December 2026'], bold: true, size: 28 },
    { k: 'table', widths: [35, 65], rows: [
      label('Name', 'Tobias Renwick-Adeyemi'),
      label('Date of birth', '21/05/2013'),
      label('School', 'Harlow Bank Academy, Year 8'),
    ] },
    heading('Section A – Views, interests and aspirations'),
    para(at('A'), 'Tobias likes drumming, fishing with his grandad and making videos. He says: "I want to be a sound engineer." His mum wants him to be less worried about school and to stay safe with his epilepsy.'),
    heading('Section B – Special educational needs'),
    para(at('B'), 'Tobias has a developmental language disorder: he has a small vocabulary and finds it hard to tell events in order. His number skills are at about a Year 4 level. He becomes anxious in busy places and leaves lessons when he is worried. His handwriting is slow and untidy.'),
    heading('Section C – Health needs'),
    para(at('C'), 'Tobias has epilepsy (absence seizures and occasional tonic-clonic seizures). He takes medication twice a day and has an emergency rescue medication plan. He is under the paediatric neurology team at Kestrelford General Hospital.'),
    heading('Section D – Social care needs'),
    para(at('D'), 'Tobias has no social care needs.'),
    heading('Section E – Outcomes'),
    para(at('E'), '1.', o('By the end of Year 8, Tobias will retell a story or event in 6 or more sentences in the right order, in 4 out of 5 attempts.', 'mt')),
    para('2.', o('By July 2027, Tobias will recall number bonds to 20 and times tables to 10 x 10 with 90% accuracy.', 'mt')),
    para('3.', o('Tobias will feel more confident in lessons.', '')),
    para('4.', o('By Easter 2027, Tobias will use his time-out card instead of leaving the room without permission, on 4 out of 5 occasions.', 'mt')),
    para('5.', o('By the end of Key Stage 3, Tobias will travel to school on the 42 bus on his own.', 'mtP')),
    para('6.', o('Tobias will know what to do if he feels a seizure coming.', 'P')),
    { k: 'section', landscape: true },
    heading('Section F – Special educational provision'),
    { k: 'table', head: true, widths: [16, 32, 18, 18, 16], rows: [
      [cell(['Area of need']), cell(['Provision']), cell(['Staffing/ratio']), cell(['Frequency & duration']), cell(['Responsible'])],
      [merged(3, ['Communication and interaction']), cell([at('F'), p('Speech and language therapy on narrative and vocabulary', 'S apqfdg')]), cell(['HCPC-registered speech and language therapist, 1:1']), cell(['45 minutes every 2 weeks']), merged(2, ['Kestrelford Community NHS Trust speech and language therapy service'])],
      [cell([p('A programme of vocabulary and narrative activities set by the therapist', 'S apqfdg')]), cell(['Teaching assistant trained in ELKLAN, 1:1']), cell(['3 x 20 minutes a week'])],
      [cell([p('Key vocabulary for each new topic pre-taught', 'S apfd')]), cell(['Subject teachers']), cell(['15 minutes before each new topic']), cell(['Head of Year 8'])],
      [merged(3, ['Cognition and learning']), cell([p('Numeracy catch-up using the Numbers Count programme', 'S apfdg')]), cell(['Teaching assistant, group of up to 3']), cell(['3 x 30 minutes a week']), merged(2, ['SENCo'])],
      [cell([p('Precision teaching of number facts', 'S apfdg')]), cell(['Teaching assistant, 1:1']), cell(['10 minutes daily'])],
      [cell([p('Literacy intervention as deemed appropriate by the school', 'V p', ['intervention', 'as deemed appropriate', 'To be agreed'])]), cell(['Learning support assistant']), cell(['To be agreed']), cell(['SENCo'])],
      [merged(3, ['Social, emotional and mental health']), cell([p('Check-in with his key adult at the start of the day', 'S apfd')]), cell(['Key adult (a named teaching assistant)']), cell(['Daily, 10 minutes, 8.40 to 8.50']), merged(2, ['Pastoral lead'])],
      [cell([p('Lego-based therapy group', 'S apqfdg')]), cell(['Teaching assistant trained in Lego-based therapy, group of 3']), cell(['Weekly, 45 minutes, for 10 weeks'])],
      [cell([p('Time out of class when anxious, as required', 'V a', ['as required'])]), cell(['–']), cell(['As required']), cell(['Pastoral lead'])],
      [merged(2, ['Sensory and/or physical']), cell([p('Movement breaks', 'V ap', ['Regularly'])]), merged(2, ['Teaching assistant']), cell(['Regularly throughout the day']), cell(['Class teachers'])],
      [cell([p('A writing slope and pencil grip for all written work', 'S apf')]), cell(['All lessons']), cell(['Class teachers'])],
    ] },
    { k: 'section' },
    heading('Section G – Health provision'),
    para(at('G'), 'None identified at this time.'),
    heading('Section H1 – Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)'),
    para(at('H1'), 'None.'),
    heading('Section H2 – Other social care provision'),
    para(at('H2'), 'None.'),
    heading('Section I – Placement'),
    para(at('I'), 'Harlow Bank Academy (mainstream 11-16 academy).'),
    heading('Section J – Personal budget'),
    para(at('J'), 'No personal budget has been requested.'),
    heading('Section K – Advice and information'),
    para(at('K'), 'Tobias and his mother (September 2026); Harlow Bank Academy (September 2026); speech and language therapy (October 2026); educational psychologist (October 2026); paediatric neurology (October 2026).'),
  ],
  checks: { healthNeedsWithoutProvision: true },
};

// p153: the national template with typed reference codes "F2.1 … (→ E2.1)" and "E2.1 …".
const F = (code: string, prov: ReturnType<typeof p>, links: string) => ({ run: [`${code} `, prov, ` (→ ${links})`] });
const E = (code: string, out: ReturnType<typeof o>) => ({ run: [`${code} `, out] });
const p153: NationalSpec = {
  id: 'p153',
  description: 'HELD OUT. National template, Year 9, FINAL, filled by an LA that types reference codes into the cells: **each provision paragraph "F2.1 <provision> (→ E2.1)" and each outcome paragraph "E2.1 <outcome>"** (code and link are not part of the statement), two rows in cognition and learning, one in each other area, one C-G-E row and one D-H1-H2-E row; unused rows deleted; three text shapes; autism, inference, organisation, anxiety, noise sensitivity, sleep; quantified Socially Speaking group, Inference Training, a planner check, counselling, ear defenders, an OT assessment by a date beside "where appropriate", "support", "Access to … if required"; G a melatonin review with no length; D a need for a break for his mother met by overnight short breaks in H2; PfA outcomes (peers, GCSE options, sleep, community); no check true.',
  form: 'filled',
  banner: ['Hollinmoor County Council – Special Educational Needs Service', 'FINAL Education, Health and Care Plan – issued 1 December 2026', 'Provision is numbered by area (F1.1, F2.1 …) and linked to the outcome it works towards (→ E1.1).'],
  fields: frontSheet(
    { name: 'Kai Ashworth-Banerjee', preferred: 'Kai', dob: '09/01/2012', sex: 'Male', ethnicity: 'Mixed – White and Asian', lang: 'English', parentLang: 'English',
      parent1: ['Priya Ashworth', 'Mother', 'p.ashworth@example.org', '07700 900318', '3 Furnace Yard, Hollinmoor'] },
    { setting: 'Tanner\'s Brook School, Year 9', gp: 'Furnace Yard Medical Practice', nhs: '000 000 0000',
      socialCare: 'Yes – short breaks', others: 'Speech and language therapy; occupational therapy; community paediatrician', lac: 'No', wasLac: 'No', onePage: 'Yes', movedIn: 'No' },
  ),
  a1: {
    history: 'Kai was diagnosed with autism at 7. He has been at Tanner\'s Brook School since Year 7 with SEN support, then this plan from Year 8.',
    communication: 'Kai prefers written information and time to think before he answers.',
  },
  a2: {
    child_views: 'Kai says: "I like trains, coding and my cat. I don\'t like the noise in the canteen."',
    family_views: 'His mother wants Kai to have friends and to sleep better, and needs some breaks herself.',
    interests: 'Trains, coding, Minecraft.',
    strengths: 'Kai is honest, has an excellent memory and is good at maths.',
    aspirations: 'Kai would like to work on the railways as a signalling engineer.',
  },
  areas: {
    communication_interaction: {
      strengths: 'Kai talks in detail about his interests.',
      rows: [{
        need: 'Kai finds it hard to start and keep up conversations with other young people and to read their body language.',
        provision: [
          F('F1.1', p('Social communication group using the Socially Speaking programme, 45 minutes a week, in a group of 4, led by a teaching assistant trained by the speech and language therapist.', 'S apqfdg'), 'E1.1'),
          F('F1.2', p('Use of visual supports where appropriate.', 'V a', ['where appropriate']), 'E1.1'),
        ],
        outcome: E('E1.1', o('By July 2027, Kai will start and hold a conversation with a peer at lunchtime for at least 4 turns on 3 days a week.', 'mtP')),
      }],
    },
    cognition_learning: {
      strengths: 'Kai is working at the expected level in maths and computing.',
      rows: [
        {
          need: 'Kai reads accurately but struggles to infer meaning from what he reads.',
          provision: F('F2.1', p('Reading comprehension sessions using Inference Training, 2 x 30 minutes a week, in a group of up to 5, delivered by a higher level teaching assistant.', 'S apfdg'), 'E2.1'),
          outcome: E('E2.1', o('By the end of Year 9, Kai will answer 8 out of 10 inference questions correctly about a text at his reading level.', 'mt')),
        },
        {
          need: 'Kai loses homework and forgets equipment; he finds choosing between options stressful.',
          provision: [
            F('F2.2', p('A daily check of his planner with his tutor at morning registration, 5 minutes.', 'S apfd'), 'E2.2'),
            F('F2.3', p('Homework support.', 'V', ['support']), 'E2.2'),
          ],
          outcome: [
            E('E2.2', o('Kai will be more organised.', '')),
            E('E2.3', o('By March 2027, Kai will choose his GCSE options after a careers interview, with his choices recorded at his Year 9 review.', 'mtP')),
          ],
        },
      ],
    },
    semh: {
      strengths: 'Kai is calm when he knows what is happening.',
      rows: [{
        need: 'Kai becomes overwhelmed by changes and crowds, shuts down and sometimes runs out of the building.',
        provision: [
          F('F3.1', p('Sessions with the school counsellor, 50 minutes a week for 10 weeks, 1:1.', 'S apfdg'), 'E3.1'),
          F('F3.2', p('Access to a quiet space at unstructured times if required.', 'V af', ['Access to', 'if required']), 'E3.1'),
        ],
        outcome: E('E3.1', o('By February 2027, Kai will use his exit card and go to the library when he feels overwhelmed, on 4 out of 5 occasions recorded by staff.', 'mt')),
      }],
    },
    sensory_physical: {
      strengths: 'Kai manages well in small, quiet rooms.',
      rows: [{
        need: 'Kai is very sensitive to noise and avoids the dining hall.',
        provision: [
          F('F4.1', p('An occupational therapy sensory assessment by an HCPC-registered occupational therapist by 31 January 2027.', 'S apq'), 'E4.1'),
          F('F4.2', p('Ear defenders for assemblies, the dining hall and fire drills.', 'S af'), 'E4.1'),
        ],
        outcome: E('E4.1', o('By July 2027, Kai will eat his lunch in the dining hall on at least 3 days a week.', 'mt')),
      }],
    },
  },
  health: {
    strengths: 'Kai is physically healthy.',
    rows: [{
      need: 'Kai has difficulty getting to sleep and takes melatonin prescribed by the community paediatrician.',
      provision: F('G5.1', p('A review of his melatonin by the community paediatrician every 6 months.', 'V apf'), 'E5.1'),
      outcome: E('E5.1', o('By his next annual review, Kai will be asleep by 10 pm on 5 school nights out of 7, as his sleep diary shows.', 'mtP')),
    }],
  },
  social: {
    strengths: 'Kai lives with his mother and his younger sister.',
    rows: [{
      need: 'Kai\'s mother cares for him alone and the social care assessment (October 2026) found she needs regular breaks.',
      h1: 'None.',
      h2: F('H6.1', p('Overnight short breaks at Brackenway House, 2 nights a month.', 'S af'), 'E6.1'),
      outcome: E('E6.1', o('By July 2027, Kai will take part in one planned activity in the community, such as bowling or swimming, on each short-break stay.', 'mtP')),
    }],
  },
  placement: { name: 'Tanner\'s Brook School', type: 'Mainstream community secondary school' },
  directPayments: { details: 'No personal budget has been requested.', arrangements: '' },
  advice: [
    ['Parental advice', '10 September 2026', 'Priya Ashworth', 'YES'],
    ['Educational advice', '17 September 2026', 'Tanner\'s Brook School', 'YES'],
    [undefined, '1 October 2026', 'Speech and language therapy', 'YES'],
    [undefined, '8 October 2026', 'Community paediatrician', 'YES'],
    [undefined, '15 October 2026', 'Children\'s social care', 'YES'],
  ],
  signOff: ['M. Thistlewood, SEN Case Officer', 'M. Thistlewood', '1 December 2026'],
  unfilled: 'empty',
  unusedRows: 'remove',
  status: 'final',
  yearGroup: 9,
  txt: 'both',
};

// p154: sections numbered 1-11, no letters; Key Stage 2 outcomes with steps.
const p154: FlatSpec = {
  id: 'p154',
  description: 'HELD OUT. Plain text of a FINAL plan for Year 4 whose **sections are numbered "1. Child\'s views, interests and aspirations" to "11. Advice and information" with no letters** (1=A … 7=G, **8 one "Social care provision" section (single H)**, 9=I, 10=J, 11=K); **outcomes "Outcome 1 (Communication): By the end of Key Stage 2, …" each followed by "Steps towards this outcome:" and dash-led steps** (each step an outcome, as p35\'s 12-month steps); DOCX and PDF by LibreOffice from the text; moderate hearing loss, language, reading, dressing, friendships; quantified ToD visits, radio aid, SaLT blocks, 1:1 reading, a friendship group beside "as and when required", a "differentiated curriculum", "Help … reduced over time", small-group maths with no amount; G audiology with no who; no check true.',
  status: 'final',
  yearGroup: 4,
  lines: [
    ['Penhallow County Council'],
    ['Education, Health and Care Plan'],
    ['Final plan issued 30 November 2026'],
    ['Name: Freya Lindqvist-Osei'],
    ['Date of birth: 02/06/2017'],
    ['School: Trewithen Church of England Primary School (Year 4)'],
    [''],
    ['1. Child\'s views, interests and aspirations'],
    [at('A'), 'Freya loves horses, swimming and her little brother. She says: "I want to look after animals when I grow up." Her parents want her to keep up with her friends and to do more for herself.'],
    [''],
    ['2. Special educational needs'],
    [at('B'), 'Freya has a moderate hearing loss in both ears and wears hearing aids. Her understanding of spoken language and her vocabulary are about two years behind her age. She reads at about a Year 2 level. She needs help to dress after swimming and PE and is sometimes left out at lunchtime.'],
    [''],
    ['3. Health needs'],
    [at('C'), 'Freya\'s hearing is monitored by the Penhallow audiology service. Her hearing aids need regular checks and new earmoulds as she grows.'],
    [''],
    ['4. Social care needs'],
    [at('D'), 'None identified.'],
    [''],
    ['5. Outcomes'],
    [at('E'), 'Outcome 1 (Communication):', o('By the end of Key Stage 2, Freya will follow a three-part spoken instruction in class without a repeat, in 4 out of 5 observations.', 'mt')],
    ['Steps towards this outcome:'],
    ['-', o('By July 2027, Freya will follow two-part instructions given to the whole class in 4 out of 5 observations.', 'mt')],
    ['-', o('Freya will listen better in assemblies.', '')],
    ['Outcome 2 (Learning):', o('By the end of Key Stage 2, Freya will make good progress in reading.', 't')],
    ['Steps towards this outcome:'],
    ['-', o('By July 2027, Freya will read the first 200 high-frequency words with 95% accuracy.', 'mt')],
    ['Outcome 3 (Independence):', o('By the end of Key Stage 2, Freya will get herself ready for swimming and dress herself afterwards without adult help.', 'mtP')],
    ['Steps towards this outcome:'],
    ['-', o('By Easter 2027, Freya will do up the buttons on her school cardigan by herself.', 'mtP')],
    ['Outcome 4 (Friendships):', o('By the end of Key Stage 2, Freya will have two friends she plays with at lunchtime.', 'mtP')],
    [''],
    ['6. Special educational provision'],
    [at('F'), 'Communication and hearing'],
    [p('Visits from a qualified teacher of the deaf from the Penhallow Sensory Support Service, 1 hour every half term, to check her equipment and advise staff.', 'S apqfd')],
    [p('A radio aid used by all adults teaching Freya, in every lesson and assembly.', 'S apf')],
    [p('Speech and language therapy from an HCPC-registered speech and language therapist, a block of 6 weekly 30-minute sessions each term, 1:1.', 'S apqfdg')],
    [p('Deaf awareness training for staff as and when required.', 'V a', ['as and when required'])],
    ['Learning'],
    [p('Daily 1:1 reading with a teaching assistant, 10 minutes, using Rapid Phonics readers.', 'S apfdg')],
    [p('Small group maths teaching with pre-teaching of vocabulary.', 'V ag')],
    [p('A differentiated curriculum.', 'V', ['differentiated'])],
    ['Independence and friendships'],
    [p('A lunchtime friendship group run by a teaching assistant, 20 minutes twice a week, up to 5 pupils.', 'S apfdg')],
    [p('Help with dressing for PE and swimming, reduced over time.', 'V f', ['Help', 'reduced over time'])],
    [''],
    ['7. Health provision'],
    [at('G'), p('Hearing tests and hearing aid reviews at the Penhallow audiology clinic every 6 months.', 'V af')],
    [''],
    ['8. Social care provision'],
    [at('H'), 'There is no social care provision.'],
    [''],
    ['9. Placement'],
    [at('I'), 'Trewithen Church of England Primary School (mainstream voluntary controlled primary school).'],
    [''],
    ['10. Personal budget'],
    [at('J'), 'No personal budget has been requested.'],
    [''],
    ['11. Advice and information'],
    [at('K'), 'Freya and her parents (September 2026); Trewithen Church of England Primary School (September 2026); Penhallow Sensory Support Service (October 2026); speech and language therapy (October 2026); audiology (October 2026).'],
  ],
};

// p155: a phase-transfer plan, F two tables (school until July 2027, college from September 2027).
const row3 = (prov: ReturnType<typeof p>, who: string, when: string, mark?: ReturnType<typeof at>): DocCell[] =>
  [cell([...(mark ? [mark] : []), prov]), cell([who]), cell([when])];
const provHead = (): DocCell[] => [cell(['Provision']), cell(['Who']), cell(['How often and for how long'])];
const p155: DocSpec = {
  id: 'p155',
  description: 'HELD OUT. Word document by script, Year 11, FINAL, amended at the phase-transfer review; **Section F two three-column tables "Provision | Who | How often and for how long", the first under "Until 31 July 2027 – Year 11 at Millbrook Lane School", the second under "From 1 September 2027 – Ashcombe College, Foundation Studies"**; **Section I names both, the school until July 2027 and the college from September 2027** (a placement, no check); LibreOffice text export; MLD, dyspraxia, anxiety, travel; quantified functional skills English, touch typing, transition visits, a study programme, tutorial, job coach beside "As required", "Ongoing", "support … to be confirmed", "Access to … If needed"; G a paediatric review "if required"; D a young carer met by a specific H2; PfA outcomes (travel, work experience, cooking, friends); no check true.',
  header: 'Ashcombe Borough Council – EHC Plan (amended)',
  footer: 'Owen Fairbrass-Nkemelu – FINAL – Page {page} of {pages}',
  txt: 'soffice',
  status: 'final',
  yearGroup: 11,
  blocks: [
    { k: 'p', parts: ['Ashcombe Borough Council'], bold: true, size: 28 },
    { k: 'p', parts: ['Education, Health and Care Plan – FINAL (amended after the phase-transfer review), 4 December 2026'], bold: true, size: 28 },
    { k: 'table', widths: [35, 65], rows: [
      label('Name', 'Owen Fairbrass-Nkemelu'),
      label('Date of birth', '30/10/2010'),
      label('Current school', 'Millbrook Lane School, Year 11'),
      label('Post-16 setting', 'Ashcombe College from September 2027'),
    ] },
    heading('Section A – Views, interests and aspirations'),
    para(at('A'), 'Owen is 16. He likes building things, football and cooking with his nan. He says: "I want to be a bricklayer and earn my own money." His dad wants him to go to college and to get there on his own.'),
    heading('Section B – Special educational needs'),
    para(at('B'), 'Owen has moderate learning difficulties and dyspraxia. His reading and writing are at about Entry Level 2 and he writes very slowly. He is anxious in new places and with new people. He cannot yet travel on his own.'),
    heading('Section C – Health needs'),
    para(at('C'), 'Owen\'s dyspraxia was diagnosed by the community paediatrician, who still sees him.'),
    heading('Section D – Social care needs'),
    para(at('D'), 'Owen helps to care for his younger brother, who has cerebral palsy. His young carer\'s assessment (September 2026) found he has little time for himself.'),
    heading('Section E – Outcomes'),
    para(at('E'), o('By July 2027, Owen will pass Entry Level 3 Functional Skills English.', 'mt')),
    para(o('By July 2027, Owen will type 25 words a minute with 90% accuracy.', 'mt')),
    para(o('By September 2027, Owen will travel on his own by bus from home to Ashcombe College and back.', 'mtP')),
    para(o('By July 2028, Owen will complete a 10-week work experience placement with a building firm, attending on at least 9 of the 10 days.', 'mtP')),
    para(o('By July 2028, Owen will cook three simple meals on his own at home.', 'mtP')),
    para(o('Owen will make friends at college.', 'P')),
    para(o('Owen will be confident in new situations.', '')),
    heading('Section F – Special educational provision'),
    sub('Until 31 July 2027 – Year 11 at Millbrook Lane School'),
    { k: 'table', head: true, widths: [50, 25, 25], rows: [
      provHead(),
      row3(p('Functional skills English in a group of 6', 'S apfdg'), 'English teacher', '3 x 50 minutes a week', at('F')),
      row3(p('Touch-typing practice on the Dance Mat Typing programme', 'S apfd'), 'Teaching assistant', '15 minutes daily'),
      row3(p('Transition visits to Ashcombe College', 'S apfd'), 'Transition worker from the college', 'Six half-day visits in the summer term 2027'),
      row3(p('Travel training on the route to the college', 'V ap', ['As required']), 'Independent travel trainer (Ashcombe Travel Team)', 'As required'),
      row3(p('Careers guidance', 'V ap', ['Ongoing']), 'Careers adviser', 'Ongoing'),
    ] },
    sub('From 1 September 2027 – Ashcombe College, Foundation Studies'),
    { k: 'table', head: true, widths: [50, 25, 25], rows: [
      provHead(),
      row3(p('A study programme of Entry Level 3 Construction, English and maths functional skills and employability', 'S apf'), 'Course tutors', 'Full time: 16 hours a week over 4 days'),
      row3(p('In-class learning support in practical lessons', 'V pf', ['support', 'to be confirmed']), 'Learning support assistant', 'Hours to be confirmed by the college'),
      row3(p('A tutorial with his personal tutor, 1:1', 'S apfdg'), 'Personal tutor', 'Weekly, 30 minutes'),
      row3(p('A supported work experience placement with a job coach', 'S apfd'), 'Job coach (college employability team)', '1 day a week in the spring and summer terms 2028'),
      row3(p('Access to the college wellbeing service', 'V a', ['Access to', 'If needed']), 'College wellbeing team', 'If needed'),
    ] },
    heading('Section G – Health provision'),
    para(at('G'), p('A review by the community paediatrician before he leaves children\'s services, with a referral to adult services if required.', 'V ap', ['if required'])),
    heading('Section H1 – Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)'),
    para(at('H1'), 'None.'),
    heading('Section H2 – Other social care provision'),
    para(at('H2'), p('A young carers\' group led by a young carers worker from Ashcombe Young Carers, 2 hours every other Wednesday evening.', 'S apfd')),
    heading('Section I – Placement'),
    para(at('I'), 'Until 31 July 2027: Millbrook Lane School (mainstream 11-16 academy). From 1 September 2027: Ashcombe College (general further education college).'),
    heading('Section J – Personal budget'),
    para(at('J'), 'Not requested.'),
    heading('Section K – Advice and information'),
    para(at('K'), 'Owen and his father (September 2026); Millbrook Lane School (September 2026); Ashcombe College (October 2026); young carers assessment (September 2026); community paediatrician (October 2026).'),
  ],
};

// p156: an EOTAS plan pasted into an e-mail, hard-wrapped; F a bulleted package.
const b = (prov: ReturnType<typeof p>) => ['•', prov];
const p156: FlatSpec = {
  id: 'p156',
  description: 'HELD OUT. Plain text of a FINAL plan for Year 7 pasted into an e-mail by the case officer ("Dear Ms Holt, please find Caspian\'s final plan below"), hard-wrapped at 76 columns, headings "A  Views, interests and aspirations" (letter, two spaces); **education otherwise than at school (EOTAS): F a bulleted "EOTAS package (section 61 …)" of home tuition, equine-assisted learning, forest school, online lessons, SaLT at home, a case coordinator, a laptop**; **Section I "Education otherwise than in a school or post-16 institution (EOTAS) … No school is named."** (an arrangement under s61, not a missing placement: no check); autism (demand avoidance), anxiety, literacy, isolation; vague "to be agreed", "as needed", "when Caspian is ready", online lessons with no role; G CAMHS "will continue to be involved" and a paediatric review by a date; J a direct payment; D isolation met by a PA in H2; no check true.',
  status: 'final',
  yearGroup: 7,
  wrap: 76,
  lines: [
    ['From: SEN Casework, Brindlecombe Council'],
    ['Subject: Caspian Holt-Ramírez – final EHC plan'],
    [''],
    ['Dear Ms Holt,'],
    ['Please find Caspian\'s final plan below, as you asked for a copy you can read on your phone. The signed PDF is attached.'],
    [''],
    ['EDUCATION, HEALTH AND CARE PLAN – FINAL (issued 3 December 2026)'],
    ['Name: Caspian Holt-Ramírez   Date of birth: 14/07/2014   Year group: 7'],
    [''],
    ['A  Views, interests and aspirations'],
    [at('A'), 'Caspian is 12. He loves horses, drawing comics and history podcasts. He says: "School was too loud and people made me do things. I want to learn at home and with the horses." He would like to be an illustrator. His mother wants him to learn without being frightened and to have friends again.'],
    [''],
    ['B  Special educational needs'],
    [at('B'), 'Caspian is autistic with a demand-avoidant profile. He has not attended school since March 2026 because of severe anxiety. His reading is at about a Year 4 level and he avoids writing. He finds direct requests very hard and shuts down when pressed.'],
    [''],
    ['C  Health needs'],
    [at('C'), 'Caspian has severe anxiety and is seen by CAMHS. His autism diagnosis was made by the community paediatrician in 2022.'],
    [''],
    ['D  Social care needs'],
    [at('D'), 'Caspian rarely leaves the house except for his riding lessons, and his mother, who works, cannot take him out during the week. The social care assessment (October 2026) found he is isolated.'],
    [''],
    ['E  Outcomes'],
    [at('E'), '1.', o('By July 2027, Caspian will take part in 4 tutored hours a week at home for a whole half term.', 'mt')],
    ['2.', o('By the end of Year 7, Caspian will read a chapter of a book and answer 4 out of 5 questions about it.', 'mt')],
    ['3.', o('Caspian will feel less anxious.', '')],
    ['4.', o('By July 2027, Caspian will go into a shop and buy something on his own, with his PA nearby.', 'mtP')],
    ['5.', o('Caspian will engage with education.', '')],
    ['6.', o('By the end of the summer term 2027, Caspian will attend forest school with the same group of children for 6 weeks in a row.', 'mtP')],
    [''],
    ['F  Special educational provision'],
    [at('F'), 'Caspian\'s EOTAS package (section 61, Children and Families Act 2014):'],
    b(p('English and maths tuition at home from a qualified teacher (Brindlecombe Tuition Service), 2 x 2 hours a week, 1:1, in term time.', 'S apqfdg')),
    b(p('Equine-assisted learning at Hollowbrook Farm with an equine-assisted learning practitioner, 1 morning (3 hours) a week.', 'S apfd')),
    b(p('Forest school with a Level 3 forest school leader, one afternoon a week, in a group of no more than 4.', 'S apqfdg')),
    b(p('Online science lessons with Merlin Online School, 3 live lessons of 45 minutes a week.', 'V afd')),
    b(p('Speech and language therapy from an HCPC-registered speech and language therapist, 6 sessions of 45 minutes at home in the spring term 2027, then a programme for his tutor.', 'S apqfd')),
    b(p('A mentor to build a trusting relationship, hours to be agreed.', 'V ap', ['to be agreed'])),
    b(p('Educational psychologist consultation as needed.', 'V ap', ['as needed'])),
    b(p('A case coordinator from the EOTAS team who will review the package with Caspian\'s mother every half term in a 1-hour meeting.', 'S apfd')),
    b(p('A laptop with Microsoft 365 for all his lessons.', 'S af')),
    b(p('Gradual reintegration into a school setting when Caspian is ready.', 'V', ['when Caspian is ready'])),
    [''],
    ['G  Health provision'],
    [at('G'), p('CAMHS will continue to be involved.', 'V', ['involved'])],
    [p('A review with the community paediatrician by 31 March 2027.', 'S ap')],
    [''],
    ['H1  Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)'],
    [at('H1'), 'None.'],
    [''],
    ['H2  Other social care provision'],
    [at('H2'), p('A personal assistant, paid for by a direct payment, 4 hours every Saturday, to take Caspian to activities in the community.', 'S apfd')],
    [''],
    ['I  Placement'],
    [at('I'), 'Education otherwise than in a school or post-16 institution (EOTAS), arranged by Brindlecombe Council under section 61 of the Children and Families Act 2014. No school is named.'],
    [''],
    ['J  Personal budget'],
    [at('J'), 'A direct payment of £120 a week for the personal assistant in H2 and the equine-assisted learning in F, paid to Ms Holt.'],
    [''],
    ['K  Advice and information'],
    [at('K'), 'Caspian and his mother (September 2026); EOTAS team (September 2026); educational psychologist (October 2026); CAMHS (October 2026); social care assessment (October 2026).'],
    [''],
    ['Kind regards,'],
    ['J. Pendergast, SEN Case Officer'],
  ],
};

// p157: a half-filled national-template DRAFT.
const p157: NationalSpec = {
  id: 'p157',
  description: 'HELD OUT. National template, Year 10, a DRAFT still being written: front sheet, A1, A2, the communication table (one row), the cognition and learning table (two rows) and the SEMH table (one row) filled; the sensory, C-G-E and D-H1-H2-E tables, I, J and K untouched (their placeholders and the Code of Practice guidance still showing); a banner "DRAFT – working copy, not for circulation"; dyslexia, processing speed, anxiety and attendance; quantified AMBDA specialist tuition and a check-in at the start of every lesson beside "Opportunities to", "as appropriate", "Additional time." with no when, a phased timetable with no content, weekly counselling with no length; one PfA outcome (a drama group); placeholders left in (plan.placeholder-text); no check true (judged on what is filled).',
  form: 'half-filled',
  banner: ['Ravensholme Borough Council', 'DRAFT – working copy, not for circulation (S. Okafor-Lund, 5 December 2026)'],
  fields: frontSheet(
    { name: 'Maisie Callander-Oduya', preferred: 'Maisie', dob: '27/09/2011', sex: 'Female', ethnicity: 'White British', lang: 'English', parentLang: 'English',
      parent1: ['Dawn Callander', 'Mother', 'd.callander@example.org', '07700 900544', '41 Weavers Close, Ravensholme'] },
    { setting: 'Ravensholme High School, Year 10', gp: 'Weavers Close Surgery', nhs: '', socialCare: 'No', others: 'Educational psychologist', lac: 'No', wasLac: 'No', onePage: 'No', movedIn: 'No' },
  ),
  a1: {
    history: 'Maisie was identified with dyslexia in Year 5. Her attendance fell to 71% in Year 9 because of anxiety.',
    communication: 'Maisie prefers to talk one to one and by text message.',
  },
  a2: {
    child_views: 'Maisie says: "I know what I want to say but I can\'t get it down fast enough, and then I panic."',
    family_views: 'Her mother wants her to get her GCSEs and to go back to drama.',
    interests: 'Drama, make-up, her dog.',
    strengths: 'Maisie is articulate, funny and kind to younger pupils.',
    aspirations: 'To work in theatre as a make-up artist.',
  },
  areas: {
    communication_interaction: {
      strengths: 'Maisie speaks confidently with people she knows.',
      rows: [{
        need: 'Maisie does not ask for help in lessons when she is stuck, and sits without working.',
        provision: [
          p('A discreet check-in from the class teacher in the first 10 minutes of every lesson.', 'S apfd'),
          p('Opportunities to develop her self-advocacy skills.', 'V', ['Opportunities to']),
        ],
        outcome: o('By the end of Year 10, Maisie will ask a teacher for help using her help card in at least 3 lessons a week.', 'mt'),
      }],
    },
    cognition_learning: {
      strengths: 'Maisie\'s spoken vocabulary is well above average.',
      rows: [
        {
          need: 'Maisie has dyslexia: her reading is slow and her spelling is weak, so her written work does not show what she knows.',
          provision: [
            p('Specialist dyslexia tuition from a specialist teacher holding an AMBDA qualification, 1 hour a week, 1:1.', 'S apqfdg'),
            p('Exam access arrangements as appropriate.', 'V a', ['as appropriate']),
          ],
          outcome: o('By the end of Year 11, Maisie will achieve a grade 4 or above in GCSE English Language.', 'mt'),
        },
        {
          need: 'Her processing speed is in the low range (7th centile).',
          provision: p('Additional time.', 'V a'),
          outcome: o('Maisie will improve her processing speed.', ''),
        },
      ],
    },
    semh: {
      strengths: 'Maisie has a close friend and a trusted teacher.',
      rows: [{
        need: 'Maisie has panic attacks before tests and on Monday mornings and has missed many days this year.',
        provision: [
          p('A phased timetable agreed with Maisie and her mother, reviewed every 2 weeks by the head of year.', 'V apf'),
          p('Weekly sessions with the school counsellor.', 'V apf'),
        ],
        outcome: [
          o('By Easter 2027, Maisie will attend all of her timetabled lessons on 4 days out of 5.', 'mt'),
          o('By July 2027, Maisie will go to a Saturday drama group in town with a friend.', 'mtP'),
        ],
      }],
    },
  },
  unfilled: 'placeholder',
  unusedRows: 'blank',
  status: 'draft',
  yearGroup: 10,
  expectedFindings: [{ ruleId: 'plan.placeholder-text' }],
};

export const NATIONAL_HOLDOUT_R: NationalSpec[] = [p153, p157];
export const FLATTENED_HOLDOUT_R: FlatSpec[] = [p154, p156];
export const DOCFORM_HOLDOUT_R: DocSpec[] = [p152, p155];
