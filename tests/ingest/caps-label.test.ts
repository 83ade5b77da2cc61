// A field label in capitals after a full line ending a sentence opens its own block in a PDF.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/parse.ts';
import { textPdf } from './helpers/make-files.ts';

describe('a label in capitals closed by a colon', () => {
  // The first line runs nearly to the right margin, so by width alone the next would be its wrapped text.
  const full = 'Brightwater Academy (a mainstream secondary school for pupils aged 11 to 16) until July.';
  const blocks = async (label: string) => {
    const doc = await parseDocument(textPdf([[72, 700, 11, 'PLACEMENT:'], [72, 686, 11, full], [72, 672, 11, label], [72, 658, 11, 'None requested at this time.']]), 'plan.pdf');
    return doc.blocks.map((b) => (b.kind === 'table' ? '' : b.text));
  };

  it('starts a new block after a sentence that fills the line', async () => {
    expect(await blocks('PERSONAL BUDGET:')).toEqual(['PLACEMENT:', full, 'PERSONAL BUDGET:', 'None requested at this time.']);
  });

  it('but a line in ordinary case still wraps on as it did', async () => {
    const b = await blocks('funded by the local authority.');
    expect(b.some((t) => t.includes('until July. funded by the local authority.'))).toBe(true);
  });
});
