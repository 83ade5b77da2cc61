// Plan-level facts (rubric-reference.md §5-§8): draft or final, year group, and the seven `checks`
// with the place each true check is reported. The rules under rules/plan/ report them.
import type { StructuredDocument } from '../../ingest/src/document.ts';
import type { Checks, SectionKey } from './report-schema.ts';
import type { CheckSpan } from './rules/api.ts';
import { leadingArea, type FoundSection } from './sections.ts';
import type { Statement } from './statements.ts';
import { splitSentences, type Words } from './quantities.ts';
import type { Rubric } from './rubric.ts';
import { compileRubric, vocabularyOf } from './vocabulary.ts';
import { judgeOutcome } from './outcomes.ts';
import { blankPlaceholders, placeholderPattern } from './template-text.ts';

export interface PlanReading {
  status: 'draft' | 'final' | 'unknown';
  /** The national curriculum year the plan shows (contract: else null). */
  yearGroup: number | null;
  /** The year worked out from the date of birth and the plan date, for §5 when no year is shown. */
  derivedYear: number | null;
  age: number | null;
  planDate: Date | null;
}

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

export function sectionText(doc: StructuredDocument, s: FoundSection | undefined): string {
  if (!s) return '';
  return contentUnits(s).map((u) => blankPlaceholders(doc.text.slice(u.start, u.end))).join('\n');
}

/** A section's own content: not the form's guidance or empty fields. */
export function contentUnits(s: FoundSection): FoundSection['units'] {
  return s.units.filter((u) => !u.template && !(u.subheading && leadingArea(u.text)));
}

// Labels a template puts before the plan's own date. "Date of draft" is the draft's date.
const PLAN_DATE_LABEL = /(?:date (?:of |this )?(?:plan|final plan|EHC ?P?|EHCP)(?: (?:issued|finali[sz]ed|agreed|signed))?|(?:plan|final plan|EHCP?) (?:issue )?date|date (?:plan )?(?:issued|finali[sz]ed|signed|of issue)|issue date|issued|date final(?:i[sz]ed)? plan issued|final plan issued|date of (?:the )?(?:draft|amended|this amended) plan|date of (?:the )?draft|date draft (?:plan )?(?:issued|sent)|draft (?:plan )?(?:issued|sent)|date)\s*[:\-–|,]?\s*/gi;

function findPlanDate(text: string, rubric?: Words): { date: Date; final: boolean } | null {
  const head = text.slice(0, 6000);
  PLAN_DATE_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  let fallback: { date: Date; final: boolean } | null = null;
  while ((m = PLAN_DATE_LABEL.exec(head))) {
    const after = head.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const d = new RegExp(`^${DATE}`).test(after) ? parseDate(after, rubric) : null;
    if (!d) continue;
    const label = m[0].toLowerCase();
    const before = head.slice(Math.max(0, m.index - 25, head.lastIndexOf('\n', m.index - 1) + 1), m.index).toLowerCase();
    if (/of birth|dob|d\.o\.b/.test(before + label) || /(?:original|previous|next|review|last|annual review|meeting)\s*$/.test(before)) continue;
    const final = /final/.test(label) && !/draft/.test(label);
    if (/plan|ehc|issue|final|draft/.test(label)) return { date: d, final };
    fallback ??= { date: d, final: false };
  }
  return fallback;
}

// ---------------------------------------------------------------- draft or final (§6)

