// Plans written into the national EHCP template (shared/templates), with their gold labels inline,
// as the old plans are in dsl.ts: a cell is one paragraph or several, each a string (not a
// statement) or a p()/o() item (a gold statement).
import type { ExpectedFinding, GoldChecks, PlanGold } from '../../gold-schema.ts';
import type { Inline } from '../dsl.ts';
import { goldChecks } from '../common.ts';

/**
 * One cell paragraph written in several parts, joined as they are written: a typed bullet before a
 * statement, or several statements in one paragraph; a "\n" in any part is a manual line break
 * (Shift+Enter), as LAs separate provisions inside one cell.
 */
export interface Run { run: Inline[] }
/** A cell: one paragraph or several, each a string, a p()/o() item or a Run. */
export type Cell = Inline | Run | (Inline | Run)[];

export interface AreaRow { need: Cell; provision: Cell; outcome: Cell }
export interface HealthRow { need: Cell; provision: Cell; outcome: Cell }
export interface SocialRow { need: Cell; h1: Cell; h2: Cell; outcome: Cell }

/** The four B-F-E tables, by the template's placeholder prefix, with the heading each prints. */
export const AREAS = {
  communication_interaction: 'Communication and interaction',
  cognition_learning: 'Cognition and learning',
  semh: 'Social, emotional and mental health difficulties',
  sensory_physical: 'Sensory and/or physical needs',
} as const;
export type AreaKey = keyof typeof AREAS;

export interface NationalSpec {
  id: string;
  description: string;
  form: 'filled' | 'half-filled' | 'blank';
  /** Paragraphs the LA adds under the template's title (authority name, DRAFT/FINAL, dates). */
  banner?: string[];
  /** Simple placeholders of the front sheet, by name ("name", "date_of_birth", ...). */
  fields?: Record<string, string>;
  a1?: { history: Cell; communication: Cell };
  a2?: { child_views: Cell; family_views: Cell; interests: Cell; strengths: Cell; aspirations: Cell };
  areas?: Partial<Record<AreaKey, { strengths: Cell; rows: AreaRow[] }>>;
  health?: { strengths: Cell; rows: HealthRow[] };
  social?: { strengths: Cell; rows: SocialRow[] };
  placement?: { name: string; type: string };
  directPayments?: { details: string; arrangements: string };
  /** Section K rows, top to bottom: [label (undefined keeps the printed one), date, who from, appended]. */
  advice?: [string | undefined, string, string, string][];
  signOff?: [string, string, string];
  /**
   * What happens to everything this spec does not fill: 'empty' (as docxtpl renders a missing
   * value, and unused table rows deleted or left blank per `unusedRows`) or 'placeholder' (left
   * as the template has it: a form not yet filled in).
   */
  unfilled: 'empty' | 'placeholder';
  unusedRows: 'remove' | 'blank';
  status: 'draft' | 'final' | 'unknown';
  yearGroup: number | null;
  checks?: Partial<GoldChecks>;
  expectedFindings?: ExpectedFinding[];
  maxFindings?: number;
  /**
   * How plan.txt is made: LibreOffice's text export (each cell on its own line; the default) or
   * the DOCX copied and pasted as plain text ('paste': a table row on one line, cells split by tabs);
   * 'both': LibreOffice's export as plan.txt, the paste as plan.paste.txt and Word's "save as plain
   * text" as plan.word.txt (each cell on its own lines, a blank line after it; CRLF), all scored as "txt".
   */
  txt?: 'export' | 'paste' | 'both';
}

const isRun = (x: Inline | Run): x is Run => typeof x === 'object' && 'run' in x;
/** The cell's paragraphs: plain strings, or the parts of a Run. */
export const cellParagraphs = (c: Cell | undefined): (Inline | Run)[] => (c === undefined ? [] : Array.isArray(c) ? c : [c]);
/** Every string and statement in the cell, a Run's parts in order. */
export const cellItems = (c: Cell | undefined): Inline[] => cellParagraphs(c).flatMap((x) => (isRun(x) ? x.run : [x]));
/** Each paragraph's text: a Run's parts joined as written. */
export const paragraphTexts = (c: Cell | undefined): string[] =>
  cellParagraphs(c).map((x) => (isRun(x) ? x.run.map((i) => (typeof i === 'string' ? i : i.text)).join('') : typeof x === 'string' ? x : x.text));
