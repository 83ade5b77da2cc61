// Word list numbering whose label is words, not just a number ("Section %1:" drawing "Section F:",
// "F%1" drawing "F1"): Word draws the label from numbering.xml, so the paragraph's own text has only
// the title or the statement, and mammoth, which reads no label text, would drop it. Such labels are
// written into their paragraphs here, before mammoth reads them, as Word shows and prints them (and
// as LibreOffice's text and PDF export print them); the paragraph is then no list item. A label that
// is only a number or a bullet ("%1.", "•") is left to mammoth's lists, as before.

interface Level {
  start: number;
  fmt: string;
  text: string;
  suffix: string;
}

interface Numbering {
  abstract: Map<string, Map<number, Level>>;
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

const attr = (xml: string, name: string): string | null => {
  const m = new RegExp(`<w:${name}\\b[^>]*?\\bw:val="([^"]*)"`).exec(xml);
  return m ? m[1] : null;
};

function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  for (const a of xml.matchAll(/<w:abstractNum\b[^>]*?w:abstractNumId="([^"]*)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of a[2].matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2];
      levels.set(Number(l[1]), { start: Number(attr(body, 'start') ?? 1) || 0, fmt: attr(body, 'numFmt') ?? 'decimal', text: decode(attr(body, 'lvlText') ?? ''), suffix: attr(body, 'suff') ?? 'tab' });
    }
    abstract.set(a[1], levels);
  }
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  for (const n of xml.matchAll(/<w:num\b[^>]*?w:numId="([^"]*)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = attr(n[2], 'abstractNumId');
    if (abstractId === null) continue;
    const starts = new Map<number, number>();
    for (const o of n[2].matchAll(/<w:lvlOverride\b[^>]*?w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const s = attr(o[2], 'startOverride');
      if (s !== null) starts.set(Number(o[1]), Number(s) || 0);
    }
    nums.set(n[1], { abstractId, starts });
  }
  return { abstract, nums };
}

/** Paragraph styles that number their paragraphs (a heading style linked to a list), following basedOn. */
function readStyleNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId: string | null; ilvl: number | null; basedOn: string | null }>();
  for (const s of xml.matchAll(/<w:style\b[^>]*?w:styleId="([^"]*)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(s[2])?.[1] ?? '';
    const ilvl = attr(numPr, 'ilvl');
    own.set(s[1], { numId: attr(numPr, 'numId'), ilvl: ilvl === null ? null : Number(ilvl), basedOn: attr(s[2], 'basedOn') });
  }
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let numId: string | null = null;
    let ilvl: number | null = null;
    for (let at: string | null = id, hops = 0; at && hops < 10; hops++) {
      const s = own.get(at);
      if (!s) break;
      numId ??= s.numId;
      ilvl ??= s.ilvl;
      at = s.basedOn;
    }
    if (numId !== null) out.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return out;
}

const decode = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
}

/** A counter in a level's format, as Word draws it. */
function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperLetter':
    case 'lowerLetter': {
      // A, B, … Z, AA, BB, …: Word repeats the letter.
      const k = Math.max(1, n);
      const letter = String.fromCharCode(65 + ((k - 1) % 26)).repeat(Math.floor((k - 1) / 26) + 1);
      return fmt === 'upperLetter' ? letter : letter.toLowerCase();
    }
    case 'upperRoman':
      return roman(Math.max(1, n)).toUpperCase();
    case 'lowerRoman':
      return roman(Math.max(1, n));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** A label with words of its own beside its numbers ("Section %1:", "F%1"), not just a number or a bullet. */
const worded = (level: Level) => level.fmt !== 'bullet' && /\p{L}/u.test(level.text.replace(/%\d/g, ''));

/**
 * document.xml with each paragraph numbered by a worded label given that label as its first run, and
 * its numbering turned off (so mammoth reads a paragraph, not a list item). Unchanged without one.
 */
