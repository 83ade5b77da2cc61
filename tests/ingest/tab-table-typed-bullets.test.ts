// A Word table pasted as text: a row on a line, cells split by tabs, and each of a cell's paragraphs on
// a line of its own. Where the last cell's paragraphs are typed bullets ("• "), the bullet lines after
// the row's last tab, up to the blank line, are still that cell's paragraphs, not a list after the table.
// Invented lines.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../services/ingest/src/document.ts';
import { parseDocument } from '../../services/ingest/src/parse.ts';

const parse = (lines: string[]) => parseDocument(new Uint8Array(Buffer.from(lines.join('\n'), 'utf8')), 'plan.txt');

describe('typed bullets in the last cell of a pasted table', () => {
  it('keeps the trailing bullet lines in the last cell, one paragraph each', async () => {
    const doc = await parse([
      'Needs\tProvision\tOutcomes',
      'Kit finds it hard to start tasks.\t• A visual checklist on his desk in every lesson.',
      '• A 15-minute 1:1 planning session with a teaching assistant each morning.\t• By July 2027, Kit will start a task within 2 minutes in 4 out of 5 lessons.',
      '• Kit will be calmer in class.',
      '• By the end of Year 6, Kit will pack his own bag every day.',
      '',
      'Section G – Health provision',
    ]);
    const tables = doc.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    expect(tables).toHaveLength(1);
    const last = tables[0].rows[1].cells[2];
    expect(last.text).toContain('Kit will be calmer in class.');
    expect(last.text).toContain('pack his own bag');
    expect(last.paragraphs).toHaveLength(3);
    expect(doc.blocks.some((b) => b.kind === 'listItem')).toBe(false);
  });

  it('leaves a list after a table alone when the cell was not typed with that bullet', async () => {
    const doc = await parse([
      'Needs\tProvision',
      'Kit finds it hard to start tasks.\tA visual checklist on his desk in every lesson.',
      'Ahmed needs help with reading.\tA daily reading session with a teaching assistant.',
      '• Reviewed by the SENCo each term.',
    ]);
    expect(doc.blocks.some((b) => b.kind === 'listItem')).toBe(true);
  });
});
