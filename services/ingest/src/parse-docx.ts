// DOCX through mammoth's structure (its HTML, which is small and regular), not its plain text:
// headings with levels, paragraphs, nested ordered/unordered lists, tables as rows of cells.
// Word files carry no reliable page layout, so DOCX blocks have page null and the document pages null.
import { DocumentBuilder, type CellInput, type Fragment } from './builder.ts';
import { CheckError } from './errors.ts';
import { boldHeadingText } from './pdf-layout.ts';
import { writeListLabels } from './docx-numbering.ts';
import { SECTION_HEADING, isOrderedMarker } from './parse-text.ts';
import { checkDeclaredSizes, hasWordBody, inflateCapped, readZipDirectory, type ZipLimits, DEFAULT_ZIP_LIMITS } from './zip.ts';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Heading 7'] => h6:fresh",
  "p[style-name='Heading 8'] => h6:fresh",
  "p[style-name='Heading 9'] => h6:fresh",
  "p[style-name='Heading'] => h1:fresh",
  "p[style-name='List Bullet'] => ul > li:fresh",
  "p[style-name='List Number'] => ol > li:fresh",
  "p[style-name='ehcp-heading-1'] => h1:fresh",
  "p[style-name='ehcp-heading-2'] => h2:fresh",
  "p[style-name='ehcp-heading-3'] => h3:fresh",
  "p[style-name='ehcp-heading-4'] => h4:fresh",
  "p[style-name='ehcp-heading-5'] => h5:fresh",
  "p[style-name='ehcp-heading-6'] => h6:fresh",
  "p[style-name='ehcp-bold'] => p.ehcp-bold:fresh",
];

/** mammoth's document model, as far as we read it. */
interface MElement {
  type: string;
  children?: MElement[];
  styleName?: string | null;
  numbering?: unknown;
  isBold?: boolean;
  value?: string;
}

function runsOf(e: MElement, out: MElement[] = []): MElement[] {
  for (const c of e.children ?? []) {
    if (c.type === 'run') out.push(c);
    else if (c.type !== 'paragraph' && c.type !== 'table') runsOf(c, out);
  }
  return out;
}

const textOfRun = (r: MElement): string => (r.children ?? []).map((c) => (c.type === 'text' ? c.value ?? '' : c.type === 'tab' ? ' ' : '')).join('');

/**
 * Template headings that mammoth's default map misses: custom styles named like headings
 * ("Heading1", "EHCP Heading 2", "Section Heading") and short paragraphs set wholly in bold.
 */
function markHeadings(e: MElement, inTable = false): MElement {
  if (e.type === 'paragraph' && !inTable) {
    const name = (e.styleName ?? '').trim();
    const numbered = /heading\s*([1-9])\b/i.exec(name);
    if (numbered && !/^heading [1-9]$/i.test(name)) return { ...e, styleName: `ehcp-heading-${Math.min(6, Number(numbered[1]))}` };
    if (!numbered && /heading/i.test(name) && !/^heading$/i.test(name)) return { ...e, styleName: 'ehcp-heading-2' };
    if (!name || /^(normal|body text|default)/i.test(name)) {
      const runs = runsOf(e).filter((r) => textOfRun(r).trim() !== '');
      const text = runs.map(textOfRun).join('').trim();
      if (!e.numbering && runs.length && runs.every((r) => r.isBold) && boldHeadingText(text)) return { ...e, styleName: 'ehcp-bold' };
    }
    return e;
  }
  if (!e.children) return e;
  const nested = inTable || e.type === 'table';
  return { ...e, children: e.children.map((c) => markHeadings(c, nested)) };
}

interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Array<Node | string>;
}

const VOID = new Set(['br', 'img', 'hr']);

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'nbsp') return '\u00a0';
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

/** Parses mammoth's HTML (well-formed, no scripts or comments) into a tree. */
export function parseHtmlTree(html: string): Node {
  const root: Node = { tag: '#root', attrs: {}, children: [] };
  const stack: Node[] = [root];
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const top = stack[stack.length - 1];
    if (m[4] !== undefined) {
      top.children.push(decodeEntities(m[4]));
      continue;
    }
    const tag = m[2].toLowerCase();
    if (m[1] === '/') {
      const at = stack.map((n) => n.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of m[3].matchAll(/([a-zA-Z-]+)="([^"]*)"/g)) attrs[a[1].toLowerCase()] = decodeEntities(a[2]);
    const node: Node = { tag, attrs, children: [] };
    top.children.push(node);
    if (!VOID.has(tag) && !m[3].trim().endsWith('/')) stack.push(node);
  }
  return root;
}