/** A placeholder left in ("{{ h2_provision_1 }}") is template text, not the plan's content. */
const isPlaceholder = (t: string) => /^\s*\{\{[^}]*\}\}\s*$/.test(t);
const hasText = (c: Cell | undefined) => cellItems(c).some((i) => {
  const t = typeof i === 'string' ? i : i.text;
  return t.trim() !== '' && !isPlaceholder(t);
});
const cellText = (c: Cell) => cellItems(c).map((i) => (typeof i === 'string' ? i : i.text)).join(' ');

export function nationalGold(spec: NationalSpec): PlanGold {
  const present = new Set<string>();
  const provisions: PlanGold['provisions'] = [];
  const outcomes: PlanGold['outcomes'] = [];
  let row = 0;
  const take = (c: Cell, key: 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H1' | 'H2', rowId: number, area: string) => {
    if (hasText(c)) present.add(key);
    for (const it of cellItems(c)) {
      if (typeof it === 'string') continue;
      if (it.kind === 'P') {
        if (!['F', 'G', 'H1', 'H2'].includes(key)) throw new Error(`${spec.id}: provision in ${key}: ${it.text}`);
        provisions.push({ quote: it.text, section: key as 'F', specific: it.specific, elements: it.elements, vagueTerms: it.vagueTerms, row: rowId, area });
      } else {
        if (key !== 'E') throw new Error(`${spec.id}: outcome in ${key}: ${it.text}`);
        outcomes.push({ quote: it.text, measurable: it.measurable, timeBound: it.timeBound, smart: it.smart, preparingForAdulthood: it.preparingForAdulthood, row: rowId, area });
      }
    }
  };
  if (spec.a1 && (hasText(spec.a1.history) || hasText(spec.a1.communication))) present.add('A');
  if (spec.a2 && Object.values(spec.a2).some(hasText)) present.add('A');
  for (const [key, heading] of Object.entries(AREAS) as [AreaKey, string][]) {
    for (const r of spec.areas?.[key]?.rows ?? []) {
      row++;
      take(r.need, 'B', row, heading);
      take(r.provision, 'F', row, heading);
      take(r.outcome, 'E', row, heading);
    }
  }
  for (const r of spec.health?.rows ?? []) {
    row++;
    take(r.need, 'C', row, cellText(r.need));
    take(r.provision, 'G', row, cellText(r.need));
    take(r.outcome, 'E', row, cellText(r.need));
  }
  for (const r of spec.social?.rows ?? []) {
    row++;
    take(r.need, 'D', row, cellText(r.need));
    take(r.h1, 'H1', row, cellText(r.need));
    take(r.h2, 'H2', row, cellText(r.need));
    take(r.outcome, 'E', row, cellText(r.need));
  }
  if (spec.placement && (hasText(spec.placement.name) || hasText(spec.placement.type))) present.add('I');
  if (spec.directPayments && (hasText(spec.directPayments.details) || hasText(spec.directPayments.arrangements))) present.add('J');
  if (spec.advice?.some(([, d, w]) => hasText(d) || hasText(w))) present.add('K');
  const KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K'] as const;
  return {
    id: spec.id,
    description: spec.description,
    producers: { docx: 'soffice', pdf: 'soffice' },
    layout: 'national',
    form: spec.form,
    formats: ['txt', 'docx', 'pdf'],
    expectedFindings: spec.expectedFindings ?? [],
    expectedError: null,
    maxFindings: spec.maxFindings ?? null,
    sections: KEYS.filter((k) => present.has(k)),
    missingSections: KEYS.filter((k) => !present.has(k)),
    singleH: false,
    provisions,
    outcomes,
    plan: { status: spec.status, yearGroup: spec.yearGroup },
    checks: goldChecks(spec.checks),
  };
}
