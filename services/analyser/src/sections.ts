// Finds the sections A-K in any local authority's template (rubric-reference.md §1). Each way a
// template marks its sections is a small recogniser under sections/; the walk composes them:
// - titles.ts: the letters and titles each section goes by;
// - headings.ts: "Section F: …", "F.", "Part F –", "The help I will get – Section F", a title alone;
// - columns.ts: combined tables whose header cells name sections, and what a column holds;
// - flat-table.ts: a combined table flattened to lines (its header cells as a run of lines);
// - areas.ts: areas of need heading a part of the plan (the golden thread);
// - run-on.ts: a section's label and title in mid-paragraph (PDF runs a heading into the text before it);
// - front-sheet.ts: field labels that begin with a section's title ("Social Care Reference:");
// - contents.ts: contents-list entries that are not the sections;
// - units.ts: a section's paragraphs, list items and table rows; template text is marked here;
// - merge.ts: one section per key; sections holding only the form's text are not there.
export type { FoundSection, SectionLabel, Unit } from './sections/types.ts';
export { matchHeading, type HeadingMatch } from './sections/headings.ts';
export { columnRole, columnSections, type ColumnRole } from './sections/columns.ts';
export { leadingArea } from './sections/areas.ts';
export { isUnfilledSection } from './sections/merge.ts';
export { findSections } from './sections/walk.ts';
export { SENTENCE_STOP, titlesOf, type Titles } from './sections/titles.ts';
