// Naive baselines printed beside each figure, so a rule is judged against something simple.

/** The bare list of vague words the brief names; a statement is "weak" if it contains any. */
export const NAIVE_VAGUE_WORDS = ['regular', 'support', 'access', 'as required', 'as needed', 'appropriate', 'opportunities', 'input'];

export function naiveWeak(text: string): boolean {
  const t = text.toLowerCase();
  return NAIVE_VAGUE_WORDS.some((w) => new RegExp(`\\b${w.replace(/ /g, '\\s+')}`).test(t));
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DATE_OR_YEAR = new RegExp(`\\b(19|20)\\d{2}\\b|\\b(${MONTHS})\\b|\\d{1,2}/\\d{1,2}/\\d{2,4}`, 'i');

/** "Has a date or a year" stands in for SMART and for time-bound. */
export function naiveHasDate(text: string): boolean {
  return DATE_OR_YEAR.test(text);
}

/** "Has a number" stands in for measurable. */
export function naiveHasNumber(text: string): boolean {
  return /\d/.test(text);
}

const PFA_WORDS = /\b(job|work|employ\w*|college|university|career\w*|apprentice\w*|independen\w*|travel\w*|bus|train|money|cook\w*|shop\w*|friends?\w*|community|club|health\w*|medication|live|living|flat|house)\b/i;
export function naivePfa(text: string): boolean {
  return PFA_WORDS.test(text);
}

/** Status: "draft" anywhere means draft, "final" anywhere means final, else unknown. */
export function naiveStatus(text: string): 'draft' | 'final' | 'unknown' {
  if (/\bdraft\b/i.test(text)) return 'draft';
  if (/\bfinal\b/i.test(text)) return 'final';
  return 'unknown';
}

/** Year group: the first "Year N" or "Reception" in the text. */
export function naiveYearGroup(text: string): number | null {
  const m = /\b(?:year|yr|y)\s?(\d{1,2})\b|\b(reception)\b/i.exec(text);
  if (!m) return null;
  return m[2] ? 0 : Number(m[1]);
}
