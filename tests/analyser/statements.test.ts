// One provision over several sentences (issue 10, item 7): a bullet, a cell or a paragraph about
// one provision is one statement, judged on what all its sentences say; a paragraph that lists
// several provisions keeps them apart. The sentences are invented for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc, type Part } from './build-doc.ts';

const report = (f: Part[]) => analyse(buildDoc([{ h: 'Section F: Special educational provision' }, ...f, { h: 'Section I: Placement' }, 'Elm Park Primary School']));
const texts = (f: Part[]) => report(f).provisions.map((p) => p.text);

describe('a provision written over several sentences', () => {
  it.each([
    // points back with a pronoun
    'Tobi will have a laptop with word prediction software. He will use it for all written work in every lesson.',
    'A 10-minute sensory circuit led by a trained teaching assistant. Tobi will do it before the first lesson and after lunch.',
    'Toolbox talk cards with a learning mentor, 15 minutes twice a week. His progress on them will be checked by the SENCo every term.',
    'Precision teaching of spellings by a teaching assistant, 10 minutes daily. His parents will practise the same words with him at home.',
    // opens by referring back
    'Drawing and Talking with a trained practitioner, 1:1, for 12 weeks. These sessions will take place in the calm room.',
    'A reading comprehension group with a teaching assistant, 3 x 20 minutes a week. Progress will also be reviewed each half term by the SENCo.',
    // gives only the amount of the provision named before
    'Tobi will have occupational therapy from an HCPC-registered occupational therapist. He will have 6 sessions of 45 minutes each term.',
  ])('%j is one statement', (p) => {
    expect(texts([p])).toEqual([p]);
  });

  it.each([
    ['Tobi will have a mentoring session with the learning mentor once a week. He will also have a movement break card in every lesson.', 2],
    ['Tobi will receive a maths intervention with a TA. In addition, he will have a wobble cushion at carpet time.', 2],
    ['A quiet place to go at break times. It is also recommended that he has a now-and-next board.', 2],
    ['Tobi will have a visual timetable on his desk. Tobi will attend a lunchtime Lego club run by the ELSA. A pencil grip for all writing.', 3],
  ] as const)('%j lists %i provisions', (p, n) => {
    expect(texts([p])).toHaveLength(n);
  });

  it('gathers the elements from every sentence: the amount in the second makes the first specific', () => {
    const r = report(['Tobi will have occupational therapy from an HCPC-registered occupational therapist, 1:1, in school. He will have 6 sessions of 45 minutes each term.']);
    expect(r.provisions).toHaveLength(1);
    expect(r.provisions[0].elements).toMatchObject({ activity: true, provider: true, frequency: true, duration: true });
    expect(r.provisions[0].specific).toBe(true);
  });

  it('a sentence whose subject is new to the provision before starts its own ("The dietitian…" after a nurse, "His splints…")', () => {
    const first = 'The school nurse will train two lunchtime staff in tube feeding by 1 October 2026.';
    const second = 'The dietitian will see Kit at school for 30 minutes each half term to adjust his feeding plan.';
    const third = 'His splints will be refitted every 6 months by the orthotics clinic.';
    expect(texts([`${first} ${second} ${third}`])).toEqual([first, second, third]);
    // the same role, or a subject the sentence before names, goes on about it
    const again = 'A dietitian will write a feeding plan by September 2026. The dietitian will review it with staff each term.';
    expect(texts([again])).toEqual([again]);
  });

  it('a paragraph of "The college will …" sentences: each that provides something is its own statement (issue 10)', () => {
    const a = 'The college will provide a quiet room for Nia to eat lunch in, with a learning support worker, every day.';
    const b = 'The college will make sure that Nia has noise-cancelling headphones in every practical lesson.';
    const c = 'The college will book a British Sign Language interpreter for all tutorials.';
    const d = 'After each tutorial, a BSL Level 3 communication support worker will go over the notes with her for 20 minutes.';
    const e = 'The learning mentor will draw up a timetable with Nia within 2 weeks of the plan being issued and check it with her every month for 15 minutes.';
    expect(texts([`${a} ${b}`, `${c} ${d}`, `The college will offer Nia a place in a study skills group. ${e}`])).toEqual([a, b, c, d, 'The college will offer Nia a place in a study skills group.', e]);
    // a pronoun subject, or a sentence that only gives the amount, still goes on about the one before
    const on = 'The college will provide a reader for all written tests. She will use it in every exam.';
    expect(texts([on])).toEqual([on]);
  });

  it('a need after a provision stays out of it', () => {
    expect(texts(['A laptop for all extended writing. Tobi finds it hard to write by hand for long.'])).toEqual(['A laptop for all extended writing.']);
  });

  it('a bullet of two sentences is one statement', () => {
    const item = 'Lego-based therapy in a group of 3, 30 minutes weekly, run by a trained teaching assistant. Tobi will also keep a diary of it.';
    expect(texts([{ li: item }])).toEqual([item]);
  });

  it("a combined table's provision cell of two sentences is one statement", () => {
    const cell = 'Social skills group with the ELSA, 30 minutes weekly, in a group of 4. Tobi will take a friend with him each time.';
    const r = report([{ table: [['B – Special educational needs', 'F – Special educational provision', 'E – Outcomes'], ['Tobi finds it hard to join in games.', cell, 'By July 2027, Tobi will join a game at lunchtime on 3 days a week.']] }]);
    expect(r.provisions.map((p) => p.text)).toEqual([cell]);
  });
});

