// The frame every web page shares: head, site header with navigation, main, footer, and the one
// stylesheet (the report's REPORT_CSS plus the site's own rules). Spot-check pages reuse it.
//
//   renderPage({ title, principal, body, csrf?, current?, head?, css?, status? }) -> a whole HTML page
//   sendPage(res, html, status?)  -> sends it with no-referrer and no-store headers
//
// `body` goes inside <main id="main"> and should start with the page's <h1>.
import type { Response } from 'express';
import { escapeHtml, htmlPage, REPORT_CSS } from '../../../analyser/src/format/html-kit.ts';
import type { Principal } from '../auth.ts';

export { escapeHtml };

export const SITE_NAME = 'EHCP check';

export interface PageOptions {
  /** The page's own title; the browser tab shows "title – EHCP check". */
  title: string;
  /** Who is looking (drives the navigation); anonymous when absent. */
  principal?: Principal;
  /** HTML inside <main>; start it with an <h1>. */
  body: string;
  /** The signed-in user's CSRF token: the header then signs out in one click. Without it, "Sign out" links to a confirmation page. */
  csrf?: string;
  /** Path of this page, to mark the matching navigation link with aria-current. */
  current?: string;
  /** Extra HTML for <head> (e.g. a <noscript> refresh). */
  head?: string;
  /** Extra CSS appended to the shared stylesheet. */
  css?: string;
}

/** Site chrome on top of the report's stylesheet. Colours keep WCAG 2.2 AA contrast on white. */
export const WEB_CSS = `
.site-header { background: #1d4f91; color: #ffffff; }
.site-header-inner { max-width: 52rem; margin: 0 auto; padding: .5rem 1.25rem; display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem 1.5rem; }
.site-name { color: #ffffff; font-weight: 700; font-size: 1.2rem; text-decoration: none; }
.site-name:visited, .site-name:hover { color: #ffffff; }
.site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; }
.site-nav a, .site-nav .link-button { color: #ffffff; display: inline-block; padding: .25rem 0; min-height: 24px; }
.site-nav a:visited, .site-nav a:hover { color: #ffffff; }
.site-nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.site-nav form { margin: 0; }
.site-header a:focus-visible, .site-header .link-button:focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; background: #ffdd00; color: #1b1b1b; box-shadow: 0 4px #1b1b1b; text-decoration: none; }
.link-button { background: none; border: 0; padding: 0; font: inherit; text-decoration: underline; text-underline-offset: .15em; cursor: pointer; color: #0b4f9c; }
main h1:first-child { margin-top: .5rem; }
.lead { font-size: 1.2rem; }
.button { display: inline-block; min-height: 44px; padding: .55rem 1.1rem; border: 2px solid transparent; border-radius: 4px; background: #0b5d1e; color: #ffffff; font: inherit; font-weight: 700; line-height: 1.3; text-decoration: none; cursor: pointer; box-shadow: 0 2px 0 #002d18; }
.button:visited, .button:hover { color: #ffffff; }
.button:hover { background: #094a18; }
.button-secondary { background: #f3f2f1; color: #1b1b1b; border-color: #505a5f; box-shadow: 0 2px 0 #505a5f; }
.button-secondary:visited, .button-secondary:hover { color: #1b1b1b; background: #dbdad9; }
.button-warning { background: #b3261e; box-shadow: 0 2px 0 #55070a; }
.button-warning:hover { background: #8f1e18; }
.button:focus-visible, .link-button:focus-visible, input:focus-visible, textarea:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 6px #1b1b1b; }
.button:focus-visible { background: #ffdd00; color: #1b1b1b; border-color: #1b1b1b; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: center; margin: 1.25rem 0; }
.field { margin: 1.25rem 0; }
.field label, .label { display: block; font-weight: 700; margin-bottom: .25rem; }
.checkbox { display: grid; grid-template-columns: 2rem 1fr; column-gap: .5rem; align-items: start; }
.checkbox input { width: 1.5rem; height: 1.5rem; margin: .1rem 0 0; accent-color: #0b5d1e; }
.checkbox label { font-weight: 400; margin: 0; }
.checkbox .hint { grid-column: 2; }
.hint { display: block; color: #3d3d3d; margin: 0 0 .5rem; }
input[type="file"], input[type="date"], input[type="password"], input[type="text"], textarea { font: inherit; max-width: 100%; border: 2px solid #1b1b1b; border-radius: 0; padding: .35rem .5rem; background: #ffffff; color: #1b1b1b; }
input[type="file"] { padding: .5rem; width: 100%; }
input[type="password"], input[type="text"] { width: 100%; max-width: 32rem; }
textarea { width: 100%; min-height: 5rem; }
.error-summary { border: 4px solid #b3261e; padding: .75rem 1rem; margin: 1rem 0; }
.error-summary h2 { border: 0; margin-top: 0; padding-top: 0; font-size: 1.25rem; }
.error-message { display: block; color: #b3261e; font-weight: 700; margin: .25rem 0; }
.panel { border: 2px solid #1d4f91; border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0; background: #f3f7fc; }
.panel-success { border-color: #0b5d1e; background: #e3f4e8; }
.panel h2 { border: 0; margin-top: 0; padding-top: 0; }
.status { font-size: 1.3rem; font-weight: 700; }
.steps { padding-left: 1.5rem; }
.steps li { margin: .3rem 0; }
.steps .step-done { color: #0b5d1e; }
.steps .step-now { font-weight: 700; }
.report-tools { border: 1px solid #b1b4b6; border-radius: 6px; padding: .25rem 1rem .75rem; margin: 1rem 0; }
.report-tools h2 { border: 0; margin-top: .75rem; padding-top: 0; font-size: 1.25rem; }
.due { font-size: 1.15rem; }
.notes { margin: .5rem 0 0; padding: .5rem .75rem; border: 1px solid #1d4f91; border-radius: 4px; background: #f3f7fc; }
.notes h4, .notes h5, .notes h6 { margin: .25rem 0; font-size: 1rem; }
.notes ul { margin: .25rem 0; padding-left: 1.25rem; }
.note-meta { color: #3d3d3d; font-size: .9rem; }
.notes details summary { cursor: pointer; color: #0b4f9c; text-decoration: underline; min-height: 24px; }
.doc-table td, .doc-table th { padding: .5rem; }
.letter-text { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .95rem; min-height: 16rem; white-space: pre-wrap; }
@media (max-width: 30rem) {
  th, td { padding: .3rem .25rem; overflow-wrap: anywhere; }
  .doc-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .doc-table tr { display: block; border-bottom: 1px solid #b1b4b6; padding: .5rem 0; }
  .doc-table td, .doc-table th { display: block; border: 0; padding: .1rem 0; }
}
@media print {
  .site-header, .page-footer, .report-tools, .no-print, .notes form { display: none !important; }
  main { max-width: none; padding: 0; }
  h2 { border-top: 0; }
}
`;

