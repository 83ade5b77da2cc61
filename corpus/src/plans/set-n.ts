// Plans p128-p133: a thirteenth held-out set (7 December 2026), written and labelled blind: the analyser,
// its rules, its tests and its accuracy scripts were not read or run. Invented children, places and
// authorities; labels from shared/rubric-reference.md, corpus/AUDIT.md and the rulings in
// corpus/HOLDOUT-FIRST-SIGHT.md only. HELD OUT: never tune rules on them.
//   p128 an outcome-led Word form: per area one table "Outcome (Section E) | Provision to achieve it
//   (Section F) | Who | How often and for how long", each outcome cell merged down over its provision rows,
//   no need column (DocSpec). p129 a DRAFT Word form whose section headings and E, F, G items are Word
//   auto-numbered list paragraphs ("Section A:", "Section H1:", "E1", "F1" are list labels, not text)
//   (DocSpec). p130 an older form with F grouped by who provides it (the school, the SaLT service, the
//   physiotherapy service …), numbered paragraphs "6.1" with "(a)"-"(f)" sub-paragraphs, DOCX and PDF by
//   script (FlatSpec). p131 a landscape provision map, one column per term "Autumn 2026 | Spring 2027 |
//   Summer 2027", text by pdftotext -raw (DocSpec). p132 an early-years DRAFT sent back with Word margin
//   comments from the parent, the SENCo and the coordinator (DocSpec). p133 the national template for a
//   young man aged 24, written in the first person, each provision and outcome behind a typed "(a) "
//   (NationalSpec).
// They join the set-6 lists (set6.ts), so the build and the held-out lists take them as they are.
import { p, o } from '../dsl.ts';
import { at, type FlatSpec, type Part } from '../flattened.ts';
import { cell, commented, heading, merged, numbered, para, spanning, type DocBlock, type DocCell, type DocComment, type DocSpec } from '../docform.ts';
import type { NationalSpec } from '../national/spec.ts';
import { frontSheet } from './national.ts';

type Prov = ReturnType<typeof p>;
const label = (l: string, v: string): DocCell[] => [cell([l]), cell([v])];

// An outcome-led form: each area's table pairs an outcome (merged down over its rows) with the provision
// that serves it; the Who and How often cells belong to the provision beside them.
const pr = (prov: Prov, who: string, often: string, mark?: Part): DocCell[] => [cell([...(mark ? [mark] : []), prov]), cell([who]), cell([often])];
const outcomeTable = (rows: DocCell[][]): DocBlock => ({
  k: 'table', head: true, widths: [28, 34, 20, 18],
  rows: [[cell(['Outcome (Section E)']), cell(['Provision to achieve it (Section F)']), cell(['Who']), cell(['How often and for how long'])], ...rows],
});
const p128: DocSpec = {
  id: 'p128',
  description: 'HELD OUT. Word document by script, outcome-led: after A-D, "Sections E and F" as one four-column table per area of need "Outcome (Section E) | Provision to achieve it (Section F) | Who | How often and for how long", each outcome cell merged down over the two to four provision rows that serve it (one merged cell holding two outcomes), no need column (B is prose by area earlier); "Who" and "How often" cells left empty in two equipment rows; LibreOffice text export (a merged cell once); Year 4, FINAL; developmental language disorder, reading, worry, fine motor, glue ear; quantified SaLT block, Colourful Semantics, Toe by Toe, lunchtime club, worry-box check-in and fine motor lines beside "As appropriate", "Where possible", "Regularly", "When required", "If a place becomes available", a twice-weekly group with no length and a yearly OT review; G a hearing test and a nurse\'s care plan by a date; D none, H1 and H2 "None."; no check true.',
  header: 'Carrowfield Borough Council – Education, Health and Care Plan',
  footer: 'Anouk Fairclough-Obi – FINAL – Page {page} of {pages}',
  txt: 'soffice',
  status: 'final',
  yearGroup: 4,
  blocks: [
    { k: 'p', parts: ['Carrowfield Borough Council'], bold: true, size: 28 },
    { k: 'p', parts: ['Education, Health and Care Plan – FINAL'], bold: true, size: 28 },
    { k: 'table', widths: [35, 65], rows: [
      label('Name', 'Anouk Fairclough-Obi'),
      label('Date of birth', '14/02/2018'),
      label('School', 'Hesketh Moss Primary School'),
      label('Year group', 'Year 4'),
      label('Date of plan', '19 October 2026'),
      label('Annual review due', 'By October 2027'),
    ] },
    heading('Section A – About Anouk'),
    para(at('A'), 'Anouk is 8. She loves gymnastics, her two guinea pigs and drawing comics with her older brother. She says: "I know the answer but the words get stuck." She wants to be a vet. Her parents want her to feel clever and to enjoy reading.'),
    heading('Section B – Special educational needs'),
    para(at('B'), 'Communication and interaction: Anouk has a developmental language disorder. She finds it hard to put events in order when she talks and loses track of long instructions.'),
    para('Cognition and learning: Anouk reads well below the level expected for her age and her spelling is weak; she guesses at words from their first letter.'),
    para('Social, emotional and mental health: Anouk worries about getting things wrong, cries when she cannot do a task and often plays alone at lunchtime.'),
    para('Sensory and/or physical: Her pencil grip is weak and her handwriting is slow and hard to read.'),
    heading('Section C – Health needs'),
    para(at('C'), 'Anouk had grommets fitted in 2024 for glue ear. Her hearing is tested every 6 months and she gets ear infections after swimming.'),
    heading('Section D – Social care needs'),
    para(at('D'), 'No social care needs have been identified.'),
    heading('Sections E and F – What we want Anouk to achieve, and the help she will get'),
    para('Each outcome is set out beside the special educational provision that will help Anouk to achieve it.'),
    { k: 'p', parts: ['Communication and interaction'], bold: true },
    outcomeTable([
      [merged(3, [at('E'), o('By July 2027, Anouk will retell a story she has just heard, in the right order, in at least 5 linked sentences, in 4 out of 5 attempts.', 'mt')]),
        ...pr(p('Speech and language therapy: direct sessions on telling stories and building sentences, with targets passed to her class team', 'S apqfdg'), 'HCPC-registered speech and language therapist from Carrowfield Children\'s Therapies', '8 sessions of 40 minutes each term, 1:1', at('F'))],
      pr(p('Narrative group using Colourful Semantics, no more than 4 pupils', 'S apqfdg'), 'Teaching assistant trained in Colourful Semantics by the therapist', '3 times a week, 20 minutes'),
      pr(p('Topic vocabulary pre-taught before each new unit', 'V apf', ['As appropriate']), 'Class teacher', 'As appropriate'),
      [merged(2, [o('Anouk will be able to follow instructions in class.', '')]),
        ...pr(p('Instructions given in short chunks, with a visual prompt card on her desk', 'S apf'), 'All adults who work with Anouk', 'Every lesson')],
      pr(p('Checks that she has understood the task', 'V a', ['Where possible']), 'Staff', 'Where possible'),
    ]),
    { k: 'p', parts: ['Cognition and learning'], bold: true },
    outcomeTable([
      [merged(4, [o('By the end of Year 4, Anouk will read 90 of the first 100 high-frequency words on sight.', 'mt')], [o('Anouk will enjoy books more.', '')]),
        ...pr(p('Toe by Toe reading programme, 1:1', 'S apfdg'), 'Teaching assistant', 'Every morning, 15 minutes')],
      pr(p('Precision teaching of sight words', 'V ap', ['Regularly']), 'Teaching assistant', 'Regularly'),
      pr(p('A reading pen and a coloured overlay for all independent reading', 'S a'), '', ''),
      pr(p('Catch-up spelling in a small group', 'V pf'), 'Teaching assistant', 'Twice a week'),
    ]),
    { k: 'p', parts: ['Social, emotional and mental health'], bold: true },
    outcomeTable([
      [merged(2, [o('By March 2027, Anouk will join a game with other children at lunchtime on at least 3 days a week without an adult starting it.', 'mtP')]),
        ...pr(p('"Playground Pals" lunchtime games club, no more than 6 children', 'S apqfdg'), 'Midday supervisor trained in play leadership', 'Monday to Thursday, 25 minutes')],
      pr(p('Emotional support', 'V', ['support', 'When required']), 'Pastoral team', 'When required'),
      [merged(2, [o('Anouk will worry less about getting things wrong.', '')]),
        ...pr(p('A worry box and a 10-minute check-in about anything on her mind', 'S apfd'), 'Class teacher', 'Every Monday and Friday morning')],
      pr(p('Sessions with the school counsellor', 'V ap', ['If a place becomes available']), 'School counsellor', 'If a place becomes available'),
    ]),
    { k: 'p', parts: ['Sensory and/or physical'], bold: true },
    outcomeTable([
      [merged(3, [o('By July 2027, Anouk will copy three sentences in joined handwriting in 10 minutes, readable by an adult who does not know her.', 'mt')]),
        ...pr(p('Clever Fingers fine motor programme in a group of 3', 'S apfdg'), 'Teaching assistant, following the occupational therapist\'s programme', '3 x 15 minutes a week')],
      pr(p('Writing slope and triangular pencil grip', 'S a'), '', 'All written work'),
      pr(p('Occupational therapy review of her handwriting', 'V apf'), 'NHS occupational therapist', 'Once a year'),
    ]),
    heading('Section G – Health provision'),
    para(at('G'), 'G1', p('A hearing test at the Carrowfield audiology clinic every 6 months.', 'V af')),
    para('G2', p('The school nurse will write a care plan for her grommets (swimming and ear infections) by 30 November 2026 and go through it with her class team.', 'S ap')),
    heading('Section H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'),
    para(at('H1'), 'None.'),
    heading('Section H2 – Other social care provision'),
    para(at('H2'), 'None.'),
    heading('Section I – Placement'),
    para(at('I'), 'Hesketh Moss Primary School (mainstream community primary school).'),
    heading('Section J – Personal budget'),
    para(at('J'), 'No personal budget has been requested.'),
    heading('Section K – Advice and information'),
    para(at('K'), 'Parents\' views (August 2026); Hesketh Moss Primary School (September 2026); educational psychologist (September 2026); Carrowfield Children\'s Therapies – speech and language therapy and occupational therapy (September 2026).'),
  ],
};

