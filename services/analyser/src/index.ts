// The analyser: a StructuredDocument in, a Report (shared/contract.md) out. Synchronous and pure.
import { pageAt, type StructuredDocument } from '../../ingest/src/document.ts';
import { PROVISION_SECTIONS, SECTION_KEYS, type Outcome, type Provision, type Report, type SectionKey } from './report-schema.ts';
import { loadRubric, rubricSha256, type Rubric } from './rubric.ts';
import { findSections, type FoundSection } from './sections.ts';
import { outcomeStatements, provisionStatements } from './statements.ts';
import { judgeProvision } from './provision.ts';
import { judgeOutcome } from './outcomes.ts';
import { emptyChecks, readPlan, runChecks, unfilledTemplate } from './plan-checks.ts';
import { childName } from './rules/plan/other-child-name.ts';
import type { JudgedOutcome, JudgedProvision } from './rules/api.ts';
import { runRules, type Facts } from './rules/run.ts';
import { compileRubric } from './vocabulary.ts';
import { deadlinesFromDocument } from './deadlines.ts';
import { adviceFacts } from './advice/index.ts';
import { rule as unfilledTemplateRule } from './rules/plan/unfilled-template.ts';
import { band, overallScore, statementScore, type Judged } from './score.ts';

export { loadRubric, type Rubric } from './rubric.ts';

export interface AnalyseOptions {
  rubric?: Rubric;
  /** The whole document is the body of this one section (CLI --section). */
  section?: SectionKey;
  includeText?: boolean;
  /**
   * Advice reports given with the plan (CLI --advice): each recommendation in them, and in the
   * plan's own Section K, is judged against the plan's provision (report.advice, rules advice.*).
   */
  advice?: StructuredDocument[];
}

/** What the judges established about a document: the rules' facts, and what the report and scores need of them. */
export interface Established {
  facts: Facts;
  provisions: Provision[];
  outcomes: Outcome[];
  /** Each statement's score inputs, by provision section, and for E. */
  judgedProvision: Map<SectionKey, Judged[]>;
  judgedOutcomes: Judged[];
  missingSections: SectionKey[];
  /** A form not yet filled in: how many of its fields are empty; null for a plan. */
  unfilled: { empty: number; total: number } | null;
}

/** Finds the sections, splits and judges the statements and reads the plan; no rule runs here. */
export function establishFacts(doc: StructuredDocument, opts: AnalyseOptions = {}): Established {
  const rubric = opts.rubric ?? loadRubric();
  const found = findSections(doc, opts.section, rubric);
  const sections = new Map<SectionKey, FoundSection>(found.map((s) => [s.key, s]));
  // A form not yet filled in: one notice, and nothing judged.
  const unfilled = opts.section ? null : unfilledTemplate(doc, sections, rubric);

  // Provision: F, G, H1, H2.
  const provisions: Provision[] = [];
  const judgedProvisions: JudgedProvision[] = [];
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
      const j = judgeProvision(st.text, rubric, st.context);
      judgedProvisions.push({ section: key, statement: st, judgement: j });
      const text = doc.text.slice(st.start, st.end);
      provisions.push({ section: key as Provision['section'], text, start: st.start, end: st.end, page: pageAt(doc, st.start), specific: j.specific, elements: j.elements, vagueTerms: [...new Set(j.vague.map((v) => v.text))], row: st.row ?? null, area: st.area ?? null });
      const parts = [j.elements.activity, j.quantified, !j.providerNeeded || j.elements.provider, !j.vague.some((v) => v.spec.hedge)];
      judged.push({ start: st.start, end: st.end, good: j.specific, partial: parts.filter(Boolean).length / parts.length });
    }
    judgedProvision.set(key, judged);
  }

  // Outcomes: E.
  const outcomes: Outcome[] = [];
  const judgedOutcomeList: JudgedOutcome[] = [];
  const judgedOutcomes: Judged[] = [];
  const e = sections.get('E');
  if (e && !unfilled) {
    for (const st of outcomeStatements(e, { rubric })) {
      const j = judgeOutcome(st.text, st.context, rubric);
      judgedOutcomeList.push({ statement: st, judgement: j });
      outcomes.push({ text: doc.text.slice(st.start, st.end), start: st.start, end: st.end, page: pageAt(doc, st.start), smart: j.smart, measurable: j.measurable, timeBound: j.timeBound, preparingForAdulthood: j.preparingForAdulthood, row: st.row ?? null, area: st.area ?? null });
      const parts = [j.ownAchievement, j.measurable, j.timeBound];
      judgedOutcomes.push({ start: st.start, end: st.end, good: j.smart, partial: parts.filter(Boolean).length / parts.length });
    }
  }

  // The plan as a whole, then the rules over all of these facts.
  const plan = readPlan(doc, rubric);
  const { checks, checkAt } = unfilled ? { checks: emptyChecks(), checkAt: {} } : runChecks(doc, rubric, sections, plan, judgedProvisions.map((p) => p.statement), outcomes.some((o) => o.preparingForAdulthood));
  const whole = !opts.section;
  // A form not yet filled in has headings but no section holds anything: none is present.
  const missingSections = whole ? SECTION_KEYS.filter((k) => unfilled || !sections.has(k)) : [];
  const advice = opts.advice && whole && !unfilled ? adviceFacts(doc, provisions, sections.get('K'), opts.advice, rubric) : undefined;
  const facts: Facts = { doc, rubric, found: unfilled ? [] : found, wholePlan: whole, provisions: judgedProvisions, outcomes: judgedOutcomeList, plan: { reading: plan, checks, checkAt, unfilled }, advice };
  return { facts, provisions, outcomes, judgedProvision, judgedOutcomes, missingSections, unfilled };
}

