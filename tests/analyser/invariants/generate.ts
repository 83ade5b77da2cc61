// Random plans for the invariant suite: real headings, statements from the corpus, lists, tables
// (combined ones too), empty and repeated sections, stray letters, hostile markup and awkward
// unicode. Every document is rebuilt from its seed.
import { readFileSync } from 'node:fs';
import { DocumentBuilder, type Fragment } from '../../../services/ingest/src/builder.ts';
import type { StructuredDocument } from '../../../services/ingest/src/document.ts';
import { parseDocument } from '../../../services/ingest/src/parse.ts';
import { rng, type Rng } from './prng.ts';

const ROOT = new URL('../../../', import.meta.url);
const lines = (p: string) => readFileSync(new URL(p, ROOT), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; section?: string });
export const PROVISION_LINES = lines('corpus/statements/provisions.jsonl');
export const OUTCOME_LINES = lines('corpus/statements/outcomes.jsonl');

type Item =
  | { h: string }
  | { p: string }
  | { list: string[]; ordered: boolean }
  | { table: string[][] };

const KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K'] as const;
const TITLES: Record<string, string[]> = {
  A: ['Views, interests and aspirations', 'All about me', 'My views, interests and aspirations'],
  B: ['Special educational needs', 'What I find hard', 'My needs'],
  C: ['Health needs', 'My health'],
  D: ['Social care needs', 'My care needs'],
  E: ['Outcomes', 'What I want to achieve', 'Outcomes sought'],
  F: ['Special educational provision', 'The help I will get', 'SEN provision'],
  G: ['Health provision', 'Help with my health'],
  H1: ['Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970', 'Social care provision (CSDPA)'],
  H2: ['Other social care provision', 'Any other social care provision'],
  H: ['Social care provision', 'Help with my care'],
  I: ['Placement', 'Name and type of school'],
  J: ['Personal budget', 'Direct payments'],
  K: ['Advice and information', 'Appendices'],
};

function heading(r: Rng, key: string, lettered = false): string {
  const title = r.pick(TITLES[key]);
  switch (lettered ? r.pick([0, 1, 2, 3, 5]) : r.int(0, 7)) {
    case 0: return `Section ${key}: ${title}`;
    case 1: return `${key}. ${title}`;
    case 2: return `Part ${key} – ${title}`;
    case 3: return `SECTION ${key}`;
    case 4: return title;
    case 5: return `${key} – ${title}`.toUpperCase();
    case 6: return `Section${r.pick(['\u00a0', '\u200b', '  ', ' '])}${key}${r.pick([':', ' —', '.', ''])} ${title}`;
    default: return `${key}) ${title}`;
  }
}

const NEEDS = [
  'Sam has difficulty with attention and listening in a busy classroom.',
  'Maya finds it hard to regulate her emotions when routines change.',
  'He has a diagnosis of autism and a moderate learning difficulty.',
  'Reading age is 6 years 4 months (assessed March 2026).',
  'Asthma, managed with an inhaler; epilepsy care plan in place.',
  'Mum reports that sleep is poor and mornings are difficult.',
  'She loves horses, drawing and Minecraft, and wants to be a vet.',
];
const STRAYS = ['F', 'A)', 'I', 'H', 'E.', 'Section', 'Section Z', 'H3', 'Part', '1.', '•', 'Section F Section G', 'F F F', 'K –', 'Sections', 'Section H1 and', 'a)', 'XXX', '[Insert name]', 'TBC'];
const HOSTILE = ['<script>alert(1)</script>', '" onmouseover="alert(1)', "' onfocus='alert(1)", '<img src=x onerror=alert(1)>', '</textarea><b>bold</b>', '&amp; &lt; &#x3c;', '<!--', ']]>', '\\u0000'];
const UNICODE = [
  '\u202eevil\u202c', 'مرحبا بالعالم', 'שלום', '😀', '👨\u200d👩\u200d👧', 'e\u0301', 'n\u0303\u0323', '\u00a0', '\u200b', '\u200d', '\ufeff',
  '\x1b[2J', '\x1b]0;title\x07', '\x08', '\x7f', '“quoted”', '‘single’', 'ﬁ', 'ﬂ', 'ß', 'İ', '\u00ad', '\u2028', 'Ｆ', '１２', '–', '—', '…', '\u0301', '\u3000',
];

function sentence(r: Rng, key: string): string {
  if (key === 'E') return r.pick(OUTCOME_LINES).text;
  if (key === 'F' || key === 'G' || key === 'H1' || key === 'H2' || key === 'H') return r.pick(PROVISION_LINES).text;
  return r.chance(0.7) ? r.pick(NEEDS) : r.pick([...PROVISION_LINES, ...OUTCOME_LINES]).text;
}