export function writeListLabels(documentXml: string, numberingXml: string | null, stylesXml: string | null): string {
  if (!numberingXml) return documentXml;
  const numbering = readNumbering(numberingXml);
  if (![...numbering.abstract.values()].some((levels) => [...levels.values()].some(worded))) return documentXml;
  const styles = stylesXml ? readStyleNumbering(stylesXml) : new Map<string, { numId: string; ilvl: number }>();
  // Counters per list: a num restarting a level (startOverride) counts on its own; others share their abstract list's.
  const counters = new Map<string, number[]>();
  let out = '';
  let last = 0;
  const starts = /<w:p(?=[\s>/])[^>]*?(\/?)>/g;
  for (let m = starts.exec(documentXml); m; m = starts.exec(documentXml)) {
    if (m[1] === '/') continue;
    const bodyAt = m.index + m[0].length;
    const pPr = paragraphProperties(documentXml, bodyAt);
    const own = pPr ? /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr.xml.replace(/<w:pPrChange\b[\s\S]*?<\/w:pPrChange>/g, ''))?.[1] ?? null : null;
    const style = pPr ? attr(pPr.xml, 'pStyle') : null;
    const fromStyle = style ? styles.get(style) : undefined;
    const numId = (own !== null ? attr(own, 'numId') : null) ?? fromStyle?.numId ?? null;
    if (numId === null || numId === '0') continue;
    const ilvlText = own !== null ? attr(own, 'ilvl') : null;
    const ilvl = ilvlText !== null ? Number(ilvlText) : fromStyle?.ilvl ?? 0;
    const num = numbering.nums.get(numId);
    const levels = num ? numbering.abstract.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) continue;
    const key = num.starts.size ? `num:${numId}` : `abs:${num.abstractId}`;
    const startOf = (k: number) => num.starts.get(k) ?? levels.get(k)?.start ?? 1;
    const count = counters.get(key) ?? [];
    count[ilvl] = count[ilvl] === undefined ? startOf(ilvl) : count[ilvl] + 1;
    count.length = ilvl + 1; // deeper levels start again
    counters.set(key, count);
    if (!worded(level)) continue;
    const label = level.text.replace(/%(\d)/g, (_, d: string) => {
      const k = Number(d) - 1;
      return formatNumber(count[k] ?? startOf(k), levels.get(k)?.fmt ?? 'decimal');
    });
    const sep = level.suffix === 'nothing' ? '' : ' ';
    // The label in the paragraph's first run's formatting (a bold heading stays bold), numbering off.
    const rPr = /<w:r\b[^>]*>\s*(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(documentXml.slice(pPr?.end ?? bodyAt, (pPr?.end ?? bodyAt) + 4000))?.[1] ?? '';
    const run = `<w:r>${rPr}<w:t xml:space="preserve">${escape(label + sep)}</w:t></w:r>`;
    if (pPr) {
      const noList = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
      const props = own !== null ? pPr.xml.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/, noList) : pPr.xml.replace(/^<w:pPr>/, `<w:pPr>${noList}`);
      out += documentXml.slice(last, pPr.start) + props + run;
      last = pPr.end;
    } else {
      out += documentXml.slice(last, bodyAt) + run;
      last = bodyAt;
    }
  }
  return last === 0 ? documentXml : out + documentXml.slice(last);
}

/** The paragraph's <w:pPr> (with any nested in a pPrChange) starting at `at`, if it opens there. */
function paragraphProperties(xml: string, at: number): { start: number; end: number; xml: string } | null {
  const empty = /^\s*<w:pPr\/>/.exec(xml.slice(at, at + 200));
  if (empty) return { start: at + empty[0].indexOf('<'), end: at + empty[0].length, xml: '<w:pPr></w:pPr>' };
  const open = /^\s*<w:pPr>/.exec(xml.slice(at, at + 200));
  if (!open) return null;
  const start = at + open[0].indexOf('<');
  const tags = /<(\/?)w:pPr>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let t = tags.exec(xml); t; t = tags.exec(xml)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return { start, end: t.index + t[0].length, xml: xml.slice(start, t.index + t[0].length) };
  }
  return null;
}