// A DRAFT whose headings and numbered items are Word list paragraphs: "Section A:" … "Section K:" (with
// "Section H1:" and "Section H2:" a second level under H), "E1", "F1", "G1" are Word's labels, drawn by
// the numbering definitions; the paragraphs' own text has only the titles and the statements.
const sec = (title: string, level = 0): DocBlock => ({ k: 'p', parts: [title], bold: true, size: 26, num: { ref: 'sections', level } });
const p129: DocSpec = {
  id: 'p129',
  description: 'HELD OUT. Word document by script whose section headings are Word auto-numbered list paragraphs (one multi-level list: level 1 "Section %1:" in capital letters, level 2 "Section %1%2:" for H1 and H2 under a "Section H: Social care provision" heading), so "Section F:" is a list label drawn by Word and the heading\'s text is only its title ("Special educational provision"); E, F and G items are numbered lists too ("E%1", "F%1", "G%1" labels, numbers not in the text); F under bold area lines; LibreOffice PDF and text export; Year 7, DRAFT for consultation naming the current academy and its type in Section I (placementInDraft); ADHD, dyscalculia, sensory, friendships, sleep; quantified Numicon, slides, mentor meeting, fidget tool, ear defenders and OT block beside "when one is available", "should be considered", "as agreed", a daily club with no length and nurse advice with no when; G a paediatric medication review; D none, H1 and H2 "None."',
  header: 'Fellbridge Metropolitan Borough Council – DRAFT EHC Plan',
  footer: 'Bartholomew Quaye-Lindgren – DRAFT – Page {page} of {pages}',
  txt: 'soffice',
  status: 'draft',
  yearGroup: 7,
  numbering: [
    { reference: 'sections', levels: [{ format: 'upperLetter', text: 'Section %1:', indent: 1701 }, { format: 'decimal', text: 'Section %1%2:', indent: 1701 }] },
    { reference: 'outcomes', levels: [{ format: 'decimal', text: 'E%1', indent: 567 }] },
    { reference: 'fItems', levels: [{ format: 'decimal', text: 'F%1', indent: 567 }] },
    { reference: 'gItems', levels: [{ format: 'decimal', text: 'G%1', indent: 567 }] },
  ],
  blocks: [
    { k: 'p', parts: ['Fellbridge Metropolitan Borough Council'], bold: true, size: 28 },
    { k: 'p', parts: ['DRAFT Education, Health and Care Plan – for consultation (issued 2 November 2026)'], bold: true, size: 28 },
    { k: 'table', widths: [35, 65], rows: [
      label('Name', 'Bartholomew Quaye-Lindgren (Barty)'),
      label('Date of birth', '21/03/2014'),
      label('School and year group', 'Westerhope Academy, Year 7'),
      label('EHC plan coordinator', 'R. Achebe'),
    ] },
    sec('About me: my views, interests and aspirations'),
    para(at('A'), 'Barty is 12. He loves BMX, drumming and cooking with his grandad. He says: "I don\'t mean to shout out, my brain just goes." He wants to be a chef or a stunt rider. His parents want him to stop getting detentions and to manage his money and homework himself.'),
    sec('Special educational needs'),
    para(at('B'), 'Barty has ADHD and finds it very hard to stay on a task, wait his turn or sit still; he is often in trouble for shouting out. He has a specific difficulty with number (dyscalculia): he counts on his fingers and cannot yet tell the time on a clock with hands. He is very sensitive to noise and to the feel of some clothes. He falls out with other students at break and lunch.'),
    sec('Health needs'),
    para(at('C'), 'Barty was diagnosed with ADHD in 2021 by the community paediatrician and takes lisdexamfetamine each morning. He finds it hard to get to sleep and is often awake after midnight.'),
    sec('Social care needs'),
    para(at('D'), 'No social care needs have been identified.'),
    sec('Outcomes'),
    numbered('outcomes', 0, at('E'), o('By the end of Year 7, Barty will work on a 20-minute written task in class with no more than 2 reminders to get back to it.', 'mt')),
    numbered('outcomes', 0, o('By July 2027, Barty will add and subtract two-digit numbers using a number line with 80% accuracy.', 'mt')),
    numbered('outcomes', 0, o('Barty will concentrate better.', '')),
    numbered('outcomes', 0, o('By his next annual review, Barty will walk to school with a friend and arrive before 8.40am on at least 4 days a week.', 'mtP')),
    numbered('outcomes', 0, o('Barty will get on better with other students.', 'P')),
    numbered('outcomes', 0, o('Barty will go to bed at a sensible time.', 'P')),
    sec('Special educational provision'),
    { k: 'p', parts: [at('F'), 'Cognition and learning'], bold: true },
    numbered('fItems', 0, p('Barty will have 1:1 maths teaching using the Numicon Breaking Barriers programme from a maths teacher, 3 times a week for 30 minutes.', 'S apfdg')),
    numbered('fItems', 0, p('A place at homework club when one is available.', 'V a', ['when one is available'])),
    numbered('fItems', 0, p('Printed copies of the lesson slides and a task checklist, given to him by the subject teacher at the start of every lesson.', 'S apf')),
    { k: 'p', parts: ['Attention, social, emotional and mental health'], bold: true },
    numbered('fItems', 0, p('A 10-minute meeting with his learning mentor at the start of each school day to go through his timetable and equipment.', 'S apfd')),
    numbered('fItems', 0, p('A fidget tool and a standing desk at the back of the classroom in all lessons.', 'S af')),
    numbered('fItems', 0, p('Mentoring sessions should be considered.', 'V a', ['should be considered'])),
    numbered('fItems', 0, p('A lunchtime club in the library, run by a teaching assistant every day.', 'V apf')),
    { k: 'p', parts: ['Sensory'], bold: true },
    numbered('fItems', 0, p('Ear defenders and a seat away from the door in all lessons and assemblies.', 'S af')),
    numbered('fItems', 0, p('Sensory breaks, as agreed with home.', 'V a', ['as agreed'])),
    numbered('fItems', 0, p('Occupational therapy from an HCPC-registered occupational therapist: 6 sessions of 45 minutes in the spring term, on organising himself and calming his body, with a written programme for school.', 'S apqfd')),
    sec('Health provision'),
    numbered('gItems', 0, at('G'), p('A medication review with the community paediatrician every 4 months, lasting 20 minutes.', 'S apfd')),
    numbered('gItems', 0, p('Sleep hygiene advice for his parents from the school nurse.', 'V ap')),
    sec('Social care provision'),
    sec('Provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', 1),
    para(at('H1'), 'None.'),
    sec('Other social care provision', 1),
    para(at('H2'), 'None.'),
    sec('Placement'),
    para(at('I'), 'Westerhope Academy (mainstream 11-16 academy).'),
    sec('Personal budget'),
    para(at('J'), 'Not requested.'),
    sec('Advice and information'),
    para(at('K'), 'Parents\' views (September 2026); Barty\'s views (September 2026); Westerhope Academy (September 2026); educational psychologist (October 2026); occupational therapist (October 2026); community paediatrician (October 2026).'),
  ],
  checks: { placementInDraft: true },
};

