// Two cues the statement splitter (statements.ts) asks about a sentence: whether a line written as
// labelled fields is provision by its label, and whether a sentence after a provision starts one of
// its own (a new provider doing a new thing) rather than continuing the one before. The words are the
// rubric's (vocabulary.statements.cues, and continues.fields for a field's label); what stays here is
// the layout around them: an item's number, a colon, capitalised words.
import type { Rubric } from './rubric.ts';
import { compileRubric, perVocabulary } from './vocabulary.ts';
import { execFromStart, testFromStart } from './fast-patterns.ts';

interface CueWords {
  labelled: RegExp;
  subjectWill: RegExp;
  continuingVerb: RegExp;
  pronoun: RegExp;
  indefinite: RegExp;
  group: RegExp;
  namedThe: RegExp;
  named: RegExp;
  staff: RegExp;
  ownerOrThe: RegExp;
  article: RegExp;
  fieldLine: RegExp;
  labelInLine: RegExp;
  childReceives: RegExp;
  backWord: RegExp;
}

const cueWords = perVocabulary((v): CueWords => {
  const c = v.source.statements.cues;
  const any = v.any;
  const label = any([...c.labels, ...c.whatLabels]);
  const nouns = any(c.namedNouns);
  return {
    // "Provision: sensory play Who: … How often: …", "6.3 Provision: …": the label says what it is.
    // An item's own number may carry its section's letters ("F3 What:", "SC1 What:").
    labelled: new RegExp(String.raw`^\W{0,3}(?:(?:[A-Z]{1,2}(?=\d))?\d{1,2}[A-Za-z]?(?:\.\d{1,2}){0,2}[.)]?\s+)?${label}\s*:\s*\S`, 'i'),
    // "<Someone> will <do something>": the subject before the verb and the verb.
    subjectWill: new RegExp(String.raw`^\s*((?:[\w'’&-]+\s+){0,6}?[\w'’&-]+)\s+${any(c.subjectVerbs)}\s+(?:${any(c.adverbs)}\s+)?(\w+)`, 'i'),
    // Verbs that say more about the provision before ("The sessions will last…", "It will be reviewed…").
    continuingVerb: new RegExp(String.raw`^${any(c.continuingVerbs)}$`, 'i'),
    pronoun: new RegExp(String.raw`\b${any(c.pronouns)}\b`, 'i'),
    indefinite: new RegExp(String.raw`^${any(c.indefinite)}\s`, 'i'),
    group: new RegExp(String.raw`^${any(c.groups)}$`, 'i'),
    // "The Educational Psychology Service", "The Sensory Support Team": a named provider, not one referred back to.
    namedThe: new RegExp(String.raw`^${any(c.namedArticles)}\s+(?:[A-Z][\w'’&-]*\s+){1,5}${nouns}\b`),
    named: new RegExp(String.raw`^(?:[A-Z][\w'’&-]*\s+){0,5}${nouns}$`),
    staff: new RegExp(String.raw`^${any(c.staff)}$`, 'i'),
    article: new RegExp(String.raw`^${any(c.namedArticles)}\s+(?=\S)`, 'i'),
    ownerOrThe: new RegExp(String.raw`^(?:${any(c.namedArticles)}|${any(c.possessives.length ? c.possessives : ['(?!)'])})\s+(?=\S)`, 'i'),
    // A labelled field on a line of its own after a provision ("Who: teaching assistant", "How often: 3 x 20
    // minutes a week"), as a form exported one field to a line leaves it: part of the provision above.
    // A field left empty ("Who:" and nothing after it) is still one of its fields, not a break.
    // The label may name two fields or say of what ("Qualification/training:", "Duration of session:"): grammar.
    fieldLine: new RegExp(String.raw`^\W{0,3}${any(v.source.statements.continues.fields)}(?:\s*\/\s*\w+(?:\s\w+)?|\s+of\s+(?:the\s+|each\s+)?\w+)?\s*:(?:\s*\S|\s*$)`, 'i'),
    labelInLine: new RegExp(String.raw`\b${any(c.labels)}\s*:`, 'i'),
    // "He will have …", "Mia will join …": the child (a pronoun or a capitalised name) and what he is given, after it.
    childReceives: c.children.length && c.receives.length ? new RegExp(String.raw`^\s*(?:${any(c.children)}|[A-Z][a-z]+)\s+${any(c.subjectVerbs)}\s+${any(c.receives)}\s+(\S.*)$`, 'i') : /(?!)/,
    backWord: new RegExp(String.raw`^(?:${any(v.source.statements.refersBack.words)}|${any(v.source.statements.refersBack.demonstratives)})\b`, 'i'),
  };
});

export function isLabelledProvision(sentence: string, rubric?: Pick<Rubric, 'vocabulary'>): boolean {
  return cueWords(rubric).labelled.test(sentence);
}

/**
 * A sentence that names its own provider as its subject ("A mentor will meet…", "The Educational
 * Psychology Service will train…", "Staff will give him…") and an action: a new provision, even when
 * it is short and states an amount. "The therapist will…" and "She will…" go on about the one before.
 */