describe('sub-headings inside F', () => {
  it('a heading with a list straight after it heads the list, even when it sounds like a provision ("Social skills programme")', () => {
    const items = ['A social skills group with the school counsellor, 45 minutes weekly, 6 pupils.', 'A lunchtime buddy scheme run by a trained mentor every school day.'];
    expect(texts([{ h: 'Social skills programme', level: 3 }, ...items.map((li) => ({ li }))])).toEqual(items);
  });
});

describe('table rows in F', () => {
  it('reads a short row with a provider and a frequency as provision, not as the header it resembles', () => {
    const f: Part[] = [{ table: [['Provision', 'Who', 'How often'], ['Support in lessons', 'LSA', 'As required'], ['Reading group', 'Teaching assistant', 'Daily, 20 minutes']] }];
    expect(texts(f)).toEqual(['Support in lessons\tLSA\tAs required', 'Reading group\tTeaching assistant\tDaily, 20 minutes']);
    // A header row repeated inside the table is still not provision.
    expect(texts([{ table: [['Provision', 'Who', 'How often'], ['Reading group', 'Teaching assistant', 'Daily, 20 minutes'], ['Support', 'Who', 'How often']] }])).toEqual(['Reading group\tTeaching assistant\tDaily, 20 minutes']);
  });

  it('reads a combined-table cell that is a short sentence opening with "Support" as provision, not as a column name', () => {
    const r = report([{ table: [['B – Special educational needs', 'F – Special educational provision', 'E – Outcomes'], ['Mo forgets his kit and his homework.', 'Support with packing his bag when needed.', 'Mo will remember his kit.']] }]);
    expect(r.provisions.map((p) => [p.text, p.specific])).toEqual([['Support with packing his bag when needed.', false]]);
  });
});

describe('hedged lines in prose', () => {
  it('a sentence that leaves how often or who to discretion is provision, however little else it names', () => {
    const r = report(['Signing to be used wherever possible.', 'Zoe can count up to 10 objects.', 'Fiddle toys if available.']);
    expect(r.provisions.map((p) => [p.text, p.specific])).toEqual([['Signing to be used wherever possible.', false], ['Fiddle toys if available.', false]]);
  });
});

