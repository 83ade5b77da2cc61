// Plan-level facts (rubric-reference.md §5-§8): draft or final, year group, and the seven `checks`
// with the place each true check is reported. The rules under rules/plan/ report them.
import type { StructuredDocument } from '../../ingest/src/document.ts';
import type { Checks, SectionKey } from './report-schema.ts';
import type { CheckSpan } from './rules/api.ts';
import { SENTENCE_STOP, leadingArea, type FoundSection } from './sections.ts';
import type { Statement } from './statements.ts';
import { splitSentences, type Words } from './quantities.ts';
import type { Rubric } from './rubric.ts';
import { compileRubric, perVocabulary, vocabularyOf } from './vocabulary.ts';
import { judgeOutcome } from './outcomes.ts';
import { blankPlaceholders, placeholderPattern } from './template-text.ts';
import { fastPattern } from './fast-patterns.ts';
import { FURNITURE_ONLY } from '../../ingest/src/furniture.ts';

export interface PlanReading {
  status: 'draft' | 'final' | 'unknown';
  /** The national curriculum year the plan shows (contract: else null). */
  yearGroup: number | null;
  /** The year worked out from the date of birth and the plan date, for §5 when no year is shown. */
  derivedYear: number | null;
  age: number | null;
  planDate: Date | null;
}

// A date's shape (day, month as digits or a word, year): grammar; month words are the rubric's (monthStems).
const DATE = String.raw`(\d{1,2})(?:st|nd|rd|th)?[ /.\-](\d{1,2}|[A-Za-z]{3,9})[ /.\-,]+(\d{2,4})`;

export function parseDate(s: string, rubric?: Words): Date | null {
  const m = new RegExp(DATE).exec(s);
  if (!m) return null;
  const day = Number(m[1]);
  const month = /^\d+$/.test(m[2]) ? Number(m[2]) - 1 : vocabularyOf(rubric).monthStems.indexOf(m[2].slice(0, 3).toLowerCase());
  let year = Number(m[3]);
  if (year < 100) year += 2000;
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  return new Date(Date.UTC(year, month, day));
}

export function sectionText(doc: StructuredDocument, s: FoundSection | undefined, rubric?: Words): string {
  if (!s) return '';
  return contentUnits(s, rubric).map((u) => blankPlaceholders(doc.text.slice(u.start, u.end))).join('\n');
}

/** A section's own content: not the form's guidance or empty fields. */
export function contentUnits(s: FoundSection, rubric?: Words): FoundSection['units'] {
  return s.units.filter((u) => !u.template && !(u.subheading && leadingArea(u.text, rubric)));
}

// What says "nothing" and where the plan dates itself, as the rubric words them (vocabulary.nothingStated,
// noProvision, planDateLabels, birthDateLabels, needSignals), in the grammar below once per vocabulary.
interface FieldWords {
  /** Labels a template puts before the plan's own date. "Date of draft" is the draft's date. */
  planDateLabel: RegExp;
  /** A line that states nothing: "N/A", "None identified at this time", "–". */
  nothing: RegExp;
  /** An entry of G, H1 or H2 that holds no provision: "None", "See Section F", "TBC". */
  noProvision: RegExp;
  /** A sentence saying there is no need; one in the past only; a verb that says something still is. */
  noNeed: RegExp;
  historyOnly: RegExp;
  present: RegExp;
  /** A date of birth's label (vocabulary.birthDateLabels); with the date's text after it, in group 1. */
  birthLabel: RegExp;
  birthDate: RegExp;
  /** A line with a date of birth's field ("DOB: 3/5/2016", a running header): furniture, not what a section says. */
  birthField: RegExp;
}

const fieldWords = perVocabulary((v): FieldWords => {
  const src = v.source;
  const w: FieldWords = {
    planDateLabel: new RegExp(String.raw`${v.any(src.planDateLabels)}\s*[:\-–|,]?\s*`, 'gi'),
    nothing: new RegExp(String.raw`^\s*${v.any(src.nothingStated)}\.?\s*$`, 'i'),
    noProvision: new RegExp(String.raw`^${v.any(src.noProvision)}`, 'i'),
    noNeed: new RegExp(v.any(src.needSignals.none), 'i'),
    historyOnly: new RegExp(String.raw`\b${v.any(src.needSignals.pastOnly)}\b`, 'i'),
    present: new RegExp(String.raw`\b${v.any(src.needSignals.present)}\b`, 'i'),
    birthLabel: new RegExp(String.raw`(?<![\w])${v.any(src.birthDateLabels)}`, 'i'),
    birthDate: new RegExp(String.raw`(?<![\w])${v.any(src.birthDateLabels)}\s*[:\-–|]?\s*([^\n\t]{6,30})`, 'i'),
    birthField: new RegExp(String.raw`^.*(?<![\w])${v.any(src.birthDateLabels)}\s*[:|\t].*$`, 'i'),
  };
  return w;
});

function findPlanDate(text: string, rubric?: Words): { date: Date; final: boolean } | null {
  const head = text.slice(0, 6000);
  const { planDateLabel: PLAN_DATE_LABEL, birthLabel } = fieldWords(rubric);
  PLAN_DATE_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  let fallback: { date: Date; final: boolean } | null = null;
  while ((m = PLAN_DATE_LABEL.exec(head))) {
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const d = new RegExp(`^${DATE}`).test(after) ? parseDate(after, rubric) : null;
    if (!d) continue;
    const label = m[0].toLowerCase();
    const before = head.slice(Math.max(0, m.index - 25, head.lastIndexOf('\n', m.index - 1) + 1), m.index).toLowerCase();
    if (birthLabel.test(before + label) || /(?:original|previous|next|review|last|annual review|meeting)\s*$/.test(before)) continue;
    const final = /final/.test(label) && !/draft/.test(label);
    if (/plan|ehc|issue|final|draft/.test(label)) return { date: d, final };
    fallback ??= { date: d, final: false };
  }
  return fallback;
}

