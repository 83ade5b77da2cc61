// General causes behind the held-out plans' leftover misses (p81-p100), each on invented wording:
// none of these sentences is in a held-out plan.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { judgeProvision } from '../../services/analyser/src/provision.ts';
import { judgeOutcome } from '../../services/analyser/src/outcomes.ts';
import { lineRole } from '../../services/analyser/src/sections/flat-table.ts';

const rubric = loadRubric();
const judge = (s: string) => judgeProvision(s, rubric);

describe('a By-when cell naming a dated review', () => {
  it.each([
    ['Noor will join in a board game with two classmates.\tMarch 2028 annual review', true],
    ['Noor will join in a board game with two classmates.\tSpring term 2027 review', true],
    ['Noor will join in a board game with two classmates.\tOngoing', false],
  ])('%s: time-bound %s', (s, want) => {
    expect(judgeOutcome(s, '', rubric).timeBound).toBe(want);
  });
});

describe('"within N weeks of" an event is a deadline, not how often', () => {
  it('a later clause keeps its length when the first is done within weeks of an event', () => {
    const j = judge('The class teacher will draw up a reading plan with his dad within 6 weeks of the move and review it with him once a term for 20 minutes.');
    expect(j.elements).toMatchObject({ frequency: true, duration: true });
  });
  it('"within 3 weeks of" alone gives no frequency', () => {
    expect(judge('The SENCo will hold a planning meeting with the family within 3 weeks of the move.').amount.period).toBe(false);
  });
});

describe('"each of the" occasions recur', () => {
  it.each([
    'A place at the town play scheme for 4 days in each of the October and February half terms, with a support worker.',
    'A 10-minute check of his pump settings by the school nurse before each of his swimming lessons.',
  ])('%s', (s) => {
    expect(judge(s).elements.frequency).toBe(true);
  });
});

describe('a one-off done by a date has no frequency; a yearly occasion does', () => {
  it.each([
    ['A sleep assessment by the community nurse at the family’s home by 30 April 2027.', false],
    ['An assessment of her housing needs by a social worker from the adult team, completed before her 18th birthday.', false],
    ['Four 1-hour visits from the occupational therapist in the summer term 2027 to set up his seating.', true],
    ['The epilepsy nurse trains the two named lunchtime staff in rescue medication each January.', true],
  ])('%s: frequency %s', (s, want) => {
    expect(judge(s).elements.frequency).toBe(want);
  });
});

describe("a trigger the child acts on, where the statement says when already", () => {
  it('is not a hedge beside "in every lesson"', () => {
    const j = judge('A pass, kept in his planner, that Dylan can use in every lesson to step outside with a teaching assistant when he feels overwhelmed.');
    expect(j.vague.map((v) => v.term)).not.toContain('when ready');
  });
  it('is a hedge when nothing else says when', () => {
    expect(judge('She will have a quiet space when she feels overwhelmed.').vague.map((v) => v.term)).toContain('when ready');
  });
});

describe('a vague noun after its topic is the what', () => {
  it.each(['Spelling support as needed.', 'Science support in class', 'Handwriting input when required.'])('%s names no activity', (s) => {
    const j = judge(s);
    expect(j.specific).toBe(false);
    expect(j.elements.activity).toBe(false);
  });
  it.each(['Music therapy input.', 'Emotional literacy support when a trained assistant is free.'])('%s: a topic that is provision in itself keeps its activity', (s) => {
    expect(judge(s).elements.activity).toBe(true);
  });
  it('a counted one keeps its activity', () => {
    expect(judge('Up to 2 hours a week of teaching assistant support in science lessons.').elements.activity).toBe(true);
  });
});

describe('a flattened table line: a thing the child will use for all of a kind of work', () => {
  const child = new Set(['Maisie']);
  it.each([
    ['Maisie will use a tablet with a spellchecker for all written homework.', 'provision'],
    ['Maisie will have a scribe for all tests in maths and science.', 'provision'],
    ['By July 2027, Maisie will use a tablet with a spellchecker for all written homework, checking 9 out of 10 spellings.', 'outcome'],
    ['Maisie will use her word mat to spell 8 out of 10 topic words.', 'outcome'],
  ])('%s: %s', (line, want) => {
    expect(lineRole(line, child, rubric)).toBe(want);
  });
});

describe("an adult's expertise is not the what", () => {
  it('a vague word in what the worker is trained in neither hedges nor empties the provision', () => {
    const j = judge('A place at the county sports camp for 3 days in each of the Easter and summer holidays, with a coach experienced in supporting disabled children.');
    expect(j.elements.activity).toBe(true);
    expect(j.vague).toEqual([]);
    expect(j.specific).toBe(true);
  });
  it('support that is the provision stays vague', () => {
    expect(judge('Support with his reading from a teaching assistant trained in phonics.').specific).toBe(false);
  });
});
