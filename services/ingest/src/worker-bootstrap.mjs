// Entry of the parse worker thread, plain JavaScript so that it runs the same from services/ and
// from dist/: silences output, then loads the compiled worker beside it (or its bundle), or (in a source checkout:
// tests and development) registers a TypeScript loader in this thread and loads the TypeScript one.
import { existsSync } from 'node:fs';
import { register } from 'node:module';

// Library warnings may quote document content: nothing a parser prints may reach the logs.
// (Silenced here rather than piped to the parent, because a piped stream keeps an idle pooled worker alive.)
for (const stream of [process.stdout, process.stderr]) stream.write = () => true;
for (const k of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[k] = () => {};

const compiled = new URL('./worker.js', import.meta.url);
if (existsSync(compiled)) {
  // From dist/: the worker's modules and pdf.js in one script started from its code cache when the
  // build made it (scripts/build.mjs: parse-worker.script.js), else module by module.
  const { loadScript } = await import('./load-script.mjs');
  if (!(await loadScript(new URL('../../parse-worker.script.js', import.meta.url)))) await import(compiled.href);
} else {
  register(new URL('../../../scripts/ts-hooks.mjs', import.meta.url));
  await import('./worker.ts');
}
