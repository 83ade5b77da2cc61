// Two whole versions: statements aligned by meaning whatever their order, wording or section;
// outcomes and Section I compared; the result valid against the published schema.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { compareDocuments } from '../../services/analyser/src/compare/index.ts';
import { align, pairInPlace } from '../../services/analyser/src/compare/index.ts';
import { Comparison } from '../../services/analyser/src/compare/schema.ts';
import { planText } from './plan-text.ts';

const plan = (f: string[], g: string[], e: string[], i = '') =>
  planText({ a: 'Noor likes drawing.', b: 'Noor has a language disorder.', e, f, g, i, k: 'Appendix 1: Speech and language therapy advice.' });

const SLT = 'Speech and language therapy: 45 minutes weekly from an HCPC-registered speech and language therapist, 1:1.';
const PHONICS = 'A structured phonics programme (Read Write Inc.) delivered 1:1 by a teaching assistant for 4 x 20 minutes each week.';
const TIMETABLE = 'A visual timetable on her desk, used by all staff in every lesson.';
const LAPTOP = 'A laptop with speech-to-text software for all written work.';
const MENTOR = 'Mentoring with the learning mentor for 30 minutes every week, 1:1.';
const OUT1 = 'By July 2027, Noor will retell a short story in the right order in 4 out of 5 attempts.';
const OUT2 = 'By the end of Year 5, Noor will ask a question in class once a day.';

async function compare(a: string, b: string) {
  const oldDoc = await parseDocument(new TextEncoder().encode(a), 'old.txt');
  const newDoc = await parseDocument(new TextEncoder().encode(b), 'new.txt');
  return Comparison.parse(compareDocuments(oldDoc, newDoc));
}

