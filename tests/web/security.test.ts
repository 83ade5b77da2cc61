// The web pages' defences, over plain HTTP: capability keys never reach logs or referrers, deletion
// needs a POST with its token from this site, the upload limit holds, and the session cookie is
// Secure behind https.
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from '../../services/api/src/store.ts';
import { capabilityCsrf } from '../../services/api/src/web/session.ts';
import { WEAK_PLAN } from '../cli/plans.ts';
import { form } from '../api/helpers.ts';
import { makeUser, startServer, type WebServer } from './helpers.ts';

let server: WebServer;

beforeAll(async () => {
  server = await startServer({ rateLimitUploads: 3, trustProxy: 'loopback' });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

/** Uploads through the web form; returns the id and key from the 303 to the progress page. */
async function webUpload(text = WEAK_PLAN, headers: Record<string, string> = {}): Promise<{ id: string; key: string; res: Response }> {
  const res = await fetch(`${server.base}/upload`, { method: 'POST', body: form(text, 'plan.txt'), redirect: 'manual', headers });
  const loc = new URL(res.headers.get('location') ?? '/', server.base);
  return { id: loc.pathname.split('/')[2] ?? '', key: loc.searchParams.get('key') ?? '', res };
}

async function waitDone(id: string, key: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const r = await fetch(`${server.base}/plans/${id}/progress?key=${key}`, { headers: { accept: 'application/json' } });
    if (((await r.json()) as { done: boolean }).done) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('not done');
}

const postForm = (path: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${server.base}${path}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(body) });

describe('the web pages', () => {
  let id = '';
  let key = '';

  it('redirect an upload (303) to a progress page reachable only with the key', async () => {
    const up = await webUpload();
    ({ id, key } = up);
    expect(up.res.status).toBe(303);
    expect(up.res.headers.get('location')).toBe(`/plans/${id}/progress?key=${key}`);
    await waitDone(id, key);
    expect((await fetch(`${server.base}/plans/${id}`)).status).toBe(404);
    expect((await fetch(`${server.base}/plans/${id}?key=wrong${key}`)).status).toBe(404);
    expect((await fetch(`${server.base}/plans/${id}/progress`)).status).toBe(404);
    expect((await fetch(`${server.base}/plans/not-a-uuid?key=${key}`)).status).toBe(404);
    const ok = await fetch(`${server.base}/plans/${id}?key=${key}`);
    expect(ok.status).toBe(200);
  });

  it('send no referrer and are never cached', async () => {
    for (const path of [`/plans/${id}?key=${key}`, `/plans/${id}/letter?key=${key}`, `/plans/${id}/letter.txt?key=${key}`, '/', '/sign-in']) {
      const r = await fetch(server.base + path);
      expect(r.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(r.headers.get('cache-control'), path).toBe('no-store');
    }
    const html = await (await fetch(`${server.base}/plans/${id}?key=${key}`)).text();
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    // No inline script: the CSP would refuse it.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });

  it('offer the letter as a text, a web page and a Word download, to the key holder only', async () => {
    const txt = await fetch(`${server.base}/plans/${id}/letter.txt?key=${key}`);
    expect(txt.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(txt.headers.get('content-disposition')).toBe('attachment; filename="points-to-raise.txt"');
    expect(await txt.text()).toMatch(/Yours sincerely/);
    const html = await fetch(`${server.base}/plans/${id}/letter.html?key=${key}`);
    expect(html.headers.get('content-disposition')).toBe('attachment; filename="points-to-raise.html"');
    expect(await html.text()).toMatch(/<h1>Points to raise: plan\.txt<\/h1>/);
    const docx = await fetch(`${server.base}/plans/${id}/letter.docx?key=${key}`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers.get('content-disposition')).toBe('attachment; filename="points-to-raise.docx"');
    expect(docx.headers.get('referrer-policy')).toBe('no-referrer');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(value).toMatch(/Yours sincerely/);
    expect((await fetch(`${server.base}/plans/${id}/letter.docx?key=${key}x`)).status).toBe(404);
  });

  it('delete only by POST, with the form token, from this site', async () => {
    expect((await fetch(`${server.base}/plans/${id}/delete?key=${key}`)).status).toBe(404);
    expect((await postForm(`/plans/${id}/delete`, { key })).status).toBe(403);
    expect((await postForm(`/plans/${id}/delete`, { key, csrf: capabilityCsrf(`${key}x`, id) })).status).toBe(403);
    expect((await postForm(`/plans/${id}/delete`, { key, csrf: capabilityCsrf(key, id) }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await postForm(`/plans/${id}/delete`, { key, csrf: capabilityCsrf(key, id) }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await postForm(`/plans/${id}/delete`, { key: `${key}x`, csrf: capabilityCsrf(key, id) })).status).toBe(404);
    expect(await getDocument(server.app.db, id)).not.toBeNull();
    // The report page's own form carries the right token (an older browser sends "Origin: null" from a no-referrer page).
    const page = await (await fetch(`${server.base}/plans/${id}?key=${key}`)).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1];
    expect(csrf).toBe(capabilityCsrf(key, id));
    // The first press asks for confirmation and deletes nothing; the confirmed form deletes.
    const asked = await postForm(`/plans/${id}/delete`, { key, csrf: csrf! }, { origin: 'null' });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toMatch(/name="confirm" value="yes"/);
    expect(await getDocument(server.app.db, id)).not.toBeNull();
    const done = await postForm(`/plans/${id}/delete`, { key, csrf: csrf!, confirm: 'yes' }, { origin: 'null' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/deleted');
    expect(await getDocument(server.app.db, id)).toBeNull();
    expect((await fetch(`${server.base}/plans/${id}?key=${key}`)).status).toBe(404);
  });

  it('never write a capability key or a file name to the logs', async () => {
    const all = server.logs.join('');
    expect(all).toContain(`/plans/${id}`);
    expect(all).not.toContain(key);
    expect(all).not.toContain('key=');
    expect(all).not.toContain('plan.txt');
    expect(all).not.toContain('Jasper');
  });

  it('refuse an upload from another site and explain a missing file', async () => {
    const cross = await webUpload(WEAK_PLAN, { 'sec-fetch-site': 'cross-site' });
    expect(cross.res.status).toBe(403);
    const none = await fetch(`${server.base}/upload`, { method: 'POST', body: new FormData(), redirect: 'manual' });
    expect(none.status).toBe(400);
    expect(await none.text()).toMatch(/Choose the file the plan is in/);
  });

  it('apply the anonymous upload limit, as a page', async () => {
    // The limit is 3 in this window; two uploads went through above (one refused before counting).
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await webUpload()).res.status);
    expect(statuses).toContain(429);
    const limited = await webUpload();
    expect(limited.res.status).toBe(429);
    expect(await limited.res.text()).toMatch(/Please wait a few minutes/);
  });

  it('mark the session cookie Secure over https (behind a proxy), and keep it HttpOnly and SameSite=Strict', async () => {
    const u = await makeUser(server.app, 'West SENDIASS', 'Wes', 'caseworker');
    const plain = await postForm('/sign-in', { token: u.token });
    expect(plain.status).toBe(303);
    expect(plain.headers.get('set-cookie')).toMatch(/^ehcp_session=[A-Za-z0-9_-]{40,}; Max-Age=28800; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
    const tls = await postForm('/sign-in', { token: u.token }, { 'x-forwarded-proto': 'https' });
    expect(tls.headers.get('set-cookie')).toMatch(/; Secure/);
    const cookie = plain.headers.get('set-cookie')!.split(';')[0];
    // The cookie is for the web pages: the API ignores it.
    expect((await fetch(`${server.base}/v1/documents`, { headers: { cookie } })).status).toBe(401);
    expect((await fetch(`${server.base}/documents`, { headers: { cookie } })).status).toBe(200);
    // A POST of the sign-out form without its token does not sign out.
    expect((await postForm('/sign-out', {}, { cookie })).status).toBe(403);
    expect((await fetch(`${server.base}/documents`, { headers: { cookie }, redirect: 'manual' })).status).toBe(200);
  });
});
