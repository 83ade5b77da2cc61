// The spot-check pages in a real browser: an adviser signs in, draws a sample of corpus plans
// through the form, and sees the dashboard with its charts; axe-core finds no WCAG 2.2 AA
// violations on the list and the dashboard, at desktop width and at 320 px.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createApp, type App } from '../../services/api/src/app.ts';
import { createOrg } from '../../services/api/src/accounts.ts';
import { listen, pngBytes, testConfig, userToken, waitFor } from '../api/helpers.ts';
import { parseCsv } from '../api/spot-check-helpers.ts';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const ROOT = path.resolve(import.meta.dirname, '../..');
// The README's screenshot is refreshed only on request (UPDATE_SCREENSHOTS=1), so a test run leaves the checkout clean.
const SCREENSHOT = process.env.UPDATE_SCREENSHOTS ? path.join(ROOT, 'docs/screenshots/dashboard.png') : path.join(os.tmpdir(), `ehcp-dashboard-${process.pid}.png`);

/** Ten corpus plans in their three formats: the population to draw six from. */
function corpusPlans(): { name: string; mimeType: string; buffer: Buffer }[] {
  const formats = [['plan.pdf', 'application/pdf'], ['plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], ['plan.txt', 'text/plain']] as const;
  return Array.from({ length: 10 }, (_, i) => {
    const dir = `p${String(i + 1).padStart(2, '0')}`;
    const [file, mimeType] = formats[i % 3];
    return { name: `${dir}-${file.replace('plan', 'ehcp')}`, mimeType, buffer: fs.readFileSync(path.join(ROOT, 'corpus/plans', dir, file)) };
  });
}

interface AxeResult { violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }

async function axe(page: Page): Promise<AxeResult> {
  await page.addScriptTag({ content: axeSource });
  return (await page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } };
    return w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, TAGS)) as AxeResult;
}

