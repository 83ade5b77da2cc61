// Plans p25-p33: templates the first 24 plans do not have. Invented children and places; labels
// follow shared/rubric-reference.md alone (not the analyser).
import { type PlanSpec, p, o, para, ul, table, lettered, sublist, gridTable, prose } from '../dsl.ts';
import { details, title } from '../common.ts';

const p25: PlanSpec = {
  id: 'p25',
  description: 'Year 3, final, Word-form template: every section is one two-column table row (heading cell, content cell), so in text the first line of each section follows its heading after a tab; hearing impairment; "access to SaLT input as required"; a "such as"-free adjustment and a QToD "twice weekly for 45 minutes".',
  pdfProducer: 'chromium',
  child: { name: 'Mateo Vasquez-Hale', dob: '02/05/2018' },
  txtTable: 'tab',
  fitTables: true,
  status: 'final',
  yearGroup: 3,
  front: [
    title('Hollinbrook Borough Council'),
    title('Education, Health and Care Plan'),
    details(['Child\'s full name', 'Mateo Vasquez-Hale'], ['Date of birth', '02/05/2018'], ['Year group', 'Year 3'], ['Status of plan', 'Final'], ['Date of issue', '20 January 2026'], ['Caseworker', 'Dominika Farrant']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A – Views, interests and aspirations', style: 'formTable', blocks: [
      para('Mateo likes football, drawing robots and visiting his abuela in Valencia. He says: "I don\'t like it when everyone talks at once."'),
      para('His parents want him to keep up with his friends and to be confident to ask when he has not heard.'),
    ] },
    { keys: ['B'], heading: 'Section B – Special educational needs', style: 'formTable', blocks: [
      para('Communication and interaction: Mateo has a moderate bilateral sensorineural hearing loss. He misses parts of spoken instructions in noisy rooms and his vocabulary is below that of his peers.'),
      para('Cognition and learning: his reading comprehension is affected by gaps in vocabulary.'),
    ] },
    { keys: ['C'], heading: 'Section C – Health needs', style: 'formTable', blocks: [
      para('Mateo wears two behind-the-ear hearing aids and is under the paediatric audiology service.'),
    ] },
    { keys: ['D'], heading: 'Section D – Social care needs', style: 'formTable', blocks: [para('No social care needs.')] },
    { keys: ['E'], heading: 'Section E – Outcomes', style: 'formTable', blocks: [
      ul(
        o('By the end of Year 3, Mateo will tell an adult when his hearing aid or radio aid is not working, on every occasion it happens.', 'mt'),
        o('Mateo will improve his listening skills.', ''),
        o('By July 2026, Mateo will correctly use 30 new topic words from science and history in his spoken answers.', 'mt'),
        o('Mateo will answer a question in a whole-class discussion.', 'm'),
        o('By his next annual review, Mateo will join in a playground game with two or more friends on at least 3 days a week.', 'mtP'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F – Special educational provision', style: 'formTable', blocks: [
      ul(
        p('A daily 15-minute check of Mateo\'s hearing aids and radio aid at the start of the school day by a teaching assistant trained by the Hearing Support Service, with faults reported to the Qualified Teacher of the Deaf the same day.', 'S apqfd'),
        p('A radio aid used by all staff in every lesson, in assembly and on school trips.', 'S apf'),
        p('Access to SaLT input as required.', 'V a', ['access to', 'input', 'as required']),
        p('Teaching by a Qualified Teacher of the Deaf (QToD), 1:1, twice weekly for 45 minutes, to pre-teach topic vocabulary and practise listening skills.', 'S apqfdg'),
        p('Regular check-ins with the class teacher to make sure he has understood instructions.', 'V ap', ['regular']),
        p('Small group work to develop his listening and attention.', 'V'),
        p('Deaf awareness training for all staff working with Mateo, a total of 3 hours each academic year, delivered by the QToD.', 'S apqfd'),
        p('Seating near the teacher and away from the projector and the door, in all lessons.', 'S af'),
        p('Mateo may benefit from a soundfield system in the classroom.', 'V a', ['may benefit from']),
      ),
    ] },
    { keys: ['G'], heading: 'Section G – Health provision', style: 'formTable', blocks: [
      ul(p('Paediatric audiology review every 6 months, a 45-minute clinic appointment with an audiologist.', 'S apfd')),
    ] },
    { keys: ['H1'], heading: 'Section H1 – Social care provision (section 2 CSDPA 1970)', style: 'formTable', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Section H2 – Other social care provision', style: 'formTable', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Section I – Placement', style: 'formTable', blocks: [para('Hollinbrook Primary School (mainstream maintained primary school with a hearing support base).')] },
    { keys: ['J'], heading: 'Section J – Personal budget', style: 'formTable', blocks: [para('Not requested.')] },
    { keys: ['K'], heading: 'Section K – Advice and information', style: 'formTable', blocks: [
      ul('Parental advice', 'Hearing Support Service (QToD) advice', 'Audiology report, November 2025', 'School advice'),
    ] },
  ],
};

const p26: PlanSpec = {
  id: 'p26',
  description: 'Year 7, final with Section I left blank; "PART F – TITLE" headings (letters, not statement parts); numbered paragraphs B1., E1., F1. with (a), (b) sub-lists whose stem gives the context; dyslexia and anxiety; single H; PDF produced by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Ellis Wainwright-Obi', dob: '11/11/2013' },
  txtTable: 'tab',
  fitTables: true,
  status: 'final',
  yearGroup: 7,
  checks: { placementMissing: true },
  front: [
    title('Thornbury Vale Council'),
    title('EDUCATION, HEALTH AND CARE PLAN'),
    details(['Name', 'Ellis Wainwright-Obi'], ['Date of birth', '11/11/2013'], ['NC Year', 'Year 7'], ['Final plan issued', '2 February 2026'], ['Next review by', 'February 2027']),
  ],
  sections: [
    { keys: ['A'], heading: 'PART A – VIEWS, INTERESTS AND ASPIRATIONS', style: 'h2', blocks: [
      lettered(['A1.', 'A2.'],
        'Ellis enjoys skateboarding, drumming and building computers with his uncle. He would like to be a sound engineer.',
        'His mother says he is bright and funny but that he has started to say he is "stupid" since moving to secondary school.'),
    ] },
    { keys: ['B'], heading: 'PART B – SPECIAL EDUCATIONAL NEEDS', style: 'h2', blocks: [
      lettered(['B1.', 'B2.', 'B3.'],
        'Cognition and learning: Ellis has dyslexia. His single-word reading is at the 9th centile and his spelling at the 5th centile. His verbal reasoning is in the high average range.',
        'He is slow to copy from the board and his written work is much shorter than his spoken ideas.',
        'Social, emotional and mental health: Ellis has become anxious about reading aloud and about tests, and has missed 14 days of school this year.'),
    ] },
    { keys: ['C'], heading: 'PART C – HEALTH NEEDS', style: 'h2', blocks: [para('None identified.')] },
    { keys: ['D'], heading: 'PART D – SOCIAL CARE NEEDS', style: 'h2', blocks: [para('None identified.')] },
    { keys: ['E'], heading: 'PART E – OUTCOMES', style: 'h2', blocks: [
      lettered(['E1.', 'E2.', 'E3.', 'E4.', 'E5.'],
        o('By the end of Year 8, Ellis will have a reading age within 12 months of his chronological age on a standardised reading test.', 'mt'),
        o('Ellis will develop strategies to manage his anxiety.', ''),
        o('By the end of Year 7, Ellis will hand in 8 out of 10 homework tasks on time, typed on his laptop.', 'mt'),
        o('Ellis will feel more confident in English lessons by the end of the year.', 't'),
        o('Ellis will spell the 100 most common words correctly.', 'm'),
      ),
    ] },
    { keys: ['F'], heading: 'PART F – SPECIAL EDUCATIONAL PROVISION', style: 'h2', blocks: [
      lettered(['F1.'],
        p('Ellis will follow a structured, cumulative, multisensory literacy programme (Units of Sound) with a specialist teacher holding Approved Teacher Status (ATS) in dyslexia, 3 x 30 mins per week, 1:1.', 'S apqfdg')),
      lettered(['F2.'], 'Ellis will have the following arrangements in all lessons:'),
      sublist(['(a)', '(b)', '(c)', '(d)'],
        p('handouts printed on cream paper in at least 12-point sans-serif font;', 'S af'),
        p('a printed copy of the board notes or slides, given to him at the start of the lesson by the class teacher;', 'S apf'),
        p('use of a reading pen when he needs it;', 'V af', ['when he needs it']),
        p('extra time where appropriate.', 'V af', ['where appropriate'])),
      lettered(['F3.'], 'Social, emotional and mental health:'),
      sublist(['(a)', '(b)', '(c)'],
        p('a weekly 1:1 session of 40 minutes with the school\'s Emotional Literacy Support Assistant (ELSA), in blocks of 8 weeks each term;', 'S apfdg'),
        p('regular check-ins with his form tutor;', 'V ap', ['regular']),
        p('support from an adult at break and lunchtime.', 'V', ['support'])),
      lettered(['F4.', 'F5.', 'F6.'],
        p('A place in the Year 7 literacy group (no more than 8 pupils), taught by an English teacher, for 4 hours per week in place of French.', 'S apfdg'),
        p('Ellis\'s progress will be reviewed by the SENCo each term.', 'V apf'),
        p('Exam access arrangements as appropriate.', 'V a', ['as appropriate'])),
    ] },
    { keys: ['G'], heading: 'PART G – HEALTH PROVISION', style: 'h2', blocks: [para('None.')] },
    { keys: ['H1', 'H2'], heading: 'PART H – SOCIAL CARE PROVISION', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'PART I – NAME AND TYPE OF SCHOOL OR OTHER INSTITUTION', style: 'h2', blocks: [para('')] },
    { keys: ['J'], heading: 'PART J – PERSONAL BUDGET', style: 'h2', blocks: [para('No request for a personal budget was made.')] },
    { keys: ['K'], heading: 'PART K – ADVICE AND INFORMATION', style: 'h2', blocks: [
      lettered(['K1.', 'K2.', 'K3.', 'K4.'], 'Parental advice', 'Educational psychology advice (Dr R. Nakamura)', 'Specialist teacher (SpLD) assessment', 'School advice'),
    ] },
  ],
};