// ---------------------------------------------------------------- draft or final (§6)

// The rubric's words for draft or final, the plan's names, a draft's notices and the date labels
// (vocabulary.planStatus, planNames), put in the layout's grammar below once per vocabulary.
interface StatusWords {
  /** A status field: "Status: Final", "Plan status | Draft for consultation", "This plan is | Final". The first one wins over every other sign. */
  field: RegExp;
  /** A title or running header: "DRAFT Education, Health and Care Plan", "EHC Plan (Final)", "Final EHC Plan". */
  title: RegExp;
  /** "This is a draft plan", the notice of the right to make representations (CFA s38). */
  draftNotice: RegExp;
  finalDated: RegExp;
  draftDated: RegExp;
  thisIsFinal: RegExp;
  /** A cell that states the status in its own words, the status word last, or ticked. */
  cell: RegExp;
  tail: RegExp;
  tickBefore: RegExp;
  tickAfter: RegExp;
  /** A date with the status of that version in brackets after it: "6 March 2026 (final)", "2 June 2026 (amended after the annual review)". */
  datedBracket: RegExp;
  isDraft: RegExp;
  /** After a status word: a label waiting for its date ("Final plan issued"); a draft's date as history ("Draft sent"). */
  awaitsDate: RegExp;
  draftHistory: RegExp;
}

// A status field's label names the plan first or not at all ("EHCP status", "Status").
const PLAN_NOUN = String.raw`(?:(?:EHC ?P?|EHCP|plan|document)\s+)`;
// A short line or table cell's own label: "This is my | Final plan", "Version: Draft 2". Form grammar, not the status words.
const CELL_LABEL = String.raw`(?:this (?:is|was) (?:my|your|our|the|a|an)|this (?:plan|document) is(?: (?:a|an|the|my|your))?|${PLAN_NOUN}?(?:status|version|stage|type)(?: of (?:the )?(?:plan|document))?\s*[:\-–]?)`;
// A tick box beside a status word: "Draft ☐ Final ☒", "☐ Draft ☑ Final", "[x] Draft", "Final ✓".
// A cell that starts with a box puts its boxes before the words; otherwise after.
const TICK = String.raw`(?:[☒☑✔✓✅]|\[\s*[xX✓]\s*\])`;
const BOX_FIRST = /^(?:[☐☒☑✔✓✅□]|\[\s*[xX✓]?\s*\])/;

const statusWords = perVocabulary((v): StatusWords => {
  const st = v.source.planStatus;
  const status = v.any([...st.draft, ...st.final]);
  const planName = v.any(v.source.planNames);
  const labels = v.any(st.labels);
  const dateVerb = v.any(st.dateVerbs);
  const words: StatusWords = {
    field: new RegExp(String.raw`(?:(?:^|[\n\t|])[ \t]*${PLAN_NOUN}?${v.any([...st.labels, ...st.lineLabels])}[ \t]*(?:[:\-–|\t][ \t]*|\s+)|(?<![\w])${PLAN_NOUN}?${labels}[ \t]*[:\-–|\t][ \t]*)(?:a |an |the )?(${v.any([...st.draft, ...st.final, ...st.fieldFinal])})\b`, 'i'),
    title: new RegExp(String.raw`^[\W_]*(?:(${status})\s+(?:${status}\s+)?${planName}|${planName}[^\n]{0,30}?(?:[(\[]\s*|[–—\-:|]\s*)(${status})\b)`, 'i'),
    draftNotice: new RegExp(String.raw`\b${v.any(st.draftNotices)}\b`, 'i'),
    finalDated: new RegExp(String.raw`\b${v.any(st.finalDateLabels)}\s*[:\-–|\t,]?\s*(?:on\s+)?${DATE}`, 'i'),
    draftDated: new RegExp(String.raw`\b${v.any(st.draftDateLabels)}\s*[:\-–|\t]?\s*(?:\d|\[)`, 'i'),
    thisIsFinal: new RegExp(String.raw`\bthis is (?:your|the|a|my|our) ${v.any(st.final)} (?:${planName}|plan)`, 'i'),
    // The cell must start with the status word (after an optional label) and the word must be followed
    // by a plan noun, a number or a date, or the end after a label: prose about drafts ("Draft plans
    // are sent…", "the final year") does not qualify. A draft that was "issued"/"sent" is history.
    cell: new RegExp(String.raw`^(${CELL_LABEL}\s+)?(?:(?:a|an|the|my|your|our) )?(${status})(?![\w-])((?:\s+(?:${status}\s+)?(?:(?:EHC ?P|EHCP|education,? health (?:and|&) care)\s+)?(?:plan|version|copy|document|EHC ?P|EHCP)(?![\w])|\s*\(?\s*for consultation\b)?)(?=\s*(?:$|[,.;:()\[\]–—-]|\d|${dateVerb}\b))([^\n]{0,60})$`, 'i'),
    // The status word last, after a version or a plain statement: "Version 2 (final)", "This plan is now final.", "Consultation draft".
    tail: new RegExp(String.raw`^(?:(?:this (?:plan|document) is(?: now)?|${v.any(st.asVerbs)} as(?: a| the)?|version \d{1,2}(?:\.\d{1,2})?|v\d{1,2}(?:\.\d{1,2})?|consultation|(?:EHC ?P|EHCP|plan|document)(?: is(?: now)?)?)\s*[(\[–—:-]?\s*)(${status})(?:\s*[)\]])?(?:\s*[.,;]?\s*$|\s+(?:on|from|dated)\s+\d[^\n]{0,30}$)`, 'i'),
    tickBefore: new RegExp(String.raw`${TICK}\s*(${status})\b`, 'i'),
    tickAfter: new RegExp(String.raw`\b(${status})\s*${TICK}`, 'i'),
    // The bracket opens with the status word; what follows it is the version or when it was made.
    datedBracket: new RegExp(String.raw`${DATE}\s*[(\[]\s*(${status})(?![\w-])([^()\[\]\n]{0,80})[)\]]`, 'gi'),
    isDraft: new RegExp(String.raw`^${v.any(st.draft)}$`, 'i'),
    awaitsDate: new RegExp(String.raw`^\s*[,(]?\s*${dateVerb}\b`, 'i'),
    draftHistory: new RegExp(String.raw`^\s*[,(]?\s*${v.any(st.historyVerbs)}\b`, 'i'),
  };
  return words;
});

