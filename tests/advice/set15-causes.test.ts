// General causes of wrong advice verdicts found by the fifteenth held-out set (h71-h75), each on
// wording written for this test: requests passed on through the parents in the second person.
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { judgeRecommendation } from '../../services/analyser/src/advice/verdict.ts';
import { ingest } from '../../services/ingest/src/index.ts';
import { rubric } from './helpers.ts';

const fromText = async (lines: string[]) => {
  const doc = await ingest(Buffer.from(lines.join('\n')), { name: 'advice.txt' });
  return extractRecommendations(doc, undefined, rubric);
};

describe('requests passed on through the parents, in the second person', () => {
  const letter = [
    'Community Paediatric Service', '',
    'Dear Ms Okafor,', '',
    'You asked me what you could ask the nursery to do for Femi. Here are my thoughts.', '',
    'You might ask whether Femi can have a visual timetable of the morning on the wall by his peg, changed each day.', '',
    'When it comes to assemblies, please ask that he sits at the end of a row near the door.', '',
    'You may wish to ask that his key worker spends 15 minutes with him on turn-taking games three times a week.', '',
    'It would also help if the setting told you by Thursday of any trips planned for the next week.', '',
    'I would suggest you ask for a named adult to meet him at the gate every morning.', '',
    'I think Femi would do better with more patience from the adults around him.', '',
    'Yours sincerely,',
  ];

  it('reads each request as a recommendation, and not the sentence that introduces them', async () => {
    const texts = (await fromText(letter)).map((r) => r.text);
    expect(texts).toEqual([
      'You might ask whether Femi can have a visual timetable of the morning on the wall by his peg, changed each day.',
      'When it comes to assemblies, please ask that he sits at the end of a row near the door.',
      'You may wish to ask that his key worker spends 15 minutes with him on turn-taking games three times a week.',
      'It would also help if the setting told you by Thursday of any trips planned for the next week.',
      'I would suggest you ask for a named adult to meet him at the gate every morning.',
      'I think Femi would do better with more patience from the adults around him.',
    ]);
  });

  it('does not read asking through the parents as a hedge', async () => {
    const recs = await fromText(letter);
    const why = (start: string) => judgeRecommendation(recs.find((r) => r.text.startsWith(start))!, rubric).vagueBecause;
    expect(why('You may wish to ask that his key worker')).toBeNull();
    expect(why('You might ask whether Femi')).toBeNull();
    expect(why('I would suggest you ask for a named adult')).toBeNull();
  });
});
