// The analyser: a StructuredDocument in, a Report (shared/contract.md) out. Synchronous and pure.
import { pageAt, type StructuredDocument } from '../../ingest/src/document.ts';
import { PROVISION_SECTIONS, SECTION_KEYS, type Finding, type Outcome, type Provision, type Report, type SectionKey } from './report-schema.ts';
import { loadRubric, type Rubric } from './rubric.ts';
import { findSections, type FoundSection } from './sections.ts';
import { outcomeStatements, provisionStatements, type Statement } from './statements.ts';
import { judgeProvision, rewriteProvision } from './provision.ts';
import { judgeOutcome, rewriteOutcome } from './outcomes.ts';
import { adviceFindings, childName, emptyChecks, hasPlanDate, needWithoutProvisionFindings, otherNameFindings, placeholderFindings, readPlan, repeatedOutcomeFindings, runChecks, sectionsWithoutStatements, threadFindings, unfilledTemplate, type RawFinding } from './plan-checks.ts';
import { makeFinding } from './findings.ts';
import { band, overallScore, statementScore, type Judged } from './score.ts';

export { loadRubric, type Rubric } from './rubric.ts';

export interface AnalyseOptions {
  rubric?: Rubric;
  /** The whole document is the body of this one section (CLI --section). */
  section?: SectionKey;
  includeText?: boolean;
}

const TITLES: Record<SectionKey, string> = {
  A: 'Views, interests and aspirations',
  B: 'Special educational needs',
  C: 'Health needs',
  D: 'Social care needs',
  E: 'Outcomes',
  F: 'Special educational provision',
  G: 'Health provision',
  H1: 'Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
  H2: 'Other social care provision',
  I: 'Placement',
  J: 'Personal budget',
  K: 'Advice and information',
};

