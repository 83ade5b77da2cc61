// The draft-plan deadline (SEND Regulations 2014, reg 13(1)(a): 15 days beginning with the day the
// draft is served, so that day is day 1) and the plain words the pages use.
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../services/ingest/src/errors.ts';
import { DRAFT_COMMENT_DAYS, draftCommentsDue, failureWords, FAILURE_WORDS, isoDate, longDate, parseDateInput } from '../../services/api/src/web/words.ts';

const due = (s: string) => isoDate(draftCommentsDue(parseDateInput(s)!));

describe('draft comments deadline', () => {
  it('counts the day of receipt as day 1 of 15', () => {
    expect(DRAFT_COMMENT_DAYS).toBe(15);
    expect(due('2026-03-02')).toBe('2026-03-16');
    // Day 1 is the 2nd, so the 16th is day 15 (not the 17th, which "after" would give).
    const days = (Date.parse('2026-03-16') - Date.parse('2026-03-02')) / 86_400_000 + 1;
    expect(days).toBe(15);
  });

  it('crosses month and year ends and leap days', () => {
    expect(due('2026-01-25')).toBe('2026-02-08');
    expect(due('2025-12-20')).toBe('2026-01-03');
    expect(due('2028-02-20')).toBe('2028-03-05'); // 2028 is a leap year: 29 February counts
    expect(due('2027-02-20')).toBe('2027-03-06');
  });

  it('is unaffected by the clocks changing (UTC arithmetic)', () => {
    // UK clocks go forward on 29 March 2026 and back on 25 October 2026.
    expect(due('2026-03-27')).toBe('2026-04-10');
    expect(due('2026-10-20')).toBe('2026-11-03');
    expect(draftCommentsDue(parseDateInput('2026-03-27')!).getUTCHours()).toBe(0);
  });

  it('names the day in full', () => {
    expect(longDate(draftCommentsDue(parseDateInput('2026-03-27')!))).toBe('Friday 10 April 2026');
  });
});

describe('date input', () => {
  it('reads a date field and a typed UK date', () => {
    expect(isoDate(parseDateInput('2026-03-27')!)).toBe('2026-03-27');
    expect(isoDate(parseDateInput('27/03/2026')!)).toBe('2026-03-27');
    expect(isoDate(parseDateInput(' 7/3/2026 ')!)).toBe('2026-03-07');
  });

  it('refuses dates that do not exist or are not dates', () => {
    for (const bad of ['2026-02-30', '31/04/2026', '2026-13-01', 'tomorrow', '', '03/27/2026', '1999-01-01']) {
      expect(parseDateInput(bad), bad).toBeNull();
    }
  });
});

describe('failure words', () => {
  it('has plain words for every error code, with no codes or jargon in them', () => {
    for (const code of ERROR_CODES) {
      expect(FAILURE_WORDS[code].length, code).toBeGreaterThan(20);
      expect(FAILURE_WORDS[code]).not.toMatch(/_|error code|exception/i);
    }
    expect(failureWords('no_text_layer')).toMatch(/scan/);
    expect(failureWords('something_new')).toBe(FAILURE_WORDS.internal_error);
    expect(failureWords(null)).toBe(FAILURE_WORDS.internal_error);
  });
});
