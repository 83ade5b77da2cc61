// Deadlines, cited: the statutory dates a family or adviser needs, computed from dates in the
// documents and explained with the law they come from. One engine: the report, the web page's
// draft-comments box and the letter all word and count deadlines through here.
// Calendar arithmetic in UTC on date-only values (no daylight-saving shifts).
import type { StructuredDocument } from '../../ingest/src/document.ts';
import { parseDate } from './plan-checks.ts';
import { loadRubric, type Rubric } from './rubric.ts';

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

/** The references a deadline cites: the rubric's `references` (the default rubric's when none is given). */
type References = Pick<Rubric, 'references'>;
const refs = (rubric?: References) => (rubric ?? loadRubric()).references;

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

const REPRESENTED: Record<'draftRepresentations' | 'amendmentRepresentations', { fromWhat: string; explain: (due: Date) => string }> = {
  draftRepresentations: {
    fromWhat: 'the draft plan was sent (served)',
    explain: (due) => `You have at least ${REPRESENTATION_DAYS} days to comment on the draft plan and to ask for a particular school or college to be named. The day it was sent counts as day 1, so the last day is ${longDay(due)}. Weekends and bank holidays count. If the local authority's letter gives a later date, that date applies.`,
  },
  amendmentRepresentations: {
    fromWhat: 'the proposed amendments were sent (served)',
    explain: (due) => `You have at least ${REPRESENTATION_DAYS} days to comment on the proposed amendments and to ask for a particular school or college. The day they were sent counts as day 1, so the last day is ${longDay(due)}.`,
  },
};

/**
 * The last day for representations on a draft plan or on proposed amendments: at least 15 days
 * beginning with the day it was served. `fromWhat` replaces the words for the starting date when it
 * is not the day of service itself (a draft's own date, when the day it was sent is not known).
 */
export function representations(kind: 'draftRepresentations' | 'amendmentRepresentations', served: Date, fromWhat?: string, rubric?: References): Deadline {
  const due = lastDayBeginningWith(served, REPRESENTATION_DAYS);
  const caveat = fromWhat ? ` We counted from ${fromWhat}; if it reached you later, count from the day it was sent.` : '';
  return { kind, from: isoDay(served), fromWhat: fromWhat ?? REPRESENTED[kind].fromWhat, due: isoDay(due), explanation: REPRESENTED[kind].explain(due) + caveat, reference: refs(rubric)[kind] };
}

export function finalPlan(requested: Date, rubric?: References): Deadline {
  const due = weeksAfter(requested, FINAL_PLAN_WEEKS);
  return {
    kind: 'finalPlan',
    from: isoDay(requested),
    fromWhat: 'the local authority received the request for an EHC needs assessment',
    due: isoDay(due),
    explanation: `The final plan must be issued within ${FINAL_PLAN_WEEKS} weeks of the request for assessment: by ${longDay(due)}, unless one of the narrow exceptions in regulation 13(3) applies.`,
    reference: refs(rubric).finalPlan,
  };
}

export function reviewDecision(meeting: Date, rubric?: References): Deadline {
  const due = weeksAfter(meeting, REVIEW_DECISION_WEEKS);
  return {
    kind: 'reviewDecision',
    from: isoDay(meeting),
    fromWhat: 'the annual review meeting was held',
    due: isoDay(due),
    explanation: `Within ${REVIEW_DECISION_WEEKS} weeks of the review meeting (by ${longDay(due)}) the local authority must tell you whether it will keep the plan as it is, amend it or cease it; if it will amend it, the proposed amendments must be sent by then too.`,
    reference: refs(rubric).reviewDecision,
  };
}

export function amendedFinal(amendmentNotice: Date, rubric?: References): Deadline {
  const due = weeksAfter(amendmentNotice, AMENDED_FINAL_WEEKS);
  return {
    kind: 'amendedFinal',
    from: isoDay(amendmentNotice),
    fromWhat: 'the notice of proposed amendments was sent',
    due: isoDay(due),
    explanation: `The amended final plan must be issued within ${AMENDED_FINAL_WEEKS} weeks of the amendment notice: by ${longDay(due)}.`,
    reference: refs(rubric).amendedFinal,
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
    fromWhat: basis ? 'the plan is dated (the transfer follows in September)' : `the transfer in September ${transferYear}`,
    due: isoDay(due),
    explanation: `${intoPost16 ? 'For a move from school into post-16 education' : 'For a move to the next phase of education'} in September ${transferYear}, the plan must be reviewed and amended, naming the new ${intoPost16 ? 'school or college' : 'school'}, by ${longDay(due)}.${basis && basis > due ? " That date is earlier than this plan's own date: ask the local authority when the review and amendment were done." : ''}`,
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
