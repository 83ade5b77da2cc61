// A combined table exported as plain text, where a cell opens with an amendment mark on a line of its
// own ("[Added at the review of …]"). The mark is not the plan's statement, so the walk skips it, but
// the blank lines before it still stand for the cells before it: the line after the mark is in the
// mark's cell, not in the cell the mark's blank lines would otherwise be lost from. Invented children.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { findSections } from '../../services/analyser/src/sections.ts';

const text = (lines: string[], eol = '\n') => parseDocument(new Uint8Array(Buffer.from(lines.join(eol), 'utf8')), 'plan.txt');
const units = (doc: Awaited<ReturnType<typeof text>>) => Object.fromEntries(findSections(doc).map((s) => [s.key, s.units.filter((u) => !u.subheading && !u.template).map((u) => u.text)]));

const HEAD = [
  'Sections D (Social care needs which relate to the SEN) and H1 and H2 (Social care provision)',
  'Strengths',
  'Maisie helps her gran with the shopping on Saturdays.',
  '',
  'D – Social care needs which relate to the child or young person’s special educational needs or to a disability.',
  'H1 – Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970',
  'H2 - Other social care provision reasonably required by the learning difficulties or disabilities',
  'E – Outcomes',
];
const NEED = 'Maisie’s dad works nights and the family have no help at weekends.';
const MARK = '[AMENDED at annual review, 12 May 2027]';
const H2 = 'A youth club place with a 1:1 support worker every Saturday afternoon for 3 hours.';
const OUTCOME = 'By Easter 2027, Maisie will go to the youth club and stay for the whole session.';
const END = ['I - Placement', 'Name', '', 'Orchard Lane Primary School', ''];

describe('an amendment mark opening a cell after an empty H1 cell', () => {
  it('LibreOffice export (an empty cell is a blank line): the provision after the mark is H2', async () => {
    const u = units(await text([...HEAD, NEED, '', MARK, H2, OUTCOME, ...END]));
    expect(u.D).toContain(NEED);
    expect(u.H2).toEqual([H2]);
    expect(u.H1).toBeUndefined();
    expect(u.E).toEqual([OUTCOME]);
  });

  it("Word's plain-text save (a blank line after each cell): the provision after the mark is H2, not D", async () => {
    const head = HEAD.slice(0, 4).concat(HEAD.slice(4).flatMap((h) => [h, '']));
    const u = units(await text([...head, NEED, '', '', '', MARK, H2, '', OUTCOME, '', '', ...END], '\r\n'));
    expect(u.D).toEqual(expect.arrayContaining([NEED]));
    expect(u.D).not.toContain(H2);
    expect(u.H2).toEqual([H2]);
    expect(u.H1).toBeUndefined();
    expect(u.E).toEqual([OUTCOME]);
  });
});
