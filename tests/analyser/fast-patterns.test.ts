// fast-patterns.ts hands V8 the vocabulary's case-insensitive patterns with each letter's cases written
// out (and no `i` flag): the same matches, found at the same places with the same groups, whatever the
// pattern's grammar; and what it cannot rewrite it leaves as it is.
import { describe, expect, it } from 'vitest';
import { caseGroups, caseWrittenOut, fastPattern, fastPatterns, matchesOf } from '../../services/analyser/src/fast-patterns.ts';

/** Every match of `re` in `text` (index, whole match, groups), as a global search finds them. */
function matches(re: RegExp, text: string): unknown[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  return [...text.matchAll(g)].map((m) => [m.index, ...m]);
}

const TEXTS = [
  'Mira will Catch the 42 BUS to the Library on her own by the end of Spring term.',
  'SALT: 3 x 30 MINUTES a week; Physio once a FORTNIGHT (ÉCOLE, café, Café).',
  'tab\tseparated\tCELLS and [brackets], back\\slash, caret^ and dash-es; a K and a \u212A, an S and a \u017F',
  'µ micro, Μ capital mu, μ small mu; Σ σ ς; İ ı I i',
];

describe('caseWrittenOut: the same matches without the i flag', () => {
  const cases: [string, string][] = [
    ['a plain word', 'catch the bus'],
    ['an alternation with a lookbehind', '(?<![\\w])(?:bus|train|tram)(?![\\w])'],
    ['a class of letters', '[a-c]atch|[^a-z ]+'],
    ['a class with a dash at the end and a caret inside', '[x^-]+|[\\w-]+'],
    ['a negated class', '[^aeiou\\s]{2,}'],
    ['escapes: classes, assertions, controls, punctuation', '\\bon\\s+her\\s+own\\b|\\t\\w+|\\[\\w+\\]|\\\\'],
    ['hex and unicode escapes', '\\x41|\\u0062us|[\\x61-\\x63]'],
    ['a letter with a non-ASCII case', 'caf[eé]|[é]cole'],
    ['letters whose cases include non-ASCII forms', 'k|s|[ks]|µ|σ|ι'],
    ['quantifiers and groups', '(?:the )?(\\w+) (?:bus|library){1,2}|(mini)?mum?s'],
    ['a lookahead and a literal brace', 'term(?= )|\\d{1,2}|{x}'],
  ];
  for (const [name, src] of cases) {
    it(name, () => {
      const out = caseWrittenOut(src);
      expect(out).not.toBeNull();
      for (const flags of ['i', 'gi', 'im']) {
        const fast = new RegExp(out!, flags.replace('i', ''));
        for (const t of TEXTS) expect(matches(fast, t)).toEqual(matches(new RegExp(src, flags), t));
      }
    });
  }

  it('leaves what it does not rewrite to the engine: backreferences, named groups, identity escapes', () => {
    for (const src of ['(\\w)\\1', '(?<word>bus)\\k<word>', '\\cJ', '\\q', '[\\w-z]']) expect(caseWrittenOut(src)).toBeNull();
  });

  it('knows the code units that match others under i, as V8 does', () => {
    const groups = caseGroups();
    for (const g of groups.filter((x) => x.length > 2).slice(0, 40)) {
      const [first, ...rest] = g.map((cu) => String.fromCharCode(cu));
      for (const other of rest) expect(new RegExp(first.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'), 'i').test(other)).toBe(true);
    }
  });
});

describe('fastPattern(s)', () => {
  it('gives an expression with the same flags but i, compiled and with its lastIndex kept', () => {
    const re = new RegExp('(?<![\\w])(?:bus|train)(?![\\w])', 'gi');
    const fast = fastPattern(re);
    expect(fast.flags).toBe('g');
    expect(fast.lastIndex).toBe(0);
    expect(matches(fast, TEXTS[0])).toEqual(matches(re, TEXTS[0]));
  });

  it('keeps a pattern with the u flag as it is', () => {
    const re = /bus/iu;
    expect(fastPattern(re)).toBe(re);
  });

  it("replaces the expressions in a judge's built patterns: values, arrays and objects two levels down", () => {
    const built = { one: /bus/i, list: [/train/i, { re: /tram/i, weeks: 2 }], n: 3, set: new Set([/x/i]) };
    const out = fastPatterns(built);
    expect(out).toBe(built);
    expect(built.one.flags).toBe('');
    expect((built.list[0] as RegExp).flags).toBe('');
    expect((built.list[1] as { re: RegExp }).re.flags).toBe('');
    expect(built.n).toBe(3);
    expect([...built.set][0].flags).toBe('i');
  });

  it("makes an object's pattern fast on its first reading, the same expression from then on, and lets it be assigned", () => {
    const built: { bus: RegExp; tram: RegExp; n: number } = { bus: /bus/gi, tram: /tram/i, n: 3 };
    fastPatterns(built);
    expect(Object.keys(built)).toEqual(['bus', 'tram', 'n']);
    const first = built.bus;
    expect(first.flags).toBe('g');
    expect(built.bus).toBe(first);
    first.lastIndex = 2;
    expect(built.bus.lastIndex).toBe(2);
    expect('A BUS, a bus'.match(built.bus)).toEqual(['BUS', 'bus']);
    const other = /boat/;
    built.tram = other;
    expect(built.tram).toBe(other);
    expect({ ...built }).toEqual({ bus: first, tram: other, n: 3 });
  });
});

describe('matchesOf', () => {
  it('gives every non-empty match of a global pattern from the start, whatever lastIndex was', () => {
    const re = /\b(?:teacher|assistant)?/g;
    re.lastIndex = 7;
    expect([...matchesOf(re, 'A teacher and an assistant')].map((m) => [m.index, m[0]])).toEqual([[2, 'teacher'], [17, 'assistant']]);
    expect(re.lastIndex).toBe(0);
  });
  it('leaves lastIndex at 0 when the loop stops early', () => {
    const re = /\d+/g;
    for (const m of matchesOf(re, '10 minutes, 3 times a week')) if (m[0] === '10') break;
    expect(re.lastIndex).toBe(0);
    expect(re.exec('7 days')?.[0]).toBe('7');
  });
});
