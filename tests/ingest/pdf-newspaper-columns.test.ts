// A leaflet-style plan printed in two newspaper columns: the text runs down the left half of the
// page and on down the right half. It is read column by column, not line across line; a borderless
// label | value table (short labels on the left) is not taken for columns.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../services/ingest/src/document.ts';
import { parseDocument } from '../../services/ingest/src/parse.ts';
import { newspaperColumns } from '../../services/ingest/src/pdf-columns.ts';
import { textPdf, wrapHelvetica } from './helpers/make-files.ts';

type L = [number, number, number, string];

function column(x: number, top: number, paras: string[], width = 230): L[] {
  const out: L[] = [];
  let y = top;
  for (const p of paras) {
    for (const line of wrapHelvetica(p, 10, width)) {
      out.push([x, y, 10, line]);
      y -= 12;
    }
    y -= 8;
  }
  return out;
}

const LEFT = [
  'Outcomes',
  'By Easter 2027, Nadia will order her own lunch at the canteen counter and pay with her card on four days out of five.',
  'By the end of Year 8, Nadia will read aloud a page of her class novel to a partner with fewer than five errors.',
];
const RIGHT = [
  'Special educational provision',
  'A fluency programme of paired reading, 4 sessions of 15 minutes a week, with a teaching assistant trained in the programme.',
  'A visual menu card kept in her bag for every lunchtime, made by the speech and language therapist before the autumn term.',
];

describe('a PDF page in two newspaper columns', () => {
  it('reads the left column to its end before the right one', async () => {
    const pdf = textPdf([...column(50, 740, LEFT), ...column(320, 740, RIGHT)]);
    const doc = await parseDocument(pdf, 'plan.pdf');
    const texts = doc.blocks.map((b) => ('text' in b ? (b as Extract<Block, { kind: 'paragraph' }>).text : ''));
    const at = (s: string) => texts.findIndex((t) => t.includes(s));
    // Each paragraph is whole, and no paragraph holds words of both columns.
    expect(at('fewer than five errors')).toBe(at('By the end of Year 8'));
    expect(at('in the programme.')).toBe(at('A fluency programme'));
    expect(texts.some((t) => t.includes('Nadia') && t.includes('teaching assistant'))).toBe(false);
    // Left column first, then the right.
    expect(at('By Easter 2027')).toBeLessThan(at('By the end of Year 8'));
    expect(at('By the end of Year 8')).toBeLessThan(at('A fluency programme'));
    expect(at('A fluency programme')).toBeLessThan(at('A visual menu card'));
  });

  it('leaves a label | value table and a one-column page as they are', () => {
    const labels = ['Name', 'Date of birth', 'School', 'Year group', 'Home language', 'Case officer', 'Date of plan', 'Review due'];
    const values = ['Otto Kask-Whitfield', '02/02/2013', 'Fernhill Academy', 'Year 8', 'Estonian and English', 'P. Adebayo', '9 March 2026', 'March 2027'];
    const items = labels.flatMap((t, k) => [
      { str: t, x: 50, y: 100 + 14 * k, w: 60, size: 10, font: 'F1' },
      { str: values[k], x: 320, y: 100 + 14 * k, w: 90, size: 10, font: 'F1' },
    ]);
    const g = { hRules: [], vRules: [], dots: [] };
    expect(newspaperColumns(items, g, 842).items).toBe(items);
    const prose = column(50, 740, [...LEFT, ...RIGHT], 480).map(([x, y, , t], k) => ({ str: t, x, y: 842 - y, w: 470 - (k % 3) * 20, size: 10, font: 'F1' }));
    expect(newspaperColumns(prose, g, 842).items).toBe(prose);
  });
});
