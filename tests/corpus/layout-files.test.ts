// The layout plans (p43+): the national template filled by corpus/build-layouts.ts, flattened-text
// LA styles, the blank and half-filled forms and the garbled PDFs. Gold valid and in step with the
// descriptions, every quote in the plan's text, files what they claim, garbled pages really garbled.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { CORPUS_DIR, HOLDOUT_PLAN_IDS, layoutGroup, loadPlans } from '../../corpus/src/corpus-files.ts';
import { normalise } from '../../corpus/src/match.ts';
import { NATIONAL_PLANS, NATIONAL_HOLDOUT, FLATTENED_PLANS, FLATTENED_HOLDOUT, GARBLED_PLANS, FLATTENED_HOLDOUT_6, DOCFORM_HOLDOUT, NATIONAL_HOLDOUT_6 } from '../../corpus/src/plans/index.ts';
import { docFormGold } from '../../corpus/src/docform.ts';
import { nationalGold } from '../../corpus/src/national/spec.ts';
import { fillTemplate } from '../../corpus/src/national/fill.ts';
import { flattenedGold, flattenedText } from '../../corpus/src/flattened.ts';
import { pdfPageTexts, wordShare } from '../../corpus/src/pdf-pages.ts';
import { expectChecksConsistent } from './gold-checks.ts';

const main = loadPlans().filter((p) => p.gold.layout !== 'la-form');
const held = loadPlans({ holdout: true }).filter((p) => p.gold.layout !== 'la-form');
const all = [...main, ...held];
const gold = (id: string) => JSON.parse(readFileSync(join(CORPUS_DIR, 'plans', id, 'gold.json'), 'utf8'));