const isoDay = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

export function analyse(doc: StructuredDocument, opts: AnalyseOptions = {}): Report {
  return analyseWithFacts(doc, opts).report;
}

/** The report and the facts it was written from (the statements as the judges read them: a comparison reads a table's bare numbers by their column). */
export function analyseWithFacts(doc: StructuredDocument, opts: AnalyseOptions = {}): { report: Report; facts: Facts } {
  const { facts, provisions, outcomes, judgedProvision, judgedOutcomes, missingSections, unfilled } = establishFacts(doc, opts);
  const { rubric, found } = facts;
  const { reading: plan, checks } = facts.plan;
  // A form not yet filled in gets only the notice that says so.
  const findings = unfilled ? runRules(facts, [unfilledTemplateRule]) : runRules(facts);
  // Advice measures the plan against what professionals said, not against the law's test of
  // specificity that the scores stand for: it leaves the scores as they are.
  const scored = findings.filter((f) => !f.ruleId.startsWith('advice.'));

  // Scores.
  const scores = new Map<SectionKey, number | null>();
  for (const s of found) {
    let score: number | null = null;
    if ((PROVISION_SECTIONS as readonly SectionKey[]).includes(s.key)) {
      score = statementScore(rubric, judgedProvision.get(s.key) ?? [], scored);
      if (score === null && s.key === 'F') score = rubric.scoring.emptyProvisionScore;
    } else if (s.key === 'E') {
      score = statementScore(rubric, judgedOutcomes, scored) ?? rubric.scoring.emptyProvisionScore;
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
    sections: found.map((s) => {
      const score = scores.get(s.key) ?? null;
      return { key: s.key, title: s.title, start: s.start, end: Math.max(s.start, s.end), page: s.page ?? pageAt(doc, s.start), score, band: score === null ? null : band(rubric, score) };
    }),
    missingSections,
    provisions,
    outcomes,
    plan: { status: plan.status, yearGroup: plan.yearGroup, childName: facts.wholePlan ? childName(doc, compileRubric(rubric).notNames, rubric) : null, date: facts.wholePlan ? isoDay(plan.planDate) : null },
    checks,
    findings,
    score: { overall, band: band(rubric, overall) },
    rubric: { id: rubric.id, version: rubric.version, sha256: rubricSha256(rubric) },
  };
  const deadlines = facts.wholePlan ? deadlinesFromDocument(doc, plan, rubric) : [];
  if (deadlines.length) report.deadlines = deadlines;
  if (facts.advice) report.advice = facts.advice.map((a) => a.entry);
  return { report, facts };
}
