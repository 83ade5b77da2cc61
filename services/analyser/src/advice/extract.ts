// Finds the recommendations in an advice report (speech and language therapy, OT, physiotherapy,
// educational psychology, health; or the advice appended as Section K): the sentences, bullets and
// table rows that recommend provision. Background, assessment results and history are not.
import type { Block, ListItemBlock, StructuredDocument } from '../../../ingest/src/document.ts';
import { splitSentences } from '../quantities.ts';
import { maskReviewClauses } from '../provision.ts';
import { timesPerWeek } from './verdict.ts';
import type { Rubric } from '../rubric.ts';
import { compileRubric, perObject, perVocabulary } from '../vocabulary.ts';
import { tokens } from './similarity.ts';
import { escapeRegExp } from '../fast-patterns.ts';

// The words that make a heading one of recommendations or of background, a sentence a recommendation
// or a description, and a unit under a recommendations heading an action (rubric lists
// recommendHeadings, adviceAloneHeadings, backgroundHeadings, adviceCues, adviceBackground,
// adviceActions), put in their grammar once per vocabulary.
const adviceWords = perVocabulary((v) => ({
  RECOMMEND_HEADING: new RegExp(String.raw`^\s*${v.list('adviceAloneHeadings')}\s*$|\b${v.list('recommendHeadings')}\b`, 'i'),
  BACKGROUND_HEADING: new RegExp(String.raw`\b${v.list('backgroundHeadings')}\b`, 'i'),
  CUE: new RegExp(String.raw`\b${v.list('adviceCues')}`, 'i'),
  BACKGROUND: new RegExp(v.list('adviceBackground'), 'i'),
  ACTION: new RegExp(String.raw`\b${v.list('adviceActions')}\b`, 'i'),
  // A sentence about the recommendations themselves, or advice given elsewhere (isPointer).
  POINTER: new RegExp(String.raw`\b${v.list('advicePointers')}\b`, 'i'),
  ABOUT_RECOMMENDATIONS: new RegExp(String.raw`\b${v.list('adviceAboutRecommendations')}\b`, 'i'),
  ELSEWHERE: new RegExp(String.raw`\b${v.list('adviceElsewhere')}\s*[.;]?$`, 'i'),
  // A title put as a question: a question word opening the line.
  QUESTION: new RegExp(String.raw`^${v.list('adviceQuestionWords')}\b`, 'i'),
  // A name or pronoun as written in a sentence, then a verb: what the child is or did (TELLS), about the child (DESCRIBES).
  TELLS: new RegExp(String.raw`^(?:he|she|they|[A-Z][a-z'’-]+)\s+${v.list('adviceTellsVerbs')}\b(?!\s+to\b)`),
  DESCRIBES: new RegExp(String.raw`^(?:he|she|they|[A-Z][a-z'’-]+)\s+(?!${v.list('adviceNeedVerbs')}\b)${v.list('adviceDescribesVerbs')}\b`),
  // An item opening with what to do, or naming who should do it.
  NUMBERED_ACTION: new RegExp(String.raw`^${v.list('adviceImperatives')}\b|\b${v.list('adviceShould')}\b`, 'i'),
  // A line telling staff what to do, perhaps after "Always", "Never" or "Please" ("Never use …").
  IMPERATIVE_LINE: new RegExp(String.raw`^(?:(?:always|never|please|do not|don['’]t)\s+)?${v.list('adviceImperatives')}\b`, 'i'),
  CONDITION_OPENING: new RegExp(String.raw`^${v.list('adviceConditionOpenings')}\b`, 'i'),
  CONTINUATION: new RegExp(String.raw`^${v.list('adviceContinuations')}`, 'i'),
  AMOUNT_CHANGE: new RegExp(String.raw`\b${v.list('adviceAmountChanges')}\b`, 'i'),
  // "These sessions", "the same adult": the rubric's adviceReferredThings and adviceSameAdults after the pointing words (grammar).
  BACK_REFERENCE: new RegExp(String.raw`\b(?:these|those) ${v.list('adviceReferredThings')}\b|\bthe same ${v.list('adviceSameAdults')}\b`, 'i'),
  APPENDIX: new RegExp(String.raw`^\s*${v.list('appendixWords')}\s+[\w.]{1,4}\b`, 'i'),
  COLUMN_WORD: new RegExp(String.raw`^${v.list('adviceColumnWords')}$`, 'i'),
  SIGNATURE_NAME: new RegExp(String.raw`^(?:${v.list('signatureLeads')}\s*:?\s*)?(?:${v.list('signatureTitles')}\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*[,(–-]`),
  SIGNATURE_ROLE: new RegExp(String.raw`\b${v.list('signatureRoles')}\b`, 'i'),
  ROLE_WORD: new RegExp(String.raw`^${v.list('signatureWords')}$`),
  RECOMMENDS: new RegExp(v.list('adviceRecommends'), 'i'),
  NEEDS: new RegExp(String.raw`\b${v.list('adviceNeedWords')}\b`, 'i'),
  OWN_OFFER: new RegExp(String.raw`^${v.list('adviceOwnOffers')}`, 'i'),
  FOLLOW_UP: new RegExp(String.raw`^${v.list('ownFollowUp')}`, 'i'),
  FUNDING_NOTE: new RegExp(String.raw`\b${v.list('adviceFundingNotes')}`, 'i'),
  // A new thing to provide: one of the openings as a whole word ("a", not the "a" of "at"; "2 hours",
  // not the "2" of "2pm"), or someone and what they should do (grammar).
  NEW_ITEM: new RegExp(String.raw`^(?:${v.list('adviceItemOpenings')}(?![a-z])|(?:(?:his|her|their|the|a|an) )?[\w'’-]+ (?:should|must|to|will|needs? to)\b)`, 'i'),
  FORM_FIELD: new RegExp(String.raw`^\s*${v.list('adviceFormFields')}\s*:`, 'i'),
  FLAT_LEAD_IN: new RegExp(String.raw`\b${v.list('flatTableLeadIns')}\s+([^.;:!?]+)`, 'i'),
  // "And" inside one amount ("two and a half hours"), and a later amount of the same thing ("…, and
  // twice a week after that").
  // A question word alone as a label ("What:").
  QUESTION_LABEL: new RegExp(String.raw`^${v.list('adviceQuestionWords')}$`, 'i'),
  // A label that gives only who, when or where for the line above it ("Who:", "When:", "By whom:").
  DETAIL_LABEL: new RegExp(String.raw`^${v.list('adviceDetailLabels')}$`, 'i'),
  // A table's column of evidence or reasons (its header cell), and a row's label saying it is not advised.
  EVIDENCE_COLUMN: new RegExp(String.raw`^${v.list('adviceEvidenceColumns')}\b`, 'i'),
  // A column of what stands now ("Current wording"), beside what is proposed: read without it, as evidence is.
  STANDING_COLUMN: new RegExp(String.raw`^${v.list('adviceStandingColumns')}\b`, 'i'),
  // The situation a care plan's row answers ("Situation", "When"): the occasion of its action.
  OCCASION_COLUMN: new RegExp(String.raw`^${v.list('adviceOccasionColumns')}$`, 'i'),
  // A header naming what to do and who does it ("Time | What | Who | Where"): a routine or care plan.
  WHAT_COLUMN: new RegExp(String.raw`^${v.list('adviceWhatColumns')}\b`, 'i'),
  WHO_COLUMN: new RegExp(String.raw`^${v.list('adviceWhoColumns')}\b`, 'i'),
  AMOUNT_COLUMN: new RegExp(String.raw`^${v.list('adviceAmountColumns')}\b`, 'i'),
  SCHEDULE_COLUMN: new RegExp(String.raw`^${v.list('adviceScheduleColumns')}$`, 'i'),
  REJECTED_CELL: new RegExp(String.raw`^${v.list('adviceRejected')}\s*[.:]?$`, 'i'),
  // A cell that opens by saying its row's thing is not advised ("Not needed while she uses …").
  REJECTED_OPENING: new RegExp(String.raw`^${v.list('adviceRejected')}\b`, 'i'),
  ONE_AMOUNT: new RegExp(String.raw`^${v.list('adviceOneAmounts')}$`, 'i'),
  AFTER_THAT: new RegExp(String.raw`\b${v.list('adviceAfterThat')}\b`, 'i'),
  // A sentence whose subject is a named organisation and its future ("The Riverside Feeding Service will
  // see him weekly …"): what that service will do, told as a fact (the rubric's nameEnds close the name).
  NAMED_WILL: new RegExp(String.raw`^(?:[Tt]he\s+)?((?:[A-Z][\w'’-]*\s+){1,5}${v.list('nameEnds')})\s+will\b`),
  // A service, by its name or its capitals ("EMTAS"), that will go on helping as it does now ("… will
  // continue to support the school"; the rubric's ongoingInvolvement): its own involvement, not advice.
  ONGOING: new RegExp(String.raw`^(?:[Tt]he\s+)?(?:[A-Z]{3,}|(?:[A-Z][\w'’-]*\s+){1,5}${v.list('nameEnds')})\s+will\s+(?:also\s+)?continue\s+to\s+${v.list('ongoingInvolvement')}\b`),
}));

