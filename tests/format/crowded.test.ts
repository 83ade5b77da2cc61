// The format's promises hold for any report, however much a (mis)read plan makes it find: a report
// with 40 weak statements, one cell's words repeated down a column, and findings whose own words
// give their law in brackets (fixtures/crowded-report.ts).
import { describe, expect, it } from 'vitest';
import { reportPoints } from '../../services/analyser/src/format/points.ts';
import { renderTextReport } from '../../services/analyser/src/format/text.ts';
import { letterContent, renderLetter } from '../../services/analyser/src/format/letter.ts';
import { parentPointsShown, renderReportHtml } from '../../services/analyser/src/format/html.ts';
import { parseRubricYaml } from '../../services/analyser/src/rubric.ts';
import { reportPage } from '../../services/api/src/web/pages.ts';
import type { DocumentRow } from '../../services/api/src/store.ts';
import { mainText, topLevelPointIds } from '../web/page-text.ts';
import { BRACKETED, crowdedReport, REPEATS, STATEMENTS } from './fixtures/crowded-report.ts';

const PARENT_POINTS_SHOWN = parentPointsShown();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** How often a reference is cited whole (not as the start of a longer one: "reg 12(1)" in "reg 12(1)(g)"). */
const citations = (text: string, ref: string) => text.match(new RegExp(`${escapeRe(ref)}(?![\\w(])`, 'g'))?.length ?? 0;

const doc: DocumentRow = {
  id: '00000000-0000-4000-8000-000000000000', org_id: null, created_by: null, capability_hash: 'x', state: 'done', error_code: null,
  error_message: null, size_bytes: 1, created_at: new Date(0), updated_at: new Date(0), expires_at: new Date(0),
};
const page = (view: 'parent' | 'full') => reportPage({ viewer: { principal: { kind: 'anonymous' } }, doc, report: crowdedReport(), key: 'k', deleteCsrf: 'c', deadline: {}, view });

describe('a crowded report', () => {
  it('says the same thing about the same words once, highlighting each place', () => {
    const report = crowdedReport();
    const points = reportPoints(report);
    expect(new Set(points.flatMap((p) => p.findings)).size).toBe(report.findings.length);
    const said = points.map((p) => `${p.section}|${p.quote}|${p.message}`);
    expect(said.filter((x, i) => said.indexOf(x) !== i)).toEqual([]);
    const mentor = points.filter((p) => p.quote === 'Learning mentor');
    expect(mentor).toHaveLength(1);
    expect(mentor[0].spans).toHaveLength(REPEATS);
    expect(mentor[0].findings).toHaveLength(REPEATS * 2);
    // The terminal listing gives the other places.
    const listing = renderTextReport(report);
    expect(listing).toMatch(new RegExp(`Also at ${Array.from({ length: REPEATS - 1 }, () => '\\d+:1').join(', ')}`));
  });

  it("opens at most the page's limit of points for a parent, folding the rest under their section and saying how many", () => {
    const report = crowdedReport();
    const open = reportPoints(report).filter((p) => p.severity !== 'info').length;
    expect(open).toBeGreaterThan(PARENT_POINTS_SHOWN + 10);
    const html = page('parent');
    expect(topLevelPointIds(html).length).toBe(PARENT_POINTS_SHOWN);
    // Folded, not dropped: every point is on the page, and the page says how many more there are and where.
    for (const p of reportPoints(report)) expect(html).toContain(`id="r1-f${p.n}"`);
    const text = mainText(html).replace(/\s+/g, ' ');
    const more = open - PARENT_POINTS_SHOWN;
    expect(text).toContain(`opened only the ${PARENT_POINTS_SHOWN} points most worth raising`);
    expect(text).toContain(`The other ${more} points are folded under their sections`);
    expect(text).toMatch(/More in this section: \d+ points?, folded to keep the page short/);
    expect(text).toContain('full view');
    // The full view still opens every point.
    expect(topLevelPointIds(page('full')).length).toBe(reportPoints(report).length);
  });

  it("opens as many points for a parent as the organisation's rubric says", () => {
    const parsed = parseRubricYaml('extends: default\nid: shortshire\nversion: "1"\ndisplay:\n  parentPointsShown: 10\n');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(PARENT_POINTS_SHOWN).toBe(25);
    const html = renderReportHtml(crowdedReport(), { view: 'parent', rubric: parsed.rubric });
    expect(topLevelPointIds(html)).toHaveLength(10);
    expect(html.replace(/\s+/g, ' ')).toContain('opened only the 10 points most worth raising');
    const refused = parseRubricYaml('extends: default\nid: x\nversion: "1"\ndisplay:\n  parentPointsShown: 0\n');
    expect(refused.ok).toBe(false);
  });

  it('names each reference once in the letter, the points citing it by number, even where their words give it', () => {
    const report = crowdedReport();
    const c = letterContent(report);
    const text = renderLetter(report).text;
    expect(c.legalBasis).toContain(BRACKETED);
    for (const ref of c.legalBasis) expect(citations(text, ref), ref).toBe(1);
    // The words that gave it now cite it.
    const moved = c.groups.flatMap((g) => g.points).find((p) => p.why.some((w) => w.includes('Sensory circuit')))!;
    const n = c.legalBasis.indexOf(BRACKETED) + 1;
    expect(moved.why.join(' ')).toContain(`where the local authority must secure it [`);
    expect(moved.why.join(' ')).toContain(`[${n}]`);
    expect(moved.why.join(' ')).not.toContain('(Children and Families Act');
    expect(STATEMENTS).toBeGreaterThan(PARENT_POINTS_SHOWN);
  });
});
