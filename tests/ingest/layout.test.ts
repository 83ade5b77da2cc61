// Layout that is hard to get right: the plan of tests/fixtures/ingest/hard.ts as DOCX, as a
// LibreOffice PDF (glyph bullets, ruled tables whose cells touch) and as a Chromium PDF (bullets
// drawn as shapes, repeated table header, rows across a page break), plus the pieces one by one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, StructuredDocument } from '../../services/ingest/src/document.ts';
import { parseDocument } from '../../services/ingest/src/parse.ts';
import { pageGraphics } from '../../services/ingest/src/pdf-graphics.ts';
import { appendLine } from '../../services/ingest/src/pdf-layout.ts';
import { HARD, hardSignatures } from '../fixtures/ingest/hard.ts';
import { helveticaWidth, makeDocx, ruledTablePdf, strToU8, textPagesPdf, textPdf, wP, wrapHelvetica } from './helpers/make-files.ts';

const DIR = join(import.meta.dirname, '../fixtures/ingest');
const FILES = { docx: 'hard.docx', loPdf: 'hard-libreoffice.pdf', chromePdf: 'hard-chromium.pdf' } as const;
type Key = keyof typeof FILES;
const docs = {} as Record<Key, StructuredDocument>;

beforeAll(async () => {
  for (const [k, f] of Object.entries(FILES)) docs[k as Key] = await parseDocument(new Uint8Array(readFileSync(join(DIR, f))), f);
});

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
function signature(b: Block): string {
  if (b.kind === 'table') return `table: ${b.rows.map((r) => r.cells.map((c) => ws(c.text)).join(' | ')).join(' // ')}`;
  if (b.kind === 'listItem') return `listItem(${b.depth},${b.ordered ? 'ordered' : 'unordered'}): ${b.text}`;
  return `${b.kind}: ${b.text}`;
}
const keys = Object.keys(FILES) as Key[];
function headingLevel(d: StructuredDocument, text: string): number | undefined {
  const b = d.blocks.find((x) => x.kind === 'heading' && x.text === text);
  return b?.kind === 'heading' ? b.level : undefined;
}

describe('a plan laid out the hard way', () => {
  it.each(keys)('%s gives exactly the blocks of the plan, in order', (k) => {
    expect(docs[k].blocks.map(signature)).toEqual(hardSignatures());
  });

  it.each(keys)('%s ranks headings: larger first, body-size bold last', (k) => {
    const d = docs[k];
    expect(headingLevel(d, 'Education, Health and Care Plan')).toBe(1);
    expect(headingLevel(d, 'Provision over the year')).toBe(2);
    expect(headingLevel(d, 'Section A: Views, interests and aspirations')).toBe(3);
  });

  it('finds bullets drawn as shapes (Chromium) and keeps typed glyph markers and letters', () => {
    const items = docs.chromePdf.blocks.filter((b) => b.kind === 'listItem');
    const marker = (start: string) => items.find((b) => b.text.startsWith(start));
    expect(marker('She needs instructions')).toMatchObject({ marker: '•', ordered: false, depth: 0 });
    expect(marker('She uses a timer')).toMatchObject({ depth: 1 });
    expect(marker('Educational psychology advice')).toMatchObject({ marker: '•', ordered: false });
    expect(marker('A reading intervention')).toMatchObject({ marker: '▪', ordered: false });
    expect(marker('A visual checklist')).toMatchObject({ marker: '–', ordered: false });
    expect(marker('in English lessons')).toMatchObject({ marker: 'a.', ordered: true });
    expect(marker('By July 2026')).toMatchObject({ marker: '2.', ordered: true });
  });

  it.each(['loPdf', 'chromePdf'] as const)('%s keeps a long ruled table one row per row across the page break, header once', (k) => {
    const d = docs[k];
    const table = d.blocks.find((b) => b.kind === 'table' && b.rows[0].cells[0].text === 'Need');
    if (!table || table.kind !== 'table') throw new Error('no table');
    expect(table.rows).toHaveLength(15);
    expect(new Set(table.rows.map((r) => r.page)).size).toBeGreaterThan(1);
    table.rows.slice(1).forEach((r, i) => {
      expect(r.cells.map((c) => c.text)).toEqual([`Need ${i + 1}`, expect.stringMatching(new RegExp(`^Small group teaching .* \\(programme ${i + 1}\\)\\.$`)), `${i + 2} x 30 minutes each week`]);
    });
  });

  it.each(['loPdf', 'chromePdf'] as const)('%s drops running headers and "Page N of M" footers', (k) => {
    expect(docs[k].text).not.toMatch(/Page \d+ of \d+|OFFICIAL - SENSITIVE|17\/02\/2013/);
    expect(docs[k].pages).toBeGreaterThan(1);
  });

  it.each(keys)('%s keeps each paragraph of a multi-paragraph cell as its own span, and a one-paragraph cell whole', (k) => {
    const d = docs[k];
    const table = d.blocks.find((b) => b.kind === 'table' && b.rows[0].cells[0].text === 'Provision');
    if (!table || table.kind !== 'table') throw new Error('no table');
    const cell = table.rows.map((r) => r.cells[0]).find((c) => c.text.startsWith('Access arrangements'));
    expect(cell?.paragraphs?.map((p) => d.text.slice(p.start, p.end))).toEqual(['Access arrangements for tests and examinations.', 'A reader and 25% extra time.']);
    // A cell whose one paragraph wraps over lines is not split at its line ends.
    expect(table.rows[1].cells[0].paragraphs).toBeUndefined();
    for (const r of table.rows) for (const c of r.cells) for (const p of c.paragraphs ?? []) expect(p.start >= c.start && p.end <= c.end).toBe(true);
  });

  it('the fixture covers what it claims', () => {
    expect(HARD.some((b) => 'form' in b)).toBe(true);
    expect(HARD.some((b) => 'table' in b && b.table.some((r) => r.some(Array.isArray)))).toBe(true);
  });
});

