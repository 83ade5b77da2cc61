// Headings: a block, list item or first cell that names a section by its letter, its title or both
// ("Section F: …", "F.", "Part F –", "The help I will get – Section F", "6. Special educational provision").
import { fieldLabel } from './front-sheet.ts';
import { sectionNamedPart } from './labelled-lines.ts';
import { LETTER, LETTER_JOIN, PART_NUMBER, SENTENCE_END, splitLetters, SEP, namesSubject, normaliseLetter, sameSection, titleKey, titleKeys, uniq, type Titles } from './titles.ts';
import type { SectionLabel } from './types.ts';

// A heading's letter: "Section F", "Part F", "SECTION H1", or a bare capital "F" followed by a
// separator, a space, or nothing. "F12", "Appendix F", "a)" do not qualify.
// "sec F", "Sect. F": the section word shortened, as people type it.
const SECTION_WORD = String.raw`(?:section|sect?\.?)`;
const LETTERED = new RegExp(String.raw`^(?:(?:${SECTION_WORD}|part)\s*(?<=\s|\.)(${LETTER})|[(\[]?(${LETTER}))(?![\w/])\s*(${SEP}+)?\s*`, 'i');
const MULTI = new RegExp(String.raw`^(?:sections?|secs?\.?)\s+(${LETTER}(?:${LETTER_JOIN}${LETTER})+)(?![\w])\s*(?:${SEP}+)?\s*`, 'i');
// "B, E and F: …" as a heading block or a first cell, without the word "Sections".
const BARE_MULTI = new RegExp(String.raw`^(${LETTER}(?:${LETTER_JOIN}${LETTER})+)(?![\w])\s*[:\-–—‒―−|]\s*`);