describe('layout plans', () => {
  it('has at least 6 filled national-template plans (27 held out), 3 flattened styles (38 held out), a blank and a half-filled form and garbled PDFs', () => {
    const filled = all.filter((p) => p.gold.layout === 'national' && p.gold.form === 'filled');
    expect(filled.length).toBeGreaterThanOrEqual(6);
    expect(filled.filter((p) => HOLDOUT_PLAN_IDS.includes(p.id)).length).toBe(27);
    expect(all.filter((p) => p.gold.layout === 'flattened').length).toBeGreaterThanOrEqual(4);
    expect(held.filter((p) => p.gold.layout === 'flattened').length).toBe(38);
    expect(main.map((p) => layoutGroup(p.gold))).toEqual(expect.arrayContaining(['national', 'flattened', 'blank', 'half-filled', 'garbled']));
    expect(main.some((p) => p.gold.expectedError === 'unreadable_text')).toBe(true);
  });

  it('keeps gold in step with the plan descriptions (rebuilt by corpus/build-layouts.ts after every edit)', () => {
    for (const s of [...NATIONAL_PLANS, ...NATIONAL_HOLDOUT, ...NATIONAL_HOLDOUT_6]) expect(gold(s.id), s.id).toEqual(nationalGold(s));
    for (const s of DOCFORM_HOLDOUT) expect(gold(s.id), s.id).toEqual(docFormGold(s));
    for (const s of [...FLATTENED_PLANS, ...FLATTENED_HOLDOUT, ...FLATTENED_HOLDOUT_6]) {
      expect(gold(s.id), s.id).toEqual(flattenedGold(s));
      expect(readFileSync(join(CORPUS_DIR, 'plans', s.id, 'plan.txt'), 'utf8'), s.id).toBe(flattenedText(s));
    }
    for (const g of GARBLED_PLANS) {
      const x = gold(g.id);
      expect(x.formats).toEqual(['pdf']);
      expect(existsSync(join(CORPUS_DIR, 'plans', g.id, 'plan.txt'))).toBe(false);
    }
  });

  it('has each plan in the formats its gold lists, and the files are what their names say', () => {
    for (const p of all) {
      for (const f of p.gold.formats) expect(existsSync(p.file(f)), `${p.id} plan.${f}`).toBe(true);
      if (p.gold.formats.includes('pdf')) expect(readFileSync(p.file('pdf')).subarray(0, 5).toString('latin1'), p.id).toBe('%PDF-');
      if (p.gold.formats.includes('docx')) expect(readFileSync(p.file('docx')).subarray(0, 2).toString('latin1'), p.id).toBe('PK');
    }
  });

  it('fills the national template as the committed DOCX has it, guidance left in place, placeholders only where gold expects them', () => {
    for (const s of [...NATIONAL_PLANS, ...NATIONAL_HOLDOUT, ...NATIONAL_HOLDOUT_6]) {
      const committed = strFromU8(unzipSync(new Uint8Array(readFileSync(join(CORPUS_DIR, 'plans', s.id, 'plan.docx'))))['word/document.xml']);
      expect(committed, s.id).toBe(strFromU8(unzipSync(fillTemplate(s))['word/document.xml']));
      const text = readFileSync(join(CORPUS_DIR, 'plans', s.id, 'plan.txt'), 'utf8');
      expect(text, s.id).toContain('More information is provided at paragraphs 6.28-6.29 of the SEND Code of Practice.');
      const placeholders = text.match(/\{\{[^}]*\}\}/g) ?? [];
      // A filled plan has placeholders left in exactly when gold expects the placeholder finding.
      const expectsPlaceholders = (s.expectedFindings ?? []).some((f) => f.ruleId === 'plan.placeholder-text');
      if (s.form === 'filled') expect(placeholders.length > 0, s.id).toBe(expectsPlaceholders);
      else expect(placeholders.length, s.id).toBeGreaterThan(20);
    }
  });

  it('quotes every gold statement verbatim from the plan text, and labels consistently', () => {
    for (const p of all.filter((x) => x.gold.formats.includes('txt'))) {
      // Page furniture (a "Page N of M" footer and the running header that recurs beside it) may fall
      // inside a statement in a printed copy's text: it is not the plan's text.
      const lines = readFileSync(p.file('txt'), 'utf8').split(/\r?\n/);
      const counts = new Map<string, number>();
      for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
      const paged = lines.some((l) => /\bPage \d+ of \d+\b/.test(l));
      const text = normalise(lines.filter((l) => !(paged && (/\bPage \d+ of \d+\b/.test(l) || (l.trim() && (counts.get(l) ?? 0) >= 3)))).join('\n'));
      for (const q of [...p.gold.provisions, ...p.gold.outcomes].map((x) => x.quote)) expect(text.includes(normalise(q)), `${p.id}: ${q}`).toBe(true);
    }
    for (const p of all) {
      for (const s of p.gold.provisions) if (s.specific) expect(s.vagueTerms, `${p.id}: ${s.quote}`).toEqual([]);
      for (const o of p.gold.outcomes) if (o.smart) expect(o.measurable && o.timeBound, `${p.id}: ${o.quote}`).toBe(true);
      expectChecksConsistent(p);
    }
  });

  it('links every statement of a national-template table to its row and area', () => {
    for (const p of all.filter((x) => x.gold.layout === 'national' && x.gold.form !== 'blank')) {
      for (const s of [...p.gold.provisions, ...p.gold.outcomes]) {
        expect(s.row, `${p.id}: ${s.quote}`).toBeGreaterThan(0);
        expect(s.area, `${p.id}: ${s.quote}`).toBeTruthy();
      }
    }
  });

  it('labels the blank form as a form: nothing present, nothing judged, no check, the unfilled notice', () => {
    const blank = main.find((p) => p.gold.form === 'blank')!;
    expect(blank.gold.sections).toEqual([]);
    expect(blank.gold.provisions).toEqual([]);
    expect(blank.gold.outcomes).toEqual([]);
    expect(Object.values(blank.gold.checks).every((v) => v === false)).toBe(true);
    expect(blank.gold.expectedFindings).toEqual([{ ruleId: 'plan.unfilled-template' }]);
    expect(blank.gold.maxFindings).toBe(15);
  });

  it('garbles exactly the pages gold names: pdf.js extracts symbols there and words elsewhere', async () => {
    for (const g of GARBLED_PLANS) {
      const x = gold(g.id);
      const pages = await pdfPageTexts(new Uint8Array(readFileSync(join(CORPUS_DIR, 'plans', g.id, 'plan.pdf'))));
      const bad = g.pages === 'all' ? pages.map((_, i) => i + 1) : x.expectedFindings[0].pages;
      pages.forEach((t, i) => {
        if (bad.includes(i + 1)) expect(wordShare(t), `${g.id} page ${i + 1}`).toBeLessThan(0.3);
        else expect(wordShare(t), `${g.id} page ${i + 1}`).toBeGreaterThan(0.85);
      });
      // The source plan's own PDF reads cleanly on every page.
      const source = await pdfPageTexts(new Uint8Array(readFileSync(join(CORPUS_DIR, 'plans', g.from, 'plan.pdf'))));
      expect(source.length).toBe(pages.length);
      for (const t of source) expect(wordShare(t)).toBeGreaterThan(0.85);
    }
  });
});
