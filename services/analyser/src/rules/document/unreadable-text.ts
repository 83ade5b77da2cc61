// Pages whose text layer is garbled (a font saved without its proper encoding): named once, and
// nothing on them is judged (ingest leaves their text out of the document).
import type { Rule } from '../api.ts';

function list(pages: readonly number[]): string {
  if (pages.length === 1) return `page ${pages[0]}`;
  return `pages ${pages.slice(0, -1).join(', ')} and ${pages[pages.length - 1]}`;
}

export const rule: Rule = {
  meta: { id: 'document.unreadable-text', order: 320, family: 'document', sections: [], data: ['pages', 'those'] },
  create(context) {
    const pages = context.doc.unreadablePages ?? [];
    if (pages.length) context.report({ start: 0, end: 0, section: null, data: { pages: list(pages), those: pages.length === 1 ? 'that page' : 'those pages' } });
  },
};
