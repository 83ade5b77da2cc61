// npm run accuracy [-- --verbose] [--formats txt,pdf] [--only p01,p02] [--subset p25,p26] [--holdout] [--json FILE]
// --subset prints a second plan table (and its misses) for those plans, from the same run.
// --holdout also scores the held-out plans (p39+) and statement sets on their own boards and prints
// them as separate tables with every miss; they never enter the main figures. Never tune rules on them.
// Measures ingest() + analyse() against the gold labels of the synthetic corpus and prints
// precision, recall and F1 per rule family beside a naive baseline; writes corpus/accuracy-latest.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_KEYS, ELEMENT_KEYS } from './gold-schema.ts';
import { CORPUS_DIR, FORMATS, type Format, loadHoldoutOutcomeLines, loadHoldoutProvisionLines, loadOutcomeLines, loadPlans, loadProvisionLines } from './src/corpus-files.ts';
import { Scoreboard, ServicesMissing, evaluatePlans, evaluateStatements, loadServices } from './src/evaluate.ts';
import { type Prf, merge, prf, rate } from './src/metrics.ts';

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
  const plans = loadPlans().filter((p) => !only || only.includes(p.id));
  const provisionLines = loadProvisionLines();
  const outcomeLines = loadOutcomeLines();
  const t0 = Date.now();
  // With --subset, the subset and the rest are scored on separate boards and merged for the whole.
  const subsetPlans = subset ? plans.filter((p) => subset.includes(p.id)) : [];
  const subsetBoard = subset ? await evaluatePlans(services, subsetPlans, formats) : null;
  const planBoard = await evaluatePlans(services, plans.filter((p) => !subsetPlans.includes(p)), formats);
  if (subsetBoard) mergeInto(planBoard, subsetBoard);
  const stmtBoard = evaluateStatements(services.analyse, provisionLines, outcomeLines);
  const planRows = rowsFor(planBoard, 'plans');
  const stmtRows = rowsFor(stmtBoard, 'statements');
  // Held-out material on boards of its own, so the main figures stay comparable run to run.
  const holdoutPlans = holdout ? loadPlans({ holdout: true }).filter((p) => !only || only.includes(p.id)) : [];
  const holdoutPlanBoard = holdout ? await evaluatePlans(services, holdoutPlans, formats) : null;
  const holdoutProvisions = holdout ? loadHoldoutProvisionLines() : [];
  const holdoutOutcomes = holdout ? loadHoldoutOutcomeLines() : [];
  const holdoutStmtBoard = holdout ? evaluateStatements(services.analyse, holdoutProvisions, holdoutOutcomes) : null;

  printRows(`PLANS: ${plans.length} plans x ${formats.join('/')} (baseline: vague-word list for provision; has-a-date for SMART/time-bound; has-a-number for measurable; keyword list for PfA; first "draft"/"final" and first "Year N" for status and year)`, planRows);
  if (subsetBoard) {
    printRows(`PLANS SUBSET: ${subsetPlans.map((p) => p.id).join(',')} x ${formats.join('/')}`, rowsFor(subsetBoard, 'plans'));
  }
  printRows(`SINGLE STATEMENTS: ${provisionLines.length} provision lines, ${outcomeLines.length} outcome lines, each analysed alone with --section`, stmtRows);
  if (holdoutPlanBoard && holdoutStmtBoard) {
    printRows(`HELD-OUT PLANS: ${holdoutPlans.map((p) => p.id).join(',')} x ${formats.join('/')}`, rowsFor(holdoutPlanBoard, 'plans'));
    printRows(`HELD-OUT SINGLE STATEMENTS: ${holdoutProvisions.length} provision lines, ${holdoutOutcomes.length} outcome lines`, rowsFor(holdoutStmtBoard, 'statements'));
  }
  if (planBoard.errors.length) {
    console.log(`\nUnreadable or failed (${planBoard.errors.length}):`);
    for (const e of planBoard.errors) console.log(`  ${e}`);
  }
  if (verbose) {
    const boards: [string, Scoreboard][] = [['plans', planBoard], ['statements', stmtBoard]];
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
    corpus: { plans: plans.length, formats, provisionLines: provisionLines.length, outcomeLines: outcomeLines.length },
    plans: Object.fromEntries(planRows.map((r) => [r.family, r])),
    ...(subsetBoard ? { subset: { plans: subsetPlans.map((p) => p.id), rows: Object.fromEntries(rowsFor(subsetBoard, 'plans').map((r) => [r.family, r])) } } : {}),
    statements: Object.fromEntries(stmtRows.map((r) => [r.family, r])),
    ...(holdoutPlanBoard && holdoutStmtBoard
      ? { holdout: {
          plans: holdoutPlans.map((p) => p.id),
          planRows: Object.fromEntries(rowsFor(holdoutPlanBoard, 'plans').map((r) => [r.family, r])),
          statementRows: Object.fromEntries(rowsFor(holdoutStmtBoard, 'statements').map((r) => [r.family, r])),
          errors: holdoutPlanBoard.errors,
        } }
      : {}),
    errors: planBoard.errors,
  };
  writeFileSync(jsonOut, JSON.stringify(out, null, 2) + '\n');
  console.log(`\nwrote ${jsonOut.startsWith(CORPUS_DIR) ? 'corpus' + jsonOut.slice(CORPUS_DIR.length) : jsonOut}`);
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
