// Lines typed with an arrow ("→ ", "➔ ", "⇒ ", "▶ ") are a list's items, as lines typed with "• " are:
// the arrow is the marker, not part of the item's text. Invented lines.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../services/ingest/src/document.ts';
import { parseDocument } from '../../services/ingest/src/parse.ts';

const parse = (lines: string[]) => parseDocument(new Uint8Array(Buffer.from(lines.join('\n'), 'utf8')), 'advice.txt');
const items = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'listItem' }> => b.kind === 'listItem');

describe('arrow markers', () => {
  for (const arrow of ['→', '➔', '➜', '⇒', '▶']) {
    it(`reads "${arrow}" lines as list items`, async () => {
      const doc = await parse([
        'Advice for the classroom',
        `${arrow} Place Ruby's desk away from the door, facing the teacher.`,
        `${arrow} Ruby should have a laptop with a spell checker in every written lesson.`,
        '',
        'Follow-up',
      ]);
      const list = items(doc.blocks);
      expect(list).toHaveLength(2);
      expect(list[0].text).toBe("Place Ruby's desk away from the door, facing the teacher.");
      expect(list[0].marker).toBe(arrow);
      expect(list[1].text.startsWith('Ruby should')).toBe(true);
    });
  }

  it('leaves an arrow inside a sentence alone', async () => {
    const doc = await parse(['Her reading age rose from 7 → 8 years over the term.']);
    expect(items(doc.blocks)).toHaveLength(0);
  });
});
