// Fills the national EHCP template (a python-docx-template .docx) as an LA's system would: the
// Code of Practice guidance stays where it is printed, `{{ placeholders }}` take the child's text,
// table rows beyond those used are deleted or left blank. Works on the XML directly (fflate).
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { AREAS, type AreaKey, type Cell, type NationalSpec, paragraphTexts } from './spec.ts';

export const TEMPLATE_PATH = new URL('../../templates/national-ehcp-template-dfe-change-programme.docx', import.meta.url);

const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const textOfXml = (x: string) => [...x.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const paragraphs = (x: string) => [...x.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)];

/** One paragraph with the template paragraph's paragraph and run properties, holding `text`. */
function paraLike(template: string, text: string): string {
  const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(template)?.[0] ?? '';
  const rPr = /<w:r[ >](?:(?!<\/w:r>)[\s\S])*?(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(template)?.[1] ?? '';
  if (!text) return `<w:p>${pPr}</w:p>`;
  // A "\n" is a manual line break inside the paragraph (Shift+Enter).
  const body = text.split('\n').map((t) => `<w:t xml:space="preserve">${xmlEsc(t)}</w:t>`).join('<w:br/>');
  return `<w:p>${pPr}<w:r>${rPr}${body}</w:r></w:p>`;
}

const cellStrings = (c: Cell | string | undefined): string[] => (typeof c === 'string' ? [c] : paragraphTexts(c as Cell | undefined));

type Values = Map<string, string[] | undefined>;

/** Replaces every paragraph holding a placeholder: by the value's paragraphs, or keeps it (undefined). */
function fillParagraphs(xml: string, values: Values, unfilled: 'empty' | 'placeholder'): string {
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => {
    const text = textOfXml(p);
    const m = /^\s*\{\{\s*([\w]+)\s*\}\}\s*$/.exec(text);
    if (!m) {
      if (text.includes('{{')) throw new Error(`placeholder mixed with text: ${text}`);
      return p;
    }
    const v = values.get(m[1]);
    if (v === undefined) return unfilled === 'placeholder' ? paraLike(p, `{{ ${m[1]} }}`) : paraLike(p, '');
    return v.map((t) => paraLike(p, t)).join('');
  });
}

const ROW_KEY = /\{\{\s*(\w+?)_(?:need|provision|outcome)_(\d+)\s*\}\}|\{\{\s*h[12]_provision_(\d+)\s*\}\}/;

/** Deletes (or keeps blank) the combined-table rows past those the plan uses. */
function pruneRows(xml: string, used: Map<string, number>, mode: 'remove' | 'blank', unfilled: 'empty' | 'placeholder'): string {
  return xml.replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (tr) => {
    const t = textOfXml(tr);
    const m = ROW_KEY.exec(t);
    if (!m) return tr;
    const prefix = m[1] ?? 'social_care';
    const n = Number(m[2] ?? m[3]);
    const family = prefix === 'h1' || prefix === 'h2' ? 'social_care' : prefix;
    const count = used.get(family) ?? 0;
    if (n <= count) return tr;
    if (unfilled === 'placeholder' && count === 0) return tr;
    return mode === 'remove' && n > 1 ? '' : tr;
  });
}

/** Writes `lines` into cell `ci` of row `ri` of the table whose text starts with `heading`. */
function fillTableCell(xml: string, heading: string, ri: number, ci: number, lines: string[]): string {
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)];
  const t = tables.find((m) => textOfXml(m[0]).trim().startsWith(heading));
  if (!t) throw new Error(`no table starting "${heading}"`);
  let ri2 = -1;
  const newTable = t[0].replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (tr) => {
    ri2++;
    if (ri2 !== ri) return tr;
    let ci2 = -1;
    return tr.replace(/<w:tc>([\s\S]*?)<\/w:tc>/g, (tc, inner: string) => {
      ci2++;
      if (ci2 !== ci) return tc;
      const tcPr = /<w:tcPr>[\s\S]*?<\/w:tcPr>/.exec(inner)?.[0] ?? '';
      const first = paragraphs(inner)[0]?.[0] ?? '<w:p></w:p>';
      return `<w:tc>${tcPr}${lines.map((l) => paraLike(first, l)).join('')}</w:tc>`;
    });
  });
  return xml.slice(0, t.index) + newTable + xml.slice(t.index! + t[0].length);
}

