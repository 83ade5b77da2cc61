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
 * `keep`, when given, receives the vm.Script (the build writes its cache after a sample run).
 */
export async function loadScript(file, keep) {
  let source;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let cachedData;
  try {
    cachedData = readFileSync(new URL(file.href.replace(/\.js$/, '.cache')));
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(source, { filename: fileURLToPath(file), cachedData });
  keep?.(script);
  // The script's import(): a relative specifier from the script's own place, a package from dist/ (the same node_modules).
  const importer = (specifier) => import(specifier.startsWith('.') ? new URL(specifier, file).href : specifier);
  return script.runInThisContext()(file.href, importer);
}

export const scriptOf = (esmBundle) => new URL(esmBundle.href.replace(/\.mjs$/, '.script.js'));
