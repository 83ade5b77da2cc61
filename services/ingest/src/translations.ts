// A bilingual plan's translations: a paragraph led by a two-letter language code in square brackets
// ("[PL] …", "[CY] …") straight after another paragraph translates it. The plan is the paragraph it
// translates; the translation is not content (no second statement, need or outcome), so ingest leaves it
// out, as it leaves out page furniture. Grammar of layout (a bracketed code leading a paragraph that
// follows one), not vocabulary. Notes and placeholders are not translations: "[1]" is a number,
// "[TBC]" and "[NAME]" are longer than a code.

/** A paragraph led by a language code in brackets and then its text: "[PL] Zofia mówi …". */
const TRANSLATION = /^\[[A-Z]{2}\]\s+\S/;

/** Whether a paragraph (its text) is marked as a translation; only one that follows a paragraph is one. */
export function isTranslation(text: string): boolean {
  return TRANSLATION.test(text.trimStart());
}
