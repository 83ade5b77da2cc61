// Markdown's marks kept as characters in a Word document or a PDF: read as the structure they mark.
import { describe, expect, it } from 'vitest';
import type { Block, StructuredDocument } from '../../services/ingest/src/document.ts';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { markdownBreak } from '../../services/ingest/src/markdown-marks.ts';
import { makeDocx, textPdf, wP } from './helpers/make-files.ts';

const kinds = (d: StructuredDocument) => d.blocks.map((b: Block) => `${b.kind}${b.kind === 'heading' ? b.level : ''}`);
const texts = (d: StructuredDocument) => d.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : b.text));

const lines = [
  '# Plan for Jory Abbott',
  '**Name:** Jory Abbott',
  '**Plan status:** Draft',
  '## Part B - Needs',
  'Jory finds writing **very** tiring.',
  '- He needs rests in long lessons.',
  '## Part F - Provision ##',
  '| Help | By whom | When |',
  '|:---|---|---:|',
  '| A writing slope | Class teacher | All written work |',
  '### Physical',
  '| Help | By whom |',
  '| --- | --- |',
  '| **Physio** exercises | Teaching assistant |',
];

describe('Markdown marks as characters', () => {
  for (const [format, make] of [
    ['DOCX', () => makeDocx(lines.map((l) => wP(l)).join(''))],
    ['PDF', () => textPdf(lines.map((l, i) => [72, 740 - i * 20, 11, l] as [number, number, number, string]))],
  ] as const) {
    it(`reads headings, bold labels, bullets and pipe tables with delimiter rows in a ${format}`, async () => {
      const d = await parseDocument(make(), `plan.${format.toLowerCase()}`);
      expect(kinds(d)).toEqual(['heading1', 'paragraph', 'paragraph', 'heading2', 'paragraph', 'listItem', 'heading2', 'table', 'heading3', 'table']);
      expect(texts(d)).toEqual([
        'Plan for Jory Abbott',
        'Name: Jory Abbott',
        'Plan status: Draft',
        'Part B - Needs',
        'Jory finds writing very tiring.',
        'He needs rests in long lessons.',
        'Part F - Provision',
        [['Help', 'By whom', 'When'], ['A writing slope', 'Class teacher', 'All written work']],
        'Physical',
        [['Help', 'By whom'], ['Physio exercises', 'Teaching assistant']],
      ]);
      for (const b of d.blocks) if (b.kind !== 'table') expect(d.text.slice(b.start, b.end)).toBe(b.text);
    });
  }

  it('leaves a Word heading, a form blank, a hash that starts a sentence and a lone dashes line as they were', async () => {
    const d = await parseDocument(makeDocx([wP('Section F – Provision', 'Heading1'), wP('Signed: ________ Date: ______'), wP('# of sessions missed is recorded each term.'), wP('----- | -----')].join('')), 'plan.docx');
    expect(kinds(d)).toEqual(['heading1', 'paragraph', 'paragraph', 'paragraph']);
    expect(texts(d)).toEqual(['Section F – Provision', 'Signed: ________ Date: ______', '# of sessions missed is recorded each term.', '----- | -----']);
  });
});

describe('where a Markdown line printed in a PDF ends its block', () => {
  it.each([
    ['| Hydrotherapy in the school pool with the | Physiotherapist |', '### Communication', true],
    ['| Hydrotherapy | Physiotherapist |', '| Sensory circuit | Teaching assistant |', true],
    ['| Hydrotherapy | Physiotherapist |', 'Reviewed each term.', true],
    ['| Hydrotherapy | Physiotherapist |', 'Every Tuesday, 45 minutes |', false],
    ['| Hydrotherapy in the school pool with the', 'physiotherapist | Every Tuesday |', false],
    ['| Hydrotherapy in the school pool | Physio-', '| therapist | Every Tuesday |', false],
    ['Priya finds it hard to', '**Date of review:** 3 May', true],
    ['Priya finds it hard to', '|:---|---|', true],
    ['Priya finds it hard to', 'settle after lunch.', false],
  ])('%s / %s: %s', (prev, next, breaks) => {
    expect(markdownBreak(prev, next)).toBe(breaks);
  });
});
