// Suggested rewrites (issue 14): built from the statement and the plan, and, once a family fills
// their blanks with typical values, judged specific or SMART by the analyser itself.
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { judgeProvision, rewriteProvision } from '../../services/analyser/src/provision.ts';
import { judgeOutcome, rewriteOutcome } from '../../services/analyser/src/outcomes.ts';
import { fillBlanks, meetingWords, timeFrame } from '../../services/analyser/src/suggest.ts';
import { analyse } from '../../services/analyser/src/index.ts';
import { ingest } from '../../services/ingest/src/index.ts';
import { loadHoldoutOutcomeLines, loadHoldoutProvisionLines, loadOutcomeLines, loadProvisionLines } from '../../corpus/src/corpus-files.ts';

const rubric = loadRubric();

describe('suggestions from the statement', () => {
  const suggest = (text: string) => rewriteProvision(text, judgeProvision(text, rubric));

  it.each([
    ['Pastoral support from the head of year.', /phonics|programme/i],
    ['Access to a counsellor when he feels anxious.', /ELKLAN|teaching assistant/i],
    ['Termly liaison meetings between school and the SaLT service.', /teaching assistant/i],
    ['Regular speech and language therapy as required.', /teaching assistant|ELKLAN/i],
    // A clinic's or a hospital's review is attended, not delivered by someone at school.
    ['Annual audiology review at Westmarsh Community Hospital.', /teaching assistant|delivered by/i],
    ['Orthotics clinic review of his splints.', /teaching assistant|delivered by/i],
  ])('names nothing the statement does not: %s', (text, wrong) => {
    expect(suggest(text)).not.toMatch(wrong);
  });

  it('gives a meeting how often, how long and who attends', () => {
    const s = suggest('Multi-agency meetings to share information.');
    expect(s).toMatch(/\[how often, e\.g\. once a term\]/);
    expect(s).toMatch(/attended by \[who, e\.g\. the SENCo/);
  });

  it('asks what is done to monitor, when a statement only says it will be monitored', () => {
    const s = suggest('Ongoing monitoring by the speech and language therapy service.');
    expect(s).toMatch(/: \[what exactly will be done, e\.g\. [^\]]+\], \[how often, e\.g\. once a term\]/);
    expect(s).not.toMatch(/teaching assistant|class teacher/i);
    expect(judgeProvision(fillBlanks(/"(.*)"$/s.exec(s)?.[1] ?? s), rubric).specific).toBe(true);
    // A statement that names what is done keeps it, with no blank for it.
    expect(suggest('Monitoring of his progress through a termly observation by the SENCo.')).not.toMatch(/what exactly will be done/);
  });

  it('gives a named therapy its registered therapist', () => {
    expect(suggest('Speech and language therapy as and when needed.')).toMatch(/a \[qualified\/HCPC-registered\] speech and language therapist/);
    expect(suggest('Occupational therapy from a occupational therapist when required.')).toMatch(/a \[qualified\/HCPC-registered\] occupational therapist/i);
  });

  it('speaks of the area of need the plan gives, and of nothing narrower', () => {
    const text = 'Support to develop his reading.';
    const withArea = rewriteProvision(text, judgeProvision(text, rubric), rubric, 'Cognition and Learning');
    expect(withArea).toMatch(/\[what exactly will be done for cognition and learning, e\.g\. /);
    // A whole need written out in a table's cell is not squeezed into a blank.
    const long = rewriteProvision(text, judgeProvision(text, rubric), rubric, 'He finds reading hard. He has dyslexia and is anxious.');
    expect(long).not.toMatch(/dyslexia|anxious/i);
  });

  it('asks for the training the person needs without naming a programme the plan does not', async () => {
    const plan = (area: string) => `Education, Health and Care Plan\nSection F: Special educational provision\n${area}\nA teaching assistant will deliver a 20-minute phonics session 3 times a week.\n`;
    for (const area of ['Cognition and learning', '']) {
      const report = analyse(await ingest(new TextEncoder().encode(plan(area)), { name: 'p.txt' }), {});
      const q = report.findings.filter((f) => f.ruleId === 'provision.missing-qualification');
      expect(q.length).toBe(1);
      expect(q[0].suggestion).not.toMatch(/ELKLAN|autism|\{area\}/i);
      if (area) expect(q[0].suggestion).toMatch(/cognition and learning/);
    }
    // Without an area in F, the one area Section B describes that the statement's words serve.
    const withB = `Education, Health and Care Plan\nSection B: Special educational needs\nMia finds reading and spelling hard.\nSection F: Special educational provision\nA teaching assistant will deliver a 20-minute phonics session 3 times a week.\n`;
    const q = analyse(await ingest(new TextEncoder().encode(withB), { name: 'b.txt' }), {}).findings.filter((f) => f.ruleId === 'provision.missing-qualification');
    expect(q.map((f) => f.suggestion).join()).toMatch(/for cognition and learning\]/);
  });

  it('fills each blank with its sample', () => {
    expect(fillBlanks('for [how many minutes, e.g. 30] minutes by a [qualified/HCPC-registered] OT')).toBe('for 30 minutes by a HCPC-registered OT');
  });
});