describe('words broken across lines', () => {
  const joined = (a: string, b: string) => {
    const frags = [{ text: a, page: 1 }];
    appendLine(frags, b, 1);
    return frags.map((f) => f.text).join(' ');
  };
  it('joins a word hyphenated at a line end', () => expect(joined('a reading inter-', 'vention each week')).toBe('a reading intervention each week'));
  it('keeps the hyphen of numbers, acronyms and known compounds', () => {
    expect(joined('a 20-', 'minute task')).toBe('a 20-minute task');
    expect(joined('an HCPC-', 'registered therapist')).toBe('an HCPC-registered therapist');
    expect(joined('reviewed half-', 'termly')).toBe('reviewed half-termly');
  });
  it('keeps the hyphen after a word already joined by one: another link of the compound', () => {
    expect(joined('a text-to-', 'speech reader')).toBe('a text-to-speech reader');
    expect(joined('a mother-in-', 'law')).toBe('a mother-in-law');
  });
  it('keeps a hyphenated name broken before a capital', () => expect(joined('Leo Baptiste-', 'Warren')).toBe('Leo Baptiste-Warren'));
  it('keeps a dash that ends a line apart from the next word', () => expect(joined('Speech and language -', 'weekly')).toBe('Speech and language - weekly'));
});

describe('rules and bullets from the operator list', () => {
  const OPS = { save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27 };
  // Page 800 high: user space y up, page space y down.
  const view: [number, number, number, number, number, number] = [1, 0, 0, -1, 0, 800];
  const rect = (x: number, y: number, w: number, h: number) => new Float32Array([0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4]);

  it('reads thin filled rectangles and stroked lines as rules, small shapes as dots, through transforms', () => {
    const g = pageGraphics(
      [OPS.constructPath, OPS.constructPath, OPS.save, OPS.transform, OPS.constructPath, OPS.restore, OPS.constructPath],
      [
        [OPS.fill, [rect(50, 700, 400, 0.75)], null],
        [OPS.stroke, [new Float32Array([0, 250, 600, 1, 250, 700])], null],
        [],
        [2, 0, 0, 2, 10, 10],
        [OPS.fill, [rect(20, 300, 2, 2)], null],
        [],
        [OPS.stroke, [rect(50, 100, 300, 40)], null],
      ],
      OPS,
      view,
    );
    expect(g.hRules).toContainEqual(expect.objectContaining({ x0: 50, x1: 450 }));
    expect(g.vRules).toContainEqual({ x: 250, y0: 100, y1: 200 });
    // The dot: 2x2 at (20,300) scaled by 2 and moved by 10 → 4x4 at (50,610) in user space.
    expect(g.dots).toEqual([{ x0: 50, y0: 800 - 614, x1: 54, y1: 800 - 610, filled: true }]);
    // A stroked box gives four rules: its edges.
    expect(g.hRules.filter((r) => r.x0 === 50 && r.x1 === 350)).toHaveLength(2);
    expect(g.vRules.filter((r) => r.y0 === 660 && r.y1 === 700)).toHaveLength(2);
  });

  it('ignores clipping paths and large filled areas', () => {
    const g = pageGraphics([OPS.constructPath, OPS.constructPath], [[28, [rect(0, 0, 600, 800)], null], [OPS.fill, [rect(50, 50, 200, 100)], null]], OPS, view);
    expect(g).toEqual({ hRules: [], vRules: [], dots: [], runs: [] });
  });
});

