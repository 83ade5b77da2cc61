// Text encodings, Markdown and plain-text structure, and DOCX structure (lists, merged cells, Title).
import { describe, expect, it } from 'vitest';
import type { Block, StructuredDocument } from '../../services/ingest/src/document.ts';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { makeDocx, strToU8, wLi, wP, wTbl, wTc } from './helpers/make-files.ts';

const parse = (bytes: Uint8Array, name = 'x') => parseDocument(bytes, name);
const kinds = (d: StructuredDocument) => d.blocks.map((b: Block) => `${b.kind}${b.kind === 'heading' ? b.level : b.kind === 'listItem' ? `:${b.depth}${b.ordered ? 'o' : 'u'}` : ''}`);

describe('text encodings', () => {
  const phrase = 'Speech and language therapy – 30 minutes weekly, “as agreed”, £40 café';
  it.each([
    ['UTF-8 without BOM', new Uint8Array(Buffer.from(phrase, 'utf8'))],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(phrase, 'utf8')])],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from(phrase, 'utf16le')])],
    ['UTF-16BE with BOM', new Uint8Array([0xfe, 0xff, ...Buffer.from(phrase, 'utf16le').swap16()])],
    ['Windows-1252', new Uint8Array([...Buffer.from('Speech and language therapy ', 'latin1'), 0x96, ...Buffer.from(' 30 minutes weekly, ', 'latin1'), 0x93, ...Buffer.from('as agreed', 'latin1'), 0x94, ...Buffer.from(', £40 café', 'latin1')])],
  ])('%s decodes to the same text', async (_l, bytes) => {
    const d = await parse(bytes);
    expect(d.mediaType).toBe('text/plain');
    expect(d.text).toBe(phrase);
  });
});

