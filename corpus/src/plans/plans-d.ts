// Plans p19-p24. Invented children and places; labels follow shared/rubric-reference.md.
import { type PlanSpec, p, o, para, ul, ol, table } from '../dsl.ts';
import { details, title } from '../common.ts';

const p19: PlanSpec = {
  id: 'p19',
  description: 'Year 4, final, a typically weak plan: provision grouped under area-of-need subheadings, mostly vague; speech and language therapy in both F and G; outcomes mostly not SMART.',
  pdfProducer: 'chromium',
  child: { name: 'Alfie Brennan-Kaur', dob: '09/04/2017' },
  txtTable: 'tab',
  txtBullet: '*',
  status: 'final',
  yearGroup: 4,
  front: [
    title('Brackenridge Council'),
    title('Education, Health and Care Plan'),
    details(['Name', 'Alfie Brennan-Kaur'], ['D.O.B.', '09/04/2017'], ['Year Group', 'Y4'], ['Status', 'Final'], ['Date', '2 December 2025']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A: Views, interests and aspirations', style: 'h2', blocks: [para('Alfie likes Minecraft, football and his grandad\'s allotment. Alfie\'s parents want him to be happy and reach his potential.')] },
    { keys: ['B'], heading: 'Section B: Special educational needs', style: 'h2', blocks: [
      para('Communication and interaction: Alfie has a language disorder and difficulties with social interaction.'),
      para('Social, emotional and mental health: Alfie has difficulty regulating his emotions.'),
    ] },
    { keys: ['C'], heading: 'Section C: Health needs', style: 'h2', blocks: [para('Alfie is known to the speech and language therapy service.')] },
    { keys: ['D'], heading: 'Section D: Social care needs', style: 'h2', blocks: [para('None.')] },
    { keys: ['E'], heading: 'Section E: Outcomes', style: 'h2', blocks: [
      ul(
        o('Alfie will improve his communication skills.', ''),
        o('Alfie will make friends.', 'P'),
        o('Alfie will learn strategies to regulate his emotions.', ''),
        o('Alfie will access the curriculum.', ''),
        o('By the end of Year 4, Alfie will retell a short story in the right order using 4 picture prompts.', 'mt'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F: Special educational provision', style: 'h2', blocks: [
      para('Communication and interaction', true),
      ul(
        p('Alfie will receive regular speech and language therapy.', 'V a', ['regular']),
        p('Adults to use simplified language.', 'V a'),
        p('Social skills group.', 'V a'),
        p('Speech and language therapy programme delivered by a teaching assistant for 3 x 15 minutes per week, 1:1, with a speech and language therapist reviewing it once a term.', 'S apfdg'),
      ),
      para('Social, emotional and mental health', true),
      ul(
        p('Access to a nurture group.', 'V a', ['access to']),
        p('Alfie will have support at unstructured times.', 'V', ['support']),
        p('Zones of Regulation taught to Alfie by a teaching assistant in weekly sessions.', 'V apf'),
        p('A calm box in the classroom and a named teaching assistant he can go to, available at all times during the school day.', 'S ap'),
        p('Staff should consider the use of a reward chart.', 'V a', ['should consider']),
        p('Interventions as appropriate to his needs.', 'V', ['interventions', 'as appropriate']),
      ),
    ] },
    { keys: ['G'], heading: 'Section G: Health provision', style: 'h2', blocks: [
      ul(p('Speech and language therapy as prescribed by the speech and language therapist.', 'V ap', ['as prescribed'])),
    ] },
    { keys: ['H1'], heading: 'Section H1: Social care provision (CSDPA)', style: 'h2', blocks: [para('Not applicable')] },
    { keys: ['H2'], heading: 'Section H2: Other social care provision', style: 'h2', blocks: [para('Not applicable')] },
    { keys: ['I'], heading: 'Section I: Placement', style: 'h2', blocks: [para('Brackenridge Juniors (mainstream junior school)')] },
    { keys: ['J'], heading: 'Section J: Personal budget', style: 'h2', blocks: [para('N/A')] },
    { keys: ['K'], heading: 'Section K: Advice and information', style: 'h2', blocks: [ul('Speech and language therapy advice', 'School advice')] },
  ],
};

