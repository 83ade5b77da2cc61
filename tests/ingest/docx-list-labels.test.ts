// Word list numbering whose label is words ("Section %1:", "F%1"): Word draws "Section F:" and "F1"
// from numbering.xml, so the paragraphs hold only titles and statements. Ingest writes such labels
// into their paragraphs, as Word shows them; a label that is only a number or a bullet stays a list
// item's marker. And margin comments (comments.xml) are reviewers' notes, never the plan's text.
// Invented lines.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../services/ingest/src/index.ts';
import { makeDocx, strToU8, wLi, wP } from './helpers/make-files.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const level = (ilvl: number, fmt: string, text: string, start = 1) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
// List 1 (abstract 5): "Section A:", "Section B:" … and under them "Section H1:" (letter then number).
// List 2 (abstract 6): "P1", "P2" … for items. numIds 1 and 2 keep the helper's plain lists.
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">${level(0, 'bullet', '•')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${level(0, 'decimal', '%1.')}</w:abstractNum>
<w:abstractNum w:abstractNumId="5">${level(0, 'upperLetter', 'Section %1:')}${level(1, 'decimal', 'Section %1%2:')}</w:abstractNum>
<w:abstractNum w:abstractNumId="6">${level(0, 'decimal', 'P%1')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="6"/></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="6"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const num = (text: string, numId: number, ilvl = 0, bold = false) =>
  `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;

const parse = async (body: string, extra: Record<string, Uint8Array> = {}) => parseDocument(makeDocx(body, { 'word/numbering.xml': strToU8(NUMBERING), ...extra }), 'plan.docx');

describe('worded Word list labels', () => {
  it('are written into their paragraphs: a section heading and numbered items', async () => {
    const body = [
      num('Pupil profile', 5, 0, true),
      wP('Noor is 9 and loves swimming.'),
      num('Needs', 5, 0, true),
      wP('Noor finds spelling hard.'),
      num('Hopes', 5, 0, true),
      num('Home life', 5, 0, true),
      num('Targets', 5, 0, true),
      num('By July 2027, Noor will spell 40 common words correctly.', 7),
      num('Support in school', 5, 0, true),
      num('Daily phonics in a group of 4 with a teaching assistant, 20 minutes.', 6),
      num('A spelling mat on her desk in every lesson.', 6),
      num('Health care', 5, 0, true),
      num('Social care', 5, 0, true),
      num('Care under the 1970 Act', 5, 1, true),
      wP('None.'),
      num('Other care', 5, 1, true),
      wP('None.'),
    ].join('');
    const doc = await parse(body);
    const lines = doc.blocks.map((b) => (b.kind === 'table' ? '' : `${b.kind}: ${b.text}`));
    expect(lines).toContain('heading: Section A: Pupil profile');
    expect(lines).toContain('heading: Section F: Support in school');
    expect(lines).toContain('heading: Section H: Social care');
    expect(lines).toContain('heading: Section H1: Care under the 1970 Act');
    expect(lines).toContain('heading: Section H2: Other care');
    expect(lines).toContain('paragraph: P1 By July 2027, Noor will spell 40 common words correctly.');
    // numId 6 shares abstract list 6 with 7, but 7 restarts it: 6 counts on its own from 1.
    expect(lines).toContain('paragraph: P1 Daily phonics in a group of 4 with a teaching assistant, 20 minutes.');
    expect(lines).toContain('paragraph: P2 A spelling mat on her desk in every lesson.');
    expect(doc.blocks.some((b) => b.kind === 'listItem')).toBe(false);
  });

  it('a label that is only a number or a bullet stays a list item with its marker', async () => {
    const doc = await parse([wP('Section F: Special educational provision', 'Heading1'), wLi('Reading with an adult daily.', 2, 0), wLi('A timer on his desk.', 1, 0)].join(''));
    const items = doc.blocks.filter((b) => b.kind === 'listItem');
    expect(items.map((b) => b.text)).toEqual(['Reading with an adult daily.', 'A timer on his desk.']);
  });
});

describe('margin comments', () => {
  it('are not the plan\'s text', async () => {
    const comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}><w:comment w:id="0" w:author="Parent" w:initials="P" w:date="2026-10-01T10:00:00Z"><w:p><w:r><w:t>Please make this three times a week for 20 minutes.</w:t></w:r></w:p></w:comment></w:comments>`;
    const body = `${wP('Section F: Special educational provision', 'Heading1')}<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">Handwriting practice when time allows.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`;
    const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>`;
    const doc = await parse(body, { 'word/comments.xml': strToU8(comments), 'word/_rels/document.xml.rels': strToU8(rels) });
    expect(doc.text).toContain('Handwriting practice when time allows.');
    expect(doc.text).not.toContain('three times a week');
  });
});
