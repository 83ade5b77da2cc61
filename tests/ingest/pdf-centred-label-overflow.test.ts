// A form laid out as a two-column ruled table (section title | its text), the title cell centred
// vertically beside a long text cell, and the table set wider than the page: its right border sits
// at the page's edge with the text running up to (and past) it. The title is still the heading of
// the text beside it, above all of that text, not a line in the middle of it. Invented child.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/parse.ts';
import { gridPdf } from './helpers/make-files.ts';

const BODY = [
  'A weekly 30-minute session of signing practice with a communication support worker,',
  'in a quiet room, to learn new signs for topic words in geography and science lessons.',
  'A visual timetable on the classroom wall, checked with Tobias at the start of each day.',
  'Subtitles switched on for every video shown in lessons, assemblies and school clubs too.',
  'A note-taker in every lesson where the teacher talks for more than ten minutes at a time.',
];

describe('a PDF form row with its title centred beside text that runs to the page edge', () => {
  it('reads the title first, then the text beside it, as one section', async () => {
    // Title cell 50-190, text cell 190-612 (the page is 612 wide); the text runs past 612.
    const text: Array<[number, number, number, string]> = BODY.map((t, k) => [196, 700 - 14 * k, 10, t]);
    text.push([55, 672, 10, 'Section F - Special educational provision']);
    const pdf = gridPdf(text, [50, 190, 612], [[716, 50, 612], [640, 50, 612]]);
    const d = await parseDocument(pdf, 'centred.pdf');
    const all = d.blocks.map((b) => ('text' in b ? b.text : b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n') : '')).join('\n');
    const title = all.indexOf('Section F - Special educational provision');
    expect(title).toBeGreaterThanOrEqual(0);
    for (const line of BODY) expect(all.indexOf(line.slice(0, 40)), line).toBeGreaterThan(title);
  });
});