describe('items listed inline in one paragraph', () => {
  const withE = (e: string, f: string) => analyse(buildDoc([{ h: 'Section E: Outcomes' }, e, { h: 'Section F: Special educational provision' }, f, { h: 'Section I: Placement' }, 'Elm Park Primary School']));

  it('reads "(i) … (ii) … (iii) …" as one outcome each, and "(a) …; (b) …; and (c) …" as one provision each', () => {
    const r = withE('Outcomes: (i) By the end of Year 3, Tobi will walk to the hall with one adult nearby. (ii) By July 2027, Tobi will read 20 words (iii) Tobi will have more friends.', 'Provision: (a) a reading group with a TA, 20 minutes daily; (b) speech therapy from a SaLT, 6 sessions a term; and (c) help at lunchtime.');
    expect(r.outcomes.map((o) => o.text)).toEqual(['By the end of Year 3, Tobi will walk to the hall with one adult nearby.', 'By July 2027, Tobi will read 20 words', 'Tobi will have more friends.']);
    expect(r.provisions.map((p) => p.text)).toEqual(['a reading group with a TA, 20 minutes daily', 'speech therapy from a SaLT, 6 sessions a term', 'help at lunchtime.']);
  });

  it('leaves a lone or out-of-order marker in the text', () => {
    const r = withE('By July 2027, Tobi will read the words on list (b) of his reading scheme.', 'A reading group (3) times a week with a TA, 20 minutes.');
    expect(r.outcomes.map((o) => o.text)).toEqual(['By July 2027, Tobi will read the words on list (b) of his reading scheme.']);
    expect(r.provisions).toHaveLength(1);
  });
});

describe('lines broken mid-sentence into paragraphs (flattened text opened in Word)', () => {
  it('joins an item with no closing punctuation and the lower-case paragraph after it into one statement', () => {
    const r = report([{ li: 'Specialist dyslexia teaching from a specialist teacher with a Level 5' }, 'qualification in dyslexia, 2 sessions of 45 minutes a week, 1:1.', { li: 'Access to a laptop with speech-to-text software in every lesson.' }]);
    expect(r.provisions.map((p) => p.text.replace(/\s+/g, ' '))).toEqual(['Specialist dyslexia teaching from a specialist teacher with a Level 5 qualification in dyslexia, 2 sessions of 45 minutes a week, 1:1.', 'Access to a laptop with speech-to-text software in every lesson.']);
    expect(r.provisions[0].specific).toBe(true);
  });

  it('keeps a finished sentence apart from the next paragraph', () => {
    expect(texts(['A reading group with a teaching assistant, 20 minutes daily.', 'speech therapy from a therapist, 6 sessions a term.'])).toHaveLength(2);
  });
});