function statusFromCells(head: string, w: StatusWords): { draft: number; final: number } {
  let draft = 0;
  let final = 0;
  for (const line of head.split('\n')) {
    if (line.length > 200) continue;
    for (const raw of line.split(/\t|\s\|\s|\|/)) {
      const cell = raw.trim();
      if (cell.length < 5 || cell.length > 70) continue;
      const tick = (BOX_FIRST.test(cell) ? w.tickBefore : w.tickAfter).exec(cell);
      const tail = tick ? null : w.tail.exec(cell);
      if (tick || tail) {
        if (w.isDraft.test((tick ?? tail!)[1])) draft += 2;
        else final += 2;
        continue;
      }
      const m = w.cell.exec(cell);
      if (!m) continue;
      const [, label, word, noun, rest] = m;
      const dated = /\d/.test(rest);
      // "Final plan issued" with no date is a label waiting for its value; a bare "Final" needs a label.
      if (!label && !noun && !dated) continue;
      if (w.awaitsDate.test(rest) && !dated) continue;
      // A draft's date ("Draft: 3 Feb 2026") may be history beside the final's: it weighs less.
      if (w.isDraft.test(word)) {
        if (!w.draftHistory.test(rest)) draft += new RegExp(DATE).test(rest) ? 1 : 2;
      } else final += 2;
    }
  }
  return { draft, final };
}

// A front sheet's dotted leaders ("Year group ........ Year 5", "Date of final plan ......."): form
// layout that stands where a colon or a tab would; read as a tab.
const LEADER = /[ \t]*(?:\.{4,}|…{2,}|_{4,})[ \t]*/g;
const withoutLeaders = (text: string) => text.replace(LEADER, '\t');

export function readStatus(rawText: string, rubric?: Words): 'draft' | 'final' | 'unknown' {
  const text = withoutLeaders(rawText);
  const w = statusWords(rubric);
  const { birthLabel } = fieldWords(rubric);
  const head = text.slice(0, 6000);
  const field = w.field.exec(head);
  if (field) return w.isDraft.test(field[1]) ? 'draft' : 'final';
  // Titles and running headers: short lines that name the plan. Prose ("the draft was sent on …")
  // and "final" in "final year" are not titles.
  let { draft, final } = statusFromCells(head, w);
  // A date, then the status of that version in brackets (a front sheet's plan date, a footer's
  // reference): not a date of birth; a draft's date "(draft sent …)" is history.
  for (const m of head.matchAll(w.datedBracket)) {
    const lineStart = head.lastIndexOf('\n', m.index) + 1;
    if (birthLabel.test(head.slice(lineStart, m.index))) continue;
    if (w.isDraft.test(m[4])) {
      if (!w.draftHistory.test(m[5])) draft += 2;
    } else final += 2;
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const l = line.trim();
    if (!l || l.length > 120) return;
    const t = w.title.exec(l);
    if (t && (i < 60 || l.length < 80)) {
      if (w.isDraft.test(t[1] ?? t[2])) draft += 2;
      else final += 2;
    }
    // A "DRAFT" watermark or header line (typography: the word in capitals or spaced out, kept here): the word alone, spaced out, or leading a short line.
    if (/^D\s?R\s?A\s?F\s?T(?:\s*$|\s*[–—\-:|(]|\s+(?:EHC|EDUCATION|COPY|VERSION|FOR CONSULTATION|ONLY|PLAN\s*$))/.test(l) && (l.length <= 80 || i < 10)) draft += 2;
  });
  // A watermark the PDF text ran into a line: "DRAFT" in capitals anywhere, but not a date label ("DATE DRAFT ISSUED").
  if (draft === 0 && /(?<![\w])(?<!DATE |OF )DRAFT(?![\w])(?!\s*(?:PLAN\s+|EHCP?\s+)?(?:ISSUED|SENT|DATE|ISSUE))/.test(text)) draft += 2;
  if (w.draftNotice.test(head)) draft += 2;
  if (w.finalDated.test(head)) final += 2;
  if (w.thisIsFinal.test(head)) final += 2;
  const dated = findPlanDate(text, rubric);
  if (dated?.final) final += 1;
  if (w.draftDated.test(head)) draft += 1;
  // "DATE OF FINAL PLAN:" is a field's label, final only with a date after it (FINAL_DATED).
  if (/(?<![\w])(?<!DATE OF (?:THE )?)FINAL(?![\w])(?! (?:YEAR|TERM|EXAM|REVIEW))/.test(head) && !/(?<![\w])FINAL\s+(?:YEAR|TERM|EXAM)/.test(head)) final += 1;
  if (draft === 0 && final === 0) return 'unknown';
  return draft > final ? 'draft' : final > draft ? 'final' : 'draft';
}

