// Version pairs: an older version of a synthetic plan (from corpus/plans) and the edits that make the
// newer one (a draft and its final, a plan before and after an annual review), with the gold label
// of every change. Statements no gold item names are unchanged. Invented children only.
import type { Op } from './edit.ts';

export type Format = 'txt' | 'docx' | 'pdf';

export interface GoldChange {
  kind: 'removed' | 'reduced' | 'weakened' | 'moved' | 'added' | 'strengthened' | 'unchanged' | 'changed';
  about: 'provision' | 'outcome' | 'placement';
  /** The section in the new version (the old one for removed). */
  section: 'E' | 'F' | 'G' | 'H1' | 'H2' | 'I';
  /** Words of the old statement (a contiguous piece of it), null for added. */
  before: string | null;
  /** Words of the new statement, null for removed. */
  after: string | null;
}

export interface PairSpec {
  id: string;
  base: string;
  description: string;
  heldOut: boolean;
  old: Format;
  new: Format;
  ops: Op[];
  gold: GoldChange[];
}

const P = (kind: GoldChange['kind'], section: GoldChange['section'], before: string | null, after: string | null): GoldChange => ({ kind, about: 'provision', section, before, after });
const O = (kind: GoldChange['kind'], before: string | null, after: string | null): GoldChange => ({ kind, about: 'outcome', section: 'E', before, after });
const I = (before: string | null, after: string | null): GoldChange => ({ kind: 'changed', about: 'placement', section: 'I', before, after });

