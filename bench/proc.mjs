// Memory of a running process, read from /proc (Linux), for the benchmarks.
import { readFileSync } from 'node:fs';

/** VmHWM (peak RSS) and VmRSS of a process, in bytes; zeros when the process is gone. */
export function memoryOf(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return { rss: 0, peak: 0 };
  }
}