export function readPlan(doc: StructuredDocument, rubric: Rubric): PlanReading {
  const text = doc.text;
  const head = text.slice(0, 4000);
  const dated = findPlanDate(text, rubric);
  const status = readStatus(text, rubric);
  const planDate = dated?.date ?? null;
  const dob = fieldWords(rubric).birthDate.exec(head);
  const birth = dob ? parseDate(dob[1], rubric) : null;
  let age: number | null = null;
  if (birth && planDate) {
    age = planDate.getUTCFullYear() - birth.getUTCFullYear() - (planDate.getUTCMonth() < birth.getUTCMonth() || (planDate.getUTCMonth() === birth.getUTCMonth() && planDate.getUTCDate() < birth.getUTCDate()) ? 1 : 0);
  }
  // An age the plan states: "Age | 19", "Date of birth 22/10/2006 (age 19)", "aged 15".
  const stated = /(?:^|[\n\t|(])\s*(?:age|aged|current age)(?: at [^:\n|\t]{0,25})?\s*[:\-–|\t]?\s*(\d{1,2})(?:\s*(?:years?|yrs?))?(?![\d/])/i.exec(head) ?? /\b(?:aged?|is) (\d{1,2}) years? old\b/i.exec(head);
  if (age === null && stated) age = Number(stated[1]);
  return { status, yearGroup: readYearGroup(text, rubric), derivedYear: yearFromBirth(birth, planDate), age, planDate };
}

// The year group's words are the rubric's lists: a field's label ("NC Year", "Year group", yearGroupLabels), the
// school field whose value may end with the year (yearSchoolFields), what a year after "a Year 9" names
// (yearPupilNouns) and the words that make "Year: Year 3" another year than the current one (yearNotCurrent).
// The year's own notation ("Year 10", "Y10", "Yr 10", "R", "FS2") and which early years it names are grammar, here.
const yearWords = perVocabulary((v) => ({
  fields: [
    // A label starts a word: "Frequency: 2 x 45 minutes" holds no "NCY" field.
    new RegExp(String.raw`\b${v.list('yearGroupLabels')}\s*(?:group)?\s*[:\-–|\t]?\s*(?:year\s*|yr\.?\s*|y)?(\d{1,2}(?![\d/])|R\b|reception|nursery|fs[12]\b)`, 'gi'),
    /(?:^|\n)[ \t]*(?:year|yr|class)[ \t]*(?:[:\-–|\t][ \t]*)+(?:year\s*|yr\.?\s*|y)(\d{1,2}|R\b|reception|nursery)\b/gi,
    /(?:^|\n)[ \t]*(?:year|yr)[ \t]*(?:[:\-–|\t][ \t]*)+(\d{1,2}|R|reception|nursery)\b(?![\d/])/gi,
    // A flattened front sheet's fields run on one line: "DOB: 30/06/2018 Year: Year 3 School: …".
    new RegExp(String.raw`(?<=\S[ \t]+)(?<!\b${v.list('yearNotCurrent')}[ \t]+)(?:year|yr)[ \t]*:[ \t]*(?:year\s*|yr\.?\s*)(\d{1,2}|R\b|reception|nursery)\b(?![\d/])`, 'gi'),
    // The school field's value ends with the year: "Education setting | St Aidan's Primary School, Year 4",
    // "School and year" / "Fenwick Academy, Year 8",
    // "… – Reception", "…, Reception class (Owls)", "… – FS2 class"; in text the value may be on the line
    // after its label. A class's own name may follow in brackets; nothing else may (a teacher, a plan).
    // "Year 3 of 4" is a year of a college course, not a school year.
    new RegExp(String.raw`${v.list('yearSchoolFields')}\b(?:,? (?:and|&) (?:year(?: group)?|class)\b)?(?:[ \t:|]*\n)?[^\n.]{0,80}?(?:,|\(|–|—)[ \t]*(?:(?:year|yr|Y)\s?(\d{1,2}|R)\b(?!\s*(?:and|to|-|–|of\s+\d))|(reception|nursery|fs[12]|f[12])(?= *(?:class|year)?(?: *\([^()\n]{1,40}\))?[ \t)]*(?:\n|$)))`, 'gi'),
  ],
  // Prose: "Amara is in Year 4", "currently attending Year 10", "a Year 9 pupil", "in Y10 at Oak School".
  inYear: new RegExp(String.raw`\b(?:(?:is|are|currently|now|who is|he is|she is|they are)\s+(?:in|attending|a)\s+|in\s+(?=(?:year|Y)\s?\d{1,2}\s+(?:at|of)\s+[A-Z]))(?:year|Y)\s?(\d{1,2})\b(?! (?:and|to|-))|\b(?:is|currently) in (reception|nursery)\b|\b(?:a |an )(?:Y|Yr|Year)\s?(\d{1,2}) ${v.list('yearPupilNouns')}\b`, 'i'),
}));

function readYearGroup(text: string, rubric?: Words): number | null {
  const head = withoutLeaders(text.slice(0, 8000));
  const toYear = (raw: string): number | null => {
    const r = raw.trim().toLowerCase();
    if (/^(?:r|reception|rec|fs2|f2)$/.test(r)) return 0;
    if (/^(?:nursery|fs1|f1|pre-?school|n)$/.test(r)) return -1;
    const n = Number(r.replace(/^y(?:ea)?r?\s*/, ''));
    return Number.isInteger(n) && n >= 1 && n <= 14 ? n : null;
  };
  // A labelled field: "NC Year: 10", "Year group: Y10", "Current year group | Year 10", "School year: Year 10",
  // "Year | Year 13 (sixth form)", "Year of study | Year 14", "National Curriculum Year 10".
  // Every labelled field in turn: "School year: 2025/26" before "Year group: 10" must not hide it.
  const { fields, inYear: IN_YEAR } = yearWords(rubric);
  for (const re of fields) {
    for (const m of head.matchAll(re)) {
      const y = toYear(m[1] ?? m[2]);
      if (y !== null) return y;
    }
  }
  const inYear = IN_YEAR.exec(head);
  if (inYear) {
    const y = toYear(inYear[1] ?? inYear[2] ?? inYear[3]);
    if (y !== null) return y;
  }
  // The setting field names a school's nursery class and nothing names a year: nursery.
  if (EARLY_YEARS_SETTING.test(head)) return -1;
  // A key stage alone (KS4 is Years 10-11) or a date of birth alone does not show a year.
  return null;
}

// "Education setting: the nursery class at Hill Primary School", the label and value on lines of their own:
// a school's nursery class is the Nursery year (FS1). A pre-school, playgroup or day nursery names no year
// (corpus/AUDIT.md: "a pre-school room … is null").
const EARLY_YEARS_SETTING = /(?:^|[\n\t]|(?<!\b(?:previous|former|prior|last|earlier))[ ])(?:current |name of (?:the )?|early years |education(?:al)? )?(?:setting|school|placement|provider)(?: attended| name)?[ \t]*(?:[:|\t\-–][ \t]*|\n)[^\n\t]{0,80}?\bnursery class\b/i;

function yearFromBirth(birth: Date | null, planDate: Date | null): number | null {
  if (birth && planDate) {
    // England: the school year runs September to August; a child starts Reception (0) in the
    // September after turning 4.
    const birthYearStart = birth.getUTCMonth() >= 8 ? birth.getUTCFullYear() : birth.getUTCFullYear() - 1;
    const planYearStart = planDate.getUTCMonth() >= 8 ? planDate.getUTCFullYear() : planDate.getUTCFullYear() - 1;
    const y = planYearStart - birthYearStart - 5;
    if (y >= -2 && y <= 14) return y;
  }
  return null;
}

/** The plan's key stage when it shows one but no year ("Key stage: KS4"): the lowest year it covers. */
export function keyStageFloor(text: string): number | null {
  const m = /(?:^|[\n\t|])\s*(?:key stage|KS)\s*[:\-–|\t]?\s*(?:KS\s?)?([1-5])\b/i.exec(text.slice(0, 6000)) ?? /\b(?:is|currently) in (?:key stage|KS)\s?([1-5])\b/i.exec(text.slice(0, 6000));
  if (!m) return null;
  return { 1: 1, 2: 3, 3: 7, 4: 10, 5: 12 }[Number(m[1]) as 1 | 2 | 3 | 4 | 5] ?? null;
}

// ---------------------------------------------------------------- the seven checks


export function hasContent(text: string, rubric?: Words): boolean {
  const t = text.trim();
  if (t.length < 12) return false;
  const NOTHING = fieldWords(rubric).nothing;
  return !t.split('\n').every((line) => NOTHING.test(line) || line.trim() === '');
}

// ---------------------------------------------------------------- needs in C and D, provision in G and H (§8)

// Page furniture (its layout grammar is ingest's), a section's letter, lead-ins and echoes of the
// heading: not what the section says. The section headings' own words (as sections/ reads them), so
// kept here rather than in the rubric; a date of birth's field is the rubric's (fieldWords: birthField).
const FURNITURE = fastPattern(FURNITURE_ONLY);
const LEAD_IN = fastPattern(/^(?:\(?(?:section|part) \w{1,2}\)?|(?:which|that) relates? to\b.*|(?:this section|the following)\b.*(?:sets out|describes|records|lists)\b.*)$/i);
const isFurniture = (t: string) => FURNITURE.test(t) || LEAD_IN.test(t);
// A heading's words repeated under it: "Health needs", "Social care provision (CSDPA 1970)": the rubric's
// lists titleEchoOwners, titleEchoSubjects and titleEchoKinds, or a title that opens with one of
// titleEchoOpenings; what relates it to a topic and a note in brackets are grammar.
const titleEcho = perVocabulary((v) => new RegExp(String.raw`^(?:(?:${v.list('titleEchoOwners')} )?${v.list('titleEchoSubjects')}(?: ${v.list('titleEchoKinds')})?(?: (?:related|relating) to [^.]{0,60})?(?:\s*\([^)]{0,60}\))?|${v.list('titleEchoOpenings')}.*)[.:]?$`, 'i'));

// What a need sentence says: a condition, care, treatment (C); help, care or a social care status (D):
// the rubric's vocabulary.needSignals (needSignals()).

function sentencesOf(doc: StructuredDocument, s: FoundSection | undefined, rubric: Words): string[] {
  if (!s) return [];
  const out: string[] = [];
  for (const u of contentUnits(s, rubric)) {
    const text = blankPlaceholders(doc.text.slice(u.start, u.end));
    // Clauses: "X has not been assessed, but her mother needs short breaks" holds a need.
    for (const line of text.split(/\n|\t|;\s+|,?\s+but\s+/)) for (const sp of splitSentences(line)) out.push(line.slice(sp.start, sp.end).trim());
  }
  const { birthField } = fieldWords(rubric);
  const TITLE_ECHO = titleEcho(rubric);
  return out.filter((x) => x && !isFurniture(x) && !birthField.test(x) && !TITLE_ECHO.test(x));
}

/** Section C or D describes a need: some sentence says one, rather than "none", a history line or furniture. */
export function describesNeed(sentences: string[], signal: RegExp, rubric?: Words): boolean {
  // "None", "No health needs identified", "in good health"; "She was seen once by the OT service in 2025" (the past only).
  const { noNeed: NO_NEED, historyOnly: HISTORY_ONLY, present: PRESENT } = fieldWords(rubric);
  return sentences.some((x) => {
    const t = x.replace(/^[•*\-–]\s*/, '').replace(/^\([^)]{0,60}\)\s*/, '');
    if (t.split(/\s+/).length < 2 && !signal.test(t)) return false;
    if (NO_NEED.test(t)) return false;
    // "Social care need: None recorded.": a form's label, then the value that says there is none (grammar).
    const value = /^[A-Z][\w /()'’-]{0,40}:\s+(?=\S)/.exec(t);
    if (value && NO_NEED.test(t.slice(value[0].length))) return false;
    // "See Section K", "Please refer to the paediatric report": a pointer, not a description.
    if (/^(?:please )?(?:see|refer to)\b/i.test(t)) return false;
    if (HISTORY_ONLY.test(t) && !PRESENT.test(t.replace(HISTORY_ONLY, ''))) return false;
    return signal.test(t);
  });
}

// Some templates set out preparing-for-adulthood outcomes under their own heading, outside E.
const PFA_HEADING = /^(?:\d{1,2}[.)]?\s*)?(?:preparing for adulthood|PfA)\b[^.\n]{0,60}$/i;