// A status field: "Status: Final", "Plan status | Draft for consultation", "This plan is | Final",
// "Type of plan: Final plan, issued …". The first one wins over every other sign.
const STATUS_FIELD = /(?:(?:^|[\n\t|])[ \t]*(?:(?:EHC ?P?|EHCP|plan|document)\s+)?(?:status(?: of (?:the )?plan)?|plan type|type of plan|this plan is|version)[ \t]*(?:[:\-–|\t][ \t]*|\s+)|(?<![\w])(?:(?:EHC ?P?|EHCP|plan|document)\s+)?(?:status(?: of (?:the )?plan)?|plan type|type of plan|this plan is)[ \t]*[:\-–|\t][ \t]*)(?:a |an |the )?(draft|final|amended|proposed|agreed|issued|interim)\b/i;
// A title or running header: "DRAFT Education, Health and Care Plan", "EHC Plan (Final)",
// "EHC Plan – Final", "Final EHC Plan", "Amended Education, Health and Care Plan".
const PLAN_NAME = String.raw`(?:education,?\s+health\s+(?:and|&)\s+care(?:\s+\(EHC\))?\s+plan|EHC\s?P\b|EHCP\b|EHC\s+plan)`;
const TITLE_STATUS = new RegExp(String.raw`^[\W_]*(?:(draft|final|amended|proposed)\s+(?:(?:draft|amended|final)\s+)?${PLAN_NAME}|${PLAN_NAME}[^\n]{0,30}?(?:[(\[]\s*|[–—\-:|]\s*)(draft|final|amended|proposed)\b)`, 'i');
// "This is a draft plan", "This plan is a draft", the notice of the right to make representations (CFA s38).
const DRAFT_NOTICE = /\bthis (?:is (?:a|your|my|our) |plan is (?:a |in )?|document is a )draft\b|\bthis draft (?:plan )?(?:does not|will not|must not|is)\b|\b(?:you have|within|tell us within) 15 (?:calendar )?days\b[^.\n]{0,120}\b(?:views|representations|tell us|school|setting|comments|agree)\b|\bdraft (?:plan )?for consultation\b/i;
const FINAL_DATED = new RegExp(String.raw`\b(?:date (?:of )?(?:the )?final (?:plan|EHC ?P?)|final (?:plan|EHC ?P?) (?:issued|date|dated)|date (?:plan )?finali[sz]ed|date issued as final|finali[sz]ed on)\s*[:\-–|\t,]?\s*(?:on\s+)?${DATE}`, 'i');

// A short line or table cell that states the status in its own words: "Final plan, issued 2 February
// 2026", "This is my | Final plan", "Version: Draft 2", "Amended plan (issued 3 May 2026)". The cell
// must start with the status word (after an optional label) and the word must be followed by a plan
// noun, a number or a date, or the end after a label: prose about drafts ("Draft plans are sent…",
// "the final year") does not qualify. A draft that was "issued"/"sent" is history, not a status.
const CELL_LABEL = String.raw`(?:this (?:is|was) (?:my|your|our|the|a|an)|this (?:plan|document) is(?: (?:a|an|the|my|your))?|(?:(?:EHC ?P?|EHCP|plan|document)\s+)?(?:status|version|stage|type)(?: of (?:the )?(?:plan|document))?\s*[:\-–]?)`;
const STATUS_CELL = new RegExp(String.raw`^(${CELL_LABEL}\s+)?(?:(?:a|an|the|my|your|our) )?(draft|final|amended|proposed|interim)(?![\w-])((?:\s+(?:(?:amended|draft|final|proposed)\s+)?(?:(?:EHC ?P|EHCP|education,? health (?:and|&) care)\s+)?(?:plan|version|copy|document|EHC ?P|EHCP)(?![\w])|\s*\(?\s*for consultation\b)?)(?=\s*(?:$|[,.;:()\[\]–—-]|\d|(?:issued|dated|agreed|sent|published|finali[sz]ed|signed)\b))([^\n]{0,60})$`, 'i');

// The status word last, after a version or a plain statement: "Version 2 (final)", "Version 1 – draft",
// "This plan is now final.", "Issued as final on 3 March 2026", "Consultation draft".
const STATUS_TAIL = /^(?:(?:this (?:plan|document) is(?: now)?|(?:issued|agreed|approved|confirmed) as(?: a| the)?|version \d{1,2}(?:\.\d{1,2})?|v\d{1,2}(?:\.\d{1,2})?|consultation|(?:EHC ?P|EHCP|plan|document)(?: is(?: now)?)?)\s*[(\[–—:-]?\s*)(draft|final|amended|proposed)(?:\s*[)\]])?(?:\s*[.,;]?\s*$|\s+(?:on|from|dated)\s+\d[^\n]{0,30}$)/i;
// A tick box beside a status word: "Draft ☐ Final ☒", "☐ Draft ☑ Final", "[x] Draft", "Final ✓".
// A cell that starts with a box puts its boxes before the words; otherwise after.
const TICK = String.raw`(?:[☒☑✔✓✅]|\[\s*[xX✓]\s*\])`;
const TICK_BEFORE = new RegExp(String.raw`${TICK}\s*(draft|final|amended|proposed)\b`, 'i');
const TICK_AFTER = new RegExp(String.raw`\b(draft|final|amended|proposed)\s*${TICK}`, 'i');
const BOX_FIRST = /^(?:[☐☒☑✔✓✅□]|\[\s*[xX✓]?\s*\])/;

