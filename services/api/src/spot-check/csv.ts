// The per-plan table as CSV (RFC 4180: CRLF, quotes doubled, fields quoted when they need it), with
// spreadsheet formula injection defused: a text cell starting with = + - @ (or a tab or CR, which
// some spreadsheets strip before looking) gets a leading apostrophe.
import type { SectionKey } from '../../../analyser/src/report-schema.ts';
import type { PlanRow } from './aggregate.ts';

export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = typeof v === 'number' ? String(v) : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(',');
}

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
