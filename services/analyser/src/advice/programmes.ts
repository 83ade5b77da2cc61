// Named programmes and interventions ("Talkabout", "Lego therapy", "Zones of Regulation", "Toe by
// Toe"): two statements naming different programmes are different provision however many other
// words they share, and the same name is strong evidence they are the same provision.
import { escapeRegExp } from '../fast-patterns.ts';
import type { Rubric } from '../rubric.ts';
import { perVocabulary } from '../vocabulary.ts';

// The rubric's words for what is and is not a programme's name (lists.programmeNotNames, programmeSubjectLeads,
// programmeGenericTails, personTitles, programmeInstitutions: as written, with their capitals; programmeNouns in any case).
const programmeWords = perVocabulary((v) => ({
  // Capitalised words that name a role, a subject, a place, a time or a service, not a programme.
  notProgramme: new Set(v.source.lists.programmeNotNames ?? []),
  // Subjects that open some programmes' names ("Speech Link", "Maths Recovery").
  subjectLead: new RegExp(`^${v.list('programmeSubjectLeads')}$`),
  // The kind of thing a name ends in ("Numicon Intervention Programme" is Numicon).
  genericTail: new RegExp(`^${v.list('programmeGenericTails')}$`),
  title: new RegExp(String.raw`^${v.list('personTitles')}\.?$`),
  institution: new RegExp(`^${v.list('programmeInstitutions')}$`),
  // A lower-case word that a name ends in ("Lego therapy", "Attention Autism programme").
  noun: new RegExp(String.raw`^\s+${v.list('programmeNouns')}\b`, 'i'),
}));

// A run of capitalised words, with the small words a name may contain between them ("Toe by Toe"; grammar).
const RUN = /\b[A-Z][\w'’-]*(?:\s+(?:(?:by|for|of|the|from|and|to|a|on)\s+)*[A-Z][\w'’-]*)*/g;

/** The programme names in `text`, lower-cased; `ignore` holds the child's name. */
export function programmeNames(text: string, ignore: ReadonlySet<string> = new Set(), rubric?: Rubric): string[] {
  const { notProgramme: NOT_PROGRAMME, subjectLead: SUBJECT_LEAD, genericTail: GENERIC_TAIL, title: TITLE, institution: INSTITUTION, noun: PROGRAMME_NOUN } = programmeWords(rubric);
  const out = new Set<string>();
  RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN.exec(text))) {
    const words = m[0].split(/\s+/);
    // A person ("Mrs Patel") or an institution ("Bluebell Primary School") is not a programme.
    if (TITLE.test(words[0]) || words.some((w) => INSTITUTION.test(w))) continue;
    // Drop role and general words from either end ("The Talkabout" -> "Talkabout"), but not a subject
    // that opens a programme's own name ("Speech Link", "Language for Thinking", "Maths Recovery"):
    // without it, "Speech Link" and "Language Link" would be one programme.
    const small = (w: string) => /^(?:by|for|of|the|from|and|to|a|on)$/.test(w);
    const general = (w: string) => NOT_PROGRAMME.has(w) || ignore.has(w.toLowerCase()) || small(w);
    let lead: string | null = null;
    while (words.length && general(words[0])) {
      const next = words.slice(1).find((w) => !small(w));
      if (SUBJECT_LEAD.test(words[0]) && next && /^[A-Z]/.test(next) && !general(next) && !GENERIC_TAIL.test(next)) {
        lead = words[0];
        break;
      }
      words.shift();
    }
    while (words.length > 1 && GENERIC_TAIL.test(words[words.length - 1])) words.pop();
    while (words.length && general(words[words.length - 1])) words.pop();
    if (!words.length) continue;
    const capitals = words.filter((w) => /^[A-Z]/.test(w) && w !== lead);
    if (capitals.some((w) => NOT_PROGRAMME.has(w) || ignore.has(w.toLowerCase()))) continue;
    const name = words.join(' ');
    const at = m.index + m[0].indexOf(words[0]);
    // The first word of a sentence is capitalised anyway: a name there needs a second capital or a programme noun after it.
    const sentenceStart = at === 0 || /(?:[.!?:;•\t]|^)\s*["'(]?$/.test(text.slice(Math.max(0, at - 4), at));
    const followedByNoun = PROGRAMME_NOUN.test(text.slice(at + name.length));
    if (sentenceStart && words.length === 1 && !followedByNoun && !/^[A-Z]{2,}$/.test(name)) continue;
    // Possessive ("Ava's"): a person.
    if (/['’]s$/.test(name)) continue;
    // A lone word in a past form ("… at home  Encouraged", a table's cell run into the line): a verb,
    // not a name (grammar).
    if (words.length === 1 && /^[A-Z][a-z]+ed$/.test(name) && !followedByNoun) continue;
    out.add(name.toLowerCase());
  }
  return [...out];
}

/**
 * How two statements' programme names relate: 'same' when one names a programme the other also
 * names (in any case), 'different' when both name programmes and share none, else null.
 */
export function programmeRelation(a: string, b: string, ignore: ReadonlySet<string> = new Set(), rubric?: Rubric): 'same' | 'different' | null {
  const na = programmeNames(a, ignore, rubric);
  const nb = programmeNames(b, ignore, rubric);
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  const inText = (n: string, t: string) => new RegExp(`\\b${escapeRegExp(n)}\\b`).test(t);
  if (na.some((n) => inText(n, lb)) || nb.some((n) => inText(n, la))) return 'same';
  return na.length && nb.length ? 'different' : null;
}
