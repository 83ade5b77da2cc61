// Labelled lines: an online portal's text export, which labels each need, outcome and provision with
// the section it belongs to rather than putting it under that section's heading ("Outcome (E) 3: …",
// "Provision (F) 2a: …", "Health provision (G) 1: …", "Provision 2a (Section F): …"), and titles its
// parts by the sections they hold ("PART 2: NEEDS, OUTCOMES AND PROVISION (SECTIONS B, E AND F)").
// A labelled line is a statement of the section its label names, wherever it stands (an outcome line
// among the health part's lines is E's); the label is the form's, not the statement's text.
// Only the grammar is here (label, letter, item number); what a label's words must name is the
// rubric's (the sections' titles and subjects, read through `titles`).
import type { HeadingMatch } from './headings.ts';
import { LETTER, LETTER_JOIN, PART_NUMBER, SENTENCE_END, splitLetters, namesSubject, normaliseLetter, sameSection, titleKey, uniq, type Titles } from './titles.ts';
import type { SectionLabel } from './types.ts';

// The label's words: one to five words, no digits ("Provision", "Health provision", "Social care needs").
const KIND = String.raw`([A-Za-z][A-Za-z'’\-]*(?:[ \t]+[A-Za-z'’\-]+){0,4}?)`;
// An item's number: "1", "2a", "3.1", "3.1b", or a letter "a".
const ID = String.raw`(\d{1,2}(?:\.\d{1,2})?[a-z]?|[a-z])`;
// "Provision (F) 2a: …", "Needs (B): …", "Outcome (Section E) 1 – …".
const LETTER_FIRST = new RegExp(String.raw`^${KIND}\s*\(\s*(?:section\s+)?(${LETTER})\s*\)\s*(?:${ID}(?![\w]))?\s*[:\-–—]\s*(?=\S)`, 'i');
// "Provision 2a (Section F): …", "Outcome 3 (E): …".
const ID_FIRST = new RegExp(String.raw`^${KIND}\s+${ID}\s*\(\s*(?:section\s+)?(${LETTER})\s*\)\s*[:\-–—]?\s*(?=\S)`, 'i');
// A label is a noun phrase: words that make it a sentence ("Willa will need support (F)") are prose.
const VERB = /\b(?:will|would|is|are|was|were|has|have|had|must|should|can|could|may|might|see|set out in|under)\b/i;

export interface LabelledLine {
  label: SectionLabel;
  /** Where the label ends and the statement begins. */
  length: number;
  /** The label as written ("Provision (F) 2a"). */
  title: string;
  /** The label numbers its item ("Outcome (E) 3"): one of a list, never a section's heading. */
  numbered: boolean;
}

/**
 * A line that opens with a section's label ("Outcome (E) 3: …", "Provision 2a (Section F): …"), its
 * statement after the label, or null. The label's words must name that section's subject or title
 * ("Health provision" for G, not "Health provision" for E).
 */
export function labelledLine(titles: Titles, text: string): LabelledLine | null {
  const t = text.replace(/^\s+/, '');
  const lead = text.length - t.length;
  let kind: string;
  let letter: string;
  let id: string | undefined;
  let m = LETTER_FIRST.exec(t);
  if (m) [kind, letter, id] = [m[1], m[2], m[3]];
  else {
    m = ID_FIRST.exec(t);
    if (!m) return null;
    [kind, id, letter] = [m[1], m[2], m[3]];
  }
  // A bare letter in brackets must be a capital: "(a)" numbers a list.
  if (!/section/i.test(m[0]) && letter !== letter.toUpperCase()) return null;
  if (VERB.test(kind) || SENTENCE_END.test(kind)) return null;
  const label = normaliseLetter(letter);
  const known = titleKey(titles, kind);
  const own = (known && sameSection(label, known.label) && known.length >= kind.trim().length - 1) || namesSubject(titles, label, kind);
  if (!own) return null;
  const title = m[0].replace(/\s*[:\-–—]?\s*$/, '');
  return { label, length: lead + m[0].length, title, numbered: id !== undefined };
}

/** A part's labelled lines, read in order by the walk (one per findSections call). */
export interface LabelledRun {
  /** The section of the last labelled line: the unlabelled lines after it are its too. Null before one, and after a heading. */
  readonly section: SectionLabel | null;
  /**
   * The line's label where the line is a statement of the section it names: a numbered one ("Outcome
   * (E) 3: …") always; one with no item number ("Needs (B): …") only in a run of labelled lines or in a
   * part that holds that section (`holds`), since elsewhere it is a heading with its body run on. Null otherwise.
   */
  read(text: string, holds: (label: SectionLabel) => boolean): LabelledLine | null;
  /** A heading or the end of a part ends the run. */
  end(): void;
}

export function labelledRun(titles: Titles): LabelledRun {
  let section: SectionLabel | null = null;
  return {
    get section() {
      return section;
    },
    read(text, holds) {
      const ll = labelledLine(titles, text);
      if (!ll || !(ll.numbered || section !== null || holds(ll.label))) return null;
      section = ll.label;
      return ll;
    },
    end() {
      section = null;
    },
  };
}

// "PART 2: NEEDS, OUTCOMES AND PROVISION (SECTIONS B, E AND F)", "Part 3 – Health (Section C and G)":
// a numbered part whose title closes with the sections it holds, the whole line.
const PART_TITLE = new RegExp(String.raw`^(?:part|chapter)\s+${PART_NUMBER}\s*[:.\-–—]\s*([^()]{2,100}?)\s*\(\s*sections?\s+(${LETTER}(?:${LETTER_JOIN}${LETTER})*)\s*\)\s*:?$`, 'i');

/** A part titled by the sections it holds, or null. Its title's words say nothing of their own (a sentence is not a title). */
export function sectionNamedPart(text: string): HeadingMatch | null {
  const t = text.trim();
  const m = PART_TITLE.exec(t);
  if (!m || SENTENCE_END.test(m[1]) || m[1].split(/\s+/).length > 10 || VERB.test(m[1])) return null;
  const labels = uniq(splitLetters(m[2]).map(normaliseLetter));
  return { labels, length: t.length, title: t };
}
