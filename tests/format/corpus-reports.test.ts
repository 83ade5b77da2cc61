// Issue 14's "Done when", measured on every corpus plan (p01 on: the LA forms, the national
// template and the flattened layouts, the held-out plans too) in every format it was built in:
// suggested rewrites fed back through the analyser, the report's points, the letter, and the
// parent's page as the server renders it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRubric } from '../../services/analyser/src/rubric.ts';
import { judgeProvision } from '../../services/analyser/src/provision.ts';
import { judgeOutcome } from '../../services/analyser/src/outcomes.ts';
import { fillBlanks, meetingWords } from '../../services/analyser/src/suggest.ts';
import { reportPoints } from '../../services/analyser/src/format/points.ts';
import { renderTextReport } from '../../services/analyser/src/format/text.ts';
import { letterContent, renderLetter } from '../../services/analyser/src/format/letter.ts';
import { reportPage } from '../../services/api/src/web/pages.ts';
import type { DocumentRow } from '../../services/api/src/store.ts';
import { mainText, topLevelPointIds } from '../web/page-text.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, loadPlans } from '../../corpus/src/corpus-files.ts';
import { childYear, corpusReports, type CorpusReport } from './corpus-reports.ts';

const rubric = loadRubric();
const rewriteOf = (suggestion: string) => /would say: "(.*)"$/s.exec(suggestion)?.[1] ?? null;
const yearsIn = (s: string) => [...s.matchAll(/\bYear (\d{1,2})\b/g)].map((m) => Number(m[1]));
const rate = (bad: number, all: number) => 1 - bad / all;

// Several tests read the same report's points, letter content and letter: each is worked out once
// per report (they are pure functions of the report and the default rubric) rather than once per test.
function once<T>(fn: (r: CorpusReport['report']) => T): (r: CorpusReport['report']) => T {
  const seen = new WeakMap<object, T>();
  return (r) => {
    if (!seen.has(r)) seen.set(r, fn(r));
    return seen.get(r)!;
  };
}
const pointsOf = once((r) => reportPoints(r, rubric));
const contentOf = once((r) => letterContent(r));
const letterOf = once((r) => renderLetter(r));

let all: CorpusReport[] = [];
beforeAll(async () => {
  all = await corpusReports();
}, 300_000);

describe('the corpus the criteria are measured on', () => {
  it('is every plan in corpus/plans in every format, the national-template, flattened and held-out plans included', () => {
    const ids = new Set(all.map((r) => r.plan.id));
    const plans = [...loadPlans(), ...loadPlans({ holdout: true })];
    expect(plans.map((p) => p.id).sort()).toEqual(readdirSync(join(CORPUS_DIR, 'plans')).filter((d) => /^p\d+$/.test(d)).sort());
    expect(plans.length).toBeGreaterThanOrEqual(66);
    // All but a plan whose only file cannot be read at all (a PDF with a garbled text layer).
    expect(ids.size).toBe(plans.filter((p) => !p.gold.expectedError).length);
    expect(all.filter((r) => r.plan.gold.layout === 'national').length).toBeGreaterThan(10);
    expect(all.filter((r) => r.plan.gold.layout === 'flattened').length).toBeGreaterThan(5);
    expect(all.filter((r) => r.holdout).length).toBeGreaterThan(15);
    for (const f of ['txt', 'docx', 'pdf'] as const) expect(all.filter((r) => r.format === f).length).toBeGreaterThan(50);
  });
});