const p27: PlanSpec = {
  id: 'p27',
  description: 'Early years (age 3, day nursery, no year group shown), draft with Section I "To be named in the final plan."; headings with the letter at the end ("The help I will get – Section F"); Down syndrome; a total per half term; a range; single H; health needs with G provision.',
  pdfProducer: 'chromium',
  child: { name: 'Ava-Rose Pennington', dob: '14/06/2022' },
  txtTable: 'pipe',
  fitTables: true,
  status: 'draft',
  yearGroup: null,
  front: [
    title('Eastholme County Council – Special Educational Needs and Disabilities Team'),
    title('Draft Education, Health and Care Plan'),
    para('This is a draft plan. Please tell us within 15 days if you agree with it, and which setting you would like named.'),
    details(['My name', 'Ava-Rose Pennington'], ['My date of birth', '14/06/2022 (3 years 8 months)'], ['Where I go now', 'Little Wrens Day Nursery, 30 funded hours a week'], ['Date of draft', '16 February 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'About me and what matters to my family – Section A', style: 'h2', blocks: [
      para('I love bubbles, the swings and dancing to Peppa Pig songs. I give the best cuddles.'),
      para('My mum and dad want me to talk, to make friends and to go to school with my cousin.'),
    ] },
    { keys: ['B'], heading: 'What I find hard and what I need – Section B', style: 'h2', blocks: [
      para('I have Down syndrome. I use about 15 Makaton signs and a few words. I am not yet walking steadily on uneven ground, and I need help to feed myself and with toileting.'),
    ] },
    { keys: ['C'], heading: 'My health – Section C', style: 'h2', blocks: [
      para('I had an operation on my heart (atrioventricular septal defect) in 2023 and see the cardiology team once a year. I have glue ear and wear a hearing aid on a soft headband.'),
    ] },
    { keys: ['D'], heading: 'Social care – Section D', style: 'h2', blocks: [para('My family do not need social care support.')] },
    { keys: ['E'], heading: 'What I will achieve – Section E', style: 'h2', blocks: [
      ul(
        o('By the time she starts school in September 2027, Ava-Rose will use 50 Makaton signs or words to ask for things and to comment.', 'mt'),
        o('Ava-Rose will learn to share.', ''),
        o('By the end of the summer term 2026, Ava-Rose will walk from the nursery door to the coat pegs holding an adult\'s hand.', 'mt'),
        o('Ava-Rose will be toilet trained.', 'mP'),
        o('Within 6 months, Ava-Rose will feed herself with a spoon at snack and lunch times, with an adult nearby.', 'mtP'),
      ),
    ] },
    { keys: ['F'], heading: 'The help I will get – Section F', style: 'h2', blocks: [
      ul(
        p('Ava-Rose will have a key person who will work 1:1 with her for all of her 30 hours at nursery each week.', 'S apfdg'),
        p('Speech and language therapy: a speech and language therapist will visit the nursery for a total of 6 hours per half term to work with Ava-Rose and to show her key person how to carry out her programme.', 'S apfd'),
        p('Her key person will carry out the speech and language programme daily for 10-15 minutes.', 'V apfd', ['10-15 minutes']),
        p('Makaton signing used by all nursery staff throughout every session.', 'S apf'),
        p('Portage or a similar home-learning programme.', 'V a', ['or a similar']),
        p('Advice from the early years inclusion team as needed.', 'V', ['as needed']),
        p('A TA will support Ava-Rose at mealtimes.', 'V p', ['support']),
        p('A physiotherapy exercise programme written by the physiotherapist and carried out by her key person for 10 minutes in each morning and afternoon session.', 'S apfd'),
      ),
    ] },
    { keys: ['G'], heading: 'Help with my health – Section G', style: 'h2', blocks: [
      ul(
        p('Annual cardiology review at the children\'s hospital.', 'V af'),
        p('Audiology review every 3 months, a 30-minute appointment with a paediatric audiologist.', 'S apfd'),
        p('Physiotherapy assessment and advice from an HCPC-registered paediatric physiotherapist in two 1-hour visits to the nursery each term.', 'S apqfd'),
      ),
    ] },
    { keys: ['H1', 'H2'], heading: 'Help from social care – Section H', style: 'h2', blocks: [para('None needed at present.')] },
    { keys: ['I'], heading: 'Where I will learn – Section I', style: 'h2', blocks: [para('To be named in the final plan.')] },
    { keys: ['J'], heading: 'Personal budget – Section J', style: 'h2', blocks: [para('Not requested.')] },
    { keys: ['K'], heading: 'Advice and information – Section K', style: 'h2', blocks: [
      ul('Parent advice', 'Little Wrens Day Nursery advice', 'Speech and language therapy advice', 'Physiotherapy advice', 'Paediatric advice', 'Educational psychology advice'),
    ] },
  ],
};

const p28: PlanSpec = {
  id: 'p28',
  description: 'Year 14 (age 19) at a further education college on a supported internship, final; one combined table "Needs | Outcomes | Provision | Who | How often" with area-of-need rows inside it; PfA outcomes (employment, independent living, travel, health); anxiety in C with "None" in G; direct payment in H2; PDF produced by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Kieran Achebe-Lowther', dob: '22/10/2006' },
  txtTable: 'pipe',
  fitTables: true,
  status: 'final',
  yearGroup: 14,
  checks: { healthNeedsWithoutProvision: true },
  front: [
    title('Redwater Borough Council'),
    title('Education, Health and Care Plan (Post-16)'),
    details(['Young person', 'Kieran Achebe-Lowther'], ['Date of birth', '22/10/2006 (age 19)'], ['Year of study', 'Year 14 (third year post-16)'], ['Current provision', 'Redwater College of Further Education, Supported Internship programme'], ['Plan status', 'Final, issued 8 December 2025']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A: My views, interests and aspirations', style: 'h2', blocks: [
      para('I like trains, heavy metal and fixing bikes. I want a paid job in a warehouse and my own flat near my mum.'),
    ] },
    { keys: ['C'], heading: 'Section C: My health needs', style: 'h2', blocks: [
      para('Kieran has an anxiety disorder, diagnosed in 2024, for which his GP prescribes sertraline. His anxiety stops him going to appointments on his own.'),
    ] },
    { keys: ['D'], heading: 'Section D: My social care needs', style: 'h2', blocks: [
      para('Adult social care have assessed Kieran as eligible for support to take part in activities in the community. His mother is his main carer.'),
    ] },
    { keys: ['B', 'E', 'F'], heading: 'Sections B, E and F: What I need, what I will achieve and the help I will get', style: 'h2', blocks: [
      para('Kieran has autism and a moderate learning difficulty. The table sets out each need (B), the outcome (E) and the special educational provision (F) with who provides it and how often.'),
      table(['Needs', 'Outcomes', 'Provision', 'Who', 'How often'],
        ['Employment'],
        ['Kieran wants paid work in a warehouse or stockroom but has never had a job.', o('By July 2026, Kieran will complete a 6-month supported internship in the stores at Redwater Hospital, working 3 days a week, and arrive on time on at least 95% of days.', 'mtP'), p('Supported internship with a job coach alongside Kieran', 'S apfd'), 'Job coach employed by the college', 'All day (9am-3pm) for the first 4 weeks, then 1 hour on each working day'],
        ['He finds it hard to understand what is expected at work.', o('Kieran will understand workplace rules.', 'P'), p('Employability sessions', 'V apf'), 'College tutor', 'Weekly'],
        ['Independent living'],
        ['Kieran cannot yet plan and cook a meal.', o('By the end of the academic year, Kieran will plan, shop for and cook a two-course meal for himself within a £10 budget.', 'mtP'), p('Independent living skills in the college training kitchen, in a group of up to 6 learners', 'S apfdg'), 'Independent living tutor', 'Twice weekly for 90 minutes'],
        ['He does not manage his own money.', o('Kieran will be better with money.', 'P'), p('Budgeting support', 'V p', ['support', 'as and when']), 'Learning support assistant', 'As and when'],
        ['Community inclusion and travel'],
        ['Kieran travels to college by taxi and is anxious on buses.', o('By December 2026, Kieran will travel from home to college by bus on his own on 5 consecutive days.', 'mtP'), p('Independent travel training on the route from home to college', 'S apfd'), 'Council travel trainer', '3 x 2-hour sessions per week until he travels alone'],
        ['He has no friends outside college.', o('Kieran will have a social life.', 'P'), p('Opportunities to join college enrichment clubs', 'V a', ['opportunities', 'ongoing']), 'Student services', 'Ongoing'],
        ['Health'],
        ['Kieran\'s anxiety stops him booking or going to the GP.', o('By his next annual review, Kieran will book and attend a GP appointment with his support worker waiting outside.', 'mtP'), p('Rehearsal of phone calls and appointments using scripts', 'S apfdg'), 'Learning support assistant', '1:1, 20 minutes each week'],
        ['Communication and interaction'],
        ['Kieran takes spoken instructions literally and misses key details.', o('Kieran will follow a written task list of 5 steps at work without asking for the instructions to be repeated.', 'mP'), p('Written task lists and visual instructions for every work task and lesson', 'S apf'), 'Job coach and tutors', 'Every session'],
        ['He needs time to process spoken language.', o('Kieran will communicate more effectively.', ''), p('Speech and language therapy input', 'V ap', ['input', 'as required']), 'SaLT', 'As required'],
      ),
    ] },
    { keys: ['G'], heading: 'Section G: Health provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['H1'], heading: 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', style: 'h2', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Section H2: Other social care provision', style: 'h2', blocks: [
      ul(p('A personal assistant for 6 hours every Saturday to go to the gym and the cinema with Kieran, funded through a direct payment from adult social care.', 'S apfd')),
    ] },
    { keys: ['I'], heading: 'Section I: Placement', style: 'h2', blocks: [para('Redwater College of Further Education (general further education college), Supported Internship programme.')] },
    { keys: ['J'], heading: 'Section J: Personal budget', style: 'h2', blocks: [para('A direct payment of £3,120 a year for the personal assistant in Section H2.')] },
    { keys: ['K'], heading: 'Section K: Advice and information', style: 'h2', blocks: [
      ul('My views', 'College advice', 'Adult social care assessment (Care Act 2014), September 2025', 'Careers guidance report'),
    ] },
  ],
};

