// Garbled text layers (a font without its proper encoding) are told from real text, page by page.
import { describe, expect, it } from 'vitest';
import { isGarbledText } from '../../services/ingest/src/garbled.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { buildDoc } from '../analyser/build-doc.ts';

describe('isGarbledText', () => {
  it.each([
    ['T#e follo$in% Education, Healt# & Ca&e Plan sets out t#e s+pport t#at Ami&a will &eceive', true],
    ['S+*#~%+=^ %~+ *#=^+ S+*# ~%+=^ +*#~ %+=^S +*#~%', true],
    ['\uE001\uE002\uE003 \uE004\uE005 \uE006\uE007\uE008 \uE009\uE00A text here', true],
    ['(cid:36)(cid:79)(cid:76) (cid:90)(cid:76)(cid:79)(cid:79) (cid:75)(cid:68)(cid:89)(cid:72) (cid:85)(cid:72)', true],
    ['Amira will have 1:1 speech and language therapy for 3 x 30 minutes a week (CoP 6.28-6.29), from 01/09/2026.', false],
    ['Section F – Special educational provision: a teaching assistant (TA), e.g. for PE & D.T.; £1,200 a year.', false],
    ['Zain reads at Phase 3. {{ cognition_learning_need_2 }} {{ cognition_learning_provision_2 }} {{ cognition_learning_outcome_2 }} {{ cognition_learning_need_3 }} {% if sen_support %} << child_name >>', false],
    ['{{ n#e_2 }} T#e follo$in% Education, Healt# & Ca&e Plan sets out t#e s+pport t#at Ami&a will &eceive', true],
  ])('%j is garbled: %s', (text, want) => expect(isGarbledText(text)).toBe(want));
});

describe('document.unreadable-text', () => {
  it('names the pages ingest left out', () => {
    const doc = { ...buildDoc([{ h: 'Section F: Special educational provision' }, { li: 'A teaching assistant will read with Amira for 15 minutes daily.' }]), unreadablePages: [5, 6] };
    const f = analyse(doc).findings.find((x) => x.ruleId === 'document.unreadable-text');
    expect(f?.message).toMatch(/pages 5 and 6/);
  });
});

describe('garbled PDFs from the corpus', () => {
  const read = async (id: string) => {
    const { readFileSync } = await import('node:fs');
    const { parseDocument } = await import('../../services/ingest/src/parse.ts');
    return parseDocument(new Uint8Array(readFileSync(new URL(`../../corpus/plans/${id}/plan.pdf`, import.meta.url))), 'plan.pdf');
  };
  it('leaves out the garbled pages and names them', async () => {
    const doc = await read('p55');
    expect(doc.unreadablePages).toEqual([5, 6]);
  });
  it('a PDF garbled on every page fails with unreadable_text', async () => {
    await expect(read('p56')).rejects.toMatchObject({ code: 'unreadable_text' });
  });
  it('a readable PDF has no unreadable pages', async () => {
    expect((await read('p44')).unreadablePages).toBeUndefined();
  });
});