describe('flattened forms: labelled fields and several provisions to a line', () => {
  it('a "Provision:" line is provision by its label, and "Who:" / "How often:" lines after it are its fields', () => {
    const r = report(['6.3 Provision: messy play Who: setting to decide How often: as agreed', 'Provision: Lego therapy in a group of 3', 'Who: trained teaching assistant', 'How often: 2 x 30 minutes a week', 'Who: class teacher']);
    expect(r.provisions.map((p) => p.text.replace(/\s+/g, ' '))).toEqual([
      '6.3 Provision: messy play Who: setting to decide How often: as agreed',
      'Provision: Lego therapy in a group of 3 Who: trained teaching assistant How often: 2 x 30 minutes a week Who: class teacher',
    ]);
    expect(r.provisions[1].elements.provider && r.provisions[1].elements.frequency).toBe(true);
  });

  it('an empty field line ("Who:") does not cut a provision in two, and an item number may carry its letter ("F3 What:")', () => {
    const r = report(['F2 What: Intensive Interaction with his key person, 1:1', 'Who:', 'How often: every day, 10 minutes', 'F3 What: Makaton signs for his key words used by every adult at every activity', 'Who: all staff in the room']);
    expect(r.provisions.map((p) => p.text.replace(/\s+/g, ' '))).toEqual([
      'F2 What: Intensive Interaction with his key person, 1:1 Who: How often: every day, 10 minutes',
      'F3 What: Makaton signs for his key words used by every adult at every activity Who: all staff in the room',
    ]);
    expect(r.provisions[0].elements.frequency).toBe(true);
  });

  it('a field label that names two fields or says of what ("Qualification/training:", "Length of session:") is still a field', () => {
    const r = report(['Provision: Precision teaching of number facts', 'Staffing/training: teaching assistant trained by the EP', 'Qualification/training:', 'Length of session: 15 minutes', 'How often: daily']);
    expect(r.provisions.map((p) => p.text.replace(/\s+/g, ' '))).toEqual([
      'Provision: Precision teaching of number facts Staffing/training: teaching assistant trained by the EP Qualification/training: Length of session: 15 minutes How often: daily',
    ]);
  });

  it('an empty "Label:" line before another "Label: …" line is a field left empty, not a label over its value', () => {
    const r = report(['Provision: Lego therapy group', 'Who: trained teaching assistant', 'How often: weekly', 'Group size:', 'Outcome link: Goal 3']);
    expect(r.provisions.map((p) => p.text.replace(/\s+/g, ' '))).toEqual(['Provision: Lego therapy group Who: trained teaching assistant How often: weekly Group size:']);
  });

  it('a labelled provision whose last field is empty ("… Who: How often:") is a provision, not a lead-in', () => {
    expect(texts(['F4 What: a calm box on her desk for every lesson Who: How often:'])).toEqual(['F4 What: a calm box on her desk for every lesson Who: How often:']);
  });

  it.each([
    ['A mentor will meet Tobi for 20 minutes every Monday to plan his week. The Educational Psychology Service will train his teachers in precision teaching in one 2-hour session in the autumn term. Staff will give him a printed copy of every homework task.', 3],
    ['A teaching assistant will read with Tobi for 15 minutes every day. An occupational therapist will visit once a term for an hour to set his handwriting targets.', 2],
  ])('%j holds %i provisions, the first kept', (text, n) => {
    const got = texts([text]);
    expect(got).toHaveLength(n);
    expect(got[0]).toBe(text.slice(0, got[0].length));
    expect(got[0].endsWith('.')).toBe(true);
  });

  it('a sentence that goes on about the provider before stays with it', () => {
    const p = 'A speech and language therapist will see Tobi for 6 sessions of 40 minutes in the autumn term. The therapist will then show his teaching assistant how to run the programme.';
    expect(texts([p])).toEqual([p]);
  });
});

describe("a letter pasted into a section (the health trust's reply in a G cell)", () => {
  const letter: Part[] = [
    'Letter from Ashby Fields NHS Trust, 4 March 2027 (pasted as received):',
    'Dear SEN Officer,',
    'Re: Noor Haddad, date of birth 01/02/2019',
    'Thank you for your request for advice for Section G.',
    'The community nurse will visit school once a term for 30 minutes to check her feeding plan.',
    'Our dietitian will review her feed regime as and when required.',
    'If you need anything further, please contact the team on the number above.',
    'Yours sincerely,',
    'R. Campbell, Clinical Lead, Children’s Community Nursing',
    'A teaching assistant will check her pump settings at 12.15pm every school day.',
  ];

  it('keeps its provision and drops its greeting, reference line, thanks, offer of contact, closing and signer', () => {
    expect(texts(letter)).toEqual([
      'The community nurse will visit school once a term for 30 minutes to check her feeding plan.',
      'Our dietitian will review her feed regime as and when required.',
      'A teaching assistant will check her pump settings at 12.15pm every school day.',
    ]);
  });

  it('keeps a provision that opens with "Thank you" words only when it gives an amount', () => {
    expect(texts(['Thank you for the referral: speech and language therapy, 6 sessions of 45 minutes a term.'])).toHaveLength(1);
  });
});