const area = (name: string) => para(name, true);

const p29: PlanSpec = {
  id: 'p29',
  description: 'Year 10, final, long plan with boilerplate: a contents list naming every section with page numbers, legal notes, a contributors table, "A. Title" h1 headings with an introduction in each section, running header and page footers inside the text version, single H, K as lettered appendices, signature block; visual impairment; PfA outcomes.',
  pdfProducer: 'chromium',
  child: { name: 'Imogen Fairweather', dob: '30/01/2011' },
  txtTable: 'tab',
  fitTables: true,
  txtRunningHeaderEvery: 7,
  status: 'final',
  yearGroup: 10,
  front: [
    title('Castlebridge City Council'),
    title('Education, Health and Care Plan'),
    para('OFFICIAL - SENSITIVE. This plan contains personal information. Do not share it without the consent of the young person\'s parents.'),
    details(['Name', 'Imogen Fairweather'], ['Date of birth', '30/01/2011'], ['Year group', 'Year 10'], ['Unique pupil number', 'K823400117005'], ['Plan status', 'Final'], ['Date plan issued', '27 November 2025'], ['Date of next annual review', 'By 27 November 2026']),
    para('Contents', true),
    table(undefined,
      ['Section A – Views, interests and aspirations', '3'],
      ['Section B – Special educational needs', '4'],
      ['Section C – Health needs', '5'],
      ['Section D – Social care needs', '5'],
      ['Section E – Outcomes', '6'],
      ['Section F – Special educational provision', '7'],
      ['Section G – Health provision', '9'],
      ['Section H – Social care provision', '9'],
      ['Section I – Placement', '10'],
      ['Section J – Personal budget', '10'],
      ['Section K – Advice and information (appendices)', '10'],
    ),
    para('About this plan', true),
    para('This Education, Health and Care (EHC) plan has been written under section 37 of the Children and Families Act 2014 and the Special Educational Needs and Disability Regulations 2014. The local authority must secure the special educational provision in Section F (section 42 of the Act). The health provision in Section G must be arranged by the responsible commissioning body.'),
    para('The plan will be reviewed at least every 12 months. If you disagree with Sections B, F or I you can appeal to the First-tier Tribunal (Special Educational Needs and Disability); information about mediation is enclosed.'),
    para('People who contributed to this plan', true),
    table(['Name', 'Role'], ['Karen and Neil Fairweather', 'Parents'], ['Dr S. Adeyemi', 'Educational psychologist'], ['M. Cortez', 'Qualified Teacher of the Vision Impaired'], ['J. Holloway', 'SENCo, Castlebridge Academy']),
  ],
  sections: [
    { keys: ['A'], heading: 'A. The views, interests and aspirations of Imogen and her parents', style: 'h1', pageBreak: true, blocks: [
      para('This section is written in Imogen\'s words and her parents\' words.'),
      para('I like history, audiobooks and singing in the choir. I want to go to sixth form college and then study history at university. I want to be able to go into town with my friends without my mum.'),
    ] },
    { keys: ['B'], heading: 'B. Special educational needs', style: 'h1', blocks: [
      para('This section describes Imogen\'s needs under the four broad areas of need in the SEND Code of Practice.'),
      para('Sensory: Imogen has a severe visual impairment (congenital cataracts and glaucoma), with a visual acuity of 6/60 in her better eye. She reads N24 print with a magnifier and tires quickly. She is learning to use a long cane.'),
      para('Cognition and learning: her understanding and reasoning are in the average range, but she works more slowly than her peers because of her vision.'),
    ] },
    { keys: ['C'], heading: 'C. Health needs which relate to Imogen\'s special educational needs', style: 'h1', blocks: [
      para('Imogen uses glaucoma eye drops twice a day and is under the care of the ophthalmology department at Castlebridge General Hospital.'),
    ] },
    { keys: ['D'], heading: 'D. Social care needs which relate to Imogen\'s special educational needs or disability', style: 'h1', blocks: [
      para('No social care needs have been identified.'),
    ] },
    { keys: ['E'], heading: 'E. Outcomes', style: 'h1', blocks: [
      para('The outcomes below are what Imogen, her parents and the professionals who know her have agreed she should achieve by the end of the next key stage or sooner.'),
      ul(
        o('By the end of Year 11, Imogen will achieve a grade 5 or above in GCSE English Language and GCSE History, using modified large print papers.', 'mt'),
        o('By July 2026, Imogen will touch type at 35 words per minute with 95% accuracy.', 'mt'),
        o('By September 2027, Imogen will travel independently from home to Castlebridge Sixth Form College using her long cane and the number 14 bus.', 'mtP'),
        o('Imogen will become more independent in the kitchen.', 'P'),
        o('By the end of Year 10, Imogen will use a talking scale and tactile markers to prepare a simple meal at home on her own.', 'mtP'),
        o('Imogen will feel included at school.', ''),
      ),
    ] },
    { keys: ['F'], heading: 'F. Special educational provision', style: 'h1', pageBreak: true, blocks: [
      para('The provision below must be made by the local authority. It is set out by area of need.'),
      area('Sensory and cognition and learning'),
      ul(
        p('All classroom materials provided in 24-point Arial on A3 paper or electronically on her iPad, prepared by the Resource Base technician at least one day before each lesson.', 'S apf'),
        p('Teaching from a Qualified Teacher of the Vision Impaired (QTVI): 1 hour per week, 1:1, covering touch typing, assistive technology and study skills.', 'S apqfdg'),
        p('A laptop with screen-magnification software (ZoomText) in every lesson and at home, set up by the QTVI.', 'S apqf'),
        p('Modified examination papers (N24 bold), 25% extra time and a reader where needed, in all internal and external examinations.', 'V a', ['where needed']),
        p('Imogen should be given copies of the board work.', 'V a', ['should']),
        p('Regular liaison between the QTVI and subject teachers.', 'V apq', ['regular']),
      ),
      area('Preparing for adulthood'),
      ul(
        p('Habilitation training from a qualified habilitation specialist, 10 sessions of 1 hour each in the summer term 2026, on the bus route to college.', 'S apqfd'),
        p('Independent living skills: cooking with adapted equipment in the Resource Base kitchen, 2 x 50 minutes per week, 1:1 with a teaching assistant trained in vision impairment awareness.', 'S apqfdg'),
        p('Careers guidance from the school\'s careers adviser: at least 2 meetings of 30 minutes in Year 10, and a half-day college visit with the QTVI in the summer term.', 'S apqfd'),
        p('Mobility and orientation support around school.', 'V', ['support']),
        p('Support from the VI team as appropriate.', 'V', ['support', 'as appropriate']),
      ),
    ] },
    { keys: ['G'], heading: 'G. Health provision', style: 'h1', blocks: [
      para('Health provision reasonably required by Imogen\'s learning difficulties or disabilities.'),
      ul(
        p('Ophthalmology review at the eye clinic every 12 months, a 1-hour appointment with a consultant ophthalmologist.', 'S apfd'),
        p('Low vision clinic assessment as required.', 'V a', ['as required']),
      ),
    ] },
    { keys: ['H1', 'H2'], heading: 'H. Social care provision (H1 and H2)', style: 'h1', blocks: [para('None required at this time.')] },
    { keys: ['I'], heading: 'I. Placement', style: 'h1', blocks: [para('Castlebridge Academy, a mainstream secondary academy with a resource base for pupils with visual impairment.')] },
    { keys: ['J'], heading: 'J. Personal budget', style: 'h1', blocks: [para('No personal budget has been requested.')] },
    { keys: ['K'], heading: 'K. Advice and information', style: 'h1', blocks: [
      para('The advice and information gathered during the assessment is attached as appendices:'),
      ul('Appendix A – Parental advice', 'Appendix B – Educational psychology advice', 'Appendix C – QTVI advice (Sensory Support Service)', 'Appendix D – Habilitation specialist report', 'Appendix E – Ophthalmology letter', 'Appendix F – Social care advice', 'Appendix G – School advice'),
    ] },
  ],
  back: [
    para('Signed on behalf of Castlebridge City Council by the named officer: A. Whitcombe, SEND Team Manager. Date: 27 November 2025.'),
  ],
};

