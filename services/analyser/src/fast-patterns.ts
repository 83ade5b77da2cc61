// The vocabulary's regular expressions as V8 compiles and runs them most cheaply, with the same matches.
// Grammar of patterns only (no words here). Measured on a cold command line (one 5-page PDF, callgrind):
// compiling regular expressions was 44% of the main thread's instructions, mostly the vocabulary's long
// case-insensitive alternations (thousands of characters each).
//
// 1. Case written out. V8 compiles a case-insensitive pattern by asking ICU, for every letter and in
//    every pass of its compiler, for that letter's other cases. The same pattern with each letter
//    written as a class of its cases ("a" as "[aA]") and no `i` flag matches exactly the same text (the
//    flag's definition, ECMA-262 Canonicalize for patterns without `u`), compiles in about half the
//    instructions and runs in about three quarters.
// 2. Compiled at once. V8 runs a pattern's first match in its bytecode interpreter and compiles it to
//    machine code from the second match on, unless the first subject is 1000 characters or more: then
//    it compiles to machine code at once (for either string width). One match on a long blank line when
//    the vocabulary's patterns are built skips the bytecode and the interpreted first matches.
// The long case-insensitive literals that the section finder and the template-text test read on every
// line (`fastPattern(/…/i)` where they are declared) are handed over the same way: left to V8, each was
// compiled twice, to bytecode and then to machine code, with its cases worked out by ICU both times.
import { readFileSync } from 'node:fs';

/** ECMA-262 Canonicalize (no `u` flag): the code unit a case-insensitive match compares. */
function canonicalize(cu: number): number {
  const upper = String.fromCharCode(cu).toUpperCase();
  if (upper.length !== 1) return cu;
  const u = upper.charCodeAt(0);
  return cu >= 128 && u < 128 ? cu : u;
}

let wideClasses: Map<number, number[]> | undefined;

/**
 * Every code unit at or above 128 that has another case, with the code units it matches under the `i`
 * flag. `npm run build` writes them (case-classes.json, for the Unicode version it was built with);
 * else, or for another Unicode version, they are worked out here (about 15 ms, once).
 */
function nonAsciiClasses(): Map<number, number[]> {
  if (wideClasses) return wideClasses;
  let groups: number[][] | undefined;
  try {
    const saved = JSON.parse(readFileSync(new URL('./case-classes.json', import.meta.url), 'utf8')) as { unicode: string; groups: number[][] };
    if (saved.unicode === process.versions.unicode) groups = saved.groups;
  } catch {
    // none (a source checkout): work them out
  }
  groups ??= caseGroups();
  wideClasses = new Map();
  for (const g of groups) for (const cu of g) if (cu >= 128) wideClasses.set(cu, g);
  return wideClasses;
}

/** The sets of two or more code units that match each other under the `i` flag and include one at or above 128. */
export function caseGroups(): number[][] {
  const byCanon = new Map<number, number[]>();
  for (let cu = 0; cu < 0x10000; cu++) {
    const c = canonicalize(cu);
    const g = byCanon.get(c);
    if (g) g.push(cu);
    else byCanon.set(c, [cu]);
  }
  return [...byCanon.values()].filter((g) => g.length > 1 && g.some((cu) => cu >= 128));
}

/** The code units `cu` matches under the `i` flag (itself included). */
function caseClass(cu: number): readonly number[] {
  if (cu < 128) {
    if (cu >= 0x61 && cu <= 0x7a) return [cu - 32, cu];
    if (cu >= 0x41 && cu <= 0x5a) return [cu, cu + 32];
    // "K" and "S" have no other members: U+212A and U+017F canonicalize to themselves.
    return [cu];
  }
  return nonAsciiClasses().get(cu) ?? [cu];
}

