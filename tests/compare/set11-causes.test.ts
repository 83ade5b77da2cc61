// Kinds of miss first seen on held-out compare set 11, each tested on wording invented here: a
// statement renumbered is not an amount changed; a qualification dropped for "trained"; a course run
// for fewer weeks; a rate and a course said in the other order; a short part split off a statement;
// a table of outcomes rewritten as sentences with the same time and evidence; "without an adult" and
// "on his own", "make the journey" and "travel".
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { compareDocuments } from '../../services/analyser/src/compare/index.ts';
import { classifyProvision, withoutItemNumber } from '../../services/analyser/src/compare/classify.ts';
import { readAmount } from '../../services/analyser/src/compare/amounts.ts';
import { planText } from './plan-text.ts';

const plan = (f: string[], e: string) =>
  planText({
    a: 'Ffion likes horses.',
    b: 'Ffion has a hearing impairment and a language delay.',
    c: 'Ffion wears two hearing aids.',
    e,
    f,
    i: 'Ashgrove Primary School (mainstream).',
    k: 'Appendix 1: Educational psychology advice.',
  });

async function compare(a: string, b: string) {
  const oldDoc = await parseDocument(new TextEncoder().encode(a), 'old.txt');
  const newDoc = await parseDocument(new TextEncoder().encode(b), 'new.txt');
  return compareDocuments(oldDoc, newDoc);
}
const kind = (a: string, b: string, section: 'F' | 'G' = 'F') => classifyProvision({ text: a, section }, { text: b, section }, { splitH: true }).kind;

const F = ['Phonics 1:1 with a teaching assistant for 15 minutes every school day.', 'A visual timetable on her desk in every lesson.'];
const E_LIST = '• By July 2027, Ffion will read 40 common words on sight.';

describe('a statement renumbered keeps its amount', () => {
  it('leaves out an item number with points before the first word, and nothing else', () => {
    expect(withoutItemNumber('3.4.2 Quiet breaks after lunch.')).toBe('Quiet breaks after lunch.');
    expect(withoutItemNumber('8.1 Social skills group weekly.')).toBe('Social skills group weekly.');
    // An amount that opens a statement is the amount.
    expect(withoutItemNumber('1.5 hours a week of maths support.')).toBe('1.5 hours a week of maths support.');
  });
  it('reads a statement renumbered when its section was reordered as unchanged, and a real cut beside it as reduced', () => {
    expect(kind('3.4.2 Quiet breaks after lunch in the library.', '3.1.3 Quiet breaks after lunch in the library.')).toBe('unchanged');
    expect(kind('2.2.1 Two sessions of 30 minutes a week with a mentor.', '4.1.2 Two sessions of 30 minutes a fortnight with a mentor.')).toBe('reduced');
  });
});

describe('a qualification dropped', () => {
  it('is a cut when the same role is then only "trained", or has none named', () => {
    expect(kind('A learning support assistant holding a Level 3 diploma in autism will support her at lunchtimes.', 'A trained learning support assistant will support her at lunchtimes.')).toBe('reduced');
    expect(kind('A qualified instructor will teach her to swim, 30 minutes a week.', 'An instructor will teach her to swim, 30 minutes a week.')).toBe('reduced');
  });
  it('is no change when both name it, and training alike on both sides is no change', () => {
    expect(kind('A teaching assistant with a BSL Level 2 certificate will sign in every lesson.', 'In every lesson, a teaching assistant with a BSL Level 2 certificate will sign.')).toBe('unchanged');
    expect(kind('A trained teaching assistant will sign in every lesson.', 'In every lesson a trained teaching assistant will sign.')).toBe('unchanged');
  });
});

describe('how long a provision runs', () => {
  it('reads "for the first N weeks" and "over N weeks" in weeks', () => {
    expect(readAmount('A job coach beside her for the first 6 weeks.').spans.map((s) => s.weeks)).toEqual([6]);
    expect(readAmount('Swimming lessons over 2 terms.').spans.map((s) => s.weeks)).toHaveLength(1);
  });
  it('is a cut when the same support runs for fewer weeks, a gain when for more', () => {
    expect(kind('A mentor will meet her on arrival every morning for the first 6 weeks of term.', 'A mentor will meet her on arrival every morning for the first 3 weeks of term.')).toBe('reduced');
    expect(kind('A mentor will meet her on arrival every morning for 4 weeks.', 'A mentor will meet her on arrival every morning for 8 weeks.')).toBe('strengthened');
  });
});

