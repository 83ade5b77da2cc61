// Every corpus plan (p01-p60, main and held-out) in every format it was built in, read and analysed
// once per test file: the reports issue 14's "Done when" is measured on.
import { existsSync, readFileSync } from 'node:fs';
import { ingestOnce } from '../corpus/ingested.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { Report } from '../../services/analyser/src/report-schema.ts';
import { loadPlans, type CorpusPlan, type Format } from '../../corpus/src/corpus-files.ts';

export interface CorpusReport {
  /** "p45.docx" */
  tag: string;
  plan: CorpusPlan;
  format: Format;
  holdout: boolean;
  report: Report;
  /** Where each page starts in report.text (PDF and DOCX), for line numbers counted from the page. */
  pageStarts?: number[];
}

let cached: Promise<CorpusReport[]> | null = null;

/** The reports, with text; a file the gold says cannot be read (a garbled PDF) is left out. */
export function corpusReports(): Promise<CorpusReport[]> {
  cached ??= (async () => {
    const out: CorpusReport[] = [];
    for (const [holdout, plans] of [[false, loadPlans()], [true, loadPlans({ holdout: true })]] as const) {
      for (const plan of plans) {
        for (const format of plan.gold.formats) {
          if (!existsSync(plan.file(format))) continue;
          let report: Report;
          let pageStarts: number[] | undefined;
          try {
            const doc = await ingestOnce(new Uint8Array(readFileSync(plan.file(format))), { name: `plan.${format}` });
            pageStarts = doc.pageStarts;
            report = Report.parse(analyse(doc, { includeText: true }));
          } catch (e) {
            if (plan.gold.expectedError) continue;
            throw new Error(`${plan.id}.${format}: ${(e as Error).message}`);
          }
          out.push({ tag: `${plan.id}.${format}`, plan, format, holdout, report, pageStarts });
        }
      }
    }
    return out;
  })();
  return cached;
}

/** The child's national curriculum year: as the analyser read it, else as the gold gives it. */
export function childYear(r: CorpusReport): number | null {
  return r.report.plan.yearGroup ?? r.plan.gold.plan.yearGroup ?? null;
}