// An older county form: letter and title headings ("F  Special educational provision"), numbered
// paragraphs by section ("5.1", "6.3"), and F grouped by who makes the provision, each group a stem
// paragraph with "(a)"-"(f)" sub-paragraphs under it.
const sub = (m: string, x: Prov): Part[] => [m, x];
const p130: FlatSpec = {
  id: 'p130',
  description: 'HELD OUT. Text of an older county form: headings a capital letter, two spaces and a title ("F  Special educational provision"), E numbered "5.1"-"5.6", Section F grouped by who makes the provision, not by area of need: "6.1 Provision to be made by the school (…)", "6.2 … by the … Speech and Language Therapy Service (NHS)", "6.3 … Children\'s Physiotherapy Service", "6.4 … Educational Psychology Service", "6.5 … Sensory Support Service", each a stem line with "(a)"-"(f)" sub-paragraphs ending in semicolons; single H; DOCX by the docx library and PDF by Chromium; Reception (year 0), FINAL; Down syndrome: language, learning, low tone, hearing, play; quantified Makaton-trained TA hours, Numicon, SaLT, physio programme, EP consultations and teacher-of-the-deaf visits beside "support", "opportunities for … where possible", "as necessary", "may", a termly physio review with no length and training whose only provider is the service in the stem; C heart, thyroid and glue ear with G "No health provision is specified in this plan." (healthNeedsWithoutProvision); D none.',
  status: 'final',
  yearGroup: 0,
  producers: { docx: 'docx', pdf: 'chromium' },
  lines: [
    ['SKELBROOK COUNTY COUNCIL'],
    ['Education, Health and Care Plan (Final)'],
    ['Child: Marigold Okafor-Reyes (Goldie)    Date of birth: 03/05/2022'],
    ['Setting: St Wilfrid\'s CE Infant School, Reception class (Hedgehogs)'],
    ['Date of this plan: 26 October 2026'],
    [''],
    ['A  Views, interests and aspirations of Goldie and her family'],
    [at('A'), 'Goldie is 4. She loves music, dancing, bubbles and her big sister Amara. She signs "more" and "finished" and laughs a lot. Her parents want her to make friends, to talk more and to be as independent as she can at school.'],
    [''],
    ['B  Special educational needs'],
    [at('B'), 'Goldie has Down syndrome. She understands simple sentences about the here and now and uses about 25 signs and a few words. She learns new skills slowly and needs a lot of repetition; she is not yet counting. She has low muscle tone, tires quickly and is unsteady on steps. She has a mild hearing loss. She likes other children but does not yet know how to join their play.'],
    [''],
    ['C  Health needs'],
    [at('C'), 'Goldie had surgery for a heart defect (AVSD) as a baby and is seen by the cardiology clinic every year. She has hypothyroidism, treated with levothyroxine, and glue ear, with hearing aids in both ears. She catches chest infections easily and misses days at school.'],
    [''],
    ['D  Social care needs'],
    [at('D'), 'No social care needs have been identified.'],
    [''],
    ['E  Outcomes'],
    [at('E'), '5.1', o('By the end of Reception, Goldie will use 50 signs or words to ask for what she wants and to comment on what she sees.', 'mt')],
    ['5.2', o('By July 2027, Goldie will take off her coat and hang it on her peg when she arrives, with one reminder.', 'mtP')],
    ['5.3', o('Goldie will join in with class activities.', '')],
    ['5.4', o('By her next annual review, Goldie will walk up and down the steps to the outdoor area holding the rail, without an adult\'s hand.', 'mt')],
    ['5.5', o('Goldie will have friends to play with.', 'P')],
    ['5.6', o('By the end of Reception, Goldie will count 5 objects, touching each one as she counts.', 'mt')],
    [''],
    ['F  Special educational provision'],
    [at('F'), 'The provision below is set out by the service or setting that will make it.'],
    ['6.1  Provision to be made by the school (St Wilfrid\'s CE Infant School). The school will provide:'],
    sub('(a)', p('a teaching assistant trained in Makaton, working with Goldie 1:1 for 25 hours a week across all sessions, including lunchtime;', 'S apqfdg')),
    sub('(b)', p('Numicon Firm Foundations activities 1:1 with the teaching assistant, 4 times a week for 15 minutes;', 'S apfdg')),
    sub('(c)', p('a visual timetable and now/next board, used by all staff in every session;', 'S apf')),
    sub('(d)', p('early reading support in a small group;', 'V', ['support'])),
    sub('(e)', p('opportunities for structured play with other children, led by adults where possible;', 'V', ['opportunities for', 'where possible'])),
    sub('(f)', p('a toileting routine, with the teaching assistant taking her to the toilet every hour and recording how it went.', 'S apf')),
    ['6.2  Provision to be made by the Skelbrook Children\'s Speech and Language Therapy Service (NHS). The service will provide:'],
    sub('(a)', p('direct therapy from a speech and language therapist, 1:1, for 30 minutes every fortnight in school;', 'S apfdg')),
    sub('(b)', p('training for the teaching assistant in Goldie\'s signing and language targets, one 90-minute session each term;', 'V afd')),
    sub('(c)', p('advice to the school as necessary.', 'V a', ['as necessary'])),
    ['6.3  Provision to be made by the Skelbrook Children\'s Physiotherapy Service. The service will provide:'],
    sub('(a)', p('a review of her gross motor skills by a paediatric physiotherapist each term, with an updated programme;', 'V apf')),
    sub('(b)', p('a daily 15-minute gross motor programme (balance, steps and ball skills), carried out by the teaching assistant, who will be trained by the physiotherapist.', 'S apqfd')),
    ['6.4  Provision to be made by the Educational Psychology Service:'],
    sub('(a)', p('two consultations a year of 90 minutes each between an educational psychologist and the class teacher, to plan her learning targets.', 'S apfd')),
    ['6.5  Provision to be made by the Sensory Support Service (hearing):'],
    sub('(a)', p('a qualified teacher of the deaf will visit once a half term for an hour to check the classroom listening conditions, her hearing aids and her radio aid, and to advise staff;', 'S apqfd')),
    sub('(b)', p('a soundfield system may be fitted in the classroom if her hearing gets worse.', 'V a', ['may'])),
    [''],
    ['G  Health provision'],
    [at('G'), 'No health provision is specified in this plan.'],
    [''],
    ['H  Social care provision (H1 and H2)'],
    [at('H'), 'None.'],
    [''],
    ['I  Placement'],
    [at('I'), 'St Wilfrid\'s CE Infant School (voluntary aided infant school).'],
    [''],
    ['J  Personal budget'],
    [at('J'), 'No request has been made for a personal budget.'],
    [''],
    ['K  Advice and information'],
    [at('K'), 'Parents\' views (July 2026); Little Oaks Nursery (July 2026); St Wilfrid\'s CE Infant School (September 2026); educational psychologist (August 2026); speech and language therapy (August 2026); physiotherapy (August 2026); Sensory Support Service (September 2026); community paediatrician (August 2026).'],
    [''],
    ['Signed for Skelbrook County Council: A. Penhaligon, Head of SEND Assessment, 26 October 2026'],
  ],
  checks: { healthNeedsWithoutProvision: true },
};

