// Small HTML helpers and the one stylesheet every page of the report shares.

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Control characters (ESC, CR, BEL; not a tab or a line break) that plan text and file names may hold: a terminal would obey them. */
export const CONTROL_CHARS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** Text for an element's content (never an attribute): quotes and apostrophes stay as written. */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string);
}

/** A heading at `level`, kept within h1-h6 so embedding pages can shift levels safely. */
export function heading(level: number, inner: string, attrs = ''): string {
  const n = Math.min(6, Math.max(1, Math.round(level)));
  return `<h${n}${attrs ? ` ${attrs}` : ''}>${inner}</h${n}>`;
}

/** Plan text as HTML: table cells (tabs) get a visible separator that screen readers skip. */
export function planTextHtml(s: string): string {
  return escapeHtml(s).replace(/\t/g, '<span class="cell-sep" aria-hidden="true"> | </span>');
}

// Colours are chosen for WCAG 2.2 AA contrast (4.5:1 for text, 3:1 for borders) on white, and every
// colour has a second, non-colour cue (a word in a label, a border style).
export const REPORT_CSS = `
:root { color-scheme: light; }
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.0625rem; line-height: 1.55; color: #1b1b1b; background: #ffffff; }
.page-header, main, .page-footer { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem; }
.page-header { border-bottom: 4px solid #1d4f91; }
.page-header p { margin: .25rem 0 0; color: #3d3d3d; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: .5rem 0; }
h2 { font-size: 1.5rem; margin: 2rem 0 .75rem; padding-top: .5rem; border-top: 1px solid #b1b4b6; }
h3 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
h4, h5, h6 { font-size: 1.075rem; margin: 1.25rem 0 .5rem; }
a { color: #0b4f9c; text-decoration: underline; text-underline-offset: .15em; }
a:visited { color: #5b2d8e; }
a:hover { color: #062e5c; text-decoration-thickness: 3px; }
a:focus-visible, .flag:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 0; background: #ffdd00; color: #1b1b1b; box-shadow: 0 4px #1b1b1b; text-decoration: none; }
.skip { position: absolute; left: -9999px; top: 0; background: #ffdd00; color: #1b1b1b; padding: .5rem 1rem; z-index: 10; }
.skip:focus { left: 1rem; }
.vh { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.score { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem 1rem; margin: .5rem 0 1rem; padding: 1rem; border: 2px solid #1d4f91; border-radius: 6px; background: #f3f7fc; }
.score-number { font-size: 2.25rem; font-weight: 700; line-height: 1; }
.score-band { font-size: 1.25rem; font-weight: 600; }
.note { border-left: 6px solid #1d4f91; padding: .5rem 1rem; background: #f3f7fc; }
.first { padding-left: 1.5rem; }
.first li { margin: .35rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #b1b4b6; vertical-align: top; }
.plan-section { margin: 1rem 0 2rem; }
.plan-text { border: 1px solid #b1b4b6; border-radius: 6px; padding: .5rem 1rem; background: #fafafa; }
.plan-text p { margin: .45rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.cell-sep { color: #505a5f; }
mark { color: #1b1b1b; padding: .05em 0; }
mark.hl-error { background: #fde0dc; border-bottom: 3px solid #b3261e; }
mark.hl-warning { background: #fff3c4; border-bottom: 3px dashed #7a4f00; }
mark.hl-info { background: #e1ecfb; border-bottom: 3px dotted #1d4f91; }
.flag { display: inline-block; min-width: 24px; min-height: 24px; line-height: 24px; margin: 0 .15em; padding: 0 .4em; border-radius: 4px; font-size: .875rem; font-weight: 700; white-space: nowrap; color: #ffffff; text-decoration: underline; vertical-align: baseline; }
.flag:visited, .flag:hover { color: #ffffff; }
.flag-error, .badge-error { background: #b3261e; }
.flag-warning, .badge-warning { background: #7a4f00; }
.flag-info, .badge-info { background: #1d4f91; }
.badge { display: inline-block; padding: 0 .45em; border-radius: 4px; color: #ffffff; font-size: .875rem; font-weight: 700; }
.good-tag { display: inline-block; margin: 0 .15em; padding: 0 .4em; border: 1px solid #0b5d1e; border-radius: 4px; background: #e3f4e8; color: #0b5d1e; font-size: .875rem; font-weight: 700; white-space: nowrap; }
.findings { list-style: none; padding: 0; margin: .75rem 0; }
.finding { margin: .75rem 0; padding: .75rem 1rem; border: 1px solid #b1b4b6; border-left-width: 6px; border-radius: 4px; }
.finding-error { border-left-color: #b3261e; }
.finding-warning { border-left-color: #7a4f00; border-left-style: dashed; }
.finding-info { border-left-color: #1d4f91; border-left-style: dotted; }
.finding p { margin: .35rem 0; }
.finding-head { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
.rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; color: #3d3d3d; }
blockquote.quote { margin: .35rem 0; padding: .25rem .75rem; border-left: 4px solid #505a5f; background: #f3f2f1; white-space: pre-wrap; overflow-wrap: anywhere; }
.good-list li { margin: .5rem 0; }
details > summary { cursor: pointer; color: #0b4f9c; text-decoration: underline; text-underline-offset: .15em; min-height: 24px; padding: .15rem 0; }
summary:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 0; background: #ffdd00; color: #1b1b1b; text-decoration: none; }
details.plan-words, details.small-points { margin: .5rem 0; }
details.plan-words[open] > summary, details.small-points[open] > summary { margin-bottom: .5rem; }
.places, .finding-parts { margin: .25rem 0; padding-left: 1.25rem; }
.key-points .findings { margin-top: .5rem; }
.failed { border: 2px solid #b3261e; border-radius: 6px; padding: .5rem 1rem; }
.page-footer { color: #3d3d3d; font-size: .95rem; border-top: 1px solid #b1b4b6; }
.letter { white-space: normal; }
.letter .point { margin: 1rem 0; }
@media print {
  .skip, .back-link { display: none; }
  a { color: #1b1b1b; }
  .finding { break-inside: avoid; }
}
`;

/**
 * Wraps body HTML into a whole page: inline CSS, no external assets. The report's pages are
 * self-contained (no scripts); the service's pages add their own `head` lines.
 */
export function htmlPage(opts: { title: string; body: string; css?: string; head?: string; skipLabel?: string }): string {
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(opts.title)}</title>`,
    `<style>${opts.css ?? REPORT_CSS}</style>`,
    ...(opts.head ? [opts.head] : []),
    '</head>',
    '<body>',
    `<a class="skip" href="#main">${escapeHtml(opts.skipLabel ?? 'Skip to the report')}</a>`,
    opts.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
