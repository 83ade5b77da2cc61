// Runs ingest and analyse over the corpus and scores the reports against the gold labels.
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import type { StructuredDocument } from '../../services/ingest/src/document.ts';
import type { Report, SectionKey } from '../../services/analyser/src/report-schema.ts';
import { CHECK_KEYS, DOCUMENT_RULES, ELEMENT_KEYS, GOLD_SECTION_KEYS, type GoldProvision, type GoldOutcome, type ProvisionLine, type OutcomeLine } from '../gold-schema.ts';
import { CORPUS_DIR, FORMATS, type CorpusPlan, type Format } from './corpus-files.ts';
import { type Match, matchStatements, normalise, sameTerm, tokenOverlap } from './match.ts';
import { type Counts, type Tally, add, emptyCounts, emptyTally } from './metrics.ts';
import { naiveHasDate, naiveHasNumber, naivePfa, naiveStatus, naiveWeak, naiveYearGroup } from './baselines.ts';

export type IngestFn = (bytes: Uint8Array, opts: { name: string }) => Promise<StructuredDocument>;
export type AnalyseFn = (doc: StructuredDocument, opts?: { section?: SectionKey }) => Report;
export interface Services { ingest: IngestFn; analyse: AnalyseFn }

const REPO = join(CORPUS_DIR, '..');
export const INGEST_PATH = join(REPO, 'services/ingest/src/index.ts');
export const ANALYSER_PATH = join(REPO, 'services/analyser/src/index.ts');

export class ServicesMissing extends Error {}

/** Loads ingest() and analyse(); a clear error while either part has not landed yet. */
export async function loadServices(): Promise<Services> {
  const missing = [INGEST_PATH, ANALYSER_PATH].filter((p) => !existsSync(p));
  if (missing.length) {
    throw new ServicesMissing(`cannot measure accuracy yet: ${missing.map((p) => p.slice(REPO.length + 1)).join(' and ')} ${missing.length > 1 ? 'do' : 'does'} not exist (the ingest step and the analyser must export ingest() and analyse())`);
  }
  const ing = (await import(INGEST_PATH)) as { ingest?: IngestFn };
  const ana = (await import(ANALYSER_PATH)) as { analyse?: AnalyseFn };
  if (typeof ing.ingest !== 'function') throw new ServicesMissing('services/ingest/src/index.ts does not export ingest()');
  if (typeof ana.analyse !== 'function') throw new ServicesMissing('services/analyser/src/index.ts does not export analyse()');
  return { ingest: ing.ingest, analyse: ana.analyse };
}

export interface Miss { family: string; where: string; detail: string; text: string }

/** Every figure the report prints, by family name. */
export class Scoreboard {
  counts = new Map<string, Counts>();
  baseline = new Map<string, Counts>();
  tallies = new Map<string, Tally>();
  baselineTallies = new Map<string, Tally>();
  misses: Miss[] = [];
  errors: string[] = [];

  c(family: string): Counts {
    let v = this.counts.get(family);
    if (!v) this.counts.set(family, (v = emptyCounts()));
    return v;
  }
  b(family: string): Counts {
    let v = this.baseline.get(family);
    if (!v) this.baseline.set(family, (v = emptyCounts()));
    return v;
  }
  t(family: string): Tally {
    let v = this.tallies.get(family);
    if (!v) this.tallies.set(family, (v = emptyTally()));
    return v;
  }
  bt(family: string): Tally {
    let v = this.baselineTallies.get(family);
    if (!v) this.baselineTallies.set(family, (v = emptyTally()));
    return v;
  }
  /** Scores one binary judgement and records it as a miss when wrong. */
  judge(family: string, gold: boolean, predicted: boolean, where: string, text: string, baseline?: boolean): void {
    add(this.c(family), gold, predicted);
    if (baseline !== undefined) add(this.b(family), gold, baseline);
    if (gold !== predicted) this.misses.push({ family, where, detail: `gold ${gold}, predicted ${predicted}`, text });
  }
}

type Pred = Report['provisions'][number];
type PredOutcome = Report['outcomes'][number];

/** Several predicted parts of one gold statement judged together: weak if any part is weak. */
function combineProvisions(ps: Pred[]): Pred {
  const first = ps[0];
  return {
    ...first,
    text: ps.map((p) => p.text).join(' '),
    specific: ps.every((p) => p.specific),
    elements: Object.fromEntries(ELEMENT_KEYS.map((k) => [k, ps.some((p) => p.elements[k])])) as Pred['elements'],
    vagueTerms: ps.flatMap((p) => p.vagueTerms),
  };
}

