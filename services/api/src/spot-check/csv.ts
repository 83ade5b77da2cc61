// The per-plan table as CSV (RFC 4180: CRLF; cells as the analyser's format/csv.ts writes them, with
// spreadsheet formula injection defused).
import type { SectionKey } from '../../../analyser/src/report-schema.ts';
import { csvCell, csvLine } from '../../../analyser/src/format/csv.ts';
import type { PlanRow } from './aggregate.ts';

export { csvCell, csvLine };

export function planRowsCsv(rows: PlanRow[], sectionKeys: readonly SectionKey[]): string {
  const header = [
    'position',
    'name',
    'state',
    'error_code',
    'overall_score',
    'band',
    ...sectionKeys.map((k) => `section_${k}_score`),
    'error_findings',
    'warning_findings',
    'non_specific_provisions',
    'non_smart_outcomes',
    'document_id',
  ];
  const lines = [csvLine(header)];
  for (const r of rows) {
    lines.push(
      csvLine([
        r.position + 1,
        r.name,
        r.state,
        r.errorCode,
        r.score,
        r.band,
        ...sectionKeys.map((k) => r.sections[k] ?? null),
        r.errors,
        r.warnings,
        r.nonSpecificProvisions,
        r.nonSmartOutcomes,
        r.documentId,
      ]),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
