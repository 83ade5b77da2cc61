// Module hooks that run TypeScript from a source checkout (development and tests only): each .ts
// file is transpiled alone with esbuild, and nothing else is touched. The parse worker thread uses
// them in place of tsx, whose loader also passes pdf.js's 3 MB of JavaScript through its transform
// (2 s of CPU and 180 MB more for every worker started).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !/\.[cm]?ts$/.test(url)) return nextLoad(url, context);
  const file = fileURLToPath(url);
  const { code } = await transform(await readFile(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'node20', sourcefile: file, sourcemap: 'inline' });
  return { format: 'module', source: code, shortCircuit: true };
}
