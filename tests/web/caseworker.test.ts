// A SENDIASS caseworker in a real browser: sign in with an API token, see only their organisation's
// plans, upload one, add a note to a finding, delete the plan (its notes go with it), sign out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { revokeToken } from '../../services/api/src/accounts.ts';
import { notesFor } from '../../services/api/src/web/data.ts';
import { form, settle } from '../api/helpers.ts';
import { WEAK_PLAN } from '../cli/plans.ts';
import { accessibilityProblems, keyboardProblems, launch, makeUser, planFile, startServer, type WebServer } from './helpers.ts';

let server: WebServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let alice: Awaited<ReturnType<typeof makeUser>>;
let bob: Awaited<ReturnType<typeof makeUser>>;
let adviser: Awaited<ReturnType<typeof makeUser>>;
let bobsDoc = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launch()]);
  alice = await makeUser(server.app, 'North SENDIASS', 'Alice Caseworker', 'caseworker');
  bob = await makeUser(server.app, 'South SENDIASS', 'Bob Caseworker', 'caseworker');
  adviser = await makeUser(server.app, 'East Council', 'Ada Adviser', 'adviser');
  // Bob's organisation has a plan, uploaded through the API.
  const r = await fetch(`${server.base}/v1/documents`, { method: 'POST', headers: { authorization: `Bearer ${bob.token}` }, body: form(WEAK_PLAN, 'bobs-plan.txt') });
  const body = (await r.json()) as { id: string; links: { self: string } };
  bobsDoc = body.id;
  await settle(server.base, new URL(body.links.self, server.base).pathname, { authorization: `Bearer ${bob.token}` });
  context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function expectAccessible() {
  expect(await accessibilityProblems(page)).toEqual([]);
}

async function signIn(p: Page, token: string) {
  await p.goto(`${server.base}/sign-in`);
  await p.getByLabel('Access token').fill(token);
  await p.getByRole('button', { name: 'Sign in' }).click();
}

const count = async (sql: string, params: unknown[]) => Number((await server.app.db.query<{ n: string }>(sql, params)).rows[0].n);