/** All text below a node; block-level children (paragraphs in a cell, nested tables) joined with a space. */
function textOf(n: Node | string): string {
  if (typeof n === 'string') return n;
  if (n.tag === 'br') return ' ';
  if (n.tag === 'img') return '';
  const inner = n.children.map(textOf).join(isBlockContainer(n) ? ' ' : '');
  return /^(p|h[1-6]|li|td|th|tr|table|ul|ol)$/.test(n.tag) ? ` ${inner} ` : inner;
}

function isBlockContainer(n: Node): boolean {
  return n.children.some((c) => typeof c !== 'string' && /^(p|h[1-6]|ul|ol|li|table|tr|td|th)$/.test(c.tag));
}

const frag = (text: string): Fragment[] => [{ text, page: null }];

// A line that closes a sentence or a label's value (a full stop, "?", "!", ";"); a line that opens with a
// typed marker ("• ", "- ") or a field's label and a colon ("How often: …"). Layout, not words.
const LINE_CLOSES = /[.!?;]["'’”)]*\s*$/;
const LINE_OPENS = /^\s*(?:[•▪◦●‣·○■□➢►→➔➜➝⇒▶✓✔*\-–]\s+|\p{Lu}[\p{L}' ]{0,30}:(?:\s|$))/u;

/**
 * A cell paragraph's lines where manual line breaks (Shift+Enter, <w:br/>) set items apart, as Word
 * users list provisions in one paragraph: a break after a closed sentence, or before a typed bullet or
 * a field's label, starts a new line; any other break only wraps the text (a space).
 */
function cellLines(p: Node): string[] {
  const lines: string[] = [''];
  const walk = (n: Node | string) => {
    if (typeof n === 'string') return void (lines[lines.length - 1] += n);
    if (n.tag === 'br') return void lines.push('');
    if (n.tag === 'img') return;
    for (const c of n.children) walk(c);
  };
  if (!p.children.some(function hasBr(c): boolean { return typeof c !== 'string' && (c.tag === 'br' || c.children.some(hasBr)); })) return [textOf(p)];
  // Block containers inside the paragraph (rare): read it whole.
  if (isBlockContainer(p)) return [textOf(p)];
  walk(p);
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.trim() && line.trim() && !LINE_CLOSES.test(prev) && !LINE_OPENS.test(line)) out[out.length - 1] = `${prev} ${line}`;
    else if (line.trim() || prev === undefined) out.push(line);
  }
  return out.filter((l) => l.trim());
}

/** A cell's text, one fragment per paragraph or list item, so each keeps its own span ("paragraphs"). */
function cellInput(td: Node): CellInput {
  const parts: string[] = [];
  const collect = (n: Node) => {
    for (const c of n.children) {
      if (typeof c === 'string' || !/^(p|h[1-6]|li|ul|ol)$/.test(c.tag)) {
        if (parts.length === 0 || typeof c === 'string' || c.tag === 'table') return void (parts.length = 0);
        continue;
      }
      if (c.tag === 'ul' || c.tag === 'ol') collect(c);
      else if (c.tag === 'li' && c.children.some((x) => typeof x !== 'string' && (x.tag === 'ul' || x.tag === 'ol'))) return void (parts.length = 0);
      else parts.push(...cellLines(c));
    }
  };
  collect(td);
  const paragraphs = parts.filter((p) => p.trim());
  // Anything other than plain paragraphs and flat lists: the cell's text as one.
  if (paragraphs.length < 2 || !td.children.every((c) => typeof c !== 'string' && /^(p|h[1-6]|ul|ol)$/.test(c.tag))) return { fragments: frag(textOf(td)) };
  return { fragments: paragraphs.map((text) => ({ text, page: null })), paragraphs: true };
}

/** A paragraph typed with its own marker ("• ", "1. ", "a) "): a list item, as in plain text. */
const TYPED_MARKER = /^\s*([•▪◦●‣·○■□➢►→➔➜➝⇒▶✓✔*\-–]|\d{1,3}[.)]|[a-z][.)]|\((?:[a-z]|[ivx]{1,5}|\d{1,3})\))\s+(\S.*)$/s;

/** Level for paragraphs that are headings only by being bold: below the deepest styled heading. */
let boldLevel = 1;

/**
 * Hard-wrapped text pasted into Word (an e-mail, a plain-text export), a paragraph for each line of
 * about the same width: the width, or null where the paragraphs are not so. Several paragraphs come to
 * within a few characters of the longest, and the longest is a line's width, not a paragraph's.
 */
function wrapWidth(nodes: Array<Node | string>): number | null {
  const lengths = nodes.filter((n): n is Node => typeof n !== 'string' && n.tag === 'p').map((n) => textOf(n).replace(/\s+/g, ' ').trim().length);
  if (lengths.length < 10) return null;
  const width = Math.max(...lengths);
  if (width > 100 || width < 40) return null;
  const full = lengths.filter((l) => l >= width * 0.85).length;
  return full >= 8 && full * 3 >= lengths.length ? width : null;
}

