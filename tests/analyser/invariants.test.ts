// Invariants every report must keep (shared/contract.md), whatever the input: the corpus plans in
// every format, a few hundred generated plans (seeded: set INVARIANT_SEED to reproduce or vary; in
// invariants-generated-1 and -2.test.ts, which run beside this file), single statements checked with
// --section, and the formatters that render the reports. What they share is in invariants/run.ts.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { parseRubric } from '../../services/analyser/src/rubric.ts';
import type { StructuredDocument, TableBlock } from '../../services/ingest/src/document.ts';
import { closeParseWorkers } from '../../services/ingest/src/index.ts';
import { ingestOnce } from '../corpus/ingested.ts';
import { parseDocument } from '../../services/ingest/src/parse.ts';
import type { SectionKey } from '../../services/analyser/src/report-schema.ts';
import { buildDoc } from './build-doc.ts';
import { checkReport } from './invariants/check.ts';
import { generate, hugeText, OUTCOME_LINES, PROVISION_LINES, toDocument } from './invariants/generate.ts';
import { renderAll } from './invariants/render.ts';
import { breathe, report, rubric, run, SEED } from './invariants/run.ts';

const ROOT = new URL('../../', import.meta.url);
const PLANS = Array.from({ length: 38 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);
// Every plan as text and DOCX; PDF (the slowest to ingest) for a spread of templates.
const PDF_SAMPLE = PLANS.filter((_, i) => i % 6 === 0);

const corpus: { label: string; doc: StructuredDocument }[] = [];

describe('analyser invariants', () => {
  beforeAll(async () => {
    const jobs = [...PLANS.flatMap((p) => [`${p}/plan.txt`, `${p}/plan.docx`]), ...PDF_SAMPLE.map((p) => `${p}/plan.pdf`)];
    // Two at a time: the machine has two cores.
    for (let i = 0; i < jobs.length; i += 2) {
      const docs = await Promise.all(jobs.slice(i, i + 2).map(async (j) => ({ label: j, doc: await ingestOnce(new Uint8Array(readFileSync(new URL(`corpus/plans/${j}`, ROOT))), { name: j.split('/')[1] }) })));
      corpus.push(...docs);
    }
  }, 120_000);
  afterAll(() => closeParseWorkers());

  it('every corpus plan, in every format ingested, keeps the invariants', async () => {
    expect(corpus.length).toBe(PLANS.length * 2 + PDF_SAMPLE.length);
    const failures: string[] = [];
    for (const { label, doc } of corpus) {
      await breathe();
      // Real templates repeat headings (a B/E/F table per area of need): see check.ts.
      const { report: r, violations } = run(doc, { oneHeadingPerSection: false });
      failures.push(...violations.map((x) => `${label}: ${x}`));
      // A whole plan of the corpus has statements to judge.
      if (r && r.provisions.length === 0) failures.push(`${label}: no provision found`);

    }
    expect(failures, report(failures)).toEqual([]);
  }, 60_000);

  it('a 2 MB plan keeps the invariants and yields a bounded number of statements', async () => {
    const text = hugeText(SEED);
    expect(text.length).toBeGreaterThan(1_800_000);
    const doc = await parseDocument(new TextEncoder().encode(text), 'huge.txt');
    await breathe();
    const r = analyse(doc, { includeText: true });
    await breathe();
    const v = checkReport(r, doc, rubric);
    expect(v, report(v)).toEqual([]);
    // Each bullet of F and E is a statement: thousands, not none and not more than there are lines.
    const lines = text.split('\n').filter((l) => l.trim()).length;
    expect(r.provisions.length).toBeGreaterThan(1000);
    expect(r.outcomes.length).toBeGreaterThan(100);
    expect(r.provisions.length + r.outcomes.length).toBeLessThanOrEqual(lines);
  }, 60_000);

  it('each single statement of the corpus, checked with --section, keeps the invariants', async () => {
    const failures: string[] = [];
    const items = [...PROVISION_LINES.map((l) => ({ text: l.text, section: l.section as SectionKey })), ...OUTCOME_LINES.map((l) => ({ text: l.text, section: 'E' as SectionKey }))];
    expect(items.length).toBeGreaterThan(250);
    for (const [i, it] of items.entries()) {
      if (i % 20 === 0) await breathe();
      const doc = await parseDocument(new TextEncoder().encode(it.text), 'statement.txt');
      const { report: r, violations } = run(doc, { section: it.section, pages: i % 10 === 0 });
      failures.push(...violations.map((x) => `statement ${i} (--section ${it.section}): ${x}`));
      const found = it.section === 'E' ? r?.outcomes.length : r?.provisions.length;
      if (!found) failures.push(`statement ${i} (--section ${it.section}): no statement found`);
      if (r?.findings.some((f) => f.ruleId === 'section.missing' || f.ruleId === 'plan.missing-date')) failures.push(`statement ${i}: whole-plan finding under --section`);
    }
    expect(failures, report(failures)).toEqual([]);
  }, 60_000);

  it("a local authority's rubric (other bands, severities, wording, vague terms) keeps the invariants", async () => {
    const base = structuredClone(rubric);
    const flip = { error: 'info', warning: 'error', info: 'warning' } as const;
    const la = parseRubric({
      ...base,
      id: 'la-test',
      version: '9',
      bands: [{ name: 'red', min: 0 }, { name: 'amber', min: 45 }, { name: 'green', min: 80 }],
      vagueTerms: [...base.vagueTerms, { term: 'bespoke', pattern: 'bespoke|tailored', undermines: 'activity', hedge: true }],
      rules: Object.fromEntries(Object.entries(base.rules).map(([id, r]) => [id, { ...r, level: flip[r.severity], message: `${r.message} (see "{quote}")` }])),
    });
    const failures: string[] = [];
    const docs = [...corpus.filter((c) => c.label.endsWith('.txt')).map((c) => ({ label: c.label, doc: c.doc, simple: false }))];
    for (let i = 0; i < 40; i++) {
      const g = generate(SEED + 1, i);
      docs.push({ label: `#${i} seed ${g.seed} (${g.label})`, doc: await toDocument(g), simple: g.simple });
    }
    for (const { label, doc, simple } of docs) {
      await breathe();
      const r = analyse(doc, { includeText: true, rubric: la });
      failures.push(...checkReport(r, doc, la, { oneHeadingPerSection: simple }).map((x) => `${label}: ${x}`));
      if (r.findings.some((f) => f.severity !== flip[rubric.rules[f.ruleId].severity])) failures.push(`${label}: a severity did not come from the rubric`);
    }
    expect(failures, report(failures)).toEqual([]);
  }, 60_000);

  it('a phrase repeated in two cells of a provision row is found in each cell, not twice in the first', () => {
    const doc = buildDoc([{ h: 'Section F: Special educational provision' }, { table: [['Provision', 'Outcome', 'Who', 'How often'], ['Speech therapy as required', 'Sam will need help as required', 'Therapist as required', 'Weekly']] }]);
    const r = analyse(doc, { includeText: true });
    expect(checkReport(r, doc, rubric)).toEqual([]);
    const hedges = r.findings.filter((f) => f.ruleId === 'provision.vague-term' && f.quote === 'as required');
    const cells = (doc.blocks[1] as TableBlock).rows[1].cells;
    expect(hedges.map((f) => cells.findIndex((c) => c.start <= f.start && f.end <= c.end))).toEqual([0, 2]);
  });

  it('a single Section H is reported as H1 and H2 over one span, its statements once, under H1', async () => {
    const doc = await parseDocument(new TextEncoder().encode('Section F: Special educational provision\n\n• Speech therapy, 30 minutes weekly, from a speech and language therapist.\n\nSection H: Social care provision\n\n• Short breaks at Oak House, one weekend a month, arranged by the council.'), 'h.txt');
    const r = analyse(doc, { includeText: true });
    expect(checkReport(r, doc, rubric)).toEqual([]);
    const h1 = r.sections.find((s) => s.key === 'H1');
    const h2 = r.sections.find((s) => s.key === 'H2');
    expect(h1 && h2 && [h1.start, h1.end]).toEqual(h2 && [h2.start, h2.end]);
    expect(r.missingSections).not.toContain('H1');
    expect(r.missingSections).not.toContain('H2');
    expect(r.provisions.filter((p) => p.text.startsWith('Short breaks')).map((p) => p.section)).toEqual(['H1']);
  });

  it('the checks themselves catch a broken report', async () => {
    const doc = await parseDocument(new TextEncoder().encode('Section F: Special educational provision\n\n• Speech therapy as required from a therapist.\n\nSection E: Outcomes\n\nHe will read better.'), 'x.txt');
    const good = analyse(doc, { includeText: true });
    expect(checkReport(good, doc, rubric)).toEqual([]);
    const broken = structuredClone(good);
    const spanned = broken.findings.find((f) => f.end - f.start > 1)!;
    spanned.start += 1;
    broken.provisions[0].specific = true;
    broken.provisions[0].end += 1;
    broken.outcomes[0].smart = true;
    broken.missingSections = broken.missingSections.slice(1);
    broken.findings.push({ ...good.findings[good.findings.length - 1], ruleId: 'provision.made-up', message: 'Say {term} here' });
    const v = checkReport(broken, doc, rubric).join('\n');
    for (const what of ['quote is not text.slice', 'specific with hedge', 'text is not text.slice', 'smart but not', 'missingSections', 'rule not in the rubric']) expect(v).toContain(what);
  });

  it('the HTML shows hostile plan text as text, never as markup', async () => {
    const hostile = 'Section F: Special educational provision\n\n• <script>alert(1)</script> speech therapy weekly " onmouseover="alert(1) as required\n\nSection E: Outcomes\n\nBy July 2027 <img src=x onerror=alert(1)> will read " onmouseover="x 20 words.';
    const doc = await parseDocument(new TextEncoder().encode(hostile), 'x.txt');
    const { report: r, violations } = run(doc);
    expect(violations, report(violations)).toEqual([]);
    const html = renderAll(r!).html;
    for (const h of html) {
      expect(h).not.toContain('<script>alert(1)</script>');
      expect(h).not.toContain('" onmouseover="');
      expect(h).not.toContain('<img');
    }
    // The annotated plan does show the text, escaped.
    expect(html[0]).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html[0]).toMatch(/&quot; onmouseover=&quot;/);
  });
});
