// Markdown: ATX and setext headings, paragraphs, nested lists, pipe tables; inline markup stripped.
import { DocumentBuilder, plain } from './builder.ts';

/** A Setext heading's underline: === (level 1) or --- (level 2), indented at most three spaces (sniff.ts reads Markdown by it too). */
export const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/;

// "Target date: July 2027": a form's label and its value on one line.
const FIELD_LINE = /^\s*[A-Z][\w /()'’-]{0,40}:(?:\s|$)/;

/** Strips inline Markdown: emphasis, code, links and images, HTML tags, backslash escapes. */
export function stripInline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const LIST = /^(\s*)([-*+•]|\d{1,9}[.)])[ \t]+(.*)$/;
const TABLE_SEP = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;

function splitRow(line: string): string[] {
  let t = line.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '\\' && t[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (t[i] === '|') {
      cells.push(cur);
      cur = '';
    } else cur += t[i];
  }
  cells.push(cur);
  return cells.map((c) => stripInline(c.trim()));
}

const pipeRow = (line: string) => /\s\|\s/.test(line) && !LIST.test(line) && splitRow(line).filter((c) => c).length >= 2;

export function parseMarkdown(text: string, b: DocumentBuilder): void {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let para: string[] = [];
  let item: { parts: string[]; marker: string; ordered: boolean; depth: number } | null = null;
  const indentStack: number[] = [];
  const flushPara = () => {
    if (para.length) b.paragraph(plain(stripInline(para.join(' '))));
    para = [];
  };
  const flushItem = () => {
    if (item) b.listItem(plain(stripInline(item.parts.join(' '))), item.marker, item.ordered, item.depth);
    item = null;
  };
  const flush = () => {
    flushPara();
    flushItem();
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      flushPara();
      // A list item ends at a blank line unless the next line is indented (a continuation).
      if (item && !(i + 1 < lines.length && /^\s{2,}\S/.test(lines[i + 1]) && !LIST.test(lines[i + 1]))) flushItem();
      if (!item) indentStackReset(lines, i, indentStack);
      continue;
    }
    if (FENCE.test(line)) {
      flush();
      const code: string[] = [];
      const fence = line.trim().slice(0, 3);
      for (i++; i < lines.length && !lines[i].trim().startsWith(fence); i++) code.push(lines[i]);
      b.paragraph(plain(code.join(' ')));
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      b.heading(plain(stripInline(atx[2])), atx[1].length);
      continue;
    }
    // Setext: a paragraph line underlined with === (level 1) or --- (level 2).
    // Several lines over a rule ("Outcome: …" / "Target date: …" then "-----", a record in an export) are
    // no heading: the rule ends them.
    if (para.length > 1 && !item && SETEXT_UNDERLINE.test(line)) {
      // Lines that are a record's "Label: value" fields stay lines, as plain text keeps them.
      if (para.filter((l) => FIELD_LINE.test(l)).length >= 2) {
        for (const l of para) b.paragraph(plain(stripInline(l)));
        para = [];
      }
      flush();
      continue;
    }
    if (para.length && !item && SETEXT_UNDERLINE.test(line)) {
      const level = line.trim().startsWith('=') ? 1 : 2;
      const title = para.join(' ');
      para = [];
      b.heading(plain(stripInline(title)), level);
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEP.test(lines[i + 1]) && lines[i + 1].includes('-')) {
      flush();
      const rows = [splitRow(line)];
      i += 2;
      while (i < lines.length && lines[i].trim() !== '' && lines[i].includes('|')) rows.push(splitRow(lines[i++]));
      i--;
      b.table(rows.map((r) => r.map((c) => ({ fragments: plain(c) }))));
      continue;
    }
    // Pipe rows without the separator line (text pasted from a table) are a table too, as in plain text.
    if (!para.length && !item && pipeRow(line) && i + 1 < lines.length && pipeRow(lines[i + 1])) {
      const rows: string[][] = [];
      while (i < lines.length && pipeRow(lines[i])) rows.push(splitRow(lines[i++]));
      i--;
      b.table(rows.map((r) => r.map((c) => ({ fragments: plain(c) }))));
      continue;
    }
    const li = LIST.exec(line);
    if (li) {
      flush();
      const indent = li[1].replace(/\t/g, '    ').length;
      while (indentStack.length && indentStack[indentStack.length - 1] > indent) indentStack.pop();
      if (!indentStack.length || indentStack[indentStack.length - 1] < indent) indentStack.push(indent);
      const ordered = /\d/.test(li[2]);
      item = { parts: [li[3]], marker: li[2], ordered, depth: indentStack.length - 1 };
      continue;
    }
    const quoted = line.replace(/^\s*(>\s?)+/, '');
    if (item && (/^\s+\S/.test(line) || para.length === 0)) {
      item.parts.push(quoted.trim());
      continue;
    }
    flushItem();
    para.push(quoted.trim());
  }
  flush();
}

/** After a blank line that ends a list, nesting starts again from the next list's own indent. */
function indentStackReset(lines: string[], i: number, stack: number[]): void {
  const next = lines.slice(i + 1).find((l) => l.trim() !== '');
  if (next === undefined || !LIST.test(next)) stack.length = 0;
}
