// Diagnostic: npx tsx tests/ingest/tools/compare-blocks.ts [--docx] [--q] p01 p02 ...
// Ingests plan.txt and plan.pdf (or .docx) of corpus plans and prints where the block sequences differ.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../../services/ingest/src/parse.ts';
import type { Block } from '../../../services/ingest/src/document.ts';

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
const sig = (b: Block) => (b.kind === 'table' ? `T[${b.rows.map((r) => r.cells.map((c) => ws(c.text)).join(' | ')).join(' // ')}]` : b.kind === 'listItem' ? `L${b.depth}(${b.marker}) ${b.text}` : b.kind === 'heading' ? `H${b.level} ${b.text}` : `P ${b.text}`);
const kindSig = (b: Block) => (b.kind === 'table' ? `T ${b.rows.map((r) => r.cells.map((c) => ws(c.text)).join(' | ')).join(' // ')}` : b.kind === 'listItem' ? `L ${b.text}` : b.kind === 'heading' ? `H ${b.text}` : `P ${b.text}`);

function lcs(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length, m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const out: Array<[number, number]> = [];
  let i = 0, j = 0;
  while (i < n && j < m) { if (a[i] === b[j]) { out.push([i, j]); i++; j++; } else if (dp[i + 1][j] >= dp[i][j + 1]) i++; else j++; }
  return out;
}

const args = process.argv.slice(2);
const fmt = args.includes('--docx') ? 'docx' : 'pdf';
const ids = args.filter((a) => !a.startsWith('--'));
const root = join(import.meta.dirname, '../../../corpus/plans');
let total = 0;
for (const id of ids) {
  const txt = await parseDocument(new Uint8Array(readFileSync(join(root, id, 'plan.txt'))), 'plan.txt');
  const other = await parseDocument(new Uint8Array(readFileSync(join(root, id, `plan.${fmt}`))), `plan.${fmt}`);
  const a = txt.blocks.map(kindSig), b = other.blocks.map(kindSig);
  const pairs = lcs(a, b);
  const diff = a.length + b.length - 2 * pairs.length;
  total += diff;
  console.log(`== ${id} txt ${a.length} ${fmt} ${b.length} matched ${pairs.length} diff ${diff}`);
  if (args.includes('--q')) continue;
  let i = 0, j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    while (i < pi) console.log(`  - ${sig(txt.blocks[i++]).slice(0, Number(process.env.WIDTH ?? 220))}`);
    while (j < pj) console.log(`  + ${sig(other.blocks[j++]).slice(0, Number(process.env.WIDTH ?? 220))}`);
    i++; j++;
  }
}
console.log('total diff', total);
