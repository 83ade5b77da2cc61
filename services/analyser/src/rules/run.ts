// Runs the registry's rules over one document's facts, each at the level its rubric entry sets.
import type { StructuredDocument } from '../../../ingest/src/document.ts';
import type { Finding, SectionKey } from '../report-schema.ts';
import type { Rubric } from '../rubric.ts';
import type { FoundSection } from '../sections.ts';
import type { Statement } from '../statements.ts';
import { makeFinding } from '../findings.ts';
import type { Descriptor, JudgedOutcome, JudgedProvision, PlanFacts, Rule, RuleContext, Span } from './api.ts';
import { allRules } from './registry.ts';
import type { AdviceVerdict } from '../advice/index.ts';

export interface Facts {
  doc: StructuredDocument;
  rubric: Rubric;
  found: FoundSection[];
  wholePlan: boolean;
  provisions: JudgedProvision[];
  outcomes: JudgedOutcome[];
  plan: PlanFacts;
  advice?: AdviceVerdict[];
}

/** Where a phrase found in a statement's judged text sits in the document, for a statement whose judged text is not a plain slice. */
export function locate(doc: StructuredDocument, st: Statement, rel: Span): Span {
  const judgedText = st.text;
  const slice = doc.text.slice(st.start, st.end);
  if (slice === judgedText) return { start: st.start + rel.start, end: st.start + rel.end };
  // A table row is judged as its chosen cells joined by tabs: find the cell the phrase is in, so a
  // phrase repeated in two cells (or also in a cell that was not chosen) is placed where it was read.
  let from = 0;
  let at = 0;
  for (const cell of judgedText.split('\t')) {
    const c = slice.indexOf(cell, from);
    if (c < 0) break;
    if (rel.start >= at && rel.end <= at + cell.length) return { start: st.start + c + rel.start - at, end: st.start + c + rel.end - at };
    from = c + cell.length;
    at += cell.length + 1;
  }
  const i = slice.indexOf(judgedText.slice(rel.start, rel.end));
  return i >= 0 ? { start: st.start + i, end: st.start + i + (rel.end - rel.start) } : { start: st.start, end: st.end };
}

/** Runs `rules` (the registry's by default) and returns their findings in reading order. */
export function runRules(facts: Facts, rules: readonly Rule[] = allRules()): Finding[] {
  const { doc, rubric, found } = facts;
  const sections = new Map<SectionKey, FoundSection>(found.map((s) => [s.key, s]));
  const sectionAt = (offset: number): SectionKey | null => {
    let hit: SectionKey | null = null;
    for (const s of found) if (s.start <= offset && offset < Math.max(s.end, s.start + 1)) hit = s.key;
    return hit;
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.meta.wholePlanOnly && !facts.wholePlan) continue;
    const id = rule.meta.id;
    if (rubric.rules[id]?.level === 'off') continue;
    const context: RuleContext = {
      id,
      doc,
      rubric,
      found,
      sections,
      wholePlan: facts.wholePlan,
      provisions: facts.provisions,
      outcomes: facts.outcomes,
      plan: facts.plan,
      advice: facts.advice ?? [],
      sectionAt,
      locate: (st, rel) => locate(doc, st, rel),
      report: (d: Descriptor) => findings.push(makeFinding(doc, rubric, id, d.section, d.start, d.end, d.data ?? {}, d)),
    };
    rule.create(context);
  }
  // Stable: findings that share a span stay in the order their rules run.
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
