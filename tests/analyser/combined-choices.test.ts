// A combined table for health and social care whose columns each name several sections in brackets
// ("Needs (C / D)", "Provision (G / H1 / H2)"), the first column a merged label ("Social care – D and
// H") over its rows, and provision cells that open with their section's letter ("H2: …"). Each cell
// goes to the section its letter or its row's label names. Invented child.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { findSections } from '../../services/analyser/src/sections.ts';
import { makeDocx, wP, wTbl, wTc } from '../ingest/helpers/make-files.ts';

const HEALTH_NEED = 'Yusuf has coeliac disease and must not eat gluten.';
const G = 'A dietitian reviews his school menu with the catering manager each September for 1 hour.';
const CARE_NEED = 'Yusuf\u2019s mother works evenings and he has nowhere to go after school.';
const H2 = 'An after-school club place with a support worker from 3.30pm to 6pm on four days a week.';

const docx = makeDocx([
  wP('Sections C, D, G and H: Health and social care', 'Heading1'),
  wTbl([
    [wTc(['Section']), wTc(['Needs (C / D)']), wTc(['Provision (G / H1 / H2)']), wTc(['Outcomes (E)'])],
    [wTc(['Health – C and G']), wTc([HEALTH_NEED]), wTc([`G: ${G}`]), wTc(['By July 2027, Yusuf will choose a gluten-free lunch himself every day.'])],
    [wTc(['Social care – D and H'], { vMerge: 'restart' }), wTc([CARE_NEED], { vMerge: 'restart' }), wTc(['H1: None.']), wTc(['By March 2027, Yusuf will stay at the club until his mother collects him.'], { vMerge: 'restart' })],
    [wTc([], { vMerge: 'continue' }), wTc([], { vMerge: 'continue' }), wTc([`H2: ${H2}`]), wTc([], { vMerge: 'continue' })],
  ]),
  wP('Section I: Placement', 'Heading1'),
  wP('Cedar Bank Primary School (mainstream).'),
].join(''));

describe('a combined table whose columns name several sections', () => {
  it('sends each cell to the section its letter or its row label names', async () => {
    const doc = await parseDocument(docx, 'plan.docx');
    const found = Object.fromEntries(findSections(doc).map((s) => [s.key, s.units.map((u) => u.text.trim())]));
    expect(found.C).toContain(HEALTH_NEED);
    expect(found.D).toContain(CARE_NEED);
    expect(found.G).toEqual([G]);
    expect(found.H2).toEqual([H2]);
    expect(found.H1).toEqual(['None.']);
  });
});
