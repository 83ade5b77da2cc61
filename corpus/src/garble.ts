// Breaks a PDF's text layer the way a wrong font encoding does: the pages still look right, but
// their fonts' ToUnicode maps send common letters to symbols, so extraction (pdf.js, pdftotext)
// gives "T#e f$||$^+~% E@uc&+%$~" instead of "The following Education". Written as an incremental
// update (new objects appended, old bytes untouched), so only the chosen pages change.
import { inflateSync, deflateSync } from 'node:zlib';

/** Common lower-case letters and what the broken map sends them to. */
export const GARBLE_MAP: Record<string, string> = { a: '&', e: '#', i: '%', o: '$', n: '~', t: '+', s: '^', r: '*', h: '=', l: '|', d: '@' };

interface Obj { num: number; body: string }

function objects(pdf: string): Map<number, Obj> {
  const m = new Map<number, Obj>();
  for (const x of pdf.matchAll(/(?:^|[\r\n])(\d+) 0 obj([\s\S]*?)endobj/g)) m.set(Number(x[1]), { num: Number(x[1]), body: x[2] });
  return m;
}

function streamData(body: string): Buffer {
  const start = body.search(/stream\r?\n/);
  const data = body.slice(start).replace(/^stream\r?\n/, '').replace(/\r?\n?endstream\s*$/, '');
  return Buffer.from(data, 'latin1');
}

