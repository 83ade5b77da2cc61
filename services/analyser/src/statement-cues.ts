// Two cues the statement splitter (statements.ts) asks about a sentence: whether a line written as
// labelled fields is provision by its label, and whether a sentence after a provision starts one of
// its own (a new provider doing a new thing) rather than continuing the one before.
import type { Rubric } from './rubric.ts';
import { compileRubric } from './vocabulary.ts';

// "Provision: sensory play Who: … How often: …", "6.3 Provision: …": the label says what it is.
// An item's own number may carry its section's letters ("F3 What:", "SC1 What:").
const LABELLED = /^\W{0,3}(?:(?:[A-Z]{1,2}(?=\d))?\d{1,2}[A-Za-z]?(?:\.\d{1,2}){0,2}[.)]?\s+)?(?:provision|intervention|what(?: will be provided)?)\s*:\s*\S/i;

export function isLabelledProvision(sentence: string): boolean {
  return LABELLED.test(sentence);
}

// "<Someone> will <do something>": the subject before the verb and the verb.
const SUBJECT_WILL = /^\s*((?:[\w'’&-]+\s+){0,6}?[\w'’&-]+)\s+(?:will|is to|are to|shall)\s+(?:also\s+)?(\w+)/i;
// Verbs that say more about the provision before ("The sessions will last…", "It will be reviewed…").
const CONTINUING_VERB = /^(?:be|last|take|run|continue|happen|start|begin|finish|end|include|focus|follow|cover|involve|consist|build|use|need|report|feed|keep|ensure)$/i;

/**
 * A sentence that names its own provider as its subject ("A mentor will meet…", "The Educational
 * Psychology Service will train…", "Staff will give him…") and an action: a new provision, even when
 * it is short and states an amount. "The therapist will…" and "She will…" go on about the one before.
 */
export function startsOwnProvision(sentence: string, rubric: Rubric): boolean {
  const m = SUBJECT_WILL.exec(sentence);
  if (!m || CONTINUING_VERB.test(m[2])) return false;
  const subject = m[1];
  if (/\b(?:it|they|this|these|those|he|she|him|her|them)\b/i.test(subject)) return false;
  const indefinite = /^(?:an?|all|every|each|two|three)\s/i.test(subject) || /^(?:staff|teachers|adults)$/i.test(subject.trim());
  // "The Educational Psychology Service", "The Sensory Support Team": a named provider, not one referred back to.
  const named = /^the\s+(?:[A-Z][\w'’&-]*\s+){1,5}(?:Team|Service|Department|Clinic)\b/.test(subject) || /^(?:[A-Z][\w'’&-]*\s+){0,5}(?:Team|Service|Department|Clinic)$/.test(subject.trim());
  if (!indefinite && !named) return false;
  const role = compileRubric(rubric).role;
  role.lastIndex = 0;
  const hasRole = role.test(subject);
  role.lastIndex = 0;
  return named || hasRole || /^(?:all )?staff$/i.test(subject.trim());
}

// A labelled field on a line of its own after a provision ("Who: teaching assistant", "How often: 3 x 20
// minutes a week"), as a form exported one field to a line leaves it: part of the provision above.
// A field left empty ("Who:" and nothing after it) is still one of its fields, not a break.
const FIELD_LINE = /^\W{0,3}(?:who|by whom|provider|delivered by|staff(?:ing)?|how often|frequency|when|how long|duration|length|amount|hours|group(?: size)?|ratio|where|qualifications?|training|expertise)\s*:(?:\s*\S|\s*$)/i;

export function isFieldLine(text: string): boolean {
  return FIELD_LINE.test(text) && !/\b(?:provision|intervention)\s*:/i.test(text);
}
