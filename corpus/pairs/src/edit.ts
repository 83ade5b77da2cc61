// Edits that turn one version of a synthetic plan into the next, applied alike to its plain text
// and to the HTML the DOCX and PDF are made from, so every format of a pair says the same thing.

export type Op =
  /** Replace words wherever they stand (in a bullet, a table cell or a paragraph). */
  | { find: string; replace: string }
  /** Take out the bullet, numbered item, table row or paragraph that holds these words (or the sentence, inside prose). */
  | { remove: string }
  /** A new bullet, row or paragraph after the one holding `after`, of the same kind. */
  | { after: string; insert: string }
  /** Different edits for the two sources (a heading with an empty section, say). */
  | { txt: [string, string]; html: [string, string] }
  /** National-template specs only: delete the part at this dotted path (a whole area of need: "areas.semh"). */
  | { drop: string };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function must(cond: boolean, what: string): void {
  if (!cond) throw new Error(what);
}

function replaceOnce(src: string, find: string, rep: string, where: string): string {
  const i = src.indexOf(find);
  must(i >= 0, `${where}: not found: ${find.slice(0, 80)}`);
  must(src.indexOf(find, i + 1) < 0, `${where}: found more than once: ${find.slice(0, 80)}`);
  return src.slice(0, i) + rep + src.slice(i + find.length);
}

function lineOf(src: string, words: string, where: string): { start: number; end: number; prefix: string; whole: boolean } {
  const i = src.indexOf(words);
  must(i >= 0, `${where}: not found: ${words.slice(0, 80)}`);
  const start = src.lastIndexOf('\n', i) + 1;
  let end = src.indexOf('\n', i);
  if (end < 0) end = src.length;
  const prefix = src.slice(start, i);
  const rest = src.slice(i + words.length, end).replace(/\r$/, '');
  return { start, end, prefix, whole: /^[\s•\-*o\d.)a-z]*$/i.test(prefix) && rest.trim() === '' };
}

export function applyText(src: string, ops: Op[]): string {
  let out = src;
  for (const op of ops) {
    if ('drop' in op) throw new Error('txt: drop applies to a national-template spec only');
    if ('find' in op) out = replaceOnce(out, op.find, op.replace, 'txt');
    else if ('txt' in op) out = replaceOnce(out, op.txt[0], op.txt[1], 'txt');
    else if ('remove' in op) {
      const l = lineOf(out, op.remove, 'txt');
      // A table row goes whole, as the HTML's <tr> does.
      if (l.whole || out.slice(l.start, l.end).includes('\t')) out = out.slice(0, l.start) + out.slice(Math.min(out.length, l.end + 1));
      else out = replaceOnce(out, out.includes(`${op.remove} `) ? `${op.remove} ` : out.includes(` ${op.remove}`) ? ` ${op.remove}` : op.remove, '', 'txt');
    } else {
      const l = lineOf(out, op.after, 'txt');
      const line = out.slice(l.start, l.end);
      must(!line.includes('\t'), `txt: "${op.after.slice(0, 60)}" is in a table row`);
      const marker = /^\s*(?:[•*o-]\s+|\d+(?:\.\d+)*[.)]?\s+|[a-z][.)]\s+)?/.exec(line)![0];
      out = `${out.slice(0, l.end)}\n${marker}${op.insert}${out.slice(l.end)}`;
    }
  }
  return out;
}

const ELEMENTS = ['li', 'p', 'tr'] as const;

/** The innermost li, p or tr around offset i. */
function elementAround(src: string, i: number): { start: number; end: number; tag: string } | null {
  let best: { start: number; end: number; tag: string } | null = null;
  for (const tag of ELEMENTS) {
    const open = Math.max(src.lastIndexOf(`<${tag}>`, i), src.lastIndexOf(`<${tag} `, i));
    if (open < 0) continue;
    const close = src.indexOf(`</${tag}>`, i);
    if (close < 0) continue;
    // The element must not close before i.
    const closeBefore = src.lastIndexOf(`</${tag}>`, i);
    if (closeBefore > open) continue;
    const end = close + tag.length + 3;
    if (!best || open > best.start) best = { start: open, end, tag };
  }
  return best;
}

