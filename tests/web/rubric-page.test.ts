// The rubric page in a real browser, with JavaScript off for the forms: an adviser reads the
// effective rubric in plain English, uploads a bad file and sees its problems by line, uploads a
// good one, and returns to the default; a caseworker can read but not change it. axe-core finds no
// WCAG 2.2 AA violations on the page, with and without errors, at desktop width and at 320 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { rubricAuditForOrg } from '../../services/api/src/store.ts';
import { accessibilityProblems, keyboardProblems, launch, makeUser, planFile, startServer, type WebServer } from './helpers.ts';
import { createToken, createUser } from '../../services/api/src/accounts.ts';

let server: WebServer;
let browser: Browser;
let adviser: Awaited<ReturnType<typeof makeUser>>;
let caseworkerToken = '';

const GOOD = `extends: default
id: eastshire
version: "2026.4"
rules:
  provision.vague-term:
    severity: warning
    message: "Eastshire asks for an amount instead of \\"{term}\\"."
`;
const BAD = ['extends: default', 'id: eastshire', 'version: "1"', 'rules:', '  provision.vague-term:', '    severity: loud', ''].join('\n');

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
  adviser = await makeUser(server.app, 'East Council', 'Ada Adviser', 'adviser');
  caseworkerToken = (await createToken(server.app.db, await createUser(server.app.db, adviser.orgId, 'Cal Caseworker', 'caseworker'))).token;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(token: string, javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${server.base}/sign-in`);
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.base}/documents`);
  return { context, page };
}

/** axe runs in the page, so it needs a context with JavaScript on. */
async function accessible(token: string, path: string, act?: (p: Page) => Promise<void>): Promise<string[]> {
  const { context, page } = await signedIn(token, true);
  try {
    await page.goto(server.base + path);
    await act?.(page);
    return [...(await accessibilityProblems(page)), ...(await keyboardProblems(page))];
  } finally {
    await context.close();
  }
}

