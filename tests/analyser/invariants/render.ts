// Runs every CLI-facing formatter over a report and checks the HTML carries no markup from the plan.
import { renderReportHtml } from '../../../services/analyser/src/format/html.ts';
import { renderLetter } from '../../../services/analyser/src/format/letter.ts';
import { renderText, renderTextReport } from '../../../services/analyser/src/format/text.ts';
import type { Report } from '../../../services/analyser/src/report-schema.ts';

const TAG = /<\/?([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?/g;

/** Tag and attribute names used in a page. */
export function markup(html: string): { tags: Set<string>; attrs: Set<string> } {
  const tags = new Set<string>();
  const attrs = new Set<string>();
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').replace(/<style>[\s\S]*?<\/style>/g, '<style>').matchAll(TAG)) {
    tags.add(m[1].toLowerCase());
    for (const a of m[2].matchAll(ATTR)) attrs.add(a[1].toLowerCase());
  }
  return { tags, attrs };
}

export interface Rendered { html: string[]; text: string[] }

export function renderAll(report: Report): Rendered {
  const letter = renderLetter(report);
  return {
    html: [renderReportHtml(report), letter.html, letter.page],
    text: [renderTextReport(report, { color: true, maxQuote: 10 }), renderText([report]), letter.text],
  };
}

/** Violations: formatter output empty, or tags/attributes outside the allowed set (plan text turned into markup). */
export function checkRendered(r: Rendered, allowed: { tags: Set<string>; attrs: Set<string> }): string[] {
  const v: string[] = [];
  for (const s of [...r.html, ...r.text]) if (typeof s !== 'string' || s.length === 0) v.push('formatter gave no output');
  // A terminal listing carries no control characters but its own colour codes (plan text may hold ESC, CR, BEL).
  for (const text of r.text.slice(0, 2)) if (/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(text.replace(/\x1b\[\d+m/g, ''))) v.push(`text listing has a control character: ${JSON.stringify(text.match(/.{0,20}[\x00-\x08\x0b-\x1f\x7f-\x9f]/)?.[0])}`);
  for (const html of r.html) {
    const { tags, attrs } = markup(html);
    for (const t of tags) if (!allowed.tags.has(t)) v.push(`html has tag <${t}>`);
    for (const a of attrs) if (!allowed.attrs.has(a) || a.startsWith('on')) v.push(`html has attribute ${a}`);
    if (/<script|<img|<iframe/i.test(html)) v.push('html has live script/img/iframe markup');
    if (/\sonmouseover="/.test(html)) v.push('html has a live onmouseover attribute');
  }
  return v;
}