/** Sprinkles awkward characters (and, for hostile docs, markup) into a string. */
function mutate(r: Rng, s: string, hostile: boolean): string {
  const n = r.chance(0.5) ? 0 : r.int(1, 4);
  for (let i = 0; i < n; i++) {
    const at = r.int(0, s.length);
    const add = hostile && r.chance(0.4) ? r.pick(HOSTILE) : r.pick(UNICODE);
    s = s.slice(0, at) + add + s.slice(at);
  }
  if (r.chance(0.05)) s = s.replace(/fi/g, 'ﬁ').replace(/"/g, '”').replace(/'/g, '’');
  return s;
}

function body(r: Rng, key: string, hostile: boolean, noStrays = false): Item[] {
  const items: Item[] = [];
  const n = r.chance(0.15) ? 0 : r.int(1, 6);
  const m = (s: string) => mutate(r, s, hostile);
  for (let i = 0; i < n; i++) {
    const kind = r.int(0, 9);
    if (kind <= 2) items.push({ p: m(sentence(r, key)) });
    else if (kind <= 4) items.push({ list: Array.from({ length: r.int(1, 5) }, () => m(sentence(r, key))), ordered: r.chance(0.3) });
    else if (kind <= 6) {
      const header = r.pick([['Need', 'Outcome', 'Provision', 'Who', 'How often'], ['Provision', 'Frequency', 'Staff'], ['Area of need', 'Provision'], ['What', 'Who', 'When']]);
      const rows = [header, ...Array.from({ length: r.int(0, 4) }, () => header.map(() => (r.chance(0.15) ? '' : m(r.chance(0.5) ? sentence(r, key) : r.pick(['Weekly', 'SENCo', '3 x 30 minutes', 'Teaching assistant', '1:1'])))))];
      items.push({ table: r.chance(0.2) ? rows.slice(1).concat([['']]) : rows });
    } else if (kind === 7) items.push({ p: m(noStrays ? sentence(r, key) : r.pick(STRAYS)) });
    else if (kind === 8) items.push({ p: m(Array.from({ length: r.int(2, 12) }, () => sentence(r, key)).join(' ')) });
    else items.push({ h: m(r.pick(['Communication and interaction', 'Cognition and learning', 'Social, emotional and mental health', 'Sensory and physical'])) });
  }
  return items;
}

function combinedTable(r: Rng, hostile: boolean): Item {
  const header = r.pick([
    ['Section B: Needs', 'Section E: Outcomes', 'Section F: Provision', 'Who', 'How often'],
    ['Needs (B)', 'Outcomes (E)', 'Provision (F)'],
    ['Special educational needs', 'Outcomes', 'Special educational provision'],
    ['Section E', 'Section F', 'Section G'],
  ]);
  const rows = Array.from({ length: r.int(0, 5) }, () => header.map((h) => (r.chance(0.1) ? '' : mutate(r, sentence(r, /E|utcome/.test(h) ? 'E' : /F|G|rovision|Who|often/.test(h) ? 'F' : 'B'), hostile))));
  return { table: [header, ...rows] };
}

export interface GenDoc {
  seed: number;
  label: string;
  /** Each section heading appears once and no table spans sections: every statement lies in its section's span. */
  simple: boolean;
  /** Plain text to go through the text parser, or a document built with pages. */
  text?: string;
  doc?: StructuredDocument;
}

function planItems(r: Rng, hostile: boolean): { items: Item[]; simple: boolean } {
  const items: Item[] = [];
  // A third of the plans keep to one heading per section and no combined tables or stray letters.
  const simple = r.chance(0.33);
  if (r.chance(0.8)) items.push({ p: mutate(r, r.pick(['Education, Health and Care Plan', 'DRAFT EHC Plan for Sam Smith', 'Final EHCP — Name: Maya Jones, Year 10, Date of plan: 3 March 2026']), hostile) });
  if (!simple && r.chance(0.2)) for (const k of KEYS) items.push({ p: heading(r, k) }); // a contents list
  let keys: string[] = [...KEYS];
  if (r.chance(0.3)) keys = keys.filter((k) => k !== 'H1' && k !== 'H2').concat('H');
  if (r.chance(0.2)) keys.sort(() => r.next() - 0.5);
  for (const key of keys) {
    if (r.chance(0.15)) continue; // missing
    items.push({ h: simple ? heading(r, key, true) : mutate(r, heading(r, key), hostile && r.chance(0.2)) });
    if (!simple && key === 'F' && r.chance(0.2)) items.push(combinedTable(r, hostile));
    items.push(...body(r, key, hostile, simple));
    if (!simple && r.chance(0.08)) {
      items.push({ h: heading(r, key) }); // repeated heading
      items.push(...body(r, key, hostile));
    }
  }
  if (!simple && r.chance(0.2)) items.push({ h: heading(r, r.pick(KEYS)) }); // a section with only a heading
  return { items, simple };
}

function toText(r: Rng, items: Item[]): string {
  const out: string[] = [];
  for (const it of items) {
    if ('h' in it) out.push(it.h);
    else if ('p' in it) out.push(it.p);
    else if ('list' in it) out.push(it.list.map((x, i) => `${it.ordered ? `${i + 1}.` : r.pick(['•', '-', '*', 'o', '▪'])} ${x}`).join('\n'));
    else out.push(it.table.map((row) => row.join('\t')).join('\n'));
  }
  // Control characters make ingest refuse the text as binary; built documents keep them (a PDF's text layer may hold them).
  const text = out.join(r.chance(0.8) ? '\n\n' : '\n').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '');
  return r.chance(0.2) ? text.replace(/\n/g, '\r\n') : text;
}

