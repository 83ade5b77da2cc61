// Looks for bytes in a directory's files: the deletion tests' proof that nothing is left on disk.
import fs from 'node:fs';
import path from 'node:path';

/** Every file under dir whose bytes contain any of needles (names of the needles found, per file). */
export function scanDir(dir: string, needles: Record<string, Buffer>): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        const bytes = fs.readFileSync(p);
        const hits = Object.entries(needles).filter(([, n]) => bytes.includes(n)).map(([k]) => k);
        if (hits.length) found[path.relative(dir, p)] = hits;
      }
    }
  };
  walk(dir);
  return found;
}
