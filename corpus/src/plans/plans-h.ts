// HELD-OUT plans p96-p100 (7 December 2026): five layouts the corpus lacked, written and labelled
// before the analyser was run on them. Invented children and places; labels follow
// shared/rubric-reference.md, corpus/AUDIT.md and the rulings in corpus/HOLDOUT-FIRST-SIGHT.md
// ("Labels on the boundary") only, not the analyser. Never tune rules on them.
import { type PlanSpec, type SectionSpec, p, o, para, prose, ul, ol, table } from '../dsl.ts';
import { details, title } from '../common.ts';

type Key = SectionSpec['keys'][number];
const sec = (keys: Key[], heading: string, style: SectionSpec['style'], blocks: SectionSpec['blocks']): SectionSpec => ({ keys, heading, style, blocks });

// p96: the national template's section titles (A1 and A2 apart), with the areas of need as
// sub-headings inside B, E and F separately (no combined B-F-E table), and each area's outcomes as a
// long-term outcome and a short-term step, each under its own label line that carries the time.
const p96: PlanSpec = {
  id: 'p96',
  description: 'HELD OUT. The national template\'s section titles typed as a plain document, not its combined tables: "Section A1: About me", "Section A2: My story and what my family think", then B, E and F each on its own with the same three areas of need as bold sub-headings inside it ("Communication and interaction", "Cognition and learning", "Social, emotional and mental health"); in E each area has a pair, a label line "Long-term outcome (by the end of Key Stage 2)" or "Short-term outcome (by the next annual review)" followed by the outcome sentence (the time is in the label line, as a "By when" cell); Year 4, final; developmental language disorder, dyslexia and anxiety; F lists under each area mixing quantified SaLT, a named reading programme and an emotional-literacy programme with "support", "as appropriate", "regular check-ins" and "opportunities to"; G a sentence list; H1 "None identified" and H2 a leisure scheme place; PDF by Chromium.',
  pdfProducer: 'chromium',
  child: { name: 'Amira Kovalenko-Shaw', dob: '08/03/2017' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 4,
  front: [
    title('Westmere Borough Council – Education, Health and Care Plan'),
    details(['Name', 'Amira Kovalenko-Shaw'], ['Date of birth', '08/03/2017'], ['Year group', 'Year 4'], ['Education setting', 'Orchard Lane Primary School'], ['Status', 'Final'], ['Date of plan', '16 January 2026']),
  ],
  sections: [
    sec(['A'], 'Section A1: About me', 'h2', [
      para('I am 8. I love gymnastics, drawing horses and helping my grandma in her garden. I do not like it when people talk too fast or when I have to read out loud. When I grow up I want to look after animals.'),
    ]),
    sec(['A'], 'Section A2: My story and what my family think', 'h2', [
      para('Amira\'s parents say she was late to start talking and has always found it hard to explain what she means. They would like her to read for pleasure, to stop worrying about school every Sunday night and to keep her friends from gymnastics.'),
    ]),
    sec(['B'], 'Section B: Special educational needs', 'h2', [
      para('Communication and interaction', true),
      para('Amira has a developmental language disorder. She understands short instructions but loses track of longer ones, and she uses short sentences with words missing.'),
      para('Cognition and learning', true),
      para('Amira has dyslexia. She reads at about the level of a Year 2 pupil, her spelling is weak and she tires quickly when writing.'),
      para('Social, emotional and mental health', true),
      para('Amira is anxious about making mistakes in front of others; she has stomach aches before school on most Mondays and sometimes hides in the toilets.'),
    ]),
    sec(['C'], 'Section C: Health needs', 'h2', [
      para('Amira had grommets fitted in 2020 and her hearing is now within normal limits. Her GP has noted anxiety-related stomach aches.'),
    ]),
    sec(['D'], 'Section D: Social care needs', 'h2', [
      para('Amira has no social care needs arising from her special educational needs. Her family would like her to take part in more activities in the holidays.'),
    ]),
    sec(['E'], 'Section E: Outcomes', 'h2', [
      para('Communication and interaction', true),
      para('Long-term outcome (by the end of Key Stage 2)', true),
      para(o('Amira will follow a three-part spoken instruction in class without it being repeated, on 4 out of 5 occasions.', 'mt')),
      para('Short-term outcome (by the next annual review)', true),
      para(o('Amira will tell an adult about her weekend in sentences of at least 6 words, using the linking words "and", "because" and "then".', 'mt')),
      para('Cognition and learning', true),
      para('Long-term outcome (by the end of Key Stage 2)', true),
      para(o('Amira will enjoy reading and develop her literacy skills.', 't')),
      para('Short-term outcome (by the next annual review)', true),
      para(o('Amira will read a Year 3 level text aloud at 70 words a minute with 95% accuracy.', 'mt')),
      para('Social, emotional and mental health', true),
      para('Long-term outcome (by the end of Key Stage 2)', true),
      para(o('Amira will go to a gymnastics or drama club outside school with her friends, without a parent staying.', 'mtP')),
      para('Short-term outcome (by the next annual review)', true),
      para(o('Amira will feel less worried about coming to school.', 't')),
    ]),
    sec(['F'], 'Section F: Special educational provision', 'h2', [
      para('Communication and interaction', true),
      ul(
        p('Direct speech and language therapy from an HCPC-registered speech and language therapist, 1:1, for 30 minutes every fortnight, working on following instructions and building sentences.', 'S apqfdg'),
        p('A teaching assistant trained by the speech and language therapist will carry out her language programme 1:1 for 20 minutes, three times a week.', 'S apqfdg'),
        p('Staff will support Amira\'s understanding as appropriate.', 'V', ['support', 'as appropriate']),
      ),
      para('Cognition and learning', true),
      ul(
        p('The Read Write Inc. Fresh Start programme, delivered by a teaching assistant trained in Fresh Start in a group of no more than 3 pupils, for 30 minutes every day.', 'S apqfdg'),
        p('Coloured overlays and a reading ruler in all lessons.', 'S af'),
        p('Support with spelling.', 'V', ['support']),
        p('A word bank of topic vocabulary on her desk in every lesson.', 'S af'),
      ),
      para('Social, emotional and mental health', true),
      ul(
        p('Regular check-ins with a trusted adult.', 'V a', ['regular']),
        p('The ELSA programme with a trained Emotional Literacy Support Assistant, 1:1, for 40 minutes once a week for 12 weeks, then reviewed.', 'S apqfdg'),
        p('Opportunities to take on jobs that build her confidence.', 'V', ['opportunities to']),
        p('A time-out card, agreed with her class teacher, that Amira can show in every lesson to go to the library corner when she feels anxious.', 'S apf'),
      ),
    ]),
    sec(['G'], 'Section G: Health provision', 'h2', [
      ul(
        p('The school nurse will see Amira and her parents for a 45-minute appointment in the spring term of 2026 to agree a plan for her stomach aches.', 'S apd'),
        p('Audiology review if concerns arise.', 'V a', ['if concerns arise']),
      ),
    ]),
    sec(['H1'], 'Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', 'h2', [
      para('None identified.'),
    ]),
    sec(['H2'], 'Section H2: Any other social care provision', 'h2', [
      para(p('A place on the council\'s inclusive holiday activity scheme for 5 days in each of the summer and Easter holidays, with a play worker trained in supporting children with SEND.', 'S apqfd')),
    ]),
    sec(['I'], 'Section I: Placement', 'h2', [para('Orchard Lane Primary School, a mainstream community primary school.')]),
    sec(['J'], 'Section J: Personal budget', 'h2', [para('No personal budget has been requested.')]),
    sec(['K'], 'Section K: Advice and information', 'h2', [
      ul('Amira and her parents, October 2025', 'Orchard Lane Primary School, November 2025', 'NHS speech and language therapy, November 2025', 'Educational psychologist, November 2025', 'School nursing service, December 2025'),
    ]),
  ],
};

// p97: an LA form whose headings put the section letter after the title in brackets.
const p97: PlanSpec = {
  id: 'p97',
  description: 'HELD OUT. An LA form whose headings are the section titles with the letter after them in brackets: "Views, interests and aspirations (Section A)", "Special educational needs (Section B)" … "Special educational provision (Section F)", "Health provision (Section G)", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (Section H1)", "Other social care provision (Section H2)", "Placement (Section I)", "Personal budget (Section J)", "Advice and information (Section K)", headings in bold; Year 9, final, with no preparing-for-adulthood outcome at all (preparingForAdulthoodMissing: reading, maths, classroom anxiety and homework outcomes only); dyslexia, dyscalculia and anxiety; F a bulleted list with quantified literacy, numeracy and mentor lines beside "access to", "where possible", "small group intervention", "weekly" with no length and "if needed"; G CAMHS sessions with a count, length and clinician; H1 "Not applicable", H2 a young carers group "may be offered"; text tables with " | "; PDF by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Callum Ferreira-Doyle', dob: '27/05/2012' },
  txtTable: 'pipe',
  status: 'final',
  yearGroup: 9,
  front: [
    title('Ashcombe County Council'),
    title('Education, Health and Care Plan – Final'),
    details(['Name', 'Callum Ferreira-Doyle'], ['Date of birth', '27/05/2012'], ['NC year', 'Year 9'], ['School', 'Ridgeway Community College'], ['Date of issue', '9 February 2026']),
  ],
  sections: [
    sec(['A'], 'Views, interests and aspirations (Section A)', 'bold', [
      para('Callum is 13. He plays the drums in a band with his cousins and fixes bikes with his uncle. He says he hates being asked to read in front of the class. His mum wants him to stop dreading maths lessons and to get the help he needs with homework.'),
    ]),
    sec(['B'], 'Special educational needs (Section B)', 'bold', [
      para('Callum has dyslexia and dyscalculia. His reading age is about 9 years and he does not yet recall number facts. He becomes anxious in maths and English lessons and has started to avoid them by asking to go to the toilet or to the medical room.'),
    ]),
    sec(['C'], 'Health needs (Section C)', 'bold', [
      para('Callum has been referred to CAMHS for his anxiety and was seen for an assessment in December 2025. He has no other health needs.'),
    ]),
    sec(['D'], 'Social care needs (Section D)', 'bold', [
      para('Callum helps to care for his younger sister, who has a physical disability, when his mum is at work.'),
    ]),
    sec(['E'], 'Outcomes (Section E)', 'bold', [
      ol(
        o('By the end of Year 9, Callum will read a Year 7 level text with 90% accuracy and answer 4 out of 5 questions about it correctly.', 'mt'),
        o('By July 2026, Callum will recall his multiplication facts up to 10 x 10 within 5 seconds each, scoring at least 40 out of 50 on a timed check.', 'mt'),
        o('Callum will be less anxious in maths and English lessons.', ''),
        o('By the February 2027 annual review, Callum will stay in every maths and English lesson for the whole lesson in at least 9 weeks out of 10.', 'mt'),
        o('Callum will improve his spelling.', ''),
        o('By the end of the summer term 2026, Callum will hand in at least 8 out of 10 homework tasks set in English, maths and science.', 'mt'),
      ),
    ]),
    sec(['F'], 'Special educational provision (Section F)', 'bold', [
      ul(
        p('A specialist dyslexia teacher holding an approved Level 7 qualification will teach Callum 1:1 using a structured, cumulative, multisensory literacy programme for 45 minutes twice a week.', 'S apqfdg'),
        p('Numeracy catch-up in a group of no more than 4 pupils with a higher-level teaching assistant, 3 x 30 minutes a week, using concrete apparatus and the Numicon Breaking Barriers programme.', 'S apfdg'),
        p('Access to a reader and a scribe where possible.', 'V a', ['access to', 'where possible']),
        p('Small group intervention for spelling.', 'V', ['intervention']),
        p('A learning mentor will meet Callum weekly to talk about his worries.', 'V apf'),
        p('Printed copies of lesson slides and homework, on cream paper in a 14-point font, for every lesson.', 'S af'),
        p('A homework club place after school every Tuesday and Thursday for 1 hour, run by a teaching assistant.', 'S apfd'),
        p('Extra time in tests if needed.', 'V a', ['if needed']),
      ),
    ]),
    sec(['G'], 'Health provision (Section G)', 'bold', [
      ul(
        p('Six sessions of cognitive behavioural therapy for anxiety, each of 50 minutes, once a week from March 2026, from a CAMHS clinical psychologist.', 'S apfd'),
      ),
    ]),
    sec(['H1'], 'Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (Section H1)', 'bold', [
      para('Not applicable.'),
    ]),
    sec(['H2'], 'Other social care provision (Section H2)', 'bold', [
      para(p('A place at the Ashcombe Young Carers group may be offered.', 'V a', ['may be offered'])),
    ]),
    sec(['I'], 'Placement (Section I)', 'bold', [para('Ridgeway Community College, mainstream secondary school (11-16).')]),
    sec(['J'], 'Personal budget (Section J)', 'bold', [para('Not requested.')]),
    sec(['K'], 'Advice and information (Section K)', 'bold', [
      table(['Advice', 'Date'],
        ['Callum and his mother', 'November 2025'],
        ['Ridgeway Community College', 'November 2025'],
        ['Educational psychologist', 'December 2025'],
        ['CAMHS', 'December 2025'],
      ),
    ]),
  ],
  checks: { preparingForAdulthoodMissing: true },
};

