// Looks for bytes in a directory's files: the deletion tests' proof that nothing is left on disk.
import fs from 'node:fs';
import path from 'node:path';

/** Every file under dir whose bytes contain any of needles (names of the needles found, per file). */
export function scanDir(dir: string, needles: Record<string, Buffer>): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  // A live server (PostgreSQL) drops other tables' files while the scan runs: a file gone holds nothing.
  const gone = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (err) {
      if (gone(err)) return;
      throw err;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        let bytes: Buffer;
        try {
          bytes = fs.readFileSync(p);
        } catch (err) {
          if (gone(err)) continue;
          throw err;
        }
        const hits = Object.entries(needles).filter(([, n]) => bytes.includes(n)).map(([k]) => k);
        if (hits.length) found[path.relative(dir, p)] = hits;
      }
    }
  };
  walk(dir);
  return found;
}
