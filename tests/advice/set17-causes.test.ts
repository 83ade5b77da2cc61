// General causes of wrong advice verdicts found by the seventeenth held-out set (h81-h85), each on
// wording written for this test (no sentence from a held-out set).
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { judgeRecommendation } from '../../services/analyser/src/advice/verdict.ts';
import { ingest } from '../../services/ingest/src/index.ts';
import { rubric } from './helpers.ts';

const fromText = async (lines: string[]) => {
  const doc = await ingest(Buffer.from(lines.join('\n')), { name: 'advice.txt' });
  return extractRecommendations(doc, undefined, rubric).map((r) => r.text);
};

describe('"<who> to <verb>" items under an actions heading', () => {
  it('reads each numbered item under "Agreed actions" as a recommendation', async () => {
    const texts = await fromText([
      'Educational psychology consultation note', '',
      'Discussion',
      '- Milo finds reading aloud in class stressful.', '',
      'Agreed actions (for the plan)',
      '1. Milo to have a 20-minute reading session with a teaching assistant four times a week.',
      '2. Parents to be sent a weekly home-school diary every Friday.',
      '3. Psychologist to observe Milo in maths before the February half term.',
      '4. School to offer Milo a quiet place to work during spelling tests.', '',
    ]);
    expect(texts).toHaveLength(4);
    expect(texts[1]).toMatch(/^Parents to be sent/);
  });

  it('reads bullets under a heading of "Actions" alone the same way', async () => {
    const texts = await fromText([
      'Review meeting record', '',
      'Actions',
      '- Teacher to move Priya nearer the board from Monday.',
      '- SENCo to book a hearing test with the audiology clinic this term.', '',
    ]);
    expect(texts).toEqual(['Teacher to move Priya nearer the board from Monday.', 'SENCo to book a hearing test with the audiology clinic this term.']);
  });
});

describe('lines that are not recommendations', () => {
  it('does not read a note on how to read or record the list as one', async () => {
    const texts = await fromText([
      'Occupational therapy report', '',
      'Recommendations',
      'Every item should be read as a separate piece of advice. I ask that the following be added to the plan.',
      '1. A writing slope for all written work.', '',
      'Advice',
      'The following recommendations should be included in his support plan.',
      '- A wobble cushion on his chair in every lesson.', '',
    ]);
    expect(texts).toEqual(['A writing slope for all written work.', 'A wobble cushion on his chair in every lesson.']);
  });

  it("does not read the author's own offer or clinic follow-up as one, but keeps one that also recommends", async () => {
    const texts = await fromText([
      'Physiotherapy report', '',
      'Recommendations',
      '1. Leo should do his stretches for 10 minutes every morning with an assistant.', '',
      'I am glad to meet his new teacher before September.',
      'We will see Leo in our clinic again in six months.',
      'I would be happy to visit the school, and I recommend that his class teacher joins that visit.',
      'We will continue to see Leo in the orthopaedic clinic every four months.', '',
    ]);
    expect(texts).toEqual([
      'Leo should do his stretches for 10 minutes every morning with an assistant.',
      'I would be happy to visit the school, and I recommend that his class teacher joins that visit.',
      'We will continue to see Leo in the orthopaedic clinic every four months.',
    ]);
  });

  it('does not read what the child did at the meeting as one, under an action plan heading', async () => {
    const texts = await fromText([
      'Transition review', '',
      'Action plan',
      'Nadia came to the review with her support worker.', '',
      '- Nadia should visit her new school twice before the summer holiday.',
    ]);
    expect(texts).toEqual(['Nadia should visit her new school twice before the summer holiday.']);
  });
});

describe('a recommendation with a participle clause', () => {
  it('keeps ", listing A and B" in the one recommendation', async () => {
    const texts = await fromText([
      'Specialist teacher report', '',
      'Recommendations',
      '- Ruby should have a pupil passport written by her class teacher before she moves class, listing the signs she is anxious and the adults she needs to go to.', '',
    ]);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/adults she needs to go to/);
  });

  it('still splits two recommendations joined after a plain clause', async () => {
    const texts = await fromText([
      'Specialist teacher report', '',
      'Recommendations',
      '- Ruby should have a 20-minute social skills session each week, and the class teacher should meet her mother every half term.', '',
    ]);
    expect(texts).toHaveLength(2);
  });
});

describe('advice sized by a date or by the edges of an activity', () => {
  const why = (text: string) => judgeRecommendation({ text, context: 'Recommendations', start: 0, end: text.length, title: '' }, rubric).vagueBecause;

  it('reads a one-off to be done by a date as specific', () => {
    expect(why('Blackout blinds should be put up in the hall by the end of the summer term 2027.')).toBeNull();
    expect(why('A handrail should be fitted beside the stairs to the library before September 2027.')).toBeNull();
  });

  it('reads a strategy used at the start and end of each activity as specific', () => {
    expect(why('Adults should sing the tidy-up song at the start and end of each small-group session to help Ivo change task.')).toBeNull();
  });

  it('still reads a session given only a start date, or a strategy with no occasion, as vague', () => {
    expect(why('The therapist should give sessions by the spring term.')).not.toBeNull();
    expect(why('Adults should sing the tidy-up song to help Ivo change task.')).not.toBeNull();
  });
});
