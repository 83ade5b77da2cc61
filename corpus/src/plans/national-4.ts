// Plans p81-p82: HELD OUT (fourth national set, 6 December 2026), written and labelled before the
// analyser was run on them. Invented children; labels from shared/rubric-reference.md and
// corpus/AUDIT.md only. Never tune rules on them.
import { p, o } from '../dsl.ts';
import type { NationalSpec } from '../national/spec.ts';
import { frontSheet } from './national.ts';

const p81: NationalSpec = {
  id: 'p81',
  description: 'HELD OUT. National template, Year 9, FINAL; permanent severe-to-profound hearing loss (cochlear implant on the right, hearing aid on the left) with delayed language and literacy, anxiety in noisy social settings; quantified teacher-of-the-deaf, note-taker and pre-tutoring lines beside "regular", "as appropriate", "could" and "access to" lines; exam access arrangements naming a reader; speech and language therapy only in the C-G-E table (therapyOnlyInHealth); an audiology and implant-centre row and the SaLT row in C-G-E; both H1 (a sensory social worker\'s specialist equipment) and H2 (a deaf youth group) filled in one D-H1-H2-E row; PfA outcomes (work experience, independent travel, health) beside academic and vague ones; unused rows left blank; three text shapes.',
  form: 'filled',
  banner: ['Marlowvale County Council – SEND Service', 'FINAL Education, Health and Care Plan – issued 23 January 2026'],
  fields: frontSheet(
    { name: 'Imogen Tregarthen-Ali', preferred: 'Immy', dob: '08/05/2012', sex: 'Female', ethnicity: 'Mixed – White and Asian', lang: 'English and British Sign Language', parentLang: 'English',
      parent1: ['Sara Tregarthen', 'Mother', 'sara.tregarthen@example.org', '07700 900815', '27 Heron Way, Marlowvale'],
      parent2: ['Kamran Ali', 'Father', 'kamran.ali@example.org', '07700 900816', '3 Quarry Lane, Marlowvale'] },
    { setting: 'Marlowvale Academy (mainstream secondary with a resource base for deaf pupils), Year 9', gp: 'Heron Way Surgery; Westmarsh Cochlear Implant Centre', nhs: '611 204 9583',
      socialCare: 'Yes – Sensory Social Care Team', others: 'Sensory Support Service (qualified teacher of the deaf); NHS speech and language therapy', lac: 'No', wasLac: 'No', onePage: 'Yes', movedIn: 'No' },
  ),
  a1: {
    history: 'Imogen\'s hearing loss was found by newborn screening. She had a cochlear implant fitted on her right side at 2 and wears a hearing aid on her left. She has had an EHC plan since Year 3 and moved to Marlowvale Academy in Year 7.',
    communication: 'Imogen speaks clearly and lip-reads; she uses British Sign Language with her deaf friends and when she is tired.',
  },
  a2: {
    child_views: 'I want teachers to face me when they talk. I hate it when the class laughs at something and I missed it.',
    family_views: 'Her parents want Imogen to get good GCSEs and to feel confident enough to go out with friends without one of them.',
    interests: 'Drawing manga, swimming, her cat and deaf YouTubers.',
    strengths: 'Imogen works very hard, is a talented artist and is a loyal friend.',
    aspirations: 'I would like to be a graphic designer or an animator and live in a city with my friends.',
  },
  areas: {
    communication_interaction: {
      strengths: 'Imogen can explain her hearing needs to a new teacher.',
      rows: [
        {
          need: 'Imogen misses a lot of spoken information in whole-class discussion and in group work, and she does not always know what she has missed.',
          provision: [
            p('A qualified teacher of the deaf from the Sensory Support Service will teach Imogen 1:1 for 45 minutes each week to pre-teach the vocabulary of her next science and history topics.', 'S apqfdg'),
            p('A trained note-taker in all science, history and geography lessons, who gives Imogen the notes at the end of each lesson.', 'S apf'),
            p('Deaf awareness training for staff as appropriate.', 'V a', ['as appropriate']),
          ],
          outcome: o('By the end of Year 9, Imogen will tell the teacher when she has not heard an instruction, in 4 out of 5 lessons observed.', 'mt'),
        },
      ],
    },
    cognition_learning: {
      strengths: 'Imogen\'s maths is at the expected level for her age.',
      rows: [
        {
          need: 'Imogen\'s reading comprehension is about three years behind her age because her vocabulary is limited; she finds long texts in English and history hard to follow.',
          provision: [
            p('Reading comprehension in a group of no more than 4, taught by a specialist teacher in the resource base, 3 x 30 minutes a week.', 'S apfdg'),
            p('A reader for all tests and examinations.', 'S apf'),
            p('Regular vocabulary work.', 'V a', ['regular']),
          ],
          outcome: [
            o('By July 2027, Imogen will read a GCSE-style non-fiction article and answer 7 out of 10 comprehension questions about it correctly.', 'mt'),
            o('Imogen will improve her vocabulary.', ''),
          ],
        },
      ],
    },
    semh: {
      strengths: 'Imogen has two close friends in the resource base.',
      rows: [
        {
          need: 'Imogen becomes anxious and withdrawn at lunch and in noisy places, and she avoids the canteen.',
          provision: [
            p('A quiet room with a teaching assistant from the resource base at lunchtime every day.', 'S apf'),
            p('Imogen could join a lunchtime club.', 'V a', ['could']),
          ],
          outcome: o('By December 2026, Imogen will go to the canteen with a friend on at least 2 days a week.', 'mtP'),
        },
      ],
    },
    sensory_physical: {
      strengths: 'Imogen looks after her implant processor and hearing aid well.',
      rows: [
        {
          need: 'Imogen cannot hear the teacher clearly over background noise or at a distance, even with her implant and hearing aid.',
          provision: [
            p('A radio aid transmitter worn by the teacher in every lesson, checked by a teaching assistant at the start of each school day.', 'S apf'),
            p('Access to a soundfield system.', 'V a', ['access to']),
          ],
          outcome: o('By March 2026, Imogen will arrange and go on a one-week work experience placement in a design studio, having explained to her employer what she needs for her hearing.', 'mtP'),
        },
      ],
    },
  },
  health: {
    strengths: 'Imogen is healthy and keeps her audiology appointments.',
    rows: [
      {
        need: 'Permanent severe-to-profound hearing loss: a cochlear implant on the right and a hearing aid on the left, both followed up by the Westmarsh Cochlear Implant Centre.',
        provision: [
          p('An implant mapping appointment with an audiologist at the Westmarsh Cochlear Implant Centre every 6 months, lasting 90 minutes.', 'S apfd'),
          p('Hearing aid checks when needed.', 'V a', ['when needed']),
        ],
        outcome: o('By her Year 10 annual review, Imogen will book her own audiology appointments and go to them with a parent waiting outside.', 'mtP'),
      },
      {
        need: 'Imogen\'s speech is clear but her understanding and use of abstract language and idioms are about four years behind her age (NHS speech and language therapy assessment, October 2025).',
        provision: [
          p('Speech and language therapy: 6 sessions of 40 minutes each half term with an NHS speech and language therapist, on the understanding of figurative language.', 'S apfd'),
        ],
        outcome: o('By July 2026, Imogen will explain the meaning of 20 common idioms used in her GCSE texts.', 'mt'),
      },
    ],
  },
  social: {
    strengths: 'Imogen has a close family and sees both of her parents every week.',
    rows: [
      {
        need: 'Imogen cannot hear a doorbell, a smoke alarm or an alarm clock without her processor; she is isolated at weekends because her friends from the resource base live far away.',
        h1: p('A vibrating smoke alarm, a flashing doorbell and a vibrating alarm clock for her bedroom at both parents\' homes, fitted by the sensory social worker by 31 March 2026.', 'S apf'),
        h2: p('A place at the Marlowvale Deaf Youth Group every Friday from 6pm to 8pm, with transport there and back by a council-commissioned taxi.', 'S apfd'),
        outcome: o('By September 2026, Imogen will travel to the Deaf Youth Group by bus on her own.', 'mtP'),
      },
    ],
  },
  placement: { name: 'Marlowvale Academy', type: 'Mainstream secondary academy with a resource base for deaf pupils' },
  directPayments: { details: 'Not requested.', arrangements: '' },
  advice: [
    ['Parental advice', '10 November 2025', 'Sara Tregarthen and Kamran Ali', 'YES'],
    ['Educational advice', '12 November 2025', 'Marlowvale Academy', 'YES'],
    [undefined, '14 November 2025', 'Sensory Support Service (qualified teacher of the deaf)', 'YES'],
    [undefined, '20 November 2025', 'NHS speech and language therapy', 'YES'],
    [undefined, '24 November 2025', 'Sensory Social Care Team', 'YES'],
  ],
  signOff: ['R. Penhaligon, SEND Case Officer', 'R. Penhaligon', '23 January 2026'],
  unfilled: 'empty',
  unusedRows: 'blank',
  status: 'final',
  yearGroup: 9,
  checks: { therapyOnlyInHealth: true },
  txt: 'both',
};