// A provision map by term: F one landscape table "Provision | Delivered by | Autumn term 2026 | Spring
// term 2027 | Summer term 2027", each term cell the amount in that term ("—" where it does not run).
const tm = (prov: Prov, who: string, autumn: string, spring: string, summer: string, mark?: Part): DocCell[] =>
  [cell([...(mark ? [mark] : []), prov]), cell([who]), cell([autumn]), cell([spring]), cell([summer])];
const areaRow = (name: string): DocCell[] => [{ ...spanning(5, [name]), bold: true }];
const p131: DocSpec = {
  id: 'p131',
  description: 'HELD OUT. Word document by script: portrait A-E ("Section A:" headings, E "E1"-"E6"), then a landscape page for Section F as a provision map for the school year, one table "Provision | Delivered by | Autumn term 2026 | Spring term 2027 | Summer term 2027" under bold area rows spanning it, each term cell the amount in that term (tapering, "—" where it does not run, "As needed", "Regularly" and "To be agreed" in some terms), rows kept whole; portrait again for G-K; text is poppler\'s pdftotext -raw of LibreOffice\'s PDF; running header and "Page N of M" footer; Year 9, FINAL (amended after the annual review); autism, dyslexia, anxiety and attendance, coordination; quantified SaLT, Units of Sound, typing, exam arrangements, Cool Connections group, handwriting and laptop lines beside a weekly group with no length, "Access to", "Regularly" with "Pastoral staff"; every outcome academic, attendance or anxiety in lessons: no PfA outcome (preparingForAdulthoodMissing); G asthma plan by a date and a yearly review; D none, H1 and H2 "Not applicable."',
  header: 'Hallamby City Council – Education, Health and Care Plan',
  footer: 'Idris Warrender-Kaye – FINAL – Page {page} of {pages}',
  txt: 'pdftotext',
  status: 'final',
  yearGroup: 9,
  blocks: [
    { k: 'p', parts: ['Hallamby City Council'], bold: true, size: 28 },
    { k: 'p', parts: ['Education, Health and Care Plan – Final (amended following the annual review of 9 November 2026)'], bold: true, size: 28 },
    { k: 'table', widths: [35, 65], rows: [
      label('Name', 'Idris Warrender-Kaye'),
      label('Date of birth', '02/12/2011'),
      label('School', 'Copperbeck High School'),
      label('Year group', 'Year 9'),
      label('Plan status', 'Final'),
    ] },
    heading('Section A: Idris\'s views, interests and aspirations'),
    para(at('A'), 'Idris is 14. He likes coding, Lego Technic and walking his neighbour\'s dog. He says he hates "being picked to read out loud" and that Monday mornings are the worst. He would like to make video games. His mum wants him to get his GCSEs and to stop feeling sick with worry before school.'),
    heading('Section B: Special educational needs'),
    para(at('B'), 'Idris is autistic. He takes language literally, misses jokes and sarcasm and finds group work hard. He has dyslexia: he reads slowly and his spelling is well below his age. He is very anxious, has stomach aches before school and attended 84% of sessions last year. His handwriting is slow and untidy because of poor coordination.'),
    heading('Section C: Health needs'),
    para(at('C'), 'Idris has asthma, controlled with a preventer and a reliever inhaler. He was diagnosed as autistic by the Hallamby Child Development Team in 2019.'),
    heading('Section D: Social care needs'),
    para(at('D'), 'None identified.'),
    heading('Section E: Outcomes'),
    para(at('E'), 'E1', o('By the end of Year 9, Idris will read a 400-word passage from a GCSE English text and answer 4 of 5 questions about it correctly.', 'mt')),
    para('E2', o('By July 2027, Idris will spell 15 of the 20 key words for each science topic correctly in a test.', 'mt')),
    para('E3', o('Idris will be less anxious in lessons.', '')),
    para('E4', o('By February 2027, Idris will attend at least 92% of sessions in each half term.', 'mt')),
    para('E5', o('Idris will hand in every piece of homework on time.', 'm')),
    para('E6', o('By the end of Year 10, Idris will type at 30 words a minute with 90% accuracy.', 'mt')),
    { k: 'section', landscape: true },
    heading('Section F: Special educational provision – provision map for 2026-27'),
    para('The amounts are given term by term. "—" means that the provision does not run in that term.'),
    { k: 'table', head: true, keepRows: true, widths: [32, 20, 16, 16, 16], rows: [
      [cell(['Provision']), cell(['Delivered by']), cell(['Autumn term 2026']), cell(['Spring term 2027']), cell(['Summer term 2027'])],
      areaRow('Communication and interaction'),
      tm(p('Speech and language therapy on understanding figurative language, inference and the unwritten rules of conversation', 'S apqfdg'), 'HCPC-registered speech and language therapist', '6 x 45 minutes, 1:1', '4 x 45 minutes, 1:1', '1 review session of 45 minutes, 1:1', at('F')),
      tm(p('Social skills group', 'V apf'), 'Teaching assistant', 'Weekly', 'Weekly', 'Weekly'),
      areaRow('Cognition and learning'),
      tm(p('Specialist dyslexia teaching using the Units of Sound programme, 1:1', 'S apqfdg'), 'Specialist teacher with a Level 5 certificate in dyslexia', '2 x 50 minutes a week', '2 x 50 minutes a week', '1 x 50 minutes a week'),
      tm(p('Reading comprehension practice in a group of 4', 'V apfdg', ['As needed']), 'Teaching assistant', '3 x 20 minutes a week', '3 x 20 minutes a week', 'As needed'),
      tm(p('Touch-typing practice with the Nessy Fingers program', 'S apfd'), 'Supervised by a teaching assistant', '4 x 15 minutes a week in tutor time', '4 x 15 minutes a week in tutor time', '4 x 15 minutes a week in tutor time'),
      tm(p('25% extra time and a reader in all tests and mock examinations', 'S apf'), 'Exams officer', 'All tests', 'All tests and mock examinations', 'All tests and end-of-year examinations'),
      areaRow('Social, emotional and mental health'),
      tm(p('Cool Connections anxiety group, no more than 5 students', 'S apqfdg'), 'Trained emotional literacy support assistant', '—', '8 weekly sessions of 50 minutes', '—'),
      tm(p('Access to the library base at lunchtime', 'V af', ['Access to']), '', 'Daily', 'Daily', 'Daily'),
      tm(p('Mentoring', 'V a', ['Regularly']), 'Pastoral staff', 'Regularly', 'Regularly', 'Regularly'),
      tm(p('Attendance meeting with Idris and his parents', 'V apfd', ['To be agreed']), 'Education welfare officer', 'One meeting of 30 minutes', 'To be agreed', 'To be agreed'),
      areaRow('Sensory and/or physical'),
      tm(p('Handwriting and coordination programme', 'S apqfd'), 'Teaching assistant trained by the occupational therapist', '3 x 15 minutes a week', '3 x 15 minutes a week', '—'),
      tm(p('A laptop for written work', 'S apf'), 'Set up by the IT technician', 'All lessons', 'All lessons', 'All lessons'),
    ] },
    { k: 'section', landscape: false },
    heading('Section G: Health provision'),
    para(at('G'), 'G1', p('An asthma care plan written by the school nurse by 30 November 2026, with his reliever inhaler kept in his bag and a spare in the medical room.', 'S ap')),
    para('G2', p('An asthma review at his GP practice once a year.', 'V af')),
    heading('Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'),
    para(at('H1'), 'Not applicable.'),
    heading('Section H2: Other social care provision'),
    para(at('H2'), 'Not applicable.'),
    heading('Section I: Placement'),
    para(at('I'), 'Copperbeck High School (mainstream 11-16 community school).'),
    heading('Section J: Personal budget'),
    para(at('J'), 'No personal budget has been requested.'),
    heading('Section K: Advice and information'),
    para(at('K'), 'Parent\'s views (October 2026); Idris\'s views (October 2026); Copperbeck High School annual review report (November 2026); specialist teacher (October 2026); speech and language therapist (October 2026); educational psychologist (2025, still current).'),
  ],
  checks: { preparingForAdulthoodMissing: true },
};

