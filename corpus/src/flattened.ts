// Flattened-text plans: text as it arrives from a PDF copy-paste or a text export, where headings
// run into their content ("Section A My Profile – About me I am 9 …"). A plan is a list of lines;
// each line is parts joined by a space; `at('F')` marks where a section's content starts (not printed).
import type { ExpectedFinding, GoldChecks, GoldSectionKey, PlanGold } from '../gold-schema.ts';
import { GOLD_SECTION_KEYS } from '../gold-schema.ts';
import type { Inline } from './dsl.ts';
import { goldChecks } from './common.ts';

export interface SectionMark { at: GoldSectionKey | 'H' }
export const at = (k: GoldSectionKey | 'H'): SectionMark => ({ at: k });
export type Part = Inline | SectionMark;

export interface FlatSpec {
  id: string;
  description: string;
  lines: Part[][];
  /** Hard-wrap every line at this column, as a PDF viewer's copy leaves it. */
  wrap?: number;
  /**
   * With `wrap`: a long word that would overflow is broken with a hyphen, as a justified, hyphenated
   * print copy leaves it ("develop-" / "mental"). Only in lines that hold no gold statement, so that
   * every quote stays verbatim.
   */
  hyphenate?: boolean;
  status: 'draft' | 'final' | 'unknown';
  yearGroup: number | null;
  checks?: Partial<GoldChecks>;
  expectedFindings?: ExpectedFinding[];
  /** How DOCX and PDF are made: LibreOffice from the text (the default), or by script (`docx` library, Chromium). */
  producers?: PlanGold['producers'];
  /**
   * Page furniture of a printed plan: in the text (a copy from the PDF) a footer and the next page's
   * header every `everyLines` lines (after wrapping); in the DOCX and PDF a real running header and
   * footer (LibreOffice from HTML). `{page}` and `{pages}` are the page number and count.
   */
  furniture?: { header: string; footer: string; everyLines: number };
}

const isMark = (x: Part): x is SectionMark => typeof x === 'object' && 'at' in x;
const partText = (x: Inline) => (typeof x === 'string' ? x : x.text);

/**
 * Hard-wraps a line at `width` columns, as a PDF copy or a typed plan does; with `hyphenate`, a word
 * of 8 or more letters that would overflow is split with a hyphen when 4 letters or more fit (and
 * 4 or more are left over).
 */
