// Deadlines, cited: the statutory dates a family or adviser needs, computed from dates in the
// documents and explained with the law they come from. One engine: the report, the web page's
// draft-comments box and the letter all word and count deadlines through here.
// Calendar arithmetic in UTC on date-only values (no daylight-saving shifts).
import type { StructuredDocument } from '../../ingest/src/document.ts';
import { parseDate } from './plan-checks.ts';
import { loadRubric, type Rubric } from './rubric.ts';
import { fill } from './findings.ts';

export type DeadlineKind = 'draftRepresentations' | 'amendmentRepresentations' | 'finalPlan' | 'reviewDecision' | 'amendedFinal' | 'phaseTransfer';

export interface Deadline {
  kind: DeadlineKind;
  /** The date the deadline counts from, as YYYY-MM-DD. */
  from: string;
  /** What that date is, in plain words ("the draft plan was issued"). */
  fromWhat: string;
  /** The last day, as YYYY-MM-DD. */
  due: string;
  /** How the date is counted and what must happen by it, in plain English. */
  explanation: string;
  reference: string;
  /** Where the starting date was found in the document (offsets into its text), when it was. */
  start?: number;
  end?: number;
}

/** Days to make representations on a draft plan or on proposed amendments. */
export const REPRESENTATION_DAYS = 15;
export const FINAL_PLAN_WEEKS = 20;
export const REVIEW_DECISION_WEEKS = 4;
export const AMENDED_FINAL_WEEKS = 8;