describe('suggested rewrites, fed back through the analyser', () => {
  it('are judged specific (provision) or SMART (outcomes) in at least 95 of 100 cases, once their blanks are filled', () => {
    const provisions: string[] = [];
    const outcomes: string[] = [];
    for (const { report } of all) {
      for (const f of report.findings) {
        const rewrite = rewriteOf(f.suggestion);
        if (rewrite) (f.suggestion.startsWith('Specific') ? provisions : outcomes).push(fillBlanks(rewrite));
      }
    }
    expect(provisions.length).toBeGreaterThan(1000);
    expect(outcomes.length).toBeGreaterThan(300);
    const notSpecific = provisions.filter((p) => !judgeProvision(p, rubric).specific);
    const notSmart = outcomes.filter((o) => !judgeOutcome(o, '', rubric).smart);
    expect(rate(notSpecific.length, provisions.length), [...new Set(notSpecific)].join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(rate(notSmart.length, outcomes.length), [...new Set(notSmart)].join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('never name a year group below the child\'s, in any suggestion or letter', () => {
    const low: string[] = [];
    let withYear = 0;
    for (const r of all) {
      const year = childYear(r);
      if (year === null) continue;
      // The letter's requests (its quotes are the plan's own words, which may look back to earlier years).
      const asks = contentOf(r.report).groups.flatMap((g) => g.points.flatMap((p) => p.ask));
      const texts = [...r.report.findings.map((f) => f.suggestion), ...asks];
      if (texts.some((t) => yearsIn(t).length)) withYear++;
      for (const t of texts) for (const y of yearsIn(t)) if (y < year) low.push(`${r.tag} (Year ${year}): ${t.slice(0, 200)}`);
    }
    expect(withYear).toBeGreaterThan(20);
    expect(low).toEqual([]);
  });

  it('never send a teaching assistant to a meeting, a review or liaison', () => {
    let meetings = 0;
    const sent: string[] = [];
    for (const { tag, report } of all) {
      for (const f of report.findings) {
        const rewrite = rewriteOf(f.suggestion);
        const original = report.text!.slice(f.start, f.end);
        if (!rewrite || !meetingWords().test(original)) continue;
        meetings++;
        if (/teaching assistant|\bTA\b/i.test(rewrite) && !/teaching assistant|\bTA\b/i.test(original)) sent.push(`${tag}: ${rewrite}`);
      }
    }
    expect(meetings).toBeGreaterThan(20);
    expect(sent).toEqual([]);
  });
});

describe("the report's points", () => {
  it('give no statement more than two annotations, say each finding once and no point twice', () => {
    let statements = 0;
    let carrying = 0;
    for (const { tag, report } of all) {
      const points = pointsOf(report);
      expect(points.flatMap((p) => p.findings).length, tag).toBe(report.findings.length);
      expect(new Set(points.flatMap((p) => p.findings)).size, tag).toBe(report.findings.length);
      for (const s of [...report.provisions, ...report.outcomes]) {
        statements++;
        const on = points.filter((p) => p.findings.some((f) => f.start >= s.start && f.start < s.end) && p.quote === s.text);
        if (report.findings.filter((f) => f.start >= s.start && f.start < s.end).length > 2) carrying++;
        expect(on.length, `${tag}: ${s.text}`).toBeLessThanOrEqual(2);
      }
      const said = points.map((p) => `${p.section}|${p.quote}|${p.message}`);
      expect(said.filter((x, i) => said.indexOf(x) !== i), tag).toEqual([]);
      const rules = points.filter((p) => p.kind === 'rule').map((p) => p.ruleIds.join());
      expect(rules.filter((x, i) => rules.indexOf(x) !== i), tag).toEqual([]);
    }
    expect(statements).toBeGreaterThan(1500);
    // The limit is met by folding findings together, not because few statements have many.
    expect(carrying).toBeGreaterThan(50);
  });
});

describe('the terminal listing', () => {
  it('gives each point once, at the page line:column of its first finding', () => {
    let located = 0;
    for (const { tag, report, pageStarts } of all) {
      const lines = renderTextReport(report, { pageStarts }).split('\n');
      const heads = lines.filter((l) => /^ {4}\S+(?: \S+)? +(?:error|warning|info) +#\d+ /.test(l) && !l.includes('(above, with the points'));
      const points = pointsOf(report);
      expect(heads.length, tag).toBe(points.length);
      for (const p of points) {
        const first = p.findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start)[0];
        const head = heads.find((l) => l.includes(` #${p.n} `))!;
        if (!first) {
          expect(head, tag).toMatch(/^ {4}plan /);
          continue;
        }
        located++;
        // Lines count from the top of the finding's page (or of the text when it has no pages).
        const text = report.text!;
        const from = pageStarts?.length ? Math.max(...pageStarts.filter((s) => s <= first.start)) : 0;
        const line = text.slice(from, first.start).split('\n').length;
        const column = first.start - (text.lastIndexOf('\n', first.start - 1) + 1) + 1;
        expect(head, `${tag} point ${p.n}`).toMatch(new RegExp(`^ {4}${first.page !== null ? `p${first.page} ` : ''}${line}:${column} `));
      }
    }
    expect(located).toBeGreaterThan(1500);
  });
});

describe('the letter', () => {
  const REWRITE_ASK = /^Please change it to say something like "(.+)"(?:, with the parts in square brackets filled in)?\.$/s;
  // The tool speaking to the family, or its own labels, rather than the parent speaking.
  const NOT_THE_PARENT = /\b(?:you|your|the family|ask for|ask the local authority|we found|Specific wording would say|A SMART outcome would say)\b/i;

  it('names the child the plan names, and leaves a blank only on an unfilled form', () => {
    for (const { tag, plan, report } of all) {
      const text = letterOf(report).text;
      if (plan.gold.form === 'blank') {
        expect(text, tag).toContain("[child's name]");
        continue;
      }
      expect(report.plan.childName, tag).toBeTruthy();
      expect(text, tag).toContain(`Education, Health and Care plan for ${report.plan.childName}`);
      expect(text, tag).not.toContain("[child's name]");
    }
  });

  it('cites each reference at most twice: once in its legal basis, points citing it by number', () => {
    let cited = 0;
    for (const { tag, report } of all) {
      const c = contentOf(report);
      const text = letterOf(report).text;
      expect(new Set(c.legalBasis).size, tag).toBe(c.legalBasis.length);
      for (const ref of c.legalBasis) {
        cited++;
        // Whole citations: "reg 12(1)" at the start of "reg 12(1)(g)" is another reference's.
        const whole = new RegExp(`${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w(])`, 'g');
        expect(text.match(whole)?.length ?? 0, `${tag}: ${ref}`).toBeLessThanOrEqual(2);
      }
    }
    expect(cited).toBeGreaterThan(300);
  });

  it('is in the parent\'s first person, and every request is the parent\'s own', () => {
    for (const { tag, report } of all) {
      const c = contentOf(report);
      expect(c.intro[0], tag).toMatch(/^I am writing about the (?:draft )?Education, Health and Care plan for /);
      expect(c.closing).toMatch(/^Please send me/);
      for (const p of c.groups.flatMap((g) => g.points)) {
        for (const ask of p.ask) expect(ask, tag).toMatch(/^(?:Please|I)\b/);
        // The plan's own words (quoted) may say anything; the letter's words may not speak for the tool.
        for (const s of [...p.why, ...p.ask]) expect(s.replace(/"[^"]*"|“[^”]*”/g, '""'), tag).not.toMatch(NOT_THE_PARENT);
      }
    }
  });

  it('asks only for wording the analyser judges specific (or SMART) once its blanks are filled', () => {
    let asked = 0;
    for (const { tag, report } of all) {
      for (const p of contentOf(report).groups.flatMap((g) => g.points)) {
        for (const ask of p.ask) {
          const wording = REWRITE_ASK.exec(ask)?.[1];
          if (!wording) {
            // A request in words quotes no wording of its own to put in the plan.
            expect(ask, tag).not.toMatch(/"[^"]*\[[^\]]*\][^"]*"/);
            continue;
          }
          asked++;
          const filled = fillBlanks(wording);
          const ok = p.group === 'outcome' ? judgeOutcome(filled, '', rubric).smart : judgeProvision(filled, rubric).specific;
          expect(ok, `${tag}: ${filled}`).toBe(true);
        }
      }
    }
    expect(asked).toBeGreaterThan(500);
  });
});

describe("the parent's page", () => {
  const doc: DocumentRow = {
    id: '00000000-0000-4000-8000-000000000000', org_id: null, created_by: null, capability_hash: 'x', state: 'done', error_code: null,
    error_message: null, size_bytes: 1, created_at: new Date(0), updated_at: new Date(0), expires_at: new Date(0),
  };

  it('shows no rule id, at most 25 top-level points and under 60,000 characters of text', () => {
    let most = { points: 0, chars: 0 };
    for (const { tag, report } of all) {
      const html = reportPage({ viewer: { principal: { kind: 'anonymous' } }, doc, report, key: 'k', deleteCsrf: 'c', deadline: {} });
      const text = mainText(html);
      for (const id of new Set(report.findings.map((f) => f.ruleId))) expect(text, `${tag}: ${id}`).not.toContain(id);
      const points = topLevelPointIds(html);
      expect(points.length, tag).toBeLessThanOrEqual(25);
      expect(text.length, tag).toBeLessThan(60_000);
      most = { points: Math.max(most.points, points.length), chars: Math.max(most.chars, text.length) };
    }
    // The limits bite on real reports: the largest come near them.
    expect(most.points).toBeGreaterThan(10);
    expect(most.chars).toBeGreaterThan(15_000);
  });
});