export function pageCss(extra = ''): string {
  return REPORT_CSS + WEB_CSS + extra;
}

/** The navigation for whoever is looking; "Spot-checks" and "Rubric" only for advisers and admins. */
export function renderNav(principal: Principal | undefined, opts: { current?: string; csrf?: string } = {}): string {
  const link = (href: string, label: string) =>
    `<li><a href="${escapeHtml(href)}"${opts.current === href ? ' aria-current="page"' : ''}>${escapeHtml(label)}</a></li>`;
  const items: string[] = [];
  if (principal?.kind === 'user') {
    items.push(link('/documents', 'Documents'), link('/compare', 'Compare versions'));
    if (principal.role === 'adviser' || principal.role === 'admin') items.push(link('/spot-checks', 'Spot-checks'), link('/rubric', 'Rubric'));
    items.push(opts.csrf
      ? `<li><form method="post" action="/sign-out"><input type="hidden" name="csrf" value="${escapeHtml(opts.csrf)}"><button class="link-button" type="submit">Sign out</button></form></li>`
      : link('/sign-out', 'Sign out'));
  } else {
    items.push(link('/', 'Check a plan'), link('/compare', 'Compare versions'));
    items.push(link('/sign-in', 'Caseworker sign in'));
  }
  return `<nav class="site-nav" aria-label="Main"><ul>${items.join('')}</ul></nav>`;
}

/** A whole page: no inline scripts (the CSP forbids them); /static/web.js only adds conveniences. */
export function renderPage(opts: PageOptions): string {
  return htmlPage({
    title: `${opts.title} – ${SITE_NAME}`,
    css: pageCss(opts.css),
    head: ['<script src="/static/web.js" defer></script>', opts.head].filter(Boolean).join('\n'),
    skipLabel: 'Skip to main content',
    body: [
      '<header class="site-header">',
      `<div class="site-header-inner"><a class="site-name" href="${opts.principal?.kind === 'user' ? '/documents' : '/'}">${SITE_NAME}</a>${renderNav(opts.principal, opts)}</div>`,
      '</header>',
      '<main id="main">',
      opts.body,
      '</main>',
      '<footer class="page-footer"><p>EHCP check reads an Education, Health and Care plan and points out where it may fall short of the law and good practice. It is a guide, not legal advice.</p></footer>',
    ].join('\n'),
  });
}

/** Sends a page. Pages may carry a capability key in their URL or show plan text: never cached, never referred. */
export function sendPage(res: Response, html: string, status = 200): void {
  res.status(status)
    .set('Referrer-Policy', 'no-referrer')
    .set('Cache-Control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(html);
}