// A run of ASCII outside classes and escapes (groups and quantifiers have no letters once named
// groups are refused): its letters written out in one pass.
const PLAIN_RUN = /[^\\[\u0080-\uffff]+/y;
const NAMED_GROUP = /\(\?<(?![=!])/;
const ASCII_LETTER = /[A-Za-z]/g;
const ASCII_CASES: Record<string, string> = {};
for (let cu = 0x41; cu <= 0x5a; cu++) {
  const written = `[${String.fromCharCode(cu)}${String.fromCharCode(cu + 32)}]`;
  ASCII_CASES[String.fromCharCode(cu)] = written;
  ASCII_CASES[String.fromCharCode(cu + 32)] = written;
}
const writtenOut = (ch: string) => ASCII_CASES[ch];

const hex4 = (cu: number) => `\\u${cu.toString(16).padStart(4, '0')}`;
/** One code unit written inside a class. */
const inClass = (cu: number) => (cu < 0x20 || cu > 0x7e || '\\]^-['.includes(String.fromCharCode(cu)) ? hex4(cu) : String.fromCharCode(cu));

// Escapes whose letter names a class, an assertion or a control character: none is affected by case.
const ATOM_ESCAPES = new Set('bBdDsSwWnrtfv');
const CLASS_ESCAPES = new Set('dDsSwW');
const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, b: 8 };

/**
 * The pattern of a case-insensitive expression (without `u` or `v`) written so that it matches the
 * same without the `i` flag, or null when it uses what this does not rewrite (backreferences, named
 * groups, `\c`, identity escapes of letters, ranges of escapes): then the expression stays as it is.
 */
export function caseWrittenOut(src: string): string | null {
  if (NAMED_GROUP.test(src)) return null;
  let out = '';
  let i = 0;
  const n = src.length;
  /** A `\x..` or `\u....` escape at src[at]: its code unit and length. */
  const hexEscape = (at: number): [number, number] | null => {
    const m = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))/.exec(src.slice(at, at + 6));
    return m ? [parseInt(m[1] ?? m[2], 16), m[0].length] : null;
  };
  while (i < n) {
    PLAIN_RUN.lastIndex = i;
    const run = PLAIN_RUN.exec(src);
    if (run) {
      out += run[0].replace(ASCII_LETTER, writtenOut);
      i += run[0].length;
      continue;
    }
    const c = src[i];
    if (c === '\\') {
      const d = src[i + 1];
      if (d === undefined) return null;
      const hx = hexEscape(i);
      if (hx) {
        const cls = caseClass(hx[0]);
        out += cls.length > 1 ? `[${cls.map(inClass).join('')}]` : src.slice(i, i + hx[1]);
        i += hx[1];
        continue;
      }
      if (ATOM_ESCAPES.has(d) || (d === '0' && !/[0-9]/.test(src[i + 2] ?? ''))) {
        out += c + d;
        i += 2;
        continue;
      }
      // \1 (a backreference), \k, \c, \p and identity escapes of letters: left to the engine.
      if (/[A-Za-z0-9]/.test(d) || caseClass(d.charCodeAt(0)).length > 1) return null;
      out += c + d;
      i += 2;
      continue;
    }
    if (c === '[') {
      // The class written anew: its escapes for \d \w \s as they are, then its code units and their
      // other cases as ranges.
      let j = i + 1;
      const negated = src[j] === '^';
      if (negated) j++;
      const members = new Set<number>();
      const escapes: string[] = [];
      /** A class atom at src[j]: a code unit, an escape naming a class (\d, \w, \s, negations), or null. */
      const atom = (): number | string | null => {
        if (src[j] !== '\\') return src.charCodeAt(j++);
        const d = src[j + 1];
        if (d === undefined) return null;
        const hx = hexEscape(j);
        if (hx) {
          j += hx[1];
          return hx[0];
        }
        j += 2;
        if (CLASS_ESCAPES.has(d)) return `\\${d}`;
        if (d in CONTROL_ESCAPES) return CONTROL_ESCAPES[d];
        if (d === '0' && !/[0-9]/.test(src[j] ?? '')) return 0;
        if (/[A-Za-z0-9]/.test(d)) return null;
        return d.charCodeAt(0);
      };
      while (j < n && src[j] !== ']') {
        const lo = atom();
        if (lo === null) return null;
        if (src[j] === '-' && src[j + 1] !== undefined && src[j + 1] !== ']') {
          j++;
          const hi = atom();
          if (hi === null || typeof lo === 'string' || typeof hi === 'string' || hi < lo) return null;
          if (hi - lo > 0x3000) return null; // a wide range: left to the engine
          for (let cu = lo; cu <= hi; cu++) members.add(cu);
        } else if (typeof lo === 'string') escapes.push(lo);
        else members.add(lo);
      }
      if (j >= n) return null;
      const all = new Set<number>();
      for (const cu of members) for (const o of caseClass(cu)) all.add(o);
      const units = [...all].sort((a, b) => a - b);
      let ranges = '';
      for (let k = 0; k < units.length; ) {
        let e = k;
        while (e + 1 < units.length && units[e + 1] === units[e] + 1) e++;
        ranges += e === k ? inClass(units[k]) : e === k + 1 ? inClass(units[k]) + inClass(units[e]) : `${inClass(units[k])}-${inClass(units[e])}`;
        k = e + 1;
      }
      out += `[${negated ? '^' : ''}${escapes.join('')}${ranges}]`;
      i = j + 1;
      continue;
    }
    if (c === '(' && src.startsWith('(?<', i) && !src.startsWith('(?<=', i) && !src.startsWith('(?<!', i)) return null; // a named group
    if (c === '{') {
      const q = /^\{\d+(?:,\d*)?\}/.exec(src.slice(i, i + 24));
      if (q) {
        out += q[0];
        i += q[0].length;
        continue;
      }
    }
    const cls = caseClass(src.charCodeAt(i));
    out += cls.length > 1 ? `[${cls.map(inClass).join('')}]` : c;
    i++;
  }
  return out;
}

