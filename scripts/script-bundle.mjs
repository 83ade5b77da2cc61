// An esbuild ES-module bundle as a classic script, so that V8 can start it from a code cache.
//
// Node 20 has no code cache for ES modules (module.enableCompileCache() is Node 22), but a
// vm.Script takes `cachedData`: the bytecode of every function that had been compiled when the cache
// was made, so a cold start neither parses the source nor compiles those functions again (about a
// billion instructions of a one-PDF command line: pdf.js alone is 3 MB of source).
//
// toScript() turns esbuild's output (format esm) into one async function expression,
//   (async function (__bundleUrl, __import) { "use strict"; const { a } = await __import("x"); ...; return { runCli }; })
// by rewriting only what a script may not contain: the static imports (each on one line at column 0,
// hoisted to the top in their order, as a module's are, and loaded by import() so that they are the
// same module instances as the ones other modules import), the final `export { ... }`,
// `import.meta.url` (the bundle's own URL, passed in), and `import(` in code, which becomes the
// loader's `__import(` (in Node 20 a script's own import() needs vm's experimental main-context
// loader, which V8 loses when the script comes from a code cache). A string holding `import("${`
// (pdf.js's wrapper for a browser worker) is left as it is. Anything else it does not recognise at column 0
// (`import ...` or `export ...`) makes it throw: the build then keeps the ES module alone.
//
// loadScript (services/ingest/src/load-script.mjs) compiles it with the cache and calls it.
//
// The script is ASCII (asciiOnly): esbuild escapes non-ASCII characters in strings but leaves them in
// regular expression literals, String.raw templates and comments, and from the first of them on V8
// decodes the whole file with its slow UTF-8 decoder into a two-byte string (the command line's
// 2.2 MB script: about 70 million instructions of every start).

const IMPORT = /^import (?:(\{[^}]*\})|([A-Za-z_$][\w$]*)|\* as ([A-Za-z_$][\w$]*)|([A-Za-z_$][\w$]*), (\{[^}]*\})) from ("[^"]+");$/;

/** `{ a, b as c }` (an import's names) as a destructuring pattern `{ a, b: c }`. */
const pattern = (names) => names.replace(/([\w$]+) as ([\w$]+)/g, '$1: $2');

export function toScript(esm) {
  const lines = esm.split('\n');
  const imports = [];
  const body = [];
  let exportAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('import ') || line.startsWith('import{')) {
      const m = IMPORT.exec(line);
      if (!m) throw new Error(`script bundle: an import it cannot rewrite: ${line.slice(0, 80)}`);
      const [, named, def, ns, def2, named2, from] = m;
      const n = imports.length;
      if (named) imports.push(`const ${pattern(named)} = await __import(${from});`);
      else if (def) imports.push(`const { default: ${def} } = await __import(${from});`);
      else if (ns) imports.push(`const ${ns} = await __import(${from});`);
      else imports.push(`const __m${n} = await __import(${from}); const { default: ${def2} } = __m${n}; const ${pattern(named2)} = __m${n};`);
      body.push(''); // keeps the line numbers of the rest
      continue;
    }
    if (line.startsWith('export')) {
      if (exportAt >= 0 || !/^export \{\s*$|^export \{[^}]*\};$/.test(line)) throw new Error(`script bundle: an export it cannot rewrite: ${line.slice(0, 80)}`);
      exportAt = i;
      let end = i;
      while (!lines[end].includes('};')) end++;
      const names = lines.slice(i, end + 1).join(' ').replace(/^export/, '').replace(/;\s*$/, '');
      body.push(`return ${names.replace(/([\w$]+) as ([\w$]+)/g, '$2: $1')};`); // `local as exported`
      i = end;
      continue;
    }
    body.push(line);
  }
  if (exportAt < 0) body.push('return {};');
  const text = body.join('\n').replaceAll('import.meta.url', '__bundleUrl').replace(/(?<![\w$.'"`])import\((?!"\$\{)/g, '__import(');
  if (/\bimport\.meta\b/.test(text)) throw new Error('script bundle: import.meta other than import.meta.url');
  return asciiOnly(`(async function (__bundleUrl, __import) {"use strict";${imports.join(' ')}\n${text}\n})`);
}

/**
 * `js` with each non-ASCII code unit written as `\uXXXX`, which means the same code unit in a string,
 * a template, a regular expression (in or out of a class, with or without `u`: a surrogate pair
 * escaped is the same pair), an identifier and a comment. The one place it would not is the raw text
 * of a tagged template: the bundles' are String.raw templates handed to `new RegExp`, where the escape
 * again matches the same character; an escaped non-ASCII character (`\’`, in a regular expression the
 * character itself) loses its backslash, since `\\u2019` would be a backslash and "u2019".
 */
export function asciiOnly(js) {
  return js.replace(/(\\*)([^\x00-\x7f])/g, (_, slashes, ch) => {
    const hex = `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return (slashes.length % 2 ? slashes.slice(1) : slashes) + hex;
  });
}
