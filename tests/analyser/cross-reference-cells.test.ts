// A cross-reference in a table cell or a line ("Music therapy (Section F)" in a personal budget's
// table) says where a thing is set out; it is not that section's heading and does not reopen a section
// the plan already had. A row with a figure in a cell ("£1,450") is data, never a header row. Invented
// child and lines.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { findSections, matchHeading, titlesOf } from '../../services/analyser/src/sections.ts';
import { makeDocx, wP, wTbl, wTc } from '../ingest/helpers/make-files.ts';

const F = 'Music therapy with an HCPC-registered music therapist, 1 x 45 minutes each week.';
const H2 = 'A place at the Saturday sports club, 10am to 1pm each week, with a 1:1 support worker.';

describe('a cross-reference to a section inside a cell', () => {
  it('a budget table in J naming F and H2 in its cells stays in J', async () => {
    const docx = makeDocx([
      wP('Section F: Special educational provision', 'Heading1'),
      wP(F),
      wP('Section H2: Other social care provision', 'Heading1'),
      wP(H2),
      wP('Section J: Personal budget', 'Heading1'),
      wTbl([
        [wTc(['Budget line']), wTc(['Amount a year']), wTc(['Arrangement'])],
        [wTc(['Music therapy (Section F)']), wTc(['£1,450']), wTc(['Direct payment to Mr Okafor to buy the sessions from an independent music therapist'])],
        [wTc(['Saturday sports club (Section H2)']), wTc(['£780']), wTc(['Direct payment to Mr Okafor'])],
      ]),
      wP('Section K: Advice and information', 'Heading1'),
      wP('K1 Advice from Mr Okafor (March 2026).'),
    ].join(''));
    const found = Object.fromEntries(findSections(await parseDocument(docx, 'plan.docx')).map((s) => [s.key, s.units.map((u) => u.text.split('\t')[0])]));
    expect(found.F).toEqual([F]);
    expect(found.H2).toEqual([H2]);
    // The second row's short cells read like a header's, but its figure makes it data.
    expect(found.J).toEqual(['Budget line', 'Music therapy (Section F)', 'Saturday sports club (Section H2)']);
  });

  it('the same lines as text stay in J too; a section\'s own title in brackets is still its heading', async () => {
    const lines = ['Section F – Special educational provision', F, 'Section J – Personal budget', 'Item', 'Yearly amount', 'Music therapy (Section F)', '£1,450', 'Section K – Advice and information', 'K1 Advice from Mr Okafor (March 2026).'];
    const doc = await parseDocument(new Uint8Array(Buffer.from(lines.join('\n'))), 'plan.txt');
    const found = Object.fromEntries(findSections(doc).map((s) => [s.key, s.units.map((u) => u.text)]));
    expect(found.F).toEqual([F]);
    expect(found.J).toContain('Music therapy (Section F)');
    const titles = titlesOf();
    expect(matchHeading(titles, 'Music therapy (Section F)', true, false)?.weak).toBe(true);
    expect(matchHeading(titles, 'Special educational provision (Section F)', true, false)?.weak).toBeFalsy();
    expect(matchHeading(titles, 'What I need help with (Section B)', true, false)?.weak).toBeFalsy();
  });
});
