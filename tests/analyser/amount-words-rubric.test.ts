// The provision judge's and the amount reader's words are the rubric's: which vague terms give examples
// or limit an allowance (provisionCues.exampleTerms, allowanceTerms), what recurs each year, hours of a
// kind and a course's occasions (lists.yearlyOccasions, hoursKinds, courseNouns).
import { describe, expect, it } from 'vitest';
import { findAmount } from '../../services/analyser/src/quantities.ts';
import { judgeProvision } from '../../services/analyser/src/provision.ts';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { orgRubric } from './org-rubric.ts';

const standard = loadRubric();
const terms = (text: string, rubric = standard) => judgeProvision(text, rubric).vague.map((v) => v.term);

describe("the provision judge's vague terms by the rubric's names", () => {
  const none = orgRubric('vocabulary:\n  provisionCues:\n    allowanceTerms: []\n    exampleTerms: []\n');

  it('"up to" after an allowance limits what the child may take only while allowanceTerms names it', () => {
    const leave = 'A teaching assistant will allow him to leave the classroom for up to 10 minutes, 3 times a day.';
    expect(terms(leave)).not.toContain('up to');
    expect(terms(leave, none)).toContain('up to');
  });

  it("a trigger's examples leave the provision fixed only while exampleTerms names them", () => {
    const trigger = 'A teaching assistant will support him before any change to routine, such as a school trip, 20 minutes a day.';
    expect(terms(trigger)).not.toContain('such as');
    expect(terms(trigger, none)).toContain('such as');
  });
});

describe("the amount reader's words from the rubric's lists", () => {
  const none = orgRubric('vocabulary:\n  lists:\n    yearlyOccasions: [never]\n    hoursKinds: [never]\n    courseNouns: [never]\n');
  const more = orgRubric('vocabulary:\n  lists:\n    addHoursKinds: [respite]\n    addCourseNouns: [clinics]\n');

  it('an occasion each year recurs by yearlyOccasions', () => {
    expect(findAmount('Transition review each September.', standard).yearly).toBe(true);
    expect(findAmount('Transition review each September.', none).yearly).toBe(false);
  });

  it('hours of a kind are a length by hoursKinds', () => {
    expect(findAmount('25 school hours a week.', standard).length).toBe(true);
    expect(findAmount('25 school hours a week.', none).length).toBe(false);
    expect(findAmount('8 respite hours a month.', standard).length).toBe(false);
    expect(findAmount('8 respite hours a month.', more).length).toBe(true);
  });

  it("a course is counted in courseNouns' occasions", () => {
    expect(findAmount('Four visits of 1 hour from the specialist teacher.', standard).course).toBe(true);
    expect(findAmount('Four visits of 1 hour from the specialist teacher.', none).course).toBe(false);
    expect(findAmount('Four clinics of 1 hour with the physiotherapist.', standard).course).toBe(false);
    expect(findAmount('Four clinics of 1 hour with the physiotherapist.', more).course).toBe(true);
  });
});
