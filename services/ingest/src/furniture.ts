// Page furniture: what a printed plan's pages add to its text and what says nothing of the child. Page
// numbers, "Page 3 of 9", protective markings ("OFFICIAL – SENSITIVE"), a running header's date of
// birth, and the marks of a table split by hand across pages ("Continued on next page"). Its layout
// grammar is here and only here: ingest drops the furniture it can tell from the page and the text's
// recurring lines (pdf-lines.ts, parse-text.ts); the analyser reads what is left with the same
// patterns (sections/walk.ts, sections/cell-lines/, statements.ts, plan-checks.ts). Grammar of
// layout, not vocabulary: no rubric words for it. Each pattern is written for where it is read (a
// whole line, a line of a page's band, a sentence), so they differ in how much they take.

/** "Page 3 of 9", "page 2/5", within a line: a page's header or footer in copied text. */
export const PAGE_OF = /\bpage\s+\d{1,4}\s*(?:of|\/)\s*\d{1,4}\b/i;

/** A line that is only a page number: "3", "Page 3", "3 of 9", "Page 3/9", "- 3 -". */
export const PAGE_NUMBER_LINE = /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$/i;

/** A number or a protective marking's word: what marks a recurring line as a header or footer. */
export const FURNITURE_WORD = /\d|official|sensitive|confidential|restricted|protect/i;

/** A running header or footer left in a line ("Page 3 of 6", "OFFICIAL – SENSITIVE", "DOB: …"). */
export const RUNNING_FURNITURE = /\bpage \d{1,3}(?: of \d{1,3})?\b|\bOFFICIAL\b|\bDOB\b|\bdate of birth\b/i;

/** A sentence that is only furniture: a page number, "Page 3 of 6", "OFFICIAL SENSITIVE", a rule of dashes or bullets. */
export const FURNITURE_ONLY = /^(?:\d{1,3}|page \d+(?: of \d+)?|official(?:[ -]+sensitive)?|[-–—•*]+)$/i;

/** A table split by hand across pages: "Continued on next page", "(continued)", "Cont'd overleaf" mark where it goes on and provide nothing. */
export const CONTINUATION = /^\(?(?:continued|cont(?:inued|'d|’d|d)?\.?)(?:\s+(?:on|from)\s+(?:the\s+)?(?:next|previous|following|last)\s+page|\s+(?:overleaf|below))?\s*\)?\.?$/i;

/** The same mark run onto the end of a row's last line by a text reader that joined the lines ("… 45 minutes Continued on next page"). */
export const CONTINUED_TAIL = /\s+\(?continued\s+(?:on|over)\s+(?:the\s+)?(?:next|following)\s+page\)?\.?\s*$|\s+\(?continued\s+overleaf\)?\.?\s*$/i;
