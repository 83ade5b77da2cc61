// Runs a bundle made into a script by scripts/script-bundle.mjs (FILE.script.js), starting it from
// V8's code cache beside it (FILE.script.cache, written by the build) when there is one and V8
// accepts it (same node, same V8 flags); otherwise V8 compiles the source as usual. Plain JavaScript,
// read from dist/ by bin/ehcp-check.js and the parse worker's bootstrap. Nothing is written here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

/**
 * Compiles and runs the script at `file` (a URL); resolves to what it returns (its exports), or to
 * null when there is no such script (then load the ES module instead).
 * `keep`, when given, receives the vm.Script (the build writes its cache after a sample run: scripts/code-cache.mjs).
 */
export async function loadScript(file, keep) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  let cachedData;
  try {
    cachedData = cachedDataFor(bytes, readFileSync(new URL(file.href.replace(/\.js$/, '.cache'))));
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(bytes.toString('utf8'), { filename: fileURLToPath(file), cachedData });
  keep?.(script);
  // The script's import(): a relative specifier from the script's own place, a package from dist/ (the same node_modules).
  const importer = (specifier) => import(specifier.startsWith('.') ? new URL(specifier, file).href : specifier);
  return script.runInThisContext()(file.href, importer);
}

// V8 checks a cache against its source's length only, so a cache file starts with the script it was
// made from (its length in bytes, then the bytes), and a cache made for other text (the script edited
// after the build) is not used. Comparing the bytes costs a memcmp: a hash of the two scripts' 5.7 MB
// (of their text, encoded again as UTF-8) cost about 145 million instructions of every command line.

/** A code cache file's contents: `script` (the script's bytes), then V8's `data`. */
export function cacheFile(script, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(script.length);
  return Buffer.concat([length, script, data]);
}

/** V8's data in a code cache file (`stored`) when it was made from `script` (bytes); else undefined. */
export function cachedDataFor(script, stored) {
  const end = 4 + script.length;
  if (stored.length <= end || stored.readUInt32LE(0) !== script.length || !stored.subarray(4, end).equals(script)) return undefined;
  return stored.subarray(end);
}