function pfaOutcomeOutsideE(doc: StructuredDocument, rubric: Rubric, sections: Map<SectionKey, FoundSection>): boolean {
  const e = sections.get('E');
  const blocks = doc.blocks;
  const wish = planWords(rubric).wish;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'table' || !PFA_HEADING.test(b.text.trim())) continue;
    if (e && b.start >= e.start && b.start < e.end) continue; // inside E: already judged
    for (const next of blocks.slice(i + 1, i + 12)) {
      const text = next.kind === 'table' ? next.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n') : next.text;
      if (next.kind === 'heading' && !PFA_HEADING.test(text.trim())) break;
      for (const line of text.split('\n')) {
        for (const sp of splitSentences(line)) {
          const sentence = line.slice(sp.start, sp.end);
          const j = judgeOutcome(sentence, '', rubric);
          if (/\bwill\b/i.test(sentence) && j.preparingForAdulthood && !j.isProvision && !j.aspiration && !wish.test(sentence)) return true;
        }
      }
    }
  }
  return false;
}


/** G, H1 or H2 holds provision: a statement or sentence there that is not "none", a pointer elsewhere, a lead-in or furniture. */
export function holdsProvision(texts: string[], rubric?: Words): boolean {
  const NO_PROVISION = fieldWords(rubric).noProvision;
  const TITLE_ECHO = titleEcho(rubric);
  return texts.some((x) => {
    const t = x.trim().replace(/^[•*\-–]\s*/, '').replace(/^\([^)]{0,60}\)\s*/, '');
    if (!t || isFurniture(t) || TITLE_ECHO.test(t) || /:$/.test(t)) return false;
    return !NO_PROVISION.test(t) && /[a-z]{3}/i.test(t) && t.split(/\s+/).length >= 2;
  });
}

