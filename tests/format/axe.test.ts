// WCAG 2.2 AA check of the pages in a real browser. CI installs Chromium; this test fails without it.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { renderReportHtml, renderReportsHtml } from '../../services/analyser/src/format/html.ts';
import { renderLetter } from '../../services/analyser/src/format/letter.ts';
import { cleanReport, sampleReport } from './fixtures/sample-reports.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
});

interface AxeResult { violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[]; passes: unknown[] }

async function axe(html: string, width = 1024): Promise<AxeResult> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  try {
    // Nothing may be fetched: the page is self-contained.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    return (await page.evaluate(async (tags) => {
      const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } };
      return w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    }, TAGS)) as AxeResult;
  } finally {
    await page.close();
  }
}

function describeViolations(r: AxeResult): string {
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 3).map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`).join('\n');
}

describe('axe-core WCAG 2.2 AA', () => {
  const cases: [string, () => string, number?][] = [
    ['the report page', () => renderReportHtml(sampleReport())],
    ['the report page on a phone', () => renderReportHtml(sampleReport()), 360],
    ['the report page without text', () => renderReportHtml(sampleReport({ includeText: false }))],
    ['a page of several reports and a failure', () => renderReportsHtml([sampleReport(), { document: { name: 'x.pdf' }, error: { code: 'corrupt_file', message: 'Damaged.' } }, cleanReport()])],
    ['the letter page', () => renderLetter(sampleReport()).page],
  ];
  for (const [name, html, width] of cases) {
    it(`finds no violations in ${name}`, async () => {
      const result = await axe(html(), width);
      expect(result.violations, describeViolations(result)).toEqual([]);
    });
  }

  it('catches a real violation (the check is live)', async () => {
    const bad = renderReportHtml(sampleReport()).replace('color: #1b1b1b; background: #ffffff;', 'color: #bbbbbb; background: #ffffff;');
    const result = await axe(bad);
    expect(result.violations.map((v) => v.id)).toContain('color-contrast');
  });
});
