// npm run accuracy [-- --verbose] [--formats txt,pdf] [--only p01,p02] [--subset p25,p26] [--holdout] [--json FILE]
// --subset prints a second plan table (and its misses) for those plans, from the same run.
// --holdout also scores the held-out plans (p39+) and statement sets on their own boards and prints
// them as separate tables with every miss; they never enter the main figures. Never tune rules on them.
// Measures ingest() + analyse() against the gold labels of the synthetic corpus and prints
// precision, recall and F1 per rule family beside a naive baseline; writes corpus/accuracy-latest.json.
// The main PLANS table (and the floors in tests/corpus) covers the LA forms (layout 'la-form', p01-p42);
// the other layouts (national template, flattened text, blank / half-filled forms, garbled PDFs)
// get a table of their own and a summary per layout and per format (floors per layout and format in tests/corpus).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_KEYS, DOCUMENT_RULES, ELEMENT_KEYS } from './gold-schema.ts';
import { CORPUS_DIR, type CorpusPlan, FORMATS, type Format, LAYOUT_GROUPS, type LayoutGroup, layoutGroup, loadHoldoutOutcomeLines, loadHoldoutProvisionLines, loadOutcomeLines, loadPlans, loadProvisionLines } from './src/corpus-files.ts';
import { Scoreboard, type Services, ServicesMissing, evaluatePlans, evaluateStatements, loadServices } from './src/evaluate.ts';
import { type Counts, type Prf, emptyCounts, merge, prf, rate } from './src/metrics.ts';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const verbose = args.includes('--verbose') || args.includes('-v');
const formats = (opt('--formats')?.split(',') ?? [...FORMATS]) as Format[];
const only = opt('--only')?.split(',');
const subset = opt('--subset')?.split(',');
const holdout = args.includes('--holdout');
const jsonOut = opt('--json') ?? join(CORPUS_DIR, 'accuracy-latest.json');

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '   -' : x.toFixed(2).padStart(4));

interface Row { family: string; label: string; n: number; precision?: number | null; recall?: number | null; f1?: number | null; accuracy?: number | null; baseline?: number | null; baselineKind?: string }

function rowsFor(sb: Scoreboard, section: 'plans' | 'statements'): Row[] {
  const rows: Row[] = [];
  const counts = (family: string, label: string, baselineKind = 'F1') => {
    const c = sb.counts.get(family);
    if (!c) return;
    const p: Prf = prf(c);
    const b = sb.baseline.get(family);
    rows.push({ family, label, n: p.n, precision: p.precision, recall: p.recall, f1: p.f1, accuracy: p.accuracy, baseline: b ? prf(b).f1 : undefined, baselineKind });
  };
  const tally = (family: string, label: string) => {
    const t = sb.tallies.get(family);
    if (!t) return;
    const b = sb.baselineTallies.get(family);
    rows.push({ family, label, n: t.total, accuracy: rate(t), baseline: b ? rate(b) : undefined, baselineKind: 'accuracy' });
  };
  tally('provision.detected', 'provision statements found (recall)');
  if (section === 'plans') tally('provision.predicted', 'reported provisions that are gold (precision)');
  counts('provision.weak', 'weak provision (+ = not specific), matched');
  if (section === 'plans') counts('provision.weak.e2e', 'weak provision, end to end');
  for (const k of ELEMENT_KEYS) counts(`provision.element.${k}`, `element: ${k}`);
  counts('provision.vagueTerms', 'vague terms (term level)');
  if (section === 'plans') tally('provision.section', 'provision section attribution');
  tally('outcome.detected', 'outcome statements found (recall)');
  if (section === 'plans') tally('outcome.predicted', 'reported outcomes that are gold (precision)');
  counts('outcome.nonSmart', 'non-SMART outcome (+ = not SMART)');
  counts('outcome.notMeasurable', 'not measurable');
  counts('outcome.notTimeBound', 'not time-bound');
  counts('outcome.pfa', 'preparing for adulthood (+ = PfA)');
  if (section === 'plans') {
    for (const k of CHECK_KEYS) counts(`check.${k}`, `check: ${k}`);
    tally('plan.status', 'plan status');
    tally('plan.yearGroup', 'year group');
    tally('link.row', 'row links (combined tables)');
    tally('link.area', 'area of need named');
    for (const r of DOCUMENT_RULES) counts(`finding.${r}`, `finding: ${r}`);
    tally('finding.unreadable-pages', 'unreadable pages named exactly');
    tally('findings.withinLimit', 'findings within the limit (blank form)');
    tally('document.error', 'expected error code (unreadable_text)');
    for (const f of formats) {
      counts(`sections.present.${f}`, `sections present [${f}]`);
      counts(`sections.missing.${f}`, `missing sections [${f}]`);
      tally(`provision.detected.${f}`, `provision found [${f}]`);
      tally(`outcome.detected.${f}`, `outcome found [${f}]`);
      counts(`provision.weak.e2e.${f}`, `weak provision e2e [${f}]`);
    }
  }
  return rows;
}