/** Paragraphs of hard-wrapped text: the wrap's width, and the line waiting to be joined by the next. */
let wrap: { width: number; pending: string | null; line: number; heading: boolean } | null = null;

function walk(nodes: Array<Node | string>, b: DocumentBuilder, listDepth: number): void {
  let loose = '';
  const flushLoose = () => {
    if (loose.trim()) b.paragraph(frag(loose));
    loose = '';
  };
  const flushWrapped = () => {
    if (wrap?.pending) {
      if (wrap.heading) b.heading(frag(wrap.pending), boldLevel);
      else b.paragraph(frag(wrap.pending));
    }
    if (wrap) wrap.pending = null;
  };
  for (const n of nodes) {
    if (typeof n === 'string' || !/^(p|h[1-6]|ul|ol|table|div|blockquote)$/.test(n.tag)) {
      loose += textOf(n);
      continue;
    }
    flushLoose();
    // A section's label as a line of its own ("Section H1 - Social care provision under section 2 of
    // the Chronically") may wrap too: its title goes on in the next line.
    const label = !!wrap && n.tag === 'p' && n.attrs.class !== 'ehcp-bold' && isSectionLabel(textOf(n).trim());
    if (wrap && n.tag === 'p' && (plainParagraph(n) || label)) {
      // A line joins the one before where its first word would have fitted on no line of the
      // width: the writer's program broke it there, not the writer.
      const t = textOf(n).replace(/\s+/g, ' ').trim();
      const first = t.split(' ')[0] ?? '';
      if (!label && wrap.pending !== null && wrap.line + 1 + first.length > wrap.width) wrap.pending = `${wrap.pending} ${t}`;
      else {
        flushWrapped();
        wrap.pending = t;
        wrap.heading = label;
      }
      wrap.line = t.length;
      continue;
    }
    flushWrapped();
    if (/^h[1-6]$/.test(n.tag)) b.heading(frag(textOf(n)), Number(n.tag[1]));
    else if (n.tag === 'p') paragraphOrItem(n, b);
    else if (n.tag === 'ul' || n.tag === 'ol') emitList(n, b, listDepth);
    else if (n.tag === 'table') emitTable(n, b);
    else walk(n.children, b, listDepth);
  }
  flushLoose();
  flushWrapped();
}

/** A paragraph that is neither a heading (bold, a section's label) nor an item typed with its marker. */
function plainParagraph(n: Node): boolean {
  const t = textOf(n).trim();
  return !!t && n.attrs.class !== 'ehcp-bold' && !isSectionLabel(t) && !TYPED_MARKER.test(t);
}

const isSectionLabel = (t: string) => SECTION_HEADING.test(t) && t.length <= 120 && !/[.;,]$/.test(t);

function paragraphOrItem(n: Node, b: DocumentBuilder): void {
  const text = textOf(n);
  // Bold-only titles, and section labels standing as paragraphs of their own ("SECTION F - …"), as PDF reads them.
  const t = text.trim();
  if (n.attrs.class === 'ehcp-bold' || isSectionLabel(t)) {
    b.heading(frag(text), boldLevel);
    return;
  }
  const m = TYPED_MARKER.exec(text.trim());
  if (m) b.listItem(frag(m[2]), m[1], isOrderedMarker(m[1]), 0);
  else b.paragraph(frag(text));
}

function emitList(list: Node, b: DocumentBuilder, depth: number): void {
  const ordered = list.tag === 'ol';
  let index = 0;
  for (const li of list.children) {
    if (typeof li === 'string') continue;
    if (li.tag !== 'li') {
      walk([li], b, depth + 1);
      continue;
    }
    index++;
    const own = li.children.filter((c) => typeof c === 'string' || (c.tag !== 'ul' && c.tag !== 'ol' && c.tag !== 'table'));
    b.listItem(frag(own.map(textOf).join('')), ordered ? `${index}.` : '-', ordered, depth);
    for (const c of li.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'ul' || c.tag === 'ol') emitList(c, b, depth + 1);
      else if (c.tag === 'table') emitTable(c, b);
    }
  }
}