// An early-years DRAFT sent back during consultation with Word margin comments (w:comment) from the
// parent, the nursery SENCo and the coordinator, some asking for amounts the plan does not give.
const parent = (date: string, text: string): DocComment => ({ author: 'N. Strand (parent)', initials: 'NS', date, text });
const senco: DocComment = { author: 'L. Okoro (Nursery SENCo)', initials: 'LO', date: '2026-11-12T10:15:00Z', text: 'We already use objects of reference at every change of activity. Can the plan say that instead of "regularly"?' };
const officer: DocComment = { author: 'D. Hargreaves (EHC Coordinator)', initials: 'DH', date: '2026-11-18T09:05:00Z', text: 'To be completed after consultation with Fernlea Primary and Brookside Primary.' };
const p132: DocSpec = {
  id: 'p132',
  description: 'HELD OUT. Word document by script, an early-years DRAFT returned during consultation with five Word margin comments (w:comment anchored on paragraphs: the parent asking for "a sensory break at least once an hour, for 5 to 10 minutes", the nursery SENCo asking for "every change of activity" instead of "regularly", the parent on an outcome date and on H2, the coordinator on Section I); the comments are not the plan\'s text (gold is the body only); PDF and text by LibreOffice (no comments printed); aged 3 in a school nursery class (FS1, year -1); autism assessment pending, no words, sensory, toileting, restricted eating, sleep; quantified SaLT block, Intensive Interaction, sensory stories, den and toileting plan beside "regularly", "where possible", "Support", "as required", adult-led play with no who or amount; G dietitian reviews, a sleep-clinic referral "will be considered" and a CDC assessment with no when; D a single mother\'s early help assessment finding she needs breaks and help to take Kit out, H1 "None." and H2 "None at present." (socialCareNeedsWithoutProvision); I "To be named in the final plan." (no placement check).',
  header: 'Eastwold Borough Council – Early Years EHC Plan – DRAFT',
  footer: 'Kit Adeyemi-Strand – DRAFT for consultation – Page {page} of {pages}',
  txt: 'soffice',
  status: 'draft',
  yearGroup: -1,
  blocks: [
    { k: 'p', parts: ['Eastwold Borough Council'], bold: true, size: 28 },
    { k: 'p', parts: ['DRAFT Education, Health and Care Plan – issued for comment on 9 November 2026'], bold: true, size: 28 },
    { k: 'table', widths: [35, 65], rows: [
      label('Child\'s name', 'Kit Adeyemi-Strand'),
      label('Date of birth', '12/01/2023'),
      label('Setting', 'Fernlea Primary School – Nursery class (FS1), mornings'),
      label('EHC coordinator', 'D. Hargreaves'),
    ] },
    heading('Section A – All about Kit'),
    para(at('A'), 'Kit is 3. He loves spinning things, watching the washing machine, Hey Duggee and big squeezy hugs. He does not like loud hand dryers, hats or sand. His mum wants him to be able to tell her what he wants, to eat more foods and to sleep through the night.'),
    heading('Section B – Special educational needs'),
    para(at('B'), 'Kit does not yet use words. He leads adults by the hand to what he wants and uses a few signs. He moves quickly between activities, lines up toys and is very distressed when routines change. He is sensitive to noise and touch and seeks spinning and crashing. He is not toilet trained. He is waiting for an autism assessment.'),
    heading('Section C – Health needs'),
    para(at('C'), 'Kit eats only six foods and is under the community dietitian. He sleeps 4 to 5 hours a night and wakes screaming. He has been referred to the Eastwold Child Development Centre for an assessment of his development.'),
    heading('Section D – Social care needs'),
    para(at('D'), 'Kit lives with his mum and his baby sister. His mum is on her own and has not had an unbroken night\'s sleep for two years. The early help assessment in September 2026 found that she needs regular breaks from caring and help to take Kit out safely, as he runs off.'),
    heading('Section E – Outcomes'),
    para(at('E'), 'Outcome 1 –', o('By July 2027, Kit will use 10 signs, symbols or words to ask for food, a drink or a favourite toy.', 'mt')),
    para('Outcome 2 –', o('Kit will communicate more.', '')),
    commented(parent('2026-11-16T21:32:00Z', 'Can this say by September 2027? He starts Reception then.'), 'Outcome 3 –', o('By the end of the summer term 2027, Kit will sit on the potty or toilet after snack and after lunch on 4 out of 5 days.', 'mtP')),
    para('Outcome 4 –', o('By his next review, Kit will stay at an adult-led table activity with his key person for 3 minutes.', 'mt')),
    para('Outcome 5 –', o('Kit will eat a wider range of foods.', 'P')),
    para('Outcome 6 –', o('By September 2027, Kit will play alongside another child at the sand or water tray for 5 minutes.', 'mtP')),
    heading('Section F – Special educational provision'),
    { k: 'p', parts: [at('F'), 'Communication and interaction'], bold: true },
    para(p('Speech and language therapy from an NHS speech and language therapist: a block of 6 weekly sessions of 30 minutes in the nursery each term, with an Intensive Interaction programme for his key person.', 'S apfd')),
    para(p('Intensive Interaction with his key person, 1:1, for 10 minutes twice a day.', 'S apfdg')),
    commented(senco, p('Objects of reference to be used regularly.', 'V a', ['regularly'])),
    { k: 'p', parts: ['Cognition and learning'], bold: true },
    para(p('Sensory story sessions (a 10-minute story told with props) in a group of no more than 4 children, three times a week, led by the nursery teacher.', 'S apfdg')),
    para(p('Adult-led play to build on his interests.', 'V a')),
    { k: 'p', parts: ['Sensory, social and emotional'], bold: true },
    para(p('A quiet den with a weighted blanket, set up in the nursery room for every session.', 'S af')),
    commented(parent('2026-11-16T21:40:00Z', 'Kit needs a sensory break at least once an hour, for 5 to 10 minutes, or he melts down. Please put this in.'), p('Sensory breaks where possible.', 'V a', ['where possible'])),
    para(p('Support at lunchtime from nursery staff.', 'V pf', ['Support'])),
    { k: 'p', parts: ['Self-care and independence'], bold: true },
    para(p('Help with eating and toileting as required.', 'V a', ['as required'])),
    para(p('A toileting plan agreed with his mother, with his key person changing him and sitting him on the potty after snack and after lunch every day.', 'S apf')),
    heading('Section G – Health provision'),
    para(at('G'), p('A review by the community dietitian every 3 months, lasting 45 minutes, with a food-chaining plan for home and nursery.', 'S apfd')),
    para(p('A referral to the sleep clinic will be considered.', 'V a', ['will be considered'])),
    para(p('A developmental assessment at the Eastwold Child Development Centre.', 'V a')),
    heading('Section H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970'),
    para(at('H1'), 'None.'),
    heading('Section H2 – Other social care provision'),
    commented(parent('2026-11-16T21:51:00Z', 'At the meeting on 2 November we were told short breaks would be looked at. Why does this say none?'), at('H2'), 'None at present.'),
    heading('Section I – Placement'),
    commented(officer, at('I'), 'To be named in the final plan.'),
    heading('Section J – Personal budget'),
    para(at('J'), 'A personal budget has not been requested.'),
    heading('Section K – Advice and information'),
    para(at('K'), 'Parent\'s views (October 2026); Fernlea Primary School Nursery (October 2026); Early Years SEND Advisory Teacher (October 2026); NHS speech and language therapy (October 2026); community dietitian (October 2026); early help assessment (September 2026).'),
  ],
  checks: { socialCareNeedsWithoutProvision: true },
};

