// Plain-JS entry for the parse worker: silences output, registers tsx in this thread, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

// Library warnings may quote document content: nothing a parser prints may reach the logs.
// (Silenced here rather than piped to the parent, because a piped stream keeps an idle pooled worker alive.)
for (const stream of [process.stdout, process.stderr]) stream.write = () => true;
for (const k of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[k] = () => {};

register();
await import('./worker.ts');
