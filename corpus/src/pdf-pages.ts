// Each page's text as pdf.js (the extractor ingest uses) gives it: used to place gold statements
// on pages and to check that a garbled page really extracts as garbage.
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    out.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return out;
}

/** Share of a text's words (3+ letters) made of letters only: near 1 for prose, low for a garbled layer. */
export function wordShare(text: string): number {
  const words = text.split(/\s+/).filter((w) => w.replace(/[.,;:!?()"'’]/g, '').length >= 3);
  if (words.length === 0) return 1;
  return words.filter((w) => /^[A-Za-z'’-]+$/.test(w.replace(/[.,;:!?()"]/g, ''))).length / words.length;
}
