// General causes of wrong advice extraction and verdicts found by the twenty-second held-out set
// (h106-h110), each on wording written for this test (no sentence from a held-out set).
import { describe, expect, it } from 'vitest';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { ingest } from '../../services/ingest/src/index.ts';
import { adviceVerdicts, planWith, rubric } from './helpers.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';

const fromText = async (lines: string[]) => {
  const doc = await ingest(Buffer.from(lines.join('\n')), { name: 'advice.txt' });
  return extractRecommendations(doc, undefined, rubric).map((r) => r.text);
};
const fromParts = (parts: Part[]) => extractRecommendations(buildDoc(parts, 'advice.txt'), undefined, rubric).map((r) => r.text);

describe('references to numbered paragraphs', () => {
  it('keeps a recommendation that cites a paragraph of findings, and drops a summary line or appendix row that restates a recommending paragraph', () => {
    const texts = fromParts([
      '2.1 Kofi copied two of the six shapes; his pencil grip tires after a few minutes.',
      '2.2 He read single words well but lost his place in longer text.',
      '4.1 Kofi should have 20 minutes of handwriting practice with a teaching assistant four times a week (see paragraph 2.1).',
      '4.2 A reading ruler should be on his desk in every literacy lesson (see 2.2).',
      'Summary for the plan writer',
      { table: [
        ['Provision', 'Amount', 'Staff', 'Paragraph'],
        ['Handwriting practice', '20 minutes, four times a week', 'Teaching assistant', '4.1'],
        ['A laptop for long pieces of writing', 'Every extended writing task', 'Class teacher', '-'],
      ] },
      'Reading ruler in literacy lessons (4.2).',
    ]);
    expect(texts).toEqual([
      'Kofi should have 20 minutes of handwriting practice with a teaching assistant four times a week (see paragraph 2.1).',
      'A reading ruler should be on his desk in every literacy lesson (see 2.2).',
      'A laptop for long pieces of writing\tEvery extended writing task\tClass teacher\t-',
    ]);
  });
});
