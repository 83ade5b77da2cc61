import { describe, expect, it } from 'vitest';
import { renderText, renderTextReport } from '../../services/analyser/src/format/text.ts';
import { keyPoints, reportPoints } from '../../services/analyser/src/format/points.ts';
import { lineLocator, positionLocator } from '../../services/analyser/src/format/spans.ts';
import { cleanReport, sampleReport, SAMPLE_TEXT } from './fixtures/sample-reports.ts';

const ANSI = /\x1b\[/;

describe('renderTextReport (the report as a listing)', () => {
  const report = sampleReport();
  const out = renderTextReport(report);
  const points = reportPoints(report);
  const key = keyPoints(points);
  const lines = out.split('\n');
  /** The line that gives point n in full, and the one that only points to it. */
  const fullLine = (n: number) => lines.findIndex((l) => new RegExp(`  #${n} +(?!\\(above)`).test(l));

  it('opens with the points that matter most, then goes section by section, whole plan first, then A to K', () => {
    expect(key.length).toBeGreaterThanOrEqual(3);
    const order = ['The points that matter most', 'The whole plan', 'Section A:', 'Section E:', 'Section F:', 'Section I:'].map((h) => out.indexOf(`\n  ${h}`));
    expect(order.every((i) => i >= 0), String(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The key points, most important first, in full at the top.
    const keyLines = key.map((p) => fullLine(p.n));
    expect(keyLines.every((i) => i > 0 && i < out.slice(0, out.indexOf('\n  The whole plan')).split('\n').length)).toBe(true);
    expect([...keyLines].sort((a, b) => a - b)).toEqual(keyLines);
  });

  it('says each point once, in full, and a key point only by number in its section', () => {
    for (const p of points) {
      const full = lines.filter((l) => new RegExp(`  #${p.n} +(?!\\(above)`).test(l));
      expect(full, `point ${p.n}`).toHaveLength(1);
      expect(full[0]).toContain(p.message);
      expect(full[0].endsWith(p.ruleIds.join(', ')), full[0]).toBe(true);
      const mentions = lines.filter((l) => new RegExp(`  #${p.n} +\\(above, with the points that matter most\\)$`).test(l));
      expect(mentions, `point ${p.n}`).toHaveLength(key.includes(p) ? 1 : 0);
    }
    // One annotation per statement: fewer lines than findings, every finding's rule named on its point.
    expect(points.length).toBeLessThan(report.findings.length);
    for (const f of report.findings) expect(out).toContain(f.ruleId);
  });

  it('puts each point at its page line:column, with its quote, suggestion and law under it', () => {
    // The statement with "regular" starts on line 12 of the text; the sample's pages are all 1.
    const regular = points.find((p) => p.findings.some((f) => f.quote === 'regular'))!;
    expect(lines[fullLine(regular.n)]).toMatch(/^ {4}p1 12:1 +error +#\d+ +Section F: "Regular" does not say/);
    expect(out).toMatch(/^ {4}plan +error +#1 +Sections D, H1, H2, J and K are missing/m);
    for (const p of points) {
      const i = fullLine(p.n);
      const under = lines.slice(i + 1, i + 5).join('\n');
      if (p.quote) expect(lines[i + 1]).toContain(`“${p.quote.replace(/\t/g, ' | ')}”`);
      if (p.suggestion) expect(under).toContain(`→ ${p.suggestion}`);
      if (p.references.length) expect(under).toContain(`Law: ${p.references.join('; ')}`);
    }
  });
});

describe('renderTextReport with findings: true (every finding)', () => {
  const report = sampleReport();
  const out = renderTextReport(report, { findings: true });

  it('lists every finding as page line:column severity message ruleId, with the quote and suggestion under it', () => {
    const lines = out.split('\n');
    for (const f of report.findings) {
      const i = lines.findIndex((l) => l.includes(f.message) && l.includes(f.ruleId) && l.includes(f.severity));
      expect(i, f.ruleId).toBeGreaterThan(-1);
      if (f.quote) expect(lines[i + 1]).toContain(`“${f.quote.replace(/\t/g, ' | ')}”`);
      if (f.suggestion) expect(lines.slice(i + 1, i + 4).some((l) => l.includes(`→ ${f.suggestion}`))).toBe(true);
    }
    // "regular" is on line 12 of the text, column 18; the sample's pages are all 1.
    expect(out).toMatch(/^ {4}p1 12:18 +error +"Regular" does not say/m);
    expect(out).toMatch(/^ {4}plan +error +Sections D, H1, H2, J and K are missing/m);
  });

  it('groups findings by section, whole-plan first, then A to K', () => {
    expect(out).not.toContain('The points that matter most');
    const order = ['The whole plan', 'Section A:', 'Section E:', 'Section F:', 'Section I:'].map((h) => out.indexOf(`  ${h}`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

});

describe('renderTextReport, either way', () => {
  const report = sampleReport();
  const out = renderTextReport(report);

  it('ends with sections, counts, true checks and the score', () => {
    expect(out).toContain('Sections: found A B C E F G I; missing D H1 H2 J K');
    expect(out).toContain('Provision: 1 specific, 3 not specific (of 4)');
    expect(out).toContain('Outcomes: 1 SMART, 1 not SMART (of 2)');
    expect(out).toContain('Health needs in C, no health provision in G  healthNeedsWithoutProvision');
    expect(out).toContain('placementInDraft');
    expect(out).not.toContain('statementWording');
    expect(out).toContain('Score: 38/100 (poor)');
  });

  it('uses colour only when asked', () => {
    expect(out).not.toMatch(ANSI);
    const coloured = renderTextReport(report, { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(out);
  });

  it('counts lines from the top of the page when page starts are known', () => {
    const startOfLine10 = SAMPLE_TEXT.split('\n').slice(0, 9).join('\n').length + 1;
    const at = lineLocator(SAMPLE_TEXT, [0, startOfLine10]);
    expect(at(SAMPLE_TEXT.indexOf('regular'))).toBe(3);
    expect(at(0)).toBe(1);
    expect(lineLocator(SAMPLE_TEXT)(SAMPLE_TEXT.indexOf('regular'))).toBe(12);
  });

  it('shows only the page when the report has no text', () => {
    expect(renderTextReport(sampleReport({ includeText: false }), { findings: true })).toMatch(/^ {4}p1 +error +"Regular"/m);
    expect(renderTextReport(sampleReport({ includeText: false }))).toMatch(/^ {4}p1 +error +#\d+ +Section F: "Regular"/m);
  });

  it('gives line:column from the top of the document for plain text, which has no pages', () => {
    const r = sampleReport();
    const plain = { ...r, findings: r.findings.map((f) => ({ ...f, page: null })) };
    expect(renderTextReport(plain, { findings: true })).toMatch(/^ {4}12:18 +error +"Regular"/m);
    expect(renderTextReport(plain)).toMatch(/^ {4}12:1 +error +#\d+ +Section F: "Regular"/m);
    const at = positionLocator(SAMPLE_TEXT);
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(SAMPLE_TEXT.indexOf('regular'))).toEqual({ line: 12, column: 18 });
  });
});

describe('renderText', () => {
  it('prints every file in order with a total, failures in place', () => {
    const out = renderText([sampleReport({ name: 'a.txt' }), { document: { name: 'b.pdf' }, error: { code: 'unsupported_media_type', message: 'Not a PDF.' } }, cleanReport()]);
    const [a, b, c] = ['a.txt\n', 'b.pdf\n', 'clean.txt\n'].map((h) => out.indexOf(h));
    expect(a).toBe(0);
    expect(b).toBeGreaterThan(a);
    expect(c).toBeGreaterThan(b);
    expect(out).toContain('  error  Could not be read: Not a PDF.  unsupported_media_type');
    expect(out).toContain('No problems found.');
    // The total counts what the listing shows: the points (and the findings they speak for), or every finding.
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 7 points from 9 findings (4 errors, 2 warnings, 1 info) in 3 files; 1 could not be read');
    const every = renderText([sampleReport({ name: 'a.txt' }), cleanReport()], { findings: true });
    expect(every.trimEnd().split('\n').at(-1)).toBe('✖ 9 problems (5 errors, 3 warnings, 1 info) in 2 files');
  });

  it('says so when nothing is wrong', () => {
    expect(renderText([cleanReport()]).trimEnd().split('\n').at(-1)).toBe('✔ No problems found in 1 file');
  });
});