// p98: a young person in a special school sixth form moving to a residential specialist college;
// first-person titles with the letter first ("F – The help I will get"), a "Placement" section
// naming the college, H1 under the CSDPA 1970 through the Children Act 1989 and H2 under the Care Act.
const p98: PlanSpec = {
  id: 'p98',
  description: 'HELD OUT. A young person aged 18 in the sixth form (Year 14) of a special school for severe learning difficulties, moving in September to an independent specialist residential college; final; headings "A – All about me", "B – What I find difficult", "C – My health", "D – My care and support needs", "E – What I want to achieve", "F – The help I will get to learn", "G – The help I will get with my health", "H1 – Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970, provided under the Children Act 1989 until I am 18 and the Care Act 2014 after)", "H2 – Other social care and support", "I – Placement" (the special school until July, then the residential college 38 weeks a year with its type), "J – Personal budget", "K – Advice"; Down syndrome, severe learning difficulties and hearing loss; PfA outcomes throughout; F mixes a named life-skills curriculum, signed SaLT and a job coach with "support", "as required", "ongoing" and a travel-training line with no amount; G audiology "every 12 months" (a review: not specific) and a dietitian course; H1 PA hours and holiday respite nights, H2 an adult social care transition assessment with a date and "a befriender may be found"; PDF by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Bethany Okonjo-Marsh', dob: '11/10/2007' },
  txtTable: 'tab',
  status: 'final',
  yearGroup: 14,
  front: [
    title('Fenwick and Delby Council – Education, Health and Care Plan'),
    details(['Young person', 'Bethany Okonjo-Marsh'], ['Date of birth', '11/10/2007'], ['Age', '18'], ['Year', 'Year 14 (sixth form)'], ['Current setting', 'Brookfield School'], ['Plan status', 'Final'], ['Date issued', '3 March 2026']),
  ],
  sections: [
    sec(['A'], 'A – All about me', 'h2', [
      para('I am Bethany. I love dancing, Bollywood films and making cakes. I want to work in a café and live in a flat with my friends one day. My mum and dad want me to be safe, to have my own friends and to learn to do more things for myself.'),
    ]),
    sec(['B'], 'B – What I find difficult', 'h2', [
      para('Bethany has Down syndrome and severe learning difficulties. She reads single words and short signs, counts to 20 and recognises coins but cannot yet work out change. She uses speech and Makaton signs; people who do not know her find her speech hard to understand. She has a moderate hearing loss.'),
    ]),
    sec(['C'], 'C – My health', 'h2', [
      para('Bethany has a moderate bilateral hearing loss and wears hearing aids. She has an underactive thyroid, for which she takes tablets every morning, and her weight has gone up over the last year.'),
    ]),
    sec(['D'], 'D – My care and support needs', 'h2', [
      para('Bethany needs an adult with her in the community and prompting with washing and dressing. Her parents, who both work, need regular breaks from caring for her.'),
    ]),
    sec(['E'], 'E – What I want to achieve', 'h2', [
      ul(
        o('By July 2027, Bethany will make a hot drink and a simple lunch for herself in the college flat, following a picture recipe, with no more than one prompt.', 'mtP'),
        o('By the end of her first year at college, Bethany will work in the college café for two 2-hour shifts a week, taking orders and serving customers with her job coach nearby.', 'mtP'),
        o('Bethany will be more independent.', 'P'),
        o('By December 2026, Bethany will pay for items in a shop using a pre-paid card, checking the amount on the card reader, on 4 out of 5 trips.', 'mtP'),
        o('Bethany will have friends at college.', 'P'),
        o('By July 2027, Bethany will take her thyroid tablet every morning from a dosette box without being reminded.', 'mtP'),
      ),
    ]),
    sec(['F'], 'F – The help I will get to learn', 'h2', [
      ul(
        p('A teaching assistant with a Makaton Level 2 certificate will be with Bethany in every lesson and at all unstructured times (32.5 hours a week) to sign new words and break tasks into steps.', 'S apqfd'),
        p('Speech and language therapy from an HCPC-registered speech and language therapist who signs, 1:1, for 45 minutes every fortnight, on being understood by people she does not know.', 'S apqfdg'),
        p('The "Moving On" life-skills curriculum, taught by the sixth-form teacher in a group of 6 students, for three afternoons (7.5 hours) a week, including cooking, money and personal care.', 'S apfdg'),
        p('Travel training with a travel trainer.', 'V ap'),
        p('Support with work experience.', 'V', ['support']),
        p('A job coach from the college\'s supported internship team, in the college café for two 2-hour shifts a week from September 2026.', 'S apfd'),
        p('Radio aid used in all lessons, checked every morning by the teaching assistant.', 'S apf'),
        p('Ongoing input from a teacher of the deaf as required.', 'V p', ['ongoing', 'input', 'as required']),
      ),
    ]),
    sec(['G'], 'G – The help I will get with my health', 'h2', [
      ul(
        p('A hearing test and hearing-aid check at the audiology clinic every 12 months.', 'V af'),
        p('A dietitian will see Bethany and her parents for 4 sessions of 30 minutes, once a month from April 2026, to plan healthy meals she can make herself.', 'S apfd'),
        p('Thyroid blood tests as needed.', 'V a', ['as needed']),
      ),
    ]),
    sec(['H1'], 'H1 – Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970, provided under the Children Act 1989 until I am 18 and the Care Act 2014 after)', 'h2', [
      ul(
        p('A personal assistant for 6 hours every Saturday, for community activities of Bethany\'s choice, including her dance class.', 'S apfd'),
        p('Overnight respite at Thornbury House for 4 nights in each college holiday.', 'S afd'),
      ),
    ]),
    sec(['H2'], 'H2 – Other social care and support', 'h2', [
      ul(
        p('A transition assessment under the Care Act 2014 by a social worker from the Adult Learning Disability Team, completed by 31 May 2026.', 'S ap'),
        p('A befriender may be found through a local charity.', 'V a', ['may']),
      ),
    ]),
    sec(['I'], 'I – Placement', 'h2', [
      para('Brookfield School (community special school for pupils with severe learning difficulties, 2-19) until 24 July 2026.'),
      para('From 7 September 2026: Aldergrove College, an independent specialist college (residential), 38 weeks a year, weekday boarding.'),
    ]),
    sec(['J'], 'J – Personal budget', 'h2', [para('A direct payment for the personal assistant hours in H1.')]),
    sec(['K'], 'K – Advice', 'h2', [
      ul('Bethany and her parents, January 2026', 'Brookfield School, January 2026', 'Aldergrove College assessment, January 2026', 'NHS speech and language therapy, January 2026', 'Audiology, December 2025', 'Children with Disabilities Team, February 2026'),
    ]),
  ],
};