const describeViolations = (r: AxeResult) =>
  r.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 3).map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`).join('\n');

describe('spot-check pages in a browser', () => {
  let svc: App;
  let base: string;
  let stop: () => Promise<void>;
  let browser: Browser;
  let adviser: BrowserContext;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    svc = await createApp(testConfig('embedded'));
    ({ base, stop } = await listen(svc.app));
    const org = await createOrg(svc.db, 'Northshire County Council', 'la');
    for (const role of ['adviser', 'caseworker'] as const) tokens[role] = await userToken(svc.db, org, `Test ${role}`, role);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    adviser = await signedIn('adviser');
  });
  afterAll(async () => {
    await browser?.close();
    await stop?.();
    await svc?.close();
  });

  async function signedIn(role: string): Promise<BrowserContext> {
    // bypassCSP: only so that the test can inject axe-core; the pages themselves run under the CSP.
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, bypassCSP: true });
    // Nothing may come from anywhere but the service.
    await context.route((url) => !url.toString().startsWith(base), (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await page.fill('#token', tokens[role]);
    await Promise.all([page.waitForURL(`${base}/documents`), page.click('button[type=submit]:has-text("Sign in")')]);
    await page.close();
    return context;
  }

  let dashboardUrl = '';

  it('shows the list and form, without violations, also at 320 px', async () => {
    const page = await adviser.newPage();
    const res = await page.goto(`${base}/spot-checks`);
    expect(res?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Spot-checks');
    expect(await page.locator('label[for=file]').count()).toBe(1);
    for (const width of [1100, 320]) {
      await page.setViewportSize({ width, height: 900 });
      const result = await axe(page);
      expect(result.violations, `${width}px\n${describeViolations(result)}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await page.close();
  });

  it('explains what is wrong with an incomplete form', async () => {
    const page = await adviser.newPage();
    await page.goto(`${base}/spot-checks`);
    await page.fill('#sampleSize', 'lots');
    const [res] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('button:has-text("Draw the sample")')]);
    expect(res.status()).toBe(400);
    const summary = await page.locator('.error-summary').textContent();
    expect(summary).toContain('Choose the plans');
    expect(summary).toContain('whole number');
    expect(await page.inputValue('#sampleSize')).toBe('lots');
    expect(await page.getAttribute('#sampleSize', 'aria-invalid')).toBe('true');
    const result = await axe(page);
    expect(result.violations, describeViolations(result)).toEqual([]);
    await page.close();
  });

  it('draws a sample through the form and shows the dashboard with its charts', async () => {
    const page = await adviser.newPage();
    await page.goto(`${base}/spot-checks`);
    const files = corpusPlans();
    await page.setInputFiles('#file', files);
    await page.fill('#sampleSize', '6');
    await page.fill('#seed', 'northshire-2026-q4');
    await Promise.all([page.waitForURL(/\/spot-checks\/[0-9a-f-]{36}$/), page.click('button:has-text("Draw the sample")')]);
    dashboardUrl = page.url();
    expect(await page.locator('h1').textContent()).toBe('Spot-check of 6 plans');
    expect(await page.locator('.lead').textContent()).toContain('from 10 plans');
    // The script reloads the page once every plan has been checked.
    await page.waitForFunction(() => !document.querySelector('[data-spot-poll]') && document.querySelector('#chart-rules-wide'), undefined, { timeout: 90_000 });
    expect(await page.locator('.key-figures').textContent()).toContain('northshire-2026-q4');
    for (const id of ['chart-rules-wide', 'chart-sections-wide', 'chart-bands-wide']) {
      const svg = page.locator(`svg#${id}`);
      expect(await svg.getAttribute('role')).toBe('img');
      expect((await svg.getAttribute('aria-label'))!.length).toBeGreaterThan(20);
      expect(await svg.isVisible()).toBe(true);
    }
    expect(await page.locator('svg#chart-rules-wide rect').count()).toBeGreaterThan(2);
    expect(await page.locator('svg#chart-sections-wide circle').count()).toBeGreaterThanOrEqual(6);
    // The plans, ranked by score, each linking to its report.
    const rows = page.locator('table:has(#plans-caption) tbody tr');
    expect(await rows.count()).toBe(6);
    const scores = await page.locator('table:has(#plans-caption) tbody tr td:nth-child(3)').allTextContents();
    const numbers = scores.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const firstLink = await rows.first().locator('a').getAttribute('href');
    expect(firstLink).toMatch(/^\/plans\/[0-9a-f-]{36}$/);
    const report = await adviser.request.get(base + firstLink!);
    expect(report.status()).toBe(200);

    // The CSV link: one row per plan.
    const csvHref = await page.locator('a:has-text("Download the table")').getAttribute('href');
    const csv = await adviser.request.get(base + csvHref!);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect(parseCsv(await csv.text())).toHaveLength(7);

    for (const width of [1100, 320]) {
      await page.setViewportSize({ width, height: 900 });
      const result = await axe(page);
      expect(result.violations, `${width}px\n${describeViolations(result)}`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const narrow = width < 600;
      expect(await page.locator('svg#chart-rules-narrow').isVisible()).toBe(narrow);
      expect(await page.locator('svg#chart-rules-wide').isVisible()).toBe(!narrow);
    }

    await page.setViewportSize({ width: 1200, height: 900 });
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(20_000);
    if (!process.env.UPDATE_SCREENSHOTS) fs.rmSync(SCREENSHOT);
    await page.close();
  }, 120_000);

  it('keeps the same sample when the same plans are drawn again with the seed', async () => {
    const page = await adviser.newPage();
    await page.goto(`${base}/spot-checks`);
    await page.setInputFiles('#file', corpusPlans().reverse());
    await page.fill('#sampleSize', '6');
    await page.fill('#seed', 'northshire-2026-q4');
    await Promise.all([page.waitForURL(/\/spot-checks\/[0-9a-f-]{36}$/), page.click('button:has-text("Draw the sample")')]);
    const names = async (url: string) => {
      const p = await adviser.newPage();
      await p.goto(url);
      const list = (await p.locator('table:has(#plans-caption) tbody tr td:nth-child(2)').allTextContents()).sort();
      await p.close();
      return list;
    };
    expect(await names(page.url())).toEqual(await names(dashboardUrl));
    await page.close();
  });

  it('works without JavaScript: a <noscript> refresh while plans are checked, and a failed plan shown as such', async () => {
    // A service that holds each plan in "reading" for a moment, so the first view is surely unfinished.
    const held = await createApp(testConfig('embedded', { testHoldExtractingMs: 1500 }));
    const live = await listen(held.app);
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const org = await createOrg(held.db, 'Westshire Council', 'la');
      const token = await userToken(held.db, org, 'No-script adviser', 'adviser');
      const page = await context.newPage();
      await page.goto(`${live.base}/sign-in`);
      await page.fill('#token', token);
      await Promise.all([page.waitForURL(`${live.base}/documents`), page.click('button[type=submit]:has-text("Sign in")')]);
      await page.goto(`${live.base}/spot-checks`);
      await page.setInputFiles('#file', [...corpusPlans().slice(0, 2), { name: 'scan.png', mimeType: 'image/png', buffer: Buffer.from(pngBytes()) }]);
      await page.fill('#sampleSize', '3');
      await Promise.all([page.waitForURL(/\/spot-checks\/[0-9a-f-]{36}$/), page.click('button:has-text("Draw the sample")')]);
      const url = page.url();
      const first = await page.content();
      expect(first).toContain('<noscript><meta http-equiv="refresh" content="5"></noscript>');
      expect(await page.locator('[role=status]').textContent()).toContain('0 of 3 checked');
      // Off the page, so its own 5-second refresh cannot abort the visit below on a slow machine.
      await page.goto('about:blank');
      const paused = await (await context.request.get(`${url}?refresh=off`)).text();
      expect(paused).not.toContain('http-equiv="refresh"');
      expect(paused).toContain('Refresh the figures');
      const html = await waitFor(async () => {
        const t = await (await context.request.get(url)).text();
        return t.includes('data-progress-text') ? undefined : t;
      }, 60_000, 250);
      expect(html).not.toContain('http-equiv="refresh"');
      expect(html).toContain('1 could not be read');
      await page.goto(url);
      const failedRow = page.locator('table:has(#plans-caption) tbody tr', { hasText: 'scan.png' });
      expect(await failedRow.textContent()).toContain('Could not be read');
      expect(await page.locator('svg#chart-sections-wide').isVisible()).toBe(true);
    } finally {
      await context.close();
      await live.stop();
      await held.close();
    }
  }, 90_000);

  it('refuses caseworkers and signed-out visitors', async () => {
    const caseworker = await signedIn('caseworker');
    const page = await caseworker.newPage();
    const res = await page.goto(`${base}/spot-checks`);
    expect(res?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toBe('Spot-checks are for advisers');
    expect((await caseworker.request.get(dashboardUrl)).status()).toBe(403);
    await caseworker.close();
    const anonymous = await browser.newContext();
    const r = await anonymous.request.get(`${base}/spot-checks`, { maxRedirects: 0 });
    expect(r.status()).toBe(303);
    expect(r.headers().location).toBe('/sign-in');
    await anonymous.close();
  });

  it('deletes a spot-check and its plans from the dashboard', async () => {
    const page = await adviser.newPage();
    await page.goto(dashboardUrl);
    const planLinks = await page.locator('table:has(#plans-caption) tbody tr a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await Promise.all([page.waitForURL(`${base}/spot-checks?deleted`), page.click('button:has-text("Delete the spot-check")')]);
    expect(await page.locator('[role=status]').textContent()).toContain('deleted');
    expect((await adviser.request.get(dashboardUrl)).status()).toBe(404);
    for (const href of planLinks) expect((await adviser.request.get(base + href!)).status()).toBe(404);
    await page.close();
  });
});
