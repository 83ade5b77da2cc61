// The advice verdicts' words are the rubric's: an organisation's own wording reaches its report, and
// the default's everyone else's.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../services/analyser/src/index.ts';
import { extractRecommendations } from '../../services/analyser/src/advice/index.ts';
import { parseRubricYaml, type Rubric } from '../../services/analyser/src/rubric.ts';
import { buildDoc, type Part } from '../analyser/build-doc.ts';
import { planWith, rubric as standard } from './helpers.ts';
import { orgRubric } from '../analyser/org-rubric.ts';

const esk = orgRubric([
  'advice:',
  '  detail:',
  '    missing: "Esk 4.2: not in the plan."',
  '    moved: "Esk 4.3: only in {section}; CFA s21(5) puts it in F."',
  '    carried: "Esk 4.1: carried in {section}."',
  '    diluted: "Esk 4.4: weaker ({reasons})."',
  '    vague: "Esk 4.5: vague, {because}."',
  '  vagueBecause:',
  '    amountOpen: "[{words}] is open"',
  '  reasons:',
  '    lessTime: "{advised} advised, {planned} planned (Esk)"',
].join('\n') + '\n');

const verdicts = (plan: Part[], advice: Part[], rubric: Rubric) =>
  analyse(buildDoc(plan, 'plan.txt'), { rubric, advice: [buildDoc(advice, 'advice.txt')] }).advice!.map((a) => ({ verdict: a.verdict, detail: a.detail }));

describe("the advice verdicts' words", () => {
  const plan = planWith(
    ['Maisie will have speech and language therapy from a speech and language therapist, 30 minutes once a term.', 'A trained teaching assistant will deliver the Talkabout programme to Maisie in a small group, 30 minutes once a week.'],
    ['Maisie will have occupational therapy to teach her to write, from an occupational therapist, 30 minutes each week.'],
  );
  const advice: Part[] = [
    { h: 'Recommendations' },
    { li: 'Maisie should have speech and language therapy from a speech and language therapist, 30 minutes once a week.' },
    { li: 'A trained teaching assistant should deliver the Talkabout programme to Maisie in a small group, 30 minutes once a week.' },
    { li: 'Maisie should have a sensory circuit from a trained teaching assistant, 15 minutes every morning.' },
    { li: 'Maisie would benefit from access to a movement break as appropriate.' },
  ];

  it("are the organisation's own where it rewrites them, and the default's for everyone else", () => {
    const own = verdicts(plan, advice, esk);
    const def = verdicts(plan, advice, standard);
    expect(own.map((v) => v.verdict)).toEqual(def.map((v) => v.verdict));
    const byVerdict = (vs: typeof own, v: string) => vs.find((x) => x.verdict === v)?.detail;
    expect(byVerdict(own, 'carried')).toBe('Esk 4.1: carried in Section F (special educational provision).');
    expect(byVerdict(def, 'carried')).toBe('Carried in Section F (special educational provision) as specifically as advised.');
    expect(byVerdict(own, 'diluted')).toBe('Esk 4.4: weaker (30 minutes a week advised, 2 minutes a week planned (Esk)).');
    expect(byVerdict(def, 'diluted')).toBe('Weaker in the plan than advised: the advice asks for about 30 minutes a week, the plan gives about 2 minutes a week.');
    expect(byVerdict(own, 'adviceVague')).toBe('Esk 4.5: vague, [as appropriate] is open.');
    expect(byVerdict(def, 'adviceVague')).toMatch(/^The recommendation itself is not specific: /);
    for (const v of own) expect(v.detail).not.toContain('as specifically as advised');
  });

  it("say a missing recommendation is missing in the organisation's words", () => {
    const sloped = planWith(['Maisie will have a writing slope on her desk in every lesson.']);
    const slt: Part[] = [{ h: 'Recommendations' }, { li: 'I recommend a hearing assessment by an audiologist within 3 months.' }];
    expect(verdicts(sloped, slt, esk)).toEqual([{ verdict: 'missing', detail: 'Esk 4.2: not in the plan.' }]);
    expect(verdicts(sloped, slt, standard)).toEqual([{ verdict: 'missing', detail: "Nothing in the plan's provision (Sections F, G, H1 or H2) matches this recommendation." }]);
  });

  it("name who delivers in the organisation's words", () => {
    const byTa = planWith(['A teaching assistant will deliver speech and language therapy to Maisie, 30 minutes once a week.']);
    const slt: Part[] = [{ h: 'Recommendations' }, { li: 'Maisie should have speech and language therapy from a speech and language therapist, 30 minutes once a week.' }];
    const wnd = orgRubric('advice:\n  providers:\n    therapist: "an HCPC-registered therapist (Wnd)"\n');
    const [own] = verdicts(byTa, slt, wnd);
    const [def] = verdicts(byTa, slt, standard);
    expect(own.detail).toContain('the advice asks for an HCPC-registered therapist (Wnd), the plan names a teaching assistant to deliver it');
    expect(def.detail).toContain('the advice asks for a qualified therapist or psychologist, the plan names a teaching assistant to deliver it');
    // The reason the rubric words differently is still the same reason: the same verdict and the same reasons after it.
    expect(String(own.detail).split('; ').length).toBe(String(def.detail).split('; ').length);
  });

  it('keep the law in the default wording of a moved recommendation', () => {
    expect(standard.advice.detail.moved).toContain('Children and Families Act 2014, s21(5); SEND Code of Practice 2015, para 9.74');
  });

  it('refuse an unknown wording key', () => {
    const r = parseRubricYaml('extends: default\nid: esk\nversion: "1"\nadvice:\n  detail:\n    carryed: "x"\n');
    expect(r.ok).toBe(false);
  });
});

describe('a sentence that points back at the recommendation before it (lists.adviceReferredThings, adviceSameAdults)', () => {
  const report: Part[] = [
    { h: '4. Recommendations' },
    '4.1 Reading has been slow to improve. I recommend daily 20-minute paired reading with a teaching assistant. It is important that the same mentor hears these readings throughout the year.',
  ];
  const recs = (r: Rubric) => extractRecommendations(buildDoc(report, 'advice.txt'), undefined, r).map((x) => x.text.trim());
  it("joins it to that recommendation when it names the organisation's words, and not otherwise", () => {
    const own = orgRubric("vocabulary:\n  lists:\n    addAdviceReferredThings: ['readings?']\n", 'readings');
    expect(recs(own)).toEqual(['I recommend daily 20-minute paired reading with a teaching assistant. It is important that the same mentor hears these readings throughout the year.']);
    expect(recs(standard)).toEqual(['I recommend daily 20-minute paired reading with a teaching assistant.', 'It is important that the same mentor hears these readings throughout the year.']);
  });
});