function printRows(title: string, rows: Row[]) {
  console.log(`\n${title}`);
  console.log(`${'family'.padEnd(48)} ${'n'.padStart(5)}    P     R    F1   acc   baseline`);
  for (const r of rows) {
    const base = r.baseline === undefined ? '' : `${fmt(r.baseline)} ${r.baselineKind === 'accuracy' ? 'acc' : 'F1'}`;
    console.log(`${r.label.padEnd(48)} ${String(r.n).padStart(5)} ${fmt(r.precision)}  ${fmt(r.recall)}  ${fmt(r.f1)}  ${fmt(r.accuracy)}   ${base}`);
  }
}

async function main() {
  let services;
  try {
    services = await loadServices();
  } catch (e) {
    if (e instanceof ServicesMissing) {
      console.error(`accuracy: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  const allPlans = loadPlans().filter((p) => !only || only.includes(p.id));
  const plans = allPlans.filter((p) => p.gold.layout === 'la-form');
  const layoutPlans = allPlans.filter((p) => p.gold.layout !== 'la-form');
  const provisionLines = loadProvisionLines();
  const outcomeLines = loadOutcomeLines();
  const t0 = Date.now();
  // Every plan and format is scored once, on a board per layout group and format; the tables merge them.
  const subsetPlans = subset ? allPlans.filter((p) => subset.includes(p.id)) : [];
  const byGroup = await evaluateByGroup(services, allPlans, formats, subsetPlans);
  const planBoard = mergeBoards(formats.map((f) => byGroup.boards.get(`la-form|${f}`)));
  const layoutBoard = mergeBoards([...byGroup.boards].filter(([k]) => !k.startsWith('la-form|')).map(([, b]) => b));
  const subsetBoard = subset ? byGroup.subset : null;
  const stmtBoard = evaluateStatements(services.analyse, provisionLines, outcomeLines);
  const planRows = rowsFor(planBoard, 'plans');
  const stmtRows = rowsFor(stmtBoard, 'statements');
  // Held-out material on boards of its own, so the main figures stay comparable run to run.
  const holdoutPlans = holdout ? loadPlans({ holdout: true }).filter((p) => !only || only.includes(p.id)) : [];
  const holdoutByGroup = holdout ? await evaluateByGroup(services, holdoutPlans, formats, []) : null;
  const holdoutPlanBoard = holdoutByGroup ? mergeBoards([...holdoutByGroup.boards.values()]) : null;
  const holdoutProvisions = holdout ? loadHoldoutProvisionLines() : [];
  const holdoutOutcomes = holdout ? loadHoldoutOutcomeLines() : [];
  const holdoutStmtBoard = holdout ? evaluateStatements(services.analyse, holdoutProvisions, holdoutOutcomes) : null;

  printRows(`PLANS: ${plans.length} plans x ${formats.join('/')} (baseline: vague-word list for provision; has-a-date for SMART/time-bound; has-a-number for measurable; keyword list for PfA; first "draft"/"final" and first "Year N" for status and year)`, planRows);
  if (subsetBoard) {
    printRows(`PLANS SUBSET: ${subsetPlans.map((p) => p.id).join(',')} x ${formats.join('/')}`, rowsFor(subsetBoard, 'plans'));
  }
  if (layoutPlans.length) {
    printRows(`NEW LAYOUTS: ${layoutPlans.map((p) => p.id).join(',')} x ${formats.join('/')} (national template, flattened text, blank and half-filled forms, garbled PDFs)`, rowsFor(layoutBoard, 'plans'));
  }
  const layoutSummary = summarise(byGroup, allPlans, formats);
  printSummary('BY LAYOUT AND FORMAT (main corpus)', layoutSummary);
  printRows(`SINGLE STATEMENTS: ${provisionLines.length} provision lines, ${outcomeLines.length} outcome lines, each analysed alone with --section`, stmtRows);
  if (holdoutPlanBoard && holdoutStmtBoard) {
    printRows(`HELD-OUT PLANS: ${holdoutPlans.map((p) => p.id).join(',')} x ${formats.join('/')}`, rowsFor(holdoutPlanBoard, 'plans'));
    printSummary('HELD-OUT BY LAYOUT AND FORMAT', summarise(holdoutByGroup!, holdoutPlans, formats));
    printRows(`HELD-OUT SINGLE STATEMENTS: ${holdoutProvisions.length} provision lines, ${holdoutOutcomes.length} outcome lines`, rowsFor(holdoutStmtBoard, 'statements'));
  }
  for (const [name, b] of [['', planBoard], [' (new layouts)', layoutBoard]] as const) {
    if (!b.errors.length) continue;
    console.log(`\nUnreadable or failed${name} (${b.errors.length}):`);
    for (const e of b.errors) console.log(`  ${e}`);
  }
  if (verbose) {
    const boards: [string, Scoreboard][] = [['plans', planBoard], ['new layouts', layoutBoard], ['statements', stmtBoard]];
    for (const [name, sb] of boards) {
      console.log(`\nMISSES (${name}):`);
      const byFamily = new Map<string, typeof sb.misses>();
      for (const m of sb.misses) byFamily.set(m.family, [...(byFamily.get(m.family) ?? []), m]);
      for (const [family, ms] of [...byFamily].sort()) {
        console.log(`\n  ${family} (${ms.length})`);
        for (const m of ms) console.log(`    ${m.where}: ${m.detail}${m.text ? ` | ${m.text.length > 160 ? m.text.slice(0, 157) + '...' : m.text}` : ''}`);
      }
    }
  } else {
    console.log('\n(run with --verbose to list every miss, gold vs predicted)');
  }
  if (subsetBoard) {
    console.log(`\nMISSES (subset ${subsetPlans.map((p) => p.id).join(',')}):`);
    for (const m of [...subsetBoard.misses].sort((x, y) => x.family.localeCompare(y.family))) {
      console.log(`  ${m.family} ${m.where}: ${m.detail}${m.text ? ` | ${m.text}` : ''}`);
    }
  }
  if (holdoutPlanBoard && holdoutStmtBoard) {
    const boards: [string, Scoreboard][] = [['held-out plans', holdoutPlanBoard], ['held-out statements', holdoutStmtBoard]];
    for (const [name, sb] of boards) {
      console.log(`\nMISSES (${name}):`);
      for (const m of [...sb.misses].sort((x, y) => x.family.localeCompare(y.family))) {
        console.log(`  ${m.family} ${m.where}: ${m.detail}${m.text ? ` | ${m.text}` : ''}`);
      }
      for (const e of sb.errors) console.log(`  error: ${e}`);
    }
  }
  const out = {
    generatedAt: new Date().toISOString(),
    seconds: Math.round((Date.now() - t0) / 100) / 10,
    corpus: { plans: plans.length, layoutPlans: layoutPlans.length, formats, provisionLines: provisionLines.length, outcomeLines: outcomeLines.length },
    plans: Object.fromEntries(planRows.map((r) => [r.family, r])),
    layouts: { plans: layoutPlans.map((p) => p.id), rows: Object.fromEntries(rowsFor(layoutBoard, 'plans').map((r) => [r.family, r])), summary: layoutSummary },
    ...(subsetBoard ? { subset: { plans: subsetPlans.map((p) => p.id), rows: Object.fromEntries(rowsFor(subsetBoard, 'plans').map((r) => [r.family, r])) } } : {}),
    statements: Object.fromEntries(stmtRows.map((r) => [r.family, r])),
    ...(holdoutPlanBoard && holdoutStmtBoard
      ? { holdout: {
          plans: holdoutPlans.map((p) => p.id),
          planRows: Object.fromEntries(rowsFor(holdoutPlanBoard, 'plans').map((r) => [r.family, r])),
          summary: summarise(holdoutByGroup!, holdoutPlans, formats),
          statementRows: Object.fromEntries(rowsFor(holdoutStmtBoard, 'statements').map((r) => [r.family, r])),
          errors: holdoutPlanBoard.errors,
        } }
      : {}),
    errors: [...planBoard.errors, ...layoutBoard.errors],
  };
  writeFileSync(jsonOut, JSON.stringify(out, null, 2) + '\n');
  console.log(`\nwrote ${jsonOut.startsWith(CORPUS_DIR) ? 'corpus' + jsonOut.slice(CORPUS_DIR.length) : jsonOut}`);
}

interface GroupBoards { boards: Map<string, Scoreboard>; subset: Scoreboard }

/** Scores each plan in each of its formats once, onto the board of its layout group and format ("national|pdf"). */
async function evaluateByGroup(services: Services, plans: CorpusPlan[], formats: readonly Format[], subsetPlans: CorpusPlan[]): Promise<GroupBoards> {
  const boards = new Map<string, Scoreboard>();
  const subsetBoard = new Scoreboard();
  for (const plan of plans) {
    for (const f of formats) {
      if (!plan.gold.formats.includes(f)) continue;
      const one = await evaluatePlans(services, [plan], [f]);
      const key = `${layoutGroup(plan.gold)}|${f}`;
      if (!boards.has(key)) boards.set(key, new Scoreboard());
      mergeInto(boards.get(key)!, one);
      if (subsetPlans.includes(plan)) mergeInto(subsetBoard, one);
    }
  }
  return { boards, subset: subsetBoard };
}

function mergeBoards(boards: (Scoreboard | undefined)[]): Scoreboard {
  const out = new Scoreboard();
  for (const b of boards) if (b) mergeInto(out, b);
  return out;
}

/** The main figures of one board, for the per-layout summary. */
interface Summary { group: string; format: string; plans: number; [family: string]: number | string | null }

function summaryOf(sb: Scoreboard, group: string, format: string, plans: number, formats: readonly string[]): Summary {
  const pooled = (families: string[]): Counts => families.reduce((acc, f) => merge(acc, sb.counts.get(f) ?? emptyCounts()), emptyCounts());
  const t = (f: string) => {
    const x = sb.tallies.get(f);
    return x && x.total ? rate(x) : null;
  };
  const f1 = (c: Counts) => (c.tp + c.fp + c.fn + c.tn ? prf(c).f1 : null);
  const acc = (c: Counts) => (c.tp + c.fp + c.fn + c.tn ? prf(c).accuracy : null);
  return {
    group, format, plans,
    'sections F1': f1(pooled(formats.map((x) => `sections.present.${x}`))),
    'missing F1': f1(pooled(formats.map((x) => `sections.missing.${x}`))),
    'prov found': t('provision.detected'),
    'prov prec': t('provision.predicted'),
    'weak e2e F1': f1(sb.counts.get('provision.weak.e2e') ?? emptyCounts()),
    'outc found': t('outcome.detected'),
    'non-SMART F1': f1(sb.counts.get('outcome.nonSmart') ?? emptyCounts()),
    'checks acc': acc(pooled(CHECK_KEYS.map((k) => `check.${k}`))),
    status: t('plan.status'),
    year: t('plan.yearGroup'),
    'row links': t('link.row'),
    area: t('link.area'),
    'doc findings acc': acc(pooled(DOCUMENT_RULES.map((r) => `finding.${r}`))),
    'error code': t('document.error'),
    failures: sb.errors.length,
  };
}

function summarise(g: GroupBoards, plans: CorpusPlan[], formats: readonly Format[]): Summary[] {
  const out: Summary[] = [];
  for (const group of LAYOUT_GROUPS as readonly LayoutGroup[]) {
    const members = plans.filter((p) => layoutGroup(p.gold) === group);
    if (!members.length) continue;
    const fs = formats.filter((f) => g.boards.has(`${group}|${f}`));
    out.push(summaryOf(mergeBoards(fs.map((f) => g.boards.get(`${group}|${f}`))), group, 'all', members.length, fs));
    for (const f of fs) out.push(summaryOf(g.boards.get(`${group}|${f}`)!, group, f, members.filter((p) => p.gold.formats.includes(f)).length, [f]));
  }
  return out;
}

function printSummary(title: string, rows: Summary[]) {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]).filter((k) => !['group', 'format', 'plans'].includes(k));
  console.log(`\n${title} (- = nothing of that kind in gold)`);
  console.log(`${'layout'.padEnd(12)}${'format'.padEnd(7)}${'plans'.padStart(5)} ${cols.map((c) => c.padStart(Math.max(5, c.length))).join(' ')}`);
  for (const r of rows) {
    const cells = cols.map((c) => {
      const v = r[c];
      const w = Math.max(5, c.length);
      return (typeof v === 'number' && c !== 'failures' ? v.toFixed(2) : v === null ? '-' : String(v)).padStart(w);
    });
    console.log(`${(r.format === 'all' ? r.group : '').padEnd(12)}${r.format.padEnd(7)}${String(r.plans).padStart(5)} ${cells.join(' ')}`);
  }
}

function mergeInto(into: Scoreboard, from: Scoreboard): void {
  for (const [k, c] of from.counts) into.counts.set(k, merge(into.counts.get(k) ?? { tp: 0, fp: 0, fn: 0, tn: 0 }, c));
  for (const [k, c] of from.baseline) into.baseline.set(k, merge(into.baseline.get(k) ?? { tp: 0, fp: 0, fn: 0, tn: 0 }, c));
  for (const [k, t] of from.tallies) {
    const x = into.t(k);
    x.right += t.right;
    x.total += t.total;
  }
  for (const [k, t] of from.baselineTallies) {
    const x = into.bt(k);
    x.right += t.right;
    x.total += t.total;
  }
  into.misses.push(...from.misses);
  into.errors.push(...from.errors);
}

main().catch((e) => {
  console.error(`accuracy: ${e instanceof Error ? e.stack ?? e.message : e}`);
  process.exit(1);
});