function combineOutcomes(os: PredOutcome[]): PredOutcome {
  return {
    ...os[0],
    text: os.map((o) => o.text).join(' '),
    smart: os.every((o) => o.smart),
    measurable: os.every((o) => o.measurable),
    timeBound: os.every((o) => o.timeBound),
    preparingForAdulthood: os.some((o) => o.preparingForAdulthood),
  };
}

const sectionAgrees = (gold: GoldProvision['section'], predicted: string) => (gold === 'H' ? predicted === 'H1' || predicted === 'H2' : gold === predicted);

function scoreProvision(sb: Scoreboard, g: GoldProvision, p: Pred, where: string, withBaseline: boolean): void {
  sb.judge('provision.weak', !g.specific, !p.specific, where, g.quote, withBaseline ? naiveWeak(g.quote) : undefined);
  for (const k of ELEMENT_KEYS) sb.judge(`provision.element.${k}`, g.elements[k], p.elements[k], where, g.quote);
  const vt = sb.c('provision.vagueTerms');
  const usedPred = new Set<number>();
  for (const term of g.vagueTerms) {
    const i = p.vagueTerms.findIndex((pt, j) => !usedPred.has(j) && sameTerm(pt, term));
    if (i >= 0) {
      usedPred.add(i);
      vt.tp++;
    } else {
      vt.fn++;
      sb.misses.push({ family: 'provision.vagueTerms', where, detail: `gold term "${term}" not reported (reported: ${JSON.stringify(p.vagueTerms)})`, text: g.quote });
    }
  }
  p.vagueTerms.forEach((pt, j) => {
    if (usedPred.has(j)) return;
    vt.fp++;
    sb.misses.push({ family: 'provision.vagueTerms', where, detail: `reported term "${pt}" not in gold ${JSON.stringify(g.vagueTerms)}`, text: g.quote });
  });
}

function scoreOutcome(sb: Scoreboard, g: GoldOutcome | OutcomeLine, o: PredOutcome, where: string, text: string): void {
  sb.judge('outcome.nonSmart', !g.smart, !o.smart, where, text, !naiveHasDate(text));
  sb.judge('outcome.notMeasurable', !g.measurable, !o.measurable, where, text, !naiveHasNumber(text));
  sb.judge('outcome.notTimeBound', !g.timeBound, !o.timeBound, where, text, !naiveHasDate(text));
  sb.judge('outcome.pfa', g.preparingForAdulthood, o.preparingForAdulthood, where, text, naivePfa(text));
}

/** Units compared for section detection: a single "H" is one unit on both sides. */
function sectionUnits(keys: readonly string[], singleH: boolean, mode: 'present' | 'missing'): Set<string> {
  const s = new Set<string>();
  for (const k of keys) s.add(singleH && (k === 'H1' || k === 'H2') ? 'H' : k);
  if (singleH && mode === 'missing' && !(keys.includes('H1') && keys.includes('H2'))) s.delete('H');
  return s;
}

