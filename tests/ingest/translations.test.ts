// A bilingual plan: a paragraph led by a language code in brackets ("[CY] …") straight after another
// paragraph translates it, and is not the plan's content (translations.ts). Invented wording.
import { describe, expect, it } from 'vitest';
import { DocumentBuilder, plain } from '../../services/ingest/src/builder.ts';
import { parseDocument } from '../../services/ingest/src/parse.ts';

const parse = (lines: string[]) => parseDocument(new Uint8Array(Buffer.from(lines.join('\n'), 'utf8')), 'plan.txt');
const texts = async (lines: string[]) => (await parse(lines)).blocks.map((b) => (b.kind === 'table' ? '' : b.text));

describe('a translation paragraph after the paragraph it translates', () => {
  it.each([
    [['Section F', 'Weekly swimming lessons with an instructor, 45 minutes.', '[CY] Gwersi nofio wythnosol gyda hyfforddwr, 45 munud.'], ['Section F', 'Weekly swimming lessons with an instructor, 45 minutes.']],
    [['Outcomes', 'By June 2027, Ravi will count to 50.', '[UR] Ravi translated line.', 'By June 2027, Ravi will write his name.', '[UR] Another translated line.'], ['Outcomes', 'By June 2027, Ravi will count to 50.', 'By June 2027, Ravi will write his name.']],
  ])('is left out of the text: %j', async (lines, want) => {
    expect(await texts(lines)).toEqual(want);
  });

  it.each([
    // A note, a placeholder and a number in brackets are not translations.
    ['[1] The therapist must be registered with the HCPC.'],
    ['[TBC] The school will confirm the start date.'],
    ['[NAME] will have a place in the club.'],
    // Two letters labelling an English line (a role, a provider) do not make it a translation.
    ['[OT] Sensory circuit sessions will be run by the occupational therapist.'],
    ['[TA] Daily 1:1 support in maths lessons.'],
  ])('but a bracketed number or placeholder is kept: %s', async (line) => {
    expect(await texts(['Section F', 'A place in the art club.', line])).toContain(line);
  });

  it('a marked paragraph first in a table cell is kept; a later one is left out of the cell', () => {
    const b = new DocumentBuilder();
    b.table([
      [
        { fragments: plain('Need') },
        { fragments: plain('Provision') },
      ],
      [
        { fragments: [...plain('[FR] Only a paragraph.')], paragraphs: true },
        { fragments: [...plain('A reading group of 4, 20 minutes daily.'), ...plain('[FR] Un groupe de lecture de 4, 20 minutes par jour.'), ...plain('A writing slope.')], paragraphs: true },
      ],
    ]);
    const doc = b.build({ name: 'x', mediaType: 'text/plain', sha256: '', pages: null });
    const t = doc.blocks[0];
    if (t.kind !== 'table') throw new Error('not a table');
    expect(t.rows[1].cells[0].text).toBe('[FR] Only a paragraph.');
    expect(t.rows[1].cells[1].text).toBe('A reading group of 4, 20 minutes daily. A writing slope.');
    expect(t.rows[1].cells[1].paragraphs).toHaveLength(2);
    expect(doc.text.includes('Un groupe')).toBe(false);
  });
});