export interface Recommendation {
  /** The recommendation as written (a table row's cells joined by tabs). */
  text: string;
  /** Offsets into the advice document's text. */
  start: number;
  end: number;
  /** A lead-in it hangs from ("Direct therapy:", "I recommend the following for Ava:"), or the heading above it. */
  context: string;
  /** Lines under it that give only who, when or where ("Who: Job coach.", "When: Before half term."): read for its amount and who delivers it, not for what it is. */
  details?: string;
  /** A table row's reason cells ("Why": "Pressure relief, stretch to his hip flexors"): its aim, read for where it belongs, not for what or how much. */
  reason?: string;
  /** A care plan's row: the situation its action answers ("Red: emergency"), which says when it is done. */
  occasion?: string;
  /** The title of the advice it is in: the report's first line, or in Section K the appendix line above it ("Appendix D: Epilepsy nurse advice — …"). */
  title: string;
}



// Where one sentence joins two recommendations ("weekly 45-minute SLT sessions and a termly review
// with staff"): a conjunction whose right side opens a new thing to provide, each side with its own
// frequency. "3 x 20 minutes a week and 1:1" or "… and reviewed termly" stay one recommendation.
const JOIN = /,?\s+(?:and(?: also)?|as well as|plus)\s+|;\s+(?:and\s+)?/g;
// The right side's openings are the rubric's adviceItemOpenings (adviceWords: NEW_ITEM).
const hasFrequency = (s: string, rubric?: Rubric) => timesPerWeek(maskReviewClauses(s), rubric) !== null;
// Grammar, not vocabulary: a conjunction whose right side is a clause of its own, with its own modal
// ("…, and the class teacher should receive 3 hours of training", "… a lift pass and should leave
// lessons early"), after a left side that has one too, joins two recommendations whatever their
// amounts, unless it points back at the left's thing. "Will need" takes a noun as well ("Ezra will need
// a reader …, and his work should be accepted …").
const MODAL = /\b(?:should|must|needs? to|will need(?: to)?)\s+(?:be\s+)?\w/i;
const OWN_CLAUSE = /^(?:(?:the|his|her|their|a|an|all|every|each|any)\s+)?(?:[\w'’-]+\s+){0,3}?(?:should|must|needs? to|will need to)\s+\w/i;

// "The same" and a thing (not a time: "at the same time each week" says when): the thing named before.
const SAME_THING = /\bthe same\b(?!\s+(?:time|day|week|month|term)\b)/i;

// A comma, then a word in -ing opening a clause still open (no comma, semicolon or bracket since).
const PARTICIPLE_CLAUSE = /,\s+[a-z]+ing\b[^,;()]*$/;

/** The parts of one recommendation that are separate recommendations, as offsets into `text`. */
export function splitJoined(text: string, rubric?: Rubric): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let segStart = 0;
  let depth = 0;
  let scanned = 0;
  JOIN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = JOIN.exec(text))) {
    // A conjunction inside brackets joins words of one thing.
    for (; scanned < m.index; scanned++) depth += text[scanned] === '(' ? 1 : text[scanned] === ')' ? -1 : 0;
    if (depth > 0) continue;
    const left = text.slice(segStart, m.index);
    const right = text.slice(m.index + m[0].length);
    // Inside a participle clause after a comma ("…, setting out A and B"), "and" joins what the
    // clause lists (grammar), not two recommendations.
    if (!/^[,;]/.test(m[0]) && PARTICIPLE_CLAUSE.test(left)) continue;
    // A right side that points back at the left's thing ("… trained in its use") says more about it.
    // A pronoun that points back stands near the start of the clause ("… should check it every
    // morning"); one further on points inside the clause ("… asking him to repeat them back").
    const opening = right.split(/\s+/).slice(0, 8).join(' ');
    // "And" inside one amount ("two and a half hours") joins nothing.
    if (adviceWords(rubric).ONE_AMOUNT.test(`${left.trim().split(/\s+/).pop()} and ${right.split(/\s+/).slice(0, 2).join(' ')}`)) continue;
    // A right side that is only a later amount of the same thing ("…, and twice a week after that"): its
    // first clause has a frequency and a time that follows on from the left's, and no subject of its own.
    const firstClause = right.split(/[,;]/)[0];
    if (adviceWords(rubric).AFTER_THAT.test(firstClause) && hasFrequency(firstClause, rubric) && !OWN_CLAUSE.test(right)) continue;
    // A right side with no subject of its own that only forbids ("… her own equipment and must not work
    // at the sinks") restricts the left's thing (grammar), and one whose subject is "each" or "both"
    // ("…, and each must be reassessed every six months") points back at the left's people or things.
    if (/^\s*(?:and|as well as)?\s*$/i.test(m[0].replace(/^,/, '')) && /^(?:should|must|needs? to|will need to)\s+not\b|^(?:shouldn|mustn)['’]t\b/i.test(right)) continue;
    if (/^(?:each|both|all of them|either)\s+(?:of (?:them|these)\s+)?(?:should|must|needs? to|will|is to|are to)\b/i.test(right)) continue;
    // A right side that opens at the other times or places than the left's ("…, and at all other times
    // must wear a coat"), or at the edge of the left's own occasion ("In swimming lessons …; after
    // swimming he must …"), is the rest of one arrangement (grammar: "other", or a preposition of time
    // and a word the left has).
    const edge = /^(?:after|before|during|at the (?:end|start) of)\s+([a-z]{4,})\b/i.exec(right);
    if (/^(?:[\w'’-]+\s+){0,6}?(?:at|on|in|during|for)\s+(?:all\s+|any\s+)?(?:the\s+)?other\s+(?:times?|days?|lessons?|weeks?|occasions?|places?|rooms?|sessions?)\b/i.test(right)
      || (edge && new RegExp(String.raw`\b${edge[1]}\b`, 'i').test(left))) continue;
    // A right side that says its thing is the left's ("…, in the same diary") goes on with it (grammar).
    const clauses = MODAL.test(left) && OWN_CLAUSE.test(right) && !SAME_THING.test(right) && !/\b(?:it|its|them|which)\b|\b(?:this|these|that)\b(?!\s+(?:(?:autumn|spring|summer|school|academic)\s+)?(?:term|half[- ]term|week|month|year)\b)/i.test(opening) && left.trim().split(/\s+/).length >= 3;
    if (!clauses && (!adviceWords(rubric).NEW_ITEM.test(right) || !hasFrequency(left, rubric) || !hasFrequency(right, rubric))) continue;
    // The right side's own frequency, not one further on that belongs to a third part.
    const nextJoin = new RegExp(JOIN.source).exec(right);
    if (nextJoin && !hasFrequency(right.slice(0, nextJoin.index), rubric) && hasFrequency(right.slice(nextJoin.index), rubric)) continue;
    parts.push({ start: segStart, end: m.index });
    segStart = m.index + m[0].length;
  }
  parts.push({ start: segStart, end: text.length });
  return parts.length > 1 ? parts : [{ start: 0, end: text.length }];
}

// Opens a sentence that says more about the recommendation before it: its amount, who, or a condition
// (the rubric's adviceContinuations).
// A condition that changes the amount ("If progress is slow, the next block should be twice weekly").
// The openings and the changes are the rubric's (adviceConditionOpenings, adviceAmountChanges).
// Points back at the thing the sentence before provides (BACK_REFERENCE), with no amount of its own
// ("Between these sessions, an assistant should … three times a week" is another): more about that recommendation.
const continues = (sentence: string, rubric?: Rubric) => {
  const { CONDITION_OPENING, AMOUNT_CHANGE, BACK_REFERENCE } = adviceWords(rubric);
  return adviceWords(rubric).CONTINUATION.test(sentence) || (CONDITION_OPENING.test(sentence) && AMOUNT_CHANGE.test(sentence)) || (BACK_REFERENCE.test(sentence) && !hasFrequency(sentence, rubric) && !/\b(?:I|we) (?:would |also )*recommend\b/i.test(sentence));
};
// A clause that states (grammar: a form of "be" or "have", or "means"), as a finding or a reason does.
const STATES = /\b(?:is|are|was|were|has|have|had|been|means|meant|seems?|appears?)\b/i;

function pushParts(out: Recommendation[], text: string, start: number, context: string, title: string, rubric?: Rubric) {
  for (const item of inlineItems(text)) {
    const t = text.slice(item.start, item.end);
    for (const p of splitJoined(t, rubric)) out.push({ text: t.slice(p.start, p.end), start: start + item.start + p.start, end: start + item.start + p.end, context, title });
  }
}

// An item marker inside running prose ("…: (1) …; (2) …; and (3) …"), after the start, a colon, a
// semicolon or a comma (layout written inline).
const INLINE_MARKER = /(?:^|[:;,]\s*(?:and\s+|or\s+)?|\s)\((\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\)\s+(?=\S)/g;
const markerValue = (m: string) => (/^\d+$/.test(m) ? Number(m) : /^[a-h]$/.test(m) ? m.charCodeAt(0) - 96 : ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'].indexOf(m) + 1);
/**
 * The items of an inline enumeration, numbered from one in brackets within one sentence ("My
 * recommendations are these: (1) …; (2) …; and (3) …"): each item is a recommendation of its own,
 * without its number, the lead-in before the first or the joining "; and". Otherwise the whole text.
 */
function inlineItems(text: string): { start: number; end: number }[] {
  const marks: { at: number; body: number; value: number }[] = [];
  INLINE_MARKER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INLINE_MARKER.exec(text))) {
    const value = markerValue(m[1]);
    if (value === (marks.length ? marks[marks.length - 1].value + 1 : 1)) marks.push({ at: m.index, body: m.index + m[0].length, value });
  }
  if (marks.length < 2) return [{ start: 0, end: text.length }];
  return marks.map((k, i) => {
    const raw = text.slice(k.body, i + 1 < marks.length ? marks[i + 1].at : text.length);
    const trimmed = raw.replace(/[\s.;,]*$/, '');
    return { start: k.body, end: k.body + trimmed.length };
  });
}

/** Whether a word, its punctuation left out, names a column (the rubric's adviceColumnWords). */
const isColumnWord = (w: string, rubric?: Rubric) => adviceWords(rubric).COLUMN_WORD.test(w.replace(/[?:,()]/g, ''));

/** A first row whose short cells are all column names (the rubric's adviceColumnWords), with no numbers or sentences. */
function isHeaderRow(cells: string[], rubric?: Rubric): boolean {
  if (cells.every((c) => c.split(/\s+/).length <= 3) && !cells.some((c) => /\d/.test(c))) return true;
  // Longer names: short cells with no numbers or sentences, at least half made only of column words.
  if (!cells.every((c) => c.split(/\s+/).length <= 6 && !/\d/.test(c) && (!/[.;]$/.test(c) || !/\s/.test(c)))) return false;
  return cells.filter((c) => c.split(/\s+/).every((w) => isColumnWord(w, rubric))).length * 2 >= cells.length;
}

/**
 * A table's header row flattened to one line ("Area of need What Amani needs How often and by whom"):
 * a short line with no full stop made mostly of column names. Its words may name a background ("area
 * of need") and a recommendation ("what … needs") at once: the rows below are what to provide.
 */
function isFlatHeaderLine(text: string, rubric?: Rubric): boolean {
  const t = text.trim();
  if (/[.;:!?]$/.test(t) || /\d/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 4 || words.length > 14) return false;
  return words.filter((w) => isColumnWord(w, rubric)).length * 4 >= words.length * 3;
}

// The who and by-when of a planned step, after dashes at its end ("… - Head of Year - before the end of
// term."): grammar, a short who and a time opening with a preposition of time.
const WHO_WHEN_TAIL = /\s+[-–—]\s+[^-–—.;]{2,60}?\s+[-–—]\s+(?:by|before|after|from|in|on|during|within|until|at|ongoing|end of)\b[^-–—]*$/i;

// A label opening a paragraph ("Provision required: …", "Recommendation 3: …"): grammar, a few words
// and a colon; whether it names provision is the rubric's recommendHeadings.
const LABEL = /^\s*([A-Za-z][A-Za-z' -]{2,30}(?:\s+\d{1,2})?)\s*:\s+(?=\S)/;
// The same label numbered and closed by a full stop ("Care requirement 4. Sand and water play …"); read
// as one only where its words name provision (the rubric's recommendHeadings).
const NUMBERED_LABEL = /^\s*([A-Za-z][A-Za-z' -]{2,30}\s+\d{1,2})\.\s+(?=[A-Z])/;

// The area of need a flattened table's row opens with (its first cell, one of the rubric's
// areasOfNeed): where the row is, not what to provide. "and" may be written "and/or" (grammar).
const areaCell = (rubric?: Rubric) => {
  const areas = (rubric?.areasOfNeed ?? []).map((a) => escapeRegExp(a.area).replace(/ and /g, ' and(?:\\/or)? '));
  return areas.length ? new RegExp(`^\\s*(?:${areas.join('|')})\\s+(?=[A-Z])`, 'i') : null;
};

function headingText(b: Block, rubric?: Rubric, prev?: Block, next?: Block): string | null {
  const { RECOMMEND_HEADING, BACKGROUND_HEADING, CUE, QUESTION } = adviceWords(rubric);
  if (b.kind === 'heading') return b.text;
  // A short paragraph with no full stop that names recommendations reads as a heading in plain text.
  // A numbered item of one to six words ("4. Recommendations", "3. Background") is a numbered heading.
  const numbered = b.kind === 'listItem' && /^\d+\.?$/.test(b.marker ?? '');
  // A bracketed gloss in it ("The next three months (by February 2027)") is not counted.
  const numberedTitle = numbered && b.text.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/).length <= 6;
  // A title put as a question ("What Ava will need at secondary school") may hold a cue's words: it
  // still titles what follows (the rubric's adviceQuestionWords opening a line with no full stop).
  const question = b.kind === 'paragraph' && QUESTION.test(b.text.trim());
  // A labelled line with its value ("Diagnosis: generalised anxiety disorder") is a field of a form or
  // letter, not a heading: it neither opens nor closes a part of the report.
  const field = b.kind === 'table' ? null : LABEL.exec(b.text);
  if (field && BACKGROUND_HEADING.test(field[1]) && !RECOMMEND_HEADING.test(field[1])) return null;
  // A question on a form may carry a note for whoever fills it in ("… (please be as specific as possible)").
  if ((b.kind === 'paragraph' || numberedTitle) && b.text.length < (question ? 110 : 70) && !/[.;]$/.test(b.text.trim()) && (RECOMMEND_HEADING.test(b.text) || BACKGROUND_HEADING.test(b.text)) && (question || !CUE.test(b.text))) return b.text;
  // A numbered title with prose on both sides ("4. Attention", "5. Social, emotional and mental
  // health"), not within a numbered list, numbers a part of the report: a heading that neither
  // recommends nor describes, so it ends the recommendations heading above it.
  // (A bullet above it, as a box's last line, is no numbered list.)
  if (numbered && b.text.split(/\s+/).length <= 9 && !(prev?.kind === 'listItem' && markerFamily(prev.marker) === 'number') && next && next.kind !== 'listItem' && !/[.;:!?]$/.test(b.text.trim()) && !/\d/.test(b.text) && !AUXILIARY.test(b.text) && !CUE.test(b.text)) return b.text;
  return null;
}

// A sentence about the recommendations themselves ("The table below sets out what I recommend",
// "Each recommendation is numbered"): it points at provision written elsewhere and sizes nothing.
// "I recommend the following for school.", "My recommendations are as follows." point the same way; so
// does advice given elsewhere ("Her home programme is given to her parents separately"). The words are
// the rubric's (advicePointers, adviceAboutRecommendations, adviceElsewhere).
const isPointer = (t: string, rubric?: Rubric) => {
  const { POINTER, ABOUT_RECOMMENDATIONS, ELSEWHERE } = adviceWords(rubric);
  return ((POINTER.test(t) && ABOUT_RECOMMENDATIONS.test(t)) || ELSEWHERE.test(t)) && !/\d/.test(t);
};
// A line of capitalised words with no verb ("Specialist Teacher (Autism)", "Consultant Community
// Paediatrician"): a signature or a title, not provision, when it stands as prose.
// A signature may end in a full stop ("Dr A Patel, Consultant Paediatrician.").
const isTitleLine = (t: string) => (!/[.!?]$/.test(t) || (/^[^.!?]*\.$/.test(t) && t.split(/\s+/).length <= 10)) && t.replace(/\.$/, '').split(/\s+/).every((w) => /^[(\[]?[A-Z0-9&]/.test(w) || /^(?:of|and|for|the|in|to|with|&)$/.test(w));

// A decimal item number opening an item of a numbered report ("4.1", "3.1.2", "4.2.").
const DECIMAL_ITEM = /(?:^|\s)(\d{1,2}(?:\.\d{1,2})+\.?)\s+(?=[A-Z(“"'‘])/g;
// An item opening with what to do ("Use …", "Provide …") or naming who should do it (NUMBERED_ACTION);
// a sentence telling what the child is or did (TELLS) or about the child (DESCRIBES): adviceWords.

/**
 * The sentences of a paragraph, each decimal-numbered item ("4.1 … 4.2 …", run together on one line
 * when a plain-text report has no full stops) split off on its own, without its number.
 */
function decimalSentences(text: string): { start: number; end: number; numbered: boolean; unit: number }[] {
  const cuts: { at: number; body: number }[] = [];
  DECIMAL_ITEM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DECIMAL_ITEM.exec(text))) {
    const numAt = m.index + m[0].indexOf(m[1]);
    cuts.push({ at: numAt, body: m.index + m[0].length });
  }
  if (!cuts.length) return splitSentences(text).map((x) => ({ ...x, numbered: false, unit: 0 }));
  const out: { start: number; end: number; numbered: boolean; unit: number }[] = [];
  const units = [{ at: 0, body: 0, numbered: false }, ...cuts.map((c) => ({ ...c, numbered: true }))];
  for (const [i, u] of units.entries()) {
    const end = i + 1 < units.length ? units[i + 1].at : text.length;
    const unit = text.slice(u.body, end).replace(/\s+$/, '');
    if (!unit.trim()) continue;
    for (const [k, x] of splitSentences(unit).entries()) out.push({ start: u.body + x.start, end: u.body + x.end, numbered: u.numbered && k === 0, unit: i });
  }
  return out;
}

// The rows of the table below as a sentence's subject ("They take …", "Each of them should …").
// Or the rows by a kind of them ("High priority items should be …", "All items marked A are …").
const ABOUT_ROWS = /^(?:they|these|each of (?:them|these)|all of (?:them|these)|(?:(?:the|all|any)\s+)?(?:[\w-]+\s+){0,2}(?:items|rows|entries))\s+(?!are (?:chosen|designed|meant|intended)\b)/i;

// A signature with its role ("Jane Ward, HCPC registered Speech and Language Therapist", "Signed: Dr
// A Obi (Clinical Psychologist)"): a name, then a role, and no verb of its own (the rubric's
// signatureLeads, signatureTitles, signatureRoles, signatureWords).
const AUXILIARY = /\b(?:will|should|must|needs?|has|have|is|are|can|would|may|recommend\w*)\b/i;
const VERB = new RegExp(`${AUXILIARY.source}|\\bto\\b`, 'i');
// After the name, only the role and its qualifiers ("planned with the physiotherapist" is provision).
const isSignature = (t: string, rubric?: Rubric) => {
  const { SIGNATURE_NAME, SIGNATURE_ROLE, ROLE_WORD } = adviceWords(rubric);
  if (t.split(/\s+/).length > 20 || !SIGNATURE_ROLE.test(t) || VERB.test(t)) return false;
  // A role signed without a name, its qualifications in brackets ("Speech and Language Therapist
  // (HCPC registered; dysphagia competent), Greyhaven Speech and Language Therapy Service"): without
  // the brackets, a title line.
  const bare = t.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (bare !== t && !/[\d\t]/.test(t) && isTitleLine(bare.replace(/\s+,/g, ','))) return true;
  const m = SIGNATURE_NAME.exec(t);
  if (!m) return false;
  return t.slice(m[0].length).split(/[\s,()–-]+/).every((w) => !/^[a-z]/.test(w) || ROLE_WORD.test(w));
};

// A line that only names who ("Staff trained by the diabetes nurse", "All teaching staff", "Exams
// officer"): the "Who" cell of a table flattened to one cell a line, not a recommendation. Grammar: one
// of the rubric's roles (roles, nonRoles) at the start, perhaps with how they are trained
// (qualifications) or by whom, and no verb, number or indefinite article ("A trained teaching
// assistant" offers one, so is provision).
const whoOnly = perObject((rubric: Rubric) => {
  const c = compileRubric(rubric);
  return new RegExp(String.raw`^(?:(?:the|all|every|any|his|her|their)\s+)?(?:${c.role.source}|${c.nonRole.source})\s*(?:$|(?:${c.qualification.source}|by|from)\b)`, 'i');
});
function namesOnlyWho(text: string, rubric?: Rubric): boolean {
  if (!rubric) return false;
  const t = text.trim().replace(/[.;]$/, '');
  if (/\d/.test(t) || VERB.test(t) || /^(?:an?|one)\b/i.test(t) || t.split(/\s+/).length > 10) return false;
  return whoOnly(rubric).test(t);
}

// A sub-bullet that goes on from the line above it in small letters ("three times a week;", "the group
// is run by …"), with no cue, action or new thing of its own: a detail of that line's recommendation.
function isDetail(text: string, rubric?: Rubric): boolean {
  const { CUE, NUMBERED_ACTION, RECOMMENDS } = adviceWords(rubric);
  const t = text.trim();
  return /^[a-z]/.test(t) && !CUE.test(t) && !RECOMMENDS.test(t) && !NUMBERED_ACTION.test(t) && !/^(?:an?|one)\s/i.test(t);
}
// A topic line: a short noun phrase with no full stop, number or verb ("Seating and posture").
// Over its own sub-items (`numbers` true) a number that is no amount ("Moving to Year 4") may stand in it.
const isTopicLine = (text: string, rubric?: Rubric, numbers = false) => {
  const t = text.trim();
  const noAmount = numbers && !hasFrequency(t, rubric) && !/\d\s*(?:%|x\b|minutes?\b|mins?\b|hours?\b|hrs?\b|sessions?\b)/i.test(t);
  return t.split(/\s+/).length <= 6 && !/[.;:!?]$/.test(t) && (!/\d/.test(t) || noAmount) && !AUXILIARY.test(t) && !adviceWords(rubric).CUE.test(t);
};
/** A list marker's kind: a number ("1.", "2)"), a letter or small roman numeral ("(a)", "b)", "ii."), or a bullet. */
function markerFamily(marker?: string): 'number' | 'letter' | 'bullet' {
  const m = (marker ?? '').replace(/[().\s]/g, '');
  if (/^\d{1,3}$/.test(m)) return 'number';
  return /^(?:[a-z]|[ivx]{1,4})$/i.test(m) ? 'letter' : 'bullet';
}
// A code opening a line or a sentence ("[AT-2] …", "[R3] …"; short lines may be run together): an item
// of a coded list (grammar, layout).
const CODED_LINE = /^\s*\[[A-Za-z]{0,5}[- ]?\d{1,3}[a-z]?\]\s+(?=\S)/;

// A reason clause, then the recommendation in so many words: a comma or semicolon and perhaps "so",
// "and so", "therefore" before it, or a sentence opening with "Because", "As" or "Since" (grammar).
const REASON_JOIN = /(?:[,;]\s*(?:(?:and\s+)?so|therefore|and)?)\s*$/i;
const REASON_OPENING = /^(?:because|as|since|given that)\b/i;
/** Where the recommendation starts in a sentence that gives its reason first ("…, so we recommend that …"), or 0. */
function reasonBefore(sentence: string, rubric?: Rubric): number {
  const m = adviceWords(rubric).RECOMMENDS.exec(sentence);
  if (!m || m.index < 20) return 0;
  const before = sentence.slice(0, m.index);
  // A clause before ", and" that states ("… are difficult; many parents find …, and we recommend"):
  // not a time or place put first ("For the first half term, we recommend …"), which sizes it.
  if (!REASON_JOIN.test(before) || !(/[,;]\s*(?:(?:and\s+)?so|therefore)\s*$/i.test(before) || REASON_OPENING.test(sentence.trim()) || /;\s*$/.test(before) || (/,\s*and\s*$/i.test(before) && STATES.test(before)))) return 0;
  // Not when the part before recommends too ("She should have a slope, and we recommend …").
  if (adviceWords(rubric).CUE.test(before)) return 0;
  return m.index;
}

function isRecommendation(text: string, underRecommendations: boolean, underBackground: boolean, itemised = false, rubric?: Rubric): boolean {
  const { CUE, BACKGROUND, ACTION, TELLS, RECOMMENDS, NEEDS, OWN_OFFER, FUNDING_NOTE, FOLLOW_UP, AMOUNT_CHANGE, ONGOING } = adviceWords(rubric);
  const t = text.trim();
  if (t.length < 12 || /:\s*$/.test(t)) return false;
  // A service going on helping as now, with no amount, wherever it stands.
  if (ONGOING.test(t) && timesPerWeek(t, rubric) === null) return false;
  if (t.split(/\s+/).length < 3) return false;
  if (isPointer(t, rubric) || (!itemised && isTitleLine(t)) || isSignature(t, rubric)) return false;
  const cue = CUE.test(t);
  const background = BACKGROUND.test(t);
  // "I recommend" wins over any past-tense wording; other cues lose to it.
  if (RECOMMENDS.test(t)) return true;
  // The author's own offer or one-off follow-up, unless it recommends too (above); a regular one
  // ("we will review him in clinic every term", a review counted too) is provision the plan may carry.
  // So is a note of who pays for or lends what another item provides.
  // A follow-up in the author's clinic at which the amount of what they advise is to change ("I will
  // review her in clinic in May, when I expect to reduce the exercises") is part of that provision.
  const ownOffer = OWN_OFFER.test(t) && !(FOLLOW_UP.test(t) && AMOUNT_CHANGE.test(t));
  if (background || ((ownOffer || FUNDING_NOTE.test(t)) && timesPerWeek(t, rubric) === null)) return false;
  if (cue) return !underBackground || NEEDS.test(t);
  // A bullet or table row under a recommendations heading is one; a sentence of prose there must name
  // an action or say how often ("A quiet room she can go to every lunchtime"), and not say what the
  // child is or did ("Marnie has made little progress in the group").
  // So does one telling staff what to do when something happens ("If she seems lost, show her the
  // picture again"): a condition, then an imperative (grammar; the rubric's adviceImperatives).
  const onCondition = CONDITIONED_IMPERATIVE.exec(t);
  const conditioned = !!onCondition && adviceWords(rubric).IMPERATIVE_LINE.test(onCondition[1]);
  return underRecommendations && (itemised || ((ACTION.test(t) || hasFrequency(t, rubric) || conditioned) && !TELLS.test(t)));
}
// A condition opening a sentence, then a comma and the main clause (grammar).
const CONDITIONED_IMPERATIVE = /^(?:if|when|whenever)\b[^,;]{3,120},\s*(.+)$/i;


// A box drawn round text, with box-drawing characters ("╔═══╗", "║ … ║", "╚═══╝") or ASCII ("+---+",
// "| … |"): its rules are runs of line characters, its sides vertical bars (grammar).
const BOX_RULE = /[+╔╗╚╝╠╣╦╩╬┌┐└┘├┤┬┴┼╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢]?[═─━=\-]{3,}[+╔╗╚╝╠╣╦╩╬┌┐└┘├┤┬┴┼╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢]?|[║│┃|]/g;
const BOXED = /^[+╔╗╚╝╠╣║│┃┌└├╒╘╞╓╙╟|][\s\S]*[+╔╗╚╝╠╣║│┃┐┘┤╕╛╡╖╜╢|═─━=\-]$/;
// The marker a line inside a box opens with, as a list's ("a)", "3.", "•").
const BOX_MARKER = /^(?:([a-z]|\d{1,2}|[ivx]{1,4})[.)]|\((?:[a-z]|\d{1,2}|[ivx]{1,4})\)|[•▪●*–-])\s+(?=\S)/;

/**
 * A paragraph drawn inside a box, as the lines within it: the borders and rules left out, each line
 * a list item where it opens with a marker, a paragraph otherwise; a line that goes on from an item
 * (hard-wrapped inside the box) joins it.
 */
function unboxed(b: Block): Block[] | null {
  if (b.kind !== 'paragraph' || !BOXED.test(b.text.trim())) return null;
  const out: Block[] = [];
  let at = 0;
  const segment = (from: number, to: number) => {
    const raw = b.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) return;
    const start = b.start + from + lead;
    const end = start + text.length;
    const prev = out[out.length - 1];
    if (prev && prev.kind !== 'table' && /^[a-z(]/.test(text) && !BOX_MARKER.test(text) && !/[.;:!?]$/.test(prev.text)) {
      prev.text = `${prev.text} ${text}`;
      prev.end = end;
      return;
    }
    const m = BOX_MARKER.exec(text);
    if (m) out.push({ kind: 'listItem', text: text.slice(m[0].length), marker: m[0].trim(), ordered: !!m[1], depth: 0, start: start + m[0].length, end, page: b.page });
    else out.push({ kind: 'paragraph', text, start, end, page: b.page });
  };
  BOX_RULE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOX_RULE.exec(b.text))) {
    segment(at, m.index);
    at = m.index + m[0].length;
  }
  segment(at, b.text.length);
  return out;
}

// A line that names a column of a table flattened to one cell a line ("Recommendation", "How often",
// "Delivered by"): a few column words and nothing else.
const columnName = (b: Block | undefined, rubric?: Rubric) => !!b && (b.kind === 'paragraph' || b.kind === 'heading') && b.text.trim().split(/\s+/).length <= 4 && !/[\d.;:!?]$/.test(b.text.trim()) && b.text.trim().split(/\s+/).every((w) => isColumnWord(w, rubric));
// A cell after a row's first (how often, by whom): short, one phrase or sentence.
const laterCell = (b: Block | undefined) => !!b && b.kind === 'paragraph' && b.text.trim().split(/\s+/).length <= 14 && !/[.!?]\s+\S/.test(b.text);

const synthetic = new WeakSet<Block>();
const blankBefore = (b: Block) => (b.kind === 'table' ? 0 : b.blankBefore ?? 0);

/**
 * Tables flattened to one cell a line, as tables: the column count is read from the header's lines
 * (two or more lines of column names, one after the other) or from a lead-in that says what follows
 * each item ("Each recommendation is followed by how often and by whom": three). Rows follow while
 * every cell after a row's first is short; the lead-in, which only describes the layout, is dropped.
 */
function regroupFlatTables(blocks: Block[], rubric?: Rubric): Block[] {
  const { FLAT_LEAD_IN } = adviceWords(rubric);
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i];
    let columns = 0;
    let header: Block[] = [];
    let from = i;
    const lead = b.kind === 'paragraph' ? FLAT_LEAD_IN.exec(b.text) : null;
    if (lead) {
      columns = 1 + lead[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((x) => x.trim()).length;
      from = i + 1;
    }
    // The header's lines, one straight after the other.
    let k = from;
    while (columnName(blocks[k], rubric) && (k === from || !blankBefore(blocks[k]))) k++;
    if (k - from >= 2 && (!columns || columns === k - from)) {
      columns = k - from;
      header = blocks.slice(from, k);
      from = k;
    }
    const rows: Block[][] = [];
    if (columns >= 2 && columns <= 6) {
      let r = from;
      while (r + columns <= blocks.length) {
        const row = blocks.slice(r, r + columns);
        const first = row[0];
        if (first.kind !== 'paragraph' || columnName(first, rubric) && !rows.length && !header.length) break;
        if (!row.slice(1).every((c) => laterCell(c) && !blankBefore(c))) break;
        rows.push(row);
        r += columns;
      }
    }
    if (rows.length < 2) {
      out.push(b);
      i++;
      continue;
    }
    const cells = (row: Block[]) => row.map((c) => ({ text: c.kind === 'table' ? '' : c.text, start: c.start, end: c.end, page: c.page }));
    const all = [...(header.length ? [header] : []), ...rows];
    const table: Block = {
      kind: 'table',
      start: all[0][0].start,
      end: all[all.length - 1][columns - 1].end,
      page: all[0][0].page,
      rows: all.map((row) => ({ start: row[0].start, end: row[row.length - 1].end, page: row[0].page, cells: cells(row) })),
    };
    synthetic.add(table);
    // A lead-in that says more than the layout stays.
    if (lead && b.kind === 'paragraph' && splitSentences(b.text).length > 1) {
      const text = b.text;
      const kept = splitSentences(text).filter((x) => !FLAT_LEAD_IN.test(text.slice(x.start, x.end)));
      if (kept.length) out.push({ ...b, text: text.slice(0, kept[kept.length - 1].end), end: b.start + kept[kept.length - 1].end });
    } else if (!lead) out.push(...blocks.slice(i, from - header.length));
    out.push(table);
    i = from + rows.length * columns;
  }
  return out;
}

// A tick box opening a line of a checklist ("[ ] …", "[x] …", "☐ …"): the line is an item of a list,
// as a bullet's is, without its box (layout).
const TICK_BOX = /^\s*(?:\[\s?[xX✓✔]?\s?\]|[☐☑☒□■])\s+(?=\S)/;
const unticked = (b: Block): Block => {
  const m = b.kind === 'paragraph' ? TICK_BOX.exec(b.text) : null;
  if (!m || b.kind !== 'paragraph') return b;
  return { kind: 'listItem', text: b.text.slice(m[0].length), marker: m[0].trim(), ordered: false, depth: 0, start: b.start + m[0].length, end: b.end, page: b.page, blankBefore: b.blankBefore };
};

/** The document's blocks as the recommendations are read from them: boxes opened, flattened tables rebuilt. */
function readableBlocks(blocks: Block[], rubric?: Rubric): Block[] {
  // A box whose lines were read as paragraphs one a line: a line that goes on from the item above it
  // (hard-wrapped inside the box, "(5.10)", "and at lunch") joins it, as inside one box's paragraph.
  const opened: Block[] = [];
  let boxed = false;
  for (const raw of blocks) {
    const b = unticked(raw);
    const inner = unboxed(b);
    if (!inner) {
      opened.push(b);
      boxed = false;
      continue;
    }
    const prev = opened[opened.length - 1];
    const first = inner[0];
    if (boxed && prev && prev.kind !== 'table' && first?.kind === 'paragraph' && /^[a-z(]/.test(first.text) && !BOX_MARKER.test(first.text) && !/[.;:!?]$/.test(prev.text)) {
      opened[opened.length - 1] = { ...prev, text: `${prev.text} ${first.text}`, end: first.end } as Block;
      inner.shift();
    }
    opened.push(...inner);
    boxed = true;
  }
  return regroupFlatTables(opened, rubric);
}

// A summary line that gives the number of the paragraph it shortens ("A phased return over eight
// weeks (5.1)", "(see 4.2)", "(para 3)", "(see section 3)"): grammar, a number in brackets closing the line.
const PARAGRAPH_REFERENCE = /\(\s*(?:see\s+)?((?:para(?:graph)?|section|rec(?:ommendation)?|item)s?\.?\s+)?(\d{1,2}(?:\.\d{1,2})*)\s*\)\s*[.;]?\s*$/i;
// A table's cell that is only a paragraph's number ("5.2" in a "Paragraph" column): the row restates that paragraph.
const PARAGRAPH_CELL = /^\s*(\d{1,2}(?:\.\d{1,2})+)\.?\s*$/;
/**
 * The numbered paragraph or section of the document that `text` refers to as its source, as offsets
 * into the document's text: "(5.1)" closing a line and a "5.1 …" paragraph, "(see section 3)" and a
 * "Section 3 …" heading, or a row's last cell `cell` ("5.2"). It runs to the next line numbered the
 * same way.
 */
function referredParagraph(text: string, doc: StructuredDocument, cell?: string): { start: number; end: number } | null {
  const m = PARAGRAPH_REFERENCE.exec(text);
  const byCell = !m && cell ? PARAGRAPH_CELL.exec(cell) : null;
  // A bare "(3)" may count something; a paragraph's number in bare brackets has a point ("(5.1)").
  if (m && !m[2].includes('.') && !/[a-z]\s*\d/i.test(m[0])) return null;
  const number = m?.[2] ?? byCell?.[1];
  if (!number) return null;
  // "(see section 3)" names a section, whose heading opens with the word; a paragraph's number opens its line.
  const word = m?.[1] && /^section/i.test(m[1]) ? String.raw`(?:[Ss]ection\s+|SECTION\s+)?` : '';
  const line = new RegExp(String.raw`(?:^|\n)[ \t]*${word}${number.replace(/\./g, '\\.')}\.?[ \t]+(?=[A-Z(“"'‘])`).exec(doc.text);
  if (!line) return null;
  const start = line.index + line[0].length;
  const depth = number.split('.').length;
  const next = new RegExp(String.raw`\n[ \t]*${word}\d{1,2}${String.raw`\.\d{1,2}`.repeat(depth - 1)}\.?[ \t]+(?=[A-Z(“"'‘])`);
  const after = next.exec(doc.text.slice(start));
  return { start, end: after ? start + after.index : doc.text.length };
}

/**
 * Whether `r` restates a numbered paragraph of the report that gives a recommendation of its own (a
 * summary's "(5.1)", an appendix row's "Paragraph" cell): the same recommendation, shortened. A
 * reference to a paragraph of findings ("(see paragraph 3.3)") gives the recommendation its evidence.
 */
function restatesParagraph(r: Recommendation, doc: StructuredDocument, all: Recommendation[], cells: WeakMap<Recommendation, string>): boolean {
  const at = referredParagraph(r.text, doc, cells.get(r));
  return !!at && all.some((o) => o !== r && o.start >= at.start && o.start < at.end && !(r.start >= at.start && r.start < at.end));
}

/** The recommendations in `doc`, or in its `range` (a Section K inside a plan). */
export function extractRecommendations(doc: StructuredDocument, range?: { start: number; end: number }, rubric?: Rubric): Recommendation[] {
  const { RECOMMEND_HEADING, BACKGROUND_HEADING, CUE, BACKGROUND, ACTION, APPENDIX, NUMBERED_ACTION, IMPERATIVE_LINE, DESCRIBES, POINTER, TELLS, EVIDENCE_COLUMN, STANDING_COLUMN, OCCASION_COLUMN, WHAT_COLUMN, WHO_COLUMN, AMOUNT_COLUMN, SCHEDULE_COLUMN, REJECTED_CELL, REJECTED_OPENING, DETAIL_LABEL, RECOMMENDS, QUESTION_LABEL, NAMED_WILL } = adviceWords(rubric);
  const out: Recommendation[] = [];
  // Whether each recommendation stands under a recommendations heading (a summary of them).
  const summarised: boolean[] = [];
  // The last recommendation each block gave.
  const lastOf = new Map<Block, Recommendation>();
  let underRecommendations = false;
  let underBackground = false;
  let heading = '';
  let leadIn = '';
  let title = '';
  let titleLines = 0;
  let bareAppendix = 0;
  // Rows of a table flattened to lines, under its header line; whether the block before was a
  // recommendations heading; and whether the headings now are sub-headings of one.
  let flatRows = false;
  let afterRecommendHeading = false;
  let nested = false;
  // A lead-in that recommends and ends in a colon ("We advise the following plan:"): the lines straight
  // after it, with no blank line between, are its items, as bullets would be.
  let runLeadIn = '';
  const blocks = readableBlocks(doc.blocks, rubric);
  // A form's fields: a run of two or more labelled lines ("Pupil: …", "Medication: …"), blank lines
  // allowed, opening with a front-sheet field (the rubric's adviceFormFields). None is a recommendation.
  // Topic labels under a summary of advice followed by "Signed: …" or "Date: …" are no form.
  const fields = new Set<Block>();
  for (let i = 0; i < blocks.length; ) {
    let k = i;
    const labelled = (f: Block | undefined) => f?.kind === 'paragraph' && LABEL.test(f.text);
    while (labelled(blocks[k])) k++;
    const run = blocks.slice(i, k);
    // The form opens at its first front-sheet field: a title with a colon may stand above it.
    const at = run.findIndex((f) => f.kind === 'paragraph' && adviceWords(rubric).FORM_FIELD.test(f.text));
    if (at >= 0 && run.length - at >= 2) for (const f of run.slice(at)) fields.add(f);
    i = Math.max(k, i + 1);
  }
  // Each table row's last cell, read for a paragraph's number (restatesParagraph).
  const lastCells = new WeakMap<Recommendation, string>();
  // Sub-bullets read as part of the topic line above them.
  const detailed = new Set<Block>();
  // A sentence that recommends what the table straight below it sets out ("The timetable below should
  // be followed every school day"): the table's rows are the recommendations, each with the
  // sentence's amount as its context; the sentence itself points at them, so is not one.
  const tableLeadIns = new Map<Block, string>();
  const schedules = new Set<Block>();
  const leadInAt = new Map<Block, Set<number>>();
  const skipAt = (p: Block, at: number) => leadInAt.set(p, new Set([...(leadInAt.get(p) ?? []), at]));
  for (const [bi, b] of blocks.entries()) {
    const p = blocks[bi - 1];
    if (b.kind !== 'table' || p?.kind !== 'paragraph') continue;
    const said = splitSentences(p.text);
    const last = said.pop();
    const sentence = last ? p.text.slice(last.start, last.end) : '';
    // A sentence that says how the items below are done ("The exercises below … . They take about 20
    // minutes in all and should be done in a quiet space"): about the table's rows, each of which gives
    // its own amount and who, not a recommendation of its own (grammar: the rows as its subject,
    // after a sentence pointing at them).
    const before = said.pop();
    const pointing = before ? p.text.slice(before.start, before.end) : '';
    if (last && before && ABOUT_ROWS.test(sentence) && POINTER.test(pointing)) {
      skipAt(p, last.start);
      // The sentence pointing at them, with no cue of its own ("The exercises below build …"), says what they are for.
      if (!CUE.test(pointing)) skipAt(p, before.start);
      continue;
    }
    if (!last || !POINTER.test(sentence) || !CUE.test(sentence) || BACKGROUND.test(sentence)) continue;
    // A schedule below a sentence that gives its own amount ("… phased over six weeks, as in the table
    // below, starting with 2 mornings a week"), its rows headed by a period ("Week | In school | At the
    // unit"; the rubric's adviceScheduleColumns): the rows are the sentence's amount, step by step; the
    // sentence is the recommendation.
    const firstHead = b.rows[0]?.cells.find((c) => c.text.trim())?.text.trim() ?? '';
    if (SCHEDULE_COLUMN.test(firstHead) && hasFrequency(sentence, rubric)) {
      schedules.add(b);
      continue;
    }
    tableLeadIns.set(b, sentence);
    skipAt(p, last.start);
  }
  for (const [bi, b] of blocks.entries()) {
    if (range && (b.end <= range.start || b.start >= range.end)) continue;
    const runLead = b.kind === 'paragraph' && blankBefore(b) === 0 ? runLeadIn : '';
    runLeadIn = '';
    // The report's title: its first lines (the service, the kind of report); in Section K, each appendix's line.
    // An attachment's bare line ("ATTACHMENT K5", "Appendix 2") is titled by the lines under it that are
    // no sentence ("HARWICK FAMILY SUPPORT SERVICE - EARLY HELP PLAN"), two at most.
    if (b.kind !== 'table') {
      if (APPENDIX.test(b.text)) {
        title = b.text.slice(0, 200);
        bareAppendix = b.text.trim().split(/\s+/).length <= 3 ? 2 : 0;
      } else if (bareAppendix > 0 && !/[.;:!?]$/.test(b.text.trim()) && !/[.!?]\s/.test(b.text)) {
        title = `${title} ${b.text.slice(0, 200)}`;
        bareAppendix--;
      } else {
        bareAppendix = 0;
        if (titleLines < 3) title = `${title} ${b.text.slice(0, 200)}`.trim();
      }
      titleLines++;
    }
    // A short line with no full stop, no number and no verb, straight above a list, titles the list
    // ("Access to learning", "At home"): the list's context, not a recommendation.
    // So does one straight above prose in plain text ("People and training", then a paragraph of
    // sentences): it titles that part (layout), and is no recommendation.
    const after = blocks[bi + 1];
    const aboveProse = b.kind === 'paragraph' && !flatRows && after?.kind === 'paragraph' && !/:$/.test(b.text.trim()) && /[.!?]["”’)]?$/.test(after.text.trim()) && after.text.trim().split(/\s+/).length >= 6;
    const subHeading = b.kind === 'paragraph' && (after?.kind === 'listItem' || aboveProse) && b.text.trim().split(/\s+/).length <= 5 && !/[.;!?]$/.test(b.text.trim()) && !/\d/.test(b.text) && !AUXILIARY.test(b.text) && !CUE.test(b.text);
    if (subHeading && headingText(b, rubric) === null) {
      // Over prose it titles a part only: the heading above still gives the context.
      if (after?.kind === 'listItem') leadIn = b.text;
      continue;
    }
    // A table's header row flattened to a line that names what to provide: the lines below are its rows.
    if (b.kind === 'paragraph' && isFlatHeaderLine(b.text, rubric) && RECOMMEND_HEADING.test(b.text)) {
      underRecommendations = true;
      underBackground = false;
      flatRows = true;
      afterRecommendHeading = false;
      leadIn = '';
      continue;
    }
    const h = headingText(b, rubric, blocks[bi - 1], blocks[bi + 1]);
    if (h !== null) {
      // "Current provision" describes; "Summary and recommendations" recommends.
      underBackground = BACKGROUND_HEADING.test(h) && !/recommend/i.test(h);
      // A heading straight under a recommendations heading ("Recommendations", then "Number and
      // mathematics") is its sub-heading, and so are the headings after it, until one describes.
      if (underBackground) nested = false;
      else if (afterRecommendHeading) nested = true;
      underRecommendations = !underBackground && (RECOMMEND_HEADING.test(h) || nested);
      afterRecommendHeading = underRecommendations;
      flatRows = false;
      heading = h;
      leadIn = '';
      continue;
    }
    afterRecommendHeading = false;
    if (fields.has(b)) continue;
    // An appendix's title line ("Appendix D: Epilepsy nurse advice (…)") titles the advice below it;
    // a lone front-sheet field ("Diagnosis: asthma; eczema.") says what the child has. Neither is provision.
    if (b.kind === 'paragraph' && ((APPENDIX.test(b.text) && !/[.;]$/.test(b.text.trim())) || (adviceWords(rubric).FORM_FIELD.test(b.text) && !CUE.test(b.text)))) continue;
    const context = leadIn || heading;
    const pushedBefore = out.length;
    const markSummary = () => {
      for (let k = pushedBefore; k < out.length; k++) summarised[k] = underRecommendations;
      if (out.length > pushedBefore) lastOf.set(b, out[out.length - 1]);
    };
    if (b.kind === 'listItem' && detailed.has(b)) {
      markSummary();
      continue;
    }
    if (b.kind === 'listItem') {
      // A topic line with sub-bullets under it (grammar: list items one level deeper straight after it).
      // Or items at its own level marked another way ("1. Settling in" over "(a) …", "(b) …").
      const children: ListItemBlock[] = [];
      const family = markerFamily(b.marker);
      for (let k = bi + 1; ; k++) {
        const c = blocks[k];
        if (c?.kind !== 'listItem') break;
        const deeper = (c.depth ?? 0) > (b.depth ?? 0);
        const lettered = (c.depth ?? 0) === (b.depth ?? 0) && family === 'number' && markerFamily(c.marker) === 'letter';
        if (!deeper && !lettered) break;
        children.push(c);
      }
      // Sub-bullets that only give the topic line's amount, group size or content ("twice a week, 20
      // minutes;", "no more than five in the group;", "the sessions cover …"), going on from it in small
      // letters with no cue or action of their own, belong to the one recommendation it names.
      // So do sub-bullets that finish the sentence of a line ending in a colon, each but the last closing
      // with a semicolon or comma and the last with a full stop ("… one consistent adult:", "– a named
      // assistant, trained in …;", "– 1:1 every morning, 15 hours a week."): one sentence, so one
      // recommendation, even where a part opens with "a" (grammar).
      const finishesLine = /:$/.test(b.text.trim()) && children.length > 0 && children.every((c, k) => /^[a-z0-9]/.test(c.text.trim()) && (k === children.length - 1 ? /\.$/ : /[;,]$/).test(c.text.trim()) && isDetail(c.text.replace(/^(?:an?|one)\s+/i, 'x ').replace(/^\d/, 'x'), rubric));
      if (children.length && !/[.;]$/.test(b.text.trim()) && (finishesLine || children.every((c) => isDetail(c.text, rubric))) && children.some((c) => hasFrequency(c.text, rubric) || /\d/.test(c.text))) {
        const text = [b.text.trim().replace(/:$/, ''), ...children.map((c) => c.text.trim())].join(' ');
        const last = children[children.length - 1];
        if (isRecommendation(text, true, underBackground, true, rubric)) out.push({ text, start: b.start, end: last.end, context, title });
        for (const c of children) detailed.add(c);
        markSummary();
        continue;
      }
      // A short topic line with no verb over its own sub-bullets ("Seating and posture") is their
      // heading, not a recommendation.
      if (children.length && isTopicLine(b.text, rubric, true)) {
        leadIn = b.text;
        continue;
      }
      // A lead-in that names what the child has ("Diagnoses:") lists background, not provision.
      const backgroundLead = /:\s*$/.test(leadIn) && leadIn.trim().split(/\s+/).length <= 4 && BACKGROUND_HEADING.test(leadIn);
      if (isRecommendation(b.text, (underRecommendations || /:\s*$/.test(leadIn)) && !backgroundLead, underBackground || backgroundLead, true, rubric)) {
        // An action's who and by-when after dashes ("Book a taster day - Form tutor - by 1 May"): details
        // of the step, read for its amount and who, not for what it is.
        const tail = WHO_WHEN_TAIL.exec(b.text);
        const before = out.length;
        pushParts(out, tail ? b.text.slice(0, tail.index) : b.text, b.start, context, title, rubric);
        if (tail && out.length > before) out[out.length - 1].details = tail[0].replace(/^\s*[-–—]\s*/, '').trim();
      }
      markSummary();
      continue;
    }
    if (b.kind === 'table' && schedules.has(b)) {
      markSummary();
      continue;
    }
    if (b.kind === 'table') {
      const width = Math.max(...b.rows.map((r) => r.cells.length));
      // A box: a table of one filled cell a row ("KEY POINTS", then a line a row). Its first row with no
      // full stop titles it; each line below is a recommendation when it recommends by a cue or tells
      // staff what to do ("Never use …", "Always say …", "Keep …"), wherever the box stands; a line that
      // describes the child is not, even under a recommendations heading.
      if (b.rows.length >= 2 && b.rows.every((r) => r.cells.filter((c) => c.text.trim()).length <= 1)) {
        for (const [i, row] of b.rows.entries()) {
          const cell = row.cells.find((c) => c.text.trim());
          if (!cell) continue;
          const line = cell.text.trim();
          if (i === 0 && !/[.!?]$/.test(line)) continue;
          const tells = IMPERATIVE_LINE.test(line) || /^(?:always|never|do not|don['’]t)\s+[a-z]+/i.test(line);
          if (!(tells && isRecommendation(line, true, false, true, rubric)) && !(CUE.test(line) && isRecommendation(line, false, underBackground, true, rubric))) continue;
          const lead = cell.text.length - cell.text.trimStart().length;
          out.push({ text: line, start: cell.start + lead, end: cell.start + lead + line.length, context, title });
        }
        markSummary();
        continue;
      }
      // A title row: one cell across a table of several columns ("Recommended access arrangements",
      // merged across): it titles the table, as a heading would; the header row is the one under it.
      const titled = width >= 3 && b.rows.length > 2 && b.rows[0].cells.filter((c) => c.text.trim()).length === 1;
      const headerAt = titled ? 1 : 0;
      const headerCells = b.rows[headerAt]?.cells.map((c) => c.text.trim()) ?? [];
      const header = isHeaderRow(headerCells.filter(Boolean), rubric);
      // A column that gives the evidence or the reason for each row ("Evidence from this assessment",
      // "Rationale"): why, not what to provide, so the row is read without it.
      // A header whose cells are all short names (no number, no sentence), one naming what to do and
      // another who does it ("Time | What | Who | Where", "Position and how long | Who helps | Why"):
      // each row below is provision, as under a recommendations heading, wherever the table stands.
      const named = headerCells.filter(Boolean);
      const plainHeader = named.length >= 2 && named.every((c) => c.split(/\s+/).length <= 6 && !/\d/.test(c) && !/[.;!?]$/.test(c));
      // Or one naming what to do and how much of it ("Activity | Starting amount | Build up by"): a pacing plan.
      const provisionTable = plainHeader && !underBackground && named.some((c) => WHAT_COLUMN.test(c)) && named.some((c) => WHO_COLUMN.test(c) || AMOUNT_COLUMN.test(c));
      const headed = header || provisionTable;
      // A column of what stands now ("Current wording") beside the proposed is the plan as it is: read without it too.
      // A column of the situation each row answers ("Situation | Signs | What staff must do"), beside one of
      // what to do: the occasion, read apart from the action.
      const occasionAt = new Set(headed && headerCells.some((c) => WHAT_COLUMN.test(c)) ? headerCells.flatMap((c, k) => (OCCASION_COLUMN.test(c) ? [k] : [])) : []);
      const evidence = new Set(headed ? headerCells.flatMap((c, k) => (EVIDENCE_COLUMN.test(c) || STANDING_COLUMN.test(c) || occasionAt.has(k) ? [k] : [])) : []);
      const heads = b.rows.slice(0, headerAt + 1).map((r) => r.cells.map((c) => c.text).join(' ')).join(' ');
      for (const [i, row] of b.rows.entries()) {
        if (titled && i === 0) continue;
        const kept = row.cells.filter((_, k) => !evidence.has(k));
        const cells = kept.map((c) => c.text.trim()).filter(Boolean);
        if (cells.length === 0) continue;
        const text = cells.join('\t');
        // A header row ("Recommendation | Frequency | Who", "What should be provided | How often | By
        // whom") names columns, not provision.
        if (i === headerAt && headed) continue;
        // A row labelled as not recommended ("Not recommended | A scribe | …") names what is not to be provided.
        if (REJECTED_CELL.test(cells[0])) continue;
        // So is a row whose what-cell opens by saying it is not needed, with nothing but dashes after
        // it ("Soundfield system | Not needed while … | – | –"): no amount, no one, nothing to provide.
        const rejectedAt = cells.findIndex((c) => REJECTED_OPENING.test(c));
        if (rejectedAt > 0 && cells.slice(rejectedAt + 1).every((c) => /^(?:[-–—]+|n\/?a)$/i.test(c))) continue;
        // A header cell that is only "Advice" ("No. | Advice | Priority | Timescale") heads a column of advice.
        const tableIsRecommendations = underRecommendations || tableLeadIns.has(b) || (i > headerAt && (RECOMMEND_HEADING.test(heads) || provisionTable || (headed && headerCells.some((c) => c !== '' && RECOMMEND_HEADING.test(c)))));
        if (isRecommendation(text, tableIsRecommendations, underBackground, true, rubric)) {
          // A number column ("1", "3.") numbers the recommendation; it is not part of it.
          const first = kept.find((c) => c.text.trim() && !/^\s*(?:no\.?\s*)?\d{1,3}[.)]?\s*$/i.test(c.text));
          const last = [...kept].reverse().find((c) => c.text.trim());
          // A table rebuilt from lines keeps its cells apart by tabs, as a table's row does.
          // So does a row with a column left out between its first and last cells (what stands now).
          const gap = row.cells.some((c, k) => evidence.has(k) && c.start > first!.start && c.end < last!.end);
          const rowText = synthetic.has(b) || gap ? kept.slice(kept.indexOf(first!)).map((c) => c.text.trim()).filter(Boolean).join('\t') : doc.text.slice(first!.start, last!.end);
          const reason = row.cells.filter((c, k) => evidence.has(k) && EVIDENCE_COLUMN.test(headerCells[k] ?? '')).map((c) => c.text.trim()).filter(Boolean).join('; ');
          const occasion = row.cells.filter((_, k) => occasionAt.has(k)).map((c) => c.text.trim()).filter(Boolean).join('; ');
          out.push({ text: rowText, start: first!.start, end: last!.end, context: tableLeadIns.get(b) ?? context, title, ...(reason ? { reason } : {}), ...(occasion ? { occasion } : {}) });
          lastCells.set(out[out.length - 1], last!.text);
        }
      }
      markSummary();
      continue;
    }
    // A paragraph: each sentence on its own; a lead-in ending in ":" gives the list below its context.
    // A sentence that goes on with the one before ("This should last 15 minutes", "If progress is
    // slow, increase to twice weekly") is part of that recommendation.
    const text = b.text;
    let last: { rec: Recommendation; local: number } | null = null;
    // A paragraph labelled as provision ("Provision required: …") is an item, without its label.
    const numberedLabel = NUMBERED_LABEL.exec(text);
    const label = LABEL.exec(text) ?? (numberedLabel && RECOMMEND_HEADING.test(numberedLabel[1]) ? numberedLabel : null);
    // A labelled line that only says who, when or where ("Who: Job coach.", "When: Before half term.")
    // straight under a recommendation's line ("What: …") is part of that recommendation, as a table's
    // Who and When cells are part of its row.
    const above = blankBefore(b) === 0 ? lastOf.get(blocks[bi - 1]) : undefined;
    if (label && DETAIL_LABEL.test(label[1].trim())) {
      // With nothing straight above it, such a line says only who or when: no recommendation of its own.
      if (!above) continue;
      above.details = above.details ? `${above.details} ${text.trim()}` : text.trim();
      above.end = b.end;
      lastOf.set(b, above);
      continue;
    }
    // A line labelled in the first person ("What I like doing: …", "My goal: …") is the young person's
    // own profile, not what someone recommends.
    if (label && /\b(?:I|my|me)\b/i.test(label[1]) && !RECOMMEND_HEADING.test(label[1]) && !RECOMMENDS.test(text)) continue;
    // A line labelled as a description ("Signs: she rocks and hums", "Assessment: …"), with no cue,
    // says what is, as a paragraph under such a heading does.
    if (label && BACKGROUND_HEADING.test(label[1]) && !RECOMMEND_HEADING.test(label[1]) && !CUE.test(text)) continue;
    // A title after the label ("Joint Therapy Plan: Occupational Therapy and …") titles the report.
    // So does a question word alone as the label ("What: two work tasters …", over its "Who:" and "When:").
    const labelEnd = label && ((RECOMMEND_HEADING.test(label[1]) && !BACKGROUND_HEADING.test(label[1])) || QUESTION_LABEL.test(label[1].trim())) && !isTitleLine(text.slice(label[0].length).trim()) ? label[0].length : 0;
    // Under a recommendations heading, a paragraph opening with a short label that names its topic
    // ("Equipment: a video magnifier …", "Noise: ear defenders …") is an item of the summary, as a
    // bullet is; the label names the thing, so it stays. Not a front-sheet line ("Date: 3 May 2025",
    // "Therapists: Kate Burns (Speech and Language Therapist)"): its value has words of its own, outside
    // brackets; nor an appendix's title.
    const labelValue = label ? text.slice(label[0].length).replace(/\([^)]*\)/g, ' ') : '';
    const topicLabel = !labelEnd && underRecommendations && !flatRows && label !== null && label[1].trim().split(/\s+/).length <= 4 && !BACKGROUND_HEADING.test(label[1]) && !APPENDIX.test(text) && /\b(?!(?:and|the|for)\b)[a-z]{3,}\b/.test(labelValue);
    const sentences = decimalSentences(text);
    // Prose under a recommendations heading that reasons its way to a recommendation ("The group phonics
    // he has had has not been enough. I recommend that …"): in a unit (a paragraph, or one numbered
    // item of it) where a sentence recommends by a cue, a sentence that only states, with no cue and no
    // amount, is the reason, not provision.
    const cuedUnits = new Set(sentences.filter((x) => CUE.test(text.slice(x.start, x.end))).map((x) => x.unit));
    for (const [si, x] of sentences.entries()) {
      if (leadInAt.get(b)?.has(x.start)) continue;
      // A numbered label closed by a full stop is a sentence of its own: the one after it is the item.
      const labelled = (x.start < labelEnd || (x.start === labelEnd && label !== null && label === numberedLabel)) && x.end > labelEnd;
      const topical = topicLabel && x.start === 0;
      const area = flatRows && x.start === 0 ? areaCell(rubric)?.exec(text) : null;
      const s = labelled ? { ...x, start: labelEnd } : area && area[0].length < x.end ? { ...x, start: area[0].length } : x;
      const sentence = text.slice(s.start, s.end);
      // "What: … Who: Job coach. When: …" run together in one paragraph: the Who and When are its details.
      const detail = LABEL.exec(sentence);
      if (last && detail && DETAIL_LABEL.test(detail[1].trim())) {
        last.rec.details = last.rec.details ? `${last.rec.details} ${sentence.trim()}` : sentence.trim();
        last.rec.end = b.start + s.end;
        continue;
      }
      if (last && continues(sentence, rubric)) {
        const merged = text.slice(last.local, s.end);
        last.rec.text = merged;
        last.rec.end = b.start + s.end;
        continue;
      }
      last = null;
      const next = sentences[si + 1];
      const reason = underRecommendations && !flatRows && !labelled && !topical && cuedUnits.has(x.unit) && !CUE.test(sentence) && !/\b(?:recommend|advis|suggest|propos)\w*/i.test(sentence) && STATES.test(sentence) && !hasFrequency(sentence, rubric) && !(next && next.unit === x.unit && continues(text.slice(next.start, next.end), rubric));
      if (reason) continue;
      // A numbered item ("4.2 …") with its own verb or amount is one even with no recommendations heading.
      // Not one that tells what the child is or did ("2.1 Maya attended the unit school for six weeks, …").
      const numberedItem = s.numbered && !underBackground && (NUMBERED_ACTION.test(sentence) || (ACTION.test(sentence) && hasFrequency(sentence, rubric) && !TELLS.test(sentence))) && !BACKGROUND.test(sentence);
      // Under a recommendations heading a numbered item is an item, as a bullet is, unless it says what
      // the child does or is ("3.3 Ola tires by the end of the day").
      // A row of a flattened table is an item, as a table's row is; a signature line below it is not.
      // A line straight after a lead-in that recommends, and a coded line under a recommendations
      // heading, are items, as bullets are (their first sentence).
      const runItem = (x.start === 0 && runLead !== '') || (underRecommendations && CODED_LINE.test(sentence));
      const listed = (s.numbered && (numberedItem || (underRecommendations && !DESCRIBES.test(sentence)))) || labelled || topical || runItem || (flatRows && !isTitleLine(sentence.trim()));
      // Outside a recommendations heading, what another named service will do itself ("6.1 The Riverside
      // Feeding Service will see him weekly from May") is an arrangement the author reports, not advice
      // to the plan; the author's own service (named in the report's title) offers what it says it will do.
      const named = NAMED_WILL.exec(sentence.trim());
      const othersArrangement = (!underRecommendations && !!named && !title.toLowerCase().includes(named[1].toLowerCase()) && !RECOMMENDS.test(sentence));
      // An inline enumeration ("I advise the following: (1) …; (2) …") is judged by its items, not its lead-in.
      const items = inlineItems(sentence);
      const judged = items.length > 1 ? sentence.slice(items[0].start) : sentence;
      if (!othersArrangement && isRecommendation(judged, underRecommendations || numberedItem || labelled || runItem, underBackground, listed, rubric) && !(!CUE.test(sentence) && namesOnlyWho(sentence, rubric))) {
        const before = out.length;
        // The reason a sentence gives before its recommendation ("Ollie finds changes hard, so we
        // recommend that …", "Because she tires, we also recommend …") is why, not what: the
        // recommendation starts at "I recommend" / "we recommend".
        const lead = reasonBefore(sentence, rubric);
        pushParts(out, sentence.slice(lead), b.start + s.start + lead, context, title, rubric);
        const rec = out[out.length - 1];
        if (out.length > before) last = { rec, local: rec.start - b.start };
      }
    }
    markSummary();
    leadIn = runLead || (/:\s*$/.test(text) ? text : '');
    const lastSentence = sentences.length ? text.slice(sentences[sentences.length - 1].start) : '';
    runLeadIn = runLead || (/:\s*$/.test(text) && CUE.test(lastSentence) ? text : '');
  }
  // A summary's line that shortens a numbered paragraph of the report is that paragraph's recommendation again.
  const kept = withoutPreviews(out, summarised, rubric);
  return kept.filter((r) => !restatesParagraph(r, doc, kept, lastCells));
}

/**
 * A recommendation made in the discussion and made again later under a recommendations heading ("He
 * would also benefit from a short course of therapy adapted for …", then "Eight fortnightly sessions of
 * therapy adapted for …" in the summary) is one recommendation: the later, summarised wording is kept.
 * Most of the earlier one's words, and at least three, are in the later one.
 */
function withoutPreviews(out: Recommendation[], summarised: boolean[], rubric?: Rubric): Recommendation[] {
  const toks = out.map((r) => new Set(tokens(r.text, undefined, rubric)));
  return out.filter((_, i) => summarised[i] || !out.some((__, k) => {
    if (k <= i || !summarised[k]) return false;
    const shared = [...toks[i]].filter((t) => toks[k].has(t)).length;
    return shared >= 3 && shared * 2 >= toks[i].size;
  }));
}
