// PDFs whose text layer is garbled (a broken ToUnicode map, as a wrong font encoding leaves it),
// made from another plan's committed PDF. Only the PDF exists: there is no text or DOCX of them.
import { GOLD_SECTION_KEYS, type PlanGold } from '../../gold-schema.ts';
import { tokenOverlap } from '../match.ts';

export interface GarbledSpec {
  id: string;
  description: string;
  /** The plan whose PDF is garbled. */
  from: string;
  pages: number[] | 'all';
}

export const GARBLED_PLANS: GarbledSpec[] = [
  {
    id: 'p55',
    from: 'p44',
    pages: [5, 6],
    description: 'p44 (national template, Year 4, final) as a PDF whose pages 5 and 6 have a broken ToUnicode map: they look right but extract as symbols ("S+*#~%+=^"). The report must name pages 5 and 6 in a document.unreadable-text warning and judge nothing on them; the statements on the readable pages are judged as in p44.',
  },
  {
    id: 'p56',
    from: 'p45',
    pages: 'all',
    description: 'p45 (national template, Year 8) as a PDF whose every page has a broken ToUnicode map: no page is readable, so ingest fails with unreadable_text (contract) and nothing is judged.',
  },
];

/** Gold for a garbled copy: the source's labels, keeping only statements readable on an intact page. */
export function garbledGold(g: GarbledSpec, source: PlanGold, pageTexts: string[]): PlanGold {
  const all = g.pages === 'all';
  const bad = new Set<number>(g.pages === 'all' ? pageTexts.map((_, i) => i + 1) : g.pages);
  // Table cells may come out of pdftotext in another order, so a page holds a statement when it holds its words.
  const readable = pageTexts.filter((_, i) => !bad.has(i + 1));
  const onReadablePage = (q: string) => readable.some((t) => tokenOverlap(q, t).recall >= 0.95);
  // Nothing of an unreadable document can be judged: no section, statement, status or check.
  if (all) {
    return {
      ...source, id: g.id, description: g.description, formats: ['pdf'], expectedFindings: [], expectedError: 'unreadable_text', maxFindings: null,
      sections: [], missingSections: [...GOLD_SECTION_KEYS], singleH: false, provisions: [], outcomes: [],
      plan: { status: 'unknown', yearGroup: null },
      checks: Object.fromEntries(Object.keys(source.checks).map((k) => [k, false])) as PlanGold['checks'],
    };
  }
  return {
    ...source,
    id: g.id,
    description: g.description,
    formats: ['pdf'],
    expectedFindings: [{ ruleId: 'document.unreadable-text', pages: [...bad].sort((a, b) => a - b) }],
    expectedError: null,
    provisions: source.provisions.filter((x) => onReadablePage(x.quote)),
    outcomes: source.outcomes.filter((x) => onReadablePage(x.quote)),
  };
}