describe('plain text structure', () => {
  it('keeps the blank lines before each block (a flattened table’s empty cells and cell ends), in CRLF text too', async () => {
    const long = 'Support for learning difficulties may be required when children learn at a slower pace than their peers, even with differentiation.';
    for (const eol of ['\n', '\r\n']) {
      const text = [long, 'B – Special Educational Needs', 'F – Special Educational Provision', '', 'Sam cannot yet read.', '', '', '', 'Phonics daily.', 'Name\tSam Brook', 'After the table.', '', '- a bullet', '  ', 'Last.'].join(eol);
      const d = await parse(new Uint8Array(Buffer.from(text, 'utf8')));
      expect(d.blocks.map((b) => [b.kind === 'table' ? 'table' : b.text.slice(0, 12), b.kind === 'table' ? undefined : b.blankBefore])).toEqual([
        ['Support for ', 0],
        ['B – Special ', 0],
        ['F – Special ', 0],
        ['Sam cannot y', 1],
        ['Phonics dail', 3],
        ['table', undefined],
        ['After the ta', 0],
        ['a bullet', 1],
        ['Last.', 1],
      ]);
    }
  });

  it('has no blank-line counts where the format has no blank lines (DOCX)', async () => {
    const d = await parse(makeDocx([wP('Section F'), wP('Phonics daily.')].join('')));
    expect(d.blocks.every((b) => !('blankBefore' in b))).toBe(true);
  });

  it('finds conservative headings, lists with nesting, tab tables and paragraphs', async () => {
    const text = [
      'SECTION F: SPECIAL EDUCATIONAL PROVISION',
      '',
      'Section B – Special educational needs',
      '',
      'F. The help I will get',
      '',
      'Rowan will get help in class.',
      'He also gets help at lunch.',
      '',
      '• A teaching assistant for 25 hours a week.',
      '  - trained in ELKLAN',
      '• Speech therapy 3 x 30 minutes a week',
      '',
      'Need\tProvision\tWho',
      'Reading\tPhonics 5 x 20 minutes\tTA',
      '',
      'This sentence ends with a full stop.',
      '',
      'The school will review this plan every year and will tell the parents what has changed since the last review',
    ].join('\n');
    const d = await parse(strToU8(text));
    expect(kinds(d)).toEqual(['heading2', 'heading2', 'heading2', 'paragraph', 'paragraph', 'listItem:0u', 'listItem:1u', 'listItem:0u', 'table', 'paragraph', 'paragraph']);
    const items = d.blocks.filter((b) => b.kind === 'listItem');
    expect(items.map((b) => (b.kind === 'listItem' ? `${b.marker}|${b.text}` : ''))).toEqual(['•|A teaching assistant for 25 hours a week.', '-|trained in ELKLAN', '•|Speech therapy 3 x 30 minutes a week']);
    const t = d.blocks.find((b) => b.kind === 'table');
    expect(t?.kind === 'table' && t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['Need', 'Provision', 'Who'], ['Reading', 'Phonics 5 x 20 minutes', 'TA']]);
  });

  it('reads pipe lines as a table, across blank lines and one-cell lines that span it, with exact cell offsets', async () => {
    const text = ['Needs | Provision | How often', '', 'Cognition and learning', '', '| Mia reads at a Year 1 level. | Reading recovery | 5 x 20 minutes a week |', 'Mia loses her place. | Coloured overlay | Every lesson', '', 'Section G: Health care provision', '', 'One line with a pipe | alone is text.'].join('\n');
    const d = await parse(strToU8(text));
    expect(kinds(d)).toEqual(['table', 'heading2', 'paragraph']);
    const t = d.blocks[0];
    expect(t.kind === 'table' && t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['Needs', 'Provision', 'How often'], ['Cognition and learning'], ['Mia reads at a Year 1 level.', 'Reading recovery', '5 x 20 minutes a week'], ['Mia loses her place.', 'Coloured overlay', 'Every lesson']]);
    if (t.kind === 'table') for (const c of t.rows.flatMap((r) => r.cells)) expect(d.text.slice(c.start, c.end)).toBe(c.text);
  });

  it('reads a pipe line that opens with a pipe, in a table whose rows have none, as a row whose first cell is empty', async () => {
    const text = ['Difficulty | What school will do', 'Theo cannot tie his laces. | Lace-tying practice with the PE assistant, 5 minutes before each PE lesson', '| Elastic laces in his school shoes', 'Theo drops his pencil. | A triangular grip for every writing task', '', 'Sections D and H – Care needs and care provision', 'Care need | Care provision', 'None known. | None.'].join('\n');
    const d = await parse(strToU8(text));
    expect(kinds(d)).toEqual(['table', 'paragraph', 'table']);
    expect(cellsOf(d)).toEqual([['Difficulty', 'What school will do'], ['Theo cannot tie his laces.', 'Lace-tying practice with the PE assistant, 5 minutes before each PE lesson'], ['', 'Elastic laces in his school shoes'], ['Theo drops his pencil.', 'A triangular grip for every writing task']]);
    // "| a | b |" framing keeps its meaning: there, a leading pipe is the frame.
    expect(cellsOf(await parse(strToU8(['| Need | Help |', '| Reading | Phonics daily |'].join('\n'))))).toEqual([['Need', 'Help'], ['Reading', 'Phonics daily']]);
  });

  it('reads Word paragraphs drawn as pipe rows as a table, and one such paragraph alone as text', async () => {
    const d = await parse(makeDocx([wP('Area 2: Physical'), wP('Need | Provision'), wP('Kai tires on stairs. | A lift pass for every lesson change'), wP('| A rest break of 5 minutes each hour'), wP('Outcomes:'), wP('A single line | with a pipe stays a paragraph.')].join('')));
    expect(kinds(d)).toEqual(['paragraph', 'table', 'paragraph', 'paragraph']);
    expect(cellsOf(d)).toEqual([['Need', 'Provision'], ['Kai tires on stairs.', 'A lift pass for every lesson change'], ['', 'A rest break of 5 minutes each hour']]);
    const t = d.blocks[1];
    if (t.kind === 'table') for (const c of t.rows.flatMap((r) => r.cells)) expect(d.text.slice(c.start, c.end)).toBe(c.text);
    expect(d.blocks[3].kind === 'paragraph' && d.blocks[3].text).toBe('A single line | with a pipe stays a paragraph.');
  });

  it('reads one tab line of a label and its value as a one-row table, like the Word table it was pasted from', async () => {
    const d = await parse(strToU8(['Name\tMia Brook', '', 'Mia reads at a Year 1 level.\tShe loses her place.'].join('\n')));
    expect(kinds(d)).toEqual(['table', 'paragraph']);
    const t = d.blocks[0];
    expect(t.kind === 'table' && t.rows[0].cells.map((c) => d.text.slice(c.start, c.end))).toEqual(['Name', 'Mia Brook']);
  });

  const cellsOf = (d: StructuredDocument, i = 0) => {
    const t = d.blocks.filter((b) => b.kind === 'table')[i];
    if (t?.kind !== 'table') throw new Error('expected a table');
    return t.rows.map((r) => r.cells.map((c) => c.text));
  };

  it('reads a tab table pasted from Word whose cells run over several lines: a line without a tab goes on in the open cell', async () => {
    const text = [
      'Needs\tProvision\tOutcomes',
      'Ava reads at a Year 1 level.\tPhonics group, 4 x 20 minutes a week, led by a trained TA.',
      'A reading buddy every morning.',
      'Paired reading at home.\tBy July 2026, Ava will read a Year 2 book aloud.',
      'Ava finds it hard to start writing.\tA writing frame in every lesson.\tAva will write 3 sentences on her own.',
      '',
      'After the table.',
    ].join('\n');
    const d = await parse(strToU8(text));
    expect(kinds(d)).toEqual(['table', 'paragraph']);
    expect(cellsOf(d)).toEqual([
      ['Needs', 'Provision', 'Outcomes'],
      ['Ava reads at a Year 1 level.', 'Phonics group, 4 x 20 minutes a week, led by a trained TA. A reading buddy every morning. Paired reading at home.', 'By July 2026, Ava will read a Year 2 book aloud.'],
      ['Ava finds it hard to start writing.', 'A writing frame in every lesson.', 'Ava will write 3 sentences on her own.'],
    ]);
    // Each line of the cell is one of its paragraphs, as a DOCX cell keeps them.
    const t = d.blocks[0];
    const cell = t.kind === 'table' ? t.rows[1].cells[1] : undefined;
    expect(cell?.paragraphs?.map((p) => d.text.slice(p.start, p.end))).toEqual(['Phonics group, 4 x 20 minutes a week, led by a trained TA.', 'A reading buddy every morning.', 'Paired reading at home.']);
  });

  it('joins a header row wrapped onto a tab-led line, and a first cell whose paragraph ends before the tab', async () => {
    const wrapped = ['B – Special Educational Needs\tF – Special Educational Provision', '\t E – Outcomes', 'Sam has a stammer.\tSpeech therapy, 6 x 30 minutes a term.\tBy July, Sam will order a meal.'].join('\n');
    expect(cellsOf(await parse(strToU8(wrapped)))).toEqual([
      ['B – Special Educational Needs', 'F – Special Educational Provision', 'E – Outcomes'],
      ['Sam has a stammer.', 'Speech therapy, 6 x 30 minutes a term.', 'By July, Sam will order a meal.'],
    ]);
    const firstCell = ['C - Health care needs', '\tG – Health care provision', '\tE – Outcomes', 'Asthma.\tAn inhaler kept in class.\tSam will use his inhaler himself.'].join('\n');
    expect(cellsOf(await parse(strToU8(firstCell)))).toEqual([
      ['C - Health care needs', 'G – Health care provision', 'E – Outcomes'],
      ['Asthma.', 'An inhaler kept in class.', 'Sam will use his inhaler himself.'],
    ]);
  });

  it("keeps a last cell's further paragraph, on a line of its own after its row, in that cell (before a whole row or a row left blank)", async () => {
    const head = ['B – Special Educational Needs\tF – Special Educational Provision\tE – Outcomes'];
    const beforeRow = [...head, 'Rhys cannot yet manage money.\tTravel training, 3 x 2 hours a week.', 'Opportunities to use money.\tBy December 2026, I will catch the bus on my own.', 'I will be more independent with money.', 'Rhys has never had paid work.\tA supported internship on Mondays.\tBy June 2027, I will work a full shift.'].join('\n');
    expect(cellsOf(await parse(strToU8(beforeRow)))).toEqual([
      ['B – Special Educational Needs', 'F – Special Educational Provision', 'E – Outcomes'],
      ['Rhys cannot yet manage money.', 'Travel training, 3 x 2 hours a week. Opportunities to use money.', 'By December 2026, I will catch the bus on my own. I will be more independent with money.'],
      ['Rhys has never had paid work.', 'A supported internship on Mondays.', 'By June 2027, I will work a full shift.'],
    ]);
    // Rows left blank are lines of tabs alone: part of the table, not blank lines that end it.
    const beforeBlankRows = [...head, 'Immy reads slowly.\tDyslexia tuition, one 50-minute lesson a week.', 'Access to a laptop.\tBy July 2027, Immy will read a GCSE paper with a reader pen.', 'Immy will get better at spelling.', '\t\t', '\t\t', '', 'After the table.'].join('\n');
    const d = await parse(strToU8(beforeBlankRows));
    expect(kinds(d)).toEqual(['table', 'paragraph']);
    expect(cellsOf(d)[1][2]).toBe('By July 2027, Immy will read a GCSE paper with a reader pen. Immy will get better at spelling.');
    // A line of tabs alone with no table before it is still a blank line.
    expect(kinds(await parse(strToU8(['Name', '\t', 'Type', '\t'].join('\n'))))).toEqual(['heading3', 'heading3']);
  });

  it('keeps empty cells so that the columns line up, and places a short row by its tabs', async () => {
    const text = ['Provision\tFrequency\tDuration\tWho', 'Support in lessons\tAs required\t\tTA', '\tDaily\t10 minutes', 'Reading group\tWeekly\t30 minutes\tTeacher'].join('\n');
    expect(cellsOf(await parse(strToU8(text)))).toEqual([
      ['Provision', 'Frequency', 'Duration', 'Who'],
      ['Support in lessons', 'As required', '', 'TA'],
      ['', 'Daily', '10 minutes', ''],
      ['Reading group', 'Weekly', '30 minutes', 'Teacher'],
    ]);
  });

  it('ends a tab table at a section label between rows, and reads a short title between rows as a row spanning the table', async () => {
    const text = ['Need\tProvision', 'Communication and interaction', 'Ava has a stammer.\tSpeech therapy weekly.', 'Section G: Health care provision', 'An annual review by the paediatrician.'].join('\n');
    const d = await parse(strToU8(text));
    expect(kinds(d)[0]).toBe('table');
    expect(d.blocks[1].kind !== 'table' && d.blocks[1].text).toMatch(/^Section G: Health care provision/);
    expect(cellsOf(d)).toEqual([['Need', 'Provision'], ['Communication and interaction', ''], ['Ava has a stammer.', 'Speech therapy weekly.']]);
  });

  it('reads Word bullets with a tab after the marker as a list, not a table', async () => {
    const d = await parse(strToU8(['•\tA teaching assistant for 25 hours a week.', '•\tSpeech therapy 3 x 30 minutes a week.'].join('\n')));
    expect(kinds(d)).toEqual(['listItem:0u', 'listItem:0u']);
  });

  it('in hard-wrapped text a line opening with a section label after a sentence starts a new paragraph', async () => {
    const wrapped = ['Part 2 Special educational needs Noah has a language disorder and finds it hard', 'to follow spoken instructions in a busy classroom, so he often watches others.', 'Part 3 Health needs Noah has eczema on his hands and uses an emollient cream.', 'F. Provision: a language group with a teaching assistant three times a week', 'in a small room off the main classroom, using visual prompts and objects too.'].join('\n');
    const d = await parse(strToU8(wrapped));
    expect(d.blocks.map((b) => (b.kind === 'paragraph' ? b.text.slice(0, 12) : b.kind))).toEqual(['Part 2 Speci', 'Part 3 Healt', 'F. Provision']);
  });

  it('in hard-wrapped text a short labelled heading line, or the next decimal item, starts a new paragraph after a long line', async () => {
    const wrapped = ['Education setting: Carrow Hythe Sixth Form College   Date of this final plan: 27 February 2026', 'Part 2 – My story, my views and my hopes for the future', 'I am 17. I am into computer games, trains and drawing maps. I want to go to university to study', 'geography. I find crowds hard.', '7.4 Provision: a quiet room to go to at break times By whom: How often: as needed, with a pass', '7.5 Provision: written instructions for every practical task By whom: subject teachers'].join('\n');
    const d = await parse(strToU8(wrapped));
    expect(d.blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.text.slice(0, 12) : b.kind))).toEqual(['Education se', 'Part 2 – My ', 'I am 17. I a', '7.4 Provisio', '7.5 Provisio']);
  });

  it('in hard-wrapped text the next lettered item ("F3 …" after "F2 …") starts a new paragraph, a heading run in before the first or not', async () => {
    const wrapped = ['Part F: Provision – F2 Provision: a visual timetable on his desk for every lesson Provided by:', 'class teacher', 'F3 Provision: a fidget toy in carpet sessions, given by his teaching assistant Frequency: every', 'carpet session of the day, checked each morning', 'F4 Provision: a pencil grip for all writing tasks. This line is longer than the others on purpose.', 'E12 is not the next item of anything here and runs on from the line above it.'].join('\n');
    const d = await parseDocument(strToU8(wrapped), 'plan.txt');
    expect(d.blocks.map((b) => (b.kind === 'paragraph' ? b.text.slice(0, 16) : b.kind))).toEqual(['Part F: Provisio', 'F3 Provision: a ', 'F4 Provision: a ']);
  });

  it('joins hard-wrapped lines into one paragraph', async () => {
    const wrapped = 'Rowan will have a structured phonics programme delivered one to one by a\nteaching assistant who has been trained in the programme, five times a\nweek for twenty minutes.\n\nNext paragraph here.';
    const d = await parse(strToU8(wrapped));
    expect(d.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(d.blocks[0].kind === 'paragraph' && d.blocks[0].text).toBe('Rowan will have a structured phonics programme delivered one to one by a teaching assistant who has been trained in the programme, five times a week for twenty minutes.');
  });
});