// Section I's words (vocabulary.placement): a named institution is capitalised words ending in one of
// the rubric's names ("Oakfield Primary School"), matched with its capitals; a type named alone (reg
// 12(1)(i) allows the type only); a type that counts only as the whole entry ("Type: Secondary school");
// lines that leave the placement open.
interface PlacementWords {
  institution: RegExp;
  type: RegExp;
  shortType: RegExp;
  blank: RegExp;
  hedgeAfter: RegExp;
}

const placementWords = perVocabulary((v): PlacementWords => {
  const p = v.source.placement;
  const w: PlacementWords = {
    institution: new RegExp(String.raw`\b(?:[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and|&))*\s+${v.any(p.names)}\b)`),
    type: new RegExp(String.raw`\b${v.any(p.types)}\b`, 'im'),
    shortType: new RegExp(String.raw`^(?:[\w ]{0,30}[:|\t-]\s*)?(?:a |an )?${v.any(p.shortTypes)}\.?$`, 'i'),
    blank: new RegExp(v.any(p.blank), 'i'),
    // "(to be confirmed after consultation)" after a type still names the type: a draft must name none (CFA s38(5)).
    // The hedges are the rubric's (placement.hedges); the bracket or stop before one, to its close, is layout.
    hedgeAfter: new RegExp(String.raw`\s*(?:[(\[]\s*|[,;–—-]\s*)${v.any(p.hedges)}[^)\]\n]*[)\]]?`, 'gi'),
  };
  return w;
});

export function placementNamed(text: string, rubric?: Words): boolean {
  const w = placementWords(rubric);
  const lines = text.split(/\n|(?<=\.)\s+/).map((l) => l.replace(w.hedgeAfter, '')).filter((l) => l.trim() && !w.blank.test(l));
  return lines.some((l) => w.institution.test(l) || w.type.test(l.trim()) || w.shortType.test(l.trim()));
}

/** A therapy said to be over or not needed (vocabulary.needSignals.therapyEnded); a wish, not a result (vocabulary.wishes). */
const planWords = perVocabulary((v): { therapyEnded: RegExp; wish: RegExp } => {
  const w = { therapyEnded: new RegExp(String.raw`\b${v.any(v.source.needSignals.therapyEnded)}\b`, 'i'), wish: new RegExp(String.raw`\b${v.any(v.source.wishes)}\b`, 'i') };
  return w;
});

/** The rubric's words for a health need (C) and a social care need (D), as whole words. */
const needSignals = perVocabulary((v): { health: RegExp; socialCare: RegExp } => {
  const w: { health: RegExp; socialCare: RegExp } = { health: new RegExp(String.raw`\b${v.any(v.source.needSignals.health)}\b`, 'i'), socialCare: new RegExp(String.raw`\b${v.any(v.source.needSignals.socialCare)}\b`, 'i') };
  return w;
});

