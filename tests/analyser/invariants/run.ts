// What the invariants test files share: the seed, one analysis checked (run), and the generated plans'
// check, so that the 300 generated plans (tests/analyser/invariants-generated-*.test.ts) run as files of
// their own, beside the corpus's (invariants.test.ts), rather than one after another in one file.
import { analyse, loadRubric } from '../../../services/analyser/src/index.ts';
import type { StructuredDocument } from '../../../services/ingest/src/document.ts';
import type { Report, SectionKey } from '../../../services/analyser/src/report-schema.ts';
import { sampleReport } from '../../format/fixtures/sample-reports.ts';
import { expectSelfContainedPage } from '../../format/html-checks.ts';
import { checkReport } from './check.ts';
import { generate, toDocument } from './generate.ts';
import { checkRendered, markup, renderAll } from './render.ts';

export const SEED = Number(process.env.INVARIANT_SEED ?? 20261201);
export const GENERATED = 300;
export const rubric = loadRubric();

let allowedMarkup: { tags: Set<string>; attrs: Set<string> } | undefined;
/** The tags and attributes the formatters themselves write (the sample report rendered). */
function allowed(): { tags: Set<string>; attrs: Set<string> } {
  if (!allowedMarkup) {
    const pages = renderAll(sampleReport({ includeText: true })).html.map(markup);
    allowedMarkup = { tags: new Set(pages.flatMap((p) => [...p.tags])), attrs: new Set(pages.flatMap((p) => [...p.attrs])) };
  }
  return allowedMarkup;
}

/** Analyses twice (the same report, the document untouched), checks the report and its renderings. */
export function run(doc: StructuredDocument, mode: { section?: SectionKey; oneHeadingPerSection?: boolean; twice?: boolean; pages?: boolean } = {}): { report: Report | null; violations: string[] } {
  const before = JSON.stringify(doc);
  let report: Report;
  try {
    report = analyse(doc, { includeText: true, section: mode.section });
  } catch (e) {
    return { report: null, violations: [`analyse threw: ${(e as Error).stack?.split('\n').slice(0, 4).join(' | ')}`] };
  }
  const v = checkReport(report, doc, rubric, mode);
  if (mode.twice !== false) {
    const again = analyse(doc, { includeText: true, section: mode.section });
    if (JSON.stringify(again) !== JSON.stringify(report)) v.push('not deterministic: a second analysis differs');
  }
  if (JSON.stringify(doc) !== before) v.push('analyse changed the document');
  let rendered: ReturnType<typeof renderAll> | null = null;
  try {
    rendered = renderAll(report);
  } catch (e) {
    v.push(`a formatter threw: ${(e as Error).stack?.split('\n').slice(0, 4).join(' | ')}`);
  }
  if (rendered) v.push(...checkRendered(rendered, allowed()));
  if (rendered && mode.pages !== false) {
    // The report page and the letter page stay well formed (unique ids, links that land, headings in order) whatever the plan holds.
    for (const [what, page] of [['report page', rendered.html[0]], ['letter page', rendered.html[2]]] as const) {
      try {
        expectSelfContainedPage(page);
      } catch (e) {
        v.push(`${what}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  }
  return { report, violations: v };
}

/**
 * Lets the event loop turn between plans. Analysis is synchronous, and without a turn a loop over
 * hundreds of plans holds the loop for a minute on a busy machine, long enough for vitest's own
 * messages to the worker to time out ("Timeout calling onTaskUpdate": an error outside any test).
 */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export function report(failures: string[]): string {
  return failures.length ? `${failures.length} violations (first 25):\n${failures.slice(0, 25).join('\n')}` : '';
}

/**
 * Generated plans `from` to `to` (not included) of the seed's GENERATED: each keeps the invariants;
 * every fifth is analysed twice and its pages checked, every sixth also as one section's body
 * (--section). Returns how many were built and the violations.
 */
export async function generatedPlans(from: number, to: number): Promise<{ built: number; failures: string[] }> {
  const failures: string[] = [];
  let built = 0;
  for (let i = from; i < to; i++) {
    await breathe();
    const g = generate(SEED, i);
    let doc: StructuredDocument;
    try {
      doc = await toDocument(g);
    } catch (e) {
      failures.push(`#${i} seed ${g.seed} (${g.label}): ingest threw ${(e as Error).message}`);
      continue;
    }
    built++;
    // Determinism on every fifth plan keeps the files' time down on a busy machine.
    const { violations } = run(doc, { oneHeadingPerSection: g.simple, twice: i % 5 === 0, pages: i % 5 === 0 });
    failures.push(...violations.map((x) => `#${i} seed ${g.seed} (${g.label}, ${doc.text.length} chars): ${x}`));
    if (i % 6 === 0) {
      // The same document as the body of one section (--section).
      const key = (['E', 'F', 'G', 'H1', 'H2', 'B'] as const)[(i / 6) % 6];
      const one = run(doc, { section: key, twice: false, pages: false });
      failures.push(...one.violations.map((x) => `#${i} seed ${g.seed} (${g.label}, --section ${key}): ${x}`));
    }
  }
  return { built, failures };
}