export function applyHtml(src: string, ops: Op[]): string {
  let out = src;
  for (const op of ops) {
    if ('drop' in op) throw new Error('html: drop applies to a national-template spec only');
    if ('find' in op) out = replaceOnce(out, esc(op.find), esc(op.replace), 'html');
    else if ('txt' in op) out = replaceOnce(out, op.html[0], op.html[1], 'html');
    else if ('remove' in op) {
      const w = esc(op.remove);
      const i = out.indexOf(w);
      must(i >= 0, `html: not found: ${op.remove.slice(0, 80)}`);
      const el = elementAround(out, i);
      const inner = el ? out.slice(el.start, el.end).replace(/<[^>]+>/g, '').trim() : '';
      if (el && (inner === op.remove || el.tag === 'tr' || inner.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') === op.remove)) out = out.slice(0, el.start) + out.slice(el.end);
      else out = replaceOnce(out, out.includes(`${w} `) ? `${w} ` : out.includes(` ${w}`) ? ` ${w}` : w, '', 'html');
    } else {
      const w = esc(op.after);
      const i = out.indexOf(w);
      must(i >= 0, `html: not found: ${op.after.slice(0, 80)}`);
      const el = elementAround(out, i);
      must(!!el && el.tag !== 'tr', `html: "${op.after.slice(0, 60)}" is not a bullet or paragraph`);
      const openTag = /^<[^>]+>/.exec(out.slice(el!.start, el!.end))![0];
      const copy = `${openTag}${esc(op.insert)}</${el!.tag}>`;
      out = out.slice(0, el!.end) + copy + out.slice(el!.end);
    }
  }
  return out;
}

/**
 * The same edits on a national-template plan's spec (corpus/src/national), so both versions are
 * filled into the template by script and keep its combined tables. A cell is one item or a list:
 * `find` replaces words in any one string; `remove` takes out the item holding the words (or the
 * words, inside a longer item); `after` puts a new item after the one holding those words, in the
 * same cell (turning a single item into a list).
 */
export function applyNational<T>(spec: T, ops: Op[]): T {
  const out = structuredClone(spec);
  // `bullet`: the item sits in a typed-bullet paragraph ({ run: ['• ', item] }) inside a cell's list, so
  // the paragraph (not the item) is what goes or is copied.
  type Slot = { get: () => string; set: (s: string) => void; cell: () => unknown[] | null; index: number; parent: Record<string, unknown> | unknown[]; key: string | number; bullet?: { list: unknown[]; index: number } };
  const slots = (): Slot[] => {
    const found: Slot[] = [];
    const walk = (node: unknown, parent: Record<string, unknown> | unknown[] | null, key: string | number | null, listHolder: { parent: Record<string, unknown> | unknown[]; key: string | number } | null, index: number, bullet?: Slot['bullet']) => {
      if (typeof node === 'string') {
        if (parent === null || key === null) return;
        const p = parent as Record<string | number, unknown>;
        found.push({ get: () => p[key] as string, set: (s) => { p[key] = s; }, cell: () => null, index, parent: listHolder?.parent ?? parent, key: listHolder?.key ?? key });
        return;
      }
      if (Array.isArray(node)) {
        node.forEach((x, i) => walk(x, node, i, parent && key !== null ? { parent, key } : null, i, bullet));
        return;
      }
      if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.text === 'string' && (o.kind === 'P' || o.kind === 'O')) {
          const holder = Array.isArray(parent) ? listHolder : parent && key !== null ? { parent, key } : null;
          found.push({ get: () => o.text as string, set: (s) => { o.text = s; }, cell: () => null, index: Array.isArray(parent) ? index : -1, parent: holder!.parent, key: holder!.key, bullet });
          return;
        }
        const inBullet = Array.isArray(o.run) && Array.isArray(parent) && typeof key === 'number' ? { list: parent, index: key } : undefined;
        for (const [k, v] of Object.entries(o)) walk(v, o, k, null, -1, inBullet);
      }
    };
    walk(out, null, null, null, -1);
    return found;
  };
  const one = (words: string, what: string): Slot => {
    const hits = slots().filter((s) => s.get().includes(words));
    must(hits.length === 1, `national ${what}: ${hits.length === 0 ? 'not found' : 'found more than once'}: ${words.slice(0, 80)}`);
    return hits[0];
  };
  for (const op of ops) {
    if ('drop' in op) {
      const keys = op.drop.split('.');
      let holder = out as Record<string, unknown>;
      for (const k of keys.slice(0, -1)) holder = holder[k] as Record<string, unknown>;
      must(!!holder && keys[keys.length - 1] in holder, `national drop: no ${op.drop}`);
      delete holder[keys[keys.length - 1]];
      continue;
    }
    if ('find' in op) {
      const s = one(op.find, 'find');
      must(s.get().indexOf(op.find, s.get().indexOf(op.find) + 1) < 0, `national find: found more than once: ${op.find.slice(0, 80)}`);
      s.set(s.get().replace(op.find, op.replace));
    } else if ('txt' in op) throw new Error('national: txt/html edits do not apply to a spec');
    else if ('remove' in op) {
      const s = one(op.remove, 'remove');
      const holder = s.parent as Record<string | number, unknown>;
      const cell = holder[s.key];
      if (s.get().trim() !== op.remove.trim()) s.set(s.get().replace(s.get().includes(`${op.remove} `) ? `${op.remove} ` : op.remove, ''));
      else if (s.bullet) s.bullet.list.splice(s.bullet.index, 1);
      else if (Array.isArray(cell) && s.index >= 0) cell.splice(s.index, 1);
      else holder[s.key] = '';
    } else {
      const s = one(op.after, 'after');
      if (s.bullet) {
        // A new typed-bullet paragraph after this one, its item a copy with the new words.
        const para = s.bullet.list[s.bullet.index] as { run: unknown[] };
        s.bullet.list.splice(s.bullet.index + 1, 0, { run: para.run.map((x) => (typeof x === 'string' ? x : { ...(x as object), text: op.insert })) });
        continue;
      }
      const holder = s.parent as Record<string | number, unknown>;
      const cell = holder[s.key];
      const list = Array.isArray(cell) ? cell : [cell];
      const at = Array.isArray(cell) ? s.index : 0;
      const model = list[at];
      const item = typeof model === 'string' ? op.insert : { ...(model as object), text: op.insert };
      list.splice(at + 1, 0, item);
      holder[s.key] = list;
    }
  }
  return out;
}