// p99: Section F written as "The school will …" paragraphs, the amounts in the middle of sentences,
// several statements to a paragraph; capitalised headings; no social care provision.
const p99: PlanSpec = {
  id: 'p99',
  description: 'HELD OUT. A DRAFT whose headings are capitals with a full stop after the letter ("SECTION B. SPECIAL EDUCATIONAL NEEDS"), written in paragraphs throughout: Section F is four prose paragraphs of "The school will …" sentences, two or three statements to a paragraph, the amounts in the middle of the sentences ("will provide, for 20 minutes each morning before registration, a …"); "The school will run …" with no person named (provider false: "the school" is not a role), "The school will ensure that Jayden has access to …", "where appropriate", "will aim to", "regular", "small group work" beside quantified lines; G two sentences in a paragraph; D describes his mother\'s need for breaks and H says "No social care provision has been identified at this time." (socialCareNeedsWithoutProvision); Year 3; ADHD and speech sound disorder; I "To be completed when the plan is finalised." (no placement check); PDF by Chromium.',
  pdfProducer: 'chromium',
  child: { name: 'Jayden Marchetti-Lowe', dob: '30/01/2018' },
  txtTable: 'tab',
  status: 'draft',
  yearGroup: 3,
  front: [
    title('GREYSTONE METROPOLITAN BOROUGH COUNCIL'),
    title('DRAFT EDUCATION, HEALTH AND CARE PLAN'),
    details(['Child', 'Jayden Marchetti-Lowe'], ['Date of birth', '30/01/2018'], ['Year group', 'Year 3'], ['Current school', 'Holme Bank Primary School'], ['Draft date', '23 February 2026']),
  ],
  sections: [
    sec(['A'], 'SECTION A. VIEWS, INTERESTS AND ASPIRATIONS', 'plain', [
      para('Jayden is 8. He loves football, dinosaurs and building dens in the woods with his dad. He says: "I want to be a goalkeeper and I want people to understand me." His mum wants him to be able to sit and learn and to stop getting into trouble at playtime.'),
    ]),
    sec(['B'], 'SECTION B. SPECIAL EDUCATIONAL NEEDS', 'plain', [
      para('Jayden has ADHD. He finds it very hard to sit still, to wait his turn and to stay with a task for more than a few minutes. He has a speech sound disorder: he replaces "k" and "g" with "t" and "d" and leaves off the ends of words, so new adults often cannot understand him. His reading and writing are about a year behind.'),
    ]),
    sec(['C'], 'SECTION C. HEALTH NEEDS', 'plain', [
      para('Jayden was diagnosed with ADHD by the community paediatrician in 2025 and started medication in January 2026. He sleeps poorly.'),
    ]),
    sec(['D'], 'SECTION D. SOCIAL CARE NEEDS', 'plain', [
      para('Jayden lives with his mum and baby sister. His mum is on her own, is finding his behaviour at home very hard to manage and has asked for breaks and for a parenting course.'),
    ]),
    sec(['E'], 'SECTION E. OUTCOMES', 'plain', [
      ol(
        o('By the end of Year 3, Jayden will say "k" and "g" correctly at the start of words in 8 out of 10 attempts in conversation.', 'mt'),
        o('Jayden will be able to concentrate for longer.', ''),
        o('By July 2026, Jayden will work on a set task for 10 minutes without leaving his seat on 4 out of 5 days.', 'mt'),
        o('By Christmas 2026, Jayden will play a team game with other children at lunchtime for 15 minutes without an adult having to step in.', 'mtP'),
        o('Jayden will make good progress in reading and writing.', ''),
      ),
    ]),
    sec(['F'], 'SECTION F. SPECIAL EDUCATIONAL PROVISION', 'plain', [
      prose(
        p('The school will provide, for 20 minutes each morning before registration, a movement break with a teaching assistant using the OT\'s sensory circuit.', 'S apfd'),
        p('The school will ensure that Jayden has access to a wobble cushion and fidget toys where appropriate.', 'V a', ['access to', 'where appropriate']),
        p('His class teacher will seat him near the front, away from the door, in every lesson.', 'S apf'),
      ),
      prose(
        p('The school will arrange for a speech and language therapist (HCPC registered) to see Jayden 1:1 for six 30-minute sessions each half term.', 'S apqfdg'),
        p('Between these sessions, a teaching assistant trained by the therapist will practise his speech sounds with him 1:1 for 10 minutes, four days a week.', 'S apqfdg'),
        p('The school will aim to share his targets with home.', 'V', ['will aim to']),
      ),
      prose(
        p('The school will run a nurture group for 6 pupils every afternoon from 1.15 to 2.30 pm, which Jayden will attend on Mondays and Wednesdays.', 'V afdg'),
        p('The school will give Jayden regular reward time.', 'V a', ['regular']),
        p('A midday supervisor will lead a structured game with Jayden and three other children for the first 15 minutes of every lunchtime.', 'S apfdg'),
      ),
      prose(
        p('The school will provide small group work on reading and writing.', 'V'),
        p('The SENCo will write a behaviour support plan with his mum within 4 weeks of the plan being finalised and review it with her once every half term for 30 minutes.', 'S apfd'),
      ),
    ]),
    sec(['G'], 'SECTION G. HEALTH PROVISION', 'plain', [
      prose(
        p('The community paediatrician will review Jayden\'s ADHD medication, his growth and his sleep every 3 months for the first year.', 'V apf'),
        p('The ADHD nurse will give his mum sleep advice when needed.', 'V ap', ['when needed']),
      ),
    ]),
    sec(['H1', 'H2'], 'SECTION H. SOCIAL CARE PROVISION', 'plain', [
      para('No social care provision has been identified at this time.'),
    ]),
    sec(['I'], 'SECTION I. PLACEMENT', 'plain', [para('To be completed when the plan is finalised.')]),
    sec(['J'], 'SECTION J. PERSONAL BUDGET', 'plain', [para('Jayden\'s mum has not asked for a personal budget.')]),
    sec(['K'], 'SECTION K. ADVICE AND INFORMATION', 'plain', [
      para('Advice was received from: Jayden and his mum (December 2025); Holme Bank Primary School (December 2025); the educational psychologist (January 2026); NHS speech and language therapy (January 2026); the community paediatrician (January 2026); Children\'s Social Care (January 2026).'),
    ]),
  ],
  checks: { socialCareNeedsWithoutProvision: true },
};

