// A large plan's report on a phone (390 x 844), in a real browser against a real server: the
// parent's short view fits in 15 screens with its details closed, has under 60,000 characters, at
// most 25 top-level points, no rule id, no point said twice and no statement with more than two
// annotations, and axe finds nothing; its details open; the full view shows everything, and is
// what a signed-in caseworker gets, with rule ids.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Report } from '../../services/analyser/src/report-schema.ts';
import { form, settle } from '../api/helpers.ts';
import { accessibilityProblems, keyboardProblems, launch, makeUser, startServer, type WebServer } from './helpers.ts';
import { mainText, topLevelPointIds } from './page-text.ts';
import fs from 'node:fs';

// The largest plan of the main corpus by findings (not a held-out one): 11 provisions, 6 outcomes,
// over 40 findings, the size of the plans a parent brings.
const LARGE_PLAN = path.resolve('corpus/plans/p45/plan.docx');
const PHONE = { width: 390, height: 844 };

let server: WebServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let reportUrl = '';
let report: Report;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
  context = await browser.newContext({ viewport: PHONE });
  page = await context.newPage();
  await page.goto(`${server.base}/`);
  await page.setInputFiles('#file', LARGE_PLAN);
  await page.getByRole('button', { name: 'Upload and check the plan' }).click();
  await page.waitForURL(/\/plans\/[0-9a-f-]+\?key=/, { timeout: 60_000 });
  reportUrl = page.url();
  const u = new URL(reportUrl);
  const r = await fetch(`${server.base}/v1/documents/${u.pathname.split('/')[2]}/report?key=${encodeURIComponent(u.searchParams.get('key') ?? '')}&include=text`);
  report = (await r.json()) as Report;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The points a reader meets without opening anything: not inside a closed <details>. */
async function topLevelPoints(p: Page): Promise<{ id: string; quote: string; message: string }[]> {
  return p.locator('main li.finding').evaluateAll((els) => els
    .filter((el) => !el.parentElement?.closest('details:not([open])'))
    .map((el) => ({ id: el.id, quote: el.querySelector('blockquote')?.textContent ?? '', message: el.querySelector('.message')?.textContent ?? '' })));
}

describe("a large plan's report on a phone", () => {
  it('is a short view for a parent: within 15 screens, under 60,000 characters, at most 25 points', async () => {
    expect(report.findings.length).toBeGreaterThan(30);
    await page.goto(reportUrl);
    expect(await page.locator('main details[open]').count()).toBe(0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height / PHONE.height, `${height}px`).toBeLessThanOrEqual(15);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text.length).toBeLessThan(60_000);
    const points = await topLevelPoints(page);
    expect(points.length).toBeGreaterThan(5);
    expect(points.length).toBeLessThanOrEqual(25);
    // The page read from its HTML alone (as the corpus-wide test reads every plan's page) agrees with the browser.
    const html = await (await fetch(reportUrl)).text();
    expect(topLevelPointIds(html)).toEqual(points.map((p) => p.id));
    expect(Math.abs(mainText(html).length - text.length), `${mainText(html).length} vs ${text.length}`).toBeLessThan(text.length / 100);
  });

  it('shows no rule id, says no point twice, and gives no statement more than two annotations', async () => {
    const text = (await page.locator('main').textContent()) ?? '';
    for (const f of report.findings) expect(text, f.ruleId).not.toContain(f.ruleId);
    const all = await page.locator('main li.finding').evaluateAll((els) => els.map((el) => ({ id: el.id, quote: el.querySelector('blockquote')?.textContent ?? '', message: el.querySelector('.message')?.textContent ?? '' })));
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    const said = all.map((p) => `${p.quote}|${p.message}`);
    expect(new Set(said).size).toBe(said.length);
    for (const s of [...report.provisions, ...report.outcomes]) {
      expect(all.filter((p) => p.quote === s.text).length, s.text).toBeLessThanOrEqual(2);
    }
    // The national template sets out D, H1 and H2 in one table: its text is shown once, named for the
    // sections present in it (this plan's H1 column is empty, so H1 is missing, not set out).
    const headings = await page.locator('main .plan-section > h3').allInnerTexts();
    expect(headings).toContain('Sections D and H2, set out together');
    const named = headings.filter((h) => !/^Text between sections/.test(h));
    expect(new Set(named).size).toBe(named.length);
    const rows = await page.locator('main table th[scope="row"]').allTextContents();
    expect(rows).toContain('D and H2');
    expect(rows.filter((r) => /H1|H2/.test(r))).toHaveLength(1);
    // The points that matter most come first, three to five of them.
    const first = await page.locator('.key-points li.finding').count();
    expect(first).toBeGreaterThanOrEqual(3);
    expect(first).toBeLessThanOrEqual(5);
  });

  it('passes axe on the phone (and at 320 px) and the keyboard, with its details closed and open', async () => {
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await keyboardProblems(page)).toEqual([]);
    const words = page.locator('details.plan-words').first();
    expect(await words.locator('.plan-text').isVisible()).toBe(false);
    await words.locator('summary').click();
    expect(await words.getAttribute('open')).not.toBeNull();
    expect(await words.locator('.plan-text').isVisible()).toBe(true);
    const why = page.locator('details.why').first();
    await why.locator('summary').click();
    expect(await why.locator('.reference').isVisible()).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('switches to the full view, where everything is open, and back', async () => {
    await page.goto(reportUrl);
    await page.getByRole('link', { name: 'Show everything (the full view)' }).click();
    expect(new URL(page.url()).searchParams.get('view')).toBe('full');
    expect(await page.locator('main details:not([open])').count()).toBe(0);
    expect(await page.locator('.plan-text').first().isVisible()).toBe(true);
    // Still no rule ids for someone who is not signed in.
    expect(await page.locator('.finding .rule').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('link', { name: 'Show the short view' }).click();
    expect(await page.locator('main details[open]').count()).toBe(0);
  });

  it("is the full view, with rule ids, for a signed-in caseworker", async () => {
    const alice = await makeUser(server.app, 'West SENDIASS', 'Cara Caseworker', 'caseworker');
    const r = await fetch(`${server.base}/v1/documents`, { method: 'POST', headers: { authorization: `Bearer ${alice.token}` }, body: form(fs.readFileSync(LARGE_PLAN.replace(/\.docx$/, '.txt'), 'utf8'), 'large.txt') });
    const body = (await r.json()) as { id: string; links: { self: string } };
    await settle(server.base, new URL(body.links.self, server.base).pathname, { authorization: `Bearer ${alice.token}` });
    const cw = await browser.newContext({ viewport: PHONE });
    const p = await cw.newPage();
    await p.goto(`${server.base}/sign-in`);
    await p.getByLabel('Access token').fill(alice.token);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.goto(`${server.base}/plans/${body.id}`);
    expect(await p.locator('main details.why:not([open]), main details.plan-words:not([open])').count()).toBe(0);
    expect(await p.locator('.finding .rule').count()).toBeGreaterThan(0);
    expect(await p.getByRole('link', { name: 'Show the short view' }).count()).toBe(1);
    await cw.close();
  });
});
