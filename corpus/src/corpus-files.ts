// Reads the committed corpus: plans with their gold labels, and the single-statement sets.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Layout, PlanGold, ProvisionLine, OutcomeLine } from '../gold-schema.ts';
import { HOLDOUT_PLANS, NATIONAL_HOLDOUT, FLATTENED_HOLDOUT, FLATTENED_HOLDOUT_6, DOCFORM_HOLDOUT, NATIONAL_HOLDOUT_6 } from './plans/index.ts';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FORMATS = ['txt', 'docx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

export interface CorpusPlan {
  id: string;
  dir: string;
  gold: PlanGold;
  file(format: Format): string;
  /**
   * Every file of a format: plan.<format> first, then other shapes of it (plan.paste.txt: the same
   * plan pasted from Word rather than exported), each scored under that format.
   */
  files(format: Format): string[];
}

/** plan.txt, then plan.<shape>.txt in name order (and likewise for any format). */
function shapesOf(dir: string, f: Format): string[] {
  const extra = readdirSync(dir).filter((n) => n.startsWith('plan.') && n.endsWith(`.${f}`) && n !== `plan.${f}`).sort();
  return [join(dir, `plan.${f}`), ...extra.map((n) => join(dir, n))];
}

/** Held-out plan ids: kept out of loadPlans() so they never mix into the main figures or floors. */
export const HOLDOUT_PLAN_IDS: readonly string[] = [...HOLDOUT_PLANS, ...NATIONAL_HOLDOUT, ...FLATTENED_HOLDOUT, ...FLATTENED_HOLDOUT_6, ...DOCFORM_HOLDOUT, ...NATIONAL_HOLDOUT_6].map((s) => s.id);

/**
 * The main corpus plans; `{ holdout: true }` gives the held-out plans instead; `layouts` keeps
 * only those layout families (the floors apply to 'la-form', the LA forms of p01-p42).
 */
export function loadPlans(opts: { holdout?: boolean; layouts?: readonly Layout[] } = {}): CorpusPlan[] {
  const root = join(CORPUS_DIR, 'plans');
  return readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'gold.json')))
    .filter((d) => HOLDOUT_PLAN_IDS.includes(d) === (opts.holdout ?? false))
    // In number order: p11 before p100.
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((id) => {
      const dir = join(root, id);
      return { id, dir, gold: PlanGold.parse(JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'))), file: (f: Format) => join(dir, `plan.${f}`), files: (f: Format) => shapesOf(dir, f) };
    })
    .filter((p) => !opts.layouts || opts.layouts.includes(p.gold.layout));
}

function readJsonl(file: string): unknown[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      return JSON.parse(l);
    } catch {
      throw new Error(`${file}: line ${i + 1} is not JSON`);
    }
  });
}

export const loadProvisionLines = () => readJsonl(join(CORPUS_DIR, 'statements', 'provisions.jsonl')).map((l) => ProvisionLine.parse(l));
export const loadOutcomeLines = () => readJsonl(join(CORPUS_DIR, 'statements', 'outcomes.jsonl')).map((l) => OutcomeLine.parse(l));
export const loadHoldoutProvisionLines = () => readJsonl(join(CORPUS_DIR, 'statements', 'holdout-provisions.jsonl')).map((l) => ProvisionLine.parse(l));
export const loadHoldoutOutcomeLines = () => readJsonl(join(CORPUS_DIR, 'statements', 'holdout-outcomes.jsonl')).map((l) => OutcomeLine.parse(l));

/**
 * The group a plan is reported under: its layout family, or the kind of test input it is (a blank
 * or half-filled form, a PDF with a garbled text layer), which is scored on other terms.
 */
export type LayoutGroup = Layout | 'half-filled' | 'blank' | 'garbled';
export const LAYOUT_GROUPS: readonly LayoutGroup[] = ['la-form', 'national', 'flattened', 'half-filled', 'blank', 'garbled'];
export function layoutGroup(g: PlanGold): LayoutGroup {
  if (g.expectedError === 'unreadable_text' || g.expectedFindings.some((f) => f.ruleId === 'document.unreadable-text')) return 'garbled';
  if (g.form !== 'filled') return g.form;
  return g.layout;
}