/** A deadline's references and words: the rubric's `references` and `deadlines` (the default rubric's when none is given). */
type References = Pick<Rubric, 'references' | 'deadlines'>;
const refs = (rubric?: References) => (rubric ?? loadRubric()).references;
const said = (rubric?: References) => (rubric ?? loadRubric()).deadlines;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const utcDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** "Tuesday 3 March 2026". */
export const longDay = (d: Date) => `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

function plusDays(d: Date, n: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n));
}

/**
 * The last day of a period of `days` days "beginning with" `day`: that day is day 1, so the last
 * day is days - 1 later (15 days beginning with Tuesday 3 March end on Tuesday 17 March).
 */
export function lastDayBeginningWith(day: Date, days: number): Date {
  return plusDays(day, days - 1);
}

/** "Within N weeks of" a date: the same weekday N weeks later. */
export function weeksAfter(day: Date, weeks: number): Date {
  return plusDays(day, weeks * 7);
}

// ---------------------------------------------------------------- one deadline each


/**
 * The last day for representations on a draft plan or on proposed amendments: at least 15 days
 * beginning with the day it was served. `fromWhat` replaces the words for the starting date when it
 * is not the day of service itself (a draft's own date, when the day it was sent is not known).
 */
export function representations(kind: 'draftRepresentations' | 'amendmentRepresentations', served: Date, fromWhat?: string, rubric?: References): Deadline {
  const due = lastDayBeginningWith(served, REPRESENTATION_DAYS);
  const words = said(rubric);
  const caveat = fromWhat ? fill(words.explanation.countedFrom, { from: fromWhat }) : '';
  return { kind, from: isoDay(served), fromWhat: fromWhat ?? words.fromWhat[kind], due: isoDay(due), explanation: fill(words.explanation[kind], { days: String(REPRESENTATION_DAYS), due: longDay(due) }) + caveat, reference: refs(rubric)[kind] };
}

export function finalPlan(requested: Date, rubric?: References): Deadline {
  return weeksAfterDeadline('finalPlan', requested, FINAL_PLAN_WEEKS, rubric);
}

export function reviewDecision(meeting: Date, rubric?: References): Deadline {
  return weeksAfterDeadline('reviewDecision', meeting, REVIEW_DECISION_WEEKS, rubric);
}

export function amendedFinal(amendmentNotice: Date, rubric?: References): Deadline {
  return weeksAfterDeadline('amendedFinal', amendmentNotice, AMENDED_FINAL_WEEKS, rubric);
}

/** A deadline a whole number of weeks after the day it runs from. */
function weeksAfterDeadline(kind: 'finalPlan' | 'reviewDecision' | 'amendedFinal', from: Date, weeks: number, rubric?: References): Deadline {
  const due = weeksAfter(from, weeks);
  const words = said(rubric);
  return {
    kind,
    from: isoDay(from),
    fromWhat: words.fromWhat[kind],
    due: isoDay(due),
    explanation: fill(words.explanation[kind], { weeks: String(weeks), due: longDay(due) }),
    reference: refs(rubric)[kind],
  };
}

/**
 * A transfer between phases (into primary, junior, secondary or post-16) in September of
 * `transferYear`: the plan must be reviewed and amended, naming the new school, by 15 February of
 * that year, or by 31 March for a move from secondary school into post-16 education.
 */
export function phaseTransfer(transferYear: number, intoPost16: boolean, basis: Date | null = null, rubric?: References): Deadline {
  const due = intoPost16 ? utcDate(transferYear, 3, 31) : utcDate(transferYear, 2, 15);
  return {
    kind: 'phaseTransfer',
    from: isoDay(basis ?? utcDate(transferYear, 9, 1)),
    fromWhat: basis ? said(rubric).fromWhat.phaseTransferDated : fill(said(rubric).fromWhat.phaseTransfer, { year: String(transferYear) }),
    due: isoDay(due),
    explanation: fill(said(rubric).explanation[intoPost16 ? 'phaseTransferPost16' : 'phaseTransfer'], { year: String(transferYear), due: longDay(due) }) + (basis && basis > due ? said(rubric).explanation.transferBeforePlan : ''),
    reference: refs(rubric).phaseTransfer,
  };
}

// ---------------------------------------------------------------- dates found in a document

const DATE_TEXT = String.raw`\d{1,2}(?:st|nd|rd|th)?[ /.\-](?:\d{1,2}|[A-Za-z]{3,9})[ /.\-,]+\d{2,4}`;
const CUES: { kind: 'draft' | 'amendment' | 'request' | 'review'; re: RegExp }[] = [
  { kind: 'draft', re: new RegExp(String.raw`\b(?:date (?:of )?(?:the )?draft(?: plan)?(?: (?:issued|sent))?|draft (?:plan )?(?:issued|sent|dated)(?: on)?|date draft (?:plan )?(?:issued|sent))\s*[:\-–|\t,]?\s*(?:on\s+)?(${DATE_TEXT})`, 'gi') },
  { kind: 'amendment', re: new RegExp(String.raw`\b(?:(?:date of (?:the )?)?(?:amendment notice|notice of (?:proposed )?amendments?|proposed amendments?)(?: (?:issued|sent|dated))?(?: on)?)\s*[:\-–|\t,]?\s*(?:on\s+)?(${DATE_TEXT})`, 'gi') },
  { kind: 'request', re: new RegExp(String.raw`\b(?:(?:date (?:of )?(?:the )?)?request (?:for (?:an )?(?:EHC ?(?:needs )?)?assessment )?(?:was )?(?:received|made|date)(?: on)?|date (?:of )?(?:the )?request(?: for (?:an )?(?:EHC (?:needs )?)?assessment)?)\s*[:\-–|\t,]?\s*(?:on\s+)?(${DATE_TEXT})`, 'gi') },
  { kind: 'review', re: new RegExp(String.raw`\b(?:(?:date of (?:the )?)?(?:last |most recent )?annual review(?: meeting)?(?: (?:held|date|took place))?(?: on)?|review meeting (?:held )?(?:on)?)\s*[:\-–|\t,]?\s*(?:on\s+)?(${DATE_TEXT})`, 'gi') },
];

export interface DeadlineContext {
  status: 'draft' | 'final' | 'unknown';
  yearGroup: number | null;
  planDate: Date | null;
}

/** Every deadline the document's own dates allow, each with where its date was found. */
export function deadlinesFromDocument(doc: Pick<StructuredDocument, 'text'>, ctx: DeadlineContext, rubric?: References): Deadline[] {
  const out: Deadline[] = [];
  const seen = new Set<string>();
  const push = (d: Deadline, start?: number, end?: number) => {
    const key = `${d.kind}:${d.from}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(start === undefined ? d : { ...d, start, end });
  };
  const head = doc.text.slice(0, 8000);
  for (const { kind, re } of CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(head))) {
      const date = parseDate(m[1]);
      if (!date) continue;
      const start = m.index + m[0].lastIndexOf(m[1]);
      const end = start + m[1].length;
      if (kind === 'draft' && ctx.status !== 'final') push(representations('draftRepresentations', date, undefined, rubric), start, end);
      else if (kind === 'amendment') {
        push(representations('amendmentRepresentations', date, undefined, rubric), start, end);
        push(amendedFinal(date, rubric), start, end);
      } else if (kind === 'request') push(finalPlan(date, rubric), start, end);
      else if (kind === 'review') push(reviewDecision(date, rubric), start, end);
    }
  }
  // Phase transfer: Year 6 into secondary, Year 11 into post-16, Reception from nursery (the year
  // group is the one the plan is dated in; the transfer is the following September).
  if (ctx.planDate && ctx.yearGroup !== null && [-1, 6, 11].includes(ctx.yearGroup)) {
    const academicStart = ctx.planDate.getUTCMonth() >= 8 ? ctx.planDate.getUTCFullYear() : ctx.planDate.getUTCFullYear() - 1;
    push(phaseTransfer(academicStart + 1, ctx.yearGroup === 11, ctx.planDate, rubric));
  }
  return out.sort((a, b) => a.due.localeCompare(b.due));
}