const p30: PlanSpec = {
  id: 'p30',
  description: 'Year 8, final plan amended after annual review: a summary-of-amendments table at the front quoting removed provision, "[Amended]" markers inside statements, "F: Title" headings; SEMH; a looked-after child with social care needs in D and nothing in H1/H2; "up to 5 hours", "20-30 minutes", "regular check-ins"; PDF produced by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Riley Thompson-Achara', dob: '07/07/2013' },
  txtTable: 'tab',
  fitTables: true,
  status: 'final',
  yearGroup: 8,
  checks: { socialCareNeedsWithoutProvision: true },
  front: [
    title('Greyhaven Council'),
    title('Amended Education, Health and Care Plan'),
    para('This plan has been amended following the annual review meeting held on 9 October 2025. Amended text is marked [Amended]. Text that is no longer part of the plan has been removed. This amended plan is final.'),
    details(['Name', 'Riley Thompson-Achara'], ['Date of birth', '07/07/2013'], ['Year group', 'Year 8'], ['Date of original plan', '3 June 2022'], ['Date of this amended plan', '19 December 2025']),
    para('Summary of amendments', true),
    table(['Section', 'Change'],
      ['B', 'Updated to describe Riley\'s needs since moving to secondary school.'],
      ['E', 'Outcomes 1 and 4 replaced.'],
      ['F', 'Removed: weekly anger management sessions with the learning mentor. Added: mentoring twice weekly (F1) and counselling (F5).'],
      ['I', 'School changed from Greyhaven Juniors to Greyhaven High School.'],
    ),
  ],
  sections: [
    { keys: ['A'], heading: 'A: Views, interests and aspirations', style: 'h2', blocks: [para('Riley likes boxing, grime music and his foster carers\' dog, Biscuit. He wants to be a personal trainer.')] },
    { keys: ['B'], heading: 'B: Special educational needs', style: 'h2', blocks: [
      para('[Amended] Riley has social, emotional and mental health needs arising from early trauma. He finds it hard to trust adults, reacts quickly when he feels criticised and has received three fixed-term suspensions this year. His reading and maths are about two years below age-related expectations.'),
    ] },
    { keys: ['C'], heading: 'C: Health needs', style: 'h2', blocks: [para('Riley has been referred to CAMHS for an assessment for possible ADHD.')] },
    { keys: ['D'], heading: 'D: Social care needs', style: 'h2', blocks: [
      para('Riley is a looked-after child (section 20, Children Act 1989) and lives with foster carers. He has contact with his birth mother twice a month, which often unsettles him for several days. He needs help from his social worker to prepare for and recover from contact.'),
    ] },
    { keys: ['E'], heading: 'E: Outcomes', style: 'h2', blocks: [
      ol2(
        o('[Amended] By the end of Year 8, Riley will stay in class for the whole lesson in 9 out of 10 lessons each week, as recorded on his report card.', 'mt'),
        o('Riley will manage his emotions better.', ''),
        o('By the summer term 2026, Riley will name two adults in school he can talk to and will go to one of them when he is upset, on 4 out of 5 occasions recorded by staff.', 'mt'),
        o('[Amended] Riley will have no more than 2 fixed-term suspensions by July 2026.', 'mt'),
        o('Riley will be happy in his foster placement.', ''),
      ),
    ] },
    { keys: ['F'], heading: 'F: Special educational provision', style: 'h2', blocks: [
      lettered(['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9'],
        p('[Amended] Mentoring with the school\'s learning mentor, 1:1, twice weekly for 30 minutes, using the Decider Skills programme.', 'S apfdg'),
        p('A key adult (a named teaching assistant) to meet Riley at the school gate each morning for a 10-minute check-in before registration.', 'S apfd'),
        p('Regular check-ins throughout the day.', 'V a', ['regular']),
        p('An agreed safe space (the Base) that Riley can go to at any time in the school day with his time-out card, supervised by a member of the pastoral team.', 'S ap'),
        p('[Amended] Access to a counsellor if needed.', 'V p', ['access to', 'if needed']),
        p('All staff who teach Riley will follow his positive behaviour support plan in every lesson and at unstructured times.', 'S apf'),
        p('Small group work for English and maths.', 'V'),
        p('Up to 5 hours per week of teaching assistant support in lessons.', 'V apfd', ['up to', 'support']),
        p('20-30 minutes of anger management work each week with the learning mentor.', 'V apfd', ['20-30 minutes']),
      ),
    ] },
    { keys: ['G'], heading: 'G: Health provision', style: 'h2', blocks: [
      ul(p('CAMHS will offer an ADHD assessment appointment when one becomes available.', 'V a', ['will offer', 'when one becomes available'])),
    ] },
    { keys: ['H1'], heading: 'H1: Social care provision under the CSDPA 1970', style: 'h2', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'H2: Other social care provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'I: Placement', style: 'h2', blocks: [para('[Amended] Greyhaven High School (mainstream community secondary school).')] },
    { keys: ['J'], heading: 'J: Personal budget', style: 'h2', blocks: [para('None.')] },
    { keys: ['K'], heading: 'K: Advice and information', style: 'h2', blocks: [
      ul('Annual review report, October 2025', 'Social worker\'s report', 'Virtual School advice', 'Educational psychology advice (2022)'),
    ] },
  ],
};

