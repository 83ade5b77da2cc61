// The words advice is read by are the rubric's (vocabulary.lists: recommendHeadings, adviceCues,
// adviceBackground, adviceActions, the provider ranks, notDelivering*, unsizedWords, fixingRules,
// routineTimes): an organisation's own words reach only its output. Wording written for this test.
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { judgeRecommendation, providerRank } from '../../services/analyser/src/advice/verdict.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { orgRubric } from '../analyser/org-rubric.ts';
import { rubric as standard } from './helpers.ts';

const tyne = orgRubric([
  'vocabulary:',
  '  lists:',
  '    addRecommendHeadings: [ways forward]',
  '    addAdviceCues: [it is suggested that]',
  '    addAdviceBackground: [at interview]',
  '    addProviderSpecialistTeachers: [literacy consultants?]',
  '    addNotDeliveringLeads: [quality assured by]',
  '    addUnsizedWords: [plenty of]',
  '    addFixingRules: [in silence]',
  '    addRoutineTimes: [at tea ?time]',
  '    addTrainingDone: [finished]',
].join('\n') + '\n', 'tyne');

const texts = (parts: Part[], rubric = standard) => extractRecommendations(buildDoc(parts), undefined, rubric).map((r) => r.text);
const judged = (text: string, rubric = standard) => judgeRecommendation({ text, start: 0, end: text.length, context: '', title: '' }, rubric).vagueBecause;

describe("an organisation's words for reading advice", () => {
  it('a heading of its own introduces recommendations', () => {
    const parts: Part[] = [{ h: 'Ways forward' }, 'Reading with a teaching assistant for 20 minutes every day.'];
    expect(texts(parts, tyne)).toEqual(['Reading with a teaching assistant for 20 minutes every day.']);
    expect(texts(parts)).toEqual([]);
  });

  it('a cue of its own makes a sentence a recommendation, and background of its own does not', () => {
    const cue: Part[] = [{ h: 'Summary' }, 'It is suggested that Jude has a writing slope for all written work.'];
    expect(texts(cue, tyne)).toHaveLength(1);
    expect(texts(cue)).toEqual([]);
    const background: Part[] = [{ h: 'Summary' }, 'At interview Jude should have explained his worries more.'];
    expect(texts(background, tyne)).toEqual([]);
    expect(texts(background)).toHaveLength(1);
  });

  it('its own providers, and its own words for someone who does not deliver', () => {
    expect(providerRank('Weekly lessons with a literacy consultant', tyne).who).toBe('specialistTeacher');
    expect(providerRank('Weekly lessons with a literacy consultant').who).toBeNull();
    expect(providerRank('A programme quality assured by the speech and language therapist, delivered by a teaching assistant', tyne).who).toBe('assistant');
    expect(providerRank('A programme quality assured by the speech and language therapist, delivered by a teaching assistant').who).toBe('therapist');
  });

  it('its own words for training an assistant has done', () => {
    expect(providerRank('A teaching assistant who has finished ELKLAN training', tyne).who).toBe('trainedAssistant');
    expect(providerRank('A teaching assistant who has finished ELKLAN training').who).toBe('assistant');
  });

  it('its own unsized words, rules and times of day', () => {
    expect(judged('Lena should have plenty of breaks.', tyne)).toContain('"plenty of" is not measured');
    expect(judged('Lena should have plenty of breaks.')).not.toContain('plenty of');
    expect(judged('Lena should eat her lunch in silence.', tyne)).toBeNull();
    expect(judged('Lena should eat her lunch in silence.')).not.toBeNull();
    expect(judged('A drink of water at teatime.', tyne)).toBeNull();
    expect(judged('A drink of water at teatime.')).not.toBeNull();
  });
});