describe('compareDocuments', () => {
  it('finds nothing changed between a plan and itself, and reports every statement as unchanged', async () => {
    const text = plan([SLT, PHONICS, TIMETABLE, LAPTOP], [], [OUT1, OUT2], 'Elm Primary School (mainstream).');
    const c = await compare(text, text);
    expect(c.changes.length).toBe(7);
    expect(c.changes.every((ch) => ch.kind === 'unchanged')).toBe(true);
  });

  it('is not fooled by reordering: the same statements in another order are unchanged', async () => {
    const c = await compare(plan([SLT, PHONICS, TIMETABLE, LAPTOP, MENTOR], [], [OUT1, OUT2]), plan([LAPTOP, MENTOR, TIMETABLE, SLT, PHONICS], [], [OUT2, OUT1]));
    expect(c.changes.filter((ch) => ch.kind !== 'unchanged')).toEqual([]);
  });

  it('finds a statement moved from F to G, a cut, a removal and an addition, with offsets into each version', async () => {
    const oldText = plan([SLT, PHONICS, TIMETABLE, LAPTOP], [], [OUT1, OUT2]);
    const newText = plan([PHONICS.replace('4 x 20', '2 x 20'), LAPTOP, MENTOR], [SLT], [OUT1, OUT2]);
    const c = await compare(oldText, newText);
    const byKind = (k: string) => c.changes.filter((ch) => ch.kind === k);
    expect(byKind('moved')).toHaveLength(1);
    expect(byKind('moved')[0]).toMatchObject({ section: 'G', before: { section: 'F' }, after: { section: 'G' } });
    expect(byKind('reduced')[0].detail).toBe('4 x 20 minutes each week became 2 x 20 minutes each week');
    expect(byKind('removed').map((ch) => ch.before!.text)).toEqual([TIMETABLE]);
    expect(byKind('removed')[0].after).toBeNull();
    expect(byKind('added').map((ch) => ch.after!.text)).toEqual([MENTOR]);
    for (const ch of c.changes) {
      if (ch.before) expect(oldText.replace(/\r/g, '')).toContain(ch.before.text);
      if (ch.after) expect(newText).toContain(ch.after.text);
    }
  });

  it('compares outcomes (removed, added, changed in place) and Section I', async () => {
    const c = await compare(plan([LAPTOP], [], [OUT1, 'Noor will be happy.', OUT2]), plan([LAPTOP], [], [OUT1, 'By July 2027, Noor will name three feelings using her feelings chart.', OUT2], 'Elm Primary School (mainstream primary).'));
    const outcomes = c.changes.filter((ch) => ch.about === 'outcome');
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['changed', 'unchanged', 'unchanged']);
    const placement = c.changes.find((ch) => ch.section === 'I')!;
    expect(placement.kind).toBe('changed');
    expect(placement.before).toBeNull();
    expect(placement.detail).toMatch(/now named/);
  });

  it('a Section I that names no placement (a draft\'s "will be named in the final plan") is no placement: its side is null', async () => {
    const c = await compare(plan([LAPTOP], [], [OUT1], 'The school will be named in the final plan.'), plan([LAPTOP], [], [OUT1], 'Birchwood Academy (mainstream secondary).'));
    const placement = c.changes.find((ch) => ch.section === 'I')!;
    expect(placement).toMatchObject({ kind: 'changed', before: null, after: { text: 'Birchwood Academy (mainstream secondary).' } });
    expect(placement.detail).toMatch(/now named/);
    const unnamed = await compare(plan([LAPTOP], [], [OUT1], 'Birchwood Academy (mainstream secondary).'), plan([LAPTOP], [], [OUT1], 'To be confirmed after consultation.'));
    expect(unnamed.changes.find((ch) => ch.section === 'I')).toMatchObject({ kind: 'changed', after: null });
    // The same school said another way is no change; another school, type or date is.
    const reworded = await compare(plan([LAPTOP], [], [OUT1], 'Kestrel Hill School, a non-maintained special school for deaf pupils.'), plan([LAPTOP], [], [OUT1], 'Kestrel Hill School (non-maintained special school for deaf pupils).'));
    expect(reworded.changes.find((ch) => ch.section === 'I')?.kind).toBe('unchanged');
    for (const other of ['Kestrel Hill Academy (non-maintained special school for deaf pupils).', 'Kestrel Hill School (mainstream school with a resource base for deaf pupils).']) {
      const c = await compare(plan([LAPTOP], [], [OUT1], 'Kestrel Hill School, a non-maintained special school for deaf pupils.'), plan([LAPTOP], [], [OUT1], other));
      expect(c.changes.find((ch) => ch.section === 'I')?.kind, other).toBe('changed');
    }
    const year = await compare(plan([LAPTOP], [], [OUT1], 'Kestrel Hill School, from September 2026.'), plan([LAPTOP], [], [OUT1], 'Kestrel Hill School, from September 2027.'));
    expect(year.changes.find((ch) => ch.section === 'I')?.kind).toBe('changed');
    // A form's field labels ("Name", "Type of setting") are not the placement's words: the same school
    // moved into a template's labelled cells is no change; another school in them is.
    for (const cells of ['Name\tKestrel Hill School\nType\tNon-maintained special school for deaf pupils', 'Name of school:\nKestrel Hill School\nType of setting:\nnon-maintained special school for deaf pupils']) {
      const moved = await compare(plan([LAPTOP], [], [OUT1], 'Kestrel Hill School, a non-maintained special school for deaf pupils.'), plan([LAPTOP], [], [OUT1], cells));
      expect(moved.changes.find((ch) => ch.section === 'I')?.kind, cells).toBe('unchanged');
    }
    const otherCells = await compare(plan([LAPTOP], [], [OUT1], 'Kestrel Hill School, a non-maintained special school for deaf pupils.'), plan([LAPTOP], [], [OUT1], 'Name\tWrenfield College\nType\tNon-maintained special school for deaf pupils'));
    expect(otherCells.changes.find((ch) => ch.section === 'I')?.kind).toBe('changed');
    const neither = await compare(plan([LAPTOP], [], [OUT1], 'Not named in this draft.'), plan([LAPTOP], [], [OUT1], 'To be confirmed.'));
    expect(neither.changes.find((ch) => ch.section === 'I')?.kind).toBe('unchanged');
  });
});