function statusFromCells(head: string): { draft: number; final: number } {
  let draft = 0;
  let final = 0;
  for (const line of head.split('\n')) {
    if (line.length > 200) continue;
    for (const raw of line.split(/\t|\s\|\s|\|/)) {
      const cell = raw.trim();
      if (cell.length < 5 || cell.length > 70) continue;
      const tick = (BOX_FIRST.test(cell) ? TICK_BEFORE : TICK_AFTER).exec(cell);
      const tail = tick ? null : STATUS_TAIL.exec(cell);
      if (tick || tail) {
        const w = (tick ?? tail!)[1].toLowerCase();
        if (w === 'draft' || w === 'proposed') draft += 2;
        else final += 2;
        continue;
      }
      const m = STATUS_CELL.exec(cell);
      if (!m) continue;
      const [, label, word, noun, rest] = m;
      const dated = /\d/.test(rest);
      // "Final plan issued" with no date is a label waiting for its value; a bare "Final" needs a label.
      if (!label && !noun && !dated) continue;
      if (/^\s*[,(]?\s*(?:issued|dated|agreed|sent|published|finali[sz]ed|signed)\b/i.test(rest) && !dated) continue;
      const w = word.toLowerCase();
      // A draft's date ("Draft: 3 Feb 2026") may be history beside the final's: it weighs less.
      if (w === 'draft' || w === 'proposed') {
        if (!/^\s*[,(]?\s*(?:issued|sent|dated|published)\b/i.test(rest)) draft += new RegExp(DATE).test(rest) ? 1 : 2;
      } else final += 2;
    }
  }
  return { draft, final };
}

export function readStatus(text: string): 'draft' | 'final' | 'unknown' {
  const head = text.slice(0, 6000);
  const field = STATUS_FIELD.exec(head);
  if (field) return /draft|proposed/i.test(field[1]) ? 'draft' : 'final';
  // Titles and running headers: short lines that name the plan. Prose ("the draft was sent on …")
  // and "final" in "final year" are not titles.
  let { draft, final } = statusFromCells(head);
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const l = line.trim();
    if (!l || l.length > 120) return;
    const t = TITLE_STATUS.exec(l);
    if (t && (i < 60 || l.length < 80)) {
      const w = (t[1] ?? t[2]).toLowerCase();
      if (w === 'draft' || w === 'proposed') draft += 2;
      else final += 2;
    }
    // A "DRAFT" watermark or header line: the word alone, spaced out, or leading a short line.
    if (/^D\s?R\s?A\s?F\s?T(?:\s*$|\s*[–—\-:|(]|\s+(?:EHC|EDUCATION|COPY|VERSION|FOR CONSULTATION|ONLY|PLAN\s*$))/.test(l) && (l.length <= 80 || i < 10)) draft += 2;
  });
  // A watermark the PDF text ran into a line: "DRAFT" in capitals anywhere, but not a date label ("DATE DRAFT ISSUED").
  if (draft === 0 && /(?<![\w])(?<!DATE |OF )DRAFT(?![\w])(?!\s*(?:PLAN\s+|EHCP?\s+)?(?:ISSUED|SENT|DATE|ISSUE))/.test(text)) draft += 2;
  if (DRAFT_NOTICE.test(head)) draft += 2;
  if (FINAL_DATED.test(head)) final += 2;
  if (new RegExp(String.raw`\bthis is (?:your|the|a|my|our) final (?:${PLAN_NAME}|plan)`, 'i').test(head)) final += 2;
  const dated = findPlanDate(text);
  if (dated?.final) final += 1;
  if (/\b(?:date (?:of )?(?:the )?draft(?: plan| EHC ?P?)?|date draft (?:plan )?(?:issued|sent)|draft (?:plan )?(?:issued|sent))\s*[:\-–|\t]?\s*(?:\d|\[)/i.test(head)) draft += 1;
  // "DATE OF FINAL PLAN:" is a field's label, final only with a date after it (FINAL_DATED).
  if (/(?<![\w])(?<!DATE OF (?:THE )?)FINAL(?![\w])(?! (?:YEAR|TERM|EXAM|REVIEW))/.test(head) && !/(?<![\w])FINAL\s+(?:YEAR|TERM|EXAM)/.test(head)) final += 1;
  if (draft === 0 && final === 0) return 'unknown';
  return draft > final ? 'draft' : final > draft ? 'final' : 'draft';
}

export function readPlan(doc: StructuredDocument, rubric: Rubric): PlanReading {
  const text = doc.text;
  const head = text.slice(0, 4000);
  const dated = findPlanDate(text, rubric);
  const status = readStatus(text);
  const planDate = dated?.date ?? null;
  const dob = /(?:date of birth|d\.?o\.?b\.?|born)\s*[:\-–|]?\s*([^\n\t]{6,30})/i.exec(head);
  const birth = dob ? parseDate(dob[1], rubric) : null;
  let age: number | null = null;
  if (birth && planDate) {
    age = planDate.getUTCFullYear() - birth.getUTCFullYear() - (planDate.getUTCMonth() < birth.getUTCMonth() || (planDate.getUTCMonth() === birth.getUTCMonth() && planDate.getUTCDate() < birth.getUTCDate()) ? 1 : 0);
  }
  // An age the plan states: "Age | 19", "Date of birth 22/10/2006 (age 19)", "aged 15".
  const stated = /(?:^|[\n\t|(])\s*(?:age|aged|current age)(?: at [^:\n|\t]{0,25})?\s*[:\-–|\t]?\s*(\d{1,2})(?:\s*(?:years?|yrs?))?(?![\d/])/i.exec(head) ?? /\b(?:aged?|is) (\d{1,2}) years? old\b/i.exec(head);
  if (age === null && stated) age = Number(stated[1]);
  return { status, yearGroup: readYearGroup(text), derivedYear: yearFromBirth(birth, planDate), age, planDate };
}

function readYearGroup(text: string): number | null {
  const head = text.slice(0, 8000);
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
  const fields = [
    /(?:N\.?C\.?\s*year|NCY|national curriculum year|year group|school year|current (?:school )?year(?: group)?|curriculum year|year of study|academic year group|year\/class|class\/year)\s*(?:group)?\s*[:\-–|\t]?\s*(?:year\s*|yr\.?\s*|y)?(\d{1,2}(?![\d/])|R\b|reception|nursery|fs[12]\b)/gi,
    /(?:^|\n)[ \t]*(?:year|yr|class)[ \t]*(?:[:\-–|\t][ \t]*)+(?:year\s*|yr\.?\s*|y)(\d{1,2}|R\b|reception|nursery)\b/gi,
    /(?:^|\n)[ \t]*(?:year|yr)[ \t]*(?:[:\-–|\t][ \t]*)+(\d{1,2}|R|reception|nursery)\b(?![\d/])/gi,
    // The school field's value ends with the year: "Education setting | St Aidan's Primary School, Year 4".
    /(?:education setting|current (?:school|setting)|school|setting)\b[^\n.]{0,80}?(?:,|\(|–|—)\s*(?:year|yr|Y)\s?(\d{1,2}|R)\b(?!\s*(?:and|to|-|–))/gi,
  ];
  for (const re of fields) {
    for (const m of head.matchAll(re)) {
      const y = toYear(m[1]);
      if (y !== null) return y;
    }
  }
  // Prose: "Amara is in Year 4", "currently attending Year 10", "a Year 9 pupil", "in Y10 at Oak School".
  const inYear = /\b(?:(?:is|are|currently|now|who is|he is|she is|they are)\s+(?:in|attending|a)\s+|in\s+(?=(?:year|Y)\s?\d{1,2}\s+(?:at|of)\s+[A-Z]))(?:year|Y)\s?(\d{1,2})\b(?! (?:and|to|-))|\b(?:is|currently) in (reception|nursery)\b|\b(?:a |an )(?:Y|Yr|Year)\s?(\d{1,2}) (?:pupil|student|learner|child)\b/i.exec(head);
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

const NOTHING = /^\s*(?:n\/?a|none(?: (?:identified|known|required|needed|at (?:this|present|the moment)(?: time)?|currently))?|nil|not applicable|no\b[^.]{0,60}\b(?:identified|required|needed|at this time|currently|known)|there (?:are|is) no\b[^.]{0,60}|[-–]+)\.?\s*$/i;

export function hasContent(text: string): boolean {
  const t = text.trim();
  if (t.length < 12) return false;
  return !t.split('\n').every((line) => NOTHING.test(line) || line.trim() === '');
}

// ---------------------------------------------------------------- needs in C and D, provision in G and H (§8)

// Page furniture and echoes of the heading: not what the section says.
const FURNITURE = /^(?:\d{1,3}|page \d+(?: of \d+)?|official(?:[ -]+sensitive)?|[-–—•*]+|\(?(?:section|part) \w{1,2}\)?|(?:which|that) relates? to\b.*|(?:this section|the following)\b.*(?:sets out|describes|records|lists)\b.*|.*\b(?:DOB|D\.O\.B\.|date of birth)\s*[:|\t].*)$/i;
// A heading's words repeated under it: "Health needs", "Social care provision (CSDPA 1970)".
const TITLE_ECHO = /^(?:(?:my |the child'?s |the young person'?s )?(?:health(?:care)?|social care|care)(?: needs?| provision| support| help)?(?: (?:related|relating) to [^.]{0,60})?(?:\s*\([^)]{0,60}\))?|(?:other|any other) social care provision.*|social care provision (?:under|made under|for).*|health provision reasonably required.*)[.:]?$/i;

// "None", "No health needs identified", "I do not have any health needs", "Evie's family receive no
// social care", "None related to her SEN", "Not known to social care".
const NO_NEED = /^(?:n\/?a|nil|none\b.*|not applicable.*|not known\b.*|no\b.*|there (?:are|is) no\b.*)$|\b(?:no|not|none|nil|nor|never|no longer|without)\b[^.;]{0,50}?\b(?:needs|need for|concerns?|involvement|social care|social services|social worker|care package|(?:health|medical) (?:conditions?|issues|problems|difficulties|needs))\b|\b(?:does|do|did)(?: not|n['’]t) (?:have|need|require|receive)\b(?![^.;]{0,40}\b(?:help|support|prompt|reminder)s?\b)|\b(?:has|have) not (?:been )?(?:requested|identified|referred|assessed as having)\b|\b(?:met|managed) (?:by|through|within) (?:universal|routine|general|mainstream)\b|\b(?:is|are) (?:a )?(?:fit and )?(?:healthy|well)\b|\bin good (?:general )?health\b|\b(?:within normal limits|normal range|unremarkable)\b/i;
// Something in the past only: "She was seen once by the OT service in 2025."
const HISTORY_ONLY = /\b(?:was|were|previously|formerly|discharged|no longer|in the past)\b/i;
const PRESENT = /\b(?:has|have|is|are|takes?|needs?|uses?|wears?|sees?|attends?|receives?|requires?|remains?|continues?|lives?|cares?|experiences?|suffers?|gets?|becomes?|finds?|struggles?)\b/i;
// What a need sentence says: a condition, care, treatment (C); help, care or a social care status (D).
const HEALTH_NEED = /\b(?:has|have|had|is|are|needs?|requires?|takes?|uses?|wears?|sees?|attends?|receives?|experiences?|suffers?|known to|under the care|diagnos\w*|managed|prescribed|referred|condition|disorder|syndrome|disease|impairment|allerg\w*|epilepsy|seizures?|asthma|diabetes|palsy|medication|medicine|tablets?|inhaler|anxiety|depression|pain|fatigue|loss|deaf\w*|blind\w*)\b/i;
const SOCIAL_NEED = /\b(?:needs?|requires?|support|help|social worker|child in need|CIN|child protection|looked[- ]after|in care|foster\w*|special guardianship|kinship|short breaks?|respite|personal care|carers?|care package|direct payments?|early help|family support|eligible|section (?:17|20)|children act|safeguarding|isolated|adaptations?|assessed)\b/i;

function sentencesOf(doc: StructuredDocument, s: FoundSection | undefined): string[] {
  if (!s) return [];
  const out: string[] = [];
  for (const u of contentUnits(s)) {
    const text = blankPlaceholders(doc.text.slice(u.start, u.end));
    // Clauses: "X has not been assessed, but her mother needs short breaks" holds a need.
    for (const line of text.split(/\n|\t|;\s+|,?\s+but\s+/)) for (const sp of splitSentences(line)) out.push(line.slice(sp.start, sp.end).trim());
  }
  return out.filter((x) => x && !FURNITURE.test(x) && !TITLE_ECHO.test(x));
}

/** Section C or D describes a need: some sentence says one, rather than "none", a history line or furniture. */
export function describesNeed(sentences: string[], signal: RegExp): boolean {
  return sentences.some((x) => {
    const t = x.replace(/^[•*\-–]\s*/, '').replace(/^\([^)]{0,60}\)\s*/, '');
    if (t.split(/\s+/).length < 2 && !signal.test(t)) return false;
    if (NO_NEED.test(t)) return false;
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
          if (/\bwill\b/i.test(sentence) && j.preparingForAdulthood && !j.isProvision && !j.aspiration && !/\b(?:hopes?|wants?|wish(?:es)?|would like)\b/i.test(sentence)) return true;
        }
      }
    }
  }
  return false;
}

// "None", "N/A", "No provision identified at this time", "See Section F", "Not applicable – see H2".
const NO_PROVISION = /^(?:n\/?a\b|nil\b|none\b|not (?:applicable|required|needed|currently)\b|no\b|there (?:are|is) no\b|(?:please )?(?:see|refer to|as (?:set out|detailed|described) in|included in|covered (?:in|by)|provided (?:in|under)) (?:the )?(?:section|part|sections|appendix|appendices)\b|to be (?:confirmed|determined|agreed)\b|tbc\b|[-–—]+$)/i;

/** G, H1 or H2 holds provision: a statement or sentence there that is not "none", a pointer elsewhere, a lead-in or furniture. */
export function holdsProvision(texts: string[]): boolean {
  return texts.some((x) => {
    const t = x.trim().replace(/^[•*\-–]\s*/, '').replace(/^\([^)]{0,60}\)\s*/, '');
    if (!t || FURNITURE.test(t) || TITLE_ECHO.test(t) || /:$/.test(t)) return false;
    return !NO_PROVISION.test(t) && /[a-z]{3}/i.test(t) && t.split(/\s+/).length >= 2;
  });
}

// A named institution: capitalised words ending in a kind of place ("Oakfield Primary School").
const INSTITUTION = /\b(?:[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and|&))*\s+(?:School|Academy|College|Primary|Secondary|High|Nursery|Infants?|Juniors?|Centre|Center|Unit|Provision|Trust|Campus|Institute|Federation|Pre-?[Ss]chool|Playgroup)\b)/;
// A type of institution, named alone (reg 12(1)(i) allows the type only).
const INSTITUTION_TYPE = /\b(?:(?:mainstream|special|specialist|independent|maintained|non-maintained|residential|day|post-16|post-19|further education)\s+(?:(?:mainstream|special|specialist|primary|secondary|day|residential|boarding|infant|junior)\s+)?(?:school|academy|college|provision|setting|placement|institution|unit)|(?:^|[:|\t]\s*)mainstream(?:\s+(?:primary|secondary))?\s*\.?$|resourced provision|resource base|enhanced resource|additionally resourced|ARP|pupil referral unit|PRU|alternative provision|further education college|sixth form|home education|EOTAS|education otherwise than (?:at|in) (?:a )?school|early years setting|day nursery|pre-?school)\b/im;
const BLANK_PLACEMENT = /(?:to be (?:confirmed|named|agreed|decided|determined|completed)|\bTBC\b|will be (?:named|confirmed|completed|added|decided|agreed|included)|left blank|not (?:be )?named|final plan|when the plan is final|once (?:the plan is|consultation)|following consultation|awaiting|blank in (?:a|the) draft|section I is|this section)/i;
// "Secondary school" names a type when it is the whole entry ("Type: Secondary school"), not inside prose.
const SHORT_TYPE = /^(?:[\w ]{0,30}[:|\t-]\s*)?(?:a |an )?(?:state |faith |church |grammar |free |community |all-through )?(?:primary|secondary|infant|junior|first|middle|high)\s+(?:school|academy)\.?$/i;
// "(to be confirmed after consultation)" after a type still names the type: a draft must name none (CFA s38(5)).
const HEDGE_AFTER = /\s*(?:[(\[]\s*|[,;–—-]\s*)(?:to be (?:confirmed|agreed|decided)|TBC|subject to consultation|(?:following|after|pending) consultation)[^)\]\n]*[)\]]?/gi;
export function placementNamed(text: string): boolean {
  const lines = text.split(/\n|(?<=\.)\s+/).map((l) => l.replace(HEDGE_AFTER, '')).filter((l) => l.trim() && !BLANK_PLACEMENT.test(l));
  return lines.some((l) => INSTITUTION.test(l) || INSTITUTION_TYPE.test(l.trim()) || SHORT_TYPE.test(l.trim()));
}

