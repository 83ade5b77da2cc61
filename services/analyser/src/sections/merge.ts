// One section per key from the pieces the walk opened, and which sections hold only the form's text.
import type { StructuredDocument } from '../../../ingest/src/document.ts';
import { SECTION_KEYS, type SectionKey } from '../report-schema.ts';
import type { FoundSection, Piece, SectionLabel, Unit } from './types.ts';

/** A section whose body is only the form's own text: guidance, placeholders, labels with empty values. */
export function isUnfilledSection(s: FoundSection, formLike: boolean): boolean {
  if (s.units.some((u) => !u.template && !u.labelOnly && !u.subheading)) return false;
  return formLike || s.units.some((u) => u.template || u.labelOnly);
}

/** One section per key; a key found twice (a contents page, a repeated heading) keeps its largest body. */
export function mergePieces(pieces: Piece[], doc: StructuredDocument, formLike = false): FoundSection[] {
  // The last line of a contents list (an empty entry before it, the same section again later)
  // owns only the introduction that follows the list, not provision.
  // An empty section named in a combined heading ("Sections B, E and F") is not a contents entry; and
  // the test reads the bodies as found, so emptying one piece does not empty the next (B, E and F
  // repeated under each area of need keep every area's body).
  const empty = pieces.map((p) => p.units.length === 0);
  pieces.forEach((p, i) => {
    const prev = pieces[i - 1];
    if (prev && empty[i - 1] && !prev.combined && prev.start < p.start && pieces.slice(i + 1).some((q) => q.label === p.label && q.start > p.start)) p.units = [];
  });
  const hasSplitH = pieces.some((p) => (p.label === 'H1' || p.label === 'H2') && p.units.length > 0);
  const byKey = new Map<SectionKey, { best: Piece; units: Unit[]; label: SectionLabel; alone?: boolean; column?: boolean }>();
  for (const p of pieces) {
    const keys: SectionKey[] = p.label === 'H' ? (hasSplitH ? [] : ['H1', 'H2']) : [p.label];
    for (const key of keys) {
      const entry = byKey.get(key);
      if (!entry) byKey.set(key, { best: p, units: [...p.units], label: p.label, alone: !p.combined, column: p.column });
      else {
        if (!p.combined) entry.alone = true;
        if (p.column) entry.column = true;
        entry.units.push(...p.units);
        // A section named in a combined heading and then labelled on its own sits where its label is.
        const labelled = entry.best.combined && entry.best.units.length === 0 && !p.combined && p.units.length > 0;
        if (labelled || p.end - p.start > entry.best.end - entry.best.start) {
          entry.best = p;
          entry.label = p.label;
        }
      }
    }
  }
  // A lone "H" whose body is only H1/H2 sub-sections adds nothing: it was dropped above.
  const out: FoundSection[] = [];
  for (const [key, { best, units, label, alone, column }] of byKey) {
    units.sort((a, b) => a.start - b.start);
    // A column of a combined table (or, in a form, a name in a combined heading) with nothing in it is not a section.
    if (!alone && units.length === 0 && (formLike || column)) continue;
    out.push({ key, label, title: best.title, start: best.start, end: Math.max(best.end, best.start), page: best.page, units });
  }
  out.sort((a, b) => a.start - b.start || SECTION_KEYS.indexOf(a.key) - SECTION_KEYS.indexOf(b.key));
  void doc;
  return out;
}
