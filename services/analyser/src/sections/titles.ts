// The letters and titles the sections go by (rubric-reference.md §1), shared by every recogniser.
import type { Words } from '../quantities.ts';
import { SECTION_TITLE_KEYS, perVocabulary } from '../vocabulary.ts';
import type { SectionLabel } from './types.ts';

// "A1" and "A2" (history; views) are the two halves of Section A in the national template.
export const LETTER = String.raw`(?:H\s?[12]|A[12](?!\d)|[A-K])`;
/** What joins section letters named together ("B, E and F", "G/H1", "C & D"), and the split of them. */
export const LETTER_JOIN = String.raw`\s*(?:,|and|&|\/|\+)\s*`;
const LETTER_SPLIT = new RegExp(LETTER_JOIN, 'i');
export const splitLetters = (letters: string): string[] => letters.split(LETTER_SPLIT);
export const SEP = String.raw`[:.\-–—‒―−|)\]]`;
// A part's number, in figures or in words ("Part 6", "PART SIX"): forms number their parts either way.
export const PART_NUMBER = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)`;

// The titles each section goes by, lettered or not (child-friendly ones included), are the rubric's words
// (vocabulary.sectionTitles), read under the rubric findSections is given (passed down as Titles); only the grammar is here: a
// title starts the text, after its optional lead; a short label's subject is a whole word.
const titleWordsOf = perVocabulary((v) => {
  const t = v.source.sectionTitles;
  const titles = SECTION_TITLE_KEYS.map((label): [SectionLabel, RegExp] => {
    const { lead, titles: wordings } = t[label];
    return [label, new RegExp(`^${lead ? `${v.any(lead)}?` : ''}${v.any(wordings)}`, 'i')];
  });
  const subjects: Record<string, RegExp> = {};
  for (const label of SECTION_TITLE_KEYS) {
    const s = t[label].subjects;
    if (s) subjects[label] = new RegExp(String.raw`\b${v.any(s)}\b`, 'i');
  }
  return {
    titles,
    subjects,
    // After "about" / "important to" / "matters to" as written, capitals too; then the name.
    namedAbout: new RegExp(String.raw`^(${v.any(t.named.aboutLeads)})\s+${NAME}\b(?!'|’)`),
    notNames: new RegExp(String.raw`^${v.any(t.named.notNames)}\b`, 'i'),
    owner: t.named.owner,
    me: t.named.me,
  };
});

/**
 * One rubric's titles as the recognisers read them. The walk builds it once from the rubric it is
 * given and passes it to every recogniser, so analyses under different rubrics never share titles.
 */
export type Titles = ReturnType<typeof titleWordsOf>;

/** The titles of `rubric` (the default rubric's without). */
export function titlesOf(rubric?: Words): Titles {
  return titleWordsOf(rubric);
}

export function namesSubject(titles: Titles, label: SectionLabel, text: string): boolean {
  return titles.subjects[label === 'H1' || label === 'H2' ? 'H' : label]?.test(text) ?? false;
}

function matchTitle(titles: Titles, text: string): { label: SectionLabel; length: number } | null {
  for (const [label, re] of titles.titles) {
    const m = re.exec(text);
    if (m) return { label, length: m[0].length };
  }
  return null;
}

// A title that names the child ("Ffion's health needs", "About Ffion and what matters to her",
// "What is important to Sam"): the name stands where the generic titles say "the child's" or "me"
// (the rubric's sectionTitles.named). Grammar here: a capitalised name with a possessive, or after
// one of the rubric's leads.
const NAME = String.raw`[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*)?`;
const NAMED_OWNER = new RegExp(String.raw`^(?:the\s+)?${NAME}(?:'s|’s|s'|s’)\s+(?=\S)`);

export function titleKey(words: Titles, text: string): { label: SectionLabel; length: number } | null {
  const plain = matchTitle(words, text);
  if (plain) return plain;
  const { owner: generic, me } = words;
  const owned = NAMED_OWNER.exec(text);
  if (owned && !words.notNames.test(owned[0].replace(/^the\s+/i, ''))) {
    const k = matchTitle(words, generic + text.slice(owned[0].length));
    if (k && k.length > generic.length) return { label: k.label, length: k.length - generic.length + owned[0].length };
  }
  const about = words.namedAbout.exec(text);
  if (about) {
    const name = text.slice(about[1].length).trim().split(/\s+/)[0] ?? '';
    if (/^[A-Z]/.test(name) && !words.notNames.test(name)) {
      const stand = `${about[1]} ${me}`;
      const k = matchTitle(words, stand + text.slice(about[0].length));
      if (k && k.length >= stand.length) return { label: k.label, length: k.length - stand.length + about[0].length };
    }
  }
  return null;
}

/**
 * A title that names several sections one after the other ("My health needs and my social care
 * needs", "Personal budget and advice received"): each section's title, joined by "and", "&" or a
 * comma, the whole text taken up. Null unless two or more sections are named.
 */
export function titleKeys(titles: Titles, text: string): SectionLabel[] | null {
  const labels: SectionLabel[] = [];
  let rest = text.trim().replace(/\s*:$/, '');
  while (rest) {
    const known = titleKey(titles, rest);
    if (!known) return null;
    labels.push(known.label);
    rest = rest.slice(known.length);
    if (!rest.trim()) break;
    const joint = /^\s*(?:,\s*(?:and\s+)?|&\s*|and\s+)/i.exec(rest);
    if (!joint) return null;
    rest = rest.slice(joint[0].length);
  }
  const distinct = uniq(labels);
  return distinct.length >= 2 && distinct.length === labels.length ? distinct : null;
}

export function normaliseLetter(raw: string): SectionLabel {
  const l = raw.replace(/\s+/g, '').toUpperCase();
  return (/^A[12]$/.test(l) ? 'A' : l) as SectionLabel;
}

// A sentence's end, in ingest's grammar (one definition for both).
export { SENTENCE_END, SENTENCE_STOP } from '../../../ingest/src/document.ts';

export function sameSection(label: SectionLabel, known: SectionLabel): boolean {
  return known === label || (label === 'H' && (known === 'H1' || known === 'H2')) || ((label === 'H1' || label === 'H2') && known === 'H');
}

export function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