export function scorePlanReport(sb: Scoreboard, plan: CorpusPlan, format: Format, report: Report, text: string): void {
  const g = plan.gold;
  const where = `${plan.id}/${format}`;
  // Sections.
  const units = sectionUnits(GOLD_SECTION_KEYS, g.singleH, 'present');
  const goldPresent = sectionUnits(g.sections, g.singleH, 'present');
  const predPresent = sectionUnits(report.sections.map((s) => s.key), g.singleH, 'present');
  const goldMissing = sectionUnits(g.missingSections, g.singleH, 'missing');
  const predMissing = sectionUnits(report.missingSections, g.singleH, 'missing');
  for (const u of units) {
    sb.judge(`sections.present.${format}`, goldPresent.has(u), predPresent.has(u), where, `section ${u}`);
    sb.judge(`sections.missing.${format}`, goldMissing.has(u), predMissing.has(u), where, `section ${u}`);
  }

  // Provision statements.
  const pm = matchStatements(g.provisions.map((x) => x.quote), report.provisions.map((x) => x.text));
  const matchedPred = new Set(pm.flatMap((m) => m.predicted));
  const byGold = new Map(pm.map((m) => [m.gold, combineProvisions(m.predicted.map((i) => report.provisions[i]))]));
  g.provisions.forEach((gp, i) => {
    const p = byGold.get(i);
    for (const fam of ['provision.detected', `provision.detected.${format}`]) {
      const t = sb.t(fam);
      t.total++;
      if (p) t.right++;
    }
    // End to end: a weak statement never reported was never flagged.
    sb.judge('provision.weak.e2e', !gp.specific, p ? !p.specific : false, where, gp.quote, naiveWeak(gp.quote));
    add(sb.c(`provision.weak.e2e.${format}`), !gp.specific, p ? !p.specific : false);
    if (!p) {
      sb.misses.push({ family: 'provision.detected', where, detail: `gold ${gp.section} statement not found`, text: gp.quote });
      return;
    }
    scoreProvision(sb, gp, p, where, true);
    const st = sb.t('provision.section');
    st.total++;
    if (sectionAgrees(gp.section, p.section)) st.right++;
    else sb.misses.push({ family: 'provision.section', where, detail: `gold ${gp.section}, predicted ${p.section}`, text: gp.quote });
  });
  report.provisions.forEach((p, i) => {
    if (matchedPred.has(i)) return;
    sb.t('provision.extra').total++;
    sb.misses.push({ family: 'provision.extra', where, detail: `reported ${p.section} statement matches no gold statement (specific ${p.specific})`, text: p.text });
    // A reported statement that is not one, flagged as weak, is a false alarm a reader sees.
    add(sb.c('provision.weak.e2e'), false, !p.specific);
    add(sb.c(`provision.weak.e2e.${format}`), false, !p.specific);
  });
  const pt = sb.t('provision.predicted');
  pt.total += report.provisions.length;
  pt.right += matchedPred.size;

  // Outcomes.
  const om = matchStatements(g.outcomes.map((x) => x.quote), report.outcomes.map((x) => x.text));
  const oByGold = new Map(om.map((m) => [m.gold, combineOutcomes(m.predicted.map((i) => report.outcomes[i]))]));
  g.outcomes.forEach((go, i) => {
    const o = oByGold.get(i);
    for (const fam of ['outcome.detected', `outcome.detected.${format}`]) {
      const t = sb.t(fam);
      t.total++;
      if (o) t.right++;
    }
    if (!o) {
      sb.misses.push({ family: 'outcome.detected', where, detail: 'gold outcome not found', text: go.quote });
      return;
    }
    scoreOutcome(sb, go, o, where, go.quote);
  });
  const ot = sb.t('outcome.predicted');
  ot.total += report.outcomes.length;
  ot.right += new Set(om.flatMap((m) => m.predicted)).size;

  // Plan-level checks, status and year group.
  for (const k of CHECK_KEYS) sb.judge(`check.${k}`, g.checks[k], report.checks[k], where, k);
  for (const [fam, right, base] of [
    ['plan.status', report.plan.status === g.plan.status, naiveStatus(text) === g.plan.status],
    ['plan.yearGroup', report.plan.yearGroup === g.plan.yearGroup, naiveYearGroup(text) === g.plan.yearGroup],
  ] as const) {
    const t = sb.t(fam);
    t.total++;
    if (right) t.right++;
    const b = sb.bt(fam);
    b.total++;
    if (base) b.right++;
  }
  if (report.plan.status !== g.plan.status) sb.misses.push({ family: 'plan.status', where, detail: `gold ${g.plan.status}, predicted ${report.plan.status}`, text: '' });
  if (report.plan.yearGroup !== g.plan.yearGroup) sb.misses.push({ family: 'plan.yearGroup', where, detail: `gold ${g.plan.yearGroup}, predicted ${report.plan.yearGroup}`, text: '' });

  scoreLinks(sb, where, [
    ...linked(g.provisions, pm, report.provisions),
    ...linked(g.outcomes, om, report.outcomes),
  ]);
  scoreDocumentFindings(sb, plan, where, report);
}

/** A gold statement of a combined table (it has a gold row) with the predicted statement it matched. */
interface LinkedItem { quote: string; goldRow: number; goldArea?: string; predRow: unknown; predArea: unknown }

/** Every gold statement with a row; one the report did not find has no row and no area. */
function linked(gold: (GoldProvision | GoldOutcome)[], matches: Match[], predicted: { text: string }[]): LinkedItem[] {
  const out: LinkedItem[] = [];
  gold.forEach((gs, i) => {
    if (gs.row === undefined) return;
    const m = matches.find((x) => x.gold === i);
    // row and area are contract fields the analyser may not emit yet: read them loosely.
    const p = (m ? predicted[m.predicted[0]] : {}) as { row?: unknown; area?: unknown };
    out.push({ quote: gs.quote, goldRow: gs.row, goldArea: gs.area, predRow: p.row ?? null, predArea: p.area ?? null });
  });
  return out;
}