export const PAIRS: PairSpec[] = [
  {
    id: 'q01',
    base: 'p01',
    description: 'Annual review, text to text: hours and group size cut, a hedge added, an intervention dropped, a statement reworded and one moved down the list, a new programme, an outcome re-dated.',
    heldOut: false,
    old: 'txt',
    new: 'txt',
    ops: [
      { find: 'for 4 x 20 minutes each week', replace: 'for 2 x 20 minutes each week' },
      { find: 'in a group of no more than 3 pupils', replace: 'in a group of no more than 6 pupils' },
      { remove: 'Access to a small group social skills intervention.' },
      { find: 'Daily 10-minute precision teaching of sight words, 1:1 with a teaching assistant,', replace: 'Daily 10-minute precision teaching of sight words, 1:1 with a teaching assistant where possible,' },
      { find: 'A visual timetable on his desk and a "now and next" board, used by all staff in every lesson.', replace: 'A "now and next" board and a visual timetable on his desk, which all staff use in every lesson.' },
      { remove: 'A writing slope and a pencil grip to be available for all written work.' },
      { after: 'which all staff use in every lesson.', insert: 'A writing slope and a pencil grip to be available for all written work.' },
      { after: 'A "now and next" board and a visual timetable', insert: 'A handwriting programme (Write from the Start) delivered 1:1 by a teaching assistant for 20 minutes three times a week.' },
      { find: 'By July 2027, Oliver will write three connected sentences', replace: 'By July 2028, Oliver will write three connected sentences' },
    ],
    gold: [
      P('reduced', 'F', 'for 4 x 20 minutes each week', 'for 2 x 20 minutes each week'),
      P('reduced', 'F', 'no more than 3 pupils', 'no more than 6 pupils'),
      P('removed', 'F', 'Access to a small group social skills intervention.', null),
      P('weakened', 'F', 'Daily 10-minute precision teaching', 'teaching assistant where possible'),
      P('unchanged', 'F', 'A visual timetable on his desk', 'A "now and next" board and a visual timetable'),
      P('unchanged', 'F', 'A writing slope and a pencil grip', 'A writing slope and a pencil grip'),
      P('added', 'F', null, 'Write from the Start'),
      O('changed', 'By July 2027, Oliver will write', 'By July 2028, Oliver will write'),
    ],
  },
  {
    id: 'q02',
    base: 'p02',
    description: 'Draft to final, DOCX to PDF: speech and language therapy moved from F to G, a hedge added, dietetic advice quantified, an outcome dropped, a school named in Section I.',
    heldOut: false,
    old: 'docx',
    new: 'pdf',
    ops: [
      { remove: 'Speech and language therapy: 30 minutes of direct therapy every fortnight from an HCPC-registered speech and language therapist, with a programme delivered by her key person for 10 minutes each day.' },
      { after: 'Amara will be seen by the community paediatrician', insert: 'Speech and language therapy: 30 minutes of direct therapy every fortnight from an HCPC-registered speech and language therapist, with a programme delivered by her key person for 10 minutes each day.' },
      { find: 'Makaton signing and a visual timetable used by all staff throughout each session.', replace: 'Makaton signing and a visual timetable used by all staff where possible.' },
      { find: 'Dietetic advice as needed.', replace: 'Dietetic advice from a registered dietitian in a 45-minute appointment each term.' },
      { remove: 'Amara will attend speech and language therapy sessions.' },
      { txt: ['I. Placement\n', 'I. Placement\n\nRowan Tree Primary School, Westmarsh (mainstream primary school, Reception class).\n'], html: ['<p><b>I. Placement</b></p>', '<p><b>I. Placement</b></p><p>Rowan Tree Primary School, Westmarsh (mainstream primary school, Reception class).</p>'] },
    ],
    gold: [
      P('moved', 'G', 'Speech and language therapy: 30 minutes of direct therapy', 'Speech and language therapy: 30 minutes of direct therapy'),
      P('weakened', 'F', 'Makaton signing and a visual timetable', 'used by all staff where possible'),
      P('strengthened', 'G', 'Dietetic advice as needed.', 'Dietetic advice from a registered dietitian'),
      O('removed', 'Amara will attend speech and language therapy sessions.', null),
      I(null, 'Rowan Tree Primary School'),
    ],
  },
  {
    id: 'q03',
    base: 'p20',
    description: 'Annual review of a strong plan, PDF to DOCX: a quantity replaced by "regular", a specialist replaced by a teaching assistant, a named role replaced by "a member of staff", a reworded statement, a hedge taken out, an outcome made SMART.',
    heldOut: false,
    old: 'pdf',
    new: 'docx',
    ops: [
      { find: '(QTVI): 1 hour every fortnight in school, teaching Zainab', replace: '(QTVI): regular visits in school, teaching Zainab' },
      { find: 'Habilitation training from a qualified habilitation specialist:', replace: 'Habilitation training from a teaching assistant:' },
      { find: 'Modified PE: a teaching assistant working alongside Zainab', replace: 'Modified PE: a member of staff working alongside Zainab' },
      { find: 'All printed materials enlarged to N24 on A4, prepared by a teaching assistant before every lesson.', replace: 'Before every lesson, a teaching assistant will prepare all printed materials, enlarged to N24 on A4.' },
      { find: 'Additional support in lessons if she appears tired.', replace: 'Additional support in lessons from a teaching assistant throughout the school day.' },
      { find: 'Zainab will use her magnifier app.', replace: 'By July 2027, Zainab will use her magnifier app to read the board in every lesson.' },
    ],
    gold: [
      P('weakened', 'F', 'Support from a qualified teacher of children and young people with vision impairment', 'regular visits in school'),
      P('reduced', 'F', 'Habilitation training from a qualified habilitation specialist', 'Habilitation training from a teaching assistant'),
      P('weakened', 'F', 'Modified PE: a teaching assistant', 'Modified PE: a member of staff'),
      P('unchanged', 'F', 'All printed materials enlarged to N24', 'Before every lesson, a teaching assistant will prepare'),
      P('strengthened', 'F', 'Additional support in lessons if she appears tired.', 'throughout the school day'),
      O('changed', 'Zainab will use her magnifier app.', 'By July 2027, Zainab will use her magnifier app'),
    ],
  },
  {
    id: 'q04',
    base: 'p03',
    description: 'Annual review, text to DOCX: speech and language therapy moved from G into F, mentoring cut from weekly to fortnightly, homework club hedged and unquantified, a statement dropped, a statement moved down the list, outcomes replaced.',
    heldOut: false,
    old: 'txt',
    new: 'docx',
    ops: [
      { remove: 'Speech and language therapy from the NHS Speech and Language Therapy Service: a block of 6 x 45-minute sessions each term with a speech and language therapist.' },
      { after: 'A word-learning programme for subject vocabulary', insert: 'Speech and language therapy from the NHS Speech and Language Therapy Service: a block of 6 x 45-minute sessions each term with a speech and language therapist.' },
      { find: 'A weekly 30-minute 1:1 session with the school', replace: 'A fortnightly 30-minute 1:1 session with the school' },
      { find: 'Homework club for 1 hour every Tuesday and Thursday after school, supervised by a teaching assistant.', replace: 'Homework club after school when staffing allows, supervised by a teaching assistant.' },
      { remove: "Jayden's teachers will check his understanding." },
      { remove: 'Ongoing mentoring to build self-esteem.' },
      { after: 'Homework club after school', insert: 'Ongoing mentoring to build self-esteem.' },
      { remove: 'Jayden will reach his full potential.' },
      { after: 'By the end of Year 9, Jayden will follow', insert: 'By the end of Year 10, Jayden will give a two-minute talk to his tutor group using a prompt card.' },
    ],
    gold: [
      P('moved', 'F', 'a block of 6 x 45-minute sessions each term', 'a block of 6 x 45-minute sessions each term'),
      P('reduced', 'F', 'A weekly 30-minute 1:1 session', 'A fortnightly 30-minute 1:1 session'),
      P('weakened', 'F', 'Homework club for 1 hour every Tuesday', 'Homework club after school when staffing allows'),
      P('removed', 'F', "Jayden's teachers will check his understanding.", null),
      P('unchanged', 'F', 'Ongoing mentoring to build self-esteem.', 'Ongoing mentoring to build self-esteem.'),
      O('removed', 'Jayden will reach his full potential.', null),
      O('added', null, 'give a two-minute talk to his tutor group'),
    ],
  },
  {
    id: 'q05',
    base: 'p06',
    description: 'Annual review of a young adult\'s plan with a single Section H, DOCX to text: a study session moved from F to H, short breaks and personal assistant hours cut, a named checker replaced by "staff", a reworded statement, a new session, an outcome made SMART.',
    heldOut: false,
    old: 'docx',
    new: 'txt',
    ops: [
      { remove: 'Independent living skills sessions in the college training flat, 2 x 90 minutes per week, led by an independent living tutor.' },
      { after: 'Overnight short breaks at Elm Lodge', insert: 'Independent living skills sessions in the college training flat, 2 x 90 minutes per week, led by an independent living tutor.' },
      { find: 'Overnight short breaks at Elm Lodge: 24 nights per year.', replace: 'Overnight short breaks at Elm Lodge: 12 nights per year.' },
      { find: 'A personal assistant for 6 hours each Saturday', replace: 'A personal assistant for 4 hours each Saturday' },
      { find: 'A radio aid for all taught sessions, checked every morning by her learning support assistant.', replace: 'A radio aid for all taught sessions, checked by staff.' },
      { find: "Hannah's GP will monitor her thyroid levels.", replace: "Her thyroid levels will be monitored by Hannah's GP." },
      { after: 'A radio aid for all taught sessions', insert: 'A weekly 1-hour cookery session at college with a learning support assistant.' },
      { find: 'Hannah will become more independent.', replace: 'By July 2027, Hannah will travel by bus from home to college on her own on 4 days out of 5.' },
    ],
    gold: [
      P('moved', 'H1', 'Independent living skills sessions in the college training flat', 'Independent living skills sessions in the college training flat'),
      P('reduced', 'H1', 'Overnight short breaks at Elm Lodge: 24 nights', 'Overnight short breaks at Elm Lodge: 12 nights'),
      P('reduced', 'H1', 'A personal assistant for 6 hours each Saturday', 'A personal assistant for 4 hours each Saturday'),
      P('weakened', 'F', 'checked every morning by her learning support assistant', 'checked by staff'),
      P('unchanged', 'G', "Hannah's GP will monitor her thyroid levels.", 'Her thyroid levels will be monitored'),
      P('added', 'F', null, 'A weekly 1-hour cookery session'),
      O('changed', 'Hannah will become more independent.', 'Hannah will travel by bus from home to college'),
    ],
  },
  {
    id: 'q06',
    base: 'p19',
    description: 'Annual review of a weak plan, PDF to PDF: two statements quantified, a programme cut and made group work, a group dropped, a calm base hedged, a statement moved down the list.',
    heldOut: false,
    old: 'pdf',
    new: 'pdf',
    ops: [
      { find: 'Alfie will receive regular speech and language therapy.', replace: 'Alfie will receive 45 minutes of speech and language therapy each week from a speech and language therapist.' },
      { find: 'Zones of Regulation taught to Alfie by a teaching assistant in weekly sessions.', replace: 'Zones of Regulation taught to Alfie by a teaching assistant in weekly 20-minute sessions.' },
      { find: 'delivered by a teaching assistant for 3 x 15 minutes per week, 1:1,', replace: 'delivered by a teaching assistant for 2 x 15 minutes per week, in a small group,' },
      { remove: 'Social skills group.' },
      { find: 'a named teaching assistant he can go to, available at all times during the school day.', replace: 'a named teaching assistant he can go to, where possible.' },
      { remove: 'Adults to use simplified language.' },
      { after: 'Interventions as appropriate to his needs.', insert: 'Adults to use simplified language.' },
    ],
    gold: [
      P('strengthened', 'F', 'Alfie will receive regular speech and language therapy.', 'Alfie will receive 45 minutes of speech and language therapy'),
      P('strengthened', 'F', 'Zones of Regulation taught to Alfie', 'weekly 20-minute sessions'),
      P('reduced', 'F', 'for 3 x 15 minutes per week, 1:1', 'for 2 x 15 minutes per week, in a small group'),
      P('removed', 'F', 'Social skills group.', null),
      P('weakened', 'F', 'A calm box in the classroom', 'he can go to, where possible'),
      P('unchanged', 'F', 'Adults to use simplified language.', 'Adults to use simplified language.'),
    ],
  },
  {
    id: 'q07',
    base: 'p24',
    description: 'Annual review of a plan in combined B/E/F tables with a single Section H, DOCX to DOCX: a session shortened, "up to" added, a teacher replaced by a teaching assistant, a carers group cut from fortnightly to monthly, an outcome made SMART.',
    heldOut: false,
    old: 'docx',
    new: 'docx',
    ops: [
      { find: 'Lego-based therapy: 1 x 45 minutes per week in a group of 3', replace: 'Lego-based therapy: 1 x 30 minutes per week in a group of 3' },
      { find: 'Narrative therapy programme delivered by a teaching assistant, 3 x 20 minutes per week', replace: 'Narrative therapy programme delivered by a teaching assistant, up to 3 x 20 minutes per week' },
      { find: 'delivered by a trained Numbers Count teacher, 3 x 30 minutes per week', replace: 'delivered by a teaching assistant, 3 x 30 minutes per week' },
      { find: 'Young carers group: 2 hours every other Saturday', replace: 'Young carers group: 2 hours once a month' },
      { find: 'Zara will understand jokes.', replace: 'By July 2026, Zara will explain the meaning of 10 common idioms.' },
    ],
    gold: [
      P('reduced', 'F', 'Lego-based therapy: 1 x 45 minutes', 'Lego-based therapy: 1 x 30 minutes'),
      P('weakened', 'F', 'Narrative therapy programme delivered by a teaching assistant, 3 x 20', 'up to 3 x 20 minutes per week'),
      P('reduced', 'F', 'delivered by a trained Numbers Count teacher', 'Maths catch-up (Numbers Count) delivered by a teaching assistant'),
      P('reduced', 'H1', 'Young carers group: 2 hours every other Saturday', 'Young carers group: 2 hours once a month'),
      O('changed', 'Zara will understand jokes.', 'Zara will explain the meaning of 10 common idioms'),
    ],
  },
  {
    id: 'q08',
    base: 'p38',
    description: 'Annual review of a plan written in prose paragraphs, text to PDF: "will" became "may", daily physiotherapy cut to three times a week, hydrotherapy moved to G, a sentence dropped, personal care halved, a sentence reworded.',
    heldOut: false,
    old: 'txt',
    new: 'pdf',
    ops: [
      { find: 'Arlo will meet the school counsellor', replace: 'Arlo may meet the school counsellor' },
      { find: 'carried out by a trained teaching assistant for 20 minutes every day', replace: 'carried out by a trained teaching assistant for 20 minutes three times a week' },
      { remove: 'Hydrotherapy may be arranged if a pool is available.' },
      { find: 'Respiratory review by the neuromuscular team every 6 months in a 1-hour clinic appointment.', replace: 'Respiratory review by the neuromuscular team every 6 months in a 1-hour clinic appointment. Hydrotherapy may be arranged if a pool is available.' },
      { remove: 'Staff will keep an eye on his emotional wellbeing.' },
      { find: 'Two hours of personal care each evening', replace: 'One hour of personal care each evening' },
      { find: 'For all written work Arlo will use a laptop with speech-to-text software.', replace: 'Arlo will use a laptop with speech-to-text software for all his written work.' },
    ],
    gold: [
      P('weakened', 'F', 'Arlo will meet the school counsellor', 'Arlo may meet the school counsellor'),
      P('reduced', 'F', 'for 20 minutes every day', 'for 20 minutes three times a week'),
      P('moved', 'G', 'Hydrotherapy may be arranged if a pool is available.', 'Hydrotherapy may be arranged if a pool is available.'),
      P('removed', 'F', 'Staff will keep an eye on his emotional wellbeing.', null),
      P('reduced', 'H1', 'Two hours of personal care each evening', 'One hour of personal care each evening'),
      P('unchanged', 'F', 'For all written work Arlo will use a laptop', 'Arlo will use a laptop with speech-to-text software for all his written work'),
    ],
  },
  {
    id: 'q09',
    base: 'p39',
    description: 'Annual review of a plan with numbered paragraphs and sub-bullets, DOCX to text: therapy sessions halved, a trained teaching assistant replaced by "staff", a sensory circuit moved to G, occupational therapy advice quantified, two strategies swapped, a statement dropped.',
    heldOut: false,
    old: 'docx',
    new: 'txt',
    ops: [
      { find: '6 sessions of 40 minutes each half term, 1:1, in school.', replace: '3 sessions of 40 minutes each half term, 1:1, in school.' },
      { find: 'which a teaching assistant trained by the therapist will deliver 1:1', replace: 'which staff will deliver 1:1' },
      { remove: 'A sensory circuit of 15 minutes at 9am each day, run by a teaching assistant, using the circuit written by the occupational therapist.' },
      { after: 'The school nurse will meet his parents and the class teacher', insert: 'A sensory circuit of 15 minutes at 9am each day, run by a teaching assistant, using the circuit written by the occupational therapist.' },
      { find: 'Occupational therapy advice to school as required.', replace: 'Occupational therapy advice to school from an HCPC-registered occupational therapist in a 1-hour visit each half term.' },
      { remove: 'cut spoken instructions to one step at a time, with the key word stressed;' },
      { after: 'show him a now-and-next card before each change of activity;', insert: 'cut spoken instructions to one step at a time, with the key word stressed;' },
      { remove: 'Maths: Teodor would benefit from Numicon in a small group.' },
    ],
    gold: [
      P('reduced', 'F', '6 sessions of 40 minutes each half term', '3 sessions of 40 minutes each half term'),
      P('weakened', 'F', 'which a teaching assistant trained by the therapist will deliver', 'which staff will deliver 1:1'),
      P('moved', 'G', 'A sensory circuit of 15 minutes at 9am each day', 'A sensory circuit of 15 minutes at 9am each day'),
      P('strengthened', 'F', 'Occupational therapy advice to school as required.', 'in a 1-hour visit each half term'),
      P('unchanged', 'F', 'cut spoken instructions to one step at a time', 'cut spoken instructions to one step at a time'),
      P('removed', 'F', 'Maths: Teodor would benefit from Numicon in a small group.', null),
    ],
  },
  {
    id: 'q10',
    base: 'p15',
    description: 'Annual review of a plan with provision in numbered table rows, text to DOCX: a 1:1 programme made group work, ELSA sessions shortened, a vague row made specific, a row dropped, a teacher named as "staff", a row reworded.',
    heldOut: false,
    old: 'txt',
    new: 'docx',
    ops: [
      { find: 'Toe by Toe reading programme, 1:1', replace: 'Toe by Toe reading programme, in a group of 4' },
      { find: '1 x 40 minutes per week, 1:1', replace: '1 x 20 minutes per week, 1:1' },
      { find: 'Maths intervention in a small group', replace: 'Maths intervention (Numicon) in a group of no more than 3' },
      { remove: 'Cooking club to build confidence' },
      { find: 'Homework reduced to one task per subject per week', replace: 'One homework task per subject per week' },
      { txt: ['Differentiated work\tClass teachers', 'Differentiated work\tStaff'], html: ['<td>Differentiated work</td><td>Class teachers</td>', '<td>Differentiated work</td><td>Staff</td>'] },
    ],
    gold: [
      P('reduced', 'F', 'Toe by Toe reading programme, 1:1', 'Toe by Toe reading programme, in a group of 4'),
      P('reduced', 'F', 'Emotional literacy sessions with a trained ELSA', 'Emotional literacy sessions with a trained ELSA'),
      P('strengthened', 'F', 'Maths intervention in a small group', 'Maths intervention (Numicon) in a group of no more than 3'),
      P('removed', 'F', 'Cooking club to build confidence', null),
      P('unchanged', 'F', 'Homework reduced to one task per subject per week', 'One homework task per subject per week'),
      P('weakened', 'F', 'Differentiated work', 'Differentiated work'),
    ],
  },
  // ---------------------------------------------------------------- held out: scored apart, not tuned on
  {
    id: 'h01',
    base: 'p09',
    description: 'Held out. Draft to final, text to DOCX: daily targets cut to three times a week, a therapist visit left "as required", a group doubled, a statement reworded, a school changed in Section I, an outcome re-dated.',
    heldOut: true,
    old: 'txt',
    new: 'docx',
    ops: [
      { find: 'Speech and language therapy targets practised daily for 10 minutes, 1:1,', replace: 'Speech and language therapy targets practised three times a week for 10 minutes, 1:1,' },
      { find: 'will visit the school once each half term for 1 hour to review targets', replace: 'will visit the school as required to review targets' },
      { find: 'in a group of 4 children, led by a teaching assistant', replace: 'in a group of 8 children, led by a teaching assistant' },
      { find: 'A wobble cushion and fiddle toys available on the carpet and at his table.', replace: 'Fiddle toys and a wobble cushion available at his table and on the carpet.' },
      { find: "St Mary's Church of England Primary School, Elverton (mainstream primary).", replace: 'Elverton Community Primary School (mainstream primary).' },
      { find: 'By Christmas 2026, Freddie will sit on the carpet', replace: 'By Easter 2027, Freddie will sit on the carpet' },
    ],
    gold: [
      P('reduced', 'F', 'targets practised daily for 10 minutes', 'targets practised three times a week for 10 minutes'),
      P('weakened', 'F', 'will visit the school once each half term', 'will visit the school as required'),
      P('reduced', 'F', 'in a group of 4 children', 'in a group of 8 children'),
      P('unchanged', 'F', 'A wobble cushion and fiddle toys', 'Fiddle toys and a wobble cushion'),
      I("St Mary's Church of England Primary School", 'Elverton Community Primary School'),
      O('changed', 'By Christmas 2026, Freddie', 'By Easter 2027, Freddie'),
    ],
  },
  {
    id: 'h02',
    base: 'p21',
    description: 'Held out. Draft to final, PDF to text: occupational therapy moved from G into F, early release unquantified and hedged, rest breaks quantified, careers guidance dropped, "would benefit from" taken out, a school named in Section I.',
    heldOut: true,
    old: 'pdf',
    new: 'txt',
    ops: [
      { remove: 'Occupational therapy: an HCPC-registered occupational therapist will assess and provide adapted writing and art tools, and review them in one 1-hour school visit each term.' },
      { after: 'A scribe for all examinations', insert: 'Occupational therapy: an HCPC-registered occupational therapist will assess and provide adapted writing and art tools, and review them in one 1-hour school visit each term.' },
      { find: 'A lift pass and permission to leave lessons 5 minutes early to move around the school, in every lesson.', replace: 'A lift pass and permission to leave lessons early to move around the school, if she needs it.' },
      { find: 'Rest breaks as needed.', replace: 'A rest break of 5 minutes in every lesson longer than 50 minutes.' },
      { remove: 'Careers guidance from an independent careers adviser, including college visits.' },
      { find: 'Grace would benefit from a laptop.', replace: 'Grace will have a laptop for all written work.' },
      { txt: ['SECTION I – Placement\n', 'SECTION I – Placement\n\nHarrowgate Academy, Elverton (mainstream secondary academy).\n'], html: ['<p><b>SECTION I – Placement</b></p>', '<p><b>SECTION I – Placement</b></p><p>Harrowgate Academy, Elverton (mainstream secondary academy).</p>'] },
    ],
    gold: [
      P('moved', 'F', 'Occupational therapy: an HCPC-registered occupational therapist', 'Occupational therapy: an HCPC-registered occupational therapist'),
      P('weakened', 'F', 'permission to leave lessons 5 minutes early', 'permission to leave lessons early to move around the school, if she needs it'),
      P('strengthened', 'F', 'Rest breaks as needed.', 'A rest break of 5 minutes'),
      P('removed', 'F', 'Careers guidance from an independent careers adviser', null),
      P('strengthened', 'F', 'Grace would benefit from a laptop.', 'Grace will have a laptop for all written work.'),
      I(null, 'Harrowgate Academy'),
    ],
  },
  {
    id: 'h03',
    base: 'p05',
    description: 'Held out. Annual review of a first-person college plan, DOCX to PDF: job coach hours cut, a lecturer replaced by an assistant, "subject to review" added, a statement reworded, access to a team dropped, an aspiration taken out of E.',
    heldOut: true,
    old: 'docx',
    new: 'pdf',
    ops: [
      { find: 'for three hours every Wednesday afternoon', replace: 'for two hours every Wednesday afternoon' },
      { find: 'taught by a maths lecturer.', replace: 'taught by a learning support assistant.' },
      { find: 'with up to 6 students.', replace: 'with up to 6 students, subject to review each term.' },
      { find: 'A named learning support assistant to meet me at the college entrance at 8.45 every morning and go over my day, for 10 minutes.', replace: 'Every morning at 8.45, a named learning support assistant will meet me at the college entrance for 10 minutes to go over my day.' },
      { remove: "Access to the college's learning support team." },
      { remove: 'I will have a good future working in catering.' },
    ],
    gold: [
      P('reduced', 'F', 'for three hours every Wednesday afternoon', 'for two hours every Wednesday afternoon'),
      P('reduced', 'F', 'taught by a maths lecturer', 'taught by a learning support assistant'),
      P('weakened', 'F', 'Social communication group for one hour a week', 'subject to review each term'),
      P('unchanged', 'F', 'A named learning support assistant to meet me', 'Every morning at 8.45, a named learning support assistant'),
      P('removed', 'F', "Access to the college's learning support team.", null),
      O('removed', 'I will have a good future working in catering.', null),
    ],
  },
  {
    id: 'h04',
    base: 'p42',
    description: 'Held out. Annual review of a printed plan with provision tables, PDF to DOCX: counselling made "as required", occupational therapy cut from 4 to 2 sessions a year, a check-in dropped.',
    heldOut: true,
    old: 'pdf',
    new: 'docx',
    ops: [
      { find: '1:1 sessions with the school counsellor using CBT-based worry work', replace: '1:1 sessions with the school counsellor using CBT-based worry work as required' },
      { find: '4 sessions of 1 hour per year in school from an NHS occupational therapist', replace: '2 sessions of 1 hour per year in school from an NHS occupational therapist' },
      { remove: 'Check-in with her head of year' },
    ],
    gold: [
      P('weakened', 'F', '1:1 sessions with the school counsellor', 'CBT-based worry work as required'),
      P('reduced', 'G', '4 sessions of 1 hour per year', '2 sessions of 1 hour per year'),
      P('removed', 'F', 'Check-in with her head of year', null),
    ],
  },
];
