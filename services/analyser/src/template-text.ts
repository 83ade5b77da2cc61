// Template text is not plan content (rubric-reference.md §1): the placeholders a form leaves for a
// caseworker to fill in, and the guidance or instructions a form prints under its headings. Neither
// is ever a need, a provision or an outcome; a placeholder left in a filled plan is one finding.
import { fastPattern } from './fast-patterns.ts';

// A field left for filling in: "{{ name }}", "{% if … %}", "[insert date]", "<< child's name >>",
// "<name>", Word's content-control prompt, "XXXXX", "INSERT NAME". A bracket that describes a field
// ("[Name and type of school or setting]", "[Details of any personal budget]") is the form's
// instruction, not a value waiting to be typed (see BRACKETED_INSTRUCTION); "Name of child: …" or
// "Name of child ......" is a field's label.
const PLACEHOLDER_SOURCE = String.raw`\{\{[^{}\n]{0,120}\}\}|\{%[^{}\n]{0,120}%\}|«[^«»\n]{1,60}»|<<[^<>\n]{1,60}>>|\[(?:insert|add|enter|tbc|x+|\.\.\.|…|to be (?:added|completed|confirmed))[^\]\n]{0,60}\]|\[(?:name|date|child'?s? name|young person'?s? name|school|type|details?)(?![^\]\n]*\b(?:and|or|any)\b)(?:[\s,]+[^\s\]]+){0,3}\s*\]|(?<![\w])X{3,}(?![\w])|<(?:name|child'?s? name|insert[^>\n]{0,30}|date|school)>|\bclick (?:or tap )?here to enter (?:a )?(?:text|date)\.?|\bchoose an item\.?|\bINSERT (?:NAME|DATE|TEXT|DETAILS)\b|\bNAME OF CHILD\b(?![ \t]*[:.…_|\t\-–])`;

/** Every placeholder in a text, as a fresh global pattern (safe to share between callers). */
export function placeholderPattern(): RegExp {
  return new RegExp(PLACEHOLDER_SOURCE, 'gi');
}

// A choice the form offers and nobody made ("YES/ NO", "Yes / No / N/A").
const FORM_CHOICE = /^(?:yes\s*\/\s*no(?:\s*\/\s*n\/?a)?|\[?\s*\]\s*yes\s*\[?\s*\]\s*no)$/i;

const PLACEHOLDER_ONE = new RegExp(PLACEHOLDER_SOURCE, 'i');

/** A choice the form offers, left unmade ("YES/ NO"): the form's own text. */
export function isFormChoice(text: string): boolean {
  return FORM_CHOICE.test(text.trim());
}

export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER_ONE.test(text);
}

// Global, for replace only (which starts from 0 and leaves lastIndex at 0): one pattern for every call.
const PLACEHOLDER_ALL = placeholderPattern();
const BETWEEN_PLACEHOLDERS = /[\s,;:.\-–—•*|/]+/g;

/** Text made only of placeholders (and the punctuation between them): an empty field. */
export function isPlaceholderOnly(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 2000) return false;
  // Most text has no placeholder at all: that one test first, before blanking them.
  if (!hasPlaceholder(t)) return false;
  return t.replace(PLACEHOLDER_ALL, ' ').replace(BETWEEN_PLACEHOLDERS, '') === '';
}

// Guidance written about children in general, not about this child: what the Code of Practice
// says a section holds, where to read more, how to fill the form in.
const GUIDANCE_SENTENCE = [
  // A pointer to the Code of Practice or the regulations: "More information is provided at paragraphs 6.28-6.29".
  /\b(?:more|further) (?:information|guidance|detail) (?:is|can be) (?:provided|found|given|available)\b/i,
  /\b(?:see|at|in) (?:paragraphs?|paras?\.?) \d{1,2}\.\d{1,3}\b/i,
  // The form talking to the person filling it in.
  /^(?:for digital systems|guidance(?: notes?)?|note to (?:the )?(?:author|writer|caseworker|officer)|instructions?)\s*:/i,
  /^(?:please )?(?:include|insert|describe|record|list|state|enter|add|detail|summari[sz]e|set out|specify|complete|use this (?:section|box|space))\b(?! (?:\d|the child|the young person)\b)[^.]{0,200}\b(?:here|below|in this (?:section|box)|this section)\b/i,
  /\bthis (?:section|box|part) (?:should|must|will|may) (?:include|set out|describe|record|contain|be used|specify|detail|list)\b/i,
  /\bwhere recordings are used\b|\bdrawings, videos or sound recordings\b/i,
  // The Code's own definitions, about children and young people in general.
  /^(?:some |many |all )?children and young people (?:with|who|may|have|require|learn|can|should|need)\b/i,
  /^support for [\w ]{3,40} may be required when children\b/i,
].map(fastPattern);

const GUIDANCE_CONTINUES = /^(?:these|this|they|such|it|that) (?:may|can|might|could|will|should|must|often|include|includes|is|are)\b/i;

// A whole line in square brackets that is not a placeholder: the form's instruction to the writer,
// left in ("[Describe the child's strengths …]", "[Outcomes should be SMART]").
// A bracketed note about the plan itself ("[To be named in the final plan]", "[None]") is content.
const BRACKETED_INSTRUCTION = /^\[(?!\s*(?:to be|not\b|none|nil|n\/?a\b|no\b))[^\[\]\n]{8,400}\]$/i;

/** A sentence or line that is the form's guidance or instructions, not plan content. */
export function isGuidance(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 600) return false;
  if (BRACKETED_INSTRUCTION.test(t) && !hasPlaceholder(t)) return true;
  return GUIDANCE_SENTENCE.some((re) => re.test(t));
}

/**
 * Text that holds no plan content: placeholders only, or guidance only (every sentence of it).
 * A filled field that quotes the Code once among the child's own details is content.
 */
export function isTemplateText(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  if (isPlaceholderOnly(t) || FORM_CHOICE.test(t)) return true;
  if (t.length > 1500) return false;
  const sentences = t.split(/(?<=[.!?:])\s+(?=[A-Z(])/).map((s) => s.trim()).filter(Boolean);
  let guidance = false;
  for (const s of sentences) {
    // A sentence that goes on from guidance ("These may include …") is guidance too.
    if (isGuidance(s) || (guidance && GUIDANCE_CONTINUES.test(s))) guidance = true;
    else if (!isPlaceholderOnly(s)) return false;
  }
  return guidance;
}

/** The text with its placeholders blanked out (same length, so offsets stay true). */
export function blankPlaceholders(text: string): string {
  return text.replace(placeholderPattern(), (m) => ' '.repeat(m.length));
}