/** Rows of cells, keeping columns aligned: a merged cell (colspan/rowspan) is followed by empty cells where it spans. */
function emitTable(table: Node, b: DocumentBuilder): void {
  const rows: Node[] = [];
  const collect = (n: Node) => {
    for (const c of n.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'tr') rows.push(c);
      else if (/^(thead|tbody|tfoot)$/.test(c.tag)) collect(c);
    }
  };
  collect(table);
  // A box: a table of one row and one cell (a shaded frame around a section, its heading and its
  // lists inside) is layout, not a table; its paragraphs, headings and lists are read as if unboxed.
  if (rows.length === 1) {
    const tds = rows[0].children.filter((c): c is Node => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'));
    const blocks = tds[0]?.children.filter((c) => typeof c !== 'string' || c.trim()) ?? [];
    if (tds.length === 1 && blocks.length >= 2 && blocks.every((c) => typeof c !== 'string' && /^(p|h[1-6]|ul|ol|table)$/.test(c.tag))) {
      walk(tds[0].children, b, 0);
      return;
    }
  }
  const pendingRowspans: number[] = []; // per column: rows still covered by a cell above
  let out: CellInput[][] = [];
  for (const tr of rows) {
    // A section laid out as a form row ("Section F – Provision" | its content): a heading and the
    // content's own paragraphs and lists, not one cell of merged text.
    const tds = tr.children.filter((c): c is Node => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'));
    const label = tds.length === 2 ? textOf(tds[0]).replace(/\s+/g, ' ').trim() : '';
    if (label && isSectionLabel(label) && pendingRowspans.every((n) => !n)) {
      b.table(out);
      out = [];
      b.heading(frag(label), boldLevel);
      walk(tds[1].children, b, 0);
      continue;
    }
    const cells: CellInput[] = [];
    let col = 0;
    const skipCovered = () => {
      while ((pendingRowspans[col] ?? 0) > 0) {
        pendingRowspans[col]--;
        cells.push({ fragments: [], mergedAbove: true });
        col++;
      }
    };
    for (const td of tr.children) {
      if (typeof td === 'string' || (td.tag !== 'td' && td.tag !== 'th')) continue;
      skipCovered();
      const colspan = Math.max(1, Math.min(50, Number(td.attrs.colspan ?? 1) || 1));
      const rowspan = Math.max(1, Math.min(500, Number(td.attrs.rowspan ?? 1) || 1));
      cells.push(cellInput(td));
      for (let k = 1; k < colspan; k++) cells.push({ fragments: [] });
      for (let k = 0; k < colspan; k++) pendingRowspans[col + k] = rowspan - 1;
      col += colspan;
    }
    skipCovered();
    out.push(cells);
  }
  b.table(out);
}

/**
 * The zip's parts as mammoth reads a file ({ file }: exists and read), from the parts inflated under
 * the caps above, with worded list labels written into the main document (docx-numbering.ts).
 */
function docxParts(parts: Map<string, Uint8Array>): { file: { exists(name: string): boolean; read(name: string, encoding?: string): Promise<Uint8Array | string> } } {
  const utf8 = (name: string) => {
    const b = parts.get(name);
    return b ? new TextDecoder('utf-8').decode(b) : null;
  };
  const numbering = utf8('word/numbering.xml');
  const styles = utf8('word/styles.xml');
  const rewritten = new Map<string, Uint8Array>();
  if (numbering) {
    for (const name of parts.keys()) {
      if (!/^word\/document\d*\.xml$/.test(name)) continue;
      const xml = utf8(name)!;
      const labelled = writeListLabels(xml, numbering, styles);
      if (labelled !== xml) rewritten.set(name, new TextEncoder().encode(labelled));
    }
  }
  return {
    file: {
      exists: (name) => parts.has(name),
      read: async (name, encoding) => {
        const b = rewritten.get(name) ?? parts.get(name);
        if (!b) throw new Error(`missing part ${name}`);
        if (encoding === 'base64') return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
        return encoding ? new TextDecoder(encoding).decode(b) : b;
      },
    },
  };
}

export async function parseDocx(bytes: Uint8Array, builder: DocumentBuilder, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  const entries = readZipDirectory(bytes);
  checkDeclaredSizes(entries, limits);
  const parts = inflateCapped(bytes, entries, limits);
  if (!hasWordBody(parts.keys())) {
    throw new CheckError('unsupported_media_type', 'This zip file is not a Word (DOCX) document.');
  }
  const mammoth = (await import('mammoth')).default; // loaded on the first DOCX, not with every worker
  let html: string;
  try {
    const result = await mammoth.convertToHtml(docxParts(parts) as unknown as { buffer: Buffer }, { styleMap: STYLE_MAP, transformDocument: (d: MElement) => markHeadings(d), ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
    html = result.value;
  } catch (err) {
    throw new CheckError('corrupt_file', 'The Word document is damaged and cannot be read.', { cause: err });
  }
  const tree = parseHtmlTree(html);
  const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
  boldLevel = Math.min(6, levels.length ? Math.max(...levels) + 1 : 1);
  const width = wrapWidth(tree.children);
  wrap = width ? { width, pending: null, line: 0, heading: false } : null;
  try {
    walk(tree.children, builder, 0);
  } finally {
    wrap = null;
  }
}
