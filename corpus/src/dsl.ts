// A small description language for synthetic plans: each plan is written once, with its gold
// labels inline, and rendered to HTML (for DOCX and PDF) and to plain text.
import type { ExpectedFinding, GoldChecks, GoldElements, GoldProvisionSection, GoldSectionKey } from '../gold-schema.ts';

export interface ProvisionItem {
  kind: 'P';
  text: string;
  specific: boolean;
  elements: GoldElements;
  vagueTerms: string[];
  section?: GoldProvisionSection;
}

export interface OutcomeItem {
  kind: 'O';
  text: string;
  measurable: boolean;
  timeBound: boolean;
  smart: boolean;
  preparingForAdulthood: boolean;
}

export type Inline = string | ProvisionItem | OutcomeItem;

export type Block =
  | { k: 'para'; text: Inline; bold?: boolean }
  /** One prose paragraph holding several statements, one sentence group each. */
  | { k: 'prose'; items: Inline[] }
  | { k: 'list'; items: Inline[]; ordered?: boolean; markers?: string[]; indent?: number }
  | { k: 'table'; head?: string[]; rows: Inline[][]; fit?: boolean };

/**
 * formTable: the whole section is one two-column table row, heading cell then content cell (Word-form templates).
 * boxTable: the whole section is one shaded one-cell table, the heading as its first (bold) paragraph.
 */
export type HeadingStyle = 'h1' | 'h2' | 'h3' | 'bold' | 'plain' | 'letterTable' | 'formTable' | 'boxTable';

export interface SectionSpec {
  /** The sections this part of the plan holds (several for a combined B/E/F table; H1+H2 for a single H). */
  keys: GoldSectionKey[];
  heading: string;
  style: HeadingStyle;
  /** For letterTable headings: the letter cell. */
  letter?: string;
  pageBreak?: boolean;
  /** Section given to provision items found here (defaults from keys). */
  provisionSection?: GoldProvisionSection;
  blocks: Block[];
}

export interface PlanSpec {
  id: string;
  description: string;
  pdfProducer: 'chromium' | 'soffice';
  child: { name: string; dob: string };
  txtTable: 'tab' | 'pipe';
  txtBullet?: string;
  txtHeadingPrefix?: string;
  /** Plain text as extracted from a printed copy: a running header and page footer every N blocks. */
  txtRunningHeaderEvery?: number;
  /** Tables as wide as the page in the DOCX (LibreOffice ignores the CSS width otherwise). */
  fitTables?: boolean;
  /**
   * A watermark printed across every page of the Chromium PDF ("DRAFT"); in the text (a copy from
   * that PDF) it follows each running header. Needs txtRunningHeaderEvery for the text.
   */
  watermark?: string;
  /** Plain text hard-wrapped at this column, as pdftotext or an e-mail client leaves it. */
  txtWrap?: number;
  /** Plain text with Windows line endings. */
  txtCrlf?: boolean;
  front: Block[];
  sections: SectionSpec[];
  /** Text after the last section that belongs to none (e.g. signatures). */
  back?: Block[];
  status: 'draft' | 'final' | 'unknown';
  yearGroup: number | null;
  checks?: Partial<GoldChecks>;
  /** Template findings the report must carry (e.g. placeholder text left in). */
  expectedFindings?: ExpectedFinding[];
}

const ELEMENT_LETTERS: Record<string, keyof GoldElements> = {
  a: 'activity', p: 'provider', q: 'qualification', f: 'frequency', d: 'duration', g: 'groupSize',
};

/**
 * A provision statement. `code` is "S" (specific) or "V" (not specific), a space, then the
 * elements it names: a=activity p=provider q=qualification f=frequency d=duration g=groupSize.
 */
export function p(text: string, code: string, vagueTerms: string[] = [], section?: GoldProvisionSection): ProvisionItem {
  const [flag, letters = ''] = code.split(' ');
  if (flag !== 'S' && flag !== 'V') throw new Error(`bad provision code "${code}"`);
  const elements: GoldElements = { activity: false, provider: false, qualification: false, frequency: false, duration: false, groupSize: false };
  for (const ch of letters) {
    const key = ELEMENT_LETTERS[ch];
    if (!key) throw new Error(`bad element letter "${ch}" in "${code}"`);
    elements[key] = true;
  }
  if (flag === 'S' && vagueTerms.length) throw new Error(`specific statement with vague terms: ${text}`);
  if (flag === 'V' && !text) throw new Error('empty statement');
  return { kind: 'P', text, specific: flag === 'S', elements, vagueTerms, section };
}

/**
 * An outcome statement. `code` letters: m=measurable t=time-bound P=preparing for adulthood
 * x=not the child's own achievement (a service or an aspiration), which is never SMART.
 */
export function o(text: string, code: string): OutcomeItem {
  for (const ch of code) if (!'mtPx'.includes(ch)) throw new Error(`bad outcome code "${code}"`);
  const measurable = code.includes('m');
  const timeBound = code.includes('t');
  return {
    kind: 'O', text, measurable, timeBound,
    smart: measurable && timeBound && !code.includes('x'),
    preparingForAdulthood: code.includes('P'),
  };
}

export const para = (text: Inline, bold = false): Block => ({ k: 'para', text, bold });
export const prose = (...items: Inline[]): Block => ({ k: 'prose', items });
export const ul = (...items: Inline[]): Block => ({ k: 'list', items });
export const ol = (...items: Inline[]): Block => ({ k: 'list', items, ordered: true });
/** A list whose markers are written literally ("a)", "F)"), as some templates type them. */
export const lettered = (markers: string[], ...items: Inline[]): Block => ({ k: 'list', items, markers });
/** A lettered sub-list ("(a)", "(b)") indented under a numbered paragraph. */
export const sublist = (markers: string[], ...items: Inline[]): Block => ({ k: 'list', items, markers, indent: 1 });
export const table = (head: string[] | undefined, ...rows: Inline[][]): Block => ({ k: 'table', head, rows });
/** A wide table (six or more columns) told to fit the page width in the DOCX. */
export const gridTable = (head: string[], ...rows: Inline[][]): Block => ({ k: 'table', head, rows, fit: true });

export function textOf(i: Inline): string {
  return typeof i === 'string' ? i : i.text;
}