export function runChecks(doc: StructuredDocument, rubric: Rubric, sections: Map<SectionKey, FoundSection>, plan: PlanReading, provisions: Statement[], pfaOutcome: boolean): { checks: Checks; checkAt: Partial<Record<keyof Checks, CheckSpan>> } {
  const therapy = compileRubric(rubric).therapy;
  const txt = (k: SectionKey) => sectionText(doc, sections.get(k), rubric);
  const provIn = (keys: SectionKey[]) => provisions.filter((p) => keys.includes(p.section));
  // A check about a section is reported on its heading; with no such section, on the plan as a whole.
  const heading = (k: SectionKey | null): CheckSpan => {
    const s = k ? sections.get(k) : undefined;
    return { section: s ? k : null, start: s?.start ?? 0, end: s ? Math.min(s.end, s.start + Math.max(1, s.title.length)) : 0 };
  };

  const provided = (keys: SectionKey[]) => holdsProvision([...provIn(keys).map((p) => p.text), ...keys.flatMap((k) => sentencesOf(doc, sections.get(k), rubric))], rubric);
  const need = needSignals(rubric);
  const words = planWords(rubric);
  const healthNeedsWithoutProvision = describesNeed(sentencesOf(doc, sections.get('C'), rubric), need.health, rubric) && !provided(['G']);
  const socialCareNeedsWithoutProvision = describesNeed(sentencesOf(doc, sections.get('D'), rubric), need.socialCare, rubric) && !provided(['H1', 'H2']);
  // §5: Year 9 or above, or 14 or over at the plan date; a key stage alone counts from its lowest year.
  const ks = plan.yearGroup === null ? keyStageFloor(doc.text) : null;
  const year = plan.yearGroup ?? plan.derivedYear;
  const older = (year !== null && year >= 9) || (plan.age !== null && plan.age >= 14) || (ks !== null && ks >= 9);
  const preparingForAdulthoodMissing = older && !pfaOutcome && !pfaOutcomeOutsideE(doc, rubric, sections);
  const therapyOutside = provIn(['G', 'H1', 'H2']).some((p) => therapy.test(p.text) && !words.therapyEnded.test(p.text));
  const therapyInF = provIn(['F']).some((p) => therapy.test(p.text)) || therapy.test(txt('F'));
  const therapyOnlyInHealth = therapyOutside && !therapyInF;
  const iText = txt('I');
  const named = placementNamed(iText, rubric);
  const placementInDraft = plan.status === 'draft' && named;
  const placementMissing = plan.status === 'final' && !named;
  const statementWording = hasStatementWording(doc, rubric);

  const checkAt: Partial<Record<keyof Checks, CheckSpan>> = {};
  if (healthNeedsWithoutProvision) checkAt.healthNeedsWithoutProvision = heading(sections.has('G') ? 'G' : 'C');
  if (socialCareNeedsWithoutProvision) checkAt.socialCareNeedsWithoutProvision = heading(sections.has('H1') ? 'H1' : sections.has('H2') ? 'H2' : 'D');
  if (preparingForAdulthoodMissing) checkAt.preparingForAdulthoodMissing = heading(sections.has('E') ? 'E' : null);
  if (therapyOnlyInHealth) {
    const p = provIn(['G', 'H1', 'H2']).find((x) => therapy.test(x.text))!;
    checkAt.therapyOnlyInHealth = { section: p.section, start: p.start, end: p.end };
  }
  if (placementInDraft) checkAt.placementInDraft = heading(sections.has('I') ? 'I' : null);
  if (placementMissing) checkAt.placementMissing = heading(sections.has('I') ? 'I' : null);
  if (statementWording) {
    const m = statementWords(rubric).wording.exec(doc.text);
    checkAt.statementWording = { section: null, start: m?.index ?? 0, end: (m?.index ?? 0) + (m?.[0].length ?? 0) };
  }
  return {
    checks: { healthNeedsWithoutProvision, socialCareNeedsWithoutProvision, preparingForAdulthoodMissing, therapyOnlyInHealth, placementInDraft, placementMissing, statementWording },
    checkAt,
  };
}

// A statement of SEN (vocabulary.statementWording): numbered in parts 2-6 (the layout, kept here) or
// speaking of itself; a line with a history word is about the transfer; an EHC plan numbered in parts
// beyond a statement's six, or with a part for outcomes, health, social care, a budget or advice, is
// an EHC plan's own numbering ("Part 5 Outcomes", "Part 11 Advice").
interface StatementWords {
  wording: RegExp;
  history: RegExp;
  ehcpParts: RegExp;
}
const statementWordsOf = perVocabulary((v): StatementWords => {
  const sw = v.source.statementWording;
  const w: StatementWords = {
    wording: new RegExp(String.raw`(?:^|\n)\s*part (?:2|3|4|5|6|ii|iii|iv)\b[^\n]{0,80}|\b${v.any(sw.selfReferences)}\b`, 'gi'),
    history: new RegExp(String.raw`\b${v.any(sw.history)}\b`, 'i'),
    ehcpParts: new RegExp(String.raw`(?:^|\n)\s*part (?:[7-9]|1[0-2]|vii|viii|ix|xi|xii)\b|(?:^|\n)\s*part \d{1,2}\s*[:.\-–—]?\s*${v.any(sw.ehcpPartTitles)}`, 'i'),
  };
  return w;
});

// Where a sentence ends inside a line (the sections' SENTENCE_STOP): before the next one's capital or
// bracket; at a space or the line's end.
const SENTENCE_BREAK = new RegExp(String.raw`${SENTENCE_STOP}\s+(?=[A-Z(])`, 'g');
const SENTENCE_CLOSE = new RegExp(String.raw`${SENTENCE_STOP}(?:\s|$)`);

// The wording expression is global (exec loops): start each use from the beginning.
function statementWords(rubric?: Words): StatementWords {
  const w = statementWordsOf(rubric);
  w.wording.lastIndex = 0;
  return w;
}

function hasStatementWording(doc: StructuredDocument, rubric?: Words): boolean {
  const { wording: STATEMENT_WORDING, history: HISTORY, ehcpParts: EHCP_PARTS } = statementWords(rubric);
  let m: RegExpExecArray | null;
  const parts = new Set<string>();
  let statementSelf = false;
  const ehcpParts = EHCP_PARTS.test(doc.text);
  while ((m = STATEMENT_WORDING.exec(doc.text))) {
    const lineStart = doc.text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = doc.text.indexOf('\n', m.index + 1);
    const line = doc.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    // History is told by the sentence the words are in: a line may tell of the transfer, then say
    // the statement's parts were carried over as they were.
    const at = m.index + (m[0].startsWith('\n') ? 1 : 0) - lineStart;
    const sentenceStart = Math.max(0, ...[...line.slice(0, at).matchAll(SENTENCE_BREAK)].map((s) => s.index! + s[0].length));
    const sentenceEnd = line.slice(at).search(SENTENCE_CLOSE);
    if (HISTORY.test(line.slice(sentenceStart, sentenceEnd < 0 ? undefined : at + sentenceEnd + 1))) continue;
    const part = /part (\w+)/i.exec(m[0]);
    // A part numbering the plan ("Part 3: Provision"), not a part "of the statement" it speaks of.
    if (part && /^\s*part/i.test(m[0].replace(/^\n/, '')) && !/^\s*part \w+ of /i.test(m[0].replace(/^\n/, ''))) {
      if (!ehcpParts) parts.add(part[1].toLowerCase());
    }
    else statementSelf = true;
  }
  STATEMENT_WORDING.lastIndex = 0;
  return parts.size >= 2 || statementSelf;
}

