// General causes of wrong advice verdicts found by the seventh held-out set (h30-h35), each on
// wording written for this test: a range in the advice is an amount, two recommendations with their
// own verbs in one sentence are two, and an arrangement placed in the child's own room or class says
// where it applies.
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { timesPerWeek } from '../../services/analyser/src/advice/verdict.ts';
import { findAmount, minutesPerWeek } from '../../services/analyser/src/quantities.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { adviceVerdicts, planWith as planAt } from './helpers.ts';

const planWith = (f: string[], g: string[] = []): Part[] => planAt(f, g, 'Copse Hill Primary School.');
const verdictsOf = (plan: Part[], advice: Part[]) => adviceVerdicts(plan, advice).map((v) => v.verdict);

describe('a range in the advice', () => {
  const advice: Part[] = [{ h: 'Recommendations' }, { li: 'Phonics catch-up teaching with a trained teaching assistant for 25-35 minutes, four times a week.' }];

  it('is an amount the plan is held to, not vague advice', () => {
    expect(verdictsOf(planWith(['Phonics catch-up teaching with a trained teaching assistant for 25-35 minutes, four times a week.']), advice)).toEqual(['carried']);
  });

  it('is diluted when the plan drops the length or leaves the amount open', () => {
    expect(verdictsOf(planWith(['Phonics catch-up teaching with a trained teaching assistant, four times a week.']), advice)).toEqual(['diluted']);
    expect(verdictsOf(planWith(['Phonics catch-up teaching with a trained teaching assistant as needed.']), advice)).toEqual(['diluted']);
  });

  it('of sessions, with their length, is read the same way', () => {
    const sessions: Part[] = [{ h: 'Recommendations' }, { li: 'Direct occupational therapy from an occupational therapist, 3-4 sessions a half term, each of 40 minutes.' }];
    expect(verdictsOf(planWith(['Direct occupational therapy from an occupational therapist, 3-4 sessions a half term.']), sessions)).toEqual(['diluted']);
  });

  it('"up to" still leaves the amount open', () => {
    const upTo: Part[] = [{ h: 'Recommendations' }, { li: 'Phonics catch-up teaching with a trained teaching assistant for up to 30 minutes a day.' }];
    expect(verdictsOf(planWith(['Phonics catch-up teaching with a trained teaching assistant.']), upTo)).toEqual(['adviceVague']);
  });
});

describe('two recommendations in one sentence', () => {
  it('are two when the second has its own verb', () => {
    const doc = buildDoc([{ h: 'Recommendations' }, { li: 'Adults should give instructions one step at a time across the day, and the SENCo should arrange 2 hours of attention training for the lunchtime staff this term.' }]);
    expect(extractRecommendations(doc).map((r) => r.text)).toEqual([
      'Adults should give instructions one step at a time across the day',
      'the SENCo should arrange 2 hours of attention training for the lunchtime staff this term.',
    ]);
    const doc2 = buildDoc([{ h: 'Recommendations' }, { li: 'Marek should have a locker on the ground floor and should be allowed to leave each lesson 3 minutes early.' }]);
    expect(extractRecommendations(doc2)).toHaveLength(2);
  });

  it('stay one when the second points back at the first', () => {
    const doc = buildDoc([{ h: 'Recommendations' }, { li: 'Marek should use his hearing loop in all lessons, and the form tutor should check it every morning.' }]);
    expect(extractRecommendations(doc)).toHaveLength(1);
  });

  it('each get their own verdict', () => {
    const advice: Part[] = [{ h: 'Recommendations' }, { li: 'Marek should have a locker on the ground floor and should be allowed to leave each lesson 3 minutes early.' }];
    expect(verdictsOf(planWith(['A locker on the ground floor.']), advice)).toEqual(['carried', 'missing']);
  });
});

describe('an arrangement placed in the child\'s own class or room', () => {
  it('says where it applies, so it is specific without a number', () => {
    const advice: Part[] = [{ h: 'Recommendations' }, { li: 'Blackout blinds fitted to the windows of her classroom.' }, { li: 'Widgit symbols used by every adult in his class.' }];
    expect(verdictsOf(planWith(['Blackout blinds fitted to the windows of her classroom.', 'Every adult in his class will use Widgit symbols.']), advice)).toEqual(['carried', 'carried']);
    expect(verdictsOf(planWith(['Symbols where appropriate.']), advice)).toEqual(['missing', 'diluted']);
  });
});

