import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { inMyWords, renderLetter } from '../../services/analyser/src/format/letter.ts';
import { renderLetterDocx } from '../../services/analyser/src/format/letter-docx.ts';
import { cleanReport, sampleReport } from './fixtures/sample-reports.ts';
import { expectSelfContainedPage, unescape } from './html-checks.ts';

const flat = (s: string) => s.replace(/\t/g, ' | ');

describe('renderLetter', () => {
  const report = sampleReport();
  const letter = renderLetter(report);

  it('is addressed generically and signed with placeholders', () => {
    expect(letter.text).toContain('Dear [name of case officer],');
    // The sample plan does not show the child's name in a field: a blank to fill in.
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
      expect(block).toMatch(/My concern: \S/);
      expect(block).toMatch(/What I am asking for: \S/);
      expect(block).toMatch(/The law: see (\[\d+\])+ below\./);
      expect(unescape(letter.html)).toContain(flat(p.text));
    }
    for (const p of report.provisions.filter((x) => x.specific)) expect(letter.text).not.toContain(p.text);
  });

  it('explains a weak statement from its own findings', () => {
    const block = letter.text.slice(letter.text.indexOf('"Maisie will have regular support')).split('\n\n')[0];
    expect(block).toContain('"Regular" does not say how often');
    expect(block).toContain('"As required" leaves it to the school');
    const cited = [...block.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    const basis = letter.text.slice(letter.text.indexOf('The law I am relying on:'));
    expect(cited.some((n) => basis.includes(`[${n}] C v SENT and Greenwich [1999] ELR 5`))).toBe(true);
  });

  it('cites each legal reference once, in a numbered list the points refer to', () => {
    const basis = letter.text.slice(letter.text.indexOf('The law I am relying on:')).split('\n\n')[0].split('\n').slice(1);
    expect(basis.length).toBeGreaterThan(2);
    const refs = basis.map((l) => l.replace(/^\[\d+\] /, ''));
    expect(new Set(refs).size).toBe(refs.length);
    // The points cite by number: no reference is written out in the body of the letter.
    const body = letter.text.slice(0, letter.text.indexOf('The law I am relying on:'));
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const r of refs) expect(body, r).not.toMatch(new RegExp(`${escape(r)}(?![\\w(])`));
    expect(basis.map((l) => Number(/^\[(\d+)\]/.exec(l)?.[1]))).toEqual(basis.map((_, i) => i + 1));
  });

  it('speaks as the parent, names the child and the plan\'s date from the plan, and asks in the parent\'s words', () => {
    const wording = 'Speech and language therapy for [how many minutes, e.g. 30] minutes, [how often, e.g. once] a week, delivered by a [qualified/HCPC-registered] speech and language therapist.';
    const withRewrite = report.findings.map((f) => (f.ruleId === 'provision.access-to' ? { ...f, suggestion: `Specific wording would say: "${wording}"` } : f));
    const named = renderLetter({ ...report, findings: withRewrite, plan: { ...report.plan, childName: 'Maisie', date: '2026-02-12' } });
    expect(named.text).toContain('Education, Health and Care plan for Maisie: points to raise');
    expect(named.text).toContain('I am writing about the draft Education, Health and Care plan for Maisie, dated 12 February 2026.');
    expect(named.text).not.toContain("[child's name]");
    expect(named.text).not.toMatch(/Specific wording would say|A SMART outcome would say/);
    expect(named.text).toContain(`Please change it to say something like "${wording}", with the parts in square brackets filled in.`);
    // Wording the analyser would itself find vague once filled in is not asked for: the need is, in words.
    const vague = report.findings.map((f) => (f.ruleId === 'provision.access-to' ? { ...f, suggestion: 'Specific wording would say: "Some help with talking [when, e.g. as required]."' } : f));
    const asked = renderLetter({ ...report, findings: vague }).text;
    expect(asked).not.toContain('Some help with talking');
    expect(asked).toContain('Please rewrite this so that it says exactly what will be provided, by whom, how often and for how long');
  });

  it('lists outcomes that are not SMART, missing sections and plan-level problems, without repeating them', () => {
    expect(letter.text).toContain('Section E: "Maisie will make progress with her reading."');
    expect(letter.text).not.toContain('By the end of Year 6');
    expect(letter.text).toContain('Section D (Social care needs)');
    expect(letter.text).toContain('Section G sets out no health provision');
    expect(letter.text.match(/s38\(5\)/g)).toHaveLength(1);
    // The rubric's words to the family, in the parent's own; a quote from the plan is left as it is.
    const placement = letter.points.find((p) => p.law.some((l) => /s38\(5\)/.test(l)))!;
    expect(placement.why.join(' ')).toMatch(/so that I can say which school I want/);
    expect(letter.text.replace(/\[[^\]]*\]/g, '')).not.toMatch(/\byou can say\b|\byour\b/i);
    expect(inMyWords('It says "see your GP"; tell you, your plan.')).toBe('It says "see your GP"; tell me, my plan.');
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

describe('renderLetterDocx', () => {
  it('is a Word document with the same points, readable back', async () => {
    const report = sampleReport();
    const letter = renderLetter(report);
    const docx = await renderLetterDocx(report);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toContain("Education, Health and Care plan for [child's name]: points to raise");
    for (const p of letter.points.filter((x) => x.quote)) expect(value).toContain(p.quote.replace(/\t/g, ' | ').replace(/\n/g, ' / '));
    expect(value).toContain('The law I am relying on');
    expect(value.match(/My concern:/g)?.length).toBe(letter.points.filter((p) => p.why.length).length);
  });
});