const p31: PlanSpec = {
  id: 'p31',
  description: 'Year 10, final, transferred from a statement and still structured as one: headings "Part 3 – Special Educational Provision (Section F)", Objectives / Provision / Monitoring inside F; cerebral palsy; physiotherapy in F; no preparing-for-adulthood outcome; single H.',
  pdfProducer: 'chromium',
  child: { name: 'Rhys Penhaligon-Moss', dob: '19/11/2010' },
  txtTable: 'tab',
  fitTables: true,
  status: 'final',
  yearGroup: 10,
  checks: { statementWording: true, preparingForAdulthoodMissing: true },
  front: [
    title('Kingsmere County Council'),
    title('Education, Health and Care Plan'),
    para('This plan was made following the transfer review of Rhys\'s Statement of Special Educational Needs dated 12 May 2016. The Parts of the statement have been kept.'),
    details(['Name', 'Rhys Penhaligon-Moss'], ['Date of birth', '19/11/2010'], ['Year group', 'Year 10'], ['Date of final plan', '6 October 2025']),
  ],
  sections: [
    { keys: ['A'], heading: 'Part 1 – Introduction and views (Section A)', style: 'h2', blocks: [para('Rhys enjoys wheelchair basketball, computer games and history documentaries. His parents want him to be treated like everyone else.')] },
    { keys: ['B'], heading: 'Part 2 – Special Educational Needs (Section B)', style: 'h2', blocks: [
      para('Rhys has cerebral palsy (right hemiplegia). He has limited use of his right hand, writes slowly and tires easily. He walks short distances with a frame and uses a wheelchair around school.'),
    ] },
    { keys: ['C'], heading: 'Part 5 – Non-educational needs: health (Section C)', style: 'h2', blocks: [para('Rhys has cerebral palsy and wears an ankle-foot orthosis on his right leg.')] },
    { keys: ['D'], heading: 'Part 5 – Non-educational needs: social care (Section D)', style: 'h2', blocks: [para('None.')] },
    { keys: ['E'], heading: 'Section E – Outcomes (Part 3 objectives)', style: 'h2', blocks: [
      ul(
        o('Rhys will make progress in English and maths.', ''),
        o('By the end of Year 11, Rhys will achieve a grade 4 in GCSE mathematics.', 'mt'),
        o('To develop Rhys\'s fine motor skills.', ''),
        o('By July 2026, Rhys will type a 300-word essay in one lesson using his adapted keyboard and predictive text.', 'mt'),
      ),
    ] },
    { keys: ['F'], heading: 'Part 3 – Special Educational Provision (Section F)', style: 'h2', blocks: [
      para('Objectives', true),
      para('See Section E.'),
      para('Educational provision to meet Rhys\'s needs and objectives', true),
      ul(
        p('Rhys should continue to attend a mainstream secondary school with support from the Physical Difficulties Support Service.', 'V', ['should', 'support']),
        p('A teaching assistant trained in moving and handling to support Rhys throughout the school day, including all moves between lessons, break and lunchtime (32.5 hours per week).', 'S apqfd'),
        p('An adapted keyboard, a laptop with predictive text software and a writing slope for all written work in every lesson.', 'S af'),
        p('Physiotherapy: a programme set by an HCPC-registered physiotherapist and carried out by the trained teaching assistant, 3 times weekly for 20 minutes.', 'S apqfd'),
        p('Occupational therapy advice to school as required.', 'V a', ['as required']),
        p('Extra time and rest breaks in examinations, at the discretion of the exams officer.', 'V ap', ['at the discretion of the exams officer']),
        p('Adapted PE, e.g. boccia or swimming.', 'V a', ['e.g.']),
      ),
      para('Monitoring', true),
      ul(p('Rhys\'s progress will be monitored through the usual school procedures.', 'V', ['monitored', 'usual school procedures'])),
    ] },
    { keys: ['G'], heading: 'Part 6 – Non-educational provision: health (Section G)', style: 'h2', blocks: [
      ul(
        p('Review by the community paediatrician every 12 months.', 'V apf'),
        p('New ankle-foot orthoses fitted by the orthotist as he grows.', 'V ap', ['as he grows']),
      ),
    ] },
    { keys: ['H1', 'H2'], heading: 'Part 6 – Non-educational provision: social care (Section H)', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Part 4 – Placement (Section I)', style: 'h2', blocks: [para('Kingsmere School, a mainstream secondary academy.')] },
    { keys: ['J'], heading: 'Section J – Personal budget', style: 'h2', blocks: [para('Not requested.')] },
    { keys: ['K'], heading: 'Appendices (Section K)', style: 'h2', blocks: [
      ul('Appendix 1: Statement of Special Educational Needs (2016)', 'Appendix 2: Physiotherapy advice', 'Appendix 3: Transfer review report'),
    ] },
  ],
};

/** A numbered outcome list written out as "Outcome 1", "Outcome 2" labels, as some amended plans do. */
function ol2(...items: ReturnType<typeof o>[]) {
  return lettered(items.map((_, i) => `Outcome ${i + 1}:`), ...items);
}

const letterOnly = (key: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H1' | 'H2' | 'I' | 'J' | 'K', t: string, ...rest: PlanSpec['sections'][number]['blocks']): PlanSpec['sections'][number] => (
  { keys: [key], heading: key, style: 'h2', blocks: [para(t, true), ...rest] }
);

const p32: PlanSpec = {
  id: 'p32',
  description: 'Year 6, draft that wrongly names a school (parental preference agreed) in Section I; bare-letter headings ("F" alone, then the title in bold); autism; "A TA will support", "such as" that does not govern, "when appropriate"; PDF produced by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Nadia Brightwell', dob: '03/03/2015' },
  txtTable: 'pipe',
  fitTables: true,
  status: 'draft',
  yearGroup: 6,
  checks: { placementInDraft: true },
  front: [
    title('Abbotsfield District Council'),
    title('DRAFT Education, Health and Care Plan'),
    details(['Name', 'Nadia Brightwell'], ['Date of birth', '03/03/2015'], ['Year group', 'Year 6'], ['Date of draft', '5 March 2026'], ['Response due by', '20 March 2026']),
  ],
  sections: [
    letterOnly('A', 'Views, interests and aspirations', para('Nadia loves cats, origami and facts about volcanoes. She is worried about moving to "big school".')),
    letterOnly('B', 'Special educational needs', para('Nadia is autistic. She finds changes to routine, noisy places and unstructured times very hard, and she can shut down and stop speaking when she is overwhelmed.')),
    letterOnly('C', 'Health needs', para('Nadia has no health needs related to her special educational needs.')),
    letterOnly('D', 'Social care needs', para('None.')),
    letterOnly('E', 'Outcomes', ul(
      o('By the end of Year 6, Nadia will use her visual timetable to move between activities without adult prompting in 4 out of 5 transitions.', 'mt'),
      o('Nadia will cope with change.', ''),
      o('By the end of the first term in Year 7, Nadia will eat lunch in the school canteen on at least 3 days a week.', 'mt'),
      o('Nadia will make a friend.', 'P'),
    )),
    letterOnly('F', 'Special educational provision', ul(
      p('A daily 15-minute Attention Autism session in a group of 4, led by a teaching assistant trained in Attention Autism.', 'S apqfdg'),
      p('A TA will support Nadia in class.', 'V p', ['support']),
      p('A social story written by the class teacher before any planned change to routine, such as a supply teacher, a trip or a fire drill.', 'S ap'),
      p('Transition support for secondary school.', 'V', ['support']),
      p('A transition programme of 6 extra visits of 1 hour to her secondary school in the summer term 2026, with her key teaching assistant.', 'S apfd'),
      p('Ear defenders and a quiet workstation available to Nadia at all times during the school day.', 'S a'),
      p('Sensory breaks of 5 minutes every hour, supervised by a teaching assistant.', 'S apfd'),
      p('Speech and language therapy advice and a programme, to be reviewed when appropriate.', 'V a', ['when appropriate']),
    )),
    letterOnly('G', 'Health provision', para('No health provision identified.')),
    letterOnly('H1', 'Social care provision (CSDPA 1970)', para('None.')),
    letterOnly('H2', 'Other social care provision', para('None.')),
    letterOnly('I', 'Placement', para('Parental preference: Abbotsfield Park Academy (mainstream secondary academy). The local authority agrees to name this school from September 2026.')),
    letterOnly('J', 'Personal budget', para('None.')),
    letterOnly('K', 'Advice and information', ul('Parental advice', 'Educational psychology advice', 'Autism outreach team advice', 'School advice')),
  ],
};