// The national template for a young man aged 24 in the last year of his plan, written in the first person
// ("I will have …"), every provision and outcome its own cell paragraph behind a typed "(a) ", "(b) ".
const ab = (m: string, x: ReturnType<typeof p> | ReturnType<typeof o>) => ({ run: [`(${m}) `, x] });
const p133: NationalSpec = {
  id: 'p133',
  description: 'HELD OUT. National template for a young man aged 24 (year null) in the third year of a personalised study programme at an independent specialist land-based post-19 provider, FINAL after the annual review; A, provision and outcomes written in the first person ("I will have …", "By July 2027, I will …"), each provision and outcome a cell paragraph behind a typed "(a) ", "(b) ", "(c) "; Williams syndrome: learning disability, keeping safe, money, anxiety about his heart, hyperacusis, balance, heart condition and high calcium; quantified SaLT group, keeping-safe course, money sessions, horticulture, counselling, a path check by a date and a health action plan by a date beside staff with no when, "when I need it", a weekly check-in with no length, "access to", "as appropriate", a yearly heart check with no length and "as needed"; H1 PA hours by direct payment, H2 a Care Act supported-living assessment by a date; PfA outcomes (keeping safe, money, a vocational certificate, health appointments, supported living); all four area tables, two C-G-E rows (one with no outcome), one D-H1-H2-E row, unused rows deleted; LibreOffice text export; no check true.',
  form: 'filled',
  banner: ['Brindleford City Council – Post-16 and Adult SEND Team', 'FINAL Education, Health and Care Plan – issued 13 October 2026 after the annual review'],
  fields: frontSheet(
    { name: 'Ferdinand Achterberg-Mensah', preferred: 'Ferdie', dob: '09/06/2002', sex: 'Male', ethnicity: 'Mixed – White and Black African', lang: 'English', parentLang: 'English and Dutch',
      parent1: ['Grietje Achterberg', 'Mother', 'g.achterberg@example.org', '07700 900577', '27 Sallow Walk, Brindleford'] },
    { setting: 'Oakhanger Farm College (independent specialist post-19 provider, land-based), third year of a personalised study programme, 4 days a week', gp: 'Sallow Walk Medical Practice; Adult Congenital Heart Service, Brindleford Royal Infirmary', nhs: '712 448 9036',
      socialCare: 'Yes – Adult Social Care (Learning Disability)', others: 'Learning disability liaison nurse; college speech and language therapist', lac: 'No', wasLac: 'No', onePage: 'Yes', movedIn: 'No' },
  ),
  a1: {
    history: 'I have Williams syndrome. I went to a special school until I was 19 and then to Brindleford College. I started at Oakhanger Farm College in September 2024. My plan can carry on until the end of the college year in which I turn 25 (July 2027).',
    communication: 'I talk a lot and I like people. I need short sentences and time to think. Easy-read letters help me.',
  },
  a2: {
    child_views: 'I love the farm and the animals. I want a job in a garden centre and to live with my friends Jonas and Priti. I don\'t like hand dryers or motorbikes.',
    family_views: 'My mum wants me to have a job, to be safe and not be taken advantage of, and to live near her.',
    interests: 'Music, singing in my drama group, growing tomatoes and Doctor Who.',
    strengths: 'I am friendly and hard-working, I remember songs and people\'s names, and I am gentle with animals.',
    aspirations: 'To work in a garden centre or a plant nursery and to live in supported living with my friends.',
  },
  areas: {
    communication_interaction: {
      strengths: 'I can talk to anyone and I am polite.',
      rows: [{
        need: 'I do not always understand what people mean and I say yes to things I have not understood. I find it hard to tell when someone is not safe to trust, online or in town.',
        provision: [
          ab('a', p('I will have a 45-minute group session with the college speech and language therapist every fortnight, in a group of 3, to practise checking I have understood and saying no.', 'S apfdg')),
          ab('b', p('Staff will use short sentences and check I have understood.', 'V a')),
          ab('c', p('I will do the Safe and Sound course on keeping safe, with a tutor trained to deliver it: 10 weekly sessions of 1 hour in the autumn term.', 'S apqfd')),
        ],
        outcome: [
          ab('a', o('By July 2027, I will tell a member of staff every time someone online or in town asks me for money or my personal details.', 'mtP')),
          ab('b', o('I will be safer.', 'P')),
        ],
      }],
    },
    cognition_learning: {
      strengths: 'I can read simple words and signs and I know my way round the farm.',
      rows: [{
        need: 'I find numbers, money and time very hard. I cannot yet use my bank card or my phone calendar on my own.',
        provision: [
          ab('a', p('I will have money skills sessions 1:1 with a tutor, using my bank card in the college shop, 2 x 30 minutes a week.', 'S apfdg')),
          ab('b', p('I will have help to use my phone calendar when I need it.', 'V a', ['when I need it'])),
          ab('c', p('I will have practical horticulture sessions in the market garden with a horticulture tutor, in a group of 6, 3 days a week from 10am to 3pm.', 'S apfdg')),
        ],
        outcome: [
          ab('a', o('By March 2027, I will pay for my lunch in the college café with my bank card and check the receipt.', 'mtP')),
          ab('b', o('By the end of my course in July 2027, I will achieve my Entry Level 3 certificate in Horticulture.', 'mtP')),
        ],
      }],
    },
    semh: {
      strengths: 'I tell people when I am worried.',
      rows: [{
        need: 'I worry a lot about my heart and about loud noises. When I am worried I phone my mum many times a day.',
        provision: [
          ab('a', p('I will have a weekly check-in with my personal tutor.', 'V apf')),
          ab('b', p('I will have access to a quiet room and ear defenders when it is noisy.', 'V a', ['access to'])),
          ab('c', p('I will have 8 sessions of 1 hour with the college counsellor, who is accredited by the BACP, to learn ways to manage my worries, in the spring term.', 'S apqfd')),
        ],
        outcome: [
          ab('a', o('I will worry less.', '')),
          ab('b', o('By July 2027, I will phone my mum no more than twice during a college day.', 'mt')),
        ],
      }],
    },
    sensory_physical: {
      strengths: 'I walk to the bus stop every day.',
      rows: [{
        need: 'Loud noises hurt my ears (hyperacusis). I get tired on long walks and my balance is poor on rough ground.',
        provision: [
          ab('a', p('I will have the market garden paths checked for safety by the college\'s health and safety officer by 30 November 2026.', 'S ap')),
          ab('b', p('I will have rest breaks as appropriate.', 'V a', ['as appropriate'])),
        ],
        outcome: [ab('a', o('I will walk round the market garden on my own.', 'm'))],
      }],
    },
  },
  health: {
    strengths: 'I am fit from working on the farm.',
    rows: [
      {
        need: 'I have supravalvular aortic stenosis (a narrowing of the main artery from my heart). I am seen by the adult congenital heart team at Brindleford Royal Infirmary.',
        provision: [
          ab('a', p('I will have a heart check with a cardiologist at the adult congenital heart clinic every 12 months.', 'V apf')),
          ab('b', p('I will have a health action plan, written with the learning disability liaison nurse by 31 January 2027.', 'S ap')),
        ],
        outcome: [ab('a', o('By July 2027, I will go to my heart and GP appointments with my mum and tell the doctor how I have been, using my health passport.', 'mtP'))],
      },
      {
        need: 'I have high calcium levels and must drink plenty of water during the day.',
        provision: [ab('a', p('I will have my water bottle with me and reminders from staff to drink as needed.', 'V a', ['as needed']))],
        outcome: '',
      },
    ],
  },
  social: {
    strengths: 'My mum and my aunt help me a lot.',
    rows: [{
      need: 'I live with my mum. I want to live in supported living with friends one day. I cannot go out on my own in the evening yet, and my mum cannot take me to everything.',
      h1: [ab('a', p('I will have a personal assistant for 6 hours a week (Tuesday and Friday evenings, 3 hours each), paid by a direct payment, to go to my drama group and the cinema.', 'S apfd'))],
      h2: [ab('a', p('I will have a Care Act assessment of my needs for supported living by a social worker from the Adult Learning Disability Team, completed by 31 March 2027.', 'S ap'))],
      outcome: [ab('a', o('By June 2027, I will visit two supported living houses with my social worker and say which one I would like.', 'mtP'))],
    }],
  },
  placement: { name: 'Oakhanger Farm College', type: 'Independent specialist post-19 provider (land-based, day)' },
  directPayments: { details: 'A direct payment for the personal assistant hours in H1 (£102 a week), managed by Ferdie with his mother\'s help.', arrangements: 'Reviewed at each annual review by Adult Social Care.' },
  advice: [
    ['Advice from the young person and his parent', '1 September 2026', 'Ferdinand Achterberg-Mensah and Grietje Achterberg', 'YES'],
    ['Educational advice', '8 September 2026', 'Oakhanger Farm College (annual review report)', 'YES'],
    [undefined, '15 September 2026', 'Adult Learning Disability Team', 'YES'],
    [undefined, '22 September 2026', 'Learning disability liaison nurse', 'YES'],
  ],
  signOff: ['T. Wainwright, Post-16 SEN Officer', 'T. Wainwright', '13 October 2026'],
  unfilled: 'empty',
  unusedRows: 'remove',
  status: 'final',
  yearGroup: null,
};

export const NATIONAL_HOLDOUT_N: NationalSpec[] = [p133];
export const FLATTENED_HOLDOUT_N: FlatSpec[] = [p130];
export const DOCFORM_HOLDOUT_N: DocSpec[] = [p128, p129, p131, p132];