/** code -> unicode text, from a ToUnicode CMap's bfchar and bfrange entries. */
function parseCMap(cmap: string): Map<string, string> {
  const out = new Map<string, string>();
  const hexToStr = (h: string) => String.fromCharCode(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const e of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) out.set(e[1].toUpperCase(), hexToStr(e[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const e of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const lo = parseInt(e[1], 16);
      const hi = parseInt(e[2], 16);
      const base = parseInt(e[3], 16);
      for (let c = lo; c <= hi; c++) out.set(c.toString(16).toUpperCase().padStart(e[1].length, '0'), String.fromCharCode(base + c - lo));
    }
  }
  return out;
}

function brokenCMap(original: string): string {
  const map = parseCMap(original);
  const codeLen = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(original)?.[1].length ?? 2;
  const hex = (s: string) => [...s].map((ch) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')).join('');
  const entries = [...map].map(([code, text]) => `<${code}> <${hex([...text].map((ch) => GARBLE_MAP[ch] ?? ch).join(''))}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  const zero = '0'.repeat(codeLen);
  const ff = 'F'.repeat(codeLen);
  return `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<${zero}> <${ff}>\nendcodespacerange\n${blocks.join('\n')}\nendcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n`;
}

/**
 * Returns the PDF with the text layer of `pages` (1-based) garbled; 'all' garbles every page by
 * replacing the fonts' own maps.
 */
export function garblePdf(bytes: Uint8Array, pages: number[] | 'all'): Uint8Array {
  const pdf = Buffer.from(bytes).toString('latin1');
  const objs = objects(pdf);
  const trailer = pdf.slice(pdf.lastIndexOf('trailer'));
  const size = Number(/\/Size (\d+)/.exec(trailer)![1]);
  const prev = Number(/startxref\s+(\d+)/.exec(pdf.slice(pdf.lastIndexOf('startxref')))![1]);
  const root = /\/Root (\d+ 0 R)/.exec(trailer)![1];
  const info = /\/Info (\d+ 0 R)/.exec(trailer)?.[1];
  const id = /\/ID\s*\[[^\]]*\]/.exec(trailer)?.[0];

  let next = size;
  const added: { num: number; text: string }[] = [];
  const streamObj = (num: number, data: string) => {
    const z = deflateSync(Buffer.from(data, 'latin1'));
    return { num, text: `${num} 0 obj\n<</Length ${z.length}/Filter/FlateDecode>>\nstream\n${z.toString('latin1')}\nendstream\nendobj\n` };
  };

  const fonts = [...objs.values()].filter((o) => /\/Type\s*\/Font\b/.test(o.body) && /\/ToUnicode (\d+) 0 R/.test(o.body));
  if (fonts.length === 0) throw new Error('no font with a ToUnicode map');
  const fontCopy = new Map<number, number>();
  for (const f of fonts) {
    const tu = Number(/\/ToUnicode (\d+) 0 R/.exec(f.body)![1]);
    const cmap = inflateSync(streamData(objs.get(tu)!.body)).toString('latin1');
    if (pages === 'all') {
      added.push(streamObj(tu, brokenCMap(cmap)));
    } else {
      const cmapNum = next++;
      const fontNum = next++;
      added.push(streamObj(cmapNum, brokenCMap(cmap)));
      added.push({ num: fontNum, text: `${fontNum} 0 obj\n${f.body.replace(/\/ToUnicode \d+ 0 R/, `/ToUnicode ${cmapNum} 0 R`).trim()}\nendobj\n` });
      fontCopy.set(f.num, fontNum);
    }
  }
  if (pages !== 'all') {
    const pageObjs = [...objs.values()].filter((o) => /\/Type\s*\/Page\b(?!s)/.test(o.body));
    const order = kidsOrder(objs, root);
    const resourcesCopy = new Map<number, number>();
    for (const n of pages) {
      const page = pageObjs.find((o) => o.num === order[n - 1]);
      if (!page) throw new Error(`no page ${n}`);
      const resRef = /\/Resources (\d+) 0 R/.exec(page.body);
      if (!resRef) throw new Error('page resources are not an indirect object');
      const resNum = Number(resRef[1]);
      if (!resourcesCopy.has(resNum)) {
        const res = objs.get(resNum)!.body;
        const fontDictRef = /\/Font (\d+) 0 R/.exec(res);
        const remap = (s: string) => s.replace(/(\d+) 0 R/g, (m, d) => (fontCopy.has(Number(d)) ? `${fontCopy.get(Number(d))} 0 R` : m));
        let newRes: string;
        if (fontDictRef) {
          const fdNum = next++;
          added.push({ num: fdNum, text: `${fdNum} 0 obj\n${remap(objs.get(Number(fontDictRef[1]))!.body).trim()}\nendobj\n` });
          newRes = res.replace(/\/Font \d+ 0 R/, `/Font ${fdNum} 0 R`);
        } else newRes = remap(res);
        const rNum = next++;
        added.push({ num: rNum, text: `${rNum} 0 obj\n${newRes.trim()}\nendobj\n` });
        resourcesCopy.set(resNum, rNum);
      }
      added.push({ num: page.num, text: `${page.num} 0 obj\n${page.body.replace(/\/Resources \d+ 0 R/, `/Resources ${resourcesCopy.get(resNum)} 0 R`).trim()}\nendobj\n` });
    }
  }

  let out = pdf.endsWith('\n') ? pdf : pdf + '\n';
  const offsets: [number, number][] = [];
  for (const a of added) {
    offsets.push([a.num, Buffer.byteLength(out, 'latin1')]);
    out += a.text;
  }
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += 'xref\n' + offsets.sort((x, y) => x[0] - y[0]).map(([n, off]) => `${n} 1\n${String(off).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<</Size ${next}/Root ${root}${info ? `/Info ${info}` : ''}${id ? id : ''}/Prev ${prev}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Page object numbers in reading order, from the page tree. */
function kidsOrder(objs: Map<number, Obj>, rootRef: string): number[] {
  const catalog = objs.get(Number(rootRef.split(' ')[0]))!.body;
  const walk = (num: number): number[] => {
    const body = objs.get(num)!.body;
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)![1];
      return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((k) => walk(Number(k[1])));
    }
    return [num];
  };
  return walk(Number(/\/Pages (\d+) 0 R/.exec(catalog)![1]));
}