describe('Markdown', () => {
  it('reads ATX and setext headings, nested and ordered lists, pipe tables, inline markup', async () => {
    const md = ['Plan title', '==========', '', '## Section F', '', 'Some **bold** and [a link](http://x).', '', '- one', '  - nested *two*', '1. first', '', '| Need | Who |', '|------|-----|', '| Reading \\| writing | TA |', '', 'Sub', '---'].join('\n');
    const d = await parse(strToU8(md));
    expect(d.mediaType).toBe('text/markdown');
    expect(kinds(d)).toEqual(['heading1', 'heading2', 'paragraph', 'listItem:0u', 'listItem:1u', 'listItem:0o', 'table', 'heading2']);
    expect(d.text).toContain('Some bold and a link.');
    expect(d.text).toContain('nested two');
    expect(d.text).toContain('Reading | writing\tTA');
  });
  it('a record\'s "Label: value" lines over a dashed rule stay lines, not a heading; a wrapped paragraph over one is joined', async () => {
    const md = ['Report', '======', '', 'Goal card 1 of 2', 'Goal: By June Sam will tie his laces.', 'Review date: June 2027', '-------------', 'Sam likes trains and', 'buses.', '-------------'].join('\n');
    const d = await parse(strToU8(md));
    expect(kinds(d)).toEqual(['heading1', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(d.blocks.map((b) => (b.kind === 'table' ? '' : b.text)).slice(2)).toEqual(['Goal: By June Sam will tie his laces.', 'Review date: June 2027', 'Sam likes trains and buses.']);
  });
  it('reads pipe rows pasted without a separator line as a table', async () => {
    const d = await parse(strToU8(['## Section F', '', 'Provision | Who | How often', 'Phonics group | TA | 4 x 20 minutes a week', '', 'After.'].join('\n')));
    expect(kinds(d)).toEqual(['heading2', 'table', 'paragraph']);
    const t = d.blocks[1];
    expect(t.kind === 'table' && t.rows[1].cells.map((c) => d.text.slice(c.start, c.end))).toEqual(['Phonics group', 'TA', '4 x 20 minutes a week']);
  });
});

describe('DOCX structure', () => {
  it('reads Title and heading styles, nested ordered and unordered lists', async () => {
    const body = [wP('Education, Health and Care Plan', 'Title'), wP('Section E: Outcomes', 'Heading1'), wLi('Read a Year 4 book', 2, 0), wLi('with 95% accuracy', 2, 1), wLi('Travel independently', 2, 0), wP('Section F', 'Heading2'), wLi('Therapy', 1, 0), wLi('weekly', 1, 1), wLi('by a SaLT', 1, 2)].join('');
    const d = await parse(makeDocx(body));
    expect(kinds(d)).toEqual(['heading1', 'heading1', 'listItem:0o', 'listItem:1o', 'listItem:0o', 'heading2', 'listItem:0u', 'listItem:1u', 'listItem:2u']);
    expect(d.blocks.map((b) => (b.kind === 'table' ? '' : b.text))).toContain('with 95% accuracy');
  });

  it('reads a box (a one-row, one-cell table around a section) as the heading, paragraphs and lists inside it', async () => {
    const box = `<w:tbl><w:tblGrid/><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:fill="E7E6E6"/></w:tcPr>${[
      wP('Section F: Special educational provision', 'Heading2'),
      wLi('Précis writing 1:1 with a TA, 20 minutes twice a week.', 1, 0),
      wLi('A reader for all tests, from the exams officer.', 1, 0),
    ].join('')}</w:tc></w:tr></w:tbl>`;
    const d = await parse(makeDocx(wP('Plan for Rafe', 'Title') + box + wTbl([[wTc(['Name']), wTc(['Rafe'])]])));
    expect(kinds(d)).toEqual(['heading1', 'heading2', 'listItem:0u', 'listItem:0u', 'table']);
    expect(d.blocks[2].kind !== 'table' && d.blocks[2].text).toBe('Précis writing 1:1 with a TA, 20 minutes twice a week.');
  });

  it('keeps table cells separate, joins paragraphs inside a cell, and keeps columns aligned under merged cells', async () => {
    const table = wTbl([
      [wTc(['Need']), wTc(['Provision']), wTc(['Who'])],
      [wTc(['Communication'], { vMerge: 'restart' }), wTc(['Speech therapy', '3 x 30 minutes a week']), wTc(['SaLT'])],
      [wTc([], { vMerge: 'continue' }), wTc(['Social skills group']), wTc(['TA'])],
      [wTc(['All areas: reviewed termly by the SENCo'], { span: 3 })],
    ]);
    const d = await parse(makeDocx(table));
    const t = d.blocks[0];
    if (t.kind !== 'table') throw new Error('expected a table');
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Need', 'Provision', 'Who'],
      ['Communication', 'Speech therapy 3 x 30 minutes a week', 'SaLT'],
      ['', 'Social skills group', 'TA'],
      ['All areas: reviewed termly by the SENCo', '', ''],
    ]);
    expect(d.text.split('\n')[1]).toBe('Communication\tSpeech therapy 3 x 30 minutes a week\tSaLT');
    // The cell under a merged one is marked as covered by it (its text applies to that row too); a
    // cell a merged cell spans across is not.
    expect(t.rows.map((r) => r.cells.map((c) => !!c.mergedAbove))).toEqual([
      [false, false, false],
      [false, false, false],
      [true, false, false],
      [false, false, false],
    ]);
  });
});