// Three or more of one mark before a heading's text, and optionally after it.
const FRAME = /^([=*~#_]{3,}\s*)(?=\S)(?:[^]*?)(\s*[=*~#_]{3,}|)$/;

export interface HeadingMatch {
  labels: SectionLabel[];
  /** Where the heading text ends inside the block (the rest is body text that PDF merged in). */
  length: number;
  title: string;
  /** A bare letter whose text is not its section's title ("F. Recommendations"): a repeat of a section already found, or after K, is an appendix's own lettering. */
  weak?: boolean;
}

/** Reads a block's text as a section heading under `titles`, or null. `strong`: a heading block or a first-column cell. */
export function matchHeading(titles: Titles, text: string, strong: boolean, allowTitleOnly = true): HeadingMatch | null {
  const t = text.trim();
  if (!t) return null;
  // "=== SECTION F: … ===", "*** Section G ***": a rule of one repeated mark drawn around a heading
  // in a text export is decoration; the heading is what it frames.
  const framed = FRAME.exec(t);
  if (framed) {
    const inner = t.slice(framed[1].length, t.length - framed[2].length);
    const h = matchHeading(titles, inner, strong, allowTitleOnly);
    if (!h || h.length >= inner.length) return h && { ...h, length: t.length };
    // The closing rule before a body run on in the same block ("=== SECTION D ===\nNone.") is the heading's.
    const end = h.length + framed[1].length;
    return { ...h, length: end + (/^\s*[=*~#_]{3,}/.exec(t.slice(end))?.[0].length ?? 0) };
  }
  // "PART 4: SOCIAL CARE (SECTIONS D, H1 AND H2)": a part titled by the sections it holds, whatever
  // its title's words would say alone ("Social care" is H's title; the part holds D too).
  const named = sectionNamedPart(t);
  if (named) return named;
  // A numbered heading ("1. Section A: …", "12 Section K"): the number is not the label, so what
  // follows must name the section plainly (a section word, or the letter with that section's title).
  const num = /^(?:\d{1,2}(?:\.\d{1,2}|([AB]))?[.)]?|\(\d{1,2}\))\s+(?=\S)/i.exec(t);
  if (num) {
    const inner = leadingLabel(titles, t.slice(num[0].length), strong, true) ?? trailingLabel(titles, t, strong) ?? titleOnly(titles, t.slice(num[0].length), allowTitleOnly || !!num[1]) ?? taggedRunOn(titles, t.slice(num[0].length));
    return inner && subPart({ ...inner, length: inner.length === t.length - num[0].length ? t.length : inner.length + num[0].length }, num[1]);
  }
  const found = leadingLabel(titles, t, strong, false) ?? trailingLabel(titles, t, strong) ?? titleOnly(titles, t, allowTitleOnly) ?? taggedRunOn(titles, t);
  if (found) return found;
  // "Part 3 – Special educational provision" (a template numbered like a statement): a numbered
  // part marks a heading, and its title says which section.
  const part = new RegExp(String.raw`^(?:part|section|chapter)\s+${PART_NUMBER}([AB])?\s*[:.\-–—‒―−]\s*`, 'i').exec(t);
  const titled = part ? titleOnly(titles, t.slice(part[0].length), true) : null;
  if (titled) return { ...subPart(titled, part![1]), length: t.length, title: t };
  return numberedRunOn(titles, t);
}

/**
 * "PART 8A – Social care provision" / "8B. …": a numbered part split in two for social care. The title
 * says which half when it can (CSDPA, under or over 18); a bare "social care provision" takes A as H1
 * and B as H2, the statutory order.
 */
function subPart(h: HeadingMatch, suffix: string | undefined): HeadingMatch {
  if (!suffix || h.labels.length !== 1 || h.labels[0] !== 'H') return h;
  return { ...h, labels: [/^a$/i.test(suffix) ? 'H1' : 'H2'] };
}

/**
 * "Part 3 Health needs No health needs have been identified.": a numbered part, its section's title,
 * then the body run on (flattened text). The heading ends where the title does; the body must start
 * as a new sentence would.
 */
export function numberedRunOn(titles: Titles, t: string): HeadingMatch | null {
  const part = new RegExp(String.raw`^(?:part|section)\s+${PART_NUMBER}([AB](?![\w]))?(?![\w.])\s*[:.\-–—‒―−]?\s*`, 'i').exec(t);
  const known = part ? titleKey(titles, t.slice(part[0].length)) : null;
  if (!part || !known) return null;
  const end = part[0].length + known.length;
  const tail = t.slice(end);
  if (tail && !/^\s*(?:[:\-–—]\s*)?(?:[A-Z0-9"'‘“(•\-]|$)/.test(tail)) return null;
  if (fieldLabel(tail)) return null;
  return subPart({ labels: [known.label], length: end, title: t.slice(0, end).trim() }, part[1]);
}

// A title's closing tag naming its section or sections: "(Section F)", "(Sections G and H)", "(Section H1 and H2)", "(F)".
// The tag may hold the section's own title: "Appendices (Section K – advice and information)".
const TAG = new RegExp(String.raw`\(\s*(?:(?:sections?|part)\s+)?(${LETTER}(?:${LETTER_JOIN}${LETTER})*)(?:\s*[:\-–—]\s*([^()]{2,80}?))?\s*\)`, 'gi');

/**
 * "Special educational provision (Section F) a) A Level 1 …", "Part 9 – Placement (I): Ashcombe
 * High": a title closed by its section tag, then the body run on (flattened text). The title before
 * the tag must read as that section's own (trailingLabel's tests); a multi-letter tag takes the
 * title's section when every letter is its part ("Social care provision (Section H1 and H2)"). The
 * body must start as a new sentence or list item would.
 */
const PART_LEAD = new RegExp(String.raw`^(?:part|section|chapter)\s+${PART_NUMBER}\s*[:.\-–—‒―−]?\s*`, 'i');

export function taggedRunOn(titles: Titles, t: string): HeadingMatch | null {
  TAG.lastIndex = 0;
  const m = TAG.exec(t.slice(0, 160));
  if (!m || m.index === 0) return null;
  const end = m.index + m[0].length;
  const tail = t.slice(end);
  if (m[2] !== undefined) {
    // A tag with its own title vouches for itself, whatever the words before it ("Appendices").
    const own = titleKey(titles, m[2]);
    const letter = normaliseLetter(m[1]);
    if (!own || !sameSection(letter, own.label) || t.slice(0, m.index).trim().split(/\s+/).length > 6 || SENTENCE_END.test(t.slice(0, m.index).trim())) return null;
    if (tail.trim() && !/^\s*(?:[:\-–—]\s*)?[A-Z0-9"'‘“(•]/.test(tail)) return null;
    const lead = /^\s*(?:[:\-–—]\s*)?/.exec(tail)![0].length;
    return { labels: [letter], length: end + lead, title: t.slice(0, end).trim() };
  }
  if (!tail.trim()) return null;
  if (!/^\s*(?:[:\-–—]\s*)?(?:[A-Z0-9"'‘“(•]|[a-z]\)|[ivx]{1,4}[.)]\s)/.test(tail)) return null;
  const letters = splitLetters(m[1]).map(normaliseLetter);
  const before = t.slice(0, m.index).trim().replace(PART_LEAD, '');
  if (!before || SENTENCE_END.test(before) || before.split(/\s+/).length > 12 || fieldLabel(before.replace(/^\S+/, ''))) return null;
  let labels: SectionLabel[];
  if (letters.length === 1) {
    const h = trailingLabel(titles, `${before} (${/^\(\s*(?:sections?|part)\b/i.test(m[0]) ? 'Section ' : ''}${m[1]})`, true);
    if (!h) return null;
    labels = h.labels;
  } else {
    const known = titleKey(titles, before);
    const several = titleKeys(titles, before);
    if (known && known.length >= before.length - 1 && letters.every((l) => sameSection(l, known.label))) labels = [known.label];
    else if (several && several.length === letters.length && several.every((l) => letters.some((x) => sameSection(l, x)))) labels = several;
    // "Health and social care provision (Sections G and H)": the section word vouches for the letters.
    else if (/^\(\s*sections\b/i.test(m[0]) && before.split(/\s+/).length <= 8 && !/\b(?:will|is|are|has|have|must|should|can|see)\b/i.test(before)) labels = uniq(letters);
    else return null;
  }
  const lead = /^\s*(?:[:\-–—]\s*)?/.exec(tail)![0].length;
  return { labels, length: end + lead, title: t.slice(0, end).trim() };
}

/** A list item that is really a heading: "1. Section F: …" in a numbered list, or Word numbering that prints the letter ("F." + "Special educational provision"). */
export function listHeading(titles: Titles, text: string, marker: string, depth: number, allowTitleOnly = false): HeadingMatch | null {
  const t = text.trim();
  // "5." + "Special educational provision (Section F) a) A Level 1 …": the body run on after the tagged title.
  // (PDF may indent "10." deeper than "9.", so any depth.)
  if (/^\(?\d{1,2}[.)]?$/.test(marker.trim())) {
    const tagged = taggedRunOn(titles, t);
    if (tagged) return { ...tagged, title: `${marker.trim()} ${tagged.title}` };
  }
  if (!t || t.length > 120 || SENTENCE_END.test(t)) return null;
  const m = new RegExp(String.raw`^\(?(${LETTER})[.):]?$`, 'i').exec(marker.trim());
  if (m && depth === 0) {
    const label = normaliseLetter(m[1]);
    const known = titleKey(titles, t);
    // A lower-case letter ("g)" + "health provision") is a list's own unless its section's title is the whole item.
    const whole = m[1] === m[1].toUpperCase() || (!!known && !t.slice(known.length).replace(/[\s:.]+$/, ''));
    return known && whole && sameSection(label, known.label) ? { labels: [label], length: t.length, title: `${marker.trim()} ${t}` } : null;
  }
  if (!/^\(?\d{1,2}[.)]?$/.test(marker.trim())) return null;
  // "6. Special educational provision" in a template that numbers its titles and has no letters.
  if (allowTitleOnly && depth === 0) {
    const titled = titleOnly(titles, t, true);
    if (titled) return { ...titled, title: `${marker.trim()} ${t}` };
  }
  const h = leadingLabel(titles, t, false, true) ?? trailingLabel(titles, t, false);
  // An item that names a section without its title ("3. Part B – SaLT report" in a list of advice)
  // cannot reopen a section already found.
  const own = h && h.labels.some((l) => { const k = titleKey(titles, t.replace(/^(?:section|part)\s+\S+\s*[:.\-–—‒―−)]*\s*/i, '')); return k && sameSection(l, k.label); });
  return h && { ...h, weak: h.weak || !own };
}

/** The label first: "Section F: …", "F. …", "PART F –", "F". `strict`: only a section word or the letter with its own title. */
export function leadingLabel(titles: Titles, t: string, strong: boolean, strict: boolean): HeadingMatch | null {
  // "Sections C (The child's health care needs…) and G (Health care provision…)": each letter with its title in brackets.
  const bracketed = /^sections\s/i.test(t) && /\(/.test(t) ? MULTI.exec(t.replace(/\s*\([^()]{0,200}\)/g, '')) : null;
  if (bracketed && !SENTENCE_END.test(t) && t.length <= 300) {
    const labels = splitLetters(bracketed[1]).map(normaliseLetter);
    if (labels.length >= 2) return { labels: uniq(labels), length: t.length, title: t };
  }
  const multi = MULTI.exec(t) ?? (strong ? BARE_MULTI.exec(t) : null);
  if (multi) {
    const labels = splitLetters(multi[1]).map(normaliseLetter);
    const short = t.length <= 80 && !SENTENCE_END.test(t);
    if ((strong || short) && labels.length >= 2) {
      // "Sections H1 and H2" is the social care section; others are a combined section.
      return { labels: uniq(labels), length: t.length, title: t };
    }
    return null;
  }
  const m = LETTERED.exec(t);
  if (!m) return null;
  const word = m[1] !== undefined;
  const raw = (m[1] ?? m[2])!;
  const label = normaliseLetter(raw);
  const sep = m[3] ?? '';
  const opener = /^[(\[]/.exec(t)?.[0];
  if (opener && !word && !sep.includes(opener === '(' ? ')' : ']')) return null;
  const rest = t.slice(m[0].length);
  // A bare letter must be a capital (lists use "a)"), unless a separator follows and the rest is
  // that section's own title, whole ("g) health provision", "e. outcomes"): typed by hand in any case.
  if (!word && raw !== raw.toUpperCase()) {
    const own = sep ? titleKey(titles, rest) : null;
    if (!own || !sameSection(label, own.label) || rest.slice(own.length).replace(/[\s:.]+$/, '')) return null;
    return { labels: [label], length: t.length, title: t };
  }
  if (/^(?:,|or\b|and\b|to\b|of\b|above|below|sets|says|should|must|will|is\b|are\b|has\b)/i.test(rest)) return null; // prose about a section
  if (!rest) return strict && !word ? null : { labels: [label], length: t.length, title: t, weak: !word };
  const known = titleKey(titles, rest);
  if (known && sameSection(label, known.label)) {
    // A bracketed qualifier belongs to the title: "Social care provision (section 2 CSDPA 1970)",
    // and so does the rest of a bracket the title phrase opened.
    let end = m[0].length + known.length;
    const titleText = t.slice(m[0].length, end);
    if ((titleText.match(/\(/g)?.length ?? 0) > (titleText.match(/\)/g)?.length ?? 0)) end += /^[^()]{0,80}\)/.exec(t.slice(end))?.[0].length ?? 0;
    end += /^\s*\([^()]{1,80}\)/.exec(t.slice(end))?.[0].length ?? 0;
    // The body may run on after the title (PDF lines, a Word-form row read as text): the heading
    // ends with the title phrase unless what follows continues it ("…needs which relate to her
    // SEN", ", maintained nursery school or …"). In a paragraph a capital starts the body
    // ("Section I – Placement Oak Primary School").
    const tail = t.slice(end);
    const continues = /^[^.:\n•▪●◦]{0,200}$/.test(tail) && (strong || /^\s*(?:[a-z(,\-–—‒―−\/&]|$)/.test(tail) || t === t.toUpperCase());
    const headingEnd = continues ? t.length : end;
    return { labels: [label], length: headingEnd, title: t.slice(0, headingEnd).trim() };
  }
  // "F. Provision: 1. Physiotherapy …", "I. School: Oak Primary": the letter, a short label naming its
  // section's subject, a colon, then the body (flattened text).
  const cue = sep && !/\)/.test(sep) || word || opener ? /^([A-Za-z][\w'’\-]*(?:\s+[\w'’\-]+){0,3})\s*:\s*/.exec(rest) : null;
  if (cue && namesSubject(titles, label, cue[1]) && !fieldLabel(cue[1].replace(/^\S+/, ''))) return { labels: [label], length: m[0].length + cue[0].length, title: t.slice(0, m[0].length + cue[1].length + 1) };
  if ((t.length > 160 && !(word && sep)) || (strict && !word)) return null;
  if (!word && label === 'I' && !sep) return null; // "I will get…"
  // "K advice", "C) health": a capital and a word or two naming its section's subject, on a line of
  // their own (a parent's typing). Not A or I, which are words ("A history lesson").
  const few = rest.trim().split(/\s+/);
  if (!word && !opener && label !== 'A' && label !== 'I' && (!sep || sep === ')') && few.length <= 3 && !SENTENCE_END.test(rest) && namesSubject(titles, label, few[0]!)) {
    return { labels: [label], length: t.length, title: t, weak: true };
  }
  // A bare letter needs a separator unless its own title follows: a first cell or a heading-styled
  // line may well begin "A teaching assistant…", "B&Q work placement…", "I-pad…", "E-safety…".
  if (!word && !sep) return null;
  if (!word && /^[(\[]?(?:H\s?[12]|[A-K])[\-–]\w/i.test(t)) return null;
  if (!word && sep === ')' && !strong) return null; // "F) something" in a list
  if (!word && /^[a-z]\./i.test(rest) && sep === '.') return null; // "E.g.", "I.e."
  // "J. Holloway, SENCo" in a list of advice: an initial and a surname.
  if (!word && sep === '.' && !strong && /^[A-Z][a-z'’-]+(?:\s*[,(–—‒―−-]|$)/.test(rest)) return null;
  // Any other title after a clear label: accept when it reads as a heading, not a sentence.
  const words = rest.split(/\s+/).length;
  // The statutory wordings are long ("Section J – Where there is a personal budget, the details of …").
  if (word && sep && words <= 45 && !SENTENCE_END.test(rest)) return { labels: [label], length: t.length, title: t };
  if ((strong && words <= 14) || (words <= 10 && !SENTENCE_END.test(rest) && (word || sep))) return { labels: [label], length: t.length, title: t, weak: !word };
  return null;
}

// The label last: "The help I will get – Section F", "Part 3 – Provision (Section F)", "Outcomes (E)".
// A colon may close it, as a label before its list does ("Outcomes for this area (Section E):").
const TRAILING = new RegExp(String.raw`^(.{2,120}?)\s*(?:[:\-–—‒―−|,]\s*|\(\s*)(?:(?:${SECTION_WORD}|part)\s+(${LETTER})|(${LETTER}))\s*\)?\s*:?$`, 'i');

export function trailingLabel(titles: Titles, t: string, strong: boolean): HeadingMatch | null {
  const m = TRAILING.exec(t);
  if (!m) return null;
  const before = m[1].trim();
  if (SENTENCE_END.test(before)) return null;
  const raw = (m[2] ?? m[3])!;
  if (raw !== raw.toUpperCase() && m[2] === undefined) return null;
  const label = normaliseLetter(raw);
  const known = titleKey(titles, before.replace(/^(?:part|section)\s+\d{1,2}\s*[:\-–—‒―−.]?\s*/i, ''));
  // A long title that opens with the same section's own title and closes with its label in brackets
  // ("Social care provision under section 2 of the … Act 1970 (Section H1)"): its statute makes it long.
  const ownTitle = !!known && sameSection(label, known.label) && m[2] !== undefined && /\(\s*(?:section|part)\s+\S{1,3}\s*\)\s*:?$/i.test(t) && t.length <= 200
    && !/\b(?:was|were|is|are|will|has|have|had|must|should|can|may)\b/i.test(before);
  if (before.split(/\s+/).length > 12 && !ownTitle) return null;
  // "(see Section F)", "as set out in – Section F", "Ali will … – Section F": a reference, not a label
  // (a title worded for the child, "What I will achieve", keeps its verb).
  // A label in brackets closing a short line ("What I need help with (Section B)") is the title's own
  // label even after a preposition; "(see Section F)" keeps its "see" inside the brackets.
  const bracketed = /\(\s*(?:(?:section|part)\s+)?\S{1,3}\s*\)\s*:?$/i.test(t) && (t.length <= 80 || ownTitle);
  if ((!bracketed && /\b(?:see|in|under|to|of|and|or|from|with|by|per)$/i.test(before)) || (!known && /\b(?:will|is|are|has|have|must|should|can)\b/i.test(before))) return null;
  // A bare letter needs the section's own title before it; a section word needs a heading's place or a short line.
  if (m[3] !== undefined && !(known && sameSection(label, known.label))) return null;
  if (!strong && t.length > 100 && !ownTitle) return null;
  // "Speech sound therapy (Section F)" in a budget table's cell: a thing said to be in that section,
  // not the section's title nor its subject, is a cross-reference. It may open the section where the
  // plan has none yet, but never reopens one (weak, as a list item naming a section is).
  const reference = m[2] !== undefined && /\)\s*:?$/.test(t) && !(known && sameSection(label, known.label)) && !namesSubject(titles, label, before);
  return { labels: [label], length: t.length, title: t, ...(reference ? { weak: true } : {}) };
}

// Title with no letter: only a short standalone line that is the title, or that names several
// sections' titles in turn ("Health provision and social care provision").
export function titleOnly(titles: Titles, t: string, allow: boolean): HeadingMatch | null {
  if (!allow) return null;
  const several = t.length <= 120 && !SENTENCE_END.test(t) ? titleKeys(titles, t) : null;
  if (several) return { labels: several, length: t.length, title: t };
  const known = titleKey(titles, t);
  if (known && t.length <= 90 && !SENTENCE_END.test(t) && t.length - known.length <= 45 && !/^\w+ (?:will|has|is|can)\b/i.test(t) && !fieldLabel(t.slice(known.length))) {
    return { labels: [known.label], length: t.length, title: t };
  }
  return null;
}

/**
 * Under a heading that named several sections, a label that names one of them before a colon, its
 * body on the same line or below ("Social care needs: Oskar helps…", "Other social care provision:").
 * The label may qualify its title before the colon ("… under section 2 of the Chronically Sick and
 * Disabled Persons Act 1970:").
 */
export function subLabel(titles: Titles, text: string, within: SectionLabel[]): HeadingMatch | null {
  const t = text.trim();
  const known = titleKey(titles, t);
  if (!known || !within.some((l) => sameSection(known.label, l))) return null;
  // A line that is only the title, without a colon ("Outcomes", "Provision" between the lists of a part
  // ordered by area), labels what follows as well (punctuation, not words).
  if (t.replace(/\s*:$/, '').length === known.length) return { labels: [known.label], length: t.length, title: t };
  const colon = /^[^.:;!?\n]{0,100}:/.exec(t.slice(known.length));
  if (!colon || fieldLabel(t.slice(known.length))) return null;
  const length = known.length + colon[0].length;
  return { labels: [known.label], length, title: t.slice(0, length).trim() };
}
