// What a deadline runs from and what it means are the rubric's: an organisation's own wording reaches
// its deadlines, the default's everyone else's.
import { describe, expect, it } from 'vitest';
import { finalPlan, phaseTransfer, representations, reviewDecision } from '../../services/analyser/src/deadlines.ts';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { orgRubric } from '../analyser/org-rubric.ts';

const standard = loadRubric();
const esk = orgRubric([
  'deadlines:',
  '  fromWhat:',
  '    finalPlan: "Esk received the request"',
  '  explanation:',
  '    finalPlan: "Esk 2.1: issue within {weeks} weeks, by {due}."',
  '    draftRepresentations: "Esk 2.2: {days} days, last day {due}."',
  '    countedFrom: " (Esk counted from {from})"',
  '    phaseTransfer: "Esk 2.3: September {year}, by {due}."',
].join('\n') + '\n');
const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("the deadlines' words", () => {
  it("are the organisation's own where it rewrites them, and the default's for everyone else", () => {
    expect(finalPlan(d('2026-03-02'), esk)).toMatchObject({ fromWhat: 'Esk received the request', explanation: 'Esk 2.1: issue within 20 weeks, by Monday 20 July 2026.' });
    expect(finalPlan(d('2026-03-02'), standard)).toMatchObject({
      fromWhat: 'the local authority received the request for an EHC needs assessment',
      explanation: 'The final plan must be issued within 20 weeks of the request for assessment: by Monday 20 July 2026, unless one of the narrow exceptions in regulation 13(3) applies.',
    });
    expect(representations('draftRepresentations', d('2026-03-03'), 'the date on the draft', esk).explanation).toBe('Esk 2.2: 15 days, last day Tuesday 17 March 2026. (Esk counted from the date on the draft)');
    expect(phaseTransfer(2027, false, null, esk).explanation).toBe('Esk 2.3: September 2027, by Monday 15 February 2027.');
    // What the organisation does not rewrite is the default's.
    expect(reviewDecision(d('2026-03-02'), esk).explanation).toBe(reviewDecision(d('2026-03-02'), standard).explanation);
    expect(phaseTransfer(2027, true, null, esk).explanation).toContain('post-16 education in September 2027');
  });
});