describe('outcomes reworded without a change of meaning', () => {
  it('are unchanged; a changed number, period or date is a change', async () => {
    const o = 'By July 2027, Noor will read for 10 minutes each week with her TA.';
    const same = await compare(plan([LAPTOP], [], [o]), plan([LAPTOP], [], ['By July 2027, Noor will read with her teaching assistant for 10 mins weekly.']));
    expect(same.changes.find((ch) => ch.about === 'outcome')?.kind).toBe('unchanged');
    // A count in words past ten is read by its value: "twenty" and "thirty" differ, "twenty" and "20" do not.
    const words = await compare(plan([LAPTOP], [], ['By July 2027, Noor will read twenty common words aloud.']), plan([LAPTOP], [], ['By July 2027, Noor will read thirty common words aloud.']));
    expect(words.changes.find((ch) => ch.about === 'outcome')?.kind).toBe('changed');
    const digits = await compare(plan([LAPTOP], [], ['By July 2027, Noor will read twenty common words aloud.']), plan([LAPTOP], [], ['By July 2027, Noor will read 20 common words aloud.']));
    expect(digits.changes.find((ch) => ch.about === 'outcome')?.kind).toBe('unchanged');
    // A copula said another way ("be" or "feel" calm), and "adults who know her well" for "familiar
    // adults", keep an outcome's meaning; a different verb does not.
    for (const [was, now] of [
      ['Noor will be settled at the start of the school day.', 'Noor will feel settled at the start of the school day.'],
      ['By July 2027, Noor will greet familiar staff by name.', 'By July 2027, Noor will greet staff who know him well by name.'],
      ['By July 2027, Noor will become more confident when ordering lunch.', 'By July 2027, Noor will be more confident when ordering lunch.'],
      // A meal "eaten" or "had", and "next to" / "beside" / "alongside", are the same words.
      ['By Easter 2027, Noor will eat her breakfast at the table with her brother.', 'By Easter 2027, Noor will have her breakfast with her brother at the table.'],
      ['By Easter 2027, Noor will sit beside a classmate during story time.', 'By Easter 2027, Noor will sit next to a classmate during story time.'],
    ]) {
      const c = await compare(plan([LAPTOP], [], [was]), plan([LAPTOP], [], [now]));
      expect(c.changes.find((ch) => ch.about === 'outcome')?.kind, now).toBe('unchanged');
    }
    const verb = await compare(plan([LAPTOP], [], ['By July 2027, Noor will greet familiar staff by name.']), plan([LAPTOP], [], ['By July 2027, Noor will thank familiar staff by name.']));
    expect(verb.changes.find((ch) => ch.about === 'outcome')?.kind).toBe('changed');
    // "Eat" is "have" only before a meal: eating a new food is not having one.
    const food = await compare(plan([LAPTOP], [], ['By Easter 2027, Noor will eat three new foods.']), plan([LAPTOP], [], ['By Easter 2027, Noor will have three new foods.']));
    expect(food.changes.find((ch) => ch.about === 'outcome')?.kind).toBe('changed');
    for (const other of ['By July 2028, Noor will read for 10 minutes each week with her TA.', 'By July 2027, Noor will read for 10 minutes each day with her TA.', 'By July 2027, Noor will read for 20 minutes each week with her TA.']) {
      const c = await compare(plan([LAPTOP], [], [o]), plan([LAPTOP], [], [other]));
      expect(c.changes.find((ch) => ch.about === 'outcome')?.kind, other).toBe('changed');
    }
  });
});

describe('align', () => {
  const item = (text: string, section: 'F' | 'G' = 'F') => ({ text, start: 0, end: text.length, section });
  it('pairs reworded statements by meaning and leaves the unrelated alone', () => {
    const olds = [item(SLT), item(PHONICS), item(TIMETABLE)];
    const news = [item('A visual timetable, on her desk, which all staff use in every lesson.'), item('Weekly 30-minute sessions of speech and language therapy from a speech and language therapist.', 'G'), item('Swimming lessons with the class.')];
    expect(align(olds, news).sort()).toEqual([[0, 1], [2, 0]]);
  });
  it('pairs an outcome rewritten in place only when it is the one gap between matched neighbours', () => {
    expect(pairInPlace(3, 3, [[0, 0], [2, 2]])).toContainEqual([1, 1]);
    expect(pairInPlace(3, 4, [[0, 0], [2, 3]])).not.toContainEqual([1, 1]);
    // At the end (or the start) of the list there is no neighbour on one side: one dropped, one appended.
    expect(pairInPlace(3, 3, [[0, 0], [1, 1]])).not.toContainEqual([2, 2]);
    expect(pairInPlace(3, 3, [[1, 1], [2, 2]])).not.toContainEqual([0, 0]);
  });
  it('does not pair outcomes under two areas of need; at an end, pairs the one that keeps its number or area', () => {
    const areas = (...a: string[]) => a.map((area) => ({ area }));
    // The gap's old outcome was under sensory and physical needs, the new one under SEMH: one dropped, one added.
    expect(pairInPlace(3, 3, [[0, 0], [2, 2]], areas('Cognition', 'Sensory and/or physical needs', 'Cognition'), areas('Cognition', 'Social, emotional and mental health', 'Cognition'))).not.toContainEqual([1, 1]);
    expect(pairInPlace(3, 3, [[0, 0], [2, 2]], areas('Cognition', 'Sensory and/or physical needs', 'Cognition'), areas('Cognition', 'Sensory and/or physical needs', 'Cognition'))).toContainEqual([1, 1]);
    // "5.5 Zoe will be calmer." rewritten as "5.5 By July, Zoe will …", a "5.6" appended after it.
    const nums = (...n: string[]) => n.map((num) => ({ num }));
    expect(pairInPlace(3, 4, [[0, 0], [1, 1]], nums('5.1', '5.2', '5.5'), nums('5.1', '5.2', '5.5', '5.6'))).toContainEqual([2, 2]);
    expect(pairInPlace(3, 4, [[0, 0], [1, 1]], nums('5.1', '5.2', '5.5'), nums('5.1', '5.2', '5.6', '5.7'))).toEqual([[0, 0], [1, 1]]);
  });
});

