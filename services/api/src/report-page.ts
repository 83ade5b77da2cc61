// The report as a web page for GET …/report with Accept: text/html.
import type { Report } from '../../analyser/src/report-schema.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]);

/** A plain, self-contained page (inline styles only). Replaced by the analyser's renderer when it lands. */
export function renderReportPage(report: Report): string {
  const rows = report.findings
    .map((f) => `<li class="${escapeHtml(f.severity)}"><strong>${escapeHtml(f.severity)}</strong> ${f.section ? `(section ${escapeHtml(f.section)}) ` : ''}<q>${escapeHtml(f.quote)}</q>: ${escapeHtml(f.message)}${f.suggestion ? ` <em>${escapeHtml(f.suggestion)}</em>` : ''}</li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>EHCP check: ${escapeHtml(report.document.name)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}li{margin:.5rem 0}.error strong{color:#b00020}.warning strong{color:#8a5a00}</style>
</head><body><main>
<h1>EHCP check: ${escapeHtml(report.document.name)}</h1>
<p>Overall score ${report.score.overall} (${escapeHtml(report.score.band)}). ${report.findings.length} things to look at.</p>
<ul>${rows}</ul>
</main></body></html>`;
}