/** Anything a Word-form spec (corpus/src/docform.ts) holds: its blocks, each a paragraph or a table of cells of paragraphs. */
interface DocLike {
  blocks: ({ k: 'p'; parts: unknown[] } | { k: 'table'; rows: { paras: unknown[][] }[][] } | { k: 'section' })[];
}

/**
 * The same edits on a Word-form plan's spec (corpus/src/docform.ts), so both versions are made by the
 * same script and keep its tables. `find` replaces words in any one string or statement (a cell's words
 * may become empty); `remove` takes out the paragraph, or the table row, that holds the statement
 * (or the words, inside a longer statement); `after` puts a new paragraph after the paragraph holding
 * those words or, in a table, a new row after that row, its cells split at tabs.
 */
export function applyDocForm<T extends DocLike>(spec: T, ops: Op[]): T {
  const out = structuredClone(spec);
  type Hit = { get: () => string; set: (s: string) => void; unit: () => void; insert: (t: string) => void };
  const hits = (): Hit[] => {
    const found: Hit[] = [];
    const inParts = (parts: unknown[], unit: () => void, insert: (t: string) => void) => {
      parts.forEach((x, i) => {
        if (typeof x === 'string') found.push({ get: () => parts[i] as string, set: (s) => { parts[i] = s; }, unit, insert });
        else if (x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string') {
          const item = x as { text: string };
          found.push({ get: () => item.text, set: (s) => { item.text = s; }, unit, insert });
        }
      });
    };
    out.blocks.forEach((b, bi) => {
      if (b.k === 'section') return;
      if (b.k === 'p') {
        inParts(b.parts, () => out.blocks.splice(bi, 1), (t) => out.blocks.splice(bi + 1, 0, { ...b, parts: [t] }));
        return;
      }
      b.rows.forEach((row, ri) => {
        const insertRow = (t: string) => {
          const cells = t.split('\t');
          must(cells.length === row.length, `docform after: a new row needs ${row.length} cells: ${t.slice(0, 60)}`);
          b.rows.splice(ri + 1, 0, cells.map((c) => ({ paras: [[c]] })));
        };
        for (const c of row) for (const ps of c.paras) inParts(ps, () => b.rows.splice(ri, 1), insertRow);
      });
    });
    return found;
  };
  const one = (words: string, what: string): Hit => {
    const found = hits().filter((h) => h.get().includes(words));
    must(found.length === 1, `docform ${what}: ${found.length === 0 ? 'not found' : 'found more than once'}: ${words.slice(0, 80)}`);
    return found[0];
  };
  for (const op of ops) {
    if ('drop' in op) throw new Error('docform: drop applies to a national-template spec only');
    if ('find' in op) {
      const h = one(op.find, 'find');
      must(h.get().indexOf(op.find, h.get().indexOf(op.find) + 1) < 0, `docform find: found more than once: ${op.find.slice(0, 80)}`);
      h.set(h.get().replace(op.find, op.replace));
    } else if ('txt' in op) throw new Error('docform: txt/html edits do not apply to a spec');
    else if ('remove' in op) {
      const h = one(op.remove, 'remove');
      if (h.get().trim() === op.remove.trim()) h.unit();
      else h.set(h.get().replace(h.get().includes(`${op.remove} `) ? `${op.remove} ` : h.get().includes(` ${op.remove}`) ? ` ${op.remove}` : op.remove, ''));
    } else one(op.after, 'after').insert(op.insert);
  }
  return out;
}
