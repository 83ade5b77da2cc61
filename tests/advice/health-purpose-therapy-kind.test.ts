// Where advice belongs and which therapy answers it: physiotherapy aimed at the body (strength,
// balance, range of movement) is health provision and may be carried in G, while physiotherapy
// with no such aim, or for learning, educates and belongs in F (CFA s21(5); CoP 9.74); a statement
// naming only another kind of therapy does not answer the advice. Wording written for this test.
import { describe, expect, it } from 'vitest';
import { differentTherapy } from '../../services/analyser/src/advice/index.ts';
import { isEducational } from '../../services/analyser/src/advice/verdict.ts';
import { loadRubric } from '../../services/analyser/src/index.ts';
import type { Part } from '../analyser/build-doc.ts';
import { adviceVerdicts, planWith } from './helpers.ts';

const rec = (li: string): Part[] => [{ h: 'Recommendations' }, { li }];
const verdictOf = (f: string[], g: string[], advice: string) => adviceVerdicts(planWith(f, g, 'Elm Road Primary School.'), rec(advice)).map((v) => v.verdict);

describe('health advice in Section G', () => {
  it('physiotherapy for strength, balance or range of movement is carried in G', () => {
    const advice = 'Physiotherapy from a children\'s physiotherapist, 6 sessions a term of 30 minutes, to build core strength and balance.';
    expect(verdictOf(['Phonics teaching.'], ['Physiotherapy from a children\'s physiotherapist, 6 sessions a term of 30 minutes each.'], advice)).toEqual(['carried']);
    expect(verdictOf(['Phonics teaching.'], ['Physiotherapy from a children\'s physiotherapist, 2 sessions a term of 30 minutes each.'], advice)).toEqual(['diluted']);
  });

  it('physiotherapy with no bodily aim, or for handwriting, is moved out of F', () => {
    expect(verdictOf(['Phonics teaching.'], ['Direct physiotherapy in school from a physiotherapist, 40 minutes each fortnight.'], 'Direct physiotherapy in school from a physiotherapist, 40 minutes each fortnight.')).toEqual(['moved']);
    expect(isEducational('Physiotherapy for 30 minutes a week to improve pencil control for handwriting')).toBe(true);
    expect(isEducational('Use of a standing frame for 20 minutes each afternoon')).toBe(false);
    expect(isEducational('Stretches for range of movement at the knees')).toBe(false);
  });

  it('reads the rubric it is given: an organisation can add a health word', () => {
    const rubric = loadRubric();
    const own = structuredClone(rubric);
    own.vocabulary.lists.healthCare = [...own.vocabulary.lists.healthCare, 'gait'];
    expect(isEducational('Weekly gait practice with the physiotherapist', rubric)).toBe(true);
    expect(isEducational('Weekly gait practice with the physiotherapist', own)).toBe(false);
  });
});

describe('another kind of therapy', () => {
  it('does not answer the advice, however alike the words', () => {
    expect(differentTherapy('Hydrotherapy with a physiotherapist, 30 minutes a week', 'Physiotherapy from a physiotherapist, 30 minutes a week')).toBe(true);
    expect(differentTherapy('Music therapy once a week', 'Play therapy once a week')).toBe(true);
    expect(differentTherapy('Speech and language therapy weekly', 'SALT sessions weekly')).toBe(false);
    expect(differentTherapy('Sessions with a physiotherapist weekly', 'Hydrotherapy weekly')).toBe(false);
    expect(verdictOf(['Phonics teaching.'], ['Physiotherapy from a physiotherapist, 4 sessions a term of 45 minutes each.'], 'Hydrotherapy with a physiotherapist, one 30-minute session a week for a term.')).toEqual(['missing']);
  });
});

describe('amounts without a weekly rate', () => {
  it('a course of so many sessions is an amount, and a shorter course in the plan is diluted', () => {
    const advice = 'An eight-session course of family therapy from a CAMHS clinician.';
    expect(verdictOf(['Phonics teaching.'], ['An eight-session course of family therapy from a CAMHS clinician.'], advice)).toEqual(['carried']);
    const fewer = adviceVerdicts(planWith(['Phonics teaching.'], ['A 4-session course of family therapy from a CAMHS clinician.'], 'Elm Road Primary School.'), rec(advice));
    expect(fewer.map((v) => v.verdict)).toEqual(['diluted']);
    expect(fewer[0].detail).toContain('a course of 8, the plan gives 4');
  });

  it('a shorter session on the same day of the week is diluted: a weekday is a weekly rate', () => {
    const advice = 'A personal assistant for 5 hours each Sunday to support Maya to go to the climbing wall.';
    const v = adviceVerdicts(planWith(['Phonics teaching.'], [], 'Elm Road Primary School.').concat([{ h: 'Section H1: Social care provision' }, { li: 'A personal assistant for 2 hours each Sunday to support Maya to go to the climbing wall.' }]), rec(advice));
    expect(v.map((x) => x.verdict)).toEqual(['diluted']);
    // A session on a weekday is once a week, so the two compare as hours a week.
    expect(v[0].detail).toMatch(/5 hours (?:each time|a week), the plan gives (?:about )?2 hours/);
  });

  it('a shorter session with no rate either side is diluted by its length', () => {
    const advice = 'A personal assistant for 5 hours on match days to support Maya at the football ground.';
    const v = adviceVerdicts(planWith(['Phonics teaching.'], [], 'Elm Road Primary School.').concat([{ h: 'Section H1: Social care provision' }, { li: 'A personal assistant for 2 hours on match days to support Maya at the football ground.' }]), rec(advice));
    expect(v.map((x) => x.verdict)).toEqual(['diluted']);
    expect(v[0].detail).toContain('5 hours each time, the plan gives 2 hours');
  });
});