export function wrap(line: string, width: number, hyphenate = false): string {
  const out: string[] = [];
  let cur = '';
  for (const w of line.split(' ')) {
    const room = width - cur.length - 2;
    if (hyphenate && cur && cur.length + 1 + w.length > width && /^[A-Za-z]{8,}$/.test(w) && room >= 4 && w.length - room >= 4) {
      out.push(`${cur} ${w.slice(0, room)}-`);
      cur = w.slice(room);
    } else if (cur && cur.length + 1 + w.length > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  out.push(cur);
  return out.join('\n');
}

const lineTexts = (spec: FlatSpec) => spec.lines.map((l) => l.filter((x): x is Inline => !isMark(x)).map(partText).join(' '));
/** A line holds a gold statement (a provision or an outcome). */
const hasStatement = (l: Part[]) => l.some((x) => typeof x === 'object' && !isMark(x));

export function flattenedText(spec: FlatSpec): string {
  const texts = lineTexts(spec);
  const text = texts.map((l, i) => (spec.wrap ? wrap(l, spec.wrap, spec.hyphenate && !hasStatement(spec.lines[i])) : l)).join('\n');
  if (!spec.furniture) return text + '\n';
  const { header, footer, everyLines } = spec.furniture;
  const physical = text.split('\n');
  const pages = Math.ceil(physical.length / everyLines);
  const fill = (t: string, page: number) => t.replace('{page}', String(page)).replace('{pages}', String(pages));
  const out: string[] = [fill(header, 1)];
  physical.forEach((l, i) => {
    out.push(l);
    if ((i + 1) % everyLines === 0 && i + 1 < physical.length) out.push(fill(footer, (i + 1) / everyLines), fill(header, (i + 1) / everyLines + 1));
  });
  out.push(fill(footer, pages));
  return out.join('\n') + '\n';
}

/** The plan as LibreOffice reads HTML: one paragraph per line, the furniture as running header and footer. */
export function flattenedHtml(spec: FlatSpec): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const field = (t: string) => esc(t)
    .replace('{page}', '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>')
    .replace('{pages}', '<sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield>');
  const f = spec.furniture;
  return [
    '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Education, Health and Care Plan</title><style>body{font-family:"Liberation Sans",Arial,sans-serif;font-size:11pt}p{margin:0 0 4pt}</style></head><body>',
    f ? `<div title="header"><p style="font-size:8pt">${field(f.header)}</p></div>` : '',
    ...lineTexts(spec).map((l) => `<p>${esc(l) || '&nbsp;'}</p>`),
    f ? `<div title="footer"><p style="font-size:8pt">${field(f.footer)}</p></div>` : '',
    '</body></html>',
  ].join('\n');
}

export function flattenedGold(spec: FlatSpec): PlanGold {
  return markedGold(spec, spec.lines, { producers: spec.producers ?? { docx: 'soffice', pdf: 'soffice' }, layout: 'flattened', outcomes: 'inE' });
}

/** What a plan written with inline marks says of itself, besides its parts (flattened.ts, docform.ts). */
export interface MarkedSpec {
  id: string;
  description: string;
  status: 'draft' | 'final' | 'unknown';
  yearGroup: number | null;
  checks?: Partial<GoldChecks>;
  expectedFindings?: ExpectedFinding[];
}

/**
 * The gold of a plan whose parts carry its labels inline: `at()` marks open sections (a single H
 * stands for H1 and H2), each provision belongs to the section open (or its own `section`) and must
 * be in F, G or H; an outcome must be under E (`inE`), or after E has opened (`afterE`: a form's
 * combined table puts outcomes in rows beside provision).
 */
export function markedGold(spec: MarkedSpec, paragraphs: Iterable<Part[]>, how: { producers: PlanGold['producers']; layout: PlanGold['layout']; outcomes: 'inE' | 'afterE' }): PlanGold {
  const present = new Set<GoldSectionKey>();
  let singleH = false;
  let cur: GoldSectionKey | 'H' | null = null;
  const provisions: PlanGold['provisions'] = [];
  const outcomes: PlanGold['outcomes'] = [];
  for (const parts of paragraphs) {
    for (const x of parts) {
      if (isMark(x)) {
        cur = x.at;
        if (x.at === 'H') {
          singleH = true;
          present.add('H1');
          present.add('H2');
        } else present.add(x.at);
        continue;
      }
      if (typeof x === 'string') continue;
      if (x.kind === 'P') {
        const s = x.section ?? cur;
        if (s !== 'F' && s !== 'G' && s !== 'H' && s !== 'H1' && s !== 'H2') throw new Error(`${spec.id}: provision outside F/G/H: ${x.text}`);
        provisions.push({ quote: x.text, section: s, specific: x.specific, elements: x.elements, vagueTerms: x.vagueTerms });
      } else {
        if (how.outcomes === 'inE' ? cur !== 'E' : !present.has('E')) throw new Error(`${spec.id}: outcome ${how.outcomes === 'inE' ? 'outside E' : 'before any E mark'}: ${x.text}`);
        outcomes.push({ quote: x.text, measurable: x.measurable, timeBound: x.timeBound, smart: x.smart, preparingForAdulthood: x.preparingForAdulthood });
      }
    }
  }
  return {
    id: spec.id,
    description: spec.description,
    producers: how.producers,
    layout: how.layout,
    form: 'filled',
    formats: ['txt', 'docx', 'pdf'],
    expectedFindings: spec.expectedFindings ?? [],
    expectedError: null,
    maxFindings: null,
    sections: GOLD_SECTION_KEYS.filter((k) => present.has(k)),
    missingSections: GOLD_SECTION_KEYS.filter((k) => !present.has(k)),
    singleH,
    provisions,
    outcomes,
    plan: { status: spec.status, yearGroup: spec.yearGroup },
    checks: goldChecks(spec.checks),
  };
}