const p33: PlanSpec = {
  id: 'p33',
  description: 'Year 5, final, headings as plain paragraphs with a gloss ("Section F — Special Educational Provision (what support will be put in place)"); provision in prose paragraphs under "To achieve outcome N:"; "Outcome N:" labels; occupational therapy only in G; developmental coordination disorder and ADHD.',
  pdfProducer: 'chromium',
  child: { name: 'Oscar Lindgren-Patel', dob: '15/12/2015' },
  txtTable: 'tab',
  fitTables: true,
  status: 'final',
  yearGroup: 5,
  checks: { therapyOnlyInHealth: true },
  front: [
    title('Fordingham Borough Council'),
    title('Education, Health and Care Plan – Final'),
    details(['Child', 'Oscar Lindgren-Patel'], ['Date of birth', '15/12/2015'], ['School year', 'Year 5'], ['Plan date', '12 January 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A — Views, interests and aspirations (what is important to Oscar and his family)', style: 'plain', blocks: [para('Oscar loves Lego Technic, magic tricks and his scooter. He wants to be an engineer. His parents want him to stop feeling that he is "bad at everything".')] },
    { keys: ['B'], heading: 'Section B — Special Educational Needs (what Oscar finds difficult)', style: 'plain', blocks: [para('Oscar has developmental coordination disorder and ADHD. His handwriting is slow and hard to read, he finds dressing and PE hard, and he struggles to stay on task for more than a few minutes.')] },
    { keys: ['C'], heading: 'Section C — Health Needs (health needs related to SEN)', style: 'plain', blocks: [para('Oscar\'s developmental coordination disorder was diagnosed by the community paediatrician in 2024. He takes methylphenidate for ADHD each morning.')] },
    { keys: ['D'], heading: 'Section D — Social Care Needs (social care needs related to SEN or disability)', style: 'plain', blocks: [para('No social care needs.')] },
    { keys: ['E'], heading: 'Section E — Outcomes (what Oscar will achieve)', style: 'plain', blocks: [
      para(o('Outcome 1: By the end of Year 5, Oscar will write a paragraph of 5 legible sentences in 15 minutes.', 'mt')),
      para(o('Outcome 2: Oscar will get better at PE.', '')),
      para(o('Outcome 3: By July 2026, Oscar will stay on task for 15 minutes with one reminder in 4 out of 5 lessons.', 'mt')),
      para(o('Outcome 4: Oscar will dress himself after swimming.', 'mP')),
    ] },
    { keys: ['F'], heading: 'Section F — Special Educational Provision (what support will be put in place)', style: 'plain', blocks: [
      para('To achieve outcome 1:'),
      para(p('Oscar will use a laptop for all extended writing, and will be taught to touch type using the Doorway Online programme, 4 times a week for 15 minutes, supervised by a teaching assistant.', 'S apfd')),
      para(p('He will be given handwriting practice when time allows.', 'V a', ['when time allows'])),
      para('To achieve outcome 2:'),
      para(p('A gross motor skills group (Jump Ahead) three times a week for 20 minutes, in a group of no more than 6 children, led by a teaching assistant trained in the programme.', 'S apqfdg')),
      para(p('Adult help with changing for PE and swimming.', 'V a')),
      para('To achieve outcome 3:'),
      para(p('Movement breaks of 3 minutes every 20 minutes in all lessons, prompted by the class teacher.', 'S apfd')),
      para(p('A wobble cushion could be trialled.', 'V a', ['could'])),
      para(p('Check-ins with an adult throughout the day.', 'V a')),
      para(p('A reward chart agreed with Oscar and his parents, used by the class teacher in every lesson, with a 5-minute review with Oscar at the end of each day.', 'S apfd')),
      para('To achieve outcome 4:'),
      para(p('Ten minutes\' extra changing time after every swimming lesson, with a teaching assistant giving verbal prompts only.', 'S apfd')),
    ] },
    { keys: ['G'], heading: 'Section G — Health Provision (health services Oscar will receive)', style: 'plain', blocks: [
      para(p('Occupational therapy: an HCPC-registered occupational therapist will provide 6 sessions of 45 minutes in school over the autumn term, working on dressing, handwriting posture and scissor skills, and will write a programme for school.', 'S apqfd')),
      para(p('Review of ADHD medication by the community paediatrician every 6 months in a 20-minute clinic appointment.', 'S apfd')),
    ] },
    { keys: ['H1'], heading: 'Section H1 — Social Care Provision (CSDPA 1970)', style: 'plain', blocks: [para('Not applicable.')] },
    { keys: ['H2'], heading: 'Section H2 — Other Social Care Provision', style: 'plain', blocks: [para('Not applicable.')] },
    { keys: ['I'], heading: 'Section I — Placement (where Oscar will learn)', style: 'plain', blocks: [para('Fordingham St Luke\'s CE Primary School (mainstream voluntary aided primary school).')] },
    { keys: ['J'], heading: 'Section J — Personal Budget', style: 'plain', blocks: [para('Not applicable.')] },
    { keys: ['K'], heading: 'Section K — Advice and Information (reports used to write this plan)', style: 'plain', blocks: [ul('Occupational therapy report', 'Paediatric report', 'Educational psychology advice', 'School advice', 'Parental advice')] },
  ],
};

const p34: PlanSpec = {
  id: 'p34',
  description: 'Year 9, final, sections in a service order (A, B, E, F, then C with G, D with H1/H2, then I-K); bold "Section F. Title" headings; provision as a six-column grid (Provision | Outcome | Frequency | Duration | Ratio | Delivered by) with "TBC", "As required", "Optional" and a range in cells; outcomes in a table whose "By when" column holds the date; autism and language disorder; PDF produced by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Theo Blackwood-Amin', dob: '14/02/2012' },
  txtTable: 'tab',
  fitTables: true,
  status: 'final',
  yearGroup: 9,
  front: [
    title('Saltmoor Council'),
    title('Education, Health and Care Plan'),
    details(['Name', 'Theo Blackwood-Amin'], ['Date of birth', '14/02/2012'], ['Year group', 'Year 9'], ['Final plan date', '23 January 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A. Views, interests and aspirations', style: 'bold', blocks: [para('Theo loves maps, old railway timetables and history podcasts. He would like to work in a library or an archive.')] },
    { keys: ['B'], heading: 'Section B. Special educational needs', style: 'bold', blocks: [
      para('Theo is autistic and has a developmental language disorder. He understands far less spoken language than his expressive vocabulary suggests, finds conversation with peers hard and becomes anxious when plans change.'),
    ] },
    { keys: ['E'], heading: 'Section E. Outcomes', style: 'bold', blocks: [
      table(['Ref', 'Outcome', 'By when'],
        ['E1', o('Theo will explain the meaning of 10 key words from each new science topic in his own words', 'mt'), 'End of Year 9'],
        ['E2', o('Theo will start and keep up a conversation with a peer for 3 turns at lunchtime on 3 days a week', 'mtP'), 'July 2026'],
        ['E3', o('Theo will use his calm plan when he feels anxious', 'm'), 'Ongoing'],
        ['E4', o('Theo will complete a week of work experience in a library or archive, arriving on time each day', 'mtP'), 'End of Year 10'],
        ['E5', o('Theo will have better social skills', 't'), 'End of Key Stage 4'],
      ),
    ] },
    { keys: ['F'], heading: 'Section F. Special educational provision', style: 'bold', blocks: [
      gridTable(['Provision', 'Outcome', 'Frequency', 'Duration', 'Ratio', 'Delivered by'],
        [p('Social communication group (Talkabout for Teenagers)', 'S apqfdg'), 'E2', 'Weekly', '50 minutes', '1:6', 'Speech and language therapy assistant trained in Talkabout'],
        [p('Direct speech and language therapy', 'S apqfdg'), 'E1, E2', 'Every 3 weeks', '45 minutes', '1:1', 'HCPC-registered speech and language therapist'],
        [p('Pre-teaching of science and geography vocabulary', 'V apfdg', ['20-30 minutes']), 'E1', 'Twice weekly', '20-30 minutes', '1:2', 'Teaching assistant'],
        [p('Support in lessons', 'V pg', ['support', 'as required']), 'All', 'As required', '', '1:1', 'Teaching assistant'],
        [p('Visual timetable and written instructions', 'S apf'), 'E3', 'Every lesson', 'Throughout', 'Whole class', 'All subject teachers'],
        [p('Lunchtime club in the library', 'S apfdg'), 'E2', 'Daily', 'Whole of lunchtime (40 minutes)', 'Up to 8 pupils', 'School librarian'],
        [p('Morning check-in to go through the day\'s timetable and any changes', 'S apfdg'), 'E3', 'Every morning', '10 minutes', '1:1', 'Key worker (teaching assistant)'],
        [p('Careers interview and work experience planning', 'S apqfdg'), 'E4', 'Twice in Year 9', '45 minutes', '1:1', 'Careers adviser (Level 6 qualified)'],
        [p('Travel training', 'V apfg', ['TBC']), 'E4', 'Weekly', 'TBC', '1:1', 'Travel trainer'],
        [p('Homework club', 'V a', ['optional']), 'E1', 'Optional', '', 'Small group', ''],
      ),
    ] },
    { keys: ['C'], heading: 'Section C. Health needs', style: 'bold', blocks: [para('Theo has difficulty getting to sleep and takes melatonin, prescribed by the community paediatrician.')] },
    { keys: ['G'], heading: 'Section G. Health provision', style: 'bold', blocks: [
      ul(p('Melatonin prescription reviewed by the community paediatrician every 6 months in a 30-minute appointment.', 'S apfd')),
    ] },
    { keys: ['D'], heading: 'Section D. Social care needs', style: 'bold', blocks: [para('None identified.')] },
    { keys: ['H1'], heading: 'Section H1. Social care provision (Chronically Sick and Disabled Persons Act 1970)', style: 'bold', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Section H2. Other social care provision', style: 'bold', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Section I. Placement', style: 'bold', blocks: [para('Saltmoor Academy (mainstream secondary academy).')] },
    { keys: ['J'], heading: 'Section J. Personal budget', style: 'bold', blocks: [para('None.')] },
    { keys: ['K'], heading: 'Section K. Advice and information', style: 'bold', blocks: [ul('Speech and language therapy advice', 'Educational psychology advice', 'Paediatric advice', 'School advice', 'Parent and young person\'s views')] },
  ],
};

const p35: PlanSpec = {
  id: 'p35',
  description: 'Year 4, draft with Section I correctly unnamed ("Not named in the draft plan"); "F) Title" headings; provision numbered "1)", "2)"; outcomes as long-term outcome and 12-month step side by side in a table; attachment difficulties and speech sounds; a child under a special guardianship order with H2 provision; hyphen bullets in text.',
  pdfProducer: 'chromium',
  child: { name: 'Jonah Featherstone', dob: '21/09/2016' },
  txtTable: 'pipe',
  fitTables: true,
  txtBullet: '-',
  status: 'draft',
  yearGroup: 4,
  front: [
    title('Wexcombe Council'),
    title('Education, Health and Care Plan – draft for consultation'),
    details(['Name', 'Jonah Featherstone'], ['Date of birth', '21/09/2016'], ['Year group', 'Year 4'], ['Draft issued', '26 February 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'A) Views, interests and aspirations', style: 'h2', blocks: [para('Jonah loves dinosaurs, cooking with his nan and riding his bike. He says he wants "the teacher not to shout".')] },
    { keys: ['B'], heading: 'B) Special educational needs', style: 'h2', blocks: [
      para('Social, emotional and mental health: Jonah has attachment difficulties following early neglect. He runs out of the classroom when he feels criticised and finds it hard to keep friendships.'),
      para('Communication: Jonah has a speech sound disorder and is hard to understand when he is upset.'),
    ] },
    { keys: ['C'], heading: 'C) Health needs', style: 'h2', blocks: [para('No health needs.')] },
    { keys: ['D'], heading: 'D) Social care needs', style: 'h2', blocks: [para('Jonah lives with his grandparents under a special guardianship order. The family need support to manage his behaviour at home.')] },
    { keys: ['E'], heading: 'E) Outcomes', style: 'h2', blocks: [
      table(['Outcome by the end of Key Stage 2', 'Step towards it in the next 12 months'],
        [o('By the end of Key Stage 2, Jonah will stay in class for whole lessons, leaving no more than once a week.', 'mt'), o('By July 2026, Jonah will use his calm card instead of running out of the classroom on 4 out of 5 occasions.', 'mt')],
        [o('By the end of Key Stage 2, Jonah will have friends and be happy at school.', 'tP'), o('Jonah will play a game with a peer at lunchtime.', 'mP')],
        [o('Jonah will speak in clear sentences.', ''), o('By Easter 2026, Jonah will say the "s" sound correctly at the start of words in 8 out of 10 tries.', 'mt')],
      ),
    ] },
    { keys: ['F'], heading: 'F) Special educational provision', style: 'h2', blocks: [
      lettered(['1)', '2)', '3)', '4)', '5)', '6)', '7)', '8)', '9)'],
        p('Jonah will have a daily 10-minute meet and greet with his key adult, a teaching assistant trained in emotion coaching, when he arrives at school.', 'S apqfd'),
        p('Nurture group sessions three afternoons a week (1.30pm to 3.00pm), in a group of no more than 8, led by a teacher and a teaching assistant trained in the Boxall Profile.', 'S apqfdg'),
        p('Jonah should have a consistent adult at transitions where possible.', 'V a', ['should', 'where possible']),
        p('Speech and language therapy: an assessment by a speech and language therapist, followed by a programme delivered by a teaching assistant.', 'V ap'),
        p('Access to a calm space.', 'V a', ['access to']),
        p('Play therapy with a registered play therapist, 1:1, 45 minutes each week for 12 weeks.', 'S apqfdg'),
        p('Staff to use emotion coaching with Jonah.', 'V a'),
        p('Lunchtime support.', 'V', ['support']),
        p('A home-school diary completed by the class teacher at the end of every school day.', 'S apf'),
      ),
    ] },
    { keys: ['G'], heading: 'G) Health provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['H1'], heading: 'H1) Social care provision (CSDPA 1970)', style: 'h2', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'H2) Other social care provision', style: 'h2', blocks: [
      ul(p('Post-order support: a family support worker from the special guardianship support team will visit the family at home for 1 hour every fortnight.', 'S apfd')),
    ] },
    { keys: ['I'], heading: 'I) Placement', style: 'h2', blocks: [para('Not named in the draft plan. The parents\' preference will be considered when the plan is finalised.')] },
    { keys: ['J'], heading: 'J) Personal budget', style: 'h2', blocks: [para('Not requested.')] },
    { keys: ['K'], heading: 'K) Advice and information', style: 'h2', blocks: [ul('Educational psychology advice', 'Speech and language therapy advice', 'Social care advice (special guardianship support team)', 'School advice')] },
  ],
};

