// Markdown written as literal characters in a Word document or a PDF (a plan exported to Markdown and
// pasted into Word, or printed from such a file): "## Section A – About me", "**Label:** value",
// "|---|---|" under a pipe-drawn header row. The builder reads them as the structure they mark, as the
// Markdown parser does for a .md or .txt file. Grammar of Markdown's own marks, not vocabulary.
import type { Fragment } from './builder.ts';

/** An ATX heading as a paragraph of its own: 1-6 hashes, a space, a short title (no closing full stop). */
const ATX = /^(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?$/;
const ATX_MAX = 150;

/** A pipe table's delimiter row ("|---|:---:|", "--- | ---"): at least two cells of dashes. */
const DELIMITER_ROW = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?$/;

/** Strong emphasis around text ("**Plan status:**", "__Name__"): the marks go, the text stays (a form's "______" blank is no emphasis). */
const STRONG = /(\*\*|__)(?=[^\s*_])(.*?[^\s*_])\1/g;

/** The level of a paragraph written as an ATX heading, or null. */
export function atxLevel(text: string): number | null {
  const m = ATX.exec(text);
  if (!m || m[2].length > ATX_MAX || /[.;,]$/.test(m[2])) return null;
  return m[1].length;
}

/** The fragments without an ATX heading's hashes (leading, and any closing run). */
export function withoutAtx(fragments: Fragment[]): Fragment[] {
  const out = fragments.map((f) => ({ ...f }));
  const first = out.findIndex((f) => f.text.trim() !== '');
  if (first < 0) return out;
  out[first].text = out[first].text.replace(/^\s*#{1,6}[ \t]+/, '');
  const last = out.length - 1 - [...out].reverse().findIndex((f) => f.text.trim() !== '');
  out[last].text = out[last].text.replace(/[ \t]+#+\s*$/, '');
  return out;
}

export const isDelimiterRow = (text: string): boolean => DELIMITER_ROW.test(text.trim());

export const stripStrong = (text: string): string => (text.includes('**') || text.includes('__') ? text.replace(STRONG, '$2') : text);

export function fragmentsWithoutStrong(fragments: Fragment[]): Fragment[] {
  return fragments.some((f) => f.text.includes('**') || f.text.includes('__')) ? fragments.map((f) => ({ ...f, text: stripStrong(f.text) })) : fragments;
}

/** A line that opens a Markdown block of its own: an ATX heading, a pipe-drawn row or its delimiter row, a "**Label:**" field. */
const opensBlock = (t: string): boolean => /^(?:#{1,6}[ \t]+\S|\||(\*\*|__)[^*_\n]{1,60}?(?::\1|\1:))/.test(t) || isDelimiterRow(t);

/**
 * In a PDF printed from Markdown, where every line may sit at the same pitch: whether `next` starts a
 * block of its own rather than continuing `prev`. A pipe-drawn row ("| a | b |") that has not reached
 * its closing pipe goes on (a long cell wraps, even onto a line opening with a pipe); one that has is
 * done, unless the next line is the rest of a row wrapped just after a pipe (it ends with one).
 */
export function markdownBreak(prev: string, next: string): boolean {
  const p = prev.trim();
  const n = next.trim();
  const prevRow = p.startsWith('|');
  if (prevRow && !p.endsWith('|')) return false;
  if (opensBlock(n)) return true;
  return prevRow && !n.endsWith('|');
}
