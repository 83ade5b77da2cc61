// A parent's journey in a real browser against a real server: upload, progress, the annotated
// report, the letter, the draft deadline, deleting; axe-core on every page (also at 320 px), the
// keyboard, and the whole thing again without JavaScript.
// The README's screenshots come from tests/web/screenshots.ts (npx tsx tests/web/screenshots.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { numberFindings } from '../../services/analyser/src/format/html.ts';
import type { Report } from '../../services/analyser/src/report-schema.ts';
import { getDocument } from '../../services/api/src/store.ts';
import { WEAK_PLAN } from '../cli/plans.ts';
import { accessibilityProblems, keyboardProblems, launch, planFile, startServer, tabTo, type WebServer } from './helpers.ts';

const DRAFT_PLAN = WEAK_PLAN.replace('Status: Final', 'Status: Draft').replace('Elmfield Primary School, a mainstream primary school.', 'To be decided.');

let server: WebServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const cspErrors: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ testHoldExtractingMs: 600 }), launch()]);
  context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The report as JSON with its text, through the API with the same capability key. */
async function reportJson(reportUrl: string): Promise<Report> {
  const u = new URL(reportUrl);
  const id = u.pathname.split('/')[2];
  const r = await fetch(`${server.base}/v1/documents/${id}/report?key=${encodeURIComponent(u.searchParams.get('key') ?? '')}&include=text`);
  expect(r.status).toBe(200);
  return (await r.json()) as Report;
}

async function expectAccessible(p: Page = page) {
  expect(await accessibilityProblems(p)).toEqual([]);
}

async function upload(file: string): Promise<void> {
  await page.goto(`${server.base}/`);
  await page.setInputFiles('#file', file);
  await page.getByRole('button', { name: 'Upload and check the plan' }).click();
}