describe('a rate and a course in either order', () => {
  const A = 'A physiotherapist will see her for 6 sessions of 45 minutes, once a fortnight, to set up her exercise plan.';
  it('reads the marked rate as how often and the counted sessions as the course, whichever comes first', () => {
    const b = 'To set up her exercise plan, a physiotherapist will see her once a fortnight, for 6 sessions of 45 minutes.';
    expect(readAmount(A).weekly).toBe(readAmount(b).weekly);
    expect(readAmount(b).course).toBe(6);
    expect(kind(A, b, 'G')).toBe('unchanged');
  });
  it('reads a shorter course at the same rate as a cut', () => {
    expect(kind(A, 'To set up her exercise plan, a physiotherapist will see her once a fortnight, for 3 sessions of 45 minutes.', 'G')).toBe('reduced');
  });
});

describe('a short part split off a statement', () => {
  it('is a part of it, not a new provision, when all its words are the old statement\'s', async () => {
    const was = 'Ear defenders worn in the dining hall, cleaned every Friday by the key worker.';
    const c = await compare(plan([...F, was], E_LIST), plan([...F, 'Ear defenders in the dining hall.', 'The key worker will clean the ear defenders every Friday.'], E_LIST));
    const f = c.changes.filter((x) => x.about === 'provision');
    expect(f.filter((x) => x.kind === 'added')).toEqual([]);
    expect(f.filter((x) => x.before?.text === was).map((x) => x.kind)).toEqual(['unchanged', 'unchanged']);
  });
  it('still reads a new statement of other words as added', async () => {
    const was = 'Ear defenders worn in the dining hall, cleaned every Friday by the key worker.';
    const c = await compare(plan([...F, was], E_LIST), plan([...F, was, 'A place in the lunchtime chess club on Wednesdays.'], E_LIST));
    expect(c.changes.filter((x) => x.kind === 'added').map((x) => x.after?.text)).toEqual(['A place in the lunchtime chess club on Wednesdays.']);
  });
});

describe('a table of outcomes rewritten as sentences', () => {
  const table = (rows: string[][]) => ['Outcome\tBy when\tHow we will know', ...rows.map((r) => r.join('\t'))].join('\n');
  const ROWS = [
    ['Ffion will answer "who" and "where" questions about a story.', 'End of Year 4 (July 2027)', 'She answers 4 out of 5 questions correctly in a recorded session.'],
    ['Ffion will tell an adult when her hearing aid is not working.', 'By Christmas 2026', 'Her class teacher records it on 9 days out of 10.'],
  ];
  const outcomes = async (prose: string[]) => (await compare(plan(F, table(ROWS)), plan(F, prose.map((p) => `• ${p}`).join('\n')))).changes.filter((c) => c.about === 'outcome').map((c) => c.kind);
  it('reads each row said as one sentence, with its time and its evidence, as unchanged', async () => {
    expect(await outcomes([
      'By the end of Year 4 (July 2027), Ffion will answer "who" and "where" questions about a story, as shown by 4 out of 5 questions correct in a recorded session.',
      'By Christmas 2026, Ffion will tell an adult when her hearing aid is not working; her class teacher will record it on 9 days out of 10.',
    ])).toEqual(['unchanged', 'unchanged']);
  });
  it('reads a row whose evidence or time changed in the sentence as changed', async () => {
    expect(await outcomes([
      'By the end of Year 4 (July 2027), Ffion will answer "who" and "where" questions about a story, as shown by 3 out of 5 questions correct in a recorded session.',
      'By Easter 2027, Ffion will tell an adult when her hearing aid is not working; her class teacher will record it on 9 days out of 10.',
    ])).toEqual(['changed', 'changed']);
  });
});

describe('doing it alone, and a journey, said another way', () => {
  const kinds = async (was: string, now: string) => (await compare(plan(F, `• ${was}`), plan(F, `• ${now}`))).changes.filter((c) => c.about === 'outcome').map((c) => c.kind);
  it('reads "without an adult", "by herself" and "on her own" alike, and "make the train journey" as "travel by train"', async () => {
    expect(await kinds('By July 2028, Ffion will travel by train to her grandmother\'s town on her own.', 'By July 2028, Ffion will make the train journey to her grandmother\'s town without an adult.')).toEqual(['unchanged']);
    expect(await kinds('By July 2028, Ffion will walk to the school office by herself.', 'By July 2028, Ffion will walk to the school office on her own.')).toEqual(['unchanged']);
  });
  it('still reads an outcome that now needs an adult as changed', async () => {
    expect(await kinds('By July 2028, Ffion will walk to the school office on her own.', 'By July 2028, Ffion will walk to the school office with an adult.')).toEqual(['changed']);
  });
});