describe('synonyms for matching, from the rubric', () => {
  it('fold words for one thing to one token, and an organisation can add its own', async () => {
    const { tokens } = await import('../../services/analyser/src/advice/similarity.ts');
    expect(tokens('Preferential seating')).toEqual(tokens('a seat near the front'));
    expect(tokens('weekly SaLT sessions')).toContain('slt');
    const rubric = loadRubric();
    const own = structuredClone(rubric);
    own.vocabulary.matchSynonyms = [...own.vocabulary.matchSynonyms, { token: 'chewy', patterns: ['chew(?:y|able) (?:tube|toy|necklace)s?', 'chewellery'] }];
    expect(tokens('a chewy tube at his desk', undefined, rubric)).not.toContain('chewy');
    expect(tokens('a chewy tube at his desk', undefined, own)).toContain('chewy');
    expect(tokens('chewellery', undefined, own)).toEqual(['chewy']);
  });
});

describe('a social care assessment and its services', () => {
  const report = (items: string[]): Part[] => [
    { h: 'Short breaks assessment: social care advice from the Disabled Children\'s Team' },
    'Assessed by a registered social worker.',
    { h: '5. Recommended services' },
    ...items.map((t, i) => `5.${i + 1} ${t}`),
  ];
  const plan = (h1: string[]): Part[] => [...planWith(['Phonics teaching.'], [], 'Elm Road Primary School.'), { h: 'Section H1: Social care provision' }, ...h1.map((li) => ({ li }))];

  it('reads each numbered item under its recommendations heading, and a service it names sized by its trips is specific', () => {
    const v = adviceVerdicts(plan(['Transport to and from Maple House by the council\'s minibus service.']), report(['Transport to and from Maple House by the council\'s minibus service.', 'Adaptations to the family kitchen, including a lowered worktop.']));
    expect(v.map((x) => [x.verdict, x.section ?? null])).toEqual([['carried', 'H1'], ['missing', null]]);
  });
});

describe('where the advice comes from', () => {
  it('a nurse\'s advice carried in G is carried; a therapist\'s or teacher\'s is moved out of F', async () => {
    const { careSource } = await import('../../services/analyser/src/advice/verdict.ts');
    expect(careSource('Appendix F: Diabetes nurse specialist advice — R. Shah, Paediatric Diabetes Nurse')).toBe(true);
    expect(careSource('Northfield Council: social care assessment for the EHC needs assessment')).toBe(true);
    expect(careSource('Occupational therapy report, Children\'s Hospital')).toBe(false);
    expect(careSource('Advisory teacher report (hearing impairment)')).toBe(false);
    const nurse: Part[] = [{ h: 'Advice from the diabetes nurse specialist' }, { h: 'Recommendations' }, { li: 'Pia should be accompanied by an adult on every school trip.' }];
    const teacher: Part[] = [{ h: 'Advice from the advisory teacher' }, { h: 'Recommendations' }, { li: 'Pia should be accompanied by an adult on every school trip.' }];
    const plan = planWith(['Phonics teaching.'], ['Pia will be accompanied by an adult on every school trip.'], 'Elm Road Primary School.');
    expect(adviceVerdicts(plan, nurse).map((v) => v.verdict)).toEqual(['carried']);
    expect(adviceVerdicts(plan, teacher).map((v) => v.verdict)).toEqual(['moved']);
  });
});

describe('extra time by any name', () => {
  it('an extended lunch advised is answered, weaker, by extra time at lunch', () => {
    const v = adviceVerdicts(planWith(['Additional time at lunch when needed.', 'An eating plan shared with staff.'], [], 'Elm Road Primary School.'), rec('An extended lunch of 40 minutes, starting 5 minutes before the rest of the class.'));
    expect(v.map((x) => [x.verdict, x.section])).toEqual([['diluted', 'F']]);
  });
});

describe('prose under a recommendations heading', () => {
  it('a sentence about a document is not a recommendation; "might find it useful" is one, and vague', async () => {
    const { extractRecommendations } = await import('../../services/analyser/src/advice/index.ts');
    const { buildDoc } = await import('../analyser/build-doc.ts');
    const doc = buildDoc([{ h: 'Recommendations for home' }, 'The leaflet sent to Ada\'s carers lists calming activities (a warm bath, a weighted blanket, quiet music). Ada\'s carers might find it helpful to use one of these before bed.']);
    expect(extractRecommendations(doc).map((r) => r.text)).toEqual(['Ada\'s carers might find it helpful to use one of these before bed.']);
    const v = adviceVerdicts(planWith(['Phonics teaching.'], [], 'Elm Road Primary School.'), [{ h: 'Recommendations for home' }, 'Ada\'s carers might find it helpful to use one of these before bed.']);
    expect(v.map((x) => x.verdict)).toEqual(['adviceVague']);
  });
});