describe('DOCX headings and typed markers', () => {
  const bold = (text: string) => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="EHCPHeading2"><w:name w:val="EHCP Heading 2"/></w:style><w:style w:type="paragraph" w:styleId="SectionHeading"><w:name w:val="Section Heading"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`;

  it('reads template heading styles, short bold-only paragraphs and section labels as headings, and typed bullets as list items', async () => {
    const body = [
      wP('Education, Health and Care Plan', 'Heading1'),
      wP('Section F: Special educational provision', 'EHCPHeading2'),
      wP('Section G: Health provision', 'SectionHeading'),
      bold('Communication and interaction'),
      bold('This whole sentence is bold for emphasis and ends with a full stop.'),
      wP('▪ A reading intervention of 3 x 20 minutes each week.'),
      wP('(ii) Weekly speech and language therapy.'),
      wP('Plain text about the provision.'),
      wP('SECTION K - ADVICE AND INFORMATION'),
      bold('1:1 support from a teaching assistant for 25 hours each week across the school day'),
    ].join('');
    const d = await parseDocument(makeDocx(body, { 'word/styles.xml': strToU8(styles) }), 'plan.docx');
    expect(d.blocks.map((b) => (b.kind === 'heading' ? `h${b.level} ${b.text}` : b.kind === 'listItem' ? `li(${b.marker},${b.ordered}) ${b.text}` : `${b.kind} ${b.kind === 'table' ? '' : b.text}`))).toEqual([
      'h1 Education, Health and Care Plan',
      'h2 Section F: Special educational provision',
      'h2 Section G: Health provision',
      'h3 Communication and interaction',
      'paragraph This whole sentence is bold for emphasis and ends with a full stop.',
      'li(▪,false) A reading intervention of 3 x 20 minutes each week.',
      'li((ii),true) Weekly speech and language therapy.',
      'paragraph Plain text about the provision.',
      'h3 SECTION K - ADVICE AND INFORMATION',
      // Bold alone does not make a long line a heading: it may be provision.
      'paragraph 1:1 support from a teaching assistant for 25 hours each week across the school day',
    ]);
  });
});

describe('markers and page furniture in text and simple PDFs', () => {
  const items = (d: StructuredDocument) => d.blocks.flatMap((b) => (b.kind === 'listItem' ? [`${b.marker} ${b.text}`] : []));

  it('reads Word\'s "o" sub-bullets, typed or drawn apart from the text, in text and PDF', async () => {
    const txt = await parseDocument(strToU8('Section F\r\n\r\no Speech and language therapy weekly.\r\no Reading group daily.\r\n'), 'plan.txt');
    expect(items(txt)).toEqual(['o Speech and language therapy weekly.', 'o Reading group daily.']);
    const pdf = await parseDocument(textPdf([[72, 700, 11, 'o   Speech and language therapy weekly.'], [72, 686, 11, 'o'], [90, 686, 11, 'Reading group daily.'], [72, 660, 11, 'Plain text follows here.']]), 'plan.pdf');
    expect(items(pdf)).toEqual(['o Speech and language therapy weekly.', 'o Reading group daily.']);
  });

  it('reads roman numerals and hyphen bullets before a capital as markers in PDF, but not a wrapped hyphen', async () => {
    const pdf = await parseDocument(textPdf([[72, 700, 11, 'ii. Weekly therapy with a speech and language therapist.'], [72, 686, 11, 'iii) Daily reading.'], [72, 672, 11, '- Reading group daily.'], [72, 646, 11, 'Sessions run from 9 to 10'], [72, 632, 11, '- and from 2 to 3 each day.']]), 'plan.pdf');
    expect(items(pdf)).toEqual(['ii. Weekly therapy with a speech and language therapist.', 'iii) Daily reading.', '- Reading group daily.']);
    expect(pdf.blocks.filter((b) => b.kind === 'listItem' && b.ordered)).toHaveLength(2);
  });

  it('drops "Page N of M" lines and a recurring name-and-date line from text, joining the sentence they broke', async () => {
    const page = (n: number) => [`OFFICIAL - SENSITIVE    Page ${n} of 3`, '', 'Imogen Fairweather DOB: 30/01/2011    OFFICIAL - SENSITIVE', ''];
    const filler = (n: number) => Array.from({ length: 14 }, (_, i) => [`Paragraph ${n}.${i} about the plan.`, '']).flat();
    const text = ['Imogen Fairweather DOB: 30/01/2011    OFFICIAL - SENSITIVE', '', 'She likes history and wants to go', '', ...page(1), 'to sixth form college.', '', ...filler(1), ...page(2), ...filler(2), ...page(3)].join('\n');
    const d = await parseDocument(strToU8(text), 'plan.txt');
    expect(d.text).not.toMatch(/Page \d of 3|OFFICIAL|30\/01\/2011/);
    expect(d.text).toContain('She likes history and wants to go to sixth form college.');
    expect(d.text).toContain('Paragraph 2.13 about the plan.');
  });

  it('drops a header with the child\'s name that stands beside every "Page N of M" footer, however short the pages', async () => {
    const header = 'Ellis Vantongeren (born 04/05/2016) – EHC plan';
    const page = (n: number) => [`Page ${n} of 3`, header];
    const text = [header, 'Section B: Ellis has a stammer and avoids', 'talking in class.', ...page(1), 'He reads at the expected level.', 'Section F: Speech and language therapy, 6 x 30 minutes a term.', ...page(2), 'Section I: Ashby Juniors.', 'Page 3 of 3'].join('\n');
    const d = await parseDocument(strToU8(text), 'plan.txt');
    expect(d.text).not.toMatch(/Vantongeren|Page \d of 3/);
    // The same line repeated in the body, with no page number beside it, stays.
    const kept = await parseDocument(strToU8(['Who: teaching assistant (2 hours)', 'Section F', 'Who: teaching assistant (2 hours)', 'Reading daily.', 'Who: teaching assistant (2 hours)', 'Page 1 of 1', 'Last line.'].join('\n')), 'plan.txt');
    expect(kept.text.match(/Who: teaching assistant/g)).toHaveLength(3);
  });

  it('drops a running header with no number in it that stands beside every "Page N of M" footer, joining the sentence it broke', async () => {
    const header = 'Brackley Borough Council – EHC Plan – Ellis Vantongeren';
    const page = (n: number) => [`Draft – Page ${n} of 3`, header];
    const text = [header, '', '2. Needs (Section B) Ellis has a stammer that is worse when he is tired, and he avoids', ...page(1), 'talking in class.', '', '5. Provision (Section F) a) Speech and language therapy, 6 x 30 minutes a term.', ...page(2), 'b) A quiet space to practise.', 'Draft – Page 3 of 3'].join('\n');
    const d = await parseDocument(strToU8(text), 'plan.txt');
    expect(d.text).not.toMatch(/Vantongeren|Page \d of 3/);
    expect(d.text).toContain('avoids talking in class.');
    // A short line said three times in the body, away from the footers, stays.
    const kept = await parseDocument(strToU8(['Not applicable.', 'Section G', 'Not applicable.', 'Section H1', 'Not applicable.', 'Page 1 of 2', 'Section I', 'Oak School.', 'Page 2 of 2'].join('\n')), 'plan.txt');
    expect(kept.text.match(/Not applicable/g)).toHaveLength(3);
  });

  it('keeps a number wrapped onto a line of its own after a field label at the top of a PDF page, and still drops a page number', async () => {
    const pdf = await parseDocument(textPdf([[72, 760, 11, 'Name: Ada Quist  School: Brook Lane Primary  Year group:'], [72, 746, 11, '4'], [72, 700, 11, 'Section A: Ada likes maps and her cat.'], [300, 40, 11, '7']]), 'plan.pdf');
    expect(pdf.text).toContain('Year group: 4');
    expect(pdf.text).not.toMatch(/\b7\b/);
  });

  it('keeps a table cell exported to a line that is only an amount of time, recurring far apart with its number changing', async () => {
    const row = (what: string, mins: number) => [what, 'Daily', `${mins} minutes`, 'Teaching assistant', ...Array.from({ length: 16 }, (_, i) => `Line ${what.length}.${i} of the plan.`)];
    const d = await parseDocument(strToU8([...row('Handwriting practice', 10), ...row('Reading with a buddy', 20), ...row('Touch typing lessons', 25), 'Last line.'].join('\n')), 'plan.txt');
    expect(d.text.match(/\d+ minutes/g)).toEqual(['10 minutes', '20 minutes', '25 minutes']);
  });

  it('a PDF record print with a label on each line: a page of short lines keeps its labels apart, and a label a page break puts at the top is kept', async () => {
    type L = [number, number, number, string];
    // Page 1: prose that runs to the right margin, wrapped.
    const prose = wrapHelvetica('Ben likes building dens in the woods with his cousins, drawing buses and trains, and listening to stories about space before bed. His family want him to make friends, to read with confidence and to feel safe at school. ', 11, 468);
    const page1: L[] = [[72, 760, 11, 'Ben Cole – EHC plan'], ...[...prose, ...prose, ...prose].map((t, i): L => [72, 720 - i * 14, 11, t])];
    // Page 2: records, label and value each on a line; the page opens with a label, as the break fell.
    const record = (y: number, what: string): L[] => [[72, y, 11, what], [72, y - 14, 11, 'How often'], [72, y - 28, 11, 'Every morning'], [72, y - 42, 11, 'Provided by'], [72, y - 56, 11, 'Teaching assistant']];
    const page2: L[] = [[72, 760, 11, 'Ben Cole – EHC plan'], [72, 740, 11, 'How often'], [72, 726, 11, 'Daily'], ...record(700, 'Ben will count to 20 and back again in 4 out of 5 tries.'), ...record(620, 'Ben will name ten animals from pictures in 4 of 5 tries.'), ...record(540, 'Ben will sort objects by colour and size, with no help at all.')];
    const page3: L[] = [[72, 760, 11, 'Ben Cole – EHC plan'], [72, 740, 11, 'How often'], [72, 726, 11, 'Weekly'], ...record(700, 'Ben will sit with his class on the carpet for the whole story.')];
    const d = await parseDocument(textPagesPdf([page1, page2, page3]), 'plan.pdf');
    const lines = d.blocks.map((b) => (b.kind === 'table' ? '' : b.text));
    expect(lines.filter((t) => t === 'How often')).toHaveLength(6);
    expect(lines).toContain('Ben will count to 20 and back again in 4 out of 5 tries.');
    expect(d.text).not.toContain('Ben Cole – EHC plan');
  });

  it('a page footer and header dropped from a table exported a cell to a line leave no blank line (no empty cell) behind', async () => {
    const furniture = (n: number) => [`Issued 12 May 2026 – Page ${n} of 4`, 'Thornbury Council – EHC Plan – OFFICIAL'];
    const rows = (n: number) => Array.from({ length: 6 }, (_, i) => [`Line ${n}.${i} of the plan, long enough that no one reads this text as wrapped at a narrow width.`, '']).flat();
    const text = [...rows(0), 'Support', 'Staff', ...furniture(1), 'How often', 'Reading practice', 'Teaching assistant', '', 'Spelling group', ...furniture(2), 'Class teacher', 'Weekly', ...rows(1), ...furniture(3), ...rows(2), ...furniture(4)].join('\n');
    const d = await parseDocument(strToU8(text), 'plan.txt');
    expect(d.text).not.toMatch(/Page \d of 4|Thornbury/);
    const blank = (t: string) => (d.blocks.find((b) => b.kind !== 'table' && b.text === t) as { blankBefore?: number } | undefined)?.blankBefore;
    // Where furniture stood: no blank line; the empty cell the text itself leaves blank: one.
    expect([blank('How often'), blank('Class teacher'), blank('Spelling group')]).toEqual([0, 0, 1]);
  });

  it('keeps a costed table\'s figures exported a cell to a line ("6,240", "£1,100", "0.75"), however far apart they recur', async () => {
    const filler = (n: number) => Array.from({ length: 16 }, (_, i) => `Line ${n}.${i} of the plan, long enough that no one reads this text as wrapped at a narrow width.`);
    const text = ['Phonics group', '4,120', ...filler(1), 'Speech therapy', '£1,250', '0.75', ...filler(2), 'Sensory circuit', '2,310', '0.75', ...filler(3), 'Total', '£7,680', '0.75', 'Last line.'].join('\n');
    const d = await parseDocument(strToU8(text), 'plan.txt');
    for (const figure of ['4,120', '£1,250', '2,310', '£7,680']) expect(d.text).toContain(figure);
    expect(d.text.match(/0\.75/g)).toHaveLength(3);
  });

  it('keeps a short line that recurs close together (a repeated answer is not furniture)', async () => {
    const d = await parseDocument(strToU8(['Section H1', '', 'None at 2026.', '', 'Section H2', '', 'None at 2026.', '', 'Section J', '', 'None at 2026.'].join('\n')), 'plan.txt');
    expect(d.text.match(/None at 2026\./g)).toHaveLength(3);
  });
});

describe("the national template's combined tables (LibreOffice PDF against its DOCX)", () => {
  // Plans of the corpus (not held out) whose provision cells hold several paragraphs, a row of
  // which breaks across a page (p57).
  const PLANS = ['p43', 'p45', 'p57'];
  const CORPUS = join(import.meta.dirname, '../../corpus/plans');
  /** The cells under each combined-table header row, each as its paragraphs. */
  function combinedCells(d: StructuredDocument): string[][] {
    const out: string[][] = [];
    for (const b of d.blocks) {
      if (b.kind !== 'table') continue;
      const head = b.rows.findIndex((r) => r.cells.some((c) => /^(?:F|G|H1) [–-]/.test(c.text)));
      if (head < 0) continue;
      // Rows of two or more filled cells: a spanning guidance row may fall in either table.
      for (const r of b.rows.slice(head + 1)) if (r.cells.filter((c) => c.text).length >= 2) for (const c of r.cells) if (c.text) out.push(c.paragraphs ? c.paragraphs.map((p) => d.text.slice(p.start, p.end)) : [c.text]);
    }
    return out;
  }
  it.each(PLANS)('%s: each cell of a need, provision and outcome row has the same paragraphs in PDF as in DOCX', async (id) => {
    const [docx, pdf] = await Promise.all(['plan.docx', 'plan.pdf'].map((f) => parseDocument(new Uint8Array(readFileSync(join(CORPUS, id, f))), f)));
    const want = combinedCells(docx);
    expect(want.some((c) => c.length >= 2)).toBe(true);
    expect(combinedCells(pdf)).toEqual(want);
  });
});

describe('paragraphs in a ruled PDF cell, told by where the lines end', () => {
  // Columns from x 50, 200, 400 to 560 with 5 points of padding: the provision wraps at 190 points.
  const cell = (paras: string[], x: number, y: number, width: number) => paras.flatMap((p) => wrapHelvetica(p, 10, width)).map((t, i): [number, number, number, string] => [x, y - 12 * i, 10, t]);
  // The first ends a sentence well short of the border (a paragraph's last line); the second has
  // a sentence end on a full line (the paragraph goes on).
  const provision = [
    'A money skills group with a tutor, for 1 hour twice a week, using real coins to buy a snack and to check the change given.',
    'A job coach will be with her at the college bakery for the whole of every working day. It starts after half term.',
  ];
  const need = ['Zoe cannot yet handle money or follow a list of tasks on her own.'];
  const outcome = ['By July 2027, Zoe will pay for a snack and check her change.'];

  it('splits a cell at a paragraph that ends short of the border, not at a sentence that fills its line', async () => {
    const lines = [[55, 706, 10, 'Need'], [205, 706, 10, 'Provision'], [405, 706, 10, 'Outcome']] as Array<[number, number, number, string]>;
    lines.push(...cell(need, 55, 688, 140), ...cell(provision, 205, 688, 190), ...cell(outcome, 405, 688, 150));
    // The fixture is what it says: the first paragraph's last line ends with a full stop, well short of 190 points.
    expect(wrapHelvetica(provision[0], 10, 190).at(-1)).toMatch(/\.$/);
    expect(wrapHelvetica(provision[1], 10, 190).some((l) => l.endsWith('day.'))).toBe(true);
    const d = await parseDocument(ruledTablePdf(lines, [50, 200, 400, 560], [720, 700, 600]), 'cell.pdf');
    const table = d.blocks.find((b) => b.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('no table');
    expect(table.rows).toHaveLength(2);
    const [, f] = table.rows[1].cells;
    expect(f.paragraphs?.map((p) => d.text.slice(p.start, p.end))).toEqual(provision);
    expect(table.rows[1].cells.map((c) => c.text)).toEqual([need[0], provision.join(' '), outcome[0]]);
  });
});

describe('a borderless form of labels and values (tab stops)', () => {
  it('starts a row at each label that ends with a colon, however close it comes to the value', async () => {
    // Labels nearly as wide as the tab stop: "NC Year:" would have fitted after "Date of Birth:".
    const pdf = textPdf([
      [57, 700, 10, 'Date of Birth:'], [128, 700, 10, '03/02/2012'],
      [57, 688.5, 10, 'NC Year:'], [128, 688.5, 10, 'Year 9'],
      [57, 677, 10, 'Plan status:'], [128, 677, 10, 'Draft, issued 12 January 2026 for comment'],
    ]);
    const d = await parseDocument(pdf, 'form.pdf');
    const table = d.blocks.find((b) => b.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['Date of Birth:', '03/02/2012'], ['NC Year:', 'Year 9'], ['Plan status:', 'Draft, issued 12 January 2026 for comment']]);
  });
});

describe('a borderless table typed with tabs (default tab stops, wrapped lines back at the margin)', () => {
  const LEFT = 72;
  const RIGHT = 540;
  const STOP = 36;
  const SIZE = 10;
  /**
   * Lays out paragraphs as a word processor does with default tab stops: each tab jumps to the next
   * stop, a word that does not fit wraps to the left margin; one text run per piece between tabs.
   */
  function typed(paragraphs: string[], top: number, indent = LEFT, pitch = 12): Array<[number, number, number, string]> {
    const runs: Array<[number, number, number, string]> = [];
    let y = top;
    for (const para of paragraphs) {
      let x = LEFT;
      let run: { x: number; text: string } | null = null;
      const flush = () => {
        if (run?.text) runs.push([run.x, y, SIZE, run.text]);
        run = null;
      };
      para.split('\t').forEach((cell, n) => {
        if (n > 0) {
          flush();
          // A hanging indent is the first stop; wrapped lines go back to it.
          x = x < indent ? indent : LEFT + (Math.floor((x - LEFT) / STOP) + 1) * STOP;
        }
        for (const word of cell.split(' ')) {
          const w = helveticaWidth(run?.text ? ` ${word}` : word, SIZE);
          if (x + w > RIGHT) {
            flush();
            y -= pitch;
            x = indent;
            run = { x, text: word };
            x += helveticaWidth(word, SIZE);
            continue;
          }
          run ??= { x, text: '' };
          run.text += run.text ? ` ${word}` : word;
          x += w;
        }
      });
      flush();
      y -= pitch;
    }
    return runs;
  }
  const before = 'Zara likes drawing and building models, and she wants to work with animals when she leaves school in a few years.';
  const rows = [
    ['What', 'Who', 'When'],
    ['Daily phonics group with two other pupils, following a structured programme', 'Teaching assistant trained by the reading lead', '5 x 20 minutes every week'],
    ['Movement breaks', 'Class teacher', 'Every morning'],
    ['A visual timetable kept on her desk and checked with her at the start of each lesson and after each change of room', 'Form tutor', 'Every lesson'],
  ];
  const after = 'Section G Health provision';

  it('reads one row per typed line, a wrapped line going on in the cell it broke, with exact offsets', async () => {
    const runs = [...typed([before], 720), ...typed(rows.map((r) => r.join('\t')), 690), ...typed([after], 600)];
    // The fixture is what it says: cells do not line up, and wrapped lines start at the left margin.
    expect(new Set(runs.filter(([x]) => x > LEFT).map(([x]) => x)).size).toBeGreaterThan(4);
    expect(runs.filter(([x]) => x === LEFT).length).toBeGreaterThan(rows.length + 2);
    // A tab that lands a word space after the text before it leaves no gap to see: the run after it,
    // a text object of its own starting on a stop, is what tells the cells apart.
    const [, y] = runs.find(([, , , t]) => t === 'Form tutor')!;
    const roomRun = runs.find(([x, yy, , t]) => yy === y && x === LEFT && t.endsWith('room'))!;
    expect(LEFT + helveticaWidth(roomRun[3], SIZE)).toBeGreaterThan(LEFT + 2 * STOP - 0.6 * SIZE);
    const d = await parseDocument(textPdf(runs, 1, true), 'tabs.pdf');
    const table = d.blocks.find((b) => b.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual(rows);
    for (const r of table.rows) for (const c of r.cells) expect(d.text.slice(c.start, c.end)).toBe(c.text);
    expect(d.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toContain(before);
  });

  it('ends a one-row tab table at a numbered part\'s heading on the next line (the heading is not column 0\'s text)', async () => {
    const lines = ['PART 9 - PLACEMENT', 'Name: Brook Lane Primary School\tType: Mainstream maintained primary school', 'PART 10 - PERSONAL BUDGET', 'No personal budget has been requested.', 'PART 11 - ADVICE AND INFORMATION', '11.1 Parent advice (January 2026)'];
    const d = await parseDocument(textPdf(typed(lines, 700), 1, true), 'parts.pdf');
    const texts = d.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join(' // ') : b.text));
    expect(texts).toContain('PART 10 - PERSONAL BUDGET');
    // After a sentence's end a numbered part starts its own block, as a lettered section does.
    expect(texts.some((t) => t.startsWith('PART 11 - ADVICE AND INFORMATION'))).toBe(true);
    expect(texts.some((t) => /Brook Lane Primary School.*PART 10/.test(t))).toBe(false);
  });

  it('keeps a value wrapped under its hanging indent in its cell, where one long label pushes its value to a later stop', async () => {
    const form = [
      ['Key worker at the local authority:', 'Dev Sharma'],
      ['Name:', 'Amira Okafor'],
      ['Plan history:', 'This plan replaced a statement of special educational needs issued in 2019, and was amended after the annual review in 2023 when she moved to a new school.'],
    ];
    const indent = LEFT + 3 * STOP;
    const runs = typed(form.map((r) => r.join('\t')), 700, indent);
    // The fixture is what it says: values start at two different stops, and the history wraps under the indent.
    expect(new Set(runs.filter(([, , , t]) => form.some((r) => r[1].startsWith(t))).map(([x]) => x)).size).toBe(2);
    expect(runs.filter(([x, , , t]) => x === indent && !form.some((r) => r[1].startsWith(t))).length).toBeGreaterThan(0);
    const d = await parseDocument(textPdf(runs, 1, true), 'form.pdf');
    const table = d.blocks.find((b) => b.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual(form);
    for (const r of table.rows) for (const c of r.cells) expect(d.text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('a section label right under a full line (no space between paragraphs)', () => {
  it('starts its own block after a sentence that ends at the margin', async () => {
    const outcome = 'By July 2027, Zoe will pay for a snack at the college cafe and check her change on her own, five days in a row.';
    const d = await parseDocument(textPdf([[72, 700, 10, outcome], [72, 688, 10, 'SECTION F - SPECIAL EDUCATIONAL PROVISION'], [72, 676, 10, 'A money skills group with a tutor.']]), 'plan.pdf');
    const texts = d.blocks.map((b) => (b.kind === 'table' ? '' : b.text));
    expect(texts).toContain(outcome);
    expect(texts).toContain('SECTION F - SPECIAL EDUCATIONAL PROVISION');
  });
});