const LONG_BLANK = ' '.repeat(1000);

/**
 * `re.test(text)` from the start of the text, for a global expression that replace() uses too: V8
 * compiles a pattern once for each set of flags, so a non-global twin kept for test() compiled the
 * same long pattern a second time.
 */
export function testFromStart(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(text);
  re.lastIndex = 0;
  return hit;
}

/** Text matched as written inside a pattern: each character a pattern gives a meaning to escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `re.exec(text)` from the start of the text, whatever a global expression's last match left; testFromStart's twin. */
export function execFromStart(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

/**
 * Every match of a global expression in the text, from the start, an empty match stepped over; the
 * expression's lastIndex is left at 0 however the loop ends (a `break` included).
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  try {
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** The expression as V8 compiles most cheaply (see the top of this file), compiled now. */
export function fastPattern(re: RegExp): RegExp {
  let fast = re;
  if (re.ignoreCase && !re.unicode && !re.flags.includes('v')) {
    const src = caseWrittenOut(re.source);
    if (src !== null) fast = new RegExp(src, re.flags.replace('i', ''));
  }
  const at = fast.lastIndex;
  fast.test(LONG_BLANK);
  fast.lastIndex = at;
  return fast;
}

/**
 * `fastPattern` for every regular expression in a judge's built patterns: the value itself, or the
 * values of a plain object or array, two levels down (replaced in place). Returns the value.
 *
 * A pattern that is a property of a plain object is made fast on first reading, not at once: a judge
 * builds all its patterns together, but a plan reads only some of them (on a 5-page plan, 68 of the
 * 213 patterns, a fifth of their text, were never matched; compiling each to machine code costs
 * whether it is used or not). The property stays an accessor that returns the same expression from
 * then on, and can be assigned. Patterns in arrays are made fast at once, as before.
 */
export function fastPatterns<T>(value: T, depth = 0): T {
  if (value instanceof RegExp) return fastPattern(value) as T;
  if (depth > 2 || !value || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    for (let k = 0; k < value.length; k++) value[k] = fastPatterns(value[k], depth + 1);
  } else if (proto === Object.prototype || proto === null) {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (v instanceof RegExp) fastOnFirstRead(o, k, v);
      else o[k] = fastPatterns(v, depth + 1);
    }
  }
  return value;
}

function fastOnFirstRead(o: Record<string, unknown>, k: string, re: RegExp): void {
  let fast: unknown;
  let made = false;
  Object.defineProperty(o, k, {
    enumerable: true,
    configurable: true,
    get() {
      if (!made) {
        fast = fastPattern(re);
        made = true;
      }
      return fast;
    },
    set(v: unknown) {
      fast = v;
      made = true;
    },
  });
}
