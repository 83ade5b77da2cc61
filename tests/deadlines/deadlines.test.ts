// Worked dates for the deadlines engine: each row counts a statutory period by hand.
import { describe, expect, it } from 'vitest';
import {
  amendedFinal, deadlinesFromDocument, finalPlan, lastDayBeginningWith, phaseTransfer, representations, reviewDecision, utcDate,
} from '../../services/analyser/src/deadlines.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('15 days beginning with the day of service (reg 13(1), reg 22(2))', () => {
  // Day 1 is the day it was served: 3 March is day 1, 17 March is day 15.
  it.each([
    ['2026-03-03', '2026-03-17'], // Tuesday to Tuesday, within a month
    ['2026-12-20', '2027-01-03'], // across the new year
    ['2028-02-20', '2028-03-05'], // a leap year: 29 February counts
    ['2027-02-20', '2027-03-06'], // not a leap year
    ['2026-03-29', '2026-04-12'], // across the clocks going forward: date arithmetic is not shifted
  ])('served %s: last day %s', (served, due) => {
    expect(representations('draftRepresentations', d(served)).due).toBe(due);
    expect(representations('amendmentRepresentations', d(served)).due).toBe(due);
  });

  it('counts the day of service as day 1, not day 0', () => {
    const served = d('2026-03-03');
    const last = lastDayBeginningWith(served, 15);
    const days = Math.round((last.getTime() - served.getTime()) / 86_400_000) + 1;
    expect(days).toBe(15);
  });

  it('explains the count and cites the regulation', () => {
    const x = representations('draftRepresentations', d('2026-03-03'));
    expect(x.explanation).toContain('Tuesday 17 March 2026');
    expect(x.explanation).toMatch(/counts as day 1/);
    expect(x.reference).toMatch(/reg 13\(1\)/);
    expect(representations('amendmentRepresentations', d('2026-03-03')).reference).toMatch(/reg 22\(2\)/);
  });
});

describe('weeks after a date', () => {
  it.each([
    ['2026-01-12', '2026-06-01'], // Monday 12 January + 20 weeks = Monday 1 June
    ['2026-10-30', '2027-03-19'], // across the new year
  ])('final plan: request %s, due %s (reg 13(2))', (requested, due) => {
    const x = finalPlan(d(requested));
    expect(x.due).toBe(due);
    expect(x.reference).toMatch(/reg 13\(2\)/);
  });

  it('annual review: decision within 4 weeks of the meeting (reg 20(10), Devon)', () => {
    const x = reviewDecision(d('2026-06-10'));
    expect(x.due).toBe('2026-07-08');
    expect(x.reference).toMatch(/reg 20\(10\)/);
    expect(x.reference).toMatch(/Devon/);
  });

  it('annual review: amended final within 8 weeks of the amendment notice (reg 22(3))', () => {
    const x = amendedFinal(d('2026-07-08'));
    expect(x.due).toBe('2026-09-02');
    expect(x.reference).toMatch(/reg 22\(3\)/);
  });
});

describe('phase transfer (reg 18)', () => {
  it('by 15 February of the year of transfer into secondary school', () => {
    expect(phaseTransfer(2027, false).due).toBe('2027-02-15');
  });
  it('by 31 March of the year of transfer into post-16', () => {
    expect(phaseTransfer(2027, true).due).toBe('2027-03-31');
    expect(phaseTransfer(2027, true).reference).toMatch(/reg 18/);
  });
  it('is worked out from a Year 6 plan dated in the autumn term', () => {
    const out = deadlinesFromDocument({ text: 'Name: Sam' }, { status: 'final', yearGroup: 6, planDate: utcDate(2026, 10, 10) });
    expect(out.map((x) => [x.kind, x.due])).toEqual([['phaseTransfer', '2027-02-15']]);
  });
  it('is worked out from a Year 11 plan dated in the spring term', () => {
    const out = deadlinesFromDocument({ text: 'Name: Sam' }, { status: 'final', yearGroup: 11, planDate: utcDate(2027, 1, 20) });
    expect(out.map((x) => [x.kind, x.due])).toEqual([['phaseTransfer', '2027-03-31']]);
  });
  it('is not given for a year without a phase transfer', () => {
    expect(deadlinesFromDocument({ text: '' }, { status: 'final', yearGroup: 4, planDate: utcDate(2026, 10, 10) })).toEqual([]);
  });
});

describe('dates read from a document', () => {
  it('finds a draft date, a request date and a review meeting, with where each was found', () => {
    const text = 'DRAFT EHC Plan\nDate of draft: 3 March 2026\nRequest for assessment received: 12/01/2026\nAnnual review meeting held on 10 June 2026\n';
    const out = deadlinesFromDocument({ text }, { status: 'draft', yearGroup: null, planDate: null });
    expect(out.map((x) => [x.kind, x.due])).toEqual([
      ['draftRepresentations', '2026-03-17'],
      ['finalPlan', '2026-06-01'],
      ['reviewDecision', '2026-07-08'],
    ]);
    const draft = out[0];
    expect(text.slice(draft.start!, draft.end!)).toBe('3 March 2026');
  });
  it('reads an amendment notice as two deadlines', () => {
    const out = deadlinesFromDocument({ text: 'Notice of proposed amendments dated 8 July 2026' }, { status: 'final', yearGroup: null, planDate: null });
    expect(out.map((x) => [x.kind, x.due])).toEqual([
      ['amendmentRepresentations', '2026-07-22'],
      ['amendedFinal', '2026-09-02'],
    ]);
  });
  it('gives no draft deadline for a final plan', () => {
    expect(deadlinesFromDocument({ text: 'Date of draft: 3 March 2026' }, { status: 'final', yearGroup: null, planDate: null })).toEqual([]);
  });
});

describe('the deadline in the report and the letter', () => {
  it('a draft plan dated in the document gets its comment deadline in the report and in the letter', async () => {
    const { analyse } = await import('../../services/analyser/src/index.ts');
    const { renderLetter } = await import('../../services/analyser/src/format/letter.ts');
    const { buildDoc } = await import('../analyser/build-doc.ts');
    const doc = buildDoc(['DRAFT Education, Health and Care Plan', 'Date of draft: 3 March 2026', { h: 'Section F: Special educational provision' }, { li: 'Regular support from an adult.' }]);
    const report = analyse(doc);
    expect(report.plan.status).toBe('draft');
    expect(report.deadlines?.map((x) => x.due)).toEqual(['2026-03-17']);
    expect(renderLetter(report).text).toContain('runs until Tuesday 17 March 2026');
  });
});