describe('statements split, merged or rewritten in place', () => {
  const kinds = (c: Awaited<ReturnType<typeof compare>>) => c.changes.filter((ch) => ch.about === 'provision').map((ch) => `${ch.kind}: ${(ch.after ?? ch.before)!.text.split(' ').slice(0, 3).join(' ')}`).sort();
  const HANDWRITING = "Handwriting: a programme written by the occupational therapist, practised 1:1 with a teaching assistant for 15 minutes daily, and reviewed by the therapist in a 45-minute visit each term.";
  const REVIEW = 'The occupational therapist will review the handwriting programme in a 45-minute visit each term.';
  const PRACTICE = "Handwriting practice from the therapist's programme, 1:1 with a teaching assistant for 15 minutes every day.";

  it('a statement split in two that gives the same is unchanged, each part with the old statement', async () => {
    const c = await compare(plan([HANDWRITING, TIMETABLE], [], [OUT1]), plan([REVIEW, PRACTICE, TIMETABLE], [], [OUT1]));
    expect(kinds(c)).toEqual(['unchanged: A visual timetable', 'unchanged: Handwriting practice from', 'unchanged: The occupational therapist']);
    expect(c.changes.filter((ch) => ch.about === 'provision' && ch.after?.text !== TIMETABLE).every((ch) => ch.before?.text === HANDWRITING)).toBe(true);
  });

  it('a split that cuts one part is a cut, whichever part is aligned', async () => {
    const c = await compare(plan([HANDWRITING, TIMETABLE], [], [OUT1]), plan([REVIEW, PRACTICE.replace('every day', 'three times a week'), TIMETABLE], [], [OUT1]));
    expect(kinds(c)).toEqual(['reduced: Handwriting practice from', 'reduced: The occupational therapist', 'unchanged: A visual timetable']);
  });

  it('a split-off part that carries the amount in a sentence of its own is a part, not a new statement', async () => {
    const SWIM = 'Swimming lessons with a qualified instructor at the leisure centre for 45 minutes once a week during the spring term.';
    const WHERE = 'Swimming lessons with a qualified instructor at the leisure centre during the spring term.';
    const same = await compare(plan([SWIM, TIMETABLE], [], [OUT1]), plan([WHERE, 'Each swimming lesson will last 45 minutes, with one lesson a week.', TIMETABLE], [], [OUT1]));
    expect(kinds(same)).toEqual(['unchanged: A visual timetable', 'unchanged: Each swimming lesson', 'unchanged: Swimming lessons with']);
    const less = await compare(plan([SWIM, TIMETABLE], [], [OUT1]), plan([WHERE, 'Each swimming lesson will last 30 minutes, with one lesson a week.', TIMETABLE], [], [OUT1]));
    expect(kinds(less)).toEqual(['reduced: Each swimming lesson', 'reduced: Swimming lessons with', 'unchanged: A visual timetable']);
    // A new statement with its own amount is not taken for a part of one that never had an amount.
    const extra = await compare(plan([WHERE, TIMETABLE], [], [OUT1]), plan([WHERE, 'Each swimming lesson will be followed by 10 minutes of hair drying with a teaching assistant.', TIMETABLE], [], [OUT1]));
    expect(kinds(extra)).toContain('added: Each swimming lesson');
    // A new statement with an amount of its own that shares only a rare word or two with one whose amount went is no part of it.
    const visits = await compare(plan(['A qualified teacher of the deaf will visit termly to advise staff.', TIMETABLE], [], [OUT1]), plan(['A qualified teacher of the deaf will visit as required to advise staff.', 'Two 45-minute careers interviews with an adviser qualified to Level 6 during Year 11.', TIMETABLE], [], [OUT1]));
    expect(kinds(visits)).toEqual(expect.arrayContaining(['added: Two 45-minute careers', 'weakened: A qualified teacher']));
  });

  it('a split-off part that hands the work to a lesser role "in consultation with" the old provider is a cut', async () => {
    const EP = 'An educational psychologist to assess her reading in the autumn term and write targets for her teaching assistant.';
    const ASSESS = 'An educational psychologist to assess her reading in the autumn term.';
    const cut = await compare(plan([EP, TIMETABLE], [], [OUT1]), plan([ASSESS, 'Targets for her teaching assistant, written by the SENCo in consultation with the educational psychologist.', TIMETABLE], [], [OUT1]));
    // The part that carries the cut is reduced; the part kept as it was is unchanged (each part with the piece it carries).
    expect(kinds(cut)).toEqual(['reduced: Targets for her', 'unchanged: A visual timetable', 'unchanged: An educational psychologist']);
    expect(cut.changes.find((ch) => ch.kind === 'reduced')?.detail).toMatch(/SENCo/);
    expect(cut.changes.filter((ch) => ch.about === 'provision' && ch.after?.text !== TIMETABLE).every((ch) => ch.before?.text === EP)).toBe(true);
    // The same targets still written by the psychologist: no change, each part with the old statement.
    const same = await compare(plan([EP, TIMETABLE], [], [OUT1]), plan([ASSESS, 'Targets for her teaching assistant, written by the educational psychologist.', TIMETABLE], [], [OUT1]));
    expect(kinds(same)).toEqual(['unchanged: A visual timetable', 'unchanged: An educational psychologist', 'unchanged: Targets for her']);
  });

  it('a merge that changes one of its parts reports that part with the change and the other unchanged', async () => {
    const c = await compare(plan(['A weighted lap pad during assemblies.', 'Chewy tubes in his pencil case for every written task, if available.', LAPTOP], [], [OUT1]), plan(['A weighted lap pad during assemblies, and chewy tubes in his pencil case for every written task.', LAPTOP], [], [OUT1]));
    const parts = c.changes.filter((ch) => ch.about === 'provision' && ch.after?.text !== LAPTOP).map((ch) => `${ch.kind}: ${ch.before!.text.split(' ').slice(0, 2).join(' ')}`).sort();
    expect(parts).toEqual(['strengthened: Chewy tubes', 'unchanged: A weighted']);
  });

  it('two statements merged into one that gives the same are unchanged, not one removed', async () => {
    const c = await compare(plan(['A wobble cushion on her chair in every lesson.', 'A fidget toy on her desk during carpet time.', LAPTOP], [], [OUT1]), plan(['A wobble cushion on her chair in every lesson, and a fidget toy on her desk during carpet time.', LAPTOP], [], [OUT1]));
    expect(kinds(c)).toEqual(['unchanged: A laptop with', 'unchanged: A wobble cushion', 'unchanged: A wobble cushion']);
  });

  it('a short vague statement rewritten in its place as a specific one is strengthened; an unrelated one put in its place is not paired', async () => {
    const better = await compare(plan([PHONICS, 'Access to a quiet room where appropriate.', LAPTOP], [], [OUT1]), plan([PHONICS, 'A quiet room with a beanbag for 10 minutes after lunch each day, supervised by a teaching assistant.', LAPTOP], [], [OUT1]));
    expect(kinds(better)).toContain('strengthened: A quiet room');
    const other = await compare(plan([PHONICS, 'Weekly swimming lessons with a swimming teacher.', LAPTOP], [], [OUT1]), plan([PHONICS, 'A sensory circuit for 15 minutes each morning with a teaching assistant.', LAPTOP], [], [OUT1]));
    expect(kinds(other)).toEqual(expect.arrayContaining(['removed: Weekly swimming lessons', 'added: A sensory circuit']));
  });
});