export function placeholderValues(spec: NationalSpec): { values: Values; used: Map<string, number> } {
  const values: Values = new Map();
  const used = new Map<string, number>();
  const set = (k: string, c: Cell | string | undefined) => {
    if (c !== undefined) values.set(k, cellStrings(c));
  };
  for (const [k, v] of Object.entries(spec.fields ?? {})) set(k, v);
  if (spec.a1) {
    set('history', spec.a1.history);
    set('communication', spec.a1.communication);
  }
  if (spec.a2) for (const [k, v] of Object.entries(spec.a2)) set(k, v);
  for (const key of Object.keys(AREAS) as AreaKey[]) {
    const a = spec.areas?.[key];
    if (!a) continue;
    set(`${key}_strengths`, a.strengths);
    a.rows.forEach((r, i) => {
      set(`${key}_need_${i + 1}`, r.need);
      set(`${key}_provision_${i + 1}`, r.provision);
      set(`${key}_outcome_${i + 1}`, r.outcome);
    });
    used.set(key, a.rows.length);
  }
  if (spec.health) {
    set('health_care_strengths', spec.health.strengths);
    spec.health.rows.forEach((r, i) => {
      set(`health_care_need_${i + 1}`, r.need);
      set(`health_care_provision_${i + 1}`, r.provision);
      set(`health_care_outcome_${i + 1}`, r.outcome);
    });
    used.set('health_care', spec.health.rows.length);
  }
  if (spec.social) {
    set('social_care_strengths', spec.social.strengths);
    spec.social.rows.forEach((r, i) => {
      set(`social_care_need_${i + 1}`, r.need);
      set(`h1_provision_${i + 1}`, r.h1);
      set(`h2_provision_${i + 1}`, r.h2);
      set(`social_care_outcome_${i + 1}`, r.outcome);
    });
    used.set('social_care', spec.social.rows.length);
  }
  return { values, used };
}

export function fillDocumentXml(template: string, spec: NationalSpec): string {
  // Word splits a placeholder over several runs; collapse every paragraph holding "{{" to one run first.
  let xml = template.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => {
    const t = textOfXml(p);
    return t.includes('{{') ? paraLike(p, t) : p;
  });
  const { values, used } = placeholderValues(spec);
  xml = pruneRows(xml, used, spec.unusedRows, spec.unfilled);
  xml = fillParagraphs(xml, values, spec.unfilled);
  if (spec.banner?.length) {
    const title = paragraphs(xml).find((m) => textOfXml(m[0]).includes('EHCP template for testing in Change Programme Areas'));
    if (!title) throw new Error('template title not found');
    const end = title.index! + title[0].length;
    xml = xml.slice(0, end) + spec.banner.map((b) => paraLike(title[0], b)).join('') + xml.slice(end);
  }
  if (spec.placement) {
    xml = fillTableCell(xml, 'Name', 0, 1, [spec.placement.name]);
    xml = fillTableCell(xml, 'Name', 1, 1, [spec.placement.type]);
  }
  if (spec.directPayments) {
    xml = fillTableCell(xml, 'Details', 0, 1, [spec.directPayments.details]);
    xml = fillTableCell(xml, 'Details', 1, 1, [spec.directPayments.arrangements]);
  }
  (spec.advice ?? []).forEach(([label, date, who, appended], i) => {
    if (label !== undefined) xml = fillTableCell(xml, 'Advice and information requested', i + 1, 0, [label]);
    xml = fillTableCell(xml, 'Advice and information requested', i + 1, 1, [date]);
    xml = fillTableCell(xml, 'Advice and information requested', i + 1, 2, [who]);
    xml = fillTableCell(xml, 'Advice and information requested', i + 1, 3, [appended]);
  });
  if (spec.signOff) spec.signOff.forEach((v, i) => (xml = fillTableCell(xml, 'Local authority officer', 1, i, [v])));
  return xml;
}

/** The filled template as .docx bytes. Fixed zip timestamps keep rebuilds byte-identical. */
export function fillTemplate(spec: NationalSpec): Uint8Array {
  const files = unzipSync(new Uint8Array(readFileSync(TEMPLATE_PATH)));
  const out: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [name, bytes] of Object.entries(files)) {
    const data = name === 'word/document.xml' ? strToU8(fillDocumentXml(strFromU8(bytes), spec)) : bytes;
    out[name] = [data, { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  return zipSync(out, { level: 6 });
}

const paraText = (p: string) =>
  [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)]
    .map((m) => (m[0] === '<w:tab/>' ? '\t' : m[0] === '<w:br/>' ? '\n' : m[1]))
    .join('')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The body's lines: a paragraph per line, and each table row as `row` lays out its cells' paragraphs. */
function bodyLines(documentXml: string, row: (cells: string[][]) => string[]): string[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'));
  const lines: string[] = [];
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
    if (!m[0].startsWith('<w:tbl>')) {
      lines.push(paraText(m[0]));
      continue;
    }
    for (const tr of m[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
      lines.push(...row([...tr[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) => paragraphs(tc[1]).map((p) => paraText(p[0])))));
    }
  }
  return lines;
}

/**
 * The filled DOCX as it arrives when copied from Word and pasted as plain text: a paragraph per
 * line; a table row on one line, its cells separated by tabs (a cell's own paragraphs break the line).
 */
export function pastedText(documentXml: string): string {
  return bodyLines(documentXml, (cells) => [cells.map((ps) => ps.join('\n')).join('\t')]).join('\n') + '\n';
}

/**
 * The filled DOCX saved as plain text by Word: a paragraph per line; each table cell's paragraphs
 * on lines of their own, a blank line after each cell (so a row's cells are separated by blank lines).
 */
export function wordSavedText(documentXml: string): string {
  return bodyLines(documentXml, (cells) => cells.flatMap((ps) => [...ps, ''])).join('\r\n') + '\r\n';
}
