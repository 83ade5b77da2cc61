// The comparison web pages in a real browser: upload two versions without an account, read the
// side-by-side changes (WCAG 2.2 AA by axe-core, also at 320 px), download, delete.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { WEAK_PLAN } from '../cli/plans.ts';
import { accessibilityProblems, launch, planFile, startServer, type WebServer } from '../web/helpers.ts';

let server: WebServer;
let browser: Browser;
let page: Page;

const OLD = WEAK_PLAN;

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await (await browser.newContext()).newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('/compare', () => {
  it('an anonymous parent compares two versions, reads what changed, and deletes it', async () => {
    const provisions = [...OLD.matchAll(/^[-•*] (.+)$/gm)].map((m) => m[1]);
    expect(provisions.length).toBeGreaterThan(1);
    const NEW = OLD.replace(provisions[0], `${provisions[0].replace(/\.$/, '')} where possible.`);
    await page.goto(`${server.base}/compare`);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.setInputFiles('#old', planFile('draft <b>.txt', OLD));
    await page.setInputFiles('#new', planFile('final.txt', NEW));
    await page.getByRole('button', { name: 'Compare the two versions' }).click();
    await page.waitForURL(/\/compare\/[0-9a-f-]{36}\?key=/, { timeout: 60_000 });
    expect(await page.locator('h1').innerText()).toBe('What changed in this plan');
    expect(await page.content()).toContain('draft &lt;b&gt;.txt');
    expect(await page.locator('.kind', { hasText: 'Weakened' }).count()).toBeGreaterThan(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    const resultUrl = page.url();
    // The downloads are the API's representations, reached with the same key.
    const docxHref = await page.getByRole('link', { name: /working document/ }).getAttribute('href');
    const docx = await fetch(new URL(docxHref!, server.base));
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toMatch(/wordprocessingml/);
    await page.getByRole('button', { name: 'Delete this comparison now' }).click();
    await page.waitForURL(/\/compare\/deleted$/);
    const gone = await page.goto(resultUrl);
    expect(gone?.status()).toBe(404);
    expect(server.logs.join('')).not.toContain('draft <b>');
  }, 120_000);

  it('says which file is missing, and refuses a form posted from another site', async () => {
    await page.goto(`${server.base}/compare`);
    await page.setInputFiles('#old', planFile('old.txt', OLD));
    await page.getByRole('button', { name: 'Compare the two versions' }).click();
    await page.waitForSelector('.error-summary');
    expect(await page.locator('#new-error').innerText()).toMatch(/newer version/);
    expect(await accessibilityProblems(page)).toEqual([]);
    const form = new FormData();
    form.append('old', new Blob([OLD]), 'old.txt');
    form.append('new', new Blob([OLD]), 'new.txt');
    const cross = await fetch(`${server.base}/compare`, { method: 'POST', body: form, headers: { 'sec-fetch-site': 'cross-site' }, redirect: 'manual' });
    expect(cross.status).toBe(403);
  }, 120_000);
});