// ---------------------------------------------------------------- the form's empty fields

/** The empty fields of a form: placeholders, one per field (several in one line or cell are one field). */
export function placeholderFields(doc: StructuredDocument): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of doc.text.matchAll(placeholderPattern())) {
    const prev = out[out.length - 1];
    if (prev && !/[\n\t]/.test(doc.text.slice(prev.end, m.index!))) prev.end = m.index! + m[0].length;
    else out.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * A form not yet filled in: none of the plan's core (needs in B, outcomes in E, provision in F)
 * holds content of its own, and the form shows empty fields (placeholders, or sections with a
 * heading and nothing under it). Null when the plan has been filled, even in part.
 */
export function unfilledTemplate(doc: StructuredDocument, sections: Map<SectionKey, FoundSection>, rubric?: Words): { empty: number; total: number } | null {
  const filledUnits = (s: FoundSection | undefined) => (s ? contentUnits(s, rubric).filter((u) => !u.subheading && hasContent(blankPlaceholders(u.text), rubric)).length : 0);
  if ((['B', 'E', 'F'] as SectionKey[]).some((k) => filledUnits(sections.get(k)) > 0)) return null;
  const placeholders = placeholderFields(doc).length;
  let emptySections = 0;
  let filled = 0;
  const all = new Set(sections.values());
  for (const s of all) {
    // Outside the core a short line is content ("Oak Primary School").
    const n = contentUnits(s, rubric).filter((u) => hasContent(blankPlaceholders(u.text), rubric) || (u.subheading && u.text.trim().length >= 3)).length;
    filled += n;
    if (n === 0 && !placeholderPattern().test(doc.text.slice(s.start, s.end))) emptySections++;
  }
  const empty = placeholders + emptySections;
  // A form: placeholders, or most of a whole set of sections with nothing under their headings.
  if (placeholders < 3 && !(all.size >= 6 && emptySections * 2 > all.size)) return null;
  return { empty, total: empty + filled };
}

export function hasPlanDate(doc: StructuredDocument, rubric?: Words): boolean {
  return findPlanDate(doc.text, rubric) !== null || /\b(?:date (?:of )?(?:plan|issue)|issued)\b[^\n]{0,20}\b(?:19|20)\d\d\b/i.test(doc.text.slice(0, 6000));
}

export function emptyChecks(): Checks {
  return { healthNeedsWithoutProvision: false, socialCareNeedsWithoutProvision: false, preparingForAdulthoodMissing: false, therapyOnlyInHealth: false, placementInDraft: false, placementMissing: false, statementWording: false };
}

// ---------------------------------------------------------------- the golden thread (combined tables)

const NEED_KEYS: SectionKey[] = ['B', 'C', 'D'];

/**
 * In a combined table each row links a need, the provision that meets it and the outcome it
 * serves. A row with a need and no provision, an outcome and no provision, or provision and no
 * need breaks that thread.
 */
export function threadBreaks(sections: ReadonlyMap<SectionKey, FoundSection>, provisions: readonly Statement[], outcomes: readonly Statement[], rubric?: Words): Record<'needs' | 'outcomes' | 'provisions', { section: SectionKey; start: number; end: number }[]> {
  const needs = new Map<number, { section: SectionKey; start: number; end: number }>();
  for (const key of NEED_KEYS) {
    const s = sections.get(key);
    if (!s) continue;
    for (const u of contentUnits(s, rubric)) if (u.row !== undefined && !needs.has(u.row) && hasContent(blankPlaceholders(u.text), rubric)) needs.set(u.row, { section: key, start: u.start, end: u.end });
  }
  const provided = new Set(provisions.filter((p) => p.row !== undefined).map((p) => p.row!));
  const firstPerRow = (xs: readonly Statement[], keep: (row: number) => boolean) => {
    const seen = new Set<number>();
    return xs.filter((x) => x.row !== undefined && keep(x.row) && !seen.has(x.row) && !!seen.add(x.row)).map((x) => ({ section: x.section, start: x.start, end: x.end }));
  };
  return {
    needs: [...needs].filter(([row]) => !provided.has(row)).map(([, n]) => n),
    outcomes: firstPerRow(outcomes, (row) => !provided.has(row)),
    provisions: firstPerRow(provisions, (row) => !needs.has(row)),
  };
}

// ---------------------------------------------------------------- never a false all-clear

/**
 * A provision section or Section E with text of its own from which no statement could be read: the
 * reader must not take silence for a clean bill.
 */
export function sectionsWithoutStatements(doc: StructuredDocument, sections: ReadonlyMap<SectionKey, FoundSection>, provisions: readonly Statement[], outcomes: readonly Statement[], rubric?: Words): { section: SectionKey; start: number; end: number }[] {
  const out: { section: SectionKey; start: number; end: number }[] = [];
  const done = new Set<FoundSection>();
  for (const key of ['E', 'F', 'G', 'H1', 'H2'] as SectionKey[]) {
    const s = sections.get(key);
    if (!s) continue;
    // A single "H" stands for H1 and H2: one section, judged once.
    const same = [...sections.entries()].filter(([, x]) => x.start === s.start && x.end === s.end && (x.label === 'H' || x === s)).map(([k]) => k);
    if ([...done].some((d) => d.start === s.start && d.end === s.end)) continue;
    done.add(s);
    const found = key === 'E' ? outcomes.length > 0 : provisions.some((p) => same.includes(p.section));
    if (found) continue;
    const text = contentUnits(s, rubric).find((u) => !u.subheading && hasContent(blankPlaceholders(doc.text.slice(u.start, u.end)), rubric));
    if (!text) continue;
    out.push({ section: key, start: text.start, end: text.end });
  }
  return out;
}
