// Word users list several provisions in one cell paragraph, parting them with manual line breaks
// (Shift+Enter, <w:br/>): a break after a closed sentence, or before a typed bullet or a field's label
// ("How often: …"), parts the cell's paragraphs; a break inside a sentence only wraps it. Invented lines.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { makeDocx, wP, wTbl } from './helpers/make-files.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** One cell paragraph whose lines are parted by manual line breaks. */
const brCell = (lines: string[]) => `<w:tc><w:tcPr/><w:p><w:r>${lines.map((l) => `<w:t xml:space="preserve">${esc(l)}</w:t>`).join('<w:br/>')}</w:r></w:p></w:tc>`;

const cellParas = async (lines: string[]) => {
  const doc = await parseDocument(makeDocx([wP('Section F: Special educational provision', 'Heading1'), wTbl([[brCell(['Provision']), brCell(['Outcome'])], [brCell(lines), brCell(['By July 2027, Ravi will read 60 words a minute.'])]])].join('')), 'plan.docx');
  const table = doc.blocks.find((b) => b.kind === 'table');
  if (!table || table.kind !== 'table') throw new Error('no table');
  const cell = table.rows[1].cells[0];
  return { text: cell.text, paras: (cell.paragraphs ?? []).map((p) => doc.text.slice(p.start, p.end)) };
};

describe('manual line breaks in a DOCX table cell', () => {
  it('part sentences and typed bullets into the cell\'s paragraphs', async () => {
    const sentences = await cellParas(['Paired reading with a volunteer, 3 x 15 minutes a week.', 'A writing slope for all written work.']);
    expect(sentences.paras).toEqual(['Paired reading with a volunteer, 3 x 15 minutes a week.', 'A writing slope for all written work.']);
    const bullets = await cellParas(['• Word-finding games with a TA', '• Visual prompts on his desk']);
    expect(bullets.paras).toEqual(['• Word-finding games with a TA', '• Visual prompts on his desk']);
    const fields = await cellParas(['What: Lego-based therapy', 'How often: weekly, 40 minutes', 'Who: a learning mentor']);
    expect(fields.paras).toEqual(['What: Lego-based therapy', 'How often: weekly, 40 minutes', 'Who: a learning mentor']);
  });

  it('a break inside a sentence only wraps it: one paragraph, its lines joined by a space', async () => {
    const wrapped = await cellParas(['Precision teaching of high-frequency', 'words with a teaching assistant, daily for 10 minutes.']);
    expect(wrapped.paras).toEqual([]);
    expect(wrapped.text).toBe('Precision teaching of high-frequency words with a teaching assistant, daily for 10 minutes.');
  });
});