describe('a programme given only as an example, and a threshold', () => {
  it('a plan naming the advised programme after "such as" or with "or similar" is diluted; an unrelated example is not', () => {
    const advice = rec('A teaching assistant should run the Talk Boost programme with him twice a week for 30 minutes.');
    const verdict = (line: string) => adviceVerdicts(planWith([line], [], 'Elm Road Primary School.'), advice).map((v) => [v.verdict, v.detail]);
    expect(verdict('A language group such as Talk Boost, run by a teaching assistant twice a week for 30 minutes.')[0]).toEqual(['diluted', expect.stringContaining('only as an example')]);
    expect(verdict('Talk Boost or a similar programme, run by a teaching assistant twice a week for 30 minutes.')[0][0]).toBe('diluted');
    expect(verdict('The Talk Boost programme, run by a teaching assistant twice a week for 30 minutes in a quiet room away from distractions such as the corridor.')[0][0]).toBe('carried');
  });

  it('"more than a page" is a threshold, not an unmeasured "more"', () => {
    const v = adviceVerdicts(planWith(['A reading pen for any text of more than a page, in all lessons.'], [], 'Elm Road Primary School.'), rec('A reading pen for any text of more than a page, in all lessons.'));
    expect(v.map((x) => x.verdict)).toEqual(['carried']);
  });
});

describe('set 8 causes, on new wording', () => {
  it('a seat placed in the room is specific advice', () => {
    const v = adviceVerdicts(planWith(['A seat near the front of the classroom, away from the door, in every lesson.'], [], 'Elm Road Primary School.'), rec('Omar should sit near the front of the classroom, away from the door.'));
    expect(v.map((x) => x.verdict)).toEqual(['carried']);
  });

  it('a short untitled line above a list titles it and is not a recommendation', async () => {
    const { extractRecommendations } = await import('../../services/analyser/src/advice/index.ts');
    const { buildDoc } = await import('../analyser/build-doc.ts');
    const doc = buildDoc([{ h: 'Recommendations' }, 'Around the school', { li: 'A lift pass for moving between floors.' }, { li: 'Handrails on both sides of the main stairs.' }]);
    expect(extractRecommendations(doc).map((r) => [r.text, r.context])).toEqual([
      ['A lift pass for moving between floors.', 'Around the school'],
      ['Handrails on both sides of the main stairs.', 'Around the school'],
    ]);
  });

  it('who delivers does not make it educational: a speech and language therapist\'s feeding programme is health care', () => {
    expect(isEducational('A feeding programme with a speech and language therapist, 4 sessions of 30 minutes')).toBe(false);
    expect(isEducational('Speech and language therapy from a speech and language therapist, 6 sessions a term')).toBe(true);
    expect(isEducational('An occupational therapist to work on handwriting for 30 minutes a week')).toBe(true);
  });
});

describe('two clauses, and rescue medication by any name', () => {
  it('a pronoun far into the second clause points inside it, so the sentence is two recommendations', async () => {
    const { extractRecommendations } = await import('../../services/analyser/src/advice/index.ts');
    const { buildDoc } = await import('../analyser/build-doc.ts');
    const two = buildDoc([{ h: 'Recommendations' }, 'Noor should have a word mat on her desk in every lesson, and her teacher should help her plan longer answers by asking her to say them aloud first.']);
    expect(extractRecommendations(two)).toHaveLength(2);
    const one = buildDoc([{ h: 'Recommendations' }, 'Noor should use her hearing aids in every lesson, and the teaching assistant should check them each morning.']);
    expect(extractRecommendations(one)).toHaveLength(1);
  });

  it('buccal midazolam, emergency epilepsy medication and rescue medication are one thing to the matcher', async () => {
    const { tokens } = await import('../../services/analyser/src/advice/similarity.ts');
    expect(tokens('buccal midazolam')).toEqual(tokens('emergency epilepsy medication'));
    expect(tokens('rescue medication')).toEqual(['rescuemed']);
  });
});

describe('a range of lengths', () => {
  it('advice is carried by a length within its range, and a plan range gives its lower end', () => {
    const advice = rec('A fine motor group with a teaching assistant, 2 x 25-35 minutes per week.');
    const verdict = (line: string) => adviceVerdicts(planWith([line], [], 'Elm Road Primary School.'), advice).map((v) => [v.verdict, v.detail]);
    expect(verdict('A fine motor group with a teaching assistant, 2 x 25 minutes per week.')[0][0]).toBe('carried');
    expect(verdict('A fine motor group with a teaching assistant, 2 x 20 minutes per week.')[0]).toEqual(['diluted', expect.stringContaining('50 minutes a week, the plan gives about 40 minutes a week')]);
  });
});