describe('outcome time frames from the child', () => {
  it('is the end of the child\'s own year, the next in the summer term, a month and year when unknown', () => {
    expect(timeFrame({ yearGroup: 10, planDate: new Date(Date.UTC(2026, 1, 3)) })).toBe('by the end of Year 10');
    expect(timeFrame({ yearGroup: 6, planDate: new Date(Date.UTC(2026, 5, 20)) })).toBe('by the end of Year 7');
    expect(timeFrame({ yearGroup: 0 })).toBe('by the end of Reception');
    expect(timeFrame({ yearGroup: null, planDate: new Date(Date.UTC(2026, 2, 1)) })).toBe('by July 2027');
  });

  it('puts the child\'s year in the rewrite', () => {
    const text = 'Sam will be more confident in class.';
    expect(rewriteOutcome(text, judgeOutcome(text), undefined, { yearGroup: 10 })).toMatch(/^\[by when, e\.g\. by the end of Year 10\], Sam/);
  });
});

describe('every suggested rewrite, filled in, is judged specific or SMART', () => {
  // The corpus plans, in every format, are measured in tests/format/corpus-reports.test.ts.
  it('over the corpus statement sets, held-out ones included', () => {
    const provisions: { original: string; rewrite: string }[] = [];
    const outcomes: { original: string; rewrite: string }[] = [];
    for (const l of [...loadProvisionLines(), ...loadHoldoutProvisionLines()]) {
      const j = judgeProvision(l.text, rubric);
      if (!j.specific) provisions.push({ original: l.text, rewrite: rewriteProvision(l.text, j, rubric) });
    }
    for (const l of [...loadOutcomeLines(), ...loadHoldoutOutcomeLines()]) {
      const j = judgeOutcome(l.text);
      if (!j.smart && !j.isProvision) outcomes.push({ original: l.text, rewrite: rewriteOutcome(l.text, j) });
    }
    expect(provisions.length).toBeGreaterThan(50);
    expect(outcomes.length).toBeGreaterThan(20);

    const notSpecific = provisions.filter((p) => !judgeProvision(fillBlanks(p.rewrite), rubric).specific);
    const notSmart = outcomes.filter((o) => !judgeOutcome(fillBlanks(o.rewrite)).smart);
    const rate = (bad: number, all: number) => 1 - bad / all;
    expect(rate(notSpecific.length, provisions.length), notSpecific.map((p) => fillBlanks(p.rewrite)).join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(rate(notSmart.length, outcomes.length), notSmart.map((o) => fillBlanks(o.rewrite)).join('\n')).toBeGreaterThanOrEqual(0.95);

    // No teaching assistant sent to a meeting, review or liaison.
    const taAtMeeting = provisions.filter((p) => meetingWords().test(p.original) && !/teaching assistant|\bTA\b/i.test(p.original) && /teaching assistant/i.test(p.rewrite));
    expect(taAtMeeting).toEqual([]);
  });
});
