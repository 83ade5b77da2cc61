// What the two commands (`ehcp-check` and `ehcp-check compare`) share of the terminal: how a usage
// failure is said, and standard output kept for the result.
import { format as formatLog } from 'node:util';

type Stderr = { write(s: string): unknown };

/** A failure of `command`: its message on standard error (the usage after it when asked), exit status 2. */
export function failureOf(stderr: Stderr, command: string, usage: string): (message: string, showUsage?: boolean) => number {
  return (message, showUsage = false) => {
    stderr.write(`${command}: ${message}\n${showUsage ? `\n${usage}` : ''}`);
    return 2;
  };
}

/** Sends console output to standard error until the returned function is called (pdf.js warns with console.log). */
export function consoleToStderr(stderr: Stderr): () => void {
  const methods = ['log', 'info', 'debug', 'warn'] as const;
  const saved = methods.map((m) => console[m]);
  for (const m of methods) console[m] = (...args: unknown[]) => void stderr.write(`${formatLog(...args)}\n`);
  return () => methods.forEach((m, i) => (console[m] = saved[i]));
}
