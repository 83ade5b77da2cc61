// Builds a StructuredDocument for tests with the layout ingest produces: blocks separated by "\n",
// list items without their marker, table rows one per line with cells separated by "\t".
import type { Block, StructuredDocument, TableRow } from '../../services/ingest/src/document.ts';

export type Part =
  | string // a paragraph
  | { h: string; level?: number }
  | { li: string; marker?: string; depth?: number }
  | { table: string[][] };

export function buildDoc(parts: Part[], name = 'test-plan.txt'): StructuredDocument {
  let text = '';
  const blocks: Block[] = [];
  const push = (s: string) => {
    if (text.length) text += '\n';
    const start = text.length;
    text += s;
    return { start, end: text.length };
  };
  for (const p of parts) {
    if (typeof p === 'string') blocks.push({ kind: 'paragraph', text: p, page: null, ...push(p) });
    else if ('h' in p) blocks.push({ kind: 'heading', level: p.level ?? 2, text: p.h, page: null, ...push(p.h) });
    else if ('li' in p) blocks.push({ kind: 'listItem', text: p.li, marker: p.marker ?? '•', ordered: /\d|[a-z]\)/i.test(p.marker ?? ''), depth: p.depth ?? 0, page: null, ...push(p.li) });
    else {
      const rows: TableRow[] = [];
      for (const r of p.table) {
        const line = r.join('\t');
        const { start, end } = push(line);
        let at = start;
        const cells = r.map((c) => {
          const cell = { text: c, start: at, end: at + c.length, page: null };
          at += c.length + 1;
          return cell;
        });
        rows.push({ start, end, page: null, cells });
      }
      blocks.push({ kind: 'table', rows, start: rows[0].start, end: rows[rows.length - 1].end, page: null });
    }
  }
  return { name, mediaType: 'text/plain', sha256: 'a'.repeat(64), pages: null, text, blocks, pageStarts: [] };
}
