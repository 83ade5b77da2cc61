// Runs a bundle made into a script by scripts/script-bundle.mjs (FILE.script.js), starting it from
// V8's code cache beside it (FILE.script.cache, written by the build) when there is one and V8
// accepts it (same node, same V8 flags); otherwise V8 compiles the source as usual. Plain JavaScript,
// read from dist/ by bin/ehcp-check.js and the parse worker's bootstrap. Nothing is written here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/**
 * Compiles and runs the script at `file` (a URL); resolves to what it returns (its exports), or to
 * null when there is no such script (then load the ES module instead).
 * `keep`, when given, receives the vm.Script (the build writes its cache after a sample run: scripts/code-cache.mjs).
 */
export async function loadScript(file, keep) {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  // V8 checks a cache against its source's length only: the build puts the script's SHA-1 before
  // the cache (scripts/code-cache.mjs), and a cache made for other text (the script edited after the
  // build) is not used.
  let cachedData;
  try {
    const stored = readFileSync(new URL(file.href.replace(/\.js$/, '.cache')));
    if (stored.subarray(0, 20).equals(sourceHash(source))) cachedData = stored.subarray(20);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(source, { filename: fileURLToPath(file), cachedData });
  keep?.(script);
  // The script's import(): a relative specifier from the script's own place, a package from dist/ (the same node_modules).
  const importer = (specifier) => import(specifier.startsWith('.') ? new URL(specifier, file).href : specifier);
  return script.runInThisContext()(file.href, importer);
}

/** What a code cache file starts with: the SHA-1 of the script it was made from (20 bytes). */
export const sourceHash = (source) => createHash('sha1').update(source, 'utf8').digest();
