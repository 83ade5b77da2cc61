import { describe, expect, it } from 'vitest';
import { renderText, renderTextReport } from '../../services/analyser/src/format/text.ts';
import { lineLocator, positionLocator } from '../../services/analyser/src/format/spans.ts';
import { cleanReport, sampleReport, SAMPLE_TEXT } from './fixtures/sample-reports.ts';

const ANSI = /\x1b\[/;

describe('renderTextReport', () => {
  const report = sampleReport();
  const out = renderTextReport(report);

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
    const order = ['The whole plan', 'Section A:', 'Section E:', 'Section F:', 'Section I:'].map((h) => out.indexOf(`  ${h}`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

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
    expect(renderTextReport(sampleReport({ includeText: false }))).toMatch(/^ {4}p1 +error +"Regular"/m);
  });

  it('gives line:column from the top of the document for plain text, which has no pages', () => {
    const r = sampleReport();
    const plain = { ...r, findings: r.findings.map((f) => ({ ...f, page: null })) };
    expect(renderTextReport(plain)).toMatch(/^ {4}12:18 +error +"Regular"/m);
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
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 9 problems (5 errors, 3 warnings, 1 info) in 3 files; 1 could not be read');
  });

  it('says so when nothing is wrong', () => {
    expect(renderText([cleanReport()]).trimEnd().split('\n').at(-1)).toBe('✔ No problems found in 1 file');
  });
});