/** Where a phrase found in `judgedText` sits in the document, for a statement whose judged text is not a plain slice. */
function locate(doc: StructuredDocument, st: Statement, judgedText: string, rel: { start: number; end: number }): { start: number; end: number } {
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

export function analyse(doc: StructuredDocument, opts: AnalyseOptions = {}): Report {
  const rubric = opts.rubric ?? loadRubric();
  const found = findSections(doc, opts.section);
  const sections = new Map<SectionKey, FoundSection>(found.map((s) => [s.key, s]));
  const sectionAt = (offset: number): SectionKey | null => {
    let hit: SectionKey | null = null;
    for (const s of found) if (s.start <= offset && offset < Math.max(s.end, s.start + 1)) hit = s.key;
    return hit;
  };
  const findings: Finding[] = [];
  const add = (ruleId: string, section: SectionKey | null, start: number, end: number, vars: Record<string, string> = {}) => findings.push(makeFinding(doc, rubric, ruleId, section, start, end, vars));
  // A form not yet filled in: one notice, and nothing judged.
  const unfilled = opts.section ? null : unfilledTemplate(doc, sections);

  // Provision: F, G, H1, H2.
  const provisionStmts: Statement[] = [];
  const provisions: Provision[] = [];
  const judgedProvision = new Map<SectionKey, Judged[]>();
  // A single "H" section is both H1 and H2: its statements are reported once.
  const seen = new Set<string>();
  for (const key of PROVISION_SECTIONS) {
    const s = sections.get(key);
    if (!s || unfilled) continue;
    const judged: Judged[] = [];
    for (const st of provisionStatements(s, { rubric, wholeSection: !!opts.section })) {
      if (seen.has(`${st.start}:${st.end}`)) continue;
      seen.add(`${st.start}:${st.end}`);
      provisionStmts.push(st);
      const j = judgeProvision(st.text, rubric, st.context);
      const text = doc.text.slice(st.start, st.end);
      provisions.push({ section: key as Provision['section'], text, start: st.start, end: st.end, page: pageAt(doc, st.start), specific: j.specific, elements: j.elements, vagueTerms: [...new Set(j.vague.map((v) => v.text))], row: st.row ?? null, area: st.area ?? null });
      const rewrite = `Specific wording would say: "${rewriteProvision(st.text, j)}"`;
      for (const v of j.vague) {
        // "support" standing in for the what is reported once, as a vague activity.
        if (!v.spec.hedge && v.spec.undermines === 'activity' && !j.elements.activity) continue;
        const at = locate(doc, st, st.text, v);
        add('provision.vague-term', key, at.start, at.end, { term: v.text, rewrite });
      }
      if (!j.elements.activity) {
        const stand = j.aim ?? j.vague.find((v) => !v.spec.hedge && v.spec.undermines === 'activity') ?? null;
        const at = stand ? locate(doc, st, st.text, stand) : st;
        add('provision.vague-activity', key, at.start, at.end, { rewrite });
      }
      if (!j.quantified) {
        if (j.kind === 'equipment' || j.kind === 'continuous') add('provision.missing-extent', key, st.start, st.end, { rewrite });
        else if (j.amount.period && !j.amount.length) add('provision.missing-duration', key, st.start, st.end, { rewrite });
        else {
          const missing = j.amount.lengthWithoutPeriod ? 'it gives an amount but not over what period (a week, a term)' : 'it gives no frequency and length, such as "3 x 30 minutes a week"';
          add('provision.missing-frequency', key, st.start, st.end, { rewrite, missing });
        }
      }
      if (j.providerNeeded && !j.elements.provider) {
        const at = j.nonRole ? locate(doc, st, st.text, j.nonRole) : st;
        add('provision.missing-provider', key, at.start, at.end, { rewrite, nonRole: j.nonRole ? ` ("${j.nonRole.text}" is not a role)` : '' });
      } else if (j.providerNeeded && !j.elements.qualification) {
        add('provision.missing-qualification', key, st.start, st.end);
      }
      const parts = [j.elements.activity, j.quantified, !j.providerNeeded || j.elements.provider, !j.vague.some((v) => v.spec.hedge)];
      judged.push({ start: st.start, end: st.end, good: j.specific, partial: parts.filter(Boolean).length / parts.length });
    }
    judgedProvision.set(key, judged);
  }

  // Outcomes: E.
  const outcomes: Outcome[] = [];
  const outcomeStmts: Statement[] = [];
  const judgedOutcomes: Judged[] = [];
  const e = sections.get('E');
  if (e && !unfilled) {
    for (const st of outcomeStatements(e)) {
      outcomeStmts.push(st);
      const j = judgeOutcome(st.text, st.context);
      outcomes.push({ text: doc.text.slice(st.start, st.end), start: st.start, end: st.end, page: pageAt(doc, st.start), smart: j.smart, measurable: j.measurable, timeBound: j.timeBound, preparingForAdulthood: j.preparingForAdulthood, row: st.row ?? null, area: st.area ?? null });
      const rewrite = `A SMART outcome would say: "${rewriteOutcome(st.text, j)}"`;
      if (j.isProvision) add('outcome.is-provision', 'E', st.start, st.end);
      else if (j.aspiration) add('outcome.aspiration', 'E', st.start, st.end);
      else {
        if (!j.measurable) add('outcome.not-measurable', 'E', st.start, st.end, { rewrite });
        if (!j.timeBound) add('outcome.not-time-bound', 'E', st.start, st.end, { rewrite });
      }
      const parts = [j.ownAchievement, j.measurable, j.timeBound];
      judgedOutcomes.push({ start: st.start, end: st.end, good: j.smart, partial: parts.filter(Boolean).length / parts.length });
    }
  }

  // The plan as a whole.
  const plan = readPlan(doc);
  const raw: RawFinding[] = [];
  const { checks, findings: checkFindings } = unfilled ? { checks: emptyChecks(), findings: [] } : runChecks(doc, sections, plan, provisionStmts, outcomes.some((o) => o.preparingForAdulthood));
  const whole = !opts.section;
  // A form not yet filled in has headings but no section holds anything: none is present.
  const missingSections = whole ? SECTION_KEYS.filter((k) => unfilled || !sections.has(k)) : [];
  if (unfilled) {
    raw.push({ ruleId: 'plan.unfilled-template', section: null, start: 0, end: 0, vars: { empty: String(unfilled.empty), total: String(unfilled.total) } });
  } else {
    if (whole) {
      raw.push(...checkFindings);
      raw.push(...needWithoutProvisionFindings(doc, sections), ...adviceFindings(doc, sections, provisionStmts));
      raw.push(...threadFindings(sections, provisionStmts, outcomeStmts));
      if (!hasPlanDate(doc)) raw.push({ ruleId: 'plan.missing-date', section: null, start: 0, end: 0 });
    }
    raw.push(...sectionsWithoutStatements(doc, sections, provisionStmts, outcomeStmts));
    raw.push(...placeholderFindings(doc, sectionAt), ...otherNameFindings(doc, childName(doc), sectionAt), ...repeatedOutcomeFindings(outcomeStmts));
    for (const k of missingSections) raw.push({ ruleId: 'section.missing', section: null, start: 0, end: 0, vars: { section: k, title: TITLES[k] } });
  }
  for (const r of raw) add(r.ruleId, r.section, r.start, r.end, r.vars);
  findings.sort((a, b) => a.start - b.start || a.end - b.end);

  // Scores.
  const scores = new Map<SectionKey, number | null>();
  for (const s of found) {
    let score: number | null = null;
    if ((PROVISION_SECTIONS as readonly SectionKey[]).includes(s.key)) {
      score = statementScore(rubric, judgedProvision.get(s.key) ?? [], findings);
      if (score === null && s.key === 'F') score = rubric.scoring.emptyProvisionScore;
    } else if (s.key === 'E') {
      score = statementScore(rubric, judgedOutcomes, findings) ?? rubric.scoring.emptyProvisionScore;
    }
    scores.set(s.key, score);
  }
  const planFindings = findings.filter((f) => f.ruleId.startsWith('plan.') || f.ruleId.startsWith('section.'));
  // Nothing judged is no clean bill: a form not yet filled in scores nothing.
  const overall = unfilled ? 0 : overallScore(rubric, scores, planFindings);

  const report: Report = {
    schemaVersion: 1,
    document: { name: doc.name, mediaType: doc.mediaType, sha256: doc.sha256, pages: doc.pages, characters: doc.text.length },
    ...(opts.includeText ? { text: doc.text } : {}),
    sections: (unfilled ? [] : found).map((s) => {
      const score = scores.get(s.key) ?? null;
      return { key: s.key, title: s.title, start: s.start, end: Math.max(s.start, s.end), page: s.page ?? pageAt(doc, s.start), score, band: score === null ? null : band(rubric, score) };
    }),
    missingSections,
    provisions,
    outcomes,
    plan: { status: plan.status, yearGroup: plan.yearGroup },
    checks,
    findings,
    score: { overall, band: band(rubric, overall) },
    rubric: { id: rubric.id, version: rubric.version },
  };
  return report;
}