describe('a parent checks a plan', () => {
  let reportUrl = '';

  it('uploads a plan from an accessible page that says what happens to the file', async () => {
    const res = await page.goto(`${server.base}/`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['referrer-policy']).toBe('no-referrer');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/delete the file you uploaded straight away/);
    expect(text).toMatch(/for 30 days/);
    expect(text).toMatch(/do not share your plan/);
    await expectAccessible();
    expect(await keyboardProblems(page)).toEqual([]);

    // The keyboard check is live: without focus styles it complains.
    const bare = await context.newPage();
    await bare.goto(`${server.base}/`);
    await bare.evaluate(() => {
      const s = document.createElement('style');
      s.textContent = '*:focus, *:focus-visible { outline: none !important; box-shadow: none !important; }';
      document.head.append(s);
    });
    expect((await keyboardProblems(bare)).join('\n')).toMatch(/no visible focus/);
    await bare.close();

    // The upload page's error state is accessible too.
    await page.getByRole('button', { name: 'Upload and check the plan' }).click();
    await expect.poll(() => page.locator('.error-summary').innerText()).toMatch(/Choose the file/);
    await expectAccessible();
  });

  it('watches progress, then lands on the annotated report', async () => {
    // Hold the page's background check while axe looks at the progress page.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/progress\?/, async (route) => {
      if (route.request().headers().accept === 'application/json') await held;
      await route.continue();
    });
    await upload(planFile('jasper-plan.txt', WEAK_PLAN));
    await page.waitForURL(/\/plans\/[0-9a-f-]+\/progress\?key=/);
    expect(await page.locator('#progress [data-status-text]').innerText()).toMatch(/Waiting to start|Reading the file|Checking the plan/);
    expect(await page.locator('#progress').getAttribute('role')).toBe('status');
    await expectAccessible();
    release();
    await page.waitForURL(/\/plans\/[0-9a-f-]+\?key=/);
    await page.unroute(/\/progress\?/);
    reportUrl = page.url();
    expect(await page.locator('h1').innerText()).toBe('Plan check: jasper-plan.txt');
    // A final plan has no deadline to work out.
    expect(await page.locator('#deadline').count()).toBe(0);
  });

  it('highlights each finding at the words it is about, and shows a parent no rule ids', async () => {
    const report = await reportJson(reportUrl);
    expect(report.findings.length).toBeGreaterThan(5);
    const pageText = await page.locator('main').innerText();
    for (const f of report.findings) expect(pageText, f.ruleId).not.toContain(f.ruleId);
    const numbered = numberFindings(report).filter((x) => x.located && !x.finding.quote.includes('\n'));
    let checked = 0;
    for (const { finding, n } of numbered) {
      // Only findings whose span crosses no other span have a highlight of their own (same-span ones share it).
      const crossed = report.findings.some((g) => (g.start !== finding.start || g.end !== finding.end) && g.end > finding.start && g.start < finding.end);
      if (crossed) continue;
      const marked = await page.locator(`a#r1-m${n}`).evaluate((flag) => {
        const parts: string[] = [];
        let el = flag.previousSibling;
        while (el && el.nodeName === 'A' && (el as Element).classList.contains('flag')) el = el.previousSibling;
        for (; el && el.nodeName === 'MARK'; el = el.previousSibling) parts.unshift(el.textContent ?? '');
        return parts.join('');
      });
      expect(marked, `point ${n} (${finding.ruleId})`).toBe(finding.quote.trimEnd());
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(3);
    // The explanation sits beside it, with suggested wording and the law.
    const explanation = page.locator('#r1-f1');
    await expect.poll(() => explanation.count()).toBe(1);
    expect(await page.locator('.finding .suggestion').count()).toBeGreaterThan(0);
    expect(await page.locator('.finding .reference').count()).toBeGreaterThan(0);
    await expectAccessible();
    expect(await keyboardProblems(page)).toEqual([]);
  });

  it('opens the letter, downloads it as text, and offers it for copying', async () => {
    await page.getByRole('link', { name: 'Get the letter of points to raise' }).click();
    await page.waitForURL(/\/letter\?key=/);
    expect(await page.locator('h1').innerText()).toBe('Points to raise: jasper-plan.txt');
    const text = await page.locator('#letter-text').inputValue();
    expect(text).toMatch(/Dear \[name of case officer\]/);
    expect(text).toMatch(/as required/);
    await expectAccessible();
    expect(await keyboardProblems(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the letter (text file)' }).click()]);
    expect(download.suggestedFilename()).toBe('points-to-raise.txt');
    expect(fs.readFileSync((await download.path())!, 'utf8')).toBe(text);
    // Print styles hide the site chrome and the copy box.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('#letter-text').isVisible()).toBe(false);
    expect(await page.locator('.letter').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('deletes the plan (POST only); every link then answers 404', async () => {
    const id = new URL(reportUrl).pathname.split('/')[2];
    const key = new URL(reportUrl).searchParams.get('key')!;
    const byGet = await fetch(`${server.base}/plans/${id}/delete?key=${key}`);
    expect(byGet.status).toBe(404);
    expect(await getDocument(server.app.db, id)).not.toBeNull();

    await page.goto(reportUrl);
    await page.getByRole('button', { name: 'Delete my plan now' }).click();
    // A confirmation step first: nothing is deleted yet, and "No" goes back to the report.
    expect(await page.locator('h1').innerText()).toBe('Are you sure you want to delete your plan?');
    await expectAccessible();
    expect(await getDocument(server.app.db, id)).not.toBeNull();
    await page.getByRole('link', { name: 'No, keep it' }).click();
    expect(new URL(page.url()).pathname).toBe(`/plans/${id}`);
    await page.getByRole('button', { name: 'Delete my plan now' }).click();
    await page.getByRole('button', { name: 'Yes, delete my plan' }).click();
    await page.waitForURL(/\/deleted$/);
    expect(await page.locator('h1').innerText()).toBe('The plan has been deleted');
    await expectAccessible();
    expect(await getDocument(server.app.db, id)).toBeNull();
    for (const suffix of ['', '/progress', '/letter', '/letter.txt']) {
      const res = await page.goto(`${server.base}/plans/${id}${suffix}?key=${key}`);
      expect(res?.status(), suffix).toBe(404);
    }
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    await expectAccessible();
    expect((await fetch(`${server.base}/v1/documents/${id}?key=${key}`)).status).toBe(404);
  });
});

describe('a draft plan', () => {
  it('works out when comments are due from the day it was received', async () => {
    await upload(planFile('draft.txt', DRAFT_PLAN));
    await page.waitForURL(/\/plans\/[0-9a-f-]+\?key=/);
    expect((await reportJson(page.url())).plan.status).toBe('draft');
    await page.getByLabel('The day you received the draft plan').fill('2026-03-27');
    await page.getByRole('button', { name: 'Work out the date' }).click();
    await page.waitForURL(/received=2026-03-27/);
    expect(await page.locator('#deadline .due').innerText()).toBe('Your comments are due by Friday 10 April 2026.');
    await expectAccessible();
    // The view the reader chose survives working out the date, and the date survives switching views.
    await page.getByRole('link', { name: 'Show everything (the full view)' }).click();
    expect(new URL(page.url()).searchParams.get('received')).toBe('2026-03-27');
    expect(await page.locator('#deadline .due').innerText()).toBe('Your comments are due by Friday 10 April 2026.');
    await page.getByLabel('The day you received the draft plan').fill('2026-03-30');
    await page.getByRole('button', { name: 'Work out the date' }).click();
    await page.waitForURL(/received=2026-03-30/);
    expect(new URL(page.url()).searchParams.get('view')).toBe('full');
    expect(await page.locator('main details.why:not([open])').count()).toBe(0);
    expect(await page.locator('#deadline .due').innerText()).toBe('Your comments are due by Monday 13 April 2026.');
    await page.getByRole('link', { name: 'Show the short view' }).click();
    expect(new URL(page.url()).searchParams.get('view')).toBe('parent');
    expect(await page.locator('#deadline .due').innerText()).toBe('Your comments are due by Monday 13 April 2026.');
    // A date that does not exist is explained, next to the field.
    await page.goto(page.url().replace(/received=[^&#]*/, 'received=31%2F04%2F2026'));
    expect(await page.locator('#received-error').innerText()).toMatch(/real date/);
    expect(await page.locator('#received').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible();
  }, 60_000);
});

describe('a file the service cannot read', () => {
  it('is refused by the form before it is uploaded, in the server\'s words, and a good file then goes through', async () => {
    await page.goto(`${server.base}/`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ehcp-refused-'));
    const photo = path.join(dir, 'plan.pdf'); // named as a PDF, but the bytes are a PNG
    fs.writeFileSync(photo, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await page.setInputFiles('#file', photo);
    const error = page.locator('#file-early-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Error: This file is a PNG image; only PDF, DOCX, plain text and Markdown can be checked.');
    expect(await page.locator('#file').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Upload and check the plan' }).click();
    expect(new URL(page.url()).pathname).toBe('/'); // nothing was sent
    await expectAccessible();

    const doc = path.join(dir, 'old.doc');
    fs.writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await page.setInputFiles('#file', doc);
    await page.waitForFunction(() => document.querySelector('#file-early-error')?.textContent?.includes('Word 97-2003'));

    await page.setInputFiles('#file', planFile('fine.txt', WEAK_PLAN));
    await page.waitForFunction(() => !document.querySelector('#file-early-error'));
    expect(await page.locator('#file').getAttribute('aria-invalid')).toBeNull();
  });
});

describe('by keyboard alone', () => {
  it('uploads a plan and deletes it', async () => {
    await page.goto(`${server.base}/`);
    await tabTo(page, '#file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(planFile('keyboard.txt', WEAK_PLAN));
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    // The plan is read and analysed meanwhile: on a busy machine (the whole suite at once) that can take a while.
    await page.waitForURL(/\/plans\/[0-9a-f-]+\?key=/, { timeout: 45_000 });
    await tabTo(page, '.delete-form button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/delete$/);
    await tabTo(page, '.delete-form button');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/deleted$/);
    expect(await page.locator('h1').innerText()).toBe('The plan has been deleted');
  }, 60_000);
});

describe('without JavaScript', () => {
  it('refreshes the progress page by itself and lands on the report; the letter and deletion work', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await ctx.newPage();
      await p.goto(`${server.base}/`);
      await p.setInputFiles('#file', planFile('nojs.txt', WEAK_PLAN));
      await p.getByRole('button', { name: 'Upload and check the plan' }).click();
      await p.waitForURL(/\/progress\?key=/);
      expect(await p.locator('head noscript').count()).toBe(1);
      await p.waitForURL(/\/plans\/[0-9a-f-]+\?key=/, { timeout: 15_000 });
      expect(await p.locator('mark').count()).toBeGreaterThan(3);
      await p.getByRole('link', { name: 'Get the letter of points to raise' }).click();
      expect(await p.locator('#letter-text').inputValue()).toMatch(/Yours sincerely/);
      await p.goBack();
      await p.getByRole('button', { name: 'Delete my plan now' }).click();
      await p.getByRole('button', { name: 'Yes, delete my plan' }).click();
      await p.waitForURL(/\/deleted$/);

      // Whoever asked for no self-updating page gets none, and a button to check instead.
      await p.goto(`${server.base}/`);
      await p.setInputFiles('#file', planFile('manual.txt', WEAK_PLAN));
      await p.getByLabel('Do not update the progress page by itself').check();
      await p.getByRole('button', { name: 'Upload and check the plan' }).click();
      await p.waitForURL(/\/progress\?key=[^&]+&refresh=off$/);
      expect(await p.locator('head noscript, meta[http-equiv="refresh"]').count()).toBe(0);
      for (let i = 0; i < 50 && p.url().includes('/progress'); i++) {
        await new Promise((r) => setTimeout(r, 200));
        await p.getByRole('link', { name: 'Check again now' }).click();
      }
      expect(p.url()).toMatch(/\/plans\/[0-9a-f-]+\?key=[^&]+$/);
      expect(await p.locator('mark').count()).toBeGreaterThan(3);
    } finally {
      await ctx.close();
    }
  });

  it('raised no Content-Security-Policy errors on any page', () => {
    expect(cspErrors).toEqual([]);
  });
});

describe('a file that cannot be read', () => {
  it('says why in plain words (the server\'s check, as a browser without JavaScript reaches it)', async () => {
    const png = planFile('photo.png', '');
    fs.writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    try {
      const p = await ctx.newPage();
      await p.goto(`${server.base}/`);
      await p.setInputFiles('#file', png);
      await p.getByRole('button', { name: 'Upload and check the plan' }).click();
      // The progress page refreshes itself (a <noscript> refresh) until it shows the failure.
      await p.locator('h1', { hasText: 'We could not check this plan' }).waitFor({ timeout: 45_000 });
      expect(await p.locator('.error-summary').innerText()).toMatch(/We can only read PDF, Word \(\.docx\) and plain text files/);
      // axe needs scripts: check the same page in the ordinary browser.
      await page.goto(p.url());
      expect(await page.locator('h1').innerText()).toBe('We could not check this plan');
      await expectAccessible();
    } finally {
      await ctx.close();
    }
  }, 60_000);
});