/** Same area: one names the other, or their words mostly agree ("Communication and interaction"). */
export function sameArea(gold: string, predicted: string): boolean {
  const a = normalise(gold);
  const b = normalise(predicted);
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const o = tokenOverlap(gold, predicted);
  return o.recall >= 0.6 && o.precision >= 0.6;
}

/**
 * Row links: a statement is linked right when the report found it and put in its row exactly the
 * statements gold puts in its row. Area: the area named agrees. A statement not found is wrong on both.
 */
function scoreLinks(sb: Scoreboard, where: string, items: LinkedItem[]): void {
  items.forEach((it, i) => {
    const goldPartners = items.map((x, j) => (x.goldRow === it.goldRow ? j : -1)).filter((j) => j >= 0 && j !== i);
    const predPartners = it.predRow === null ? null : items.map((x, j) => (x.predRow !== null && x.predRow === it.predRow ? j : -1)).filter((j) => j >= 0 && j !== i);
    const rowRight = predPartners !== null && predPartners.length === goldPartners.length && predPartners.every((j) => goldPartners.includes(j));
    const t = sb.t('link.row');
    t.total++;
    if (rowRight) t.right++;
    else sb.misses.push({ family: 'link.row', where, detail: it.predRow === null ? 'no row reported (or statement not found)' : 'row shared with other statements than in gold', text: it.quote });
    if (it.goldArea === undefined) return;
    const a = sb.t('link.area');
    a.total++;
    if (typeof it.predArea === 'string' && sameArea(it.goldArea, it.predArea)) a.right++;
    else sb.misses.push({ family: 'link.area', where, detail: `gold "${it.goldArea}", predicted ${JSON.stringify(it.predArea)}`, text: it.quote });
  });
}

/** Whole-document and template findings, by presence; unreadable pages as a set; the findings limit. */
function scoreDocumentFindings(sb: Scoreboard, plan: CorpusPlan, where: string, report: Report): void {
  const g = plan.gold;
  const findings = report.findings as ({ ruleId: string; page: number | null; pages?: unknown })[];
  for (const rule of DOCUMENT_RULES) {
    const expected = g.expectedFindings.find((f) => f.ruleId === rule);
    const got = findings.filter((f) => f.ruleId === rule);
    sb.judge(`finding.${rule}`, expected !== undefined, got.length > 0, where, rule);
    if (expected?.pages) {
      const pages = new Set<number>();
      for (const f of got) {
        if (typeof f.page === 'number') pages.add(f.page);
        if (Array.isArray(f.pages)) for (const p of f.pages) if (typeof p === 'number') pages.add(p);
      }
      const right = pages.size === expected.pages.length && expected.pages.every((p) => pages.has(p));
      const t = sb.t('finding.unreadable-pages');
      t.total++;
      if (right) t.right++;
      else sb.misses.push({ family: 'finding.unreadable-pages', where, detail: `gold pages ${expected.pages.join(',')}, reported ${[...pages].join(',') || 'none'}`, text: '' });
    }
  }
  if (g.maxFindings !== null) {
    const t = sb.t('findings.withinLimit');
    t.total++;
    if (findings.length <= g.maxFindings) t.right++;
    else sb.misses.push({ family: 'findings.withinLimit', where, detail: `${findings.length} findings, at most ${g.maxFindings} expected`, text: '' });
  }
}

/** Counts a plan that could not be read as having found nothing. */
function scoreUnreadable(sb: Scoreboard, plan: CorpusPlan, format: Format, reason: string): void {
  sb.errors.push(`${plan.id}/${format}: ${reason}`);
  for (const fam of ['provision.detected', `provision.detected.${format}`]) sb.t(fam).total += plan.gold.provisions.length;
  for (const fam of ['outcome.detected', `outcome.detected.${format}`]) sb.t(fam).total += plan.gold.outcomes.length;
  for (const gp of plan.gold.provisions) {
    add(sb.c('provision.weak.e2e'), !gp.specific, false);
    add(sb.c(`provision.weak.e2e.${format}`), !gp.specific, false);
  }
  sb.t('plan.status').total++;
  sb.t('plan.yearGroup').total++;
}