describe('the rubric page', () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await signedIn(adviser.token, false));
  });

  it('is linked from an adviser\'s navigation and shows the default rubric in plain English', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rubric' }).click();
    expect(page.url()).toBe(`${server.base}/rubric`);
    expect(await page.getByRole('link', { name: 'Rubric' }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('h1').innerText()).toBe("Your organisation's rubric");
    expect(await page.locator('main').innerText()).toMatch(/checked against the default rubric/);
    const rule = page.locator('.rule-list > li', { has: page.locator('.rule-id', { hasText: /^provision\.vague-term$/ }) });
    expect(await rule.locator('h4').innerText()).toBe('Provision uses vague words such as "regular"');
    const facts = await rule.innerText();
    expect(facts).toMatch(/Must fix \(error\)/);
    expect(facts).toMatch(/"the vague words" leaves it open/); // the placeholder in words, not "{term}"
    expect(facts).toMatch(/SEND Code of Practice 2015, para 9\.69/);
    expect(await page.locator('.rule-list > li').count()).toBeGreaterThanOrEqual(25);
    expect(await page.getByRole('button', { name: 'Return to the default rubric' }).count()).toBe(0); // already the default
  });

  it('refuses a bad file and lists its problems by line, changing nothing', async () => {
    await page.setInputFiles('#rubric', planFile('bad.yaml', BAD));
    const [response] = await Promise.all([page.waitForResponse(`${server.base}/rubric`), page.getByRole('button', { name: 'Check and use this rubric' }).click()]);
    expect(response.status()).toBe(422);
    expect(await page.title()).toMatch(/^Error: /);
    const summary = await page.locator('.error-summary').innerText();
    expect(summary).toMatch(/not changed/);
    expect(summary).toMatch(/Line 6 \(rules\.provision\.vague-term\.severity\):/);
    expect(await page.locator('#rubric').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('main').innerText()).toMatch(/checked against the default rubric/);
    expect(await rubricAuditForOrg(server.app.db, adviser.orgId)).toEqual([]);

    await page.setInputFiles('#rubric', []);
    await page.getByRole('button', { name: 'Check and use this rubric' }).click();
    expect(await page.locator('.error-summary').innerText()).toMatch(/Choose the rubric's YAML file/);
  });

  it('uses a good file: the page shows the organisation\'s rubric, the API and the download agree', async () => {
    await page.setInputFiles('#rubric', planFile('eastshire.yaml', GOOD));
    await page.getByRole('button', { name: 'Check and use this rubric' }).click();
    expect(page.url()).toBe(`${server.base}/rubric?saved`);
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/The new rubric is in use/);
    expect(main).toMatch(/its own rubric, eastshire, version 2026\.4, set by Ada Adviser/);
    const rule = page.locator('.rule-list > li', { has: page.locator('.rule-id', { hasText: /^provision\.vague-term$/ }) });
    expect(await rule.innerText()).toMatch(/Check \(warning\)[\s\S]*Eastshire asks for an amount instead of "the vague words"\./);
    const api = await fetch(`${server.base}/v1/rubric`, { headers: { authorization: `Bearer ${adviser.token}` } }).then((r) => r.json() as Promise<{ id: string; custom: boolean }>);
    expect(api).toMatchObject({ id: 'eastshire', custom: true });
    const download = await fetch(`${server.base}/rubric.yaml`, { headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') } });
    expect(await download.text()).toBe(GOOD);
    expect((await rubricAuditForOrg(server.app.db, adviser.orgId)).map((a) => a.action)).toEqual(['set']);
  });

  it('returns to the default with the button', async () => {
    await page.getByRole('button', { name: 'Return to the default rubric' }).click();
    expect(page.url()).toBe(`${server.base}/rubric?reset`);
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/back on the default rubric/);
    expect(main).toMatch(/checked against the default rubric/);
    expect((await rubricAuditForOrg(server.app.db, adviser.orgId)).map((a) => a.action)).toEqual(['deleted', 'set']);
  });

  it('refuses a form without its token', async () => {
    const r = await page.request.post(`${server.base}/rubric/default`, { form: { csrf: 'not-the-token' } });
    expect(r.status()).toBe(403);
    expect(await r.text()).toMatch(/This form has expired/);
  });

  it('lets a caseworker read the rubric but not change it', async () => {
    const { context, page: cw } = await signedIn(caseworkerToken, false);
    try {
      expect(await cw.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rubric' }).count()).toBe(0);
      await cw.goto(`${server.base}/rubric`);
      expect(await cw.locator('h1').innerText()).toBe("Your organisation's rubric");
      expect(await cw.locator('form[action="/rubric"]').count()).toBe(0);
      expect(await cw.locator('main').innerText()).toMatch(/Advisers and administrators of your organisation can change the rubric/);
      // Even with a valid session token in the form, the change is refused.
      const csrf = await cw.locator('header input[name="csrf"]').getAttribute('value');
      const r = await cw.request.post(`${server.base}/rubric/default`, { form: { csrf: csrf ?? '' } });
      expect(r.status()).toBe(403);
      expect(await r.text()).toMatch(/Only advisers can change the rubric/);
    } finally {
      await context.close();
    }
  });

  it('sends a visitor who is not signed in to sign in', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${server.base}/rubric`);
    expect(p.url()).toBe(`${server.base}/sign-in`);
    await context.close();
  });

  it('is accessible, with and without errors, and by keyboard', async () => {
    expect(await accessible(adviser.token, '/rubric')).toEqual([]);
    expect(await accessible(adviser.token, '/rubric', async (p) => {
      await p.setInputFiles('#rubric', planFile('bad.yaml', BAD));
      await p.getByRole('button', { name: 'Check and use this rubric' }).click();
      await p.locator('.error-summary').waitFor();
    })).toEqual([]);
    expect(await accessible(caseworkerToken, '/rubric')).toEqual([]);
  }, 120_000);
});