const p20: PlanSpec = {
  id: 'p20',
  description: 'Year 6, final, a strong plan: upper-case "SECTION F: TITLE" headings, nearly all provision specific with traps for naive checks ("support" as a noun, "reviewed half-termly", "at least", "access" inside a quantified line).',
  pdfProducer: 'chromium',
  child: { name: 'Zainab Achterberg', dob: '27/11/2014' },
  txtTable: 'pipe',
  status: 'final',
  yearGroup: 6,
  front: [
    title('FENWICK DOWNS DISTRICT COUNCIL'),
    title('EDUCATION, HEALTH AND CARE PLAN'),
    details(['Name', 'Zainab Achterberg'], ['Date of birth', '27/11/2014'], ['Year group', 'Year 6'], ['Plan status', 'Final (amended after annual review)'], ['Date', '15 January 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'SECTION A: VIEWS, INTERESTS AND ASPIRATIONS', style: 'h2', blocks: [para('Zainab loves reading about space, and she plays the keyboard. She would like to be an astronaut or a pilot.')] },
    { keys: ['B'], heading: 'SECTION B: SPECIAL EDUCATIONAL NEEDS', style: 'h2', blocks: [para('Zainab has a visual impairment (nystagmus and reduced acuity). She cannot read standard-size print and tires quickly when reading. She has mild difficulties with spatial awareness and mobility in unfamiliar places.')] },
    { keys: ['C'], heading: 'SECTION C: HEALTH NEEDS', style: 'h2', blocks: [para('Zainab is under the care of the hospital eye service and wears glasses.')] },
    { keys: ['D'], heading: 'SECTION D: SOCIAL CARE NEEDS', style: 'h2', blocks: [para('None.')] },
    { keys: ['E'], heading: 'SECTION E: OUTCOMES', style: 'h2', blocks: [
      ul(
        o('By the end of Year 6, Zainab will read N24 print at 80 words per minute.', 'mt'),
        o('By July 2026, Zainab will touch type at 20 words per minute with 95% accuracy.', 'mt'),
        o('By the end of the first half term in Year 7, Zainab will walk independently between all her lessons at her secondary school using the routes she has been taught.', 'mt'),
        o('Zainab will use her magnifier app.', 'm'),
      ),
    ] },
    { keys: ['F'], heading: 'SECTION F: SPECIAL EDUCATIONAL PROVISION', style: 'h2', blocks: [
      ul(
        p('All printed materials enlarged to N24 on A4, prepared by a teaching assistant before every lesson.', 'S apf'),
        p('Support from a qualified teacher of children and young people with vision impairment (QTVI): 1 hour every fortnight in school, teaching Zainab to use her low-vision aids and magnifier app, with progress reviewed half-termly by the SENCo.', 'S apqfd'),
        p('Touch-typing programme (Touch-type Read and Spell) for at least 4 x 15 minutes per week, 1:1 with a teaching assistant.', 'S apfdg'),
        p('Habilitation training from a qualified habilitation specialist: 6 x 1-hour sessions in the summer term of Year 6 and 6 x 1-hour sessions in the autumn term of Year 7, to learn routes around her new school.', 'S apqfd'),
        p('An iPad with magnifier app for access to the board in all lessons, set up by the QTVI.', 'S apqf'),
        p('Modified PE: a teaching assistant working alongside Zainab in every PE lesson and on every school trip.', 'S apf'),
        p('Additional support in lessons if she appears tired.', 'V', ['support', 'if she appears tired']),
      ),
    ] },
    { keys: ['G'], heading: 'SECTION G: HEALTH PROVISION', style: 'h2', blocks: [ul(p('Orthoptic and ophthalmology review by a consultant ophthalmologist at the hospital eye service every 12 months, 1-hour clinic appointment.', 'S apfd'))] },
    { keys: ['H1'], heading: 'SECTION H1: SOCIAL CARE PROVISION (CSDPA 1970)', style: 'h2', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'SECTION H2: OTHER SOCIAL CARE PROVISION', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'SECTION I: PLACEMENT', style: 'h2', blocks: [para('Fenwick Downs Primary School, mainstream primary school, until 31 August 2026; then Fenwick Downs Academy, mainstream secondary academy.')] },
    { keys: ['J'], heading: 'SECTION J: PERSONAL BUDGET', style: 'h2', blocks: [para('None.')] },
    { keys: ['K'], heading: 'SECTION K: ADVICE AND INFORMATION', style: 'h2', blocks: [ul('Sensory (vision) support service advice', 'Habilitation specialist report', 'Ophthalmology letter', 'School advice')] },
  ],
};

const p21: PlanSpec = {
  id: 'p21',
  description: 'Year 11, draft with Section I blank; occupational therapy only in G and H, none in F; bold upper-case "SECTION F – Title" paragraphs as headings; PfA outcomes; PDF produced by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Grace Umeadi', dob: '14/08/2010' },
  txtTable: 'tab',
  status: 'draft',
  yearGroup: 11,
  checks: { therapyOnlyInHealth: true },
  front: [
    title('Tanhurst Borough Council'),
    title('Education, Health and Care Plan'),
    para('DRAFT – for consultation. This draft does not name a school.', true),
    details(['Name', 'Grace Umeadi'], ['Date of birth', '14/08/2010'], ['Year group', 'Year 11'], ['Date issued', '13 February 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'SECTION A – Views, interests and aspirations', style: 'bold', blocks: [para('Grace wants to go to college to study art and design and to live independently. She enjoys drawing, anime and swimming.')] },
    { keys: ['B'], heading: 'SECTION B – Special Educational Needs', style: 'bold', blocks: [para('Grace has a physical disability (Ehlers-Danlos syndrome) and uses a wheelchair for longer distances. She has difficulty with handwriting stamina and with personal care.')] },
    { keys: ['C'], heading: 'SECTION C – Health Needs', style: 'bold', blocks: [para('Grace has chronic pain and joint dislocations. She is under a rheumatologist.')] },
    { keys: ['D'], heading: 'SECTION D – Social Care Needs', style: 'bold', blocks: [para('Grace needs help with personal care and adaptations at home.')] },
    { keys: ['E'], heading: 'SECTION E – Outcomes', style: 'bold', blocks: [
      ul(
        o('By July 2026, Grace will complete her GCSE art portfolio, using adapted tools, with no more than 3 pain-related absences from art lessons per half term.', 'mt'),
        o('By September 2026, Grace will have visited two colleges and chosen an art and design course.', 'mtP'),
        o('By the end of Year 11, Grace will make a hot drink and a snack in the home kitchen using adapted equipment on her own.', 'mtP'),
        o('Grace will manage her pain.', 'P'),
      ),
    ] },
    { keys: ['F'], heading: 'SECTION F – Special Educational Provision', style: 'bold', blocks: [
      ul(
        p('A scribe for all examinations and for written work longer than 20 minutes, provided by a teaching assistant.', 'S ap'),
        p('Rest breaks as needed.', 'V a', ['as needed']),
        p('A lift pass and permission to leave lessons 5 minutes early to move around the school, in every lesson.', 'S adf'),
        p('Careers guidance from an independent careers adviser, including college visits.', 'V ap'),
        p('Grace would benefit from a laptop.', 'V a', ['would benefit from']),
      ),
    ] },
    { keys: ['G'], heading: 'SECTION G – Health Provision', style: 'bold', blocks: [
      ul(
        p('Occupational therapy: an HCPC-registered occupational therapist will assess and provide adapted writing and art tools, and review them in one 1-hour school visit each term.', 'S apqfd'),
        p('Physiotherapy from the community physiotherapy team.', 'V a'),
      ),
    ] },
    { keys: ['H1'], heading: 'SECTION H1 – Social Care Provision (section 2 CSDPA 1970)', style: 'bold', blocks: [
      ul(p('Equipment and adaptations at home as recommended by the social care occupational therapist.', 'V ap', ['as recommended'])),
    ] },
    { keys: ['H2'], heading: 'SECTION H2 – Other Social Care Provision', style: 'bold', blocks: [para('None.')] },
    { keys: ['I'], heading: 'SECTION I – Placement', style: 'bold', blocks: [para('')] },
    { keys: ['J'], heading: 'SECTION J – Personal Budget', style: 'bold', blocks: [para('To be discussed.')] },
    { keys: ['K'], heading: 'SECTION K – Advice and Information', style: 'bold', blocks: [ul('Occupational therapy advice', 'Physiotherapy advice', 'Social care advice', 'School advice')] },
  ],
};

const p22: PlanSpec = {
  id: 'p22',
  description: 'Age 19 at college (no national curriculum year), draft that wrongly names a type of institution in I; no preparing-for-adulthood outcome; numbered provision with ranges and "up to".',
  pdfProducer: 'chromium',
  child: { name: 'Jamal Oduya', dob: '18/06/2006' },
  txtTable: 'pipe',
  status: 'draft',
  yearGroup: null,
  checks: { placementInDraft: true, preparingForAdulthoodMissing: true },
  front: [
    title('Cliffmoor City Council'),
    title('Draft Education, Health and Care Plan'),
    details(['Young person', 'Jamal Oduya'], ['Date of birth', '18/06/2006'], ['Age', '19'], ['Current provision', 'Foundation Learning programme, Cliffmoor College'], ['Date of draft', '12 January 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A: Views, interests and aspirations', style: 'h2', blocks: [para('Jamal enjoys music production and basketball. He says he wants "a normal life".')] },
    { keys: ['B'], heading: 'Section B: Special educational needs', style: 'h2', blocks: [para('Jamal has cerebral palsy affecting his speech and hand function. He uses an AAC device (eye-gaze) and a powered wheelchair. He has a moderate learning difficulty.')] },
    { keys: ['C'], heading: 'Section C: Health needs', style: 'h2', blocks: [para('Jamal has cerebral palsy and epilepsy, which is well controlled.')] },
    { keys: ['D'], heading: 'Section D: Social care needs', style: 'h2', blocks: [para('Jamal needs help with all personal care.')] },
    { keys: ['E'], heading: 'Section E: Outcomes', style: 'h2', blocks: [
      ul(
        o('By July 2026, Jamal will use his eye-gaze device to ask a question in class at least 3 times in each session.', 'mt'),
        o('Jamal will be calmer in class.', ''),
        o('Jamal will improve his literacy.', ''),
        o('By the end of the academic year, Jamal will select and play a music track on the classroom computer using his switch, without adult help.', 'mt'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F: Special educational provision', style: 'h2', blocks: [
      ol(
        p('Up to 2 hours per week of AAC support from the college\'s assistive technology team.', 'V afd', ['up to']),
        p('Speech and language therapy of 30-60 minutes per month.', 'V afd', ['30-60 minutes']),
        p('A learning support assistant trained in eye-gaze technology with Jamal in all taught sessions (16 hours per week).', 'S apqfd'),
        p('Adapted switch access to a computer in every session.', 'S af'),
        p('Literacy intervention.', 'V', ['intervention']),
        p('Personal care by two trained care staff, as set out in his moving and handling plan, at every toilet visit.', 'S apqf'),
      ),
    ] },
    { keys: ['G'], heading: 'Section G: Health provision', style: 'h2', blocks: [ul(p('Epilepsy care plan reviewed every 12 months by the epilepsy nurse specialist in a 1-hour appointment.', 'S apfd'))] },
    { keys: ['H1'], heading: 'Section H1: Social care provision (CSDPA)', style: 'h2', blocks: [ul(p('Care package of 14 hours per week of personal care at home from care workers employed by a home care agency.', 'S apfd'))] },
    { keys: ['H2'], heading: 'Section H2: Other social care provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Section I: Placement', style: 'h2', blocks: [para('A general further education college.')] },
    { keys: ['J'], heading: 'Section J: Personal budget', style: 'h2', blocks: [para('None requested.')] },
    { keys: ['K'], heading: 'Section K: Advice and information', style: 'h2', blocks: [ul('College advice', 'Speech and language therapy report', 'Adult social care assessment')] },
  ],
};

const p23: PlanSpec = {
  id: 'p23',
  description: 'Year 9, final, Section I names a type of school only (not a missing placement); Markdown-style text headings; social care needs in D with H2 provision; PfA outcomes (cooking, money).',
  pdfProducer: 'chromium',
  child: { name: 'Poppy Harrington-Lee', dob: '01/03/2012' },
  txtTable: 'pipe',
  txtBullet: '-',
  txtHeadingPrefix: '## ',
  status: 'final',
  yearGroup: 9,
  front: [
    title('Lowmere Borough Council'),
    title('Education, Health and Care Plan'),
    details(['Name', 'Poppy Harrington-Lee'], ['Date of birth', '01/03/2012'], ['Year group', 'Year 9'], ['This plan is', 'Final'], ['Date', '24 November 2025']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A: Views, interests and aspirations', style: 'h2', blocks: [para('Poppy loves horses, drama and make-up. She wants to work in a beauty salon.')] },
    { keys: ['B'], heading: 'Section B: Special educational needs', style: 'h2', blocks: [para('Poppy has complex learning difficulties (a chromosome disorder) with global delay. She reads at an early Key Stage 1 level.')] },
    { keys: ['C'], heading: 'Section C: Health needs', style: 'h2', blocks: [para('None related to her SEN.')] },
    { keys: ['D'], heading: 'Section D: Social care needs', style: 'h2', blocks: [para('Poppy\'s family need short breaks. Poppy needs support to take part in leisure activities safely.')] },
    { keys: ['E'], heading: 'Section E: Outcomes', style: 'h2', blocks: [
      ul(
        o('By the end of Year 9, Poppy will read and follow a 5-step picture recipe to make a snack.', 'mtP'),
        o('By July 2026, Poppy will count out coins to pay for an item up to £5, with 80% accuracy.', 'mtP'),
        o('Poppy will achieve her full potential in English.', ''),
        o('By the end of the summer term 2026, Poppy will read 50 common exception words.', 'mt'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F: Special educational provision', style: 'h2', blocks: [
      ul(
        p('Teaching in a class of no more than 10 pupils, with a teacher and two teaching assistants, for the full school day.', 'S apg'),
        p('Daily 20-minute reading session, 1:1 with a teaching assistant, using the school\'s structured reading scheme.', 'S apfdg'),
        p('Life skills cooking lesson once a week for 1 hour in a group of 4, led by a teacher.', 'S apfdg'),
        p('Opportunities to practise money skills.', 'V a', ['opportunities']),
        p('A speech and language therapist may provide advice to staff.', 'V p', ['may']),
      ),
    ] },
    { keys: ['G'], heading: 'Section G: Health provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['H1'], heading: 'Section H1: Social care provision (CSDPA)', style: 'h2', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Section H2: Other social care provision', style: 'h2', blocks: [
      ul(
        p('Short breaks: a Saturday activity club for 5 hours, twice a month, with a support worker, funded by children\'s social care.', 'S apfd'),
        p('Family support as needed.', 'V', ['support', 'as needed']),
      ),
    ] },
    { keys: ['I'], heading: 'Section I: Placement', style: 'h2', blocks: [para('A maintained special school for pupils with complex learning difficulties.')] },
    { keys: ['J'], heading: 'Section J: Personal budget', style: 'h2', blocks: [para('None.')] },
    { keys: ['K'], heading: 'Section K: Advice and information', style: 'h2', blocks: [ul('Social care advice', 'School advice', 'Educational psychology advice')] },
  ],
};

const p24: PlanSpec = {
  id: 'p24',
  description: 'Year 5, final, combined "Sections B, E and F" tables per area of need with the whole provision (what, who, how often) in one cell; single "Section H"; PDF produced by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Zara Quigley', dob: '23/10/2015' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 5,
  front: [
    title('Ashcombe Metropolitan Borough Council'),
    title('Final EHC Plan'),
    details(['Name', 'Zara Quigley'], ['Date of birth', '23/10/2015'], ['Year', 'Year 5'], ['Date of final plan', '7 October 2025']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A: Views, interests and aspirations', style: 'h2', blocks: [para('Zara loves animals, especially her guinea pigs, and she likes dancing. She wants to have a best friend.')] },
    { keys: ['C'], heading: 'Section C: Health needs', style: 'h2', blocks: [para('No health needs.')] },
    { keys: ['D'], heading: 'Section D: Social care needs', style: 'h2', blocks: [para('Zara is a young carer for her younger brother, who has complex needs. She needs time away from caring to be with friends.')] },
    { keys: ['B', 'E', 'F'], heading: 'Sections B, E and F: Needs, outcomes and provision', style: 'h2', blocks: [
      para('Communication and interaction', true),
      table(['What Zara needs (B)', 'Outcome (E)', 'Provision (F): what, who, how often'],
        ['Zara has social communication difficulties and finds group work hard.', o('By the end of Year 5, Zara will take turns and share equipment in a group of 4 during a 20-minute task without adult prompting.', 'mt'), p('Lego-based therapy: 1 x 45 minutes per week in a group of 3, led by a teaching assistant trained in Lego-based therapy.', 'S apqfdg')],
        ['Zara misunderstands jokes and idioms.', o('Zara will understand jokes.', ''), p('Explicit teaching of idioms when they come up in lessons.', 'V a')],
        ['Zara\'s expressive language is below age level.', o('By July 2026, Zara will use a story planner to tell a story with a beginning, middle and end.', 'mt'), p('Narrative therapy programme delivered by a teaching assistant, 3 x 20 minutes per week, 1:1, supervised by a speech and language therapist who visits once a half term for an hour.', 'S apfdg')],
      ),
      para('Social, emotional and mental health', true),
      table(['What Zara needs (B)', 'Outcome (E)', 'Provision (F): what, who, how often'],
        ['Zara becomes anxious before school.', o('Zara will feel less anxious.', ''), p('Meet and greet by her class teaching assistant at the classroom door for 5 minutes each morning.', 'S apfd')],
        ['Zara has few friendships.', o('By the end of the spring term, Zara will name two friends she plays with at break and will play with them on at least 3 days a week.', 'mtP'), p('Friendship group with an ELSA as and when required.', 'V ap', ['as and when required'])],
        ['Zara worries about her brother.', o('Zara will talk to an adult about her worries.', 'm'), p('Regular check-ins with the Learning Mentor.', 'V ap', ['regular'])],
      ),
      para('Cognition and learning', true),
      table(['What Zara needs (B)', 'Outcome (E)', 'Provision (F): what, who, how often'],
        ['Zara\'s maths is about two years behind.', o('By July 2026, Zara will add and subtract two-digit numbers using a number line with 80% accuracy.', 'mt'), p('Maths catch-up (Numbers Count) delivered by a trained Numbers Count teacher, 3 x 30 minutes per week, in a group of 3, for 12 weeks.', 'S apqfdg')],
        ['Zara forgets instructions.', o('Zara will remember instructions.', ''), p('Instructions given in small chunks and written on a whiteboard on her desk, by all staff, in every lesson.', 'S apf')],
      ),
    ] },
    { keys: ['G'], heading: 'Section G: Health provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['H1', 'H2'], heading: 'Section H: Social care provision', style: 'h2', blocks: [
      ul(
        p('Young carers group: 2 hours every other Saturday with young carers workers from the Ashcombe Young Carers service, including transport.', 'S apfd'),
        p('Young carers assessment to be reviewed as needed.', 'V', ['as needed']),
      ),
    ] },
    { keys: ['I'], heading: 'Section I: Placement', style: 'h2', blocks: [para('Meadowside Primary School, Ashcombe (mainstream maintained primary school).')] },
    { keys: ['J'], heading: 'Section J: Personal budget', style: 'h2', blocks: [para('None.')] },
    { keys: ['K'], heading: 'Section K: Advice and information', style: 'h2', blocks: [ul('Speech and language therapy advice', 'Educational psychology advice', 'Young carers assessment', 'School advice')] },
  ],
};

export const PLANS_D: PlanSpec[] = [p19, p20, p21, p22, p23, p24];