describe('a caseworker', () => {
  let reportUrl = '';
  let docId = '';

  it('is refused with a wrong token, then signs in with their API token', async () => {
    await page.goto(`${server.base}/documents`);
    expect(page.url()).toMatch(/\/sign-in$/);
    await expectAccessible();
    await signIn(page, 'ehcp_not-a-real-token-at-all');
    expect(await page.locator('.error-summary').innerText()).toMatch(/not recognised/);
    await expectAccessible();

    await signIn(page, alice.token);
    await page.waitForURL(/\/documents$/);
    const cookie = (await context.cookies()).find((c) => c.name === 'ehcp_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false, path: '/' });
    expect(cookie?.value).not.toContain(alice.token);
    // Only a hash of the session secret is stored.
    const stored = await server.app.db.query<{ id_hash: string }>('SELECT id_hash FROM web_sessions');
    expect(stored.rows.map((r) => r.id_hash)).not.toContain(cookie?.value);
    expect(stored.rows).toHaveLength(1);
  });

  it('sees their own organisation\'s plans only, with no Spot-checks link', async () => {
    expect(await page.locator('h1').innerText()).toBe('Your organisation\'s plans');
    expect(await page.locator('main').innerText()).toMatch(/no plans yet/);
    expect(await page.locator('main').innerText()).not.toMatch(/bobs-plan/);
    expect(await page.getByRole('link', { name: 'Spot-checks' }).count()).toBe(0);
    const res = await page.goto(`${server.base}/plans/${bobsDoc}`);
    expect(res?.status()).toBe(404);
    expect((await page.goto(`${server.base}/plans/${bobsDoc}/letter`))?.status()).toBe(404);
    // The cookie is for the web pages: the API stays Bearer-only.
    expect((await page.request.get(`${server.base}/v1/documents`)).status()).toBe(401);
  });

  it('uploads a plan for the organisation and finds it in the list with its result', async () => {
    await page.goto(`${server.base}/documents`);
    await page.setInputFiles('#file', planFile('north-plan.txt', WEAK_PLAN));
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]+$/);
    reportUrl = page.url();
    docId = new URL(reportUrl).pathname.split('/')[2];
    expect(reportUrl).not.toContain('key=');
    // A caseworker sees each point's rule id (a parent does not).
    expect(await page.locator('.finding .rule').count()).toBeGreaterThan(0);
    await page.goto(`${server.base}/documents`);
    const row = page.locator('tbody tr').filter({ hasText: 'north-plan.txt' });
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/Ready/);
    expect(await row.innerText()).toMatch(/out of 100/);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await expectAccessible();
    expect(await keyboardProblems(page)).toEqual([]);
  });

  it('adds a note to a finding and sees it beside the finding; the audit log has no note text', async () => {
    await page.goto(reportUrl);
    const first = page.locator('.notes').first();
    const findingIndex = Number((await first.getAttribute('id'))!.replace('notes-', ''));
    await first.locator('summary').click();
    const note = 'Parent says therapy stopped in May. Ask for weekly sessions in writing.';
    await first.locator('textarea').fill(note);
    await first.getByRole('button', { name: 'Save the note' }).click();
    await page.waitForURL(new RegExp(`noted=1#notes-${findingIndex}$`));
    expect(await page.locator(`#notes-${findingIndex} .note-body`).innerText()).toBe(note);
    expect(await page.locator(`#notes-${findingIndex}`).innerText()).toMatch(/Alice Caseworker/);
    // Beside its finding: inside the same explanation.
    expect(await page.locator(`.finding:has(#notes-${findingIndex})`).count()).toBe(1);
    expect((await notesFor(server.app.db, docId)).filter((n) => n.finding_index === findingIndex && n.body === note)).toHaveLength(1);
    // Stored sealed with the document's key, never as plaintext.
    expect(await count('SELECT count(*) AS n FROM finding_notes WHERE body IS NOT NULL OR sealed IS NULL', [])).toBe(0);
    const audited = await server.app.db.query("SELECT * FROM audit_log WHERE document_id = $1 AND action = 'note_added'", [docId]);
    expect(audited.rows).toHaveLength(1);
    const everything = JSON.stringify((await server.app.db.query('SELECT * FROM audit_log')).rows);
    expect(everything).not.toContain('therapy stopped');
    expect(everything).not.toContain('Jasper');
    await expectAccessible();
    expect(await keyboardProblems(page)).toEqual([]);
  });

  it('cannot add a note without the form\'s token, from another site, or to another organisation\'s plan', async () => {
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const post = (id: string, body: Record<string, string>, extra: Record<string, string> = {}) =>
      fetch(`${server.base}/plans/${id}/notes`, { method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...extra }, body: new URLSearchParams(body) });
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    expect((await post(docId, { finding: '0', note: 'no token' })).status).toBe(403);
    expect((await post(docId, { finding: '0', note: 'wrong token', csrf: `${csrf.slice(1)}x` })).status).toBe(403);
    expect((await post(docId, { finding: '0', note: 'cross-site', csrf }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post(bobsDoc, { finding: '0', note: 'nosy', csrf })).status).toBe(404);
    expect((await post(docId, { finding: '99999', note: 'no such finding', csrf })).status).toBe(404);
    const noted = async () => [...(await notesFor(server.app.db, docId)), ...(await notesFor(server.app.db, bobsDoc))].map((n) => n.body);
    expect((await noted()).filter((b) => ['no token', 'wrong token', 'cross-site', 'nosy', 'no such finding'].includes(b))).toEqual([]);
    // With the token, from this site, the same request goes through.
    expect((await post(docId, { finding: '0', note: 'with the token', csrf })).status).toBe(303);
    expect((await noted()).filter((b) => b === 'with the token')).toHaveLength(1);
  });

  it('opens the letter from the list', async () => {
    await page.goto(`${server.base}/documents`);
    await page.getByRole('link', { name: 'Letter for north-plan.txt' }).click();
    expect(await page.locator('h1').innerText()).toBe('Points to raise: north-plan.txt');
    await expectAccessible();
  });

  it('deletes the plan: its notes go with it and its pages answer 404', async () => {
    await page.goto(reportUrl);
    await page.getByRole('button', { name: 'Delete this plan now' }).click();
    expect(await count('SELECT count(*) AS n FROM documents WHERE id = $1', [docId])).toBe(1);
    await page.getByRole('button', { name: 'Yes, delete this plan' }).click();
    await page.waitForURL(/\/deleted$/);
    expect(await page.locator('main').innerText()).toMatch(/with any notes on it/);
    await expectAccessible();
    expect(await count('SELECT count(*) AS n FROM finding_notes WHERE document_id = $1', [docId])).toBe(0);
    expect(await count('SELECT count(*) AS n FROM documents WHERE id = $1', [docId])).toBe(0);
    expect((await page.goto(reportUrl))?.status()).toBe(404);
  });

  it('signs out: the session is deleted and the pages ask to sign in again', async () => {
    // The confirmation page (for a "Sign out" link without the header's form) is accessible too.
    await page.goto(`${server.base}/sign-out`);
    expect(await page.locator('main form input[name="csrf"]').count()).toBe(1);
    await expectAccessible();
    await page.goto(`${server.base}/documents`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in\?signed-out$/);
    expect(await page.locator('main').innerText()).toMatch(/You have signed out/);
    expect(await count('SELECT count(*) AS n FROM web_sessions', [])).toBe(0);
    await page.goto(`${server.base}/documents`);
    expect(page.url()).toMatch(/\/sign-in$/);
  });

  it('loses the session when the token it was opened with is revoked', async () => {
    await signIn(page, alice.token);
    await page.waitForURL(/\/documents$/);
    await revokeToken(server.app.db, alice.tokenId);
    await page.goto(`${server.base}/documents`);
    expect(page.url()).toMatch(/\/sign-in$/);
  });
});

describe('an adviser', () => {
  it('sees the Spot-checks link in the header', async () => {
    const ctx = await browser.newContext();
    try {
      const p = await ctx.newPage();
      await signIn(p, adviser.token);
      await p.waitForURL(/\/documents$/);
      expect(await p.getByRole('link', { name: 'Spot-checks' }).getAttribute('href')).toBe('/spot-checks');
    } finally {
      await ctx.close();
    }
  });
});
