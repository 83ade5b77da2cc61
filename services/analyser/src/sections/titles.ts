// The letters and titles the sections go by (rubric-reference.md §1), shared by every recogniser.
import type { SectionLabel } from './types.ts';

// "A1" and "A2" (history; views) are the two halves of Section A in the national template.
export const LETTER = String.raw`(?:H\s?[12]|A[12](?!\d)|[A-K])`;
export const SEP = String.raw`[:.\-–—‒―−|)\]]`;
// A part's number, in figures or in words ("Part 6", "PART SIX"): forms number their parts either way.
export const PART_NUMBER = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)`;

// Titles each section goes by, lettered or not (child-friendly ones included).
const TITLES: [SectionLabel, RegExp][] = [
  // Longer wordings come first: a heading run together with its body ends where the title ends.
  ['A', /^(?:the )?(?:(?:(?:child|young person|parent|family)(?:'s|s'|s)?\s*(?:and (?:their )?(?:parents?|carers?|family)(?:'s|s')?\s*)?views(?:,? interests,? (?:and|&) aspirations)?|views,? interests,? (?:and|&) aspirations|views,? wishes,? (?:and|&) feelings|views,? interests|(?:all )?about me|my story|who I am|what(?:'s| is) important to (?:me|us)|what matters to (?:me|us)|my (?:views|hopes|dreams|wishes|aspirations)|one[- ]page profile|views and aspirations|aspirations))/i],
  ['B', /^(?:(?:the )?(?:child|young person)(?:(?:'s)? or (?:the )?(?:child|young person))?(?:'s|s')?\s*)?(?:(?:my )?special educational needs?(?: \(SEND?\))?|SEN\b|education(?:al)? and training needs|educational needs|(?:my )?learning needs|my needs|what I find (?:hard|difficult)|what I need help with|needs and strengths|strengths and needs|my strengths and (?:what I find hard|needs))/i],
  ['C', /^(?:(?:the )?(?:child|young person)(?:(?:'s)? or (?:the )?(?:child|young person))?(?:'s|s')?\s*)?(?:health(?:care)? (?:care )?needs|my health(?: needs)?)/i],
  ['D', /^(?:(?:the )?(?:child|young person)(?:(?:'s)? or (?:the )?(?:child|young person))?(?:'s|s')?\s*)?(?:social care needs|care needs|my (?:social )?care needs)/i],
  ['E', /^(?:outcomes|(?:the |my |our )?outcomes (?:sought|for|and|(?:that )?(?:we|I|you) (?:want|would like|hope|aim|are aiming)\b)|what I (?:want|would like|will be able|hope|am going) to (?:achieve|do)|what I will (?:achieve|be able to do|work towards)|my (?:goals|outcomes|targets)|long[- ]term outcomes)/i],
  ['F', /^(?:(?:the |any )?special educational provision|education(?:al)? and training provision|(?:educational|SEN|SEND) provision|(?:the )?(?:help|support) I (?:will )?(?:get|receive|need|have)(?: (?:at|in) (?:school|college|nursery|my setting)| to (?:learn|achieve (?:this|these|my outcomes)))?|how I will be (?:helped|supported)|help with my learning|provision (?:to meet|required)|my (?:education|learning) support)/i],
  ['G', /^(?:(?:the |any )?health(?:care)? (?:care )?provision|(?:the )?health (?:support|care|help) I (?:will )?(?:get|need|receive)|help (?:with my health|from health(?: services)?))/i],
  // The statutory split: H1 is CSDPA s2 provision for under-18s; H2 the rest, adult care for over-18s included.
  ['H1', /^(?:the |any )?social care provision\b.{0,140}?(?:section 2\b|s\.? ?2\b|chronically sick|CSDPA)|^(?:the |any )?social care provision (?:for (?:(?:a )?(?:child(?:ren)?|young pe(?:rson|ople)|child or young person) )?)?(?:aged )?under(?: the age of)?[- ]18s?\b/i],
  ['H2', /^(?:the |any )?other social care provision|^(?:the |any )?social care provision (?:reasonably required|not under)|^(?:any )?(?:adult )?social care provision (?:for|from) (?:(?:a )?young pe(?:rson|ople) )?(?:aged )?(?:over[- ]18s?|18 (?:and|or) over|adults?)\b/i],
  ['H', /^(?:(?:the |any )?social care provision|social care support|(?:the )?(?:help|support) (?:with|from) (?:my )?(?:care|social care|social services)|social care)/i],
  ['I', /^(?:placement|(?:the )?name (?:and|&) type|(?:name|type) of (?:the )?(?:school|setting|institution|placement)|(?:the )?school or (?:other )?institution|education(?:al)? (?:setting|placement|institution)|where I will (?:learn|go to (?:school|college|nursery))|my (?:school|college|setting)|school\s*\/\s*setting)/i],
  ['J', /^(?:(?:my |a |the |where there is a )?personal budgets?(?: \(including direct payments\))?|direct payments?)/i],
  ['K', /^(?:(?:the )?advice and information|information and advice|advice (?:received|obtained|gathered)|information (?:and advice )?gathered|(?:a )?list of (?:the )?advice|reports? and advice|appendices)/i],
];

// The subject a short label names ("F. Provision:", "I. School:", "K. Advice:"): with the section's own
// letter before it, a label this loose is enough.
const SUBJECTS: Record<string, RegExp> = {
  A: /\b(?:views?|profile|about|aspirations?|interests?|history|wishes)\b/i,
  B: /\b(?:needs?|SEND?|learning)\b/i,
  C: /\bhealth\b/i,
  D: /\bcare\b/i,
  E: /\b(?:outcomes?|goals?|targets?|aims?)\b/i,
  F: /\b(?:provision|support|help)\b/i,
  G: /\bhealth\b/i,
  H: /\bcare\b/i,
  I: /\b(?:school|placement|setting|college|institution|nursery)\b/i,
  J: /\b(?:budgets?|payments?)\b/i,
  K: /\b(?:advice|information|reports?|appendix|appendices|evidence)\b/i,
};

export function namesSubject(label: SectionLabel, text: string): boolean {
  return SUBJECTS[label === 'H1' || label === 'H2' ? 'H' : label]?.test(text) ?? false;
}

function matchTitle(text: string): { label: SectionLabel; length: number } | null {
  for (const [label, re] of TITLES) {
    const m = re.exec(text);
    if (m) return { label, length: m[0].length };
  }
  return null;
}

// A title that names the child ("Ffion's health needs", "About Ffion and what matters to her",
// "What is important to Sam"): the name stands where the generic titles say "the child's" or "me".
// Grammar, not words: a capitalised name with a possessive, or after "about" / "important to" /
// "matters to"; the titles' own words stay in TITLES.
const NAME = String.raw`[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*)?`;
const NAMED_OWNER = new RegExp(String.raw`^(?:the\s+)?${NAME}(?:'s|’s|s'|s’)\s+(?=\S)`);
const NAMED_ABOUT = new RegExp(String.raw`^((?:[Aa]ll\s+)?[Aa]bout|[Ww]hat(?:'s|’s| is)?\s+(?:is\s+)?important\s+to|[Ww]hat\s+matters\s+to)\s+${NAME}\b(?!'|’)`);
const NOT_NAMES = /^(?:the|my|our|your|his|her|their|a|an|this|that|section|part|child|young|parent|family|health|social|special|other|any)\b/i;

export function titleKey(text: string): { label: SectionLabel; length: number } | null {
  const plain = matchTitle(text);
  if (plain) return plain;
  const owner = NAMED_OWNER.exec(text);
  if (owner && !NOT_NAMES.test(owner[0].replace(/^the\s+/i, ''))) {
    const generic = "the child's ";
    const k = matchTitle(generic + text.slice(owner[0].length));
    if (k && k.length > generic.length) return { label: k.label, length: k.length - generic.length + owner[0].length };
  }
  const about = NAMED_ABOUT.exec(text);
  if (about) {
    const name = text.slice(about[1].length).trim().split(/\s+/)[0] ?? '';
    if (/^[A-Z]/.test(name) && !NOT_NAMES.test(name)) {
      const generic = `${about[1]} me`;
      const k = matchTitle(generic + text.slice(about[0].length));
      if (k && k.length >= generic.length) return { label: k.label, length: k.length - generic.length + about[0].length };
    }
  }
  return null;
}

/**
 * A title that names several sections one after the other ("My health needs and my social care
 * needs", "Personal budget and advice received"): each section's title, joined by "and", "&" or a
 * comma, the whole text taken up. Null unless two or more sections are named.
 */
export function titleKeys(text: string): SectionLabel[] | null {
  const labels: SectionLabel[] = [];
  let rest = text.trim().replace(/\s*:$/, '');
  while (rest) {
    const known = titleKey(rest);
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

export const SENTENCE_END = /[.!?]["')\]]?$/;

export function sameSection(label: SectionLabel, known: SectionLabel): boolean {
  return known === label || (label === 'H' && (known === 'H1' || known === 'H2')) || ((label === 'H1' || label === 'H2') && known === 'H');
}

export function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