// p100: outcomes in a three-column table "Outcome | By when | How we will know"; speech and language
// therapy only in G; a single H.
const O_HEAD = ['Outcome', 'By when', 'How we will know'];
const p100: PlanSpec = {
  id: 'p100',
  description: 'HELD OUT. An LA Word form with "Section A – …" headings (h1) whose Section E is one three-column table "Outcome | By when | How we will know" (the outcome cell is quoted; the row is judged whole: a date in "By when" makes it time-bound, "Ongoing" and "TBC" do not; a count or standard in "How we will know" makes it measurable, "Staff will notice" does not); Year 7, final; cerebral palsy (right hemiplegia), speech and language delay and fatigue; F a bulleted list (touch-typing, a laptop for all written work, a TA for practical lessons, a lift pass, pre-teaching of vocabulary, stretches in PE "as directed", "access to", "reasonable adjustments", "support"); "Ongoing" and "TBC" in By-when cells, "Staff will notice" in a How-we-will-know cell; speech and language therapy only in G (therapyOnlyInHealth), with a physiotherapy review "termly" (no length); single H with a wheelchair-accessible activity club and "will be considered"; text tables with tabs; PDF by LibreOffice.',
  pdfProducer: 'soffice',
  child: { name: 'Kai Nwosu-Pendlebury', dob: '04/07/2014' },
  txtTable: 'tab',
  fitTables: true,
  status: 'final',
  yearGroup: 7,
  front: [
    title('Lowther Cross City Council – Education, Health and Care Plan'),
    details(['Name', 'Kai Nwosu-Pendlebury'], ['Date of birth', '04/07/2014'], ['School year', 'Year 7'], ['School', 'Saint Cuthbert\'s Catholic High School'], ['Type of plan', 'Final (amended after transfer to secondary)'], ['Date', '27 January 2026']),
  ],
  sections: [
    sec(['A'], 'Section A – My views, interests and aspirations', 'h1', [
      para('Kai is 11. He supports his local rugby league team, plays wheelchair basketball on Sundays and wants to be a sports commentator. He says: "I don\'t want a grown-up next to me all the time." His parents want him to be safe moving around his big new school and not so tired at the end of the day.'),
    ]),
    sec(['B'], 'Section B – Special educational needs', 'h1', [
      para('Kai has right hemiplegic cerebral palsy. He writes slowly with his left hand and tires by the afternoon. He walks short distances with a stick and uses a wheelchair for longer ones. His expressive language is behind that of his peers and he finds it hard to explain his thinking in science and humanities.'),
    ]),
    sec(['C'], 'Section C – Health needs', 'h1', [
      para('Kai has right hemiplegia with tight muscles in his right arm and leg, which need stretching every day. He needs speech and language therapy for his expressive language. He becomes very tired.'),
    ]),
    sec(['D'], 'Section D – Social care needs', 'h1', [
      para('Kai would like to go to clubs with other young people without his parents; few local clubs are accessible to wheelchair users.'),
    ]),
    sec(['E'], 'Section E – Outcomes', 'h1', [
      para('These outcomes were agreed with Kai and his parents at the planning meeting on 12 January 2026.'),
      table(O_HEAD,
        [o('Kai will type at 20 words a minute with his left hand using a standard keyboard.', 'mt'), 'End of Year 7 (July 2026)', 'A timed typing check each half term.'],
        [o('Kai will explain the steps of a science experiment in the right order.', 'm'), 'Ongoing', 'He gets 4 out of 5 steps in the right order in a recorded explanation.'],
        [o('Kai will be more confident moving around school.', 't'), 'February 2027 annual review', 'Staff will notice that he is more confident.'],
        [o('Kai will take the lift and get to his form room on his own, arriving before the 8.45 am bell.', 'mt'), 'By Easter 2026', 'Form tutor\'s register shows he arrives on time on at least 9 days out of 10.'],
        [o('Kai will take part in a community sports club with other young people without a parent staying.', 'mP'), 'TBC', 'He is attending the club every week.'],
        [o('Kai will do his own stretching routine at home every day and tell an adult when his leg hurts.', 'mtP'), 'By the end of Year 8', 'His stretching chart is completed on at least 6 days a week.'],
      ),
    ]),
    sec(['F'], 'Section F – Special educational provision', 'h1', [
      ul(
        p('Touch-typing teaching using the "Type to Learn" programme, 1:1 with a teaching assistant, for 20 minutes three times a week during registration.', 'S apfdg'),
        p('A laptop for all written work, with a spellchecker and speech-to-text software.', 'S a'),
        p('A teaching assistant will be with Kai in science, design and technology and food lessons (6 hours a week) to carry out practical tasks he directs.', 'S apfd'),
        p('A lift pass, and permission to leave every lesson before the bell to avoid the crowded corridors.', 'S af'),
        p('Stretches in PE lessons in place of some activities, as directed.', 'V a', ['as directed']),
        p('Access to a rest area when tired.', 'V a', ['access to']),
        p('Reasonable adjustments in examinations.', 'V', ['reasonable adjustments']),
        p('Support with organisation.', 'V', ['support']),
        p('Pre-teaching of key science and humanities vocabulary by a teaching assistant in a group of up to 4 pupils, 2 x 20 minutes a week.', 'S apfdg'),
      ),
    ]),
    sec(['G'], 'Section G – Health provision', 'h1', [
      ul(
        p('Speech and language therapy from an HCPC-registered NHS speech and language therapist, 1:1, for 40 minutes every 3 weeks in school, on explaining and sequencing ideas.', 'S apqfdg'),
        p('Physiotherapy review termly.', 'V af'),
      ),
    ]),
    sec(['H1', 'H2'], 'Section H – Social care provision', 'h1', [
      ul(
        p('A place at the Lowther Cross inclusive youth club, with a support worker, every Wednesday evening from 6 to 8 pm.', 'S apfd'),
        p('A direct payment for a personal assistant will be considered at his next review.', 'V a', ['will be considered']),
      ),
    ]),
    sec(['I'], 'Section I – Placement', 'h1', [para('Saint Cuthbert\'s Catholic High School, mainstream voluntary aided secondary school.')]),
    sec(['J'], 'Section J – Personal budget', 'h1', [para('None at present; see Section H.')]),
    sec(['K'], 'Section K – Advice and information', 'h1', [
      ul('Kai and his parents, November 2025', 'Saint Cuthbert\'s Catholic High School, November 2025', 'NHS physiotherapy, December 2025', 'NHS speech and language therapy, December 2025', 'Educational psychologist, December 2025', 'Children with Disabilities Team, January 2026'),
    ]),
  ],
  checks: { therapyOnlyInHealth: true },
};

export const PLANS_H: PlanSpec[] = [p96, p97, p98, p99, p100];