const p82: NationalSpec = {
  id: 'p82',
  description: 'HELD OUT. National template, Year 5, DRAFT of the plan as amended after an annual review, amendments marked in the cells ("[AMENDED at annual review, 4 March 2026]", "[NEW at annual review]", "[No change]" paragraphs before a statement) and in the banner; the draft keeps the current school named in Section I (placementInDraft); autism, sensory processing differences and handwriting; quantified Zones of Regulation, Attention Autism and handwriting lines beside "where possible", "input", "as and when", "may" and "if required" lines; a thing the child keeps with him (his ear defenders and timer with him in every lesson); occupational therapy in F and in G; H1 empty and H2 a short-break line; unused rows deleted; three text shapes.',
  form: 'filled',
  banner: ['Ashcombe City Council – SEN Team', 'DRAFT AMENDED EHC PLAN following the annual review of 4 March 2026 – amendments are marked [AMENDED] or [NEW]; please reply within 15 days'],
  fields: frontSheet(
    { name: 'Theo Blackwood-Nkemelu', preferred: 'Theo', dob: '19/01/2016', sex: 'Male', ethnicity: 'Mixed – White and Black African', lang: 'English', parentLang: 'English',
      parent1: ['Grace Nkemelu', 'Mother', 'grace.nkemelu@example.org', '07700 900871', '9 Orchard Rise, Ashcombe'] },
    { setting: 'St Aldric\'s C of E Primary School, Year 5', gp: 'Orchard Rise Medical Centre; Ashcombe Children\'s Therapy Service', nhs: '702 331 8846',
      socialCare: 'Yes – Short Breaks Team', others: 'Autism Outreach Team; occupational therapy', lac: 'No', wasLac: 'No', onePage: 'Yes', movedIn: 'No' },
  ),
  a1: {
    history: 'Theo was diagnosed as autistic in Reception. His EHC plan was issued in Year 2 and this is his third annual review.',
    communication: 'Theo talks fluently about his interests but finds it hard to say how he feels; he uses a feelings chart.',
  },
  a2: {
    child_views: 'I like maths and science and the class iguana. I don\'t like assembly because it is too loud.',
    family_views: 'Mum wants Theo to be able to write more neatly and to cope better when plans change.',
    interests: 'Volcanoes, Minecraft, building marble runs.',
    strengths: 'Theo is honest, very good at mental maths and remembers facts about anything he is interested in.',
    aspirations: 'Theo wants to be a volcanologist.',
  },
  areas: {
    communication_interaction: {
      strengths: 'Theo will play with one or two children when the game is about his interests.',
      rows: [
        {
          need: 'Theo finds it hard to join a game or a conversation and to take turns; he walks away when another child changes the rules.',
          provision: [
            '[No change]',
            p('Attention Autism sessions in a group of 4, led by a teaching assistant trained by the Autism Outreach Team, 3 x 20 minutes a week.', 'S apqfdg'),
            '[AMENDED at annual review, 4 March 2026]',
            p('Social skills support where possible.', 'V', ['support', 'where possible']),
          ],
          outcome: o('By July 2026, Theo will take turns in a board game with two classmates until the game ends, in 4 out of 5 games.', 'mt'),
        },
      ],
    },
    cognition_learning: {
      strengths: 'Theo is working above the expected standard in maths.',
      rows: [
        {
          need: 'Theo\'s handwriting is slow and hard to read; he writes about five words a minute and refuses to write more than a sentence.',
          provision: [
            '[NEW at annual review]',
            p('Theo will use a laptop with a word processor for all extended writing in English, science and topic lessons.', 'S af'),
            p('Handwriting practice as and when time allows.', 'V a', ['as and when']),
          ],
          outcome: o('[AMENDED] By the end of Year 6, Theo will write 100 words on a laptop in 15 minutes in 3 out of 4 writing tasks.', 'mt'),
        },
      ],
    },
    semh: {
      strengths: 'Theo will tell an adult he trusts when he is upset, once he is calm.',
      rows: [
        {
          need: 'When plans change without warning Theo becomes very distressed and sometimes runs out of the classroom.',
          provision: [
            p('Zones of Regulation taught 1:1 by his class teaching assistant, 15 minutes every morning.', 'S apfdg'),
            '[NEW at annual review]',
            p('A visual timetable on his desk, updated by the class teacher before every change to the day.', 'S apf'),
            p('Theo may have time in the sensory room.', 'V a', ['may']),
          ],
          outcome: [
            o('By July 2026, Theo will stay in the classroom when a change to the day is announced, on 4 days out of 5.', 'mt'),
            o('Theo will manage his feelings better.', ''),
          ],
        },
      ],
    },
    sensory_physical: {
      strengths: 'Theo knows which sounds upset him and can name them.',
      rows: [
        {
          need: 'Theo is very sensitive to noise and to some textures; loud rooms such as the hall make him cover his ears and hide.',
          provision: [
            '[AMENDED at annual review, 4 March 2026]',
            p('His ear defenders and a sand timer with him in every lesson and in assembly.', 'S af'),
            p('A sensory diet written by the occupational therapist and carried out by a teaching assistant, 3 x 10 minutes a day.', 'S apfd'),
            p('Occupational therapy input if required.', 'V a', ['input', 'if required']),
          ],
          outcome: o('By the end of the summer term 2026, Theo will sit through a 20-minute assembly wearing his ear defenders, on 3 out of 4 occasions.', 'mt'),
        },
      ],
    },
  },
  health: {
    strengths: 'Theo is generally well.',
    rows: [
      {
        need: 'Theo has sensory processing differences and poor fine motor control (Ashcombe Children\'s Therapy Service, January 2026).',
        provision: [
          '[No change]',
          p('A review by an occupational therapist from the Ashcombe Children\'s Therapy Service once a term, in a 1-hour visit to school.', 'S apfd'),
        ],
        outcome: o('By March 2027, Theo will fasten his own coat and shoes after PE without help.', 'mtP'),
      },
    ],
  },
  social: {
    strengths: 'Theo lives with his mum and his two younger sisters.',
    rows: [
      {
        need: 'Theo\'s mum cares for him alone and finds the school holidays very hard; Theo has no activities outside school.',
        h1: '',
        h2: ['[NEW at annual review]', p('A place on the Short Breaks holiday scheme for 5 days in each school holiday, with a support worker 1:1.', 'S apfdg')],
        outcome: o('By the summer holiday of 2026, Theo will take part in a holiday-scheme activity with other children for a whole day.', 'mtP'),
      },
    ],
  },
  placement: { name: 'St Aldric\'s C of E Primary School', type: 'Mainstream primary school' },
  directPayments: { details: 'None.', arrangements: '' },
  advice: [
    ['Annual review report', '4 March 2026', 'St Aldric\'s C of E Primary School', 'YES'],
    ['Parental views', '4 March 2026', 'Grace Nkemelu', 'YES'],
    [undefined, '20 February 2026', 'Autism Outreach Team', 'YES'],
    [undefined, '25 February 2026', 'Occupational therapist', 'YES'],
  ],
  signOff: ['L. Farrant, SEN Officer', 'L. Farrant', '18 March 2026'],
  unfilled: 'empty',
  unusedRows: 'remove',
  status: 'draft',
  yearGroup: 5,
  checks: { placementInDraft: true },
  txt: 'both',
};

export const NATIONAL_HOLDOUT_4: NationalSpec[] = [p81, p82];
