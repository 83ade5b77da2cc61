// What a reader of a server-rendered page meets, read from its HTML without a browser (the pages
// write every piece of text escaped, so a tag is always a tag): the text of <main>, as the browser's
// textContent, and the points not folded inside a closed <details>. report-views.test.ts checks
// these against the browser on one plan.

/** The inside of <main>. */
export function mainHtml(html: string): string {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  if (start < 0 || end < start) throw new Error('the page has no <main>');
  return html.slice(html.indexOf('>', start) + 1, end);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** <main>'s textContent: tags dropped, entities decoded (closed <details> included, as textContent does). */
export function mainText(html: string): string {
  return mainHtml(html)
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

/** The ids of the points (li.finding) a reader sees without opening anything. */
export function topLevelPointIds(html: string): string[] {
  const closed: boolean[] = [];
  const ids: string[] = [];
  for (const m of mainHtml(html).matchAll(/<(\/?)(details|li)\b([^>]*)>/g)) {
    const [, end, tag, attrs] = m;
    if (tag === 'details') {
      if (end) closed.pop();
      else closed.push(!/\sopen(?:[\s=>]|$)/.test(attrs));
    } else if (!end && /\bclass="finding\b/.test(attrs) && !closed.includes(true)) {
      ids.push(/\bid="([^"]*)"/.exec(attrs)?.[1] ?? '');
    }
  }
  return ids;
}
