// The letter's own framing and the web report's note on a draft are the rubric's: an organisation's
// own wording reaches its letter and report, the default's everyone else's.
import { describe, expect, it } from 'vitest';
import { asRequest, inMyWords, renderLetter, renderLetterText } from '../../services/analyser/src/format/letter.ts';
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
  '  concern: "Esk concern:"',
  '  asking: "Esk ask:"',
  '  dear: "To {recipient} (Esk),"',
  '  lawList: Esk law',
  '  groups: { provision: Esk provision points }',
  '  rewriteLeads: { provision: Esk would say }',
  '  changeTo: "Esk: write {rewrite}{filled}."',
  '  notTimeBound: "Esk: no date."',
  '  firstPerson: [{ pattern: you, as: we, caseSensitive: true }]',
  'labels:',
  '  elements: { frequency: Esk how often }',
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

  it("label each point, group and request in the organisation's words only", () => {
    const own = renderLetter(report, { rubric: esk, childName: 'Maisie' });
    const def = renderLetter(report, { rubric: standard, childName: 'Maisie' });
    for (const l of [own.text, own.html, own.page]) {
      expect(l).toContain('Esk concern:');
      expect(l).toContain('Esk ask:');
      expect(l).toContain('Esk law');
      expect(l).toContain('Esk provision points');
      expect(l).not.toContain('My concern:');
    }
    expect(own.text).toContain('To [name of case officer] (Esk),');
    for (const l of [def.text, def.html]) {
      expect(l).toContain('My concern:');
      expect(l).toContain('What I am asking for:');
      expect(l).toContain('Help (provision) that is not specific enough');
      expect(l).not.toContain('Esk');
    }
    expect(def.text).toContain('Dear [name of case officer],');
  });

  it("make a request and the parent's own voice in the organisation's words", () => {
    expect(asRequest('Specific wording would say: "[who] will …"', standard)).toBe('Please change it to say something like "[who] will …", with the parts in square brackets filled in.');
    expect(asRequest('Esk would say: "x"', esk)).toBe('Esk: write "x".');
    expect(asRequest('Esk would say: "x"', standard)).toBe('Please esk would say: "x"');
    expect(inMyWords('you can ask; "you" stays', esk)).toBe('we can ask; "you" stays');
    expect(inMyWords('you can ask; "you" stays', standard)).toBe('I can ask; "you" stays');
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
