import { describe, expect, it } from 'vitest';
import { Report } from '../../services/analyser/src/report-schema.ts';
import {
  numberFindings, renderAnnotatedText, renderFindingsList, renderReportHtml, renderReportsHtml,
} from '../../services/analyser/src/format/html.ts';
import { keyPoints, reportPoints } from '../../services/analyser/src/format/points.ts';
import { hasSpan } from '../../services/analyser/src/format/spans.ts';
import { cleanReport, sampleReport, SAMPLE_TEXT } from './fixtures/sample-reports.ts';
import { expectSelfContainedPage, ids, unescape } from './html-checks.ts';

describe('renderReportHtml', () => {
  const report = sampleReport();
  const html = renderReportHtml(report);

  it('is one self-contained, well-formed page with landmarks and ordered headings', () => {
    expectSelfContainedPage(html);
    expect(html).toContain('<main id="main">');
    expect(html).toContain('href="#main"');
  });

  it('puts a plain-English summary first, then the points that matter most', () => {
    const summary = html.indexOf('id="r1-summary"');
    expect(summary).toBeGreaterThan(0);
    expect(summary).toBeLessThan(html.indexOf('id="r1-first"'));
    expect(html.indexOf('id="r1-first"')).toBeLessThan(html.indexOf('id="r1-plan"'));
    expect(html).toContain('38<span class="vh"> out of 100</span>');
    expect(html).toContain('<span class="score-band">poor</span>');
    expect(html).toContain('1 of 4 statements of help (provision) is specific enough to be enforced');
    expect(html).toContain('draft</strong> plan');
    // Three to five points, the most serious and legally weighty first in the choosing.
    const key = keyPoints(reportPoints(report));
    expect(key.length).toBeGreaterThanOrEqual(3);
    expect(key.length).toBeLessThanOrEqual(5);
    const first = html.slice(html.indexOf('id="r1-first"'), html.indexOf('id="r1-whole"'));
    for (const p of key) expect(first).toContain(`id="r1-f${p.n}"`);
    expect(key.some((p) => p.legal)).toBe(true);
  });

  it('gives each point one voice, explains it once, and highlights where it is', () => {
    const points = reportPoints(report);
    // Every finding is spoken for by exactly one point.
    expect(points.flatMap((p) => p.findings).sort((a, b) => report.findings.indexOf(a) - report.findings.indexOf(b))).toEqual(report.findings);
    for (const p of points) {
      const explanation = html.match(new RegExp(`<li class="finding finding-${p.severity}" id="r1-f${p.n}">([\\s\\S]*?)</li>\\n(?:<li class="finding|</ol>)`));
      expect(explanation, `explanation of point ${p.n}`).not.toBeNull();
      expect(html.split(`id="r1-f${p.n}"`)).toHaveLength(2);
      const body = unescape(explanation![1]);
      expect(body).toContain(p.message);
      if (p.suggestion) expect(body).toContain(p.suggestion);
      for (const r of p.references) expect(body).toContain(r);
      for (const [k, span] of p.spans.entries()) {
        const flag = new RegExp(`<a class="flag flag-${p.severity}" id="r1-m${p.n}${k ? `-${k}` : ''}" href="#r1-f${p.n}"><span class="vh">Point </span>${p.n}: `);
        expect(html, `flag of point ${p.n}`).toMatch(flag);
        // The highlighted words just before the flag end the statement or quote.
        const before = html.slice(0, html.search(flag)).replace(/<a class="flag[^>]*>.*?<\/a>|<span class="good-tag">.*?<\/span>/g, '');
        const plain = unescape(before.replace(/<span class="cell-sep" aria-hidden="true"> \| <\/span>/g, '\t').replace(/<[^>]+>/g, ''));
        expect(plain.endsWith(SAMPLE_TEXT.slice(span.start, span.end).replace(/\s+$/, '')), `text before flag ${p.n}`).toBe(true);
      }
    }
  });

  it('keeps the plan text whole: stripping the annotations gives back every line of the text', () => {
    const body = renderAnnotatedText(report, { explanations: false });
    const lines = [...body.matchAll(/<div class="plan-text">\n([\s\S]*?)\n<\/div>/g)]
      .flatMap((m) => m[1].split('\n'))
      .map((l) => unescape(l
        .replace(/<a class="flag[^>]*>.*?<\/a>|<span class="good-tag">.*?<\/span>/g, '')
        .replace(/<span class="cell-sep" aria-hidden="true"> \| <\/span>/g, '\t')
        .replace(/<[^>]+>/g, '')));
    expect(lines).toEqual(SAMPLE_TEXT.split('\n'));
  });

  it('calls the text before the first section the front page, not a section', () => {
    expect(SAMPLE_TEXT.startsWith('Education, Health and Care Plan for Maisie')).toBe(true);
    expect(html).toMatch(/<h3[^>]*>The front page \(before the first section\)<\/h3>/);
    expect(html).not.toContain('Before the first section');
  });

  it('escapes the plan text', () => {
    expect(html).toContain('Maisie loves drawing &amp; <mark');
    expect(html).toContain('&lt;one day&gt;');
    expect(html).not.toContain('<one day>');
  });

  it('shows what is good: specific provisions and SMART outcomes', () => {
    const good = html.slice(html.indexOf('id="r1-good"'));
    expect(good).toContain('1:1 support from a teaching assistant trained in ELKLAN');
    expect(good).toContain('By the end of Year 6, Maisie will read 100 common words');
    expect(good).not.toContain('Access to speech');
    expect(html.match(/✓ Specific/g)!.length).toBeGreaterThanOrEqual(2);
    expect(html).toContain('✓ SMART</span>');
  });

  it('lists plan-level problems once, with the law', () => {
    const whole = html.slice(html.indexOf('id="r1-first"'), html.indexOf('id="r1-plan"'));
    expect(whole).toContain('Children and Families Act 2014, s38(5)');
    expect(whole).not.toContain('Still written as a statement');
    for (const p of reportPoints(report).filter((x) => x.section === null)) expect(html.split(`id="r1-f${p.n}"`)).toHaveLength(2);
  });

  it('works without the report text: no highlights, every quote shown with its explanation', () => {
    const noText = sampleReport({ includeText: false });
    const page = renderReportHtml(noText);
    expectSelfContainedPage(page);
    expect(page).not.toContain('<mark');
    expect(page).not.toContain('class="flag');
    expect(page).toContain('The full text of the plan is not included');
    for (const { finding, n } of numberFindings(noText)) {
      expect(page).toContain(`id="r1-f${n}"`);
      if (finding.quote) expect(unescape(page)).toContain(finding.quote);
    }
  });

  it('renders a report with no findings kindly', () => {
    const page = renderReportHtml(cleanReport());
    expectSelfContainedPage(page);
    expect(page).toContain('We found nothing that needs putting right.');
    expect(page).toContain('✓ Specific');
  });

  it('offers the letter when the host page gives its address', () => {
    expect(renderReportHtml(report, { letterHref: '/letter?x=1&y=2' })).toContain('<a href="/letter?x=1&amp;y=2">Get a letter listing the points to raise</a>');
  });
});

describe('the embeddable pieces', () => {
  const report = sampleReport();

  it('the annotated text without explanations and the findings list share ids and prefixes', () => {
    const text = renderAnnotatedText(report, { explanations: false, idPrefix: 'x', headingLevel: 3 });
    const list = renderFindingsList(report, { idPrefix: 'x', headingLevel: 3 });
    expect(text).not.toContain('class="finding ');
    const flags = [...text.matchAll(/href="#(x-f\d+)"/g)].map((m) => m[1]);
    expect(flags.length).toBe(reportPoints(report).reduce((n, p) => n + p.spans.length, 0));
    const listIds = ids(list);
    for (const f of flags) expect(listIds).toContain(f);
    for (const m of list.matchAll(/href="#(x-m\d+)"/g)) expect(ids(text)).toContain(m[1]);
    expect(text).not.toMatch(/<h[12][\s>]/);
    expect(text).toMatch(/<h3 /);
  });
});

describe('renderReportsHtml', () => {
  it('puts several reports and a failure in one valid page, in order, with unique ids', () => {
    const items = [sampleReport({ name: 'one.txt' }), { document: { name: 'broken.pdf' }, error: { code: 'corrupt_file' as const, message: 'The file is damaged.' } }, cleanReport()];
    const page = renderReportsHtml(items);
    expectSelfContainedPage(page);
    expect(page).toContain('<nav aria-labelledby="files-title">');
    const order = ['id="r1-title">one.txt', 'id="r2-title">broken.pdf', 'id="r3-title">clean.txt'].map((s) => page.indexOf(s));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page).toContain('This file could not be checked.');
    expect(page).toContain('id="r1-f1"');
    expect(page).toContain('id="r3-summary"');
  });

  it('gives a single report its own page', () => {
    const r = sampleReport();
    expect(renderReportsHtml([r])).toBe(renderReportHtml(r));
    expect(Report.parse(r)).toEqual(r);
  });
});
