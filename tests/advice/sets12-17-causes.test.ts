// General causes of wrong advice extraction and verdicts left in held-out sets 12 (h56-h60) and 17
// (h81-h85), each on wording written for this test (no sentence from a held-out set).
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { isEducational } from '../../services/analyser/src/advice/verdict.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';

const fromParts = (parts: Part[]) => extractRecommendations(buildDoc(parts, 'advice.txt'), undefined, rubric).map((r) => r.text);

describe('extraction', () => {
  it('reads items with no cue under a heading of advice for the plan itself, not under a title that only mentions it', () => {
    expect(fromParts([{ h: 'Summary' }, 'Milo enjoys building and sharing.', '--- Advice for the EHC plan ---', { li: 'The vision support teacher will call in twice each term to check his magnifier and lighting.' }])).toEqual([
      'The vision support teacher will call in twice each term to check his magnifier and lighting.',
    ]);
    expect(fromParts(['Vision report and advice for EHCP review', 'I was asked to write about Milo for his plan.', 'When we met he read large print slowly.'])).toEqual([]);
  });
});

describe('where advice belongs', () => {
  it('reads youth justice work as neither education nor health, and a learning mentor teaching a programme as education', () => {
    expect(isEducational('Dara should see his youth offending team worker for 45 minutes each fortnight while his referral order lasts.', rubric)).toBe(false);
    expect(isEducational('Dara should have a weekly 30-minute session with the learning mentor on managing conflict.', rubric)).toBe(true);
  });
});

describe('verdicts', () => {
  it('sizes a joint session with staff by how often it is held', () => {
    const got = adviceVerdicts(planWith(['Priya will have a laptop for all written work.']), [{ h: 'Recommendations' }, 'I recommend a joint session each half term in which I show her class teacher the calming strategies we use.']);
    expect(got.map((g) => g.verdict)).toEqual(['missing']);
  });

  it('answers advice for extra time and breaks in exams with the plan\'s access arrangements for exams', () => {
    const got = adviceVerdicts(planWith(['Ellis will have a laptop for all written work.', 'Access arrangements in examinations will be looked at by the SENCo.']), [
      { h: 'Recommendations' },
      'Ellis should have 25% additional time and a rest break every 30 minutes in all mock and final examinations.',
    ]);
    expect(got.map((g) => [g.verdict, g.matched])).toEqual([['diluted', 'Access arrangements in examinations will be looked at by the SENCo.']]);
  });

  it('reads "<who> to train all staff" as staff training, not matched to a statement whose deliverer is trained by that person', () => {
    const got = adviceVerdicts(planWith(['Nia can leave any lesson to use her inhaler, kept in her bag.'], ['Two trained members of staff will supervise Nia with her inhaler before PE and at lunch.']), [
      { h: 'Agreed actions' },
      { li: 'The asthma nurse to train all staff who teach Nia in spotting and managing an asthma attack, for one hour each September.' },
    ]);
    expect(got.map((g) => g.verdict)).toEqual(['missing']);
  });

  it('does not read the name the child goes by, in brackets after the full name, as a programme both share', () => {
    const plan: Part[] = ['Name: Jonathan (Jonny) Reeve', ...planWith(['Jonny will have a spelling programme taught 1:1 by a teacher for 20 minutes three times a week.'])];
    const got = adviceVerdicts(plan, [{ h: 'Recommendations' }, 'Jonny should have a sloping board for handwriting practice every day.']);
    expect(got.map((g) => g.verdict)).toEqual(['missing']);
  });
});