const p36: PlanSpec = {
  id: 'p36',
  description: 'Year 12 in a special school sixth form, final; numbered section headings ("6. Section F: Title"); Section I names a type of school only; E grouped under the four preparing-for-adulthood areas; Down syndrome; H1 "see H2" with H2 provision.',
  pdfProducer: 'chromium',
  child: { name: 'Maya Kowalczyk-Doyle', dob: '05/05/2009' },
  txtTable: 'tab',
  fitTables: true,
  status: 'final',
  yearGroup: 12,
  front: [
    title('Penmarsh County Council'),
    title('Education, Health and Care Plan'),
    details(['Name', 'Maya Kowalczyk-Doyle'], ['Date of birth', '05/05/2009'], ['Year', 'Year 12 (sixth form)'], ['Status', 'Final plan'], ['Date', '2 October 2025']),
  ],
  sections: [
    { keys: ['A'], heading: '1. Section A: Views, interests and aspirations', style: 'h2', blocks: [para('Maya loves musical theatre, baking and her little sister. She wants to work in a café and to live with her friend Hollie one day.')] },
    { keys: ['B'], heading: '2. Section B: Special educational needs', style: 'h2', blocks: [para('Maya has Down syndrome and a moderate learning difficulty. She speaks in short sentences and uses Makaton. She reads familiar words and needs help with money, time and personal care.')] },
    { keys: ['C'], heading: '3. Section C: Health needs', style: 'h2', blocks: [para('Maya has hypothyroidism, treated with levothyroxine, and a mild hearing loss.')] },
    { keys: ['D'], heading: '4. Section D: Social care needs', style: 'h2', blocks: [para('Maya needs help with personal care and support to take part in activities outside school. Her parents need short breaks.')] },
    { keys: ['E'], heading: '5. Section E: Outcomes', style: 'h2', blocks: [
      para('Education and employment', true),
      ul(
        o('By July 2026, Maya will complete a 10-week work placement in the school café, working 2 hours a week and taking customers\' orders using her picture menu.', 'mtP'),
        o('Maya will get a job.', 'P'),
      ),
      para('Independent living', true),
      ul(
        o('By the end of Year 12, Maya will make her own packed lunch from a picture list, with one verbal prompt, on 4 days a week.', 'mtP'),
        o('Maya will manage her money.', 'P'),
      ),
      para('Friends, relationships and community', true),
      ul(o('By her next annual review, Maya will go to a weekly drama group in the community with a support worker, attending 8 out of 10 sessions.', 'mtP')),
      para('Good health', true),
      ul(o('By the end of Year 13, Maya will tell staff when she feels unwell, using her communication book.', 'mtP')),
      para('Communication', true),
      ul(o('Maya will improve her speech.', '')),
    ] },
    { keys: ['F'], heading: '6. Section F: Special educational provision', style: 'h2', blocks: [
      ul(
        p('Education in a class of no more than 10 students with a teacher and two teaching assistants, for the full school week (32.5 hours).', 'S apfdg'),
        p('Work-related learning in the school café, 2 hours each Wednesday, with a job coach.', 'S apfd'),
        p('Speech and language therapy: 6 sessions of 1 hour per year from a speech and language therapist, and a Makaton programme used by all staff in every lesson.', 'S apfd'),
        p('Travel training may be considered in Year 13.', 'V a', ['may be considered']),
        p('Support with personal care as needed.', 'V', ['support', 'as needed']),
        p('Cooking and independent living skills lessons in the school flat, 3 x 1 hour per week, in a group of 4, taught by a teacher.', 'S apfdg'),
        p('Opportunities for work experience.', 'V a', ['opportunities']),
        p('A weekly session with the school nurse to talk about healthy eating.', 'V apf'),
      ),
    ] },
    { keys: ['G'], heading: '7. Section G: Health provision', style: 'h2', blocks: [
      ul(
        p('Annual Down syndrome health check with her GP, including a thyroid blood test.', 'V apf'),
        p('Audiology review every 12 months, a 30-minute appointment with an audiologist.', 'S apfd'),
      ),
    ] },
    { keys: ['H1'], heading: '8. Section H1: Social care provision (CSDPA 1970)', style: 'h2', blocks: [para('Not applicable – see H2.')] },
    { keys: ['H2'], heading: '9. Section H2: Other social care provision', style: 'h2', blocks: [
      ul(
        p('Short breaks: one overnight stay each month at Rowan House, and a youth club with a support worker for 2 hours every Thursday evening.', 'S apfd'),
        p('Direct payments to be reviewed as required.', 'V', ['as required']),
      ),
    ] },
    { keys: ['I'], heading: '10. Section I: Placement', style: 'h2', blocks: [para('A maintained special school sixth form for students with moderate and severe learning difficulties.')] },
    { keys: ['J'], heading: '11. Section J: Personal budget', style: 'h2', blocks: [para('Direct payment for the youth club support worker: £1,560 a year.')] },
    { keys: ['K'], heading: '12. Section K: Advice and information', style: 'h2', blocks: [ul('Parent and young person\'s views', 'School advice', 'Speech and language therapy advice', 'Social care assessment', 'Health advice (GP and audiology)')] },
  ],
};

