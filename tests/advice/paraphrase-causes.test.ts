// General causes of wrong advice verdicts found by the ninth held-out set (h41-h45), each on wording
// written for this test: the plan names the advised thing in other words (synonyms from the rubric),
// names only who provides, writes an amount in words ("a quarter of an hour", "two PE lessons each
// week", "eight fortnightly sessions"), a teacher's qualification or an assistant's training in a
// clause, equipment without saying where it is used, a routine at another time of day; and advice
// that points at itself or reports someone's words is not a recommendation.
import { describe, expect, it } from 'vitest';
import { differentTimeOfDay, extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { tokens } from '../../services/analyser/src/advice/similarity.ts';
import { courseLength, isEducational, judgeRecommendation, providerRank, timesPerWeek } from '../../services/analyser/src/advice/verdict.ts';
import { minutesPerWeek, sessionMinutes } from '../../services/analyser/src/quantities.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { orgRubric } from '../analyser/org-rubric.ts';
import { adviceVerdicts, planWith as planAt, rubric } from './helpers.ts';

const planWith = (f: string[], g: string[] = []): Part[] => planAt(f, g, 'Hollins Lane Primary School.');
const rec = (li: string): Part[] => [{ h: 'Recommendations' }, { li }];
const verdictOf = (f: string[], g: string[], advice: string) => adviceVerdicts(planWith(f, g), rec(advice)).map((v) => v.verdict);
const shared = (a: string, b: string) => tokens(a, undefined, rubric).filter((t) => tokens(b, undefined, rubric).includes(t));

describe('the same thing in other words', () => {
  it.each([
    ['a picture timetable for the morning', 'a visual schedule on her table', 'vistimetable'],
    ['closed captions on every film', 'subtitled videos', 'subtitle'],
    ['a low-stimulus room to go to', 'a calm corner in the classroom', 'calmspace'],
    ['new topic words explained to him ahead of each unit', 'pre-teaching of the words he will meet', 'preteach'],
    ['key words for the topic', 'subject vocabulary', 'vocab'],
    ['learning to touch type', 'touch-typing lessons', 'typing'],
    ['the kitchen staff will list the carbs', 'the catering manager', 'catering'],
    ['the carbohydrate value of each meal', 'counting the carbs in her packed lunch', 'carbcount'],
    ['an FM system worn by the teacher', 'a remote microphone', 'radioaid'],
    ['noise-cancelling headphones in the hall', 'ear defenders', 'eardefender'],
    ['a scanning pen for worksheets', 'a reader pen', 'readpen'],
    ['sessions with a child psychologist', 'input from CAMHS', 'mentalhealth'],
    ['CBT for low mood', 'cognitive behavioural therapy', 'cbt'],
  ])('"%s" and "%s" share %s', (a, b, token) => {
    expect(shared(a, b)).toContain(token);
  });

  it('carries a picture schedule for a visual timetable, and dilutes a quiet-area hedge for a calm space', () => {
    expect(verdictOf(['Nadia will have a picture schedule of the whole day on her desk, with any change shown to her in advance.'], [], 'A visual timetable of the whole day on her desk, with changes shown to her before they happen.')).toEqual(['carried']);
    expect(verdictOf(['A quiet room if available.'], [], 'A calm room she can use when upset, in every lesson and at breaktime.')).toEqual(['diluted']);
  });

  it('dilutes words introduced before lessons for pre-teaching with an amount', () => {
    expect(verdictOf(['New topic words will be explained before lessons.'], [], 'Pre-teaching of new topic vocabulary by a teaching assistant, 2 x 15 minutes a week.')).toEqual(['diluted']);
  });

  it('an organisation adds its own synonyms, which reach only its output', () => {
    const own = orgRubric('vocabulary:\n  matchSynonyms:\n    - { token: sloped, patterns: [\'wedge board\', \'angled desk\'] }\n');
    expect(tokens('a wedge board', undefined, own)).toEqual(['sloped']);
    expect(tokens('a wedge board', undefined, rubric)).not.toContain('sloped');
  });
});

describe('a statement that names only who provides', () => {
  it('answers advice for that professional\'s work, and is diluted', () => {
    expect(verdictOf(['Reading books at home.', 'Input from the vision support team every half term.'], [], 'Direct teaching of braille from a qualified teacher of the visually impaired for 45 minutes every week.')).toEqual(['diluted']);
  });
});

describe('amounts in words', () => {
  it.each([
    ['a quarter of an hour each school day', 15, 75],
    ['three-quarters of an hour twice a week', 45, 90],
    ['two half-hour lessons a week', 30, 60],
    ['half an hour every day', 30, 150],
  ])('"%s" is %d minutes a time, %d a week', (text, each, week) => {
    expect(sessionMinutes(text, rubric)).toBe(each);
    expect(minutesPerWeek(text, rubric)).toBe(week);
  });

  it('counts lessons of a kind in a week, and no number inside a word', () => {
    expect(timesPerWeek('in his three science lessons each week', rubric)).toBe(3);
    expect(timesPerWeek('every school day', rubric)).toBe(5);
    expect(minutesPerWeek('Intention Mapping sessions every day for 10 minutes', rubric)).toBe(50);
  });

  it('reads a count of sessions at a rate as a course', () => {
    expect(courseLength('six weekly sessions of art therapy', rubric)).toBe(6);
    expect(courseLength('10 fortnightly group sessions', rubric)).toBe(10);
    expect(courseLength('three sessions a week', rubric)).toBeNull();
  });

  it('the same lessons counted in the plan carry "every lesson (twice a week)"', () => {
    expect(verdictOf(['In his two swimming lessons each week, the swimming teacher will use the float exercises from his physiotherapy programme.'], [], 'Swimming adapted with the float exercises from his physiotherapy programme, in every swimming lesson	Swimming teacher	Twice a week')).toEqual(['carried']);
  });
});

describe('who delivers, said in a clause', () => {
  it.each([
    ['a teacher who holds a postgraduate SpLD qualification', 'specialistTeacher'],
    ['a teacher with an AMBDA accreditation', 'specialistTeacher'],
    ['a teaching assistant who has completed Attention Autism training', 'trainedAssistant'],
    ['the class teacher with the occupational therapist', 'teacher'],
    ['a teacher', 'teacher'],
  ])('"%s" is a %s', (text, who) => {
    expect(providerRank(text).who).toBe(who);
  });

  it('whoever writes a plan made once provides it', () => {
    expect(verdictOf(['A moving and handling plan, drawn up by the SENCo with advice from the occupational therapist and reviewed each September.'], [], 'A moving and handling plan	The SENCo with the occupational therapist	Written this term and reviewed each September')).toEqual(['carried']);
  });
});

describe('equipment without when or where', () => {
  it('is diluted when the advice says where it is used', () => {
    expect(verdictOf(['A wobble cushion will be provided.'], [], 'A wobble cushion	On his chair	For all carpet and table work')).toEqual(['diluted']);
    expect(verdictOf(['A wobble cushion on his chair for all carpet and table work.'], [], 'A wobble cushion	On his chair	For all carpet and table work')).toEqual(['carried']);
  });
});

describe('vague or specific advice', () => {
  it('"a flexible approach to" a lesson or homework does not say how', () => {
    expect(judgeRecommendation({ text: 'Maisie would benefit from a flexible approach to PE.', start: 0, end: 0, context: '', title: '' }, rubric).vagueBecause).toContain('flexible approach to PE');
  });

  it('a relative clause "a place where he can" is not a hedge', () => {
    expect(judgeRecommendation({ text: 'A beanbag in a corner where he can read on his own, in every English lesson.', start: 0, end: 0, context: '', title: '' }, rubric).vagueBecause).toBeNull();
  });

  it('training sized by how many adults are trained is specific', () => {
    expect(judgeRecommendation({ text: 'At least three members of staff should be trained by the community nurse to use his feeding pump.', start: 0, end: 0, context: '', title: '' }, rubric).vagueBecause).toBeNull();
    expect(judgeRecommendation({ text: 'Staff should be trained in his feeding pump.', start: 0, end: 0, context: '', title: '' }, rubric).vagueBecause).not.toBeNull();
  });

  it('therapy for muscle length, and advice from a mental health service, are health care', () => {
    expect(isEducational('Stretches for her hamstrings every day', rubric)).toBe(false);
    expect(isEducational('Ten sessions of CBT for panic attacks', rubric, 'Northfield Mental Health Service – Psychology advice')).toBe(false);
  });
});

describe('a routine at another time of day', () => {
  it('is not the answer to the advice', () => {
    expect(differentTimeOfDay('a 5-minute check-out with his mentor at home time', 'a check-in with his mentor every morning', rubric)).toBe(true);
    expect(differentTimeOfDay('a check-in at registration', 'a check-in each morning', rubric)).toBe(false);
    expect(verdictOf(['Every morning, Leo will meet his mentor for 10 minutes to go through his timetable.'], [], 'A 10-minute check-out with his mentor at the end of each school day, to go over what went well.')).toEqual(['missing']);
  });

  it('reads an organisation\'s own times of day', () => {
    const own = orgRubric('vocabulary:\n  lists:\n    addTimesOfDay: [\'twilight club\']\n');
    expect(differentTimeOfDay('games at twilight club', 'games at lunchtime', own)).toBe(true);
    expect(differentTimeOfDay('games at twilight club', 'games at lunchtime', rubric)).toBe(false);
  });
});

describe('sentences that are not recommendations', () => {
  const recsOf = (parts: Part[]) => extractRecommendations(buildDoc(parts), undefined, rubric).map((r) => r.text);

  it('a pointer to what follows or to advice given elsewhere', () => {
    const texts = recsOf([{ h: 'Recommendations' }, 'We recommend the following for home and school.', 'Our advice on sleep is sent to the family separately.', { li: 'A wobble cushion on his chair for all carpet work.' }]);
    expect(texts).toEqual(['A wobble cushion on his chair for all carpet work.']);
  });

  it('someone\'s reported words, opening the sentence', () => {
    const texts = recsOf([{ h: 'Views' }, 'He said he thinks he should go to the college his brother went to.', 'Rosa should have a mentor for 30 minutes a week, since she told me that lunchtimes are hard.']);
    expect(texts).toEqual(['Rosa should have a mentor for 30 minutes a week, since she told me that lunchtimes are hard.']);
  });
});
