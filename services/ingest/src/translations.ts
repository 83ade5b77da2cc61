// A bilingual plan's translations: a paragraph led by a two-letter language code in square brackets
// ("[PL] …", "[CY] …") straight after another paragraph translates it. The plan is the paragraph it
// translates; the translation is not content (no second statement, need or outcome), so ingest leaves it
// out, as it leaves out page furniture. Grammar of layout (a bracketed code leading a paragraph that
// follows one), not vocabulary. Notes and placeholders are not translations: "[1]" is a number,
// "[TBC]" and "[NAME]" are longer than a code. Nor is a line in English that a role's two letters
// label ("[OT] Sessions will be run by the occupational therapist"): a translation reads in another
// language, so a paragraph with English function words in it is the plan's own.

/** A paragraph led by a language code in brackets and then its text: "[PL] Zofia mówi …". */
const TRANSLATION = /^\[[A-Z]{2}\]\s+\S/;

// English words no other language a plan is translated into writes alike (not "a", "i", "in", "to", "on",
// "do": Polish, Welsh or German words too), and a few of a plan's own: a sign the line is English.
// A programme's English name inside a translation ("Language for Thinking") is one or two words of
// many, so the line is English only where such words are at least a sixth of it.
// Words, yet not the rubric's (issue 11): ingest is given no rubric (ingest() takes the bytes and a name),
// and what it leaves out is the document every rubric then reads, parsed once before any organisation's
// rubric is looked up; an organisation's words here would make the same upload two documents.
const ENGLISH = /\b(?:the|and|will|with|for|is|be|by|of|his|her|she|they|each|every|from|that|this|are|has|have|should|can|when|who|at|it|support|weekly|daily|staff)\b/gi;

/** Whether a paragraph (its text) is marked as a translation; only one that follows a paragraph is one. */
export function isTranslation(text: string): boolean {
  const t = text.trimStart();
  if (!TRANSLATION.test(t)) return false;
  const rest = t.slice(4);
  const words = rest.split(/\s+/).filter(Boolean).length;
  return (rest.match(ENGLISH)?.length ?? 0) < words / 6;
}