/** A document that must fail (expectedError): right when it fails with that code, and nothing else is scored. */
function scoreExpectedError(sb: Scoreboard, plan: CorpusPlan, format: Format, code: string | null): void {
  const t = sb.t('document.error');
  t.total++;
  if (code === plan.gold.expectedError) t.right++;
  else sb.misses.push({ family: 'document.error', where: `${plan.id}/${format}`, detail: `gold error ${plan.gold.expectedError}, got ${code ?? 'a report'}`, text: '' });
}

export async function evaluatePlans(services: Services, plans: CorpusPlan[], formats: readonly Format[] = FORMATS, sb = new Scoreboard()): Promise<Scoreboard> {
  for (const plan of plans) {
    // A plan exists only in the formats its gold lists (a garbled PDF has no text or DOCX).
    // Every shape of a format (plan.txt, plan.paste.txt) is scored under that format.
    for (const format of formats.filter((f) => plan.gold.formats.includes(f))) for (const file of plan.files(format)) {
      const expectError = plan.gold.expectedError !== null;
      const shape = basename(file).slice('plan.'.length, -(`.${format}`.length));
      const at = shape ? { ...plan, id: `${plan.id}(${shape})` } : plan;
      let doc: StructuredDocument;
      try {
        doc = await services.ingest(new Uint8Array(readFileSync(file)), { name: `plan.${format}` });
      } catch (e) {
        const code = (e as { code?: string }).code ?? '';
        if (expectError) scoreExpectedError(sb, at, format, code || null);
        else scoreUnreadable(sb, at, format, `ingest failed: ${code} ${(e as Error).message}`);
        continue;
      }
      let report: Report;
      try {
        report = services.analyse(doc);
      } catch (e) {
        const code = (e as { code?: string }).code ?? '';
        if (expectError) scoreExpectedError(sb, at, format, code || null);
        else scoreUnreadable(sb, at, format, `analyse threw: ${code} ${(e as Error).message}`);
        continue;
      }
      if (expectError) {
        scoreExpectedError(sb, at, format, null);
        continue;
      }
      scorePlanReport(sb, at, format, report, doc.text);
    }
  }
  return sb;
}

/** A one-paragraph document, as the CLI's --section check would see a pasted statement. */
export function paragraphDocument(text: string): StructuredDocument {
  return {
    name: 'statement.txt',
    mediaType: 'text/plain',
    sha256: createHash('sha256').update(text).digest('hex'),
    pages: null,
    text,
    blocks: [{ kind: 'paragraph', text, start: 0, end: text.length, page: null }],
    pageStarts: [],
  };
}

export function evaluateStatements(analyse: AnalyseFn, provisions: ProvisionLine[], outcomes: OutcomeLine[], sb = new Scoreboard()): Scoreboard {
  provisions.forEach((line, i) => {
    const where = `provisions.jsonl:${i + 1}`;
    const section = (line.section === 'H' ? 'H2' : line.section) as SectionKey;
    const report = analyse(paragraphDocument(line.text), { section });
    const t = sb.t('provision.detected');
    t.total++;
    if (report.provisions.length === 0) {
      sb.misses.push({ family: 'provision.detected', where, detail: 'no provision reported', text: line.text });
      sb.judge('provision.weak', !line.specific, false, where, line.text, naiveWeak(line.text));
      for (const k of ELEMENT_KEYS) sb.judge(`provision.element.${k}`, line.elements[k], false, where, line.text);
      return;
    }
    t.right++;
    scoreProvision(sb, { quote: line.text, section: line.section, specific: line.specific, elements: line.elements, vagueTerms: line.vagueTerms }, combineProvisions(report.provisions), where, true);
  });
  outcomes.forEach((line, i) => {
    const where = `outcomes.jsonl:${i + 1}`;
    const report = analyse(paragraphDocument(line.text), { section: 'E' });
    const t = sb.t('outcome.detected');
    t.total++;
    if (report.outcomes.length === 0) {
      sb.misses.push({ family: 'outcome.detected', where, detail: 'no outcome reported', text: line.text });
      // Nothing reported: judged as if reported SMART, measurable, time-bound and not PfA (nothing flagged).
      scoreOutcome(sb, line, { text: line.text, start: 0, end: 0, page: null, smart: true, measurable: true, timeBound: true, preparingForAdulthood: false, row: null, area: null }, where, line.text);
      return;
    }
    t.right++;
    scoreOutcome(sb, line, combineOutcomes(report.outcomes), where, line.text);
  });
  return sb;
}
