import { describe, expect, it } from 'vitest';
import { renderLetter } from '../../services/analyser/src/format/letter.ts';
import { cleanReport, sampleReport } from './fixtures/sample-reports.ts';
import { expectSelfContainedPage, unescape } from './html-checks.ts';

const flat = (s: string) => s.replace(/\t/g, ' | ');

describe('renderLetter', () => {
  const report = sampleReport();
  const letter = renderLetter(report);

  it('is addressed generically and signed with placeholders', () => {
    expect(letter.text).toContain('Dear [name of case officer],');
    expect(letter.text).toContain("Education, Health and Care plan for [child's name]: points to raise");
    expect(letter.text.trimEnd().endsWith('[your name]')).toBe(true);
    expect(renderLetter(report, { recipient: 'Ms Okafor', childName: 'Maisie' }).text).toContain('Dear Ms Okafor,');
  });

  it('quotes every provision that is not specific, with why, what to ask for and the law', () => {
    const weak = report.provisions.filter((p) => !p.specific);
    expect(weak.length).toBe(3);
    for (const p of weak) {
      const i = letter.text.indexOf(`Section ${p.section}: "${flat(p.text)}"`);
      expect(i, p.text).toBeGreaterThan(-1);
      const block = letter.text.slice(i).split('\n\n')[0];
      expect(block).toMatch(/Why it falls short: \S/);
      expect(block).toMatch(/What I am asking for: \S/);
      expect(block).toMatch(/The law: \S/);
      expect(unescape(letter.html)).toContain(flat(p.text));
    }
    for (const p of report.provisions.filter((x) => x.specific)) expect(letter.text).not.toContain(p.text);
  });

  it('explains a weak statement from its own findings', () => {
    const block = letter.text.slice(letter.text.indexOf('"Maisie will have regular support')).split('\n\n')[0];
    expect(block).toContain('"Regular" does not say how often');
    expect(block).toContain('"As required" leaves it to the school');
    expect(block).toContain('C v SENT and Greenwich [1999] ELR 5');
  });

  it('lists outcomes that are not SMART, missing sections and plan-level problems, without repeating them', () => {
    expect(letter.text).toContain('Section E: "Maisie will make progress with her reading."');
    expect(letter.text).not.toContain('By the end of Year 6');
    expect(letter.text).toContain('Section D (Social care needs)');
    expect(letter.text).toContain('Section G sets out no health provision');
    expect(letter.text.match(/s38\(5\)/g)).toHaveLength(1);
    expect(letter.text).not.toContain('A small note');
    const numbers = [...letter.text.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers).toHaveLength(letter.points.length);
  });

  it('gives the same points as HTML, escaped, and as a printable page', () => {
    expect(letter.html).toContain('<section class="letter"');
    expect(letter.html.match(/<li class="point">/g)).toHaveLength(letter.points.length);
    expect(letter.html).not.toMatch(/<!doctype/i);
    expectSelfContainedPage(letter.page);
  });

  it('says there is nothing to raise for a good plan', () => {
    const good = renderLetter(cleanReport());
    expect(good.points).toEqual([]);
    expect(good.text).toContain('I have no points to raise at this stage.');
  });
});
