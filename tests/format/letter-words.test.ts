// The letter's own framing and the web report's note on a draft are the rubric's: an organisation's
// own wording reaches its letter and report, the default's everyone else's.
import { describe, expect, it } from 'vitest';
import { renderLetter, renderLetterText } from '../../services/analyser/src/format/letter.ts';
import { renderSummary } from '../../services/analyser/src/format/html.ts';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { cleanReport, sampleReport } from './fixtures/sample-reports.ts';
import { orgRubric } from '../analyser/org-rubric.ts';

const standard = loadRubric();
const esk = orgRubric([
  'letter:',
  '  title: "Points on {child}\'s plan (Esk)"',
  '  openingDraft: "Esk opening about {child}."',
  '  draftInTime: "Esk: in time {cites}."',
  '  closing: "Esk closing."',
  '  noPoints: "Esk: nothing to raise."',
  '  draftNote: "Esk: a {draft} plan; {days} days ({reference})."',
].join('\n') + '\n');

describe("the letter's own words", () => {
  const report = sampleReport();

  it("are the organisation's own where it rewrites them, and the default's for everyone else", () => {
    const own = renderLetter(report, { rubric: esk, childName: 'Maisie' }).text;
    const def = renderLetter(report, { rubric: standard, childName: 'Maisie' }).text;
    expect(own).toContain("Points on Maisie's plan (Esk)");
    expect(own).toContain("Esk opening about Maisie. Esk: in time [1][2]. ");
    expect(own).toContain('Esk closing.');
    expect(own).not.toContain('Please send me the amended plan');
    expect(def).toContain('Education, Health and Care plan for Maisie: points to raise');
    expect(def).toContain('I am writing about the draft Education, Health and Care plan for Maisie');
    expect(def).toContain(standard.letter.closing);
    // What the organisation does not rewrite is the default's.
    expect(own).toContain("The help set out in Maisie's plan must be detailed and specific");
  });

  it("say there is nothing to raise in the organisation's words", () => {
    const clean = cleanReport();
    expect(renderLetterText(clean, { rubric: esk }, [])).toContain('Esk: nothing to raise.');
    expect(renderLetterText(clean, { rubric: standard }, [])).toContain('I have no points to raise at this stage.');
  });

  it("head a draft's web report with the organisation's note, its law escaped", () => {
    expect(renderSummary(report, { rubric: esk })).toContain(`<p class="note">Esk: a <strong>draft</strong> plan; 15 days (${standard.references.draftRepresentations}).</p>`);
    expect(renderSummary(report, { rubric: standard })).toContain('<p class="note">This looks like a <strong>draft</strong> plan. You have at least 15 days, counting the day it was sent to you as day 1');
  });
});