function toBuilt(r: Rng, items: Item[], name: string): StructuredDocument {
  const b = new DocumentBuilder();
  const paged = r.chance(0.7);
  let page = 1;
  const frags = (s: string): Fragment[] => {
    if (!paged) return [{ text: s, page: null }];
    if (r.chance(0.9)) return [{ text: s, page }];
    const cut = r.int(0, s.length); // a block that runs over a page break
    const a = { text: s.slice(0, cut), page };
    page += 1;
    return [a, { text: s.slice(cut), page }];
  };
  for (const it of items) {
    if (paged && r.chance(0.15)) page += r.int(1, 2);
    if ('h' in it) b.heading(frags(it.h), r.int(1, 4));
    else if ('p' in it) b.paragraph(frags(it.p));
    else if ('list' in it) it.list.forEach((x, i) => b.listItem(frags(x), it.ordered ? `${i + 1}.` : '•', it.ordered, r.chance(0.2) ? 1 : 0));
    else b.table(it.table.map((row) => row.map((c) => ({ fragments: frags(c) }))));
  }
  const pdf = paged;
  return b.build({ name, mediaType: pdf ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sha256: 'b'.repeat(64), pages: pdf ? page + r.int(0, 1) : null });
}

/** The i-th generated document for a base seed. Some indices are fixed awkward shapes. */
export function generate(base: number, i: number): GenDoc {
  const seed = (base + i * 7919) >>> 0;
  const r = rng(seed);
  const hostile = r.chance(0.25);
  const special: Record<number, () => GenDoc> = {
    0: () => ({ seed, label: 'one character', simple: true, text: 'F' }),
    1: () => ({ seed, label: 'one character x', simple: true, text: 'x' }),
    2: () => ({ seed, label: 'no sections', simple: true, text: toText(r, body(r, 'B', hostile, true).concat(body(r, 'F', hostile, true))) }),
    3: () => ({ seed, label: 'only headings', simple: true, text: KEYS.map((k) => heading(r, k)).join('\n\n') }),
    4: () => ({ seed, label: 'one section heading only', simple: true, text: 'Section F: Special educational provision' }),
    5: () => ({ seed, label: 'hostile markup', simple: true, text: `Section F: Special educational provision\n\n• <script>alert(1)</script> 1:1 support " onmouseover="alert(1) as required\n• <img src=x onerror=alert(1)> weekly\n\nSection E: Outcomes\n\n<script>alert(1)</script> will improve " onmouseover="x` }),
    6: () => ({ seed, label: 'repeated headings', simple: false, text: Array.from({ length: 6 }, () => `Section F: Special educational provision\n\n• ${r.pick(PROVISION_LINES).text}`).join('\n\n') }),
    7: () => ({ seed, label: 'stray letters', simple: false, text: STRAYS.join('\n\n') }),
    8: () => ({ seed, label: 'single H', simple: true, text: 'Section H: Social care provision\n\n• Short breaks at Oak House, one weekend a month, by the council.\n\nSection F\n\n• Speech therapy weekly.' }),
    9: () => ({ seed, label: 'empty sections', simple: true, doc: toBuilt(r, KEYS.map((k) => ({ h: heading(r, k) })), 'empty.pdf') }),
  };
  if (special[i]) return special[i]();
  const { items, simple } = planItems(r, hostile);
  if (r.chance(0.05)) items.push({ p: Array.from({ length: r.int(200, 600) }, () => sentence(r, r.pick(KEYS))).join(' ') }); // a giant paragraph
  if (r.chance(0.5)) return { seed, label: hostile ? 'built hostile plan' : 'built plan', simple, doc: toBuilt(r, items, 'gen.pdf') };
  return { seed, label: hostile ? 'text hostile plan' : 'text plan', simple, text: toText(r, items) };
}

/** About 2 MB of plan: the usual sections with a very long F and E. */
export function hugeText(seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  for (const k of KEYS) {
    parts.push(`Section ${k}: ${TITLES[k][0]}`);
    const target = k === 'F' ? 1_400_000 : k === 'E' ? 400_000 : 2_000;
    let len = 0;
    while (len < target) {
      const s = r.chance(0.7) ? `• ${sentence(r, k)}` : sentence(r, k);
      parts.push(s);
      len += s.length + 2;
    }
  }
  return parts.join('\n\n');
}

export async function toDocument(g: GenDoc): Promise<StructuredDocument> {
  if (g.doc) return g.doc;
  return parseDocument(new TextEncoder().encode(g.text!), 'gen.txt');
}