export function runChecks(doc: StructuredDocument, rubric: Rubric, sections: Map<SectionKey, FoundSection>, plan: PlanReading, provisions: Statement[], pfaOutcome: boolean): { checks: Checks; checkAt: Partial<Record<keyof Checks, CheckSpan>> } {
  const therapy = compileRubric(rubric).therapy;
  const txt = (k: SectionKey) => sectionText(doc, sections.get(k));
  const provIn = (keys: SectionKey[]) => provisions.filter((p) => keys.includes(p.section));
  // A check about a section is reported on its heading; with no such section, on the plan as a whole.
  const heading = (k: SectionKey | null): CheckSpan => {
    const s = k ? sections.get(k) : undefined;
    return { section: s ? k : null, start: s?.start ?? 0, end: s ? Math.min(s.end, s.start + Math.max(1, s.title.length)) : 0 };
  };

  const provided = (keys: SectionKey[]) => holdsProvision([...provIn(keys).map((p) => p.text), ...keys.flatMap((k) => sentencesOf(doc, sections.get(k)))]);
  const healthNeedsWithoutProvision = describesNeed(sentencesOf(doc, sections.get('C')), HEALTH_NEED) && !provided(['G']);
  const socialCareNeedsWithoutProvision = describesNeed(sentencesOf(doc, sections.get('D')), SOCIAL_NEED) && !provided(['H1', 'H2']);
  // §5: Year 9 or above, or 14 or over at the plan date; a key stage alone counts from its lowest year.
  const ks = plan.yearGroup === null ? keyStageFloor(doc.text) : null;
  const year = plan.yearGroup ?? plan.derivedYear;
  const older = (year !== null && year >= 9) || (plan.age !== null && plan.age >= 14) || (ks !== null && ks >= 9);
  const preparingForAdulthoodMissing = older && !pfaOutcome && !pfaOutcomeOutsideE(doc, rubric, sections);
  const therapyOutside = provIn(['G', 'H1', 'H2']).some((p) => therapy.test(p.text) && !/\b(?:discharged|not (?:currently )?(?:required|needed|receiving))\b/i.test(p.text));
  const therapyInF = provIn(['F']).some((p) => therapy.test(p.text)) || therapy.test(txt('F'));
  const therapyOnlyInHealth = therapyOutside && !therapyInF;
  const iText = txt('I');
  const named = placementNamed(iText);
  const placementInDraft = plan.status === 'draft' && named;
  const placementMissing = plan.status === 'final' && !named;
  const statementWording = hasStatementWording(doc);

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
    const m = STATEMENT_WORDING.exec(doc.text);
    checkAt.statementWording = { section: null, start: m?.index ?? 0, end: (m?.index ?? 0) + (m?.[0].length ?? 0) };
  }
  return {
    checks: { healthNeedsWithoutProvision, socialCareNeedsWithoutProvision, preparingForAdulthoodMissing, therapyOnlyInHealth, placementInDraft, placementMissing, statementWording },
    checkAt,
  };
}

