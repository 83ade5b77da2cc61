// Plans p13-p18. Invented children and places; labels follow shared/rubric-reference.md.
import { type PlanSpec, p, o, para, ul, ol, table, lettered } from '../dsl.ts';
import { details, title } from '../common.ts';

const p13: PlanSpec = {
  id: 'p13',
  description: 'Year 3, draft with Section I blank; sections D and J missing altogether; placeholder text ("[Insert frequency]", "XXX") and another child\'s name left in.',
  pdfProducer: 'chromium',
  child: { name: 'Chloe Nwachukwu', dob: '12/12/2017' },
  txtTable: 'pipe',
  status: 'draft',
  yearGroup: 3,
  front: [
    title('Westmarsh Council'),
    title('Education, Health and Care Plan – DRAFT'),
    details(['Name', 'Chloe Nwachukwu'], ['Date of birth', '12/12/2017'], ['Year group', 'Year 3'], ['Date draft issued', '[insert date]']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A: Views, interests and aspirations', style: 'h2', blocks: [para('Chloe likes unicorns, drawing and her grandma\'s cat. She would like to be a teacher.')] },
    { keys: ['B'], heading: 'Section B: Special Educational Needs', style: 'h2', blocks: [para('Chloe has developmental coordination disorder (dyspraxia). Her handwriting is slow and hard to read, and she finds dressing for PE and using cutlery difficult.')] },
    { keys: ['C'], heading: 'Section C: Health Needs', style: 'h2', blocks: [para('Chloe has no health needs related to her SEN. She was seen once by the children\'s occupational therapy service in 2025.')] },
    { keys: ['E'], heading: 'Section E: Outcomes', style: 'h2', blocks: [
      ul(
        o('By the end of Year 3, Chloe will write her name and a simple sentence legibly on lined paper, so that an unfamiliar adult can read it.', 'mt'),
        o('Chloe will get changed for PE.', 'mP'),
        o('Chloe will develop her fine motor skills.', ''),
        o('By July 2026, Chloe will cut out a shape along a thick line using spring-loaded scissors, staying within 5mm of the line.', 'mt'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F: Special Educational Provision', style: 'h2', blocks: [
      ul(
        p('[Insert frequency] sessions of a fine motor skills group with a teaching assistant.', 'V ap', ['[Insert frequency]']),
        p('XXX hours of 1:1 support per week.', 'V afg', ['XXX']),
        p('An occupational therapy programme (Clever Hands) delivered 1:1 by a teaching assistant for 15 minutes every day, reviewed each term by an HCPC-registered occupational therapist.', 'S apqfdg'),
        p('Ethan will have a sloping board and pencil grips for all handwriting tasks.', 'S a'),
        p('Five minutes\' extra time to get changed for PE, with a teaching assistant helping Chloe with fastenings, before every PE lesson.', 'S apfd'),
        p('Adapted cutlery at lunch as needed.', 'V a', ['as needed']),
      ),
    ] },
    { keys: ['G'], heading: 'Section G: Health Provision', style: 'h2', blocks: [para('No health provision is required.')] },
    { keys: ['H1'], heading: 'Section H1: Social Care Provision (CSDPA)', style: 'h2', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Section H2: Other Social Care Provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Section I: Placement', style: 'h2', blocks: [para('[To be named in the final plan]')] },
    { keys: ['K'], heading: 'Section K: Advice and Information', style: 'h2', blocks: [ul('Occupational therapy report', 'School advice', 'XXX')] },
  ],
  // "[insert date]", "[Insert frequency]", "XXX" left in (reference §8: worth reporting).
  expectedFindings: [{ ruleId: 'plan.placeholder-text' }],
};

const p14: PlanSpec = {
  id: 'p14',
  description: 'Year 1, final, headings with only the title (no letters at all); short vague lines with no vague word; single H for social care by title; a health need in C (restricted diet under a dietitian) with "None" in G.',
  pdfProducer: 'chromium',
  child: { name: 'Noah Pemberton', dob: '20/01/2020' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 1,
  checks: { healthNeedsWithoutProvision: true },
  front: [
    title('Harrowdean County Council'),
    title('Final Education, Health and Care Plan'),
    details(['Name', 'Noah Pemberton'], ['Date of birth', '20/01/2020'], ['School year', 'Year 1'], ['Date of plan', '30 January 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'Views, interests and aspirations', style: 'h2', blocks: [para('Noah loves superheroes, Lego and playing outside. His parents want him to learn to talk in sentences.')] },
    { keys: ['B'], heading: 'Special educational needs', style: 'h2', blocks: [para('Noah has autism and a significant language delay. He uses single words and echolalia, and he finds transitions between activities very hard.')] },
    { keys: ['C'], heading: 'Health needs', style: 'h2', blocks: [para('Noah has a severely restricted diet (he eats five foods) and is under the care of a dietitian; his weight is monitored by his GP.')] },
    { keys: ['D'], heading: 'Social care needs', style: 'h2', blocks: [para('None identified.')] },
    { keys: ['E'], heading: 'Outcomes', style: 'h2', blocks: [
      ul(
        o('By the end of Year 1, Noah will use two-word phrases to request an object or activity on 5 occasions in a school day.', 'mt'),
        o('Noah will move from one activity to the next using his visual timetable.', 'm'),
        o('Noah will play alongside other children.', 'P'),
        o('By July 2026, Noah will sit at the lunch table with his class for the whole lunch sitting on 4 days out of 5.', 'mt'),
      ),
    ] },
    { keys: ['F'], heading: 'Special educational provision', style: 'h2', blocks: [
      ul(
        p('Intensive interaction with an adult.', 'V a'),
        p('Attention Autism sessions (Stages 1-3) for 15 minutes, twice daily, in a group of no more than 4 children, led by a teaching assistant trained in Attention Autism.', 'S apqfdg'),
        p('Visual timetable and now/next board.', 'V a'),
        p('1:1 support from a teaching assistant for 25 hours per week, across all lessons, lunchtimes and playtimes.', 'S apfdg'),
        p('Speech and language therapy.', 'V a'),
        p('A speech and language therapist to deliver 6 x 45-minute 1:1 sessions each term and write a programme for staff.', 'S apfdg'),
        p('Sensory circuits.', 'V a'),
      ),
    ] },
    { keys: ['G'], heading: 'Health provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['H1', 'H2'], heading: 'Social care provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Placement', style: 'h2', blocks: [para('Oakfield Infant School, mainstream infant school.')] },
    { keys: ['J'], heading: 'Personal budget', style: 'h2', blocks: [para('Not requested.')] },
    { keys: ['K'], heading: 'Advice and information', style: 'h2', blocks: [ul('Educational psychology advice', 'Speech and language therapy advice', 'Paediatric advice', 'School advice')] },
  ],
};

const p15: PlanSpec = {
  id: 'p15',
  description: 'Year 8, final, each heading a table row whose first cell is the letter; provision in numbered table rows F1-F12 (row labels that look like letters); outcomes E1-E5 in a table.',
  pdfProducer: 'chromium',
  child: { name: 'Tyler Okonkwo-Briggs', dob: '15/04/2013' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 8,
  front: [
    title('Kelbridge Borough Council'),
    title('EHC Plan – Final'),
    details(['Name', 'Tyler Okonkwo-Briggs'], ['Date of birth', '15/04/2013'], ['National Curriculum Year', '8'], ['Date', '11 November 2025']),
  ],
  sections: [
    { keys: ['A'], heading: 'The views, interests and aspirations of the child and his parents', style: 'letterTable', letter: 'A', blocks: [para('Tyler likes rap music, basketball and cooking. He wants to be a chef.')] },
    { keys: ['B'], heading: 'Special educational needs', style: 'letterTable', letter: 'B', blocks: [para('Tyler has a moderate learning difficulty and dyslexia. His reading age is 7 years 6 months and his spelling age 7 years. He can become frustrated and refuse work.')] },
    { keys: ['C'], heading: 'Health needs', style: 'letterTable', letter: 'C', blocks: [para('None.')] },
    { keys: ['D'], heading: 'Social care needs', style: 'letterTable', letter: 'D', blocks: [para('None.')] },
    { keys: ['E'], heading: 'Outcomes', style: 'letterTable', letter: 'E', blocks: [
      table(['Ref', 'Outcome', 'By when'],
        ['E1', o('Tyler will read a Year 5 level text aloud with 90% word accuracy by the end of Year 8', 'mt'), 'July 2026'],
        ['E2', o('Tyler will spell 200 high-frequency words correctly in dictation by the end of Year 9', 'mt'), 'July 2027'],
        ['E3', o('Tyler will manage his frustration better', ''), 'Ongoing'],
        ['E4', o('Tyler will complete a piece of extended writing of 200 words', 'm'), ''],
        ['E5', o('Tyler will receive literacy support every day', 'x'), 'Ongoing'],
      ),
    ] },
    { keys: ['F'], heading: 'Special educational provision', style: 'letterTable', letter: 'F', blocks: [
      table(['Ref', 'Provision', 'Staffing', 'Frequency / duration'],
        ['F1', p('Toe by Toe reading programme, 1:1', 'S apfdg'), 'Teaching assistant', '5 x 15 minutes per week'],
        ['F2', p('Spelling programme (Word Wasp)', 'S apfdg'), 'Teaching assistant, 1:1', '3 x 20 minutes per week'],
        ['F3', p('Reading support', 'V', ['support', 'regularly']), 'Staff', 'Regularly'],
        ['F4', p('Coloured overlays and cream paper for all reading tasks', 'S apf'), 'All staff', 'All lessons'],
        ['F5', p('Access to a reader and scribe in tests', 'V ap', ['access to', 'as appropriate']), 'Teaching assistant', 'As appropriate'],
        ['F6', p('Emotional literacy sessions with a trained ELSA', 'S apqfdg'), 'ELSA', '1 x 40 minutes per week, 1:1'],
        ['F7', p('Differentiated work', 'V ap'), 'Class teachers', ''],
        ['F8', p('Laptop with speech-to-text software for all written work of more than a paragraph', 'S apf'), 'SENCo to provide', 'Daily'],
        ['F9', p('Maths intervention in a small group', 'V pf', ['intervention']), 'Maths teaching assistant', 'Twice a week'],
        ['F10', p('Homework reduced to one task per subject per week', 'S apf'), 'Subject teachers', 'Weekly'],
        ['F11', p('Time out card', 'V ap', ['when needed']), 'All staff', 'When needed'],
        ['F12', p('Cooking club to build confidence', 'S apfd'), 'Food technology teacher', '1 hour every Thursday after school'],
      ),
    ] },
    { keys: ['G'], heading: 'Health provision', style: 'letterTable', letter: 'G', blocks: [para('None.')] },
    { keys: ['H1'], heading: 'Social care provision under section 2 CSDPA 1970', style: 'letterTable', letter: 'H1', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Other social care provision', style: 'letterTable', letter: 'H2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Placement', style: 'letterTable', letter: 'I', blocks: [para('Kelbridge Community College (mainstream secondary school).')] },
    { keys: ['J'], heading: 'Personal budget', style: 'letterTable', letter: 'J', blocks: [para('None.')] },
    { keys: ['K'], heading: 'Advice and information', style: 'letterTable', letter: 'K', blocks: [ul('Educational psychology advice', 'Specialist teacher (literacy) report', 'School advice')] },
  ],
};

const p16: PlanSpec = {
  id: 'p16',
  description: 'Nursery (age 3), draft with Section I blank; early years setting; cerebral palsy with physiotherapy in both F and G; Portage; "Section F – Provision" h3 headings.',
  pdfProducer: 'chromium',
  child: { name: 'Evie Saltmarsh', dob: '04/02/2022' },
  txtTable: 'tab',
  status: 'draft',
  yearGroup: -1,
  front: [
    title('Stonebury City Council'),
    title('Draft Education, Health and Care Plan (Early Years)'),
    details(['Name', 'Evie Saltmarsh'], ['Date of birth', '04/02/2022'], ['Setting', 'Honeypot Pre-School (nursery, 15 funded hours)'], ['Year group', 'Nursery (FS1)'], ['Draft issued', '23 February 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A – About me', style: 'h3', blocks: [para('Evie is a smiley little girl who loves music, books with flaps and her big brother.')] },
    { keys: ['B'], heading: 'Section B – Needs', style: 'h3', blocks: [para('Evie has cerebral palsy (spastic diplegia). She cannot yet walk without a walker, and her speech is delayed. She needs help with feeding and toileting.')] },
    { keys: ['C'], heading: 'Section C – Health', style: 'h3', blocks: [para('Evie has cerebral palsy and wears ankle-foot orthoses. She is at risk of choking and needs a modified diet.')] },
    { keys: ['D'], heading: 'Section D – Social care', style: 'h3', blocks: [para('Evie\'s family receive no social care. No needs identified.')] },
    { keys: ['E'], heading: 'Section E – Outcomes', style: 'h3', blocks: [
      ul(
        o('By the time she starts Reception in September 2026, Evie will walk 10 metres with her walker from the door to the carpet without adult help.', 'mt'),
        o('Evie will enjoy playing with other children.', 'P'),
        o('By July 2026, Evie will use 20 single words or signs that familiar adults understand.', 'mt'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F – Provision', style: 'h3', blocks: [
      ul(
        p('Physiotherapy exercise programme delivered by her key worker, trained by the physiotherapist, for 15 minutes twice a day during each session.', 'S apqfd'),
        p('Portage home visits: 1 hour every week from a Portage home visitor until September 2026.', 'S apfd'),
        p('1:1 support from a key worker for all 15 hours she attends each week.', 'S apfdg'),
        p('Opportunities for messy play to develop her fine motor skills.', 'V a', ['opportunities']),
        p('Speech and language therapy may be provided if needed.', 'V a', ['may', 'if needed']),
      ),
    ] },
    { keys: ['G'], heading: 'Section G – Health provision', style: 'h3', blocks: [
      ul(
        p('Physiotherapy review by an HCPC-registered paediatric physiotherapist, one 1-hour visit to the setting each half term.', 'S apqfd'),
        p('Orthotics clinic review as required.', 'V a', ['as required']),
      ),
    ] },
    { keys: ['H1'], heading: 'Section H1 – Social care provision (CSDPA 1970)', style: 'h3', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Section H2 – Other social care provision', style: 'h3', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Section I – Setting', style: 'h3', blocks: [para('')] },
    { keys: ['J'], heading: 'Section J – Personal budget', style: 'h3', blocks: [para('None.')] },
    { keys: ['K'], heading: 'Section K – Advice', style: 'h3', blocks: [ul('Physiotherapy advice', 'Paediatric advice', 'Portage advice', 'Parental advice')] },
  ],
};

const p17: PlanSpec = {
  id: 'p17',
  description: 'Year 10, status not stated anywhere ("final exams" is not a status); traps: "see Section B, F or I" in A, "Appendix F" inside K; em-dash headings; PfA outcomes; occupational therapy in F.',
  pdfProducer: 'chromium',
  child: { name: 'Ethan Clearwater', dob: '22/09/2010' },
  txtTable: 'pipe',
  status: 'unknown',
  yearGroup: 10,
  front: [
    title('Elverton County Council'),
    title('Education, Health and Care Plan'),
    details(['Name', 'Ethan Clearwater'], ['Date of birth', '22/09/2010'], ['Year group', 'Year 10'], ['Date of plan', '6 January 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A — Views, interests and aspirations', style: 'h2', blocks: [
      para('Ethan likes coding, video editing and walking his dog. He is worried about his final exams next year. He wants to go to college to study computing.'),
      para('His parents\' views on the provision are recorded in the parental advice; for details of his needs, provision and school, see Section B, F or I below.'),
    ] },
    { keys: ['B'], heading: 'Section B — Special educational needs', style: 'h2', blocks: [para('Ethan has dyspraxia and anxiety. He writes slowly, has poor organisation and avoids busy places.')] },
    { keys: ['C'], heading: 'Section C — Health needs', style: 'h2', blocks: [para('None.')] },
    { keys: ['D'], heading: 'Section D — Social care needs', style: 'h2', blocks: [para('None.')] },
    { keys: ['E'], heading: 'Section E — Outcomes', style: 'h2', blocks: [
      ul(
        o('By the end of Year 11, Ethan will achieve a grade 5 in GCSE Computer Science.', 'mt'),
        o('By September 2027, Ethan will start a Level 3 computing course at a further education college.', 'mtP'),
        o('Ethan will travel to college independently.', 'mP'),
        o('By the end of Year 10, Ethan will use his phone calendar to record all homework deadlines and submit 90% of homework on time.', 'mt'),
        o('Ethan will be less anxious.', ''),
      ),
    ] },
    { keys: ['F'], heading: 'Section F — Special educational provision', style: 'h2', blocks: [
      ul(
        p('Occupational therapy: 6 x 1-hour sessions a year from an HCPC-registered occupational therapist, to set up and review his keyboarding and organisation programme.', 'S apqfd'),
        p('Use of a laptop in all lessons and examinations.', 'S af'),
        p('Organisation mentoring with his form tutor for 15 minutes every Monday morning, 1:1.', 'S apfdg'),
        p('Ethan will have access to a quiet room during exams if required.', 'V a', ['access to', 'if required']),
        p('Anxiety management sessions with the school counsellor.', 'V ap'),
        p('Early release from lessons, 5 minutes before the bell, to avoid crowded corridors, in every lesson.', 'S adf'),
      ),
    ] },
    { keys: ['G'], heading: 'Section G — Health provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['H1'], heading: 'Section H1 — Social care provision (CSDPA)', style: 'h2', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Section H2 — Other social care provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Section I — Placement', style: 'h2', blocks: [para('Elverton Grange School, a mainstream secondary academy.')] },
    { keys: ['J'], heading: 'Section J — Personal budget', style: 'h2', blocks: [para('None.')] },
    { keys: ['K'], heading: 'Section K — Advice and information', style: 'h2', blocks: [
      para('The following advice was received and is attached:'),
      ul('Appendix A: Parental advice', 'Appendix B: School advice', 'Appendix C: Educational psychology report', 'Appendix D: CAMHS letter', 'Appendix E: Careers advice', 'Appendix F: Occupational therapy report (August 2025)'),
      para('Appendix F recommends weekly keyboarding practice; this is reflected in Section F.'),
    ] },
  ],
};

const p18: PlanSpec = {
  id: 'p18',
  description: 'Year 13 in a special school sixth form, final; lettered list "A) ... F)" inside Section B; H1 and H2 both with provision; PfA outcomes; PDF produced by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Kacper Lindqvist', dob: '05/03/2008' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 13,
  front: [
    title('Northfold Council'),
    title('Education, Health and Care Plan (Final)'),
    details(['Name', 'Kacper Lindqvist'], ['Date of birth', '05/03/2008'], ['Year', 'Year 13 (sixth form)'], ['Issued', '10 October 2025']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A: My views, interests and aspirations', style: 'h2', blocks: [para('Kacper likes buses, timetables and football results. He wants to work in a supermarket and live in a shared house with support.')] },
    { keys: ['B'], heading: 'Section B: Special educational needs', style: 'h2', blocks: [
      para('Kacper has a severe learning difficulty and autism. His needs are:'),
      lettered(['A)', 'B)', 'C)', 'D)', 'E)', 'F)'],
        'Communication: he uses short phrases and a communication book.',
        'Understanding: he needs visual support to follow instructions.',
        'Sensory: he is distressed by loud noise.',
        'Independence: he needs prompting for personal care.',
        'Money: he does not yet recognise coins.',
        'Fine motor: he finds buttons and zips difficult.',
      ),
    ] },
    { keys: ['C'], heading: 'Section C: Health needs', style: 'h2', blocks: [para('Kacper has constipation managed with daily medication.')] },
    { keys: ['D'], heading: 'Section D: Social care needs', style: 'h2', blocks: [para('Kacper needs support with personal care, and his parents need short breaks. He will need support to travel and to take part in activities in the community as an adult.')] },
    { keys: ['E'], heading: 'Section E: Outcomes', style: 'h2', blocks: [
      ul(
        o('By July 2026, Kacper will complete a 10-week supported work placement at a local supermarket, stacking shelves for 2 hours a week.', 'mtP'),
        o('By the end of Year 13, Kacper will buy a drink in the school café with a £2 coin and wait for his change, on 4 out of 5 occasions.', 'mtP'),
        o('Kacper will be as independent as possible.', 'P'),
        o('Kacper will go to a youth club.', 'mP'),
        o('Within 12 months, Kacper will dress himself for PE, including zips, with no more than two verbal prompts.', 'mtP'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F: Special educational provision', style: 'h2', blocks: [
      ul(
        p('Full-time placement in a class of no more than 8 students with a teacher and three teaching assistants.', 'S apg'),
        p('Supported work placement, 2 hours a week, with a job coach alongside Kacper for the whole placement.', 'S apfd'),
        p('Speech and language therapy: a therapist-written programme delivered daily by class staff for 20 minutes, with a speech and language therapist reviewing it in a 1-hour visit each half term.', 'S apfd'),
        p('Money skills teaching in the community at least once a week for 1 hour, 1:2 with a teaching assistant.', 'S apfdg'),
        p('Occupational therapy advice to staff as needed.', 'V a', ['as needed']),
        p('Kacper will continue to develop his independence skills.', 'V'),
      ),
    ] },
    { keys: ['G'], heading: 'Section G: Health provision', style: 'h2', blocks: [ul(p('Continence nurse review once a year, 45-minute appointment.', 'S apfd'))] },
    { keys: ['H1'], heading: 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', style: 'h2', blocks: [
      ul(p('Short breaks at Willow House: two overnight stays per month.', 'S afd')),
    ] },
    { keys: ['H2'], heading: 'Section H2: Other social care provision', style: 'h2', blocks: [
      ul(
        p('Support to attend a Saturday youth club, when staffing allows.', 'V a', ['support', 'when staffing allows']),
        p('Support to access community activities.', 'V', ['support']),
      ),
    ] },
    { keys: ['I'], heading: 'Section I: Placement', style: 'h2', blocks: [para('Northfold Lodge School sixth form, a maintained special school for pupils with severe learning difficulties.')] },
    { keys: ['J'], heading: 'Section J: Personal budget', style: 'h2', blocks: [para('A direct payment for short breaks is being considered by social care.')] },
    { keys: ['K'], heading: 'Section K: Advice and information', style: 'h2', blocks: [ul('Adult social care transition advice', 'School advice', 'Speech and language therapy report', 'Occupational therapy report')] },
  ],
};

export const PLANS_C: PlanSpec[] = [p13, p14, p15, p16, p17, p18];
