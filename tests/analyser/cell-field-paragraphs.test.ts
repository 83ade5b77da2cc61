// A provision written as labelled paragraphs of one table cell ("Provision: …" / "How often: …" /
// "Who: …", as a Word form or its PDF keeps them): one statement, judged with its fields; several
// provisions in one cell (each its own paragraph, or each with its own fields) stay apart. Invented child.
import { describe, expect, it } from 'vitest';
import type { StructuredDocument, TableBlock } from '../../services/ingest/src/document.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc, type Part } from './build-doc.ts';

/** A doc whose table cells given as arrays hold one paragraph each (joined by a space, as ingest joins them). */
function withCellParagraphs(parts: (Part | { table: (string | string[])[][] })[]): StructuredDocument {
  const flat = parts.map((p) => (typeof p === 'object' && 'table' in p ? { table: p.table.map((r) => r.map((c) => (Array.isArray(c) ? c.join(' ') : c))) } : p)) as Part[];
  const doc = buildDoc(flat, 'plan.docx');
  const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
  const given = parts.filter((p): p is { table: (string | string[])[][] } => typeof p === 'object' && 'table' in p);
  given.forEach((t, ti) =>
    t.table.forEach((r, ri) =>
      r.forEach((c, ci) => {
        if (!Array.isArray(c)) return;
        const cell = tables[ti].rows[ri].cells[ci];
        let at = cell.start;
        cell.paragraphs = c.map((p) => {
          const span = { start: at, end: at + p.length };
          at += p.length + 1;
          return span;
        });
      }),
    ),
  );
  return doc;
}

const plan = (provision: string[]) =>
  withCellParagraphs([
    { h: 'Section A – Views', level: 1 },
    'Noor likes painting and her cat.',
    {
      table: [
        ['B – Special Educational Needs', 'F – Special Educational Provision', 'E – Outcomes'],
        ['Noor finds it hard to remember spellings.', provision, 'By July 2028, Noor will spell 80 of the Year 7 words correctly.'],
      ],
    },
  ]);

describe('labelled field paragraphs of one cell', () => {
  it('a "How often:" and a "Who:" paragraph belong to the provision before them', () => {
    const r = analyse(plan(['Provision: A spelling programme (Word Wasp), 1:1', 'How often: 3 x 25 minutes each week', 'Who: a teaching assistant trained in the programme']));
    const f = r.provisions.filter((p) => p.section === 'F');
    expect(f).toHaveLength(1);
    expect(f[0].text).toMatch(/^Provision: A spelling programme/);
    expect(f[0].elements).toMatchObject({ activity: true, frequency: true, duration: true, provider: true, groupSize: true });
    expect(f[0].specific).toBe(true);
    expect(f[0].row).not.toBeNull();
  });

  it('two provisions in one cell, each with its fields, are two statements; an empty "Provided by:" stays with its own', () => {
    const r = analyse(
      plan([
        'Provision: Coloured overlays for all reading tasks',
        'Staff: class teachers',
        'Provision: Small group reading practice',
        'Frequency: as needed',
        'Provided by:',
      ]),
    );
    const f = r.provisions.filter((p) => p.section === 'F');
    expect(f.map((p) => p.text)).toEqual(['Provision: Coloured overlays for all reading tasks Staff: class teachers', 'Provision: Small group reading practice Frequency: as needed Provided by:']);
    expect(f[1].specific).toBe(false);
    expect(f[1].elements.provider).toBe(false);
  });

  it('paragraphs that are provisions of their own (no field label) stay apart', () => {
    const r = analyse(plan(['A teaching assistant will give Noor 10 minutes of spelling practice every morning.', 'Noor will have a word bank on her desk in every lesson.']));
    expect(r.provisions.filter((p) => p.section === 'F')).toHaveLength(2);
  });
});
