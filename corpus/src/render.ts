// Renders one plan description to HTML (two targets), plain text and gold labels.
import { GOLD_SECTION_KEYS, type GoldSectionKey, type PlanGold, type GoldProvisionSection } from '../gold-schema.ts';
import { type Block, type Inline, type PlanSpec, type SectionSpec, textOf } from './dsl.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const CSS = `body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.35}
table{border-collapse:collapse;width:100%;margin:6pt 0}
td,th{border:1px solid #444;padding:4pt;vertical-align:top;text-align:left}
th{background:#ddd}
h1{font-size:16pt}h2{font-size:13pt}h3{font-size:12pt}
tr{page-break-inside:auto}`;

function blockHtml(b: Block, fitTables = false): string {
  switch (b.k) {
    case 'para':
      return b.bold ? `<p><b>${esc(textOf(b.text))}</b></p>` : `<p>${esc(textOf(b.text))}</p>`;
    case 'prose':
      return `<p>${esc(b.items.map(textOf).join(' '))}</p>`;
    case 'list':
      if (b.markers) return b.items.map((it, i) => `<p style="margin-left:${18 * (1 + (b.indent ?? 0))}pt">${esc(b.markers![i] ?? '')} ${esc(textOf(it))}</p>`).join('\n');
      return `<${b.ordered ? 'ol' : 'ul'}>${b.items.map((it) => `<li>${esc(textOf(it))}</li>`).join('')}</${b.ordered ? 'ol' : 'ul'}>`;
    case 'table': {
      const head = b.head ? `<thead><tr>${b.head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>` : '';
      // A short row (an area-of-need label inside a combined table) spans the remaining columns.
      const span = (r: Inline[], i: number) => (b.head && r.length < b.head.length && i === r.length - 1 ? ` colspan="${b.head.length - r.length + 1}"` : '');
      const rows = b.rows.map((r) => `<tr>${r.map((c, i) => `<td${span(r, i)}>${esc(textOf(c))}</td>`).join('')}</tr>`).join('\n');
      // LibreOffice ignores the CSS width; wide tables with spanning rows need it as an attribute to fit the page.
      const wide = fitTables || b.fit || (b.head && b.rows.some((r) => r.length < b.head!.length)) ? ' width="100%"' : '';
      return `<table border="1" cellpadding="4"${wide}>${head}<tbody>${rows}</tbody></table>`;
    }
  }
}

function headingHtml(s: SectionSpec): string {
  const pb = s.pageBreak ? ' style="page-break-before:always"' : '';
  switch (s.style) {
    case 'h1': case 'h2': case 'h3':
      return `<${s.style}${pb}>${esc(s.heading)}</${s.style}>`;
    case 'bold':
      return `<p${pb}><b>${esc(s.heading)}</b></p>`;
    case 'plain':
      return `<p${pb}>${esc(s.heading)}</p>`;
    case 'letterTable':
      return `${s.pageBreak ? '<p style="page-break-before:always"></p>' : ''}<table border="1" cellpadding="4"><tr><td width="8%"><b>${esc(s.letter ?? s.keys[0])}</b></td><td><b>${esc(s.heading)}</b></td></tr></table>`;
    case 'formTable':
    case 'boxTable':
      throw new Error(`${s.style} sections are rendered whole by sectionHtml`);
  }
}

function sectionHtml(s: SectionSpec, fit: boolean): string {
  if (s.style === 'boxTable') {
    const pb = s.pageBreak ? '<p style="page-break-before:always"></p>' : '';
    return `${pb}<table border="1" cellpadding="6" width="100%"><tr><td style="background:#e6eef6" bgcolor="#e6eef6"><p><b>${esc(s.heading)}</b></p>${s.blocks.map((b) => blockHtml(b, fit)).join('\n')}</td></tr></table>`;
  }
  if (s.style !== 'formTable') return [headingHtml(s), ...s.blocks.map((b) => blockHtml(b, fit))].join('\n');
  const pb = s.pageBreak ? '<p style="page-break-before:always"></p>' : '';
  return `${pb}<table border="1" cellpadding="4"><tr><td width="28%" style="background:#e8e8e8"><b>${esc(s.heading)}</b></td><td>${s.blocks.map((b) => blockHtml(b, fit)).join('\n')}</td></tr></table>`;
}

/** `docx`: header and footer as LibreOffice reads them from HTML; `chromium`: Chromium prints its own. */
export function toHtml(spec: PlanSpec, target: 'docx' | 'chromium'): string {
  const parts: string[] = [];
  parts.push(`<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Education, Health and Care Plan</title><style>${CSS}</style></head><body>`);
  if (target === 'docx') {
    parts.push(`<div title="header"><p style="font-size:8pt">${esc(spec.child.name)} DOB: ${esc(spec.child.dob)} OFFICIAL - SENSITIVE</p></div>`);
  }
  const fit = spec.fitTables ?? false;
  if (target === 'chromium' && spec.watermark) {
    // position: fixed repeats on every printed page in Chromium.
    parts.push(`<div style="position:fixed;top:38%;left:0;width:100%;text-align:center;font-size:120pt;font-weight:bold;color:rgba(160,160,160,0.28);transform:rotate(-35deg);z-index:-1">${esc(spec.watermark)}</div>`);
  }
  for (const b of spec.front) parts.push(blockHtml(b, fit));
  for (const s of spec.sections) parts.push(sectionHtml(s, fit));
  for (const b of spec.back ?? []) parts.push(blockHtml(b, fit));
  if (target === 'docx') {
    parts.push(`<div title="footer"><p style="font-size:8pt">OFFICIAL - SENSITIVE Page <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> of <sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield></p></div>`);
  }
  parts.push('</body></html>');
  return parts.join('\n');
}

export function chromiumHeader(spec: PlanSpec): string {
  return `<div style="font-size:8px;width:100%;padding:0 18mm;display:flex;justify-content:space-between"><span>${esc(spec.child.name)} DOB: ${esc(spec.child.dob)}</span><span>OFFICIAL - SENSITIVE</span></div>`;
}
export const CHROMIUM_FOOTER = `<div style="font-size:8px;width:100%;text-align:center">OFFICIAL - SENSITIVE Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

function blockText(b: Block, spec: PlanSpec): string {
  const sep = spec.txtTable === 'tab' ? '\t' : ' | ';
  switch (b.k) {
    case 'para':
      return textOf(b.text);
    case 'prose':
      return b.items.map(textOf).join(' ');
    case 'list':
      return b.items
        .map((it, i) => `${'    '.repeat(b.indent ?? 0)}${b.markers ? b.markers[i] : b.ordered ? `${i + 1}.` : (spec.txtBullet ?? '•')} ${textOf(it)}`)
        .join('\n');
    case 'table':
      return [...(b.head ? [b.head.join(sep)] : []), ...b.rows.map((r) => r.map(textOf).join(sep))].join('\n');
  }
}

export function toText(spec: PlanSpec): string {
  const out: string[] = [];
  for (const b of spec.front) out.push(blockText(b, spec));
  for (const s of spec.sections) {
    const sep = spec.txtTable === 'tab' ? '\t' : ' | ';
    if (s.style === 'formTable') {
      // A Word table saved as text: the heading cell, a cell separator, then the content cell's paragraphs.
      const [first, ...rest] = s.blocks.map((b) => blockText(b, spec));
      out.push((spec.txtHeadingPrefix ?? '') + s.heading + sep + (first ?? ''));
      out.push(...rest);
      continue;
    }
    const h = s.style === 'letterTable' ? `${s.letter ?? s.keys[0]}${sep}${s.heading}` : s.heading;
    out.push((spec.txtHeadingPrefix ?? '') + h);
    for (const b of s.blocks) out.push(blockText(b, spec));
  }
  for (const b of spec.back ?? []) out.push(blockText(b, spec));
  let text = spec.txtRunningHeaderEvery ? withRunningHeaders(spec, out, spec.txtRunningHeaderEvery) : out.join('\n\n') + '\n';
  if (spec.txtWrap) text = text.split('\n').map((l) => wrap(l, spec.txtWrap!)).join('\n');
  if (spec.txtCrlf) text = text.replace(/\n/g, '\r\n');
  return text;
}

/** Breaks a line at spaces so that no piece is longer than `width` (a longer word stays whole). */
function wrap(line: string, width: number): string {
  const pieces: string[] = [];
  let cur = '';
  for (const word of line.split(' ')) {
    if (cur && cur.length + 1 + word.length > width) {
      pieces.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  pieces.push(cur);
  return pieces.join('\n');
}

/** Page furniture between blocks, as pdftotext leaves it: footer of one page, header of the next. */
function withRunningHeaders(spec: PlanSpec, blocks: string[], every: number): string {
  const pages = Math.ceil(blocks.length / every);
  const header = `${spec.child.name} DOB: ${spec.child.dob}    OFFICIAL - SENSITIVE`;
  const mark = spec.watermark ? [spec.watermark] : [];
  const out: string[] = [header, ...mark];
  blocks.forEach((b, i) => {
    out.push(b);
    if ((i + 1) % every === 0 && i + 1 < blocks.length) {
      out.push(`OFFICIAL - SENSITIVE    Page ${(i + 1) / every} of ${pages}`, header, ...mark);
    }
  });
  out.push(`OFFICIAL - SENSITIVE    Page ${pages} of ${pages}`);
  return out.join('\n\n') + '\n';
}

function* inlines(b: Block): Generator<Inline> {
  if (b.k === 'para') yield b.text;
  else if (b.k === 'list' || b.k === 'prose') yield* b.items;
  else for (const r of b.rows) yield* r;
}

function defaultProvisionSection(s: SectionSpec): GoldProvisionSection | undefined {
  if (s.provisionSection) return s.provisionSection;
  if (s.keys.includes('F')) return 'F';
  if (s.keys.includes('G')) return 'G';
  if (s.keys.includes('H1') && s.keys.includes('H2')) return 'H';
  if (s.keys.includes('H1')) return 'H1';
  if (s.keys.includes('H2')) return 'H2';
  return undefined;
}

export function toGold(spec: PlanSpec): PlanGold {
  const present = new Set<GoldSectionKey>();
  const provisions: PlanGold['provisions'] = [];
  const outcomes: PlanGold['outcomes'] = [];
  let singleH = false;
  const all = (blocks: Block[], s?: SectionSpec) => {
    for (const b of blocks) {
      for (const it of inlines(b)) {
        if (typeof it === 'string') continue;
        if (!s) throw new Error(`${spec.id}: statement outside any section: ${it.text}`);
        if (it.kind === 'P') {
          const section = it.section ?? defaultProvisionSection(s);
          if (!section) throw new Error(`${spec.id}: provision in a section without F/G/H: ${it.text}`);
          provisions.push({ quote: it.text, section, specific: it.specific, elements: it.elements, vagueTerms: it.vagueTerms });
        } else {
          if (!s.keys.includes('E')) throw new Error(`${spec.id}: outcome outside E: ${it.text}`);
          outcomes.push({ quote: it.text, measurable: it.measurable, timeBound: it.timeBound, smart: it.smart, preparingForAdulthood: it.preparingForAdulthood });
        }
      }
    }
  };
  all(spec.front);
  for (const s of spec.sections) {
    for (const k of s.keys) present.add(k);
    if (s.keys.includes('H1') && s.keys.includes('H2') && s.keys.length === 2) singleH = true;
    all(s.blocks, s);
  }
  all(spec.back ?? []);
  const sections = GOLD_SECTION_KEYS.filter((k) => present.has(k));
  const checks = {
    healthNeedsWithoutProvision: false, socialCareNeedsWithoutProvision: false, preparingForAdulthoodMissing: false,
    therapyOnlyInHealth: false, placementInDraft: false, placementMissing: false, statementWording: false,
    ...spec.checks,
  };
  return {
    id: spec.id,
    description: spec.description,
    producers: { docx: 'soffice', pdf: spec.pdfProducer },
    layout: 'la-form',
    form: 'filled',
    formats: ['txt', 'docx', 'pdf'],
    expectedFindings: spec.expectedFindings ?? [],
    expectedError: null,
    maxFindings: null,
    sections,
    missingSections: GOLD_SECTION_KEYS.filter((k) => !present.has(k)),
    singleH,
    provisions,
    outcomes,
    plan: { status: spec.status, yearGroup: spec.yearGroup },
    checks,
  };
}