// An opening phrase of time or place closed by a comma before the subject ("Between these sessions, a mentor
// will …", "For the last 20 minutes of each Friday afternoon, a mentor will …"): up to twelve words.
const OPENING_PHRASE = /^\s*(?:[\w'’-]+\s+){0,11}[\w'’-]+,\s+(?=\S)/;

/** "<subject> will <verb>" at the start of the sentence, or after its opening phrase. */
function subjectWillAtStart(sentence: string, w: ReturnType<typeof cueWords>): RegExpExecArray | null {
  const opening = OPENING_PHRASE.exec(sentence);
  return w.subjectWill.exec(sentence) ?? (opening ? w.subjectWill.exec(sentence.slice(opening[0].length)) : null);
}

export function startsOwnProvision(sentence: string, rubric: Rubric): boolean {
  const w = cueWords(rubric);
  const m = subjectWillAtStart(sentence, w);
  if (!m || w.continuingVerb.test(m[2])) return false;
  const subject = m[1];
  if (w.pronoun.test(subject)) return false;
  const indefinite = w.indefinite.test(subject) || w.group.test(subject.trim());
  const named = w.namedThe.test(subject) || w.named.test(subject.trim());
  if (!indefinite && !named) return false;
  return named || testFromStart(compileRubric(rubric).role, subject) || w.staff.test(subject.trim());
}

/**
 * A sentence whose subject is something the provision before does not mention: "the" and a role, or
 * "her"/"his" and a noun ("…the occupational therapist will visit… The continence nurse will meet…",
 * "Her orthoses will be checked…"). `before` is the text of the provision before it. "The therapist
 * will…" after "A speech and language therapist…" and "Her sessions will…" after "…sessions…" go on
 * about it.
 */
export function startsNewSubject(sentence: string, before: string, rubric: Rubric): boolean {
  const w = cueWords(rubric);
  const m = subjectWillAtStart(sentence, w);
  if (!m) return false;
  const subject = m[1].trim();
  const lead = w.ownerOrThe.exec(subject);
  if (!lead) return false;
  const rest = subject.slice(lead[0].length);
  if (!rest || w.pronoun.test(rest)) return false;
  const words = rest.split(/\s+/);
  const head = words[words.length - 1].toLowerCase().replace(/['’]s$/, '');
  const stem = head.replace(/(?:es|s)$/, '');
  if (stem.length < 3 || new RegExp(String.raw`\b${stem.replace(/[^\w]/g, '')}`, 'i').test(before)) return false;
  if (/^the$/i.test(lead[0].trim())) {
    return testFromStart(compileRubric(rubric).role, rest);
  }
  return true;
}

/**
 * "He will have access to the sensory room …" after another provision: the child given something the
 * provision before does not name starts a provision of its own. What he is given may point back ("He
 * will have them in the quiet room", "She will have the sessions …" after "… sessions …"): then not.
 */
export function childGetsMore(sentence: string, before: string, rubric: Rubric): boolean {
  const w = cueWords(rubric);
  const m = w.childReceives.exec(sentence);
  if (!m) return false;
  const object = m[1].trim();
  if (w.backWord.test(object)) return false;
  const lead = w.article.exec(object);
  if (lead) {
    const head = object.slice(lead[0].length).split(/\s+/)[0].replace(/[^\w]/g, '').replace(/(?:es|s)$/, '');
    if (head.length >= 3 && new RegExp(String.raw`\b${head}`, 'i').test(before)) return false;
  }
  return true;
}

/**
 * A sentence about the person the provision before named: its subject is "the" and a role that
 * provision names ("… with the school's ELSA … The ELSA has completed …", "… written by an
 * occupational therapist … The occupational therapist will review …"). It goes on about that provision,
 * unless it says it adds another (`newItem`, checked by the caller).
 */
export function namesProviderBefore(sentence: string, before: string, rubric: Rubric): boolean {
  const w = cueWords(rubric);
  const lead = w.article.exec(sentence.trimStart());
  if (!lead) return false;
  const rest = sentence.trimStart().slice(lead[0].length);
  const m = execFromStart(compileRubric(rubric).role, rest.split(/\s+/).slice(0, 5).join(' '));
  if (!m || m.index !== 0) return false;
  const head = m[0].trim().split(/\s+/).pop()!.replace(/['’]s$/, '');
  const stem = head.replace(/(?:es|s)$/, '').replace(/[^\w]/g, '');
  return stem.length >= 3 && new RegExp(String.raw`\b${stem}`, 'i').test(before);
}

/**
 * The subject of "<the/a/an …> will <verb> …" when it is a noun phrase of its own ("The school will
 * ensure that…", "The SENCo will write a plan and review it…"), or null. A back-reference after such a
 * subject ("that", "it") is about the sentence's own provision, not the one before.
 */
export function nounSubject(sentence: string, rubric: Rubric): string | null {
  const w = cueWords(rubric);
  const m = w.subjectWill.exec(sentence);
  if (!m) return null;
  const subject = m[1].trim();
  // "His parents will practise the same words…" is about the child's provision before: not a subject of its own.
  if (!w.article.test(subject) && !w.indefinite.test(subject + ' ')) return null;
  if (w.pronoun.test(subject)) return null;
  return subject;
}

/**
 * "The school will provide X. The school will book Y.": a sentence that repeats, word for word, the noun
 * subject that opened the statement before, with a verb of its own (not one that says more about it,
 * "will last", "will be"), is a parallel provision: it starts its own.
 */
export function repeatsSubject(sentence: string, before: string, rubric: Rubric): boolean {
  const subject = nounSubject(sentence, rubric);
  if (!subject || subject.toLowerCase() !== nounSubject(before, rubric)?.toLowerCase()) return false;
  const w = cueWords(rubric);
  return !w.continuingVerb.test(w.subjectWill.exec(sentence)![2]);
}

export function isFieldLine(text: string, rubric?: Pick<Rubric, 'vocabulary'>): boolean {
  const w = cueWords(rubric);
  return w.fieldLine.test(text) && !w.labelInLine.test(text);
}
