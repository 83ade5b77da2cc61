// The same plan as Markdown, plain text, DOCX (LibreOffice) and PDF (LibreOffice and Chromium)
// must give the same blocks in the same order; plus what each format adds (pages, levels).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, StructuredDocument } from '../../services/ingest/src/document.ts';
import { pageAt } from '../../services/ingest/src/document.ts';
import { ingest, parseDocument } from '../../services/ingest/src/index.ts';
import { PLAN } from '../fixtures/ingest/plan.ts';

const DIR = join(import.meta.dirname, '../fixtures/ingest');
const FILES = { md: 'plan.md', txt: 'plan.txt', docx: 'plan.docx', loPdf: 'plan-libreoffice.pdf', chromePdf: 'plan-chromium.pdf' } as const;
type Key = keyof typeof FILES;
const docs = {} as Record<Key, StructuredDocument>;
const read = (f: string) => new Uint8Array(readFileSync(join(DIR, f)));

beforeAll(async () => {
  for (const [k, f] of Object.entries(FILES)) docs[k as Key] = await parseDocument(read(f), f);
});

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
const signature = (b: Block) => (b.kind === 'table' ? `table: ${b.rows.map((r) => r.cells.map((c) => ws(c.text)).join(' | ')).join(' // ')}` : `${b.kind}: ${ws(b.text)}`);

/** What the plan model says the blocks are. */
function expected(): string[] {
  const out: string[] = [];
  for (const b of PLAN) {
    if ('h' in b) out.push(`heading: ${b.text}`);
    else if ('p' in b) out.push(`paragraph: ${b.p}`);
    else if ('ul' in b) out.push(...b.ul.map((i) => `listItem: ${i}`));
    else if ('ol' in b) out.push(...b.ol.map((i) => `listItem: ${i}`));
    else out.push(`table: ${b.table.map((r) => r.join(' | ')).join(' // ')}`);
  }
  return out;
}

describe('the same plan in five files', () => {
  it.each(Object.keys(FILES) as Key[])('%s gives exactly the blocks of the plan, in order', (k) => {
    expect(docs[k].blocks.map(signature)).toEqual(expected());
  });

  it('sniffs each media type from the bytes', () => {
    expect(docs.md.mediaType).toBe('text/markdown');
    expect(docs.txt.mediaType).toBe('text/plain');
    expect(docs.docx.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docs.loPdf.mediaType).toBe('application/pdf');
    expect(docs.chromePdf.mediaType).toBe('application/pdf');
  });

  it.each(Object.keys(FILES) as Key[])('%s keeps every offset consistent with text', (k) => {
    const d = docs[k];
    expect(d.text).toBe(d.blocks.map((b) => d.text.slice(b.start, b.end)).join('\n'));
    for (const b of d.blocks) {
      if (b.kind === 'table') {
        expect(d.text.slice(b.start, b.end)).toBe(b.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n'));
        for (const r of b.rows) for (const c of r.cells) expect(d.text.slice(c.start, c.end)).toBe(c.text);
      } else {
        expect(d.text.slice(b.start, b.end)).toBe(b.text);
        expect(b.text).toBe(ws(b.text));
      }
    }
  });

  it('gives heading levels from Markdown and from Word styles', () => {
    for (const d of [docs.md, docs.docx]) {
      const levels = d.blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : []));
      expect(levels).toEqual(PLAN.flatMap((b) => ('h' in b ? [b.h] : [])));
    }
  });

  it('ranks PDF headings by font size (title, sections, subsections)', () => {
    for (const d of [docs.loPdf, docs.chromePdf]) {
      const h = d.blocks.filter((b) => b.kind === 'heading');
      expect(h.find((b) => b.text.startsWith('EDUCATION'))?.level).toBe(1);
      expect(h.find((b) => b.text.startsWith('Section F'))?.level).toBe(2);
      expect(h.find((b) => b.text === 'Cognition and learning')?.level).toBe(3);
    }
  });

  it('marks list items ordered or not, with the marker as written in PDF', () => {
    const chrome = docs.chromePdf.blocks.filter((b) => b.kind === 'listItem');
    expect(chrome.map((b) => (b.kind === 'listItem' ? `${b.marker}${b.ordered}` : ''))).toContain('1.true');
    expect(chrome.map((b) => (b.kind === 'listItem' ? `${b.marker}${b.ordered}` : ''))).toContain('•false');
    const md = docs.md.blocks.filter((b) => b.kind === 'listItem' && b.ordered);
    expect(md).toHaveLength(3);
  });

  it('has pages for PDF and none for text and DOCX', () => {
    expect(docs.chromePdf.pages).toBe(4);
    expect(docs.loPdf.pages).toBe(3);
    for (const d of [docs.md, docs.txt, docs.docx]) {
      expect(d.pages).toBeNull();
      expect(d.pageStarts).toEqual([]);
      expect(d.blocks.every((b) => b.page === null)).toBe(true);
    }
    for (const d of [docs.chromePdf, docs.loPdf]) {
      expect(d.pageStarts).toHaveLength(d.pages!);
      expect(d.pageStarts[0]).toBe(0);
      for (const b of d.blocks) expect(b.page).toBe(pageAt(d, b.start));
      // Section J is on the last-but-one page or later, never on page 1.
      expect(d.blocks.find((b) => b.kind === 'heading' && b.text.startsWith('Section J'))!.page).toBeGreaterThan(1);
    }
  });

  it('drops running headers and footers from PDF text', () => {
    for (const d of [docs.chromePdf, docs.loPdf]) {
      expect(d.text).not.toMatch(/OFFICIAL - SENSITIVE|Page \d+ of \d+|09\/07\/2014/);
    }
  });

  it('keeps a provision table row that breaks across a page as one row (Chromium PDF)', () => {
    const table = docs.chromePdf.blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    const split = table.rows.find((r) => r.cells[1].text.startsWith('A structured lunchtime club'))!;
    expect(split.cells[0].text).toBe('Social, emotional and mental health');
    expect(new Set(table.rows.map((r) => r.page)).size).toBeGreaterThan(1);
    expect(table.rows.filter((r) => r.cells[0].text === 'Need')).toHaveLength(1);
  });

  it('joins words hyphenated at line ends and keeps real hyphens', () => {
    for (const d of [docs.chromePdf, docs.loPdf]) {
      expect(d.text).toContain('assessment places him');
      expect(d.text).toContain('half-termly');
      expect(d.text).toContain('touch-typing');
      expect(d.text).not.toMatch(/[\u00AD\u2010]/);
    }
  });

  it('runs the same parse in a worker through ingest()', async () => {
    const d = await ingest(read(FILES.chromePdf), { name: 'plan.pdf' });
    expect(d.blocks.map(signature)).toEqual(docs.chromePdf.blocks.map(signature));
    expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(d.name).toBe('plan.pdf');
  });
});