describe('staff training advised', () => {
  it('is answered by a statement that trains or briefs staff, not by the provision the training is for', () => {
    const advice: Part[] = [{ h: 'Recommendations' }, { li: 'All adults should use Widgit symbols with every spoken instruction.' }, { li: 'The teaching assistants should have 2 hours of Widgit training from the outreach teacher before half term.' }];
    const untrained = adviceVerdicts(planWith(['All adults will use Widgit symbols with every spoken instruction.']), advice);
    expect(untrained.map((v) => v.verdict)).toEqual(['carried', 'missing']);
    const briefed = adviceVerdicts(planWith(['All adults will use Widgit symbols with every spoken instruction.', 'Teaching assistants will be made aware of Widgit symbols.']), advice);
    expect(briefed.map((v) => v.verdict)).toEqual(['carried', 'diluted']);
  });

  it('does not answer direct teaching, and training named only as a purpose is not training', () => {
    const advice: Part[] = [{ h: 'Recommendations' }, { li: 'Direct teaching from a qualified teacher of vision impairment for 45 minutes a week, to teach braille.' }];
    const plan = planWith(['Support from the vision support service.'], ['Vision awareness training for staff, 1 hour each September, from a qualified teacher of vision impairment.']);
    expect(adviceVerdicts(plan, advice).map((v) => v.section)).not.toContain('G');
    const review: Part[] = [{ h: 'Recommendations' }, { li: 'A visit from the physiotherapist every half term, for 45 minutes, to check the programme and train staff.' }];
    expect(adviceVerdicts(planWith(['A visit from the physiotherapist every half term, for 45 minutes, to check the programme.']), review).map((v) => v.verdict)).not.toEqual(['missing']);
  });
});

describe('how often, in days and year groups', () => {
  it('counts the days or parts of a day a session recurs on', () => {
    expect(minutesPerWeek('Handwriting practice for 10 minutes, three afternoons a week.')).toBe(30);
    expect(minutesPerWeek('A 20-minute check-in 5 days a week.')).toBe(100);
  });

  it('does not read a year group as a period', () => {
    expect(minutesPerWeek('Maths tutoring from a Year 12 student for 20 minutes, two lunchtimes a week.')).toBe(40);
    expect(timesPerWeek('Peer mentoring with a Year 11 buddy twice a week.')).toBe(2);
    expect(findAmount('Peer mentoring with a Year 11 buddy.').oneOff).toBe(false);
  });

  it('so a plan that carries such a session word for word carries it', () => {
    const advice: Part[] = [{ h: 'Recommendations' }, { li: 'Spelling practice with a Year 6 buddy for 10 minutes, three mornings a week.' }];
    expect(verdictsOf(planWith(['Spelling practice with a Year 6 buddy for 10 minutes, three mornings a week.']), advice)).toEqual(['carried']);
    expect(verdictsOf(planWith(['Spelling practice with a Year 6 buddy for 10 minutes, one morning a week.']), advice)).toEqual(['diluted']);
  });
});

describe('a lesson called adapted and nothing more', () => {
  it('is advice to ask its author about, whatever the plan has', () => {
    const advice: Part[] = [{ h: 'Recommendations' }, { li: 'Sami would benefit from modified games lessons.' }, { li: 'A differentiated curriculum.' }];
    expect(verdictsOf(planWith(['A sloped writing board for all written work.']), advice)).toEqual(['adviceVague', 'adviceVague']);
  });

  it('is specific when the advice says how, or names a thing', () => {
    const advice: Part[] = [{ h: 'Recommendations' }, { li: 'Adapted games lessons, with a seated option for every running activity.' }, { li: 'An adapted keyboard with large keys for all written work.' }];
    expect(verdictsOf(planWith(['Adapted games lessons, with a seated option for every running activity.', 'An adapted keyboard with large keys for all written work.']), advice)).toEqual(['carried', 'carried']);
  });
});