const STATEMENT_WORDING = /(?:^|\n)\s*part (?:2|3|4|5|6|ii|iii|iv)\b[^\n]{0,80}|\b(?:this|the) statement (?:of special educational needs?|sets out|will|is|describes)|\bstatement of special educational needs?\b/gi;
const HISTORY = /\b(?:had|has had|previously|formerly|until|transferred|transfer(?:red)? from|converted|conversion|prior to|was issued|issued in|in (?:19|20)\d\d|before (?:19|20)\d\d|replaced|old|in place of|instead of)\b/i;
// A plan numbered in parts beyond a statement's six, or with a part for outcomes, health, social care,
// a budget or advice, is an EHC plan's own numbering ("Part 5 Outcomes", "Part 11 Advice").
const EHCP_PARTS = /(?:^|\n)\s*part (?:[7-9]|1[0-2]|vii|viii|ix|xi|xii)\b|(?:^|\n)\s*part \d{1,2}\s*[:.\-–—]?\s*(?:(?:my |the )?outcomes|(?:my )?health|social care|personal budget|advice)/i;

function hasStatementWording(doc: StructuredDocument): boolean {
  STATEMENT_WORDING.lastIndex = 0;
  let m: RegExpExecArray | null;
  const parts = new Set<string>();
  let statementSelf = false;
  const ehcpParts = EHCP_PARTS.test(doc.text);
  while ((m = STATEMENT_WORDING.exec(doc.text))) {
    const lineStart = doc.text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = doc.text.indexOf('\n', m.index + 1);
    const line = doc.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    if (HISTORY.test(line)) continue;
    const part = /part (\w+)/i.exec(m[0]);
    if (part && /^\s*part/i.test(m[0].replace(/^\n/, ''))) {
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
export function unfilledTemplate(doc: StructuredDocument, sections: Map<SectionKey, FoundSection>): { empty: number; total: number } | null {
  const filledUnits = (s: FoundSection | undefined) => (s ? contentUnits(s).filter((u) => !u.subheading && hasContent(blankPlaceholders(u.text))).length : 0);
  if ((['B', 'E', 'F'] as SectionKey[]).some((k) => filledUnits(sections.get(k)) > 0)) return null;
  const placeholders = placeholderFields(doc).length;
  let emptySections = 0;
  let filled = 0;
  const all = new Set(sections.values());
  for (const s of all) {
    // Outside the core a short line is content ("Oak Primary School").
    const n = contentUnits(s).filter((u) => hasContent(blankPlaceholders(u.text)) || (u.subheading && u.text.trim().length >= 3)).length;
    filled += n;
    if (n === 0 && !placeholderPattern().test(doc.text.slice(s.start, s.end))) emptySections++;
  }
  const empty = placeholders + emptySections;
  // A form: placeholders, or most of a whole set of sections with nothing under their headings.
  if (placeholders < 3 && !(all.size >= 6 && emptySections * 2 > all.size)) return null;
  return { empty, total: empty + filled };
}

export function hasPlanDate(doc: StructuredDocument): boolean {
  return findPlanDate(doc.text) !== null || /\b(?:date (?:of )?(?:plan|issue)|issued)\b[^\n]{0,20}\b(?:19|20)\d\d\b/i.test(doc.text.slice(0, 6000));
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
export function threadBreaks(sections: ReadonlyMap<SectionKey, FoundSection>, provisions: readonly Statement[], outcomes: readonly Statement[]): Record<'needs' | 'outcomes' | 'provisions', { section: SectionKey; start: number; end: number }[]> {
  const needs = new Map<number, { section: SectionKey; start: number; end: number }>();
  for (const key of NEED_KEYS) {
    const s = sections.get(key);
    if (!s) continue;
    for (const u of contentUnits(s)) if (u.row !== undefined && !needs.has(u.row) && hasContent(blankPlaceholders(u.text))) needs.set(u.row, { section: key, start: u.start, end: u.end });
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
export function sectionsWithoutStatements(doc: StructuredDocument, sections: ReadonlyMap<SectionKey, FoundSection>, provisions: readonly Statement[], outcomes: readonly Statement[]): { section: SectionKey; start: number; end: number }[] {
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
    const text = contentUnits(s).find((u) => !u.subheading && hasContent(blankPlaceholders(doc.text.slice(u.start, u.end))));
    if (!text) continue;
    out.push({ section: key, start: text.start, end: text.end });
  }
  return out;
}