const p37: PlanSpec = {
  id: 'p37',
  description: 'Year 2, final, the text version hard-wrapped at 76 columns with Windows line endings and "o" bullets (as exported from Word or pdftotext), so statements run over several lines; "SECTION F - TITLE" plain upper-case headings; selective mutism; single H; "involvement as needed"; PDF produced by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Elsie Marchbank', dob: '10/10/2018' },
  txtTable: 'tab',
  fitTables: true,
  txtBullet: 'o',
  txtWrap: 76,
  txtCrlf: true,
  status: 'final',
  yearGroup: 2,
  front: [
    title('DUNMERE BOROUGH COUNCIL'),
    title('EDUCATION, HEALTH AND CARE PLAN'),
    details(['Name', 'Elsie Marchbank'], ['Date of birth', '10/10/2018'], ['Year group', 'Year 2'], ['Type of plan', 'Final'], ['Date', '4 December 2025']),
  ],
  sections: [
    { keys: ['A'], heading: 'SECTION A - VIEWS, INTERESTS AND ASPIRATIONS', style: 'plain', blocks: [para('Elsie loves ponies, glitter and her baby brother. At home she chats all the time; at school she does not speak. Her parents want her to feel safe enough to talk at school.')] },
    { keys: ['B'], heading: 'SECTION B - SPECIAL EDUCATIONAL NEEDS', style: 'plain', blocks: [para('Elsie has selective mutism and anxiety. She does not speak to adults or most children at school, freezes when asked a direct question and does not ask for help, even to go to the toilet. Her reading is just below age-related expectations.')] },
    { keys: ['C'], heading: 'SECTION C - HEALTH NEEDS', style: 'plain', blocks: [para('None.')] },
    { keys: ['D'], heading: 'SECTION D - SOCIAL CARE NEEDS', style: 'plain', blocks: [para('None.')] },
    { keys: ['E'], heading: 'SECTION E - OUTCOMES', style: 'plain', blocks: [
      ul(
        o('By the end of Year 2, Elsie will answer the register aloud on at least 4 days a week.', 'mt'),
        o('Elsie will talk to her teacher.', 'm'),
        o('Elsie will feel less anxious in school.', ''),
        o('By July 2026, Elsie will read a Year 1 phonics book aloud to her teaching assistant in a quiet room.', 'mt'),
      ),
    ] },
    { keys: ['F'], heading: 'SECTION F - SPECIAL EDUCATIONAL PROVISION', style: 'plain', blocks: [
      ul(
        p('A sliding-in programme for selective mutism, led by a teaching assistant trained by the educational psychologist, 4 x 15 minutes per week in a quiet room.', 'S apqfd'),
        p('Elsie will not be asked to speak in front of the class; all staff will accept non-verbal answers (pointing, cards or writing) in every lesson.', 'S apf'),
        p('Regular contact between home and school.', 'V a', ['regular']),
        p('A TA will support Elsie at playtimes.', 'V p', ['support']),
        p('Educational psychologist involvement as needed.', 'V p', ['involvement', 'as needed']),
        p('Talking buddies: a 10-minute talking game with one chosen friend and a teaching assistant, every day after lunch.', 'S apfdg'),
        p('Small group work.', 'V'),
        p('Circle of Friends: 6 weekly sessions of 30 minutes in the spring term, run by the SENCo.', 'S apfd'),
      ),
    ] },
    { keys: ['G'], heading: 'SECTION G - HEALTH PROVISION', style: 'plain', blocks: [para('None.')] },
    { keys: ['H1', 'H2'], heading: 'SECTION H - SOCIAL CARE PROVISION', style: 'plain', blocks: [para('None.')] },
    { keys: ['I'], heading: 'SECTION I - PLACEMENT', style: 'plain', blocks: [para('Dunmere Infant School, mainstream infant school.')] },
    { keys: ['J'], heading: 'SECTION J - PERSONAL BUDGET', style: 'plain', blocks: [para('None.')] },
    { keys: ['K'], heading: 'SECTION K - ADVICE AND INFORMATION', style: 'plain', blocks: [ul('Educational psychology advice', 'School advice', 'Parental advice')] },
  ],
};

const p38: PlanSpec = {
  id: 'p38',
  description: 'Year 8, final, provision written as prose paragraphs holding several statements each (specific and vague sentences side by side); "Section F – Provision to meet ... needs" h3 headings; Duchenne muscular dystrophy with physiotherapy in F and occupational therapy in G; social care needs with H1 provision.',
  pdfProducer: 'chromium',
  child: { name: 'Arlo Fitzgerald-Nkemelu', dob: '01/06/2013' },
  txtTable: 'tab',
  fitTables: true,
  status: 'final',
  yearGroup: 8,
  front: [
    title('Lindenford Council'),
    title('Education, Health and Care Plan'),
    details(['Name', 'Arlo Fitzgerald-Nkemelu'], ['Date of birth', '01/06/2013'], ['Year group', 'Year 8'], ['Plan status', 'Final'], ['Date issued', '15 October 2025']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A – Arlo\'s views, interests and aspirations', style: 'h3', blocks: [para('Arlo loves football (he is a Lindenford Rovers season ticket holder), video games and drawing comics. He wants to be a games designer.')] },
    { keys: ['B'], heading: 'Section B – Arlo\'s special educational needs', style: 'h3', blocks: [para('Arlo has Duchenne muscular dystrophy. He uses a powered wheelchair, cannot write for more than a few minutes and tires during the day. He is sometimes low in mood about his condition.')] },
    { keys: ['C'], heading: 'Section C – Health needs related to Arlo\'s special educational needs', style: 'h3', blocks: [para('Arlo has Duchenne muscular dystrophy. He takes daily steroids, his breathing is monitored by the neuromuscular team, and he needs help with transfers and toileting.')] },
    { keys: ['D'], heading: 'Section D – Social care needs', style: 'h3', blocks: [para('Arlo\'s parents need help with his personal care in the evenings and adaptations to their home.')] },
    { keys: ['E'], heading: 'Section E – Outcomes', style: 'h3', blocks: [
      ul(
        o('By the end of Year 8, Arlo will produce a 400-word piece of writing using speech-to-text in one lesson.', 'mt'),
        o('Arlo will keep his strength.', 'P'),
        o('By July 2026, Arlo will tell staff when he needs a rest break, using his break card, on 4 out of 5 occasions.', 'mtP'),
        o('Arlo will join in with PE.', 'm'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F – Provision to meet Arlo\'s special educational needs', style: 'h3', blocks: [
      prose(
        p('Arlo will use a powered wheelchair at all times in school, and a member of staff trained in moving and handling will be with him for all transfers and toileting.', 'S apq'),
        p('He will also have a rest break when he is tired.', 'V a', ['when he is tired']),
      ),
      prose(
        p('A physiotherapy programme written by an HCPC-registered physiotherapist will be carried out by a trained teaching assistant for 20 minutes every day, and the physiotherapist will review it in school once every half term for 1 hour.', 'S apqfd'),
        p('Hydrotherapy may be arranged if a pool is available.', 'V a', ['may', 'if a pool is available']),
      ),
      prose(
        p('For all written work Arlo will use a laptop with speech-to-text software.', 'S a'),
        p('A scribe will be provided by a teaching assistant in all examinations.', 'S ap'),
        p('Teachers will give him extra time where possible.', 'V ap', ['where possible']),
      ),
      prose(
        p('Arlo will meet the school counsellor, a member of the BACP, for 50 minutes every fortnight to talk about living with his condition.', 'S apqfd'),
        p('Staff will keep an eye on his emotional wellbeing.', 'V', ['keep an eye on']),
      ),
    ] },
    { keys: ['G'], heading: 'Section G – Health provision', style: 'h3', blocks: [
      prose(
        p('Respiratory review by the neuromuscular team every 6 months in a 1-hour clinic appointment.', 'V afd'),
        p('An HCPC-registered occupational therapist will assess his seating and equipment in a 90-minute visit to home and school each term.', 'S apqfd'),
      ),
    ] },
    { keys: ['H1'], heading: 'Section H1 – Social care provision (section 2 CSDPA 1970)', style: 'h3', blocks: [
      prose(p('Two hours of personal care each evening from care workers employed by a home care agency, funded by children\'s social care.', 'S apfd')),
    ] },
    { keys: ['H2'], heading: 'Section H2 – Other social care provision', style: 'h3', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Section I – Placement', style: 'h3', blocks: [para('Lindenford Park School, mainstream secondary academy.')] },
    { keys: ['J'], heading: 'Section J – Personal budget', style: 'h3', blocks: [para('None.')] },
    { keys: ['K'], heading: 'Section K – Advice and information', style: 'h3', blocks: [ul('Neuromuscular team letter', 'Physiotherapy advice', 'Occupational therapy advice', 'Social care assessment', 'School advice')] },
  ],
};

export const PLANS_E: PlanSpec[] = [p25, p26, p27, p28, p29, p30, p31, p32, p33, p34, p35, p36, p37, p38];
