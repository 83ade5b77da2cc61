// Plans p07-p12. Invented children and places; labels follow shared/rubric-reference.md.
import { type PlanSpec, p, o, para, ul, ol, table } from '../dsl.ts';
import { details, title } from '../common.ts';

const p07: PlanSpec = {
  id: 'p07',
  description: 'Year 8, final, transferred from a statement and still structured as one ("Part 2", "Part 3 provision", Objectives/Provision/Monitoring).',
  pdfProducer: 'chromium',
  child: { name: 'Sanjay Kettering', dob: '19/02/2013' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 8,
  checks: { statementWording: true },
  front: [
    title('Northfold Council'),
    title('Education, Health and Care Plan (transferred from a Statement of Special Educational Needs)'),
    para('This plan replaces the Statement of Special Educational Needs made under Part IV of the Education Act 1996. The Parts of the statement are kept below so that the provision is unchanged.'),
    details(['Name', 'Sanjay Kettering'], ['Date of birth', '19/02/2013'], ['Year', 'Year 8'], ['Final plan date', '14 November 2025']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A (Part 1) – Introduction and views', style: 'h2', blocks: [para('Sanjay enjoys chess and science fiction. His father would like him to have more friends.')] },
    { keys: ['B'], heading: 'Section B (Part 2) – Special educational needs', style: 'h2', blocks: [
      para('Sanjay has autism spectrum disorder. He has difficulty with social communication, with changes to routine and with noisy environments. His attainment in maths is in line with his age.'),
    ] },
    { keys: ['C'], heading: 'Section C (Part 5) – Non-educational needs: health', style: 'h2', blocks: [para('Sanjay has no health needs related to his SEN.')] },
    { keys: ['D'], heading: 'Section D (Part 5) – Non-educational needs: social care', style: 'h2', blocks: [para('None.')] },
    { keys: ['E'], heading: 'Section E – Objectives', style: 'h2', blocks: [
      ol(
        o('To develop Sanjay\'s social communication skills.', ''),
        o('To help Sanjay cope with changes to his routine.', ''),
        o('By the end of Year 8, Sanjay will start a conversation with a peer at lunchtime on at least 3 days a week.', 'mtP'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F (Part 3) – Special educational provision', style: 'h2', blocks: [
      para('Part 3 provision', true),
      para('Objectives: as in Section E.'),
      para('Educational provision to meet needs and objectives:', true),
      ol(
        p('Sanjay should be taught in a mainstream secondary school with access to a quiet area at break and lunchtimes.', 'V a', ['should', 'access to']),
        p('A social skills group, such as Socially Speaking, run by a teaching assistant.', 'V ap', ['such as']),
        p('Sanjay will be given advance warning of changes to his timetable, by his form tutor, at registration on the morning of any change.', 'S ap'),
        p('Ear defenders available to him in assemblies, the dining hall and practical lessons.', 'S a'),
        p('A programme to develop his understanding of idioms and inference.', 'V a'),
        p('Additional adult support of up to 10 hours per week.', 'V fd', ['support', 'up to']),
      ),
      para('Monitoring:', true),
      ol(
        p('Sanjay\'s progress will be monitored by the school in line with its usual policy.', 'V', ['monitored', 'in line with its usual policy']),
      ),
    ] },
    { keys: ['G'], heading: 'Section G (Part 6) – Non-educational provision: health', style: 'h2', blocks: [para('None.')] },
    { keys: ['H1'], heading: 'Section H1 (Part 6) – Non-educational provision: social care (CSDPA)', style: 'h2', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Section H2 (Part 6) – Non-educational provision: other social care', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Section I (Part 4) – Placement', style: 'h2', blocks: [para('Riverside Academy, Northfold: mainstream secondary academy.')] },
    { keys: ['J'], heading: 'Section J – Personal budget', style: 'h2', blocks: [para('Not requested.')] },
    { keys: ['K'], heading: 'Section K – Appendices', style: 'h2', blocks: [ul('Appendix A: Parental advice (2019)', 'Appendix B: Educational psychology advice (2019)', 'Appendix C: Annual review report, October 2025')] },
  ],
};

const p08: PlanSpec = {
  id: 'p08',
  description: 'Year 10, final, letter-only headings ("SECTION F" then the title as text); a history line about a past statement (not statement wording); PfA outcomes; "at least" and range hard cases.',
  pdfProducer: 'chromium',
  child: { name: 'Ruby Castellane', dob: '03/12/2010' },
  txtTable: 'pipe',
  status: 'final',
  yearGroup: 10,
  front: [
    title('Stonebury City Council – SEND Service'),
    title('Education, Health and Care Plan'),
    details(['Name', 'Ruby Castellane'], ['Date of birth', '03/12/2010'], ['NC year', '10'], ['Plan type', 'Final – amended following annual review'], ['Date', '20 January 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'SECTION A', style: 'h2', blocks: [
      para('Views, interests and aspirations', true),
      para('Ruby had a Statement of Special Educational Needs from 2016, which was transferred to an EHC plan in 2018. She now attends a mainstream school with a hearing support base.'),
      para('Ruby wants to become a hairdresser and to get a Saturday job. She enjoys netball and baking.'),
    ] },
    { keys: ['B'], heading: 'SECTION B', style: 'h2', blocks: [
      para('Special educational needs', true),
      para('Ruby has a severe bilateral sensorineural hearing loss and wears bilateral hearing aids. Her vocabulary and reading comprehension are below age-related expectations.'),
    ] },
    { keys: ['C'], heading: 'SECTION C', style: 'h2', blocks: [para('Health needs', true), para('Ruby is under the care of the paediatric audiology team.')] },
    { keys: ['D'], heading: 'SECTION D', style: 'h2', blocks: [para('Social care needs', true), para('Ruby has no social care needs.')] },
    { keys: ['E'], heading: 'SECTION E', style: 'h2', blocks: [
      para('Outcomes', true),
      ul(
        o('By the end of Year 11, Ruby will achieve a grade 4 or above in GCSE English Language.', 'mt'),
        o('By July 2026, Ruby will check that her radio aid is working at the start of each lesson and tell staff if it is not, in 9 out of 10 lessons.', 'mt'),
        o('By September 2027, Ruby will enrol on a Level 2 hairdressing course at college.', 'mtP'),
        o('Ruby will use a bus timetable app to plan a journey to town.', 'mP'),
        o('Ruby will develop her confidence.', ''),
      ),
    ] },
    { keys: ['F'], heading: 'SECTION F', style: 'h2', blocks: [
      para('Special educational provision', true),
      ul(
        p('Teaching of English, maths and science in mainstream classes with a radio aid system in every lesson, checked at the start of each day by a teaching assistant.', 'S apf'),
        p('At least 2 x 30 minutes each week of pre- and post-tutoring of subject vocabulary by a qualified teacher of the deaf, 1:1.', 'S apqfdg'),
        p('Input from the specialist teacher for hearing impairment.', 'V p', ['input']),
        p('Note-taking support in 20-45 minutes of each lesson.', 'V afd', ['20-45 minutes']),
        p('Deaf awareness training for all staff who teach Ruby, 1 hour each September, delivered by the qualified teacher of the deaf.', 'S apqfd'),
        p('Ruby will be seated near the front, facing the teacher, in all lessons.', 'S af'),
        p('Careers guidance from a qualified careers adviser with experience of working with deaf young people: 3 x 45-minute meetings in Year 10.', 'S apqfd'),
        p('Subtitles and transcripts should be provided for video content.', 'V a', ['should']),
      ),
    ] },
    { keys: ['G'], heading: 'SECTION G', style: 'h2', blocks: [
      para('Health provision', true),
      ul(p('Audiology review every 6 months with a paediatric audiologist, for a 40-minute appointment.', 'S apfd')),
    ] },
    { keys: ['H1'], heading: 'SECTION H1', style: 'h2', blocks: [para('Social care provision (CSDPA 1970)', true), para('None.')] },
    { keys: ['H2'], heading: 'SECTION H2', style: 'h2', blocks: [para('Other social care provision', true), para('None.')] },
    { keys: ['I'], heading: 'SECTION I', style: 'h2', blocks: [para('Placement', true), para('Stonebury Park School, mainstream secondary school with a resourced provision for deaf pupils.')] },
    { keys: ['J'], heading: 'SECTION J', style: 'h2', blocks: [para('Personal budget', true), para('None.')] },
    { keys: ['K'], heading: 'SECTION K', style: 'h2', blocks: [para('Advice and information', true), ul('Sensory support service report', 'Audiology report', 'Annual review paperwork')] },
  ],
};

const p09: PlanSpec = {
  id: 'p09',
  description: 'Year 2, draft that wrongly names a school in Section I; mixed provision including "as appropriate" and a vague line with no vague word.',
  pdfProducer: 'chromium',
  child: { name: 'Freddie Ashworth-Lowe', dob: '25/07/2019' },
  txtTable: 'pipe',
  status: 'draft',
  yearGroup: 2,
  checks: { placementInDraft: true },
  front: [
    title('Elverton County Council'),
    title('DRAFT EDUCATION, HEALTH AND CARE PLAN'),
    details(['Name', 'Freddie Ashworth-Lowe'], ['Date of birth', '25/07/2019'], ['Year group', 'Year 2'], ['Status', 'Draft for consultation'], ['Date draft sent', '2 March 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A – Views, interests and aspirations', style: 'h3', blocks: [para('Freddie loves trains, the park and his baby sister. His mum wants him to be able to join in at playtime.')] },
    { keys: ['B'], heading: 'Section B – Special Educational Needs', style: 'h3', blocks: [para('Freddie has speech sound difficulties and attention difficulties. He finds it hard to sit for carpet time and to be understood by adults who do not know him.')] },
    { keys: ['C'], heading: 'Section C – Health Needs', style: 'h3', blocks: [para('No health needs identified.')] },
    { keys: ['D'], heading: 'Section D – Social Care Needs', style: 'h3', blocks: [para('No social care needs identified.')] },
    { keys: ['E'], heading: 'Section E – Outcomes', style: 'h3', blocks: [
      ul(
        o('By the end of Year 2, Freddie will say the sounds "k" and "g" correctly at the start of words in 8 out of 10 attempts.', 'mt'),
        o('Freddie will be able to concentrate for longer.', ''),
        o('By Christmas 2026, Freddie will sit on the carpet for 10 minutes with a wobble cushion and a fiddle toy.', 'mt'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F – Special Educational Provision', style: 'h3', blocks: [
      ul(
        p('Speech and language therapy targets practised daily for 10 minutes, 1:1, by a teaching assistant trained by the speech and language therapist.', 'S apqfdg'),
        p('A speech and language therapist will visit the school once each half term for 1 hour to review targets and model activities.', 'S apfd'),
        p('Movement breaks as appropriate.', 'V a', ['as appropriate']),
        p('A wobble cushion and fiddle toys available on the carpet and at his table.', 'S a'),
        p('Freddie will work in a small group for phonics.', 'V a'),
        p('A Time to Talk group for 30 minutes twice a week, in a group of 4 children, led by a teaching assistant.', 'S apfdg'),
      ),
    ] },
    { keys: ['G'], heading: 'Section G – Health Provision', style: 'h3', blocks: [para('None.')] },
    { keys: ['H1'], heading: 'Section H1 – Social Care Provision (CSDPA)', style: 'h3', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'Section H2 – Other Social Care Provision', style: 'h3', blocks: [para('None.')] },
    { keys: ['I'], heading: 'Section I – Placement', style: 'h3', blocks: [para('St Mary\'s Church of England Primary School, Elverton (mainstream primary).')] },
    { keys: ['J'], heading: 'Section J – Personal Budget', style: 'h3', blocks: [para('Not applicable.')] },
    { keys: ['K'], heading: 'Section K – Advice and Information', style: 'h3', blocks: [ul('Speech and language therapy advice', 'Educational psychology advice', 'School advice', 'Parental views')] },
  ],
};

const p10: PlanSpec = {
  id: 'p10',
  description: 'Year 6, final with Section I wrongly left "to be confirmed"; headings "F  Special educational provision" (letter and title, no punctuation); PDF produced by LibreOffice; a multi-sentence prose provision.',
  pdfProducer: 'soffice',
  child: { name: 'Maisie Tregarthen', dob: '06/10/2014' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 6,
  checks: { placementMissing: true },
  front: [
    title('Lowmere Borough Council'),
    title('Final Education, Health and Care Plan'),
    details(['Name', 'Maisie Tregarthen'], ['Date of birth', '06/10/2014'], ['Year group', 'Year 6'], ['Date finalised', '18 February 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'A  Views, interests and aspirations', style: 'h2', blocks: [para('Maisie likes drama, singing and sleepovers with her cousins. She is worried about moving to secondary school.')] },
    { keys: ['B'], heading: 'B  Special educational needs', style: 'h2', blocks: [para('Maisie has dyscalculia and a working memory difficulty. She struggles to recall number facts and to follow multi-step problems.')] },
    { keys: ['C'], heading: 'C  Health needs', style: 'h2', blocks: [para('None known.')] },
    { keys: ['D'], heading: 'D  Social care needs', style: 'h2', blocks: [para('None known.')] },
    { keys: ['E'], heading: 'E  Outcomes', style: 'h2', blocks: [
      ul(
        o('By the end of Year 6, Maisie will recall multiplication facts for the 2, 5 and 10 times tables with 90% accuracy in a timed check.', 'mt'),
        o('Maisie will make progress in maths.', ''),
        o('By the end of the autumn term in Year 7, Maisie will find her way to each lesson using her timetable without adult help.', 'mt'),
        o('Maisie will receive 1:1 maths support.', 'x'),
      ),
    ] },
    { keys: ['F'], heading: 'F  Special educational provision', style: 'h2', blocks: [
      para(p('Maisie will take part in the Numicon intervention with a teaching assistant trained in Numicon. Sessions will be 1:1, three times a week, and last 20 minutes.', 'S apqfdg')),
      ul(
        p('Concrete resources and a times-table grid available for all maths work.', 'S a'),
        p('Small-step instructions with visual prompts.', 'V a'),
        p('A transition programme of 6 visits, each of 1 hour, to her secondary school in the summer term, accompanied by a teaching assistant.', 'S apfd'),
        p('Periodic advice from the educational psychologist.', 'V p', ['periodic']),
        p('Maisie will have up to 3 hours per week of 1:1 teaching assistant support in maths lessons.', 'V apfdg', ['up to']),
      ),
    ] },
    { keys: ['G'], heading: 'G  Health provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['H1'], heading: 'H1  Social care provision (CSDPA 1970)', style: 'h2', blocks: [para('None.')] },
    { keys: ['H2'], heading: 'H2  Other social care provision', style: 'h2', blocks: [para('None.')] },
    { keys: ['I'], heading: 'I  Name and type of school', style: 'h2', blocks: [para('To be confirmed following consultation with secondary schools.')] },
    { keys: ['J'], heading: 'J  Personal budget', style: 'h2', blocks: [para('None.')] },
    { keys: ['K'], heading: 'K  Advice and information', style: 'h2', blocks: [ul('Educational psychology advice', 'School advice', 'Parental views')] },
  ],
};

const p11: PlanSpec = {
  id: 'p11',
  description: 'Year 5, final, health needs in C (epilepsy, rescue medication) with "N/A" in G; "Section F - " hyphen headings; "access to", "e.g." and continuous support.',
  pdfProducer: 'chromium',
  child: { name: 'Isla Montgomery-Shah', dob: '17/05/2016' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 5,
  checks: { healthNeedsWithoutProvision: true },
  front: [
    title('Fenwick Downs District Council'),
    title('Education, Health and Care Plan'),
    details(['Name', 'Isla Montgomery-Shah'], ['DOB', '17/05/2016'], ['Year group', 'Year 5'], ['Plan', 'FINAL'], ['Date', '9 December 2025']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A - Views, Interests and Aspirations', style: 'h2', blocks: [para('Isla enjoys gymnastics and art. She wants to be a vet.')] },
    { keys: ['B'], heading: 'Section B - Special Educational Needs', style: 'h2', blocks: [para('Isla has a moderate learning difficulty. Her seizures and medication affect her concentration and memory, particularly in the afternoon.')] },
    { keys: ['C'], heading: 'Section C - Health Needs', style: 'h2', blocks: [
      para('Isla has epilepsy (generalised tonic-clonic and absence seizures). She takes daily anti-epileptic medication and has buccal midazolam as rescue medication. Seizures can last more than 5 minutes.'),
    ] },
    { keys: ['D'], heading: 'Section D - Social Care Needs', style: 'h2', blocks: [para('None.')] },
    { keys: ['E'], heading: 'Section E - Outcomes', style: 'h2', blocks: [
      ul(
        o('By the end of Year 5, Isla will read and understand a Year 4 level text, answering 8 out of 10 comprehension questions correctly.', 'mt'),
        o('Isla will be safe at school.', ''),
        o('By July 2026 Isla will use a checklist to complete a 3-part task independently in 4 out of 5 lessons.', 'mt'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F - Special Educational Provision', style: 'h2', blocks: [
      ul(
        p('A teaching assistant trained in epilepsy awareness and in giving buccal midazolam, within sight of Isla at all times during the school day, including playtimes and swimming.', 'S apq'),
        p('Access to a rest area after a seizure.', 'V a', ['access to']),
        p('Key learning taught in the morning wherever possible.', 'V a', ['wherever possible']),
        p('A memory and recall intervention (e.g. Memory Magic) for 20 minutes, 3 times a week, in a group of 3, led by a teaching assistant.', 'V apfdg', ['e.g.']),
        p('Written checklists for multi-part tasks, prepared by the class teacher for every literacy and numeracy lesson.', 'S apf'),
      ),
    ] },
    { keys: ['G'], heading: 'Section G - Health Provision', style: 'h2', blocks: [para('N/A')] },
    { keys: ['H1'], heading: 'Section H1 - Social Care Provision (CSDPA)', style: 'h2', blocks: [para('N/A')] },
    { keys: ['H2'], heading: 'Section H2 - Other Social Care Provision', style: 'h2', blocks: [para('N/A')] },
    { keys: ['I'], heading: 'Section I - Placement', style: 'h2', blocks: [para('Hollybank Primary School (mainstream).')] },
    { keys: ['J'], heading: 'Section J - Personal Budget', style: 'h2', blocks: [para('N/A')] },
    { keys: ['K'], heading: 'Section K - Advice and Information', style: 'h2', blocks: [ul('Paediatric epilepsy nurse advice', 'Educational psychology advice', 'School advice')] },
  ],
};

const p12: PlanSpec = {
  id: 'p12',
  description: 'Year 7, final, social care needs in D (child in need, parent carer) with nothing in H1/H2; PDF produced by LibreOffice; prose provision paragraphs; "will be offered" and "if available".',
  pdfProducer: 'soffice',
  child: { name: 'Leo Baptiste-Warren', dob: '29/01/2014' },
  txtTable: 'pipe',
  status: 'final',
  yearGroup: 7,
  checks: { socialCareNeedsWithoutProvision: true },
  front: [
    title('Borough of Tanhurst'),
    title('Education, Health and Care Plan – Final'),
    details(['Child\'s name', 'Leo Baptiste-Warren'], ['Date of birth', '29/01/2014'], ['Year group', 'Year 7'], ['Date of plan', '4 March 2026']),
  ],
  sections: [
    { keys: ['A'], heading: 'Section A: Views, interests and aspirations', style: 'h2', blocks: [para('Leo likes BMX, YouTube and cooking with his nan. He says school is "too loud".')] },
    { keys: ['B'], heading: 'Section B: Special educational needs', style: 'h2', blocks: [para('Leo has ADHD and a social, emotional and mental health need. He has been excluded for fixed periods twice this year and finds unstructured times difficult.')] },
    { keys: ['C'], heading: 'Section C: Health needs', style: 'h2', blocks: [para('Leo takes medication for ADHD, prescribed by the community paediatrician.')] },
    { keys: ['D'], heading: 'Section D: Social care needs', style: 'h2', blocks: [
      para('Leo is a Child in Need under section 17 of the Children Act 1989. His mother has multiple sclerosis and Leo provides some care for her. He is isolated outside school and needs help to take part in activities with other young people.'),
    ] },
    { keys: ['E'], heading: 'Section E: Outcomes', style: 'h2', blocks: [
      ul(
        o('By the end of Year 7, Leo will have no fixed-term exclusions for a full term.', 'mt'),
        o('Leo will learn to manage his anger.', ''),
        o('By July 2026, Leo will use his exit card and go to the agreed calm space, instead of leaving the building, on 4 out of 5 occasions when he is upset.', 'mt'),
        o('By his next annual review, Leo will attend an after-school club every week for a term.', 'mtP'),
      ),
    ] },
    { keys: ['F'], heading: 'Section F: Special educational provision', style: 'h2', blocks: [
      para(p('Leo will have a key adult, a teaching assistant with experience of ADHD, who will meet him at the school gate each morning for a 10-minute check-in and again at the end of the day for 10 minutes.', 'S apqfd')),
      para(p('Leo will be offered a place in a lunchtime club.', 'V a', ['will be offered'])),
      para(p('A 45-minute 1:1 session each week with the school counsellor, an accredited member of the BACP, using cognitive behavioural approaches.', 'S apqfdg')),
      para(p('An exit card and a named calm space, agreed with Leo, available in every lesson.', 'S af')),
      para(p('Emotional literacy support if an ELSA is available.', 'V a', ['if an ELSA is available', 'support'])),
    ] },
    { keys: ['G'], heading: 'Section G: Health provision', style: 'h2', blocks: [
      ul(p('Medication review by the community paediatrician every 6 months, 30-minute clinic appointment.', 'S apfd')),
    ] },
    { keys: ['H1'], heading: 'Section H1: Social care provision under the CSDPA 1970', style: 'h2', blocks: [para('None identified.')] },
    { keys: ['H2'], heading: 'Section H2: Other social care provision', style: 'h2', blocks: [para('None identified at this time.')] },
    { keys: ['I'], heading: 'Section I: Placement', style: 'h2', blocks: [para('Tanhurst Academy (mainstream secondary academy).')] },
    { keys: ['J'], heading: 'Section J: Personal budget', style: 'h2', blocks: [para('None.')] },
    { keys: ['K'], heading: 'Section K: Advice and information', style: 'h2', blocks: [ul('Social care advice (Child in Need plan)', 'Educational psychology advice', 'CAMHS letter', 'School advice')] },
  ],
};

export const PLANS_B: PlanSpec[] = [p07, p08, p09, p10, p11, p12];
